//! The pain picture with several vendors (`analysis::portfolio_pain`), on a world worked out
//! by hand.
//!
//! Two vendors, six months, no budget. Every invoice is due the day it is issued, at the end
//! of its month (net 0), with no late interest and no collection costs, so a vendor's open
//! claim at the end of month `m` is its arrears: what it billed and was not paid. Nothing is
//! lost besides the capital cost of those claims (no reciprocal lines, no retaliation), so each
//! side's cost of a month is its monthly rate times the claim.
//!
//! - The customer discounts at 12 % a year, nominal: 1 % a month.
//! - Vendor A bills $3,000 a month, discounts at 6 % (0.5 % a month), and is not paid from
//!   month 2: its claim is 3,000 × (m − 1) from month 2, 0 before.
//! - Vendor B bills $500 a month, discounts at 36 % (3 % a month), and is never paid: its
//!   claim is 500 × (m + 1).
//!
//! The customer's cost of month `m` is 1 % of both claims: 5 × (m + 1) in months 0 and 1
//! (5, 10), then 30 × (m − 1) + 5 × (m + 1) = 35m − 25 (45, 80, 115, 150). A's cost is
//! 0.5 % of its claim: 0, 0, then 15 × (m − 1) (15, 30, 45, 60). B's is 3 % of its claim:
//! 15 × (m + 1) (15, 30, 45, 60, 75, 90).
//!
//! Against A the customer hurts more from month 0 on, so that leverage never flips. Against
//! B, B hurts more in months 0 and 1 (15 > 5, 30 > 10); in month 2 both cost 45, which changes
//! nothing; in month 3 the customer's 80 passes B's 60: the leverage flips in month 3.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::{pain, portfolio_pain};
use standoff_core::engine::simulate_portfolio;
use standoff_core::model::{
    Contract, Party, Payment, RateConvention, Scenario, UsagePath, VendorTerms,
};

fn party(name: &str, yearly_rate: Decimal) -> Party {
    Party {
        name: name.into(),
        discount_rate: yearly_rate,
        rate_convention: RateConvention::Nominal,
        ..Party::default()
    }
}

fn vendor(name: &str, yearly_rate: Decimal, monthly: Decimal, stop_from: u32) -> VendorTerms {
    VendorTerms {
        vendor: party(name, yearly_rate),
        contract: Contract {
            total_commitment: monthly * Decimal::from(6),
            term_months: 6,
            usage: UsagePath {
                start_share: Decimal::ONE,
                changes: Vec::new(),
            },
            ..Contract::default()
        },
        payment: Payment {
            net_days: 0,
            stop_from_month: Some(stop_from),
            late_interest_monthly: Decimal::ZERO,
            collection_cost_monthly: Decimal::ZERO,
            ..Payment::default()
        },
        ..VendorTerms::default()
    }
}

fn two_vendors() -> Scenario {
    let a = vendor("A", dec!(0.06), dec!(3000), 2);
    Scenario {
        title: "Two vendors".into(),
        customer: party("Customer", dec!(0.12)),
        vendor: a.vendor,
        horizon_months: 6,
        contract: a.contract,
        payment: a.payment,
        reciprocal: Vec::new(),
        retaliation: Vec::new(),
        more_vendors: vec![vendor("B", dec!(0.36), dec!(500), 0)],
        ..Scenario::default()
    }
}

fn amounts(values: &[i64]) -> Vec<Decimal> {
    values.iter().map(|v| Decimal::from(*v)).collect()
}

#[test]
fn the_customer_line_sums_its_standoffs_and_each_vendor_crosses_it_on_its_own() {
    let portfolio = simulate_portfolio(&two_vendors()).expect("the world simulates");
    let picture = portfolio_pain(&portfolio).expect("the pain is defined");
    let vendor_costs = |k: usize| -> Vec<Decimal> {
        picture.vendors[k]
            .months
            .iter()
            .map(|month| month.vendor.round_dp(6).normalize())
            .collect()
    };
    let customer: Vec<Decimal> = picture
        .customer
        .iter()
        .map(|total| total.round_dp(6).normalize())
        .collect();
    assert_eq!(customer, amounts(&[5, 10, 45, 80, 115, 150]));
    assert_eq!(vendor_costs(0), amounts(&[0, 0, 15, 30, 45, 60]));
    assert_eq!(vendor_costs(1), amounts(&[15, 30, 45, 60, 75, 90]));
    assert_eq!(picture.crossings, vec![None, Some(3)]);
}

#[test]
fn with_one_vendor_the_picture_is_the_two_party_pain() {
    let mut one = two_vendors();
    one.more_vendors.clear();
    let portfolio = simulate_portfolio(&one).expect("the world simulates");
    let picture = portfolio_pain(&portfolio).expect("the pain is defined");
    let two_party = pain(&portfolio.vendors[0]).expect("the pain is defined");
    let customer: Vec<Decimal> = two_party.months.iter().map(|m| m.customer).collect();
    assert_eq!(picture.customer, customer);
    assert_eq!(picture.crossings, vec![two_party.crossing]);
    assert_eq!(picture.vendors, vec![two_party]);
}
