//! A dismissible banner for input from outside (a link, a file, storage) that could not be
//! used: it says what was wrong and offers the offending text, read-only, for copying.
//!
//! Everything shown here may come from a hostile link or file, so it is rendered only as text
//! (Yew escapes text nodes and sets the textarea's value as a property, never as markup).

use yew::prelude::*;

use standoff_words::{Lang, Msg};

/// The banner's markup: `message`, the offending text if any, and a button that calls
/// `on_dismiss`.
pub fn banner(
    lang: Lang,
    message: String,
    offending_text: Option<String>,
    on_dismiss: &Callback<()>,
) -> Html {
    let on_click = on_dismiss.reform(|_: MouseEvent| ());
    // Selecting the whole text on focus makes copying it one keystroke.
    let on_focus = Callback::from(|event: FocusEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        area.select();
    });
    html! {
        <div class="banner" role="alert" data-testid="banner">
            <p data-testid="banner-message">{ message }</p>
            if let Some(text) = offending_text {
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
