//! A monthly chart: months along x, amounts up y; lines (solid or dashed) and stacked bars,
//! or a Monte Carlo fan ([`super::fan`]); marked months; the timeline cursor, with the months
//! after it greyed or cut.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{axis_labels, draw_axis_labels, draw_axis_lines};
use super::{draw_note, fan};
use crate::app::charts::canvas::{build_plot, err, plot_box, rgb, Area, Plot, Scale};
use crate::app::charts::colour::{INK, NOTE_INK};
use crate::app::charts::frame::Framed;
use crate::app::charts::layout::axes::{self, Cartesian};
use crate::app::charts::layout::plot_box::PlotBox;
use crate::app::charts::pen::Pen;
use crate::app::charts::spec::{AfterCursor, Mark, MonthMark, MonthlyChart, MonthlyKind};
use standoff_words::charts::ChartMsg;

/// Whether the chart has axes to draw; a chart with no months is a note.
pub fn has_axes(chart: &MonthlyChart) -> bool {
    !(chart.months.is_empty() && chart.x_months == 0)
}

/// Draws `chart` with the timeline cursor at `month`. With `framed`, the static parts come
/// from the kept frame (see [`crate::app::charts::frame::Frame`]) instead of being drawn.
pub fn draw_monthly(
    area: &Area,
    pen: &Pen,
    chart: &MonthlyChart,
    month: Option<u32>,
    scale: Scale,
    framed: Option<Framed<'_>>,
) -> Result<PlotBox, String> {
    if !has_axes(chart) {
        let note = chart.note.as_deref();
        draw_note(
            area,
            note.unwrap_or(chart.meta.lang.t(ChartMsg::NoMonths)),
            scale,
        )?;
        return Ok(PlotBox::default());
    }
    let layout = axes::monthly(chart, scale.css_size(area));
    let (x_range, y_range) = (layout.x_range, layout.y_range);
    let mut plot = build_plot(area, &layout.margins, (x_range, y_range), scale)?;
    let labels = axis_labels(&plot, &layout, scale);
    match framed {
        Some(framed) => {
            framed.copy_onto(pen, labels, scale)?;
            draw_axis_lines(pen, &plot, &layout, scale);
        }
        None => {
            draw_axis_lines(pen, &plot, &layout, scale);
            draw_axis_labels(area, pen, &labels, scale)?;
        }
    }
    draw_zero_line(&mut plot, &layout, scale)?;
    // Points after the cursor are left out when the chart is cut there.
    let shown = match (month, chart.after_cursor) {
        (Some(month), AfterCursor::Cut) => (month as usize).saturating_add(1),
        _ => usize::MAX,
    };
    match chart.kind {
        MonthlyKind::Fan { progress } => {
            fan::draw_fan(&mut plot, chart, shown, scale)?;
            if let Some(progress) = progress {
                fan::draw_progress(area, chart.meta.lang, progress, scale)?;
            }
        }
        MonthlyKind::Lines => {
            draw_bars(&mut plot, chart, shown)?;
            draw_lines(pen, &plot, chart, shown, scale);
        }
    }
    for mark in &chart.marks {
        draw_mark(&mut plot, &layout, mark, scale)?;
    }
    if let Some(month) = month.filter(|month| (*month as usize) < chart.x_months.max(1)) {
        draw_cursor(&mut plot, &layout, chart.after_cursor, month, scale)?;
    }
    if let Some(note) = &chart.note {
        draw_note(area, note, scale)?;
    }
    Ok(plot_box(&plot, x_range, y_range, scale))
}

/// The points of `values` that are drawn: the finite ones among the first `shown` months.
pub fn visible(values: &[f64], shown: usize) -> Vec<(f64, f64)> {
    values
        .iter()
        .enumerate()
        .take(shown)
        .filter(|(_, value)| value.is_finite())
        .map(|(index, value)| (index as f64, *value))
        .collect()
}

/// Zero is the reference of every monthly chart (the baseline, no debt, no flow): a line
/// across when the range spans it.
fn draw_zero_line(plot: &mut Plot<'_>, layout: &Cartesian<'_>, scale: Scale) -> Result<(), String> {
    let ((x0, x1), (y0, y1)) = (layout.x_range, layout.y_range);
    if y0 < 0.0 && y1 > 0.0 {
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(x0, 0.0), (x1, 0.0)],
            rgb(INK).mix(0.55).stroke_width(scale.px(1.0).max(1)),
        )))
        .map_err(err)?;
    }
    Ok(())
}

/// Stacked bars: each month's positive values pile up from zero, its negative values pile
/// down from zero, in series order.
fn draw_bars(plot: &mut Plot<'_>, chart: &MonthlyChart, shown: usize) -> Result<(), String> {
    let bars: Vec<_> = chart
        .series
        .iter()
        .filter(|series| series.mark == Mark::Bar)
        .collect();
    if bars.is_empty() {
        return Ok(());
    }
    let mut rectangles = Vec::new();
    for index in 0..chart.months.len().min(shown) {
        let (mut up, mut down) = (0.0_f64, 0.0_f64);
        let x = index as f64;
        for series in &bars {
            let value = series.values.get(index).copied().unwrap_or(0.0);
            if !value.is_finite() || value == 0.0 {
                continue;
            }
            let (from, to) = if value > 0.0 {
                up += value;
                (up - value, up)
            } else {
                down += value;
                (down - value, down)
            };
            rectangles.push(Rectangle::new(
                [(x - 0.38, from), (x + 0.38, to)],
                rgb(series.colour).filled(),
            ));
        }
    }
    plot.draw_series(rectangles).map_err(err)?;
    Ok(())
}

/// Every series that is not a bar, as one path each, dashed by the canvas where its mark is
/// dashed: plotters would stroke a dashed series dash by dash, each with its own colour and
/// width settings.
fn draw_lines(pen: &Pen, plot: &Plot<'_>, chart: &MonthlyChart, shown: usize, scale: Scale) {
    for series in chart
        .series
        .iter()
        .filter(|series| series.mark != Mark::Bar)
    {
        let dash = (series.mark == Mark::DashedLine).then(|| (scale.px(7.0), scale.px(5.0)));
        pen.polyline(
            series.colour,
            scale.px(2.5).max(1),
            dash,
            visible(&series.values, shown)
                .iter()
                .map(|point| plot.backend_coord(point)),
        );
    }
}

/// A marked month: a dashed vertical line across the plot, its label at the top beside it.
fn draw_mark(
    plot: &mut Plot<'_>,
    layout: &Cartesian<'_>,
    mark: &MonthMark,
    scale: Scale,
) -> Result<(), String> {
    let (y0, y1) = layout.y_range;
    let at = mark.month as f64;
    let style = rgb(NOTE_INK).stroke_width(scale.px(1.5).max(1));
    plot.draw_series(DashedLineSeries::new(
        vec![(at, y0), (at, y1)],
        scale.px(5.0).max(2),
        scale.px(4.0).max(2),
        style,
    ))
    .map_err(err)?;
    // The label hangs from the top of the line, on its right, a space apart.
    let text = scale
        .text(12.0, NOTE_INK)
        .pos(Pos::new(HPos::Left, VPos::Top));
    plot.plotting_area()
        .draw(&Text::new(format!(" {}", mark.label), (at, y1), text))
        .map_err(err)?;
    Ok(())
}

/// The timeline cursor at `month`: a line, with the months after it greyed when the chart
/// greys them.
fn draw_cursor(
    plot: &mut Plot<'_>,
    layout: &Cartesian<'_>,
    after_cursor: AfterCursor,
    month: u32,
    scale: Scale,
) -> Result<(), String> {
    let ((_, x1), (y0, y1)) = (layout.x_range, layout.y_range);
    let at = f64::from(month);
    if after_cursor == AfterCursor::Grey {
        plot.draw_series(std::iter::once(Rectangle::new(
            [(at, y0), (x1, y1)],
            WHITE.mix(0.7).filled(),
        )))
        .map_err(err)?;
    }
    plot.draw_series(std::iter::once(PathElement::new(
        vec![(at, y0), (at, y1)],
        rgb(INK).stroke_width(scale.px(1.5).max(1)),
    )))
    .map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_chart_shows_the_finite_values_up_to_the_cursor() {
        let values = [1.0, f64::NAN, 3.0, 4.0];
        assert_eq!(
            visible(&values, usize::MAX),
            vec![(0.0, 1.0), (2.0, 3.0), (3.0, 4.0)]
        );
        assert_eq!(visible(&values, 3), vec![(0.0, 1.0), (2.0, 3.0)]);
        assert_eq!(visible(&values, 0), Vec::new());
    }
}
