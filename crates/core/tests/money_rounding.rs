//! `round_cents` computes cents with its own integer division; these properties hold it to the
//! decimal library's own `round_dp_with_strategy(2, MidpointAwayFromZero)`, the rounding rule
//! stated in docs/model.md, on values of every scale and sign, midpoints included.

use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};
use standoff_core::model::round_cents;

fn library(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Same value, same scale and same sign bit (the JSON export prints all three).
fn assert_identical(x: Decimal) {
    let (ours, theirs) = (round_cents(x), library(x));
    assert_eq!(ours, theirs, "{x}");
    assert_eq!(ours.scale(), theirs.scale(), "scale of {x}");
    assert_eq!(
        ours.is_sign_negative(),
        theirs.is_sign_negative(),
        "sign of {x}"
    );
}

#[test]
fn hand_picked_midpoints_and_extremes() {
    for text in [
        "0.125",
        "-0.125",
        "0.135",
        "0.005",
        "-0.005",
        "0.0049999",
        "-0.001",
        "2.5",
        "1.50000",
        "7333333.3333333333333333333333",
        "0.0000000000000000000000000001",
        "-0.0000000000000000000000000001",
        "79228162514264337593543950335",
        "7922816251426433759354395.0335",
        "7922816251426433759354395.0350",
        "-7922816251426433759354395.0350",
        "0.000",
        "-0.000",
    ] {
        let x: Decimal = text.parse().unwrap_or_default();
        assert_identical(x);
    }
    // Hand-derived: half a cent rounds away from zero, not to the even cent.
    assert_eq!(
        round_cents("0.125".parse().unwrap_or_default()).to_string(),
        "0.13"
    );
    assert_eq!(
        round_cents("-0.125".parse().unwrap_or_default()).to_string(),
        "-0.13"
    );
    assert_eq!(
        round_cents("0.1249".parse().unwrap_or_default()).to_string(),
        "0.12"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn equals_the_library_on_any_decimal(lo: u32, mid: u32, hi: u32, negative: bool, scale in 0u32..=28) {
        assert_identical(Decimal::from_parts(lo, mid, hi, negative, scale));
    }

    #[test]
    fn equals_the_library_near_zero(tenths_of_cents in -9i64..=9, extra in 3u32..=28, negative: bool) {
        let mut x = Decimal::new(tenths_of_cents, 3);
        x.rescale(extra);
        if negative && x.is_zero() {
            x.set_sign_negative(true);
        }
        assert_identical(x);
    }

    #[test]
    fn equals_the_library_on_midpoints(cents in -10_000_000_000_000i64..10_000_000_000_000, extra in 3u32..=16) {
        // `cents` and a half, written with `extra` decimals in all: exactly on the midpoint.
        let half = Decimal::new(5, 3);
        let mut x = Decimal::new(cents, 2) + if cents < 0 { -half } else { half };
        x.rescale(extra);
        assert_identical(x);
    }
}
