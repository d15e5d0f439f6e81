//! The details of errors in links, JSON files, stored data and the engine, per language.
//!
//! The error types are data in their crates (`standoff_formats::LinkError`,
//! `standoff_core::engine::EngineError`, `standoff_core::model::FieldError` with its
//! [`Rule`](standoff_core::model::Rule), `standoff_core::analysis::AnalysisError`); this module
//! writes their sentences through exhaustive matches, as `events.rs` writes the event log's.
//! The command line and the tests take the English from here.
//!
//! JSON syntax mistakes, unknown fields and values of the wrong kind arrive typed and are
//! written by `read_errors.rs`. One detail still arrives as English text: a migration step's
//! reason (`LinkError::Migration`). [`reason_in`] matches it against a closed set of English
//! templates and writes the French one with the same values; a text no template matches stays
//! in English rather than being lost.

use rust_decimal::Decimal;
use std::str::FromStr;

use super::format::{number, quoted};
use super::read_errors::{bad_field, json_problem, unknown_field};
use super::rules::rule;
use super::Lang;
use standoff_core::engine::{EngineError, Quantity};
use standoff_core::model::FieldError;
use standoff_formats::error::{excerpt, shown_character};
use standoff_formats::{LinkError, CURRENT_VERSION};

/// The sentence for a link, file or stored-data error in `lang`.
pub fn link_error(lang: Lang, error: &LinkError) -> String {
    match lang {
        Lang::En => link_error_en(error),
        Lang::Fr => link_error_fr(error),
    }
}

fn link_error_en(error: &LinkError) -> String {
    match error {
        LinkError::Empty => "The link is empty.".to_string(),
        LinkError::TooLong { length, limit } => format!(
            "The data is too long ({length} characters or bytes; the limit is {limit}), so it \
             was not read."
        ),
        LinkError::NoScenario => {
            "The link has no scenario in it: expected a part starting with \"#s=v1.\".".to_string()
        }
        LinkError::UnknownFormat { found } => format!(
            "The link's scenario starts with \"{}\", which is not a Standoff link format \
             (expected \"v1.\").",
            excerpt(found)
        ),
        LinkError::UnsupportedVersion { found, newest } => format!(
            "The link is format \"{}\", but this version of Standoff reads formats v1 to \
             v{newest}: it was probably made by a newer version.",
            excerpt(found)
        ),
        LinkError::MissingSeparator => "The link's scenario has no \".\" between the version \
                                        and the data: it is malformed."
            .to_string(),
        LinkError::BadBase64 {
            position,
            character,
        } => format!(
            "The link's data has an invalid character {} at position {position}: it may have \
             been damaged when copied.",
            shown_character(*character, |text| format!("'{text}'"))
        ),
        LinkError::TruncatedBase64 => "The link's data stops in the middle of a character \
                                       group: it was probably cut off when copied."
            .to_string(),
        LinkError::TruncatedCompressed => {
            "The link's compressed data is truncated: it was probably cut off when copied."
                .to_string()
        }
        LinkError::CorruptCompressed => {
            "The link's compressed data is corrupt: it may have been damaged when copied."
                .to_string()
        }
        LinkError::TooLargeAfterDecompression { limit } => format!(
            "The link's data is too large after decompression (over {limit} bytes), so it was \
             not read."
        ),
        LinkError::NotUtf8 { position } => {
            format!("The data is not UTF-8 text (invalid byte at offset {position}).")
        }
        LinkError::NotJson {
            line,
            column,
            problem,
        } => format!(
            "The data is not valid JSON at line {line}, column {column}: {}.",
            json_problem(Lang::En, *problem)
        ),
        LinkError::NotAnObject { found } => {
            format!("The scenario must be a JSON object, but the data is {found}.")
        }
        LinkError::BadNullPath { path } => format!(
            "The link's \"$null\" list names \"{}\", which is not a field of the scenario.",
            excerpt(path)
        ),
        LinkError::WrongFileFormat { found } => format!(
            "The file's format is \"{}\", not \"standoff-scenario\": it is not a Standoff \
             scenario file.",
            excerpt(found)
        ),
        LinkError::BadVersion { found } => format!(
            "The scenario's version is {}, which is not a version this build of Standoff can \
             read (1 to {CURRENT_VERSION}).",
            excerpt(found)
        ),
        LinkError::Migration { from, message } => {
            format!("The scenario of version {from} could not be upgraded: {message}.")
        }
        LinkError::UnknownField { field, suggestion } => {
            unknown_field(Lang::En, field, suggestion.as_ref())
        }
        LinkError::BadField { field, problem } => bad_field(Lang::En, field, problem),
        LinkError::Invalid { errors } => {
            let mut out = String::from("The scenario has values outside their allowed range: ");
            push_field_errors(&mut out, Lang::En, errors);
            out
        }
    }
}

fn link_error_fr(error: &LinkError) -> String {
    let q = |text: &str| quoted(Lang::Fr, text);
    match error {
        LinkError::Empty => "Le lien est vide.".to_string(),
        LinkError::TooLong { length, limit } => format!(
            "Les données sont trop longues ({} caractères ou octets\u{202f}; la limite est {}), \
             elles n’ont donc pas été lues.",
            count(*length),
            count(*limit)
        ),
        LinkError::NoScenario => format!(
            "Le lien ne contient pas de scénario\u{a0}: une partie commençant par {} était \
             attendue.",
            q("#s=v1.")
        ),
        LinkError::UnknownFormat { found } => format!(
            "Le scénario du lien commence par {}, qui n’est pas un format de lien Standoff \
             ({} attendu).",
            q(&excerpt(found)),
            q("v1.")
        ),
        LinkError::UnsupportedVersion { found, newest } => format!(
            "Le lien est au format {}, mais cette version de Standoff lit les formats v1 à \
             v{newest}\u{a0}: il a sans doute été créé par une version plus récente.",
            q(&excerpt(found))
        ),
        LinkError::MissingSeparator => format!(
            "Le scénario du lien n’a pas de {} entre la version et les données\u{a0}: il est \
             mal formé.",
            q(".")
        ),
        LinkError::BadBase64 {
            position,
            character,
        } => format!(
            "Les données du lien contiennent un caractère invalide {} à la position \
             {position}\u{a0}: elles ont peut-être été abîmées lors de la copie.",
            shown_character(*character, q)
        ),
        LinkError::TruncatedBase64 => "Les données du lien s’arrêtent au milieu d’un groupe de \
                                       caractères\u{a0}: elles ont sans doute été coupées lors \
                                       de la copie."
            .to_string(),
        LinkError::TruncatedCompressed => "Les données compressées du lien sont tronquées\u{a0}: \
                                           elles ont sans doute été coupées lors de la copie."
            .to_string(),
        LinkError::CorruptCompressed => "Les données compressées du lien sont corrompues\u{a0}: \
                                         elles ont peut-être été abîmées lors de la copie."
            .to_string(),
        LinkError::TooLargeAfterDecompression { limit } => format!(
            "Les données du lien sont trop volumineuses une fois décompressées (plus de {} \
             octets), elles n’ont donc pas été lues.",
            count(*limit)
        ),
        LinkError::NotUtf8 { position } => format!(
            "Les données ne sont pas du texte UTF-8 (octet invalide à la position {position})."
        ),
        LinkError::NotJson {
            line,
            column,
            problem,
        } => format!(
            "Les données ne sont pas du JSON valide à la ligne {line}, colonne {column}\u{a0}: \
             {}.",
            json_problem(Lang::Fr, *problem)
        ),
        LinkError::NotAnObject { found } => format!(
            "Le scénario doit être un objet JSON, mais les données sont {}.",
            json_kind_fr(found)
        ),
        LinkError::BadNullPath { path } => format!(
            "La liste {} du lien nomme {}, qui n’est pas un champ du scénario.",
            q("$null"),
            q(&excerpt(path))
        ),
        LinkError::WrongFileFormat { found } => format!(
            "Le format du fichier est {}, et non {}\u{a0}: ce n’est pas un fichier de scénario \
             Standoff.",
            q(&excerpt(found)),
            q("standoff-scenario")
        ),
        LinkError::BadVersion { found } => format!(
            "La version du scénario est {}, que cette version de Standoff ne sait pas lire (1 à \
             {CURRENT_VERSION}).",
            excerpt(found)
        ),
        LinkError::Migration { from, message } => format!(
            "Le scénario de version {from} n’a pas pu être mis à jour\u{a0}: {}.",
            reason_in(Lang::Fr, message)
        ),
        LinkError::UnknownField { field, suggestion } => {
            unknown_field(Lang::Fr, field, suggestion.as_ref())
        }
        LinkError::BadField { field, problem } => bad_field(Lang::Fr, field, problem),
        LinkError::Invalid { errors } => {
            let mut out =
                String::from("Le scénario a des valeurs hors de leur plage autorisée\u{a0}: ");
            push_field_errors(&mut out, Lang::Fr, errors);
            out
        }
    }
}

/// The first few bad fields of a scenario, the rest counted, and a final full stop: a banner
/// stays readable (the whole list is in the error for a details view).
fn push_field_errors(out: &mut String, lang: Lang, errors: &[FieldError]) {
    const SHOWN: usize = 5;
    let separator = match lang {
        Lang::En => "; ",
        Lang::Fr => "\u{202f}; ",
    };
    for (i, error) in errors.iter().take(SHOWN).enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        let value = excerpt(&error.value);
        let rule = rule(lang, &error.rule);
        out.push_str(&match lang {
            Lang::En => format!("{} is {value}: it {rule}", error.field),
            Lang::Fr => format!("{} vaut {value}\u{a0}: il {rule}", error.field),
        });
    }
    if errors.len() > SHOWN {
        let more = errors.len() - SHOWN;
        out.push_str(separator);
        out.push_str(&match lang {
            Lang::En => format!("and {more} more"),
            Lang::Fr => format!("et {more} de plus"),
        });
    }
    out.push('.');
}

/// One bad field as `field = value: rule` (English) or `field = valeur : règle` (French).
pub fn field_problem(lang: Lang, error: &FieldError) -> String {
    match lang {
        Lang::En => format!(
            "{} = {}: {}",
            error.field,
            error.value,
            rule(lang, &error.rule)
        ),
        Lang::Fr => format!(
            "{} = {}\u{a0}: {}",
            error.field,
            error.value,
            rule(lang, &error.rule)
        ),
    }
}

/// The sentence for an engine error in `lang`.
pub fn engine_error(lang: Lang, error: &EngineError) -> String {
    match (lang, error) {
        (Lang::En, EngineError::Invalid(errors)) => {
            let details: Vec<String> = errors.iter().map(|e| field_problem(lang, e)).collect();
            format!("The scenario is invalid: {}.", details.join("; "))
        }
        (Lang::Fr, EngineError::Invalid(errors)) => {
            let details: Vec<String> = errors.iter().map(|e| field_problem(lang, e)).collect();
            format!(
                "Le scénario n’est pas valide\u{a0}: {}.",
                details.join("\u{202f}; ")
            )
        }
        (
            Lang::En,
            EngineError::Overflow {
                line,
                month_index,
                month,
            },
        ) => format!(
            "Overflow in {}, month {} ({}): the amounts are too large to compute exactly.",
            quantity_name(lang, *line),
            u64::from(*month_index) + 1,
            month.label()
        ),
        (
            Lang::Fr,
            EngineError::Overflow {
                line,
                month_index,
                month,
            },
        ) => format!(
            "Dépassement de capacité dans {}, mois {} ({})\u{a0}: les montants sont trop grands \
             pour être calculés exactement.",
            quantity_name(lang, *line),
            u64::from(*month_index) + 1,
            super::format::month_year(Lang::Fr, *month)
        ),
    }
}

/// The name of what the engine was computing when it overflowed, as the overflow sentence
/// quotes it: "late interest" / "les intérêts de retard".
pub fn quantity_name(lang: Lang, quantity: Quantity) -> &'static str {
    match lang {
        Lang::En => quantity_name_en(quantity),
        Lang::Fr => quantity_name_fr(quantity),
    }
}

fn quantity_name_en(quantity: Quantity) -> &'static str {
    match quantity {
        Quantity::Npv => "NPV",
        Quantity::DiscountRate => "discount rate",
        Quantity::CashPosition => "cash position",
        Quantity::CollectionCosts => "collection costs",
        Quantity::ContractCommitment => "contract commitment",
        Quantity::UsageInvoice => "usage invoice",
        Quantity::ContractPayments => "contract payments",
        Quantity::LateInterest => "late interest",
        Quantity::Arrears => "arrears",
        Quantity::LegalAction => "legal action",
        Quantity::LumpSum => "lump sum",
        Quantity::ReciprocalLine => "reciprocal line",
        Quantity::Settlement => "settlement",
        Quantity::Operations => "operations",
        Quantity::Totals => "totals",
        Quantity::BaselineComparison => "baseline comparison",
        Quantity::PlanCache => "plan cache",
    }
}

fn quantity_name_fr(quantity: Quantity) -> &'static str {
    match quantity {
        Quantity::Npv => "la VAN",
        Quantity::DiscountRate => "le taux d’actualisation",
        Quantity::CashPosition => "la trésorerie",
        Quantity::CollectionCosts => "les frais de recouvrement",
        Quantity::ContractCommitment => "l’engagement du contrat",
        Quantity::UsageInvoice => "les factures d’usage",
        Quantity::ContractPayments => "les paiements du contrat",
        Quantity::LateInterest => "les intérêts de retard",
        Quantity::Arrears => "les arriérés",
        Quantity::LegalAction => "l’action en justice",
        Quantity::LumpSum => "le paiement forfaitaire",
        Quantity::ReciprocalLine => "une ligne réciproque",
        Quantity::Settlement => "l’accord",
        Quantity::Operations => "l’exploitation",
        Quantity::Totals => "les totaux",
        Quantity::BaselineComparison => "la comparaison avec la référence",
        Quantity::PlanCache => "le cache de calcul",
    }
}

fn count(value: usize) -> String {
    super::format::count(Lang::Fr, u64::try_from(value).unwrap_or(u64::MAX))
}

/// The kinds of JSON value that `link::error::json_kind` names, in French.
fn json_kind_fr(kind: &str) -> &str {
    match kind {
        "null" => "null",
        "a boolean" => "un booléen",
        "a number" => "un nombre",
        "a string" => "une chaîne",
        "an array" => "un tableau",
        "an object" => "un objet",
        other => other,
    }
}

/// Reasons given by the JSON parser, the deserialiser and the readers of files and stored
/// data (`LinkError::NotJson`, `BadField`, `Migration`), as English templates and their
/// French. serde quotes names with backticks, which are kept.
const REASONS: &[(&str, &str)] = &[
    ("expected value", "une valeur était attendue"),
    ("expected ident", "un mot-clé était attendu"),
    ("trailing characters", "des caractères suivent la fin"),
    ("trailing comma", "une virgule de trop termine la liste"),
    (
        "EOF while parsing a value",
        "fin du texte au milieu d’une valeur",
    ),
    (
        "EOF while parsing an object",
        "fin du texte au milieu d’un objet",
    ),
    (
        "EOF while parsing a list",
        "fin du texte au milieu d’une liste",
    ),
    (
        "EOF while parsing a string",
        "fin du texte au milieu d’une chaîne",
    ),
    ("expected `,` or `}`", "`,` ou `}` était attendu"),
    ("expected `,` or `]`", "`,` ou `]` était attendu"),
    ("expected `:`", "`:` était attendu"),
    ("key must be a string", "une clé doit être une chaîne"),
    ("invalid number", "nombre invalide"),
    ("number out of range", "nombre hors limites"),
    ("invalid escape", "séquence d’échappement invalide"),
    (
        "invalid unicode code point",
        "point de code Unicode invalide",
    ),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "caractère de contrôle (\\u0000-\\u001F) dans une chaîne",
    ),
    ("missing field {}", "le champ {} manque"),
    (
        "unknown field {}, expected one of {}",
        "champ inconnu {}, attendu l’un de {}",
    ),
    (
        "unknown field {}, expected {}",
        "champ inconnu {}, attendu {}",
    ),
    ("unknown field {}", "champ inconnu {}"),
    (
        "unknown variant {}, expected one of {}",
        "valeur inconnue {}, attendu l’une de {}",
    ),
    (
        "unknown variant {}, expected {}",
        "valeur inconnue {}, attendu {}",
    ),
    ("duplicate field {}", "champ {} en double"),
    (
        "invalid type: {}, expected {}",
        "type invalide\u{a0}: {}, attendu {}",
    ),
    (
        "invalid value: {}, expected {}",
        "valeur invalide\u{a0}: {}, attendu {}",
    ),
    (
        "invalid length {}, expected {}",
        "longueur invalide {}, attendu {}",
    ),
    (
        "expected an array, found {}",
        "un tableau était attendu, trouvé {}",
    ),
    (
        "expected an object, found {}",
        "un objet était attendu, trouvé {}",
    ),
    (
        "the file has no \"scenario\" member",
        "le fichier n’a pas de membre «\u{a0}scenario\u{a0}»",
    ),
    (
        "a saved scenario needs a name",
        "un scénario enregistré doit avoir un nom",
    ),
];

/// A parser's or reader's reason in `lang` (see [`REASONS`]); English is returned as it is.
pub fn reason_in(lang: Lang, english: &str) -> String {
    translate(lang, english, REASONS)
}

fn translate(lang: Lang, english: &str, table: &[(&str, &str)]) -> String {
    if lang == Lang::En {
        return english.to_string();
    }
    for (template, french) in table {
        if let Some(values) = captures(template, english) {
            return fill(lang, french, &values);
        }
    }
    english.to_string()
}

/// The values in `text` at the `{}` of `template`, or `None` when it does not match. Each
/// value is the shortest text up to the next literal part; the last part must end the text.
fn captures<'a>(template: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let mut parts = template.split("{}");
    let first = parts.next().unwrap_or_default();
    let mut rest = text.strip_prefix(first)?;
    let parts: Vec<&str> = parts.collect();
    let mut values = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let end = if last {
            if !rest.ends_with(part) {
                return None;
            }
            rest.len() - part.len()
        } else if part.is_empty() {
            return None;
        } else {
            rest.find(part)?
        };
        values.push(rest.get(..end)?);
        rest = rest.get(end + part.len()..)?;
    }
    (parts.is_empty() && rest.is_empty() || !parts.is_empty()).then_some(values)
}

/// `template` with its `{}` replaced by `values` in order, numbers written for `lang`.
fn fill(lang: Lang, template: &str, values: &[&str]) -> String {
    let mut out = String::new();
    for (i, part) in template.split("{}").enumerate() {
        if i > 0 {
            let value = values.get(i - 1).copied().unwrap_or_default();
            out.push_str(&match Decimal::from_str(value) {
                Ok(n) => number(lang, n, 6),
                Err(_) => value_in(lang, value),
            });
        }
        out.push_str(part);
    }
    out
}

/// serde's names of what it found or expected (`string "x"`, `a sequence`, `u32`) and the
/// names of JSON kinds, in French; the quoted input after a kind is kept as it is.
const KINDS: &[(&str, &str)] = &[
    ("string ", "chaîne "),
    ("integer ", "entier "),
    ("floating point ", "nombre à virgule "),
    ("boolean ", "booléen "),
    ("a string", "une chaîne"),
    ("a sequence", "un tableau"),
    ("a map", "un objet"),
    ("a boolean", "un booléen"),
    ("a number", "un nombre"),
    ("an array", "un tableau"),
    ("an object", "un objet"),
    ("a Decimal", "un nombre décimal"),
    ("a decimal", "un nombre décimal"),
    ("map", "un objet"),
    ("sequence", "un tableau"),
    ("unit value", "null"),
    ("u8", "un nombre entier"),
    ("u16", "un nombre entier"),
    ("u32", "un nombre entier"),
    ("u64", "un nombre entier"),
    ("i32", "un nombre entier"),
    ("i64", "un nombre entier"),
];

fn value_in(lang: Lang, value: &str) -> String {
    if lang == Lang::En {
        return value.to_string();
    }
    for (english, french) in KINDS {
        if english.ends_with(' ') {
            if let Some(rest) = value.strip_prefix(english) {
                return format!("{french}{rest}");
            }
        } else if value == *english {
            return (*french).to_string();
        }
    }
    value.to_string()
}

pub use super::analysis_errors::analysis_error;
