//! Standoff's web app: the Yew user interface that Trunk builds.
//!
//! Data flows one way: a `standoff_core::model::Scenario` → `standoff_core::engine::simulate`
//! → a `Report` → `standoff_core::analysis` → the views in [`app`], worded by
//! `standoff_words`; links, files and saved scenarios are read and written by
//! `standoff_formats`. Those crates are sans-IO and use no web crate; only this one touches the
//! browser (see `ARCHITECTURE.md`).

pub mod app;
pub mod jobs;
