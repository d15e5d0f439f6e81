//! The game member of a link (`&g=…`): every move kind round-trips, a hand-written member
//! reads to the rounds it says, malformed members and games out of turn give typed errors,
//! and a two-dozen-round game on the flagship preset keeps the link short.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::game::{
    CustomerMove, Game, GameError, GameRules, Measure, Move, MoveProblem, Round, VendorMove,
    MAX_ROUNDS,
};
use standoff_core::model::{presets, Scenario, Side};
use standoff_formats::{
    decode_game_link, decode_game_member, encode_game_link, encode_game_member, encode_link,
    encode_link_with_state, GameLinkError, LinkError,
};

fn round(customer: CustomerMove, vendor: Option<VendorMove>) -> Round {
    Round { customer, vendor }
}

fn rules(start_month: u32, round_months: u32, max_rounds: u32) -> GameRules {
    GameRules {
        start_month,
        round_months,
        max_rounds,
    }
}

fn twitter() -> Scenario {
    presets::by_id("twitter-aws-2023")
        .expect("the flagship preset exists")
        .scenario
}

/// Every customer move and every vendor move (each measure in a threat or a measure), with
/// whole, one-decimal and two-decimal amounts, and a last round without the vendor's answer.
fn every_move_kind() -> Vec<Round> {
    let mut rounds = vec![
        round(CustomerMove::PayAll, Some(VendorMove::Wait)),
        round(
            CustomerMove::PayShare { percent: 35 },
            Some(VendorMove::Accept),
        ),
        round(CustomerMove::PayNothing, Some(VendorMove::Reject)),
        round(
            CustomerMove::LumpSum {
                amount: dec!(1250000.5),
            },
            Some(VendorMove::Counter {
                price: dec!(61000000.25),
            }),
        ),
        round(CustomerMove::AcceptCounter, None),
        round(
            CustomerMove::Propose {
                price: dec!(40000000),
            },
            None,
        ),
    ];
    for (index, measure) in Measure::ALL.into_iter().enumerate() {
        let by_round = u32::try_from(index).unwrap() + 10;
        rounds.push(round(
            CustomerMove::PayNothing,
            Some(VendorMove::Threaten { measure, by_round }),
        ));
        rounds.push(round(
            CustomerMove::PayNothing,
            Some(VendorMove::Take { measure }),
        ));
    }
    rounds
}

#[test]
fn every_move_kind_round_trips() {
    let rules = rules(26, 3, 12);
    let rounds = every_move_kind();
    let member = encode_game_member(&rules, &rounds);
    // Nothing in the member is ever percent-encoded: RFC 3986's unreserved characters only.
    assert!(
        member
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c)),
        "{member}"
    );
    let (read_rules, read_rounds) = decode_game_member(&member).unwrap();
    assert_eq!(read_rules, rules);
    assert_eq!(read_rounds, rounds);
    // Through the whole link too (the rounds need not be a legal game for the member).
    let link = encode_link_with_state(&twitter(), &[("g", &member)]);
    assert!(link.ends_with(&format!("&g={member}")), "{link}");
}

#[test]
fn a_game_without_rounds_round_trips() {
    let rules = rules(1, 1, 5);
    let member = encode_game_member(&rules, &[]);
    assert_eq!(member, "1~1~1~5~");
    assert_eq!(decode_game_member(&member).unwrap(), (rules, Vec::new()));
}

#[test]
fn a_hand_written_member_reads_to_its_rounds() {
    let (rules, rounds) =
        decode_game_member("1~26~3~8~N-Ta3_S40-Xa_L1500000.75-W_P20000000-C35000000.5_K").unwrap();
    assert_eq!(
        rules,
        GameRules {
            start_month: 26,
            round_months: 3,
            max_rounds: 8
        }
    );
    assert_eq!(
        rounds,
        vec![
            Round {
                customer: CustomerMove::PayNothing,
                vendor: Some(VendorMove::Threaten {
                    measure: Measure::CutAds,
                    by_round: 3
                }),
            },
            Round {
                customer: CustomerMove::PayShare { percent: 40 },
                vendor: Some(VendorMove::Take {
                    measure: Measure::CutAds
                }),
            },
            Round {
                customer: CustomerMove::LumpSum {
                    amount: Decimal::new(150_000_075, 2)
                },
                vendor: Some(VendorMove::Wait),
            },
            Round {
                customer: CustomerMove::Propose {
                    price: Decimal::new(20_000_000, 0)
                },
                vendor: Some(VendorMove::Counter {
                    price: Decimal::new(350_000_005, 1)
                }),
            },
            Round {
                customer: CustomerMove::AcceptCounter,
                vendor: None,
            },
        ]
    );
}

fn syntax(round: Option<u32>, text: &str) -> GameLinkError {
    GameLinkError::Syntax {
        round,
        text: text.to_string(),
    }
}

#[test]
fn malformed_members_give_typed_errors() {
    let cases: &[(&str, GameLinkError)] = &[
        (
            "2~26~1~24~N-W",
            GameLinkError::Version {
                found: "2".to_string(),
            },
        ),
        ("v1~26~1~24~N-W", syntax(None, "v1")),
        ("", syntax(None, "")),
        ("1~26~1~24", syntax(None, "1~26~1~24")),
        ("1~26~one~24~N", syntax(None, "one")),
        ("1~-26~1~24~N", syntax(None, "-26")),
        // An unknown customer code, then an unknown vendor code.
        ("1~26~1~24~N-W_Q-W", syntax(Some(1), "Q")),
        ("1~26~1~24~N-W_N-Z", syntax(Some(1), "Z")),
        // An unknown measure letter.
        ("1~26~1~24~N-Xq", syntax(Some(0), "Xq")),
        ("1~26~1~24~N-Ta", syntax(Some(0), "Ta")),
        // An amount with three decimals, and amounts that are not plain decimal text.
        ("1~26~1~24~N-W_L100.125-W", syntax(Some(1), "L100.125")),
        ("1~26~1~24~P1e6-W", syntax(Some(0), "P1e6")),
        ("1~26~1~24~P.5-W", syntax(Some(0), "P.5")),
        ("1~26~1~24~P5.-W", syntax(Some(0), "P5.")),
        ("1~26~1~24~N-C", syntax(Some(0), "C")),
        // A round with two dashes.
        ("1~26~1~24~N-W_N-W-W", syntax(Some(1), "N-W-W")),
        // A vendor code in the customer's slot, and a customer code in the vendor's.
        ("1~26~1~24~W-W", syntax(Some(0), "W")),
        ("1~26~1~24~N-A", syntax(Some(0), "A")),
        // An empty round between two separators.
        ("1~26~1~24~N-W__N", syntax(Some(1), "")),
        // A code with a tail it does not take.
        ("1~26~1~24~AA-W", syntax(Some(0), "AA")),
    ];
    for (member, expected) in cases {
        assert_eq!(
            decode_game_member(member).as_ref(),
            Err(expected),
            "{member}"
        );
    }
}

#[test]
fn more_rounds_than_any_game_are_refused_before_reading_them() {
    let max = usize::try_from(MAX_ROUNDS).unwrap();
    let moves = vec!["N-W"; max + 1].join("_");
    assert_eq!(
        decode_game_member(&format!("1~1~1~24~{moves}")),
        Err(GameLinkError::TooManyRounds {
            found: MAX_ROUNDS + 1,
            max: MAX_ROUNDS
        })
    );
    let moves = vec!["N-W"; max].join("_");
    assert!(decode_game_member(&format!("1~1~1~24~{moves}")).is_ok());
}

#[test]
fn a_game_out_of_turn_is_refused_when_the_link_is_read() {
    // Round 0 has no vendor move and round 1 follows: the customer moved twice in a row.
    let member = "1~26~1~24~N_N-W";
    let link = encode_link_with_state(&twitter(), &[("g", member)]);
    assert_eq!(
        decode_game_link(&link),
        Err(GameLinkError::Game(GameError::Move {
            round: 0,
            side: Side::Vendor,
            problem: MoveProblem::NotYourTurn {
                to_move: Some(Side::Vendor)
            },
        }))
    );
    // The same without the second round is a game waiting for the vendor.
    let link = encode_link_with_state(&twitter(), &[("g", "1~26~1~24~N")]);
    let game = decode_game_link(&link).unwrap().unwrap();
    assert_eq!(game.rounds, vec![round(CustomerMove::PayNothing, None)]);
}

#[test]
fn rules_that_do_not_fit_the_scenario_are_the_games_error() {
    let link = encode_link_with_state(&twitter(), &[("g", "1~26~2~4~")]);
    assert!(matches!(
        decode_game_link(&link),
        Err(GameLinkError::Game(GameError::Rules(_)))
    ));
}

#[test]
fn a_link_without_a_game_has_none() {
    assert_eq!(decode_game_link(&encode_link(&twitter())), Ok(None));
    let link = encode_link_with_state(&twitter(), &[("lang", "fr"), ("m", "27")]);
    assert_eq!(decode_game_link(&link), Ok(None));
}

#[test]
fn a_broken_scenario_is_the_links_error() {
    assert_eq!(
        decode_game_link("#s=v9.AA&g=1~26~1~24~"),
        Err(GameLinkError::Link(LinkError::UnsupportedVersion {
            found: "v9".to_string(),
            newest: standoff_formats::CURRENT_VERSION
        }))
    );
}

/// Whole millions, as a player types them.
fn millions(amount: Decimal) -> Decimal {
    (amount / dec!(1000000)).round() * dec!(1000000)
}

/// A two-year game on the flagship preset, played move by move so that every move is legal:
/// months of silence and threats, part payments, the vendor's measures one after another, an
/// offer turned down, an offer countered, and the counter accepted in the last round.
fn twitter_game() -> Game {
    let mut game = Game::new(twitter(), rules(26, 1, 24)).unwrap();
    let play = |game: &Game, mv: Move| game.with_move(mv).unwrap();
    for r in 0..24u32 {
        let position = game.replay().unwrap().position.unwrap();
        let customer = match r {
            2 | 9 | 16 => CustomerMove::LumpSum {
                amount: millions(position.overdue / dec!(4)),
            },
            5 | 13 => CustomerMove::PayShare { percent: 20 },
            7 | 19 => CustomerMove::Propose {
                price: millions(position.claim / dec!(3)),
            },
            22 => CustomerMove::Propose {
                price: millions(position.claim / dec!(2)),
            },
            23 => CustomerMove::AcceptCounter,
            _ => CustomerMove::PayNothing,
        };
        let claim = position.claim;
        game = play(&game, Move::Customer(customer));
        let vendor = match r {
            0 => VendorMove::Threaten {
                measure: Measure::Withhold,
                by_round: 3,
            },
            2 => VendorMove::Take {
                measure: Measure::Withhold,
            },
            4 => VendorMove::Threaten {
                measure: Measure::CutAds,
                by_round: 7,
            },
            6 => VendorMove::Take {
                measure: Measure::CutAds,
            },
            7 => VendorMove::Reject,
            11 => VendorMove::Take {
                measure: Measure::CutData,
            },
            15 => VendorMove::Threaten {
                measure: Measure::Sue,
                by_round: 20,
            },
            19 => VendorMove::Counter {
                price: millions(claim * dec!(0.8)),
            },
            22 => VendorMove::Counter {
                price: millions(claim * dec!(0.7)),
            },
            23 => break,
            _ => VendorMove::Wait,
        };
        game = play(&game, Move::Vendor(vendor));
    }
    game
}

#[test]
fn a_two_year_game_on_the_flagship_preset_fits_a_short_link() {
    let game = twitter_game();
    assert_eq!(game.rounds.len(), 24);
    let played = game.replay().unwrap();
    assert_eq!(
        played.end.as_ref().and_then(|end| end.blinked()),
        Some(Side::Customer)
    );
    let link = encode_game_link(&game);
    let member = encode_game_member(&game.rules, &game.rounds);
    assert!(link.ends_with(&format!("&g={member}")));
    // The preset carries its bilingual lesson, which a replay ignores: the game's link leaves
    // it out, and reads back as the game without it.
    let without_lesson = Game {
        scenario: Scenario {
            lesson: Default::default(),
            ..game.scenario.clone()
        },
        ..game.clone()
    };
    assert_eq!(encode_game_link(&without_lesson), link);
    eprintln!(
        "24-round game on twitter-aws-2023: link {} characters; the game member alone {} \
         characters",
        link.len(),
        member.len()
    );
    eprintln!("{link}");
    assert!(member.len() < 200, "{}", member.len());
    assert!(link.len() < 950, "{}", link.len());
    assert_eq!(decode_game_link(&link), Ok(Some(without_lesson)));
}

/// The example of `docs/link-format.md` §1.4 is a legal game on the flagship preset.
#[test]
fn the_documented_example_is_a_legal_game() {
    let member = "1~26~1~24~N-Th3_L3000000-Xh_P4000000-C7000000_K";
    let link = encode_link_with_state(&twitter(), &[("g", member)]);
    let game = decode_game_link(&link).unwrap().unwrap();
    let played = game.replay().unwrap();
    assert_eq!(
        played.end.and_then(|end| end.blinked()),
        Some(Side::Customer)
    );
    assert_eq!(encode_game_member(&game.rules, &game.rounds), member);
}

/// A game's link replays, move by move, to the same state as the game it was made from: each
/// prefix of the decoded rounds, played again through `with_move` from an empty game, gives
/// the same report, turn and end as the same prefix of the original.
#[test]
fn a_games_link_replays_move_by_move_to_the_same_state() {
    let original = twitter_game();
    let link = encode_game_link(&original);
    let decoded = decode_game_link(&link).unwrap().unwrap();
    let mut again = Game {
        rounds: Vec::new(),
        ..decoded.clone()
    };
    for (index, round) in decoded.rounds.iter().enumerate() {
        let mut moves = vec![Move::Customer(round.customer.clone())];
        moves.extend(round.vendor.clone().map(Move::Vendor));
        for mv in moves {
            again = again.with_move(mv).unwrap();
        }
        let prefix = Game {
            rounds: original.rounds[..=index].to_vec(),
            ..original.clone()
        };
        let (mine, theirs) = (again.replay().unwrap(), prefix.replay().unwrap());
        assert_eq!(mine.report, theirs.report, "round {index}");
        assert_eq!(mine.turn, theirs.turn, "round {index}");
        assert_eq!(mine.end, theirs.end, "round {index}");
        assert_eq!(mine.records, theirs.records, "round {index}");
    }
    assert_eq!(again.rounds, original.rounds);
}
