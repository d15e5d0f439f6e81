//! The page URL's fragment: reading it, replacing it without a history entry, and building
//! the fragment that describes the current state (`#s=v1.…&m=…`, see `docs/link-format.md`).
//!
//! The fragment is never sent to a server. Keys this build does not know are kept when the
//! fragment is rewritten, so that a link made by a newer build loses nothing here.

use crate::app::state::{Action, AppState, Origin};
use crate::i18n::Lang;
use crate::link::{decode_link_with_state, encode_fragment, parse_fragment, LinkError};
use crate::model::Scenario;

/// The link key of the timeline's selected month (0-based), when one is selected.
pub const MONTH_KEY: &str = "m";
/// The link key of the scenario itself.
pub const SCENARIO_KEY: &str = "s";
/// The link key of the interface language (`en` or `fr`); absent means English.
pub const LANG_KEY: &str = "lang";

/// The fragment `current` (with or without `#`) with its `lang` key set for `lang`: removed
/// for English, the default, so that English links stay as they were; `lang=fr` otherwise.
/// Every other key keeps its place. Pure.
pub fn with_lang(current: &str, lang: Lang) -> String {
    let text = current.trim().trim_start_matches('#');
    let mut pairs: Vec<String> = text
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| pair.split('=').next() != Some(LANG_KEY))
        .map(str::to_string)
        .collect();
    if lang != Lang::En {
        pairs.push(format!("{LANG_KEY}={}", lang.code()));
    }
    pairs.join("&")
}

/// The fragment (without `#`) for this scenario and month, keeping any other key that the
/// current fragment carries. Pure.
pub fn link_fragment(scenario: &Scenario, month: Option<u32>, current: &str) -> String {
    let month_text = month.map(|month| month.to_string());
    let mut keys: Vec<(&str, &str)> = Vec::new();
    if let Some(month) = month_text.as_deref() {
        keys.push((MONTH_KEY, month));
    }
    let others = parse_fragment(current)
        .map(|fragment| fragment.state)
        .unwrap_or_default();
    for (key, value) in &others {
        if key != MONTH_KEY && key != SCENARIO_KEY {
            keys.push((key.as_str(), value.as_str()));
        }
    }
    encode_fragment(scenario, &keys)
}

/// The link text in a fragment, or `None` when the page was opened without one.
pub fn link_text(fragment: &str) -> Option<&str> {
    let text = fragment.trim().trim_start_matches('#').trim();
    (!text.is_empty()).then_some(text)
}

/// The sentence for the banner when a link cannot be opened.
pub fn link_problem(error: &LinkError, consequence: &str) -> String {
    format!("This link could not be opened. {error} {consequence}")
}

/// What opening a link does to the state: load its scenario and month, or explain in the
/// banner why it cannot be used (with the link's text to copy) and keep what is shown.
pub fn link_actions(fragment: &str, consequence: &str) -> Vec<Action> {
    let Some(text) = link_text(fragment) else {
        return Vec::new();
    };
    match decode_link_with_state(text) {
        Ok(decoded) => {
            let mut actions = vec![Action::LoadScenario {
                scenario: Box::new(decoded.scenario),
                origin: Origin::Link,
            }];
            let month = decoded
                .state
                .iter()
                .find(|(key, _)| key == MONTH_KEY)
                .and_then(|(_, value)| value.parse::<u32>().ok());
            if let Some(month) = month {
                actions.push(Action::SetMonth(month));
            }
            // A link without `lang` is English; an unknown language is ignored.
            let lang = match decoded.state.iter().find(|(key, _)| key == LANG_KEY) {
                Some((_, code)) => Lang::from_code(code),
                None => Some(Lang::En),
            };
            actions.extend(lang.map(Action::SetLang));
            actions
        }
        Err(error) => vec![Action::RejectInput {
            message: link_problem(&error, consequence),
            offending_text: Some(text.to_string()),
        }],
    }
}

/// Applies a list of actions in order.
pub fn apply_all(state: AppState, actions: Vec<Action>) -> AppState {
    actions
        .into_iter()
        .fold(state, |state, action| state.apply(action))
}

/// Reads the current page's fragment, with its `#`; empty outside a browser.
pub fn read() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment, to which a link's fragment is appended.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_string(),
        None => href,
    }
}

/// Replaces the page URL's fragment (given with its `#`) without adding a history entry, so
/// that moving a slider does not fill the back button's history.
pub fn replace(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(fragment) {
        return;
    }
    if let Ok(history) = window.history() {
        // A failure here only means the address bar lags; the app itself is unaffected.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::decode_link_with_state;
    use crate::model::presets;

    fn decoded(fragment: &str) -> (Scenario, Vec<(String, String)>) {
        match decode_link_with_state(fragment) {
            Ok(decoded) => (decoded.scenario, decoded.state),
            Err(error) => panic!("{fragment}: {error}"),
        }
    }

    #[test]
    fn the_fragment_carries_the_scenario_and_the_month() {
        let scenario = presets::twitter_aws_2023();
        let fragment = link_fragment(&scenario, Some(27), "");
        assert!(fragment.starts_with("s=v1."), "{fragment}");
        assert!(fragment.ends_with("&m=27"), "{fragment}");
        let (back, state) = decoded(&fragment);
        assert_eq!(back, scenario);
        assert_eq!(state, vec![("m".to_string(), "27".to_string())]);
    }

    #[test]
    fn unknown_keys_are_kept_and_the_old_scenario_and_month_replaced() {
        let old = link_fragment(&presets::symmetric(), Some(3), "");
        let current = format!("#{old}&lang=fr&zoom=2");
        let fragment = link_fragment(&Scenario::default(), None, &current);
        let (back, state) = decoded(&fragment);
        assert_eq!(back, Scenario::default());
        assert_eq!(
            state,
            vec![
                ("lang".to_string(), "fr".to_string()),
                ("zoom".to_string(), "2".to_string())
            ]
        );
    }

    #[test]
    fn a_good_link_loads_its_scenario_and_month() {
        let scenario = presets::twitter_google_2023();
        let fragment = format!("#{}", link_fragment(&scenario, Some(5), ""));
        let state = apply_all(AppState::default(), link_actions(&fragment, "kept"));
        assert_eq!(state.scenario, scenario);
        assert_eq!(state.origin, Origin::Link);
        assert_eq!(state.month, Some(5));
        assert!(state.banner.is_none());
    }

    #[test]
    fn a_bad_link_keeps_the_scenario_and_offers_the_text() {
        let before = AppState::with_scenario(presets::symmetric(), Origin::Default);
        let after = apply_all(
            before.clone(),
            link_actions("#s=v1.@@@", "The current scenario is kept."),
        );
        assert_eq!(after.scenario, before.scenario);
        let banner = after.banner.unwrap_or_else(|| panic!("no banner"));
        // The 1-based position of '@' in the data after "v1." is 1.
        assert!(
            banner.message.contains("'@' at position 1"),
            "{}",
            banner.message
        );
        assert!(banner.message.ends_with("The current scenario is kept."));
        assert_eq!(banner.offending_text.as_deref(), Some("s=v1.@@@"));
    }

    #[test]
    fn the_language_key_is_written_for_french_only_and_read_back() {
        let base = link_fragment(&presets::symmetric(), Some(2), "");
        let french = with_lang(&format!("#{base}&zoom=2"), Lang::Fr);
        assert_eq!(french, format!("{base}&zoom=2&lang=fr"));
        assert_eq!(with_lang(&french, Lang::En), format!("{base}&zoom=2"));
        assert_eq!(with_lang(&with_lang(&french, Lang::Fr), Lang::Fr), french);
        let state = apply_all(AppState::default(), link_actions(&french, "kept"));
        assert_eq!(state.lang, Lang::Fr);
        assert_eq!(state.month, Some(2));
        let back = apply_all(state, link_actions(&base, "kept"));
        assert_eq!(back.lang, Lang::En, "a link without lang is English");
    }

    #[test]
    fn an_empty_fragment_is_no_link() {
        assert_eq!(link_text("#"), None);
        assert_eq!(link_text("  "), None);
        assert!(link_actions("", "x").is_empty());
    }
}
