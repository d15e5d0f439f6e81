//! The moves of a played standoff: what each side may do in a round.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A measure the vendor can take against the customer. Each is taken at most once in a game
/// and lasts until a settlement (a suit, once filed, runs to its judgment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Stop buying advertising from the customer.
    CutAds,
    /// Stop paying for the customer's data.
    CutData,
    /// Hold back what the vendor owes the customer for ads and data.
    Withhold,
    /// Suspend the service.
    Suspend,
    /// File a suit for the claim.
    Sue,
}

impl Measure {
    /// Every measure, in the order the game offers them.
    pub const ALL: [Measure; 5] = [
        Measure::Withhold,
        Measure::CutAds,
        Measure::CutData,
        Measure::Suspend,
        Measure::Sue,
    ];
}

/// The customer's move in a round, made first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "move", rename_all = "snake_case")]
pub enum CustomerMove {
    /// Pay every overdue invoice at the round's end.
    PayAll,
    /// Pay `percent` % of what is overdue at the round's end (1 to 99).
    PayShare { percent: u32 },
    /// Pay nothing this round.
    PayNothing,
    /// Pay `amount` towards the oldest overdue invoices (at most what is overdue).
    LumpSum { amount: Decimal },
    /// Offer `price`, paid at once, for the whole claim (overdue invoices, late interest and
    /// collection costs); the vendor answers in the same round.
    Propose { price: Decimal },
    /// Accept the price the vendor countered with in the round before: the game ends.
    AcceptCounter,
}

/// The vendor's move in a round, made once it has seen the customer's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "move", rename_all = "snake_case")]
pub enum VendorMove {
    /// Do nothing new.
    Wait,
    /// Announce `measure` for round `by_round` (1-based) unless the customer pays: a threat
    /// changes no cash flow; carrying it out is a later move.
    Threaten { measure: Measure, by_round: u32 },
    /// Take `measure` from the next round on.
    Take { measure: Measure },
    /// Accept the customer's offer of this round: the game ends.
    Accept,
    /// Turn the customer's offer of this round down.
    Reject,
    /// Turn the offer down and ask `price` instead; the customer may accept it next round.
    Counter { price: Decimal },
}

/// One round: the customer's move, then the vendor's (`None` while the vendor has not moved,
/// and in a round the customer ended by accepting a counter-offer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub customer: CustomerMove,
    pub vendor: Option<VendorMove>,
}

/// A move by either side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Move {
    Customer(CustomerMove),
    Vendor(VendorMove),
}
