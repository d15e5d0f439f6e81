//! A played standoff: two players, the customer's and the vendor's, each choose one move per
//! round; the engine runs each round from the moves. A game is the scenario it is played on,
//! its rules and the list of moves, so it fits in a link and replays to the same state.
//!
//! Architecture Invariant: like the rest of the core, a game is sans-IO: moves in, report and
//! outcome out. The words for moves and outcomes live in the words crate.

mod debrief;
mod moves;
mod play;
mod rules;
mod stakes;

pub use debrief::{debrief, npv, CostlyMove, Debrief, RoundOne};
pub use moves::{CustomerMove, Measure, Move, Round, VendorMove};
pub use play::{
    action_of, End, Game, GameError, MoveProblem, Played, Position, RoundRecord, RulesProblem, Turn,
};
pub use rules::{GameRules, MAX_ROUNDS};
pub use stakes::{stake, Stake};
