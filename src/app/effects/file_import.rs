//! Imports a scenario JSON file chosen with the file picker or dropped on the page.
//!
//! The size is checked before the file is read, so a huge file is refused without loading
//! it; the text then goes through `link::import_json` (format, version, fields, ranges). A
//! file that cannot be used becomes a banner naming the file and the problem, and the
//! scenario on screen stays.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::state::{Action, Origin};
use standoff_formats::{import_json, import_json_keeping_known, LinkError, MAX_JSON_BYTES};
use standoff_words::notices::Notice;

/// What importing a file's text does: load its scenario, or explain why not. Pure.
///
/// A file whose only problems are members that are not fields (a misspelt field) is imported
/// without them, and the banner names the first and its nearest field, with the file's text
/// to copy: everything else the file holds is kept.
pub fn import_actions(file_name: &str, text: &str) -> Vec<Action> {
    let load = |scenario| Action::LoadScenario {
        scenario: Box::new(scenario),
        origin: Origin::File,
    };
    let file = file_name.to_string();
    let banner = |notice| Action::RejectInput {
        notice,
        offending_text: Some(text.to_string()),
    };
    match import_json(text) {
        Ok(scenario) => vec![load(scenario)],
        Err(error @ LinkError::UnknownField { .. }) => match import_json_keeping_known(text) {
            Ok(scenario) => vec![
                load(scenario),
                banner(Notice::FilePartlyImported { file, error }),
            ],
            Err(_) => vec![banner(Notice::FileRejected { file, error })],
        },
        Err(error) => vec![banner(Notice::FileRejected { file, error })],
    }
}

/// The refusal of a file too large to be a scenario, decided before reading it. Pure.
pub fn oversize_action(file_name: &str, size_bytes: f64) -> Option<Action> {
    (size_bytes > MAX_JSON_BYTES as f64).then(|| Action::RejectInput {
        // A file's size is a whole number of bytes; the cast saturates.
        notice: Notice::FileTooLarge {
            file: file_name.to_string(),
            bytes: size_bytes as u64,
            limit: MAX_JSON_BYTES as u64,
        },
        offending_text: None,
    })
}

/// Reads `file` and sends the resulting action.
pub fn import_file(file: web_sys::File, on_action: Callback<Action>) {
    let name = file.name();
    if let Some(action) = oversize_action(&name, file.size()) {
        on_action.emit(action);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let action = match JsFuture::from(file.text()).await {
            Ok(text) => import_actions(&name, &text.as_string().unwrap_or_default()),
            Err(_) => vec![Action::RejectInput {
                notice: Notice::FileUnreadable { file: name },
                offending_text: None,
            }],
        };
        for action in action {
            on_action.emit(action);
        }
    });
}

/// Lets a scenario file be dropped anywhere on the page.
#[hook]
pub fn use_file_drop(on_action: Callback<Action>) {
    use_effect_with((), move |_| {
        let listeners = web_sys::window()
            .and_then(|window| window.document())
            .map(|document| {
                // The browser's default for a dropped file is to navigate to it, leaving the
                // app: both events must be cancellable to prevent that.
                let options = EventListenerOptions::enable_prevent_default();
                let over =
                    EventListener::new_with_options(&document, "dragover", options, |event| {
                        if carries_files(event) {
                            event.prevent_default();
                        }
                    });
                let drop = EventListener::new_with_options(&document, "drop", options, {
                    move |event| {
                        let Some(file) = dropped_file(event) else {
                            return;
                        };
                        event.prevent_default();
                        import_file(file, on_action.clone());
                    }
                });
                (over, drop)
            });
        move || drop(listeners)
    });
}

fn carries_files(event: &Event) -> bool {
    event
        .dyn_ref::<web_sys::DragEvent>()
        .and_then(|event| event.data_transfer())
        .is_some_and(|transfer| transfer.types().includes(&"Files".into(), 0))
}

fn dropped_file(event: &Event) -> Option<web_sys::File> {
    event
        .dyn_ref::<web_sys::DragEvent>()?
        .data_transfer()?
        .files()?
        .get(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use standoff_core::model::presets;
    use standoff_formats::export_json;

    #[test]
    fn an_exported_file_imports_to_the_same_scenario() {
        let scenario = presets::twitter_aws_2023();
        match import_actions("aws.json", &export_json(&scenario)).as_slice() {
            [Action::LoadScenario {
                scenario: back,
                origin,
            }] => {
                assert_eq!(**back, scenario);
                assert_eq!(*origin, Origin::File);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_file_is_named_and_its_text_kept() {
        match import_actions("notes.json", "{\"format\":\"other\"}").as_slice() {
            [Action::RejectInput {
                notice,
                offending_text,
            }] => {
                let message = notice.text(standoff_words::Lang::En);
                assert!(message.contains("\u{201c}notes.json\u{201d}"), "{message}");
                assert!(message.contains("\"other\""), "{message}");
                assert_eq!(offending_text.as_deref(), Some("{\"format\":\"other\"}"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_misspelt_field_is_named_and_the_rest_of_the_file_imported() {
        let text = r#"{"format": "standoff-scenario", "version": 1,
            "scenario": {"title": "Mine", "contract": {"total_commitmnet": "1"}}}"#;
        match import_actions("mine.json", text).as_slice() {
            [Action::LoadScenario { scenario, .. }, Action::RejectInput {
                notice,
                offending_text,
            }] => {
                assert_eq!(scenario.title, "Mine");
                let message = notice.text(standoff_words::Lang::En);
                assert!(
                    message.contains(
                        "contract.total_commitmnet is not a field; did you mean \
                         contract.total_commitment?"
                    ),
                    "{message}"
                );
                assert_eq!(offending_text.as_deref(), Some(text));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn files_over_one_mebibyte_are_refused_unread() {
        assert!(oversize_action("a.json", 1_048_576.0).is_none());
        match oversize_action("big.json", 3.0 * 1_048_576.0) {
            Some(Action::RejectInput { notice, .. }) => {
                let message = notice.text(standoff_words::Lang::En);
                assert!(message.contains("is 3.0 MiB"), "{message}");
                assert!(message.contains("at most 1 MiB"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
}
