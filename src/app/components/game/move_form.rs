//! The form a player makes a move with: one choice among the moves this side has, and the
//! amount, share, measure or round the choice needs.

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::state::parse_number_in;
use crate::app::use_lang;
use standoff_core::game::{CustomerMove, Measure, Move, VendorMove};
use standoff_core::model::Side;
use standoff_words::format::money;
use standoff_words::game::{amount_not_read, measure, share_not_read, GameMsg};
use standoff_words::Lang;

#[derive(Properties, PartialEq)]
pub struct MoveFormProps {
    pub side: Side,
    pub currency: AttrValue,
    /// What is overdue and the whole claim, the bounds of amounts and prices.
    pub overdue: Decimal,
    pub claim: Decimal,
    /// The customer offered a price this round (the vendor may answer it).
    pub offer: bool,
    /// The vendor asked a price last round (the customer may accept it).
    pub counter: bool,
    /// The vendor's measures already taken.
    pub taken: Vec<Measure>,
    /// 1-based, and the last round.
    pub round: u32,
    pub rounds: u32,
    pub on_move: Callback<Move>,
}

/// The choices of a side, as (value, label) pairs, the ones that cannot be played now left
/// out.
fn choices(props: &MoveFormProps) -> Vec<(&'static str, GameMsg)> {
    match props.side {
        Side::Customer => {
            let mut all = vec![
                ("nothing", GameMsg::PayNothing),
                ("all", GameMsg::PayAll),
                ("share", GameMsg::PayShare),
                ("amount", GameMsg::LumpSum),
                ("propose", GameMsg::Propose),
            ];
            if props.counter {
                all.push(("accept-counter", GameMsg::AcceptCounter));
            }
            all
        }
        Side::Vendor if props.offer => vec![
            ("accept", GameMsg::Accept),
            ("reject", GameMsg::Reject),
            ("counter", GameMsg::Counter),
        ],
        Side::Vendor => vec![
            ("wait", GameMsg::Wait),
            ("threaten", GameMsg::Threaten),
            ("take", GameMsg::Take),
        ],
    }
}

fn measure_id(m: Measure) -> &'static str {
    match m {
        Measure::Withhold => "withhold",
        Measure::CutAds => "cut-ads",
        Measure::CutData => "cut-data",
        Measure::Suspend => "suspend",
        Measure::Sue => "sue",
    }
}

/// What the form's fields hold.
#[derive(Clone, PartialEq)]
struct Fields {
    choice: String,
    amount: String,
    measure: Measure,
    by_round: String,
}

#[function_component]
pub fn MoveForm(props: &MoveFormProps) -> Html {
    let lang = use_lang();
    let all = choices(props);
    let first = all.first().map_or("", |(value, _)| *value).to_string();
    let fields = use_state(|| Fields {
        choice: first,
        amount: String::new(),
        measure: Measure::Withhold,
        by_round: props.round.saturating_add(2).to_string(),
    });
    let message = use_state(|| None::<String>);
    let set = |update: fn(&mut Fields, String)| {
        let fields = fields.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut next = (*fields).clone();
            update(&mut next, value);
            fields.set(next);
        })
    };
    let onsubmit = {
        let (fields, message, on_move) = (fields.clone(), message.clone(), props.on_move.clone());
        let (side, currency) = (props.side, props.currency.to_string());
        let (overdue, claim) = (props.overdue, props.claim);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match read_move(lang, side, &fields, &currency, (overdue, claim)) {
                Ok(mv) => {
                    message.set(None);
                    on_move.emit(mv);
                }
                Err(text) => message.set(Some(text)),
            }
        })
    };
    let needs = needs_of(&fields.choice);
    let name = format!(
        "move-{}",
        if props.side == Side::Customer {
            "customer"
        } else {
            "vendor"
        }
    );
    html! {
        <form class="move-form" data-testid="move-form" {onsubmit}>
            <fieldset>
                <legend>{ lang.t(GameMsg::YourMove) }</legend>
                { for all.iter().map(|(value, label)| {
                    let id = format!("{name}-{value}");
                    html! {
                        <label key={*value} class="move-choice" for={id.clone()}>
                            <input type="radio" id={id} name={name.clone()} value={*value}
                                checked={fields.choice == *value}
                                onchange={set(|f, v| f.choice = v)} />
                            { lang.t(*label) }
                        </label>
                    }
                }) }
            </fieldset>
            if needs.amount {
                <label class="field">
                    <span>{ if fields.choice == "share" { lang.t(GameMsg::Share) } else { lang.t(GameMsg::Amount) } }</span>
                    <input type="text" inputmode="decimal" data-testid="move-amount"
                        value={fields.amount.clone()} onchange={set(|f, v| f.amount = v)} />
                </label>
            }
            if needs.measure {
                <label class="field">
                    <span>{ lang.t(GameMsg::MeasureLabel) }</span>
                    <select data-testid="move-measure" onchange={set(|f, v| f.measure = measure_of(&v))}>
                        { for Measure::ALL.iter().filter(|m| !props.taken.contains(m)).map(|m| html! {
                            <option key={measure_id(*m)} value={measure_id(*m)} selected={fields.measure == *m}>
                                { measure(lang, *m) }
                            </option>
                        }) }
                    </select>
                </label>
            }
            if needs.round {
                <label class="field">
                    <span>{ lang.t(GameMsg::ByRound) }</span>
                    // No min or max attribute: the browser would refuse the form without saying
                    // why in the page; the game's own message names the allowed rounds.
                    <input type="number" data-testid="move-round" value={fields.by_round.clone()}
                        onchange={set(|f, v| f.by_round = v)} />
                </label>
            }
            if let Some(text) = (*message).clone() {
                <p class="field-error" role="alert" data-testid="move-error">{ text }</p>
            }
            <button type="submit" data-testid="play-move">{ lang.t(GameMsg::PlayMove) }</button>
        </form>
    }
}

struct Needs {
    amount: bool,
    measure: bool,
    round: bool,
}

fn needs_of(choice: &str) -> Needs {
    Needs {
        amount: matches!(choice, "share" | "amount" | "propose" | "counter"),
        measure: matches!(choice, "threaten" | "take"),
        round: choice == "threaten",
    }
}

fn measure_of(id: &str) -> Measure {
    Measure::ALL
        .into_iter()
        .find(|m| measure_id(*m) == id)
        .unwrap_or(Measure::Withhold)
}

/// The move the fields describe, or a message naming the field and its allowed range.
fn read_move(
    lang: Lang,
    side: Side,
    fields: &Fields,
    currency: &str,
    (overdue, claim): (Decimal, Decimal),
) -> Result<Move, String> {
    let amount = |max: Decimal| {
        parse_number_in(lang, &fields.amount)
            .filter(|value| *value > Decimal::ZERO && *value <= max)
            .ok_or_else(|| amount_not_read(lang, &fields.amount, &money(lang, max, currency)))
    };
    let mv = match fields.choice.as_str() {
        "all" => Move::Customer(CustomerMove::PayAll),
        "nothing" => Move::Customer(CustomerMove::PayNothing),
        "share" => {
            let percent = fields
                .amount
                .trim()
                .trim_end_matches('%')
                .trim()
                .parse::<u32>();
            match percent {
                Ok(percent) if (1..=99).contains(&percent) => {
                    Move::Customer(CustomerMove::PayShare { percent })
                }
                _ => return Err(share_not_read(lang, &fields.amount)),
            }
        }
        "amount" => Move::Customer(CustomerMove::LumpSum {
            amount: amount(overdue)?,
        }),
        "propose" => Move::Customer(CustomerMove::Propose {
            price: amount(claim)?,
        }),
        "accept-counter" => Move::Customer(CustomerMove::AcceptCounter),
        "wait" => Move::Vendor(VendorMove::Wait),
        "accept" => Move::Vendor(VendorMove::Accept),
        "reject" => Move::Vendor(VendorMove::Reject),
        "counter" => Move::Vendor(VendorMove::Counter {
            price: amount(claim)?,
        }),
        "take" => Move::Vendor(VendorMove::Take {
            measure: fields.measure,
        }),
        "threaten" => Move::Vendor(VendorMove::Threaten {
            measure: fields.measure,
            by_round: fields.by_round.trim().parse().unwrap_or(0),
        }),
        _ => return Err(lang.t(GameMsg::YourMove).to_string()),
    };
    debug_assert!(matches!(
        (&mv, side),
        (Move::Customer(_), Side::Customer) | (Move::Vendor(_), Side::Vendor)
    ));
    Ok(mv)
}
