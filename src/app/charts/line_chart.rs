//! Draws a [`LineChartData`] on a canvas with plotters.
//!
//! plotters-canvas draws in the canvas's own pixel grid and knows nothing of
//! devicePixelRatio. To stay crisp on high-DPI screens the canvas's backing store is sized in
//! device pixels (CSS size × ratio) and every length and font size is scaled by the ratio.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::series::{y_range, LineChartData};

/// Sizes the canvas's backing store to its CSS box at the given pixel ratio. Returns the
/// device-pixel size, or `None` when the canvas is not laid out (zero width).
pub fn fit_to_css_box(canvas: &HtmlCanvasElement, pixel_ratio: f64) -> Option<(u32, u32)> {
    let css_width = f64::from(canvas.client_width());
    let css_height = f64::from(canvas.client_height());
    if css_width <= 0.0 || css_height <= 0.0 {
        return None;
    }
    let ratio = if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
        pixel_ratio
    } else {
        1.0
    };
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

/// Draws the chart. Errors are returned as text; the caller logs them and keeps the page.
pub fn draw(
    canvas: HtmlCanvasElement,
    data: &LineChartData,
    pixel_ratio: f64,
) -> Result<(), String> {
    if fit_to_css_box(&canvas, pixel_ratio).is_none() {
        return Ok(());
    }
    let scale = |css_px: f64| (css_px * pixel_ratio).round() as u32;
    let backend =
        CanvasBackend::with_canvas_object(canvas).ok_or("the canvas has no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|error| error.to_string())?;

    let (y_low, y_high) = y_range(data);
    let x_high = data.months.max(1) as f64;
    let font = |css_px: f64| ("sans-serif", css_px * pixel_ratio).into_font();

    let mut chart = ChartBuilder::on(&root)
        .margin(scale(10.0))
        .caption(&data.title, font(15.0))
        .x_label_area_size(scale(34.0))
        .y_label_area_size(scale(64.0))
        .build_cartesian_2d(0.0..x_high, y_low..y_high)
        .map_err(|error| error.to_string())?;

    chart
        .configure_mesh()
        .light_line_style(RGBColor(235, 238, 241))
        .bold_line_style(RGBColor(210, 214, 219))
        .axis_style(RGBColor(120, 126, 134))
        .label_style(font(12.0))
        .axis_desc_style(font(12.0))
        .x_desc("Month")
        .y_desc(data.y_label.as_str())
        .x_label_formatter(&|month| format!("{month:.0}"))
        .y_label_formatter(&|value| compact_amount(*value))
        .draw()
        .map_err(|error| error.to_string())?;

    for series in &data.series {
        let colour = parse_hex_colour(&series.colour).unwrap_or(BLACK);
        let style = ShapeStyle::from(colour).stroke_width(scale(2.5).max(1));
        chart
            .draw_series(LineSeries::new(series.points.iter().copied(), style))
            .map_err(|error| error.to_string())?
            .label(series.label.as_str())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], ShapeStyle::from(colour).filled())
            });
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(RGBColor(210, 214, 219))
        .label_font(font(12.0))
        .draw()
        .map_err(|error| error.to_string())?;
    root.present().map_err(|error| error.to_string())
}

/// Axis labels in thousands, millions or billions, so they stay short on a phone.
pub fn compact_amount(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1e9 {
        format!("{:.1}B", value / 1e9)
    } else if magnitude >= 1e6 {
        format!("{:.0}M", value / 1e6)
    } else if magnitude >= 1e3 {
        format!("{:.0}k", value / 1e3)
    } else {
        format!("{value:.0}")
    }
}

/// Parses `#rrggbb`; anything else is `None` (the caller falls back to black).
pub fn parse_hex_colour(text: &str) -> Option<RGBColor> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |range: std::ops::Range<usize>| {
        hex.get(range)
            .and_then(|part| u8::from_str_radix(part, 16).ok())
    };
    Some(RGBColor(channel(0..2)?, channel(2..4)?, channel(4..6)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_or_are_rejected() {
        assert_eq!(
            parse_hex_colour("#1d6fb8"),
            Some(RGBColor(0x1d, 0x6f, 0xb8))
        );
        assert_eq!(parse_hex_colour("1d6fb8"), None);
        assert_eq!(parse_hex_colour("#1d6fb"), None);
        assert_eq!(parse_hex_colour("#ééé"), None);
    }

    #[test]
    fn amounts_are_compact() {
        assert_eq!(compact_amount(70_000_000.0), "70M");
        assert_eq!(compact_amount(1_500_000_000.0), "1.5B");
        assert_eq!(compact_amount(-2_500.0), "-2k");
        assert_eq!(compact_amount(12.0), "12");
    }
}
