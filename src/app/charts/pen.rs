//! Draws batches of text and lines straight on the canvas's 2D context.
//!
//! plotters-canvas draws every label and every line segment on its own: for each it formats a
//! colour string, and for text also a font string, and sets the fill colour, the font, the
//! alignment and the baseline before the one call that draws. Every string crosses from wasm to
//! JavaScript and is parsed again by the canvas, so on a chart redrawn at each slider input
//! these settings cost more than the drawing. A [`Pen`] sets them once
//! per batch: all the tick labels of an axis, all the grid lines, one whole series (a dashed
//! line included, which plotters strokes dash by dash).
//!
//! The strings are the ones plotters-canvas would set, so the pixels are the same. Coordinates
//! are the canvas's own (device pixels), as `ChartContext::backend_coord` gives them.

use plotters::style::text_anchor::{HPos, Pos, VPos};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::colour::Rgb;

/// A canvas point in device pixels.
pub type Point = (i32, i32);

/// The 2D context of one canvas, and the pixel ratio its lengths and fonts are scaled by.
pub struct Pen {
    context: CanvasRenderingContext2d,
    ratio: f64,
}

/// The colour string plotters-canvas sets for an opaque colour.
fn css_colour(colour: Rgb) -> String {
    format!("rgba({},{},{},1)", colour.0, colour.1, colour.2)
}

impl Pen {
    /// The canvas's 2D context (the one plotters draws through), or `None` without one.
    pub fn new(canvas: &HtmlCanvasElement, ratio: f64) -> Option<Pen> {
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()?
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        Some(Pen { context, ratio })
    }

    /// Writes each `(point, text)` in one font size (CSS pixels), colour and anchor: the
    /// settings are made once for the whole batch.
    pub fn labels<'a>(
        &self,
        size: f64,
        colour: Rgb,
        anchor: Pos,
        items: impl IntoIterator<Item = (Point, &'a str)>,
    ) {
        let context = &self.context;
        context.set_text_baseline(match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        context.set_text_align(match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        context.set_fill_style_str(&css_colour(colour));
        context.set_font(&format!("normal {}px sans-serif", size * self.ratio));
        for ((x, y), text) in items {
            // A label that cannot be drawn leaves a gap, never a broken chart.
            let _ = context.fill_text(text, f64::from(x), f64::from(y));
        }
    }

    /// Copies `canvas`, of the same size, over the whole canvas.
    pub fn copy(&self, canvas: &HtmlCanvasElement) {
        // A copy that fails leaves the chart without its frame, never a broken page.
        let _ = self
            .context
            .draw_image_with_html_canvas_element(canvas, 0.0, 0.0);
    }

    /// Strokes each `(from, to)` segment in one path: one colour, one width in device pixels.
    pub fn segments(
        &self,
        colour: Rgb,
        width: u32,
        segments: impl IntoIterator<Item = (Point, Point)>,
    ) {
        let context = &self.context;
        context.begin_path();
        for ((x0, y0), (x1, y1)) in segments {
            context.move_to(f64::from(x0), f64::from(y0));
            context.line_to(f64::from(x1), f64::from(y1));
        }
        self.stroke(colour, width);
    }

    /// Strokes a line through `points`, solid or dashed (`dash` and `gap` in device pixels).
    pub fn polyline(
        &self,
        colour: Rgb,
        width: u32,
        dash: Option<(u32, u32)>,
        points: impl IntoIterator<Item = Point>,
    ) {
        let context = &self.context;
        context.begin_path();
        let mut points = points.into_iter();
        if let Some((x, y)) = points.next() {
            context.move_to(f64::from(x), f64::from(y));
            for (x, y) in points {
                context.line_to(f64::from(x), f64::from(y));
            }
        }
        if let Some((dash, gap)) = dash {
            let pattern = js_sys::Array::of2(&f64::from(dash).into(), &f64::from(gap).into());
            let _ = context.set_line_dash(&pattern);
        }
        self.stroke(colour, width);
        if dash.is_some() {
            let _ = context.set_line_dash(&js_sys::Array::new());
        }
    }

    fn stroke(&self, colour: Rgb, width: u32) {
        let context = &self.context;
        context.set_stroke_style_str(&css_colour(colour));
        context.set_line_width(f64::from(width));
        context.stroke();
    }
}
