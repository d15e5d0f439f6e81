//! Charts: turning reports and analyses into drawable specs (pure) and drawing them on a
//! canvas.
//!
//! `build` turns a report or an analysis result into a [`spec::ChartSpec`] — the only place
//! money becomes `f64` (through `series::to_f64`) — keeping the exact amounts as text for the
//! readout and the data table; `colour` holds the party colours, the palette and the heatmap
//! scale; `draw` and its helpers draw a spec with plotters on a canvas sized in device pixels,
//! so charts stay crisp at any devicePixelRatio, with `pen` drawing the labels, grid lines and
//! series in batches straight on the canvas (plotters sets colour and font once per element).

pub mod build;
pub mod colour;
pub mod draw;
pub mod pen;
pub mod series;
pub mod spec;
