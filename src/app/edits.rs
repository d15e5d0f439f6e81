//! Structural and text edits of the scenario, as data: renames, choices between options, and
//! adding or removing list items.
//!
//! The editor sends an [`Edit`] to the reducer as [`crate::app::state::Action::Edit`]; the
//! reducer applies it ([`Edit::apply`]) to the scenario current when it arrives and keeps the
//! result only if it validates. Being data, an edit can be logged, compared and replayed: the
//! same edits applied to the same scenario give the same scenario. Numeric values go through
//! the parameter registry instead ([`crate::app::state::Action::SetParam`]), so they are not
//! edited here.
//!
//! A structural edit that the reducer would reject is silently lost, so every function here
//! keeps a valid scenario valid where it can: a new list item starts with values inside every
//! range, switching the stop month on picks a month before the resume month, and adding a
//! ramp year lengthens the term so that there is still one weight per contract year.
//! Indices out of range leave the scenario unchanged rather than panicking.

use rust_decimal::Decimal;

use standoff_core::model::limits::{LIST_MAX, MONTH_INDEX_MAX};
use standoff_core::model::{
    Action, Allocation, Budget, FlowKind, Frequency, InterestMode, LumpSum, Party, RateConvention,
    ReciprocalLine, RetaliationRule, Scenario, Settlement, Side, Trigger, TrueUpBasis, UsageChange,
    VENDORS_MAX,
};

/// The kinds of retaliation trigger, without their threshold values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerKind {
    Always,
    ArrearsAbove,
    DaysOverdue,
    MonthsUnpaid,
}

impl TriggerKind {
    /// Every kind, in the order the editor offers them.
    pub const ALL: [TriggerKind; 4] = [
        TriggerKind::ArrearsAbove,
        TriggerKind::DaysOverdue,
        TriggerKind::MonthsUnpaid,
        TriggerKind::Always,
    ];

    /// The kind of `trigger`.
    pub fn of(trigger: &Trigger) -> TriggerKind {
        match trigger {
            Trigger::Always => TriggerKind::Always,
            Trigger::ArrearsAbove { .. } => TriggerKind::ArrearsAbove,
            Trigger::DaysOverdue { .. } => TriggerKind::DaysOverdue,
            Trigger::MonthsUnpaid { .. } => TriggerKind::MonthsUnpaid,
        }
    }

    /// A trigger of this kind with a typical threshold: $1M of arrears, 60 days overdue, two
    /// months unpaid. These are starting points the user then adjusts.
    pub fn default_trigger(self) -> Trigger {
        match self {
            TriggerKind::Always => Trigger::Always,
            TriggerKind::ArrearsAbove => Trigger::ArrearsAbove {
                amount: Decimal::from(1_000_000),
            },
            TriggerKind::DaysOverdue => Trigger::DaysOverdue { days: 60 },
            TriggerKind::MonthsUnpaid => Trigger::MonthsUnpaid { months: 2 },
        }
    }
}

/// The kinds of retaliation action, without their values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    CutSpend,
    WithholdPayments,
    CreditHold,
    Suspend,
    Legal,
    RefuseRenegotiation,
}

impl ActionKind {
    /// Every kind, in the order the editor offers them.
    pub const ALL: [ActionKind; 6] = [
        ActionKind::CutSpend,
        ActionKind::WithholdPayments,
        ActionKind::CreditHold,
        ActionKind::Suspend,
        ActionKind::Legal,
        ActionKind::RefuseRenegotiation,
    ];

    /// The kind of `action`.
    pub fn of(action: &Action) -> ActionKind {
        match action {
            Action::CutSpend { .. } => ActionKind::CutSpend,
            Action::WithholdPayments => ActionKind::WithholdPayments,
            Action::CreditHold => ActionKind::CreditHold,
            Action::Suspend { .. } => ActionKind::Suspend,
            Action::Legal { .. } => ActionKind::Legal,
            Action::RefuseRenegotiation => ActionKind::RefuseRenegotiation,
        }
    }

    /// An action of this kind with typical values: cut all advertising, or sue with even
    /// chances and a judgment after a year. The user then adjusts them.
    pub fn default_action(self) -> Action {
        match self {
            ActionKind::CutSpend => Action::CutSpend {
                kind: FlowKind::Ad,
                share: Decimal::ONE,
            },
            ActionKind::WithholdPayments => Action::WithholdPayments,
            ActionKind::CreditHold => Action::CreditHold,
            ActionKind::Suspend => Action::Suspend {
                outage_cost_monthly: Decimal::from(1_000_000),
            },
            ActionKind::Legal => Action::Legal {
                vendor_cost: Decimal::from(2_000_000),
                customer_cost: Decimal::from(2_000_000),
                delay_months: 12,
                win_probability: Decimal::new(5, 1),
            },
            ActionKind::RefuseRenegotiation => Action::RefuseRenegotiation,
        }
    }
}

/// The lists of the scenario the editor adds items to and removes them from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// The contract's ramp: one weight per contract year.
    Ramp,
    UsageChanges,
    LumpSums,
    ReciprocalLines,
    RetaliationRules,
}

/// One edit of the scenario, as the user made it in the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    SetTitle(String),
    RenameParty {
        side: Side,
        name: String,
    },
    SetCurrency {
        side: Side,
        currency: String,
    },
    SetColour {
        side: Side,
        colour: String,
    },
    SetRateConvention {
        side: Side,
        convention: RateConvention,
    },
    /// Appends a new item with starting values (see the `add_*` functions).
    AddListItem(List),
    RemoveListItem {
        list: List,
        index: usize,
    },
    /// Returns the contract to a flat schedule.
    ClearRamp,
    SetTrueUp(TrueUpBasis),
    SetCarryForward(bool),
    SetStopEnabled(bool),
    SetResumeEnabled(bool),
    SetCatchUpOnResume(bool),
    SetInterestMode(InterestMode),
    /// Payments go to the late interest first, or to principal only.
    SetInterestFirst(bool),
    SetLineLabel {
        index: usize,
        label: String,
    },
    SetLineKind {
        index: usize,
        kind: FlowKind,
    },
    SetLineFrequency {
        index: usize,
        frequency: Frequency,
    },
    SetTriggerKind {
        index: usize,
        kind: TriggerKind,
    },
    SetActionKind {
        index: usize,
        kind: ActionKind,
    },
    SetCutTarget {
        index: usize,
        target: FlowKind,
    },
    SetReversesWhenCleared {
        index: usize,
        on: bool,
    },
    /// Announces rule `index` as a threat first (a month to the deadline, withdrawn when
    /// nothing is overdue), or acts without warning.
    SetThreat {
        index: usize,
        on: bool,
    },
    SetSettlementEnabled(bool),
    SetSettlementProposer(Side),
    /// Adds a vendor: a copy of the first vendor's terms under a name of its own.
    AddVendor,
    /// Removes further vendor `index` (0 is the second vendor of the scenario).
    RemoveVendor(usize),
    /// Renames further vendor `index`.
    RenameVendor {
        index: usize,
        name: String,
    },
    /// Moves vendor `index` (0 is the first) one place up, terms and all: the order is the
    /// priority rule's order.
    MoveVendorUp(usize),
    /// `edit`, made to vendor `vendor`'s terms (0 is the first vendor, whose terms are the
    /// scenario's own): applied to the vendor's own two-party scenario, whose vendor terms
    /// then replace the vendor's.
    ForVendor {
        vendor: usize,
        edit: Box<Edit>,
    },
    SetBudgetEnabled(bool),
    SetAllocation(Allocation),
}

impl Edit {
    /// The scenario `s` after this edit (not yet validated: the reducer does that).
    pub fn apply(&self, s: &Scenario) -> Scenario {
        match self {
            Edit::SetTitle(title) => set_title(s, title),
            Edit::RenameParty { side, name } => set_party_name(s, *side, name),
            Edit::SetCurrency { side, currency } => set_party_currency(s, *side, currency),
            Edit::SetColour { side, colour } => set_party_colour(s, *side, colour),
            Edit::SetRateConvention { side, convention } => {
                set_rate_convention(s, *side, *convention)
            }
            Edit::AddListItem(list) => add_item(s, *list),
            Edit::RemoveListItem { list, index } => remove_item(s, *list, *index),
            Edit::ClearRamp => clear_ramp(s),
            Edit::SetTrueUp(basis) => set_trueup(s, *basis),
            Edit::SetCarryForward(on) => set_carry_forward(s, *on),
            Edit::SetStopEnabled(on) => set_stop_enabled(s, *on),
            Edit::SetResumeEnabled(on) => set_resume_enabled(s, *on),
            Edit::SetCatchUpOnResume(on) => set_catch_up_on_resume(s, *on),
            Edit::SetInterestMode(mode) => set_interest_mode(s, *mode),
            Edit::SetInterestFirst(on) => set_interest_first(s, *on),
            Edit::SetLineLabel { index, label } => set_line_label(s, *index, label),
            Edit::SetLineKind { index, kind } => set_line_kind(s, *index, *kind),
            Edit::SetLineFrequency { index, frequency } => {
                set_line_frequency(s, *index, *frequency)
            }
            Edit::SetTriggerKind { index, kind } => set_trigger_kind(s, *index, *kind),
            Edit::SetActionKind { index, kind } => set_action_kind(s, *index, *kind),
            Edit::SetCutTarget { index, target } => set_cut_target(s, *index, *target),
            Edit::SetReversesWhenCleared { index, on } => set_reverses_when_cleared(s, *index, *on),
            Edit::SetThreat { index, on } => set_threat(s, *index, *on),
            Edit::SetSettlementEnabled(on) => set_settlement_enabled(s, *on),
            Edit::SetSettlementProposer(side) => set_settlement_proposer(s, *side),
            Edit::AddVendor => add_vendor(s),
            Edit::RemoveVendor(index) => remove_vendor(s, *index),
            Edit::RenameVendor { index, name } => rename_vendor(s, *index, name),
            Edit::MoveVendorUp(index) => move_vendor_up(s, *index),
            Edit::ForVendor { vendor, edit } => edit_vendor(s, *vendor, edit),
            Edit::SetBudgetEnabled(on) => set_budget_enabled(s, *on),
            Edit::SetAllocation(rule) => set_allocation(s, *rule),
        }
    }
}

/// The chart colours of added vendors, the second vendor's first: dark and distinct from
/// each other and from the presets' own colours, so that each vendor's line reads apart.
const ADDED_VENDOR_COLOURS: [&str; VENDORS_MAX - 1] = [
    "#8c564b", "#d64f9a", "#3d5a80", "#a68a00", "#4a1f66", "#006d5b", "#6b8e23",
];

/// Sets whether payments go to the late interest first.
pub fn set_interest_first(s: &Scenario, on: bool) -> Scenario {
    let mut next = s.clone();
    next.payment.interest_first = on;
    next
}

/// Adds a vendor, a copy of the first one's terms named after it with its number ("AWS 2")
/// and with a colour of its own, unless the scenario already has [`VENDORS_MAX`] vendors.
pub fn add_vendor(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    let Some(colour) = ADDED_VENDOR_COLOURS.get(s.more_vendors.len()) else {
        return next;
    };
    if let Some(mut terms) = s.vendor_terms(0) {
        terms.vendor.name = format!("{} {}", s.vendor.name, s.vendor_count().saturating_add(1));
        terms.vendor.colour = (*colour).to_string();
        next.more_vendors.push(terms);
    }
    next
}

/// Removes further vendor `index`, if there is one.
pub fn remove_vendor(s: &Scenario, index: usize) -> Scenario {
    let mut next = s.clone();
    if index < next.more_vendors.len() {
        next.more_vendors.remove(index);
    }
    next
}

/// Renames further vendor `index`.
pub fn rename_vendor(s: &Scenario, index: usize, name: &str) -> Scenario {
    let mut next = s.clone();
    if let Some(terms) = next.more_vendors.get_mut(index) {
        terms.vendor.name = name.to_string();
    }
    next
}

/// Moves vendor `index` one place up; the first vendor stays where it is.
pub fn move_vendor_up(s: &Scenario, index: usize) -> Scenario {
    let mut next = s.clone();
    if let Some(above) = index.checked_sub(1) {
        if next.swap_vendors(above, index).is_none() {
            return s.clone();
        }
    }
    next
}

/// `edit` made to vendor `vendor`'s terms; the scenario as it was if there is no such vendor.
pub fn edit_vendor(s: &Scenario, vendor: usize, edit: &Edit) -> Scenario {
    let Some(alone) = s.vendor_scenario(vendor) else {
        return s.clone();
    };
    let mut next = s.clone();
    let replaced = edit
        .apply(&alone)
        .vendor_terms(0)
        .and_then(|terms| next.set_vendor_terms(vendor, terms));
    match replaced {
        Some(()) => next,
        None => s.clone(),
    }
}

/// Gives the customer a monthly budget, at first the vendors' average monthly commitments
/// together (so that it binds only when the user lowers it), or takes it away.
pub fn set_budget_enabled(s: &Scenario, on: bool) -> Scenario {
    let mut next = s.clone();
    if !on {
        next.budget = None;
    } else if next.budget.is_none() {
        let monthly = (0..s.vendor_count())
            .filter_map(|i| s.vendor_terms(i))
            .filter_map(|t| {
                let term = Decimal::from(t.contract.term_months.max(1));
                t.contract.total_commitment.checked_div(term)
            })
            .try_fold(Decimal::ZERO, |acc, m| acc.checked_add(m))
            .unwrap_or(Decimal::ZERO);
        next.budget = Some(Budget {
            monthly: monthly.round_dp(0),
            rule: Allocation::default(),
        });
    }
    next
}

/// Sets who the budget pays first, if there is a budget.
pub fn set_allocation(s: &Scenario, rule: Allocation) -> Scenario {
    let mut next = s.clone();
    if let Some(budget) = next.budget.as_mut() {
        budget.rule = rule;
    }
    next
}

/// Appends a new item to `list`.
fn add_item(s: &Scenario, list: List) -> Scenario {
    match list {
        List::Ramp => add_ramp_year(s),
        List::UsageChanges => add_usage_change(s),
        List::LumpSums => add_lump_sum(s),
        List::ReciprocalLines => add_reciprocal_line(s),
        List::RetaliationRules => add_retaliation_rule(s),
    }
}

/// Removes item `index` of `list`.
fn remove_item(s: &Scenario, list: List, index: usize) -> Scenario {
    match list {
        List::Ramp => remove_ramp_year(s, index),
        List::UsageChanges => remove_usage_change(s, index),
        List::LumpSums => remove_lump_sum(s, index),
        List::ReciprocalLines => remove_reciprocal_line(s, index),
        List::RetaliationRules => remove_retaliation_rule(s, index),
    }
}

fn party_mut(s: &mut Scenario, side: Side) -> &mut Party {
    match side {
        Side::Customer => &mut s.customer,
        Side::Vendor => &mut s.vendor,
    }
}

/// The last month index of the horizon, the latest month a new item should name.
fn last_month(s: &Scenario) -> u32 {
    s.horizon_months.saturating_sub(1).min(MONTH_INDEX_MAX)
}

/// Renames the scenario.
pub fn set_title(s: &Scenario, title: &str) -> Scenario {
    let mut next = s.clone();
    next.title = title.to_string();
    next
}

/// Renames a party.
pub fn set_party_name(s: &Scenario, side: Side, name: &str) -> Scenario {
    let mut next = s.clone();
    party_mut(&mut next, side).name = name.to_string();
    next
}

/// Sets a party's currency code. Lower case is accepted and written in capitals, because
/// the code is case-insensitive for people but validated in capitals.
pub fn set_party_currency(s: &Scenario, side: Side, currency: &str) -> Scenario {
    let mut next = s.clone();
    party_mut(&mut next, side).currency = currency.trim().to_ascii_uppercase();
    next
}

/// Sets a party's chart colour (`#rrggbb`, as a colour picker gives it).
pub fn set_party_colour(s: &Scenario, side: Side, colour: &str) -> Scenario {
    let mut next = s.clone();
    party_mut(&mut next, side).colour = colour.trim().to_ascii_lowercase();
    next
}

/// Sets how a party's annual discount rate becomes a monthly one.
pub fn set_rate_convention(s: &Scenario, side: Side, convention: RateConvention) -> Scenario {
    let mut next = s.clone();
    party_mut(&mut next, side).rate_convention = convention;
    next
}

/// Adds a contract year to the ramp.
///
/// With a flat schedule (no weights) this switches to a ramp of equal weights, one per
/// contract year of the current term, which commits exactly what the flat schedule did.
/// Otherwise it appends a full year weighted like the last one and lengthens the term to
/// cover it, keeping one weight per contract year.
pub fn add_ramp_year(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    let contract = &mut next.contract;
    if contract.ramp.is_empty() {
        let years = contract.term_months.div_ceil(12).max(1);
        contract.ramp = vec![Decimal::ONE; usize::try_from(years).unwrap_or(1)];
        return next;
    }
    if contract.ramp.len() >= LIST_MAX {
        return next;
    }
    let years = u32::try_from(contract.ramp.len()).unwrap_or(u32::MAX);
    let term = years.saturating_add(1).saturating_mul(12);
    if term > standoff_core::model::limits::MONTHS_MAX {
        return next;
    }
    let last = contract.ramp.last().copied().unwrap_or(Decimal::ONE);
    contract.ramp.push(last);
    contract.term_months = term;
    next
}

/// Removes contract year `index` from the ramp and shortens the term to the remaining years.
/// Removing the last weight returns to a flat schedule over the unchanged term.
pub fn remove_ramp_year(s: &Scenario, index: usize) -> Scenario {
    let mut next = s.clone();
    let contract = &mut next.contract;
    if index >= contract.ramp.len() {
        return next;
    }
    contract.ramp.remove(index);
    if contract.ramp.is_empty() {
        return next;
    }
    let years = u32::try_from(contract.ramp.len()).unwrap_or(u32::MAX);
    contract.term_months = contract.term_months.min(years.saturating_mul(12)).max(1);
    // A term that shrank into the previous year (e.g. 30 → 24 months is still 2 years)
    // always keeps `years` contract years, because 12 × years months span exactly them.
    next
}

/// Returns to a flat schedule: the same commitment every month.
pub fn clear_ramp(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    next.contract.ramp.clear();
    next
}

/// Adds a usage change a year after the last one (or at month 12), at the share then in force.
pub fn add_usage_change(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    let usage = &mut next.contract.usage;
    if usage.changes.len() >= LIST_MAX {
        return next;
    }
    let (month, share) = usage
        .changes
        .iter()
        .max_by_key(|c| c.month)
        .map(|c| (c.month.saturating_add(12), c.share))
        .unwrap_or((12, usage.start_share));
    usage.changes.push(UsageChange {
        month: month.min(last_month(s)),
        share,
    });
    next
}

/// Removes usage change `index`.
pub fn remove_usage_change(s: &Scenario, index: usize) -> Scenario {
    let mut next = s.clone();
    if index < next.contract.usage.changes.len() {
        next.contract.usage.changes.remove(index);
    }
    next
}

/// Chooses when the shortfall against the commitment is invoiced.
pub fn set_trueup(s: &Scenario, basis: TrueUpBasis) -> Scenario {
    let mut next = s.clone();
    next.contract.trueup = basis;
    next
}

/// Chooses whether drawdown above a period's commitment counts towards the next period.
pub fn set_carry_forward(s: &Scenario, on: bool) -> Scenario {
    let mut next = s.clone();
    next.contract.carry_forward = on;
    next
}

/// Switches the customer's stop of payments on or off. Switched on, the customer stops at
/// month 0, or just before the resume month when one is set (validation requires the resume
/// month to come after the stop month).
pub fn set_stop_enabled(s: &Scenario, on: bool) -> Scenario {
    let mut next = s.clone();
    let payment = &mut next.payment;
    if !on {
        payment.stop_from_month = None;
    } else if payment.stop_from_month.is_none() {
        payment.stop_from_month = Some(match payment.resume_at_month {
            Some(resume) => resume.saturating_sub(1),
            None => 0,
        });
        if payment.resume_at_month == Some(0) {
            payment.resume_at_month = None;
        }
    }
    next
}

/// Switches the resume month on or off. Switched on, payments resume the month after the
/// stop month (or at month 1 without a stop).
pub fn set_resume_enabled(s: &Scenario, on: bool) -> Scenario {
    let mut next = s.clone();
    let payment = &mut next.payment;
    if !on {
        payment.resume_at_month = None;
    } else if payment.resume_at_month.is_none() {
        let stop = payment.stop_from_month.unwrap_or(0);
        if stop >= MONTH_INDEX_MAX {
            return s.clone();
        }
        payment.resume_at_month = Some(stop.saturating_add(1));
    }
    next
}

/// Chooses whether the customer also pays every unpaid invoice when payments resume.
pub fn set_catch_up_on_resume(s: &Scenario, on: bool) -> Scenario {
    let mut next = s.clone();
    next.payment.catch_up_on_resume = on;
    next
}

/// Adds a lump sum of $1M at the end of the horizon's last month.
pub fn add_lump_sum(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    if next.payment.lump_sums.len() < LIST_MAX {
        next.payment.lump_sums.push(LumpSum {
            month: last_month(s),
            amount: Decimal::from(1_000_000),
        });
    }
    next
}

/// Removes lump sum `index`.
pub fn remove_lump_sum(s: &Scenario, index: usize) -> Scenario {
    let mut next = s.clone();
    if index < next.payment.lump_sums.len() {
        next.payment.lump_sums.remove(index);
    }
    next
}

/// Chooses simple or compound late interest.
pub fn set_interest_mode(s: &Scenario, mode: InterestMode) -> Scenario {
    let mut next = s.clone();
    next.payment.interest_mode = mode;
    next
}

/// Adds a reciprocal line: $1M of monthly advertising paid net 30.
pub fn add_reciprocal_line(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    if next.reciprocal.len() < LIST_MAX {
        let number = next.reciprocal.len() + 1;
        next.reciprocal.push(ReciprocalLine {
            label: format!("New line {number}"),
            amount: Decimal::from(1_000_000),
            ..ReciprocalLine::default()
        });
    }
    next
}

/// Removes reciprocal line `index`.
pub fn remove_reciprocal_line(s: &Scenario, index: usize) -> Scenario {
    let mut next = s.clone();
    if index < next.reciprocal.len() {
        next.reciprocal.remove(index);
    }
    next
}

/// Renames reciprocal line `index`.
pub fn set_line_label(s: &Scenario, index: usize, label: &str) -> Scenario {
    let mut next = s.clone();
    if let Some(line) = next.reciprocal.get_mut(index) {
        line.label = label.to_string();
    }
    next
}

/// Sets the kind of reciprocal line `index` (which retaliation cuts it).
pub fn set_line_kind(s: &Scenario, index: usize, kind: FlowKind) -> Scenario {
    let mut next = s.clone();
    if let Some(line) = next.reciprocal.get_mut(index) {
        line.kind = kind;
    }
    next
}

/// Sets how often reciprocal line `index` is invoiced.
pub fn set_line_frequency(s: &Scenario, index: usize, frequency: Frequency) -> Scenario {
    let mut next = s.clone();
    if let Some(line) = next.reciprocal.get_mut(index) {
        line.frequency = frequency;
    }
    next
}

/// Adds a retaliation rule: cut all advertising once arrears pass $1M, reversed when cleared.
pub fn add_retaliation_rule(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    if next.retaliation.len() < LIST_MAX {
        next.retaliation.push(RetaliationRule {
            trigger: TriggerKind::ArrearsAbove.default_trigger(),
            action: ActionKind::CutSpend.default_action(),
            lag_months: 0,
            reverses_when_cleared: true,
            until_month: None,
            threat: None,
        });
    }
    next
}

/// Removes retaliation rule `index`.
pub fn remove_retaliation_rule(s: &Scenario, index: usize) -> Scenario {
    let mut next = s.clone();
    if index < next.retaliation.len() {
        next.retaliation.remove(index);
    }
    next
}

/// Changes the trigger kind of rule `index`; choosing the kind it already has keeps its
/// threshold.
pub fn set_trigger_kind(s: &Scenario, index: usize, kind: TriggerKind) -> Scenario {
    let mut next = s.clone();
    if let Some(rule) = next.retaliation.get_mut(index) {
        if TriggerKind::of(&rule.trigger) != kind {
            rule.trigger = kind.default_trigger();
        }
    }
    next
}

/// Changes the action kind of rule `index`; choosing the kind it already has keeps its values.
pub fn set_action_kind(s: &Scenario, index: usize, kind: ActionKind) -> Scenario {
    let mut next = s.clone();
    if let Some(rule) = next.retaliation.get_mut(index) {
        if ActionKind::of(&rule.action) != kind {
            rule.action = kind.default_action();
        }
    }
    next
}

/// Sets which reciprocal lines a spend cut of rule `index` targets; other actions have no
/// target and are left alone.
pub fn set_cut_target(s: &Scenario, index: usize, target: FlowKind) -> Scenario {
    let mut next = s.clone();
    if let Some(Action::CutSpend { kind, .. }) =
        next.retaliation.get_mut(index).map(|rule| &mut rule.action)
    {
        *kind = target;
    }
    next
}

/// Sets whether rule `index` stops once its trigger no longer holds.
pub fn set_reverses_when_cleared(s: &Scenario, index: usize, on: bool) -> Scenario {
    let mut next = s.clone();
    if let Some(rule) = next.retaliation.get_mut(index) {
        rule.reverses_when_cleared = on;
    }
    next
}

/// Announces rule `index` as a threat first, with the default threat, or removes its threat.
pub fn set_threat(s: &Scenario, index: usize, on: bool) -> Scenario {
    let mut next = s.clone();
    if let Some(rule) = next.retaliation.get_mut(index) {
        rule.threat = on.then(standoff_core::model::Threat::default);
    }
    next
}

/// Adds or removes the settlement. A new one applies at the end of the first contract year
/// (or the horizon's last month when shorter), proposed by the customer, with no terms yet.
pub fn set_settlement_enabled(s: &Scenario, on: bool) -> Scenario {
    let mut next = s.clone();
    if !on {
        next.settlement = None;
    } else if next.settlement.is_none() {
        next.settlement = Some(Settlement {
            month: 11.min(last_month(s)),
            ..Settlement::default()
        });
    }
    next
}

/// Sets who proposes the settlement, if there is one.
pub fn set_settlement_proposer(s: &Scenario, side: Side) -> Scenario {
    let mut next = s.clone();
    if let Some(settlement) = next.settlement.as_mut() {
        settlement.proposed_by = side;
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;
    use standoff_core::model::{presets, validate};

    fn aws() -> Scenario {
        presets::by_id("twitter-aws-2023")
            .map(|p| p.scenario)
            .unwrap_or_default()
    }

    #[test]
    fn the_aws_preset_is_what_these_tests_assume() {
        // Figures from the preset's definition: $510M over 66 months, flat, two ad lines,
        // two rules (Amazon's threat and the refusal to renegotiate), one lump sum, no
        // settlement.
        let s = aws();
        assert_eq!(s.contract.total_commitment, dec!(510_000_000));
        assert_eq!(s.contract.term_months, 66);
        assert!(s.contract.ramp.is_empty());
        assert_eq!(s.reciprocal.len(), 2);
        assert_eq!(s.retaliation.len(), 2);
        assert!(s.retaliation[0].threat.is_some());
        assert_eq!(s.payment.lump_sums.len(), 1);
        assert_eq!(s.settlement, None);
    }

    #[test]
    fn renaming_touches_only_the_chosen_party() {
        let s = aws();
        let next = set_party_name(&s, Side::Vendor, "Amazon Web Services");
        assert_eq!(next.vendor.name, "Amazon Web Services");
        let mut expected = s.clone();
        expected.vendor.name = "Amazon Web Services".into();
        assert_eq!(next, expected);
        assert_eq!(set_title(&s, "Mine").title, "Mine");
    }

    #[test]
    fn currency_and_colour_are_normalised_to_what_validation_expects() {
        let s = aws();
        let next = set_party_currency(&s, Side::Customer, " eur ");
        assert_eq!(next.customer.currency, "EUR");
        let next = set_party_colour(&next, Side::Customer, "#ABCDEF");
        assert_eq!(next.customer.colour, "#abcdef");
        assert_eq!(validate(&next), Ok(()));
        let next = set_rate_convention(&next, Side::Vendor, RateConvention::Effective);
        assert_eq!(next.vendor.rate_convention, RateConvention::Effective);
        assert_eq!(next.customer.rate_convention, RateConvention::Nominal);
    }

    #[test]
    fn an_empty_name_is_an_edit_that_validation_rejects_at_its_field() {
        let next = set_party_name(&aws(), Side::Customer, "");
        let errors = validate(&next).err().unwrap_or_default();
        assert!(errors.iter().any(|e| e.field == "customer.name"));
    }

    #[test]
    fn starting_a_ramp_gives_one_equal_weight_per_contract_year() {
        // 66 months span six contract years (five full and one of six months).
        let next = add_ramp_year(&aws());
        assert_eq!(next.contract.ramp, vec![Decimal::ONE; 6]);
        assert_eq!(next.contract.term_months, 66);
        assert_eq!(validate(&next), Ok(()));
    }

    #[test]
    fn adding_a_ramp_year_lengthens_the_term_to_cover_it() {
        let mut s = aws();
        s.contract.term_months = 24;
        s.contract.ramp = vec![dec!(1), dec!(3)];
        let next = add_ramp_year(&s);
        assert_eq!(next.contract.ramp, vec![dec!(1), dec!(3), dec!(3)]);
        assert_eq!(next.contract.term_months, 36);
        assert_eq!(validate(&next), Ok(()));
    }

    #[test]
    fn removing_a_ramp_year_shortens_the_term_and_the_last_returns_to_flat() {
        let mut s = aws();
        s.contract.term_months = 30;
        s.contract.ramp = vec![dec!(1), dec!(2), dec!(3)];
        let next = remove_ramp_year(&s, 1);
        assert_eq!(next.contract.ramp, vec![dec!(1), dec!(3)]);
        assert_eq!(next.contract.term_months, 24);
        assert_eq!(validate(&next), Ok(()));
        let flat = remove_ramp_year(&remove_ramp_year(&next, 0), 0);
        // The second removal leaves one year, so the term shrinks to 12 months; the last
        // removal keeps that term with a flat schedule.
        assert!(flat.contract.ramp.is_empty());
        assert_eq!(flat.contract.term_months, 12);
        assert_eq!(remove_ramp_year(&s, 9), s, "a bad index changes nothing");
        assert!(clear_ramp(&s).contract.ramp.is_empty());
    }

    #[test]
    fn a_new_usage_change_follows_the_last_one_by_a_year_at_its_share() {
        let s = aws();
        let one = add_usage_change(&s);
        assert_eq!(
            one.contract.usage.changes,
            vec![UsageChange {
                month: 12,
                share: dec!(0.45)
            }]
        );
        let two = add_usage_change(&one);
        assert_eq!(two.contract.usage.changes.len(), 2);
        assert_eq!(two.contract.usage.changes[1].month, 24);
        assert_eq!(validate(&two), Ok(()));
        assert_eq!(
            remove_usage_change(&two, 0).contract.usage.changes[0].month,
            24
        );
    }

    #[test]
    fn a_new_usage_change_stays_within_a_short_horizon() {
        let mut s = aws();
        s.horizon_months = 6;
        assert_eq!(add_usage_change(&s).contract.usage.changes[0].month, 5);
    }

    #[test]
    fn contract_options_are_set() {
        let s = aws();
        assert_eq!(
            set_trueup(&s, TrueUpBasis::TermEnd).contract.trueup,
            TrueUpBasis::TermEnd
        );
        assert!(set_carry_forward(&s, true).contract.carry_forward);
    }

    #[test]
    fn stop_and_resume_switch_on_in_a_valid_order() {
        let mut s = aws();
        s.payment.stop_from_month = None;
        let stopped = set_stop_enabled(&s, true);
        assert_eq!(stopped.payment.stop_from_month, Some(0));
        let resumed = set_resume_enabled(&stopped, true);
        assert_eq!(resumed.payment.resume_at_month, Some(1));
        assert_eq!(validate(&resumed), Ok(()));

        // With only a resume month at 10, the stop goes just before it.
        let mut only_resume = s.clone();
        only_resume.payment.resume_at_month = Some(10);
        let both = set_stop_enabled(&only_resume, true);
        assert_eq!(both.payment.stop_from_month, Some(9));
        assert_eq!(validate(&both), Ok(()));

        let off = set_stop_enabled(&resumed, false);
        assert_eq!(off.payment.stop_from_month, None);
        assert_eq!(
            set_resume_enabled(&off, false).payment.resume_at_month,
            None
        );
        // Switching on what is already on keeps its month.
        assert_eq!(
            set_stop_enabled(&aws(), true).payment.stop_from_month,
            Some(22)
        );
        assert!(set_catch_up_on_resume(&s, true).payment.catch_up_on_resume);
    }

    #[test]
    fn lump_sums_are_added_in_the_last_month_and_removed_by_index() {
        let s = aws();
        let next = add_lump_sum(&s);
        assert_eq!(next.payment.lump_sums.len(), 2);
        assert_eq!(
            next.payment.lump_sums[1],
            LumpSum {
                month: 65,
                amount: dec!(1_000_000)
            }
        );
        assert_eq!(validate(&next), Ok(()));
        let removed = remove_lump_sum(&next, 0);
        assert_eq!(
            removed.payment.lump_sums,
            vec![next.payment.lump_sums[1].clone()]
        );
        assert_eq!(
            set_interest_mode(&s, InterestMode::Compound)
                .payment
                .interest_mode,
            InterestMode::Compound
        );
    }

    #[test]
    fn reciprocal_lines_are_added_edited_and_removed() {
        let s = aws();
        let added = add_reciprocal_line(&s);
        assert_eq!(added.reciprocal.len(), 3);
        assert_eq!(added.reciprocal[2].label, "New line 3");
        assert_eq!(added.reciprocal[2].amount, dec!(1_000_000));
        assert_eq!(validate(&added), Ok(()));
        let edited = set_line_frequency(
            &set_line_kind(&set_line_label(&added, 2, "Data deal"), 2, FlowKind::Data),
            2,
            Frequency::Quarterly,
        );
        assert_eq!(edited.reciprocal[2].label, "Data deal");
        assert_eq!(edited.reciprocal[2].kind, FlowKind::Data);
        assert_eq!(edited.reciprocal[2].frequency, Frequency::Quarterly);
        let removed = remove_reciprocal_line(&edited, 0);
        assert_eq!(removed.reciprocal.len(), 2);
        assert_eq!(removed.reciprocal[0].label, "Amazon Studios ads");
        assert_eq!(remove_reciprocal_line(&s, 7), s);
    }

    #[test]
    fn retaliation_rules_are_added_and_removed() {
        let s = aws();
        let added = add_retaliation_rule(&s);
        assert_eq!(added.retaliation.len(), 3);
        assert_eq!(
            added.retaliation[2].trigger,
            Trigger::ArrearsAbove {
                amount: dec!(1_000_000)
            }
        );
        assert_eq!(validate(&added), Ok(()));
        let removed = remove_retaliation_rule(&added, 1);
        assert_eq!(removed.retaliation.len(), 2);
        assert_eq!(removed.retaliation[1], added.retaliation[2]);
    }

    #[test]
    fn changing_the_trigger_kind_resets_its_value_but_keeping_it_does_not() {
        let s = aws();
        let days = set_trigger_kind(&s, 0, TriggerKind::DaysOverdue);
        assert_eq!(
            days.retaliation[0].trigger,
            Trigger::DaysOverdue { days: 60 }
        );
        assert_eq!(
            set_trigger_kind(&s, 0, TriggerKind::ArrearsAbove).retaliation[0].trigger,
            Trigger::ArrearsAbove {
                amount: dec!(50_000_000)
            }
        );
        assert_eq!(
            set_trigger_kind(&s, 0, TriggerKind::MonthsUnpaid).retaliation[0].trigger,
            Trigger::MonthsUnpaid { months: 2 }
        );
        assert_eq!(
            set_trigger_kind(&s, 0, TriggerKind::Always).retaliation[0].trigger,
            Trigger::Always
        );
        assert_eq!(validate(&days), Ok(()));
    }

    #[test]
    fn changing_the_action_kind_gives_valid_defaults() {
        let s = aws();
        for kind in ActionKind::ALL {
            let next = set_action_kind(&s, 0, kind);
            assert_eq!(ActionKind::of(&next.retaliation[0].action), kind);
            assert_eq!(validate(&next), Ok(()), "{kind:?}");
        }
        // Rule 0 already withholds payments: choosing that kind keeps the rule as it is.
        assert_eq!(set_action_kind(&s, 0, ActionKind::WithholdPayments), s);
        // A rule made to cut advertising cuts all of it; its target can then be changed.
        let cut = set_action_kind(&s, 0, ActionKind::CutSpend);
        assert_eq!(set_action_kind(&cut, 0, ActionKind::CutSpend), cut);
        let data = set_cut_target(&cut, 0, FlowKind::Data);
        assert_eq!(
            data.retaliation[0].action,
            Action::CutSpend {
                kind: FlowKind::Data,
                share: dec!(1)
            }
        );
        // Rule 0 withholds payments, which has no target.
        assert_eq!(set_cut_target(&s, 0, FlowKind::Data), s);
        assert!(!set_reverses_when_cleared(&s, 0, false).retaliation[0].reverses_when_cleared);
    }

    #[test]
    fn a_rule_is_announced_as_a_threat_and_back_again() {
        // The preset's rule 1 (refuse to renegotiate) acts without a threat.
        let s = aws();
        let threatened = set_threat(&s, 1, true);
        assert_eq!(
            threatened.retaliation[1].threat,
            Some(standoff_core::model::Threat {
                deadline_months: 1,
                withdraw_at_or_below: Decimal::ZERO
            })
        );
        assert_eq!(validate(&threatened), Ok(()));
        assert_eq!(set_threat(&threatened, 1, false), s);
        // Rule 0, Amazon's threat, acts at once when it is no longer announced.
        assert_eq!(set_threat(&s, 0, false).retaliation[0].threat, None);
        // A rule that does not exist is left alone.
        assert_eq!(set_threat(&s, 99, true), s);
    }

    #[test]
    fn the_settlement_is_switched_on_at_the_first_year_end_and_off_again() {
        let s = aws();
        let on = set_settlement_enabled(&s, true);
        let settlement = on.settlement.clone().unwrap_or_default();
        assert_eq!(settlement.month, 11);
        assert_eq!(settlement.proposed_by, Side::Customer);
        assert_eq!(validate(&on), Ok(()));
        let vendor = set_settlement_proposer(&on, Side::Vendor);
        assert_eq!(vendor.settlement.map(|x| x.proposed_by), Some(Side::Vendor));
        assert_eq!(set_settlement_enabled(&on, false).settlement, None);
        assert_eq!(set_settlement_proposer(&s, Side::Vendor), s);
    }

    #[test]
    fn through_the_reducer_a_valid_edit_applies_and_an_invalid_one_is_explained() {
        use crate::app::state::{Action as Do, AppState};
        let state = AppState::default();
        // The default scenario has one reciprocal line (the vendor's ads).
        let added = state.apply(Do::Edit(Edit::AddListItem(List::ReciprocalLines)));
        assert_eq!(added.scenario.reciprocal.len(), 2);
        let renamed = added.apply(Do::Edit(Edit::RenameParty {
            side: Side::Customer,
            name: String::new(),
        }));
        assert_eq!(
            renamed.scenario, added.scenario,
            "the last valid scenario stays"
        );
        assert!(renamed
            .scenario_errors
            .iter()
            .any(|e| e.field == "customer.name"
                && standoff_words::rules::rule(standoff_words::Lang::En, &e.rule)
                    .contains("1 to 80")));
    }

    #[test]
    fn list_edits_add_to_and_remove_from_the_list_they_name() {
        let s = aws();
        let len = |s: &Scenario, list: List| match list {
            List::Ramp => s.contract.ramp.len(),
            List::UsageChanges => s.contract.usage.changes.len(),
            List::LumpSums => s.payment.lump_sums.len(),
            List::ReciprocalLines => s.reciprocal.len(),
            List::RetaliationRules => s.retaliation.len(),
        };
        for list in [
            List::UsageChanges,
            List::LumpSums,
            List::ReciprocalLines,
            List::RetaliationRules,
        ] {
            let added = Edit::AddListItem(list).apply(&s);
            assert_eq!(len(&added, list), len(&s, list) + 1, "{list:?}");
            let index = len(&s, list);
            let removed = Edit::RemoveListItem { list, index }.apply(&added);
            assert_eq!(removed, s, "{list:?}");
        }
        // The preset's schedule is flat: the first ramp edit starts one weight per year.
        let ramp = Edit::AddListItem(List::Ramp).apply(&s);
        assert_eq!(len(&ramp, List::Ramp), 6);
        assert_eq!(Edit::ClearRamp.apply(&ramp), s);
    }

    #[test]
    fn lists_stop_growing_at_their_limit() {
        let mut s = aws();
        s.reciprocal = vec![ReciprocalLine::default(); LIST_MAX];
        assert_eq!(add_reciprocal_line(&s).reciprocal.len(), LIST_MAX);
    }

    #[test]
    fn a_vendor_is_added_as_a_copy_of_the_first_renamed_and_removed() {
        let s = aws();
        let two = add_vendor(&s);
        assert_eq!(two.vendor_count(), 2);
        let added = two.more_vendors.first().cloned().unwrap_or_default();
        assert_eq!(added.vendor.name, "AWS 2");
        assert_eq!(added.vendor.colour, "#8c564b");
        assert_eq!(added.contract, s.contract);
        let renamed = rename_vendor(&two, 0, "Google Cloud");
        assert_eq!(renamed.vendor_name(1), Some("Google Cloud"));
        assert_eq!(remove_vendor(&renamed, 0).more_vendors, Vec::new());
        // Removing a vendor that is not there changes nothing.
        assert_eq!(remove_vendor(&renamed, 5), renamed);
    }

    #[test]
    fn no_more_than_eight_vendors_are_added() {
        let mut s = aws();
        for _ in 0..20 {
            s = add_vendor(&s);
        }
        assert_eq!(s.vendor_count(), VENDORS_MAX);
    }

    /// A new budget is the vendors' average monthly commitments together, rounded to the
    /// unit: for the AWS preset alone $510M over 66 months, $7,727,272.73, so $7,727,273.
    #[test]
    fn a_new_budget_covers_the_average_bills_and_takes_the_rule_asked_for() {
        let on = set_budget_enabled(&aws(), true);
        let budget = on.budget.clone().unwrap_or_default();
        assert_eq!(budget.monthly, Decimal::from(7_727_273));
        assert_eq!(budget.rule, Allocation::Priority);
        let leverage = set_allocation(&on, Allocation::LeverageFirst);
        assert_eq!(
            leverage.budget.map(|b| b.rule),
            Some(Allocation::LeverageFirst)
        );
        assert_eq!(set_budget_enabled(&on, false).budget, None);
    }
}
