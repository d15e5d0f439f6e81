//! Monte Carlo over a scenario: parameters drawn from distributions, probabilistic events
//! sampled, the engine run on each draw, bands per month and summary probabilities out.
//!
//! Each run, in this fixed order (so a seed always means the same draws):
//! 1. every parameter with a distribution is drawn, rounded to its resolution (whole numbers
//!    for days, months and counts), clamped to its range and set;
//! 2. with `sample_lawsuits`, each legal action's outcome is drawn: it wins the whole claim
//!    with its `win_probability`, else nothing (the engine alone uses the expected value);
//! 3. each retaliation rule listed in `rule_chances` is kept with its probability, else
//!    dropped for this run (will the vendor really carry out the threat?);
//! 4. the engine simulates the drawn scenario;
//! 5. with `sample_outages`, each month has a major outage with the engine's monthly outage
//!    probability, costing the customer `operations.outage_cost`, in place of the engine's
//!    expected cost. The outage risk is the same with and without the standoff, so it shifts
//!    the customer's NPV but not its NPV against the baseline.
//!
//! A draw the engine rejects (an invalid combination) is counted as a failed run and skipped.

use super::bargaining::month_discount;
use super::distributions::Distribution;
use super::monte_carlo::{
    FlagSpec, McConfig, McLayout, McPart, Merged, MonteCarloRun, PathModel, PathOutput, SeriesSpec,
};
use super::rng::SimRng;
use super::scenario_sensitivity::first_retaliation;
use super::{check_unit, dec, invalid, AnalysisError, Input, Problem, Quantity};
use crate::engine::{expected_outage_costs, simulate, Detail, EventKind, Simulator};
use crate::model::params::spec_of;
use crate::model::{get_param, set_param, Action, Scenario};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// A parameter and the distribution it is drawn from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParamDistribution {
    pub id: String,
    pub distribution: Distribution,
}

impl ParamDistribution {
    /// A triangular distribution peaking at the parameter's current value and spreading
    /// ± `share` of it (of its range when it is 0), clamped to the parameter's range: a
    /// sensible default for a slider-driven UI.
    pub fn around(s: &Scenario, id: &str, share: Decimal) -> Result<Self, AnalysisError> {
        let input = || Input::Param(id.to_string());
        let spec = spec_of(s, id).ok_or_else(|| invalid(input(), Problem::NotAParameter))?;
        let base = get_param(s, id).ok_or_else(|| invalid(input(), Problem::NotInScenario))?;
        let range = super::sensitivity::ParamRange::by_share(
            id,
            &spec.label,
            base,
            spec.min,
            spec.max,
            share,
        )?;
        Ok(ParamDistribution {
            id: id.to_string(),
            distribution: Distribution::Triangular {
                low: range.low,
                mode: base,
                high: range.high,
            },
        })
    }
}

/// The chance that retaliation rule `rule` (index in the scenario) is carried out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleChance {
    pub rule: usize,
    pub probability: Decimal,
}

/// Everything a scenario Monte Carlo needs besides the scenario; serialisable for links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ScenarioMcSpec {
    pub seed: u64,
    pub runs: u32,
    pub params: Vec<ParamDistribution>,
    pub sample_outages: bool,
    pub sample_lawsuits: bool,
    pub rule_chances: Vec<RuleChance>,
}

/// Series ids, in layout order.
pub const SERIES: [(&str, &str); 4] = [
    ("customer_vs_baseline", "Customer cash vs baseline"),
    ("vendor_vs_baseline", "Vendor cash vs baseline"),
    ("arrears", "Arrears"),
    ("billed_unpaid", "Billed and unpaid"),
];

/// Scalar ids, in layout order, with their decimals.
pub const SCALARS: [(&str, &str, u32); 8] = [
    ("customer_npv", "Customer NPV", 2),
    ("vendor_npv", "Vendor NPV", 2),
    ("customer_npv_vs_baseline", "Customer NPV vs baseline", 2),
    ("vendor_npv_vs_baseline", "Vendor NPV vs baseline", 2),
    (
        "customer_npv_with_claims_vs_baseline",
        "Customer NPV with claims vs baseline",
        2,
    ),
    (
        "vendor_npv_with_claims_vs_baseline",
        "Vendor NPV with claims vs baseline",
        2,
    ),
    (
        "months_to_first_retaliation",
        "Months until the first retaliation",
        0,
    ),
    ("peak_arrears", "Peak arrears", 2),
];

/// Flag ids, in layout order.
pub const FLAGS: [(&str, &str); 8] = [
    ("retaliation", "The vendor retaliates"),
    ("suspension", "The service is suspended"),
    ("lawsuit", "The vendor sues"),
    ("judgment", "A judgment recovers money"),
    ("outage", "At least one major outage (sampled)"),
    ("settlement", "The settlement is applied"),
    (
        "customer_worse",
        "The customer ends below its baseline NPV (open claims counted)",
    ),
    (
        "vendor_worse",
        "The vendor ends below its baseline NPV (open claims counted)",
    ),
];

/// One sampled path of a scenario.
pub struct ScenarioPathModel {
    base: Scenario,
    spec: ScenarioMcSpec,
    months: usize,
    /// Whether each parameter of `spec.params` takes whole numbers only, looked up once.
    integer: Vec<bool>,
    /// Monthly discount factors `(1 + r)^−(m+1)` for the rate in `factors_rate`, kept between
    /// runs because the rate rarely changes and decimal division is the costly part.
    factors_rate: Option<Decimal>,
    factors: Vec<Decimal>,
    /// Shared by the runs: draws that leave the baseline's inputs alone reuse its baseline.
    sim: Simulator,
}

impl ScenarioPathModel {
    fn draw(&self, rng: &mut SimRng) -> Result<Scenario, AnalysisError> {
        let mut s = self.base.clone();
        for (p, &integer) in self.spec.params.iter().zip(&self.integer) {
            let value = p.distribution.sample(rng)?;
            let value = if integer {
                value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
            } else {
                value
            };
            set_param(&mut s, &p.id, value)
                .map_err(|e| invalid(Input::Param(p.id.clone()), Problem::Rejected(e)))?;
        }
        if self.spec.sample_lawsuits {
            for rule in &mut s.retaliation {
                if let Action::Legal {
                    win_probability, ..
                } = &mut rule.action
                {
                    let p = win_probability.to_f64().unwrap_or(0.0);
                    *win_probability = if rng.bernoulli(p) {
                        Decimal::ONE
                    } else {
                        Decimal::ZERO
                    };
                }
            }
        }
        // One flag per rule: a rule named by several chances goes once, and the others keep
        // their order.
        let mut dropped = vec![false; s.retaliation.len()];
        for chance in &self.spec.rule_chances {
            if !rng.bernoulli(chance.probability.to_f64().unwrap_or(1.0)) {
                if let Some(flag) = dropped.get_mut(chance.rule) {
                    *flag = true;
                }
            }
        }
        let mut flags = dropped.into_iter();
        s.retaliation.retain(|_| !flags.next().unwrap_or(false));
        Ok(s)
    }
}

impl PathModel for ScenarioPathModel {
    fn run(&mut self, rng: &mut SimRng, out: &mut PathOutput) -> Result<(), AnalysisError> {
        let s = self.draw(rng)?;
        // Monthly figures without line-by-line flows: all a path records.
        let report = self
            .sim
            .simulate(&s, Detail::Monthly)
            .map_err(AnalysisError::Model)?;
        let t = &report.totals;

        let mut customer_npv = t.customer.npv;
        let mut outage = false;
        if self.spec.sample_outages && s.operations.outage_cost > Decimal::ZERO {
            let cost = s.operations.outage_cost;
            let cost_f = cost.to_f64().unwrap_or(0.0);
            let rate = t.customer.monthly_discount_rate;
            if self.factors_rate != Some(rate) || self.factors.len() < report.months.len() {
                self.factors.clear();
                let mut factor = month_discount(rate, 0)?;
                let step = dec::add(Decimal::ONE, rate, Quantity::DiscountFactor)?;
                for _ in 0..report.months.len() {
                    self.factors.push(factor);
                    factor = dec::div(factor, step, Quantity::DiscountFactor)?;
                }
                self.factors_rate = Some(rate);
            }
            let expected_cost = expected_outage_costs(&s).map_err(AnalysisError::Model)?;
            for (m, &factor) in report.months.iter().zip(&self.factors) {
                // The engine's outage-risk line of this month, as a cost.
                let expected = expected_cost(m.index);
                if expected > Decimal::ZERO {
                    let p = expected.to_f64().unwrap_or(0.0) / cost_f;
                    let actual = if rng.bernoulli(p) {
                        outage = true;
                        cost
                    } else {
                        Decimal::ZERO
                    };
                    let shift = dec::mul(
                        dec::sub(expected, actual, Quantity::Outage)?,
                        factor,
                        Quantity::Outage,
                    )?;
                    customer_npv = dec::add(customer_npv, shift, Quantity::Outage)?;
                }
            }
        }

        for m in report.months.iter().take(self.months) {
            let i = usize::try_from(m.index)
                .map_err(|_| AnalysisError::Overflow(Quantity::MonthIndex))?;
            for (series, value) in [
                m.customer.vs_baseline,
                m.vendor.vs_baseline,
                m.arrears,
                m.billed_unpaid,
            ]
            .into_iter()
            .enumerate()
            {
                out.set(series, i, value)?;
            }
        }
        let scalars = [
            customer_npv,
            t.vendor.npv,
            t.customer.npv_vs_baseline,
            t.vendor.npv_vs_baseline,
            t.customer.npv_with_claims_vs_baseline,
            t.vendor.npv_with_claims_vs_baseline,
            Decimal::from(first_retaliation(&s, &report)),
            t.peak_arrears,
        ];
        for (i, v) in scalars.into_iter().enumerate() {
            out.set_scalar(i, v)?;
        }
        let has = |kind: EventKind| report.events.iter().any(|ev| ev.kind == kind);
        let flags = [
            has(EventKind::ActionStarted),
            report.months.iter().any(|m| m.suspended),
            has(EventKind::LegalFiled),
            report.events.iter().any(|ev| {
                ev.kind == EventKind::Judgment && ev.amount.unwrap_or_default() > Decimal::ZERO
            }),
            outage,
            report.settlement.as_ref().is_some_and(|c| c.applied),
            t.customer.npv_with_claims_vs_baseline < Decimal::ZERO,
            t.vendor.npv_with_claims_vs_baseline < Decimal::ZERO,
        ];
        for (i, on) in flags.into_iter().enumerate() {
            out.set_flag(i, on)?;
        }
        Ok(())
    }
}

/// The layout every scenario Monte Carlo records.
pub fn scenario_layout(months: usize) -> McLayout {
    McLayout {
        months,
        series: SERIES
            .iter()
            .map(|(id, label)| SeriesSpec {
                id: (*id).into(),
                label: (*label).into(),
                decimals: 2,
            })
            .collect(),
        scalars: SCALARS
            .iter()
            .map(|(id, label, decimals)| SeriesSpec {
                id: (*id).into(),
                label: (*label).into(),
                decimals: *decimals,
            })
            .collect(),
        flags: FLAGS
            .iter()
            .map(|(id, label)| FlagSpec {
                id: (*id).into(),
                label: (*label).into(),
            })
            .collect(),
    }
}

/// Checks `spec` against `s` and prepares a chunked run; call `step` until done, then `finish`.
pub fn scenario_monte_carlo(
    s: &Scenario,
    spec: &ScenarioMcSpec,
) -> Result<MonteCarloRun<ScenarioPathModel>, AnalysisError> {
    // The base scenario must simulate; otherwise every run would fail the same way.
    simulate(s).map_err(AnalysisError::Model)?;
    for p in &spec.params {
        let input = || Input::Distribution(Some(p.id.clone()));
        let param = spec_of(s, &p.id)
            .filter(|_| get_param(s, &p.id).is_some())
            .ok_or_else(|| invalid(input(), Problem::NoSuchParameter))?;
        p.distribution.validate(input())?;
        let (low, high) = p.distribution.support();
        if low < param.min || high > param.max {
            return Err(invalid(
                input(),
                Problem::RangeOutsideParam {
                    low,
                    high,
                    min: param.min,
                    max: param.max,
                },
            ));
        }
    }
    for chance in &spec.rule_chances {
        check_unit(Input::RuleProbability, chance.probability)?;
        if chance.rule >= s.retaliation.len() {
            return Err(invalid(
                Input::RuleProbability,
                Problem::NoRule { rule: chance.rule },
            ));
        }
    }
    let months = usize::try_from(s.horizon_months).unwrap_or(0);
    MonteCarloRun::new(
        McConfig {
            seed: spec.seed,
            runs: spec.runs,
        },
        scenario_layout(months),
        ScenarioPathModel {
            base: s.clone(),
            integer: spec
                .params
                .iter()
                .map(|p| spec_of(s, &p.id).is_some_and(|x| x.unit.is_integer()))
                .collect(),
            spec: spec.clone(),
            months,
            factors_rate: None,
            factors: Vec::new(),
            sim: Simulator::new(),
        },
    )
}

/// The parts of a scenario Monte Carlo (each `scenario_monte_carlo(s, spec)?.only(runs)` run
/// to its end) merged in run order, ready to summarise: the same result as a run in one go.
pub fn merge_scenario_monte_carlo(
    s: &Scenario,
    spec: &ScenarioMcSpec,
    parts: Vec<McPart>,
) -> Result<MonteCarloRun<Merged>, AnalysisError> {
    let months = usize::try_from(s.horizon_months).unwrap_or(0);
    MonteCarloRun::merge(
        McConfig {
            seed: spec.seed,
            runs: spec.runs,
        },
        scenario_layout(months),
        parts,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::monte_carlo::{McResult, McSamples};
    use crate::analysis::split::split_runs;
    use crate::model::presets;

    fn spec(s: &Scenario, runs: u32) -> ScenarioMcSpec {
        ScenarioMcSpec {
            seed: 2023,
            runs,
            params: vec![
                ParamDistribution::around(s, "payment.delay_days", Decimal::new(3, 1))
                    .expect("delay"),
            ],
            sample_outages: true,
            sample_lawsuits: true,
            rule_chances: Vec::new(),
        }
    }

    /// Runs each part to its end, sends its samples through their byte form as a worker does,
    /// and merges.
    fn in_parts(
        s: &Scenario,
        spec: &ScenarioMcSpec,
        parts: usize,
    ) -> Result<McResult, AnalysisError> {
        let pieces = split_runs(spec.runs, parts)
            .into_iter()
            .map(|runs| {
                let mut part = scenario_monte_carlo(s, spec).expect("run").only(runs);
                while !part.step(7).done {}
                let mut part = part.finish_part();
                part.samples = McSamples::decode(&part.samples.encode()).expect("decoded");
                part
            })
            .collect();
        let mut merged = merge_scenario_monte_carlo(s, spec, pieces)?;
        while !merged.summarise(5) {}
        merged.finish()
    }

    #[test]
    fn a_seeded_monte_carlo_in_parts_equals_the_run_in_one_go() {
        for p in presets::all().into_iter().take(3) {
            let spec = spec(&p.scenario, 61);
            let one_shot = scenario_monte_carlo(&p.scenario, &spec)
                .expect("run")
                .run_to_end();
            assert!(one_shot.is_ok(), "{}", p.id);
            for parts in [1, 2, 3, 8] {
                assert_eq!(
                    in_parts(&p.scenario, &spec, parts),
                    one_shot,
                    "{} {parts}",
                    p.id
                );
            }
        }
    }

    #[test]
    fn a_part_missing_leaves_the_merge_unfinished() {
        let s = presets::all().remove(0).scenario;
        let spec = spec(&s, 20);
        let mut part = scenario_monte_carlo(&s, &spec).expect("run").only(10..20);
        part.step(u32::MAX);
        let merged = merge_scenario_monte_carlo(&s, &spec, vec![part.finish_part()]);
        assert!(matches!(
            merged,
            Err(AnalysisError::NotFinished {
                completed: 0,
                total: 20
            })
        ));
    }

    #[test]
    fn samples_survive_their_byte_form_and_refuse_other_bytes() {
        let samples = McSamples {
            series: vec![vec![1, 2, 3], vec![], vec![0x80, 0x01]],
            scalars: vec![vec![i64::MIN, 0, i64::MAX], vec![]],
        };
        let bytes = samples.encode();
        assert_eq!(McSamples::decode(&bytes), Some(samples));
        assert_eq!(McSamples::decode(&bytes[..bytes.len() - 1]), None);
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(McSamples::decode(&longer), None);
    }
}
