//! The debrief of a finished game: how it ended, each side's NPV against settling in round 1,
//! and the moves that cost their player most.

use super::moves::{CustomerMove, Round, VendorMove};
use super::play::{End, Game, GameError, Played};
use crate::engine::Report;
use crate::model::{round_cents, Side};
use rust_decimal::Decimal;

/// What a finished game comes to.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub end: End,
    /// Rounds played.
    pub rounds: u32,
    /// Each side's NPV against paying on time over the whole horizon, counting the claim
    /// still open at its end as paid on its last day (a customer that never pays is not let
    /// off its debt).
    pub customer_npv: Decimal,
    pub vendor_npv: Decimal,
    /// The same deal struck in round 1, when there is a price to strike it at.
    pub round_one: Option<RoundOne>,
    /// The moves that cost their player most, dearest first (at most three).
    pub costliest: Vec<CostlyMove>,
}

/// Settling in round 1 for the same share of the claim: the price and each side's NPV.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundOne {
    /// The share of the claim paid (the rest forgiven).
    pub share: Decimal,
    pub price: Decimal,
    pub customer_npv: Decimal,
    pub vendor_npv: Decimal,
}

/// A move and what it cost its player: the player's NPV had it made the standing move
/// instead (the customer paying nothing, the vendor waiting), every other move unchanged,
/// less its NPV as played.
#[derive(Clone, Debug, PartialEq)]
pub struct CostlyMove {
    /// 0-based.
    pub round: u32,
    pub side: Side,
    pub cost: Decimal,
}

/// The debrief of `game` as `played`, or `None` while it is still being played. Settling in
/// round 1 pays the same share of the claim as the game's deal, or without a deal
/// `reference_share` (the prediction's, e.g. the Nash price over the claim it prices).
pub fn debrief(
    game: &Game,
    played: &Played,
    reference_share: Option<Decimal>,
) -> Result<Option<Debrief>, GameError> {
    let Some(end) = played.end.clone() else {
        return Ok(None);
    };
    let own_share = match end {
        End::Settled { round, price, .. } => usize::try_from(round)
            .ok()
            .and_then(|r| played.records.get(r))
            .and_then(|record| price.checked_div(record.claim)),
        End::RoundLimit => None,
    };
    let round_one = match own_share.or(reference_share) {
        Some(share) => round_one(game, share)?,
        None => None,
    };
    Ok(Some(Debrief {
        end,
        rounds: u32::try_from(played.records.len()).unwrap_or(u32::MAX),
        customer_npv: npv(&played.report, Side::Customer),
        vendor_npv: npv(&played.report, Side::Vendor),
        round_one,
        costliest: costliest(game, &played.report),
    }))
}

/// A side's NPV against paying on time, open claims at the end counted as paid then.
pub fn npv(report: &Report, side: Side) -> Decimal {
    match side {
        Side::Customer => report.totals.customer.npv_with_claims_vs_baseline,
        Side::Vendor => report.totals.vendor.npv_with_claims_vs_baseline,
    }
}

/// Settling in round 1 for `share` of the claim then (cut to the whole claim).
fn round_one(game: &Game, share: Decimal) -> Result<Option<RoundOne>, GameError> {
    let start = Game {
        rounds: Vec::new(),
        ..game.clone()
    };
    let Some(position) = start.replay()?.position else {
        return Ok(None);
    };
    let share = share.clamp(Decimal::ZERO, Decimal::ONE);
    let price = position
        .claim
        .checked_mul(share)
        .map_or(Decimal::ZERO, round_cents)
        .min(position.claim);
    if price <= Decimal::ZERO {
        return Ok(None);
    }
    let settled = Game {
        rounds: vec![Round {
            customer: CustomerMove::Propose { price },
            vendor: Some(VendorMove::Accept),
        }],
        ..start
    };
    let report = settled.replay()?.report;
    Ok(Some(RoundOne {
        share,
        price,
        customer_npv: npv(&report, Side::Customer),
        vendor_npv: npv(&report, Side::Vendor),
    }))
}

/// Each move replaced in turn by its side's standing move; the three that cost most.
fn costliest(game: &Game, played: &Report) -> Vec<CostlyMove> {
    let mut costs = Vec::new();
    for (index, round) in game.rounds.iter().enumerate() {
        let r = u32::try_from(index).unwrap_or(u32::MAX);
        if round.customer != CustomerMove::PayNothing {
            let standing = Round {
                customer: CustomerMove::PayNothing,
                vendor: round.vendor.clone(),
            };
            costs.extend(cost_of(game, played, index, standing, Side::Customer, r));
        }
        if let Some(vendor) = &round.vendor {
            if *vendor != VendorMove::Wait {
                let standing = Round {
                    customer: round.customer.clone(),
                    vendor: Some(VendorMove::Wait),
                };
                costs.extend(cost_of(game, played, index, standing, Side::Vendor, r));
            }
        }
    }
    costs.retain(|c| c.cost > Decimal::ZERO);
    costs.sort_by(|a, b| b.cost.cmp(&a.cost).then(a.round.cmp(&b.round)));
    costs.truncate(3);
    costs
}

/// What the move of `side` in round `index` cost it against `standing`; `None` when the game
/// with the standing move is not a legal game (a later move answered this one).
fn cost_of(
    game: &Game,
    played: &Report,
    index: usize,
    standing: Round,
    side: Side,
    round: u32,
) -> Option<CostlyMove> {
    let mut rounds = game.rounds.clone();
    *rounds.get_mut(index)? = standing;
    let other = Game {
        rounds,
        ..game.clone()
    }
    .replay()
    .ok()?;
    let cost = npv(&other.report, side).checked_sub(npv(played, side))?;
    Some(CostlyMove { round, side, cost })
}
