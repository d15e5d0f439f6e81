//! The registry of every numeric parameter: one table that drives sliders, the tornado
//! chart, Monte Carlo sampling and validation, so that all of them agree on names and ranges.
//!
//! A parameter id is the dotted path of its field, the same string validation reports in
//! [`FieldError::field`]: `payment.delay_days`, `reciprocal[1].amount`, `contract.ramp[0]`,
//! `retaliation[0].trigger.amount`. Fields of optional parts (an unset stop month, a missing
//! settlement, the amount of a trigger of another type) are listed only while they exist.

use super::limits::{
    CASH_MIN, DATA_CENTRES_MAX, DAYS_MAX, LATE_INTEREST_MAX, MONEY_MAX, MONTHS_MAX,
    MONTH_INDEX_MAX, RAMP_WEIGHT_MAX, USAGE_SHARE_MAX, YEAR_MAX, YEAR_MIN,
};
use super::scenario::{Action, ReciprocalLine, Scenario, Trigger};
use super::validate::{FieldError, Rule};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a parameter measures, for labels, slider formatting and range messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// An amount of money in the scenario's currency.
    Money,
    /// A rate or share stored as a fraction (0.015 is 1.5 %).
    Percent,
    /// A probability stored as a fraction.
    Probability,
    /// A dimensionless multiple (usage share of the commitment, ramp weight).
    Ratio,
    /// A number of days (30-day months).
    Days,
    /// A duration in months.
    Months,
    /// A 0-based month index from the scenario's start.
    MonthIndex,
    /// A whole count (data centres).
    Count,
    /// A calendar year.
    Year,
    /// A calendar month number, 1 to 12.
    CalendarMonth,
}

impl Unit {
    /// Whether values of this unit must be whole numbers.
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Unit::Days
                | Unit::Months
                | Unit::MonthIndex
                | Unit::Count
                | Unit::Year
                | Unit::CalendarMonth
        )
    }
}

/// One numeric parameter of a scenario, with its allowed range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParamSpec {
    /// Dotted path, e.g. `reciprocal[1].amount`; the same string as [`FieldError::field`].
    pub id: String,
    /// Human label, e.g. "Reciprocal line 2 (Amazon Studios ads): amount".
    pub label: String,
    /// What the value measures.
    pub unit: Unit,
    /// Smallest allowed value.
    pub min: Decimal,
    /// Largest allowed value.
    pub max: Decimal,
    /// Suggested slider step.
    pub step: Decimal,
}

/// The lists whose items carry parameters; `None` is a plain field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    None,
    Ramp,
    UsageChanges,
    LumpSums,
    Reciprocal,
    Retaliation,
}

impl List {
    pub(crate) fn prefix(self) -> &'static str {
        match self {
            List::None => "",
            List::Ramp => "contract.ramp",
            List::UsageChanges => "contract.usage.changes",
            List::LumpSums => "payment.lump_sums",
            List::Reciprocal => "reciprocal",
            List::Retaliation => "retaliation",
        }
    }

    fn len(self, s: &Scenario) -> usize {
        match self {
            List::None => 1,
            List::Ramp => s.contract.ramp.len(),
            List::UsageChanges => s.contract.usage.changes.len(),
            List::LumpSums => s.payment.lump_sums.len(),
            List::Reciprocal => s.reciprocal.len(),
            List::Retaliation => s.retaliation.len(),
        }
    }

    fn from_prefix(prefix: &str) -> Option<List> {
        [
            List::Ramp,
            List::UsageChanges,
            List::LumpSums,
            List::Reciprocal,
            List::Retaliation,
        ]
        .into_iter()
        .find(|l| l.prefix() == prefix)
    }
}

/// One row of the registry: where a field lives, its range and how to read and write it.
pub(crate) struct FieldDef {
    pub list: List,
    /// Path after the list item (`amount`), or the full path for plain fields.
    pub field: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    pub min: Decimal,
    pub max: Decimal,
    pub step: Decimal,
    /// Reads item `i`; `None` when the field does not exist in this scenario.
    pub get: fn(&Scenario, usize) -> Option<Decimal>,
    /// Writes item `i`; `None` when the field does not exist in this scenario.
    pub set: fn(&mut Scenario, usize, Decimal) -> Option<()>,
}

impl FieldDef {
    /// The dotted path of item `index` of this field.
    pub fn path(&self, index: usize) -> String {
        match (self.list, self.field.is_empty()) {
            (List::None, _) => self.field.to_string(),
            (list, true) => format!("{}[{index}]", list.prefix()),
            (list, false) => format!("{}[{index}].{}", list.prefix(), self.field),
        }
    }

    fn label_for(&self, s: &Scenario, index: usize) -> String {
        match self.list {
            List::None => self.label.to_string(),
            List::Ramp => format!("Ramp weight, contract year {}", index + 1),
            List::UsageChanges => format!("Usage change {}: {}", index + 1, self.label),
            List::LumpSums => format!("Lump sum {}: {}", index + 1, self.label),
            List::Reciprocal => {
                let name = s
                    .reciprocal
                    .get(index)
                    .map(|l| l.label.as_str())
                    .unwrap_or("");
                format!("Reciprocal line {} ({name}): {}", index + 1, self.label)
            }
            List::Retaliation => format!("Retaliation rule {}: {}", index + 1, self.label),
        }
    }
}

const fn dec(n: u32, scale: u32) -> Decimal {
    Decimal::from_parts(n, 0, 0, false, scale)
}

const MONEY_STEP: Decimal = dec(1000, 0);
const PCT_STEP: Decimal = dec(5, 3);
const FINE_PCT_STEP: Decimal = dec(5, 4);
const RATIO_STEP: Decimal = dec(1, 2);
const ONE: Decimal = Decimal::ONE;
const ZERO: Decimal = Decimal::ZERO;
const MONTHS_MAX_D: Decimal = dec(MONTHS_MAX, 0);
const MONTH_INDEX_MAX_D: Decimal = dec(MONTH_INDEX_MAX, 0);
const DAYS_MAX_D: Decimal = dec(DAYS_MAX, 0);

fn u32_of(v: Decimal) -> Option<u32> {
    v.to_u32()
}

fn d32(v: u32) -> Decimal {
    Decimal::from(v)
}

macro_rules! plain {
    ($path:literal, $label:literal, $unit:expr, $min:expr, $max:expr, $step:expr, dec $($f:ident).+) => {
        FieldDef {
            list: List::None, field: $path, label: $label, unit: $unit, min: $min, max: $max, step: $step,
            get: |s, _| Some(s.$($f).+),
            set: |s, _, v| { s.$($f).+ = v; Some(()) },
        }
    };
    ($path:literal, $label:literal, $unit:expr, $min:expr, $max:expr, $step:expr, u32 $($f:ident).+) => {
        FieldDef {
            list: List::None, field: $path, label: $label, unit: $unit, min: $min, max: $max, step: $step,
            get: |s, _| Some(d32(s.$($f).+)),
            set: |s, _, v| { s.$($f).+ = u32_of(v)?; Some(()) },
        }
    };
    ($path:literal, $label:literal, $unit:expr, $min:expr, $max:expr, $step:expr, opt $($f:ident).+) => {
        FieldDef {
            list: List::None, field: $path, label: $label, unit: $unit, min: $min, max: $max, step: $step,
            get: |s, _| s.$($f).+.map(d32),
            set: |s, _, v| { s.$($f).+ = Some(u32_of(v)?); Some(()) },
        }
    };
    ($path:literal, $label:literal, $unit:expr, $min:expr, $max:expr, $step:expr, settle_dec $f:ident) => {
        FieldDef {
            list: List::None, field: $path, label: $label, unit: $unit, min: $min, max: $max, step: $step,
            get: |s, _| s.settlement.as_ref().map(|x| x.$f),
            set: |s, _, v| { s.settlement.as_mut()?.$f = v; Some(()) },
        }
    };
    ($path:literal, $label:literal, $unit:expr, $min:expr, $max:expr, $step:expr, settle_u32 $f:ident) => {
        FieldDef {
            list: List::None, field: $path, label: $label, unit: $unit, min: $min, max: $max, step: $step,
            get: |s, _| s.settlement.as_ref().map(|x| d32(x.$f)),
            set: |s, _, v| { s.settlement.as_mut()?.$f = u32_of(v)?; Some(()) },
        }
    };
}

macro_rules! item {
    ($list:expr, $vec:ident $(. $vp:ident)*, $field:literal, $label:literal, $unit:expr, $min:expr, $max:expr, $step:expr, dec $f:ident) => {
        FieldDef {
            list: $list, field: $field, label: $label, unit: $unit, min: $min, max: $max, step: $step,
            get: |s, i| s.$vec$(.$vp)*.get(i).map(|x| x.$f),
            set: |s, i, v| { s.$vec$(.$vp)*.get_mut(i)?.$f = v; Some(()) },
        }
    };
    ($list:expr, $vec:ident $(. $vp:ident)*, $field:literal, $label:literal, $unit:expr, $min:expr, $max:expr, $step:expr, u32 $f:ident) => {
        FieldDef {
            list: $list, field: $field, label: $label, unit: $unit, min: $min, max: $max, step: $step,
            get: |s, i| s.$vec$(.$vp)*.get(i).map(|x| d32(x.$f)),
            set: |s, i, v| { s.$vec$(.$vp)*.get_mut(i)?.$f = u32_of(v)?; Some(()) },
        }
    };
}

/// Every numeric field of a scenario, in display order.
pub(crate) const FIELDS: &[FieldDef] = &[
    FieldDef {
        list: List::None,
        field: "start.year",
        label: "Start year",
        unit: Unit::Year,
        min: dec(YEAR_MIN as u32, 0),
        max: dec(YEAR_MAX as u32, 0),
        step: ONE,
        get: |s, _| Some(Decimal::from(s.start.year)),
        set: |s, _, v| {
            s.start.year = v.to_i32()?;
            Some(())
        },
    },
    plain!("start.month", "Start month (1–12)", Unit::CalendarMonth, ONE, dec(12, 0), ONE, u32 start.month),
    plain!("horizon_months", "Horizon", Unit::Months, ONE, MONTHS_MAX_D, ONE, u32 horizon_months),
    plain!("customer.cash_on_hand", "Customer cash on hand", Unit::Money, CASH_MIN, MONEY_MAX, MONEY_STEP, dec customer.cash_on_hand),
    plain!("customer.discount_rate", "Customer discount rate (annual)", Unit::Percent, ZERO, ONE, PCT_STEP, dec customer.discount_rate),
    plain!("vendor.cash_on_hand", "Vendor cash on hand", Unit::Money, CASH_MIN, MONEY_MAX, MONEY_STEP, dec vendor.cash_on_hand),
    plain!("vendor.discount_rate", "Vendor discount rate (annual)", Unit::Percent, ZERO, ONE, PCT_STEP, dec vendor.discount_rate),
    plain!("contract.total_commitment", "Total commitment", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec contract.total_commitment),
    plain!("contract.term_months", "Contract term", Unit::Months, ONE, MONTHS_MAX_D, ONE, u32 contract.term_months),
    plain!("contract.discount", "Discount on list price", Unit::Percent, ZERO, ONE, PCT_STEP, dec contract.discount),
    plain!("contract.usage.start_share", "Usage share of commitment (start)", Unit::Ratio, ZERO, USAGE_SHARE_MAX, RATIO_STEP, dec contract.usage.start_share),
    FieldDef {
        list: List::Ramp,
        field: "",
        label: "ramp weight",
        unit: Unit::Ratio,
        min: ZERO,
        max: RAMP_WEIGHT_MAX,
        step: RATIO_STEP,
        get: |s, i| s.contract.ramp.get(i).copied(),
        set: |s, i, v| {
            *s.contract.ramp.get_mut(i)? = v;
            Some(())
        },
    },
    item!(List::UsageChanges, contract.usage.changes, "month", "month", Unit::MonthIndex, ZERO, MONTH_INDEX_MAX_D, ONE, u32 month),
    item!(List::UsageChanges, contract.usage.changes, "share", "usage share", Unit::Ratio, ZERO, USAGE_SHARE_MAX, RATIO_STEP, dec share),
    plain!("payment.net_days", "Payment terms (net days)", Unit::Days, ZERO, DAYS_MAX_D, ONE, u32 payment.net_days),
    plain!("payment.pay_share", "Share of each invoice paid", Unit::Percent, ZERO, ONE, PCT_STEP, dec payment.pay_share),
    plain!("payment.delay_days", "Payment delay", Unit::Days, ZERO, DAYS_MAX_D, ONE, u32 payment.delay_days),
    plain!("payment.stop_from_month", "Stop paying from month", Unit::MonthIndex, ZERO, MONTH_INDEX_MAX_D, ONE, opt payment.stop_from_month),
    plain!("payment.resume_at_month", "Resume paying at month", Unit::MonthIndex, ZERO, MONTH_INDEX_MAX_D, ONE, opt payment.resume_at_month),
    item!(List::LumpSums, payment.lump_sums, "month", "month", Unit::MonthIndex, ZERO, MONTH_INDEX_MAX_D, ONE, u32 month),
    item!(List::LumpSums, payment.lump_sums, "amount", "amount", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec amount),
    plain!("payment.late_interest_monthly", "Late interest per month", Unit::Percent, ZERO, LATE_INTEREST_MAX, FINE_PCT_STEP, dec payment.late_interest_monthly),
    plain!("payment.collection_cost_monthly", "Collection cost per month", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec payment.collection_cost_monthly),
    plain!("payment.claim_recovery", "Share of open claims the vendor recovers", Unit::Percent, ZERO, ONE, PCT_STEP, dec payment.claim_recovery),
    item!(List::Reciprocal, reciprocal, "amount", "amount per period", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec amount),
    item!(List::Reciprocal, reciprocal, "net_days", "payment terms (net days)", Unit::Days, ZERO, DAYS_MAX_D, ONE, u32 net_days),
    item!(List::Reciprocal, reciprocal, "value_to_vendor", "value to the vendor per period", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec value_to_vendor),
    item!(List::Retaliation, retaliation, "lag_months", "lag", Unit::Months, ZERO, MONTHS_MAX_D, ONE, u32 lag_months),
    FieldDef {
        list: List::Retaliation,
        field: "trigger.amount",
        label: "arrears threshold",
        unit: Unit::Money,
        min: ZERO,
        max: MONEY_MAX,
        step: MONEY_STEP,
        get: |s, i| match s.retaliation.get(i)?.trigger {
            Trigger::ArrearsAbove { amount } => Some(amount),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.trigger {
            Trigger::ArrearsAbove { amount } => {
                *amount = v;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "trigger.days",
        label: "days overdue threshold",
        unit: Unit::Days,
        min: ZERO,
        max: DAYS_MAX_D,
        step: ONE,
        get: |s, i| match s.retaliation.get(i)?.trigger {
            Trigger::DaysOverdue { days } => Some(d32(days)),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.trigger {
            Trigger::DaysOverdue { days } => {
                *days = u32_of(v)?;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "trigger.months",
        label: "months unpaid threshold",
        unit: Unit::Months,
        min: ZERO,
        max: MONTHS_MAX_D,
        step: ONE,
        get: |s, i| match s.retaliation.get(i)?.trigger {
            Trigger::MonthsUnpaid { months } => Some(d32(months)),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.trigger {
            Trigger::MonthsUnpaid { months } => {
                *months = u32_of(v)?;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "threat.deadline_months",
        label: "threat's deadline",
        unit: Unit::Months,
        min: ONE,
        max: MONTHS_MAX_D,
        step: ONE,
        get: |s, i| Some(d32(s.retaliation.get(i)?.threat.as_ref()?.deadline_months)),
        set: |s, i, v| {
            s.retaliation.get_mut(i)?.threat.as_mut()?.deadline_months = u32_of(v)?;
            Some(())
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "threat.withdraw_at_or_below",
        label: "threat withdrawn at arrears of at most",
        unit: Unit::Money,
        min: ZERO,
        max: MONEY_MAX,
        step: MONEY_STEP,
        get: |s, i| Some(s.retaliation.get(i)?.threat.as_ref()?.withdraw_at_or_below),
        set: |s, i, v| {
            s.retaliation
                .get_mut(i)?
                .threat
                .as_mut()?
                .withdraw_at_or_below = v;
            Some(())
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "action.share",
        label: "share of spend cut",
        unit: Unit::Percent,
        min: ZERO,
        max: ONE,
        step: PCT_STEP,
        get: |s, i| match s.retaliation.get(i)?.action {
            Action::CutSpend { share, .. } => Some(share),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.action {
            Action::CutSpend { share, .. } => {
                *share = v;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "action.outage_cost_monthly",
        label: "customer's suspension cost per month",
        unit: Unit::Money,
        min: ZERO,
        max: MONEY_MAX,
        step: MONEY_STEP,
        get: |s, i| match s.retaliation.get(i)?.action {
            Action::Suspend {
                outage_cost_monthly,
            } => Some(outage_cost_monthly),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.action {
            Action::Suspend {
                outage_cost_monthly,
            } => {
                *outage_cost_monthly = v;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "action.vendor_cost",
        label: "vendor's legal cost",
        unit: Unit::Money,
        min: ZERO,
        max: MONEY_MAX,
        step: MONEY_STEP,
        get: |s, i| match s.retaliation.get(i)?.action {
            Action::Legal { vendor_cost, .. } => Some(vendor_cost),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.action {
            Action::Legal { vendor_cost, .. } => {
                *vendor_cost = v;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "action.customer_cost",
        label: "customer's legal cost",
        unit: Unit::Money,
        min: ZERO,
        max: MONEY_MAX,
        step: MONEY_STEP,
        get: |s, i| match s.retaliation.get(i)?.action {
            Action::Legal { customer_cost, .. } => Some(customer_cost),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.action {
            Action::Legal { customer_cost, .. } => {
                *customer_cost = v;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "action.delay_months",
        label: "months to judgment",
        unit: Unit::Months,
        min: ZERO,
        max: MONTHS_MAX_D,
        step: ONE,
        get: |s, i| match s.retaliation.get(i)?.action {
            Action::Legal { delay_months, .. } => Some(d32(delay_months)),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.action {
            Action::Legal { delay_months, .. } => {
                *delay_months = u32_of(v)?;
                Some(())
            }
            _ => None,
        },
    },
    FieldDef {
        list: List::Retaliation,
        field: "action.win_probability",
        label: "vendor's probability of winning",
        unit: Unit::Probability,
        min: ZERO,
        max: ONE,
        step: PCT_STEP,
        get: |s, i| match s.retaliation.get(i)?.action {
            Action::Legal {
                win_probability, ..
            } => Some(win_probability),
            _ => None,
        },
        set: |s, i, v| match &mut s.retaliation.get_mut(i)?.action {
            Action::Legal {
                win_probability, ..
            } => {
                *win_probability = v;
                Some(())
            }
            _ => None,
        },
    },
    plain!("operations.data_centres", "Data centres", Unit::Count, ZERO, dec(DATA_CENTRES_MAX, 0), ONE, u32 operations.data_centres),
    plain!("operations.closed", "Data centres closed", Unit::Count, ZERO, dec(DATA_CENTRES_MAX, 0), ONE, u32 operations.closed),
    plain!("operations.closed_from_month", "Closures from month", Unit::MonthIndex, ZERO, MONTH_INDEX_MAX_D, ONE, u32 operations.closed_from_month),
    plain!("operations.saving_per_closed_monthly", "Saving per closed data centre per month", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec operations.saving_per_closed_monthly),
    plain!("operations.outage_probability_base", "Monthly outage probability (nothing closed)", Unit::Probability, ZERO, ONE, PCT_STEP, dec operations.outage_probability_base),
    plain!("operations.outage_probability_per_closed", "Added outage probability per closure", Unit::Probability, ZERO, ONE, PCT_STEP, dec operations.outage_probability_per_closed),
    plain!("operations.outage_cost", "Cost of one major outage", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec operations.outage_cost),
    plain!("operations.other_ad_revenue_monthly", "Other advertisers' revenue per month", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, dec operations.other_ad_revenue_monthly),
    plain!("settlement.month", "Settlement month", Unit::MonthIndex, ZERO, MONTH_INDEX_MAX_D, ONE, settle_u32 month),
    plain!("settlement.arrears_discount", "Settlement: share of claim forgiven", Unit::Percent, ZERO, ONE, PCT_STEP, settle_dec arrears_discount),
    plain!("settlement.commitment_reduction", "Settlement: commitment reduction", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, settle_dec commitment_reduction),
    plain!("settlement.term_extension_months", "Settlement: term extension", Unit::Months, ZERO, MONTHS_MAX_D, ONE, settle_u32 term_extension_months),
    plain!("settlement.bundled_ad_monthly", "Settlement: bundled ads per month", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, settle_dec bundled_ad_monthly),
    plain!("settlement.bundled_data_monthly", "Settlement: bundled data deal per month", Unit::Money, ZERO, MONEY_MAX, MONEY_STEP, settle_dec bundled_data_monthly),
    FieldDef {
        list: List::None,
        field: "budget.monthly",
        label: "Monthly budget for vendor bills",
        unit: Unit::Money,
        min: ZERO,
        max: MONEY_MAX,
        step: MONEY_STEP,
        get: |s, _| s.budget.as_ref().map(|b| b.monthly),
        set: |s, _, v| {
            s.budget.as_mut()?.monthly = v;
            Some(())
        },
    },
];

/// Calls `visit(def, index, value)` for every numeric field present in `s`, without
/// allocating (validation runs before every simulation).
pub(crate) fn for_each_field(s: &Scenario, mut visit: impl FnMut(&FieldDef, usize, Decimal)) {
    for def in FIELDS {
        for index in 0..def.list.len(s) {
            if let Some(value) = (def.get)(s, index) {
                visit(def, index, value);
            }
        }
    }
}

/// Every numeric parameter of `s`, including one entry per item of each list.
pub fn param_specs(s: &Scenario) -> Vec<ParamSpec> {
    let mut specs = Vec::new();
    for_each_field(s, |def, index, _| {
        specs.push(ParamSpec {
            id: def.path(index),
            label: def.label_for(s, index),
            unit: def.unit,
            min: def.min,
            max: def.max,
            step: def.step,
        });
    });
    specs
}

/// Whether `a` and `b` have the same numeric parameters under the same labels, values aside:
/// the same fields present (list lengths, optional terms, rule variants) and the same
/// reciprocal lines' labels, which their fields' labels quote.
/// Then [`param_specs`] gives the same ids, labels, units and ranges for both. It allocates
/// nothing, so the editor can ask on every render whether its list of sweep axes is stale.
pub fn same_param_list(a: &Scenario, b: &Scenario) -> bool {
    fn label(line: &ReciprocalLine) -> &str {
        &line.label
    }
    a.reciprocal
        .iter()
        .map(label)
        .eq(b.reciprocal.iter().map(label))
        && FIELDS.iter().all(|def| {
            let items = def.list.len(a);
            items == def.list.len(b)
                && (0..items)
                    .all(|index| (def.get)(a, index).is_some() == (def.get)(b, index).is_some())
        })
}

/// Splits an id into its registry row and item index.
fn lookup(id: &str) -> Option<(&'static FieldDef, usize)> {
    let (list, index, field) = match id.split_once('[') {
        None => (List::None, 0, id),
        Some((prefix, rest)) => {
            let (index, after) = rest.split_once(']')?;
            let index: usize = index.parse().ok()?;
            let field = if after.is_empty() {
                ""
            } else {
                after.strip_prefix('.')?
            };
            (List::from_prefix(prefix)?, index, field)
        }
    };
    FIELDS
        .iter()
        .find(|d| d.list == list && d.field == field)
        .map(|d| (d, index))
}

/// What starts the id of a parameter of a further vendor's terms: `more_vendors[k].`
/// followed by the id the same term has for the first vendor (`more_vendors[0].payment.delay_days`
/// is the second vendor's payment delay).
const FURTHER_VENDOR: &str = "more_vendors[";

/// The ids of the first vendor's terms start with one of these: the vendor itself, its
/// contract, the customer's payment behaviour towards it, their reciprocal lines, its
/// retaliation rules and their settlement ([`super::VendorTerms`]). The customer's own terms,
/// the timeframe and the budget belong to the whole scenario and have no per-vendor id.
const VENDOR_TERMS: [&str; 6] = [
    "vendor.",
    "contract.",
    "payment.",
    "reciprocal[",
    "retaliation[",
    "settlement.",
];

/// For the id of a further vendor's term, that vendor's index in the scenario (1 is the
/// second vendor) and the term's id within the vendor's own two-party scenario
/// ([`Scenario::vendor_scenario`]).
pub fn vendor_param(id: &str) -> Option<(usize, &str)> {
    let rest = id.strip_prefix(FURTHER_VENDOR)?;
    let (k, inner) = rest.split_once("].")?;
    let k: usize = k.parse().ok()?;
    if !VENDOR_TERMS.iter().any(|prefix| inner.starts_with(prefix)) {
        return None;
    }
    Some((k.checked_add(1)?, inner))
}

/// The id that vendor `i`'s term `inner` has in the whole scenario (`inner` itself for the
/// first vendor).
pub fn vendor_param_id(i: usize, inner: &str) -> String {
    match i.checked_sub(1) {
        None => inner.to_string(),
        Some(k) => format!("{FURTHER_VENDOR}{k}].{inner}"),
    }
}

/// The current value of parameter `id`, or `None` if `s` has no such parameter.
pub fn get_param(s: &Scenario, id: &str) -> Option<Decimal> {
    if let Some((i, inner)) = vendor_param(id) {
        return get_param(&s.vendor_scenario(i)?, inner);
    }
    let (def, index) = lookup(id)?;
    (def.get)(s, index)
}

/// The spec of parameter `id` (its range and unit), whether or not it is set in `s`.
pub fn spec_of(s: &Scenario, id: &str) -> Option<ParamSpec> {
    if let Some((i, inner)) = vendor_param(id) {
        let spec = spec_of(&s.vendor_scenario(i)?, inner)?;
        return Some(ParamSpec {
            id: id.to_string(),
            ..spec
        });
    }
    let (def, index) = lookup(id)?;
    Some(ParamSpec {
        id: def.path(index),
        label: def.label_for(s, index),
        unit: def.unit,
        min: def.min,
        max: def.max,
        step: def.step,
    })
}

/// Sets parameter `id` to `value`, rejecting unknown ids, values out of range (the message
/// names the range), fractions for whole-number parameters, and fields `s` does not have.
pub fn set_param(s: &mut Scenario, id: &str, value: Decimal) -> Result<(), FieldError> {
    let error = |rule: Rule| FieldError {
        field: id.to_string(),
        value: value.to_string(),
        rule,
    };
    if let Some((i, inner)) = vendor_param(id) {
        return set_vendor_param(s, i, id, inner, value);
    }
    let (def, index) = lookup(id).ok_or_else(|| error(Rule::NotAParameter))?;
    if value < def.min || value > def.max {
        return Err(error(Rule::Range {
            unit: def.unit,
            min: def.min,
            max: def.max,
        }));
    }
    if def.unit.is_integer() && !value.fract().is_zero() {
        return Err(error(Rule::WholeNumber));
    }
    (def.set)(s, index, value).ok_or_else(|| error(Rule::NotInScenario))
}

/// Sets term `inner` of vendor `i` (whose id in the whole scenario is `id`) through the
/// vendor's own two-party scenario, then puts the vendor's terms back.
fn set_vendor_param(
    s: &mut Scenario,
    i: usize,
    id: &str,
    inner: &str,
    value: Decimal,
) -> Result<(), FieldError> {
    let not_in_scenario = || FieldError {
        field: id.to_string(),
        value: value.to_string(),
        rule: Rule::NotInScenario,
    };
    let mut alone = s.vendor_scenario(i).ok_or_else(not_in_scenario)?;
    set_param(&mut alone, inner, value).map_err(|error| FieldError {
        field: id.to_string(),
        ..error
    })?;
    let terms = alone.vendor_terms(0).ok_or_else(not_in_scenario)?;
    s.set_vendor_terms(i, terms).ok_or_else(not_in_scenario)
}
