//! Validation: checks a scenario and reports every problem at once, each naming the field
//! (the dotted path used by the parameter registry), its value and the allowed range.

use super::limits::{LIST_MAX, NAME_MAX_CHARS};
use super::money::compare;
use super::params::{for_each_field, List};
use super::scenario::{Party, Scenario, SCENARIO_VERSION};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// One problem with one field of a scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Dotted path, e.g. `payment.delay_days` or `reciprocal[1].amount`.
    pub field: String,
    /// The offending value as written.
    pub value: String,
    /// What is wrong, naming the allowed range, e.g. "must be between 0 and 3650 days".
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} = {}: {}", self.field, self.value, self.message)
    }
}

impl std::error::Error for FieldError {}

fn push(errors: &mut Vec<FieldError>, field: &str, value: impl ToString, message: &str) {
    errors.push(FieldError {
        field: field.to_string(),
        value: value.to_string(),
        message: message.to_string(),
    });
}

fn check_party(errors: &mut Vec<FieldError>, side: &str, p: &Party) {
    let n = p.name.chars().count();
    if n == 0 || n > NAME_MAX_CHARS {
        push(
            errors,
            &format!("{side}.name"),
            &p.name,
            &format!("must have 1 to {NAME_MAX_CHARS} characters"),
        );
    }
    if p.currency.len() != 3 || !p.currency.bytes().all(|b| b.is_ascii_uppercase()) {
        push(
            errors,
            &format!("{side}.currency"),
            &p.currency,
            "must be a three-letter ISO 4217 code in capitals, e.g. USD",
        );
    }
    let colour_ok = p.colour.len() == 7
        && p.colour.starts_with('#')
        && p.colour.bytes().skip(1).all(|b| b.is_ascii_hexdigit());
    if !colour_ok {
        push(
            errors,
            &format!("{side}.colour"),
            &p.colour,
            "must be a colour written #rrggbb, e.g. #1d9bf0",
        );
    }
}

/// Checks `s` and returns every error found, or `Ok(())`.
///
/// Numeric ranges come from the parameter registry ([`super::params`]); the rules that relate
/// fields to each other (closures at most the data centres, resume after stop, one ramp
/// weight per contract year) are checked here.
pub fn validate(s: &Scenario) -> Result<(), Vec<FieldError>> {
    let mut errors = match validate_terms(s) {
        Ok(()) => Vec::new(),
        Err(errors) => errors,
    };
    super::lesson::check_lesson(&mut errors, s);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Checks everything the simulation depends on, that is every field but the lesson script
/// (which only says what presenter mode shows). The engine uses this, so a lesson never
/// stops a simulation; input from outside goes through [`validate`].
pub fn validate_terms(s: &Scenario) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    if s.version == 0 || s.version > SCENARIO_VERSION {
        push(
            &mut errors,
            "version",
            s.version,
            &format!("must be between 1 and {SCENARIO_VERSION} (this version of Standoff)"),
        );
    }
    check_party(&mut errors, "customer", &s.customer);
    check_party(&mut errors, "vendor", &s.vendor);
    for (list, len) in [
        (List::Ramp, s.contract.ramp.len()),
        (List::UsageChanges, s.contract.usage.changes.len()),
        (List::LumpSums, s.payment.lump_sums.len()),
        (List::Reciprocal, s.reciprocal.len()),
        (List::Retaliation, s.retaliation.len()),
    ] {
        if len > LIST_MAX {
            push(
                &mut errors,
                list.prefix(),
                format!("{len} items"),
                &format!("must have at most {LIST_MAX} items"),
            );
        }
    }
    for_each_field(s, |def, index, value| {
        let out_of_range = compare(value, def.min) == Ordering::Less
            || compare(value, def.max) == Ordering::Greater;
        if out_of_range {
            errors.push(FieldError {
                field: def.path(index),
                value: value.to_string(),
                message: def.unit.range_message(def.min, def.max),
            });
        }
    });
    if s.operations.closed > s.operations.data_centres {
        push(
            &mut errors,
            "operations.closed",
            s.operations.closed,
            &format!(
                "must be between 0 and {} (the number of data centres)",
                s.operations.data_centres
            ),
        );
    }
    if let (Some(stop), Some(resume)) = (s.payment.stop_from_month, s.payment.resume_at_month) {
        if resume <= stop {
            push(
                &mut errors,
                "payment.resume_at_month",
                resume,
                &format!("must be after the stop month ({stop})"),
            );
        }
    }
    if !s.contract.ramp.is_empty() {
        let years = s.contract.term_months.div_ceil(12);
        if s.contract.ramp.len() != usize::try_from(years).unwrap_or(usize::MAX) {
            push(
                &mut errors,
                "contract.ramp",
                format!("{} weights", s.contract.ramp.len()),
                &format!(
                    "must have one weight per contract year: {years} for a {}-month term, or none for a flat schedule",
                    s.contract.term_months
                ),
            );
        }
        let total = s
            .contract
            .ramp
            .iter()
            .try_fold(Decimal::ZERO, |acc, w| acc.checked_add(*w));
        if total.is_some_and(|t| t <= Decimal::ZERO) {
            push(
                &mut errors,
                "contract.ramp",
                "all zero",
                "must have at least one weight above 0",
            );
        }
    }
    for (i, line) in s.reciprocal.iter().enumerate() {
        let n = line.label.chars().count();
        if n == 0 || n > NAME_MAX_CHARS {
            push(
                &mut errors,
                &format!("reciprocal[{i}].label"),
                &line.label,
                &format!("must have 1 to {NAME_MAX_CHARS} characters"),
            );
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
