//! The verdict of the "Settle or fight" preset, derived by hand from the scenario.
//!
//! The scenario: a $24M commitment over 24 months at full usage, so a $1M invoice a month,
//! due net 30; the customer stops paying from month index 6; late interest 1.5 % a month,
//! simple; both sides discount at 10 % a year, nominal, so r = 0.1 / 12 a month; the vendor
//! buys $1M of ads a month and cuts them all once arrears pass $2M; the deal is the
//! scenario's own settlement at the end of month 11 (December 2024).
//!
//! - The claim at month 11 (no-deal path): the six invoices of months 5 to 10 are unpaid,
//!   $6M, late by 5, 4, 3, 2, 1 and 0 months, so interest is 1.5 % × $1M × 15 = $225,000:
//!   C = $6,225,000.
//! - Standoff months up to the deal: 6 to 11, six months; arrears pass $2M in month 8 (three
//!   invoices), and the ads are cut from month 9: three months of $1M lost, $500,000 a month
//!   on average.
//! - Each side's cost of a month: customer r C + 500,000 = 51,875 + 500,000 = 551,875;
//!   vendor r C = 51,875. Time is on the vendor's side, by $500,000 a month.
//! - War of attrition with prize C for both: the vendor concedes at λ_v = c_c / C and the
//!   customer at λ_c = c_v / C, so the vendor blinks first with probability
//!   551,875 / (551,875 + 51,875) = 0.914078…, and half of such standoffs are over after
//!   ln 2 × C / 603,750 = 7.147 months: by month 11 + 8 = 19 (August 2025), inside the
//!   24-month horizon.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::bargaining::{bargaining, BargainingOptions};
use standoff_core::analysis::{pain, verdict, Side};
use standoff_core::engine::simulate;
use standoff_core::model::presets;

fn close(actual: Decimal, expected: Decimal, tolerance: Decimal) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} is not within {tolerance} of {expected}"
    );
}

#[test]
fn settle_or_fight_favours_the_vendor_whose_month_costs_less() {
    let scenario = presets::settle_or_fight();
    let b = bargaining(&scenario, &BargainingOptions::default()).unwrap();
    close(b.claim, dec!(6225000), dec!(0.000001));
    let v = verdict(&b, scenario.horizon_months).unwrap();
    assert_eq!(v.deal_month, 11);
    close(
        v.leverage.customer_monthly_cost,
        dec!(551875),
        dec!(0.000001),
    );
    close(v.leverage.vendor_monthly_cost, dec!(51875), dec!(0.000001));
    assert_eq!(v.leverage.stronger, Some(Side::Vendor));
    close(v.leverage.monthly_difference, dec!(500000), dec!(0.000001));

    let blink = v.blink.expect("a war of attrition");
    assert_eq!(blink.side, Side::Vendor);
    close(
        blink.probability,
        dec!(551875) / dec!(603750),
        dec!(0.0000000001),
    );
    assert_eq!(blink.median_month, 19);
}

#[test]
fn the_pain_of_a_month_before_and_during_the_standoff() {
    let report = simulate(&presets::settle_or_fight()).unwrap();
    let pain = pain(&report).unwrap();
    assert_eq!(pain.months.len(), 24);
    // Month 3: everything paid on time, no claim, no loss.
    assert_eq!(pain.months[3].customer, Decimal::ZERO);
    assert_eq!(pain.months[3].vendor, Decimal::ZERO);
    // Month 9 on the report as simulated (the settlement comes later): arrears of months 5 to
    // 8 are $4M with 1.5 % × $1M × (3 + 2 + 1 + 0) = $90,000 interest; r × 4,090,000 =
    // 34,083.33…; the customer also loses its $1M of ads that month.
    close(
        pain.months[9].vendor,
        dec!(4090000) / dec!(120),
        dec!(0.000001),
    );
    close(
        pain.months[9].customer,
        dec!(4090000) / dec!(120) + dec!(1000000),
        dec!(0.000001),
    );
    // The customer hurts more from the first month anyone hurts: the leverage never flips.
    assert_eq!(pain.crossing, None);
}
