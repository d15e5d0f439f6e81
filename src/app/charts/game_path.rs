//! A played game's path month by month beside the prediction: the cash chart of the game's
//! report, with the month of the deal and the month by which the analysis predicted half of
//! such standoffs would be over.

use std::rc::Rc;

use super::build::cash_position;
use super::spec::{ChartSpec, MonthMark};
use standoff_core::engine::Report;
use standoff_core::model::Scenario;
use standoff_words::format::month_label;
use standoff_words::game::{deal_mark, predicted_mark};
use standoff_words::Lang;

/// The cash chart of a game's `report` (its scenario `scenario`), marked at `deal_month` when
/// the game settled and at `predicted_month`, the prediction's blink month, when it lies in
/// the horizon.
pub fn game_path(
    lang: Lang,
    report: &Report,
    scenario: &Scenario,
    deal_month: Option<u32>,
    predicted_month: Option<u32>,
) -> Rc<ChartSpec> {
    let mut spec = cash_position(lang, report, scenario, None);
    if let ChartSpec::Monthly(chart) = &mut spec {
        let horizon = scenario.horizon_months;
        let mut mark = |month: u32, label: String| {
            if month < horizon {
                chart.marks.push(MonthMark {
                    month: usize::try_from(month).unwrap_or(usize::MAX),
                    label,
                });
            }
        };
        if let Some(month) = predicted_month {
            mark(
                month,
                predicted_mark(lang, &month_label(lang, report.start, month)),
            );
        }
        if let Some(month) = deal_month {
            mark(
                month,
                deal_mark(lang, &month_label(lang, report.start, month)),
            );
        }
    }
    Rc::new(spec)
}
