//! The shape of a version-1 scenario, read only to name a version-1 document's mistakes in
//! its own terms.
//!
//! Version 1 has the first vendor's terms at the top (`vendor`, `contract`, `payment`,
//! `reciprocal`, `retaliation`, `settlement`) and the vendors after it in `more_vendors`.
//! Before a version-1 document is migrated, the readers deserialise it as [`ScenarioV1`]:
//! when that fails, the failing member is found and named in the document as its writer
//! wrote it (`contract.total_commitmnet`, `more_vendors[0].payment.delay_days`), with the
//! nearest version-1 field. A document that reads here is migrated (`super::base`) and read as
//! the current model; nothing of this struct is kept.

use serde::Deserialize;

use standoff_core::model::{
    Budget, Contract, Lesson, Operations, Party, Payment, ReciprocalLine, RetaliationRule,
    Settlement, VendorTerms, YearMonth,
};

/// A version-1 scenario, member by member, with the model's types and defaults.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Read only for whether it deserialises, and for serde's error.
pub(crate) struct ScenarioV1 {
    #[serde(default)]
    version: u32,
    #[serde(default)]
    title: String,
    #[serde(default)]
    customer: Party,
    #[serde(default)]
    vendor: Party,
    #[serde(default)]
    start: YearMonth,
    #[serde(default)]
    horizon_months: u32,
    #[serde(default)]
    contract: Contract,
    #[serde(default)]
    payment: Payment,
    #[serde(default)]
    reciprocal: Vec<ReciprocalLine>,
    #[serde(default)]
    retaliation: Vec<RetaliationRule>,
    #[serde(default)]
    operations: Operations,
    #[serde(default)]
    settlement: Option<Settlement>,
    #[serde(default)]
    lesson: Lesson,
    #[serde(default)]
    more_vendors: Vec<VendorTerms>,
    #[serde(default)]
    budget: Option<Budget>,
}
