//! A dismissible banner for input from outside (a link, a file, storage) that could not be
//! used: it says what was wrong and offers the offending text, read-only, for copying.
//!
//! Everything shown here may come from a hostile link or file, so it is rendered only as text
//! (Yew escapes text nodes and sets the textarea's value as a property, never as markup).

use yew::prelude::*;

use crate::app::use_lang;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub message: String,
    /// The text that could not be used, when there is one.
    #[prop_or_default]
    pub offending_text: Option<String>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn Banner(props: &BannerProps) -> Html {
    let lang = use_lang();
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    // Selecting the whole text on focus makes copying it one keystroke.
    let on_focus = Callback::from(|event: FocusEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        area.select();
    });
    html! {
        <div class="banner" role="alert" data-testid="banner">
            <p data-testid="banner-message">{ props.message.clone() }</p>
            if let Some(text) = props.offending_text.clone() {
                <label for="banner-offending">{ lang.t(Msg::OffendingText) }</label>
                <textarea
                    id="banner-offending"
                    data-testid="banner-offending"
                    readonly=true
                    rows="3"
                    spellcheck="false"
                    value={text}
                    onfocus={on_focus}
                />
            }
            <button type="button" onclick={on_click}>{ lang.t(Msg::Dismiss) }</button>
        </div>
    }
}
