//! The scenario: every term of the relationship between a customer and its vendor.
//! (Stub, to be replaced by the full model.)

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub version: u32,
    pub horizon_months: u32,
    pub monthly_invoice: Decimal,
    pub payment: PaymentPolicy,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaymentPolicy {
    pub delay_days: u32,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: 1,
            horizon_months: 24,
            monthly_invoice: Decimal::new(1_000_000, 0),
            payment: PaymentPolicy { delay_days: 0 },
        }
    }
}
