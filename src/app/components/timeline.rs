//! The month scrubber with play, pause, step and reset: the teacher's remote control.

use yew::prelude::*;

use crate::app::state::Action;
use crate::app::use_lang;
use standoff_core::model::YearMonth;
use standoff_words::format::{count, month_label};
use standoff_words::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub start: YearMonth,
    pub horizon_months: u32,
    /// The month shown as "now"; `None` means the whole horizon.
    pub month: Option<u32>,
    pub playing: bool,
    pub on_action: Callback<Action>,
}

/// "Month 27 of 66 · Mar 2023", the words a class reads off the projector.
pub fn position_text(
    lang: Lang,
    start: YearMonth,
    horizon_months: u32,
    month: Option<u32>,
) -> String {
    let total = count(lang, u64::from(horizon_months));
    let first = month_label(lang, start, 0);
    let last = month_label(lang, start, horizon_months.saturating_sub(1));
    match (lang, month) {
        (Lang::En, Some(index)) => format!(
            "Month {} of {total} · {}",
            count(lang, u64::from(index) + 1),
            month_label(lang, start, index)
        ),
        (Lang::Fr, Some(index)) => format!(
            "Mois {} sur {total} · {}",
            count(lang, u64::from(index) + 1),
            month_label(lang, start, index)
        ),
        (Lang::En, None) => format!("All {total} months · {first} to {last}"),
        (Lang::Fr, None) => format!("Les {total} mois · de {first} à {last}"),
    }
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let last = props.horizon_months.saturating_sub(1);
    let shown = props.month.unwrap_or(last).min(last);
    let emit = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let on_scrub = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(month) = input.value().parse::<u32>() {
                on_action.emit(Action::SetMonth(month));
            }
        })
    };
    let play_pause = if props.playing {
        html! { <button type="button" data-testid="pause" onclick={emit(Action::Pause)}>{ lang.t(Msg::Pause) }</button> }
    } else {
        html! { <button type="button" data-testid="play" onclick={emit(Action::Play)}>{ lang.t(Msg::Play) }</button> }
    };
    html! {
        <section class="panel timeline" aria-label={lang.t(Msg::Timeline)}>
            <div class="timeline-buttons">
                <button type="button" data-testid="step-back" aria-label={lang.t(Msg::PreviousMonth)} onclick={emit(Action::StepMonth(-1))}>{ lang.t(Msg::StepBack) }</button>
                { play_pause }
                <button type="button" data-testid="step-forward" aria-label={lang.t(Msg::NextMonth)} onclick={emit(Action::StepMonth(1))}>{ lang.t(Msg::StepForward) }</button>
                <button type="button" data-testid="timeline-reset" onclick={emit(Action::ShowWholeHorizon)}>{ lang.t(Msg::WholeHorizon) }</button>
            </div>
            <label class="timeline-scrubber">
                <span class="visually-hidden">{ lang.t(Msg::MonthShown) }</span>
                <input
                    type="range"
                    id="timeline-month"
                    min="0"
                    max={last.to_string()}
                    step="1"
                    value={shown.to_string()}
                    oninput={on_scrub}
                />
            </label>
            <p class="timeline-position" data-testid="timeline-position">
                { position_text(lang, props.start, props.horizon_months, props.month) }
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_position_names_the_month_and_the_calendar() {
        let start = YearMonth {
            year: 2020,
            month: 10,
        };
        // Month index 29 from Oct 2020 is Mar 2023 (Oct 2020 + 29 months).
        assert_eq!(
            position_text(Lang::En, start, 66, Some(29)),
            "Month 30 of 66 · Mar 2023"
        );
        assert_eq!(
            position_text(Lang::En, start, 12, None),
            "All 12 months · Oct 2020 to Sep 2021"
        );
        assert_eq!(
            position_text(Lang::Fr, start, 66, Some(29)),
            "Mois 30 sur 66 · mars 2023"
        );
        assert_eq!(
            position_text(Lang::Fr, start, 12, None),
            "Les 12 mois · de octobre 2020 à septembre 2021"
        );
    }
}
