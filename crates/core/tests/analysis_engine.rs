//! The analyses wired to the engine: reservation values and ZOPA, the strategy matrix, tornado,
//! sweep and Monte Carlo over scenarios. Expectations come from the engine's own comparisons or
//! from hand-derivable properties, never from the analysis output itself.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::{
    bargaining, scenario_monte_carlo, scenario_sweep, scenario_tornado, strategy_matrix,
    BargainingOptions, CustomerStrategy, Distribution, Output, ParamDistribution, Proposer,
    RuleChance, ScenarioMcSpec, VendorStrategy,
};
use standoff_core::engine::simulate;
use standoff_core::model::{
    get_param, param_specs, set_param, Action, RetaliationRule, Scenario, Settlement, Trigger,
};

fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// The default teaching scenario with a settlement in month 12 that pays the whole claim.
fn with_offer(month: u32) -> Scenario {
    Scenario {
        settlement: Some(Settlement {
            month,
            ..Settlement::default()
        }),
        ..Scenario::default()
    }
}

#[test]
fn reservation_prices_make_each_side_indifferent() {
    // At the customer's maximum price its NPV gain from the deal is zero; at the vendor's
    // minimum, the vendor's is. Check it with the engine's own comparison, paying that price
    // through the settlement's arrears discount: payment = claim × (1 − discount).
    // The engine's comparison leaves what is owed at the horizon out, so recovery is 0 here.
    let s = with_offer(12);
    let options = BargainingOptions {
        terminal_recovery: Decimal::ZERO,
        ..BargainingOptions::default()
    };
    let b = bargaining(&s, &options).unwrap();
    assert_eq!(b.settlement_month, 12);
    assert!(b.claim > Decimal::ZERO);
    assert_eq!(b.deal_payment, cents(b.claim));
    // The engine's gains at two payments (the whole claim and nothing), found through the
    // offer's arrears discount; each side's gain is linear in the payment, so the payment that
    // zeroes it follows by interpolation — independently of the discount factors used inside.
    let gains = |discount: Decimal| {
        let mut t = s.clone();
        t.settlement.as_mut().unwrap().arrears_discount = discount;
        let c = simulate(&t).unwrap().settlement.unwrap();
        (c.customer_gain, c.vendor_gain)
    };
    let (pay_all, pay_none) = (cents(b.claim), Decimal::ZERO);
    let ((c_all, v_all), (c_none, v_none)) = (gains(Decimal::ZERO), gains(Decimal::ONE));
    let zero_at = |g_a: Decimal, g_b: Decimal| pay_all - g_a * (pay_none - pay_all) / (g_b - g_a);
    assert!((zero_at(c_all, c_none) - b.zopa.customer_max).abs() < dec!(0.05));
    assert!((zero_at(v_all, v_none) - b.zopa.vendor_min).abs() < dec!(0.05));
}

#[test]
fn constant_sum_standoff_has_a_zero_width_zopa() {
    // With zero discount rates and no flow that is lost to both sides (no collection, legal or
    // outage costs; ads are a transfer), whatever one side gains by settling the other loses:
    // the two reservation prices coincide.
    let mut s = with_offer(10);
    s.customer.discount_rate = Decimal::ZERO;
    s.vendor.discount_rate = Decimal::ZERO;
    for recovery in [Decimal::ZERO, Decimal::ONE] {
        let options = BargainingOptions {
            terminal_recovery: recovery,
            ..BargainingOptions::default()
        };
        let b = bargaining(&s, &options).unwrap();
        let spread = b.zopa.customer_max - b.zopa.vendor_min;
        assert!(spread.abs() < dec!(0.01), "{recovery}: {:?}", b.zopa);
    }

    // Add collection costs of 100,000 a month: settling saves the vendor every collection cost
    // the no-deal path would spend after the deal month, and the ZOPA is exactly that wide.
    s.payment.collection_cost_monthly = dec!(100000);
    let b = bargaining(&s, &BargainingOptions::default()).unwrap();
    let mut no_deal = s.clone();
    no_deal.settlement = None;
    let r = simulate(&no_deal).unwrap();
    let saved: Decimal = r
        .months
        .iter()
        .filter(|m| m.index > 10)
        .map(|m| -m.vendor.flow(standoff_core::engine::Line::CollectionCosts))
        .sum();
    assert!(saved > Decimal::ZERO);
    assert!(b.zopa.exists);
    assert!(
        (b.zopa.width - saved).abs() < dec!(0.01),
        "{} vs {saved}",
        b.zopa.width
    );
    // The symmetric Nash price is the middle of the ZOPA.
    let nash = b.nash.unwrap();
    assert!((nash.price - (b.zopa.customer_max + b.zopa.vendor_min) / dec!(2)).abs() < dec!(0.01));
    // Standoff costs: the customer loses the ads cut after the trigger, the vendor pays
    // 100,000 of collection costs a month. Rates are zero, so the flow costs are just these.
    let (s_c, s_v) = (
        b.customer_delay.standoff_cost_monthly,
        b.vendor_delay.standoff_cost_monthly,
    );
    assert!(s_c > Decimal::ZERO && s_v > Decimal::ZERO);
    assert_eq!(b.customer_delay.total_monthly, s_c);
    assert_eq!(b.vendor_delay.capital_cost_monthly, Decimal::ZERO);
    // War of attrition over the claim C: the customer concedes at λ_c = c_v / C, the vendor at
    // λ_v = c_c / C.
    let w = b.attrition.unwrap();
    assert_eq!(w.customer_hazard, s_v / b.claim);
    assert_eq!(w.vendor_hazard, s_c / b.claim);
    // Rubinstein: rates on the pie s_i / W, discount factors 1 / (1 + rate).
    let rub = b.rubinstein.unwrap();
    let width = b.zopa.width;
    assert_eq!(
        rub.customer_delta,
        Decimal::ONE / (Decimal::ONE + s_c / width)
    );
    assert_eq!(
        rub.vendor_delta,
        Decimal::ONE / (Decimal::ONE + s_v / width)
    );
    assert_eq!(rub.proposer, Proposer::Customer);
}

#[test]
fn bargaining_defaults_and_options() {
    // No settlement in the scenario: the deal is set at the first trigger.
    let s = Scenario::default();
    let b = bargaining(&s, &BargainingOptions::default()).unwrap();
    assert!(!b.scenario_offer);
    let r = simulate(&s).unwrap();
    let first_trigger = r
        .events
        .iter()
        .find(|e| e.kind == standoff_core::engine::EventKind::TriggerFired)
        .unwrap()
        .month_index;
    assert_eq!(b.settlement_month, first_trigger);
    // Discount factors follow the chosen convention from the rate on the pie.
    if let (Some(rate), Some(delta)) = (b.vendor_delay.rate_on_pie, b.vendor_delay.delta) {
        assert!((delta - Decimal::ONE / (Decimal::ONE + rate)).abs() < dec!(1e-20));
    }
    // Swapping the proposer never hurts the side that proposes.
    let options = BargainingOptions {
        proposer: Proposer::Vendor,
        ..BargainingOptions::default()
    };
    let v = bargaining(&s, &options).unwrap();
    if let (Some(c), Some(v)) = (&b.rubinstein, &v.rubinstein) {
        assert!(c.customer_share >= v.customer_share);
    }
    let late = BargainingOptions {
        settlement_month: Some(500),
        ..BargainingOptions::default()
    };
    assert!(bargaining(&s, &late).is_err());
    let bad = BargainingOptions {
        customer_power: dec!(2),
        ..BargainingOptions::default()
    };
    assert!(bargaining(&s, &bad).is_err());
}

#[test]
fn refusal_policy_is_lifted_for_the_zopa_and_reported() {
    let mut s = with_offer(12);
    s.retaliation.push(RetaliationRule {
        trigger: Trigger::ArrearsAbove {
            amount: Decimal::ZERO,
        },
        action: Action::RefuseRenegotiation,
        lag_months: 0,
        reverses_when_cleared: false,
        until_month: None,
        threat: None,
    });
    let b = bargaining(&s, &BargainingOptions::default()).unwrap();
    assert!(b.refused_by_policy);
    assert!(!b.notes.is_empty());
    assert!(b.claim > Decimal::ZERO);
}

#[test]
fn strategy_matrix_of_the_teaching_scenario() {
    let s = Scenario::default();
    let cash = strategy_matrix(&s, &[], &[], Decimal::ZERO).unwrap();
    let m = strategy_matrix(&s, &[], &[], Decimal::ONE).unwrap();
    assert_eq!(m.matrix.cells.len(), 5);
    assert!(m.failures.is_empty(), "{:?}", m.failures);
    // Paying on time is the baseline itself, and no trigger ever fires, so every vendor
    // strategy gives both sides exactly 0, and every column is a vendor best response.
    for c in 0..5 {
        let p = m.matrix.get(0, c).unwrap();
        assert_eq!(
            (p.customer, p.vendor),
            (Decimal::ZERO, Decimal::ZERO),
            "column {c}"
        );
        assert!(m.analysis.vendor_best[0][c]);
    }
    // In cash terms, stopping payment against a tolerant vendor keeps the unpaid invoices: the
    // customer gains and the vendor loses. Counting the open claims as paid at the horizon, the
    // customer instead pays 1.5 % late interest a month, more than either side's monthly
    // discount rate (10 %/12 and 8 %/12): the customer loses and the vendor gains.
    let stop = m
        .customer_strategies
        .iter()
        .position(|x| *x == CustomerStrategy::Stop)
        .unwrap();
    let tolerate = m
        .vendor_strategies
        .iter()
        .position(|x| *x == VendorStrategy::Tolerate)
        .unwrap();
    let p = cash.matrix.get(stop, tolerate).unwrap();
    assert!(p.customer > Decimal::ZERO && p.vendor < Decimal::ZERO);
    let with_claims = m.matrix.get(stop, tolerate).unwrap();
    assert!(with_claims.customer < Decimal::ZERO && with_claims.vendor > Decimal::ZERO);
    // Cutting ads costs the stopping customer more than tolerating does.
    let cut = m
        .vendor_strategies
        .iter()
        .position(|x| *x == VendorStrategy::CutAds)
        .unwrap();
    assert!(cash.matrix.get(stop, cut).unwrap().customer < p.customer);
    assert!(m.matrix.get(stop, cut).unwrap().customer < with_claims.customer);
    assert!(strategy_matrix(&s, &[], &[], dec!(1.5)).is_err());
    // Every pure equilibrium listed is a mutual best response.
    for &(r, c) in &m.analysis.pure_nash {
        assert!(m.analysis.customer_best[r][c] && m.analysis.vendor_best[r][c]);
    }
    // A subset of strategies gives a smaller matrix.
    let small = strategy_matrix(
        &s,
        &[CustomerStrategy::Pay, CustomerStrategy::Stop],
        &[VendorStrategy::Tolerate, VendorStrategy::Suspend],
        Decimal::ONE,
    )
    .unwrap();
    assert_eq!(small.matrix.cells.len(), 2);
    assert_eq!(small.matrix.get(1, 0), m.matrix.get(stop, tolerate));
}

#[test]
fn tornado_over_every_parameter() {
    let s = Scenario::default();
    let t = scenario_tornado(&s, Output::CustomerNpv, dec!(0.2)).unwrap();
    assert_eq!(t.base_output, simulate(&s).unwrap().totals.customer.npv);
    assert!(t.bars.len() > 10);
    // Widest first.
    assert!(t.bars.windows(2).all(|w| w[0].swing >= w[1].swing));
    // The vendor's cash on hand cannot change the customer's NPV.
    let vc = t
        .bars
        .iter()
        .find(|b| b.id == "vendor.cash_on_hand")
        .unwrap();
    assert_eq!(vc.swing, Decimal::ZERO);
    // The customer's discount rate does, and each bar's outputs match a direct simulation.
    let dr = t
        .bars
        .iter()
        .find(|b| b.id == "customer.discount_rate")
        .unwrap();
    assert!(dr.swing > Decimal::ZERO);
    let mut low = s.clone();
    set_param(&mut low, "customer.discount_rate", dr.low_input).unwrap();
    assert_eq!(
        dr.low_output,
        Some(simulate(&low).unwrap().totals.customer.npv)
    );
    assert_eq!(dr.low_input, dec!(0.08)); // 0.10 − 20 %
                                          // Whole-number parameters move by whole numbers.
    for b in &t.bars {
        let spec = param_specs(&s).into_iter().find(|p| p.id == b.id).unwrap();
        if spec.unit.is_integer() {
            assert!(
                b.low_input.fract().is_zero() && b.high_input.fract().is_zero(),
                "{}",
                b.id
            );
        }
    }
    // Other outputs run too.
    for output in Output::ALL {
        assert!(
            scenario_tornado(&s, output, dec!(0.1)).is_ok(),
            "{output:?}"
        );
    }
}

#[test]
fn sweep_matches_direct_simulation() {
    let s = Scenario::default();
    let sweep = scenario_sweep(
        &s,
        Output::VendorNpvVsBaseline,
        "payment.late_interest_monthly",
        (dec!(0), dec!(0.04)),
        "contract.usage.start_share",
        (dec!(0.4), dec!(1.2)),
        41,
    )
    .unwrap();
    assert_eq!(sweep.values.len(), 41 * 41);
    assert_eq!(sweep.failures, 0);
    // Point (ix = 15, iy = 30): late interest 0.015, usage 0.4 + 0.8 × 30/40 = 1.0.
    let mut t = s.clone();
    set_param(&mut t, "payment.late_interest_monthly", dec!(0.015)).unwrap();
    set_param(&mut t, "contract.usage.start_share", dec!(1.0)).unwrap();
    let direct = simulate(&t).unwrap().totals.vendor.npv_vs_baseline;
    assert_eq!(sweep.get(15, 30), Some(direct));
    assert!(scenario_sweep(
        &s,
        Output::VendorNpv,
        "nope",
        (dec!(0), dec!(1)),
        "contract.discount",
        (dec!(0), dec!(1)),
        3
    )
    .is_err());
}

#[test]
fn monte_carlo_zero_width_reproduces_the_engine() {
    let s = Scenario::default();
    let report = simulate(&s).unwrap();
    let share = get_param(&s, "contract.usage.start_share").unwrap();
    let spec = ScenarioMcSpec {
        seed: 11,
        runs: 50,
        params: vec![
            ParamDistribution {
                id: "contract.usage.start_share".into(),
                distribution: Distribution::Uniform {
                    low: share,
                    high: share,
                },
            },
            ParamDistribution {
                id: "payment.net_days".into(),
                distribution: Distribution::Normal {
                    mean: dec!(30),
                    sd: dec!(0),
                    low: dec!(0),
                    high: dec!(90),
                },
            },
        ],
        ..ScenarioMcSpec::default()
    };
    let r = scenario_monte_carlo(&s, &spec)
        .unwrap()
        .run_to_end()
        .unwrap();
    assert_eq!(r.failed, 0);
    for (m, month) in report.months.iter().enumerate() {
        let want = [
            m_vs(month.customer.vs_baseline),
            m_vs(month.vendor.vs_baseline),
            m_vs(month.arrears),
            m_vs(month.billed_unpaid),
        ];
        for (series, w) in r.series.iter().zip(want) {
            let b = series.months[m];
            assert_eq!(
                [b.p5, b.p25, b.p50, b.p75, b.p95],
                [w; 5],
                "{} month {m}",
                series.id
            );
        }
    }
    let npv = &r.scalars[0];
    assert_eq!(
        (npv.band.p50, npv.mean),
        (
            cents(report.totals.customer.npv),
            cents(report.totals.customer.npv)
        )
    );
    assert_eq!(r.probabilities[0].probability, Decimal::ONE); // the teaching vendor retaliates
}

fn m_vs(d: Decimal) -> Decimal {
    cents(d)
}

#[test]
fn monte_carlo_is_reproducible_and_samples_events() {
    let mut s = Scenario::default();
    s.operations.outage_probability_base = dec!(0.1);
    s.operations.outage_cost = dec!(1000000);
    s.retaliation.push(RetaliationRule {
        trigger: Trigger::MonthsUnpaid { months: 3 },
        action: Action::Legal {
            vendor_cost: dec!(100000),
            customer_cost: dec!(100000),
            delay_months: 6,
            win_probability: dec!(0.8),
        },
        lag_months: 0,
        reverses_when_cleared: false,
        until_month: None,
        threat: None,
    });
    let spec = ScenarioMcSpec {
        seed: 2023,
        runs: 400,
        params: vec![ParamDistribution {
            id: "payment.late_interest_monthly".into(),
            distribution: Distribution::Triangular {
                low: dec!(0.01),
                mode: dec!(0.015),
                high: dec!(0.03),
            },
        }],
        sample_outages: true,
        sample_lawsuits: true,
        rule_chances: vec![RuleChance {
            rule: 0,
            probability: dec!(0.5),
        }],
    };
    let a = scenario_monte_carlo(&s, &spec)
        .unwrap()
        .run_to_end()
        .unwrap();
    let b = scenario_monte_carlo(&s, &spec)
        .unwrap()
        .run_to_end()
        .unwrap();
    assert_eq!(a, b);
    let prob = |id: &str| {
        let p = a.probabilities.iter().find(|p| p.id == id).unwrap();
        rust_decimal::prelude::ToPrimitive::to_f64(&p.probability).unwrap()
    };
    // 24 months at 10 %: P(at least one outage) = 1 − 0.9²⁴ = 0.9202.
    let se = |p: f64| (p * (1.0 - p) / 400.0).sqrt();
    assert!(
        (prob("outage") - 0.9202).abs() < 4.0 * se(0.9202),
        "{}",
        prob("outage")
    );
    // The lawsuit is won 80 % of the time (if judged within the horizon).
    assert!(prob("lawsuit") > 0.99);
    assert!(
        (prob("judgment") - 0.8).abs() < 4.0 * se(0.8),
        "{}",
        prob("judgment")
    );
    // The mean customer NPV with sampled outages is close to the engine's expected value.
    let expected = simulate(&s).unwrap();
    let mean = a.scalars[0].mean;
    let sd_bound = dec!(1000000) * dec!(4) * dec!(1.2) / dec!(20); // ≈ 4σ/√n of the outage cost sum
    assert!(
        (mean - expected.totals.customer.npv).abs() < sd_bound * dec!(5),
        "{mean}"
    );
    // With the first rule dropped half the time, its cut ad line runs in some runs and not others.
    assert!(a.series[0].months[20].p5 < a.series[0].months[20].p95);
}

#[test]
fn default_distribution_around_a_parameter() {
    let s = Scenario::default();
    // Late interest 0.015 ± 20 % → triangular(0.012, 0.015, 0.018).
    let d = ParamDistribution::around(&s, "payment.late_interest_monthly", dec!(0.2)).unwrap();
    assert_eq!(
        d.distribution,
        Distribution::Triangular {
            low: dec!(0.012),
            mode: dec!(0.015),
            high: dec!(0.018)
        }
    );
    assert!(ParamDistribution::around(&s, "nope", dec!(0.2)).is_err());
}

#[test]
fn monte_carlo_rejects_bad_specs() {
    let s = Scenario::default();
    let bad = |params: Vec<ParamDistribution>, chances: Vec<RuleChance>| ScenarioMcSpec {
        seed: 1,
        runs: 10,
        params,
        rule_chances: chances,
        ..ScenarioMcSpec::default()
    };
    let u = |id: &str, low: Decimal, high: Decimal| ParamDistribution {
        id: id.into(),
        distribution: Distribution::Uniform { low, high },
    };
    assert!(scenario_monte_carlo(&s, &bad(vec![u("nope", dec!(0), dec!(1))], vec![])).is_err());
    assert!(scenario_monte_carlo(
        &s,
        &bad(vec![u("contract.discount", dec!(0), dec!(2))], vec![])
    )
    .is_err());
    assert!(scenario_monte_carlo(
        &s,
        &bad(vec![u("settlement.month", dec!(0), dec!(2))], vec![])
    )
    .is_err());
    assert!(scenario_monte_carlo(
        &s,
        &bad(
            vec![],
            vec![RuleChance {
                rule: usize::MAX,
                probability: dec!(0.5)
            }]
        )
    )
    .is_err());
    assert!(scenario_monte_carlo(
        &s,
        &bad(
            vec![],
            vec![RuleChance {
                rule: 0,
                probability: dec!(1.5)
            }]
        )
    )
    .is_err());
    let mut zero = bad(vec![], vec![]);
    zero.runs = 0;
    assert!(scenario_monte_carlo(&s, &zero).is_err());
}

/// Retaliation rules drawn away in a run are removed by index, whatever the order and
/// repetition of `rule_chances`: with probabilities 0 and 1 nothing is random, so every run of
/// the Twitter–AWS preset with its first rule (the threat to withhold payments) certainly
/// dropped, listed twice and after a kept rule, must equal every run of the preset with that
/// rule deleted by hand. The preset's threat has its deadline after the term; here it is
/// decided two month ends after it is made, so that carrying it out changes the runs.
#[test]
fn monte_carlo_drops_exactly_the_rules_drawn_away() {
    let mut s = standoff_core::model::presets::twitter_aws_2023();
    assert_eq!(s.retaliation.len(), 2);
    if let Some(threat) = s.retaliation[0].threat.as_mut() {
        threat.deadline_months = 2;
    }
    let chance = |rule: usize, probability: Decimal| RuleChance { rule, probability };
    let spec = ScenarioMcSpec {
        seed: 7,
        runs: 5,
        rule_chances: vec![chance(1, dec!(1)), chance(0, dec!(0)), chance(0, dec!(0))],
        ..ScenarioMcSpec::default()
    };
    let drawn = scenario_monte_carlo(&s, &spec)
        .unwrap()
        .run_to_end()
        .unwrap();
    let mut by_hand = s.clone();
    by_hand.retaliation.remove(0);
    let plain = ScenarioMcSpec {
        seed: 7,
        runs: 5,
        ..ScenarioMcSpec::default()
    };
    let expected = scenario_monte_carlo(&by_hand, &plain)
        .unwrap()
        .run_to_end()
        .unwrap();
    assert!(
        drawn == expected,
        "dropping the rule in the run differs from deleting it"
    );
    // And the rule does matter: keeping it changes the runs.
    let kept = scenario_monte_carlo(&s, &plain)
        .unwrap()
        .run_to_end()
        .unwrap();
    assert!(
        drawn != kept,
        "the rule made no difference, so the test proves nothing"
    );
}
