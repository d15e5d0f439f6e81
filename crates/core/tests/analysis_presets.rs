//! Every analysis runs on every preset without error, and the results hang together.

use rust_decimal::Decimal;
use standoff_core::analysis::{
    bargaining, scenario_monte_carlo, scenario_tornado, strategy_matrix, BargainingOptions, Output,
    ScenarioMcSpec,
};
use standoff_core::model::presets;

#[test]
fn every_analysis_runs_on_every_preset() {
    for preset in presets::all() {
        let s = &preset.scenario;
        let b = bargaining(s, &BargainingOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e:?}", preset.id));
        if std::env::var_os("SHOW_ANALYSIS").is_some() {
            println!("{}: {b:#?}", preset.id);
        }
        // A ZOPA and a Nash price inside it, or a gap and a note saying so.
        match &b.nash {
            Some(n) => {
                assert!(b.zopa.exists);
                assert!(n.price >= b.zopa.vendor_min && n.price <= b.zopa.customer_max);
            }
            None => assert!(!b.zopa.exists && !b.notes.is_empty()),
        }
        if let (Some(r), Some(p)) = (&b.rubinstein, &b.rubinstein_price) {
            assert_eq!(r.customer_share + r.vendor_share, Decimal::ONE);
            assert!(p.price >= b.zopa.vendor_min && p.price <= b.zopa.customer_max);
        }
        let m = strategy_matrix(s, &[], &[], Decimal::ONE).unwrap();
        assert!(m.failures.is_empty(), "{}: {:?}", preset.id, m.failures);
        if std::env::var_os("SHOW_ANALYSIS").is_some() {
            println!(
                "{}: matrix {:?}\nNE {:?}",
                preset.id, m.matrix.cells, m.analysis.pure_nash
            );
        }
        let t = scenario_tornado(s, Output::CustomerNpvVsBaseline, Decimal::new(2, 1)).unwrap();
        assert!(!t.bars.is_empty());
        let spec = ScenarioMcSpec {
            seed: 1,
            runs: 20,
            sample_outages: true,
            sample_lawsuits: true,
            ..ScenarioMcSpec::default()
        };
        let r = scenario_monte_carlo(s, &spec)
            .unwrap()
            .run_to_end()
            .unwrap();
        assert_eq!(r.failed, 0, "{}: {:?}", preset.id, r.first_failure);
    }
}
