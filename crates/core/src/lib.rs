//! Standoff's core: the scenario model, the month-by-month cash-flow engine and the
//! negotiation analyses.
//!
//! Data flows one way: [`model::Scenario`] → [`engine::simulate`] → [`engine::Report`] →
//! [`analysis`]. This crate is sans-IO and writes no words: it uses no web crate and no JSON
//! library, and every message it produces is typed data (a rule and its numbers, an event and
//! its amounts) that `standoff-words` turns into English or French.

pub mod analysis;
pub mod engine;
pub mod game;
pub mod model;
