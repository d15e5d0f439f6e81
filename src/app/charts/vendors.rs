//! The charts of a scenario with several vendors: each vendor's overdue invoices month by
//! month, and what the budget paid each vendor each month. One line per vendor, in the
//! vendor's own colour.

use rust_decimal::Decimal;

use super::build::{meta, monthly};
use super::colour::{palette, parse_hex, Rgb};
use super::series::to_f64;
use super::spec::{ChartSpec, Mark, MonthSeries};
use standoff_core::engine::PortfolioReport;
use standoff_core::model::Scenario;
use standoff_words::charts::ChartMsg;
use standoff_words::triage::TriageMsg;
use standoff_words::Lang;

/// Each vendor's unpaid principal due, month by month.
pub fn arrears_by_vendor(
    lang: Lang,
    portfolio: &PortfolioReport,
    s: &Scenario,
) -> Option<ChartSpec> {
    let series = (0..portfolio.vendors.len())
        .filter_map(|i| {
            let report = portfolio.vendors.get(i)?;
            let amounts = report.months.iter().map(|m| m.arrears).collect();
            Some(series(s, i, amounts))
        })
        .collect();
    chart(
        lang,
        portfolio,
        s,
        "vendor-arrears",
        TriageMsg::ArrearsChart,
        series,
    )
}

/// What each vendor was paid each month.
pub fn paid_by_vendor(lang: Lang, portfolio: &PortfolioReport, s: &Scenario) -> Option<ChartSpec> {
    let series = (0..portfolio.vendors.len())
        .map(|i| {
            let amounts = portfolio
                .months
                .iter()
                .map(|m| m.get(i).map_or(Decimal::ZERO, |share| share.paid))
                .collect();
            series(s, i, amounts)
        })
        .collect();
    chart(
        lang,
        portfolio,
        s,
        "vendor-paid",
        TriageMsg::PaidChart,
        series,
    )
}

fn chart(
    lang: Lang,
    portfolio: &PortfolioReport,
    s: &Scenario,
    kind: &str,
    title: TriageMsg,
    series: Vec<MonthSeries>,
) -> Option<ChartSpec> {
    let first = portfolio.vendors.first()?;
    let y_label = s.customer.currency.clone();
    let meta = meta(
        lang,
        kind,
        lang.t(title).to_string(),
        lang.t(ChartMsg::Month),
        y_label,
    );
    Some(ChartSpec::Monthly(monthly(meta, first, series)))
}

fn series(s: &Scenario, vendor: usize, amounts: Vec<Decimal>) -> MonthSeries {
    MonthSeries {
        label: s.vendor_name(vendor).unwrap_or_default().to_string(),
        colour: colour(s, vendor),
        mark: Mark::Line,
        values: amounts.iter().copied().map(to_f64).collect(),
        amounts,
    }
}

/// The vendor's own colour, or a colour of the palette when it has none that reads.
fn colour(s: &Scenario, vendor: usize) -> Rgb {
    let own = match vendor.checked_sub(1) {
        None => Some(&s.vendor.colour),
        Some(k) => s.more_vendors.get(k).map(|v| &v.vendor.colour),
    };
    own.and_then(|c| parse_hex(c)).unwrap_or(palette(vendor))
}
