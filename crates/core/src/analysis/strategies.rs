//! The strategy payoff matrix of a scenario: each side's strategies as transformations of the
//! scenario, every pair simulated, payoffs as NPV changes against the pay-on-time baseline.
//!
//! The reference is the *original* scenario's baseline (the customer pays on time, nobody
//! retaliates), so every cell is measured against the same figure even when a strategy changes
//! what the baseline would be (migrating away changes usage). Cells are no-deal paths: the
//! scenario's settlement offer is removed. NPVs count a chosen share of the open claims at the
//! horizon (see [`strategy_matrix`]), so that not paying is not mistaken for never owing.
//!
//! The standoff starts in month `M`: the scenario's stop month if it has one, else month 0.
//!
//! Customer strategies (applied to the payment policy):
//! - **Pay**: every invoice in full on time, no lump sums.
//! - **Delay**: every invoice in full, 90 days late.
//! - **Partial**: half of every invoice, on time.
//! - **Stop**: no payments from month `M` on (the scenario's lump sums are kept).
//! - **Migrate**: usage falls to zero from month `M` and payments stop: the customer walks
//!   away from the contract (the commitment keeps accruing and is invoiced by true-ups).
//!
//! Vendor strategies replace the retaliation rules with one rule, triggered as the scenario's
//! first rule is (or, with no rule, by any arrears), lag and reversal copied from it:
//! - **Tolerate**: no retaliation.
//! - **Cut ads**: cut advertising by 100 %.
//! - **Withhold**: withhold payment of ad invoices already run.
//! - **Suspend**: suspend the service; the customer's monthly outage cost is the scenario's
//!   own suspension cost if it has one, else its cost of one major outage, per month.
//! - **Sue**: legal action with the scenario's own terms if it has them, else (an assumption)
//!   legal costs of 1 % of the commitment for each side, judgment after 12 months, and an 80 %
//!   chance of winning.

use super::bargaining::run_with;
use super::payoff::{Payoff, PayoffAnalysis, PayoffMatrix};
use super::{check_unit, dec, AnalysisError, Input, Quantity};
use crate::engine::{Detail, Simulator};
use crate::model::{Action, FlowKind, RetaliationRule, Scenario, Trigger, UsageChange};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What the customer does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerStrategy {
    Pay,
    Delay,
    Partial,
    Stop,
    Migrate,
}

/// What the vendor does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VendorStrategy {
    Tolerate,
    CutAds,
    Withhold,
    Suspend,
    Sue,
}

impl CustomerStrategy {
    /// All customer strategies, in matrix order.
    pub const ALL: [CustomerStrategy; 5] = [
        CustomerStrategy::Pay,
        CustomerStrategy::Delay,
        CustomerStrategy::Partial,
        CustomerStrategy::Stop,
        CustomerStrategy::Migrate,
    ];

    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            CustomerStrategy::Pay => "Pay on time",
            CustomerStrategy::Delay => "Pay 90 days late",
            CustomerStrategy::Partial => "Pay half",
            CustomerStrategy::Stop => "Stop paying",
            CustomerStrategy::Migrate => "Migrate away",
        }
    }

    /// Applies the strategy to a copy of the scenario.
    pub fn apply(self, s: &mut Scenario) {
        let from = s.payment.stop_from_month.unwrap_or(0);
        let p = &mut s.payment;
        let pay_in_full = |p: &mut crate::model::Payment| {
            p.pay_share = Decimal::ONE;
            p.delay_days = 0;
            p.stop_from_month = None;
            p.resume_at_month = None;
        };
        match self {
            CustomerStrategy::Pay => {
                pay_in_full(p);
                p.lump_sums.clear();
            }
            CustomerStrategy::Delay => {
                pay_in_full(p);
                p.delay_days = 90;
                p.lump_sums.clear();
            }
            CustomerStrategy::Partial => {
                pay_in_full(p);
                p.pay_share = Decimal::new(5, 1);
                p.lump_sums.clear();
            }
            CustomerStrategy::Stop => {
                p.stop_from_month = Some(from);
                p.resume_at_month = None;
            }
            CustomerStrategy::Migrate => {
                p.stop_from_month = Some(from);
                p.resume_at_month = None;
                let usage = &mut s.contract.usage;
                usage.changes.retain(|c| c.month < from);
                usage.changes.push(UsageChange {
                    month: from,
                    share: Decimal::ZERO,
                });
            }
        }
    }
}

impl VendorStrategy {
    /// All vendor strategies, in matrix order.
    pub const ALL: [VendorStrategy; 5] = [
        VendorStrategy::Tolerate,
        VendorStrategy::CutAds,
        VendorStrategy::Withhold,
        VendorStrategy::Suspend,
        VendorStrategy::Sue,
    ];

    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            VendorStrategy::Tolerate => "Tolerate",
            VendorStrategy::CutAds => "Cut ads",
            VendorStrategy::Withhold => "Withhold ad payments",
            VendorStrategy::Suspend => "Suspend service",
            VendorStrategy::Sue => "Sue",
        }
    }

    /// Applies the strategy to a copy of the scenario.
    pub fn apply(self, s: &mut Scenario) -> Result<(), AnalysisError> {
        let template = s.retaliation.first().cloned().unwrap_or(RetaliationRule {
            trigger: Trigger::ArrearsAbove {
                amount: Decimal::ZERO,
            },
            action: Action::RefuseRenegotiation,
            lag_months: 0,
            reverses_when_cleared: true,
            until_month: None,
            threat: None,
        });
        let own_suspend = s.retaliation.iter().find_map(|r| match r.action {
            Action::Suspend {
                outage_cost_monthly,
            } => Some(outage_cost_monthly),
            _ => None,
        });
        let own_legal = s
            .retaliation
            .iter()
            .find(|r| matches!(r.action, Action::Legal { .. }))
            .map(|r| r.action.clone());
        let action = match self {
            VendorStrategy::Tolerate => {
                s.retaliation.clear();
                return Ok(());
            }
            VendorStrategy::CutAds => Action::CutSpend {
                kind: FlowKind::Ad,
                share: Decimal::ONE,
            },
            VendorStrategy::Withhold => Action::WithholdPayments,
            VendorStrategy::Suspend => Action::Suspend {
                outage_cost_monthly: own_suspend.unwrap_or(s.operations.outage_cost),
            },
            VendorStrategy::Sue => match own_legal {
                Some(legal) => legal,
                None => {
                    let cost = dec::mul(
                        s.contract.total_commitment,
                        Decimal::new(1, 2),
                        Quantity::DefaultLegalCost,
                    )?
                    .round_dp(2);
                    Action::Legal {
                        vendor_cost: cost,
                        customer_cost: cost,
                        delay_months: 12,
                        win_probability: Decimal::new(8, 1),
                    }
                }
            },
        };
        s.retaliation = vec![RetaliationRule { action, ..template }];
        Ok(())
    }
}

/// The simulated strategy matrix of a scenario and its analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrategyMatrix {
    pub customer_strategies: Vec<CustomerStrategy>,
    pub vendor_strategies: Vec<VendorStrategy>,
    /// Payoffs: each side's NPV minus its NPV in the original scenario's baseline.
    pub matrix: PayoffMatrix,
    pub analysis: PayoffAnalysis,
    /// The reference NPVs (the original scenario's pay-on-time baseline, with the same share of
    /// open claims counted).
    pub baseline_customer_npv: Decimal,
    pub baseline_vendor_npv: Decimal,
    /// Why any cell is empty, as `(row, column, error)`.
    pub failures: Vec<(usize, usize, AnalysisError)>,
}

/// `cash + recovery × (with_claims − cash)`: an NPV counting that share of the open claims.
fn blend(cash: Decimal, with_claims: Decimal, recovery: Decimal) -> Result<Decimal, AnalysisError> {
    let what = Quantity::StrategyPayoff;
    dec::add(
        cash,
        dec::mul(recovery, dec::sub(with_claims, cash, what)?, what)?,
        what,
    )
}

/// The strategies of a matrix, each side's in order; the matrix's cells are numbered row by
/// row, `row × vendor.len() + column`, the units a matrix is split into (`super::split`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strategies {
    pub customer: Vec<CustomerStrategy>,
    pub vendor: Vec<VendorStrategy>,
}

impl Strategies {
    /// The given strategies, or every strategy of a side whose list is empty.
    pub fn or_all(customer: &[CustomerStrategy], vendor: &[VendorStrategy]) -> Strategies {
        Strategies {
            customer: if customer.is_empty() {
                CustomerStrategy::ALL.to_vec()
            } else {
                customer.to_vec()
            },
            vendor: if vendor.is_empty() {
                VendorStrategy::ALL.to_vec()
            } else {
                vendor.to_vec()
            },
        }
    }

    /// The number of cells.
    pub fn cells(&self) -> usize {
        self.customer.len() * self.vendor.len()
    }
}

/// What a part of a matrix computed: the reference NPVs (every part computes them) and its
/// cells in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixPart {
    /// The part's cells, numbered as [`Strategies`] says.
    pub cells: std::ops::Range<usize>,
    pub reference_customer: Decimal,
    pub reference_vendor: Decimal,
    pub payoffs: Vec<Option<Payoff>>,
    /// Why a cell is empty, as `(row, column, error)`.
    pub failures: Vec<(usize, usize, AnalysisError)>,
}

/// Simulates every pair of the given strategies (all of them when the lists are empty).
///
/// `terminal_recovery` in `[0, 1]` is the share of the open claims at the horizon counted as
/// paid on its last day, as in the bargaining layer: with 1 (recommended) a customer that
/// stops paying still owes what it did not pay; with 0 payoffs are cash NPVs only.
pub fn strategy_matrix(
    s: &Scenario,
    customer: &[CustomerStrategy],
    vendor: &[VendorStrategy],
    terminal_recovery: Decimal,
) -> Result<StrategyMatrix, AnalysisError> {
    let strategies = Strategies::or_all(customer, vendor);
    let part = strategy_matrix_part(s, &strategies, terminal_recovery, 0..strategies.cells());
    merge_strategy_matrix(strategies, vec![part])
}

/// The cells `cells` of the matrix of `strategies` (see [`strategy_matrix`]), to merge with
/// the other parts' in [`merge_strategy_matrix`].
pub fn strategy_matrix_part(
    s: &Scenario,
    strategies: &Strategies,
    terminal_recovery: Decimal,
    cells: std::ops::Range<usize>,
) -> Result<MatrixPart, AnalysisError> {
    check_unit(Input::TerminalRecovery, terminal_recovery)?;
    let mut sim = Simulator::new();
    let totals = run_with(&mut sim, s, Detail::Totals)?.totals;
    let reference_customer = blend(
        totals.customer.baseline_npv,
        totals.customer.baseline_npv_with_claims,
        terminal_recovery,
    )?;
    let reference_vendor = blend(
        totals.vendor.baseline_npv,
        totals.vendor.baseline_npv_with_claims,
        terminal_recovery,
    )?;
    let mut base = s.clone();
    base.settlement = None;

    let columns = strategies.vendor.len().max(1);
    let mut payoffs = Vec::with_capacity(cells.len());
    let mut failures = Vec::new();
    for cell_index in cells.clone() {
        let (r, c) = (cell_index / columns, cell_index % columns);
        let (Some(cs), Some(vs)) = (strategies.customer.get(r), strategies.vendor.get(c)) else {
            break;
        };
        let mut cell = base.clone();
        cs.apply(&mut cell);
        let outcome = vs.apply(&mut cell).and_then(|()| {
            let t = run_with(&mut sim, &cell, Detail::Totals)?.totals;
            let what = Quantity::StrategyPayoff;
            let c = blend(
                t.customer.npv,
                t.customer.npv_with_claims,
                terminal_recovery,
            )?;
            let v = blend(t.vendor.npv, t.vendor.npv_with_claims, terminal_recovery)?;
            Ok(Payoff {
                customer: dec::sub(c, reference_customer, what)?,
                vendor: dec::sub(v, reference_vendor, what)?,
            })
        });
        match outcome {
            Ok(p) => payoffs.push(Some(p)),
            Err(e) => {
                failures.push((r, c, e));
                payoffs.push(None);
            }
        }
    }
    Ok(MatrixPart {
        cells,
        reference_customer,
        reference_vendor,
        payoffs,
        failures,
    })
}

/// The matrix of the parts, merged in cell order: the first part's error if any (every part
/// checks the same inputs and simulates the same reference first), else the cells row by row
/// and their analysis. Parts missing or out of order are an unfinished matrix.
pub fn merge_strategy_matrix(
    strategies: Strategies,
    parts: Vec<Result<MatrixPart, AnalysisError>>,
) -> Result<StrategyMatrix, AnalysisError> {
    let total = strategies.cells();
    let mut payoffs = Vec::with_capacity(total);
    let mut failures = Vec::new();
    let mut reference = None;
    for part in parts {
        let part = part?;
        if part.cells.start != payoffs.len() || part.payoffs.len() != part.cells.len() {
            break;
        }
        debug_assert!(
            reference.is_none()
                || reference == Some((part.reference_customer, part.reference_vendor)),
            "every part computes the same reference"
        );
        reference = Some((part.reference_customer, part.reference_vendor));
        payoffs.extend(part.payoffs);
        failures.extend(part.failures);
    }
    let not_finished = || AnalysisError::NotFinished {
        completed: u32::try_from(payoffs.len()).unwrap_or(u32::MAX),
        total: u32::try_from(total).unwrap_or(u32::MAX),
    };
    let (reference_customer, reference_vendor) = reference.ok_or_else(not_finished)?;
    if payoffs.len() != total {
        return Err(not_finished());
    }
    let columns = strategies.vendor.len().max(1);
    let mut cells: Vec<Vec<Option<Payoff>>> = Vec::with_capacity(strategies.customer.len());
    let mut rest = payoffs.into_iter();
    for _ in 0..strategies.customer.len() {
        cells.push(rest.by_ref().take(columns).collect());
    }
    let Strategies { customer, vendor } = strategies;
    let matrix = PayoffMatrix::new(
        customer.iter().map(|c| c.label().to_string()).collect(),
        vendor.iter().map(|v| v.label().to_string()).collect(),
        cells,
    )?;
    Ok(StrategyMatrix {
        analysis: matrix.analyse(),
        matrix,
        customer_strategies: customer,
        vendor_strategies: vendor,
        baseline_customer_npv: reference_customer,
        baseline_vendor_npv: reference_vendor,
        failures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::split::split_range;
    use crate::model::presets;

    #[test]
    fn a_matrix_in_parts_equals_the_matrix_run_in_one_go() {
        for p in presets::all() {
            let one_shot = strategy_matrix(&p.scenario, &[], &[], Decimal::ONE);
            let strategies = Strategies::or_all(&[], &[]);
            for parts in [1, 2, 3, 8] {
                let pieces = split_range(strategies.cells(), parts)
                    .into_iter()
                    .map(|cells| {
                        strategy_matrix_part(&p.scenario, &strategies, Decimal::ONE, cells)
                    })
                    .collect();
                let merged = merge_strategy_matrix(strategies.clone(), pieces);
                assert_eq!(merged, one_shot, "{} {parts}", p.id);
            }
        }
    }

    #[test]
    fn a_refused_input_fails_every_part_as_in_one_go() {
        let s = Scenario::default();
        let one_shot = strategy_matrix(&s, &[], &[], Decimal::TWO);
        assert!(one_shot.is_err());
        let strategies = Strategies::or_all(&[], &[]);
        let pieces = split_range(strategies.cells(), 3)
            .into_iter()
            .map(|cells| strategy_matrix_part(&s, &strategies, Decimal::TWO, cells))
            .collect();
        assert_eq!(merge_strategy_matrix(strategies, pieces), one_shot);
    }
}
