//! The default scenario as a version-1 document, for the tests of messages about version-1
//! links and files.

use serde_json::{json, Value};
use standoff_core::model::Scenario;

/// The default scenario as a version-1 document writes it (the first vendor's terms at the
/// top), so that errors are named as version 1 names them.
pub fn v1_default() -> Value {
    let mut scenario = serde_json::to_value(Scenario::default()).unwrap();
    let members = scenario.as_object_mut().unwrap();
    let vendors = members.remove("vendors").unwrap();
    for (key, value) in vendors[0].as_object().unwrap() {
        members.insert(key.clone(), value.clone());
    }
    members.insert("version".to_string(), json!(1));
    scenario
}
