//! Where a slider's thumb sits for a value, and which value a thumb position means.
//!
//! Most parameters have a few thousand steps at most (0 to 3650 days, 0 to 1 in steps of
//! 0.005), and their sliders are linear: the slider's own value *is* the parameter's value,
//! which keeps the DOM readable and the keyboard's arrow keys moving one step at a time.
//!
//! Money is different: a field may hold anything from 0 to a trillion in steps of 1,000, a
//! billion positions, so a linear slider would move hundreds of millions per pixel and could
//! never pick a value like $1.5M. Such ranges get a *stepped logarithmic* scale instead: the
//! thumb walks through the values 1.0, 1.1, 1.2 … 9.9 times each power of ten, from the first
//! power of ten at or above the step up to the maximum (90 positions per decade, so one arrow
//! key moves the value by 1 % to 10 %, and every decade gets the same width of track). Zero
//! has a position of its own, and ranges reaching below zero (cash on hand) mirror the scale
//! on the negative side. The stops are exact decimals, so no floating point is involved, and
//! the precise value is always typed into the number box beside the slider. A window that
//! followed the value was rejected: it would move the range under the user's pointer while
//! dragging.

use std::str::FromStr;

use rust_decimal::Decimal;

/// Positions per decade on a stepped scale: the mantissas 1.0, 1.1, … 9.9.
const PER_DECADE: i64 = 90;
/// Ranges with more steps than this get a stepped scale.
const LINEAR_MAX_POSITIONS: i64 = 10_000;
/// More decades than any range could need; bounds the loops below.
const MAX_DECADES: i64 = 28;

/// The mapping between a slider's positions and a parameter's values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SliderScale {
    /// The slider's value is the parameter's value.
    Linear {
        min: Decimal,
        max: Decimal,
        step: Decimal,
    },
    /// Integer positions: 0 is zero (or the nearest allowed value), position `p > 0` is the
    /// `p`-th stop above zero, `p < 0` its mirror below zero.
    Stepped {
        min: Decimal,
        max: Decimal,
        /// The first stop: the smallest power of ten at or above the step (at least 1).
        first: Decimal,
        /// Positions above zero.
        positive: i64,
        /// Positions below zero.
        negative: i64,
    },
}

/// The smallest power of ten at or above `step`, and at least 1.
fn first_stop(step: Decimal) -> Decimal {
    let mut first = Decimal::ONE;
    for _ in 0..MAX_DECADES {
        if first >= step {
            break;
        }
        match first.checked_mul(Decimal::TEN) {
            Some(next) => first = next,
            None => break,
        }
    }
    first
}

/// The number of stops needed to reach `limit` (a magnitude) from `first`: 90 per decade plus
/// the final power of ten.
fn stops_to(first: Decimal, limit: Decimal) -> i64 {
    if limit <= Decimal::ZERO {
        return 0;
    }
    let mut top = first;
    let mut decades = 0;
    while top < limit && decades < MAX_DECADES {
        match top.checked_mul(Decimal::TEN) {
            Some(next) => top = next,
            None => break,
        }
        decades += 1;
    }
    decades * PER_DECADE + 1
}

/// `10^exponent` for a small non-negative exponent.
fn power_of_ten(exponent: i64) -> Option<Decimal> {
    (0..exponent).try_fold(Decimal::ONE, |acc, _| acc.checked_mul(Decimal::TEN))
}

impl SliderScale {
    /// The scale for a parameter's range and step.
    pub fn for_range(min: Decimal, max: Decimal, step: Decimal) -> SliderScale {
        let positions = max
            .checked_sub(min)
            .zip(Some(step).filter(|s| *s > Decimal::ZERO))
            .and_then(|(span, step)| span.checked_div(step))
            .map(|n| n > Decimal::from(LINEAR_MAX_POSITIONS));
        if positions == Some(false) {
            return SliderScale::Linear { min, max, step };
        }
        let first = first_stop(step);
        SliderScale::Stepped {
            min,
            max,
            first,
            positive: stops_to(first, max),
            negative: stops_to(first, -min),
        }
    }

    /// The slider's `min`, `max` and `step` attributes.
    pub fn bounds(&self) -> (String, String, String) {
        match *self {
            SliderScale::Linear { min, max, step } => (
                min.normalize().to_string(),
                max.normalize().to_string(),
                step.normalize().to_string(),
            ),
            SliderScale::Stepped {
                positive, negative, ..
            } => ((-negative).to_string(), positive.to_string(), "1".into()),
        }
    }

    /// The stop at 0-based index `j` above zero (a magnitude).
    fn stop(first: Decimal, j: i64) -> Option<Decimal> {
        let decade = j.checked_div(PER_DECADE)?;
        let mantissa = Decimal::from(10 + j.checked_rem(PER_DECADE)?);
        mantissa
            .checked_mul(first)?
            .checked_mul(power_of_ten(decade)?)?
            .checked_div(Decimal::TEN)
    }

    /// The 0-based index of the largest stop at or below the magnitude `a` (`a ≥ first`).
    fn index_below(first: Decimal, a: Decimal, count: i64) -> Option<i64> {
        let mut start = first;
        let mut decade = 0;
        while decade < MAX_DECADES {
            let next = start.checked_mul(Decimal::TEN)?;
            if next > a {
                break;
            }
            start = next;
            decade += 1;
        }
        // 10 ≤ mantissa < 100 because start ≤ a < 10 × start (or a is beyond the last stop).
        let mantissa = a
            .checked_mul(Decimal::TEN)?
            .checked_div(start)?
            .trunc()
            .min(Decimal::from(100));
        let mantissa = i64::try_from(mantissa).ok()?;
        let j = decade.checked_mul(PER_DECADE)?.checked_add(mantissa - 10)?;
        Some(j.clamp(0, count.saturating_sub(1).max(0)))
    }

    /// The slider position showing `value`: the value itself on a linear scale, the largest
    /// stop at or below it on a stepped one.
    pub fn position_of(&self, value: Decimal) -> String {
        match *self {
            SliderScale::Linear { min, max, .. } => value.clamp(min, max).normalize().to_string(),
            SliderScale::Stepped {
                first,
                positive,
                negative,
                min,
                max,
            } => {
                let value = value.clamp(min, max);
                let (magnitude, count, sign) = if value < Decimal::ZERO {
                    (-value, negative, -1)
                } else {
                    (value, positive, 1)
                };
                if magnitude < first || count == 0 {
                    return "0".into();
                }
                Self::index_below(first, magnitude, count)
                    .map_or(0, |j| sign * (j + 1))
                    .to_string()
            }
        }
    }

    /// The value at a slider position (the slider's value text), clamped to the range.
    /// `None` when the text is not a position of this scale.
    pub fn value_at(&self, position: &str) -> Option<Decimal> {
        match *self {
            SliderScale::Linear { .. } => Decimal::from_str(position.trim()).ok(),
            SliderScale::Stepped {
                first,
                min,
                max,
                positive,
                negative,
            } => {
                let p: i64 = position.trim().parse().ok()?;
                let p = p.clamp(-negative, positive);
                let magnitude = if p == 0 {
                    Decimal::ZERO
                } else {
                    Self::stop(first, p.checked_abs()? - 1)?
                };
                let value = if p < 0 { -magnitude } else { magnitude };
                Some(value.clamp(min, max))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn money() -> SliderScale {
        SliderScale::for_range(dec!(0), dec!(1000000000000), dec!(1000))
    }

    fn cash() -> SliderScale {
        SliderScale::for_range(dec!(-1000000000000), dec!(1000000000000), dec!(1000))
    }

    #[test]
    fn small_ranges_stay_linear_and_pass_values_through() {
        let days = SliderScale::for_range(dec!(0), dec!(3650), dec!(1));
        assert_eq!(
            days,
            SliderScale::Linear {
                min: dec!(0),
                max: dec!(3650),
                step: dec!(1)
            }
        );
        assert_eq!(days.bounds(), ("0".into(), "3650".into(), "1".into()));
        assert_eq!(days.position_of(dec!(90)), "90");
        assert_eq!(days.position_of(dec!(99999)), "3650");
        assert_eq!(days.value_at("120"), Some(dec!(120)));
        let share = SliderScale::for_range(dec!(0), dec!(1), dec!(0.005));
        assert_eq!(share.position_of(dec!(0.45)), "0.45");
    }

    #[test]
    fn money_gets_ninety_stops_per_decade_from_one_thousand_to_a_trillion() {
        // Nine decades (10^3 to 10^12) of 90 stops, plus the trillion itself.
        let scale = money();
        assert_eq!(scale.bounds(), ("0".into(), "811".into(), "1".into()));
        assert_eq!(scale.value_at("0"), Some(dec!(0)));
        assert_eq!(scale.value_at("1"), Some(dec!(1000)));
        assert_eq!(scale.value_at("2"), Some(dec!(1100)));
        assert_eq!(scale.value_at("90"), Some(dec!(9900)));
        assert_eq!(scale.value_at("91"), Some(dec!(10000)));
        assert_eq!(scale.value_at("811"), Some(dec!(1000000000000)));
        assert_eq!(scale.value_at("9999"), Some(dec!(1000000000000)));
        assert_eq!(scale.value_at("x"), None);
    }

    #[test]
    fn a_value_sits_at_the_largest_stop_at_or_below_it() {
        let scale = money();
        // 510,000,000 = 5.1 × 10^8: five decades above 10^3 (450 stops), then mantissa 51 is
        // the 42nd stop of its decade: index 491, position 492 (position 0 is zero).
        // 123,456,789 = 1.23… × 10^8: index 450 + 2 = 452, position 453, showing 1.2 × 10^8.
        assert_eq!(scale.position_of(dec!(510000000)), "492");
        assert_eq!(scale.value_at("492"), Some(dec!(510000000)));
        assert_eq!(scale.position_of(dec!(123456789)), "453");
        assert_eq!(scale.value_at("453"), Some(dec!(120000000)));
        assert_eq!(scale.position_of(dec!(0)), "0");
        assert_eq!(scale.position_of(dec!(999)), "0");
        assert_eq!(scale.position_of(dec!(1000000000000)), "811");
    }

    #[test]
    fn every_stop_round_trips() {
        let scale = money();
        for p in 0..=811 {
            let value = scale.value_at(&p.to_string()).unwrap_or_default();
            assert_eq!(scale.position_of(value), p.to_string(), "{value}");
        }
    }

    #[test]
    fn negative_cash_mirrors_the_scale() {
        let scale = cash();
        assert_eq!(scale.bounds(), ("-811".into(), "811".into(), "1".into()));
        assert_eq!(scale.value_at("-1"), Some(dec!(-1000)));
        assert_eq!(scale.position_of(dec!(-2500000)), "-286");
        assert_eq!(scale.value_at("-286"), Some(dec!(-2500000)));
        assert_eq!(scale.value_at("-811"), Some(dec!(-1000000000000)));
    }
}
