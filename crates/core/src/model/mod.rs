//! The scenario model: what a standoff between a customer and its cloud vendor consists of,
//! how it is checked, which of its numbers can be varied, and the ready-made presets.
//!
//! This module is sans-IO: plain data and pure functions, no web crate.

pub mod calendar;
pub mod document;
pub mod lesson;
pub mod limits;
pub mod money;
pub mod params;
pub mod preset_two_clouds;
pub mod presets;
pub mod scenario;
pub mod validate;
pub mod vendors;

pub use calendar::{month_label, month_name};
pub use document::{NoVendor, ScenarioDoc};
pub use lesson::{Lesson, LessonPlay, LessonStep, LocalText};
pub use money::{format_cents, format_money, round_cents, write_money};
pub use params::{
    get_param, param_specs, set_param, vendor_param, vendor_param_id, ParamSpec, Unit,
};
pub use presets::{by_id, Preset};
pub use scenario::*;
pub use validate::{validate, validate_terms, Counted, FieldError, Rule};
pub use vendors::{Allocation, Budget, VendorTerms, VENDORS_MAX, VENDOR_TERM_FIELDS};
