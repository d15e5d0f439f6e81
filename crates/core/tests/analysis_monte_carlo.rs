//! The Monte Carlo core: seeded generator, distributions, percentiles, chunking and failures.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::{
    AnalysisError, Distribution, FlagSpec, McConfig, McLayout, McResult, MonteCarloRun, PathOutput,
    Quantity, SeriesSpec, SimRng,
};

fn spec(id: &str, decimals: u32) -> SeriesSpec {
    SeriesSpec {
        id: id.into(),
        label: id.into(),
        decimals,
    }
}

/// One series of one month holding a draw of `dist`, plus a flag set with probability 0.3.
fn one_draw(dist: Distribution, seed: u64, runs: u32) -> McResult {
    let layout = McLayout {
        months: 1,
        series: vec![spec("x", 6)],
        scalars: vec![spec("x", 6)],
        flags: vec![FlagSpec {
            id: "hit".into(),
            label: "hit".into(),
        }],
    };
    let model = move |rng: &mut SimRng, out: &mut PathOutput| -> Result<(), AnalysisError> {
        let x = dist.sample(rng)?;
        out.set(0, 0, x)?;
        out.set_scalar(0, x)?;
        out.set_flag(0, rng.bernoulli(0.3))
    };
    MonteCarloRun::new(McConfig { seed, runs }, layout, model)
        .unwrap()
        .run_to_end()
        .unwrap()
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap()
}

#[test]
fn generator_matches_an_independent_pcg64_mcg() {
    // Computed with a separate implementation of SplitMix64 seeding and PCG-64 MCG XSL-RR.
    let mut rng = SimRng::from_seed(42);
    assert_eq!(rng.next_u64(), 0xc2e1_24a9_403a_4670);
    assert_eq!(rng.next_u64(), 0xbf85_2e3f_b3c0_9425);
    assert_eq!(rng.next_u64(), 0x0e18_c16a_48cb_33f4);
    let mut run = SimRng::for_run(7, 3);
    assert_eq!(run.next_u64(), 0xc839_f0d4_3d5f_ce51);
    assert_eq!(run.next_u64(), 0xe1ec_25dc_2567_ddf0);
    assert_eq!(SimRng::from_seed(42).unit(), 0.761_247_912_713_067_8);
}

#[test]
fn same_seed_same_bands_other_seed_other_bands() {
    let dist = Distribution::Normal {
        mean: dec!(0),
        sd: dec!(1),
        low: dec!(-3),
        high: dec!(3),
    };
    let a = one_draw(dist.clone(), 2023, 2_000);
    let b = one_draw(dist.clone(), 2023, 2_000);
    assert_eq!(a, b);
    let c = one_draw(dist, 2024, 2_000);
    assert_ne!(a.series, c.series);
}

#[test]
fn chunking_does_not_change_the_result() {
    let layout = McLayout {
        months: 3,
        series: vec![spec("s", 4)],
        scalars: vec![],
        flags: vec![],
    };
    let model = |rng: &mut SimRng, out: &mut PathOutput| -> Result<(), AnalysisError> {
        for m in 0..3 {
            out.set(
                0,
                m,
                Decimal::from(m as u32) + Decimal::try_from(rng.unit()).unwrap(),
            )?;
        }
        Ok(())
    };
    let config = McConfig {
        seed: 9,
        runs: 1_000,
    };
    let whole = MonteCarloRun::new(config, layout.clone(), model)
        .unwrap()
        .run_to_end()
        .unwrap();
    let mut chunked = MonteCarloRun::new(config, layout, model).unwrap();
    let mut steps = 0;
    loop {
        let p = chunked.step(37);
        steps += 1;
        assert!(p.completed <= p.total);
        if p.done {
            break;
        }
    }
    assert_eq!(steps, 28); // ⌈1000 / 37⌉
    assert_eq!(chunked.finish().unwrap(), whole);
}

#[test]
fn uniform_percentiles_converge() {
    // For uniform(0, 1) the p-quantile is p, with standard error √(p(1−p)/n); each estimate must
    // be within 4 standard errors, and the worst error must shrink as n grows.
    let dist = Distribution::Uniform {
        low: dec!(0),
        high: dec!(1),
    };
    let mut worst = Vec::new();
    for n in [100u32, 1_000, 10_000, 100_000] {
        let r = one_draw(dist.clone(), 1, n);
        let b = r.series[0].months[0];
        let mut max_err: f64 = 0.0;
        for (got, p) in [
            (b.p5, 0.05),
            (b.p25, 0.25),
            (b.p50, 0.5),
            (b.p75, 0.75),
            (b.p95, 0.95),
        ] {
            let err = (f(got) - p).abs();
            let se = (p * (1.0 - p) / f64::from(n)).sqrt();
            assert!(err <= 4.0 * se, "n = {n}, p = {p}: got {got}");
            max_err = max_err.max(err);
        }
        worst.push(max_err);
        // The flag was set with probability 0.3: within 4 standard errors.
        let prob = f(r.probabilities[0].probability);
        assert!(
            (prob - 0.3).abs() <= 4.0 * (0.21 / f64::from(n)).sqrt(),
            "n = {n}: {prob}"
        );
        assert_eq!(r.scalars[0].band, b);
    }
    assert!(worst[3] < worst[0], "{worst:?}");
}

#[test]
fn percentiles_are_exact_on_known_samples() {
    // Runs record 1, 2, 3, 4, 5. PERCENTILE.INC: rank h = 4p/100, so p5 = 1 + 0.2 = 1.2,
    // p25 = 2, p50 = 3, p75 = 4, p95 = 4 + 0.8 = 4.8. Mean 3, min 1, max 5.
    let layout = McLayout {
        months: 1,
        series: vec![spec("k", 2)],
        scalars: vec![spec("k", 2)],
        flags: vec![],
    };
    let mut counter = 0u32;
    let model = move |_: &mut SimRng, out: &mut PathOutput| -> Result<(), AnalysisError> {
        counter += 1;
        out.set(0, 0, Decimal::from(counter))?;
        out.set_scalar(0, Decimal::from(counter))
    };
    let r = MonteCarloRun::new(McConfig { seed: 0, runs: 5 }, layout, model)
        .unwrap()
        .run_to_end()
        .unwrap();
    let b = r.series[0].months[0];
    assert_eq!(
        [b.p5, b.p25, b.p50, b.p75, b.p95],
        [dec!(1.2), dec!(2), dec!(3), dec!(4), dec!(4.8)]
    );
    let s = &r.scalars[0];
    assert_eq!((s.mean, s.min, s.max), (dec!(3), dec!(1), dec!(5)));
}

/// A tiny deterministic "engine": arrears grow by `invoice` each month and accrue `rate` simple
/// interest on the opening balance; the series is the balance at the end of each month.
fn mini_engine(invoice: Decimal, rate: Decimal, months: usize) -> Vec<Decimal> {
    let mut balance = Decimal::ZERO;
    (0..months)
        .map(|_| {
            balance = balance + balance * rate + invoice;
            balance
        })
        .collect()
}

#[test]
fn zero_width_distributions_reproduce_the_deterministic_run() {
    let months = 66;
    let invoice = dec!(7727272.73);
    let rate = dec!(0.015);
    let expected = mini_engine(invoice, rate, months);
    let layout = McLayout {
        months,
        series: vec![spec("arrears", 2)],
        scalars: vec![],
        flags: vec![],
    };
    let dists = [
        (
            Distribution::Uniform {
                low: invoice,
                high: invoice,
            },
            Distribution::Fixed { value: rate },
        ),
        (
            Distribution::Triangular {
                low: invoice,
                mode: invoice,
                high: invoice,
            },
            Distribution::Normal {
                mean: rate,
                sd: dec!(0.002),
                low: rate,
                high: rate,
            },
        ),
        (
            Distribution::Normal {
                mean: invoice,
                sd: dec!(0),
                low: dec!(0),
                high: dec!(1e9),
            },
            Distribution::Uniform {
                low: rate,
                high: rate,
            },
        ),
    ];
    for (inv_dist, rate_dist) in dists {
        let model = move |rng: &mut SimRng, out: &mut PathOutput| -> Result<(), AnalysisError> {
            let inv = inv_dist.sample(rng)?;
            let r = rate_dist.sample(rng)?;
            for (m, v) in mini_engine(inv, r, 66).into_iter().enumerate() {
                out.set(0, m, v)?;
            }
            Ok(())
        };
        let r = MonteCarloRun::new(McConfig { seed: 5, runs: 200 }, layout.clone(), model)
            .unwrap()
            .run_to_end()
            .unwrap();
        for (band, want) in r.series[0].months.iter().zip(&expected) {
            let want = want
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
            assert_eq!([band.p5, band.p25, band.p50, band.p75, band.p95], [want; 5]);
        }
    }
}

#[test]
fn distributions_stay_in_range_with_the_right_moments() {
    let mut rng = SimRng::from_seed(77);
    let n = 40_000;
    // Triangular(0, 3, 6): mean (0 + 3 + 6)/3 = 3, variance (a² + b² + c² − ab − ac − bc)/18 = 1.5.
    let tri = Distribution::Triangular {
        low: dec!(0),
        mode: dec!(3),
        high: dec!(6),
    };
    // Normal(10, 2) truncated to [4, 16] (±3σ): mean 10, sd just under 2 (1.973).
    let wide = Distribution::Normal {
        mean: dec!(10),
        sd: dec!(2),
        low: dec!(4),
        high: dec!(16),
    };
    // Normal(0, 100) truncated to [0, 1]: nearly uniform, mean just under 0.5.
    let narrow = Distribution::Normal {
        mean: dec!(0),
        sd: dec!(100),
        low: dec!(0),
        high: dec!(1),
    };
    // Normal(0, 1) truncated to [0, 5]: half-normal, mean √(2/π) = 0.7979.
    let half = Distribution::Normal {
        mean: dec!(0),
        sd: dec!(1),
        low: dec!(0),
        high: dec!(5),
    };
    for (dist, mean, sd, tol) in [
        (tri, 3.0, 1.5f64.sqrt(), 0.03),
        (wide, 10.0, 1.973, 0.04),
        (narrow, 0.5, (1.0f64 / 12.0).sqrt(), 0.01),
        (half, 0.797_884_6, 0.602_8, 0.02),
    ] {
        let (low, high) = dist.support();
        let xs: Vec<f64> = (0..n)
            .map(|_| {
                let x = dist.sample(&mut rng).unwrap();
                assert!(x >= low && x <= high, "{x} outside {low}..{high}");
                f(x)
            })
            .collect();
        let m = xs.iter().sum::<f64>() / n as f64;
        let v = xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / n as f64;
        assert!((m - mean).abs() < tol, "{dist:?}: mean {m}");
        assert!((v.sqrt() - sd).abs() < tol, "{dist:?}: sd {}", v.sqrt());
    }
}

#[test]
fn invalid_distributions_are_refused() {
    let mut rng = SimRng::from_seed(1);
    for bad in [
        Distribution::Uniform {
            low: dec!(2),
            high: dec!(1),
        },
        Distribution::Triangular {
            low: dec!(0),
            mode: dec!(5),
            high: dec!(1),
        },
        Distribution::Normal {
            mean: dec!(5),
            sd: dec!(1),
            low: dec!(0),
            high: dec!(1),
        },
        Distribution::Normal {
            mean: dec!(0.5),
            sd: dec!(-1),
            low: dec!(0),
            high: dec!(1),
        },
    ] {
        assert!(
            matches!(
                bad.sample(&mut rng),
                Err(AnalysisError::InvalidInput { .. })
            ),
            "{bad:?}"
        );
    }
    // Extreme but valid bounds sample without overflow.
    let huge = Distribution::Uniform {
        low: Decimal::MIN,
        high: Decimal::ZERO,
    };
    assert!(huge.sample(&mut rng).is_ok());
    let huge = Distribution::Uniform {
        low: Decimal::MIN,
        high: Decimal::MAX,
    };
    assert!(huge.sample(&mut rng).is_err());
}

#[test]
fn failures_progress_and_limits() {
    let layout = McLayout {
        months: 2,
        series: vec![spec("s", 2)],
        scalars: vec![],
        flags: vec![],
    };
    // Every other run fails; a run that sets only month 0 carries it into month 1.
    let impossible = || AnalysisError::Overflow(Quantity::Claim);
    let mut i = 0u32;
    let model = move |_: &mut SimRng, out: &mut PathOutput| -> Result<(), AnalysisError> {
        i += 1;
        if i % 2 == 0 {
            return Err(impossible());
        }
        out.set(0, 0, dec!(1.005))
    };
    let mut run =
        MonteCarloRun::new(McConfig { seed: 3, runs: 10 }, layout.clone(), model).unwrap();
    run.step(4);
    let p = run.progress();
    assert_eq!((p.completed, p.total, p.failed, p.done), (4, 10, 2, false));
    assert!((p.fraction() - 0.4).abs() < 1e-12);
    let r = run.run_to_end().unwrap();
    assert_eq!((r.succeeded, r.failed), (5, 5));
    let first = r.first_failure.unwrap();
    assert_eq!((first.run, first.error), (2, impossible()));
    // 1.005 rounds half away from zero to 1.01 (banker's rounding would give 1.00).
    assert_eq!(r.series[0].months[1].p50, dec!(1.01));

    let unfinished = MonteCarloRun::new(
        McConfig { seed: 3, runs: 10 },
        layout.clone(),
        |_: &mut SimRng, _: &mut PathOutput| Ok(()),
    )
    .unwrap();
    assert!(matches!(
        unfinished.finish(),
        Err(AnalysisError::NotFinished {
            completed: 0,
            total: 10
        })
    ));
    let empty = MonteCarloRun::new(
        McConfig { seed: 3, runs: 10 },
        layout.clone(),
        |_: &mut SimRng, _: &mut PathOutput| Ok(()),
    )
    .unwrap();
    assert!(matches!(
        empty.run_to_end(),
        Err(AnalysisError::AllRunsFailed(_))
    ));
    let noop = |_: &mut SimRng, _: &mut PathOutput| Ok(());
    assert!(MonteCarloRun::new(McConfig { seed: 3, runs: 0 }, layout.clone(), noop).is_err());
    let big = McLayout {
        months: 240,
        series: vec![spec("a", 2); 10],
        scalars: vec![],
        flags: vec![],
    };
    assert!(MonteCarloRun::new(
        McConfig {
            seed: 3,
            runs: 100_000
        },
        big,
        noop
    )
    .is_err());
    let precise = McLayout {
        months: 1,
        series: vec![spec("a", 11)],
        scalars: vec![],
        flags: vec![],
    };
    assert!(MonteCarloRun::new(McConfig { seed: 3, runs: 1 }, precise, noop).is_err());
}

/// The samples of a 240-month scenario Monte Carlo stay compact: the bench's distributions on
/// the Twitter vs AWS preset stretched to 20 years, 500 runs. A plain `i64` per run per month
/// took 8 bytes a value (4 series × 240 months), 77 MB at 10,000 runs; the varint residuals
/// (value minus the two previous months' trend) must take at most 3.5 bytes a value on average,
/// spare capacity included (so at most 34 MB at 10,000 runs; measured: 3.2 bytes).
#[test]
fn samples_of_a_long_scenario_take_at_most_three_and_a_half_bytes_a_value() {
    use standoff_core::analysis::{scenario_monte_carlo, ParamDistribution, ScenarioMcSpec};
    let mut s = standoff_core::model::presets::by_id("twitter-aws-2023")
        .unwrap()
        .scenario;
    s.horizon_months = 240;
    let runs = 500u32;
    let spec = ScenarioMcSpec {
        seed: 2023,
        runs,
        params: vec![
            ParamDistribution {
                id: "contract.usage.start_share".into(),
                distribution: Distribution::Triangular {
                    low: dec!(0.3),
                    mode: dec!(0.6),
                    high: dec!(0.9),
                },
            },
            ParamDistribution {
                id: "payment.delay_days".into(),
                distribution: Distribution::Uniform {
                    low: dec!(0),
                    high: dec!(120),
                },
            },
        ],
        sample_outages: true,
        ..ScenarioMcSpec::default()
    };
    let mut run = scenario_monte_carlo(&s, &spec).unwrap();
    run.step(runs);
    let values = 4 * 240 * runs as usize;
    let bytes = run.sample_bytes();
    eprintln!(
        "240 months, {runs} runs: {bytes} bytes of samples, {:.2} bytes a value",
        bytes as f64 / values as f64
    );
    assert!(
        2 * bytes <= 7 * values + 2 * 8 * 8 * runs as usize,
        "{bytes} bytes"
    );
    let result = run.finish().unwrap();
    assert_eq!(result.succeeded, runs);
}
