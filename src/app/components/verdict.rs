//! The verdict at the top of the page: who has the leverage, who is likelier to blink first
//! and when, and what a deal looks like, in two or three sentences of the reader's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::game_session::PlayMode;
use crate::app::use_lang;
use standoff_core::analysis::{AnalysisError, Verdict};
use standoff_core::engine::Report;
use standoff_words::classroom::{start_lesson, ClassMsg};
use standoff_words::errors::analysis_error;
use standoff_words::game::GameMsg;
use standoff_words::verdict::verdict_sentences;
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    /// The report the verdict was read from: its names, currency and calendar.
    pub report: Rc<Report>,
    pub verdict: Rc<Result<Verdict, AnalysisError>>,
    /// Whether the scenario has several vendors or a budget: the line saying what to try then
    /// points at the budget and the allocation rule.
    #[prop_or_default]
    pub several_vendors: bool,
    /// The number of steps of the scenario's lesson (0 when it has none).
    #[prop_or_default]
    pub lesson_steps: u32,
    /// Starts presenter mode, on the lesson's first step when there is a lesson. With it, the
    /// panel ends on a line saying what to try (the normal page); without it, the verdict
    /// stands alone (presenter mode).
    #[prop_or_default]
    pub on_present: Option<Callback<MouseEvent>>,
    /// Starts a game of the scenario, played on this device or by exchanging links (the
    /// normal page only).
    #[prop_or_default]
    pub on_play: Option<Callback<PlayMode>>,
}

/// The verdict, or why there is none, as a polite live region: a reader hears the new
/// verdict when a lever moves.
#[function_component]
pub fn VerdictPanel(props: &VerdictProps) -> Html {
    let lang = use_lang();
    let body = match props.verdict.as_ref() {
        Ok(verdict) => {
            let [leverage, blink, deal] = verdict_sentences(lang, &props.report, verdict);
            html! {
                <>
                    <p data-testid="verdict-leverage">{ leverage }</p>
                    <p data-testid="verdict-blink">{ blink }</p>
                    <p data-testid="verdict-deal">{ deal }</p>
                </>
            }
        }
        Err(error) => html! { <p data-testid="verdict-error">{ analysis_error(lang, error) }</p> },
    };
    html! {
        <section class="verdict" aria-labelledby="verdict-title" data-testid="verdict">
            <h2 id="verdict-title">{ lang.t(Msg::VerdictTitle) }</h2>
            // Only the sentences are a live region: a reader hears the new verdict when a lever
            // moves, not the unchanged line under it.
            <div aria-live="polite">{ body }</div>
            if let Some(on_present) = props.on_present.clone() {
                <p class="try-line" data-testid="try-line">
                    <span>{ lang.t(if props.several_vendors { ClassMsg::TryLineVendors } else { ClassMsg::TryLine }) }</span>
                    if props.lesson_steps > 0 {
                        { " " }
                        <button type="button" data-testid="start-lesson" onclick={on_present}>
                            { start_lesson(lang, props.lesson_steps) }
                        </button>
                    }
                </p>
            }
            if let Some(on_play) = props.on_play.clone() {
                <p class="play-line">
                    <span>{ lang.t(GameMsg::Play) }{ lang.t(Msg::Colon) }{ " " }</span>
                    <button type="button" data-testid="play-hot-seat"
                        onclick={on_play.reform(|_: MouseEvent| PlayMode::HotSeat)}>{ lang.t(GameMsg::HotSeat) }</button>
                    { " " }
                    <button type="button" data-testid="play-links"
                        onclick={on_play.reform(|_: MouseEvent| PlayMode::Links)}>{ lang.t(GameMsg::ByLinks) }</button>
                </p>
            }
        </section>
    }
}
