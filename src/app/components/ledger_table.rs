//! The monthly ledger behind the charts: the same numbers, exact, a page of months at a time
//! so that 240 months stay fast to render.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::engine::{MonthReport, Report};
use crate::model::format_money;

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
pub fn columns() -> Vec<(&'static str, MonthValue)> {
    vec![
        ("Customer net", |m| m.customer.net),
        ("Customer cash vs on-time", |m| m.customer.vs_baseline),
        ("Vendor net", |m| m.vendor.net),
        ("Vendor cash vs on-time", |m| m.vendor.vs_baseline),
        ("Usage invoiced", |m| m.usage_invoiced),
        ("True-up invoiced", |m| m.trueup_invoiced),
        ("Arrears", |m| m.arrears),
        ("Accrued interest", |m| m.accrued_interest),
        ("Shortfall exposure", |m| m.shortfall_exposure),
        ("Total owed", |m| m.total_owed),
        ("Ad revenue lost", |m| m.ad_revenue_lost),
        ("Outage cost", |m| m.outage_cost),
    ]
}

/// The page (0-based) that holds a month.
pub fn page_of(month: u32) -> usize {
    usize::try_from(month).unwrap_or(0) / PAGE_MONTHS
}

#[function_component]
pub fn LedgerTable(props: &LedgerTableProps) -> Html {
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
                    <th scope="row">{ format!("{} · {}", month.index + 1, month.label()) }</th>
                    { for columns.iter().map(|(_, value)| html! { <td>{ format_money(value(month), currency) }</td> }) }
                </tr>
            }
        });
    let go = |target: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(target))
    };
    html! {
        <section class="panel" aria-labelledby="ledger-title">
            <h2 id="ledger-title">{ "Monthly ledger" }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ledger-title">
                <table class="ledger" data-testid="ledger">
                    <thead>
                        <tr>
                            <th scope="col">{ "Month" }</th>
                            { for columns.iter().map(|(header, _)| html! { <th scope="col">{ *header }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <nav class="pager" aria-label="Ledger pages">
                <button type="button" disabled={current == 0} onclick={go(current.saturating_sub(1))}>{ "Previous year" }</button>
                <span data-testid="ledger-page">{ format!("Months {}–{} of {}", first + 1, (first + PAGE_MONTHS).min(months), months) }</span>
                <button type="button" disabled={current + 1 >= pages} onclick={go((current + 1).min(pages - 1))}>{ "Next year" }</button>
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
