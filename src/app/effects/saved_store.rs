//! The saved scenarios in the browser's `localStorage`: one value holding the versioned
//! envelope of `link::stored` (named entries, the last-edited scenario, and entries that could
//! not be read, kept verbatim).
//!
//! Every change reads the stored text afresh, changes it and writes it back, so that two tabs
//! or the last-edited autosave never overwrite each other's entries with a stale copy. Text
//! that cannot be read is carried along in the envelope's `unreadable` list: nothing a user
//! saved is ever dropped by this module.

use standoff_core::model::Scenario;
use standoff_formats::{parse_stored, serialize_stored, StoredLoad, StoredScenarios};
use standoff_words::tr;
use standoff_words::Lang;

/// The `localStorage` key of the envelope.
pub const STORAGE_KEY: &str = "standoff.saved-scenarios";

/// The longest name a saved scenario may have, in characters.
pub const MAX_NAME_CHARS: usize = 80;

fn storage() -> Option<web_sys::Storage> {
    // Storage can be disabled (privacy settings, sandboxed frames): then nothing is kept,
    // and the app works without it.
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

/// The raw stored text, if any.
pub fn read_raw() -> Option<String> {
    storage().and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
}

/// The saved scenarios as stored now, with any problems found while reading them.
pub fn load() -> StoredLoad {
    parse_stored(read_raw().as_deref().unwrap_or_default())
}

/// Reads, changes and writes back the saved scenarios. Returns the change's result and the
/// scenarios as written, or a sentence saying why the browser refused to keep them.
pub fn update<R>(
    lang: Lang,
    change: impl FnOnce(&mut StoredScenarios) -> R,
) -> Result<(R, StoredScenarios), String> {
    let storage = storage().ok_or_else(|| {
        tr!(lang,
            en: "This browser does not let Standoff keep data (storage is disabled), so nothing was saved.";
            fr: "Ce navigateur ne laisse pas Standoff conserver de données (le stockage est désactivé)\u{a0}: rien n’a été enregistré.")
    })?;
    let mut stored = load().stored;
    let result = change(&mut stored);
    storage
        .set_item(STORAGE_KEY, &serialize_stored(&stored))
        .map_err(|_| {
            tr!(lang,
                en: "The browser refused to store the saved scenarios (its storage may be full), so the change was not kept.";
                fr: "Le navigateur a refusé d’enregistrer les scénarios (son stockage est peut-être plein)\u{a0}: la modification n’a pas été conservée.")
        })?;
    Ok((result, stored))
}

/// Keeps the scenario on screen as the one to restore when the app is next opened without a
/// link. Silent: a failure only means the next visit starts from the default scenario.
pub fn remember_last_edited(scenario: &Scenario) {
    if load().stored.last_edited.as_ref() == Some(scenario) && read_raw().is_some() {
        return;
    }
    let _ = update(Lang::En, |stored| {
        stored.last_edited = Some(scenario.clone())
    });
}

/// A saved scenario's name as typed: trimmed, or a sentence saying why it cannot be used.
pub fn clean_name(lang: Lang, text: &str) -> Result<String, String> {
    let name = text.trim();
    let length = name.chars().count();
    if length == 0 {
        return Err(tr!(lang,
            en: "Give the scenario a name before saving it.";
            fr: "Donnez un nom au scénario avant de l’enregistrer."));
    }
    if length > MAX_NAME_CHARS {
        return Err(tr!(lang,
            en: "The name is {length} characters long; a name may have at most {MAX_NAME_CHARS}.";
            fr: "Le nom compte {length} caractères\u{202f}; un nom en a au plus {MAX_NAME_CHARS}."));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_limited() {
        assert_eq!(
            clean_name(Lang::En, "  Q3 plan "),
            Ok("Q3 plan".to_string())
        );
        assert!(clean_name(Lang::En, "   ").is_err());
        assert!(clean_name(Lang::En, &"x".repeat(MAX_NAME_CHARS)).is_ok());
        let too_long = clean_name(Lang::En, &"é".repeat(MAX_NAME_CHARS + 1)).unwrap_err();
        assert!(too_long.contains("81 characters"), "{too_long}");
    }
}
