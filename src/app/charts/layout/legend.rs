//! The legend: its entries for each kind of chart, and their places in rows above the plot.
//! Laid out here rather than by plotters so that a legend never covers the data on a narrow
//! phone screen.

use standoff_words::charts::ChartMsg;
use standoff_words::Lang;

use crate::app::charts::colour::{lighten, Rgb, GAP, INK, MUTED, ZOPA};
use crate::app::charts::spec::{
    BargainingChart, ChartSpec, HeatmapChart, Mark, MonthlyChart, MonthlyKind, TornadoChart,
};

/// The legend's font size, CSS pixels.
pub const LEGEND_FONT: f64 = 12.0;
/// The height of one legend row, CSS pixels.
pub const LEGEND_ROW: f64 = 18.0;
/// The width of an entry's swatch, CSS pixels.
pub const SWATCH: f64 = 18.0;

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Swatch {
    Line,
    Dashed,
    Block,
}

/// One legend entry.
#[derive(Debug, PartialEq)]
pub struct LegendItem {
    pub label: String,
    pub colour: Rgb,
    pub swatch: Swatch,
}

fn item(label: &str, colour: Rgb, swatch: Swatch) -> LegendItem {
    LegendItem {
        label: label.to_string(),
        colour,
        swatch,
    }
}

/// The legend entries of `spec`, in order.
pub fn legend_items(spec: &ChartSpec) -> Vec<LegendItem> {
    let lang = spec.meta().lang;
    match spec {
        ChartSpec::Monthly(chart) => monthly_items(lang, chart),
        ChartSpec::Bargaining(chart) => bargaining_items(lang, chart),
        ChartSpec::Tornado(chart) => tornado_items(lang, chart),
        ChartSpec::Heatmap(chart) => heatmap_items(lang, chart),
    }
}

/// "25–75 %" / "25–75 %" (U+202F before % in French).
fn band_label(lang: Lang, low: u32, high: u32) -> String {
    match lang {
        Lang::En => format!("{low}–{high} %"),
        Lang::Fr => format!("{low}–{high}\u{202f}%"),
    }
}

/// A fan shows its median and its two bands in lighter shades of the median's colour; a line
/// chart shows each series with the mark it is drawn with.
fn monthly_items(lang: Lang, chart: &MonthlyChart) -> Vec<LegendItem> {
    match chart.kind {
        MonthlyKind::Fan { .. } => match chart.series.get(2) {
            Some(median) => vec![
                item(lang.t(ChartMsg::Median), median.colour, Swatch::Line),
                item(
                    &band_label(lang, 25, 75),
                    lighten(median.colour, 0.55),
                    Swatch::Block,
                ),
                item(
                    &band_label(lang, 5, 95),
                    lighten(median.colour, 0.8),
                    Swatch::Block,
                ),
            ],
            None => Vec::new(),
        },
        MonthlyKind::Lines => chart
            .series
            .iter()
            .map(|series| {
                let swatch = match series.mark {
                    Mark::Line => Swatch::Line,
                    Mark::DashedLine => Swatch::Dashed,
                    Mark::Bar => Swatch::Block,
                };
                item(&series.label, series.colour, swatch)
            })
            .collect(),
    }
}

/// The band (an agreement zone or a gap), then each party's marker.
fn bargaining_items(lang: Lang, chart: &BargainingChart) -> Vec<LegendItem> {
    let band = if chart.band.agreement {
        item(lang.t(ChartMsg::ZopaLegend), ZOPA, Swatch::Block)
    } else {
        item(lang.t(ChartMsg::GapLegend), GAP, Swatch::Block)
    };
    std::iter::once(band)
        .chain(
            chart
                .markers
                .iter()
                .map(|marker| item(&marker.label, marker.colour, Swatch::Line)),
        )
        .collect()
}

fn tornado_items(lang: Lang, chart: &TornadoChart) -> Vec<LegendItem> {
    vec![
        item(lang.t(ChartMsg::LowLegend), chart.low_colour, Swatch::Block),
        item(
            lang.t(ChartMsg::HighLegend),
            chart.high_colour,
            Swatch::Block,
        ),
        item(
            &format!("{} {}", lang.t(ChartMsg::Base), chart.base_exact),
            INK,
            Swatch::Line,
        ),
    ]
}

/// The two ends of the colour scale with their exact values.
fn heatmap_items(lang: Lang, chart: &HeatmapChart) -> Vec<LegendItem> {
    let stop = |pick: Option<&Rgb>| pick.copied().unwrap_or(MUTED);
    vec![
        item(
            &format!("{} {}", lang.t(ChartMsg::Lowest), chart.scale.min_exact),
            stop(chart.scale.stops.first()),
            Swatch::Block,
        ),
        item(
            &format!("{} {}", lang.t(ChartMsg::Highest), chart.scale.max_exact),
            stop(chart.scale.stops.last()),
            Swatch::Block,
        ),
    ]
}

/// Where each legend entry goes, in CSS pixels, and the legend's height.
#[derive(Debug, PartialEq)]
pub struct LegendLayout {
    pub positions: Vec<(f64, f64)>,
    pub height: f64,
}

/// Lays the entries out left to right, wrapping to a new row when one would pass `width`.
pub fn legend_layout(items: &[LegendItem], width: f64) -> LegendLayout {
    let mut positions = Vec::with_capacity(items.len());
    let (mut x, mut y) = (0.0_f64, 0.0_f64);
    for item in items {
        let entry = SWATCH + 6.0 + item.label.chars().count() as f64 * LEGEND_FONT * 0.52 + 16.0;
        if x > 0.0 && x + entry > width {
            x = 0.0;
            y += LEGEND_ROW;
        }
        positions.push((x, y));
        x += entry;
    }
    let height = if items.is_empty() {
        0.0
    } else {
        y + LEGEND_ROW + 6.0
    };
    LegendLayout { positions, height }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_wraps_to_new_rows() {
        // Each ten-character entry is 18 + 6 + 10 × 12 × 0.52 + 16 = 102.4 px wide.
        let items = [
            item("abcdefghij", INK, Swatch::Line),
            item("abcdefghij", INK, Swatch::Line),
            item("abcdefghij", INK, Swatch::Line),
        ];
        let wide = legend_layout(&items, 400.0);
        assert_eq!(wide.positions.len(), 3);
        assert_eq!(wide.positions[2].1, 0.0);
        assert_eq!(wide.height, LEGEND_ROW + 6.0);
        let narrow = legend_layout(&items, 200.0);
        assert_eq!(narrow.positions[1], (0.0, LEGEND_ROW));
        assert_eq!(narrow.positions[2], (0.0, 2.0 * LEGEND_ROW));
        assert_eq!(narrow.height, 3.0 * LEGEND_ROW + 6.0);
    }

    #[test]
    fn a_fan_legend_shows_the_median_and_its_two_bands() {
        use crate::app::charts::spec::{AfterCursor, Meta, MonthSeries};
        let colour = Rgb(0, 100, 255);
        let series = |label: &str| MonthSeries {
            label: label.into(),
            colour,
            mark: Mark::Line,
            values: Vec::new(),
            amounts: Vec::new(),
        };
        let chart = MonthlyChart {
            meta: Meta {
                kind: "fan".into(),
                title: String::new(),
                x_label: String::new(),
                y_label: String::new(),
                lang: Lang::Fr,
            },
            kind: MonthlyKind::Fan { progress: None },
            months: Vec::new(),
            x_months: 0,
            series: ["p5", "p25", "p50", "p75", "p95"].map(series).into(),
            currency: String::new(),
            y_range: None,
            after_cursor: AfterCursor::Grey,
            note: None,
            marks: Vec::new(),
        };
        let items = legend_items(&ChartSpec::Monthly(chart));
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].colour, colour);
        assert_eq!(items[1].label, "25–75\u{202f}%");
        assert_eq!(items[2].colour, lighten(colour, 0.8));
    }
}
