//! The fast paths the analyses use give exactly what the full simulation gives:
//!
//! - a [`Simulator`] that reuses a cached plan and baseline across scenarios produces reports
//!   identical, bit for bit (compared as JSON, which keeps every decimal's scale), to a fresh
//!   [`simulate`], whatever it simulated before;
//! - [`Detail::Monthly`] is the full report without the per-line flows, and
//!   [`Detail::Totals`] is it without the months as well;
//! - the last month's billed and unpaid equals [`Totals::final_billed_unpaid`], and the
//!   outage-risk line equals [`expected_outage_costs`].
//!
//! The reference is always the unchanged full path, so these tests prove equality with the
//! engine as documented in `docs/model.md`, not with a second implementation.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{expected_outage_costs, simulate, Detail, Line, Report, Simulator};
use standoff_core::model::{param_specs, presets, set_param, Frequency, Scenario, UsageChange};

fn json(r: &Report) -> String {
    serde_json::to_string(r).expect("a report serialises")
}

/// The full report cut down to what `detail` keeps.
fn cut(full: &Report, detail: Detail) -> Report {
    let mut r = full.clone();
    if detail == Detail::Full {
        return r;
    }
    if detail == Detail::Totals {
        r.months.clear();
    } else {
        for m in &mut r.months {
            m.customer.lines.clear();
            m.vendor.lines.clear();
        }
    }
    r
}

/// Checks every fast path of `s` against a fresh full simulation (a new simulator, whose
/// cache is empty), on `sim` (whose cache holds whatever it simulated before).
fn check(sim: &mut Simulator, s: &Scenario) {
    let full = Simulator::new().simulate(s, Detail::Full);
    for detail in [Detail::Totals, Detail::Full, Detail::Monthly] {
        let fast = sim.simulate(s, detail);
        match (&full, fast) {
            (Ok(full), Ok(fast)) => {
                assert_eq!(
                    json(&cut(full, detail)),
                    json(&fast),
                    "{detail:?}: {}",
                    s.title
                )
            }
            (Err(a), Err(b)) => assert_eq!(a, &b, "{detail:?}: {}", s.title),
            (a, b) => panic!(
                "{detail:?}: {} — full {:?} but fast {:?}",
                s.title,
                a.as_ref().map(|_| "ok"),
                b.map(|_| "ok")
            ),
        }
    }
    if let Ok(full) = &full {
        let last = full.months.last().expect("a month");
        assert_eq!(
            full.totals.final_billed_unpaid().map(|x| x.serialize()),
            Some(last.billed_unpaid.serialize()),
            "{}",
            s.title
        );
        let outage = expected_outage_costs(s).expect("operations");
        for m in &full.months {
            let line = m.customer.flow(Line::OutageRisk);
            let expected = if line.is_zero() { line } else { -line };
            assert_eq!(outage(m.index), expected, "{} month {}", s.title, m.index);
        }
    }
}

/// Presets and variants that reach the rarer paths: settlements, stops and resumptions, lump
/// sums, quarterly lines, ramps, usage changes, closures, a one-month horizon.
fn variants() -> Vec<Scenario> {
    let mut out = Vec::new();
    for p in presets::all() {
        let s = p.scenario.clone();
        out.push(s.clone());
        let mut v = s.clone();
        v.title = format!("{} (variant)", p.id);
        v.start.month = 8;
        v.payment.net_days = 45;
        v.payment.stop_from_month = Some(3);
        v.payment.resume_at_month = Some(20);
        v.payment.catch_up_on_resume = true;
        v.contract.carry_forward = !v.contract.carry_forward;
        v.contract.ramp = vec![dec!(1), dec!(2), dec!(3)];
        v.contract.usage.changes.push(UsageChange {
            month: 14,
            share: dec!(0.35),
        });
        for l in &mut v.reciprocal {
            l.frequency = Frequency::Quarterly;
            l.net_days = 75;
        }
        v.operations.closed = v.operations.closed.max(1);
        v.operations.closed_from_month = 9;
        out.push(v.clone());
        let mut w = v.clone();
        w.title = format!("{} (short)", p.id);
        w.horizon_months = 1;
        out.push(w);
        let mut big = s.clone();
        big.title = format!("{} (huge)", p.id);
        big.customer.cash_on_hand = dec!(79000000000000000000000000000);
        out.push(big);
        // The same scenario with a value written at another scale: equal as a number, but a
        // cache must not mix their results (they print differently).
        let mut scaled = s.clone();
        scaled.title = format!("{} (rescaled)", p.id);
        scaled.customer.cash_on_hand = s.customer.cash_on_hand * dec!(1.000);
        out.push(scaled);
    }
    out
}

#[test]
fn every_detail_level_equals_the_full_report_on_presets_and_variants() {
    let mut sim = Simulator::new();
    let all = variants();
    // Twice over, so that the second pass finds every plan cached.
    for s in all.iter().chain(all.iter()) {
        check(&mut sim, s);
    }
}

#[test]
fn shared_simulate_equals_a_fresh_simulator() {
    // `simulate` keeps one simulator per thread: twice over every variant, so that the second
    // pass reuses what the first cached, each report is a fresh simulator's.
    let all = variants();
    for s in all.iter().chain(all.iter()) {
        let fresh = Simulator::new().simulate(s, Detail::Full);
        match (simulate(s), fresh) {
            (Ok(shared), Ok(fresh)) => assert_eq!(json(&shared), json(&fresh), "{}", s.title),
            (Err(a), Err(b)) => assert_eq!(a, b, "{}", s.title),
            (a, b) => panic!("{}: shared {:?}, fresh {:?}", s.title, a.is_ok(), b.is_ok()),
        }
    }
}

#[test]
fn cache_key_covers_every_baseline_input() {
    // Each parameter moved to both ends of its range, simulated right after the unchanged
    // scenario on the same simulator: a parameter the key forgot would reuse the wrong
    // baseline and differ from the fresh simulation.
    for p in presets::all() {
        let mut sim = Simulator::new();
        for spec in param_specs(&p.scenario) {
            for value in [spec.min, spec.max] {
                let mut s = p.scenario.clone();
                if set_param(&mut s, &spec.id, value).is_err() {
                    continue;
                }
                check(&mut sim, &p.scenario);
                check(&mut sim, &s);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_shared_simulator_equals_fresh_simulations(
        preset in 0usize..8,
        moves in proptest::collection::vec((0usize..200, 0u32..=1000), 1..4),
    ) {
        let all = presets::all();
        let base = all[preset % all.len()].scenario.clone();
        let specs = param_specs(&base);
        let mut sim = Simulator::new();
        let mut s = base.clone();
        check(&mut sim, &base);
        for (which, frac) in moves {
            let spec = &specs[which % specs.len()];
            let value = spec.min + (spec.max - spec.min) * Decimal::from(frac) / dec!(1000);
            let value = if spec.unit.is_integer() { value.round() } else { value };
            if set_param(&mut s, &spec.id, value).is_ok() {
                check(&mut sim, &s);
                check(&mut sim, &base);
            }
        }
    }
}
