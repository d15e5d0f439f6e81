//! Draws a [`ChartSpec`] on a canvas: sizes the canvas in device pixels, lays out the head,
//! paints it (or takes it from the kept frame) and hands the area below to the painter of the
//! chart's kind.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::canvas::{err, fit_to_size, sane_ratio, Scale};
use super::frame::{Frame, Framed};
use super::layout::head::Head;
use super::layout::plot_box::PlotBox;
use super::paint::head::{draw_head, split_head};
use super::paint::{bargaining, heatmap, monthly, tornado};
use super::pen::Pen;
use super::spec::ChartSpec;

/// Draws `spec` with the timeline cursor at `month`. Returns where the plot landed, or
/// `None` when the canvas has no size yet. Errors come back as text; the caller logs them
/// and keeps the page.
pub fn draw(
    canvas: HtmlCanvasElement,
    spec: &ChartSpec,
    month: Option<u32>,
    pixel_ratio: f64,
) -> Result<Option<PlotBox>, String> {
    let css_size = (canvas.client_width(), canvas.client_height());
    draw_at_size(canvas, spec, month, css_size, pixel_ratio)
}

/// [`draw`] at a CSS size the caller measured earlier. Reading the canvas's size here would
/// force a synchronous layout of the whole page right after the components changed the DOM,
/// which costs more than the drawing itself.
pub fn draw_at_size(
    canvas: HtmlCanvasElement,
    spec: &ChartSpec,
    month: Option<u32>,
    css_size: (i32, i32),
    pixel_ratio: f64,
) -> Result<Option<PlotBox>, String> {
    draw_framed(canvas, spec, month, css_size, pixel_ratio, None)
}

/// [`draw_at_size`], with `frame` holding the static parts of a monthly chart between
/// drawings (see [`Frame`]); with `None`, everything is drawn on the canvas itself.
///
/// With a frame, the static parts are drawn before the grid, the axis lines and the value
/// labels rather than after them; they never overlap, so the pixels are the same.
pub fn draw_framed(
    canvas: HtmlCanvasElement,
    spec: &ChartSpec,
    month: Option<u32>,
    css_size: (i32, i32),
    pixel_ratio: f64,
    frame: Option<&mut Option<Frame>>,
) -> Result<Option<PlotBox>, String> {
    let Some(size) = fit_to_size(&canvas, css_size, pixel_ratio) else {
        return Ok(None);
    };
    let scale = Scale(sane_ratio(pixel_ratio));
    let pen = Pen::new(&canvas, scale.0).ok_or("the canvas has no 2D context")?;
    let root = CanvasBackend::with_canvas_object(canvas)
        .ok_or("the canvas has no 2D context")?
        .into_drawing_area();
    debug_assert_eq!(
        root.dim_in_pixel(),
        size,
        "plotters draws on the sized canvas"
    );
    let head = Head::of(spec, scale.css(size.0));
    let (legend_area, plot_area) = split_head(&root, &head, scale);
    // Only a monthly chart with axes has a frame.
    let framed = match (spec, frame) {
        (ChartSpec::Monthly(chart), Some(frame)) if monthly::has_axes(chart) => {
            Some(Framed { frame, head, size })
        }
        _ => {
            draw_head(&root, &legend_area, &pen, &head, scale)?;
            None
        }
    };
    let plot = match spec {
        ChartSpec::Monthly(chart) => {
            monthly::draw_monthly(&plot_area, &pen, chart, month, scale, framed)?
        }
        ChartSpec::Bargaining(chart) => {
            bargaining::draw_bargaining(&plot_area, &pen, chart, scale)?
        }
        ChartSpec::Tornado(chart) => tornado::draw_tornado(&plot_area, &pen, chart, scale)?,
        ChartSpec::Heatmap(chart) => heatmap::draw_heatmap(&plot_area, &pen, chart, scale)?,
    };
    root.present().map_err(err)?;
    Ok(Some(plot))
}
