//! Closed-form checks of the bargaining analyses: Nash, Rubinstein, war of attrition and ZOPA.
//! Every expected figure is worked out by hand in the comment beside it.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::{
    continuous_limit, discount_factor, nash_bargaining, rubinstein, rubinstein_with_period,
    war_of_attrition, zopa, AnalysisError, AttritionSide, DiscountConvention, Proposer,
};

/// `|a − b| ≤ tolerance`.
fn close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn nash_brief_example() {
    // S = 1, d = (0.4, 0), α = 1/2: net surplus 0.6, each gains 0.3, so x = (0.7, 0.3).
    let n = nash_bargaining(dec!(1), dec!(0.4), dec!(0), dec!(0.5)).unwrap();
    assert_eq!(n.customer, dec!(0.7));
    assert_eq!(n.vendor, dec!(0.3));
    assert_eq!(n.net_surplus, dec!(0.6));
    assert_eq!(n.customer_gain, dec!(0.3));
    assert_eq!(n.vendor_gain, dec!(0.3));
}

#[test]
fn nash_bargaining_power() {
    // α = 1/4: the customer gains 0.25 × 0.6 = 0.15 → 0.55; the vendor 0.45.
    let n = nash_bargaining(dec!(1), dec!(0.4), dec!(0), dec!(0.25)).unwrap();
    assert_eq!(n.customer, dec!(0.55));
    assert_eq!(n.vendor, dec!(0.45));
    // α = 1: the customer takes the whole surplus above the vendor's walk-away value.
    let n = nash_bargaining(dec!(100), dec!(20), dec!(30), dec!(1)).unwrap();
    assert_eq!((n.customer, n.vendor), (dec!(70), dec!(30)));
    // Money-sized figures stay exact: S = 510M, d = (300M, 150M), α = 0.5 → 330M / 180M.
    let n = nash_bargaining(dec!(510000000), dec!(300000000), dec!(150000000), dec!(0.5)).unwrap();
    assert_eq!((n.customer, n.vendor), (dec!(330000000), dec!(180000000)));
}

#[test]
fn nash_without_surplus_or_with_bad_power() {
    // d adds up to 0.4 + 0.0 > 0.3: the gap is 0.1.
    assert_eq!(
        nash_bargaining(dec!(0.3), dec!(0.4), dec!(0), dec!(0.5)),
        Err(AnalysisError::NoAgreement { gap: dec!(0.1) })
    );
    assert!(matches!(
        nash_bargaining(dec!(1), dec!(0), dec!(0), dec!(1.5)),
        Err(AnalysisError::InvalidInput { .. })
    ));
    assert!(matches!(
        nash_bargaining(Decimal::MAX, Decimal::MIN, Decimal::MIN, dec!(0.5)),
        Err(AnalysisError::Overflow(_))
    ));
}

#[test]
fn rubinstein_symmetric_brief_example() {
    // (1 − 0.9) / (1 − 0.81) = 0.1 / 0.19 = 0.526315789…
    for proposer in [Proposer::Customer, Proposer::Vendor] {
        let r = rubinstein(dec!(0.9), dec!(0.9), proposer).unwrap();
        let share = match proposer {
            Proposer::Customer => r.customer_share,
            Proposer::Vendor => r.vendor_share,
        };
        assert_eq!(share.round_dp(6), dec!(0.526316));
        assert_eq!(r.customer_share + r.vendor_share, Decimal::ONE);
    }
}

#[test]
fn rubinstein_asymmetric_and_swapped_proposer() {
    // δ_c = 0.9, δ_v = 0.8. Customer proposes: (1 − 0.8)/(1 − 0.72) = 0.2/0.28 = 5/7.
    let c = rubinstein(dec!(0.9), dec!(0.8), Proposer::Customer).unwrap();
    assert!(close(c.customer_share, dec!(5) / dec!(7), dec!(1e-20)));
    // Vendor proposes: vendor gets (1 − 0.9)/0.28 = 5/14, customer 9/14.
    let v = rubinstein(dec!(0.9), dec!(0.8), Proposer::Vendor).unwrap();
    assert!(close(v.vendor_share, dec!(5) / dec!(14), dec!(1e-20)));
    assert!(close(v.customer_share, dec!(9) / dec!(14), dec!(1e-20)));
    // The more patient customer gets more than half either way, and more when it proposes.
    assert!(v.customer_share > dec!(0.5) && c.customer_share > v.customer_share);
    // The responder's share is δ_r (1 − δ_p)/(1 − δ_p δ_r): 0.8 × 0.1 / 0.28 = 2/7.
    assert!(close(c.vendor_share, dec!(2) / dec!(7), dec!(1e-20)));
}

#[test]
fn rubinstein_edge_cases() {
    // An infinitely impatient responder (δ = 0) accepts anything: the proposer takes all.
    let r = rubinstein(dec!(0.5), dec!(0), Proposer::Customer).unwrap();
    assert_eq!(r.customer_share, Decimal::ONE);
    // A perfectly patient responder facing an impatient proposer gets everything.
    let r = rubinstein(dec!(0.5), dec!(1), Proposer::Customer).unwrap();
    assert_eq!(r.vendor_share, Decimal::ONE);
    assert!(matches!(
        rubinstein(dec!(1), dec!(1), Proposer::Vendor),
        Err(AnalysisError::Undefined(_))
    ));
    assert!(matches!(
        rubinstein(dec!(1.1), dec!(0.9), Proposer::Vendor),
        Err(AnalysisError::InvalidInput { .. })
    ));
}

#[test]
fn discount_factor_conventions() {
    // 1/(1 + 0.1) = 0.909090…; e^(−0.1) = 0.904837418…
    let simple = discount_factor(dec!(0.1), DiscountConvention::Simple).unwrap();
    assert!(close(simple, dec!(0.909090909090909090909), dec!(1e-20)));
    let exp = discount_factor(dec!(0.1), DiscountConvention::Exponential).unwrap();
    assert!(close(exp, dec!(0.9048374180359595), dec!(1e-15)));
    assert_eq!(
        discount_factor(dec!(0), DiscountConvention::Exponential).unwrap(),
        Decimal::ONE
    );
    assert_eq!(
        discount_factor(dec!(1000), DiscountConvention::Exponential).unwrap(),
        Decimal::ZERO
    );
    assert!(discount_factor(dec!(-0.01), DiscountConvention::Simple).is_err());
}

#[test]
fn rubinstein_continuous_time_limit() {
    // r_c = 2%/month, r_v = 1%/month: the limit gives the customer r_v/(r_c + r_v) = 1/3.
    let limit = continuous_limit(dec!(0.02), dec!(0.01)).unwrap();
    assert!(close(limit.customer, dec!(1) / dec!(3), dec!(1e-20)));
    assert!(close(limit.vendor, dec!(2) / dec!(3), dec!(1e-20)));
    for convention in [DiscountConvention::Exponential, DiscountConvention::Simple] {
        for proposer in [Proposer::Customer, Proposer::Vendor] {
            let mut previous = Decimal::MAX;
            for period in [dec!(1), dec!(0.1), dec!(0.01), dec!(0.001)] {
                let split =
                    rubinstein_with_period(dec!(0.02), dec!(0.01), period, proposer, convention)
                        .unwrap();
                let error = (split.customer_share - limit.customer).abs();
                assert!(error < previous, "{convention:?} {proposer:?} Δ = {period}");
                previous = error;
            }
            // The first-mover advantage is about half a period's cost: well under 1e-4 here.
            assert!(
                previous < dec!(0.0001),
                "{convention:?} {proposer:?}: {previous}"
            );
        }
    }
    assert!(continuous_limit(dec!(0), dec!(0)).is_err());
    assert!(rubinstein_with_period(
        dec!(0.02),
        dec!(0.01),
        dec!(0),
        Proposer::Customer,
        DiscountConvention::Simple
    )
    .is_err());
}

#[test]
fn war_of_attrition_hazards() {
    // Customer: prize 100, cost 2/month; vendor: prize 50, cost 3/month.
    // λ_c = c_v / V_v = 3/50 = 0.06; λ_v = c_c / V_c = 2/100 = 0.02; total 0.08.
    let w = war_of_attrition(
        &AttritionSide {
            prize: dec!(100),
            cost_per_month: dec!(2),
        },
        &AttritionSide {
            prize: dec!(50),
            cost_per_month: dec!(3),
        },
    )
    .unwrap();
    assert_eq!(w.customer_hazard, dec!(0.06));
    assert_eq!(w.vendor_hazard, dec!(0.02));
    assert_eq!(w.expected_months, dec!(12.5));
    assert_eq!(w.customer_concedes_first, dec!(0.75));
    assert_eq!(w.vendor_concedes_first, dec!(0.25));
    // ln 2 / 0.08 = 8.664339757…
    assert!(close(
        w.median_months,
        dec!(8.6643397569993163677),
        dec!(1e-15)
    ));
    // After the expected length the standoff is still on with probability e^(−1).
    let on = w.still_on_after(dec!(12.5)).unwrap();
    assert!(close(on, dec!(0.36787944117144233), dec!(1e-15)));
    assert_eq!(w.still_on_after(dec!(0)).unwrap(), Decimal::ONE);
    assert_eq!(w.still_on_after(dec!(100000)).unwrap(), Decimal::ZERO);
}

#[test]
fn war_of_attrition_invalid() {
    let ok = AttritionSide {
        prize: dec!(10),
        cost_per_month: dec!(1),
    };
    let free = AttritionSide {
        prize: dec!(10),
        cost_per_month: dec!(0),
    };
    let nothing = AttritionSide {
        prize: dec!(0),
        cost_per_month: dec!(1),
    };
    assert!(matches!(
        war_of_attrition(&nothing, &ok),
        Err(AnalysisError::InvalidInput { .. })
    ));
    assert!(matches!(
        war_of_attrition(&free, &free),
        Err(AnalysisError::Undefined(_))
    ));
    // If only the customer pays to wait, only the vendor is pushed to concede.
    let w = war_of_attrition(&ok, &free).unwrap();
    assert_eq!(w.customer_hazard, dec!(0));
    assert_eq!(w.vendor_concedes_first, dec!(1));
}

#[test]
fn zopa_and_price() {
    // The customer would pay up to 80, the vendor accepts 60 or more: ZOPA [60, 80], width 20.
    let z = zopa(dec!(80), dec!(60)).unwrap();
    assert!(z.exists);
    assert_eq!((z.width, z.gap), (dec!(20), dec!(0)));
    assert_eq!(z.price_at_vendor_share(dec!(0.5)).unwrap(), dec!(70));
    assert_eq!(z.price_at_vendor_share(dec!(0)).unwrap(), dec!(60));
    assert_eq!(z.price_at_vendor_share(dec!(1)).unwrap(), dec!(80));
    // 50 against 60: no ZOPA, a gap of 10.
    let z = zopa(dec!(50), dec!(60)).unwrap();
    assert!(!z.exists);
    assert_eq!((z.width, z.gap), (dec!(0), dec!(10)));
    assert_eq!(
        z.price_at_vendor_share(dec!(0.5)),
        Err(AnalysisError::NoAgreement { gap: dec!(10) })
    );
}
