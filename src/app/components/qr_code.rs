//! The QR code of a link, as an inline SVG: dark modules on a light square with the quiet
//! zone, scaled by CSS to the size its place needs (small in the share panel, large in
//! presenter mode, a few centimetres on the handout).

use yew::prelude::*;

use crate::app::qr::qr_path;
use crate::app::use_lang;
use standoff_words::classroom::{too_long_for_qr, ClassMsg};

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The text to encode: the full link.
    pub text: AttrValue,
    /// Extra classes that set the size.
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn QrCodeView(props: &QrCodeProps) -> Html {
    let lang = use_lang();
    let qr = use_memo(props.text.clone(), |text| qr_path(text));
    match &*qr {
        Ok(qr) => {
            let size = qr.view_size().to_string();
            html! {
                <svg class={classes!("qr-code", props.class.clone())} data-testid="qr-code"
                    xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {size} {size}")}
                    width={size.clone()} height={size.clone()}
                    shape-rendering="crispEdges" role="img"
                    aria-label={lang.t(ClassMsg::QrLabel)}>
                    <rect x="0" y="0" width={size.clone()} height={size} fill="#ffffff" />
                    <path d={qr.path.clone()} fill="#000000" />
                </svg>
            }
        }
        Err(characters) => html! {
            <p class="hint qr-too-long" data-testid="qr-too-long">{ too_long_for_qr(lang, *characters) }</p>
        },
    }
}
