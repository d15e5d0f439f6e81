//! Splitting an analysis into parts that run apart (the web app runs each part in a web
//! worker) and the rule that merges them.
//!
//! Every analysis that runs in parts is a list of independent units in a fixed order: the
//! tornado's parameters, the sweep's rows, the strategy matrix's cells, the Monte Carlo's runs.
//! A part is a contiguous range of those units, and the parts are merged in unit order, so the
//! merged result is the one a single run gives, whatever the number of parts: each unit's
//! result depends only on the unit (a Monte Carlo run draws from `(seed, run index)`, never
//! from the part that ran it), and the simulator's caches never change a result. The tests of
//! each analysis's merge assert it for 1, 2, 3 and 8 parts.

use std::ops::Range;

/// The most parts an analysis is split into: the web app caps its workers there.
pub const MAX_PARTS: usize = 8;

/// `total` units split into at most `parts` contiguous ranges in order, as even as can be (the
/// first `total % n` ranges hold one unit more), none empty unless `total` is 0, when there is
/// one empty range: a part always exists to carry what every part computes (the tornado's base
/// case, the matrix's reference).
pub fn split_range(total: usize, parts: usize) -> Vec<Range<usize>> {
    let n = parts.clamp(1, total.max(1));
    let (each, extra) = (total / n, total % n);
    let mut ranges = Vec::with_capacity(n);
    let mut start = 0;
    for i in 0..n {
        let end = start + each + usize::from(i < extra);
        ranges.push(start..end);
        start = end;
    }
    debug_assert_eq!(start, total, "the ranges cover every unit");
    ranges
}

/// [`split_range`] over Monte Carlo run indices, which are `u32`.
pub fn split_runs(runs: u32, parts: usize) -> Vec<Range<u32>> {
    let total = usize::try_from(runs).unwrap_or(usize::MAX);
    split_range(total, parts)
        .into_iter()
        .map(|r| {
            let start = u32::try_from(r.start).unwrap_or(runs);
            let end = u32::try_from(r.end).unwrap_or(runs);
            start..end
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_cover_every_unit_in_order_and_evenly() {
        assert_eq!(split_range(10, 3), vec![0..4, 4..7, 7..10]);
        assert_eq!(split_range(2, 8), vec![0..1, 1..2]);
        assert_eq!(split_range(0, 4), vec![0..0]);
        assert_eq!(split_range(5, 0), vec![0..5]);
        for total in 0..40 {
            for parts in 1..=MAX_PARTS {
                let ranges = split_range(total, parts);
                let mut next = 0;
                for r in &ranges {
                    assert_eq!(r.start, next);
                    assert!(r.len() + 1 >= total / ranges.len());
                    next = r.end;
                }
                assert_eq!(next, total);
            }
        }
        assert_eq!(
            split_runs(10_000, 3),
            vec![0..3334, 3334..6667, 6667..10_000]
        );
    }
}
