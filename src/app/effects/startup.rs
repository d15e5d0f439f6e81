//! What the page shows first: the scenario of the link in its address; without a link, the
//! last-edited scenario kept in the browser's storage; otherwise the flagship story. Pure,
//! so that every way a page can open is tested natively.

use crate::app::effects::url_fragment::{apply_all, link_actions, link_text};
use crate::app::state::{Action, AppState, Origin};
use standoff_formats::parse_stored;
use standoff_words::notices::{Fallback, Notice};
use standoff_words::Lang;

/// What the banner adds (in English) when a link at start-up cannot be used.
pub const DEFAULT_SHOWN: &str = "The default scenario is shown instead.";

/// Builds the starting state from the page's fragment and the raw text of the saved
/// scenarios (`None` when there is none or storage is unavailable).
///
/// Every problem (a bad link, a corrupt saved entry, a corrupt store) is reported in one
/// banner whose copyable text holds each offending text; nothing else is lost.
pub fn initial_state(fragment: &str, stored: Option<&str>) -> AppState {
    let load = stored.map(parse_stored);
    let mut state = if link_text(fragment).is_some() {
        AppState::default()
    } else {
        AppState::first_visit()
    };
    let mut notices = Vec::new();
    let mut offending = Vec::new();

    if link_text(fragment).is_some() {
        for action in link_actions(fragment, Fallback::DefaultShown) {
            match action {
                Action::RejectInput {
                    notice,
                    offending_text,
                } => {
                    notices.push(notice);
                    offending.extend(offending_text);
                }
                other => state = state.apply(other),
            }
        }
    } else if let Some(last) = load
        .as_ref()
        .and_then(|load| load.stored.last_edited.clone())
    {
        state = AppState::with_scenario(last, Origin::Default);
    }

    for problem in load.iter().flat_map(|load| &load.problems) {
        notices.push(Notice::Stored {
            what: problem.what.clone(),
            error: problem.error.clone(),
        });
        offending.push(problem.raw.clone());
    }
    let notice = if notices.len() > 1 {
        Notice::All(notices)
    } else if let Some(notice) = notices.pop() {
        notice
    } else {
        return state;
    };
    apply_all(
        state,
        vec![Action::RejectInput {
            notice,
            offending_text: (!offending.is_empty()).then(|| offending.join("\n\n")),
        }],
    )
}

/// The language of a first visit: a link decides its own language (absent `lang` is
/// English), so the browser's preferred language (`navigator.language`) counts only when the
/// page opens without a link. `None` keeps the state's language.
pub fn first_visit_lang(fragment: &str, browser_language: Option<&str>) -> Option<Lang> {
    if link_text(fragment).is_some() {
        return None;
    }
    browser_language.and_then(Lang::from_code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::effects::url_fragment::link_fragment;
    use standoff_core::model::{presets, Scenario};
    use standoff_formats::{serialize_stored, StoredScenarios};

    fn store(entries: &[(&str, Scenario)], last: Option<Scenario>) -> String {
        let mut stored = StoredScenarios::default();
        for (name, scenario) in entries {
            stored.save(name, "2026-11-28T00:00:00Z", scenario.clone());
        }
        stored.last_edited = last;
        serialize_stored(&stored)
    }

    #[test]
    fn no_link_and_no_storage_is_the_flagship_story() {
        let state = initial_state("", None);
        let flagship = presets::by_id("twitter-two-clouds-2023").map(|preset| preset.scenario);
        assert_eq!(Some((*state.scenario).clone()), flagship);
        assert_eq!(
            state.origin,
            Origin::Preset("twitter-two-clouds-2023".into())
        );
        assert!(state.banner.is_none());
    }

    #[test]
    fn a_link_wins_over_the_last_edited_scenario() {
        let aws = presets::twitter_aws_2023();
        let fragment = format!("#{}", link_fragment(&aws, Some(4), ""));
        let stored = store(&[], Some(presets::symmetric()));
        let state = initial_state(&fragment, Some(&stored));
        assert_eq!(*state.scenario, aws);
        assert_eq!(state.month, Some(4));
        assert_eq!(
            state.origin,
            Origin::Preset("twitter-aws-2023".into()),
            "the link holds a preset"
        );
        assert!(state.banner.is_none());
    }

    #[test]
    fn without_a_link_the_last_edited_scenario_is_restored() {
        let stored = store(&[], Some(presets::symmetric()));
        let state = initial_state("#", Some(&stored));
        assert_eq!(*state.scenario, presets::symmetric());
        assert!(state.banner.is_none());
    }

    #[test]
    fn a_truncated_link_shows_the_default_scenario_and_the_text() {
        let full = link_fragment(&presets::twitter_aws_2023(), None, "");
        let cut = &full[..full.len() / 2];
        let state = initial_state(&format!("#{cut}"), None);
        assert_eq!(*state.scenario, Scenario::default());
        let banner = state.banner.unwrap_or_else(|| panic!("no banner"));
        let message = banner.message(Lang::En);
        assert!(message.starts_with("This link could not be opened."));
        assert!(message.ends_with(DEFAULT_SHOWN), "{message}");
        assert_eq!(banner.offending_text.as_deref(), Some(cut));
    }

    #[test]
    fn a_corrupt_saved_entry_is_named_and_the_others_load() {
        let good = store(
            &[("Good", presets::symmetric())],
            Some(presets::symmetric()),
        );
        // Breaks one entry by hand, as a user editing storage would: a delay that is text.
        let bad_entry = r#"{"name":"Broken","saved_at":"x","scenario":{"version":1,"payment":{"delay_days":"banana"}}}"#;
        let corrupt = good.replacen("\"entries\":[", &format!("\"entries\":[{bad_entry},"), 1);
        let state = initial_state("", Some(&corrupt));
        assert_eq!(*state.scenario, presets::symmetric(), "last edited kept");
        let banner = state.banner.unwrap_or_else(|| panic!("no banner"));
        let message = banner.message(Lang::En);
        assert!(
            message.starts_with("Saved scenario \"Broken\" could not be read"),
            "{message}"
        );
        assert!(message.contains("payment.delay_days"), "{message}");
        let raw = banner.offending_text.unwrap_or_default();
        assert!(raw.contains("banana"), "{raw}");
    }

    #[test]
    fn the_browser_language_counts_only_without_a_link() {
        assert_eq!(first_visit_lang("", Some("fr-CA")), Some(Lang::Fr));
        assert_eq!(first_visit_lang("#", Some("en-GB")), Some(Lang::En));
        assert_eq!(first_visit_lang("", Some("de-DE")), None);
        assert_eq!(first_visit_lang("", None), None);
        assert_eq!(first_visit_lang("#s=v1.x", Some("fr")), None);
    }

    #[test]
    fn a_corrupt_store_and_a_bad_link_are_both_reported() {
        let state = initial_state("#garbage", Some("{not json"));
        assert_eq!(*state.scenario, Scenario::default());
        let banner = state.banner.unwrap_or_else(|| panic!("no banner"));
        let message = banner.message(Lang::En);
        assert!(message.contains("no scenario in it"), "{message}");
        assert!(
            message.contains("The saved scenarios could not be read"),
            "{message}"
        );
        assert_eq!(
            banner.offending_text.as_deref(),
            Some("garbage\n\n{not json")
        );
    }
}
