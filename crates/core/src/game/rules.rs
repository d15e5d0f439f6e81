//! How a game is set up: when play starts, how long a round is, how many rounds at most.

use crate::model::Scenario;
use serde::{Deserialize, Serialize};

/// The longest game, in rounds.
pub const MAX_ROUNDS: u32 = 60;

/// A game's set-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameRules {
    /// The month index of the first round's first month (at least 1, so that a measure the
    /// vendor takes in round 1 has a month to start).
    pub start_month: u32,
    /// Months per round: 1 (a month) or 3 (a quarter).
    pub round_months: u32,
    /// The game ends after this many rounds without a settlement.
    pub max_rounds: u32,
}

impl GameRules {
    /// The rules a game of `scenario` starts with: play from the month the customer stops
    /// paying in the scenario (month 1 when it never stops), a month per round, and as many
    /// rounds as the horizon leaves, at most 24.
    pub fn for_scenario(scenario: &Scenario) -> GameRules {
        let start_month = scenario.payment.stop_from_month.unwrap_or(1).max(1);
        let left = scenario.horizon_months.saturating_sub(start_month);
        GameRules {
            start_month,
            round_months: 1,
            max_rounds: left.clamp(1, 24),
        }
    }

    /// The month index of round `round`'s (0-based) last month.
    pub fn last_month(&self, round: u32) -> u32 {
        self.start_month
            .saturating_add(round.saturating_add(1).saturating_mul(self.round_months))
            .saturating_sub(1)
    }

    /// The month index of round `round`'s (0-based) first month.
    pub fn first_month(&self, round: u32) -> u32 {
        self.start_month
            .saturating_add(round.saturating_mul(self.round_months))
    }
}
