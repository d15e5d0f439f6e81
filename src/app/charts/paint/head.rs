//! The white ground, the title and the legend above the plot.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::app::charts::canvas::{err, origin, rgb, Area, Scale};
use crate::app::charts::colour::INK;
use crate::app::charts::layout::head::{Head, TITLE_FONT};
use crate::app::charts::layout::legend::{LegendItem, Swatch, LEGEND_FONT, LEGEND_ROW, SWATCH};
use crate::app::charts::pen::Pen;

/// The legend's area and the plot's area below the title.
pub fn split_head(root: &Area, head: &Head, scale: Scale) -> (Area, Area) {
    let (_, rest) = root.split_vertically(scale.px(head.title_height()));
    rest.split_vertically(scale.px(head.layout.height))
}

/// The white ground, the title and the legend.
pub fn draw_head(
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
            let (x, y) = Head::title_line_at(index);
            ((scale.i(x), scale.i(y)), line.as_str())
        }),
    );
    draw_legend(legend_area, pen, head, scale)
}

/// Each entry's swatch, then all the labels in one batch.
fn draw_legend(area: &Area, pen: &Pen, head: &Head, scale: Scale) -> Result<(), String> {
    let (ox, oy) = origin(area);
    let mut labels = Vec::with_capacity(head.legend.len());
    for (item, (x, y)) in head.legend.iter().zip(&head.layout.positions) {
        let left = scale.i(8.0 + x);
        let middle = scale.i(y + LEGEND_ROW / 2.0);
        draw_swatch(area, item, (left, middle), scale)?;
        labels.push((
            (ox + left + scale.i(SWATCH + 6.0), oy + middle),
            item.label.as_str(),
        ));
    }
    pen.labels(LEGEND_FONT, INK, Pos::new(HPos::Left, VPos::Center), labels);
    Ok(())
}

/// A block, a line or a dashed line of the entry's colour, starting at `left` and centred on
/// `middle` (the area's device pixels).
fn draw_swatch(
    area: &Area,
    item: &LegendItem,
    (left, middle): (i32, i32),
    scale: Scale,
) -> Result<(), String> {
    let colour = rgb(item.colour);
    let style = colour.stroke_width(scale.px(2.5).max(1));
    let dash = |from: f64, to: f64| {
        PathElement::new(
            vec![(left + scale.i(from), middle), (left + scale.i(to), middle)],
            style,
        )
    };
    match item.swatch {
        Swatch::Block => area.draw(&Rectangle::new(
            [
                (left, middle - scale.i(5.0)),
                (left + scale.i(SWATCH), middle + scale.i(5.0)),
            ],
            colour.filled(),
        )),
        Swatch::Line => area.draw(&PathElement::new(
            vec![(left, middle), (left + scale.i(SWATCH), middle)],
            style,
        )),
        Swatch::Dashed => [0.0, 7.0, 14.0]
            .into_iter()
            .try_for_each(|start| area.draw(&dash(start, start + 4.0))),
    }
    .map_err(err)
}
