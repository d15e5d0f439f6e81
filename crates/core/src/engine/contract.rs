//! The committed-spend contract: the commitment schedule, usage invoices and true-ups.
//!
//! - Flat schedule: every month of the term commits `total / term`.
//! - Ramp: contract year `y` (12 months from month 0; the last may be shorter) commits
//!   `total × w_y / Σw`, spread evenly over its months.
//! - Usage is measured at list price as a share of the month's scheduled commitment, and
//!   invoiced net of the discount: `invoice = round_cents(commitment × share × (1 − discount))`.
//!   Usage in months a settlement adds after the original term keeps the base of the last
//!   original month.
//! - True-up: at the end of each period (contract year, or the term), the shortfall
//!   `max(0, commitment_period − drawdown_period − carry_in)` is invoiced, rounded to cents.
//!   With carry-forward, `carry_out = max(0, drawdown + carry_in − commitment)`.

use super::error::{non_negative, Ck, EngineError, Quantity};
use crate::model::{round_cents, Scenario, TrueUpBasis};
use rust_decimal::Decimal;

const LINE_COMMIT: Quantity = Quantity::ContractCommitment;
const LINE_USAGE: Quantity = Quantity::UsageInvoice;

/// The contract's schedule, computed once per simulation and shared by all runs.
#[derive(Clone, Debug)]
pub(crate) struct Schedule {
    /// Scheduled commitment of each month of the original term.
    pub commitment: Vec<Decimal>,
    /// Usage invoice of each month of the horizon (zero-usage months included).
    pub usage_invoice: Vec<Decimal>,
}

/// Decimal places kept for quotients that do not terminate (a month's share of a year's
/// commitment, a month's share of a quarterly amount): a trillionth of a currency unit. The
/// remainders are given to the last month of each year, so sums stay exact; the rounding
/// keeps every later sum an exact addition of same-scale decimals, which is what makes a
/// 66-month simulation run in microseconds.
pub(crate) const QUOTIENT_DP: u32 = 12;

/// Rounds a non-terminating quotient to [`QUOTIENT_DP`] places, half away from zero.
pub(crate) fn quantize(x: Decimal) -> Decimal {
    if x.scale() <= QUOTIENT_DP {
        return x;
    }
    x.round_dp_with_strategy(
        QUOTIENT_DP,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    )
}

/// Builds the schedule of `s` (validated).
#[cfg(test)]
pub(crate) fn schedule(s: &Scenario) -> Result<Schedule, EngineError> {
    let commitment = commitment_schedule(s)?;
    usage_schedule(s, commitment)
}

/// The scheduled commitment of each month of the term of `s` (validated); it depends only on
/// the start, the total, the term and the ramp, so analyses varying anything else reuse it.
pub(crate) fn commitment_schedule(s: &Scenario) -> Result<Vec<Decimal>, EngineError> {
    let c = &s.contract;
    let term = c.term_months.max(1);
    let ck = Ck::new(s.start, 0);
    let mut commitment = Vec::with_capacity(usize::try_from(term).unwrap_or(0));
    let weights = c
        .ramp
        .iter()
        .try_fold(Decimal::ZERO, |acc, w| ck.add(LINE_COMMIT, acc, *w))?;
    let years = term.div_ceil(12);
    let mut committed = Decimal::ZERO;
    for year in 0..years {
        let first = year.saturating_mul(12);
        let months = term.saturating_sub(first).min(12);
        let ck = Ck::new(s.start, first);
        // The last year takes what the earlier ones left, so the years add up to the total
        // exactly whatever the rounding of each quotient.
        let year_total = if year + 1 == years {
            ck.sub(LINE_COMMIT, c.total_commitment, committed)?
        } else {
            let share = match usize::try_from(year).ok().and_then(|y| c.ramp.get(y)) {
                Some(w) => ck.div(
                    LINE_COMMIT,
                    ck.mul(LINE_COMMIT, c.total_commitment, *w)?,
                    weights,
                )?,
                None => ck.div(
                    LINE_COMMIT,
                    ck.mul(LINE_COMMIT, c.total_commitment, Decimal::from(months))?,
                    Decimal::from(term),
                )?,
            };
            quantize(share)
        };
        committed = ck.add(LINE_COMMIT, committed, year_total)?;
        // Likewise the year's last month takes the remainder of the year.
        let monthly = quantize(ck.div(LINE_COMMIT, year_total, Decimal::from(months))?);
        let before_last = ck.mul(
            LINE_COMMIT,
            monthly,
            Decimal::from(months.saturating_sub(1)),
        )?;
        for _ in 1..months {
            commitment.push(monthly);
        }
        commitment.push(ck.sub(LINE_COMMIT, year_total, before_last)?);
    }
    Ok(commitment)
}

/// The schedule of `s` (validated) from its commitment schedule: adds the usage invoices.
pub(crate) fn usage_schedule(
    s: &Scenario,
    commitment: Vec<Decimal>,
) -> Result<Schedule, EngineError> {
    let c = &s.contract;
    let ck = Ck::new(s.start, 0);
    let net_factor = ck.sub(LINE_USAGE, Decimal::ONE, c.discount)?;
    // In month order, changes of the same month in their listed order (the last one wins).
    // Each goes in after every change of an earlier or equal month: a stable insertion sort of
    // a handful of items, which spares the binary a general stable sort (about 3 KB of
    // WebAssembly).
    let mut changes: Vec<(u32, Decimal)> = Vec::with_capacity(c.usage.changes.len());
    for ch in &c.usage.changes {
        let at = changes.partition_point(|(m, _)| *m <= ch.month);
        changes.insert(at, (ch.month, ch.share));
    }
    let mut changes = changes.into_iter().peekable();
    let mut share = c.usage.start_share;
    let last_base = commitment.last().copied().unwrap_or(Decimal::ZERO);
    let mut usage_invoice = Vec::with_capacity(usize::try_from(s.horizon_months).unwrap_or(0));
    for m in 0..s.horizon_months {
        while let Some((_, sh)) = changes.next_if(|(cm, _)| *cm <= m) {
            share = sh;
        }
        let ck = Ck::new(s.start, m);
        let base = usize::try_from(m)
            .ok()
            .and_then(|i| commitment.get(i))
            .copied()
            .unwrap_or(last_base);
        let list = ck.mul(LINE_USAGE, base, share)?;
        usage_invoice.push(round_cents(ck.mul(LINE_USAGE, list, net_factor)?));
    }
    Ok(Schedule {
        commitment,
        usage_invoice,
    })
}

/// Whether month `m` closes a true-up period of a contract whose term is `term` months.
pub(crate) fn is_period_end(m: u32, term: u32, basis: TrueUpBasis) -> bool {
    let term_end = m.saturating_add(1) == term;
    match basis {
        TrueUpBasis::TermEnd => term_end,
        TrueUpBasis::ContractYear => term_end || (m.saturating_add(1)) % 12 == 0,
    }
}

/// The running true-up period, kept as one number: `commitment − drawdown − carry` so far.
/// One running difference costs one addition and one subtraction a month, where separate
/// sums of commitment and drawdown took two additions a month plus two more operations for
/// the shortfall the monthly report shows.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Period {
    uncovered: Decimal,
}

impl Period {
    /// Adds a month's commitment and drawdown.
    pub fn accrue(
        &mut self,
        ck: Ck,
        commitment: Decimal,
        drawdown: Decimal,
    ) -> Result<(), EngineError> {
        let with_commitment = ck.add(LINE_COMMIT, self.uncovered, commitment)?;
        self.uncovered = ck.sub(LINE_USAGE, with_commitment, drawdown)?;
        Ok(())
    }

    /// `max(0, commitment − drawdown − carry)`: the shortfall if the period ended now.
    pub fn shortfall(&self) -> Decimal {
        non_negative(self.uncovered)
    }

    /// Closes the period: returns the true-up invoice (cents) and starts the next period,
    /// which begins with the carry `max(0, drawdown + carry − commitment)` when carry-forward
    /// is on.
    pub fn close(&mut self, carry_forward: bool) -> Decimal {
        let trueup = round_cents(self.shortfall());
        // Unary minus cannot overflow: the decimal range is symmetric.
        let over = non_negative(-self.uncovered);
        self.uncovered = if carry_forward && !over.is_zero() {
            -over
        } else {
            Decimal::ZERO
        };
        trueup
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;
    use rust_decimal_macros::dec;

    #[test]
    fn ramp_spreads_each_year_over_its_months() {
        let mut s = Scenario::default();
        s.contract.total_commitment = dec!(1800);
        s.contract.term_months = 18;
        s.contract.ramp = vec![dec!(1), dec!(2)];
        s.horizon_months = 18;
        let sch = schedule(&s).unwrap();
        // Year 1 commits 1800 × 1/3 = 600 over 12 months = 50 a month; year 2 (6 months)
        // commits 1200, i.e. 200 a month.
        assert_eq!(sch.commitment.first(), Some(&dec!(50)));
        assert_eq!(sch.commitment.get(12), Some(&dec!(200)));
        assert_eq!(sch.commitment.len(), 18);
    }

    #[test]
    fn period_shortfall_true_up_and_carry() {
        let ck = Ck::new(crate::model::YearMonth::default(), 0);
        // Twelve months of 100 committed and 90 used: the true-up is 12 × 10 = 120.
        let mut p = Period::default();
        for _ in 0..12 {
            p.accrue(ck, dec!(100), dec!(90)).unwrap();
        }
        assert_eq!(p.shortfall(), dec!(120));
        assert_eq!(p.close(true), dec!(120));
        // Twelve months of 100 committed and 110 used: no true-up, 120 carried forward.
        for _ in 0..12 {
            p.accrue(ck, dec!(100), dec!(110)).unwrap();
        }
        assert_eq!(p.shortfall(), dec!(0));
        assert_eq!(p.close(true), dec!(0));
        // The carry covers the first 120 of the next period's shortfall: 1200 − 0 − 120.
        for _ in 0..12 {
            p.accrue(ck, dec!(100), dec!(0)).unwrap();
        }
        assert_eq!(p.close(false), dec!(1080));
        // Without carry-forward the next period starts from nothing: a third of a cent
        // rounds down.
        p.accrue(ck, dec!(0.003333), dec!(0)).unwrap();
        assert_eq!(p.close(false), dec!(0.00));
    }

    #[test]
    fn period_end_months() {
        assert!(is_period_end(11, 66, TrueUpBasis::ContractYear));
        assert!(!is_period_end(12, 66, TrueUpBasis::ContractYear));
        assert!(is_period_end(65, 66, TrueUpBasis::ContractYear));
        assert!(!is_period_end(11, 66, TrueUpBasis::TermEnd));
        assert!(is_period_end(65, 66, TrueUpBasis::TermEnd));
    }
}
