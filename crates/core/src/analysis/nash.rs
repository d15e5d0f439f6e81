//! The (generalised) Nash bargaining solution.
//!
//! Two parties split a total `S`. If they fail to agree, the customer gets `d_c` and the vendor
//! `d_v` (the disagreement point, i.e. their walk-away values). The generalised Nash solution
//! maximises `(x_c − d_c)^α · (x_v − d_v)^(1−α)` subject to `x_c + x_v = S`, which gives
//!
//! ```text
//! x_c = d_c + α (S − d_c − d_v)        x_v = d_v + (1 − α)(S − d_c − d_v)
//! ```
//!
//! Each side gets its walk-away value plus its bargaining-power share of the net surplus.
//! With `S = 1`, `d = (0.4, 0)` and `α = 1/2` the customer gets 0.7.

use super::{check_unit, dec, AnalysisError, Input, Quantity, Side};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The Nash bargaining outcome: what each side ends up with and what it gains over walking away.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NashSolution {
    /// The customer's payoff `x_c`.
    pub customer: Decimal,
    /// The vendor's payoff `x_v`.
    pub vendor: Decimal,
    /// The net surplus `S − d_c − d_v` that the agreement creates.
    pub net_surplus: Decimal,
    /// `x_c − d_c`.
    pub customer_gain: Decimal,
    /// `x_v − d_v`.
    pub vendor_gain: Decimal,
}

/// Splits `total` between the customer and the vendor around the disagreement point
/// `(customer_disagreement, vendor_disagreement)`, the customer holding bargaining power
/// `customer_power` in `[0, 1]` (1/2 is the symmetric solution).
///
/// Returns [`AnalysisError::NoAgreement`] when the disagreement payoffs add up to more than the
/// total: both sides would then rather walk away.
pub fn nash_bargaining(
    total: Decimal,
    customer_disagreement: Decimal,
    vendor_disagreement: Decimal,
    customer_power: Decimal,
) -> Result<NashSolution, AnalysisError> {
    check_unit(Input::CustomerPower, customer_power)?;
    let walk_away = dec::add(
        customer_disagreement,
        vendor_disagreement,
        Quantity::DisagreementPoint,
    )?;
    let net_surplus = dec::sub(total, walk_away, Quantity::NetSurplus)?;
    if net_surplus < Decimal::ZERO {
        return Err(AnalysisError::NoAgreement {
            gap: net_surplus.abs(),
        });
    }
    let customer_gain = dec::mul(customer_power, net_surplus, Quantity::Gain(Side::Customer))?;
    let customer = dec::add(
        customer_disagreement,
        customer_gain,
        Quantity::Payoff(Side::Customer),
    )?;
    // The vendor's payoff is taken as the remainder so that the two add up to the total
    // exactly, whatever rounding the multiplication did.
    let vendor = dec::sub(total, customer, Quantity::Payoff(Side::Vendor))?;
    Ok(NashSolution {
        customer,
        vendor,
        net_surplus,
        customer_gain,
        vendor_gain: dec::sub(vendor, vendor_disagreement, Quantity::Gain(Side::Vendor))?,
    })
}
