//! Charts: turning reports and analyses into drawable specs (pure) and drawing them on a
//! canvas.
//!
//! `build` turns a report or an analysis result into a [`spec::ChartSpec`] — the only place
//! money becomes `f64` (through `series::to_f64`) — keeping the exact amounts as text for the
//! readout and the data table; `colour` holds the party colours, the palette and the heatmap
//! scale. `layout` places everything (title, legend, margins, ranges, ticks) as pure
//! functions of the spec and the size; `draw` sizes the canvas in device pixels (`canvas`),
//! so charts stay crisp at any devicePixelRatio, and hands the layout to the painters
//! (`paint`, one per kind of chart). `pen` draws the labels, grid lines and series in batches
//! straight on the canvas (plotters sets colour and font once per element), and `frame` keeps
//! a monthly chart's static parts between drawings.

pub mod build;
pub mod canvas;
pub mod class_picture;
pub mod colour;
pub mod draw;
pub mod frame;
pub mod game_path;
pub mod layout;
pub mod paint;
pub mod pen;
pub mod series;
pub mod spec;
pub mod vendors;
