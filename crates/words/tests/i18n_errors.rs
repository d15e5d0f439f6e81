//! The details of errors in links, files, stored data and the engine, in French and English.
//!
//! Expected sentences are written by hand from the French templates: U+00A0 before a colon,
//! U+202F before a semicolon and as the thousands separator, « » with U+00A0 inside.

use rust_decimal_macros::dec;
use serde_json::{json, Value};
use standoff_core::analysis::{AnalysisError, Input, Problem};
use standoff_core::engine::{EngineError, Quantity};
use standoff_core::model::{FieldError, Rule, Scenario, Unit, YearMonth};
use standoff_formats::{
    decode_link, import_json, Expected, FieldProblem, Found, LinkError, StoredItem,
};
use standoff_words::errors::{analysis_error, engine_error, link_error};
use standoff_words::notices::{Fallback, Notice};
use standoff_words::Lang;

mod v1_document;
use v1_document::v1_default;

const NB: &str = "\u{a0}";

fn file_with(scenario: Value) -> String {
    json!({"format": "standoff-scenario", "version": 1, "scenario": scenario}).to_string()
}

fn import_error(edit: impl FnOnce(&mut Value)) -> LinkError {
    let mut scenario = v1_default();
    edit(&mut scenario);
    match import_json(&file_with(scenario)) {
        Err(error) => error,
        Ok(_) => panic!("the file imported"),
    }
}

#[test]
fn a_delay_out_of_range_names_the_field_and_the_range_in_both_languages() {
    let error = import_error(|s| s["payment"]["delay_days"] = json!(5000));
    assert_eq!(
        link_error(Lang::En, &error),
        "The scenario has values outside their allowed range: payment.delay_days is 5000: it \
         must be between 0 and 3650 days."
    );
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!(
            "Le scénario a des valeurs hors de leur plage autorisée{NB}: payment.delay_days vaut \
             5000{NB}: il doit être compris entre 0 et 3\u{202f}650 jours."
        )
    );
}

#[test]
fn a_share_out_of_range_gives_its_fraction_and_percentages_with_a_decimal_comma() {
    let error = LinkError::Invalid {
        errors: vec![FieldError {
            field: "payment.late_interest_annual".to_string(),
            value: "2".to_string(),
            rule: Rule::Range {
                unit: Unit::Percent,
                min: dec!(0),
                max: dec!(0.5),
            },
        }],
    };
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!(
            "Le scénario a des valeurs hors de leur plage autorisée{NB}: \
             payment.late_interest_annual vaut 2{NB}: il doit être compris entre 0 et 0,5 (une \
             fraction{NB}: 0\u{202f}% à 50\u{202f}%)."
        )
    );
}

#[test]
fn more_than_five_bad_fields_are_counted() {
    let one = |n: u32| FieldError {
        field: format!("f{n}"),
        value: "9".to_string(),
        rule: Rule::Range {
            unit: Unit::Count,
            min: dec!(1),
            max: dec!(3),
        },
    };
    let error = LinkError::Invalid {
        errors: (1..=7).map(one).collect(),
    };
    let french = link_error(Lang::Fr, &error);
    assert!(
        french.ends_with(&format!(
            "f5 vaut 9{NB}: il doit être un nombre entier entre 1 et 3\u{202f}; et 2 de plus."
        )),
        "{french}"
    );
    let english = link_error(Lang::En, &error);
    assert!(
        english.ends_with("f5 is 9: it must be a whole number between 1 and 3; and 2 more."),
        "{english}"
    );
}

#[test]
fn a_damaged_link_is_explained_in_french() {
    // '!' is not in the base64url alphabet: the 7th character of the data after "v1.".
    let error = decode_link("s=v1.q1YCAA!").unwrap_err();
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!(
            "Les données du lien contiennent un caractère invalide «{NB}!{NB}» à la position \
             7{NB}: elles ont peut-être été abîmées lors de la copie."
        )
    );
    assert_eq!(
        link_error(Lang::Fr, &LinkError::NoScenario),
        format!(
            "Le lien ne contient pas de scénario{NB}: une partie commençant par «{NB}#s=v1.{NB}» \
             était attendue."
        )
    );
    assert_eq!(
        link_error(
            Lang::Fr,
            &LinkError::TooLong {
                length: 20_000,
                limit: 16_384
            }
        ),
        "Les données sont trop longues (20\u{202f}000 caractères ou octets\u{202f}; la limite \
         est 16\u{202f}384), elles n’ont donc pas été lues."
    );
}

#[test]
fn a_value_of_the_wrong_type_is_named_in_french() {
    let error = import_error(|s| s["payment"]["delay_days"] = json!("banana"));
    assert_eq!(
        link_error(Lang::En, &error),
        // The payment delay's own range, as the editor states it (docs/model.md), not the
        // range of the number type that holds it.
        "payment.delay_days is \u{201c}banana\u{201d}: it must be a whole number, and it must be \
         between 0 and 3650 days."
    );
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!(
            "payment.delay_days vaut «{NB}banana{NB}»{NB}: ce champ doit être un nombre entier, et \
             il doit être compris entre 0 et 3\u{202f}650 jours."
        )
    );
}

#[test]
fn json_and_field_reasons_are_in_french() {
    let error = match import_json("{\"format\": ") {
        Err(error) => error,
        Ok(_) => panic!("imported"),
    };
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!(
            "Les données ne sont pas du JSON valide à la ligne 1, colonne 11{NB}: le texte \
             s’arrête dans un objet, une liste ou une chaîne."
        )
    );
    let error = LinkError::BadField {
        field: "scenario".to_string(),
        problem: FieldProblem::Expected {
            expected: Expected::Object,
            found: Found::List,
        },
    };
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!("scenario vaut une liste{NB}: ce doit être un objet entre {{ }}.")
    );
    let error = LinkError::NotAnObject { found: "an array" };
    assert_eq!(
        link_error(Lang::Fr, &error),
        "Le scénario doit être un objet JSON, mais les données sont un tableau."
    );
    let error = LinkError::WrongFileFormat {
        found: "\"other\"".to_string(),
    };
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!(
            "Le format du fichier est «{NB}\"other\"{NB}», et non «{NB}standoff-scenario{NB}»{NB}: \
             ce n’est pas un fichier de scénario Standoff."
        )
    );
}

#[test]
fn banners_are_worded_in_the_reader_s_language() {
    let link = Notice::Link {
        error: LinkError::TruncatedCompressed,
        fallback: Fallback::CurrentKept,
    };
    assert_eq!(
        link.text(Lang::En),
        "This link could not be opened. The link's compressed data is truncated: it was \
         probably cut off when copied. The current scenario is kept."
    );
    assert_eq!(
        link.text(Lang::Fr),
        format!(
            "Ce lien n’a pas pu être ouvert. Les données compressées du lien sont \
             tronquées{NB}: elles ont sans doute été coupées lors de la copie. Le scénario \
             actuel est conservé."
        )
    );
    let big = Notice::FileTooLarge {
        file: "big.json".to_string(),
        bytes: 3 * 1_048_576,
        limit: 1_048_576,
    };
    assert_eq!(
        big.text(Lang::Fr),
        format!(
            "Le fichier «{NB}big.json{NB}» pèse 3,0{NB}Mio\u{202f}; un fichier de scénario ne \
             peut dépasser 1{NB}Mio, il n’a donc pas été lu. Le scénario actuel est conservé."
        )
    );
    assert_eq!(
        big.text(Lang::En),
        "The file \u{201c}big.json\u{201d} is 3.0 MiB; a scenario file may be at most 1 MiB, so \
         it was not read. The current scenario is kept."
    );
    let stored = Notice::Stored {
        what: StoredItem::Named("Q3".to_string()),
        error: LinkError::Empty,
    };
    assert_eq!(
        stored.text(Lang::Fr),
        format!(
            "Impossible de lire le scénario enregistré «{NB}Q3{NB}»{NB}: Le lien est vide. Ces \
             données sont mises de côté dans le stockage de ce navigateur, pas \
             supprimées\u{202f}; les autres scénarios enregistrés sont conservés."
        )
    );
    let invalid = Notice::InvalidScenario(vec![FieldError {
        field: "horizon_months".to_string(),
        value: "0".to_string(),
        rule: Rule::Range {
            unit: Unit::Months,
            min: dec!(1),
            max: dec!(600),
        },
    }]);
    assert_eq!(
        invalid.text(Lang::Fr),
        format!(
            "Le scénario n’a pas pu être utilisé{NB}: horizon_months = 0 doit être compris entre \
             1 et 600 mois. Le scénario précédent est conservé."
        )
    );
}

#[test]
fn an_overflow_names_the_line_and_the_month_in_french() {
    let error = EngineError::Overflow {
        line: Quantity::LateInterest,
        month_index: 36,
        month: YearMonth {
            year: 2023,
            month: 1,
        },
    };
    assert_eq!(
        engine_error(Lang::Fr, &error),
        format!(
            "Dépassement de capacité dans les intérêts de retard, mois 37 (janvier 2023){NB}: \
             les montants sont trop grands pour être calculés exactement."
        )
    );
    assert_eq!(
        engine_error(Lang::En, &error),
        "Overflow in late interest, month 37 (Jan 2023): the amounts are too large to compute \
         exactly."
    );
    let invalid = EngineError::Invalid(vec![FieldError {
        field: "payment.delay_days".to_string(),
        value: "-1".to_string(),
        rule: Rule::Range {
            unit: Unit::Days,
            min: dec!(0),
            max: dec!(3650),
        },
    }]);
    assert_eq!(
        engine_error(Lang::Fr, &invalid),
        format!(
            "Le scénario n’est pas valide{NB}: payment.delay_days = -1{NB}: doit être compris \
             entre 0 et 3\u{202f}650 jours."
        )
    );
}

#[test]
fn analysis_errors_are_framed_in_french() {
    let error = AnalysisError::InvalidInput {
        input: Input::TornadoShare,
        problem: Box::new(Problem::Negative { value: dec!(-0.5) }),
    };
    assert_eq!(
        analysis_error(Lang::Fr, &error),
        format!("écart de la tornade{NB}: -0,5 est négatif\u{202f}; il doit valoir 0 ou plus")
    );
    assert_eq!(
        analysis_error(Lang::En, &error),
        "tornado share: -0.5 is negative; it must be 0 or more"
    );
    let error = AnalysisError::NotFinished {
        completed: 3,
        total: 10,
    };
    assert_eq!(
        analysis_error(Lang::Fr, &error),
        "le Monte-Carlo n’est pas terminé (3 tirages faits sur 10)"
    );
}

/// A stored-item notice opens with its description capitalised (ASCII mapping; every English
/// description starts with an ASCII letter).
#[test]
fn stored_notices_open_with_a_capital() {
    let cases = [
        (StoredItem::All, "The saved scenarios could not be read: "),
        (
            StoredItem::List,
            "The list of saved scenarios could not be read: ",
        ),
        (StoredItem::Entry(3), "Saved entry 3 could not be read: "),
        (
            StoredItem::Named("été".into()),
            "Saved scenario \"été\" could not be read: ",
        ),
        (
            StoredItem::LastEdited,
            "The last edited scenario could not be read: ",
        ),
    ];
    for (what, opening) in cases {
        let text = Notice::Stored {
            what,
            error: LinkError::Empty,
        }
        .text(Lang::En);
        assert!(text.starts_with(opening), "{text}");
    }
}

/// A current file names its vendors' terms under `vendors[i].` with the term's own range, and
/// a file without a vendor gives the allowed count, in both languages.
#[test]
fn a_vendor_s_term_and_the_count_of_vendors_are_named_in_both_languages() {
    let mut scenario = serde_json::to_value(Scenario::default()).unwrap();
    let second = scenario["vendors"][0].clone();
    scenario["vendors"].as_array_mut().unwrap().push(second);
    scenario["vendors"][1]["payment"]["delay_days"] = json!("soon");
    let file = json!({"format": "standoff-scenario", "version": 2, "scenario": scenario});
    let error = import_json(&file.to_string()).unwrap_err();
    assert_eq!(
        link_error(Lang::En, &error),
        "vendors[1].payment.delay_days is \u{201c}soon\u{201d}: it must be a whole number, and it \
         must be between 0 and 3650 days."
    );
    let none = json!({"format": "standoff-scenario", "version": 2, "scenario": {"vendors": []}});
    let error = import_json(&none.to_string()).unwrap_err();
    assert_eq!(
        link_error(Lang::En, &error),
        "The scenario has values outside their allowed range: vendors is 0 items: it must have 1 \
         to 8 items."
    );
    assert_eq!(
        link_error(Lang::Fr, &error),
        format!(
            "Le scénario a des valeurs hors de leur plage autorisée{NB}: vendors vaut 0 items{NB}: \
             il doit avoir de 1 à 8 éléments."
        )
    );
}
