//! The bargaining picture: a number line of settlement prices with the band between the
//! parties' limits (an agreement zone or a gap) and a marker for each price.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::draw_axes;
use crate::app::charts::canvas::{build_plot, err, plot_box, rgb, Area, Plot, Scale};
use crate::app::charts::colour::{GAP, INK, ZOPA};
use crate::app::charts::layout::axes;
use crate::app::charts::layout::plot_box::PlotBox;
use crate::app::charts::pen::Pen;
use crate::app::charts::spec::BargainingChart;
use standoff_words::charts::ChartMsg;

pub fn draw_bargaining(
    area: &Area,
    pen: &Pen,
    chart: &BargainingChart,
    scale: Scale,
) -> Result<PlotBox, String> {
    let layout = axes::bargaining(chart, scale.css_size(area).0);
    let (x_range, y_range) = (layout.x_range, layout.y_range);
    let mut plot = build_plot(area, &layout.margins, (x_range, y_range), scale)?;
    draw_axes(area, pen, &plot, &layout, scale)?;
    draw_band(&mut plot, chart, scale)?;
    let middle = (x_range.0 + x_range.1) / 2.0;
    let offset = (x_range.1 - x_range.0) * 0.01;
    for (index, marker) in chart.markers.iter().enumerate() {
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(marker.value, 0.04), (marker.value, 0.96)],
            rgb(marker.colour).stroke_width(scale.px(2.5).max(1)),
        )))
        .map_err(err)?;
        // Labels are staggered down the line so that neighbouring markers do not overlap,
        // and point inwards so that they stay on the canvas.
        let level = 0.9 - 0.15 * (index % 5) as f64;
        let (anchor, x) = if marker.value > middle {
            (HPos::Right, marker.value - offset)
        } else {
            (HPos::Left, marker.value + offset)
        };
        plot.draw_series(std::iter::once(Text::new(
            format!("{} {}", marker.label, marker.exact),
            (x, level),
            scale.text(12.0, INK).pos(Pos::new(anchor, VPos::Center)),
        )))
        .map_err(err)?;
    }
    Ok(plot_box(&plot, x_range, y_range, scale))
}

/// The band between the limits, named with its width.
fn draw_band(plot: &mut Plot<'_>, chart: &BargainingChart, scale: Scale) -> Result<(), String> {
    let lang = chart.meta.lang;
    let (band_colour, band_name) = if chart.band.agreement {
        (ZOPA, lang.t(ChartMsg::Zopa))
    } else {
        (GAP, lang.t(ChartMsg::Gap))
    };
    plot.draw_series(std::iter::once(Rectangle::new(
        [(chart.band.from, 0.04), (chart.band.to, 0.96)],
        rgb(band_colour).filled(),
    )))
    .map_err(err)?;
    plot.draw_series(std::iter::once(Text::new(
        format!("{band_name} {}", chart.band.exact),
        ((chart.band.from + chart.band.to) / 2.0, 0.08),
        scale
            .text(12.0, INK)
            .pos(Pos::new(HPos::Center, VPos::Bottom)),
    )))
    .map_err(err)?;
    Ok(())
}
