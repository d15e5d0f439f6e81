//! Properties of the analyses over many random inputs: no panic, only documented errors, and
//! the invariants the closed forms promise.

use proptest::prelude::*;
use rust_decimal::Decimal;
use standoff_core::analysis::{
    nash_bargaining, rubinstein, war_of_attrition, zopa, AnalysisError, AttritionSide,
    Distribution, Payoff, PayoffMatrix, Proposer, SimRng,
};

/// Any decimal, from tiny to the extremes of the type.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
        (any::<i32>(), 0u32..=6).prop_map(|(m, s)| Decimal::new(i64::from(m), s)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
    ]
}

fn unit() -> impl Strategy<Value = Decimal> {
    (0u32..=1_000_000).prop_map(|x| Decimal::new(i64::from(x), 6))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn nash_never_panics_and_splits_exactly(
        total in any_decimal(), dc in any_decimal(), dv in any_decimal(), a in any_decimal()
    ) {
        // Extreme magnitudes may only round or fail with a typed error, never panic.
        if let Ok(n) = nash_bargaining(total, dc, dv, a) {
            // Within money-sized magnitudes (the model caps amounts at 10¹²) the split is
            // exact and each side gets at least its walk-away value.
            let small = |x: Decimal| x.abs() < Decimal::from(10i64.pow(15)) && x.scale() <= 10;
            if [total, dc, dv].iter().all(|x| small(*x)) {
                prop_assert_eq!(n.customer + n.vendor, total);
                prop_assert!(n.customer >= dc && n.vendor >= dv);
            }
        }
    }

    #[test]
    fn rubinstein_shares_are_a_split(dc in unit(), dv in unit(), customer_first in any::<bool>()) {
        let proposer = if customer_first { Proposer::Customer } else { Proposer::Vendor };
        if let Ok(r) = rubinstein(dc, dv, proposer) {
            prop_assert_eq!(r.customer_share + r.vendor_share, Decimal::ONE);
            prop_assert!(r.customer_share >= Decimal::ZERO && r.vendor_share >= Decimal::ZERO);
            // Proposing never hurts.
            let other = if customer_first { Proposer::Vendor } else { Proposer::Customer };
            let o = rubinstein(dc, dv, other).unwrap();
            if customer_first {
                prop_assert!(r.customer_share >= o.customer_share);
            } else {
                prop_assert!(r.vendor_share >= o.vendor_share);
            }
        }
    }

    #[test]
    fn attrition_and_zopa_never_panic(
        a in any_decimal(), b in any_decimal(), c in any_decimal(), d in any_decimal()
    ) {
        let w = war_of_attrition(
            &AttritionSide { prize: a, cost_per_month: b },
            &AttritionSide { prize: c, cost_per_month: d },
        );
        if let Ok(w) = w {
            prop_assert_eq!(w.customer_concedes_first + w.vendor_concedes_first, Decimal::ONE);
        }
        if let Ok(z) = zopa(a, b) {
            prop_assert!(z.width >= Decimal::ZERO && z.gap >= Decimal::ZERO);
            let _ = z.price_at_vendor_share(Decimal::new(5, 1));
        }
    }

    #[test]
    fn pure_equilibria_are_mutual_best_responses(
        cells in prop::collection::vec(prop::collection::vec((-5i64..5, -5i64..5), 3), 4)
    ) {
        let cells: Vec<Vec<Option<Payoff>>> = cells
            .into_iter()
            .map(|row| row.into_iter().map(|(a, b)| Some(Payoff { customer: a.into(), vendor: b.into() })).collect())
            .collect();
        let m = PayoffMatrix::new(
            (0..4).map(|i| i.to_string()).collect(),
            (0..3).map(|i| i.to_string()).collect(),
            cells,
        ).unwrap();
        let a = m.analyse();
        for r in 0..4 {
            for c in 0..3 {
                let p = m.get(r, c).unwrap();
                let row_best = (0..4).all(|o| m.get(o, c).unwrap().customer <= p.customer);
                let col_best = (0..3).all(|o| m.get(r, o).unwrap().vendor <= p.vendor);
                prop_assert_eq!(a.customer_best[r][c], row_best);
                prop_assert_eq!(a.vendor_best[r][c], col_best);
                prop_assert_eq!(a.pure_nash.contains(&(r, c)), row_best && col_best);
            }
        }
        // A mixed equilibrium, when it exists, makes each side indifferent.
        if let Ok(x) = m.mixed_2x2([0, 1], [0, 1]) {
            let (q, p) = (x.vendor_first, x.customer_first);
            let row = |r: usize| q * m.get(r, 0).unwrap().customer + (Decimal::ONE - q) * m.get(r, 1).unwrap().customer;
            let col = |c: usize| p * m.get(0, c).unwrap().vendor + (Decimal::ONE - p) * m.get(1, c).unwrap().vendor;
            prop_assert!((row(0) - row(1)).abs() < Decimal::new(1, 20));
            prop_assert!((col(0) - col(1)).abs() < Decimal::new(1, 20));
        }
    }

    #[test]
    fn samples_stay_in_their_range(
        seed in any::<u64>(), low in any_decimal(), width in any_decimal(), pick in 0u8..3
    ) {
        let Some(high) = low.checked_add(width.abs()) else {
            return Ok(());
        };
        let mid = low + width.abs() / Decimal::TWO;
        let dist = match pick {
            0 => Distribution::Uniform { low, high },
            1 => Distribution::Triangular { low, mode: mid, high },
            _ => Distribution::Normal { mean: mid, sd: width.abs(), low, high },
        };
        let mut rng = SimRng::from_seed(seed);
        for _ in 0..20 {
            match dist.sample(&mut rng) {
                Ok(x) => prop_assert!(x >= low && x <= high, "{} outside {}..{}", x, low, high),
                Err(e) => {
                    let documented = matches!(
                        e,
                        AnalysisError::InvalidInput { .. } | AnalysisError::Overflow(_)
                    );
                    prop_assert!(documented, "unexpected error {:?}", e);
                }
            }
        }
    }
}
