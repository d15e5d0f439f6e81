//! Draws a [`ChartSpec`] on a canvas with plotters.
//!
//! plotters-canvas draws in the canvas's own pixel grid and knows nothing of
//! devicePixelRatio. To stay crisp on high-DPI screens the canvas's backing store is sized in
//! device pixels (CSS size × ratio) and every length and font size is scaled by the ratio.
//! Legends are laid out here rather than by plotters, in rows above the plot, so that they
//! never cover the data on a narrow phone screen.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::colour::{scale_colour, Rgb, INK, MUTED, NOTE_INK};
use super::pen::{Pen, Point};
use super::series::compact_amount_in;
use super::spec::{
    AfterCursor, BargainingChart, ChartSpec, HeatmapChart, Mark, MonthlyChart, MonthlyKind,
    TornadoChart,
};
use standoff_words::charts::ChartMsg;
use standoff_words::Lang;

type Area = DrawingArea<CanvasBackend, Shift>;

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
fn fit_to_size(
    canvas: &HtmlCanvasElement,
    (css_width, css_height): (i32, i32),
    pixel_ratio: f64,
) -> Option<(u32, u32)> {
    let css_width = f64::from(css_width);
    let css_height = f64::from(css_height);
    if css_width <= 0.0 || css_height <= 0.0 {
        return None;
    }
    let ratio = sane_ratio(pixel_ratio);
    let width = (css_width * ratio).round() as u32;
    let height = (css_height * ratio).round() as u32;
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    Some((width, height))
}

fn sane_ratio(pixel_ratio: f64) -> f64 {
    if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
        pixel_ratio.min(8.0)
    } else {
        1.0
    }
}

/// Lengths and fonts at one pixel ratio.
#[derive(Clone, Copy)]
struct Scale(f64);

impl Scale {
    fn px(self, css: f64) -> u32 {
        (css * self.0).round().max(0.0) as u32
    }
    fn i(self, css: f64) -> i32 {
        (css * self.0).round() as i32
    }
    fn font(self, css: f64) -> FontDesc<'static> {
        // The family as plotters' own value, not the string "sans-serif": plotters maps a
        // family name through `str::to_lowercase`, which brings Unicode case tables into the
        // app (`tests/size_guards.rs`).
        (FontFamily::SansSerif, css * self.0).into_font()
    }
    fn text(self, css: f64, colour: Rgb) -> TextStyle<'static> {
        self.font(css).color(&rgb(colour))
    }
}

fn rgb(colour: Rgb) -> RGBColor {
    RGBColor(colour.0, colour.1, colour.2)
}

fn err(error: impl std::fmt::Display) -> String {
    error.to_string()
}

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
/// which cost more than the drawing itself (docs/performance.md).
pub fn draw_at_size(
    canvas: HtmlCanvasElement,
    spec: &ChartSpec,
    month: Option<u32>,
    css_size: (i32, i32),
    pixel_ratio: f64,
) -> Result<Option<PlotBox>, String> {
    draw_framed(canvas, spec, month, css_size, pixel_ratio, None)
}

/// The parts of a monthly chart that stay put while its values move — the white ground, the
/// title, the legend, the month labels under the x axis and the two axis descriptions — drawn
/// on a canvas of their own and copied onto the chart at each redraw. They are most of the
/// chart's text, and text is most of what a redraw costs (docs/performance.md).
///
/// The frame is redrawn whenever anything it shows differs: its key holds the very strings,
/// colours and device-pixel positions drawn, so a change in size, pixel ratio, language,
/// title, legend, months or plot layout cannot reuse a stale frame.
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

/// The title's lines and the legend with its layout: what is drawn above the plot.
#[derive(PartialEq)]
struct Head {
    title_lines: Vec<String>,
    legend: Vec<LegendItem>,
    layout: LegendLayout,
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
    if fit_to_size(&canvas, css_size, pixel_ratio).is_none() {
        return Ok(None);
    }
    let scale = Scale(sane_ratio(pixel_ratio));
    let pen = Pen::new(&canvas, scale.0).ok_or("the canvas has no 2D context")?;
    let backend =
        CanvasBackend::with_canvas_object(canvas).ok_or("the canvas has no 2D context")?;
    let root = backend.into_drawing_area();
    let (width, _) = root.dim_in_pixel();

    // The title wraps on narrow screens rather than running off the canvas.
    let css_width = f64::from(width) / scale.0;
    let title_lines = wrap_words(
        &spec.meta().title,
        ((css_width - 16.0) / (TITLE_FONT * 0.52)) as usize,
    );
    let legend = legend_items(spec);
    let layout = legend_layout(&legend, css_width - 16.0);
    let head = Head {
        title_lines,
        legend,
        layout,
    };
    let (legend_area, plot_area) = split_head(&root, &head, scale);

    // Only a monthly chart with axes has a frame; a chart with no months is a note.
    let framed = match (spec, frame) {
        (ChartSpec::Monthly(chart), Some(frame))
            if !(chart.months.is_empty() && chart.x_months == 0) =>
        {
            Some(Framed {
                frame,
                head,
                size: root.dim_in_pixel(),
            })
        }
        _ => {
            draw_head(&root, &legend_area, &pen, &head, scale)?;
            None
        }
    };
    let plot = match spec {
        ChartSpec::Monthly(chart) => draw_monthly(&plot_area, &pen, chart, month, scale, framed)?,
        ChartSpec::Bargaining(chart) => draw_bargaining(&plot_area, &pen, chart, scale)?,
        ChartSpec::Tornado(chart) => draw_tornado(&plot_area, &pen, chart, scale)?,
        ChartSpec::Heatmap(chart) => draw_heatmap(&plot_area, &pen, chart, scale)?,
    };
    root.present().map_err(err)?;
    Ok(Some(plot))
}

/// A monthly chart's frame between drawings, and the head the frame would show now.
struct Framed<'a> {
    frame: &'a mut Option<Frame>,
    head: Head,
    size: (u32, u32),
}

/// The legend's area and the plot's area below the title.
fn split_head(root: &Area, head: &Head, scale: Scale) -> (Area, Area) {
    let title_height = 8.0 + TITLE_LINE * head.title_lines.len() as f64;
    let (_, rest) = root.split_vertically(scale.px(title_height));
    rest.split_vertically(scale.px(head.layout.height))
}

/// The white ground, the title and the legend.
fn draw_head(
    root: &Area,
    legend_area: &Area,
    pen: &Pen,
    head: &Head,
    scale: Scale,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(err)?;
    // The title area starts at the canvas's corner, so its points are the canvas's.
    pen.labels(
        TITLE_FONT,
        INK,
        Pos::new(HPos::Left, VPos::Top),
        head.title_lines.iter().enumerate().map(|(index, line)| {
            (
                (scale.i(8.0), scale.i(5.0 + TITLE_LINE * index as f64)),
                line.as_str(),
            )
        }),
    );
    draw_legend(legend_area, pen, &head.legend, &head.layout, scale)
}

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Swatch {
    Line,
    Dashed,
    Block,
}

#[derive(PartialEq)]
struct LegendItem {
    label: String,
    colour: Rgb,
    swatch: Swatch,
}

/// "25–75 %" / "25–75 %" (U+202F before % in French).
fn band_label(lang: Lang, low: u32, high: u32) -> String {
    match lang {
        Lang::En => format!("{low}–{high} %"),
        Lang::Fr => format!("{low}–{high}\u{202f}%"),
    }
}

fn legend_items(spec: &ChartSpec) -> Vec<LegendItem> {
    let lang = spec.meta().lang;
    let item = |label: &str, colour: Rgb, swatch: Swatch| LegendItem {
        label: label.to_string(),
        colour,
        swatch,
    };
    match spec {
        ChartSpec::Monthly(chart) => match chart.kind {
            MonthlyKind::Fan { .. } => match chart.series.get(2) {
                Some(median) => vec![
                    item(lang.t(ChartMsg::Median), median.colour, Swatch::Line),
                    item(
                        &band_label(lang, 25, 75),
                        lighten(median.colour, 0.55),
                        Swatch::Block,
                    ),
                    item(
                        &band_label(lang, 5, 95),
                        lighten(median.colour, 0.8),
                        Swatch::Block,
                    ),
                ],
                None => Vec::new(),
            },
            MonthlyKind::Lines => chart
                .series
                .iter()
                .map(|series| {
                    let swatch = match series.mark {
                        Mark::Line => Swatch::Line,
                        Mark::DashedLine => Swatch::Dashed,
                        Mark::Bar => Swatch::Block,
                    };
                    item(&series.label, series.colour, swatch)
                })
                .collect(),
        },
        ChartSpec::Bargaining(chart) => {
            let band_colour = if chart.band.agreement { ZOPA } else { GAP };
            std::iter::once(item(
                if chart.band.agreement {
                    lang.t(ChartMsg::ZopaLegend)
                } else {
                    lang.t(ChartMsg::GapLegend)
                },
                band_colour,
                Swatch::Block,
            ))
            .chain(
                chart
                    .markers
                    .iter()
                    .map(|marker| item(&marker.label, marker.colour, Swatch::Line)),
            )
            .collect()
        }
        ChartSpec::Tornado(chart) => vec![
            item(lang.t(ChartMsg::LowLegend), chart.low_colour, Swatch::Block),
            item(
                lang.t(ChartMsg::HighLegend),
                chart.high_colour,
                Swatch::Block,
            ),
            item(
                &format!("{} {}", lang.t(ChartMsg::Base), chart.base_exact),
                INK,
                Swatch::Line,
            ),
        ],
        ChartSpec::Heatmap(chart) => {
            let stop = |pick: Option<&Rgb>| pick.copied().unwrap_or(MUTED);
            vec![
                item(
                    &format!("{} {}", lang.t(ChartMsg::Lowest), chart.scale.min_exact),
                    stop(chart.scale.stops.first()),
                    Swatch::Block,
                ),
                item(
                    &format!("{} {}", lang.t(ChartMsg::Highest), chart.scale.max_exact),
                    stop(chart.scale.stops.last()),
                    Swatch::Block,
                ),
            ]
        }
    }
}

const ZOPA: Rgb = Rgb(0x9b, 0xd4, 0x9b);
const GAP: Rgb = Rgb(0xf2, 0xa5, 0xa5);
const TITLE_FONT: f64 = 15.0;
const TITLE_LINE: f64 = 19.0;
const LEGEND_FONT: f64 = 12.0;
const LEGEND_ROW: f64 = 18.0;
const SWATCH: f64 = 18.0;

/// Where each legend entry goes, in CSS pixels, and the legend's height.
#[derive(Debug, PartialEq)]
struct LegendLayout {
    positions: Vec<(f64, f64)>,
    height: f64,
}

/// Lays the entries out left to right, wrapping to a new row when one would pass `width`.
/// Text width is estimated (0.52 em a character) rather than measured, which keeps drawing
/// free of DOM measurements and is close enough for system sans-serif fonts.
fn legend_layout(items: &[LegendItem], width: f64) -> LegendLayout {
    let mut positions = Vec::with_capacity(items.len());
    let (mut x, mut y) = (0.0_f64, 0.0_f64);
    for item in items {
        let entry = SWATCH + 6.0 + item.label.chars().count() as f64 * LEGEND_FONT * 0.52 + 16.0;
        if x > 0.0 && x + entry > width {
            x = 0.0;
            y += LEGEND_ROW;
        }
        positions.push((x, y));
        x += entry;
    }
    let height = if items.is_empty() {
        0.0
    } else {
        y + LEGEND_ROW + 6.0
    };
    LegendLayout { positions, height }
}

/// The canvas point of an area's top left corner: what turns a point within the area into a
/// point for the [`Pen`].
fn origin(area: &Area) -> Point {
    let (columns, rows) = area.get_pixel_range();
    (columns.start, rows.start)
}

fn draw_legend(
    area: &Area,
    pen: &Pen,
    items: &[LegendItem],
    layout: &LegendLayout,
    scale: Scale,
) -> Result<(), String> {
    let (ox, oy) = origin(area);
    let mut labels = Vec::with_capacity(items.len());
    for (item, (x, y)) in items.iter().zip(&layout.positions) {
        let left = scale.i(8.0 + x);
        let middle = scale.i(y + LEGEND_ROW / 2.0);
        let colour = rgb(item.colour);
        match item.swatch {
            Swatch::Block => area
                .draw(&Rectangle::new(
                    [
                        (left, middle - scale.i(5.0)),
                        (left + scale.i(SWATCH), middle + scale.i(5.0)),
                    ],
                    colour.filled(),
                ))
                .map_err(err)?,
            Swatch::Line | Swatch::Dashed => {
                let style = colour.stroke_width(scale.px(2.5).max(1));
                if item.swatch == Swatch::Dashed {
                    for start in [0.0, 7.0, 14.0] {
                        area.draw(&PathElement::new(
                            vec![
                                (left + scale.i(start), middle),
                                (left + scale.i(start + 4.0), middle),
                            ],
                            style,
                        ))
                        .map_err(err)?;
                    }
                } else {
                    area.draw(&PathElement::new(
                        vec![(left, middle), (left + scale.i(SWATCH), middle)],
                        style,
                    ))
                    .map_err(err)?;
                }
            }
        }
        labels.push((
            (ox + left + scale.i(SWATCH + 6.0), oy + middle),
            item.label.as_str(),
        ));
    }
    pen.labels(LEGEND_FONT, INK, Pos::new(HPos::Left, VPos::Center), labels);
    Ok(())
}

/// Splits `text` into lines of at most `max` characters at spaces (a longer word gets a line
/// of its own).
fn wrap_words(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Mixes `colour` with white: 0 keeps it, 1 is white.
fn lighten(colour: Rgb, amount: f64) -> Rgb {
    let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * amount).round() as u8;
    Rgb(mix(colour.0), mix(colour.1), mix(colour.2))
}

fn plot_box(
    area: &DrawingArea<
        CanvasBackend,
        plotters::coord::cartesian::Cartesian2d<
            plotters::coord::types::RangedCoordf64,
            plotters::coord::types::RangedCoordf64,
        >,
    >,
    x: (f64, f64),
    y: (f64, f64),
    scale: Scale,
) -> PlotBox {
    let (xs, ys) = area.get_pixel_range();
    PlotBox {
        left: f64::from(xs.start) / scale.0,
        right: f64::from(xs.end) / scale.0,
        top: f64::from(ys.start) / scale.0,
        bottom: f64::from(ys.end) / scale.0,
        x,
        y,
    }
}

/// What the axes of a cartesian chart show: ticks at data positions with their labels, and
/// the axis descriptions.
struct Axes<'a> {
    x_ticks: Vec<(f64, String)>,
    y_ticks: Vec<(f64, String)>,
    x_desc: &'a str,
    y_desc: &'a str,
    x_grid: bool,
    y_grid: bool,
    left_axis: bool,
}

/// Draws grid lines, axis lines, tick labels and axis descriptions. Labels are placed with
/// the canvas's own text alignment instead of plotters' mesh, which measures every label
/// through a DOM element (a forced layout per label) — too slow for redrawing every chart on
/// every slider move.
fn draw_axes(
    area: &Area,
    pen: &Pen,
    plot: &mut Plot<'_>,
    axes: &Axes<'_>,
    x_range: (f64, f64),
    y_range: (f64, f64),
    scale: Scale,
) -> Result<(), String> {
    draw_axis_lines(pen, plot, axes, x_range, y_range, scale);
    let labels = axis_labels(plot, axes, x_range, y_range, scale);
    draw_axis_labels(area, pen, &labels, scale)
}

/// Grid lines, axis lines and the value labels of the y axis: the parts of the axes that move
/// with the data's range.
fn draw_axis_lines(
    pen: &Pen,
    plot: &mut Plot<'_>,
    axes: &Axes<'_>,
    (x0, x1): (f64, f64),
    (y0, y1): (f64, f64),
    scale: Scale,
) {
    const GRID: Rgb = Rgb(230, 233, 237);
    const AXIS: Rgb = Rgb(120, 126, 134);
    let width = scale.px(1.0).max(1);
    let at = |x: f64, y: f64| plot.backend_coord(&(x, y));
    let mut grid = Vec::new();
    if axes.y_grid {
        grid.extend(axes.y_ticks.iter().map(|(y, _)| (at(x0, *y), at(x1, *y))));
    }
    if axes.x_grid {
        grid.extend(axes.x_ticks.iter().map(|(x, _)| (at(*x, y0), at(*x, y1))));
    }
    pen.segments(GRID, width, grid);
    // The axis lines, and a short tick under each labelled x.
    let mut lines = vec![(at(x0, y0), at(x1, y0))];
    if axes.left_axis {
        lines.push((at(x0, y0), at(x0, y1)));
    }
    lines.extend(axes.x_ticks.iter().map(|(x, _)| {
        let (x, y) = at(*x, y0);
        ((x, y), (x, y + scale.i(4.0)))
    }));
    pen.segments(AXIS, width, lines);
    pen.labels(
        12.0,
        INK,
        Pos::new(HPos::Right, VPos::Center),
        axes.y_ticks.iter().map(|(y, label)| {
            let (x, y) = at(x0, *y);
            ((x - scale.i(6.0), y), label.as_str())
        }),
    );
}

/// The labels under the x axis and the two axis descriptions, where they go on the canvas.
#[derive(PartialEq)]
struct AxisLabels {
    x_labels: Vec<(Point, String)>,
    /// The x description and where its top centre goes.
    x_desc: (Point, String),
    /// The y description and the canvas row of its centre.
    y_desc: (i32, String),
}

fn axis_labels(
    plot: &mut Plot<'_>,
    axes: &Axes<'_>,
    (x0, x1): (f64, f64),
    (y0, y1): (f64, f64),
    scale: Scale,
) -> AxisLabels {
    let at = |x: f64, y: f64| plot.backend_coord(&(x, y));
    let (left, bottom) = at(x0, y0);
    let (right, top) = at(x1, y1);
    AxisLabels {
        x_labels: axes
            .x_ticks
            .iter()
            .map(|(x, label)| {
                let (x, y) = at(*x, y0);
                ((x, y + scale.i(6.0)), label.clone())
            })
            .collect(),
        x_desc: (
            ((left + right) / 2, bottom + scale.i(24.0)),
            axes.x_desc.to_string(),
        ),
        y_desc: ((top + bottom) / 2, axes.y_desc.to_string()),
    }
}

/// Draws [`AxisLabels`]; `area` is the plot's enclosing area (the one the chart was built on).
fn draw_axis_labels(
    area: &Area,
    pen: &Pen,
    labels: &AxisLabels,
    scale: Scale,
) -> Result<(), String> {
    pen.labels(
        12.0,
        INK,
        Pos::new(HPos::Center, VPos::Top),
        labels
            .x_labels
            .iter()
            .map(|(point, label)| (*point, label.as_str())),
    );
    let (point, x_desc) = &labels.x_desc;
    if !x_desc.is_empty() {
        pen.labels(
            12.0,
            INK,
            Pos::new(HPos::Center, VPos::Top),
            [(*point, x_desc.as_str())],
        );
    }
    let (middle, y_desc) = &labels.y_desc;
    if !y_desc.is_empty() {
        // Rotated text stays with plotters, which draws it inside save() and restore(). It is
        // placed on the enclosing area, whose origin is not the canvas's.
        let (_, oy) = origin(area);
        area.draw(&Text::new(
            y_desc.clone(),
            (scale.i(2.0), middle - oy),
            scale
                .font(12.0)
                .transform(FontTransform::Rotate270)
                .color(&rgb(INK))
                .pos(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(err)?;
    }
    Ok(())
}

/// Round tick values across `(low, high)`, at most about `count` of them, on steps of 1, 2,
/// 2.5 or 5 times a power of ten.
pub fn nice_ticks((low, high): (f64, f64), count: usize) -> Vec<f64> {
    let width = high - low;
    if !width.is_finite() || width <= 0.0 || count == 0 {
        return Vec::new();
    }
    let raw = width / count as f64;
    let magnitude = 10_f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|multiple| multiple * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude);
    let mut ticks = Vec::new();
    let mut index = (low / step).ceil();
    while index * step <= high + step * 1e-9 && ticks.len() <= count * 3 {
        let value = index * step;
        // Steps like 0.1 leave −0.0000000001 where zero was meant.
        ticks.push(if value.abs() < step * 1e-9 {
            0.0
        } else {
            value
        });
        index += 1.0;
    }
    ticks
}

fn money_ticks(lang: Lang, range: (f64, f64), count: usize) -> Vec<(f64, String)> {
    nice_ticks(range, count)
        .into_iter()
        .map(|value| (value, compact_amount_in(lang, value)))
        .collect()
}

/// Month indices to label, about `count` of them, on steps of whole quarters or years once
/// months get crowded.
pub fn month_ticks(months: usize, count: usize) -> Vec<usize> {
    if months == 0 {
        return Vec::new();
    }
    let wanted = months.div_ceil(count.max(1));
    let step = [1, 2, 3, 6, 12, 24, 36, 60, 120]
        .into_iter()
        .find(|step| *step >= wanted)
        .unwrap_or(wanted);
    (0..months).step_by(step).collect()
}

/// Every how many categories a label fits, when `room` labels fit.
fn category_step(categories: usize, room: usize) -> usize {
    categories.div_ceil(room.max(1)).max(1)
}

fn draw_note(area: &Area, note: &str, scale: Scale) -> Result<(), String> {
    let (width, height) = area.dim_in_pixel();
    area.draw(&Text::new(
        note.to_string(),
        (
            i32::try_from(width / 2).unwrap_or(0),
            i32::try_from(height / 2).unwrap_or(0),
        ),
        scale
            .text(13.0, NOTE_INK)
            .pos(Pos::new(HPos::Center, VPos::Center)),
    ))
    .map_err(err)
}

fn draw_monthly(
    area: &Area,
    pen: &Pen,
    chart: &MonthlyChart,
    month: Option<u32>,
    scale: Scale,
    framed: Option<Framed<'_>>,
) -> Result<PlotBox, String> {
    if chart.months.is_empty() && chart.x_months == 0 {
        draw_note(
            area,
            chart
                .note
                .as_deref()
                .unwrap_or(chart.meta.lang.t(ChartMsg::NoMonths)),
            scale,
        )?;
        return Ok(PlotBox::default());
    }
    let x_range = (
        -0.5,
        chart.x_months.max(chart.months.len()).max(1) as f64 - 0.5,
    );
    let y_range = chart.drawn_range();
    let (width, height) = area.dim_in_pixel();
    let mut builder = ChartBuilder::on(area);
    builder
        .margin_right(scale.px(14.0))
        .margin_top(scale.px(4.0))
        .x_label_area_size(scale.px(40.0))
        .y_label_area_size(scale.px(58.0));
    let mut plot = builder
        .build_cartesian_2d(x_range.0..x_range.1, y_range.0..y_range.1)
        .map_err(err)?;
    let x_ticks = ((f64::from(width) / scale.0 / 95.0) as usize).clamp(2, 12);
    let y_ticks = ((f64::from(height) / scale.0 / 45.0) as usize).clamp(3, 10);
    let axes = Axes {
        x_ticks: month_ticks(chart.months.len(), x_ticks)
            .into_iter()
            .map(|index| {
                (
                    index as f64,
                    chart.months.get(index).cloned().unwrap_or_default(),
                )
            })
            .collect(),
        y_ticks: money_ticks(chart.meta.lang, y_range, y_ticks),
        x_desc: &chart.meta.x_label,
        y_desc: &chart.meta.y_label,
        x_grid: true,
        y_grid: true,
        left_axis: true,
    };
    let labels = axis_labels(&mut plot, &axes, x_range, y_range, scale);
    match framed {
        Some(framed) => {
            let frame = frame_for(framed, labels, scale)?;
            pen.copy(&frame.canvas);
            draw_axis_lines(pen, &mut plot, &axes, x_range, y_range, scale);
        }
        None => {
            draw_axis_lines(pen, &mut plot, &axes, x_range, y_range, scale);
            draw_axis_labels(area, pen, &labels, scale)?;
        }
    }

    // Zero is the reference of every monthly chart (the baseline, no debt, no flow).
    if y_range.0 < 0.0 && y_range.1 > 0.0 {
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(x_range.0, 0.0), (x_range.1, 0.0)],
            rgb(INK).mix(0.55).stroke_width(scale.px(1.0).max(1)),
        )))
        .map_err(err)?;
    }

    // Points after the cursor are left out when the chart is cut there.
    let shown = match (month, chart.after_cursor) {
        (Some(month), AfterCursor::Cut) => (month as usize).saturating_add(1),
        _ => usize::MAX,
    };
    let visible = |values: &[f64]| -> Vec<(f64, f64)> {
        values
            .iter()
            .enumerate()
            .take(shown)
            .filter(|(_, value)| value.is_finite())
            .map(|(index, value)| (index as f64, *value))
            .collect()
    };

    match chart.kind {
        MonthlyKind::Fan { progress } => {
            draw_fan(&mut plot, chart, &visible, scale)?;
            if let Some(progress) = progress {
                let percent = (f64::from(progress) * 100.0).clamp(0.0, 100.0).floor();
                let text = match chart.meta.lang {
                    Lang::En => format!("Running… {percent:.0} %"),
                    Lang::Fr => format!("Calcul en cours… {percent:.0}\u{202f}%"),
                };
                draw_progress(area, &text, scale)?;
            }
        }
        MonthlyKind::Lines => {
            draw_bars(&mut plot, chart, shown)?;
            for series in chart
                .series
                .iter()
                .filter(|series| series.mark != Mark::Bar)
            {
                // One path per series, dashed by the canvas: plotters strokes a dashed series
                // dash by dash, each with its own colour and width settings.
                let dash =
                    (series.mark == Mark::DashedLine).then(|| (scale.px(7.0), scale.px(5.0)));
                pen.polyline(
                    series.colour,
                    scale.px(2.5).max(1),
                    dash,
                    visible(&series.values)
                        .iter()
                        .map(|point| plot.backend_coord(point)),
                );
            }
        }
    }

    if let Some(month) = month.filter(|month| (*month as usize) < chart.x_months.max(1)) {
        let at = f64::from(month);
        if chart.after_cursor == AfterCursor::Grey {
            plot.draw_series(std::iter::once(Rectangle::new(
                [(at, y_range.0), (x_range.1, y_range.1)],
                WHITE.mix(0.7).filled(),
            )))
            .map_err(err)?;
        }
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(at, y_range.0), (at, y_range.1)],
            rgb(INK).stroke_width(scale.px(1.5).max(1)),
        )))
        .map_err(err)?;
    }
    if let Some(note) = &chart.note {
        draw_note(area, note, scale)?;
    }
    Ok(plot_box(plot.plotting_area(), x_range, y_range, scale))
}

/// The frame showing `labels` and the head of `framed`: the one kept from the last drawing
/// when it shows exactly that, or a new one.
fn frame_for(framed: Framed<'_>, labels: AxisLabels, scale: Scale) -> Result<&Frame, String> {
    let Framed { frame, head, size } = framed;
    let key = FrameKey {
        size,
        ratio: scale.0,
        head,
        labels,
    };
    if frame.as_ref().is_some_and(|frame| frame.key == key) {
        return frame.as_ref().ok_or_else(String::new);
    }
    // The canvas is reused when there is one: only its size may need to change.
    let canvas = match frame.take() {
        Some(frame) => frame.canvas,
        None => web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.create_element("canvas").ok())
            .and_then(|element| element.dyn_into::<HtmlCanvasElement>().ok())
            .ok_or("no canvas for the chart's frame")?,
    };
    if canvas.width() != size.0 {
        canvas.set_width(size.0);
    }
    if canvas.height() != size.1 {
        canvas.set_height(size.1);
    }
    let pen = Pen::new(&canvas, scale.0).ok_or("the frame has no 2D context")?;
    let root = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or("the frame has no 2D context")?
        .into_drawing_area();
    let (legend_area, plot_area) = split_head(&root, &key.head, scale);
    draw_head(&root, &legend_area, &pen, &key.head, scale)?;
    draw_axis_labels(&plot_area, &pen, &key.labels, scale)?;
    root.present().map_err(err)?;
    Ok(frame.insert(Frame { key, canvas }))
}

type Plot<'a> = ChartContext<
    'a,
    CanvasBackend,
    plotters::coord::cartesian::Cartesian2d<
        plotters::coord::types::RangedCoordf64,
        plotters::coord::types::RangedCoordf64,
    >,
>;

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

/// Picks the points of a series that are drawn (all, or those up to the cursor).
type Visible<'a> = dyn Fn(&[f64]) -> Vec<(f64, f64)> + 'a;

/// The fan: the 5–95 % band, the 25–75 % band inside it, and the median line.
fn draw_fan(
    plot: &mut Plot<'_>,
    chart: &MonthlyChart,
    visible: &Visible<'_>,
    scale: Scale,
) -> Result<(), String> {
    let [p5, p25, p50, p75, p95] = match chart.series.as_slice() {
        [a, b, c, d, e] => [a, b, c, d, e],
        _ => return Ok(()),
    };
    let band = |low: &[f64], high: &[f64]| -> Vec<(f64, f64)> {
        let mut points = visible(high);
        let mut lower = visible(low);
        lower.reverse();
        points.extend(lower);
        points
    };
    let colour = p50.colour;
    plot.draw_series(std::iter::once(Polygon::new(
        band(&p5.values, &p95.values),
        rgb(lighten(colour, 0.8)).filled(),
    )))
    .map_err(err)?;
    plot.draw_series(std::iter::once(Polygon::new(
        band(&p25.values, &p75.values),
        rgb(lighten(colour, 0.55)).filled(),
    )))
    .map_err(err)?;
    plot.draw_series(LineSeries::new(
        visible(&p50.values),
        rgb(colour).stroke_width(scale.px(2.5).max(1)),
    ))
    .map_err(err)?;
    Ok(())
}

fn draw_progress(area: &Area, text: &str, scale: Scale) -> Result<(), String> {
    let (width, height) = area.dim_in_pixel();
    let (cx, cy) = (
        i32::try_from(width / 2).unwrap_or(0),
        i32::try_from(height / 2).unwrap_or(0),
    );
    area.draw(&Rectangle::new(
        [
            (cx - scale.i(80.0), cy - scale.i(16.0)),
            (cx + scale.i(80.0), cy + scale.i(16.0)),
        ],
        WHITE.mix(0.9).filled(),
    ))
    .map_err(err)?;
    area.draw(&Text::new(
        text.to_string(),
        (cx, cy),
        scale
            .text(15.0, INK)
            .pos(Pos::new(HPos::Center, VPos::Center)),
    ))
    .map_err(err)
}

/// A range that holds every value, padded by `share` of its span, never empty.
fn span(values: impl Iterator<Item = f64>, share: f64) -> (f64, f64) {
    let (low, high) = values
        .filter(|value| value.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if low > high {
        return (-1.0, 1.0);
    }
    let width = high - low;
    if width <= f64::EPSILON * high.abs().max(1.0) {
        let pad = (high.abs() * 0.1).max(1.0);
        return (low - pad, high + pad);
    }
    (low - width * share, high + width * share)
}

fn draw_bargaining(
    area: &Area,
    pen: &Pen,
    chart: &BargainingChart,
    scale: Scale,
) -> Result<PlotBox, String> {
    let values = chart
        .markers
        .iter()
        .map(|marker| marker.value)
        .chain([chart.band.from, chart.band.to]);
    let x_range = span(values, 0.12);
    let y_range = (0.0, 1.0);
    let (width, _) = area.dim_in_pixel();
    let mut plot = ChartBuilder::on(area)
        .margin_left(scale.px(14.0))
        .margin_right(scale.px(14.0))
        .x_label_area_size(scale.px(40.0))
        .build_cartesian_2d(x_range.0..x_range.1, y_range.0..y_range.1)
        .map_err(err)?;
    let axes = Axes {
        x_ticks: money_ticks(
            chart.meta.lang,
            x_range,
            ((f64::from(width) / scale.0 / 90.0) as usize).clamp(2, 10),
        ),
        y_ticks: Vec::new(),
        x_desc: &chart.meta.x_label,
        y_desc: "",
        x_grid: true,
        y_grid: false,
        left_axis: false,
    };
    draw_axes(area, pen, &mut plot, &axes, x_range, y_range, scale)?;
    let (band_colour, band_text) = if chart.band.agreement {
        (
            ZOPA,
            format!("{} {}", chart.meta.lang.t(ChartMsg::Zopa), chart.band.exact),
        )
    } else {
        (
            GAP,
            format!("{} {}", chart.meta.lang.t(ChartMsg::Gap), chart.band.exact),
        )
    };
    plot.draw_series(std::iter::once(Rectangle::new(
        [(chart.band.from, 0.04), (chart.band.to, 0.96)],
        rgb(band_colour).filled(),
    )))
    .map_err(err)?;
    plot.draw_series(std::iter::once(Text::new(
        band_text,
        ((chart.band.from + chart.band.to) / 2.0, 0.08),
        scale
            .text(12.0, INK)
            .pos(Pos::new(HPos::Center, VPos::Bottom)),
    )))
    .map_err(err)?;
    let middle = (x_range.0 + x_range.1) / 2.0;
    for (index, marker) in chart.markers.iter().enumerate() {
        let colour = rgb(marker.colour);
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(marker.value, 0.04), (marker.value, 0.96)],
            colour.stroke_width(scale.px(2.5).max(1)),
        )))
        .map_err(err)?;
        // Labels are staggered down the line so that neighbouring markers do not overlap,
        // and point inwards so that they stay on the canvas.
        let level = 0.9 - 0.15 * (index % 5) as f64;
        let anchor = if marker.value > middle {
            HPos::Right
        } else {
            HPos::Left
        };
        let offset = (x_range.1 - x_range.0) * 0.01;
        let x = if marker.value > middle {
            marker.value - offset
        } else {
            marker.value + offset
        };
        plot.draw_series(std::iter::once(Text::new(
            format!("{} {}", marker.label, marker.exact),
            (x, level),
            scale.text(12.0, INK).pos(Pos::new(anchor, VPos::Center)),
        )))
        .map_err(err)?;
    }
    Ok(plot_box(plot.plotting_area(), x_range, y_range, scale))
}

fn draw_tornado(
    area: &Area,
    pen: &Pen,
    chart: &TornadoChart,
    scale: Scale,
) -> Result<PlotBox, String> {
    if chart.rows.is_empty() {
        draw_note(area, chart.meta.lang.t(ChartMsg::NoParameterMoves), scale)?;
        return Ok(PlotBox::default());
    }
    let rows = chart.rows.len();
    let values = chart
        .rows
        .iter()
        .flat_map(|row| [row.low, row.high])
        .flatten()
        .chain(std::iter::once(chart.base));
    let x_range = span(values, 0.05);
    let y_range = (-0.5, rows as f64 - 0.5);
    let (width, _) = area.dim_in_pixel();
    let css_width = f64::from(width) / scale.0;
    let label_width = (css_width * 0.38).clamp(90.0, 240.0);
    let max_chars = (label_width / (12.0 * 0.56)) as usize;
    // The widest bar is drawn at the top: row 0 sits at y = rows − 1.
    let labels: Vec<String> = chart
        .rows
        .iter()
        .rev()
        .map(|row| shorten(&row.label, max_chars))
        .collect();
    let mut plot = ChartBuilder::on(area)
        .margin_right(scale.px(16.0))
        .x_label_area_size(scale.px(40.0))
        .y_label_area_size(scale.px(label_width))
        .build_cartesian_2d(x_range.0..x_range.1, y_range.0..y_range.1)
        .map_err(err)?;
    let (_, height) = area.dim_in_pixel();
    let label_every = category_step(rows, (f64::from(height) / scale.0 / 16.0) as usize);
    let axes = Axes {
        x_ticks: money_ticks(
            chart.meta.lang,
            x_range,
            ((css_width / 95.0) as usize).clamp(2, 10),
        ),
        y_ticks: labels
            .iter()
            .enumerate()
            .filter(|(index, _)| (rows - 1 - index) % label_every == 0)
            .map(|(index, label)| (index as f64, label.clone()))
            .collect(),
        x_desc: &chart.meta.x_label,
        y_desc: "",
        x_grid: true,
        y_grid: false,
        left_axis: true,
    };
    draw_axes(area, pen, &mut plot, &axes, x_range, y_range, scale)?;
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
    Ok(plot_box(plot.plotting_area(), x_range, y_range, scale))
}

/// `text` cut to `max` characters with an ellipsis in the middle: parameter labels differ
/// at their ends ("Reciprocal line 1 (…): amount" and "…: net days").
fn shorten(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let kept = max.saturating_sub(1);
    let head = kept.div_ceil(2);
    let tail = kept - head;
    let start: String = text.chars().take(head).collect();
    let end: String = text.chars().skip(count - tail).collect();
    format!("{start}…{end}")
}

fn draw_heatmap(
    area: &Area,
    pen: &Pen,
    chart: &HeatmapChart,
    scale: Scale,
) -> Result<PlotBox, String> {
    let columns = chart.x_values.len();
    let rows = chart.y_values.len();
    if columns == 0 || rows == 0 {
        draw_note(
            area,
            chart
                .note
                .as_deref()
                .unwrap_or(chart.meta.lang.t(ChartMsg::NoSweep)),
            scale,
        )?;
        return Ok(PlotBox::default());
    }
    let (width, height) = area.dim_in_pixel();
    let scale_width = scale.px(78.0);
    let (main, legend) = area.split_horizontally(width.saturating_sub(scale_width));
    let x_range = (-0.5, columns as f64 - 0.5);
    let y_range = (-0.5, rows as f64 - 0.5);
    let mut plot = ChartBuilder::on(&main)
        .margin_right(scale.px(8.0))
        .margin_top(scale.px(4.0))
        .x_label_area_size(scale.px(40.0))
        .y_label_area_size(scale.px(62.0))
        .build_cartesian_2d(x_range.0..x_range.1, y_range.0..y_range.1)
        .map_err(err)?;
    let css_width = f64::from(width) / scale.0;
    let css_height = f64::from(height) / scale.0;
    let category_ticks = |values: &[String], room: usize| -> Vec<(f64, String)> {
        let step = category_step(values.len(), room);
        values
            .iter()
            .enumerate()
            .filter(|(index, _)| index % step == 0)
            .map(|(index, value)| (index as f64, value.clone()))
            .collect()
    };
    let axes = Axes {
        x_ticks: category_ticks(&chart.x_values, (css_width / 56.0) as usize),
        y_ticks: category_ticks(&chart.y_values, (css_height / 22.0) as usize),
        x_desc: &chart.meta.x_label,
        y_desc: &chart.meta.y_label,
        x_grid: false,
        y_grid: false,
        left_axis: true,
    };
    draw_axes(&main, pen, &mut plot, &axes, x_range, y_range, scale)?;
    let cells = chart.colours.iter().enumerate().map(|(index, colour)| {
        let (ix, iy) = ((index % columns) as f64, (index / columns) as f64);
        Rectangle::new(
            [(ix - 0.5, iy - 0.5), (ix + 0.5, iy + 0.5)],
            rgb(*colour).filled(),
        )
    });
    plot.draw_series(cells).map_err(err)?;
    let plot_area = plot_box(plot.plotting_area(), x_range, y_range, scale);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn item(label: &str) -> LegendItem {
        LegendItem {
            label: label.into(),
            colour: INK,
            swatch: Swatch::Line,
        }
    }

    #[test]
    fn the_legend_wraps_to_new_rows() {
        // Each ten-character entry is 18 + 6 + 10 × 12 × 0.52 + 16 = 102.4 px wide.
        let items = [item("abcdefghij"), item("abcdefghij"), item("abcdefghij")];
        let wide = legend_layout(&items, 400.0);
        assert_eq!(wide.positions.len(), 3);
        assert_eq!(wide.positions[2].1, 0.0);
        assert_eq!(wide.height, LEGEND_ROW + 6.0);
        let narrow = legend_layout(&items, 200.0);
        assert_eq!(narrow.positions[1], (0.0, LEGEND_ROW));
        assert_eq!(narrow.positions[2], (0.0, 2.0 * LEGEND_ROW));
        assert_eq!(narrow.height, 3.0 * LEGEND_ROW + 6.0);
    }

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
    fn ticks_fall_on_round_values() {
        // Span 159.5 over 5 ticks: raw step 31.9, so the step is 50.
        assert_eq!(nice_ticks((-72.25, 87.25), 5), vec![-50.0, 0.0, 50.0]);
        // Span 10 over 4: raw 2.5 is itself a round step.
        assert_eq!(nice_ticks((0.0, 10.0), 4), vec![0.0, 2.5, 5.0, 7.5, 10.0]);
        assert_eq!(nice_ticks((1.0, 1.0), 4), Vec::<f64>::new());
        // 66 months in at most 6 labels: 11 a label, rounded up to a year.
        assert_eq!(month_ticks(66, 6), vec![0, 12, 24, 36, 48, 60]);
        assert_eq!(month_ticks(3, 6), vec![0, 1, 2]);
        assert_eq!(category_step(40, 12), 4);
        assert_eq!(category_step(5, 12), 1);
    }

    #[test]
    fn the_point_under_the_mouse_is_a_month_a_bar_or_a_cell() {
        use crate::app::charts::spec::{HeatScale, Meta, MonthlyChart, TornadoRow};
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

    #[test]
    fn titles_wrap_at_spaces() {
        assert_eq!(
            wrap_words("Who is winning: cash", 40),
            vec!["Who is winning: cash"]
        );
        assert_eq!(
            wrap_words("Who is winning: cash", 10),
            vec!["Who is", "winning:", "cash"]
        );
        assert_eq!(wrap_words("", 10), vec![""]);
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(shorten("Payment delay", 20), "Payment delay");
        assert_eq!(shorten("Payment delay", 6), "Pay…ay");
        assert_eq!(shorten("Payment delay", 7), "Pay…lay");
    }

    #[test]
    fn spans_are_padded_and_never_empty() {
        assert_eq!(span([0.0, 100.0].into_iter(), 0.1), (-10.0, 110.0));
        assert_eq!(span([5.0].into_iter(), 0.1), (4.0, 6.0));
        assert_eq!(span(std::iter::empty(), 0.1), (-1.0, 1.0));
    }
}
