//! The presenter's keyboard: which key does what in presenter mode. Pure, so the mapping is
//! tested natively; `effects/presenter_keys.rs` listens for the keys and carries it out.

use crate::app::state::{Action, AppState};
use standoff_words::classroom::ClassMsg;
use standoff_words::Lang;

/// What a key asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyCommand {
    /// A change of state for the reducer.
    Dispatch(Action),
    /// Full screen on or off (a browser side effect, done by the effect).
    ToggleFullscreen,
}

/// One row of the keys dialog: the keys as written on a keyboard and what they do.
pub struct KeyHelp {
    pub keys: KeyName,
    pub does: ClassMsg,
}

/// A key's name: the same in every language (a letter, an arrow) or translated.
#[derive(Clone, Copy)]
pub enum KeyName {
    Same(&'static str),
    Named(ClassMsg),
}

impl KeyName {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            KeyName::Same(text) => text,
            KeyName::Named(message) => lang.t(message),
        }
    }
}

/// The keys dialog's rows, in the order a presenter needs them.
pub const KEY_HELP: [KeyHelp; 9] = [
    KeyHelp {
        keys: KeyName::Named(ClassMsg::KeySpace),
        does: ClassMsg::DoesPlay,
    },
    KeyHelp {
        keys: KeyName::Same("← →"),
        does: ClassMsg::DoesMonth,
    },
    KeyHelp {
        keys: KeyName::Named(ClassMsg::KeyPageDown),
        does: ClassMsg::DoesNextStep,
    },
    KeyHelp {
        keys: KeyName::Named(ClassMsg::KeyPageUp),
        does: ClassMsg::DoesPreviousStep,
    },
    KeyHelp {
        keys: KeyName::Same("R"),
        does: ClassMsg::DoesRestart,
    },
    KeyHelp {
        keys: KeyName::Same("F"),
        does: ClassMsg::DoesFullScreen,
    },
    KeyHelp {
        keys: KeyName::Same("Q"),
        does: ClassMsg::DoesQr,
    },
    KeyHelp {
        keys: KeyName::Same("?"),
        does: ClassMsg::DoesKeys,
    },
    KeyHelp {
        keys: KeyName::Named(ClassMsg::KeyEsc),
        does: ClassMsg::DoesEscape,
    },
];

/// The command for a key (`KeyboardEvent.key`) pressed in presenter mode, or `None` when the
/// key is not the presenter's (it then keeps its usual meaning). Keys with Ctrl, Alt or Meta
/// are left to the browser (Ctrl+R reloads, Ctrl+F finds); outside presenter mode no key is
/// taken.
pub fn key_command(state: &AppState, key: &str, modified: bool) -> Option<KeyCommand> {
    // A game played from a lesson step covers presenter mode: its keys wait until it ends.
    if !state.presenter || state.game.is_some() || modified {
        return None;
    }
    // While the keys dialog is open, only the keys that close it act.
    if state.key_help {
        return matches!(key, "Escape" | "?")
            .then_some(KeyCommand::Dispatch(Action::ShowKeyHelp(false)));
    }
    let action = match key {
        " " | "Spacebar" => Action::TogglePlay,
        "ArrowLeft" => Action::StepMonth(-1),
        "ArrowRight" => Action::StepMonth(1),
        "PageDown" | "n" | "N" => Action::NextStep,
        "PageUp" | "p" | "P" => Action::PreviousStep,
        "r" | "R" => Action::Restart,
        "q" | "Q" => Action::ShowQr(!state.big_qr),
        "?" => Action::ShowKeyHelp(true),
        "Escape" => Action::Escape,
        "f" | "F" => return Some(KeyCommand::ToggleFullscreen),
        _ => return None,
    };
    Some(KeyCommand::Dispatch(action))
}

/// Whether a key press in an element with this tag name (upper case, as the DOM reports it)
/// and editability belongs to that element: text fields, selects and editable content keep
/// every key, so typing "r" into a field never resets the lesson; a slider keeps its arrow
/// keys too.
pub fn typing_target(tag_name: &str, input_type: Option<&str>, content_editable: bool) -> bool {
    if content_editable {
        return true;
    }
    match tag_name {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            input_type.unwrap_or("text"),
            "button" | "checkbox" | "radio" | "reset" | "submit" | "color" | "file"
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presenting() -> AppState {
        AppState::default().apply(Action::EnterPresenter)
    }

    #[test]
    fn no_key_is_taken_outside_presenter_mode_or_with_a_modifier() {
        assert_eq!(key_command(&AppState::default(), " ", false), None);
        assert_eq!(key_command(&presenting(), "r", true), None);
        assert_eq!(key_command(&presenting(), "x", false), None);
    }

    #[test]
    fn the_keys_map_to_their_actions() {
        let state = presenting();
        let dispatch = |key| key_command(&state, key, false);
        assert_eq!(
            dispatch(" "),
            Some(KeyCommand::Dispatch(Action::TogglePlay))
        );
        assert_eq!(
            dispatch("ArrowLeft"),
            Some(KeyCommand::Dispatch(Action::StepMonth(-1)))
        );
        assert_eq!(
            dispatch("PageDown"),
            Some(KeyCommand::Dispatch(Action::NextStep))
        );
        assert_eq!(
            dispatch("P"),
            Some(KeyCommand::Dispatch(Action::PreviousStep))
        );
        assert_eq!(dispatch("f"), Some(KeyCommand::ToggleFullscreen));
        assert_eq!(
            dispatch("q"),
            Some(KeyCommand::Dispatch(Action::ShowQr(true)))
        );
    }

    #[test]
    fn the_open_dialog_takes_only_its_closing_keys() {
        let state = presenting().apply(Action::ShowKeyHelp(true));
        assert_eq!(key_command(&state, "n", false), None);
        assert_eq!(
            key_command(&state, "Escape", false),
            Some(KeyCommand::Dispatch(Action::ShowKeyHelp(false)))
        );
    }

    #[test]
    fn text_fields_and_sliders_keep_their_keys_but_buttons_do_not() {
        assert!(typing_target("INPUT", Some("text"), false));
        assert!(typing_target("INPUT", None, false));
        assert!(typing_target("TEXTAREA", None, false));
        assert!(typing_target("DIV", None, true));
        assert!(typing_target("INPUT", Some("range"), false));
        assert!(!typing_target("INPUT", Some("checkbox"), false));
        assert!(!typing_target("BUTTON", None, false));
    }
}
