//! The components that render the application state. Each file holds one component.

pub mod app_root;
pub mod banner;
pub mod chart_canvas;
pub mod file_panel;
pub mod headline;
pub mod param_field;
pub mod saved_panel;
pub mod share_panel;
