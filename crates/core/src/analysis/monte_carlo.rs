//! The Monte Carlo core: a chunked, cancellable runner that turns many sampled paths into
//! percentile bands per month and summary probabilities.
//!
//! A *model* is anything implementing [`PathModel`]: given a generator, it simulates one path
//! and records, in a [`PathOutput`], a value per month for each series of the [`McLayout`]
//! (e.g. the customer's cumulative cash against the baseline), one value per scalar (e.g. the
//! customer's NPV) and a yes/no per flag (e.g. "the vendor suspended service").
//!
//! **Reproducibility.** Run `i` draws from `SimRng::for_run(seed, i)`, so the result depends
//! only on the seed, the number of runs and the model, never on how the work was chunked.
//!
//! **Memory.** Only what the percentiles need is kept, exactly: per series and month, each
//! run's value in fixed point at the series' number of decimals, stored *compactly* as its
//! difference from what the run's two previous months predict ([`predict`]: the previous value
//! plus the previous change), in zigzag LEB128 varints (a month on trend takes one byte, an
//! error under ±$10,485 in cents three, where a plain `i64` took eight); one `i64` per run per
//! scalar; flags are only counted. Paths themselves are never stored. After the last run,
//! [`MonteCarloRun::summarise`] rebuilds each month's values in month order, sorts them, takes
//! the percentiles and frees that month's bytes, a few months per call so that a browser can
//! spread the work over short tasks; [`MonteCarloRun::finish`] does what is left and returns
//! the result. The bands are exactly those of the plain `i64` values (a unit test checks it).
//!
//! **Percentiles** use linear interpolation between closest ranks (the spreadsheet
//! `PERCENTILE.INC` rule, NumPy's default): for `n` sorted samples, the `p`-th percentile is at
//! rank `h = (n − 1) p / 100`, interpolated between `x[⌊h⌋]` and `x[⌊h⌋ + 1]`. Because samples are
//! fixed-point integers, this is computed exactly.
//!
//! **Chunking and cancelling.** [`MonteCarloRun::step`] does at most `n` more runs and reports
//! [`Progress`]; a UI calls it from a timer so the page stays responsive. Dropping the run
//! cancels it and frees everything.

use super::rng::SimRng;
use super::{invalid, AnalysisError, Input, Problem, Quantity, RunFailure};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// The percentiles reported in every [`Band`].
pub const PERCENTILES: [u32; 5] = [5, 25, 50, 75, 95];

/// The most runs in one Monte Carlo.
pub const MAX_RUNS: u32 = 1_000_000;

/// The most samples kept at once (runs × (series × months + scalars)): 16 million `i64`s, 128 MB.
pub const MAX_SAMPLES: u64 = 16_000_000;

/// The most decimals a series may keep: with 10, values up to about 9 × 10⁸ fit; money series
/// should keep 2 (cents), which allows values up to about 9 × 10¹⁶.
pub const MAX_DECIMALS: u32 = 10;

/// A series recorded every month, or a scalar recorded once per path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesSpec {
    pub id: String,
    pub label: String,
    /// Values are rounded to this many decimals (half away from zero) before percentiles.
    pub decimals: u32,
}

/// A yes/no outcome of a path, reported as a probability.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagSpec {
    pub id: String,
    pub label: String,
}

/// What each path records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct McLayout {
    pub months: usize,
    pub series: Vec<SeriesSpec>,
    pub scalars: Vec<SeriesSpec>,
    pub flags: Vec<FlagSpec>,
}

/// The seed and the number of runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct McConfig {
    pub seed: u64,
    pub runs: u32,
}

/// The five percentiles of one quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub p5: Decimal,
    pub p25: Decimal,
    pub p50: Decimal,
    pub p75: Decimal,
    pub p95: Decimal,
}

/// Percentile bands of one series, month by month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesBands {
    pub id: String,
    pub label: String,
    pub months: Vec<Band>,
}

/// The distribution of one scalar output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScalarSummary {
    pub id: String,
    pub label: String,
    pub band: Band,
    pub mean: Decimal,
    pub min: Decimal,
    pub max: Decimal,
}

/// How often a flag was set, over the successful runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Probability {
    pub id: String,
    pub label: String,
    pub count: u32,
    pub probability: Decimal,
}

/// Everything a finished Monte Carlo reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct McResult {
    pub seed: u64,
    pub runs: u32,
    pub succeeded: u32,
    pub failed: u32,
    /// The first failed run, for display.
    pub first_failure: Option<Box<RunFailure>>,
    pub series: Vec<SeriesBands>,
    pub scalars: Vec<ScalarSummary>,
    pub probabilities: Vec<Probability>,
}

/// How far a run has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub completed: u32,
    pub total: u32,
    pub failed: u32,
    pub done: bool,
}

impl Progress {
    /// The share of runs completed, for a progress bar.
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            f64::from(self.completed) / f64::from(self.total)
        }
    }
}

/// One path's recorded values, filled in by the model.
#[derive(Clone, Debug)]
pub struct PathOutput {
    months: usize,
    series: Vec<Option<Decimal>>,
    scalars: Vec<Option<Decimal>>,
    flags: Vec<bool>,
}

impl PathOutput {
    fn new(layout: &McLayout) -> Self {
        PathOutput {
            months: layout.months,
            series: vec![None; layout.series.len() * layout.months],
            scalars: vec![None; layout.scalars.len()],
            flags: vec![false; layout.flags.len()],
        }
    }

    fn clear(&mut self) {
        self.series.fill(None);
        self.scalars.fill(None);
        self.flags.fill(false);
    }

    /// The number of months each series has.
    pub fn months(&self) -> usize {
        self.months
    }

    /// Records series `series`'s value in month `month` (0-based). Months the model leaves
    /// unset carry the previous month's value forward (e.g. after a path that ended early).
    pub fn set(
        &mut self,
        series: usize,
        month: usize,
        value: Decimal,
    ) -> Result<(), AnalysisError> {
        let slot = if month < self.months {
            series
                .checked_mul(self.months)
                .and_then(|i| i.checked_add(month))
                .and_then(|i| self.series.get_mut(i))
        } else {
            None
        };
        match slot {
            Some(slot) => {
                *slot = Some(value);
                Ok(())
            }
            None => Err(invalid(
                Input::McOutput,
                Problem::SeriesOutside { series, month },
            )),
        }
    }

    /// Records scalar `scalar`'s value for this path.
    pub fn set_scalar(&mut self, scalar: usize, value: Decimal) -> Result<(), AnalysisError> {
        match self.scalars.get_mut(scalar) {
            Some(slot) => {
                *slot = Some(value);
                Ok(())
            }
            None => Err(invalid(Input::McOutput, Problem::ScalarOutside { scalar })),
        }
    }

    /// Sets or clears flag `flag` for this path.
    pub fn set_flag(&mut self, flag: usize, on: bool) -> Result<(), AnalysisError> {
        match self.flags.get_mut(flag) {
            Some(slot) => {
                *slot = on;
                Ok(())
            }
            None => Err(invalid(Input::McOutput, Problem::FlagOutside { flag })),
        }
    }
}

/// One sampled path of a model. A failed path is counted and skipped, not fatal.
pub trait PathModel {
    fn run(&mut self, rng: &mut SimRng, out: &mut PathOutput) -> Result<(), AnalysisError>;
}

impl<F> PathModel for F
where
    F: FnMut(&mut SimRng, &mut PathOutput) -> Result<(), AnalysisError>,
{
    fn run(&mut self, rng: &mut SimRng, out: &mut PathOutput) -> Result<(), AnalysisError> {
        self(rng, out)
    }
}

/// `value` as an integer count of `10^−decimals`, rounded half away from zero.
fn to_fixed(value: Decimal, decimals: u32) -> Option<i64> {
    // Engine amounts are mostly in cents already; rounding is then a no-op worth skipping.
    let rounded = if value.scale() <= decimals {
        value
    } else {
        value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
    };
    let widen = 10i128.checked_pow(decimals.checked_sub(rounded.scale())?)?;
    i64::try_from(rounded.mantissa().checked_mul(widen)?).ok()
}

/// The percentile `p` (in percent) of sorted fixed-point samples, as an exact `Decimal`.
fn percentile(sorted: &[i64], p: u32, decimals: u32) -> Option<Decimal> {
    let last = sorted.len().checked_sub(1)?;
    // The rank h = last·p/100 is split into its whole part and hundredths so that the
    // interpolation x[i] + (x[i+1] − x[i])·rem/100 stays in exact integer arithmetic.
    let scaled = u64::try_from(last).ok()?.checked_mul(u64::from(p))?;
    let index = usize::try_from(scaled / 100).ok()?;
    let rem = i128::from(scaled % 100);
    let lower = i128::from(*sorted.get(index)?);
    let upper = sorted.get(index + 1).map_or(lower, |&x| i128::from(x));
    let hundredths = lower
        .checked_mul(100)?
        .checked_add((upper - lower).checked_mul(rem)?)?;
    Decimal::try_from_i128_with_scale(hundredths, decimals.checked_add(2)?)
        .ok()
        .map(|d| d.normalize())
}

fn band(sorted: &[i64], decimals: u32) -> Option<Band> {
    let [a, b, c, d, e] = PERCENTILES.map(|p| percentile(sorted, p, decimals));
    Some(Band {
        p5: a?,
        p25: b?,
        p50: c?,
        p75: d?,
        p95: e?,
    })
}

/// A Monte Carlo in progress. See the module documentation.
pub struct MonteCarloRun<M> {
    config: McConfig,
    layout: McLayout,
    model: M,
    /// The runs this run does: all of them, or a part's (see [`MonteCarloRun::only`]).
    runs: std::ops::Range<u32>,
    next: u32,
    failed: u32,
    first_failure: Option<Box<RunFailure>>,
    out: PathOutput,
    scratch: Vec<i64>,
    /// `samples[s * months + m]` holds series `s`, month `m`: for each successful run, in run
    /// order, the varint of its change since month `m − 1` (since 0 for month 0).
    samples: Vec<Vec<u8>>,
    scalar_samples: Vec<Vec<i64>>,
    flag_counts: Vec<u32>,
    summary: Summary,
}

/// The bands computed so far, after the last run.
#[derive(Default)]
struct Summary {
    /// The next `samples` slot to summarise.
    next: usize,
    /// Each successful run's value of the current series in the last month summarised.
    current: Vec<i64>,
    /// The same a month earlier.
    before: Vec<i64>,
    sorted: Vec<i64>,
    /// Working space of [`radix_sort`].
    spare: Vec<i64>,
    bands: Vec<Band>,
    error: Option<AnalysisError>,
}

/// Sorts `values` ascending, with `spare` as working space: a least-significant-digit radix
/// sort on the eight bytes of each value, the sign bit flipped so that negative values come
/// first. For thousands of runs this is eight linear passes at most, where a comparison sort
/// needs about log₂ n comparisons per value. A pass whose byte is the same in every value
/// changes nothing and is skipped, so amounts that fit in a few bytes take a few passes.
fn radix_sort(values: &mut Vec<i64>, spare: &mut Vec<i64>) {
    // The byte at `shift` of the value with its sign bit flipped: unsigned order of the
    // flipped values is signed order of the values.
    let digit = |value: i64, shift: u32| usize::from((((value as u64) ^ (1 << 63)) >> shift) as u8);
    for shift in (0..64).step_by(8) {
        let mut counts = [0usize; 256];
        for &value in values.iter() {
            if let Some(count) = counts.get_mut(digit(value, shift)) {
                *count += 1;
            }
        }
        if counts.contains(&values.len()) {
            continue;
        }
        // Each digit's first slot in the output: the number of values with a smaller digit.
        let mut start = 0;
        for count in counts.iter_mut() {
            let n = *count;
            *count = start;
            start += n;
        }
        spare.clear();
        spare.resize(values.len(), 0);
        for &value in values.iter() {
            if let Some(next) = counts.get_mut(digit(value, shift)) {
                if let Some(slot) = spare.get_mut(*next) {
                    *slot = value;
                }
                *next += 1;
            }
        }
        std::mem::swap(values, spare);
    }
}

/// The value month `month` of a series is predicted to take from the two months before it
/// (`prev`, `prev2`): nothing in month 0, the previous value in month 1, then the previous
/// value plus the previous change (`2·prev − prev2`). Cumulative cash and arrears mostly move
/// by the same amount month after month, so what is stored, the value minus its prediction,
/// is mostly zero or small.
fn predict(month: usize, prev: i64, prev2: i64) -> i128 {
    match month {
        0 => 0,
        1 => i128::from(prev),
        _ => 2 * i128::from(prev) - i128::from(prev2),
    }
}

/// Appends `x` as a zigzag LEB128 varint (small magnitudes of either sign take few bytes).
fn put_varint(buf: &mut Vec<u8>, x: i128) {
    let mut z = ((x << 1) ^ (x >> 127)) as u128;
    loop {
        let byte = (z & 0x7f) as u8;
        z >>= 7;
        if z == 0 {
            buf.push(byte);
            return;
        }
        buf.push(byte | 0x80);
    }
}

/// Reads the varint at `*pos`, advancing it; `None` if the bytes end early.
fn get_varint(buf: &[u8], pos: &mut usize) -> Option<i128> {
    let mut z: u128 = 0;
    let mut shift = 0u32;
    loop {
        let byte = *buf.get(*pos)?;
        *pos += 1;
        z |= u128::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some((z >> 1) as i128 ^ -((z & 1) as i128));
        }
        shift += 7;
    }
}

impl<M: PathModel> MonteCarloRun<M> {
    /// Prepares a run, checking the layout and that the samples fit the memory budget.
    pub fn new(config: McConfig, layout: McLayout, model: M) -> Result<Self, AnalysisError> {
        if config.runs == 0 || config.runs > MAX_RUNS {
            return Err(invalid(
                Input::McRuns,
                Problem::Runs {
                    runs: config.runs,
                    max: MAX_RUNS,
                },
            ));
        }
        if let Some(bad) = layout
            .series
            .iter()
            .chain(&layout.scalars)
            .find(|s| s.decimals > MAX_DECIMALS)
        {
            return Err(invalid(
                Input::Output {
                    id: bad.id.clone(),
                    label: bad.label.clone(),
                },
                Problem::Decimals {
                    decimals: bad.decimals,
                    max: MAX_DECIMALS,
                },
            ));
        }
        let per_run = (layout.series.len() as u64)
            .saturating_mul(layout.months as u64)
            .saturating_add(layout.scalars.len() as u64);
        let total = per_run.saturating_mul(u64::from(config.runs));
        if total > MAX_SAMPLES {
            return Err(invalid(
                Input::McRuns,
                Problem::TooManySamples {
                    runs: config.runs,
                    samples: total,
                    max: MAX_SAMPLES,
                    most_runs: MAX_SAMPLES / per_run.max(1),
                },
            ));
        }
        let capacity = config.runs as usize;
        let cells = layout.series.len() * layout.months;
        Ok(MonteCarloRun {
            out: PathOutput::new(&layout),
            scratch: Vec::with_capacity(cells + layout.scalars.len()),
            // A byte a run to start with (every value takes at least one), grown by a quarter
            // at a time (see `one_run`), so that little capacity is ever left unused.
            samples: (0..cells).map(|_| Vec::with_capacity(capacity)).collect(),
            scalar_samples: (0..layout.scalars.len())
                .map(|_| Vec::with_capacity(capacity))
                .collect(),
            flag_counts: vec![0; layout.flags.len()],
            summary: Summary::default(),
            config,
            layout,
            model,
            runs: 0..config.runs,
            next: 0,
            failed: 0,
            first_failure: None,
        })
    }

    /// Keeps only the runs in `runs` (by run index): a part of the Monte Carlo. Run `i` draws
    /// from `(seed, i)` whatever part runs it, so the parts' samples, concatenated in run
    /// order, are the samples of a run in one go ([`MonteCarloRun::merge`]).
    pub fn only(mut self, runs: std::ops::Range<u32>) -> Self {
        debug_assert_eq!(self.next, 0, "an unstarted run");
        let end = runs.end.min(self.config.runs);
        let start = runs.start.min(end);
        let capacity = (end - start) as usize;
        for store in &mut self.samples {
            *store = Vec::with_capacity(capacity);
        }
        for store in &mut self.scalar_samples {
            *store = Vec::with_capacity(capacity);
        }
        self.runs = start..end;
        self.next = start;
        self
    }

    /// What the part did, to merge with the other parts in [`MonteCarloRun::merge`].
    pub fn finish_part(self) -> McPart {
        McPart {
            runs: self.runs.start..self.next,
            failed: self.failed,
            first_failure: self.first_failure,
            flag_counts: self.flag_counts,
            samples: McSamples {
                series: self.samples,
                scalars: self.scalar_samples,
            },
        }
    }

    /// Bytes the kept samples take now (capacity, not length: what the allocator holds).
    pub fn sample_bytes(&self) -> usize {
        let series: usize = self.samples.iter().map(Vec::capacity).sum();
        let scalars: usize = self.scalar_samples.iter().map(Vec::capacity).sum();
        series + scalars * std::mem::size_of::<i64>()
    }

    /// How far the run has got.
    pub fn progress(&self) -> Progress {
        Progress {
            completed: self.next - self.runs.start,
            total: self.runs.end - self.runs.start,
            failed: self.failed,
            done: self.next >= self.runs.end,
        }
    }

    /// Does up to `n_runs` more runs.
    pub fn step(&mut self, n_runs: u32) -> Progress {
        let end = self.next.saturating_add(n_runs).min(self.runs.end);
        while self.next < end {
            let index = self.next;
            self.next += 1;
            if let Err(e) = self.one_run(index) {
                self.failed += 1;
                self.first_failure.get_or_insert_with(|| {
                    Box::new(RunFailure {
                        run: index + 1,
                        error: e,
                    })
                });
            }
        }
        self.progress()
    }

    /// Runs path `index` and, if it succeeds, keeps its samples.
    fn one_run(&mut self, index: u32) -> Result<(), AnalysisError> {
        let mut rng = SimRng::for_run(self.config.seed, u64::from(index));
        self.out.clear();
        self.model.run(&mut rng, &mut self.out)?;

        // Convert everything first, so that a failure leaves no partial samples behind.
        self.scratch.clear();
        let months = self.layout.months;
        for (s, spec) in self.layout.series.iter().enumerate() {
            let mut last = None;
            for m in 0..months {
                let value = self
                    .out
                    .series
                    .get(s * months + m)
                    .copied()
                    .flatten()
                    .or(last);
                let output = || Input::Output {
                    id: spec.id.clone(),
                    label: spec.label.clone(),
                };
                let value = value.ok_or_else(|| {
                    invalid(output(), Problem::NotRecordedForMonth { month: m + 1 })
                })?;
                last = Some(value);
                self.scratch.push(
                    to_fixed(value, spec.decimals)
                        .ok_or_else(|| invalid(output(), Problem::TooLargeToKeep { value }))?,
                );
            }
        }
        for (spec, value) in self.layout.scalars.iter().zip(&self.out.scalars) {
            let output = || Input::Output {
                id: spec.id.clone(),
                label: spec.label.clone(),
            };
            let value = value.ok_or_else(|| invalid(output(), Problem::NotRecorded))?;
            self.scratch.push(
                to_fixed(value, spec.decimals)
                    .ok_or_else(|| invalid(output(), Problem::TooLargeToKeep { value }))?,
            );
        }

        let (series_part, scalar_part) = self.scratch.split_at(self.samples.len());
        for (slot, (store, &x)) in self.samples.iter_mut().zip(series_part).enumerate() {
            // What the previous two months predict (see `predict`), from this run's values.
            let month = slot % months.max(1);
            let back = |k: usize| match month >= k {
                true => series_part.get(slot - k).copied().unwrap_or(0),
                false => 0,
            };
            let predicted = predict(month, back(1), back(2));
            // A varint takes at most 19 bytes; grow by a quarter rather than double, so the
            // unused capacity stays under a fifth of what is kept.
            if store.capacity() - store.len() < 19 {
                store.reserve_exact(store.capacity() / 4 + 64);
            }
            put_varint(store, i128::from(x) - predicted);
        }
        for (store, &x) in self.scalar_samples.iter_mut().zip(scalar_part) {
            store.push(x);
        }
        for (count, &on) in self.flag_counts.iter_mut().zip(&self.out.flags) {
            if on {
                *count += 1;
            }
        }
        Ok(())
    }

    /// Runs everything that is left and returns the result.
    pub fn run_to_end(mut self) -> Result<McResult, AnalysisError> {
        self.step(u32::MAX);
        self.finish()
    }

    /// After the last run, computes the bands of up to `months` more series-months (each a
    /// sort of one value per run) and frees their samples; returns true when every band is
    /// done. Before the last run it does nothing and returns false. A browser calls it in
    /// short slices after [`MonteCarloRun::step`] so that no single task sorts everything.
    pub fn summarise(&mut self, months: usize) -> bool {
        if self.next < self.config.runs {
            return false;
        }
        let per_series = self.layout.months.max(1);
        let sm = &mut self.summary;
        for _ in 0..months {
            let slot = sm.next;
            let Some(bytes) = self.samples.get_mut(slot) else {
                break;
            };
            let bytes = std::mem::take(bytes);
            sm.next += 1;
            if sm.error.is_some() {
                continue;
            }
            let month = slot % per_series;
            if month == 0 {
                sm.current.clear();
                sm.before.clear();
            }
            let mut pos = 0;
            let mut i = 0;
            while pos < bytes.len() {
                let prev = sm.current.get(i).copied().unwrap_or(0);
                let prev2 = sm.before.get(i).copied().unwrap_or(0);
                let value = get_varint(&bytes, &mut pos).and_then(|residual| {
                    i64::try_from(predict(month, prev, prev2) + residual).ok()
                });
                let Some(value) = value else {
                    sm.error = Some(AnalysisError::Overflow(Quantity::StoredSample));
                    break;
                };
                match (sm.current.get_mut(i), sm.before.get_mut(i)) {
                    (Some(c), Some(b)) => {
                        *b = *c;
                        *c = value;
                    }
                    _ => {
                        sm.before.push(prev);
                        sm.current.push(value);
                    }
                }
                i += 1;
            }
            sm.sorted.clear();
            sm.sorted.extend_from_slice(&sm.current);
            radix_sort(&mut sm.sorted, &mut sm.spare);
            let decimals = self
                .layout
                .series
                .get(slot / per_series)
                .map_or(0, |spec| spec.decimals);
            match band(&sm.sorted, decimals) {
                Some(b) => sm.bands.push(b),
                None => sm.error = Some(AnalysisError::Overflow(Quantity::Percentile)),
            }
        }
        self.summary.next >= self.samples.len()
    }

    /// The result, once every run is done. Consumes the run and frees its samples.
    pub fn finish(mut self) -> Result<McResult, AnalysisError> {
        if self.next < self.config.runs || self.runs.start != 0 {
            return Err(AnalysisError::NotFinished {
                completed: self.next,
                total: self.config.runs,
            });
        }
        let succeeded = self.config.runs - self.failed;
        if succeeded == 0 {
            debug_assert!(
                self.first_failure.is_some(),
                "a failed run keeps its failure"
            );
            if let Some(first) = self.first_failure {
                return Err(AnalysisError::AllRunsFailed(first));
            }
        }
        self.summarise(usize::MAX);
        if let Some(e) = self.summary.error.take() {
            return Err(e);
        }
        let overflow = AnalysisError::Overflow;
        let months = self.layout.months;
        let mut all_bands = std::mem::take(&mut self.summary.bands).into_iter();
        let mut series = Vec::with_capacity(self.layout.series.len());
        for spec in self.layout.series {
            let bands: Vec<Band> = all_bands.by_ref().take(months).collect();
            if bands.len() != months {
                return Err(overflow(Quantity::Percentile));
            }
            series.push(SeriesBands {
                id: spec.id,
                label: spec.label,
                months: bands,
            });
        }
        let mut scalars = Vec::with_capacity(self.layout.scalars.len());
        let mut spare = std::mem::take(&mut self.summary.spare);
        for (spec, mut values) in self.layout.scalars.into_iter().zip(self.scalar_samples) {
            radix_sort(&mut values, &mut spare);
            let sum: i128 = values.iter().map(|&x| i128::from(x)).sum();
            let mean = Decimal::try_from_i128_with_scale(sum, spec.decimals)
                .ok()
                .and_then(|total| total.checked_div(Decimal::from(succeeded)))
                .ok_or_else(|| overflow(Quantity::Mean))?;
            let fixed = |x: Option<&i64>| {
                x.and_then(|&x| {
                    Decimal::try_from_i128_with_scale(i128::from(x), spec.decimals).ok()
                })
                .ok_or_else(|| overflow(Quantity::MinimumOrMaximum))
            };
            scalars.push(ScalarSummary {
                band: band(&values, spec.decimals).ok_or_else(|| overflow(Quantity::Percentile))?,
                mean,
                min: fixed(values.first())?,
                max: fixed(values.last())?,
                id: spec.id,
                label: spec.label,
            });
        }
        let mut probabilities = Vec::with_capacity(self.layout.flags.len());
        for (spec, count) in self.layout.flags.into_iter().zip(self.flag_counts) {
            probabilities.push(Probability {
                id: spec.id,
                label: spec.label,
                count,
                probability: Decimal::from(count)
                    .checked_div(Decimal::from(succeeded))
                    .ok_or_else(|| overflow(Quantity::Probability))?,
            });
        }
        Ok(McResult {
            seed: self.config.seed,
            runs: self.config.runs,
            succeeded,
            failed: self.failed,
            first_failure: self.first_failure,
            series,
            scalars,
            probabilities,
        })
    }
}

/// What a part of a Monte Carlo did (see [`MonteCarloRun::only`]): its runs, its failures
/// and flag counts, and its samples, each run's in run order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct McPart {
    pub runs: std::ops::Range<u32>,
    pub failed: u32,
    pub first_failure: Option<Box<RunFailure>>,
    pub flag_counts: Vec<u32>,
    /// Not serialised with the rest: megabytes, which travel as raw bytes
    /// ([`McSamples::encode`]).
    #[serde(skip)]
    pub samples: McSamples,
}

/// A part's samples: per series and month, the compact varints of each successful run in run
/// order (see the module documentation); per scalar, each successful run's fixed-point value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct McSamples {
    pub series: Vec<Vec<u8>>,
    pub scalars: Vec<Vec<i64>>,
}

impl McSamples {
    /// The samples as bytes: the count of series slots, then each slot's length and bytes;
    /// the count of scalars, then each one's count of values and the values; every number
    /// little-endian, counts as `u64`.
    pub fn encode(&self) -> Vec<u8> {
        let series: usize = self.series.iter().map(|s| s.len() + 8).sum();
        let scalars: usize = self.scalars.iter().map(|s| s.len() * 8 + 8).sum();
        let mut out = Vec::with_capacity(16 + series + scalars);
        out.extend_from_slice(&(self.series.len() as u64).to_le_bytes());
        for slot in &self.series {
            out.extend_from_slice(&(slot.len() as u64).to_le_bytes());
            out.extend_from_slice(slot);
        }
        out.extend_from_slice(&(self.scalars.len() as u64).to_le_bytes());
        for values in &self.scalars {
            out.extend_from_slice(&(values.len() as u64).to_le_bytes());
            for value in values {
                out.extend_from_slice(&value.to_le_bytes());
            }
        }
        out
    }

    /// The samples [`McSamples::encode`] wrote; `None` for bytes it did not write.
    pub fn decode(bytes: &[u8]) -> Option<McSamples> {
        let mut reader = Reader(bytes);
        let slots = reader.count()?;
        let mut series = Vec::with_capacity(slots.min(bytes.len()));
        for _ in 0..slots {
            let n = reader.count()?;
            series.push(reader.take(n)?.to_vec());
        }
        let scalar_count = reader.count()?;
        let mut scalars = Vec::with_capacity(scalar_count.min(bytes.len()));
        for _ in 0..scalar_count {
            let n = reader.count()?;
            let raw = reader.take(n.checked_mul(8)?)?;
            let mut values = Vec::with_capacity(n);
            for chunk in raw.chunks_exact(8) {
                values.push(i64::from_le_bytes(chunk.try_into().ok()?));
            }
            scalars.push(values);
        }
        reader.0.is_empty().then_some(McSamples { series, scalars })
    }
}

/// Reads [`McSamples::encode`]'s bytes from the front.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, tail) = self.0.split_at_checked(n)?;
        self.0 = tail;
        Some(head)
    }

    fn count(&mut self) -> Option<usize> {
        let head = self.take(8)?;
        usize::try_from(u64::from_le_bytes(head.try_into().ok()?)).ok()
    }
}

/// The model of a merged Monte Carlo, whose runs were all done by its parts: it runs nothing.
pub struct Merged;

impl PathModel for Merged {
    fn run(&mut self, _: &mut SimRng, _: &mut PathOutput) -> Result<(), AnalysisError> {
        Err(AnalysisError::NotFinished {
            completed: 0,
            total: 0,
        })
    }
}

impl MonteCarloRun<Merged> {
    /// The Monte Carlo of `parts` merged in run order, every run done, ready for
    /// [`MonteCarloRun::summarise`] and [`MonteCarloRun::finish`]: each series-month's bytes
    /// and each scalar's values concatenated, failures and flags added up, the first failure
    /// the earliest. Since every run's samples are its own (a run's varints are predicted from
    /// its own earlier months), the result is the one of a run in one go. A part missing, out
    /// of order or with another layout leaves the merge unfinished.
    pub fn merge(
        config: McConfig,
        layout: McLayout,
        parts: Vec<McPart>,
    ) -> Result<MonteCarloRun<Merged>, AnalysisError> {
        let mut run = MonteCarloRun::new(config, layout, Merged)?;
        for part in parts {
            let fits = part.runs.start == run.next
                && part.samples.series.len() == run.samples.len()
                && part.samples.scalars.len() == run.scalar_samples.len()
                && part.flag_counts.len() == run.flag_counts.len();
            if !fits {
                break;
            }
            for (store, bytes) in run.samples.iter_mut().zip(part.samples.series) {
                store.extend_from_slice(&bytes);
            }
            for (store, values) in run.scalar_samples.iter_mut().zip(part.samples.scalars) {
                store.extend_from_slice(&values);
            }
            for (count, added) in run.flag_counts.iter_mut().zip(part.flag_counts) {
                *count += added;
            }
            run.failed += part.failed;
            if run.first_failure.is_none() {
                run.first_failure = part.first_failure;
            }
            run.next = part.runs.end;
        }
        if run.next < config.runs {
            return Err(AnalysisError::NotFinished {
                completed: run.next,
                total: config.runs,
            });
        }
        Ok(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model whose runs fail when their first draw is a multiple of `every`, and otherwise
    /// record draws, so that parts meet failures at run indices they do not choose.
    fn sometimes_failing(
        every: u64,
    ) -> impl FnMut(&mut SimRng, &mut PathOutput) -> Result<(), AnalysisError> {
        move |rng: &mut SimRng, out: &mut PathOutput| {
            let first = rng.next_u64();
            if first % every == 0 {
                return Err(AnalysisError::Overflow(Quantity::Mean));
            }
            for m in 0..out.months() {
                out.set(
                    0,
                    m,
                    Decimal::from(rng.next_u64() % 1000) - Decimal::from(500),
                )?;
            }
            out.set_scalar(0, Decimal::new((first % 100_000) as i64, 2))?;
            out.set_flag(0, first % 2 == 0)
        }
    }

    fn small_layout() -> McLayout {
        let spec = |id: &str| SeriesSpec {
            id: id.into(),
            label: id.into(),
            decimals: 2,
        };
        McLayout {
            months: 5,
            series: vec![spec("s")],
            scalars: vec![spec("x")],
            flags: vec![FlagSpec {
                id: "f".into(),
                label: "f".into(),
            }],
        }
    }

    #[test]
    fn parts_with_failed_runs_merge_to_the_run_in_one_go() {
        for (every, runs) in [(3, 100), (1, 20)] {
            let config = McConfig { seed: 11, runs };
            let one_go = MonteCarloRun::new(config, small_layout(), sometimes_failing(every))
                .and_then(MonteCarloRun::run_to_end);
            for parts in [1, 2, 3, 8] {
                let pieces = crate::analysis::split::split_runs(runs, parts)
                    .into_iter()
                    .map(|range| {
                        let model = sometimes_failing(every);
                        let mut part = MonteCarloRun::new(config, small_layout(), model)
                            .expect("run")
                            .only(range);
                        part.step(u32::MAX);
                        part.finish_part()
                    })
                    .collect();
                let merged = MonteCarloRun::merge(config, small_layout(), pieces)
                    .and_then(MonteCarloRun::finish);
                assert_eq!(merged, one_go, "every {every}, {parts} parts");
            }
        }
    }

    #[test]
    fn radix_sort_orders_signed_values() {
        let mut values = vec![5, -1, i64::MAX, 0, -300, i64::MIN, 5, 256, -256, 1];
        let mut spare = Vec::new();
        radix_sort(&mut values, &mut spare);
        assert_eq!(
            values,
            [i64::MIN, -300, -256, -1, 0, 1, 5, 5, 256, i64::MAX]
        );

        // Against the standard library's sort, on amounts of every width and sign from a
        // fixed linear congruential sequence, and on the empty and one-value lists.
        let mut state: u64 = 2023;
        for length in [0usize, 1, 2, 17, 1000, 4099] {
            let mut values: Vec<i64> = (0..length)
                .map(|i| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    // Shift by 0..63 bits so that small and large magnitudes both occur.
                    (state as i64) >> (i % 64)
                })
                .collect();
            let mut expected = values.clone();
            expected.sort_unstable();
            radix_sort(&mut values, &mut spare);
            assert_eq!(values, expected, "length {length}");
        }
    }

    #[test]
    fn varints_round_trip_at_every_magnitude() {
        let values = [
            0i128,
            1,
            -1,
            63,
            -64,
            64,
            1 << 20,
            -(1 << 40),
            i128::from(i64::MAX),
            i128::from(i64::MIN),
            i128::from(i64::MAX) - i128::from(i64::MIN),
            i128::from(i64::MIN) - i128::from(i64::MAX),
        ];
        let mut buf = Vec::new();
        for &x in &values {
            put_varint(&mut buf, x);
        }
        let mut pos = 0;
        for &x in &values {
            assert_eq!(get_varint(&buf, &mut pos), Some(x));
        }
        assert_eq!(pos, buf.len());
        // A change of zero takes one byte, a cent amount under $10,000 at most three.
        let mut small = Vec::new();
        put_varint(&mut small, 0);
        put_varint(&mut small, -999_999);
        assert_eq!(small.len(), 1 + 3);
        assert_eq!(get_varint(&[0x80], &mut 0), None);
    }

    #[test]
    fn compact_samples_give_the_bands_of_the_plain_values() {
        // Values that jump across the whole i64 range from month to month and run to run, so
        // that every delta width is exercised; the reference sorts the plain values.
        let months = 3;
        let value = |run: u64, month: u64| -> i64 {
            let h = (run + 1)
                .wrapping_mul(0x9e37_79b9_7f4a_7c15)
                .rotate_left(month as u32 * 17 + 5);
            match (run + month) % 4 {
                0 => (h % 1000) as i64 - 500,
                1 => h as i64 / 2,
                2 => -(h as i64 / 3),
                _ => 0,
            }
        };
        let layout = McLayout {
            months,
            series: vec![SeriesSpec {
                id: "x".into(),
                label: "x".into(),
                decimals: 0,
            }],
            scalars: vec![],
            flags: vec![],
        };
        let runs = 257u32;
        let mut counter = 0u64;
        let model = move |_: &mut SimRng, out: &mut PathOutput| -> Result<(), AnalysisError> {
            for m in 0..months {
                out.set(0, m, Decimal::from(value(counter, m as u64)))?;
            }
            counter += 1;
            Ok(())
        };
        let mut run = MonteCarloRun::new(McConfig { seed: 7, runs }, layout, model).unwrap();
        run.step(100);
        assert!(
            !run.summarise(1),
            "nothing to summarise before the last run"
        );
        run.step(u32::MAX);
        assert!(!run.summarise(1));
        let result = run.finish().unwrap();
        for m in 0..months {
            let mut plain: Vec<i64> = (0..u64::from(runs)).map(|r| value(r, m as u64)).collect();
            plain.sort_unstable();
            assert_eq!(
                result.series[0].months[m],
                band(&plain, 0).unwrap(),
                "month {m}"
            );
        }
    }
}
