//! The monthly ledger behind the charts: the same numbers, exact, a page of months at a time
//! so that 240 months stay fast to render.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::use_lang;
use standoff_core::engine::{MonthReport, Report};
use standoff_core::model::YearMonth;
use standoff_words::format::{count, money, month_year};
use standoff_words::{Lang, Msg};

/// Months per page: a year, which is also how contracts are read.
pub const PAGE_MONTHS: usize = 12;

#[derive(Properties, PartialEq)]
pub struct LedgerTableProps {
    pub report: Rc<Report>,
    /// The timeline's month, highlighted; the table opens on its page.
    pub month: Option<u32>,
}

/// Reads one column's value from a month.
pub type MonthValue = fn(&MonthReport) -> Decimal;

/// The columns of the table: a header and how to read the value from a month.
pub fn columns() -> Vec<(Msg, MonthValue)> {
    vec![
        (Msg::CustomerNet, |m| m.customer.net),
        (Msg::CustomerVsOnTimeShort, |m| m.customer.vs_baseline),
        (Msg::VendorNet, |m| m.vendor.net),
        (Msg::VendorVsOnTimeShort, |m| m.vendor.vs_baseline),
        (Msg::UsageInvoiced, |m| m.usage_invoiced),
        (Msg::TrueUpInvoiced, |m| m.trueup_invoiced),
        (Msg::Arrears, |m| m.arrears),
        (Msg::AccruedInterest, |m| m.accrued_interest),
        (Msg::BilledUnpaidShort, |m| m.billed_unpaid),
        (Msg::ShortfallAccruedShort, |m| m.shortfall_exposure),
        (Msg::AdRevenueLost, |m| m.ad_revenue_lost),
        (Msg::OutageCost, |m| m.outage_cost),
    ]
}

/// "Months 1–12 of 66" / "Mois 1 à 12 sur 66".
fn page_text(lang: Lang, first: usize, last: usize, total: usize) -> String {
    let n = |value: usize| count(lang, u64::try_from(value).unwrap_or(0));
    match lang {
        Lang::En => format!("Months {}–{} of {}", n(first), n(last), n(total)),
        Lang::Fr => format!("Mois {} à {} sur {}", n(first), n(last), n(total)),
    }
}

/// The page (0-based) that holds a month.
pub fn page_of(month: u32) -> usize {
    usize::try_from(month).unwrap_or(0) / PAGE_MONTHS
}

#[function_component]
pub fn LedgerTable(props: &LedgerTableProps) -> Html {
    let lang = use_lang();
    let months = props.report.months.len();
    let pages = months.div_ceil(PAGE_MONTHS).max(1);
    let page = use_state(|| props.month.map_or(0, page_of));
    {
        let page = page.clone();
        use_effect_with(props.month, move |month| {
            if let Some(month) = month {
                page.set(page_of(*month));
            }
        });
    }
    let current = (*page).min(pages - 1);
    let first = current * PAGE_MONTHS;
    let currency = props.report.currency.as_str();
    let columns = columns();
    let rows = props
        .report
        .months
        .iter()
        .skip(first)
        .take(PAGE_MONTHS)
        .map(|month| {
            let highlighted = props.month == Some(month.index);
            html! {
                <tr key={month.index} class={classes!(highlighted.then_some("current"))}
                    aria-current={highlighted.then_some("true")}>
                    <th scope="row">{ format!("{} · {}", count(lang, u64::from(month.index) + 1), month_year(lang, YearMonth { year: month.year, month: month.month })) }</th>
                    { for columns.iter().map(|(_, value)| html! { <td>{ money(lang, value(month), currency) }</td> }) }
                </tr>
            }
        });
    let go = |target: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(target))
    };
    html! {
        <section class="panel" aria-labelledby="ledger-title">
            <h2 id="ledger-title">{ lang.t(Msg::MonthlyLedger) }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ledger-title">
                <table class="ledger" data-testid="ledger">
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(Msg::Month) }</th>
                            { for columns.iter().map(|(header, _)| html! { <th scope="col">{ lang.t(*header) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <nav class="pager" aria-label={lang.t(Msg::LedgerPages)}>
                <button type="button" disabled={current == 0} onclick={go(current.saturating_sub(1))}>{ lang.t(Msg::PreviousYear) }</button>
                <span data-testid="ledger-page">{ page_text(lang, first + 1, (first + PAGE_MONTHS).min(months), months) }</span>
                <button type="button" disabled={current + 1 >= pages} onclick={go((current + 1).min(pages - 1))}>{ lang.t(Msg::NextYear) }</button>
            </nav>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_fall_on_yearly_pages() {
        assert_eq!(page_of(0), 0);
        assert_eq!(page_of(11), 0);
        assert_eq!(page_of(12), 1);
        assert_eq!(page_of(239), 19);
    }
}
