//! The screen reader's narrator: a polite live region, visually hidden, that says what the
//! month on the timeline shows whenever it changes — the month, the headline amounts and the
//! events of that month — so that a reader who presses Play hears the standoff unfold, and
//! one who moves a slider hears the new result.
//!
//! It speaks only once a month is selected (stepping, scrubbing, playing, an event clicked):
//! with the whole horizon shown there is no "now" to narrate, and the figures are on screen.

use yew::prelude::*;

use crate::app::components::timeline::position_text;
use standoff_core::engine::Report;
use standoff_core::model::Scenario;
use standoff_words::events::event_sentence;
use standoff_words::format::money;
use standoff_words::tr;
use standoff_words::Lang;

/// What the live region says at `month`: "Month 39 of 66 · Mar 2023. Arrears $58,400,000;
/// billed and unpaid $60,300,000; shortfall not yet billed $12,750,000. Month 39 (Mar 2023):
/// AWS halts advertising." Empty without a month.
pub fn announcement(
    lang: Lang,
    report: &Report,
    scenario: &Scenario,
    month: Option<u32>,
) -> String {
    let Some(index) = month else {
        return String::new();
    };
    let Some(row) = usize::try_from(index)
        .ok()
        .and_then(|i| report.months.get(i))
    else {
        return String::new();
    };
    let position = position_text(lang, scenario.start, scenario.horizon_months, Some(index));
    let currency = report.currency.as_str();
    let (arrears, billed, shortfall) = (
        money(lang, row.arrears, currency),
        money(lang, row.billed_unpaid, currency),
        money(lang, row.shortfall_exposure, currency),
    );
    let figures = tr!(lang,
        en: "Arrears {arrears}; billed and unpaid {billed}; shortfall not yet billed {shortfall}.";
        fr: "Arriérés {arrears}\u{202f}; facturé impayé {billed}\u{202f}; déficit non facturé {shortfall}.");
    let events: Vec<String> = report
        .events
        .iter()
        .filter(|event| event.month_index == index)
        .map(|event| event_sentence(lang, event, scenario))
        .collect();
    let mut text = format!("{position}. {figures}");
    for event in events {
        text.push(' ');
        text.push_str(&event);
    }
    text
}

/// Renders the live region for `report` (`None` when the simulation failed: its error is an
/// alert of its own).
pub fn announcer(
    lang: Lang,
    report: Option<&Report>,
    scenario: &Scenario,
    month: Option<u32>,
) -> Html {
    let text = report
        .map(|report| announcement(lang, report, scenario, month))
        .unwrap_or_default();
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"
            data-testid="announcer">{ text }</div>
    }
}
