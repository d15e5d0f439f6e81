//! The class debrief: many game links read at once (pasted one per line, a text file of
//! them, or a column of a CSV file), each replayed to its outcome; lines that hold no
//! readable game are listed with their reason and the rest kept. Sans-IO: text in, outcomes
//! and a spreadsheet file out.

use rust_decimal::Decimal;

use crate::csv_export::{money_with, Spreadsheet};
use crate::game_link::{decode_game_link, GameLinkError};
use standoff_core::game::{npv, End, Game};
use standoff_core::model::{Scenario, Side};

/// The most lines one debrief reads: a large lecture's worth of games, and a bound on the
/// work a pasted text can ask for.
pub const CLASS_LINES_MAX: usize = 500;

/// One game of the class, as it ended.
#[derive(Clone, Debug, PartialEq)]
pub struct GameOutcome {
    /// The line of the input it came from (1-based).
    pub line: usize,
    pub end: End,
    /// Rounds played.
    pub rounds: u32,
    /// Each side's NPV against paying on time, open claims counted (see `game::debrief`).
    pub customer_npv: Decimal,
    pub vendor_npv: Decimal,
}

impl GameOutcome {
    /// The round the game settled in (1-based), if it did.
    pub fn settled_round(&self) -> Option<u32> {
        match self.end {
            End::Settled { round, .. } => Some(round.saturating_add(1)),
            End::RoundLimit => None,
        }
    }

    /// The agreed price, if any.
    pub fn price(&self) -> Option<Decimal> {
        match self.end {
            End::Settled { price, .. } => Some(price),
            End::RoundLimit => None,
        }
    }
}

/// A line that holds no readable game, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct BadLine {
    /// 1-based.
    pub line: usize,
    /// The line as written (cut to 80 characters).
    pub text: String,
    pub problem: LineProblem,
}

/// Why a line was left out.
#[derive(Clone, Debug, PartialEq)]
pub enum LineProblem {
    /// The line holds no link with a game.
    NoGame,
    /// The game was not finished when the link was made.
    Unfinished,
    /// The link or its game cannot be read.
    Link(GameLinkError),
    /// Lines after the first [`CLASS_LINES_MAX`] are not read.
    TooManyLines,
}

/// Every game read from a text, and the lines left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassGames {
    pub games: Vec<GameOutcome>,
    pub bad: Vec<BadLine>,
    /// The scenario of the first game read: the prediction the class is compared with.
    pub scenario: Option<Scenario>,
}

impl ClassGames {
    /// How many games each side blinked in, and how many ended without a deal:
    /// `(customer, vendor, no deal)`.
    pub fn blink_counts(&self) -> (usize, usize, usize) {
        self.games
            .iter()
            .fold((0, 0, 0), |(c, v, n), game| match game.end.blinked() {
                Some(Side::Customer) => (c + 1, v, n),
                Some(Side::Vendor) => (c, v + 1, n),
                None => (c, v, n + 1),
            })
    }
}

/// Reads every game in `text`: one link per line, or a CSV line of which one field is the
/// link (fields split at `,`, `;` or a tab; quotes around the field are dropped). Blank lines,
/// and a first line with no link (a CSV header), are skipped.
pub fn read_class(text: &str) -> ClassGames {
    let mut class = ClassGames::default();
    for (index, line) in text.lines().enumerate() {
        let number = index.saturating_add(1);
        let trimmed = line.trim();
        let link = link_in(trimmed);
        if trimmed.is_empty() || (index == 0 && link.is_none()) {
            continue;
        }
        let bad = |problem| BadLine {
            line: number,
            text: trimmed.chars().take(80).collect(),
            problem,
        };
        if index >= CLASS_LINES_MAX {
            class.bad.push(bad(LineProblem::TooManyLines));
            continue;
        }
        match read_line(link) {
            Ok((game, outcome)) => {
                if class.scenario.is_none() {
                    class.scenario = Some(game.scenario);
                }
                class.games.push(GameOutcome {
                    line: number,
                    ..outcome
                });
            }
            Err(problem) => class.bad.push(bad(problem)),
        }
    }
    class
}

/// The field of a CSV line that holds a game link (the whole line when it is one link).
fn link_in(line: &str) -> Option<&str> {
    line.split([',', ';', '\t'])
        .map(|field| field.trim().trim_matches('"').trim())
        .find(|field| field.contains("g="))
}

fn read_line(link: Option<&str>) -> Result<(Game, GameOutcome), LineProblem> {
    let link = link.ok_or(LineProblem::NoGame)?;
    let game = decode_game_link(link)
        .map_err(LineProblem::Link)?
        .ok_or(LineProblem::NoGame)?;
    let played = game
        .replay()
        .map_err(|error| LineProblem::Link(GameLinkError::Game(error)))?;
    let end = played.end.clone().ok_or(LineProblem::Unfinished)?;
    let outcome = GameOutcome {
        line: 0,
        end,
        rounds: u32::try_from(played.records.len()).unwrap_or(u32::MAX),
        customer_npv: npv(&played.report, Side::Customer),
        vendor_npv: npv(&played.report, Side::Vendor),
    };
    Ok((game, outcome))
}

/// The class's games as a spreadsheet file in `sheet`'s dialect: one row per game (its line,
/// the round it settled in, the price, who blinked as `side_names` give it, both NPVs), money
/// with two decimals rounded half away from zero, empty cells where a game had no deal.
pub fn class_csv(
    class: &ClassGames,
    sheet: Spreadsheet,
    header: &[String],
    side_names: impl Fn(Option<Side>) -> String,
) -> String {
    let amount = |value: Decimal| money_with(value, sheet.decimal_point);
    let rows: Vec<Vec<String>> = class
        .games
        .iter()
        .map(|game| {
            vec![
                game.line.to_string(),
                game.settled_round()
                    .map_or_else(String::new, |round| round.to_string()),
                game.price().map_or_else(String::new, amount),
                side_names(game.end.blinked()),
                amount(game.customer_npv),
                amount(game.vendor_npv),
            ]
        })
        .collect();
    sheet.write_table(header, &rows)
}
