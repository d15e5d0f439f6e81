//! The war of attrition: who blinks first.
//!
//! Both sides hold out; each month of standoff costs side `i` a flow `c_i`, and the side that
//! holds out longer wins a prize `V_i` (the difference, for `i`, between the other side
//! conceding and itself conceding). In the stationary mixed-strategy equilibrium of the
//! continuous-time game each side concedes at a constant hazard chosen to make the *other*
//! side indifferent between conceding now and waiting a little longer: waiting `dt` costs
//! `c_i dt` and wins `V_i` with probability `λ_j dt`, so
//!
//! ```text
//! λ_j = c_i / V_i      (j's concession hazard is set by i's cost and prize)
//! ```
//!
//! The standoff ends at the first concession, an exponential time with rate `λ_c + λ_v`:
//! expected length `1 / (λ_c + λ_v)` months, median `ln 2 / (λ_c + λ_v)`, and the customer
//! concedes first with probability `λ_c / (λ_c + λ_v)`.
//!
//! The counter-intuitive part, worth showing in class: a side's *own* cost does not change how
//! quickly it concedes in equilibrium; it changes how quickly the *other* side must concede to
//! keep it in the game.

use super::{dec, invalid, AnalysisError, Input, Problem, Quantity, Side, Undefined};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One side of the war of attrition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttritionSide {
    /// What this side gains if the other side concedes rather than itself; must be positive.
    pub prize: Decimal,
    /// What one more month of standoff costs this side; 0 or more.
    pub cost_per_month: Decimal,
}

/// The equilibrium of the war of attrition. Hazards are per month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attrition {
    /// The customer's concession hazard `λ_c = c_v / V_v`.
    pub customer_hazard: Decimal,
    /// The vendor's concession hazard `λ_v = c_c / V_c`.
    pub vendor_hazard: Decimal,
    /// `1 / (λ_c + λ_v)`: the expected length of the standoff in months.
    pub expected_months: Decimal,
    /// `ln 2 / (λ_c + λ_v)`: half of all standoffs are over by then.
    pub median_months: Decimal,
    /// `λ_c / (λ_c + λ_v)`: the probability that the customer blinks first.
    pub customer_concedes_first: Decimal,
    /// `λ_v / (λ_c + λ_v)`.
    pub vendor_concedes_first: Decimal,
}

impl Attrition {
    /// The probability that the standoff is still on after `months`: `e^(−(λ_c + λ_v) t)`.
    pub fn still_on_after(&self, months: Decimal) -> Result<Decimal, AnalysisError> {
        if months < Decimal::ZERO {
            return Err(invalid(Input::Months, Problem::Negative { value: months }));
        }
        let what = Quantity::StillOnProbability;
        let total = dec::add(self.customer_hazard, self.vendor_hazard, what)?;
        let exponent = dec::mul(total, months, what)?;
        // e^(−x) is below Decimal's resolution long before the exponential overflows.
        if exponent > dec::EXP_MAX {
            return Ok(Decimal::ZERO);
        }
        let grow = dec::exp(exponent, what)?;
        dec::div(Decimal::ONE, grow, what)
    }
}

/// Solves the war of attrition between the customer and the vendor.
pub fn war_of_attrition(
    customer: &AttritionSide,
    vendor: &AttritionSide,
) -> Result<Attrition, AnalysisError> {
    for (who, side) in [(Side::Customer, customer), (Side::Vendor, vendor)] {
        if side.prize <= Decimal::ZERO {
            return Err(invalid(
                Input::Prize(who),
                Problem::PrizeNotPositive { value: side.prize },
            ));
        }
        if side.cost_per_month < Decimal::ZERO {
            return Err(invalid(
                Input::CostPerMonth(who),
                Problem::Negative {
                    value: side.cost_per_month,
                },
            ));
        }
    }
    let what = Quantity::ConcessionHazards;
    let customer_hazard = dec::div(vendor.cost_per_month, vendor.prize, what)?;
    let vendor_hazard = dec::div(customer.cost_per_month, customer.prize, what)?;
    let total = dec::add(customer_hazard, vendor_hazard, what)?;
    if total.is_zero() {
        return Err(AnalysisError::Undefined(Undefined::NobodyConcedes));
    }
    let expected_months = dec::div(Decimal::ONE, total, Quantity::ExpectedLength)?;
    let median_months = dec::div(dec::LN_2, total, Quantity::MedianLength)?;
    let customer_concedes_first = dec::div(customer_hazard, total, what)?;
    Ok(Attrition {
        customer_hazard,
        vendor_hazard,
        expected_months,
        median_months,
        customer_concedes_first,
        vendor_concedes_first: dec::sub(Decimal::ONE, customer_concedes_first, what)?,
    })
}
