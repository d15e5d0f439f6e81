//! A played game, checked against values worked out by hand on a small scenario.
//!
//! The scenario: a 12,000,000 commitment over 12 months, used at 100 %, so each month's usage
//! invoice is exactly 1,000,000; net 30 days, no late interest and no collection costs, so the
//! claim is the overdue principal alone; a 12-month horizon; and an ad line through which the
//! vendor buys 200,000 of the customer's ads a month. The scenario has no retaliation rule of
//! its own, so the only measures are the ones the vendor takes in the game.
//!
//! The due-date convention (`engine/arrears.rs`, `docs/model.md` §3): every month has 30 days,
//! month `t` covers days `30t + 1 ..= 30t + 30`, and an invoice is issued on its month's last
//! day. Month `m`'s invoice is issued on day `30(m + 1)` and with net 30 falls due on day
//! `30(m + 2)`, the last day of month `m + 1`; arrears at a month's end count every unpaid
//! invoice due on or before that day. So at the end of month `t`, invoices `0 ..= t − 1` are
//! overdue: `t × 1,000,000` less what has been paid.
//!
//! With rules starting at month 1 in 1-month rounds, round `r` (0-based) is month `1 + r`, and
//! the game's scenario stops the customer's scheduled payments from month 1: month 0's invoice,
//! due on day 60 (month 1), is the first one left unpaid. Round `r` therefore opens with
//! `(1 + r) × 1,000,000` overdue less the game's earlier payments.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{EventDetail, Line};
use standoff_core::game::{
    debrief, CustomerMove, End, Game, GameError, GameRules, Measure, Move, MoveProblem, Round,
    Turn, VendorMove,
};
use standoff_core::model::{
    Contract, FlowKind, Frequency, InterestMode, Party, Payment, ReciprocalLine, Scenario, Side,
    TrueUpBasis, UsagePath, YearMonth,
};

fn scenario() -> Scenario {
    Scenario {
        title: String::from("Game by hand"),
        customer: Party {
            name: String::from("Customer"),
            cash_on_hand: dec!(50000000),
            ..Party::default()
        },
        vendor: Party {
            name: String::from("Vendor"),
            cash_on_hand: dec!(500000000),
            ..Party::default()
        },
        start: YearMonth {
            year: 2024,
            month: 1,
        },
        horizon_months: 12,
        contract: Contract {
            total_commitment: dec!(12000000),
            term_months: 12,
            ramp: Vec::new(),
            discount: Decimal::ZERO,
            usage: UsagePath {
                start_share: Decimal::ONE,
                changes: Vec::new(),
            },
            trueup: TrueUpBasis::ContractYear,
            carry_forward: false,
        },
        payment: Payment {
            net_days: 30,
            pay_share: Decimal::ONE,
            delay_days: 0,
            stop_from_month: None,
            resume_at_month: None,
            catch_up_on_resume: false,
            lump_sums: Vec::new(),
            late_interest_monthly: Decimal::ZERO,
            interest_mode: InterestMode::Simple,
            collection_cost_monthly: Decimal::ZERO,
            interest_first: false,
            claim_recovery: Decimal::ONE,
        },
        reciprocal: vec![ReciprocalLine {
            kind: FlowKind::Ad,
            label: String::from("Vendor ads"),
            amount: dec!(200000),
            frequency: Frequency::Monthly,
            net_days: 30,
            value_to_vendor: Decimal::ZERO,
        }],
        retaliation: Vec::new(),
        settlement: None,
        ..Scenario::default()
    }
}

/// Play from month 1, a month per round, at most `max_rounds` rounds.
fn rules(max_rounds: u32) -> GameRules {
    GameRules {
        start_month: 1,
        round_months: 1,
        max_rounds,
    }
}

fn new_game(max_rounds: u32) -> Game {
    Game::new(scenario(), rules(max_rounds)).unwrap()
}

/// The game after each customer move and vendor answer, played one move at a time.
fn play(rounds: &[(CustomerMove, Option<VendorMove>)], max_rounds: u32) -> Game {
    let mut game = new_game(max_rounds);
    for (customer, vendor) in rounds {
        game = game.with_move(Move::Customer(customer.clone())).unwrap();
        if let Some(vendor) = vendor {
            game = game.with_move(Move::Vendor(vendor.clone())).unwrap();
        }
    }
    game
}

fn wait(customer: CustomerMove) -> (CustomerMove, Option<VendorMove>) {
    (customer, Some(VendorMove::Wait))
}

fn move_error(round: u32, side: Side, problem: MoveProblem) -> GameError {
    GameError::Move {
        round,
        side,
        problem,
    }
}

/// (a) What is overdue when each round opens, and what each move pays, month by month.
#[test]
fn overdue_and_payments_round_by_round() {
    // (move, overdue at the round's month end before its payment, paid at that month end).
    // Paid so far is the sum of the column above; overdue = (1 + r) × 1,000,000 − paid so far.
    let table: [(CustomerMove, Decimal, Decimal); 8] = [
        // Round 0, month 1: invoice 0 (due day 60) is overdue.
        (CustomerMove::PayNothing, dec!(1000000), dec!(0)),
        // Round 1, month 2: invoices 0 and 1.
        (CustomerMove::PayNothing, dec!(2000000), dec!(0)),
        // Round 2, month 3: invoices 0 to 2.
        (CustomerMove::PayNothing, dec!(3000000), dec!(0)),
        // Round 3, month 4: invoices 0 to 3; paying all pays the 4,000,000 overdue.
        (CustomerMove::PayAll, dec!(4000000), dec!(4000000)),
        // Round 4, month 5: only invoice 4 (5,000,000 − 4,000,000); half of it.
        (
            CustomerMove::PayShare { percent: 50 },
            dec!(1000000),
            dec!(500000),
        ),
        // Round 5, month 6: 6,000,000 − 4,500,000; a lump sum one cent short of it.
        (
            CustomerMove::LumpSum {
                amount: dec!(1499999.99),
            },
            dec!(1500000),
            dec!(1499999.99),
        ),
        // Round 6, month 7: 7,000,000 − 5,999,999.99 = 1,000,000.01. Half is 500,000.005,
        // rounded half away from zero to 500,000.01 (banker's rounding would give .00).
        (
            CustomerMove::PayShare { percent: 50 },
            dec!(1000000.01),
            dec!(500000.01),
        ),
        // Round 7, month 8: 8,000,000 − 6,500,000.00.
        (CustomerMove::PayNothing, dec!(1500000), dec!(0)),
    ];
    let moves: Vec<_> = table.iter().map(|(mv, ..)| wait(mv.clone())).collect();
    let game = play(&moves, 8);
    let played = game.replay().unwrap();
    assert_eq!(played.records.len(), table.len());
    for (r, (record, (_, overdue, paid))) in played.records.iter().zip(&table).enumerate() {
        let r = u32::try_from(r).unwrap();
        assert_eq!(record.round, r);
        assert_eq!((record.first_month, record.last_month), (1 + r, 1 + r));
        assert_eq!(record.overdue, *overdue, "overdue in round {r}");
        // No interest, no collection costs: the claim is the overdue principal.
        assert_eq!(record.claim, *overdue, "claim in round {r}");
        assert_eq!(record.paid, *paid, "paid in round {r}");
        // The payment is a lump sum at the round's month end.
        let month = &played.report.months[usize::try_from(record.last_month).unwrap()];
        assert_eq!(month.customer.flow(Line::LumpSums), -*paid, "round {r}");
        assert_eq!(month.arrears, *overdue - *paid, "arrears after round {r}");
    }
    assert_eq!(played.report.totals.lump_sums, dec!(6500000));
    // Eight rounds without a deal: the game is over and nobody blinked.
    assert_eq!(played.turn, Turn::Over);
    assert_eq!(played.end, Some(End::RoundLimit));
    assert_eq!(played.end.as_ref().unwrap().blinked(), None);
}

/// (b) Cutting ads in round 0 cuts the ad line from month 2; a settlement agreed in round 2
/// (month 3) ends the cut from month 4.
#[test]
fn a_measure_runs_from_the_next_month_until_the_month_after_a_settlement() {
    let game = play(
        &[
            (
                CustomerMove::PayNothing,
                Some(VendorMove::Take {
                    measure: Measure::CutAds,
                }),
            ),
            wait(CustomerMove::PayNothing),
            (
                CustomerMove::Propose {
                    price: dec!(2000000),
                },
                Some(VendorMove::Accept),
            ),
        ],
        8,
    );
    let played = game.replay().unwrap();
    let lost: Vec<Decimal> = played
        .report
        .months
        .iter()
        .map(|m| m.ad_revenue_lost)
        .collect();
    let cut = dec!(200000);
    let zero = Decimal::ZERO;
    // Months 0 and 1 before the measure, 2 and 3 cut, 4 to 11 after the settlement.
    let expected = [
        zero, zero, cut, cut, zero, zero, zero, zero, zero, zero, zero, zero,
    ];
    assert_eq!(lost, expected);
    assert_eq!(played.report.totals.ad_revenue_lost, dec!(400000));
}

/// (c) The customer's price, accepted, is a settlement paid to the cent: the vendor blinked.
#[test]
fn an_accepted_offer_is_a_settlement_at_its_price() {
    // With and without interest and collection costs, whose claim has many decimals: the
    // settlement forgives 1 − price / claim of the claim, which must still pay the price.
    let mut costly = scenario();
    costly.payment.late_interest_monthly = dec!(0.015);
    costly.payment.collection_cost_monthly = dec!(12345.67);
    for scenario in [scenario(), costly] {
        let game = Game::new(scenario, rules(8)).unwrap();
        let price = dec!(1234567.89);
        let mut game = game;
        for mv in [
            Move::Customer(CustomerMove::PayNothing),
            Move::Vendor(VendorMove::Wait),
            Move::Customer(CustomerMove::PayNothing),
            Move::Vendor(VendorMove::Wait),
            Move::Customer(CustomerMove::Propose { price }),
            Move::Vendor(VendorMove::Accept),
        ] {
            game = game.with_move(mv).unwrap();
        }
        let played = game.replay().unwrap();
        let end = played.end.clone().unwrap();
        assert_eq!(
            end,
            End::Settled {
                round: 2,
                price,
                proposed_by: Side::Customer
            }
        );
        assert_eq!(end.blinked(), Some(Side::Vendor));
        assert_eq!(played.turn, Turn::Over);
        // Round 2 is month 3: the settlement is paid at its end.
        let month = &played.report.months[3];
        assert_eq!(month.customer.flow(Line::SettlementPayment), -price);
        assert_eq!(month.vendor.flow(Line::SettlementPayment), price);
        let paid: Vec<Decimal> = played
            .report
            .events
            .iter()
            .filter_map(|e| match e.detail {
                EventDetail::SettlementApplied { paid, .. } => Some(paid),
                _ => None,
            })
            .collect();
        assert_eq!(paid, vec![price]);
        // Afterwards the customer pays on time: nothing is overdue at the horizon.
        assert_eq!(played.report.totals.final_arrears, Decimal::ZERO);
    }
}

/// (d) The vendor's counter-price, accepted in the next round: the customer blinked.
#[test]
fn an_accepted_counter_is_a_settlement_at_the_vendors_price() {
    let game = play(
        &[
            wait(CustomerMove::PayNothing),
            // Round 1 (month 2): the claim is 2,000,000; the vendor asks 1,800,000.
            (
                CustomerMove::Propose {
                    price: dec!(1000000),
                },
                Some(VendorMove::Counter {
                    price: dec!(1800000),
                }),
            ),
            (CustomerMove::AcceptCounter, None),
        ],
        8,
    );
    let played = game.replay().unwrap();
    let end = played.end.clone().unwrap();
    assert_eq!(
        end,
        End::Settled {
            round: 2,
            price: dec!(1800000),
            proposed_by: Side::Vendor
        }
    );
    assert_eq!(end.blinked(), Some(Side::Customer));
    // Accepted at the end of round 2, month 3, against a claim of 3,000,000 then.
    assert_eq!(
        played.report.months[3]
            .customer
            .flow(Line::SettlementPayment),
        dec!(-1800000)
    );
    // The round that accepts has no vendor move, and no move follows it.
    assert_eq!(game.rounds.last().unwrap().vendor, None);
    assert_eq!(
        game.with_move(Move::Vendor(VendorMove::Wait)).unwrap_err(),
        move_error(3, Side::Vendor, MoveProblem::NotYourTurn { to_move: None })
    );
}

/// (e) Every impossible customer move gives its typed problem.
#[test]
fn impossible_customer_moves_give_typed_problems() {
    let start = new_game(8);
    let customer = |mv: CustomerMove| start.with_move(Move::Customer(mv)).unwrap_err();
    assert_eq!(
        customer(CustomerMove::PayShare { percent: 0 }),
        move_error(0, Side::Customer, MoveProblem::Share { found: 0 })
    );
    assert_eq!(
        customer(CustomerMove::PayShare { percent: 100 }),
        move_error(0, Side::Customer, MoveProblem::Share { found: 100 })
    );
    // Round 0 opens with 1,000,000 overdue: a lump sum one cent above it names that maximum.
    assert_eq!(
        customer(CustomerMove::LumpSum {
            amount: dec!(1000000.01)
        }),
        move_error(
            0,
            Side::Customer,
            MoveProblem::Amount {
                found: dec!(1000000.01),
                max: dec!(1000000)
            }
        )
    );
    assert_eq!(
        customer(CustomerMove::LumpSum {
            amount: Decimal::ZERO
        }),
        move_error(
            0,
            Side::Customer,
            MoveProblem::Amount {
                found: Decimal::ZERO,
                max: dec!(1000000)
            }
        )
    );
    assert_eq!(
        customer(CustomerMove::Propose {
            price: dec!(1000001)
        }),
        move_error(
            0,
            Side::Customer,
            MoveProblem::Price {
                found: dec!(1000001),
                max: dec!(1000000)
            }
        )
    );
    assert_eq!(
        customer(CustomerMove::AcceptCounter),
        move_error(0, Side::Customer, MoveProblem::NoCounter)
    );
    // Out of turn: the vendor cannot move before the customer.
    assert_eq!(
        start.with_move(Move::Vendor(VendorMove::Wait)).unwrap_err(),
        move_error(
            0,
            Side::Vendor,
            MoveProblem::NotYourTurn {
                to_move: Some(Side::Customer)
            }
        )
    );
}

/// (e) Every impossible vendor move gives its typed problem, and so does a customer moving
/// twice.
#[test]
fn impossible_vendor_moves_give_typed_problems() {
    let paid_nothing = new_game(8)
        .with_move(Move::Customer(CustomerMove::PayNothing))
        .unwrap();
    let vendor = |mv: VendorMove| paid_nothing.with_move(Move::Vendor(mv)).unwrap_err();
    for mv in [
        VendorMove::Accept,
        VendorMove::Reject,
        VendorMove::Counter {
            price: dec!(500000),
        },
    ] {
        assert_eq!(
            vendor(mv),
            move_error(0, Side::Vendor, MoveProblem::NoOffer)
        );
    }
    // A threat made in round 1 (1-based) can be for rounds 2 to 8 of an 8-round game.
    for by_round in [0, 1, 9] {
        assert_eq!(
            vendor(VendorMove::Threaten {
                measure: Measure::Suspend,
                by_round
            }),
            move_error(
                0,
                Side::Vendor,
                MoveProblem::ThreatRound {
                    found: by_round,
                    min: 2,
                    max: 8
                }
            )
        );
    }
    // Out of turn: the customer cannot move twice; its next move would be round 1's.
    assert_eq!(
        paid_nothing
            .with_move(Move::Customer(CustomerMove::PayAll))
            .unwrap_err(),
        move_error(
            1,
            Side::Customer,
            MoveProblem::NotYourTurn {
                to_move: Some(Side::Vendor)
            }
        )
    );

    // A measure taken twice.
    let cut = play(
        &[
            (
                CustomerMove::PayNothing,
                Some(VendorMove::Take {
                    measure: Measure::CutAds,
                }),
            ),
            (CustomerMove::PayNothing, None),
        ],
        8,
    );
    assert_eq!(
        cut.with_move(Move::Vendor(VendorMove::Take {
            measure: Measure::CutAds
        }))
        .unwrap_err(),
        move_error(
            1,
            Side::Vendor,
            MoveProblem::AlreadyTaken {
                measure: Measure::CutAds
            }
        )
    );
    // Another measure is still open.
    assert!(cut
        .with_move(Move::Vendor(VendorMove::Take {
            measure: Measure::CutData
        }))
        .is_ok());
}

/// (e) The same problems when a game is replayed from its rounds, as from a link.
#[test]
fn impossible_moves_in_written_rounds_give_typed_problems() {
    let written = |rounds: Vec<Round>| {
        Game {
            rounds,
            ..new_game(8)
        }
        .replay()
        .unwrap_err()
    };
    let round = |customer, vendor| Round { customer, vendor };
    assert_eq!(
        written(vec![
            round(
                CustomerMove::PayNothing,
                Some(VendorMove::Take {
                    measure: Measure::Sue
                })
            ),
            round(
                CustomerMove::PayNothing,
                Some(VendorMove::Take {
                    measure: Measure::Sue
                })
            ),
        ]),
        move_error(
            1,
            Side::Vendor,
            MoveProblem::AlreadyTaken {
                measure: Measure::Sue
            }
        )
    );
    assert_eq!(
        written(vec![
            round(CustomerMove::PayNothing, None),
            round(CustomerMove::PayNothing, Some(VendorMove::Wait)),
        ]),
        move_error(
            0,
            Side::Vendor,
            MoveProblem::NotYourTurn {
                to_move: Some(Side::Vendor)
            }
        )
    );
    assert_eq!(
        written(vec![round(
            CustomerMove::LumpSum {
                amount: dec!(2000000)
            },
            None
        )]),
        move_error(
            0,
            Side::Customer,
            MoveProblem::Amount {
                found: dec!(2000000),
                max: dec!(1000000)
            }
        )
    );
    // A round after the last one.
    let nine = vec![round(CustomerMove::PayNothing, Some(VendorMove::Wait)); 9];
    assert_eq!(
        written(nine),
        move_error(
            8,
            Side::Customer,
            MoveProblem::NotYourTurn { to_move: None }
        )
    );
}

/// (f) A game played move by move is the game replayed from its rounds, and replaying twice
/// gives the same reports.
#[test]
fn replay_is_deterministic() {
    let moves = [
        (
            CustomerMove::PayNothing,
            Some(VendorMove::Threaten {
                measure: Measure::Withhold,
                by_round: 3,
            }),
        ),
        (
            CustomerMove::PayShare { percent: 30 },
            Some(VendorMove::Take {
                measure: Measure::Withhold,
            }),
        ),
        (
            CustomerMove::LumpSum {
                amount: dec!(250000.5),
            },
            Some(VendorMove::Take {
                measure: Measure::Suspend,
            }),
        ),
        (
            CustomerMove::Propose {
                price: dec!(1000000),
            },
            Some(VendorMove::Reject),
        ),
        (
            CustomerMove::Propose {
                price: dec!(1500000),
            },
            Some(VendorMove::Counter {
                price: dec!(2500000),
            }),
        ),
        (CustomerMove::AcceptCounter, None),
    ];
    let played_by_move = play(&moves, 8);
    let written = Game {
        rounds: moves
            .iter()
            .map(|(customer, vendor)| Round {
                customer: customer.clone(),
                vendor: vendor.clone(),
            })
            .collect(),
        ..new_game(8)
    };
    assert_eq!(played_by_move, written);
    let (first, second) = (written.replay().unwrap(), written.replay().unwrap());
    assert_eq!(first.records, second.records);
    assert_eq!(first.report, second.report);
    assert_eq!(first.scenario, second.scenario);
    assert_eq!((first.turn, &first.end), (second.turn, &second.end));
    assert_eq!(first.position, second.position);
    let by_move = played_by_move.replay().unwrap();
    assert_eq!(by_move.report, first.report);
    assert_eq!(by_move.records, first.records);
}

/// (g) The debrief of a finished game.
#[test]
fn debrief_of_a_finished_game() {
    let game = play(
        &[
            (
                CustomerMove::PayNothing,
                Some(VendorMove::Take {
                    measure: Measure::CutAds,
                }),
            ),
            // Round 1 opens with 2,000,000 overdue, all paid.
            wait(CustomerMove::PayAll),
            // Round 2: 3,000,000 − 2,000,000 overdue; half paid.
            wait(CustomerMove::PayShare { percent: 50 }),
            // Round 3: 4,000,000 − 2,500,000 = 1,500,000; settled at 1,000,000.
            (
                CustomerMove::Propose {
                    price: dec!(1000000),
                },
                Some(VendorMove::Accept),
            ),
        ],
        6,
    );
    let played = game.replay().unwrap();
    // A game still being played has no debrief.
    let unfinished = play(&[wait(CustomerMove::PayNothing)], 6);
    let unfinished_played = unfinished.replay().unwrap();
    assert_eq!(
        debrief(&unfinished, &unfinished_played, None).unwrap(),
        None
    );

    // A reference share is for games without a deal: this one has its own.
    let report = debrief(&game, &played, Some(dec!(0.5))).unwrap().unwrap();
    assert_eq!(report.rounds, 4);
    assert_eq!(
        report.end,
        End::Settled {
            round: 3,
            price: dec!(1000000),
            proposed_by: Side::Customer
        }
    );
    // The debrief's NPVs count the claim still open at the end as paid then.
    assert_eq!(
        report.customer_npv,
        played.report.totals.customer.npv_with_claims_vs_baseline
    );
    assert_eq!(
        report.vendor_npv,
        played.report.totals.vendor.npv_with_claims_vs_baseline
    );
    // Settling in round 1 for the same share of the claim: 1,000,000 of round 3's 1,500,000
    // is two thirds; round 0's claim is 1,000,000, so 666,666.666… rounded to the cent.
    let round_one = report.round_one.clone().unwrap();
    assert_eq!(round_one.price, dec!(666666.67));
    // Without a deal, the reference share prices round 1: half of 1,000,000.
    let no_deal = play(&[wait(CustomerMove::PayNothing)], 1);
    let no_deal_played = no_deal.replay().unwrap();
    let reference = debrief(&no_deal, &no_deal_played, Some(dec!(0.5)))
        .unwrap()
        .unwrap();
    assert_eq!(reference.end, End::RoundLimit);
    assert_eq!(reference.round_one.unwrap().price, dec!(500000));

    // Counting open claims as paid at the end, the vendor's acceptance cost it most: without
    // the deal the customer pays nothing more, and the whole claim at the end of the horizon
    // (far above the 1,000,000 price) counts as the vendor's. Then the customer's payments:
    // paying all in round 1 cost it about the 1,000,000 it need not have paid (the price is
    // the same), a little less for discounting.
    let costliest = &report.costliest;
    assert!(
        !costliest.is_empty() && costliest.len() <= 3,
        "{costliest:?}"
    );
    assert!(costliest.iter().all(|c| c.cost > Decimal::ZERO));
    assert!(costliest.windows(2).all(|w| w[0].cost >= w[1].cost));
    let top: Vec<(u32, Side)> = costliest.iter().map(|c| (c.round, c.side)).collect();
    assert_eq!(top[..2], [(3, Side::Vendor), (1, Side::Customer)]);
    assert!(costliest[0].cost > dec!(1000000), "{costliest:?}");
    assert!(costliest[1].cost > dec!(900000) && costliest[1].cost < dec!(1000000));
}

/// Rounds of a quarter: round `r` covers months `1 + 3r ..= 3 + 3r`; its payment is made and
/// its measure starts as for a month-long round, at and after its last month.
#[test]
fn quarter_rounds_pay_at_their_last_month_and_measure_from_the_next() {
    let rules = GameRules {
        start_month: 1,
        round_months: 3,
        max_rounds: 3,
    };
    let mut game = Game::new(scenario(), rules).unwrap();
    for mv in [
        // Round 0, months 1 to 3: at the end of month 3, invoices 0 to 2 are overdue.
        Move::Customer(CustomerMove::PayShare { percent: 10 }),
        Move::Vendor(VendorMove::Take {
            measure: Measure::CutAds,
        }),
        // Round 1, months 4 to 6: 6,000,000 − 300,000 overdue at the end of month 6.
        Move::Customer(CustomerMove::Propose {
            price: dec!(4000000),
        }),
        Move::Vendor(VendorMove::Accept),
    ] {
        game = game.with_move(mv).unwrap();
    }
    let played = game.replay().unwrap();
    let rows: Vec<(u32, u32, Decimal, Decimal)> = played
        .records
        .iter()
        .map(|r| (r.first_month, r.last_month, r.overdue, r.paid))
        .collect();
    assert_eq!(
        rows,
        vec![
            (1, 3, dec!(3000000), dec!(300000)),
            (4, 6, dec!(5700000), dec!(0)),
        ]
    );
    assert_eq!(
        played.report.months[3].customer.flow(Line::LumpSums),
        dec!(-300000)
    );
    assert_eq!(
        played.report.months[6]
            .customer
            .flow(Line::SettlementPayment),
        dec!(-4000000)
    );
    // The cut runs in months 4, 5 and 6, from the month after round 0 to the settlement's.
    let lost: Vec<u32> = played
        .report
        .months
        .iter()
        .filter(|m| m.ad_revenue_lost > Decimal::ZERO)
        .map(|m| m.index)
        .collect();
    assert_eq!(lost, vec![4, 5, 6]);
    assert_eq!(played.report.totals.ad_revenue_lost, dec!(600000));
}

/// What each measure puts at stake on the symmetric preset (docs/presets.md): its ad line is
/// $1,000,000 a month and it has no data line; it has no suspension or legal rule of its own,
/// so the defaults apply: an outage costs a month of commitment ($24M / 24 months), and a suit
/// costs each side 1 % of the commitment ($240,000), comes to judgment after 12 months and is
/// won three times in four. Usage starts at 100 %: $1,000,000 a month goes unbilled.
#[test]
fn each_measure_states_what_it_puts_at_stake() {
    use standoff_core::game::{stake, Stake};
    let scenario = standoff_core::model::presets::by_id("symmetric")
        .map(|preset| preset.scenario)
        .unwrap();
    assert_eq!(
        stake(&scenario, Measure::CutAds),
        Stake::Spend {
            monthly: dec!(1000000)
        }
    );
    assert_eq!(
        stake(&scenario, Measure::CutData),
        Stake::Spend {
            monthly: Decimal::ZERO
        }
    );
    assert_eq!(
        stake(&scenario, Measure::Withhold),
        Stake::Withhold {
            monthly: dec!(1000000)
        }
    );
    assert_eq!(
        stake(&scenario, Measure::Suspend),
        Stake::Suspend {
            outage_monthly: dec!(1000000),
            usage_monthly: dec!(1000000)
        }
    );
    assert_eq!(
        stake(&scenario, Measure::Sue),
        Stake::Sue {
            vendor_cost: dec!(240000),
            customer_cost: dec!(240000),
            delay_months: 12,
            win_probability: dec!(0.75)
        }
    );
}
