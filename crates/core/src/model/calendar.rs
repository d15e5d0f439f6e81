//! Calendar months: turning a month index into a year, a month and a label.

use super::scenario::YearMonth;

const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The short English name of calendar month `month` (1–12), "???" outside that range.
pub fn month_name(month: u32) -> &'static str {
    usize::try_from(month.saturating_sub(1))
        .ok()
        .and_then(|i| MONTH_NAMES.get(i))
        .copied()
        .unwrap_or("???")
}

impl YearMonth {
    /// The calendar month `index` months after this one (month numbers outside 1..=12 are
    /// clamped first, so an invalid start never panics).
    pub fn plus_months(self, index: u32) -> YearMonth {
        let month0 = i64::from(self.month.clamp(1, 12)) - 1;
        let total = i64::from(self.year) * 12 + month0 + i64::from(index);
        let year = i32::try_from(total.div_euclid(12)).unwrap_or(i32::MAX);
        // `rem_euclid(12)` lies in 0..12, so the conversion cannot fail.
        let month = u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1;
        YearMonth { year, month }
    }

    /// A short label such as "Mar 2023".
    pub fn label(self) -> String {
        format!("{} {}", month_name(self.month), self.year)
    }

    /// The ISO form "2023-03", used in CSV exports.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// The label ("Mar 2023") of month `index` of a scenario starting at `start`.
pub fn month_label(start: YearMonth, index: u32) -> String {
    start.plus_months(index).label()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_months_across_years() {
        let start = YearMonth {
            year: 2020,
            month: 4,
        };
        // April 2020 + 35 months = March 2023 (9 months to Dec 2020, 24 to Dec 2022, 2 more).
        assert_eq!(month_label(start, 35), "Mar 2023");
        assert_eq!(start.plus_months(0).label(), "Apr 2020");
        assert_eq!(start.plus_months(8).iso(), "2020-12");
        assert_eq!(start.plus_months(9).iso(), "2021-01");
    }
}
