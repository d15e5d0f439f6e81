//! The headline figures: what a class reads first, at the timeline's month.

use rust_decimal::Decimal;
use yew::prelude::*;

use standoff_core::engine::Report;
use standoff_words::format::money;
use standoff_words::{Lang, Msg};

/// One figure: its label, its value as shown, and a stable test id.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: Msg,
    pub value: String,
    pub test_id: &'static str,
}

/// The figures at a month (the last one when `month` is `None` or beyond the horizon).
pub fn figures(report: &Report, month: Option<u32>, lang: Lang) -> Vec<Figure> {
    let currency = report.currency.as_str();
    let money = |amount: Decimal| money(lang, amount, currency);
    let row = month
        .and_then(|index| report.months.get(usize::try_from(index).ok()?))
        .or(report.months.last());
    let Some(row) = row else {
        return Vec::new();
    };
    vec![
        Figure {
            label: Msg::Arrears,
            value: money(row.arrears),
            test_id: "arrears",
        },
        Figure {
            label: Msg::TotalOwed,
            value: money(row.total_owed),
            test_id: "total-owed",
        },
        Figure {
            label: Msg::CustomerVsOnTime,
            value: money(row.customer.vs_baseline),
            test_id: "customer-vs-baseline",
        },
        Figure {
            label: Msg::VendorVsOnTime,
            value: money(row.vendor.vs_baseline),
            test_id: "vendor-vs-baseline",
        },
        Figure {
            label: Msg::CustomerNpv,
            value: money(report.totals.customer.npv_vs_baseline),
            test_id: "customer-npv",
        },
        Figure {
            label: Msg::VendorNpv,
            value: money(report.totals.vendor.npv_vs_baseline),
            test_id: "vendor-npv",
        },
    ]
}

/// The headline's markup: the figures at `month`, drawn by the page and by presenter mode.
pub fn headline(lang: Lang, report: &Report, month: Option<u32>) -> Html {
    let items = figures(report, month, lang).into_iter().map(|figure| {
        html! {
            <div class="figure" key={figure.test_id}>
                <dt>{ lang.t(figure.label) }</dt>
                <dd data-testid={figure.test_id}>{ figure.value }</dd>
            </div>
        }
    });
    html! { <dl class="headline" aria-label={lang.t(Msg::HeadlineFigures)}>{ for items }</dl> }
}
