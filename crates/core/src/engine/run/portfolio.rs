//! Several vendors' runs, month by month in step, sharing the customer's monthly budget.
//!
//! Each vendor's relationship is a [`Run`] of its own two-party scenario. Every month, each
//! run opens its month (the vendor's actions, the invoices), says what the customer means to
//! pay it ([`Run::due`]), the budget is shared by [`allocate`], and each run pays at most
//! what it was allowed and closes its month. What a budget holds back stays in that vendor's
//! arrears, with its interest and triggers, and is repaid when the budget allows.

use super::super::allocation::allocate;
use super::super::error::{Ck, EngineError, Quantity};
use super::super::portfolio::BudgetShare;
use super::record::Recorder;
use super::vendor::Vendor;
use super::{Due, Plan, Run, RunResult};
use crate::model::Budget;
use rust_decimal::Decimal;

/// Runs every vendor's scenario (one [`Plan`] each, the first vendor first) over the
/// horizon. With a `budget`, each month's payments are shared by its rule; `order` is the
/// order in which the rules that pay in turn pay the vendors.
pub(crate) fn run_portfolio(
    plans: &[Plan],
    budget: Option<&Budget>,
    order: &[usize],
) -> Result<(Vec<RunResult>, Vec<Vec<BudgetShare>>), EngineError> {
    let mut runs = plans
        .iter()
        .map(|plan| {
            let s = plan.s;
            Run::new(
                plan,
                s.settlement.as_ref(),
                Vendor::new(s),
                Some(Recorder::new(plan)),
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (start, horizon) = match plans.first() {
        Some(plan) => (plan.s.start, plan.s.horizon_months),
        None => return Ok((Vec::new(), Vec::new())),
    };
    let mut months = Vec::with_capacity(usize::try_from(horizon).unwrap_or(0));
    for t in 0..horizon {
        months.push(portfolio_month(
            &mut runs,
            Ck::new(start, t),
            t,
            budget,
            order,
        )?);
    }
    let results = runs
        .into_iter()
        .map(Run::finish)
        .collect::<Result<Vec<_>, _>>()?;
    Ok((results, months))
}

/// One month of every run: open, share the budget, pay and close.
fn portfolio_month(
    runs: &mut [Run],
    ck: Ck,
    t: u32,
    budget: Option<&Budget>,
    order: &[usize],
) -> Result<Vec<BudgetShare>, EngineError> {
    let mut opened = Vec::with_capacity(runs.len());
    for run in runs.iter_mut() {
        opened.push(run.open_month(t)?);
    }
    let dues = runs
        .iter()
        .zip(&opened)
        .map(|(run, (c, _))| run.due(*c))
        .collect::<Result<Vec<Due>, _>>()?;
    let totals = dues
        .iter()
        .map(|d| ck.add(Quantity::ContractPayments, d.new, d.held_back))
        .collect::<Result<Vec<_>, _>>()?;
    let allowed = match budget {
        Some(b) => allocate(ck, b.monthly, b.rule, &totals, order)?,
        None => totals.clone(),
    };
    let mut out = Vec::with_capacity(runs.len());
    for (((run, (c, mut m)), due), (total, allow)) in runs
        .iter_mut()
        .zip(opened)
        .zip(&dues)
        .zip(totals.iter().zip(&allowed))
    {
        m.allowance = budget.map(|_| *allow);
        let paid = run.pay_and_close(c, &mut m)?;
        run.held_back = held_back_after(ck, run.held_back, *due, paid)?;
        debug_assert!(
            paid.contract <= *allow,
            "a vendor is paid at most what it was allowed"
        );
        out.push(BudgetShare {
            due: *total,
            allowed: *allow,
            paid: paid.contract,
            held_back: run.held_back,
        });
    }
    Ok(out)
}

/// What the budget has held back from a vendor after a month: what it held back before,
/// less what was repaid, plus the new payments it did not allow; never more than the
/// vendor's arrears (a settlement or a judgment clears them).
fn held_back_after(
    ck: Ck,
    before: Decimal,
    due: Due,
    paid: super::MonthPaid,
) -> Result<Decimal, EngineError> {
    let q = Quantity::ContractPayments;
    let new_paid = ck.sub(q, paid.contract, paid.held_back_repaid)?;
    let new_held = ck.sub(q, due.new, new_paid)?.max(Decimal::ZERO);
    let still = ck.sub(q, before, paid.held_back_repaid)?.max(Decimal::ZERO);
    Ok(ck.add(q, still, new_held)?.min(paid.arrears))
}
