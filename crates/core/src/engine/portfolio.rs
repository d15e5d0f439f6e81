//! A customer and several vendors, with or without a monthly budget for their bills
//! (`docs/model.md` §11).
//!
//! [`simulate_portfolio`] runs every vendor's relationship month by month in step (the
//! budget couples them) and reports each as the two-party [`Report`] it is, with the budget's
//! effect on each vendor month by month. The customer's figures of the whole are the sums of
//! its relationships' figures: the first vendor's relationship carries the customer's cash on
//! hand and its own operations, the others carry neither ([`Scenario::vendor_scenario`]).

use super::baseline::run_baseline;
use super::cache::{Parts, Prepared};
use super::error::{Ck, EngineError, Quantity};
use super::run::portfolio::run_portfolio;
use super::withholding::{ranking, withholding_costs, WithholdingCost};
use super::{assemble, plan_with, Detail, Report};
use crate::model::{validate_terms, Allocation, Scenario};
use rust_decimal::Decimal;

/// The budget's effect on one vendor in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BudgetShare {
    /// What the customer meant to pay the vendor: the month's payments under its behaviour
    /// towards it, and the repayment of what the budget held back earlier.
    pub due: Decimal,
    /// What the budget allowed (equal to `due` when the budget does not bind).
    pub allowed: Decimal,
    /// What the customer paid the vendor on the contract.
    pub paid: Decimal,
    /// What the budget has held back from the vendor and the customer has not repaid, at
    /// the month end (it is part of the vendor's arrears).
    pub held_back: Decimal,
}

/// The simulation of a scenario with several vendors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortfolioReport {
    /// Each vendor's relationship with the customer, the first vendor first.
    pub vendors: Vec<Report>,
    /// Per month, per vendor (in the scenario's order), what the budget did.
    pub months: Vec<Vec<BudgetShare>>,
    /// The order in which the budget paid the vendors (the scenario's order, or for the
    /// leverage-first rule the ranking by cost per dollar withheld).
    pub order: Vec<usize>,
    /// Each vendor's cost of withholding, when the leverage-first rule worked them out for
    /// the order (the triage reads them instead of working them out again).
    pub withholding: Option<Vec<WithholdingCost>>,
    /// The customer's NPV over the horizon, all relationships together.
    pub customer_npv: Decimal,
    /// The same, with the claims still open at the end valued at face value.
    pub customer_npv_with_claims: Decimal,
    /// The customer's cash at the end of the horizon, all relationships together.
    pub customer_final_cash: Decimal,
}

/// Simulates `s` with all its vendors and its budget. A scenario with one vendor and no
/// budget gives one report identical to [`super::simulate`]'s.
pub fn simulate_portfolio(s: &Scenario) -> Result<PortfolioReport, EngineError> {
    validate_terms(s).map_err(EngineError::Invalid)?;
    let withholding = match s.budget.as_ref().map(|b| b.rule) {
        Some(Allocation::LeverageFirst) => Some(withholding_costs(s)?),
        _ => None,
    };
    let order = match &withholding {
        Some(costs) => ranking(costs),
        None => (0..s.vendor_count()).collect(),
    };
    let report = simulate_portfolio_in_order(s, order)?;
    Ok(PortfolioReport {
        withholding,
        ..report
    })
}

/// [`simulate_portfolio`] with the order in which a budget that binds pays the vendors given
/// (a search over payment behaviours, which do not change the leverage-first ranking, computes
/// it once). `order` names every vendor once.
pub fn simulate_portfolio_in_order(
    s: &Scenario,
    order: Vec<usize>,
) -> Result<PortfolioReport, EngineError> {
    debug_assert_eq!(
        order.len(),
        s.vendor_count(),
        "the order names every vendor"
    );
    validate_terms(s).map_err(EngineError::Invalid)?;
    let alone: Vec<Scenario> = (0..s.vendor_count())
        .filter_map(|i| s.vendor_scenario(i))
        .collect();
    let mut parts = Parts::default();
    let prepared = alone
        .iter()
        .map(|v| Prepared::with(v, &mut parts))
        .collect::<Result<Vec<_>, _>>()?;
    let plans = alone
        .iter()
        .zip(&prepared)
        .map(|(v, p)| plan_with(v, p, Detail::Full))
        .collect::<Result<Vec<_>, _>>()?;
    let (runs, months) = run_portfolio(&plans, s.budget.as_ref(), &order)?;
    let mut vendors = Vec::with_capacity(runs.len());
    for ((v, plan), run) in alone.iter().zip(&plans).zip(runs) {
        let baseline = run_baseline(plan)?;
        vendors.push(assemble(v, plan, run, Some(&baseline))?);
    }
    portfolio_report(s, vendors, months, order)
}

/// The report of the whole, from each vendor's report.
fn portfolio_report(
    s: &Scenario,
    vendors: Vec<Report>,
    months: Vec<Vec<BudgetShare>>,
    order: Vec<usize>,
) -> Result<PortfolioReport, EngineError> {
    let ck = Ck::new(s.start, s.horizon_months.saturating_sub(1));
    let q = Quantity::Totals;
    let (mut npv, mut with_claims, mut cash) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for r in &vendors {
        let c = &r.totals.customer;
        npv = ck.add(q, npv, c.npv)?;
        with_claims = ck.add(q, with_claims, c.npv_with_claims)?;
        cash = ck.add(q, cash, c.final_cash)?;
    }
    Ok(PortfolioReport {
        vendors,
        months,
        order,
        withholding: None,
        customer_npv: npv,
        customer_npv_with_claims: with_claims,
        customer_final_cash: cash,
    })
}
