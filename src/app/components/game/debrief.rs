//! The debrief of a finished game: how it ended and who blinked, what the analysis predicted,
//! each side's NPV against settling in round 1, and the moves that cost most.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::charts::game_path::game_path;
use crate::app::charts::spec::ChartSpec;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::use_lang;
use standoff_core::analysis::{bargaining, verdict, BargainingOptions, Deal, Verdict};
use standoff_core::engine::{simulate, Report};
use standoff_core::game::{debrief, Debrief, End, Game, Played};
use standoff_words::format::{money, money_compact};
use standoff_words::game::{costly_move, end, game_error, round_one_label, GameMsg};
use standoff_words::verdict::verdict_sentences;
use standoff_words::Lang;

#[derive(Properties, PartialEq)]
pub struct GameDebriefProps {
    pub game: Rc<Game>,
    pub played: Rc<Played>,
}

/// The prediction for the game's scenario as given, the debrief priced at its Nash share, and
/// the game's path beside the prediction.
struct Reading {
    sentences: Option<[String; 3]>,
    debrief: Result<Option<Debrief>, String>,
    path: Rc<ChartSpec>,
}

fn read(lang: Lang, game: &Game, played: &Played) -> Reading {
    let scenario = &game.scenario;
    let predicted: Option<Verdict> = bargaining(scenario, &BargainingOptions::default())
        .ok()
        .and_then(|b| verdict(&b, scenario.horizon_months).ok());
    let report = simulate(scenario).ok();
    let sentences = match (&predicted, &report) {
        (Some(v), Some(report)) => Some(verdict_sentences(lang, report, v)),
        _ => None,
    };
    let share = match (&predicted, &report) {
        (Some(v), Some(report)) => nash_share(report, v),
        _ => None,
    };
    let debrief = debrief(game, played, share)
        .map_err(|error| game_error(lang, &error, &scenario.customer.currency));
    let deal_month = match played.end {
        Some(End::Settled { round, .. }) => Some(game.rules.last_month(round)),
        _ => None,
    };
    let predicted_month = predicted
        .and_then(|v| v.blink)
        .map(|blink| blink.median_month);
    let path = game_path(
        lang,
        &played.report,
        &played.scenario,
        deal_month,
        predicted_month,
    );
    Reading {
        sentences,
        debrief,
        path,
    }
}

/// The Nash price as a share of the claim it prices: the claim at the analysis's deal month in
/// `report`, the scenario's own.
fn nash_share(report: &Report, v: &Verdict) -> Option<rust_decimal::Decimal> {
    let Deal::Zone {
        nash: Some(nash), ..
    } = v.deal
    else {
        return None;
    };
    let month = report.months.get(usize::try_from(v.deal_month).ok()?)?;
    nash.checked_div(month.open_claim()?)
}

#[function_component]
pub fn GameDebrief(props: &GameDebriefProps) -> Html {
    let lang = use_lang();
    let reading = use_memo((props.game.clone(), lang), {
        let played = props.played.clone();
        move |(game, lang)| read(*lang, game, &played)
    });
    let scenario = &props.game.scenario;
    let currency = scenario.customer.currency.as_str();
    let names = (
        scenario.customer.name.as_str(),
        scenario.vendor.name.as_str(),
    );
    let outcome = match &reading.debrief {
        Ok(Some(d)) => d,
        Ok(None) => return Html::default(),
        Err(text) => return html! { <p class="field-error" role="alert">{ text.clone() }</p> },
    };
    let npv = |value| html! { <td title={money(lang, value, currency)}>{ money_compact(lang, value, currency) }</td> };
    html! {
        <section class="panel game-debrief" data-testid="debrief" aria-labelledby="debrief-title">
            <h2 id="debrief-title">{ lang.t(GameMsg::Debrief) }</h2>
            <p class="debrief-end" data-testid="debrief-end">{ end(lang, &outcome.end, names, currency) }</p>
            <table class="debrief-npv" data-testid="debrief-npv">
                <thead><tr>
                    <th scope="col"></th>
                    <th scope="col">{ lang.t(GameMsg::CustomerNpv) }</th>
                    <th scope="col">{ lang.t(GameMsg::VendorNpv) }</th>
                </tr></thead>
                <tbody>
                    <tr data-testid="debrief-played">
                        <th scope="row">{ lang.t(GameMsg::AsPlayed) }</th>
                        { npv(outcome.customer_npv) }{ npv(outcome.vendor_npv) }
                    </tr>
                    if let Some(one) = &outcome.round_one {
                        <tr data-testid="debrief-round-one">
                            <th scope="row">{ round_one_label(lang, one.share, &money_compact(lang, one.price, currency)) }</th>
                            { npv(one.customer_npv) }{ npv(one.vendor_npv) }
                        </tr>
                    }
                </tbody>
            </table>
            if let Some(sentences) = &reading.sentences {
                <h3>{ lang.t(GameMsg::Prediction) }</h3>
                <ul data-testid="debrief-prediction">
                    { for sentences.iter().filter(|s| !s.is_empty()).map(|s| html! { <li>{ s.clone() }</li> }) }
                </ul>
            }
            <ChartCanvas spec={reading.path.clone()} label={lang.t(GameMsg::PathChart)} />
            <h3>{ lang.t(GameMsg::CostliestMoves) }</h3>
            if outcome.costliest.is_empty() {
                <p>{ lang.t(GameMsg::NoCostlyMove) }</p>
            } else {
                <ol data-testid="debrief-costliest">
                    { for outcome.costliest.iter().map(|c| html! {
                        <li>{ costly_move(lang, c.round, c.side, &money_compact(lang, c.cost, currency)) }</li>
                    }) }
                </ol>
            }
        </section>
    }
}
