//! The report a simulation returns: monthly ledgers for both parties, totals, NPVs against
//! the pay-on-time baseline, and the event log.
//!
//! Signs: every flow is seen from the party it belongs to; money in is positive, money out
//! negative. A payment from the customer to the vendor appears as −x on the customer's line
//! and +x on the vendor's.

use crate::model::{month_label, Action, YearMonth};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A ledger line of a party's monthly cash flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// Scheduled payments of contract invoices (usage and true-up), and catch-up payments.
    ContractPayments,
    /// One-off lump-sum payments.
    LumpSums,
    /// The payment agreed in a settlement.
    SettlementPayment,
    /// The expected recovery of a judgment.
    LegalJudgment,
    /// Reciprocal line `n` of the scenario (vendor → customer), including withheld amounts
    /// when they are released. A scenario has at most `model::limits::LIST_MAX` (240) of
    /// them; a 16-bit index keeps [`LineFlow`] at 20 bytes (a `usize` made it 32), and every
    /// month of a report holds a few dozen.
    Reciprocal(u16),
    /// Extra ads and data bought by the vendor under a settlement.
    BundledDeal,
    /// Each party's own legal costs.
    LegalCosts,
    /// The vendor's collection costs.
    CollectionCosts,
    /// The customer's revenue from other advertisers.
    OtherAdRevenue,
    /// The customer's savings from closed data centres.
    InfrastructureSavings,
    /// The customer's expected cost of outages (probability × cost).
    OutageRisk,
    /// The customer's cost of a service suspension.
    SuspensionOutage,
}

impl Line {
    /// A stable machine key, e.g. `contract_payments` or `reciprocal_1` (CSV headers).
    pub fn key(self) -> String {
        match self {
            Line::ContractPayments => "contract_payments".into(),
            Line::LumpSums => "lump_sums".into(),
            Line::SettlementPayment => "settlement_payment".into(),
            Line::LegalJudgment => "legal_judgment".into(),
            Line::Reciprocal(i) => format!("reciprocal_{i}"),
            Line::BundledDeal => "bundled_deal".into(),
            Line::LegalCosts => "legal_costs".into(),
            Line::CollectionCosts => "collection_costs".into(),
            Line::OtherAdRevenue => "other_ad_revenue".into(),
            Line::InfrastructureSavings => "infrastructure_savings".into(),
            Line::OutageRisk => "outage_risk".into(),
            Line::SuspensionOutage => "suspension_outage".into(),
        }
    }
}

/// One line of one party's month: which line and the signed flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineFlow {
    /// The line.
    pub line: Line,
    /// Signed flow: positive in, negative out.
    pub amount: Decimal,
}

/// The number of lines a party's month holds without a heap allocation: the customer has
/// ten lines plus one per reciprocal line, the vendor seven plus one per reciprocal line, so
/// scenarios with up to six reciprocal lines (every preset has two or three) never allocate.
pub const LINES_INLINE: usize = 16;

/// A party's lines in one month. They are kept inline rather than in a `Vec`: two heap
/// vectors a month, allocated by the simulation and freed with the report, cost more than a
/// tenth of a simulation's instructions. It serializes as a sequence, exactly like a `Vec`.
pub type LineFlows = smallvec::SmallVec<[LineFlow; LINES_INLINE]>;

/// One party's month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PartyMonth {
    /// Every line of this party, in a fixed order, zeros included (stable table columns).
    pub lines: LineFlows,
    /// Sum of positive flows.
    pub cash_in: Decimal,
    /// Sum of negative flows, as a positive number.
    pub cash_out: Decimal,
    /// `cash_in − cash_out`.
    pub net: Decimal,
    /// Cash on hand plus every net flow so far.
    pub cumulative: Decimal,
    /// The same in the baseline run, where the customer pays on time and nobody retaliates.
    pub baseline_cumulative: Decimal,
    /// `cumulative − baseline_cumulative`: what the standoff has gained (+) or cost (−).
    pub vs_baseline: Decimal,
}

impl PartyMonth {
    /// The flow on `line` this month (zero when the party has no such line).
    pub fn flow(&self, line: Line) -> Decimal {
        self.lines
            .iter()
            .find(|l| l.line == line)
            .map(|l| l.amount)
            .unwrap_or(Decimal::ZERO)
    }
}

/// Everything that happened in one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthReport {
    /// 0-based month index.
    pub index: u32,
    /// Calendar year.
    pub year: i32,
    /// Calendar month, 1 to 12.
    pub month: u32,
    /// The customer's cash flows.
    pub customer: PartyMonth,
    /// The vendor's cash flows.
    pub vendor: PartyMonth,
    /// Commitment accruing this month under the schedule.
    pub commitment_accrued: Decimal,
    /// Usage invoiced this month (net of discount, rounded to cents).
    pub usage_invoiced: Decimal,
    /// True-up (shortfall) invoiced this month.
    pub trueup_invoiced: Decimal,
    /// Unpaid contract principal due on or before the month end (usage and true-up).
    pub arrears: Decimal,
    /// The part of `arrears` owed on true-up invoices: shortfall against the commitment
    /// that was invoiced and not paid (the rest is unpaid usage).
    pub arrears_trueup: Decimal,
    /// Invoiced principal not yet due at the month end.
    pub billed_not_due: Decimal,
    /// Late interest accrued during this month.
    pub interest_this_month: Decimal,
    /// Late interest accrued and unpaid at the month end.
    pub accrued_interest: Decimal,
    /// Collection costs the vendor has spent and claims at the month end.
    pub collection_claim: Decimal,
    /// `arrears + accrued_interest + collection_claim`: what the customer owes now on bills,
    /// the principal past due with its late interest and the collection costs claimed.
    /// Invoices not yet due (`billed_not_due`) and the shortfall not yet invoiced are not
    /// in it, since neither can be claimed yet.
    pub billed_unpaid: Decimal,
    /// Shortfall accrued in the current true-up period and not yet invoiced:
    /// `max(0, commitment so far − drawdown so far − carry-forward)`. It becomes due only if
    /// usage stays low until the true-up invoices it, so it is kept apart from what is owed.
    pub shortfall_exposure: Decimal,
    /// `billed_unpaid + shortfall_exposure`, added as `(arrears + accrued_interest) +
    /// (collection_claim + shortfall_exposure)`: what is owed on bills plus the shortfall
    /// still to come, which is not all owed. Reports written before this name had it as
    /// `total_owed`, which they are still read by.
    #[serde(alias = "total_owed")]
    pub billed_unpaid_and_shortfall: Decimal,
    /// Commitment still to accrue after this month.
    pub remaining_commitment: Decimal,
    /// Days the oldest unpaid overdue invoice is past due at the month end (0 if none).
    pub days_overdue: u32,
    /// Advertising the vendor did not run this month because of cuts.
    pub ad_revenue_lost: Decimal,
    /// Data and other reciprocal revenue not run this month because of cuts.
    pub other_revenue_lost: Decimal,
    /// What the lines the vendor cut this month were worth to the vendor itself (their
    /// `value_to_vendor`): what carrying out its cuts costs it, before the spend it saves.
    /// Written only when not zero, so that reports without such values read as before.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub value_lost_by_vendor: Decimal,
    /// Reciprocal invoices the vendor is withholding at the month end.
    pub withheld_by_vendor: Decimal,
    /// The customer's outage cost this month: expected outages plus any suspension.
    pub outage_cost: Decimal,
    /// Whether the service is suspended this month.
    pub suspended: bool,
}

impl MonthReport {
    /// The month as "Mar 2023".
    pub fn label(&self) -> String {
        YearMonth {
            year: self.year,
            month: self.month,
        }
        .label()
    }

    /// The claim open at the month end: arrears, accrued late interest and collection claim
    /// (`None` if the sum overflows). A settlement or a judgment prices this amount.
    pub fn open_claim(&self) -> Option<Decimal> {
        self.arrears
            .checked_add(self.accrued_interest)?
            .checked_add(self.collection_claim)
    }

    /// The month as "2023-03".
    pub fn iso(&self) -> String {
        YearMonth {
            year: self.year,
            month: self.month,
        }
        .iso()
    }
}

/// What kind of thing an event reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The customer's first month without scheduled payments.
    PaymentsStopped,
    /// The customer pays again.
    PaymentsResumed,
    /// A lump-sum payment.
    LumpSum,
    /// A shortfall invoiced at the end of a true-up period.
    TrueUp,
    /// A retaliation trigger fired.
    TriggerFired,
    /// A trigger held and the vendor announced its action as a threat, with a deadline.
    ThreatMade,
    /// At its deadline the threat's condition was met: it is withdrawn.
    ThreatWithdrawn,
    /// At its deadline the threat's condition was not met: it is carried out.
    ThreatCarriedOut,
    /// A retaliation action took effect.
    ActionStarted,
    /// A retaliation action ended because its trigger cleared.
    ActionEnded,
    /// Withheld reciprocal payments were released.
    WithheldReleased,
    /// The vendor filed suit.
    LegalFiled,
    /// A judgment recovered part of the claim.
    Judgment,
    /// A settlement was applied.
    SettlementApplied,
    /// A settlement was rejected (the vendor refuses to renegotiate).
    SettlementRejected,
    /// The contract term ended.
    ContractEnded,
}

/// What a retaliation trigger saw when it fired: the values the sentence quotes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "trigger")]
pub enum TriggerSeen {
    /// A standing policy, which holds from the first month end.
    Always,
    /// Arrears passed `threshold`; they stand at `arrears`.
    ArrearsAbove {
        threshold: Decimal,
        arrears: Decimal,
    },
    /// The oldest unpaid invoice is `days` days overdue.
    DaysOverdue { days: u32 },
    /// `months` consecutive months without payment.
    MonthsUnpaid { months: u32 },
}

/// What an event says, as data: the sentence is written from it in the reader's language by
/// `standoff_words::events`, with the parties' names and currency taken from the scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "event")]
pub enum EventDetail {
    PaymentsStopped,
    PaymentsResumed,
    /// `paid` of a lump sum of `due` (less when less was overdue).
    LumpSum {
        paid: Decimal,
        due: Decimal,
    },
    /// A true-up invoice for the shortfall against the commitment.
    TrueUp {
        amount: Decimal,
    },
    /// A trigger held; the vendor threatens `action` unless overdue principal is back to
    /// `level` or less by the end of month index `deadline_month`.
    ThreatMade {
        seen: TriggerSeen,
        action: Action,
        deadline_month: u32,
        level: Decimal,
    },
    /// Overdue principal was `arrears`, at or below the threat's `level`: withdrawn.
    ThreatWithdrawn {
        action: Action,
        arrears: Decimal,
        level: Decimal,
    },
    /// Overdue principal was still `arrears`: `action` takes effect from month `from_month`.
    ThreatCarriedOut {
        action: Action,
        arrears: Decimal,
        from_month: u32,
    },
    /// A trigger held; the vendor's `action` takes effect from month index `from_month`.
    TriggerFired {
        seen: TriggerSeen,
        action: Action,
        from_month: u32,
    },
    /// The vendor's `action` takes effect this month.
    ActionStarted {
        action: Action,
    },
    /// The trigger cleared; `action` ends from next month.
    ActionEnded {
        action: Action,
    },
    /// Withheld reciprocal payments released.
    WithheldReleased {
        amount: Decimal,
    },
    /// A suit was filed with these legal costs.
    LegalFiled {
        vendor_cost: Decimal,
        customer_cost: Decimal,
    },
    /// A judgment recovers `recovered` in expectation: `win_probability` × `claim`.
    Judgment {
        recovered: Decimal,
        win_probability: Decimal,
        claim: Decimal,
    },
    /// A settlement: `paid` now, `forgiven_share` of `claim` forgiven, `remaining_commitment`
    /// left over `months_left` months.
    SettlementApplied {
        paid: Decimal,
        forgiven_share: Decimal,
        claim: Decimal,
        remaining_commitment: Decimal,
        months_left: u32,
    },
    SettlementRejected,
    ContractEnded,
}

/// One line of the event log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// 0-based month index (the sentence says "Month n" with n = index + 1).
    pub month_index: u32,
    /// What happened.
    pub kind: EventKind,
    /// The values the sentence quotes; `standoff_words::events::event_sentence` writes it, e.g.
    /// "Month 36 (Mar 2023): arrears pass $20,000,000 — AWS cuts advertising by 100 % from
    /// Month 37 (Apr 2023)."
    pub detail: EventDetail,
    /// The amount concerned, if any.
    pub amount: Option<Decimal>,
}

/// Totals of one party.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PartyTotals {
    /// Sum of all inflows.
    pub cash_in: Decimal,
    /// Sum of all outflows (positive).
    pub cash_out: Decimal,
    /// `cash_in − cash_out`.
    pub net: Decimal,
    /// Cash position at the end of the horizon.
    pub final_cash: Decimal,
    /// The same in the baseline run.
    pub baseline_final_cash: Decimal,
    /// `final_cash − baseline_final_cash`.
    pub final_vs_baseline: Decimal,
    /// Monthly discount rate used (from the annual rate and the party's convention).
    pub monthly_discount_rate: Decimal,
    /// NPV of the monthly net flows, spreadsheet convention: month 0 discounted one period.
    pub npv: Decimal,
    /// NPV with month 0 undiscounted (month `t` discounted `t` periods).
    pub npv_month0: Decimal,
    /// NPV (spreadsheet convention) of the baseline run.
    pub baseline_npv: Decimal,
    /// `npv − baseline_npv`.
    pub npv_vs_baseline: Decimal,
    /// NPV if every open contract claim at the end of the horizon (arrears, invoices not yet
    /// due, interest, collection costs) were paid on its last day: cash NPV alone flatters a
    /// customer that simply never pays.
    pub npv_with_claims: Decimal,
    /// The same for the baseline run.
    pub baseline_npv_with_claims: Decimal,
    /// `npv_with_claims − baseline_npv_with_claims`.
    pub npv_with_claims_vs_baseline: Decimal,
}

/// Totals over the horizon.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Totals {
    /// The customer's totals.
    pub customer: PartyTotals,
    /// The vendor's totals.
    pub vendor: PartyTotals,
    /// Commitment accrued over the horizon.
    pub commitment_accrued: Decimal,
    /// Usage invoiced.
    pub usage_invoiced: Decimal,
    /// True-ups invoiced.
    pub trueup_invoiced: Decimal,
    /// Everything the customer paid the vendor (contract payments, lump sums, settlement,
    /// judgment).
    pub paid_to_vendor: Decimal,
    /// Lump sums paid.
    pub lump_sums: Decimal,
    /// Late interest accrued over the horizon.
    pub interest_accrued: Decimal,
    /// Collection costs spent by the vendor.
    pub collection_costs: Decimal,
    /// Highest month-end arrears.
    pub peak_arrears: Decimal,
    /// Arrears at the end of the horizon.
    pub final_arrears: Decimal,
    /// Unpaid interest at the end.
    pub final_accrued_interest: Decimal,
    /// Unpaid collection claim at the end.
    pub final_collection_claim: Decimal,
    /// Shortfall accrued and not yet invoiced at the end.
    pub final_shortfall_exposure: Decimal,
    /// Commitment still to accrue after the horizon.
    pub final_remaining_commitment: Decimal,
    /// Advertising lost to cuts.
    pub ad_revenue_lost: Decimal,
    /// Other reciprocal revenue lost to cuts.
    pub other_revenue_lost: Decimal,
    /// The customer's outage costs (expected outages and suspensions).
    pub outage_cost: Decimal,
}

impl Totals {
    /// What the customer owes on bills at the end of the horizon, added up exactly as the
    /// last month's [`MonthReport::billed_unpaid`] is, so that a simulation at
    /// [`super::Detail::Totals`] (no months) gives the same figure bit for bit.
    pub fn final_billed_unpaid(&self) -> Option<Decimal> {
        let ck = super::error::Ck::new(YearMonth::default(), 0);
        let line = super::error::Quantity::Totals;
        let claim = ck
            .add(line, self.final_arrears, self.final_accrued_interest)
            .ok()?;
        ck.add(line, claim, self.final_collection_claim).ok()
    }
}

/// The baseline run: the customer pays every invoice in full on its due date, so no
/// retaliation fires, no lump sum or settlement is needed; operations are unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Baseline {
    /// The customer's NPV (spreadsheet convention).
    pub customer_npv: Decimal,
    /// The vendor's NPV.
    pub vendor_npv: Decimal,
    /// The customer's final cash position.
    pub customer_final_cash: Decimal,
    /// The vendor's final cash position.
    pub vendor_final_cash: Decimal,
}

/// Both parties' NPVs with and without the scenario's settlement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SettlementComparison {
    /// Whether the settlement was applied (false when the vendor refused to renegotiate).
    pub applied: bool,
    /// The customer's NPV with the settlement.
    pub customer_npv_with: Decimal,
    /// The customer's NPV of the same scenario without the settlement.
    pub customer_npv_without: Decimal,
    /// The vendor's NPV with the settlement.
    pub vendor_npv_with: Decimal,
    /// The vendor's NPV without it.
    pub vendor_npv_without: Decimal,
    /// `customer_npv_with − customer_npv_without`.
    pub customer_gain: Decimal,
    /// `vendor_npv_with − vendor_npv_without`.
    pub vendor_gain: Decimal,
    /// The customer's gain counting open claims at the end of the horizon (see
    /// [`PartyTotals::npv_with_claims`]).
    pub customer_gain_with_claims: Decimal,
    /// The vendor's gain counting open claims.
    pub vendor_gain_with_claims: Decimal,
}

/// The result of a simulation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// First month of the scenario.
    pub start: YearMonth,
    /// Customer and vendor names, for labels.
    pub customer_name: String,
    /// The vendor's name.
    pub vendor_name: String,
    /// Currency code used to format amounts (the customer's).
    pub currency: String,
    /// Labels of the reciprocal lines, indexed like [`Line::Reciprocal`].
    pub reciprocal_labels: Vec<String>,
    /// One entry per month of the horizon.
    pub months: Vec<MonthReport>,
    /// Totals over the horizon.
    pub totals: Totals,
    /// Plain-English event log, in month order.
    pub events: Vec<Event>,
    /// The pay-on-time baseline.
    pub baseline: Baseline,
    /// With and without the settlement, when the scenario has one.
    pub settlement: Option<SettlementComparison>,
}

impl Report {
    /// The label ("Mar 2023") of month `index`.
    pub fn month_label(&self, index: u32) -> String {
        month_label(self.start, index)
    }

    /// The month report for a calendar month, if it lies in the horizon.
    pub fn month_at(&self, year: i32, month: u32) -> Option<&MonthReport> {
        self.months
            .iter()
            .find(|m| m.year == year && m.month == month)
    }
}
