//! The best allocation among a few vendors: the share of each vendor's bills the customer
//! pays, searched on a grid, that gives the customer the highest NPV with claims over all its
//! vendors (`docs/model.md` §11).

use super::error::AnalysisError;
use crate::engine::{simulate_portfolio, simulate_portfolio_in_order};
use crate::model::{Payment, Scenario};
use rust_decimal::Decimal;

/// Most vendors the search covers: the grid has (steps + 1)^vendors points.
pub const BEST_ALLOCATION_VENDORS_MAX: usize = 4;

/// The best shares found, and what they give against the scenario as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BestAllocation {
    /// Per vendor, in the scenario's order, the share of each bill paid (0 to 1).
    pub shares: Vec<Decimal>,
    /// The step of the grid (a fifth, a half or the whole bill).
    pub step: Decimal,
    /// The customer's NPV with claims, all vendors together, with the best shares.
    pub npv_with_claims: Decimal,
    /// The same for the scenario as it is.
    pub current_npv_with_claims: Decimal,
    /// How many points of the grid were simulated.
    pub points: usize,
}

/// The grid's step for `vendors` vendors: finer when there are fewer, so that the search
/// stays under a hundred vendor runs (36, 27 and 16 points), a few milliseconds in a page.
fn step_for(vendors: usize) -> Decimal {
    match vendors {
        0..=2 => Decimal::new(2, 1),
        3 => Decimal::new(5, 1),
        _ => Decimal::ONE,
    }
}

/// Searches the shares for `s`'s vendors; `None` with one vendor or more than
/// [`BEST_ALLOCATION_VENDORS_MAX`]. Each point pays every vendor its share of each bill from
/// the first month, with no stop, lump sum or catch-up, under the scenario's budget and
/// rule; the first point with the highest NPV with claims wins (the grid runs from paying
/// nothing upwards, so ties go to paying less).
pub fn best_allocation(s: &Scenario) -> Result<Option<BestAllocation>, AnalysisError> {
    let n = s.vendor_count();
    if !(2..=BEST_ALLOCATION_VENDORS_MAX).contains(&n) {
        return Ok(None);
    }
    let current = simulate_portfolio(s).map_err(AnalysisError::Model)?;
    // The leverage-first ranking stiffs and pays each vendor in full whatever the scenario's
    // payment behaviour, so one order serves every point of the grid.
    let order = current.order.clone();
    let step = step_for(n);
    let levels = levels(step);
    let mut best: Option<(Vec<Decimal>, Decimal)> = None;
    let mut points = 0;
    for shares in grid(&levels, n) {
        points += 1;
        let npv = npv_with_shares(s, &shares, &order)?;
        if best.as_ref().is_none_or(|(_, b)| npv > *b) {
            best = Some((shares, npv));
        }
    }
    let Some((shares, npv_with_claims)) = best else {
        return Ok(None);
    };
    Ok(Some(BestAllocation {
        shares,
        step,
        npv_with_claims,
        current_npv_with_claims: current.customer_npv_with_claims,
        points,
    }))
}

/// 0, step, 2 step, … 1.
fn levels(step: Decimal) -> Vec<Decimal> {
    let mut out = vec![Decimal::ZERO];
    let mut x = Decimal::ZERO;
    while let Some(next) = x.checked_add(step).filter(|v| *v <= Decimal::ONE) {
        out.push(next);
        x = next;
    }
    out
}

/// Every combination of `levels` for `n` vendors, the first vendor's share changing slowest.
fn grid(levels: &[Decimal], n: usize) -> Vec<Vec<Decimal>> {
    let mut points: Vec<Vec<Decimal>> = vec![Vec::new()];
    for _ in 0..n {
        points = points
            .into_iter()
            .flat_map(|p| {
                levels.iter().map(move |l| {
                    let mut q = p.clone();
                    q.push(*l);
                    q
                })
            })
            .collect();
    }
    points
}

/// The customer's NPV with claims when it pays each vendor `shares[i]` of each bill.
fn npv_with_shares(
    s: &Scenario,
    shares: &[Decimal],
    order: &[usize],
) -> Result<Decimal, AnalysisError> {
    let mut variant = s.clone();
    variant.lesson = Default::default();
    for (i, share) in shares.iter().enumerate() {
        let payment = match i.checked_sub(1) {
            None => Some(&mut variant.payment),
            Some(k) => variant.more_vendors.get_mut(k).map(|v| &mut v.payment),
        };
        if let Some(p) = payment {
            *p = paying(p, *share);
        }
    }
    simulate_portfolio_in_order(&variant, order.to_vec())
        .map(|report| report.customer_npv_with_claims)
        .map_err(AnalysisError::Model)
}

/// Paying `share` of each bill on its scheduled day, from the first month.
fn paying(p: &Payment, share: Decimal) -> Payment {
    Payment {
        pay_share: share,
        stop_from_month: None,
        resume_at_month: None,
        catch_up_on_resume: false,
        lump_sums: Vec::new(),
        ..p.clone()
    }
}
