//! Drawable series: what a chart shows, already converted to `f64` for drawing.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// One line on a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    /// A CSS hex colour such as `#1d6fb8`.
    pub colour: String,
    /// `(month index, value)` pairs.
    pub points: Vec<(f64, f64)>,
}

/// Everything a line chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChartData {
    pub title: String,
    pub y_label: String,
    pub months: usize,
    pub series: Vec<Series>,
}

/// Converts an exact amount to `f64` for drawing only. Amounts beyond `f64`'s range cannot
/// come out of a valid scenario, but if one did it is drawn as zero rather than aborting.
pub fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// The y range that holds every point, padded so lines do not touch the frame, and never
/// empty (a flat line at zero still gets a visible axis).
pub fn y_range(data: &LineChartData) -> (f64, f64) {
    let values = data
        .series
        .iter()
        .flat_map(|series| series.points.iter().map(|point| point.1))
        .filter(|value| value.is_finite());
    let (low, high) = values.fold((0.0_f64, 0.0_f64), |(low, high), value| {
        (low.min(value), high.max(value))
    });
    if high - low < 1.0 {
        return (low - 1.0, high + 1.0);
    }
    let pad = (high - low) * 0.05;
    (low - pad, high + pad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(points: Vec<(f64, f64)>) -> LineChartData {
        LineChartData {
            title: String::new(),
            y_label: String::new(),
            months: points.len(),
            series: vec![Series {
                label: "a".into(),
                colour: "#000000".into(),
                points,
            }],
        }
    }

    #[test]
    fn the_range_always_includes_zero_and_pads_five_percent() {
        let (low, high) = y_range(&chart(vec![(0.0, 100.0), (1.0, 200.0)]));
        assert_eq!((low, high), (-10.0, 210.0));
    }

    #[test]
    fn a_flat_zero_line_still_has_a_range() {
        let (low, high) = y_range(&chart(vec![(0.0, 0.0), (1.0, 0.0)]));
        assert_eq!((low, high), (-1.0, 1.0));
    }
}
