//! The components that render the application state. Each file holds one component.

pub mod app_root;
pub mod banner;
pub mod chart_canvas;
pub mod chart_readout;
pub mod chart_table;
pub mod headline;
pub mod param_field;
