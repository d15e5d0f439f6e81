//! Distributions a numeric parameter may carry in a Monte Carlo run.
//!
//! Bounds are `Decimal`s (they come from the scenario and the link); sampling works in `f64`
//! and converts back at the boundary, rounded to [`SAMPLE_DECIMALS`] places and clamped into
//! the distribution's range so that float rounding can never leave it. The only float
//! functions used are IEEE basic operations and `libm`'s portable `log`, `exp` and `sqrt`, so a
//! seed gives the same samples on every platform. A distribution of zero width returns its
//! value exactly, without passing through `f64`, so it reproduces the deterministic run.
//!
//! - **Uniform** on `[low, high]`: `low + u (high − low)`.
//! - **Triangular** on `[low, high]` with mode `c`: inverse CDF, `low + √(u (high − low)(c − low))`
//!   for `u < (c − low)/(high − low)`, else `high − √((1 − u)(high − low)(high − c))`.
//! - **Normal** with mean `μ` and standard deviation `σ`, truncated to `[low, high]` (the mean
//!   must lie inside). Sampled exactly by rejection: when the range is at least half a `σ`
//!   wide, from normal draws (Marsaglia's polar method), keeping those inside the range (at
//!   least 19% are kept); when it is narrower, from uniform draws on the range, each kept with
//!   probability `e^(−(x − μ)² / 2σ²)` (at least 88% are kept). A hard cap on attempts, never
//!   reached in practice, falls back to the mean rather than loop for ever.

use super::rng::SimRng;
use super::{dec, invalid, AnalysisError, Input, Problem, Quantity};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Samples are rounded to this many decimal places: far finer than any parameter's step and
/// than `f64`'s own precision on money, and it keeps the engine's decimal arithmetic short.
pub const SAMPLE_DECIMALS: u32 = 10;

/// The most rejection attempts for one truncated-normal draw before falling back to the mean.
const MAX_ATTEMPTS: u32 = 10_000;

/// A parameter's distribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Distribution {
    /// Always the same value.
    Fixed { value: Decimal },
    /// Uniform on `[low, high]`.
    Uniform { low: Decimal, high: Decimal },
    /// Triangular on `[low, high]` with its peak at `mode`.
    Triangular {
        low: Decimal,
        mode: Decimal,
        high: Decimal,
    },
    /// Normal with `mean` and standard deviation `sd`, truncated to `[low, high]`.
    Normal {
        mean: Decimal,
        sd: Decimal,
        low: Decimal,
        high: Decimal,
    },
}

/// `Decimal` to `f64` with only a correctly rounded integer conversion and one division by a
/// constant power of ten, so the result is the same on every platform.
pub(crate) fn to_f64(value: Decimal) -> f64 {
    const POW10: [f64; 29] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
    ];
    let scale = POW10.get(value.scale() as usize).copied().unwrap_or(1e28);
    value.mantissa() as f64 / scale
}

/// `f64` back to `Decimal`, rounded to [`SAMPLE_DECIMALS`] places and clamped to `[low, high]`.
fn to_decimal(x: f64, low: Decimal, high: Decimal) -> Decimal {
    match Decimal::from_f64_retain(x) {
        Some(d) => d.round_dp(SAMPLE_DECIMALS).max(low).min(high),
        // Only a NaN or an infinity gets here, and finite bounds rule both out; the low end
        // is a safe answer that keeps the run going.
        None => low,
    }
}

/// A standard normal draw by Marsaglia's polar method.
fn standard_normal(rng: &mut SimRng) -> f64 {
    for _ in 0..MAX_ATTEMPTS {
        let u = 2.0 * rng.unit() - 1.0;
        let v = 2.0 * rng.unit() - 1.0;
        let s = u * u + v * v;
        if s > 0.0 && s < 1.0 {
            return u * libm::sqrt(-2.0 * libm::log(s) / s);
        }
    }
    0.0
}

impl Distribution {
    /// The range every sample lies in.
    pub fn support(&self) -> (Decimal, Decimal) {
        match *self {
            Distribution::Fixed { value } => (value, value),
            Distribution::Uniform { low, high }
            | Distribution::Triangular { low, high, .. }
            | Distribution::Normal { low, high, .. } => (low, high),
        }
    }

    /// Checks the shape: `low ≤ high`, the mode or mean inside, a non-negative `sd`. Bounds
    /// beyond ±10²⁸ are refused because they cannot be sampled in `f64` without overflow.
    pub fn validate(&self, input: Input) -> Result<(), AnalysisError> {
        let (low, high) = self.support();
        if low > high {
            return Err(invalid(input, Problem::LowAboveHigh { low, high }));
        }
        dec::sub(high, low, Quantity::DistributionWidth)?;
        match *self {
            Distribution::Triangular { mode, .. } if mode < low || mode > high => {
                Err(invalid(input, Problem::ModeOutside { mode, low, high }))
            }
            Distribution::Normal { mean, .. } if mean < low || mean > high => {
                Err(invalid(input, Problem::MeanOutside { mean, low, high }))
            }
            Distribution::Normal { sd, .. } if sd < Decimal::ZERO => {
                Err(invalid(input, Problem::NegativeSd { sd }))
            }
            _ => Ok(()),
        }
    }

    /// One draw. Fails only if the distribution does not [`validate`](Self::validate).
    pub fn sample(&self, rng: &mut SimRng) -> Result<Decimal, AnalysisError> {
        self.validate(Input::Distribution(None))?;
        let (low, high) = self.support();
        if low == high {
            return Ok(low);
        }
        let (lo, hi) = (to_f64(low), to_f64(high));
        let width = hi - lo;
        let x = match *self {
            Distribution::Fixed { value } => return Ok(value),
            Distribution::Uniform { .. } => lo + rng.unit() * width,
            Distribution::Triangular { mode, .. } => {
                let c = to_f64(mode);
                let u = rng.unit();
                if u * width < c - lo {
                    lo + libm::sqrt(u * width * (c - lo))
                } else {
                    hi - libm::sqrt((1.0 - u) * width * (hi - c))
                }
            }
            Distribution::Normal { mean, sd, .. } => {
                if sd.is_zero() {
                    return Ok(mean);
                }
                truncated_normal(rng, to_f64(mean), to_f64(sd), lo, hi)
            }
        };
        Ok(to_decimal(x, low, high))
    }
}

/// An exact draw from the normal `(mu, sigma)` truncated to `[lo, hi]`, `mu` inside.
fn truncated_normal(rng: &mut SimRng, mu: f64, sigma: f64, lo: f64, hi: f64) -> f64 {
    let width = hi - lo;
    if width >= 0.5 * sigma {
        for _ in 0..MAX_ATTEMPTS {
            let x = mu + sigma * standard_normal(rng);
            if (lo..=hi).contains(&x) {
                return x;
            }
        }
    } else {
        let two_var = 2.0 * sigma * sigma;
        for _ in 0..MAX_ATTEMPTS {
            let x = lo + rng.unit() * width;
            let d = x - mu;
            if rng.unit() < libm::exp(-(d * d) / two_var) {
                return x;
            }
        }
    }
    mu
}
