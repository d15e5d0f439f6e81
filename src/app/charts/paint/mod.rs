//! Painters: a laid-out chart ([`layout`](super::layout)) turned into pixels with plotters
//! and the [`Pen`](super::pen::Pen). `head` paints the title and the legend, `axes` the grid,
//! the axis lines and their labels; then one painter for each kind of chart: `monthly` (lines
//! and stacked bars over months), `fan` (a Monte Carlo fan of percentile bands), `bargaining`
//! (the price line), `tornado` (swings per parameter) and `heatmap` (a two-parameter sweep).

pub mod axes;
pub mod bargaining;
pub mod fan;
pub mod head;
pub mod heatmap;
pub mod monthly;
pub mod tornado;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::canvas::{err, Area, Scale};
use super::colour::NOTE_INK;

/// Writes a sentence in the middle of `area`: what a chart with nothing to draw says instead.
pub fn draw_note(area: &Area, note: &str, scale: Scale) -> Result<(), String> {
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
