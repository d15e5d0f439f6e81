//! The root component: gets the state and what derives from it ([`state_hook::use_app`]),
//! picks the layout (the normal page, presenter mode or a game) and renders it.

pub mod first_screen;
pub mod lower_panels;
pub mod page;
pub mod presenter_layout;
pub mod report_charts;
pub mod state_hook;

use yew::prelude::*;

use crate::app::components::game::GameScreen;
use crate::app::effects::url_fragment::page_address;
use crate::app::state::AppState;
use crate::app::LangContext;
use standoff_formats::encode_game_link;
use state_hook::use_app;

#[derive(Properties, PartialEq)]
pub struct AppRootProps {
    /// The state to start from; `start()` builds it from the page URL.
    #[prop_or_default]
    pub initial: AppState,
}

#[function_component]
pub fn AppRoot(props: &AppRootProps) -> Html {
    let app = use_app(props.initial.clone());
    let layout = match (&app.state.game, app.state.presenter) {
        (Some(session), _) => {
            // Built from the game itself rather than taken from the address bar, which follows
            // it only after a quiet period: the link shown is always the game as it stands.
            let link = format!("{}{}", page_address(), encode_game_link(&session.game));
            html! {
                <GameScreen session={session.clone()} link={AttrValue::from(link)}
                    on_action={app.callbacks.on_action.clone()} />
            }
        }
        (None, true) => presenter_layout::presenter_layout(&app),
        (None, false) => page::page(&app),
    };
    html! {
        <ContextProvider<LangContext> context={app.state.lang}>
            { layout }
        </ContextProvider<LangContext>>
    }
}
