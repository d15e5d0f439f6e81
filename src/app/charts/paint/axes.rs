//! Grid lines, axis lines, tick labels and axis descriptions. Labels are placed with the
//! canvas's own text alignment instead of plotters' mesh, which measures every label through
//! a DOM element (a forced layout per label): too slow for redrawing every chart on every
//! slider move.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::app::charts::canvas::{err, origin, rgb, Area, Plot, Scale};
use crate::app::charts::colour::{Rgb, INK};
use crate::app::charts::layout::axes::Cartesian;
use crate::app::charts::pen::{Pen, Point};

/// Draws the whole of the axes of `layout` on the chart `plot` built on `area`.
pub fn draw_axes(
    area: &Area,
    pen: &Pen,
    plot: &Plot<'_>,
    layout: &Cartesian<'_>,
    scale: Scale,
) -> Result<(), String> {
    draw_axis_lines(pen, plot, layout, scale);
    let labels = axis_labels(plot, layout, scale);
    draw_axis_labels(area, pen, &labels, scale)
}

/// Grid lines, axis lines and the value labels of the y axis: the parts of the axes that move
/// with the data's range.
pub fn draw_axis_lines(pen: &Pen, plot: &Plot<'_>, layout: &Cartesian<'_>, scale: Scale) {
    const GRID: Rgb = Rgb(230, 233, 237);
    const AXIS: Rgb = Rgb(120, 126, 134);
    let Cartesian {
        x_range: (x0, x1),
        y_range: (y0, y1),
        axes,
        ..
    } = layout;
    let width = scale.px(1.0).max(1);
    let at = |x: f64, y: f64| plot.backend_coord(&(x, y));
    let mut grid = Vec::new();
    if axes.y_grid {
        grid.extend(axes.y_ticks.iter().map(|(y, _)| (at(*x0, *y), at(*x1, *y))));
    }
    if axes.x_grid {
        grid.extend(axes.x_ticks.iter().map(|(x, _)| (at(*x, *y0), at(*x, *y1))));
    }
    pen.segments(GRID, width, grid);
    // The axis lines, and a short tick under each labelled x.
    let mut lines = vec![(at(*x0, *y0), at(*x1, *y0))];
    if axes.left_axis {
        lines.push((at(*x0, *y0), at(*x0, *y1)));
    }
    lines.extend(axes.x_ticks.iter().map(|(x, _)| {
        let (x, y) = at(*x, *y0);
        ((x, y), (x, y + scale.i(4.0)))
    }));
    pen.segments(AXIS, width, lines);
    pen.labels(
        12.0,
        INK,
        Pos::new(HPos::Right, VPos::Center),
        axes.y_ticks.iter().map(|(y, label)| {
            let (x, y) = at(*x0, *y);
            ((x - scale.i(6.0), y), label.as_str())
        }),
    );
}

/// The labels under the x axis and the two axis descriptions, where they go on the canvas.
#[derive(Debug, PartialEq)]
pub struct AxisLabels {
    x_labels: Vec<(Point, String)>,
    /// The x description and where its top centre goes.
    x_desc: (Point, String),
    /// The y description and the canvas row of its centre.
    y_desc: (i32, String),
}

/// Where the labels of `layout`'s axes go on the chart `plot`.
pub fn axis_labels(plot: &Plot<'_>, layout: &Cartesian<'_>, scale: Scale) -> AxisLabels {
    let Cartesian {
        x_range: (x0, x1),
        y_range: (y0, y1),
        axes,
        ..
    } = layout;
    let at = |x: f64, y: f64| plot.backend_coord(&(x, y));
    let (left, bottom) = at(*x0, *y0);
    let (right, top) = at(*x1, *y1);
    AxisLabels {
        x_labels: axes
            .x_ticks
            .iter()
            .map(|(x, label)| {
                let (x, y) = at(*x, *y0);
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
pub fn draw_axis_labels(
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
