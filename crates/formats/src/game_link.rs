//! A played game in a link: the scenario member `s` as for any scenario, plus a member `g`
//! with the game's rules and moves, `#s=v1.<payload>&g=1~26~1~24~N-W_A-Xa…`.
//!
//! The game travels beside the scenario rather than inside it, so that a reader that knows
//! nothing of games still opens the scenario (it keeps `g` as an unknown state member). The
//! member is short plain text instead of compressed JSON: a round is two or three characters
//! plus its amounts, so two dozen rounds add less than the base64 of their JSON would, and a
//! person can read and edit it. Every character is unreserved in RFC 3986, so nothing in it is
//! percent-encoded. The grammar is in `docs/link-format.md` ("Game links").
//!
//! Reading checks the text first (a typed `Syntax` error names the round and the part that
//! could not be read), then replays the game with the core's own checks, so a game read from a
//! link is held to exactly the rules of one played on screen.

use std::str::FromStr;

use rust_decimal::Decimal;
use standoff_core::game::{
    CustomerMove, Game, GameError, GameRules, Measure, Played, Round, VendorMove, MAX_ROUNDS,
};

use super::codec::{decode_link, encode_link_with_state, parse_fragment, MAX_LINK_CHARS};
use super::error::LinkError;
use standoff_core::model::Scenario;

/// The fragment member that carries a game.
pub const GAME_KEY: &str = "g";

/// The version of the game member's grammar, its first field. A change of the grammar that an
/// older reader would misread gets a new number, which that reader refuses as `Version`.
pub const GAME_FORMAT: u32 = 1;

/// Separates the member's fields: version, start month, months per round, rounds, moves.
const FIELD: char = '~';
/// Separates rounds.
const ROUND: char = '_';
/// Separates a round's customer move from the vendor's.
const TURN: char = '-';
/// Cents are the finest amount a move names; a third decimal is refused rather than rounded,
/// since a link must replay to the game that was played.
const MAX_DECIMALS: usize = 2;

/// Why a link's game could not be read. Data only: the words crate words it.
#[derive(Clone, Debug, PartialEq)]
pub enum GameLinkError {
    /// The link's scenario (or the link itself) could not be read.
    Link(LinkError),
    /// The game member is of a version this build does not read (`found`, as written).
    Version { found: String },
    /// A part of the member could not be read: `round` is the 0-based round it belongs to
    /// (`None` for the rules before the moves), `text` the part as written.
    Syntax { round: Option<u32>, text: String },
    /// The member has more rounds than any game has.
    TooManyRounds { found: u32, max: u32 },
    /// The game reads but cannot be replayed: a move out of turn, an impossible amount, rules
    /// that do not fit the scenario.
    Game(GameError),
}

impl From<LinkError> for GameLinkError {
    fn from(error: LinkError) -> Self {
        GameLinkError::Link(error)
    }
}

/// The value of the `g` member: `1~<start_month>~<round_months>~<max_rounds>~<moves>`.
pub fn encode_game_member(rules: &GameRules, rounds: &[Round]) -> String {
    let moves: Vec<String> = rounds.iter().map(round_code).collect();
    format!(
        "{GAME_FORMAT}{FIELD}{}{FIELD}{}{FIELD}{}{FIELD}{}",
        rules.start_month,
        rules.round_months,
        rules.max_rounds,
        moves.join(&ROUND.to_string())
    )
}

/// Reads the value of a `g` member into the game's rules and rounds, checking only its
/// grammar (the moves are checked when the game is replayed).
pub fn decode_game_member(text: &str) -> Result<(GameRules, Vec<Round>), GameLinkError> {
    if text.len() > MAX_LINK_CHARS {
        return Err(GameLinkError::Link(LinkError::TooLong {
            length: text.len(),
            limit: MAX_LINK_CHARS,
        }));
    }
    let mut fields = text.splitn(5, FIELD);
    let version = fields.next().unwrap_or_default();
    match whole_number(version) {
        Some(GAME_FORMAT) => {}
        Some(_) => {
            return Err(GameLinkError::Version {
                found: version.to_string(),
            })
        }
        None => return Err(syntax(None, version)),
    }
    let mut rule = || {
        let field = fields.next().unwrap_or_default();
        whole_number(field).ok_or_else(|| syntax(None, field))
    };
    let rules = GameRules {
        start_month: rule()?,
        round_months: rule()?,
        max_rounds: rule()?,
    };
    let Some(moves) = fields.next() else {
        return Err(syntax(None, text));
    };
    if moves.is_empty() {
        return Ok((rules, Vec::new()));
    }
    let count = moves.split(ROUND).count();
    if count > usize::try_from(MAX_ROUNDS).unwrap_or(usize::MAX) {
        return Err(GameLinkError::TooManyRounds {
            found: u32::try_from(count).unwrap_or(u32::MAX),
            max: MAX_ROUNDS,
        });
    }
    let rounds = moves
        .split(ROUND)
        .enumerate()
        .map(|(index, text)| read_round(u32::try_from(index).unwrap_or(u32::MAX), text))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((rules, rounds))
}

/// The whole fragment of a game, with its leading `#`: `#s=v1.<payload>&g=<game>`.
pub fn encode_game_link(game: &Game) -> String {
    let member = encode_game_member(&game.rules, &game.rounds);
    // A replay ignores the lesson, and a bilingual lesson is most of a preset's link: the
    // game's link leaves it out, so that it stays short enough to paste in a chat.
    let mut scenario = game.scenario.clone();
    scenario.lesson = Default::default();
    encode_link_with_state(&scenario, &[(GAME_KEY, &member)])
}

/// Reads the game of a link: `Ok(None)` when the link carries no `g` member (a plain scenario
/// link), else the scenario and the game, replayed to check every move.
pub fn decode_game_link(input: &str) -> Result<Option<Game>, GameLinkError> {
    let fragment = parse_fragment(input)?;
    let Some(member) = fragment.get(GAME_KEY) else {
        return Ok(None);
    };
    let scenario = decode_link(input)?;
    game_of(scenario, member).map(|(game, _)| Some(game))
}

/// The game that the `g` member `member` describes on `scenario`, and its replay, which
/// checks every move: a caller that has decoded the link's scenario reads its game from it.
pub fn game_of(scenario: Scenario, member: &str) -> Result<(Game, Played), GameLinkError> {
    let (rules, rounds) = decode_game_member(member)?;
    let game = Game {
        scenario,
        rules,
        rounds,
    };
    let played = game.replay().map_err(GameLinkError::Game)?;
    Ok((game, played))
}

fn syntax(round: Option<u32>, text: &str) -> GameLinkError {
    GameLinkError::Syntax {
        round,
        text: text.to_string(),
    }
}

fn round_code(round: &Round) -> String {
    match &round.vendor {
        Some(vendor) => format!(
            "{}{TURN}{}",
            customer_code(&round.customer),
            vendor_code(vendor)
        ),
        None => customer_code(&round.customer),
    }
}

fn customer_code(mv: &CustomerMove) -> String {
    match mv {
        CustomerMove::PayAll => "A".to_string(),
        CustomerMove::PayShare { percent } => format!("S{percent}"),
        CustomerMove::PayNothing => "N".to_string(),
        CustomerMove::LumpSum { amount } => format!("L{}", amount_text(*amount)),
        CustomerMove::Propose { price } => format!("P{}", amount_text(*price)),
        CustomerMove::AcceptCounter => "K".to_string(),
    }
}

fn vendor_code(mv: &VendorMove) -> String {
    match mv {
        VendorMove::Wait => "W".to_string(),
        VendorMove::Threaten { measure, by_round } => {
            format!("T{}{by_round}", measure_letter(*measure))
        }
        VendorMove::Take { measure } => format!("X{}", measure_letter(*measure)),
        VendorMove::Accept => "Y".to_string(),
        VendorMove::Reject => "R".to_string(),
        VendorMove::Counter { price } => format!("C{}", amount_text(*price)),
    }
}

fn measure_letter(measure: Measure) -> char {
    match measure {
        Measure::Withhold => 'h',
        Measure::CutAds => 'a',
        Measure::CutData => 'd',
        Measure::Suspend => 's',
        Measure::Sue => 'l',
    }
}

fn measure_of(letter: char) -> Option<Measure> {
    match letter {
        'h' => Some(Measure::Withhold),
        'a' => Some(Measure::CutAds),
        'd' => Some(Measure::CutData),
        's' => Some(Measure::Suspend),
        'l' => Some(Measure::Sue),
        _ => None,
    }
}

/// An amount as plain decimal text without trailing zeros (`1500000`, `2.5`): the shortest
/// text that reads back to the same value. Amounts a player types are in cents; one with a
/// third decimal is written as it is and refused when read.
fn amount_text(amount: Decimal) -> String {
    amount.normalize().to_string()
}

/// Reads round `round` (0-based): `<customer>` or `<customer>-<vendor>`.
fn read_round(round: u32, text: &str) -> Result<Round, GameLinkError> {
    let mut parts = text.split(TURN);
    let customer_text = parts.next().unwrap_or_default();
    let vendor_text = parts.next();
    if parts.next().is_some() {
        return Err(syntax(Some(round), text));
    }
    let customer =
        read_customer(customer_text).ok_or_else(|| syntax(Some(round), customer_text))?;
    let vendor = match vendor_text {
        Some(code) => Some(read_vendor(code).ok_or_else(|| syntax(Some(round), code))?),
        None => None,
    };
    Ok(Round { customer, vendor })
}

fn read_customer(code: &str) -> Option<CustomerMove> {
    let mut chars = code.chars();
    let letter = chars.next()?;
    let rest = chars.as_str();
    let mv = match letter {
        'A' if rest.is_empty() => CustomerMove::PayAll,
        'S' => CustomerMove::PayShare {
            percent: whole_number(rest)?,
        },
        'N' if rest.is_empty() => CustomerMove::PayNothing,
        'L' => CustomerMove::LumpSum {
            amount: read_amount(rest)?,
        },
        'P' => CustomerMove::Propose {
            price: read_amount(rest)?,
        },
        'K' if rest.is_empty() => CustomerMove::AcceptCounter,
        _ => return None,
    };
    Some(mv)
}

fn read_vendor(code: &str) -> Option<VendorMove> {
    let mut chars = code.chars();
    let letter = chars.next()?;
    let mv = match letter {
        'W' if chars.as_str().is_empty() => VendorMove::Wait,
        'T' => {
            let measure = measure_of(chars.next()?)?;
            VendorMove::Threaten {
                measure,
                by_round: whole_number(chars.as_str())?,
            }
        }
        'X' => {
            let measure = measure_of(chars.next()?)?;
            if !chars.as_str().is_empty() {
                return None;
            }
            VendorMove::Take { measure }
        }
        'Y' if chars.as_str().is_empty() => VendorMove::Accept,
        'R' if chars.as_str().is_empty() => VendorMove::Reject,
        'C' => VendorMove::Counter {
            price: read_amount(chars.as_str())?,
        },
        _ => return None,
    };
    Some(mv)
}

/// A whole number written with ASCII digits only (no sign, no spaces), as `u32`.
fn whole_number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// An amount: ASCII digits, then optionally `.` and one or two digits, read exactly.
fn read_amount(text: &str) -> Option<Decimal> {
    let (units, cents) = match text.split_once('.') {
        Some((units, cents)) => (units, Some(cents)),
        None => (text, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(units) {
        return None;
    }
    if let Some(cents) = cents {
        if !digits(cents) || cents.len() > MAX_DECIMALS {
            return None;
        }
    }
    Decimal::from_str(text).ok()
}
