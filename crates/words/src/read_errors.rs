//! What went wrong reading a link, a file or a saved entry, in the user's terms: a JSON syntax
//! mistake, a member that is not a field, a value of the wrong kind or an unknown choice.
//!
//! The formats crate gives each as typed data (`JsonProblem`, `FieldPath`, `FieldProblem`);
//! nothing of the parser's or the deserialiser's wording reaches these sentences.

use rust_decimal::Decimal;

use super::format::{count, number, quoted};
use super::rules::range;
use super::Lang;
use standoff_core::model::params::spec_of;
use standoff_core::model::Scenario;
use standoff_formats::error::path_excerpt;
use standoff_formats::{Expected, FieldPath, FieldProblem, Found, JsonProblem};

/// "contract.total_commitmnet is not a field; did you mean contract.total_commitment?"
pub fn unknown_field(lang: Lang, field: &FieldPath, suggestion: Option<&FieldPath>) -> String {
    let field = path_excerpt(&field.to_string());
    match (lang, suggestion) {
        (Lang::En, Some(near)) => format!("{field} is not a field; did you mean {near}?"),
        (Lang::En, None) => format!("{field} is not a field of the scenario."),
        (Lang::Fr, Some(near)) => {
            format!("{field} n’est pas un champ\u{202f}; vouliez-vous dire {near}\u{202f}?")
        }
        (Lang::Fr, None) => format!("{field} n’est pas un champ du scénario."),
    }
}

/// The sentence for a field whose value cannot be read; `field` is empty when no single field
/// is to blame.
pub fn bad_field(lang: Lang, field: &str, problem: &FieldProblem) -> String {
    let parameter_range = parameter_range(lang, field);
    let field = path_excerpt(field);
    match problem {
        _ if field.is_empty() => whole_scenario(lang).to_string(),
        FieldProblem::Expected { expected, found } => match parameter_range {
            Some(range) if expected.is_number() => {
                let whole = matches!(expected, Expected::WholeNumber { .. });
                out_of_kind(lang, &field, &range, whole, found)
            }
            _ => wrong_kind(lang, &field, expected, found),
        },
        FieldProblem::UnknownChoice {
            found,
            choices,
            suggestion,
        } => unknown_choice(lang, &field, found, choices, suggestion.as_deref()),
        FieldProblem::Missing { member } => match lang {
            Lang::En => format!("{field} needs a member {}.", quoted(lang, member)),
            Lang::Fr => format!("{field} doit avoir un membre {}.", quoted(lang, member)),
        },
        FieldProblem::Unreadable => match lang {
            Lang::En => format!("{field} could not be read."),
            Lang::Fr => format!("Le champ {field} n’a pas pu être lu."),
        },
    }
}

fn whole_scenario(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "The scenario could not be read: several of its values are of the wrong kind.",
        Lang::Fr => {
            "Le scénario n’a pas pu être lu\u{a0}: plusieurs de ses valeurs ne sont pas \
                     du bon type."
        }
    }
}

/// A parameter's own range in words ("must be between 0 and 3,650 days"), for a field that is
/// a parameter of the editor; `None` for any other field.
fn parameter_range(lang: Lang, field: &str) -> Option<String> {
    let spec = spec_of(&Scenario::default(), vendor_term(field).unwrap_or(field))?;
    Some(range(lang, spec.unit, spec.min, spec.max))
}

/// A term of one of several vendors (`vendors[1].payment.delay_days` in a current document,
/// `more_vendors[0].payment.delay_days` in a version-1 one) as the first vendor's parameter
/// (`payment.delay_days`), whose range every vendor's term shares.
fn vendor_term(field: &str) -> Option<&str> {
    let rest = field
        .strip_prefix("vendors[")
        .or_else(|| field.strip_prefix("more_vendors["))?;
    let (index, term) = rest.split_once("].")?;
    index.bytes().all(|b| b.is_ascii_digit()).then_some(term)
}

/// "payment.delay_days is “soon”: it must be between 0 and 3650 days." The range is the
/// parameter's, as the editor states it, not that of the number type that holds it; a
/// whole-number parameter says so first ("it must be a whole number, and it must be …").
fn out_of_kind(lang: Lang, field: &str, range: &str, whole: bool, found: &Found) -> String {
    let rule = match (lang, whole) {
        (Lang::En, true) => format!("it must be a whole number, and it {range}"),
        (Lang::En, false) => format!("it {range}"),
        (Lang::Fr, true) => format!("ce champ doit être un nombre entier, et il {range}"),
        (Lang::Fr, false) => format!("ce champ {range}"),
    };
    match (lang, found) {
        (Lang::En, Found::Nothing) => format!("{field} is missing: {rule}."),
        (Lang::Fr, Found::Nothing) => format!("{field} manque\u{a0}: {rule}."),
        (Lang::En, found) => format!("{field} is {}: {rule}.", found_words(lang, found)),
        (Lang::Fr, found) => format!("{field} vaut {}\u{a0}: {rule}.", found_words(lang, found)),
    }
}

/// "title is 12: it must be text in double quotes."
fn wrong_kind(lang: Lang, field: &str, expected: &Expected, found: &Found) -> String {
    let expected = expected_words(lang, expected);
    match (lang, found) {
        (Lang::En, Found::Nothing) => format!("{field} is missing: it must be {expected}."),
        (Lang::Fr, Found::Nothing) => format!("{field} manque\u{a0}: ce doit être {expected}."),
        (Lang::En, found) => format!(
            "{field} is {}: it must be {expected}.",
            found_words(lang, found)
        ),
        (Lang::Fr, found) => format!(
            "{field} vaut {}\u{a0}: ce doit être {expected}.",
            found_words(lang, found)
        ),
    }
}

fn unknown_choice(
    lang: Lang,
    field: &str,
    found: &str,
    choices: &[String],
    suggestion: Option<&str>,
) -> String {
    let q = |text: &str| quoted(lang, text);
    let listed: Vec<String> = choices.iter().map(|c| q(c)).collect();
    let listed = listed.join(", ");
    match (lang, suggestion) {
        (Lang::En, Some(near)) => format!(
            "{field} is {}, which is not one of its choices ({listed}); did you mean {}?",
            q(found),
            q(near)
        ),
        (Lang::En, None) => format!(
            "{field} is {}, which is not one of its choices ({listed}).",
            q(found)
        ),
        (Lang::Fr, Some(near)) => format!(
            "{field} vaut {}, qui n’est pas l’un de ses choix ({listed})\u{202f}; vouliez-vous \
             dire {}\u{202f}?",
            q(found),
            q(near)
        ),
        (Lang::Fr, None) => format!(
            "{field} vaut {}, qui n’est pas l’un de ses choix ({listed}).",
            q(found)
        ),
    }
}

/// What a field holds, as the end of "it must be …".
fn expected_words(lang: Lang, expected: &Expected) -> String {
    match (lang, expected) {
        (_, Expected::WholeNumber { min, max }) => {
            let min = number(lang, Decimal::from(*min), 0);
            let max = count(lang, *max);
            match lang {
                Lang::En => format!("a whole number from {min} to {max}"),
                Lang::Fr => format!("un nombre entier de {min} à {max}"),
            }
        }
        (Lang::En, Expected::Decimal) => {
            "a decimal number of at most 28 digits, written as a number or as text".to_string()
        }
        (Lang::Fr, Expected::Decimal) => {
            "un nombre décimal d’au plus 28 chiffres, écrit comme nombre ou comme texte".to_string()
        }
        (Lang::En, Expected::Text) => "text in double quotes".to_string(),
        (Lang::Fr, Expected::Text) => "du texte entre guillemets droits".to_string(),
        (_, Expected::YesNo) => match lang {
            Lang::En => "true or false".to_string(),
            Lang::Fr => "true ou false".to_string(),
        },
        (Lang::En, Expected::List) => "a list in [ ]".to_string(),
        (Lang::Fr, Expected::List) => "une liste entre [ ]".to_string(),
        (Lang::En, Expected::Object) => "an object in { }".to_string(),
        (Lang::Fr, Expected::Object) => "un objet entre { }".to_string(),
        (Lang::En, Expected::Other) => "a value of another kind".to_string(),
        (Lang::Fr, Expected::Other) => "une valeur d’un autre type".to_string(),
    }
}

/// What was found, as the end of "field is …".
fn found_words(lang: Lang, found: &Found) -> String {
    match (lang, found) {
        (_, Found::Number(text)) => text.clone(),
        (_, Found::Text(text)) => quoted(lang, text),
        (_, Found::YesNo(yes)) => yes.to_string(),
        (_, Found::Null) => "null".to_string(),
        (Lang::En, Found::List) => "a list".to_string(),
        (Lang::Fr, Found::List) => "une liste".to_string(),
        (Lang::En, Found::Object) => "an object".to_string(),
        (Lang::Fr, Found::Object) => "un objet".to_string(),
        (Lang::En, Found::Nothing) => "missing".to_string(),
        (Lang::Fr, Found::Nothing) => "absent".to_string(),
    }
}

/// What kind of JSON mistake, as the end of "not valid JSON at line L, column C: …".
pub fn json_problem(lang: Lang, problem: JsonProblem) -> &'static str {
    match lang {
        Lang::En => json_problem_en(problem),
        Lang::Fr => json_problem_fr(problem),
    }
}

fn json_problem_en(problem: JsonProblem) -> &'static str {
    match problem {
        JsonProblem::EndsEarly => "the text ends inside an object, a list or a string",
        JsonProblem::TooDeep => "lists and objects are nested too deeply",
        JsonProblem::TrailingComma => "a comma comes right before a closing ] or }",
        JsonProblem::TextAfterTheEnd => "something follows the end of the data",
        JsonProblem::KeyNotText => "a member name is not in double quotes",
        JsonProblem::MissingColon => "a member name is not followed by a colon",
        JsonProblem::MissingComma => "a comma, a ] or a } is missing",
        JsonProblem::NotAValue => {
            "a value is needed here (a number, text in double quotes, true, false, null, a list \
             or an object)"
        }
        JsonProblem::BadNumber => "a number is malformed",
        JsonProblem::ControlCharacter => {
            "text in double quotes holds a line break or another control character"
        }
        JsonProblem::BadEscape => "text in double quotes holds a malformed \\ escape",
        JsonProblem::Other => "the syntax is wrong there",
    }
}

fn json_problem_fr(problem: JsonProblem) -> &'static str {
    match problem {
        JsonProblem::EndsEarly => "le texte s’arrête dans un objet, une liste ou une chaîne",
        JsonProblem::TooDeep => "les listes et les objets sont imbriqués trop profondément",
        JsonProblem::TrailingComma => "une virgule précède directement un ] ou un } fermant",
        JsonProblem::TextAfterTheEnd => "quelque chose suit la fin des données",
        JsonProblem::KeyNotText => "un nom de membre n’est pas entre guillemets droits",
        JsonProblem::MissingColon => "un nom de membre n’est pas suivi d’un deux-points",
        JsonProblem::MissingComma => "il manque une virgule, un ] ou un }",
        JsonProblem::NotAValue => {
            "une valeur est attendue ici (un nombre, du texte entre guillemets droits, true, \
             false, null, une liste ou un objet)"
        }
        JsonProblem::BadNumber => "un nombre est mal écrit",
        JsonProblem::ControlCharacter => {
            "un texte entre guillemets contient un saut de ligne ou un autre caractère de contrôle"
        }
        JsonProblem::BadEscape => "un texte entre guillemets contient un échappement \\ mal formé",
        JsonProblem::Other => "la syntaxe y est incorrecte",
    }
}
