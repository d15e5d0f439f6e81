//! The verdict at the top of the page: who has the leverage, who is likelier to blink first
//! and when, and what a deal looks like, in two or three sentences of the reader's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_lang;
use standoff_core::analysis::{AnalysisError, Verdict};
use standoff_core::engine::Report;
use standoff_words::errors::analysis_error;
use standoff_words::verdict::verdict_sentences;
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    /// The report the verdict was read from: its names, currency and calendar.
    pub report: Rc<Report>,
    pub verdict: Rc<Result<Verdict, AnalysisError>>,
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
        <section class="verdict" aria-labelledby="verdict-title" data-testid="verdict" aria-live="polite">
            <h2 id="verdict-title">{ lang.t(Msg::VerdictTitle) }</h2>
            { body }
        </section>
    }
}
