//! What each of the vendor's measures puts at stake, for the players' private briefs: the
//! amounts a measure moves each month, read from the game's scenario, as typed values.

use super::moves::Measure;
use super::play::action_of;
use crate::model::{round_cents, Action, FlowKind, Frequency, Scenario};
use rust_decimal::Decimal;

/// What a measure moves, per month unless said otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stake {
    /// Cutting a kind of line: the vendor stops `monthly` of its spend with the customer (the
    /// customer's lost revenue; the vendor gives up the reach or data it bought).
    Spend { monthly: Decimal },
    /// Withholding: `monthly` the vendor owes the customer for ads and data is held back,
    /// and paid when the measure ends.
    Withhold { monthly: Decimal },
    /// Suspending the service: the customer's outage cost, and the usage the vendor no longer
    /// invoices (about, at the scenario's starting usage).
    Suspend {
        outage_monthly: Decimal,
        usage_monthly: Decimal,
    },
    /// Suing: each side's cost of the suit (once), the months to judgment and the chance the
    /// vendor wins.
    Sue {
        vendor_cost: Decimal,
        customer_cost: Decimal,
        delay_months: u32,
        win_probability: Decimal,
    },
}

/// What `measure` puts at stake in `scenario`.
pub fn stake(scenario: &Scenario, measure: Measure) -> Stake {
    match measure {
        Measure::CutAds => Stake::Spend {
            monthly: monthly_lines(scenario, Some(FlowKind::Ad)),
        },
        Measure::CutData => Stake::Spend {
            monthly: monthly_lines(scenario, Some(FlowKind::Data)),
        },
        Measure::Withhold => Stake::Withhold {
            monthly: monthly_lines(scenario, None),
        },
        Measure::Suspend => match action_of(scenario, measure) {
            Action::Suspend {
                outage_cost_monthly,
            } => Stake::Suspend {
                outage_monthly: outage_cost_monthly,
                usage_monthly: usage_monthly(scenario),
            },
            _ => Stake::Suspend {
                outage_monthly: Decimal::ZERO,
                usage_monthly: usage_monthly(scenario),
            },
        },
        Measure::Sue => match action_of(scenario, measure) {
            Action::Legal {
                vendor_cost,
                customer_cost,
                delay_months,
                win_probability,
            } => Stake::Sue {
                vendor_cost,
                customer_cost,
                delay_months,
                win_probability,
            },
            _ => Stake::Sue {
                vendor_cost: Decimal::ZERO,
                customer_cost: Decimal::ZERO,
                delay_months: 0,
                win_probability: Decimal::ZERO,
            },
        },
    }
}

/// The vendor's monthly spend with the customer on lines of `kind` (every line with `None`),
/// a quarterly amount counted as a third a month, rounded to the cent.
fn monthly_lines(scenario: &Scenario, kind: Option<FlowKind>) -> Decimal {
    let total = scenario
        .reciprocal
        .iter()
        .filter(|line| kind.is_none_or(|kind| line.kind == kind))
        .map(|line| match line.frequency {
            Frequency::Monthly => line.amount,
            Frequency::Quarterly => line
                .amount
                .checked_div(Decimal::from(3))
                .unwrap_or(Decimal::ZERO),
        })
        .try_fold(Decimal::ZERO, |sum, amount| sum.checked_add(amount));
    round_cents(total.unwrap_or(Decimal::MAX))
}

/// The usage invoiced in a month at the scenario's starting usage: the commitment spread over
/// the term, times the starting share, rounded to the cent.
fn usage_monthly(scenario: &Scenario) -> Decimal {
    let contract = &scenario.contract;
    let monthly = contract
        .total_commitment
        .checked_div(Decimal::from(contract.term_months.max(1)))
        .and_then(|monthly| monthly.checked_mul(contract.usage.start_share))
        .unwrap_or(Decimal::ZERO);
    round_cents(monthly)
}
