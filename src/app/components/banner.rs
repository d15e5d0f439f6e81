//! A dismissible banner for problems with input that came from outside (a link, a file).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub message: String,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn Banner(props: &BannerProps) -> Html {
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="banner" role="alert" data-testid="banner">
            <p>{ props.message.clone() }</p>
            <button type="button" onclick={on_click}>{ "Dismiss" }</button>
        </div>
    }
}
