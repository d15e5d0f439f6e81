//! The month scrubber with play, pause, step and reset: the teacher's remote control.

use yew::prelude::*;

use crate::app::state::Action;
use crate::model::{month_label, YearMonth};

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
pub fn position_text(start: YearMonth, horizon_months: u32, month: Option<u32>) -> String {
    match month {
        Some(index) => format!(
            "Month {} of {} · {}",
            index + 1,
            horizon_months,
            month_label(start, index)
        ),
        None => format!(
            "All {} months · {} to {}",
            horizon_months,
            month_label(start, 0),
            month_label(start, horizon_months.saturating_sub(1))
        ),
    }
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
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
        html! { <button type="button" data-testid="pause" onclick={emit(Action::Pause)}>{ "Pause" }</button> }
    } else {
        html! { <button type="button" data-testid="play" onclick={emit(Action::Play)}>{ "Play" }</button> }
    };
    html! {
        <section class="panel timeline" aria-label="Timeline">
            <div class="timeline-buttons">
                <button type="button" data-testid="step-back" aria-label="Previous month" onclick={emit(Action::StepMonth(-1))}>{ "◀ Month" }</button>
                { play_pause }
                <button type="button" data-testid="step-forward" aria-label="Next month" onclick={emit(Action::StepMonth(1))}>{ "Month ▶" }</button>
                <button type="button" data-testid="timeline-reset" onclick={emit(Action::ShowWholeHorizon)}>{ "Whole horizon" }</button>
            </div>
            <label class="timeline-scrubber">
                <span class="visually-hidden">{ "Month shown" }</span>
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
            <p class="timeline-position" data-testid="timeline-position" aria-live="polite">
                { position_text(props.start, props.horizon_months, props.month) }
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
            position_text(start, 66, Some(29)),
            "Month 30 of 66 · Mar 2023"
        );
        assert_eq!(
            position_text(start, 12, None),
            "All 12 months · Oct 2020 to Sep 2021"
        );
    }
}
