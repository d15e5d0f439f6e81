//! Every sentence of a played game is written in both languages, with no English in the
//! French: the moves, the measures, why a move or a game link cannot be used, how a game
//! ended, and the class debrief's reasons.

use rust_decimal_macros::dec;
use standoff_core::game::{
    CustomerMove, End, GameError, Measure, MoveProblem, RulesProblem, Stake, VendorMove,
};
use standoff_core::model::Side;
use standoff_formats::class_debrief::LineProblem;
use standoff_formats::GameLinkError;
use standoff_words::game::{
    class_summary, customer_move, end, game_error, game_link_error, games_at_price,
    hand_over_controls, line_problem, measure, move_problem, rules_problem, stake_line,
    vendor_move, ClassDebriefMsg, GameMsg,
};
use standoff_words::{Lang, Message};

mod support;
use support::check;

fn both(what: &str, words: impl Fn(Lang) -> String) {
    check(what, words(Lang::En), words(Lang::Fr));
}

#[test]
fn every_move_measure_and_end_is_worded_in_both_languages() {
    let customer = [
        CustomerMove::PayAll,
        CustomerMove::PayShare { percent: 40 },
        CustomerMove::PayNothing,
        CustomerMove::LumpSum {
            amount: dec!(250000),
        },
        CustomerMove::Propose {
            price: dec!(3000000),
        },
        CustomerMove::AcceptCounter,
    ];
    for mv in &customer {
        both(&format!("{mv:?}"), |lang| customer_move(lang, mv, "USD"));
    }
    let mut vendor = vec![
        VendorMove::Wait,
        VendorMove::Accept,
        VendorMove::Reject,
        VendorMove::Counter {
            price: dec!(4000000),
        },
    ];
    for m in Measure::ALL {
        both(&format!("{m:?}"), |lang| measure(lang, m).to_string());
        vendor.push(VendorMove::Take { measure: m });
        vendor.push(VendorMove::Threaten {
            measure: m,
            by_round: 5,
        });
    }
    for mv in &vendor {
        both(&format!("{mv:?}"), |lang| vendor_move(lang, mv, "USD"));
    }
    let ends = [
        End::Settled {
            round: 2,
            price: dec!(1800000),
            proposed_by: Side::Vendor,
        },
        End::Settled {
            round: 0,
            price: dec!(1000000),
            proposed_by: Side::Customer,
        },
        End::RoundLimit,
    ];
    for e in &ends {
        both(&format!("{e:?}"), |lang| {
            end(lang, e, ("Platform", "Cloud"), "USD")
        });
    }
    for message in GameMsg::ALL {
        check(
            &format!("{message:?}"),
            message.text(Lang::En).to_string(),
            message.text(Lang::Fr).to_string(),
        );
    }
    for message in ClassDebriefMsg::ALL {
        check(
            &format!("{message:?}"),
            message.text(Lang::En).to_string(),
            message.text(Lang::Fr).to_string(),
        );
    }
    both("hand over", |lang| hand_over_controls(lang, 6));
    both("games at a price", |lang| games_at_price(lang, 10));
    both("one game at a price", |lang| games_at_price(lang, 1));
    let stakes = [
        Stake::Spend {
            monthly: dec!(1000000),
        },
        Stake::Withhold {
            monthly: dec!(1000000),
        },
        Stake::Suspend {
            outage_monthly: dec!(1000000),
            usage_monthly: dec!(1000000),
        },
        Stake::Sue {
            vendor_cost: dec!(240000),
            customer_cost: dec!(240000),
            delay_months: 12,
            win_probability: dec!(0.75),
        },
    ];
    for s in &stakes {
        for side in [Side::Customer, Side::Vendor] {
            both(&format!("{s:?} {side:?}"), |lang| {
                stake_line(lang, Measure::Sue, s, side, "Cloud", "USD")
            });
        }
    }
    assert_eq!(
        stake_line(Lang::En, Measure::Sue, &stakes[3], Side::Vendor, "Platform", "USD"),
        "To sue: it costs you $240.0K; judgment after 12 months, won by the vendor 75 % of the time."
    );
    both("hand over one", |lang| hand_over_controls(lang, 1));
    both("class summary", |lang| {
        class_summary(lang, 30, (10, 10, 10), ("Platform", "Cloud"))
    });
}

#[test]
fn every_reason_a_move_or_a_game_link_is_refused_names_what_is_allowed() {
    let problems = [
        MoveProblem::NotYourTurn {
            to_move: Some(Side::Vendor),
        },
        MoveProblem::NotYourTurn { to_move: None },
        MoveProblem::Share { found: 0 },
        MoveProblem::Amount {
            found: dec!(5),
            max: dec!(2),
        },
        MoveProblem::Price {
            found: dec!(5),
            max: dec!(2),
        },
        MoveProblem::NoOffer,
        MoveProblem::NoCounter,
        MoveProblem::AlreadyTaken {
            measure: Measure::Sue,
        },
        MoveProblem::ThreatRound {
            found: 1,
            min: 4,
            max: 18,
        },
    ];
    for p in &problems {
        both(&format!("{p:?}"), |lang| move_problem(lang, p, "USD"));
    }
    assert_eq!(
        move_problem(
            Lang::En,
            &MoveProblem::Amount {
                found: dec!(2500000),
                max: dec!(2060000)
            },
            "USD"
        ),
        "The amount is $2,500,000: it must be above 0 and at most $2,060,000 (what is overdue)."
    );
    let rules = [
        RulesProblem::RoundMonths { found: 2 },
        RulesProblem::StartMonth { found: 0, max: 23 },
        RulesProblem::MaxRounds { found: 30, max: 18 },
    ];
    for r in &rules {
        both(&format!("{r:?}"), |lang| rules_problem(lang, r));
    }
    let move_error = GameError::Move {
        round: 0,
        side: Side::Vendor,
        problem: MoveProblem::NoOffer,
    };
    both("game error", |lang| game_error(lang, &move_error, "USD"));
    let links = [
        GameLinkError::Version { found: "2".into() },
        GameLinkError::Syntax {
            round: None,
            text: "x".into(),
        },
        GameLinkError::Syntax {
            round: Some(3),
            text: "Q".into(),
        },
        GameLinkError::TooManyRounds { found: 99, max: 60 },
        GameLinkError::Game(move_error.clone()),
    ];
    for l in &links {
        both(&format!("{l:?}"), |lang| game_link_error(lang, l, "USD"));
    }
    for p in [
        LineProblem::NoGame,
        LineProblem::Unfinished,
        LineProblem::TooManyLines,
        LineProblem::Link(GameLinkError::TooManyRounds { found: 99, max: 60 }),
    ] {
        both(&format!("{p:?}"), |lang| line_problem(lang, &p, "USD"));
    }
}
