//! Validation: checks a scenario and reports every problem at once, each naming the field
//! (the dotted path used by the parameter registry), its value and the rule it breaks.
//!
//! A rule is data with its numbers ([`Rule`]); the words crate writes it in each language.

use super::limits::{LIST_MAX, NAME_MAX_CHARS};
use super::money::compare;
use super::params::{for_each_field, List, Unit};
use super::scenario::{Party, Scenario, SCENARIO_VERSION};
use super::vendors::{VENDORS_MAX, VENDOR_TERM_FIELDS};
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// One problem with one field of a scenario.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    /// Dotted path, e.g. `payment.delay_days` or `reciprocal[1].amount`.
    pub field: String,
    /// The offending value as written.
    pub value: String,
    /// The rule the value breaks, with the numbers that say what is allowed.
    pub rule: Rule,
}

/// What a field must be: each rule a validator or setter checks, with its numbers.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Rule {
    /// A registry parameter's range, worded by its unit ("between 0 and 3650 days").
    Range {
        unit: Unit,
        min: Decimal,
        max: Decimal,
    },
    /// A whole-number parameter was given a fraction.
    WholeNumber,
    /// The id names no parameter of the registry.
    NotAParameter,
    /// The registry knows the id, but this scenario has no such field (a list is shorter).
    NotInScenario,
    /// The scenario's version: from 1 to the newest this build reads.
    Version { newest: u32 },
    /// A name or label: 1 to `max` characters.
    NameLength { max: usize },
    /// A three-letter ISO 4217 currency code in capitals.
    CurrencyCode,
    /// A colour written `#rrggbb`.
    Colour,
    /// A list or a text: at most `max` of `what`.
    AtMost { max: usize, what: Counted },
    /// A list: from `min` to `max` of `what` (a document's `vendors`: 1 to 8 items).
    Between {
        min: usize,
        max: usize,
        what: Counted,
    },
    /// Closed data centres: at most the number of data centres.
    ClosedDataCentres { data_centres: u32 },
    /// The month payments resume must come after the month they stop.
    ResumeAfterStop { stop: u32 },
    /// A ramp has one weight per contract year (or none).
    RampYears { years: u32, term_months: u32 },
    /// A ramp has at least one weight above zero.
    RampNotZero,
    /// A lesson step's English text is required.
    EnglishRequired,
    /// A lesson step's month lies within the horizon.
    LessonMonth { last: u32, horizon: u32 },
    /// A lesson lever names a parameter of the scenario or a group of
    /// [`super::lesson::LEVER_GROUPS`].
    Lever,
    /// A lesson chart is one of [`super::lesson::CHART_IDS`].
    Chart,
    /// A played round lasts 1 month or 3 (a quarter).
    RoundMonths,
    /// The app could not tell which rule the change broke.
    NotAllowed,
}

/// What [`Rule::AtMost`] counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Counted {
    Items,
    Characters,
    Steps,
    Levers,
    Charts,
}

fn push(errors: &mut Vec<FieldError>, field: &str, value: impl ToString, rule: Rule) {
    errors.push(FieldError {
        field: field.to_string(),
        value: value.to_string(),
        rule,
    });
}

fn check_party(errors: &mut Vec<FieldError>, side: &str, p: &Party) {
    let n = p.name.chars().count();
    if n == 0 || n > NAME_MAX_CHARS {
        push(
            errors,
            &format!("{side}.name"),
            &p.name,
            Rule::NameLength {
                max: NAME_MAX_CHARS,
            },
        );
    }
    if p.currency.len() != 3 || !p.currency.bytes().all(|b| b.is_ascii_uppercase()) {
        push(
            errors,
            &format!("{side}.currency"),
            &p.currency,
            Rule::CurrencyCode,
        );
    }
    let colour_ok = p.colour.len() == 7
        && p.colour.starts_with('#')
        && p.colour.bytes().skip(1).all(|b| b.is_ascii_hexdigit());
    if !colour_ok {
        push(errors, &format!("{side}.colour"), &p.colour, Rule::Colour);
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
            Rule::Version {
                newest: SCENARIO_VERSION,
            },
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
                Rule::AtMost {
                    max: LIST_MAX,
                    what: Counted::Items,
                },
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
                rule: Rule::Range {
                    unit: def.unit,
                    min: def.min,
                    max: def.max,
                },
            });
        }
    });
    if s.operations.closed > s.operations.data_centres {
        push(
            &mut errors,
            "operations.closed",
            s.operations.closed,
            Rule::ClosedDataCentres {
                data_centres: s.operations.data_centres,
            },
        );
    }
    if let (Some(stop), Some(resume)) = (s.payment.stop_from_month, s.payment.resume_at_month) {
        if resume <= stop {
            push(
                &mut errors,
                "payment.resume_at_month",
                resume,
                Rule::ResumeAfterStop { stop },
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
                Rule::RampYears {
                    years,
                    term_months: s.contract.term_months,
                },
            );
        }
        let total = s
            .contract
            .ramp
            .iter()
            .try_fold(Decimal::ZERO, |acc, w| acc.checked_add(*w));
        if total.is_some_and(|t| t <= Decimal::ZERO) {
            push(&mut errors, "contract.ramp", "all zero", Rule::RampNotZero);
        }
    }
    for (i, line) in s.reciprocal.iter().enumerate() {
        let n = line.label.chars().count();
        if n == 0 || n > NAME_MAX_CHARS {
            push(
                &mut errors,
                &format!("reciprocal[{i}].label"),
                &line.label,
                Rule::NameLength {
                    max: NAME_MAX_CHARS,
                },
            );
        }
    }
    check_vendors(&mut errors, s);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Checks the further vendors: at most [`VENDORS_MAX`] in all, each as its own two-party
/// scenario, every error named under `more_vendors[k].` (the budget's amount is a registry
/// parameter, checked with the others).
fn check_vendors(errors: &mut Vec<FieldError>, s: &Scenario) {
    let most = VENDORS_MAX.saturating_sub(1);
    if s.more_vendors.len() > most {
        push(
            errors,
            "more_vendors",
            format!("{} items", s.more_vendors.len()),
            Rule::AtMost {
                max: most,
                what: Counted::Items,
            },
        );
    }
    for k in 0..s.more_vendors.len().min(most) {
        let Some(alone) = s.vendor_scenario(k.saturating_add(1)) else {
            continue;
        };
        let Err(found) = validate_terms(&alone) else {
            continue;
        };
        for e in found {
            let of_vendor = VENDOR_TERM_FIELDS.iter().any(|t| {
                e.field == *t
                    || e.field.starts_with(&format!("{t}."))
                    || e.field.starts_with(&format!("{t}["))
            });
            if of_vendor {
                errors.push(FieldError {
                    field: format!("more_vendors[{k}].{}", e.field),
                    ..e
                });
            }
        }
    }
}
