//! The options of the editor's drop-downs: for each choice in a scenario, a stable id for the
//! `<option value>` and the words the user reads.

use crate::app::edits::{ActionKind, TriggerKind};
use standoff_core::model::{
    Allocation, FlowKind, Frequency, InterestMode, RateConvention, Side, TrueUpBasis,
};
use standoff_words::editor::Ed;

/// One option of a drop-down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Choice<T: 'static> {
    pub value: T,
    pub id: &'static str,
    pub label: Ed,
}

/// The value whose option has this id.
pub fn value_of<T: Copy>(choices: &[Choice<T>], id: &str) -> Option<T> {
    choices.iter().find(|c| c.id == id).map(|c| c.value)
}

/// The id of the option for `value` (empty if it is not offered).
pub fn id_of<T: PartialEq>(choices: &[Choice<T>], value: &T) -> &'static str {
    choices
        .iter()
        .find(|c| c.value == *value)
        .map_or("", |c| c.id)
}

pub const FLOW_KINDS: &[Choice<FlowKind>] = &[
    Choice {
        value: FlowKind::Ad,
        id: "ad",
        label: Ed::Advertising,
    },
    Choice {
        value: FlowKind::Data,
        id: "data",
        label: Ed::DataLicensing,
    },
    Choice {
        value: FlowKind::Other,
        id: "other",
        label: Ed::OtherRevenue,
    },
];

pub const FREQUENCIES: &[Choice<Frequency>] = &[
    Choice {
        value: Frequency::Monthly,
        id: "monthly",
        label: Ed::Monthly,
    },
    Choice {
        value: Frequency::Quarterly,
        id: "quarterly",
        label: Ed::Quarterly,
    },
];

pub const TRUEUP_BASES: &[Choice<TrueUpBasis>] = &[
    Choice {
        value: TrueUpBasis::ContractYear,
        id: "contract_year",
        label: Ed::EveryContractYear,
    },
    Choice {
        value: TrueUpBasis::TermEnd,
        id: "term_end",
        label: Ed::OnceAtTheEndOfThe,
    },
];

pub const INTEREST_MODES: &[Choice<InterestMode>] = &[
    Choice {
        value: InterestMode::Simple,
        id: "simple",
        label: Ed::Simple,
    },
    Choice {
        value: InterestMode::Compound,
        id: "compound",
        label: Ed::CompoundedMonthly,
    },
];

pub const RATE_CONVENTIONS: &[Choice<RateConvention>] = &[
    Choice {
        value: RateConvention::Nominal,
        id: "nominal",
        label: Ed::NominalAnnual12,
    },
    Choice {
        value: RateConvention::Effective,
        id: "effective",
        label: Ed::EffectiveCompoundsToTheAnnualRate,
    },
];

pub const SIDES: &[Choice<Side>] = &[
    Choice {
        value: Side::Customer,
        id: "customer",
        label: Ed::TheCustomer,
    },
    Choice {
        value: Side::Vendor,
        id: "vendor",
        label: Ed::TheVendor,
    },
];

pub const TRIGGER_KINDS: &[Choice<TriggerKind>] = &[
    Choice {
        value: TriggerKind::ArrearsAbove,
        id: "arrears_above",
        label: Ed::ArrearsAboveAnAmount,
    },
    Choice {
        value: TriggerKind::DaysOverdue,
        id: "days_overdue",
        label: Ed::OldestInvoiceOverdueBy,
    },
    Choice {
        value: TriggerKind::MonthsUnpaid,
        id: "months_unpaid",
        label: Ed::MonthsInARowUnpaid,
    },
    Choice {
        value: TriggerKind::Always,
        id: "always",
        label: Ed::AlwaysAStandingPolicy,
    },
];

pub const ACTION_KINDS: &[Choice<ActionKind>] = &[
    Choice {
        value: ActionKind::CutSpend,
        id: "cut_spend",
        label: Ed::CutSpendOnTheCustomer,
    },
    Choice {
        value: ActionKind::WithholdPayments,
        id: "withhold_payments",
        label: Ed::WithholdItsOwnPayments,
    },
    Choice {
        value: ActionKind::CreditHold,
        id: "credit_hold",
        label: Ed::CreditHoldInvoicesDueOnIssue,
    },
    Choice {
        value: ActionKind::Suspend,
        id: "suspend",
        label: Ed::SuspendTheService,
    },
    Choice {
        value: ActionKind::Legal,
        id: "legal",
        label: Ed::Sue,
    },
    Choice {
        value: ActionKind::RefuseRenegotiation,
        id: "refuse_renegotiation",
        label: Ed::RefuseToRenegotiate,
    },
];

pub const ALLOCATIONS: &[Choice<Allocation>] = &[
    Choice {
        value: Allocation::Priority,
        id: "priority",
        label: Ed::RulePriority,
    },
    Choice {
        value: Allocation::ProRata,
        id: "pro_rata",
        label: Ed::RuleProRata,
    },
    Choice {
        value: Allocation::LeverageFirst,
        id: "leverage_first",
        label: Ed::RuleLeverageFirst,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn ids_are_unique_and_round_trip<T: Copy + PartialEq + std::fmt::Debug>(choices: &[Choice<T>]) {
        for choice in choices {
            assert_eq!(value_of(choices, choice.id), Some(choice.value));
            assert_eq!(id_of(choices, &choice.value), choice.id);
            assert_eq!(choices.iter().filter(|c| c.id == choice.id).count(), 1);
        }
        assert_eq!(value_of(choices, "no such id"), None);
    }

    #[test]
    fn every_list_round_trips() {
        ids_are_unique_and_round_trip(FLOW_KINDS);
        ids_are_unique_and_round_trip(FREQUENCIES);
        ids_are_unique_and_round_trip(TRUEUP_BASES);
        ids_are_unique_and_round_trip(INTEREST_MODES);
        ids_are_unique_and_round_trip(RATE_CONVENTIONS);
        ids_are_unique_and_round_trip(SIDES);
        ids_are_unique_and_round_trip(TRIGGER_KINDS);
        ids_are_unique_and_round_trip(ACTION_KINDS);
    }

    #[test]
    fn every_kind_is_offered() {
        assert_eq!(TRIGGER_KINDS.len(), TriggerKind::ALL.len());
        assert_eq!(ACTION_KINDS.len(), ActionKind::ALL.len());
        for kind in TriggerKind::ALL {
            assert_ne!(id_of(TRIGGER_KINDS, &kind), "");
        }
        for kind in ActionKind::ALL {
            assert_ne!(id_of(ACTION_KINDS, &kind), "");
        }
    }
}
