//! The canvas in device pixels, and plotters on it.
//!
//! plotters-canvas draws in the canvas's own pixel grid and knows nothing of
//! devicePixelRatio. To stay crisp on high-DPI screens the canvas's backing store is sized in
//! device pixels (CSS size × ratio) and every length and font size is scaled by the ratio
//! ([`Scale`]).

use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::colour::Rgb;
use super::layout::axes::Margins;
use super::layout::plot_box::PlotBox;
use super::pen::Point;

/// A part of the canvas, in device pixels.
pub type Area = DrawingArea<CanvasBackend, Shift>;

/// A cartesian chart built on an [`Area`], with `f64` data on both axes.
pub type Plot<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The device-pixel size of a CSS size at `pixel_ratio`, or `None` for an empty box (a canvas
/// that is not laid out).
pub fn device_size((css_width, css_height): (i32, i32), pixel_ratio: f64) -> Option<(u32, u32)> {
    let css_width = f64::from(css_width);
    let css_height = f64::from(css_height);
    if css_width <= 0.0 || css_height <= 0.0 {
        return None;
    }
    let ratio = sane_ratio(pixel_ratio);
    Some((
        (css_width * ratio).round() as u32,
        (css_height * ratio).round() as u32,
    ))
}

/// The pixel ratio drawn at: the browser's, unless it is not a usable number, and at most 8.
pub fn sane_ratio(pixel_ratio: f64) -> f64 {
    if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
        pixel_ratio.min(8.0)
    } else {
        1.0
    }
}

/// Sizes the canvas's backing store to its CSS box at the given pixel ratio. Returns the
/// device-pixel size, or `None` when the canvas is not laid out (zero width).
pub fn fit_to_css_box(canvas: &HtmlCanvasElement, pixel_ratio: f64) -> Option<(u32, u32)> {
    fit_to_size(
        canvas,
        (canvas.client_width(), canvas.client_height()),
        pixel_ratio,
    )
}

/// Sizes the canvas's backing store to a CSS size measured earlier (by a ResizeObserver,
/// when layout is already done), so that drawing never forces the browser to lay out the page.
pub fn fit_to_size(
    canvas: &HtmlCanvasElement,
    css_size: (i32, i32),
    pixel_ratio: f64,
) -> Option<(u32, u32)> {
    let (width, height) = device_size(css_size, pixel_ratio)?;
    set_size(canvas, (width, height));
    Some((width, height))
}

/// Sets the backing store's size; an unchanged size is left alone, since setting it clears
/// the canvas.
pub fn set_size(canvas: &HtmlCanvasElement, (width, height): (u32, u32)) {
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
}

/// Lengths and fonts at one pixel ratio.
#[derive(Clone, Copy)]
pub struct Scale(pub f64);

impl Scale {
    /// A CSS length in whole device pixels, never negative.
    pub fn px(self, css: f64) -> u32 {
        (css * self.0).round().max(0.0) as u32
    }

    /// A CSS position in device pixels.
    pub fn i(self, css: f64) -> i32 {
        (css * self.0).round() as i32
    }

    /// A device-pixel length in CSS pixels.
    pub fn css(self, device: u32) -> f64 {
        f64::from(device) / self.0
    }

    /// The CSS size of an area.
    pub fn css_size(self, area: &Area) -> (f64, f64) {
        let (width, height) = area.dim_in_pixel();
        (self.css(width), self.css(height))
    }

    pub fn font(self, css: f64) -> FontDesc<'static> {
        // plotters' own family value rather than a family name, which plotters would map
        // through Unicode lower-casing; it is the same "sans-serif" the pen sets.
        (FontFamily::SansSerif, css * self.0).into_font()
    }

    pub fn text(self, css: f64, colour: Rgb) -> TextStyle<'static> {
        self.font(css).color(&rgb(colour))
    }
}

pub fn rgb(colour: Rgb) -> RGBColor {
    RGBColor(colour.0, colour.1, colour.2)
}

/// A drawing error as text: the caller logs it and keeps the page.
pub fn err(error: impl std::fmt::Display) -> String {
    error.to_string()
}

/// The canvas point of an area's top left corner: what turns a point within the area into a
/// point for the [`Pen`](super::pen::Pen).
pub fn origin(area: &Area) -> Point {
    let (columns, rows) = area.get_pixel_range();
    (columns.start, rows.start)
}

/// A cartesian chart on `area` with `margins`, over the data ranges `x` and `y`.
pub fn build_plot<'a>(
    area: &'a Area,
    margins: &Margins,
    (x, y): ((f64, f64), (f64, f64)),
    scale: Scale,
) -> Result<Plot<'a>, String> {
    ChartBuilder::on(area)
        .margin_top(scale.px(margins.top))
        .margin_left(scale.px(margins.left))
        .margin_right(scale.px(margins.right))
        .x_label_area_size(scale.px(margins.x_labels))
        .y_label_area_size(scale.px(margins.y_labels))
        .build_cartesian_2d(x.0..x.1, y.0..y.1)
        .map_err(err)
}

/// Where the plot of a chart landed, in CSS pixels, with the data ranges of its axes.
pub fn plot_box(plot: &Plot<'_>, x: (f64, f64), y: (f64, f64), scale: Scale) -> PlotBox {
    let (xs, ys) = plot.plotting_area().get_pixel_range();
    PlotBox {
        left: f64::from(xs.start) / scale.0,
        right: f64::from(xs.end) / scale.0,
        top: f64::from(ys.start) / scale.0,
        bottom: f64::from(ys.end) / scale.0,
        x,
        y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backing_store_is_the_css_size_times_a_sane_ratio() {
        assert_eq!(device_size((500, 240), 2.0), Some((1000, 480)));
        assert_eq!(device_size((333, 100), 1.5), Some((500, 150)));
        assert_eq!(device_size((500, 240), f64::NAN), Some((500, 240)));
        assert_eq!(device_size((500, 240), 20.0), Some((4000, 1920)));
        assert_eq!(device_size((0, 240), 2.0), None);
        assert_eq!(device_size((500, -1), 2.0), None);
    }
}
