//! Standoff: an in-browser negotiation simulator between a customer and its cloud vendor.
//!
//! Data flows one way: [`model::Scenario`] → [`engine::simulate`] → [`engine::Report`] →
//! [`analysis`] → the views in [`app`]. The first four layers are sans-IO: they use no web
//! crate and are tested natively (see `ARCHITECTURE.md`).

pub mod analysis;
pub mod app;
pub mod engine;
pub mod i18n;
pub mod link;
pub mod model;
