//! The validator's rules (`standoff_core::model::Rule`) in each language: "must be between 0
//! and 3650 days" / "doit être compris entre 0 et 3 650 jours". One exhaustive match per
//! language, so a rule added to the core does not compile until it has its words.

use super::format::number;
use super::Lang;
use rust_decimal::Decimal;
use standoff_core::model::lesson::{CHART_IDS, LEVER_GROUPS};
use standoff_core::model::{Counted, Rule, Unit};

/// What a field must be, in `lang`.
pub fn rule(lang: Lang, rule: &Rule) -> String {
    match lang {
        Lang::En => rule_en(rule),
        Lang::Fr => rule_fr(rule),
    }
}

/// The sentence naming a unit's allowed range: "must be between 0 and 3650 days" /
/// "doit être compris entre 0 et 3\u{202f}650 jours".
pub fn range(lang: Lang, unit: Unit, min: Decimal, max: Decimal) -> String {
    match lang {
        Lang::En => range_en(unit, min, max),
        Lang::Fr => range_fr(unit, min, max),
    }
}

fn range_en(unit: Unit, min: Decimal, max: Decimal) -> String {
    let (min, max) = (min.normalize(), max.normalize());
    match unit {
        Unit::Percent => {
            let pct = |v: Decimal| {
                v.checked_mul(Decimal::ONE_HUNDRED)
                    .map(|p| p.normalize().to_string())
                    .unwrap_or_default()
            };
            format!(
                "must be between {min} and {max} (a fraction: {} % to {} %)",
                pct(min),
                pct(max)
            )
        }
        Unit::Days => format!("must be between {min} and {max} days"),
        Unit::Months => format!("must be between {min} and {max} months"),
        Unit::MonthIndex => format!("must be a month index between {min} and {max}"),
        Unit::Count => format!("must be a whole number between {min} and {max}"),
        Unit::Money | Unit::Probability | Unit::Ratio | Unit::Year | Unit::CalendarMonth => {
            format!("must be between {min} and {max}")
        }
    }
}

fn range_fr(unit: Unit, min: Decimal, max: Decimal) -> String {
    let n = |value: Decimal| number(Lang::Fr, value, 6);
    let (lo, hi) = (n(min), n(max));
    match unit {
        Unit::Percent => {
            let pct =
                |value: Decimal| n(value.checked_mul(Decimal::ONE_HUNDRED).unwrap_or_default());
            format!(
                "doit être compris entre {lo} et {hi} (une fraction\u{a0}: {}\u{202f}% à {}\u{202f}%)",
                pct(min),
                pct(max)
            )
        }
        Unit::Days => format!("doit être compris entre {lo} et {hi} jours"),
        Unit::Months => format!("doit être compris entre {lo} et {hi} mois"),
        Unit::MonthIndex => format!("doit être un indice de mois entre {lo} et {hi}"),
        Unit::Count => format!("doit être un nombre entier entre {lo} et {hi}"),
        Unit::Money | Unit::Probability | Unit::Ratio | Unit::Year | Unit::CalendarMonth => {
            format!("doit être compris entre {lo} et {hi}")
        }
    }
}

/// The lever groups a lesson step may name, as the rule lists them.
fn lever_groups() -> String {
    let names: Vec<&str> = LEVER_GROUPS.iter().map(|(name, _)| *name).collect();
    names.join(", ")
}

/// What a count rule counts, in English.
fn counted_en(what: Counted) -> &'static str {
    match what {
        Counted::Items => "items",
        Counted::Characters => "characters",
        Counted::Steps => "steps",
        Counted::Levers => "levers",
        Counted::Charts => "charts",
    }
}

/// What a count rule counts, in French.
fn counted_fr(what: Counted) -> &'static str {
    match what {
        Counted::Items => "éléments",
        Counted::Characters => "caractères",
        Counted::Steps => "étapes",
        Counted::Levers => "leviers",
        Counted::Charts => "graphiques",
    }
}

fn rule_en(rule: &Rule) -> String {
    match rule {
        Rule::Range { unit, min, max } => range_en(*unit, *min, *max),
        Rule::WholeNumber => "must be a whole number".to_string(),
        Rule::NotAParameter => "is not a parameter".to_string(),
        Rule::NotInScenario => "does not exist in this scenario".to_string(),
        Rule::Version { newest } => {
            format!("must be between 1 and {newest} (this version of Standoff)")
        }
        Rule::NameLength { max } => format!("must have 1 to {max} characters"),
        Rule::CurrencyCode => {
            "must be a three-letter ISO 4217 code in capitals, e.g. USD".to_string()
        }
        Rule::Colour => "must be a colour written #rrggbb, e.g. #1d9bf0".to_string(),
        Rule::AtMost { max, what } => format!("must have at most {max} {}", counted_en(*what)),
        Rule::Between { min, max, what } => {
            format!("must have {min} to {max} {}", counted_en(*what))
        }
        Rule::ClosedDataCentres { data_centres } => {
            format!("must be between 0 and {data_centres} (the number of data centres)")
        }
        Rule::ResumeAfterStop { stop } => format!("must be after the stop month ({stop})"),
        Rule::RampYears { years, term_months } => format!(
            "must have one weight per contract year: {years} for a {term_months}-month term, \
             or none for a flat schedule"
        ),
        Rule::RampNotZero => "must have at least one weight above 0".to_string(),
        Rule::EnglishRequired => {
            "must not be empty (English is required; French is optional)".to_string()
        }
        Rule::LessonMonth { last, horizon } => format!(
            "must be a month of the horizon, between 0 and {last} (the horizon has {horizon} \
             months)"
        ),
        Rule::Lever => format!(
            "must be a parameter of this scenario (e.g. payment.delay_days) or a group: {}",
            lever_groups()
        ),
        Rule::Chart => format!("must be one of: {}", CHART_IDS.join(", ")),
        Rule::RoundMonths => "must be 1 (a month) or 3 (a quarter)".to_string(),
        Rule::NotAllowed => "is not allowed".to_string(),
    }
}

fn rule_fr(rule: &Rule) -> String {
    let n = |value: u64| super::format::count(Lang::Fr, value);
    let size = |value: usize| n(u64::try_from(value).unwrap_or(u64::MAX));
    match rule {
        Rule::Range { unit, min, max } => range_fr(*unit, *min, *max),
        Rule::WholeNumber => "doit être un nombre entier".to_string(),
        Rule::NotAParameter => "n’est pas un paramètre".to_string(),
        Rule::NotInScenario => "n’existe pas dans ce scénario".to_string(),
        Rule::Version { newest } => format!(
            "doit être compris entre 1 et {} (cette version de Standoff)",
            n(u64::from(*newest))
        ),
        Rule::NameLength { max } => format!("doit avoir de 1 à {} caractères", size(*max)),
        Rule::CurrencyCode => {
            "doit être un code ISO 4217 de trois lettres majuscules, par exemple USD".to_string()
        }
        Rule::Colour => "doit être une couleur écrite #rrggbb, par exemple #1d9bf0".to_string(),
        Rule::AtMost { max, what } => {
            format!("doit avoir au plus {} {}", size(*max), counted_fr(*what))
        }
        Rule::Between { min, max, what } => format!(
            "doit avoir de {} à {} {}",
            size(*min),
            size(*max),
            counted_fr(*what)
        ),
        Rule::ClosedDataCentres { data_centres } => format!(
            "doit être compris entre 0 et {} (le nombre de centres de données)",
            n(u64::from(*data_centres))
        ),
        Rule::ResumeAfterStop { stop } => {
            format!("doit être après le mois d’arrêt ({})", n(u64::from(*stop)))
        }
        Rule::RampYears { years, term_months } => format!(
            "doit avoir un poids par année de contrat\u{a0}: {} pour une durée de {} mois, ou \
             aucun pour un échéancier plat",
            n(u64::from(*years)),
            n(u64::from(*term_months))
        ),
        Rule::RampNotZero => "doit avoir au moins un poids supérieur à 0".to_string(),
        Rule::EnglishRequired => {
            "ne doit pas être vide (l’anglais est obligatoire\u{202f}; le français est facultatif)"
                .to_string()
        }
        Rule::LessonMonth { last, horizon } => format!(
            "doit être un mois de l’horizon, entre 0 et {} (l’horizon compte {} mois)",
            n(u64::from(*last)),
            n(u64::from(*horizon))
        ),
        Rule::Lever => format!(
            "doit être un paramètre de ce scénario (par exemple payment.delay_days) ou un \
             groupe\u{a0}: {}",
            lever_groups()
        ),
        Rule::Chart => format!("doit être l’un de\u{a0}: {}", CHART_IDS.join(", ")),
        Rule::RoundMonths => "doit valoir 1 (un mois) ou 3 (un trimestre)".to_string(),
        Rule::NotAllowed => "n’est pas autorisé".to_string(),
    }
}
