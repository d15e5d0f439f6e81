//! The language switcher in the header: one button per language, the current one pressed.
//!
//! Each button names its language in that language (with `lang` set on it, so a screen
//! reader says "Français" with a French voice), so a reader finds theirs whatever the
//! current language is.

use yew::prelude::*;

use crate::app::state::Action;
use standoff_words::{Lang, Msg};

/// Renders the switcher for the `current` language; a click sends [`Action::SetLang`].
pub fn language_switcher(current: Lang, on_action: &Callback<Action>) -> Html {
    html! {
        <div class="language-switcher" role="group" aria-label={current.t(Msg::LanguageLabel)}
            data-testid="language-switcher">
            { for Lang::ALL.into_iter().map(|lang| {
                let on_action = on_action.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::SetLang(lang)));
                let pressed = if lang == current { "true" } else { "false" };
                html! {
                    <button type="button" lang={lang.code()} aria-pressed={pressed}
                        data-testid={format!("lang-{}", lang.code())} {onclick}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
