//! The month-by-month simulation of a standoff between a customer and its vendor.
//!
//! [`simulate`] validates the scenario, runs it, runs the pay-on-time baseline (and, when the
//! scenario has a settlement, the same scenario without it), and assembles a [`Report`].
//! Every formula and convention is documented in `docs/model.md`.
//!
//! This module is sans-IO: no web crate, no clock, no randomness. Probabilistic events
//! (outages, lawsuits) enter as expected values; sampling belongs to the Monte Carlo analysis.
//! All arithmetic on money and rates is checked: an overflow is an [`EngineError`] naming the
//! line and month, never a panic.

mod allocation;
mod arrears;
mod baseline;
mod cache;
mod contract;
mod error;
mod exact_sum;
pub mod npv;
mod portfolio;
mod report;
mod retaliation;
mod run;
mod withholding;

pub use error::{EngineError, Quantity};
pub use npv::{monthly_rate, npv, npv_month0};
pub use portfolio::{
    simulate_portfolio, simulate_portfolio_in_order, BudgetShare, PortfolioReport,
};
pub use report::{
    Baseline, Event, EventDetail, EventKind, Line, LineFlow, LineFlows, MonthReport, PartyMonth,
    PartyTotals, Report, SettlementComparison, Totals, TriggerSeen,
};
pub use withholding::{
    leverage_order, ranking, withholding_cost, withholding_costs, WithholdingCost,
};

use crate::model::{validate_terms, Scenario};
use cache::{PlanCache, PlanKey, Prepared};
use error::Ck;
use run::{lumps_plan, run_actual, run_without_settlement, Plan};
use rust_decimal::Decimal;

/// How much of the [`Report`] a simulation builds. Every level computes the same figures
/// the same way; the lighter ones only leave out what an analysis does not read, and a test
/// (`tests/engine_detail.rs`) checks that what they keep is identical to the full report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Detail {
    /// Everything: monthly detail with each line's flow, and the events.
    #[default]
    Full,
    /// Monthly figures without the line-by-line flows (`PartyMonth::lines` is empty).
    Monthly,
    /// Totals, baseline, settlement comparison and events; no months.
    Totals,
}

/// Everything computed once per simulation and shared by its runs (`s` is validated).
#[cfg(test)]
pub(crate) fn plan<'a>(s: &'a Scenario, prepared: &'a Prepared) -> Result<Plan<'a>, EngineError> {
    plan_with(s, prepared, Detail::Full)
}

fn plan_with<'a>(
    s: &'a Scenario,
    p: &'a Prepared,
    detail: Detail,
) -> Result<Plan<'a>, EngineError> {
    Ok(Plan {
        s,
        schedule: &p.schedule,
        lumps: lumps_plan(s)?,
        rec: &p.rec,
        ops_before: p.ops_before,
        ops_after: p.ops_after,
        rate_customer: p.rate_customer,
        rate_vendor: p.rate_vendor,
        df_customer: &p.df_customer,
        df_vendor: &p.df_vendor,
        received: &p.received.received,
        received_open_at_end: p.received.open_at_end,
        detail,
    })
}

/// The customer's expected outage cost by month of `s` (a function of the 0-based month
/// index): the engine's [`Line::OutageRisk`] flow as a positive amount, for models that sample
/// outages from a report built without line-by-line flows.
pub fn expected_outage_costs(s: &Scenario) -> Result<impl Fn(u32) -> Decimal, EngineError> {
    let (before, after) = run::operations_plan(s)?;
    let (from, closed) = (s.operations.closed_from_month, s.operations.closed);
    Ok(move |month: u32| {
        if month >= from && closed > 0 {
            after.outage
        } else {
            before.outage
        }
    })
}

/// Simulates `s` month by month. Returns [`EngineError::Invalid`] with every validation
/// error, or [`EngineError::Overflow`] if a value exceeds exact decimal range.
///
/// Successive calls on one thread share a [`Simulator`], so a scenario whose baseline inputs
/// did not change since a recent call (a slider over the payment behaviour, retaliation or
/// settlement) reuses its contract schedule, discount factors and pay-on-time baseline; the
/// report is identical, bit for bit, to a fresh simulator's (`tests/engine_detail.rs`).
pub fn simulate(s: &Scenario) -> Result<Report, EngineError> {
    thread_local! {
        static SHARED: std::cell::RefCell<Simulator> = std::cell::RefCell::new(Simulator::new());
    }
    // A nested call (none exists today) or a call during the thread's teardown finds the
    // shared simulator unavailable and uses a fresh one rather than panicking.
    SHARED
        .try_with(|shared| match shared.try_borrow_mut() {
            Ok(mut sim) => sim.simulate(s, Detail::Full),
            Err(_) => Simulator::new().simulate(s, Detail::Full),
        })
        .unwrap_or_else(|_| Simulator::new().simulate(s, Detail::Full))
}

/// A simulator for many variants of one scenario (the analyses): it keeps the contract
/// schedule, discount factors and pay-on-time baseline of the last few scenario families it
/// saw and reuses them when a scenario's baseline inputs are unchanged, bit for bit. Its
/// reports are identical to [`simulate`]'s at the same [`Detail`].
#[derive(Default)]
pub struct Simulator {
    cache: PlanCache,
}

impl Simulator {
    pub fn new() -> Simulator {
        Simulator::default()
    }

    /// Simulates `s`, building the report to `detail`. With several vendors or a budget, the
    /// report is the first vendor's relationship within the whole ([`simulate_portfolio`],
    /// always in full detail): what the customer pays it is what the budget allowed, so every
    /// analysis that varies the scenario sees the budget and the other vendors at work.
    pub fn simulate(&mut self, s: &Scenario, detail: Detail) -> Result<Report, EngineError> {
        if s.is_portfolio() {
            return first_vendor(s).map(|report| trimmed(report, detail));
        }
        // The lesson script does not affect the simulation, so only the terms are checked.
        validate_terms(s).map_err(EngineError::Invalid)?;
        let i = self
            .cache
            .index_of(PlanKey::of(s), |parts| Prepared::with(s, parts))?;
        let entry = self.cache.get(i).ok_or_else(|| internal(s))?;
        let plan = plan_with(s, &entry.prepared, detail)?;
        let actual = run_actual(&plan)?;
        let fresh = match &entry.baseline {
            Some(_) => None,
            None => Some(baseline::run_baseline(&plan)?),
        };
        let report = assemble(s, &plan, actual, fresh.as_ref().or(entry.baseline.as_ref()))?;
        if let (Some(b), Some(e)) = (fresh, self.cache.get_mut(i)) {
            e.baseline = Some(b);
        }
        Ok(report)
    }
}

/// The first vendor's report of a scenario with several vendors or a budget.
fn first_vendor(s: &Scenario) -> Result<Report, EngineError> {
    let whole = simulate_portfolio(s)?;
    whole.vendors.into_iter().next().ok_or_else(|| internal(s))
}

/// A full report cut down to what `detail` keeps.
fn trimmed(mut report: Report, detail: Detail) -> Report {
    match detail {
        Detail::Full => {}
        Detail::Monthly => {
            for month in &mut report.months {
                month.customer.lines.clear();
                month.vendor.lines.clear();
            }
        }
        Detail::Totals => report.months.clear(),
    }
    report
}

/// The cache lost an entry it had just returned: cannot happen; reported as an overflow of
/// the first month rather than a panic.
#[cold]
/// The open claims at the end of a run, as what they add to the customer's and the vendor's
/// NPV: the customer owes the vendor its contract claims, of which the vendor expects to
/// recover the share `recovery`, and is owed the vendor's open reciprocal invoices in full.
/// The two amounts are opposite, so that what one side counts the other counts against it.
fn net_claims(
    r: &run::RunResult,
    recovery: Decimal,
    ck: Ck,
) -> Result<(Decimal, Decimal), EngineError> {
    let line = Quantity::BaselineComparison;
    let recovered = ck.mul(line, r.final_claims, recovery)?;
    let to_vendor = ck.sub(line, recovered, r.final_owed_to_customer)?;
    let to_customer = if to_vendor.is_zero() {
        to_vendor
    } else {
        -to_vendor
    };
    Ok((to_customer, to_vendor))
}

fn internal(s: &Scenario) -> EngineError {
    Ck::new(s.start, 0).err(Quantity::PlanCache).into()
}

/// Compares the actual run with the baseline and assembles the report.
fn assemble(
    s: &Scenario,
    plan: &Plan,
    mut actual: run::RunResult,
    baseline: Option<&run::RunResult>,
) -> Result<Report, EngineError> {
    let baseline = baseline.ok_or_else(|| internal(s))?;
    let line = Quantity::BaselineComparison;
    // Cumulative cash positions are wide amounts of one scale (cents): the integer path.
    for (m, (base_c, base_v)) in actual.months.iter_mut().zip(baseline.cumulative.iter()) {
        let ck = Ck::new(s.start, m.index);
        m.customer.baseline_cumulative = *base_c;
        m.customer.vs_baseline = ck.sub_same_scale(line, m.customer.cumulative, *base_c)?;
        m.vendor.baseline_cumulative = *base_v;
        m.vendor.vs_baseline = ck.sub_same_scale(line, m.vendor.cumulative, *base_v)?;
    }

    let last = s.horizon_months.saturating_sub(1);
    let ck = Ck::new(s.start, last);
    let (final_c, final_v) = actual
        .cumulative
        .last()
        .copied()
        .unwrap_or((s.customer.cash_on_hand, s.vendor.cash_on_hand));
    let (base_final_c, base_final_v) = baseline
        .cumulative
        .last()
        .copied()
        .unwrap_or((s.customer.cash_on_hand, s.vendor.cash_on_hand));
    let recovery = s.payment.claim_recovery;
    let (claims_c, claims_v) = net_claims(&actual, recovery, ck)?;
    let (base_claims_c, base_claims_v) = net_claims(baseline, recovery, ck)?;
    let t = &mut actual.totals;
    for (party, npv_acc, base_acc, fin, base_fin, rate, claims, base_claims) in [
        (
            &mut t.customer,
            &actual.npv_customer,
            &baseline.npv_customer,
            final_c,
            base_final_c,
            plan.rate_customer,
            claims_c,
            base_claims_c,
        ),
        (
            &mut t.vendor,
            &actual.npv_vendor,
            &baseline.npv_vendor,
            final_v,
            base_final_v,
            plan.rate_vendor,
            claims_v,
            base_claims_v,
        ),
    ] {
        party.net = ck.sub(line, party.cash_in, party.cash_out)?;
        party.final_cash = fin;
        party.baseline_final_cash = base_fin;
        party.final_vs_baseline = ck.sub(line, fin, base_fin)?;
        party.monthly_discount_rate = rate;
        party.npv = npv_acc.value();
        party.npv_month0 = npv_acc.value_month0(ck)?;
        party.baseline_npv = base_acc.value();
        party.npv_vs_baseline = ck.sub(line, party.npv, party.baseline_npv)?;
        party.npv_with_claims = ck.add(line, party.npv, npv_acc.value_at_end(ck, claims)?)?;
        party.baseline_npv_with_claims = ck.add(
            line,
            party.baseline_npv,
            base_acc.value_at_end(ck, base_claims)?,
        )?;
        party.npv_with_claims_vs_baseline =
            ck.sub(line, party.npv_with_claims, party.baseline_npv_with_claims)?;
    }

    let settlement = match s.settlement {
        None => None,
        Some(_) => {
            let without = run_without_settlement(plan)?;
            let with_claims_c = |r: &run::RunResult| -> Result<Decimal, EngineError> {
                let (claims, _) = net_claims(r, recovery, ck)?;
                Ok(ck.add(
                    line,
                    r.npv_customer.value(),
                    r.npv_customer.value_at_end(ck, claims)?,
                )?)
            };
            let with_claims_v = |r: &run::RunResult| -> Result<Decimal, EngineError> {
                let (_, claims) = net_claims(r, recovery, ck)?;
                Ok(ck.add(
                    line,
                    r.npv_vendor.value(),
                    r.npv_vendor.value_at_end(ck, claims)?,
                )?)
            };
            let c_with = actual.npv_customer.value();
            let v_with = actual.npv_vendor.value();
            let c_without = without.npv_customer.value();
            let v_without = without.npv_vendor.value();
            Some(SettlementComparison {
                applied: actual.settlement_applied,
                customer_npv_with: c_with,
                customer_npv_without: c_without,
                vendor_npv_with: v_with,
                vendor_npv_without: v_without,
                customer_gain: ck.sub(line, c_with, c_without)?,
                vendor_gain: ck.sub(line, v_with, v_without)?,
                customer_gain_with_claims: ck.sub(
                    line,
                    with_claims_c(&actual)?,
                    with_claims_c(&without)?,
                )?,
                vendor_gain_with_claims: ck.sub(
                    line,
                    with_claims_v(&actual)?,
                    with_claims_v(&without)?,
                )?,
            })
        }
    };

    Ok(Report {
        start: s.start,
        customer_name: s.customer.name.clone(),
        vendor_name: s.vendor.name.clone(),
        currency: s.customer.currency.clone(),
        reciprocal_labels: s.reciprocal.iter().map(|l| l.label.clone()).collect(),
        months: actual.months,
        totals: actual.totals,
        events: actual.events,
        baseline: Baseline {
            customer_npv: baseline.npv_customer.value(),
            vendor_npv: baseline.npv_vendor.value(),
            customer_final_cash: base_final_c,
            vendor_final_cash: base_final_v,
        },
        settlement,
    })
}
