//! Ready-made scenarios: the reported Twitter cases and teaching examples.
//! (Filled in below.)

use super::scenario::Scenario;

/// A named, documented scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// Stable id used in links and the CLI, e.g. `twitter-aws-2023`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// One-paragraph description of what the preset shows.
    pub description: &'static str,
    /// The scenario itself.
    pub scenario: Scenario,
}

/// Every preset, in display order.
pub fn all() -> Vec<Preset> {
    vec![Preset {
        id: "symmetric",
        name: "Teaching example",
        description: "A small teaching scenario.",
        scenario: Scenario::default(),
    }]
}

/// The preset with this id.
pub fn by_id(id: &str) -> Option<Preset> {
    all().into_iter().find(|p| p.id == id)
}
