//! The seeded random number generator behind Monte Carlo.
//!
//! It wraps PCG-64 MCG (`rand_pcg::Pcg64Mcg`, 128-bit state, XSL-RR output): pure integer
//! arithmetic with no OS entropy, so it builds for wasm32 and gives the same stream for the same
//! seed on every platform. The state is built here from the seed with SplitMix64 rather than
//! through `SeedableRng::seed_from_u64`, so the stream depends on nothing but this file and the
//! PCG algorithm.
//!
//! Each Monte Carlo run gets its own generator derived from `(seed, run index)`; a run's draws
//! therefore do not depend on how the work was split into chunks or on earlier runs.

use rand_core::RngCore;
use rand_pcg::Pcg64Mcg;

/// SplitMix64's finaliser: a bijective mix of 64 bits, used to spread seeds apart.
pub fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A seeded, portable generator.
#[derive(Clone, Debug)]
pub struct SimRng(Pcg64Mcg);

impl SimRng {
    /// The generator for a seed.
    pub fn from_seed(seed: u64) -> Self {
        let high = splitmix64(seed);
        let low = splitmix64(high);
        SimRng(Pcg64Mcg::new((u128::from(high) << 64) | u128::from(low)))
    }

    /// The generator for run `run` of a Monte Carlo with seed `seed`.
    pub fn for_run(seed: u64, run: u64) -> Self {
        SimRng::from_seed(seed ^ splitmix64(run ^ 0xA076_1D64_78BD_642F))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// A uniform draw from `[0, 1)` with 53 random bits (every value a multiple of 2⁻⁵³).
    pub fn unit(&mut self) -> f64 {
        // The shift leaves 53 bits, which convert to f64 exactly; the product is exact too.
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A uniform draw from the open interval `(0, 1)`, safe to take a logarithm of.
    pub fn unit_open(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `true` with probability `p` (clamped to `[0, 1]`).
    pub fn bernoulli(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}
