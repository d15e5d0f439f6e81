//! The class debrief reads many game links at once: outcomes for the games, reasons for the
//! lines left out, and a spreadsheet file of the games.

use rust_decimal_macros::dec;
use standoff_core::game::{CustomerMove, Game, GameRules, Move, VendorMove};
use standoff_core::model::{presets, Side};
use standoff_formats::class_debrief::{class_csv, read_class, LineProblem};
use standoff_formats::{encode_game_link, Spreadsheet};

/// A game of the symmetric preset (invoices of 1,000,000 a month, payment stopped from month
/// index 6) from month 6, `max_rounds` one-month rounds, with `moves` played in order.
fn link(max_rounds: u32, moves: &[Move]) -> String {
    let scenario = presets::by_id("symmetric")
        .map(|p| p.scenario)
        .unwrap_or_default();
    let rules = GameRules {
        start_month: 6,
        round_months: 1,
        max_rounds,
    };
    let mut game = Game::new(scenario, rules).unwrap();
    for mv in moves {
        game = game.with_move(mv.clone()).unwrap();
    }
    format!("https://example.org/standoff/{}", encode_game_link(&game))
}

fn customer(mv: CustomerMove) -> Move {
    Move::Customer(mv)
}

fn vendor(mv: VendorMove) -> Move {
    Move::Vendor(mv)
}

#[test]
fn a_class_of_games_reads_to_its_outcomes_and_keeps_the_lines_it_cannot_read() {
    // The vendor accepts 1,000,000 in round 1 (the whole claim then): the vendor blinked.
    let accepted = link(
        6,
        &[
            customer(CustomerMove::Propose {
                price: dec!(1000000),
            }),
            vendor(VendorMove::Accept),
        ],
    );
    // Round 2's claim is 2,000,000 and 15,000 of interest; the vendor asks 1,800,000, which
    // the customer accepts in round 3: the customer blinked.
    let countered = link(
        6,
        &[
            customer(CustomerMove::PayNothing),
            vendor(VendorMove::Wait),
            customer(CustomerMove::Propose {
                price: dec!(1500000),
            }),
            vendor(VendorMove::Counter {
                price: dec!(1800000),
            }),
            customer(CustomerMove::AcceptCounter),
        ],
    );
    // Two rounds without a deal.
    let no_deal = link(
        2,
        &[
            customer(CustomerMove::PayNothing),
            vendor(VendorMove::Wait),
            customer(CustomerMove::PayNothing),
            vendor(VendorMove::Wait),
        ],
    );
    let unfinished = link(6, &[customer(CustomerMove::PayNothing)]);
    let mut text = String::from("student,link\n");
    for i in 0..4 {
        text.push_str(&format!("pair {i},\"{accepted}\"\n"));
        text.push_str(&format!("{countered}\n\n"));
        text.push_str(&format!("{no_deal}\n"));
    }
    text.push_str("not a link at all\n");
    text.push_str(&format!("{unfinished}\n"));
    text.push_str(&format!("{}\n", accepted.replace("g=1~", "g=2~")));

    let class = read_class(&text);
    assert_eq!(class.games.len(), 12);
    assert_eq!(class.blink_counts(), (4, 4, 4));
    let first = &class.games[0];
    assert_eq!(first.line, 2);
    assert_eq!(first.settled_round(), Some(1));
    assert_eq!(first.price(), Some(dec!(1000000)));
    assert_eq!(class.games[1].settled_round(), Some(3));
    assert_eq!(class.games[1].price(), Some(dec!(1800000)));
    assert_eq!(class.games[2].settled_round(), None);
    assert_eq!(class.games[2].rounds, 2);
    // Settling at the whole claim in round 1 is paying it: both sides' NPVs against paying
    // on time are small, and the vendor's is the customer's with the sign changed (the only
    // flows that differ are between the two).
    assert_eq!(first.customer_npv, -first.vendor_npv);

    let problems: Vec<(usize, &LineProblem)> = class
        .bad
        .iter()
        .map(|bad| (bad.line, &bad.problem))
        .collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!(problems[0], (18, &LineProblem::NoGame));
    assert_eq!(problems[1], (19, &LineProblem::Unfinished));
    assert!(matches!(problems[2], (20, LineProblem::Link(_))));
    assert!(class.scenario.is_some());

    let header: Vec<String> = ["line", "round", "price", "blinked", "customer", "vendor"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let names = |side: Option<Side>| match side {
        Some(Side::Customer) => "customer".to_string(),
        Some(Side::Vendor) => "vendor".to_string(),
        None => String::new(),
    };
    let english = class_csv(&class, Spreadsheet::ENGLISH, &header, names);
    let lines: Vec<&str> = english
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .collect();
    assert_eq!(lines[0], "line,round,price,blinked,customer,vendor");
    assert!(
        lines[1].starts_with("2,1,1000000.00,vendor,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("3,3,1800000.00,customer,"),
        "{}",
        lines[2]
    );
    assert!(lines[3].starts_with("5,,,,"), "{}", lines[3]);
    let french = class_csv(&class, Spreadsheet::FRENCH, &header, names);
    assert!(french.contains("\r\n2;1;1000000,00;vendor;"), "{french}");
}
