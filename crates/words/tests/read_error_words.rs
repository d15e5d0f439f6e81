//! The strict readers' messages in both languages: a member that is not a field, a value of
//! the wrong kind, an unknown choice and every kind of JSON mistake, in the user's words.

use standoff_formats::{Expected, FieldPath, FieldProblem, Found, JsonProblem, LinkError};
use standoff_words::errors::link_error;
use standoff_words::notices::Notice;
use standoff_words::Lang;

const NB: &str = "\u{a0}";
const NNB: &str = "\u{202f}";

fn unknown() -> LinkError {
    LinkError::UnknownField {
        field: FieldPath::of_keys(&["contract", "total_commitmnet"]),
        suggestion: Some(FieldPath::of_keys(&["contract", "total_commitment"])),
    }
}

#[test]
fn an_unknown_field_is_named_with_its_nearest_field() {
    assert_eq!(
        link_error(Lang::En, &unknown()),
        "contract.total_commitmnet is not a field; did you mean contract.total_commitment?"
    );
    assert_eq!(
        link_error(Lang::Fr, &unknown()),
        format!(
            "contract.total_commitmnet n’est pas un champ{NNB}; vouliez-vous dire \
             contract.total_commitment{NNB}?"
        )
    );
    let alone = LinkError::UnknownField {
        field: FieldPath::of_keys(&["contract", "banana"]),
        suggestion: None,
    };
    assert_eq!(
        link_error(Lang::En, &alone),
        "contract.banana is not a field of the scenario."
    );
    assert_eq!(
        link_error(Lang::Fr, &alone),
        "contract.banana n’est pas un champ du scénario."
    );
    let notice = Notice::LinkPartlyOpened { error: unknown() };
    assert!(notice
        .text(Lang::En)
        .contains("Everything else in it is shown."));
    assert!(notice
        .text(Lang::Fr)
        .contains("Tout le reste de son contenu est affiché."));
}

#[test]
fn wrong_kinds_and_choices_say_what_the_field_holds() {
    // A parameter of the editor states its own range, as the editor does.
    let parameter = LinkError::BadField {
        field: "contract.discount".to_string(),
        problem: FieldProblem::Expected {
            expected: Expected::Decimal,
            found: Found::Text("lots".to_string()),
        },
    };
    assert_eq!(
        link_error(Lang::En, &parameter),
        "contract.discount is \u{201c}lots\u{201d}: it must be between 0 and 1 (a fraction: 0 % \
         to 100 %)."
    );
    // Any other decimal field says what a decimal is written as.
    let decimal = LinkError::BadField {
        field: "future.amount".to_string(),
        problem: FieldProblem::Expected {
            expected: Expected::Decimal,
            found: Found::Text("lots".to_string()),
        },
    };
    assert_eq!(
        link_error(Lang::En, &decimal),
        "future.amount is \u{201c}lots\u{201d}: it must be a decimal number of at most 28 \
         digits, written as a number or as text."
    );
    assert_eq!(
        link_error(Lang::Fr, &decimal),
        format!(
            "future.amount vaut «{NB}lots{NB}»{NB}: ce doit être un nombre décimal d’au plus \
             28 chiffres, écrit comme nombre ou comme texte."
        )
    );
    let choice = LinkError::BadField {
        field: "customer.rate_convention".to_string(),
        problem: FieldProblem::UnknownChoice {
            found: "nominl".to_string(),
            choices: vec!["nominal".to_string(), "effective".to_string()],
            suggestion: Some("nominal".to_string()),
        },
    };
    assert_eq!(
        link_error(Lang::En, &choice),
        "customer.rate_convention is \u{201c}nominl\u{201d}, which is not one of its choices \
         (\u{201c}nominal\u{201d}, \u{201c}effective\u{201d}); did you mean \
         \u{201c}nominal\u{201d}?"
    );
    assert!(link_error(Lang::Fr, &choice).starts_with(&format!(
        "customer.rate_convention vaut «{NB}nominl{NB}», qui n’est pas l’un de ses choix"
    )));
}

#[test]
fn every_reason_is_written_in_both_languages_without_the_parser_s_words() {
    let json = [
        JsonProblem::EndsEarly,
        JsonProblem::TooDeep,
        JsonProblem::TrailingComma,
        JsonProblem::TextAfterTheEnd,
        JsonProblem::KeyNotText,
        JsonProblem::MissingColon,
        JsonProblem::MissingComma,
        JsonProblem::NotAValue,
        JsonProblem::BadNumber,
        JsonProblem::ControlCharacter,
        JsonProblem::BadEscape,
        JsonProblem::Other,
    ];
    let mut errors: Vec<LinkError> = json
        .into_iter()
        .map(|problem| LinkError::NotJson {
            line: 1,
            column: 2,
            problem,
        })
        .collect();
    let expected = [
        Expected::WholeNumber { min: 0, max: 10 },
        Expected::Decimal,
        Expected::Text,
        Expected::YesNo,
        Expected::List,
        Expected::Object,
        Expected::Other,
    ];
    let found = [
        Found::Number("1.5".to_string()),
        Found::Text("x".to_string()),
        Found::YesNo(true),
        Found::Null,
        Found::List,
        Found::Object,
        Found::Nothing,
    ];
    for expected in &expected {
        for found in &found {
            errors.push(LinkError::BadField {
                field: "a.b".to_string(),
                problem: FieldProblem::Expected {
                    expected: expected.clone(),
                    found: found.clone(),
                },
            });
        }
    }
    errors.push(LinkError::BadField {
        field: "a".to_string(),
        problem: FieldProblem::Missing {
            member: "type".to_string(),
        },
    });
    errors.push(LinkError::BadField {
        field: "a".to_string(),
        problem: FieldProblem::Unreadable,
    });
    errors.push(LinkError::BadField {
        field: String::new(),
        problem: FieldProblem::Unreadable,
    });
    for error in &errors {
        let (en, fr) = (link_error(Lang::En, error), link_error(Lang::Fr, error));
        assert_ne!(en, fr, "{error:?}");
        for parser in [
            "expected u32",
            "Decimal type",
            "invalid type",
            "EOF",
            "expected `",
        ] {
            assert!(!en.contains(parser) && !fr.contains(parser), "{en} / {fr}");
        }
        assert!(en.ends_with('.') && fr.ends_with('.'), "{en} / {fr}");
    }
}
