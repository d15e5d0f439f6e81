//! The scenario's JSON shape, format version 2: the customer's members at the top and every
//! vendor, the first included, as one item of `vendors`.
//!
//! ```json
//! { "version": 2, "title": "…", "customer": {…}, "start": {…}, "horizon_months": 24,
//!   "budget": {…}, "operations": {…}, "lesson": {…},
//!   "vendors": [ { "vendor": {…}, "contract": {…}, "payment": {…}, "reciprocal": […],
//!                  "retaliation": […], "settlement": null }, … ] }
//! ```
//!
//! [`Scenario`] keeps its first vendor's terms as its own fields (`vendor`, `contract`, …) and
//! the others in `more_vendors`, which is what the engine, the analyses and the app use; it
//! serialises through [`ScenarioDoc`] and deserialises from it, so this file is the only
//! place that knows the written shape. Documents of version 1 (the first vendor's members at
//! the top, the others in `more_vendors`) are rewritten into this shape by the formats crate
//! before they are read.
//!
//! Every member has a default, so that a member missing from a hand-written document takes a
//! neutral value and the formats crate can find a bad member by taking members out one at a
//! time; `vendors` missing means one vendor with [`VendorTerms::default`]. An empty `vendors`
//! list cannot be a scenario and does not deserialise; more than [`VENDORS_MAX`] vendors
//! deserialise and fail validation.

use serde::{Deserialize, Serialize};

use super::lesson::Lesson;
use super::scenario::{Operations, Party, Scenario, YearMonth, SCENARIO_VERSION};
use super::vendors::{Budget, VendorTerms, VENDORS_MAX};

/// The written shape of a [`Scenario`] (format version 2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioDoc {
    /// Format version of the document: [`SCENARIO_VERSION`] when written, and when missing.
    #[serde(default = "default_version")]
    pub version: u32,
    /// A short title shown in the UI and in reports.
    #[serde(default)]
    pub title: String,
    /// The customer: the platform that buys cloud services (e.g. Twitter).
    #[serde(default)]
    pub customer: Party,
    /// Calendar month of month index 0.
    #[serde(default)]
    pub start: YearMonth,
    /// Number of simulated months (1 to 240; 24 when missing).
    #[serde(default = "default_horizon")]
    pub horizon_months: u32,
    /// The customer's monthly budget for its vendors' bills, written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// The customer's own operations: data centres, outage risk, other revenue.
    #[serde(default)]
    pub operations: Operations,
    /// The lesson script of presenter mode, written only when it has steps.
    #[serde(default, skip_serializing_if = "Lesson::is_empty")]
    pub lesson: Lesson,
    /// The customer's vendors in order, each with its terms: 1 to [`VENDORS_MAX`].
    #[serde(default = "one_vendor")]
    pub vendors: Vec<VendorTerms>,
}

fn default_version() -> u32 {
    SCENARIO_VERSION
}

fn default_horizon() -> u32 {
    24
}

fn one_vendor() -> Vec<VendorTerms> {
    vec![VendorTerms::default()]
}

/// A `vendors` list that cannot be a scenario: it has no vendor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoVendor;

impl std::fmt::Display for NoVendor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "vendors must have 1 to {VENDORS_MAX} items")
    }
}

impl From<Scenario> for ScenarioDoc {
    fn from(s: Scenario) -> Self {
        let mut vendors = Vec::with_capacity(s.more_vendors.len().saturating_add(1));
        vendors.push(VendorTerms {
            vendor: s.vendor,
            contract: s.contract,
            payment: s.payment,
            reciprocal: s.reciprocal,
            retaliation: s.retaliation,
            settlement: s.settlement,
        });
        vendors.extend(s.more_vendors);
        ScenarioDoc {
            // The shape written is this version's, whatever the value kept in memory.
            version: SCENARIO_VERSION,
            title: s.title,
            customer: s.customer,
            start: s.start,
            horizon_months: s.horizon_months,
            budget: s.budget,
            operations: s.operations,
            lesson: s.lesson,
            vendors,
        }
    }
}

impl TryFrom<ScenarioDoc> for Scenario {
    type Error = NoVendor;

    fn try_from(doc: ScenarioDoc) -> Result<Self, NoVendor> {
        let mut vendors = doc.vendors.into_iter();
        let first = vendors.next().ok_or(NoVendor)?;
        Ok(Scenario {
            version: doc.version,
            title: doc.title,
            customer: doc.customer,
            vendor: first.vendor,
            start: doc.start,
            horizon_months: doc.horizon_months,
            contract: first.contract,
            payment: first.payment,
            reciprocal: first.reciprocal,
            retaliation: first.retaliation,
            operations: doc.operations,
            settlement: first.settlement,
            lesson: doc.lesson,
            more_vendors: vendors.collect(),
            budget: doc.budget,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_is_written_with_its_vendors_in_a_list_and_reads_back() {
        let scenario = Scenario::default();
        let value = serde_json::to_value(&scenario).unwrap();
        assert_eq!(value["version"], SCENARIO_VERSION);
        assert_eq!(value["vendors"][0]["vendor"]["name"], "Cloud");
        assert!(value.get("vendor").is_none());
        assert!(value.get("more_vendors").is_none());
        let back: Scenario = serde_json::from_value(value).unwrap();
        assert_eq!(back, scenario);
    }

    #[test]
    fn no_vendors_is_refused_and_a_missing_list_is_one_default_vendor() {
        let error = serde_json::from_str::<Scenario>(r#"{"vendors": []}"#).unwrap_err();
        assert!(
            error.to_string().contains("vendors must have 1 to 8"),
            "{error}"
        );
        let one: Scenario = serde_json::from_str("{}").unwrap();
        assert_eq!(one.vendor, Party::default());
        assert!(one.more_vendors.is_empty());
        let old = serde_json::from_str::<Scenario>(r#"{"vendor": {"name": "AWS"}}"#);
        assert!(old
            .unwrap_err()
            .to_string()
            .contains("unknown field `vendor`"));
    }
}
