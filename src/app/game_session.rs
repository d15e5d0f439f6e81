//! A game being played on this page: the game, how it is played (on one device or by
//! exchanging links), and what the screen hides. Pure: the root's reducer applies
//! [`GameAction`]s through [`GameSession::apply`].

use std::rc::Rc;

use standoff_core::game::{Game, GameError, GameRules, Move, Turn};
use standoff_core::model::{LessonPlay, LocalText, Scenario, Side};

/// How the two players share the game.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayMode {
    /// Both players on this device: a hand-over screen hides the last player's private view.
    HotSeat,
    /// Each player on their own device: every move yields a link for the other player.
    Links,
}

/// A game in progress (or finished, showing its debrief).
#[derive(Clone, Debug, PartialEq)]
pub struct GameSession {
    pub game: Rc<Game>,
    pub mode: PlayMode,
    /// On one device: the next player has not yet said they are ready, so no private view
    /// is shown.
    pub handing_over: bool,
    /// By links: the side this browser plays, `None` for a spectator.
    pub me: Option<Side>,
    /// The last move that could not be played, and why; the game is unchanged.
    pub rejected: Option<GameError>,
    /// A lesson's private briefs, customer's then vendor's, when a lesson step started the
    /// game.
    pub briefs: Option<Rc<(LocalText, LocalText)>>,
}

/// What the game screen asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum GameAction {
    /// Start a game of the current scenario with its default rules.
    Start(PlayMode),
    /// Start the game the lesson step shown in presenter mode hands to the players.
    StartLessonPlay,
    /// A game opened from a link: this browser plays the side to move (`me`), or watches.
    Open {
        game: Box<Game>,
        me: Option<Side>,
    },
    Move(Move),
    /// The player handed the device to says they are ready.
    Ready,
}

impl GameSession {
    /// A new game of `scenario`, or why its rules do not fit.
    pub fn start(scenario: &Scenario, mode: PlayMode) -> Result<GameSession, GameError> {
        let rules = GameRules::for_scenario(scenario);
        let game = Game::new(scenario.clone(), rules)?;
        Ok(GameSession {
            game: Rc::new(game),
            mode,
            handing_over: mode == PlayMode::HotSeat,
            me: Some(Side::Customer),
            rejected: None,
            briefs: None,
        })
    }

    /// The game a lesson step at month index `month` hands to two players on this device,
    /// with the step's private briefs.
    pub fn lesson(
        scenario: &Scenario,
        month: u32,
        play: &LessonPlay,
    ) -> Result<GameSession, GameError> {
        let game = Game::new(scenario.clone(), play.rules(month))?;
        Ok(GameSession {
            game: Rc::new(game),
            mode: PlayMode::HotSeat,
            handing_over: true,
            me: Some(Side::Customer),
            rejected: None,
            briefs: Some(Rc::new((
                play.customer_brief.clone(),
                play.vendor_brief.clone(),
            ))),
        })
    }

    /// A game opened from a link.
    pub fn opened(game: Game, me: Option<Side>) -> GameSession {
        GameSession {
            game: Rc::new(game),
            mode: PlayMode::Links,
            handing_over: false,
            me,
            rejected: None,
            briefs: None,
        }
    }

    /// The session after `action` (a move that cannot be played leaves the game as it was
    /// and says why).
    pub fn apply(&self, action: GameAction) -> GameSession {
        let mut next = self.clone();
        match action {
            GameAction::Start(_) | GameAction::StartLessonPlay | GameAction::Open { .. } => {}
            GameAction::Move(mv) => match self.game.with_move(mv) {
                Ok(game) => {
                    next.game = Rc::new(game);
                    next.rejected = None;
                    next.handing_over = self.mode == PlayMode::HotSeat;
                }
                Err(error) => next.rejected = Some(error),
            },
            GameAction::Ready => next.handing_over = false,
        }
        next
    }

    /// Whether this screen may show `side`'s private facts: on one device, once the player
    /// to move is ready, that player's; by links, this browser's player's; never a
    /// spectator's.
    pub fn shows_private(&self, side: Side, turn: Turn) -> bool {
        match self.mode {
            PlayMode::HotSeat => !self.handing_over && turn.side() == Some(side),
            PlayMode::Links => self.me == Some(side),
        }
    }

    /// Whether this screen offers `side`'s moves now.
    pub fn may_move(&self, turn: Turn) -> Option<Side> {
        let side = turn.side()?;
        match self.mode {
            PlayMode::HotSeat => (!self.handing_over).then_some(side),
            PlayMode::Links => (self.me == Some(side)).then_some(side),
        }
    }
}
