//! The cartesian layout of each kind of chart: its data ranges, the space around the plot and
//! what its axes show, from the chart and the CSS size of the area below its head.

use super::text::shorten;
use super::ticks::{category_step, money_ticks, month_ticks, span};
use crate::app::charts::spec::{BargainingChart, HeatmapChart, MonthlyChart, TornadoChart};

/// The space around a cartesian plot, CSS pixels: margins, and the areas the tick labels take
/// below the plot (`x_labels`) and left of it (`y_labels`). Zero is no space.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Margins {
    pub top: f64,
    pub left: f64,
    pub right: f64,
    pub x_labels: f64,
    pub y_labels: f64,
}

/// What the axes of a cartesian chart show: ticks at data positions with their labels, the
/// axis descriptions, which ticks get grid lines, and whether the left axis line is drawn.
#[derive(Debug, PartialEq)]
pub struct Axes<'a> {
    pub x_ticks: Vec<(f64, String)>,
    pub y_ticks: Vec<(f64, String)>,
    pub x_desc: &'a str,
    pub y_desc: &'a str,
    pub x_grid: bool,
    pub y_grid: bool,
    pub left_axis: bool,
}

/// A cartesian chart's layout: the data ranges of its axes, its margins and its axes.
#[derive(Debug, PartialEq)]
pub struct Cartesian<'a> {
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    pub margins: Margins,
    pub axes: Axes<'a>,
}

/// The width of the colour scale beside a heatmap, CSS pixels.
pub const HEAT_SCALE_WIDTH: f64 = 78.0;

/// Months along x, one per unit, and amounts up y; a grid both ways.
pub fn monthly(chart: &MonthlyChart, (css_width, css_height): (f64, f64)) -> Cartesian<'_> {
    let x_range = (
        -0.5,
        chart.x_months.max(chart.months.len()).max(1) as f64 - 0.5,
    );
    let y_range = chart.drawn_range();
    let x_count = ((css_width / 95.0) as usize).clamp(2, 12);
    let y_count = ((css_height / 45.0) as usize).clamp(3, 10);
    let x_ticks = month_ticks(chart.months.len(), x_count)
        .into_iter()
        .map(|index| {
            let label = chart.months.get(index).cloned().unwrap_or_default();
            (index as f64, label)
        })
        .collect();
    Cartesian {
        x_range,
        y_range,
        margins: Margins {
            top: 4.0,
            right: 14.0,
            x_labels: 40.0,
            y_labels: 58.0,
            ..Margins::default()
        },
        axes: Axes {
            x_ticks,
            y_ticks: money_ticks(chart.meta.lang, y_range, y_count),
            x_desc: &chart.meta.x_label,
            y_desc: &chart.meta.y_label,
            x_grid: true,
            y_grid: true,
            left_axis: true,
        },
    }
}

/// A number line of prices across the band and the markers, with room for the markers'
/// labels on both sides; no y axis.
pub fn bargaining(chart: &BargainingChart, css_width: f64) -> Cartesian<'_> {
    let values = chart
        .markers
        .iter()
        .map(|marker| marker.value)
        .chain([chart.band.from, chart.band.to]);
    let x_range = span(values, 0.12);
    let x_count = ((css_width / 90.0) as usize).clamp(2, 10);
    Cartesian {
        x_range,
        y_range: (0.0, 1.0),
        margins: Margins {
            left: 14.0,
            right: 14.0,
            x_labels: 40.0,
            ..Margins::default()
        },
        axes: Axes {
            x_ticks: money_ticks(chart.meta.lang, x_range, x_count),
            y_ticks: Vec::new(),
            x_desc: &chart.meta.x_label,
            y_desc: "",
            x_grid: true,
            y_grid: false,
            left_axis: false,
        },
    }
}

/// Outputs along x; one bar a row up y with the widest at the top (row 0 sits at
/// y = rows − 1), labelled as often as the height allows with labels shortened to fit.
pub fn tornado(chart: &TornadoChart, (css_width, css_height): (f64, f64)) -> Cartesian<'_> {
    let rows = chart.rows.len();
    let values = chart
        .rows
        .iter()
        .flat_map(|row| [row.low, row.high])
        .flatten()
        .chain(std::iter::once(chart.base));
    let x_range = span(values, 0.05);
    let label_width = (css_width * 0.38).clamp(90.0, 240.0);
    let max_chars = (label_width / (12.0 * 0.56)) as usize;
    let label_every = category_step(rows, (css_height / 16.0) as usize);
    let y_ticks = chart
        .rows
        .iter()
        .rev()
        .enumerate()
        .filter(|(index, _)| (rows - 1 - index) % label_every == 0)
        .map(|(index, row)| (index as f64, shorten(&row.label, max_chars)))
        .collect();
    let x_count = ((css_width / 95.0) as usize).clamp(2, 10);
    Cartesian {
        x_range,
        y_range: (-0.5, rows as f64 - 0.5),
        margins: Margins {
            right: 16.0,
            x_labels: 40.0,
            y_labels: label_width,
            ..Margins::default()
        },
        axes: Axes {
            x_ticks: money_ticks(chart.meta.lang, x_range, x_count),
            y_ticks,
            x_desc: &chart.meta.x_label,
            y_desc: "",
            x_grid: true,
            y_grid: false,
            left_axis: true,
        },
    }
}

/// One cell a unit both ways, with as many category labels as fit. The size is the whole
/// area below the head, the colour scale included.
pub fn heatmap(chart: &HeatmapChart, (css_width, css_height): (f64, f64)) -> Cartesian<'_> {
    let category_ticks = |values: &[String], room: usize| -> Vec<(f64, String)> {
        let step = category_step(values.len(), room);
        values
            .iter()
            .enumerate()
            .filter(|(index, _)| index % step == 0)
            .map(|(index, value)| (index as f64, value.clone()))
            .collect()
    };
    Cartesian {
        x_range: (-0.5, chart.x_values.len() as f64 - 0.5),
        y_range: (-0.5, chart.y_values.len() as f64 - 0.5),
        margins: Margins {
            top: 4.0,
            right: 8.0,
            x_labels: 40.0,
            y_labels: 62.0,
            ..Margins::default()
        },
        axes: Axes {
            x_ticks: category_ticks(&chart.x_values, (css_width / 56.0) as usize),
            y_ticks: category_ticks(&chart.y_values, (css_height / 22.0) as usize),
            x_desc: &chart.meta.x_label,
            y_desc: &chart.meta.y_label,
            x_grid: false,
            y_grid: false,
            left_axis: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::charts::colour::INK;
    use crate::app::charts::spec::{AfterCursor, Meta, MonthlyKind, TornadoRow};
    use standoff_words::Lang;

    fn meta() -> Meta {
        Meta {
            kind: "t".into(),
            title: "T".into(),
            x_label: "x".into(),
            y_label: "y".into(),
            lang: Lang::En,
        }
    }

    #[test]
    fn a_monthly_chart_labels_whole_years_when_months_are_crowded() {
        let chart = MonthlyChart {
            meta: meta(),
            kind: MonthlyKind::Lines,
            months: (0..36).map(|m| format!("m{m}")).collect(),
            x_months: 48,
            series: Vec::new(),
            currency: String::new(),
            y_range: Some((-100.0, 300.0)),
            after_cursor: AfterCursor::Grey,
            note: None,
            marks: Vec::new(),
        };
        // 300 CSS px hold 3 month labels: 36 months at 12 a label.
        let layout = monthly(&chart, (300.0, 200.0));
        assert_eq!(layout.x_range, (-0.5, 47.5));
        assert_eq!(layout.y_range, (-100.0, 300.0));
        let months: Vec<&str> = layout
            .axes
            .x_ticks
            .iter()
            .map(|(_, l)| l.as_str())
            .collect();
        assert_eq!(months, ["m0", "m12", "m24"]);
        // 200 px hold 4 value ticks: steps of 100.
        let values: Vec<f64> = layout.axes.y_ticks.iter().map(|(v, _)| *v).collect();
        assert_eq!(values, [-100.0, 0.0, 100.0, 200.0, 300.0]);
        assert_eq!(layout.margins.y_labels, 58.0);
    }

    #[test]
    fn a_tornado_labels_as_many_bars_as_fit_from_the_bottom() {
        let row = |label: &str| TornadoRow {
            label: label.into(),
            low: Some(-1.0),
            high: Some(1.0),
            low_input: String::new(),
            high_input: String::new(),
            low_exact: String::new(),
            high_exact: String::new(),
            swing_exact: String::new(),
            error: None,
        };
        let chart = TornadoChart {
            meta: meta(),
            base: 0.0,
            base_exact: String::new(),
            low_colour: INK,
            high_colour: INK,
            rows: vec![
                row("widest"),
                row("middle"),
                row("a rather long parameter name"),
            ],
            unmoved: Vec::new(),
        };
        // 64 px hold 4 labels: every bar is labelled, the widest at the top.
        let tall = tornado(&chart, (200.0, 64.0));
        assert_eq!(tall.y_range, (-0.5, 2.5));
        assert_eq!(tall.margins.y_labels, 90.0);
        let labels: Vec<(f64, &str)> = tall
            .axes
            .y_ticks
            .iter()
            .map(|(y, l)| (*y, l.as_str()))
            .collect();
        // 90 px hold 13 characters of 12 × 0.56 px.
        assert_eq!(
            labels,
            [(0.0, "a rath…r name"), (1.0, "middle"), (2.0, "widest")]
        );
        // 32 px hold 2: every other bar, counted from the bottom.
        let short = tornado(&chart, (200.0, 32.0));
        let labelled: Vec<f64> = short.axes.y_ticks.iter().map(|(y, _)| *y).collect();
        assert_eq!(labelled, [0.0, 2.0]);
    }
}
