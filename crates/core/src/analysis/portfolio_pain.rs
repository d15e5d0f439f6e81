//! The pain picture of a scenario with several vendors: each vendor's cost of one more month
//! of its standoff with the customer, and the customer's cost of all its standoffs together.
//!
//! Vendor `k`'s cost of month `m` is the vendor's side of [`super::pain`] on `k`'s own
//! report. The customer's cost of month `m` is the sum over the vendors of the customer's side
//! of each report's pain: one more month costs it the capital cost of every claim open against
//! it and every loss any vendor's reaction inflicts that month. With one vendor both are that
//! report's pain. The leverage between the customer and vendor `k` *flips* where the two lines
//! cross: the first month where the one that hurts more is no longer the one that hurt more in
//! the first month where either hurt (the rule of [`super::pain`], applied to the customer's
//! total and the vendor's cost).

use super::verdict::{crossing, pain, Pain, PainMonth};
use super::{dec, AnalysisError, Quantity};
use crate::engine::PortfolioReport;
use rust_decimal::Decimal;

/// Each vendor's pain, the customer's total pain, and where each vendor's line crosses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortfolioPain {
    /// Per vendor, in the scenario's order: that relationship's pain, month by month.
    pub vendors: Vec<Pain>,
    /// Per month: what one more month of every standoff together costs the customer.
    pub customer: Vec<Decimal>,
    /// Per vendor: the month the customer's total and that vendor's cost change which of the
    /// two is larger, if they ever do.
    pub crossings: Vec<Option<u32>>,
}

/// The pain of every relationship of `portfolio`, and the customer's of them all.
pub fn portfolio_pain(portfolio: &PortfolioReport) -> Result<PortfolioPain, AnalysisError> {
    let vendors = portfolio
        .vendors
        .iter()
        .map(pain)
        .collect::<Result<Vec<_>, _>>()?;
    let customer = customer_total(&vendors)?;
    let crossings = vendors
        .iter()
        .map(|vendor| crossing(&against_customer(&customer, vendor)))
        .collect();
    Ok(PortfolioPain {
        vendors,
        customer,
        crossings,
    })
}

/// The customer's cost of each month, summed over the relationships.
fn customer_total(vendors: &[Pain]) -> Result<Vec<Decimal>, AnalysisError> {
    let months = vendors.first().map_or(0, |pain| pain.months.len());
    debug_assert!(
        vendors.iter().all(|pain| pain.months.len() == months),
        "every relationship runs over the scenario's one horizon"
    );
    (0..months)
        .map(|m| {
            vendors
                .iter()
                .filter_map(|pain| pain.months.get(m))
                .try_fold(Decimal::ZERO, |total, month| {
                    dec::add(total, month.customer, Quantity::MonthlyPain)
                })
        })
        .collect()
}

/// The customer's total beside one vendor's cost, month by month.
fn against_customer(customer: &[Decimal], vendor: &Pain) -> Vec<PainMonth> {
    vendor
        .months
        .iter()
        .zip(customer)
        .map(|(month, total)| PainMonth {
            index: month.index,
            customer: *total,
            vendor: month.vendor,
        })
        .collect()
}
