//! The headline figures: what a class reads first, at the timeline's month.

use rust_decimal::Decimal;
use yew::prelude::*;

use standoff_core::engine::Report;
use standoff_words::format::{money, money_compact};
use standoff_words::{Lang, Msg};

/// One figure: its label, its value exact to the cent and compact for reading at a glance,
/// and a stable test id.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: Msg,
    pub value: String,
    pub compact: String,
    pub test_id: &'static str,
}

/// The figures at a month (the last one when `month` is `None` or beyond the horizon).
pub fn figures(report: &Report, month: Option<u32>, lang: Lang) -> Vec<Figure> {
    let currency = report.currency.as_str();
    let figure = |label: Msg, amount: Decimal, test_id: &'static str| Figure {
        label,
        value: money(lang, amount, currency),
        compact: money_compact(lang, amount, currency),
        test_id,
    };
    let row = month
        .and_then(|index| report.months.get(usize::try_from(index).ok()?))
        .or(report.months.last());
    let Some(row) = row else {
        return Vec::new();
    };
    vec![
        figure(Msg::Arrears, row.arrears, "arrears"),
        // What is owed on bills and the shortfall that is only accruing stand apart: the
        // second becomes due only if usage stays low until the true-up.
        figure(Msg::BilledUnpaid, row.billed_unpaid, "billed-unpaid"),
        figure(
            Msg::ShortfallAccrued,
            row.shortfall_exposure,
            "shortfall-accrued",
        ),
        figure(
            Msg::CustomerVsOnTime,
            row.customer.vs_baseline,
            "customer-vs-baseline",
        ),
        figure(
            Msg::VendorVsOnTime,
            row.vendor.vs_baseline,
            "vendor-vs-baseline",
        ),
        figure(
            Msg::CustomerNpv,
            report.totals.customer.npv_vs_baseline,
            "customer-npv",
        ),
        figure(
            Msg::VendorNpv,
            report.totals.vendor.npv_vs_baseline,
            "vendor-npv",
        ),
    ]
}

/// The headline's markup. A plain function rather than a component: the root and presenter
/// mode render it again whenever the report or the month changes, so a component of its own
/// would skip no render.
///
/// Each figure shows its compact amount ($147.1M); hovering or focusing it shows the amount
/// exact to the cent, which is also what a screen reader reads (the compact text is hidden
/// from it, the exact one only visually hidden until then). The figure has no `title`: hover
/// already shows the exact amount in place, and a `title` that changes at every slider input
/// leaves the page's styles to be recomputed, which the first chart to set its font afterwards
/// made the browser do at once, inside the input's task (about 0.3 ms of its 2.6 at 1× CPU).
pub fn headline(lang: Lang, report: &Report, month: Option<u32>) -> Html {
    let items = figures(report, month, lang).into_iter().map(|figure| {
        html! {
            <div class="figure" key={figure.test_id}>
                <dt>{ lang.t(figure.label) }</dt>
                <dd tabindex="0">
                    <span class="compact" aria-hidden="true" data-testid={format!("{}-compact", figure.test_id)}>{ figure.compact }</span>
                    <span class="exact" data-testid={figure.test_id}>{ figure.value }</span>
                </dd>
            </div>
        }
    });
    html! { <dl class="headline" aria-label={lang.t(Msg::HeadlineFigures)}>{ for items }</dl> }
}
