//! The current language as a Yew context, so that any component gets its strings without
//! the language being passed through every prop.
//!
//! The root provides `ContextProvider<LangContext>` with `AppState::lang`; a component calls
//! [`use_lang`] and asks `lang.t(Msg::…)` or the functions of `standoff_words`. A component
//! mounted without a provider (in a component test) gets English.

use yew::prelude::*;

use standoff_words::Lang;

/// The context value: the interface language.
pub type LangContext = Lang;

/// The language of the interface, English when no provider is mounted.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangContext>().unwrap_or_default()
}
