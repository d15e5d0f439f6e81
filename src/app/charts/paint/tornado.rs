//! A tornado chart: for each parameter, bars from the base output to the outputs at its low
//! and high values, widest swing at the top, and a line at the base.

use plotters::prelude::*;

use super::axes::draw_axes;
use super::draw_note;
use crate::app::charts::canvas::{build_plot, err, plot_box, rgb, Area, Scale};
use crate::app::charts::colour::INK;
use crate::app::charts::layout::axes;
use crate::app::charts::layout::plot_box::PlotBox;
use crate::app::charts::pen::Pen;
use crate::app::charts::spec::TornadoChart;
use standoff_words::charts::ChartMsg;

pub fn draw_tornado(
    area: &Area,
    pen: &Pen,
    chart: &TornadoChart,
    scale: Scale,
) -> Result<PlotBox, String> {
    if chart.rows.is_empty() {
        draw_note(area, chart.meta.lang.t(ChartMsg::NoParameterMoves), scale)?;
        return Ok(PlotBox::default());
    }
    let layout = axes::tornado(chart, scale.css_size(area));
    let (x_range, y_range) = (layout.x_range, layout.y_range);
    let mut plot = build_plot(area, &layout.margins, (x_range, y_range), scale)?;
    draw_axes(area, pen, &plot, &layout, scale)?;
    let rows = chart.rows.len();
    let mut bars = Vec::new();
    for (index, row) in chart.rows.iter().enumerate() {
        let y = (rows - 1 - index) as f64;
        for (value, colour) in [(row.low, chart.low_colour), (row.high, chart.high_colour)] {
            if let Some(value) = value.filter(|value| value.is_finite()) {
                bars.push(Rectangle::new(
                    [(chart.base, y - 0.34), (value, y + 0.34)],
                    rgb(colour).filled(),
                ));
            }
        }
    }
    plot.draw_series(bars).map_err(err)?;
    plot.draw_series(std::iter::once(PathElement::new(
        vec![(chart.base, y_range.0), (chart.base, y_range.1)],
        rgb(INK).stroke_width(scale.px(1.5).max(1)),
    )))
    .map_err(err)?;
    Ok(plot_box(&plot, x_range, y_range, scale))
}
