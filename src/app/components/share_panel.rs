//! The Share button: copies a link to the scenario on screen and says how long it is. When
//! the browser offers no clipboard or refuses it, the link is shown selected in a read-only
//! field with a sentence asking to copy it by hand.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::qr_code::QrCodeView;
use crate::app::effects::clipboard::{copy_text, CopyFailure};
use crate::app::effects::url_fragment::{link_fragment, page_address, read, with_lang};
use crate::app::use_lang;
use standoff_core::model::Scenario;
use standoff_words::classroom::ClassMsg;
use standoff_words::tr;
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub scenario: Rc<Scenario>,
    pub month: Option<u32>,
    /// The page's link, for the QR code under the button.
    #[prop_or_default]
    pub link: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Shared {
    Copied { length: usize },
    ByHand { link: String, reason: CopyFailure },
}

#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let shared = use_state(|| None::<Shared>);
    let lang = use_lang();
    let field = use_node_ref();

    // A message about an older link would mislead once the scenario has changed.
    {
        let shared = shared.clone();
        use_effect_with((props.scenario.clone(), props.month), move |_| {
            if shared.is_some() {
                shared.set(None);
            }
        });
    }
    // The fallback field is selected as soon as it appears, ready for Ctrl+C.
    {
        let field = field.clone();
        use_effect_with((*shared).clone(), move |shared| {
            if matches!(shared, Some(Shared::ByHand { .. })) {
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }

    let on_share = {
        let shared = shared.clone();
        let scenario = props.scenario.clone();
        let month = props.month;
        Callback::from(move |_: MouseEvent| {
            let link = format!(
                "{}#{}",
                page_address(),
                link_fragment(&scenario, month, &with_lang(&read(), lang))
            );
            let shared = shared.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match copy_text(&link).await {
                    Ok(()) => Shared::Copied {
                        length: link.chars().count(),
                    },
                    Err(reason) => Shared::ByHand { link, reason },
                };
                shared.set(Some(outcome));
            });
        })
    };

    html! {
        <div class="share">
            <button type="button" data-testid="share" onclick={on_share}>{ lang.t(Msg::ShareLink) }</button>
            if !props.link.is_empty() {
                <details class="share-qr" data-testid="share-qr">
                    <summary>{ lang.t(ClassMsg::ShareQrSummary) }</summary>
                    <QrCodeView text={props.link.clone()} class={classes!("qr-share")} />
                </details>
            }
            {
                match (*shared).clone() {
                    None => html! { <p class="hint" role="status"></p> },
                    Some(Shared::Copied { length }) => html! {
                        <p class="hint" role="status">
                            { lang.t(Msg::LinkCopied) }
                            <span data-testid="link-length">{ length }</span>
                            { lang.t(Msg::Characters) }
                        </p>
                    },
                    Some(Shared::ByHand { link, reason }) => {
                        let reason = reason.reason(lang);
                        html! {
                        <>
                            <p class="hint" role="status">
                                { tr!(lang,
                                    en: "The link could not be copied automatically: {reason}. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it. It has ";
                                    fr: "Le lien n’a pas pu être copié automatiquement\u{a0}: {reason}. Il est sélectionné ci-dessous\u{a0}: appuyez sur Ctrl+C (⌘C sur un Mac) pour le copier. Il compte ") }
                                <span data-testid="link-length">{ link.chars().count() }</span>
                                { lang.t(Msg::Characters) }
                            </p>
                            <label for="share-link">{ lang.t(Msg::LinkToScenario) }</label>
                            <input
                                id="share-link"
                                type="text"
                                readonly=true
                                data-testid="share-fallback"
                                value={link}
                                ref={field}
                            />
                        </>
                        }
                    }
                }
            }
        </div>
    }
}
