//! The charts of a scenario with several vendors: each vendor's overdue invoices month by
//! month, what the budget paid each vendor each month, and the pain picture. One line per
//! vendor, in the vendor's own colour.

use rust_decimal::Decimal;

use super::build::{customer_colour, meta, monthly, pain_meta};
use super::colour::{palette, parse_hex, Rgb};
use super::series::to_f64;
use super::spec::{ChartSpec, Mark, MonthMark, MonthSeries};
use standoff_core::analysis::PortfolioPain;
use standoff_core::engine::PortfolioReport;
use standoff_core::model::Scenario;
use standoff_words::charts::ChartMsg;
use standoff_words::format::month_label;
use standoff_words::tr;
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

/// Each vendor's cost of one more month of its standoff, and the customer's of them all, with
/// the month each vendor's line crosses the customer's marked.
pub fn portfolio_pain(
    lang: Lang,
    portfolio: &PortfolioReport,
    s: &Scenario,
    pain: &PortfolioPain,
) -> Option<ChartSpec> {
    let first = portfolio.vendors.first()?;
    let customer = &s.customer.name;
    let mut series = vec![MonthSeries {
        label: tr!(lang, en: "{customer}'s cost, all vendors"; fr: "Coût pour {customer}, tous fournisseurs"),
        colour: customer_colour(s),
        mark: Mark::Line,
        values: pain.customer.iter().copied().map(to_f64).collect(),
        amounts: pain.customer.clone(),
    }];
    for (k, vendor) in pain.vendors.iter().enumerate() {
        let amounts: Vec<Decimal> = vendor.months.iter().map(|month| month.vendor).collect();
        let name = s.vendor_name(k).unwrap_or_default();
        series.push(MonthSeries {
            label: tr!(lang, en: "{name}'s cost"; fr: "Coût pour {name}"),
            ..self::series(s, k, amounts)
        });
    }
    let mut chart = monthly(pain_meta(lang, &first.currency), first, series);
    for (k, month) in pain.crossings.iter().enumerate() {
        let (Some(month), Some(name)) = (month, s.vendor_name(k)) else {
            continue;
        };
        let when = month_label(lang, first.start, *month);
        chart.marks.push(MonthMark {
            month: usize::try_from(*month).unwrap_or(usize::MAX),
            label: tr!(lang, en: "{customer} and {name}: the leverage flips, {when}";
                fr: "{customer} et {name}\u{a0}: le rapport de force s’inverse, {when}"),
        });
    }
    Some(ChartSpec::Monthly(chart))
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
