//! Tornado and sweep over a scenario's parameters, on a chosen engine output.
//!
//! Parameters are those of `model::params::param_specs`; each value is rounded to its unit's
//! resolution before it is set (whole numbers for days, months and counts), so a range of ±20 %
//! on a 45-day delay moves it to 36 and 54 days.

use super::bargaining::settlement_price;
use super::sensitivity::{tornado, ParamRange, Sweep, Tornado};
use super::sweep_run::SweepRun;
use super::{invalid, AnalysisError, Input, Problem, Undefined};
use crate::engine::{Detail, EventKind, Report, Simulator};
use crate::model::params::spec_of;
use crate::model::{get_param, param_specs, set_param, Scenario};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// An output of one simulation, as a single number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Output {
    /// The customer's NPV.
    CustomerNpv,
    /// The vendor's NPV.
    VendorNpv,
    /// The customer's NPV minus its pay-on-time baseline NPV.
    CustomerNpvVsBaseline,
    /// The vendor's NPV minus its baseline NPV.
    VendorNpvVsBaseline,
    /// The customer's NPV counting the open claims at the horizon as paid on its last day,
    /// minus the same in the baseline (the engine's `npv_with_claims_vs_baseline`).
    CustomerNpvWithClaimsVsBaseline,
    /// The same for the vendor.
    VendorNpvWithClaimsVsBaseline,
    /// Months from the start until the first retaliation action takes effect (its 0-based
    /// month index); the horizon when nothing happens within it.
    MonthsToFirstRetaliation,
    /// The highest month-end arrears.
    PeakArrears,
    /// What the customer owes on bills at the end of the horizon: arrears, late interest and
    /// the collection claim (the engine's `billed_unpaid`).
    FinalBilledUnpaid,
    /// The shortfall accrued and not yet invoiced at the end of the horizon, which is due
    /// only if usage stays low until the true-up (the engine's `shortfall_exposure`).
    FinalShortfallExposure,
    /// The symmetric Nash settlement price, the midpoint of the two reservation prices (see
    /// [`super::bargaining`]); it takes two simulations instead of one.
    SettlementPrice,
}

impl Output {
    /// Every output, for a picker.
    pub const ALL: [Output; 11] = [
        Output::CustomerNpv,
        Output::VendorNpv,
        Output::CustomerNpvVsBaseline,
        Output::VendorNpvVsBaseline,
        Output::CustomerNpvWithClaimsVsBaseline,
        Output::VendorNpvWithClaimsVsBaseline,
        Output::MonthsToFirstRetaliation,
        Output::PeakArrears,
        Output::FinalBilledUnpaid,
        Output::FinalShortfallExposure,
        Output::SettlementPrice,
    ];

    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            Output::CustomerNpv => "Customer NPV",
            Output::VendorNpv => "Vendor NPV",
            Output::CustomerNpvVsBaseline => "Customer NPV vs baseline",
            Output::VendorNpvVsBaseline => "Vendor NPV vs baseline",
            Output::CustomerNpvWithClaimsVsBaseline => "Customer NPV with claims vs baseline",
            Output::VendorNpvWithClaimsVsBaseline => "Vendor NPV with claims vs baseline",
            Output::MonthsToFirstRetaliation => "Months until the first retaliation",
            Output::PeakArrears => "Peak arrears",
            Output::FinalBilledUnpaid => "Billed and unpaid at the end",
            Output::FinalShortfallExposure => "Shortfall accrued, not yet billed, at the end",
            Output::SettlementPrice => "Settlement price (Nash)",
        }
    }

    /// This output of an already simulated report (for all but the settlement price).
    pub fn of_report(self, s: &Scenario, report: &Report) -> Option<Decimal> {
        let t = &report.totals;
        Some(match self {
            Output::CustomerNpv => t.customer.npv,
            Output::VendorNpv => t.vendor.npv,
            Output::CustomerNpvVsBaseline => t.customer.npv_vs_baseline,
            Output::VendorNpvVsBaseline => t.vendor.npv_vs_baseline,
            Output::CustomerNpvWithClaimsVsBaseline => t.customer.npv_with_claims_vs_baseline,
            Output::VendorNpvWithClaimsVsBaseline => t.vendor.npv_with_claims_vs_baseline,
            Output::MonthsToFirstRetaliation => Decimal::from(first_retaliation(s, report)),
            Output::PeakArrears => t.peak_arrears,
            // A report without months (`Detail::Totals`) carries the same figure in its totals.
            Output::FinalBilledUnpaid => match report.months.last() {
                Some(m) => m.billed_unpaid,
                None => t.final_billed_unpaid()?,
            },
            Output::FinalShortfallExposure => t.final_shortfall_exposure,
            Output::SettlementPrice => return None,
        })
    }

    /// Simulates `s` and returns this output.
    pub fn evaluate(self, s: &Scenario) -> Result<Decimal, AnalysisError> {
        self.evaluate_with(&mut Simulator::new(), s)
    }

    /// [`Output::evaluate`] on a [`Simulator`] shared by the variants of one analysis, which
    /// reuses their baselines and builds only the totals the output reads.
    pub fn evaluate_with(
        self,
        sim: &mut Simulator,
        s: &Scenario,
    ) -> Result<Decimal, AnalysisError> {
        if self == Output::SettlementPrice {
            return settlement_price(s);
        }
        let report = sim
            .simulate(s, Detail::Totals)
            .map_err(AnalysisError::Model)?;
        self.of_report(s, &report).ok_or(AnalysisError::Undefined(
            Undefined::OutputNeedsOwnEvaluation,
        ))
    }

    /// [`Output::evaluate_with`] through a `RefCell`, for the analyses whose model is a `Fn`.
    pub(crate) fn evaluate_shared(
        self,
        sim: &RefCell<Simulator>,
        s: &Scenario,
    ) -> Result<Decimal, AnalysisError> {
        match sim.try_borrow_mut() {
            Ok(mut sim) => self.evaluate_with(&mut sim, s),
            // Only a re-entrant call could find it borrowed; it gets a simulator of its own.
            Err(_) => self.evaluate(s),
        }
    }
}

/// The month index of the first retaliation action, or the horizon if none.
pub fn first_retaliation(s: &Scenario, report: &Report) -> u32 {
    report
        .events
        .iter()
        .find(|e| e.kind == EventKind::ActionStarted)
        .map_or(s.horizon_months, |e| e.month_index)
}

/// Rounds a value to the resolution its parameter accepts (whole numbers where required).
pub(crate) fn fit_to_param(s: &Scenario, id: &str, value: Decimal) -> Decimal {
    let integer = spec_of(s, id).is_some_and(|p| p.unit.is_integer());
    if integer {
        value.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    } else {
        value
    }
}

pub(crate) fn setter(s: &mut Scenario, id: &str, value: Decimal) -> Result<(), AnalysisError> {
    let value = fit_to_param(s, id, value);
    set_param(s, id, value).map_err(|e| invalid(Input::Param(id.to_string()), Problem::Rejected(e)))
}

/// The tornado ranges of every parameter of `s`: base ± `share` of it, clamped to its range
/// and rounded to its resolution. Parameters whose range collapses to the base are left out.
pub fn ranges_by_share(s: &Scenario, share: Decimal) -> Result<Vec<ParamRange>, AnalysisError> {
    let mut ranges = Vec::new();
    for spec in param_specs(s) {
        let Some(base) = get_param(s, &spec.id) else {
            continue;
        };
        let mut r = ParamRange::by_share(&spec.id, &spec.label, base, spec.min, spec.max, share)?;
        r.low = fit_to_param(s, &spec.id, r.low).max(spec.min);
        r.high = fit_to_param(s, &spec.id, r.high).min(spec.max);
        if r.low != base || r.high != base {
            ranges.push(r);
        }
    }
    Ok(ranges)
}

/// A tornado of `output` over every parameter of `s`, each moved by ± `share`.
pub fn scenario_tornado(
    s: &Scenario,
    output: Output,
    share: Decimal,
) -> Result<Tornado, AnalysisError> {
    let ranges = ranges_by_share(s, share)?;
    scenario_tornado_ranges(s, output, &ranges)
}

/// A tornado of `output` over given parameter ranges (for set ranges instead of a share).
pub fn scenario_tornado_ranges(
    s: &Scenario,
    output: Output,
    ranges: &[ParamRange],
) -> Result<Tornado, AnalysisError> {
    let sim = RefCell::new(Simulator::new());
    tornado(s, ranges, setter, |s: &Scenario| {
        output.evaluate_shared(&sim, s)
    })
}

/// A sweep of `output` over parameter `x_id` from `x_low` to `x_high` and `y_id` likewise,
/// with `points` values per axis (up to 41), in one go. The browser runs the same
/// [`SweepRun`] a few rows at a time instead.
pub fn scenario_sweep(
    s: &Scenario,
    output: Output,
    x_id: &str,
    x_range: (Decimal, Decimal),
    y_id: &str,
    y_range: (Decimal, Decimal),
    points: usize,
) -> Result<Sweep, AnalysisError> {
    let mut run = SweepRun::new(s, output, x_id, x_range, y_id, y_range, points)?;
    run.step(usize::MAX);
    run.finish()
}
