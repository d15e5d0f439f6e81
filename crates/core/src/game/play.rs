//! Replaying a game: the moves so far become a scenario (payments as lump sums, measures as
//! retaliation rules, an agreed price as a settlement), simulated round by round, since what
//! "pay all that is overdue" pays depends on where the earlier rounds left the claim.

use super::moves::{CustomerMove, Measure, Move, Round, VendorMove};
use super::rules::{GameRules, MAX_ROUNDS};
use crate::engine::{simulate, EngineError, Report};
use crate::model::{
    round_cents, Action, FlowKind, Lesson, LumpSum, RetaliationRule, Scenario, Settlement, Side,
    Trigger,
};
use rust_decimal::Decimal;

/// A game: the scenario it is played on, its rules and the rounds so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Game {
    pub scenario: Scenario,
    pub rules: GameRules,
    pub rounds: Vec<Round>,
}

/// Whose move it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Turn {
    /// The customer moves first in round `round` (0-based).
    Customer { round: u32 },
    /// The vendor answers in round `round`.
    Vendor { round: u32 },
    /// The game has ended.
    Over,
}

impl Turn {
    /// The side to move, if any.
    pub fn side(self) -> Option<Side> {
        match self {
            Turn::Customer { .. } => Some(Side::Customer),
            Turn::Vendor { .. } => Some(Side::Vendor),
            Turn::Over => None,
        }
    }
}

/// How a game ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum End {
    /// A price was agreed at the end of round `round` (0-based): the side that did not
    /// propose it accepted it.
    Settled {
        round: u32,
        price: Decimal,
        proposed_by: Side,
    },
    /// The last round passed without a deal.
    RoundLimit,
}

impl End {
    /// The side that gave in: the one that accepted the other's price. `None` without a deal.
    pub fn blinked(&self) -> Option<Side> {
        match self {
            End::Settled {
                proposed_by: Side::Customer,
                ..
            } => Some(Side::Vendor),
            End::Settled {
                proposed_by: Side::Vendor,
                ..
            } => Some(Side::Customer),
            End::RoundLimit => None,
        }
    }
}

/// A round as played: where the claim stood when the customer moved, and what was paid.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundRecord {
    /// 0-based.
    pub round: u32,
    pub first_month: u32,
    pub last_month: u32,
    /// Overdue contract invoices at the round's last month end, before the round's payment.
    pub overdue: Decimal,
    /// The whole claim then: overdue invoices, late interest and collection costs.
    pub claim: Decimal,
    /// What the customer's move paid at the round's end.
    pub paid: Decimal,
    pub moves: Round,
}

/// A game replayed.
#[derive(Clone, Debug, PartialEq)]
pub struct Played {
    pub records: Vec<RoundRecord>,
    /// The scenario the moves make, and its report over the whole horizon.
    pub scenario: Scenario,
    pub report: Report,
    pub turn: Turn,
    pub end: Option<End>,
    /// For the next customer move: the overdue invoices and the claim at the end of its
    /// round if it pays nothing. `None` unless the customer is to move.
    pub position: Option<Position>,
}

/// Where the claim stands for the customer's next move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub round: u32,
    pub overdue: Decimal,
    pub claim: Decimal,
}

/// Why a game cannot be replayed or a move cannot be played.
#[derive(Clone, Debug, PartialEq)]
pub enum GameError {
    /// The rules do not fit the scenario.
    Rules(RulesProblem),
    /// The scenario the moves make cannot be simulated.
    Engine(EngineError),
    /// Move `round` (0-based) of `side` cannot be played.
    Move {
        round: u32,
        side: Side,
        problem: MoveProblem,
    },
}

/// What is wrong with a game's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RulesProblem {
    /// Months per round must be 1 or 3.
    RoundMonths { found: u32 },
    /// Play must start between month 1 and `max` (month indices).
    StartMonth { found: u32, max: u32 },
    /// Between 1 and `max` rounds fit the horizon after the start.
    MaxRounds { found: u32, max: u32 },
}

/// Why a move cannot be played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoveProblem {
    /// It is the other side's turn (`None`: the game is over).
    NotYourTurn { to_move: Option<Side> },
    /// A share must be a whole percent from 1 to 99.
    Share { found: u32 },
    /// An amount must be above zero and at most `max`.
    Amount { found: Decimal, max: Decimal },
    /// A price must be above zero and at most the claim, `max`.
    Price { found: Decimal, max: Decimal },
    /// Accepting, rejecting or countering needs an offer from the customer this round.
    NoOffer,
    /// Accepting a counter-offer needs one from the vendor in the round before.
    NoCounter,
    /// The vendor has already taken this measure.
    AlreadyTaken { measure: Measure },
    /// A threat's round must come after this one, at most the last round (1-based).
    ThreatRound { found: u32, min: u32, max: u32 },
}

/// What the rounds so far add to the scenario.
#[derive(Default)]
struct Terms {
    payments: Vec<LumpSum>,
    /// Each measure and the month it starts.
    measures: Vec<(Measure, u32)>,
    settlement: Option<(u32, Side, Decimal, Decimal)>,
}

impl Game {
    /// A new game of `scenario` under `rules`.
    pub fn new(scenario: Scenario, rules: GameRules) -> Result<Game, GameError> {
        check_rules(&scenario, &rules).map_err(GameError::Rules)?;
        Ok(Game {
            scenario,
            rules,
            rounds: Vec::new(),
        })
    }

    /// The game after `next`, or why it cannot be played now.
    pub fn with_move(&self, next: Move) -> Result<Game, GameError> {
        let played = self.replay()?;
        let mut rounds = self.rounds.clone();
        match (played.turn, next) {
            (Turn::Customer { round }, Move::Customer(mv)) => {
                let position = played.position.unwrap_or(Position {
                    round,
                    overdue: Decimal::ZERO,
                    claim: Decimal::ZERO,
                });
                check_customer(&self.rounds, position, &mv)
                    .map_err(|problem| move_error(round, Side::Customer, problem))?;
                rounds.push(Round {
                    customer: mv,
                    vendor: None,
                });
            }
            (Turn::Vendor { round }, Move::Vendor(mv)) => {
                let claim = played.records.last().map_or(Decimal::ZERO, |r| r.claim);
                check_vendor(&self.rules, &self.rounds, claim, round, &mv)
                    .map_err(|problem| move_error(round, Side::Vendor, problem))?;
                if let Some(last) = rounds.last_mut() {
                    last.vendor = Some(mv);
                }
            }
            (turn, next) => {
                let side = match next {
                    Move::Customer(_) => Side::Customer,
                    Move::Vendor(_) => Side::Vendor,
                };
                let round = u32::try_from(self.rounds.len()).unwrap_or(u32::MAX);
                return Err(move_error(
                    round,
                    side,
                    MoveProblem::NotYourTurn {
                        to_move: turn.side(),
                    },
                ));
            }
        }
        Ok(Game {
            rounds,
            ..self.clone()
        })
    }

    /// Replays every round, checking each move as it was played (a game read from a link is
    /// checked the same way as one played on screen).
    pub fn replay(&self) -> Result<Played, GameError> {
        check_rules(&self.scenario, &self.rules).map_err(GameError::Rules)?;
        let mut terms = Terms::default();
        let mut records = Vec::new();
        let mut end = None;
        for (index, round) in self.rounds.iter().enumerate() {
            let r = u32::try_from(index).unwrap_or(u32::MAX);
            let last_in_game = index + 1 == self.rounds.len();
            if end.is_some() || r >= self.rules.max_rounds {
                return Err(move_error(
                    r,
                    Side::Customer,
                    MoveProblem::NotYourTurn { to_move: None },
                ));
            }
            let (position, _) = replay_position(self, &terms, r)?;
            let before = self.rounds.get(..index).unwrap_or_default();
            check_customer(before, position, &round.customer)
                .map_err(|problem| move_error(r, Side::Customer, problem))?;
            let last_month = self.rules.last_month(r);
            let paid = payment(&round.customer, position.overdue);
            if paid > Decimal::ZERO {
                terms.payments.push(LumpSum {
                    month: last_month,
                    amount: paid,
                });
            }
            if let (CustomerMove::AcceptCounter, Some(price)) = (&round.customer, countered(before))
            {
                terms.settlement = Some((last_month, Side::Vendor, price, position.claim));
                end = Some(End::Settled {
                    round: r,
                    price,
                    proposed_by: Side::Vendor,
                });
            }
            match &round.vendor {
                Some(_) if end.is_some() => {
                    return Err(move_error(
                        r,
                        Side::Vendor,
                        MoveProblem::NotYourTurn { to_move: None },
                    ));
                }
                Some(vendor) => {
                    let through = self.rounds.get(..=index).unwrap_or_default();
                    check_vendor(&self.rules, through, position.claim, r, vendor)
                        .map_err(|problem| move_error(r, Side::Vendor, problem))?;
                    end = take_vendor_move(
                        &mut terms,
                        r,
                        last_month,
                        vendor,
                        &round.customer,
                        position.claim,
                    );
                }
                None if end.is_none() && !last_in_game => {
                    return Err(move_error(
                        r,
                        Side::Vendor,
                        MoveProblem::NotYourTurn {
                            to_move: Some(Side::Vendor),
                        },
                    ));
                }
                None => {}
            }
            records.push(RoundRecord {
                round: r,
                first_month: self.rules.first_month(r),
                last_month,
                overdue: position.overdue,
                claim: position.claim,
                paid,
                moves: round.clone(),
            });
        }
        finish(self, terms, records, end)
    }
}

/// Adds what the vendor's move of round `round` does to `terms`; returns the game's end when
/// it accepted the customer's offer.
fn take_vendor_move(
    terms: &mut Terms,
    round: u32,
    last_month: u32,
    vendor: &VendorMove,
    customer: &CustomerMove,
    claim: Decimal,
) -> Option<End> {
    match (vendor, customer) {
        (VendorMove::Take { measure }, _) => {
            terms
                .measures
                .push((*measure, last_month.saturating_add(1)));
            None
        }
        (VendorMove::Accept, CustomerMove::Propose { price }) => {
            terms.settlement = Some((last_month, Side::Customer, *price, claim));
            Some(End::Settled {
                round,
                price: *price,
                proposed_by: Side::Customer,
            })
        }
        _ => None,
    }
}

/// The replay's last step: the whole scenario's report, whose turn it is, and where the
/// claim stands for the customer's next move.
fn finish(
    game: &Game,
    terms: Terms,
    records: Vec<RoundRecord>,
    end: Option<End>,
) -> Result<Played, GameError> {
    let rounds = u32::try_from(game.rounds.len()).unwrap_or(u32::MAX);
    let waiting_for_vendor = game
        .rounds
        .last()
        .is_some_and(|round| round.vendor.is_none())
        && end.is_none();
    let (turn, end) = match end {
        Some(end) => (Turn::Over, Some(end)),
        None if waiting_for_vendor => (Turn::Vendor { round: rounds - 1 }, None),
        None if rounds >= game.rules.max_rounds => (Turn::Over, Some(End::RoundLimit)),
        None => (Turn::Customer { round: rounds }, None),
    };
    let position = match turn {
        Turn::Customer { round } => Some(replay_position(game, &terms, round)?.0),
        _ => None,
    };
    let scenario = scenario_of(game, &terms);
    let report = simulate(&scenario).map_err(GameError::Engine)?;
    Ok(Played {
        records,
        scenario,
        report,
        turn,
        end,
        position,
    })
}

/// Where the claim stands at the end of round `round` if the customer pays nothing in it.
fn replay_position(
    game: &Game,
    terms: &Terms,
    round: u32,
) -> Result<(Position, Report), GameError> {
    let report = simulate(&scenario_of(game, terms)).map_err(GameError::Engine)?;
    let month = usize::try_from(game.rules.last_month(round)).unwrap_or(usize::MAX);
    let (overdue, claim) = report
        .months
        .get(month)
        .map_or((Decimal::ZERO, Decimal::ZERO), |m| {
            (m.arrears, m.open_claim().unwrap_or(m.arrears))
        });
    Ok((
        Position {
            round,
            overdue,
            claim,
        },
        report,
    ))
}

/// What a customer move pays when `overdue` is overdue at the round's end. A share is
/// rounded to the cent, half away from zero.
fn payment(mv: &CustomerMove, overdue: Decimal) -> Decimal {
    match mv {
        CustomerMove::PayAll => overdue,
        CustomerMove::PayShare { percent } => overdue
            .checked_mul(Decimal::from(*percent))
            .and_then(|amount| amount.checked_div(Decimal::ONE_HUNDRED))
            .map_or(Decimal::ZERO, round_cents),
        CustomerMove::LumpSum { amount } => (*amount).min(overdue),
        CustomerMove::PayNothing | CustomerMove::Propose { .. } | CustomerMove::AcceptCounter => {
            Decimal::ZERO
        }
    }
}

/// The price the vendor countered with in the last of `before`, if it did.
fn countered(before: &[Round]) -> Option<Decimal> {
    match before.last()?.vendor {
        Some(VendorMove::Counter { price }) => Some(price),
        _ => None,
    }
}

fn move_error(round: u32, side: Side, problem: MoveProblem) -> GameError {
    GameError::Move {
        round,
        side,
        problem,
    }
}

fn check_rules(scenario: &Scenario, rules: &GameRules) -> Result<(), RulesProblem> {
    if !matches!(rules.round_months, 1 | 3) {
        return Err(RulesProblem::RoundMonths {
            found: rules.round_months,
        });
    }
    let max_start = scenario.horizon_months.saturating_sub(1);
    if rules.start_month == 0 || rules.start_month > max_start {
        return Err(RulesProblem::StartMonth {
            found: rules.start_month,
            max: max_start,
        });
    }
    let fit = scenario
        .horizon_months
        .saturating_sub(rules.start_month)
        .checked_div(rules.round_months)
        .unwrap_or(0)
        .min(MAX_ROUNDS);
    if rules.max_rounds == 0 || rules.max_rounds > fit {
        return Err(RulesProblem::MaxRounds {
            found: rules.max_rounds,
            max: fit,
        });
    }
    Ok(())
}

/// Checks the customer's move against the rounds `before` it and the claim's `position`.
fn check_customer(
    before: &[Round],
    position: Position,
    mv: &CustomerMove,
) -> Result<(), MoveProblem> {
    match mv {
        CustomerMove::PayShare { percent } if !(1..=99).contains(percent) => {
            Err(MoveProblem::Share { found: *percent })
        }
        CustomerMove::LumpSum { amount }
            if *amount <= Decimal::ZERO || *amount > position.overdue =>
        {
            Err(MoveProblem::Amount {
                found: *amount,
                max: position.overdue,
            })
        }
        CustomerMove::Propose { price } if *price <= Decimal::ZERO || *price > position.claim => {
            Err(MoveProblem::Price {
                found: *price,
                max: position.claim,
            })
        }
        CustomerMove::AcceptCounter if countered(before).is_none() => Err(MoveProblem::NoCounter),
        _ => Ok(()),
    }
}

/// Checks the vendor's move of round `round` against the rounds `through` it (the customer's
/// move of the round included) and the `claim` when the customer moved.
fn check_vendor(
    rules: &GameRules,
    through: &[Round],
    claim: Decimal,
    round: u32,
    mv: &VendorMove,
) -> Result<(), MoveProblem> {
    let offer = matches!(
        through.last().map(|r| &r.customer),
        Some(CustomerMove::Propose { .. })
    );
    match mv {
        VendorMove::Accept | VendorMove::Reject | VendorMove::Counter { .. } if !offer => {
            Err(MoveProblem::NoOffer)
        }
        VendorMove::Counter { price } if *price <= Decimal::ZERO || *price > claim => {
            Err(MoveProblem::Price {
                found: *price,
                max: claim,
            })
        }
        VendorMove::Take { measure } => {
            let earlier = through.split_last().map_or(&[][..], |(_, earlier)| earlier);
            let taken = earlier.iter().any(
                |r| matches!(r.vendor, Some(VendorMove::Take { measure: m }) if m == *measure),
            );
            if taken {
                Err(MoveProblem::AlreadyTaken { measure: *measure })
            } else {
                Ok(())
            }
        }
        VendorMove::Threaten { by_round, .. } => {
            let (min, max) = (round.saturating_add(2), rules.max_rounds);
            if *by_round < min || *by_round > max {
                Err(MoveProblem::ThreatRound {
                    found: *by_round,
                    min,
                    max,
                })
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

/// The scenario the moves so far make of the game's scenario: from the start month the
/// customer pays only what its moves pay; the vendor's measures are the rules it took; an
/// agreed price is a settlement that ends them.
fn scenario_of(game: &Game, terms: &Terms) -> Scenario {
    let start = game.rules.start_month;
    let mut s = game.scenario.clone();
    s.lesson = Lesson::default();
    // A game is played between the customer and its first vendor: the other vendors and the
    // budget are left out, so that every payment a move makes is paid in full.
    s.more_vendors.clear();
    s.budget = None;
    // A game may start in the middle of the scenario's own standoff (a lesson step that hands
    // over play in March 2023): the payments the scenario already stopped stay stopped, so the
    // players inherit the arrears the story has reached.
    let in_force = s.payment.stop_from_month.filter(|own| {
        *own <= start
            && s.payment
                .resume_at_month
                .is_none_or(|resume| resume > start)
    });
    s.payment.stop_from_month = Some(in_force.unwrap_or(start));
    s.payment.resume_at_month = None;
    s.payment.catch_up_on_resume = false;
    s.payment.lump_sums.retain(|lump| lump.month < start);
    s.payment.lump_sums.extend(terms.payments.iter().cloned());
    let until = terms.settlement.map(|(month, ..)| month.saturating_add(1));
    s.retaliation = terms
        .measures
        .iter()
        .map(|(measure, from)| RetaliationRule {
            trigger: Trigger::Always,
            action: action_of(&game.scenario, *measure),
            lag_months: *from,
            reverses_when_cleared: false,
            until_month: until,
            threat: None,
        })
        .collect();
    s.settlement = terms
        .settlement
        .map(|(month, proposed_by, price, claim)| Settlement {
            month,
            proposed_by,
            arrears_discount: forgiven_share(price, claim),
            commitment_reduction: Decimal::ZERO,
            term_extension_months: 0,
            bundled_ad_monthly: Decimal::ZERO,
            bundled_data_monthly: Decimal::ZERO,
        });
    s
}

/// The share of `claim` that paying `price` forgives (0 when the price is the whole claim or
/// more).
fn forgiven_share(price: Decimal, claim: Decimal) -> Decimal {
    let kept = price.checked_div(claim).unwrap_or(Decimal::ONE);
    Decimal::ONE
        .checked_sub(kept)
        .unwrap_or(Decimal::ZERO)
        .max(Decimal::ZERO)
}

/// The action a measure takes in the game's scenario: the terms of the scenario's own rule
/// for it when it has one, else a documented default (a suspension costs the customer a
/// month of commitment per month; a suit costs each side 1 % of the commitment, comes to
/// judgment after 12 months and is won three times in four).
pub fn action_of(scenario: &Scenario, measure: Measure) -> Action {
    let own = scenario.retaliation.iter().map(|rule| &rule.action);
    match measure {
        Measure::CutAds => Action::CutSpend {
            kind: FlowKind::Ad,
            share: Decimal::ONE,
        },
        Measure::CutData => Action::CutSpend {
            kind: FlowKind::Data,
            share: Decimal::ONE,
        },
        Measure::Withhold => Action::WithholdPayments,
        Measure::Suspend => own
            .clone()
            .find(|a| matches!(a, Action::Suspend { .. }))
            .cloned()
            .unwrap_or_else(|| Action::Suspend {
                outage_cost_monthly: monthly_commitment(scenario),
            }),
        Measure::Sue => own
            .clone()
            .find(|a| matches!(a, Action::Legal { .. }))
            .cloned()
            .unwrap_or_else(|| {
                let cost = round_cents(
                    scenario
                        .contract
                        .total_commitment
                        .checked_div(Decimal::ONE_HUNDRED)
                        .unwrap_or(Decimal::ZERO),
                );
                Action::Legal {
                    vendor_cost: cost,
                    customer_cost: cost,
                    delay_months: 12,
                    win_probability: Decimal::new(75, 2),
                }
            }),
    }
}

fn monthly_commitment(scenario: &Scenario) -> Decimal {
    round_cents(
        scenario
            .contract
            .total_commitment
            .checked_div(Decimal::from(scenario.contract.term_months.max(1)))
            .unwrap_or(Decimal::ZERO),
    )
}
