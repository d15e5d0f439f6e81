//! The event log in plain sentences, in the reader's language; each event jumps the
//! timeline to its month.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::Action;
use crate::app::use_lang;
use standoff_core::engine::Report;
use standoff_core::model::Scenario;
use standoff_words::events::event_sentence;
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct EventLogProps {
    /// The report whose events are listed. Shared with the rest of the page, and new exactly
    /// when the scenario changes, so the log needs no copy of its events.
    pub report: Rc<Report>,
    /// The scenario the events belong to: the parties' names, the currency, the start month.
    pub scenario: Rc<Scenario>,
    /// Events after this month are shown greyed as "still to come".
    pub month: Option<u32>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn EventLog(props: &EventLogProps) -> Html {
    let lang = use_lang();
    let events = &props.report.events;
    if events.is_empty() {
        return html! {
            <section class="panel" aria-labelledby="events-title">
                <h2 id="events-title">{ lang.t(Msg::EventLog) }</h2>
                <p>{ lang.t(Msg::NothingHappens) }</p>
            </section>
        };
    }
    let items = events.iter().enumerate().map(|(position, event)| {
        let future = props.month.is_some_and(|month| event.month_index > month);
        let on_click = {
            let on_action = props.on_action.clone();
            let month = event.month_index;
            Callback::from(move |_: MouseEvent| on_action.emit(Action::SetMonth(month)))
        };
        let text = event_sentence(lang, event, &props.scenario);
        html! {
            <li key={position} class={classes!("event", future.then_some("future"))}
                data-month={event.month_index.to_string()}>
                <button type="button" class="link-button" onclick={on_click}
                    aria-label={format!("{text} ({})", lang.t(Msg::ShowThisMonth))}>
                    { text }
                </button>
                if future { <span class="visually-hidden">{ format!(" ({})", lang.t(Msg::StillToCome)) }</span> }
            </li>
        }
    });
    html! {
        <section class="panel" aria-labelledby="events-title">
            <h2 id="events-title">{ lang.t(Msg::EventLog) }</h2>
            <ol class="event-log" data-testid="event-log">{ for items }</ol>
        </section>
    }
}
