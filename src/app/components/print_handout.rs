//! The printed handout: one page (A4 or Letter) with the scenario's title, the key figures,
//! with several vendors or a budget the triage (whom to pay first, why, and the table of
//! every vendor), the two main charts (the screen's canvases, kept by the print style sheet),
//! the event log cut to fit with "…and N more", and the link as text with its QR code.
//!
//! The two parts are hidden on screen and shown only in print (`styles/print.css`), placed
//! around the charts: the head before them, the foot after.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::app_root::state_hook::Vendors;
use crate::app::components::headline::figures;
use crate::app::components::qr_code::QrCodeView;
use crate::app::components::timeline::position_text;
use crate::app::components::vendors_panel::{triage_view, TriagePlace};
use crate::app::state::scenario_label;
use crate::app::use_lang;
use standoff_core::engine::Report;
use standoff_core::model::Scenario;
use standoff_words::classroom::{and_more, ClassMsg};
use standoff_words::events::event_sentence;
use standoff_words::triage::TriageMsg;
use standoff_words::Msg;

/// The most events a handout lists; the rest are counted in one closing line so that the
/// page never spills onto a second one.
pub const HANDOUT_EVENTS_MAX: usize = 8;

/// Of `count` events, how many a handout lists and how many it leaves out.
pub fn handout_split(count: usize, max: usize) -> (usize, usize) {
    if count <= max {
        (count, 0)
    } else {
        // The last line is "…and N more", so one event fewer is listed.
        let shown = max.saturating_sub(1);
        (shown, count - shown)
    }
}

/// The events to print and how many are left out.
pub fn handout_events(events: &[String], max: usize) -> (Vec<String>, usize) {
    let (shown, more) = handout_split(events.len(), max);
    (events.iter().take(shown).cloned().collect(), more)
}

#[derive(Properties, PartialEq)]
pub struct HandoutHeadProps {
    /// The scenario shown (its title and the position of the month).
    pub scenario: Rc<Scenario>,
    pub report: Option<Rc<Report>>,
    /// The timeline's month.
    pub month: Option<u32>,
    /// With several vendors or a budget, the triage the vendors panel shows.
    #[prop_or_default]
    pub vendors: Rc<Option<Vendors>>,
}

/// The handout's head: the title, the month, the headline figures and with several vendors
/// the triage, before the charts.
#[function_component]
pub fn HandoutHead(props: &HandoutHeadProps) -> Html {
    let lang = use_lang();
    let scenario = &props.scenario;
    let items = props
        .report
        .as_ref()
        .map(|report| figures(report, props.month, lang))
        .unwrap_or_default()
        .into_iter()
        .map(|figure| {
            html! {
                <div class="handout-figure" key={figure.test_id}>
                    <dt>{ lang.t(figure.label) }</dt>
                    <dd data-testid={format!("handout-{}", figure.test_id)}>{ figure.value }</dd>
                </div>
            }
        });
    // The triage takes room on the page, so the print style sheet draws the charts smaller
    // after a head that has one.
    let triage = Option::as_ref(&*props.vendors).map(|vendors| {
        html! {
            <div class="handout-triage" data-testid="handout-triage">
                <h3>{ lang.t(TriageMsg::Title) }</h3>
                { triage_view(lang, vendors, TriagePlace::Print) }
            </div>
        }
    });
    html! {
        <section class={classes!("print-only", "handout-head", triage.is_some().then_some("with-triage"))} data-testid="handout-head">
            <h2 class="handout-title">{ scenario_label(scenario) }</h2>
            <p class="handout-month">{ position_text(lang, scenario.start, scenario.horizon_months, props.month) }</p>
            <dl class="handout-figures">{ for items }</dl>
            { triage.unwrap_or_default() }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct HandoutFootProps {
    /// The scenario whose events are worded.
    pub scenario: Rc<Scenario>,
    pub report: Option<Rc<Report>>,
    /// The page's link, printed and as a QR code.
    pub link: AttrValue,
    /// Whether the QR code is drawn. Encoding it takes about a quarter of a phone's first
    /// render (it is print-only, never on screen), so the page asks for it once the first
    /// screen has been painted; printing comes much later.
    #[prop_or(true)]
    pub qr: bool,
}

/// The handout's foot: the event log, the QR code and the link, after the charts.
#[function_component]
pub fn HandoutFoot(props: &HandoutFootProps) -> Html {
    let lang = use_lang();
    // Only the sentences that are printed are written: the foot re-renders on every input,
    // and a long log would otherwise be put into words just to be counted.
    let events = props
        .report
        .as_ref()
        .map(|report| report.events.as_slice())
        .unwrap_or_default();
    let (count, more) = handout_split(events.len(), HANDOUT_EVENTS_MAX);
    let shown: Vec<String> = events
        .iter()
        .take(count)
        .map(|event| event_sentence(lang, event, &props.scenario))
        .collect();
    html! {
        <section class="print-only handout-foot" data-testid="handout-foot">
            <div class="handout-events">
                <h3>{ lang.t(Msg::EventLog) }</h3>
                if shown.is_empty() {
                    <p>{ lang.t(Msg::NothingHappens) }</p>
                } else {
                    <ol data-testid="handout-events">
                        { for shown.iter().map(|event| html! { <li>{ event.clone() }</li> }) }
                    </ol>
                    if more > 0 {
                        <p class="handout-more" data-testid="handout-more">{ and_more(lang, more) }</p>
                    }
                }
            </div>
            <div class="handout-qr">
                if props.qr {
                    <QrCodeView text={props.link.clone()} class={classes!("qr-print")} />
                }
            </div>
            <p class="handout-link"><strong>{ lang.t(ClassMsg::HandoutLink) }</strong>{ " " }<span data-testid="handout-link">{ props.link.clone() }</span></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_log_is_cut_with_a_count_of_the_rest() {
        let events: Vec<String> = (1..=20).map(|n| format!("event {n}")).collect();
        let (shown, more) = handout_events(&events, 8);
        // Seven events and the line "…and 13 more" fill the eight lines.
        assert_eq!(shown.len(), 7);
        assert_eq!(shown.last().map(String::as_str), Some("event 7"));
        assert_eq!(more, 13);
        let (all, none) = handout_events(&events[..8], 8);
        assert_eq!((all.len(), none), (8, 0));
    }
}
