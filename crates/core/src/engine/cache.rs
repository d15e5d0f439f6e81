//! What [`super::Simulator`] keeps between simulations: the parts of a simulation that depend
//! only on the pay-on-time baseline's inputs (the contract schedule, reciprocal runs,
//! operating flows, discount rates and factors) and the baseline itself.
//!
//! Analyses simulate hundreds or thousands of variants of one scenario, and most of their
//! parameters (payment behaviour, retaliation, settlement) do not touch the baseline: a
//! 41×41 sweep over the payment delay and the pay share computes its baseline once instead of
//! 1,681 times. Entries are found by an exact key: every input of the baseline, each decimal
//! in its full binary form (mantissa *and* scale), so `1.0` and `1.00`, which compare equal
//! but print differently, never share an entry and a cached result is bit-identical to a
//! fresh one.

use super::baseline::{reciprocal_baseline, ReciprocalBaseline};
use super::contract::{commitment_schedule, usage_schedule, Schedule};
use super::error::EngineError;
use super::npv::{discount_factors, monthly_rate};
use super::run::{operations_plan, reciprocal_plan, OpsMonth, RecPlan, RunResult};
use crate::model::{FlowKind, Frequency, RateConvention, Scenario, TrueUpBasis};
use rust_decimal::Decimal;
use std::collections::VecDeque;

/// Entries kept: enough for a sweep whose x axis (up to 41 values) changes the baseline while
/// its y axis does not, so that every row after the first finds its 41 baselines. An entry
/// of a 66-month scenario is about 6 KB.
const CAPACITY: usize = 48;

/// The inputs of the baseline, as a flat list of words compared exactly.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) struct PlanKey {
    words: Vec<u128>,
    hash: u64,
}

impl PlanKey {
    fn dec(&mut self, d: Decimal) {
        self.words.push(u128::from_le_bytes(d.serialize()));
    }

    fn num(&mut self, n: u64) {
        self.words.push(u128::from(n));
    }

    /// The key of `s`. Every field the baseline or [`Prepared`] reads is listed here; a test
    /// (`cache_key_covers_every_baseline_input`) changes each scenario field in turn and
    /// checks that the cached and uncached simulations still agree.
    pub fn of(s: &Scenario) -> PlanKey {
        let mut k = PlanKey {
            words: Vec::with_capacity(48),
            hash: 0,
        };
        k.num(u64::from(s.horizon_months));
        k.num(u64::from(s.start.month));
        k.num(s.start.year as u64);
        for party in [&s.customer, &s.vendor] {
            k.dec(party.cash_on_hand);
            k.dec(party.discount_rate);
            k.num(match party.rate_convention {
                RateConvention::Nominal => 0,
                RateConvention::Effective => 1,
            });
        }
        let c = &s.contract;
        k.dec(c.total_commitment);
        k.num(u64::from(c.term_months));
        k.dec(c.discount);
        k.num(match c.trueup {
            TrueUpBasis::TermEnd => 0,
            TrueUpBasis::ContractYear => 1,
        });
        k.num(u64::from(c.carry_forward));
        k.num(c.ramp.len() as u64);
        for w in &c.ramp {
            k.dec(*w);
        }
        k.dec(c.usage.start_share);
        k.num(c.usage.changes.len() as u64);
        for ch in &c.usage.changes {
            k.num(u64::from(ch.month));
            k.dec(ch.share);
        }
        k.num(u64::from(s.payment.net_days));
        k.num(s.reciprocal.len() as u64);
        for l in &s.reciprocal {
            k.num(match l.kind {
                FlowKind::Ad => 0,
                FlowKind::Data => 1,
                FlowKind::Other => 2,
            });
            k.dec(l.amount);
            k.dec(l.value_to_vendor);
            k.num(match l.frequency {
                Frequency::Monthly => 0,
                Frequency::Quarterly => 1,
            });
            k.num(u64::from(l.net_days));
        }
        let o = &s.operations;
        k.num(u64::from(o.closed));
        k.num(u64::from(o.closed_from_month));
        k.dec(o.saving_per_closed_monthly);
        k.dec(o.outage_probability_base);
        k.dec(o.outage_probability_per_closed);
        k.dec(o.outage_cost);
        k.dec(o.other_ad_revenue_monthly);
        // FNV-1a over the words, so that a lookup compares whole keys only on a likely hit.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for w in &k.words {
            for b in w.to_le_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        k.hash = h;
        k
    }
}

/// The parts of a plan that depend only on the key's inputs.
pub(crate) struct Prepared {
    pub schedule: Schedule,
    pub rec: Vec<RecPlan>,
    pub ops_before: OpsMonth,
    pub ops_after: OpsMonth,
    pub rate_customer: Decimal,
    pub rate_vendor: Decimal,
    pub df_customer: Vec<Decimal>,
    pub df_vendor: Vec<Decimal>,
    /// The baseline's reciprocal receipts per month and what it leaves open at the end.
    pub received: ReciprocalBaseline,
}

impl Prepared {
    /// Computes everything of `s` (validated) that the key covers.
    #[cfg(test)]
    pub fn of(s: &Scenario) -> Result<Prepared, EngineError> {
        Prepared::with(s, &mut Parts::default())
    }

    /// [`Prepared::of`], taking the discount factors and the commitment schedule from `parts`
    /// when they were computed for the same inputs (a Monte Carlo drawing the usage share
    /// misses the plan cache every run, but its rates, horizon and commitment stay put).
    pub fn with(s: &Scenario, parts: &mut Parts) -> Result<Prepared, EngineError> {
        let (ops_before, ops_after) = operations_plan(s)?;
        let (rate_customer, df_customer) = parts.factors(
            s.customer.discount_rate,
            s.customer.rate_convention,
            s.horizon_months,
        )?;
        let (rate_vendor, df_vendor) = parts.factors(
            s.vendor.discount_rate,
            s.vendor.rate_convention,
            s.horizon_months,
        )?;
        let rec = reciprocal_plan(s)?;
        Ok(Prepared {
            schedule: usage_schedule(s, parts.commitment(s)?)?,
            received: parts.received(s, &rec)?,
            rec,
            ops_before,
            ops_after,
            rate_customer,
            rate_vendor,
            df_customer,
            df_vendor,
        })
    }
}

/// The latest discount factors and commitment schedules, by their exact inputs.
#[derive(Default)]
pub(crate) struct Parts {
    /// `((rate, convention, horizon), monthly rate, factors)`, most recent last.
    factors: Vec<(FactorKey, Decimal, Vec<Decimal>)>,
    /// `(key words, schedule)`, most recent last.
    commitments: Vec<(Vec<u128>, Vec<Decimal>)>,
    /// `(key words, receipts)`, most recent last.
    received: Vec<(Vec<u128>, ReciprocalBaseline)>,
}

/// An annual rate in binary form, whether it is effective, and the horizon.
type FactorKey = (u128, bool, u32);

/// Entries [`Parts`] keeps of each kind (both parties' rates, a few contracts).
const PARTS: usize = 4;

impl Parts {
    fn factors(
        &mut self,
        rate: Decimal,
        convention: RateConvention,
        horizon: u32,
    ) -> Result<(Decimal, Vec<Decimal>), EngineError> {
        let key = (
            u128::from_le_bytes(rate.serialize()),
            convention == RateConvention::Effective,
            horizon,
        );
        if let Some((_, r, f)) = self.factors.iter().find(|(k, _, _)| *k == key) {
            return Ok((*r, f.clone()));
        }
        let monthly = monthly_rate(rate, convention)?;
        let factors = discount_factors(monthly, horizon)?;
        if self.factors.len() >= PARTS {
            self.factors.remove(0);
        }
        self.factors.push((key, monthly, factors.clone()));
        Ok((monthly, factors))
    }

    fn received(
        &mut self,
        s: &Scenario,
        rec: &[RecPlan],
    ) -> Result<ReciprocalBaseline, EngineError> {
        let mut key = vec![
            u128::from(s.horizon_months),
            u128::from(s.start.month),
            s.start.year as u128,
        ];
        for r in rec {
            key.push(u128::from_le_bytes(r.run.serialize()));
            key.push(u128::from(r.quarterly));
            key.push(u128::from(r.net_days));
        }
        if let Some((_, v)) = self.received.iter().find(|(k, _)| *k == key) {
            return Ok(v.clone());
        }
        let v = reciprocal_baseline(s, rec)?;
        if self.received.len() >= PARTS {
            self.received.remove(0);
        }
        self.received.push((key, v.clone()));
        Ok(v)
    }

    fn commitment(&mut self, s: &Scenario) -> Result<Vec<Decimal>, EngineError> {
        let c = &s.contract;
        let mut key = vec![
            u128::from_le_bytes(c.total_commitment.serialize()),
            u128::from(c.term_months),
            u128::from(s.start.month),
            s.start.year as u128,
        ];
        key.extend(c.ramp.iter().map(|w| u128::from_le_bytes(w.serialize())));
        if let Some((_, sched)) = self.commitments.iter().find(|(k, _)| *k == key) {
            return Ok(sched.clone());
        }
        let sched = commitment_schedule(s)?;
        if self.commitments.len() >= PARTS {
            self.commitments.remove(0);
        }
        self.commitments.push((key, sched.clone()));
        Ok(sched)
    }
}

/// One cached scenario family: its prepared plan and, once computed, its baseline.
pub(crate) struct Entry {
    pub key: PlanKey,
    pub prepared: Prepared,
    pub baseline: Option<RunResult>,
}

/// A small cache of entries, most recently used last. A deque, because a Monte Carlo that
/// draws a baseline input misses on every run, and evicting from the front of a `Vec` moved
/// every entry each time.
#[derive(Default)]
pub(crate) struct PlanCache {
    entries: VecDeque<Entry>,
    parts: Parts,
}

impl PlanCache {
    /// The index of the entry for `key`, computing it with `make` when absent (and evicting
    /// the least recently used entry when full). The entry found is moved to the end.
    pub fn index_of(
        &mut self,
        key: PlanKey,
        make: impl FnOnce(&mut Parts) -> Result<Prepared, EngineError>,
    ) -> Result<usize, EngineError> {
        if let Some(i) = self
            .entries
            .iter()
            .rposition(|e| e.key.hash == key.hash && e.key == key)
        {
            let last = self.entries.len() - 1;
            if i != last {
                if let Some(e) = self.entries.remove(i) {
                    self.entries.push_back(e);
                }
            }
            return Ok(last);
        }
        let prepared = make(&mut self.parts)?;
        if self.entries.len() >= CAPACITY {
            self.entries.pop_front();
        }
        self.entries.push_back(Entry {
            key,
            prepared,
            baseline: None,
        });
        Ok(self.entries.len() - 1)
    }

    pub fn get(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut Entry> {
        self.entries.get_mut(i)
    }
}
