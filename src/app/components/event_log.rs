//! The event log in plain sentences; each event jumps the timeline to its month.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::Action;
use crate::engine::Event;

#[derive(Properties, PartialEq)]
pub struct EventLogProps {
    pub events: Rc<Vec<Event>>,
    /// Events after this month are shown greyed as "still to come".
    pub month: Option<u32>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn EventLog(props: &EventLogProps) -> Html {
    if props.events.is_empty() {
        return html! {
            <section class="panel" aria-labelledby="events-title">
                <h2 id="events-title">{ "Event log" }</h2>
                <p>{ "Nothing happens: everyone pays on time and nobody retaliates." }</p>
            </section>
        };
    }
    let items = props.events.iter().enumerate().map(|(position, event)| {
        let future = props.month.is_some_and(|month| event.month_index > month);
        let on_click = {
            let on_action = props.on_action.clone();
            let month = event.month_index;
            Callback::from(move |_: MouseEvent| on_action.emit(Action::SetMonth(month)))
        };
        html! {
            <li key={position} class={classes!("event", future.then_some("future"))}
                data-month={event.month_index.to_string()}>
                <button type="button" class="link-button" onclick={on_click}
                    aria-label={format!("{} (show this month)", event.text)}>
                    { event.text.clone() }
                </button>
                if future { <span class="visually-hidden">{ " (still to come)" }</span> }
            </li>
        }
    });
    html! {
        <section class="panel" aria-labelledby="events-title">
            <h2 id="events-title">{ "Event log" }</h2>
            <ol class="event-log" data-testid="event-log">{ for items }</ol>
        </section>
    }
}
