//! The triage of a customer's vendors: for each, what not paying it costs per dollar kept,
//! when its reaction starts, what the budget paid it and what it is owed at the end; and the
//! ranking that says whom to pay first (`docs/model.md` §11).

use super::error::{AnalysisError, Quantity};
use crate::engine::{ranking, withholding_costs, PortfolioReport, WithholdingCost};
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
    let costs = match &portfolio.withholding {
        Some(costs) => costs.clone(),
        None => withholding_costs(s).map_err(AnalysisError::Model)?,
    };
    let ranking = ranking(&costs);
    let vendors = costs
        .into_iter()
        .filter_map(|cost| vendor_line(portfolio, cost).transpose())
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Triage {
        budget: s.budget.as_ref().map(|b| (b.monthly, b.rule)),
        vendors,
        ranking,
        paid_order: portfolio.order.clone(),
        last_month: s.horizon_months.saturating_sub(1),
    })
}

/// The triage line of the vendor whose withholding cost is `cost`; `None` when the
/// simulation has no such vendor.
fn vendor_line(
    portfolio: &PortfolioReport,
    cost: WithholdingCost,
) -> Result<Option<VendorTriage>, AnalysisError> {
    let i = cost.vendor;
    let Some(report) = portfolio.vendors.get(i) else {
        return Ok(None);
    };
    let mut paid = Decimal::ZERO;
    let mut first_short = None;
    for (t, share) in portfolio.months.iter().filter_map(|m| m.get(i)).enumerate() {
        paid = paid.checked_add(share.paid).ok_or_else(overflow)?;
        if first_short.is_none() && share.allowed < share.due {
            first_short = u32::try_from(t).ok();
        }
    }
    let last = portfolio.months.last().and_then(|m| m.get(i));
    Ok(Some(VendorTriage {
        vendor: i,
        cost,
        paid,
        arrears_at_end: report.months.last().map_or(Decimal::ZERO, |m| m.arrears),
        held_back_at_end: last.map_or(Decimal::ZERO, |x| x.held_back),
        first_short,
    }))
}

fn overflow() -> AnalysisError {
    AnalysisError::Overflow(Quantity::PaidToVendor)
}
