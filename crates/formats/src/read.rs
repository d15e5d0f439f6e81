//! A complete, current-version document to a validated scenario: strictly, or keeping what can
//! be read when the only problems are members the model does not know.

use serde::Deserialize;
use serde_json::Value;

use super::error::LinkError;
use super::field_search::remove_at;
use super::serde_reason::field_error;
use standoff_core::model::Scenario;

/// How many unknown members [`scenario_keeping_known`] sets aside before giving up: a
/// misspelling or two is a person's slip; a document with dozens is not a scenario.
const MAX_SET_ASIDE: usize = 16;

/// Deserialises a complete, current-version document and validates it. Errors name the field
/// by its path (`payment.delay_days`) with a typed reason, and an unknown member by its path
/// with the nearest known field.
pub(crate) fn scenario_from_value(mut doc: Value) -> Result<Scenario, LinkError> {
    let scenario = match Scenario::deserialize(&doc) {
        Ok(scenario) => scenario,
        Err(err) => return Err(field_error(&err.to_string(), &mut doc)),
    };
    standoff_core::model::validate(&scenario).map_err(|errors| LinkError::Invalid { errors })?;
    Ok(scenario)
}

/// Reads a scenario from `raw` (a link's merged document or a file's scenario, before
/// completion), setting aside members the model does not know, one at a time, until the rest
/// reads. `complete` turns `raw` into a complete current-version document (filling, migration).
///
/// Returns the first error unchanged when anything else is wrong, when an unknown member
/// cannot be found in `raw` (a migration renamed its parent), or after [`MAX_SET_ASIDE`].
pub(crate) fn scenario_keeping_known(
    mut raw: Value,
    complete: impl Fn(Value) -> Result<Value, LinkError>,
) -> Result<Scenario, LinkError> {
    let mut first_error = None;
    for _ in 0..=MAX_SET_ASIDE {
        let error = match scenario_from_value(complete(raw.clone())?) {
            Ok(scenario) => return Ok(scenario),
            Err(error) => error,
        };
        let removed = match &error {
            LinkError::UnknownField { field, .. } => remove_at(&mut raw, field),
            _ => false,
        };
        let first = first_error.get_or_insert(error);
        if !removed {
            return Err(first.clone());
        }
    }
    Err(first_error.unwrap_or(LinkError::Empty))
}
