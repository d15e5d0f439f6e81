//! The triage of a customer's vendors: for each, what not paying it costs per dollar kept,
//! when its reaction starts, what the budget paid it and what it is owed at the end; and the
//! ranking that says whom to pay first (`docs/model.md` §11).

use super::error::{AnalysisError, Quantity};
use crate::engine::{withholding_cost, PortfolioReport, WithholdingCost};
use crate::model::{Allocation, Scenario};
use rust_decimal::Decimal;

/// One vendor's line of the triage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VendorTriage {
    /// The vendor's index in the scenario (0 is the first).
    pub vendor: usize,
    /// What stiffing it for the whole horizon would cost the customer.
    pub cost: WithholdingCost,
    /// What the customer paid it on the contract over the horizon.
    pub paid: Decimal,
    /// Its unpaid principal due at the end of the horizon.
    pub arrears_at_end: Decimal,
    /// What the budget held back from it and was not repaid, at the end of the horizon.
    pub held_back_at_end: Decimal,
    /// The first month the budget held anything back from it.
    pub first_short: Option<u32>,
}

/// The triage of every vendor of a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triage {
    /// The monthly budget and its rule, if the scenario has a budget.
    pub budget: Option<(Decimal, Allocation)>,
    /// Every vendor, in the scenario's order.
    pub vendors: Vec<VendorTriage>,
    /// Vendor indices by cost per dollar withheld, highest first (ties in the scenario's
    /// order): whom to pay first.
    pub ranking: Vec<usize>,
    /// The order in which the budget actually paid them.
    pub paid_order: Vec<usize>,
    /// The last month of the horizon.
    pub last_month: u32,
}

/// The triage of `s`, whose simulation is `portfolio`.
pub fn triage(s: &Scenario, portfolio: &PortfolioReport) -> Result<Triage, AnalysisError> {
    let mut vendors = Vec::with_capacity(s.vendor_count());
    for (i, report) in portfolio.vendors.iter().enumerate() {
        let Some(cost) = withholding_cost(s, i).map_err(AnalysisError::Model)? else {
            continue;
        };
        let shares = portfolio.months.iter().filter_map(|m| m.get(i));
        let mut paid = Decimal::ZERO;
        let mut first_short = None;
        for (t, share) in shares.enumerate() {
            paid = paid.checked_add(share.paid).ok_or_else(overflow)?;
            if first_short.is_none() && share.allowed < share.due {
                first_short = u32::try_from(t).ok();
            }
        }
        let last = portfolio.months.last().and_then(|m| m.get(i));
        vendors.push(VendorTriage {
            vendor: i,
            cost,
            paid,
            arrears_at_end: report.months.last().map_or(Decimal::ZERO, |m| m.arrears),
            held_back_at_end: last.map_or(Decimal::ZERO, |x| x.held_back),
            first_short,
        });
    }
    let mut ranking: Vec<&VendorTriage> = vendors.iter().collect();
    ranking.sort_by(|a, b| {
        b.cost
            .per_dollar
            .cmp(&a.cost.per_dollar)
            .then(a.vendor.cmp(&b.vendor))
    });
    let ranking = ranking.into_iter().map(|v| v.vendor).collect();
    Ok(Triage {
        budget: s.budget.as_ref().map(|b| (b.monthly, b.rule)),
        vendors,
        ranking,
        paid_order: portfolio.order.clone(),
        last_month: s.horizon_months.saturating_sub(1),
    })
}

fn overflow() -> AnalysisError {
    AnalysisError::Overflow(Quantity::PaidToVendor)
}
