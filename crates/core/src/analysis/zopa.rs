//! Reservation values and the zone of possible agreement (ZOPA).
//!
//! Prices here are what the customer pays the vendor to settle. The customer's reservation
//! price is the most it would pay: the price at which settling is worth exactly as much to it as
//! its no-deal path. The vendor's reservation price is the least it would accept, found the same
//! way. If the customer's maximum is at least the vendor's minimum, every price between them
//! leaves both better off than walking away: that interval is the ZOPA and its width is the
//! surplus the deal creates. Otherwise there is no deal, and the gap says how far apart they are.

use super::{check_unit, dec, AnalysisError, Input, Quantity};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Both sides' reservation prices and what follows from them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Zopa {
    /// The most the customer would pay (its walk-away price).
    pub customer_max: Decimal,
    /// The least the vendor would accept.
    pub vendor_min: Decimal,
    /// Whether the two overlap (`customer_max ≥ vendor_min`).
    pub exists: bool,
    /// `customer_max − vendor_min` when the ZOPA exists (the surplus), else 0.
    pub width: Decimal,
    /// `vendor_min − customer_max` when there is no ZOPA, else 0.
    pub gap: Decimal,
}

/// Builds the ZOPA from the two reservation prices.
pub fn zopa(customer_max: Decimal, vendor_min: Decimal) -> Result<Zopa, AnalysisError> {
    let difference = dec::sub(customer_max, vendor_min, Quantity::Zopa)?;
    let exists = difference >= Decimal::ZERO;
    Ok(Zopa {
        customer_max,
        vendor_min,
        exists,
        width: if exists { difference } else { Decimal::ZERO },
        gap: if exists { Decimal::ZERO } else { -difference },
    })
}

impl Zopa {
    /// The price that gives the vendor `vendor_share` of the surplus (and the customer the rest):
    /// `vendor_min + vendor_share × width`. A Nash split with vendor power `1 − α` or a
    /// Rubinstein vendor share plugs in here.
    pub fn price_at_vendor_share(&self, vendor_share: Decimal) -> Result<Decimal, AnalysisError> {
        check_unit(Input::VendorShare, vendor_share)?;
        if !self.exists {
            return Err(AnalysisError::NoAgreement { gap: self.gap });
        }
        let what = Quantity::SettlementPrice;
        dec::add(
            self.vendor_min,
            dec::mul(vendor_share, self.width, what)?,
            what,
        )
    }
}
