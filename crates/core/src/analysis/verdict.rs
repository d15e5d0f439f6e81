//! The verdict: who has the leverage, who is likelier to blink first and when, and what a deal
//! looks like, as typed data read off the bargaining analysis; and the pain of the standoff
//! month by month, with the month where the leverage flips.
//!
//! **Leverage.** Each side's cost of one more month of standoff is its flow cost in the war of
//! attrition, `c_i = r_i C + s_i` (see [`super::bargaining`]). The side whose month costs less
//! can wait longer: each month the standoff lasts moves the bargain its way, by the difference
//! of the two costs.
//!
//! **Pain by month.** On the report as simulated, side `i`'s cost of month `m` is the capital
//! cost of the claim open that month, `r_i × (arrears + accrued interest + collection claim)`,
//! plus the losses the fight inflicts on it directly that month: for the customer, advertising
//! and other reciprocal revenue lost, suspension outage costs and legal costs; for the vendor,
//! collection and legal costs. The same parts as the average `s_i`, month by month. The
//! leverage *flips* at the first month where the side that hurts more is no longer the one that
//! hurt more in the first month where either hurt.

use super::bargaining::{open_claim, standoff_losses, Bargaining};
use super::{dec, AnalysisError, Quantity, Side};
use crate::engine::{MonthReport, Report};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Who gains from each month the standoff lasts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leverage {
    /// What one more month of standoff costs the customer.
    pub customer_monthly_cost: Decimal,
    /// What one more month of standoff costs the vendor.
    pub vendor_monthly_cost: Decimal,
    /// The side whose month costs less, which gains from waiting; `None` when equal.
    pub stronger: Option<Side>,
    /// How much more a month costs the weaker side (0 when equal).
    pub monthly_difference: Decimal,
}

/// Who is likelier to concede first in the war of attrition, and around when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blink {
    /// The side more likely to concede first (the customer on an exact tie).
    pub side: Side,
    /// Its probability of conceding first, at least one half.
    pub probability: Decimal,
    /// The month (0-based) by which half of all such standoffs are over: the deal month plus
    /// the median length, rounded up to a whole month.
    pub median_month: u32,
}

/// What a deal looks like.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deal {
    /// The customer would pay up to `customer_max` and the vendor accept from `vendor_min`:
    /// any price between settles; the solutions predict one each.
    Zone {
        vendor_min: Decimal,
        customer_max: Decimal,
        nash: Option<Decimal>,
        rubinstein: Option<Decimal>,
    },
    /// The most the customer would pay is below the least the vendor would accept.
    NoZone {
        customer_max: Decimal,
        vendor_min: Decimal,
        gap: Decimal,
    },
}

/// The verdict on one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The month (0-based) of the deal the bargaining analysis prices.
    pub deal_month: u32,
    /// The scenario's horizon in months: a blink month at or past it is beyond the horizon.
    pub horizon_months: u32,
    pub leverage: Leverage,
    /// `None` when the war of attrition is undefined (no claim, or no cost to anyone).
    pub blink: Option<Blink>,
    pub deal: Deal,
}

/// Reads the verdict off the bargaining analysis of a scenario whose horizon is
/// `horizon_months`.
pub fn verdict(bargaining: &Bargaining, horizon_months: u32) -> Result<Verdict, AnalysisError> {
    Ok(Verdict {
        deal_month: bargaining.settlement_month,
        horizon_months,
        leverage: leverage(
            bargaining.customer_delay.total_monthly,
            bargaining.vendor_delay.total_monthly,
        )?,
        blink: blink(bargaining),
        deal: deal(bargaining),
    })
}

fn leverage(customer: Decimal, vendor: Decimal) -> Result<Leverage, AnalysisError> {
    let stronger = match customer.cmp(&vendor) {
        std::cmp::Ordering::Less => Some(Side::Customer),
        std::cmp::Ordering::Greater => Some(Side::Vendor),
        std::cmp::Ordering::Equal => None,
    };
    let difference = dec::sub(customer, vendor, Quantity::Leverage)?.abs();
    Ok(Leverage {
        customer_monthly_cost: customer,
        vendor_monthly_cost: vendor,
        stronger,
        monthly_difference: difference,
    })
}

fn blink(bargaining: &Bargaining) -> Option<Blink> {
    let attrition = bargaining.attrition.as_ref()?;
    let (side, probability) =
        if attrition.customer_concedes_first >= attrition.vendor_concedes_first {
            (Side::Customer, attrition.customer_concedes_first)
        } else {
            (Side::Vendor, attrition.vendor_concedes_first)
        };
    debug_assert!(probability * Decimal::TWO >= Decimal::ONE - Decimal::new(1, 20));
    let median = attrition.median_months.ceil().to_u32()?;
    Some(Blink {
        side,
        probability,
        median_month: bargaining.settlement_month.checked_add(median)?,
    })
}

fn deal(bargaining: &Bargaining) -> Deal {
    let zopa = &bargaining.zopa;
    if zopa.exists {
        Deal::Zone {
            vendor_min: zopa.vendor_min,
            customer_max: zopa.customer_max,
            nash: bargaining.nash.as_ref().map(|split| split.price),
            rubinstein: bargaining
                .rubinstein_price
                .as_ref()
                .map(|split| split.price),
        }
    } else {
        Deal::NoZone {
            customer_max: zopa.customer_max,
            vendor_min: zopa.vendor_min,
            gap: zopa.gap,
        }
    }
}

/// Each side's cost of one month of the standoff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainMonth {
    /// 0-based month index.
    pub index: u32,
    pub customer: Decimal,
    pub vendor: Decimal,
}

/// The pain of the standoff month by month, and where the leverage flips.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pain {
    pub months: Vec<PainMonth>,
    /// The first month where the side that hurts more is no longer the one that hurt more at
    /// the start; `None` if that never changes.
    pub crossing: Option<u32>,
}

/// Each side's monthly cost of the standoff on `report` (see the module documentation).
pub fn pain(report: &Report) -> Result<Pain, AnalysisError> {
    let customer_rate = report.totals.customer.monthly_discount_rate;
    let vendor_rate = report.totals.vendor.monthly_discount_rate;
    let months = report
        .months
        .iter()
        .map(|month| pain_month(month, customer_rate, vendor_rate))
        .collect::<Result<Vec<_>, _>>()?;
    let crossing = crossing(&months);
    Ok(Pain { months, crossing })
}

fn pain_month(
    month: &MonthReport,
    customer_rate: Decimal,
    vendor_rate: Decimal,
) -> Result<PainMonth, AnalysisError> {
    let what = Quantity::MonthlyPain;
    let claim = open_claim(month, what)?;
    let (customer_losses, vendor_losses) = standoff_losses(month, what)?;
    Ok(PainMonth {
        index: month.index,
        customer: dec::add(dec::mul(customer_rate, claim, what)?, customer_losses, what)?,
        vendor: dec::add(dec::mul(vendor_rate, claim, what)?, vendor_losses, what)?,
    })
}

/// The first month whose harder-hit side differs from the first month's where one side was
/// hit harder; months where both hurt equally change nothing.
pub(super) fn crossing(months: &[PainMonth]) -> Option<u32> {
    let mut first = None;
    for month in months {
        let harder = month.customer.cmp(&month.vendor);
        if harder == std::cmp::Ordering::Equal {
            continue;
        }
        match first {
            None => first = Some(harder),
            Some(start) if start != harder => return Some(month.index),
            Some(_) => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(index: u32, customer: i64, vendor: i64) -> PainMonth {
        PainMonth {
            index,
            customer: Decimal::from(customer),
            vendor: Decimal::from(vendor),
        }
    }

    #[test]
    fn the_leverage_flips_where_the_harder_hit_side_changes() {
        let months = [
            month(0, 0, 0),
            month(1, 5, 2),
            month(2, 5, 5),
            month(3, 6, 1),
            month(4, 3, 4),
            month(5, 1, 9),
        ];
        assert_eq!(crossing(&months), Some(4));
        assert_eq!(crossing(&months[..4]), None);
        assert_eq!(crossing(&[]), None);
    }

    #[test]
    fn the_cheaper_month_holds_the_leverage() {
        let l = leverage(Decimal::from(300), Decimal::from(1000)).unwrap();
        assert_eq!(l.stronger, Some(Side::Customer));
        assert_eq!(l.monthly_difference, Decimal::from(700));
        let even = leverage(Decimal::from(5), Decimal::from(5)).unwrap();
        assert_eq!(even.stronger, None);
    }
}
