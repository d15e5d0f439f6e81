//! The game screen: two players take the sides of the standoff and move round by round, on
//! one device (with a hand-over screen between turns) or by exchanging links; a finished game
//! shows its debrief.

mod debrief;
mod move_form;

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::components::app_root::report_charts::report_charts;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::effects::url_fragment::WATCH_KEY;
use crate::app::game_session::{GameAction, GameSession, PlayMode};
use crate::app::state::Action;
use crate::app::use_lang;
use debrief::GameDebrief;
use move_form::MoveForm;
use standoff_core::game::{stake, CustomerMove, Measure, Move, Played, Turn, VendorMove};
use standoff_core::model::{LocalText, Scenario, Side};
use standoff_words::format::{money, money_compact, month_label, percent};
use standoff_words::game::{
    customer_move, game_error, game_of, hand_over, round_heading, stake_line, to_move, vendor_move,
    GameMsg,
};
use standoff_words::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct GameScreenProps {
    pub session: GameSession,
    /// The link to this game as it stands, for the other player (links mode).
    pub link: AttrValue,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn GameScreen(props: &GameScreenProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let played = use_memo(session.game.clone(), |game| game.replay().map(Rc::new));
    let scenario = &session.game.scenario;
    let currency = scenario.customer.currency.clone();
    let on_leave = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::LeaveGame))
    };
    let body = match &*played {
        Ok(played) => body(props, lang, played),
        Err(error) => html! {
            <p class="field-error" role="alert" data-testid="game-error">{ game_error(lang, error, &currency) }</p>
        },
    };
    html! {
        <main class="game" data-testid="game">
            <header class="game-header">
                <h1>{ game_of(lang, &scenario.title) }</h1>
                <button type="button" data-testid="leave-game" onclick={on_leave}>{ lang.t(GameMsg::Leave) }</button>
            </header>
            if let Some(error) = &session.rejected {
                <p class="field-error" role="alert" data-testid="move-rejected">{ game_error(lang, error, &currency) }</p>
            }
            { body }
        </main>
    }
}

fn body(props: &GameScreenProps, lang: Lang, played: &Rc<Played>) -> Html {
    let session = &props.session;
    let scenario = &session.game.scenario;
    match played.turn {
        Turn::Over => html! {
            <>
                <GameDebrief game={session.game.clone()} played={played.clone()} />
                { history(lang, scenario, played) }
            </>
        },
        turn => {
            let side = turn.side().unwrap_or(Side::Customer);
            let round = match turn {
                Turn::Customer { round } | Turn::Vendor { round } => round,
                Turn::Over => 0,
            };
            let month = month_label(lang, scenario.start, session.game.rules.last_month(round));
            html! {
                <>
                    <section class="panel game-status" aria-live="polite">
                        <h2 data-testid="game-round">{ round_heading(lang, round, session.game.rules.max_rounds, &month) }</h2>
                        <p data-testid="game-turn">{ to_move(lang, party_name(scenario, side), side) }</p>
                        { position(lang, scenario, played) }
                    </section>
                    { turn_panel(props, lang, played, turn) }
                    { history(lang, scenario, played) }
                    { chart(lang, scenario, played, round, &session.game.rules) }
                </>
            }
        }
    }
}

fn party_name(scenario: &Scenario, side: Side) -> &str {
    match side {
        Side::Customer => &scenario.customer.name,
        Side::Vendor => &scenario.vendor.name,
    }
}

/// What is overdue and the whole claim for the move to make: before the customer's move, at
/// its round's end if it pays nothing; before the vendor's answer, as the customer found them.
fn standing(played: &Played) -> Option<(Decimal, Decimal)> {
    match (played.position, played.records.last()) {
        (Some(position), _) => Some((position.overdue, position.claim)),
        (None, Some(record)) => Some((record.overdue, record.claim)),
        (None, None) => None,
    }
}

/// What is overdue and the whole claim, as both players see them.
fn position(lang: Lang, scenario: &Scenario, played: &Played) -> Html {
    let currency = &scenario.customer.currency;
    let Some((overdue, claim)) = standing(played) else {
        return Html::default();
    };
    html! {
        <dl class="game-position">
            <dt>{ lang.t(GameMsg::Overdue) }</dt>
            <dd data-testid="game-overdue" title={money(lang, overdue, currency)}>{ money_compact(lang, overdue, currency) }</dd>
            <dt>{ lang.t(GameMsg::Claim) }</dt>
            <dd data-testid="game-claim" title={money(lang, claim, currency)}>{ money_compact(lang, claim, currency) }</dd>
        </dl>
    }
}

/// The hand-over screen, the player's private brief and move form, or the wait for the
/// other player.
fn turn_panel(props: &GameScreenProps, lang: Lang, played: &Played, turn: Turn) -> Html {
    let session = &props.session;
    let scenario = &session.game.scenario;
    let side = turn.side().unwrap_or(Side::Customer);
    if session.mode == PlayMode::HotSeat && session.handing_over {
        let on_ready = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::Game(GameAction::Ready)))
        };
        return html! {
            <section class="panel hand-over" data-testid="hand-over">
                <p>{ hand_over(lang, party_name(scenario, side), side) }</p>
                <button type="button" data-testid="ready" onclick={on_ready}>{ lang.t(GameMsg::Continue) }</button>
            </section>
        };
    }
    let Some(mover) = session.may_move(turn) else {
        let text = if session.me.is_none() {
            GameMsg::Spectating
        } else {
            GameMsg::Waiting
        };
        return html! {
            <section class="panel">
                <p data-testid="game-waiting">{ lang.t(text) }</p>
                { link_for_other(lang, props) }
            </section>
        };
    };
    html! {
        <section class="panel game-turn" aria-labelledby="your-move">
            <h2 id="your-move">{ lang.t(GameMsg::YourMove) }</h2>
            if session.shows_private(mover, turn) {
                { brief(lang, scenario, mover, session.briefs.as_deref()) }
            }
            { form(props, played, mover) }
        </section>
    }
}

/// By links: the link to send the other player, and the one to let others watch.
fn link_for_other(lang: Lang, props: &GameScreenProps) -> Html {
    if props.session.mode != PlayMode::Links || props.session.me.is_none() {
        return Html::default();
    }
    let watch = format!("{}&{WATCH_KEY}=1", props.link);
    html! {
        <>
            <label class="field">
                <span>{ lang.t(GameMsg::LinkForOther) }</span>
                <input type="text" readonly=true data-testid="game-link" value={props.link.clone()} />
            </label>
            <label class="field">
                <span>{ lang.t(GameMsg::LinkToWatch) }</span>
                <input type="text" readonly=true data-testid="watch-link" value={watch} />
            </label>
        </>
    }
}

/// A side's private facts: the lesson's brief for it, if a lesson step started the game, then
/// its cash and its discount rate.
fn brief(
    lang: Lang,
    scenario: &Scenario,
    side: Side,
    briefs: Option<&(LocalText, LocalText)>,
) -> Html {
    let party = match side {
        Side::Customer => &scenario.customer,
        Side::Vendor => &scenario.vendor,
    };
    let lesson = briefs.map(|(customer, vendor)| match side {
        Side::Customer => customer.get(lang.code()).to_string(),
        Side::Vendor => vendor.get(lang.code()).to_string(),
    });
    let currency = &party.currency;
    html! {
        <aside class="game-brief" data-testid="private-brief" aria-label={lang.t(GameMsg::PrivateBrief)}>
            <h3>{ lang.t(GameMsg::PrivateBrief) }</h3>
            <p class="hint">{ lang.t(GameMsg::PrivateNote) }</p>
            if let Some(text) = lesson {
                <p data-testid="lesson-brief">{ text }</p>
            }
            <dl>
                <dt>{ lang.t(GameMsg::CashOnHand) }</dt>
                <dd data-testid="brief-cash">{ money(lang, party.cash_on_hand, currency) }</dd>
                <dt>{ lang.t(GameMsg::DiscountRate) }</dt>
                <dd data-testid="brief-rate">{ percent(lang, party.discount_rate) }</dd>
            </dl>
            <h4>{ lang.t(if side == Side::Vendor { GameMsg::MeasureCosts } else { GameMsg::MeasuresAgainstYou }) }</h4>
            <ul data-testid="brief-stakes">
                { for Measure::ALL.iter().map(|m| {
                    let other = party_name(scenario, match side { Side::Customer => Side::Vendor, Side::Vendor => Side::Customer });
                    html! { <li key={format!("{m:?}")}>{ stake_line(lang, *m, &stake(scenario, *m), side, other, currency) }</li> }
                }) }
            </ul>
        </aside>
    }
}

fn form(props: &GameScreenProps, played: &Played, side: Side) -> Html {
    let game = &props.session.game;
    let rounds = &game.rounds;
    let round = u32::try_from(played.records.len()).unwrap_or(u32::MAX);
    let (overdue, claim) = standing(played).unwrap_or_default();
    let offer = side == Side::Vendor
        && matches!(
            rounds.last().map(|r| &r.customer),
            Some(CustomerMove::Propose { .. })
        );
    let counter = side == Side::Customer
        && matches!(
            rounds.last().and_then(|r| r.vendor.as_ref()),
            Some(VendorMove::Counter { .. })
        );
    let taken: Vec<Measure> = rounds
        .iter()
        .filter_map(|r| match r.vendor {
            Some(VendorMove::Take { measure }) => Some(measure),
            _ => None,
        })
        .collect();
    let on_move = {
        let on_action = props.on_action.clone();
        Callback::from(move |mv: Move| on_action.emit(Action::Game(GameAction::Move(mv))))
    };
    // A new form for every turn, so that a choice made for one move never carries over.
    let key = format!("{round}-{side:?}");
    html! {
        <MoveForm {key} {side} currency={game.scenario.customer.currency.clone()} {overdue} {claim}
            {offer} {counter} {taken} round={round.max(1)} rounds={game.rules.max_rounds} {on_move} />
    }
}

/// Every round so far: its month, what was overdue, what was paid and both moves.
fn history(lang: Lang, scenario: &Scenario, played: &Played) -> Html {
    let currency = &scenario.customer.currency;
    html! {
        <section class="panel game-wide" aria-labelledby="game-history">
            <h2 id="game-history">{ lang.t(GameMsg::History) }</h2>
            if played.records.is_empty() {
                <p>{ lang.t(GameMsg::NoMovesYet) }</p>
            } else {
                <table class="game-history" data-testid="game-history">
                    <thead><tr>
                        <th scope="col">{ lang.t(GameMsg::RoundColumn) }</th>
                        <th scope="col">{ lang.t(GameMsg::MonthColumn) }</th>
                        <th scope="col">{ lang.t(GameMsg::Overdue) }</th>
                        <th scope="col">{ lang.t(GameMsg::PaidColumn) }</th>
                        <th scope="col">{ lang.t(GameMsg::CustomerColumn) }</th>
                        <th scope="col">{ lang.t(GameMsg::VendorColumn) }</th>
                    </tr></thead>
                    <tbody>
                        { for played.records.iter().map(|record| html! {
                            <tr key={record.round}>
                                <th scope="row">{ record.round.saturating_add(1) }</th>
                                <td>{ month_label(lang, scenario.start, record.last_month) }</td>
                                <td>{ money_compact(lang, record.overdue, currency) }</td>
                                <td>{ money_compact(lang, record.paid, currency) }</td>
                                <td>{ customer_move(lang, &record.moves.customer, currency) }</td>
                                <td>{ record.moves.vendor.as_ref().map(|mv| vendor_move(lang, mv, currency)).unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

/// Each side's cash against paying on time, as the moves so far make it, with the cursor at
/// the current round's end.
fn chart(
    lang: Lang,
    scenario: &Scenario,
    played: &Played,
    round: u32,
    rules: &standoff_core::game::GameRules,
) -> Html {
    let charts = report_charts(lang, Some(&played.report), &played.scenario, None);
    let month = rules
        .last_month(round)
        .min(scenario.horizon_months.saturating_sub(1));
    html! {
        <section class="panel game-wide" aria-label={lang.t(Msg::CashChartLabel)}>
            <ChartCanvas spec={charts.cash.clone()} month={Some(month)} label={lang.t(Msg::CashChartLabel)} />
        </section>
    }
}
