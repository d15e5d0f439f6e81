//! Rubinstein's alternating-offers bargaining.
//!
//! The two sides take turns proposing a split of a pie of size 1, one offer per period; each
//! period of delay shrinks a side's value of the pie by its discount factor `δ_i`. In the unique
//! subgame-perfect equilibrium the first offer is accepted at once and gives the proposer
//!
//! ```text
//! proposer share = (1 − δ_r) / (1 − δ_p δ_r)          responder share = δ_r (1 − δ_p) / (1 − δ_p δ_r)
//! ```
//!
//! where `p` is the proposer and `r` the responder. With `δ_p = δ_r = 0.9` the proposer gets
//! 0.1/0.19 = 0.526316: a small first-mover advantage. The more patient side (higher `δ`, i.e.
//! lower cost of delay) gets more.
//!
//! **Discount factor from a cost of delay.** A side whose monthly cost of delay is `r` (capital
//! cost plus what the standoff costs it each month, as a share of the pie) discounts one month
//! by either `δ = 1/(1 + r)` ([`DiscountConvention::Simple`], the same convention as a monthly
//! NPV at rate `r`, and the default) or `δ = e^(−r)` ([`DiscountConvention::Exponential`],
//! continuous compounding). The two agree to first order for small `r`.
//!
//! **Continuous-time limit.** When offers can be made every `Δ` months, `δ_i = e^(−r_i Δ)`; as
//! `Δ → 0` the first-mover advantage vanishes and the customer's share tends to
//! `r_v / (r_c + r_v)`, the vendor's to `r_c / (r_c + r_v)` (see [`continuous_limit`]).

use super::{check_unit, dec, invalid, AnalysisError, Input, Problem, Quantity, Side, Undefined};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Who makes the first offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Proposer {
    Customer,
    Vendor,
}

/// How a monthly cost of delay `r` becomes a per-period discount factor `δ`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscountConvention {
    /// `δ = 1 / (1 + r)`: the discrete monthly discounting the engine's NPV uses.
    #[default]
    Simple,
    /// `δ = e^(−r)`: continuous compounding at rate `r` per month.
    Exponential,
}

/// The equilibrium split of a pie of size 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubinsteinSplit {
    /// Who made the first (accepted) offer.
    pub proposer: Proposer,
    /// The customer's share of the pie, in `[0, 1]`.
    pub customer_share: Decimal,
    /// The vendor's share; the two shares add up to 1.
    pub vendor_share: Decimal,
    /// The customer's per-period discount factor used.
    pub customer_delta: Decimal,
    /// The vendor's per-period discount factor used.
    pub vendor_delta: Decimal,
}

/// A pair of shares of a pie of size 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shares {
    pub customer: Decimal,
    pub vendor: Decimal,
}

/// The per-period discount factor for a cost of delay `rate` per period (a non-negative share).
pub fn discount_factor(
    rate: Decimal,
    convention: DiscountConvention,
) -> Result<Decimal, AnalysisError> {
    if rate < Decimal::ZERO {
        return Err(invalid(
            Input::CostOfDelay,
            Problem::NegativeCostOfDelay { value: rate },
        ));
    }
    match convention {
        DiscountConvention::Simple => dec::div(
            Decimal::ONE,
            dec::add(Decimal::ONE, rate, Quantity::PeriodDiscountFactor)?,
            Quantity::PeriodDiscountFactor,
        ),
        DiscountConvention::Exponential => {
            // Beyond this many months of cost (`r·Δ`), `e^(−rΔ)` is below `Decimal`'s
            // precision, so the factor is taken as exactly zero instead of overflowing the
            // exponential.
            if rate > dec::EXP_MAX {
                return Ok(Decimal::ZERO);
            }
            let grow = dec::exp(rate, Quantity::PeriodDiscountFactor)?;
            dec::div(Decimal::ONE, grow, Quantity::PeriodDiscountFactor)
        }
    }
}

/// The Rubinstein split for given discount factors (each in `[0, 1]`) and first proposer.
///
/// Fails when both factors are 1: with no cost of delay for either side, every split is an
/// equilibrium and the model says nothing.
pub fn rubinstein(
    customer_delta: Decimal,
    vendor_delta: Decimal,
    proposer: Proposer,
) -> Result<RubinsteinSplit, AnalysisError> {
    check_unit(Input::DiscountFactor(Side::Customer), customer_delta)?;
    check_unit(Input::DiscountFactor(Side::Vendor), vendor_delta)?;
    let (delta_p, delta_r) = match proposer {
        Proposer::Customer => (customer_delta, vendor_delta),
        Proposer::Vendor => (vendor_delta, customer_delta),
    };
    let what = Quantity::RubinsteinSplit;
    let denominator = dec::sub(Decimal::ONE, dec::mul(delta_p, delta_r, what)?, what)?;
    if denominator.is_zero() {
        return Err(AnalysisError::Undefined(Undefined::NoCostOfWaiting));
    }
    let proposer_share = dec::div(dec::sub(Decimal::ONE, delta_r, what)?, denominator, what)?;
    // The responder's share is the remainder so that the two add up to exactly 1; it equals
    // δ_r (1 − δ_p) / (1 − δ_p δ_r).
    let responder_share = dec::sub(Decimal::ONE, proposer_share, what)?;
    let (customer_share, vendor_share) = match proposer {
        Proposer::Customer => (proposer_share, responder_share),
        Proposer::Vendor => (responder_share, proposer_share),
    };
    Ok(RubinsteinSplit {
        proposer,
        customer_share,
        vendor_share,
        customer_delta,
        vendor_delta,
    })
}

/// The Rubinstein split when offers alternate every `period_months` months and each side's cost
/// of delay is a rate per month, turned into per-period factors by `convention`.
pub fn rubinstein_with_period(
    customer_rate: Decimal,
    vendor_rate: Decimal,
    period_months: Decimal,
    proposer: Proposer,
    convention: DiscountConvention,
) -> Result<RubinsteinSplit, AnalysisError> {
    if period_months <= Decimal::ZERO {
        return Err(invalid(
            Input::OfferPeriod,
            Problem::PeriodNotPositive {
                months: period_months,
            },
        ));
    }
    let what = Quantity::CostOfDelayPerPeriod;
    let customer_delta =
        discount_factor(dec::mul(customer_rate, period_months, what)?, convention)?;
    let vendor_delta = discount_factor(dec::mul(vendor_rate, period_months, what)?, convention)?;
    rubinstein(customer_delta, vendor_delta, proposer)
}

/// The continuous-time limit of alternating offers: customer `r_v / (r_c + r_v)`, vendor
/// `r_c / (r_c + r_v)`, whoever proposes first.
pub fn continuous_limit(
    customer_rate: Decimal,
    vendor_rate: Decimal,
) -> Result<Shares, AnalysisError> {
    for (side, rate) in [(Side::Customer, customer_rate), (Side::Vendor, vendor_rate)] {
        if rate < Decimal::ZERO {
            return Err(invalid(
                Input::SideCostOfDelay(side),
                Problem::NegativeCostOfDelay { value: rate },
            ));
        }
    }
    let what = Quantity::ContinuousSplit;
    let total = dec::add(customer_rate, vendor_rate, what)?;
    if total.is_zero() {
        return Err(AnalysisError::Undefined(Undefined::NoCostOfDelay));
    }
    let customer = dec::div(vendor_rate, total, what)?;
    Ok(Shares {
        customer,
        vendor: dec::sub(Decimal::ONE, customer, what)?,
    })
}
