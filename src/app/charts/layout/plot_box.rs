//! Where the plot landed on the canvas, and the point under the mouse.

use crate::app::charts::spec::ChartSpec;

/// Where the plot landed on the canvas, in CSS pixels, and the data ranges of its axes:
/// what the component needs to turn a mouse position into a month, a bar or a cell.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct PlotBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub x: (f64, f64),
    pub y: (f64, f64),
}

impl PlotBox {
    /// The data coordinates under a CSS pixel, if it lies inside the plot.
    pub fn to_data(&self, css_x: f64, css_y: f64) -> Option<(f64, f64)> {
        let width = self.right - self.left;
        let height = self.bottom - self.top;
        if width <= 0.0 || height <= 0.0 {
            return None;
        }
        if css_x < self.left || css_x > self.right || css_y < self.top || css_y > self.bottom {
            return None;
        }
        let x = self.x.0 + (css_x - self.left) / width * (self.x.1 - self.x.0);
        // Pixel rows grow downwards while values grow upwards.
        let y = self.y.1 - (css_y - self.top) / height * (self.y.1 - self.y.0);
        Some((x, y))
    }

    /// The CSS x of a data x.
    pub fn to_css_x(&self, x: f64) -> f64 {
        let span = self.x.1 - self.x.0;
        if span == 0.0 {
            return self.left;
        }
        self.left + (x - self.x.0) / span * (self.right - self.left)
    }
}

/// The readout point under a CSS pixel: a month, a tornado bar or a heatmap cell.
pub fn point_at(spec: &ChartSpec, plot: &PlotBox, css_x: f64, css_y: f64) -> Option<usize> {
    let (x, y) = plot.to_data(css_x, css_y)?;
    let nearest = |value: f64, count: usize| -> Option<usize> {
        let index = value.round();
        (index >= 0.0 && index < count as f64).then_some(index as usize)
    };
    match spec {
        ChartSpec::Monthly(chart) => nearest(x, chart.months.len()),
        ChartSpec::Tornado(chart) => {
            let from_bottom = nearest(y, chart.rows.len())?;
            chart.rows.len().checked_sub(from_bottom + 1)
        }
        ChartSpec::Heatmap(chart) => {
            let ix = nearest(x, chart.x_values.len())?;
            let iy = nearest(y, chart.y_values.len())?;
            Some(iy * chart.x_values.len() + ix)
        }
        ChartSpec::Bargaining(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::charts::colour::INK;
    use crate::app::charts::spec::{
        AfterCursor, HeatScale, HeatmapChart, Meta, MonthlyChart, MonthlyKind, TornadoChart,
        TornadoRow,
    };

    #[test]
    fn a_mouse_position_maps_to_the_month_under_it() {
        // Ten months drawn from -0.5 to 9.5 over 100 CSS px starting at x = 50.
        let plot = PlotBox {
            left: 50.0,
            right: 150.0,
            top: 0.0,
            bottom: 100.0,
            x: (-0.5, 9.5),
            y: (0.0, 1.0),
        };
        assert_eq!(plot.to_data(50.0, 50.0), Some((-0.5, 0.5)));
        assert_eq!(plot.to_data(40.0, 50.0), None);
        // Month 3's centre is at 50 + 3.5 × 10 = 85 px.
        assert_eq!(plot.to_css_x(3.0), 85.0);
    }

    #[test]
    fn the_point_under_the_mouse_is_a_month_a_bar_or_a_cell() {
        let meta = Meta {
            kind: "t".into(),
            title: "T".into(),
            x_label: "x".into(),
            y_label: "y".into(),
            lang: standoff_words::Lang::En,
        };
        let plot = PlotBox {
            left: 0.0,
            right: 100.0,
            top: 0.0,
            bottom: 100.0,
            x: (-0.5, 4.5),
            y: (-0.5, 1.5),
        };
        // Five months over 100 px: month 2 spans 40 to 60 px.
        let monthly = ChartSpec::Monthly(MonthlyChart {
            meta: meta.clone(),
            kind: MonthlyKind::Lines,
            months: (0..5).map(|m| m.to_string()).collect(),
            x_months: 5,
            series: Vec::new(),
            currency: String::new(),
            y_range: None,
            after_cursor: AfterCursor::Grey,
            note: None,
            marks: Vec::new(),
        });
        assert_eq!(point_at(&monthly, &plot, 41.0, 50.0), Some(2));
        assert_eq!(point_at(&monthly, &plot, 99.0, 50.0), Some(4));
        // Two tornado rows: the first (widest) is drawn at the top half.
        let row = TornadoRow {
            label: String::new(),
            low: None,
            high: None,
            low_input: String::new(),
            high_input: String::new(),
            low_exact: String::new(),
            high_exact: String::new(),
            swing_exact: String::new(),
            error: None,
        };
        let tornado = ChartSpec::Tornado(TornadoChart {
            meta: meta.clone(),
            base: 0.0,
            base_exact: String::new(),
            low_colour: INK,
            high_colour: INK,
            rows: vec![row.clone(), row],
            unmoved: Vec::new(),
        });
        assert_eq!(point_at(&tornado, &plot, 50.0, 10.0), Some(0));
        assert_eq!(point_at(&tornado, &plot, 50.0, 90.0), Some(1));
        // A 5 × 2 heatmap: the cell at column 3 of the top row (y index 1) is 1 × 5 + 3.
        let heatmap = ChartSpec::Heatmap(HeatmapChart {
            meta,
            x_values: (0..5).map(|v| v.to_string()).collect(),
            y_values: vec!["a".into(), "b".into()],
            cells: vec![Some(0.0); 10],
            exact: vec![String::new(); 10],
            colours: vec![INK; 10],
            scale: HeatScale {
                min: 0.0,
                max: 0.0,
                min_exact: String::new(),
                max_exact: String::new(),
                stops: Vec::new(),
            },
            value_label: String::new(),
            note: None,
        });
        assert_eq!(point_at(&heatmap, &plot, 70.0, 10.0), Some(8));
        assert_eq!(point_at(&heatmap, &plot, 150.0, 10.0), None);
    }
}
