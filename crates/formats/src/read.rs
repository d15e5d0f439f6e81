//! A complete document of any version to a validated scenario: strictly, or keeping what can
//! be read when the only problems are members the model does not know.
//!
//! Every mistake is named as the document's writer wrote it: a version-1 document is checked
//! against the version-1 shape before it is migrated (`super::v1`), and the range errors of a
//! current document name its vendors' fields under `vendors[i].`, as it writes them.

use serde::Deserialize;
use serde_json::Value;

use super::base::{migrate, V1_MORE_VENDORS, V1_VENDOR_MEMBERS, VENDORS};
use super::error::LinkError;
use super::field_search::remove_at;
use super::serde_reason::field_error;
use super::v1::ScenarioV1;
use standoff_core::model::{Counted, FieldError, Rule, Scenario, VENDORS_MAX};

/// How many unknown members [`scenario_keeping_known`] sets aside before giving up: a
/// misspelling or two is a person's slip; a document with dozens is not a scenario.
const MAX_SET_ASIDE: usize = 16;

/// Reads a complete document of `version` (a link's patch applied to its base, or a file
/// filled from its neutral document), not yet migrated: checks it in its own version's terms,
/// migrates it, deserialises it and validates it.
pub(crate) fn read_document(version: u32, doc: Value) -> Result<Scenario, LinkError> {
    let current = current_document(version, doc)?;
    scenario_from_value(current).map_err(|error| named_for_version(version, error))
}

/// Checks a complete document of `version` in that version's terms and migrates it to the
/// current version (not yet deserialised).
pub(crate) fn current_document(version: u32, mut doc: Value) -> Result<Value, LinkError> {
    let Value::Object(members) = &mut doc else {
        return migrate(version, doc);
    };
    // The version is the one the container declared, as migration sets it.
    members.insert("version".to_string(), Value::from(version));
    if version == 1 {
        if let Err(err) = ScenarioV1::deserialize(&doc) {
            return Err(field_error::<ScenarioV1>(&err.to_string(), &mut doc));
        }
    } else {
        check_vendor_count(&doc)?;
    }
    migrate(version, doc)
}

/// A current document's `vendors`, when it is a list, has 1 to [`VENDORS_MAX`] items.
fn check_vendor_count(doc: &Value) -> Result<(), LinkError> {
    let Some(Value::Array(vendors)) = doc.get(VENDORS) else {
        return Ok(());
    };
    if (1..=VENDORS_MAX).contains(&vendors.len()) {
        return Ok(());
    }
    Err(LinkError::Invalid {
        errors: vec![FieldError {
            field: VENDORS.to_string(),
            value: format!("{} items", vendors.len()),
            rule: Rule::Between {
                min: 1,
                max: VENDORS_MAX,
                what: Counted::Items,
            },
        }],
    })
}

/// Deserialises a complete, current-version document and validates it. Errors name the field
/// by its path (`vendors[0].payment.delay_days`) with a typed reason, and an unknown member by
/// its path with the nearest known field. Range errors come from the model's validation,
/// which names the first vendor's fields at the top and the others under `more_vendors[k].`;
/// [`read_document`] renames them for the document's version.
pub(crate) fn scenario_from_value(mut doc: Value) -> Result<Scenario, LinkError> {
    let scenario = match Scenario::deserialize(&doc) {
        Ok(scenario) => scenario,
        Err(err) => return Err(field_error::<Scenario>(&err.to_string(), &mut doc)),
    };
    standoff_core::model::validate(&scenario).map_err(|errors| LinkError::Invalid { errors })?;
    Ok(scenario)
}

/// The model's validation errors renamed as a document of `version` writes the fields. The
/// model names them as version 1 writes them (the first vendor's `payment.delay_days`, the
/// second's `more_vendors[0].payment.delay_days`); version 2 writes every vendor under
/// `vendors[i].`.
fn named_for_version(version: u32, error: LinkError) -> LinkError {
    match error {
        LinkError::Invalid { errors } if version >= 2 => LinkError::Invalid {
            errors: errors
                .into_iter()
                .map(|e| FieldError {
                    field: current_field_name(&e.field),
                    ..e
                })
                .collect(),
        },
        other => other,
    }
}

/// A validation error's field (`payment.delay_days`, `more_vendors[1].vendor.name`) as a
/// current document writes it (`vendors[0].payment.delay_days`, `vendors[2].vendor.name`).
fn current_field_name(field: &str) -> String {
    if let Some(rest) = field.strip_prefix(V1_MORE_VENDORS) {
        let Some(inner) = rest.strip_prefix('[') else {
            return format!("{VENDORS}{rest}");
        };
        if let Some((index, tail)) = inner.split_once(']') {
            if let Some(next) = index.parse::<usize>().ok().and_then(|k| k.checked_add(1)) {
                return format!("{VENDORS}[{next}]{tail}");
            }
        }
        return field.to_string();
    }
    let head = field.split(['.', '[']).next().unwrap_or(field);
    if V1_VENDOR_MEMBERS.contains(&head) {
        format!("{VENDORS}[0].{field}")
    } else {
        field.to_string()
    }
}

/// Reads a scenario from `raw` (a link's merged document or a file's scenario, before
/// completion), setting aside members the model does not know, one at a time, until the rest
/// reads. `read` turns `raw` into a validated scenario (filling, checking, migration), naming
/// an unknown member by its path in `raw`.
///
/// Returns the first error unchanged when anything else is wrong, when an unknown member
/// cannot be found in `raw`, or after [`MAX_SET_ASIDE`].
pub(crate) fn scenario_keeping_known(
    mut raw: Value,
    read: impl Fn(Value) -> Result<Scenario, LinkError>,
) -> Result<Scenario, LinkError> {
    let mut first_error = None;
    for _ in 0..=MAX_SET_ASIDE {
        let error = match read(raw.clone()) {
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

#[cfg(test)]
mod tests {
    use super::current_field_name;

    #[test]
    fn validation_names_become_the_current_document_s() {
        for (model, document) in [
            ("payment.delay_days", "vendors[0].payment.delay_days"),
            ("reciprocal[1].amount", "vendors[0].reciprocal[1].amount"),
            ("vendor.name", "vendors[0].vendor.name"),
            ("settlement.month", "vendors[0].settlement.month"),
            (
                "more_vendors[0].payment.delay_days",
                "vendors[1].payment.delay_days",
            ),
            ("more_vendors[6].vendor.colour", "vendors[7].vendor.colour"),
            ("more_vendors", "vendors"),
            ("customer.name", "customer.name"),
            ("budget.monthly", "budget.monthly"),
            ("lesson.steps[0].month", "lesson.steps[0].month"),
            ("version", "version"),
        ] {
            assert_eq!(current_field_name(model), document);
        }
    }
}
