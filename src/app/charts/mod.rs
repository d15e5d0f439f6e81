//! Charts: turning a report into drawable series (pure) and drawing them on a canvas.
//!
//! `series` converts exact decimals to `f64` — the only place money becomes floating point —
//! and `line_chart` draws with plotters on a canvas sized in device pixels, so charts stay
//! crisp at any devicePixelRatio.

pub mod line_chart;
pub mod series;
