//! Axis ranges and the values and categories their ticks fall on.

use standoff_words::Lang;

use crate::app::charts::series::compact_amount_in;

/// Round tick values across `(low, high)`, at most about `count` of them, on steps of 1, 2,
/// 2.5 or 5 times a power of ten.
pub fn nice_ticks((low, high): (f64, f64), count: usize) -> Vec<f64> {
    let width = high - low;
    if !width.is_finite() || width <= 0.0 || count == 0 {
        return Vec::new();
    }
    let raw = width / count as f64;
    let magnitude = 10_f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|multiple| multiple * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude);
    let mut ticks = Vec::new();
    let mut index = (low / step).ceil();
    while index * step <= high + step * 1e-9 && ticks.len() <= count * 3 {
        let value = index * step;
        // Steps like 0.1 leave −0.0000000001 where zero was meant.
        ticks.push(if value.abs() < step * 1e-9 {
            0.0
        } else {
            value
        });
        index += 1.0;
    }
    ticks
}

/// [`nice_ticks`] labelled as compact amounts.
pub fn money_ticks(lang: Lang, range: (f64, f64), count: usize) -> Vec<(f64, String)> {
    nice_ticks(range, count)
        .into_iter()
        .map(|value| (value, compact_amount_in(lang, value)))
        .collect()
}

/// Month indices to label, about `count` of them, on steps of whole quarters or years once
/// months get crowded.
pub fn month_ticks(months: usize, count: usize) -> Vec<usize> {
    if months == 0 {
        return Vec::new();
    }
    let wanted = months.div_ceil(count.max(1));
    let step = [1, 2, 3, 6, 12, 24, 36, 60, 120]
        .into_iter()
        .find(|step| *step >= wanted)
        .unwrap_or(wanted);
    (0..months).step_by(step).collect()
}

/// Every how many categories a label fits, when `room` labels fit.
pub fn category_step(categories: usize, room: usize) -> usize {
    categories.div_ceil(room.max(1)).max(1)
}

/// A range that holds every value, padded by `share` of its span, never empty.
pub fn span(values: impl Iterator<Item = f64>, share: f64) -> (f64, f64) {
    let (low, high) = values
        .filter(|value| value.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if low > high {
        return (-1.0, 1.0);
    }
    let width = high - low;
    if width <= f64::EPSILON * high.abs().max(1.0) {
        let pad = (high.abs() * 0.1).max(1.0);
        return (low - pad, high + pad);
    }
    (low - width * share, high + width * share)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_fall_on_round_values() {
        // Span 159.5 over 5 ticks: raw step 31.9, so the step is 50.
        assert_eq!(nice_ticks((-72.25, 87.25), 5), vec![-50.0, 0.0, 50.0]);
        // Span 10 over 4: raw 2.5 is itself a round step.
        assert_eq!(nice_ticks((0.0, 10.0), 4), vec![0.0, 2.5, 5.0, 7.5, 10.0]);
        assert_eq!(nice_ticks((1.0, 1.0), 4), Vec::<f64>::new());
        // 66 months in at most 6 labels: 11 a label, rounded up to a year.
        assert_eq!(month_ticks(66, 6), vec![0, 12, 24, 36, 48, 60]);
        assert_eq!(month_ticks(3, 6), vec![0, 1, 2]);
        assert_eq!(category_step(40, 12), 4);
        assert_eq!(category_step(5, 12), 1);
    }

    #[test]
    fn spans_are_padded_and_never_empty() {
        assert_eq!(span([0.0, 100.0].into_iter(), 0.1), (-10.0, 110.0));
        assert_eq!(span([5.0].into_iter(), 0.1), (4.0, 6.0));
        assert_eq!(span(std::iter::empty(), 0.1), (-1.0, 1.0));
    }
}
