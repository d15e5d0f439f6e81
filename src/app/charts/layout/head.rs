//! The head of a chart: its title, wrapped to the canvas's width, and its legend below.

use super::legend::{legend_items, legend_layout, LegendItem, LegendLayout};
use super::text::wrap_words;
use crate::app::charts::spec::ChartSpec;

/// The title's font size, CSS pixels.
pub const TITLE_FONT: f64 = 15.0;
/// The height of one title line, CSS pixels.
pub const TITLE_LINE: f64 = 19.0;
/// The space left and right of the title and the legend, CSS pixels.
pub const SIDE: f64 = 8.0;

/// The title's lines and the legend with its layout: what is drawn above the plot.
#[derive(Debug, PartialEq)]
pub struct Head {
    pub title_lines: Vec<String>,
    pub legend: Vec<LegendItem>,
    pub layout: LegendLayout,
}

impl Head {
    /// The head of `spec` on a canvas `css_width` CSS pixels wide. The title wraps on narrow
    /// screens rather than running off the canvas.
    pub fn of(spec: &ChartSpec, css_width: f64) -> Head {
        let room = css_width - 2.0 * SIDE;
        let title_lines = wrap_words(&spec.meta().title, (room / (TITLE_FONT * 0.52)) as usize);
        let legend = legend_items(spec);
        let layout = legend_layout(&legend, room);
        Head {
            title_lines,
            legend,
            layout,
        }
    }

    /// The height of the title's lines with their padding, CSS pixels.
    pub fn title_height(&self) -> f64 {
        SIDE + TITLE_LINE * self.title_lines.len() as f64
    }

    /// Where title line `index` starts, CSS pixels from the canvas's corner.
    pub fn title_line_at(index: usize) -> (f64, f64) {
        (SIDE, 5.0 + TITLE_LINE * index as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::charts::spec::{BargainingChart, Meta, PriceBand};

    #[test]
    fn a_narrow_canvas_wraps_the_title_and_the_legend() {
        let chart = |width: f64| {
            let spec = ChartSpec::Bargaining(BargainingChart {
                meta: Meta {
                    kind: "bargaining".into(),
                    title: "Where the parties' limits meet".into(),
                    x_label: String::new(),
                    y_label: String::new(),
                    lang: standoff_words::Lang::En,
                },
                band: PriceBand {
                    from: 0.0,
                    to: 1.0,
                    agreement: true,
                    label: String::new(),
                    exact: String::new(),
                },
                markers: Vec::new(),
                notes: Vec::new(),
            });
            Head::of(&spec, width)
        };
        let wide = chart(640.0);
        assert_eq!(wide.title_lines.len(), 1);
        assert_eq!(wide.title_height(), 8.0 + 19.0);
        // 15 characters of 15 × 0.52 px fit in 140 − 16 px.
        let narrow = chart(140.0);
        assert!(narrow
            .title_lines
            .iter()
            .all(|line| line.chars().count() <= 15));
        assert!(narrow.title_lines.len() > 1);
    }
}
