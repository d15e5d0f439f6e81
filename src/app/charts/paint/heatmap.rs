//! A heatmap of a two-parameter sweep: one cell per pair of values in the colour of its
//! output, and the colour scale beside it.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::draw_axes;
use super::draw_note;
use crate::app::charts::canvas::{build_plot, err, plot_box, rgb, Area, Scale};
use crate::app::charts::colour::{scale_colour, INK};
use crate::app::charts::layout::axes::{self, HEAT_SCALE_WIDTH};
use crate::app::charts::layout::plot_box::PlotBox;
use crate::app::charts::pen::Pen;
use crate::app::charts::series::compact_amount_in;
use crate::app::charts::spec::HeatmapChart;
use standoff_words::charts::ChartMsg;

pub fn draw_heatmap(
    area: &Area,
    pen: &Pen,
    chart: &HeatmapChart,
    scale: Scale,
) -> Result<PlotBox, String> {
    let columns = chart.x_values.len();
    if columns == 0 || chart.y_values.is_empty() {
        let note = chart.note.as_deref();
        draw_note(
            area,
            note.unwrap_or(chart.meta.lang.t(ChartMsg::NoSweep)),
            scale,
        )?;
        return Ok(PlotBox::default());
    }
    let layout = axes::heatmap(chart, scale.css_size(area));
    let (x_range, y_range) = (layout.x_range, layout.y_range);
    let (width, _) = area.dim_in_pixel();
    let (main, legend) = area.split_horizontally(width.saturating_sub(scale.px(HEAT_SCALE_WIDTH)));
    let mut plot = build_plot(&main, &layout.margins, (x_range, y_range), scale)?;
    draw_axes(&main, pen, &plot, &layout, scale)?;
    let cells = chart.colours.iter().enumerate().map(|(index, colour)| {
        let (ix, iy) = ((index % columns) as f64, (index / columns) as f64);
        Rectangle::new(
            [(ix - 0.5, iy - 0.5), (ix + 0.5, iy + 0.5)],
            rgb(*colour).filled(),
        )
    });
    plot.draw_series(cells).map_err(err)?;
    let plot_area = plot_box(&plot, x_range, y_range, scale);
    draw_scale(&legend, chart, &plot_area, scale)?;
    if let Some(note) = &chart.note {
        draw_note(&main, note, scale)?;
    }
    Ok(plot_area)
}

/// The colour scale beside the heatmap: a bar from the lowest value (bottom) to the highest
/// (top), with the values at both ends and in the middle.
fn draw_scale(
    area: &Area,
    chart: &HeatmapChart,
    plot: &PlotBox,
    scale: Scale,
) -> Result<(), String> {
    // The plot box is in canvas coordinates; this area's drawing starts at its own corner.
    let (_, rows) = area.get_pixel_range();
    let x0 = scale.i(4.0);
    let x1 = scale.i(18.0);
    let top = scale.i(plot.top) - rows.start;
    let bottom = scale.i(plot.bottom) - rows.start;
    let steps = 48;
    let (min, max) = (chart.scale.min, chart.scale.max);
    let height = f64::from(bottom - top);
    for step in 0..steps {
        let share_low = f64::from(step) / f64::from(steps);
        let share_high = f64::from(step + 1) / f64::from(steps);
        let value = min + (max - min) * (share_low + share_high) / 2.0;
        let colour = scale_colour(&chart.scale.stops, min, max, value);
        let y_high = bottom - (height * share_high).round() as i32;
        let y_low = bottom - (height * share_low).round() as i32;
        area.draw(&Rectangle::new(
            [(x0, y_high), (x1, y_low)],
            rgb(colour).filled(),
        ))
        .map_err(err)?;
    }
    let label = |value: f64, y: i32| {
        Text::new(
            compact_amount_in(chart.meta.lang, value),
            (x1 + scale.i(4.0), y),
            scale
                .text(11.0, INK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        )
    };
    area.draw(&label(max, top)).map_err(err)?;
    area.draw(&label((min + max) / 2.0, (top + bottom) / 2))
        .map_err(err)?;
    area.draw(&label(min, bottom)).map_err(err)?;
    Ok(())
}
