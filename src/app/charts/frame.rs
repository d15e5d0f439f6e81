//! The frame cache: the parts of a monthly chart that stay put while its values move — the
//! white ground, the title, the legend, the month labels under the x axis and the two axis
//! descriptions — drawn on a canvas of their own and copied onto the chart at each redraw.
//! They are most of the chart's text, and text is most of what a redraw costs.
//!
//! The frame is redrawn whenever anything it shows differs: its key holds the very strings,
//! colours and device-pixel positions drawn, so a change in size, pixel ratio, language,
//! title, legend, months or plot layout cannot reuse a stale frame.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::canvas::{err, set_size, Scale};
use super::layout::head::Head;
use super::paint::axes::{draw_axis_labels, AxisLabels};
use super::paint::head::{draw_head, split_head};
use super::pen::Pen;

/// A monthly chart's static parts on a canvas of their own, and what they show.
pub struct Frame {
    key: FrameKey,
    canvas: HtmlCanvasElement,
}

#[derive(PartialEq)]
struct FrameKey {
    size: (u32, u32),
    ratio: f64,
    head: Head,
    labels: AxisLabels,
}

/// A monthly chart's frame between drawings, and the head the frame would show now.
pub struct Framed<'a> {
    pub frame: &'a mut Option<Frame>,
    pub head: Head,
    /// The chart's canvas size, device pixels.
    pub size: (u32, u32),
}

impl Framed<'_> {
    /// Copies the frame showing the head and `labels` onto the chart: the one kept from the
    /// last drawing when it shows exactly that, or a new one.
    pub fn copy_onto(self, pen: &Pen, labels: AxisLabels, scale: Scale) -> Result<(), String> {
        let Framed { frame, head, size } = self;
        let key = FrameKey {
            size,
            ratio: scale.0,
            head,
            labels,
        };
        let kept = match frame.take() {
            Some(kept) if kept.key == key => kept,
            old => redraw(old.map(|old| old.canvas), key, scale)?,
        };
        pen.copy(&kept.canvas);
        *frame = Some(kept);
        Ok(())
    }
}

/// Draws the frame that `key` describes, on `canvas` when there is one (only its size may
/// need to change).
fn redraw(canvas: Option<HtmlCanvasElement>, key: FrameKey, scale: Scale) -> Result<Frame, String> {
    let canvas = match canvas {
        Some(canvas) => canvas,
        None => new_canvas().ok_or("no canvas for the chart's frame")?,
    };
    set_size(&canvas, key.size);
    let pen = Pen::new(&canvas, scale.0).ok_or("the frame has no 2D context")?;
    let root = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or("the frame has no 2D context")?
        .into_drawing_area();
    let (legend_area, plot_area) = split_head(&root, &key.head, scale);
    draw_head(&root, &legend_area, &pen, &key.head, scale)?;
    draw_axis_labels(&plot_area, &pen, &key.labels, scale)?;
    root.present().map_err(err)?;
    Ok(Frame { key, canvas })
}

/// A canvas outside the page.
fn new_canvas() -> Option<HtmlCanvasElement> {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("canvas").ok())
        .and_then(|element| element.dyn_into::<HtmlCanvasElement>().ok())
}
