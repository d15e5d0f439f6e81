//! The components that render the application state. Each file holds one component; the
//! scenario editor is a folder of its own, one file per group.

pub mod announcer;
pub mod app_root;
pub mod banner;
pub mod bargaining_summary;
pub mod chart_canvas;
pub mod chart_readout;
pub mod chart_table;
pub mod class_debrief;
pub mod compare_panel;
pub mod editor;
pub mod event_log;
pub mod file_panel;
pub mod game;
pub mod headline;
pub mod language_switcher;
pub mod ledger_table;
pub mod monte_carlo_panel;
pub mod param_field;
pub mod payoff_table;
pub mod presenter;
pub mod preset_menu;
pub mod print_handout;
pub mod qr_code;
pub mod saved_panel;
pub mod sensitivity_panel;
pub mod share_panel;
pub mod timeline;
pub mod vendors_panel;
pub mod verdict;
