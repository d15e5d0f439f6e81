//! The page URL's fragment: reading it, replacing it without a history entry, and building
//! the fragment that describes the current state (`#s=v1.…&m=…`, see `docs/link-format.md`).
//!
//! The fragment is never sent to a server. Keys this build does not know are kept when the
//! fragment is rewritten, so that a link made by a newer build loses nothing here.

use crate::app::game_session::{GameAction, GameSession};
use crate::app::state::{Action, AppState, Origin};
use standoff_core::model::Scenario;
use standoff_formats::{
    decode_link_keeping_known, decode_link_with_state, encode_fragment, encode_game_member,
    game_of, parse_fragment, DecodedLink, LinkError, GAME_KEY,
};
use standoff_words::notices::{Fallback, Notice};
use standoff_words::Lang;

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

/// The link key of the view; its only value is [`PRESENTER_VIEW`] (absent: the normal screen).
pub const VIEW_KEY: &str = "view";
/// The value of [`VIEW_KEY`] for presenter mode.
pub const PRESENTER_VIEW: &str = "presenter";
/// The link key of the lesson step shown (1-based), in presenter mode.
pub const STEP_KEY: &str = "step";

/// The keys this build writes itself; every other key of the current fragment is kept.
/// `watch=1`: a game link that opens the game for watching, not playing.
pub const WATCH_KEY: &str = "watch";

const MANAGED_KEYS: [&str; 6] = [
    SCENARIO_KEY,
    MONTH_KEY,
    VIEW_KEY,
    STEP_KEY,
    GAME_KEY,
    WATCH_KEY,
];

/// The fragment (without `#`) for this scenario and month, keeping any other key that the
/// current fragment carries except the view and the step (a shared link opens on the normal
/// screen). Pure.
pub fn link_fragment(scenario: &Scenario, month: Option<u32>, current: &str) -> String {
    fragment_with(scenario, month, &[], current)
}

/// The fragment (without `#`) describing the whole state on screen: the scenario, the month,
/// and in presenter mode `view=presenter` and the lesson step, keeping any other key of the
/// current fragment. This is what the address bar and the QR code carry. Pure.
pub fn state_fragment(state: &AppState, current: &str) -> String {
    if let Some(session) = &state.game {
        return game_fragment(session, current);
    }
    let mut view = Vec::new();
    if state.presenter {
        view.push((VIEW_KEY, PRESENTER_VIEW.to_string()));
        if let Some(step) = state.step {
            view.push((STEP_KEY, step.to_string()));
        }
    }
    fragment_with(&state.scenario, state.month, &view, current)
}

/// A game's fragment: its scenario and its `g` member, with `watch=1` for a spectator.
fn game_fragment(session: &GameSession, current: &str) -> String {
    let game = &session.game;
    let mut view = vec![(GAME_KEY, encode_game_member(&game.rules, &game.rounds))];
    if session.me.is_none() {
        view.push((WATCH_KEY, "1".to_string()));
    }
    let mut scenario = game.scenario.clone();
    scenario.lesson = Default::default();
    fragment_with(&scenario, None, &view, current)
}

fn fragment_with(
    scenario: &Scenario,
    month: Option<u32>,
    view: &[(&str, String)],
    current: &str,
) -> String {
    let month_text = month.map(|month| month.to_string());
    let mut keys: Vec<(&str, &str)> = Vec::new();
    if let Some(month) = month_text.as_deref() {
        keys.push((MONTH_KEY, month));
    }
    for (key, value) in view {
        keys.push((key, value.as_str()));
    }
    let others = parse_fragment(current)
        .map(|fragment| fragment.state)
        .unwrap_or_default();
    for (key, value) in &others {
        if !MANAGED_KEYS.contains(&key.as_str()) {
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

/// What opening a link does to the state: load its scenario and month, or explain in the
/// banner why it cannot be used (with the link's text to copy) and keep what is shown.
///
/// A link whose only problems are members that are not fields (a misspelt field) opens
/// without them, and the banner names the first and its nearest field, with the link's text to
/// copy: everything else the link holds is kept.
pub fn link_actions(fragment: &str, fallback: Fallback) -> Vec<Action> {
    let Some(text) = link_text(fragment) else {
        return Vec::new();
    };
    match decode_link_with_state(text) {
        Ok(decoded) => opened_actions(decoded),
        Err(error @ LinkError::UnknownField { .. }) => match decode_link_keeping_known(text) {
            Ok(decoded) => {
                let mut actions = opened_actions(decoded);
                actions.push(Action::RejectInput {
                    notice: Notice::LinkPartlyOpened { error },
                    offending_text: Some(text.to_string()),
                });
                actions
            }
            Err(_) => rejected_actions(text, error, fallback),
        },
        Err(error) => rejected_actions(text, error, fallback),
    }
}

/// The value of the link's member `key`, if it has one.
fn member<'a>(state: &'a [(String, String)], key: &str) -> Option<&'a str> {
    state
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value.as_str())
}

/// Loading a decoded link: its scenario, presenter step, month, language and game.
fn opened_actions(decoded: DecodedLink) -> Vec<Action> {
    let game = game_action(&decoded);
    let mut actions = vec![Action::LoadScenario {
        scenario: Box::new(decoded.scenario),
        origin: Origin::Link,
    }];
    let value = |wanted: &str| member(&decoded.state, wanted);
    // Presenter mode and its step first, since a step moves the timeline; the month
    // of the link then puts the timeline exactly where it was.
    if value(VIEW_KEY) == Some(PRESENTER_VIEW) {
        actions.push(Action::EnterPresenter);
        if let Some(step) = value(STEP_KEY).and_then(|v| v.parse::<u32>().ok()) {
            actions.push(Action::GoToStep(step));
        }
    }
    if let Some(month) = value(MONTH_KEY).and_then(|v| v.parse::<u32>().ok()) {
        actions.push(Action::SetMonth(month));
    }
    // A link without `lang` is English; an unknown language is ignored.
    let lang = match decoded.state.iter().find(|(key, _)| key == LANG_KEY) {
        Some((_, code)) => Lang::from_code(code),
        None => Some(Lang::En),
    };
    actions.extend(lang.map(Action::SetLang));
    actions.extend(game);
    actions
}

/// Opening the link's game, if it has one: this browser plays the side to move, or watches
/// with `watch=1` (and once the game is over). A game that cannot be read or replayed leaves
/// its scenario shown and says why.
fn game_action(decoded: &DecodedLink) -> Option<Action> {
    let value = |wanted: &str| member(&decoded.state, wanted);
    let member = value(GAME_KEY)?;
    let watching = value(WATCH_KEY) == Some("1");
    Some(match game_of(decoded.scenario.clone(), member) {
        Ok((game, played)) => Action::Game(GameAction::Open {
            game: Box::new(game),
            me: if watching { None } else { played.turn.side() },
        }),
        Err(error) => Action::RejectInput {
            notice: Notice::GameLink {
                error,
                currency: decoded.scenario.customer.currency.clone(),
            },
            offending_text: None,
        },
    })
}

/// Refusing a link: the banner says why, with the link's text to copy.
fn rejected_actions(text: &str, error: LinkError, fallback: Fallback) -> Vec<Action> {
    // A link that cannot be read may still say its language: the banner uses it.
    let lang = text
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::from_code);
    let mut actions = vec![Action::RejectInput {
        notice: Notice::Link { error, fallback },
        offending_text: Some(text.to_string()),
    }];
    actions.extend(lang.map(Action::SetLang));
    actions
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
    use standoff_core::model::presets;
    use standoff_formats::decode_link_with_state;

    fn decoded(fragment: &str) -> (Scenario, Vec<(String, String)>) {
        match decode_link_with_state(fragment) {
            Ok(decoded) => (decoded.scenario, decoded.state),
            Err(error) => panic!("{fragment}: {error:?}"),
        }
    }

    #[test]
    fn the_fragment_carries_the_scenario_and_the_month() {
        let scenario = presets::twitter_aws_2023();
        let fragment = link_fragment(&scenario, Some(27), "");
        assert!(fragment.starts_with("s=v2."), "{fragment}");
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
        let state = apply_all(
            AppState::default(),
            link_actions(&fragment, Fallback::CurrentKept),
        );
        assert_eq!(*state.scenario, scenario);
        assert_eq!(
            state.origin,
            Origin::Preset("twitter-google-2023".into()),
            "a link that holds a preset opens as that preset"
        );
        assert_eq!(state.month, Some(5));
        assert!(state.banner.is_none());
    }

    #[test]
    fn a_link_to_an_edited_preset_opens_as_the_user_s_scenario() {
        let mut scenario = presets::twitter_google_2023();
        scenario.payment.delay_days += 1;
        let fragment = format!("#{}", link_fragment(&scenario, None, ""));
        let state = apply_all(
            AppState::default(),
            link_actions(&fragment, Fallback::CurrentKept),
        );
        assert_eq!(*state.scenario, scenario);
        assert_eq!(state.origin, Origin::Link);
    }

    #[test]
    fn a_misspelt_field_is_named_and_the_rest_of_the_link_opened() {
        let mut scenario = Scenario {
            title: "Mine".to_string(),
            ..Scenario::default()
        };
        scenario.payment.delay_days = 45;
        let mut doc = serde_json::to_value(&scenario).unwrap_or_default();
        doc["vendors"][0]["contract"]["total_commitmnet"] = serde_json::json!("1");
        let payload = standoff_formats::codec::encode_value(&doc);
        let fragment = format!("#s={payload}&m=3");
        let state = apply_all(
            AppState::with_scenario(presets::symmetric(), Origin::Default),
            link_actions(&fragment, Fallback::CurrentKept),
        );
        assert_eq!(state.scenario.title, "Mine");
        assert_eq!(state.scenario.payment.delay_days, 45);
        assert_eq!(state.month, Some(3));
        let banner = state.banner.unwrap_or_else(|| panic!("no banner"));
        let message = banner.message(Lang::En);
        assert!(
            message.contains(
                "vendors[0].contract.total_commitmnet is not a field; did you mean vendors[0].contract.total_commitment?"
            ),
            "{message}"
        );
        assert_eq!(
            banner.offending_text.as_deref(),
            Some(fragment.trim_start_matches('#'))
        );
    }

    #[test]
    fn a_bad_link_keeps_the_scenario_and_offers_the_text() {
        let before = AppState::with_scenario(presets::symmetric(), Origin::Default);
        let after = apply_all(
            before.clone(),
            link_actions("#s=v1.@@@", Fallback::CurrentKept),
        );
        assert_eq!(after.scenario, before.scenario);
        let banner = after.banner.unwrap_or_else(|| panic!("no banner"));
        // The 1-based position of '@' in the data after "v1." is 1.
        let message = banner.message(Lang::En);
        assert!(message.contains("'@' at position 1"), "{message}");
        assert!(message.ends_with("The current scenario is kept."));
        assert_eq!(banner.offending_text.as_deref(), Some("s=v1.@@@"));
    }

    #[test]
    fn presenter_mode_and_its_step_travel_in_the_link_and_come_back() {
        let state = AppState::with_scenario(presets::twitter_aws_2023(), Origin::Default)
            .apply(Action::EnterPresenter)
            .apply(Action::GoToStep(3))
            .apply(Action::StepMonth(1));
        let fragment = state_fragment(&state, "#s=v1.x&lang=fr");
        // Step 3 of the lesson shows November 2022, month index 22 from January 2021; one
        // month on is 23.
        assert!(
            fragment.ends_with("&m=23&view=presenter&step=3&lang=fr"),
            "{fragment}"
        );
        let back = apply_all(
            AppState::default(),
            link_actions(&format!("#{fragment}"), Fallback::CurrentKept),
        );
        assert!(back.presenter);
        assert_eq!(back.step, Some(3));
        assert_eq!(back.month, Some(23));
        assert_eq!(back.scenario, state.scenario);
    }

    #[test]
    fn a_shared_link_drops_the_view_but_keeps_other_keys() {
        let current = "#s=v1.x&view=presenter&step=2&lang=fr";
        let fragment = link_fragment(&Scenario::default(), None, current);
        let (_, state) = decoded(&fragment);
        assert_eq!(state, vec![("lang".to_string(), "fr".to_string())]);
    }

    #[test]
    fn the_language_key_is_written_for_french_only_and_read_back() {
        let base = link_fragment(&presets::symmetric(), Some(2), "");
        let french = with_lang(&format!("#{base}&zoom=2"), Lang::Fr);
        assert_eq!(french, format!("{base}&zoom=2&lang=fr"));
        assert_eq!(with_lang(&french, Lang::En), format!("{base}&zoom=2"));
        assert_eq!(with_lang(&with_lang(&french, Lang::Fr), Lang::Fr), french);
        let state = apply_all(
            AppState::default(),
            link_actions(&french, Fallback::CurrentKept),
        );
        assert_eq!(state.lang, Lang::Fr);
        assert_eq!(state.month, Some(2));
        let back = apply_all(state, link_actions(&base, Fallback::CurrentKept));
        assert_eq!(back.lang, Lang::En, "a link without lang is English");
    }

    #[test]
    fn an_empty_fragment_is_no_link() {
        assert_eq!(link_text("#"), None);
        assert_eq!(link_text("  "), None);
        assert!(link_actions("", Fallback::CurrentKept).is_empty());
    }
}
