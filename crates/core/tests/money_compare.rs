//! `money::compare` orders decimals on their integer mantissas; these properties hold it to the
//! decimal library's own `cmp` on values of every scale and sign, equal values written at
//! different scales and zeros with a sign bit included.

use proptest::prelude::*;
use rust_decimal::Decimal;
use standoff_core::model::money::compare;
use std::cmp::Ordering;

#[test]
fn hand_checked_orders() {
    let d = |m: i64, s: u32| Decimal::new(m, s);
    // 0.50 < 1; 1.0 = 1; −0.01 < 0; 2.5 > 2.49; a negative zero equals zero.
    assert_eq!(compare(d(50, 2), d(1, 0)), Ordering::Less);
    assert_eq!(compare(d(10, 1), d(1, 0)), Ordering::Equal);
    assert_eq!(compare(d(-1, 2), Decimal::ZERO), Ordering::Less);
    assert_eq!(compare(d(25, 1), d(249, 2)), Ordering::Greater);
    let mut minus_zero = d(0, 3);
    minus_zero.set_sign_negative(true);
    assert_eq!(compare(minus_zero, Decimal::ZERO), Ordering::Equal);
    // Scales 28 places apart go to the library: 10⁻²⁸ > 0 and < 1.
    assert_eq!(compare(d(1, 28), d(1, 0)), Ordering::Less);
    assert_eq!(compare(Decimal::MAX, d(1, 28)), Ordering::Greater);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn equals_the_library_on_any_decimals(
        a: (u32, u32, u32, bool), b: (u32, u32, u32, bool),
        sa in 0u32..=28, sb in 0u32..=28,
    ) {
        let x = Decimal::from_parts(a.0, a.1, a.2, a.3, sa);
        let y = Decimal::from_parts(b.0, b.1, b.2, b.3, sb);
        prop_assert_eq!(compare(x, y), x.cmp(&y));
    }

    #[test]
    fn equals_the_library_on_close_values(
        m in -1_000_000_000_000i64..1_000_000_000_000, delta in -2i64..=2,
        sa in 0u32..=14, extra in 0u32..=12,
    ) {
        // The same value, or one unit apart, written at two scales.
        let x = Decimal::new(m, sa);
        let mut y = Decimal::new(m.saturating_add(delta), sa);
        y.rescale(sa + extra);
        prop_assert_eq!(compare(x, y), x.cmp(&y));
        prop_assert_eq!(compare(y, x), y.cmp(&x));
    }
}
