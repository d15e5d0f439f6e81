//! What a chart shows, as plain data: every number already `f64` for drawing, with the exact
//! amount beside it for the readout and the data table (as formatted text, except a monthly
//! chart's amounts, which are written only when a readout or an open table asks: a slider input
//! rebuilds the monthly charts, and writing every month of every series cost more than the
//! few a reader looks at).
//!
//! A [`ChartSpec`] is built by the pure functions of [`super::build`] and drawn by
//! [`super::draw`]. Keeping it free of the browser lets the builders, the data tables and the
//! readouts be tested natively.

use rust_decimal::Decimal;

use super::colour::Rgb;
use standoff_words::charts::ChartMsg;
use standoff_words::format::money;
use standoff_words::Lang;

/// What the part of a monthly chart after the timeline cursor looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AfterCursor {
    /// Drawn, then covered by a translucent grey veil: the future is visible but muted.
    #[default]
    Grey,
    /// Not drawn at all: the chart ends at the cursor.
    Cut,
}

/// What every chart has: a kind (the `data-chart` attribute and the PNG file name), a title
/// and axis labels with their units.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    /// A short machine name such as `cash` or `flows-customer`.
    pub kind: String,
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    /// The language of the labels, for what the chart writes itself (table headers,
    /// readouts, legends, axis ticks).
    pub lang: Lang,
}

/// How a series of a monthly chart is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Line,
    DashedLine,
    /// A bar stacked with the other bars of the month: positive values upwards from zero,
    /// negative values downwards.
    Bar,
}

/// One series of a monthly chart.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthSeries {
    pub label: String,
    pub colour: Rgb,
    pub mark: Mark,
    /// One value per month, for drawing.
    pub values: Vec<f64>,
    /// The same values, exact, for the readout and table, which write them in the chart's
    /// language and currency ([`MonthlyChart::exact`], e.g. `-$1,234.56`).
    pub amounts: Vec<Decimal>,
}

/// What kind of monthly chart this is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MonthlyKind {
    /// Lines (and bars, if any series is a [`Mark::Bar`]).
    Lines,
    /// A Monte Carlo fan: the series are the 5th, 25th, 50th, 75th and 95th percentiles, drawn
    /// as nested bands around the median line. `progress` is the share of runs done while the
    /// simulation is still running.
    Fan { progress: Option<f32> },
}

/// A chart over the months of a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthlyChart {
    pub meta: Meta,
    pub kind: MonthlyKind,
    /// Month labels such as "Mar 2023", one per month.
    pub months: Vec<String>,
    /// How many months the x axis spans; at least `months.len()`, more when a compared
    /// scenario runs longer.
    pub x_months: usize,
    pub series: Vec<MonthSeries>,
    /// The currency the series' amounts are written in.
    pub currency: String,
    /// A fixed y range (for shared axes in compare mode); `None` fits the data.
    pub y_range: Option<(f64, f64)>,
    pub after_cursor: AfterCursor,
    /// A sentence shown instead of the data when there is none (e.g. the simulation failed).
    pub note: Option<String>,
    /// Months marked with a labelled vertical line (the month the leverage flips).
    pub marks: Vec<MonthMark>,
}

/// A month marked on a monthly chart: a dashed vertical line and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthMark {
    /// 0-based month index.
    pub month: usize,
    pub label: String,
}

/// One point of the bargaining number line.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceMarker {
    pub label: String,
    pub value: f64,
    pub exact: String,
    pub colour: Rgb,
}

/// The stretch between the two reservation prices: the ZOPA when they overlap, the gap when
/// they do not.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceBand {
    pub from: f64,
    pub to: f64,
    /// True for a zone of possible agreement, false for a gap.
    pub agreement: bool,
    pub label: String,
    /// The width (or the gap), exact.
    pub exact: String,
}

/// The bargaining picture: a number line of settlement prices.
#[derive(Clone, Debug, PartialEq)]
pub struct BargainingChart {
    pub meta: Meta,
    pub band: PriceBand,
    pub markers: Vec<PriceMarker>,
    /// Plain sentences from the analysis (what could not be computed and why).
    pub notes: Vec<String>,
}

/// One bar of a tornado chart.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    pub label: String,
    /// Output with the parameter at its low and high input; `None` where the run failed.
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_input: String,
    pub high_input: String,
    pub low_exact: String,
    pub high_exact: String,
    pub swing_exact: String,
    pub error: Option<String>,
}

/// A tornado chart: horizontal bars from the base output to the output at each parameter's
/// low and high value, widest swing first.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoChart {
    pub meta: Meta,
    pub base: f64,
    pub base_exact: String,
    pub low_colour: Rgb,
    pub high_colour: Rgb,
    pub rows: Vec<TornadoRow>,
    /// Parameters that did not move the output at all: listed, not drawn, so that the bars
    /// that matter keep their room.
    pub unmoved: Vec<String>,
}

/// The colour scale of a heatmap: `stops` evenly spread from `min` to `max`.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatScale {
    pub min: f64,
    pub max: f64,
    pub min_exact: String,
    pub max_exact: String,
    pub stops: Vec<Rgb>,
}

/// A heatmap of a two-parameter sweep, one rectangle per grid point.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatmapChart {
    pub meta: Meta,
    /// Tick labels of the x values (columns) and y values (rows).
    pub x_values: Vec<String>,
    pub y_values: Vec<String>,
    /// `cells[iy * x_values.len() + ix]`, `None` where the run failed.
    pub cells: Vec<Option<f64>>,
    pub exact: Vec<String>,
    /// Each cell's colour from the scale (grey for a failed run).
    pub colours: Vec<Rgb>,
    pub scale: HeatScale,
    /// What the cells measure, e.g. "Customer NPV vs baseline (USD)".
    pub value_label: String,
    pub note: Option<String>,
}

/// Any chart of the application.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    Monthly(MonthlyChart),
    Bargaining(BargainingChart),
    Tornado(TornadoChart),
    Heatmap(HeatmapChart),
}

/// The numbers behind a chart as a table: a caption, column headers, and rows whose first
/// cell names the row.
#[derive(Clone, Debug, PartialEq)]
pub struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl ChartSpec {
    pub fn meta(&self) -> &Meta {
        match self {
            ChartSpec::Monthly(chart) => &chart.meta,
            ChartSpec::Bargaining(chart) => &chart.meta,
            ChartSpec::Tornado(chart) => &chart.meta,
            ChartSpec::Heatmap(chart) => &chart.meta,
        }
    }

    /// Whether the chart runs over months (and so takes a timeline cursor).
    pub fn is_monthly(&self) -> bool {
        matches!(self, ChartSpec::Monthly(_))
    }

    /// How many points the readout can step through: months, markers, bars or cells.
    pub fn point_count(&self) -> usize {
        match self {
            ChartSpec::Monthly(chart) => chart.months.len(),
            ChartSpec::Bargaining(chart) => chart.markers.len() + 1,
            ChartSpec::Tornado(chart) => chart.rows.len(),
            ChartSpec::Heatmap(chart) => chart.cells.len(),
        }
    }

    /// How far the up arrow moves the readout (the down arrow moves back as far): up a row of
    /// a heatmap, up to the previous (wider) bar of a tornado, one point forward elsewhere.
    pub fn up_step(&self) -> isize {
        match self {
            ChartSpec::Heatmap(chart) => isize::try_from(chart.x_values.len().max(1)).unwrap_or(1),
            ChartSpec::Tornado(_) => -1,
            _ => 1,
        }
    }

    /// A height that suits the chart, in CSS pixels.
    pub fn preferred_height(&self) -> u32 {
        match self {
            ChartSpec::Monthly(_) => 320,
            ChartSpec::Bargaining(_) => 260,
            ChartSpec::Tornado(chart) => {
                let rows = u32::try_from(chart.rows.len()).unwrap_or(u32::MAX);
                rows.saturating_mul(26).saturating_add(110).clamp(200, 900)
            }
            ChartSpec::Heatmap(_) => 380,
        }
    }

    /// The exact values at point `index`, as one sentence for the readout.
    pub fn readout(&self, index: usize) -> Option<String> {
        match self {
            ChartSpec::Monthly(chart) => {
                let month = chart.months.get(index)?;
                let parts: Vec<String> = chart
                    .series
                    .iter()
                    .filter_map(|series| {
                        chart
                            .exact(series, index)
                            .map(|value| format!("{} {value}", series.label))
                    })
                    .collect();
                Some(format!("{month}: {}", parts.join("; ")))
            }
            ChartSpec::Bargaining(chart) => {
                if index == 0 {
                    Some(format!("{}: {}", chart.band.label, chart.band.exact))
                } else {
                    let marker = chart.markers.get(index - 1)?;
                    Some(format!("{}: {}", marker.label, marker.exact))
                }
            }
            ChartSpec::Tornado(chart) => {
                let row = chart.rows.get(index)?;
                let (label, base) = (&row.label, &chart.base_exact);
                let (low_in, low_out) = (&row.low_input, &row.low_exact);
                let (high_in, high_out, swing) =
                    (&row.high_input, &row.high_exact, &row.swing_exact);
                Some(match chart.meta.lang {
                    Lang::En => format!(
                        "{label}: low {low_in} gives {low_out}; high {high_in} gives {high_out}; swing {swing} (base {base})"
                    ),
                    Lang::Fr => format!(
                        "{label}\u{a0}: bas {low_in} donne {low_out}\u{202f}; haut {high_in} donne {high_out}\u{202f}; amplitude {swing} (base {base})"
                    ),
                })
            }
            ChartSpec::Heatmap(chart) => {
                let columns = chart.x_values.len();
                if columns == 0 {
                    return None;
                }
                let x = chart.x_values.get(index % columns)?;
                let y = chart.y_values.get(index / columns)?;
                let value = chart.exact.get(index)?;
                Some(format!(
                    "{} {x}, {} {y}: {value}",
                    chart.meta.x_label, chart.meta.y_label
                ))
            }
        }
    }

    /// The numbers behind the chart, exact.
    pub fn table(&self) -> DataTable {
        match self {
            ChartSpec::Monthly(chart) => DataTable {
                caption: chart.meta.title.clone(),
                columns: std::iter::once(chart.meta.lang.t(ChartMsg::Month).to_string())
                    .chain(chart.series.iter().map(|series| series.label.clone()))
                    .collect(),
                rows: chart
                    .months
                    .iter()
                    .enumerate()
                    .map(|(index, month)| {
                        std::iter::once(month.clone())
                            .chain(
                                chart
                                    .series
                                    .iter()
                                    .map(|series| chart.exact(series, index).unwrap_or_default()),
                            )
                            .collect()
                    })
                    .collect(),
            },
            ChartSpec::Bargaining(chart) => DataTable {
                caption: chart.meta.title.clone(),
                columns: vec![
                    chart.meta.lang.t(ChartMsg::Point).into(),
                    chart.meta.x_label.clone(),
                ],
                rows: std::iter::once(vec![chart.band.label.clone(), chart.band.exact.clone()])
                    .chain(
                        chart
                            .markers
                            .iter()
                            .map(|marker| vec![marker.label.clone(), marker.exact.clone()]),
                    )
                    .collect(),
            },
            ChartSpec::Tornado(chart) => DataTable {
                caption: {
                    let (title, base) = (&chart.meta.title, &chart.base_exact);
                    let unmoved = chart.unmoved.join(", ");
                    match (chart.meta.lang, chart.unmoved.is_empty()) {
                        (Lang::En, true) => format!("{title} (base {base})"),
                        (Lang::Fr, true) => format!("{title} (base {base})"),
                        (Lang::En, false) => {
                            format!("{title} (base {base}). No effect: {unmoved}.")
                        }
                        (Lang::Fr, false) => {
                            format!("{title} (base {base}). Sans effet\u{a0}: {unmoved}.")
                        }
                    }
                },
                columns: [
                    ChartMsg::Parameter,
                    ChartMsg::LowInput,
                    ChartMsg::HighInput,
                    ChartMsg::OutputAtLow,
                    ChartMsg::OutputAtHigh,
                    ChartMsg::Swing,
                ]
                .iter()
                .map(|text| chart.meta.lang.t(*text).to_string())
                .collect(),
                rows: chart
                    .rows
                    .iter()
                    .map(|row| {
                        vec![
                            row.label.clone(),
                            row.low_input.clone(),
                            row.high_input.clone(),
                            row.low_exact.clone(),
                            row.high_exact.clone(),
                            row.swing_exact.clone(),
                        ]
                    })
                    .collect(),
            },
            ChartSpec::Heatmap(chart) => {
                let columns = chart.x_values.len().max(1);
                DataTable {
                    caption: format!("{}: {}", chart.meta.title, chart.value_label),
                    columns: std::iter::once(format!(
                        "{} \\ {}",
                        chart.meta.y_label, chart.meta.x_label
                    ))
                    .chain(chart.x_values.iter().cloned())
                    .collect(),
                    rows: chart
                        .y_values
                        .iter()
                        .enumerate()
                        .map(|(iy, y)| {
                            std::iter::once(y.clone())
                                .chain(
                                    chart
                                        .exact
                                        .iter()
                                        .skip(iy * columns)
                                        .take(chart.x_values.len())
                                        .cloned(),
                                )
                                .collect()
                        })
                        .collect(),
                }
            }
        }
    }

    /// The same chart with a fixed y range (monthly charts only; others are returned as they
    /// are).
    pub fn with_y_range(mut self, range: (f64, f64)) -> Self {
        if let ChartSpec::Monthly(chart) = &mut self {
            chart.y_range = Some(range);
        }
        self
    }

    /// The same chart with the part after the timeline cursor greyed or cut (monthly charts
    /// only).
    pub fn with_after_cursor(mut self, after: AfterCursor) -> Self {
        if let ChartSpec::Monthly(chart) = &mut self {
            chart.after_cursor = after;
        }
        self
    }

    /// The same chart with the x axis spanning at least `months` months.
    pub fn with_x_months(mut self, months: usize) -> Self {
        if let ChartSpec::Monthly(chart) = &mut self {
            chart.x_months = chart.x_months.max(months);
        }
        self
    }
}

impl MonthlyChart {
    /// The exact value of `series` (one of this chart's) at month `index`, written in the
    /// chart's language and currency.
    pub fn exact(&self, series: &MonthSeries, index: usize) -> Option<String> {
        let amount = series.amounts.get(index)?;
        Some(money(self.meta.lang, *amount, &self.currency))
    }

    /// The smallest and largest value the chart draws (zero always included): stacked bars
    /// count as their positive and negative totals per month.
    pub fn data_range(&self) -> (f64, f64) {
        let mut low = 0.0_f64;
        let mut high = 0.0_f64;
        let mut include = |value: f64| {
            if value.is_finite() {
                low = low.min(value);
                high = high.max(value);
            }
        };
        for series in self.series.iter().filter(|series| series.mark != Mark::Bar) {
            series.values.iter().copied().for_each(&mut include);
        }
        for index in 0..self.months.len() {
            let (up, down) = self.stack_totals(index);
            include(up);
            include(down);
        }
        (low, high)
    }

    /// The y range drawn: the fixed one if set, else the data range padded by 5 % and never
    /// empty.
    pub fn drawn_range(&self) -> (f64, f64) {
        if let Some((low, high)) = self.y_range {
            if low.is_finite() && high.is_finite() && high > low {
                return (low, high);
            }
        }
        pad_range(self.data_range())
    }

    /// The totals of the positive and of the negative bars of month `index`.
    pub fn stack_totals(&self, index: usize) -> (f64, f64) {
        self.series
            .iter()
            .filter(|series| series.mark == Mark::Bar)
            .filter_map(|series| series.values.get(index).copied())
            .filter(|value| value.is_finite())
            .fold((0.0, 0.0), |(up, down), value| {
                if value >= 0.0 {
                    (up + value, down)
                } else {
                    (up, down + value)
                }
            })
    }
}

/// Pads a range by 5 % on each side, and widens an empty one to ±1 around it.
pub fn pad_range((low, high): (f64, f64)) -> (f64, f64) {
    let width = high - low;
    if width.is_nan() || width < 1.0 {
        return (low - 1.0, high + 1.0);
    }
    let pad = width * 0.05;
    (low - pad, high + pad)
}

/// The union of two charts' y ranges, padded, for shared axes in compare mode. `None` unless
/// both are monthly charts.
pub fn shared_y_range(a: &ChartSpec, b: &ChartSpec) -> Option<(f64, f64)> {
    match (a, b) {
        (ChartSpec::Monthly(a), ChartSpec::Monthly(b)) => {
            let (a_low, a_high) = a.data_range();
            let (b_low, b_high) = b.data_range();
            Some(pad_range((a_low.min(b_low), a_high.max(b_high))))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(label: &str, mark: Mark, values: &[f64]) -> MonthSeries {
        MonthSeries {
            label: label.into(),
            colour: Rgb(0, 0, 0),
            mark,
            values: values.to_vec(),
            amounts: values
                .iter()
                .map(|value| Decimal::try_from(*value).unwrap_or_default())
                .collect(),
        }
    }

    fn monthly(series: Vec<MonthSeries>) -> MonthlyChart {
        MonthlyChart {
            meta: Meta {
                kind: "test".into(),
                title: "Test".into(),
                x_label: "Month".into(),
                y_label: "USD".into(),
                lang: Lang::En,
            },
            kind: MonthlyKind::Lines,
            months: vec!["Jan 2023".into(), "Feb 2023".into()],
            x_months: 2,
            series,
            currency: "USD".into(),
            y_range: None,
            after_cursor: AfterCursor::Grey,
            note: None,
            marks: Vec::new(),
        }
    }

    #[test]
    fn stacked_bars_range_over_their_positive_and_negative_totals() {
        // Month 1: +30 and +50 stack to 80 upwards; -20 alone goes down to -20.
        // Month 2: +10 up, -40 and -25 stack to -65 downwards.
        let chart = monthly(vec![
            series("a", Mark::Bar, &[30.0, 10.0]),
            series("b", Mark::Bar, &[50.0, -40.0]),
            series("c", Mark::Bar, &[-20.0, -25.0]),
        ]);
        assert_eq!(chart.stack_totals(0), (80.0, -20.0));
        assert_eq!(chart.stack_totals(1), (10.0, -65.0));
        assert_eq!(chart.data_range(), (-65.0, 80.0));
        // Padded by 5 % of the span 145: 7.25 each side.
        assert_eq!(chart.drawn_range(), (-72.25, 87.25));
    }

    #[test]
    fn a_fixed_range_wins_and_shared_ranges_take_the_union() {
        let a = ChartSpec::Monthly(monthly(vec![series("a", Mark::Line, &[100.0, 200.0])]));
        let b = ChartSpec::Monthly(monthly(vec![series("b", Mark::Line, &[-100.0, 50.0])]));
        // Union -100..200, span 300, padded by 15.
        let shared = shared_y_range(&a, &b);
        assert_eq!(shared, Some((-115.0, 215.0)));
        let ChartSpec::Monthly(fixed) = a.with_y_range((-115.0, 215.0)) else {
            panic!("still monthly")
        };
        assert_eq!(fixed.drawn_range(), (-115.0, 215.0));
    }

    #[test]
    fn the_table_and_readout_show_the_exact_values() {
        let spec = ChartSpec::Monthly(monthly(vec![
            series("Up", Mark::Line, &[1.0, 2.0]),
            series("Down", Mark::Line, &[-1.0, -2.0]),
        ]));
        let table = spec.table();
        assert_eq!(table.columns, vec!["Month", "Up", "Down"]);
        assert_eq!(table.rows.len(), 2);
        // Written as money in the chart's currency: dollars, no cents when there are none.
        assert_eq!(table.rows[1], vec!["Feb 2023", "$2", "-$2"]);
        assert_eq!(
            spec.readout(1).as_deref(),
            Some("Feb 2023: Up $2; Down -$2")
        );
        assert_eq!(spec.readout(2), None);
    }

    #[test]
    fn an_empty_range_is_widened() {
        assert_eq!(pad_range((0.0, 0.0)), (-1.0, 1.0));
        assert_eq!(pad_range((5.0, 5.5)), (4.0, 6.5));
    }
}
