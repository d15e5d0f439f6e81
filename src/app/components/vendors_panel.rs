//! The vendors panel of a scenario with several vendors or a budget: whom to pay first and
//! why (the triage's sentences and table), and what the budget did to each vendor, month by
//! month (two charts).

use std::rc::Rc;

use yew::prelude::*;

use super::app_root::state_hook::Vendors;
use super::chart_canvas::ChartCanvas;
use standoff_core::analysis::{AnalysisError, BestAllocation, Triage, VendorTriage};
use standoff_core::model::Scenario;
use standoff_words::analysis_errors::analysis_error;
use standoff_words::format::{money, money_compact};
use standoff_words::triage::{best_allocation_sentence, triage_cells, triage_sentences, TriageMsg};
use standoff_words::Lang;

/// What the vendors panel shows: the triage and charts, and the best shares when searched.
pub struct VendorsView<'a> {
    pub vendors: &'a Option<Vendors>,
    pub best: &'a Option<Result<BestAllocation, AnalysisError>>,
}

/// The panel, or nothing for a two-party scenario.
pub fn vendors_panel(
    lang: Lang,
    view: VendorsView,
    month: Option<u32>,
    on_select_month: &Callback<u32>,
) -> Html {
    let Some(vendors) = view.vendors else {
        return Html::default();
    };
    let best = match view.best {
        Some(Ok(best)) => html! {
            <p data-testid="best-allocation">{ best_allocation_sentence(lang, &vendors.scenario, best) }</p>
        },
        Some(Err(error)) => {
            html! { <p class="error" role="alert">{ analysis_error(lang, error) }</p> }
        }
        None => Html::default(),
    };
    html! {
        <section class="panel vendors" aria-labelledby="vendors-title" data-testid="vendors-panel">
            <h2 id="vendors-title">{ lang.t(TriageMsg::Title) }</h2>
            <div data-testid="triage">{ triage_body(lang, vendors) }</div>
            { best }
            { vendor_chart(lang, VendorChart::Paid, vendors, month, on_select_month, None) }
            { vendor_chart(lang, VendorChart::Arrears, vendors, month, on_select_month, None) }
        </section>
    }
}

/// Where the triage is shown: on screen, or on the printed handout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriagePlace {
    Screen,
    Print,
}

/// The triage's sentences and table on screen, or why there is none.
pub fn triage_body(lang: Lang, vendors: &Vendors) -> Html {
    triage_view(lang, vendors, TriagePlace::Screen)
}

/// The triage's sentences and table at `place`, or why there is none.
pub fn triage_view(lang: Lang, vendors: &Vendors, place: TriagePlace) -> Html {
    let s = &vendors.scenario;
    match &vendors.triage {
        Ok(triage) => html! {
            <>
                { for triage_sentences(lang, s, triage).into_iter().map(|sentence| html! { <p>{ sentence }</p> }) }
                { triage_table(lang, s, triage, place) }
            </>
        },
        Err(error) => html! { <p class="error" role="alert">{ analysis_error(lang, error) }</p> },
    }
}

/// The two charts of the vendors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VendorChart {
    /// What each vendor is paid each month.
    Paid,
    /// Each vendor's overdue invoices, month by month.
    Arrears,
}

/// One of the vendors' charts (at `height` CSS pixels, or the chart's own height).
pub fn vendor_chart(
    lang: Lang,
    which: VendorChart,
    vendors: &Vendors,
    month: Option<u32>,
    on_select_month: &Callback<u32>,
    height: Option<u32>,
) -> Html {
    let (spec, label) = match which {
        VendorChart::Paid => (&vendors.paid_chart, TriageMsg::PaidChart),
        VendorChart::Arrears => (&vendors.arrears_chart, TriageMsg::ArrearsChart),
    };
    match spec {
        Some(spec) => html! {
            <ChartCanvas spec={Rc::clone(spec)} {month} on_select_month={on_select_month.clone()}
                label={lang.t(label)} {height} />
        },
        None => Html::default(),
    }
}

/// One row per vendor, in the order whom to pay first.
fn triage_table(lang: Lang, s: &Scenario, triage: &Triage, place: TriagePlace) -> Html {
    let rows = triage
        .ranking
        .iter()
        .filter_map(|&i| triage.vendors.iter().find(|v| v.vendor == i))
        .map(|v| triage_row(lang, s, v));
    let test_id = match place {
        TriagePlace::Screen => "triage-table",
        TriagePlace::Print => "handout-triage-table",
    };
    let table = html! {
        <table class="triage-table" data-testid={test_id}>
            <thead>
                <tr>
                    <th scope="col">{ lang.t(TriageMsg::Vendor) }</th>
                    <th scope="col">{ lang.t(TriageMsg::PerDollar) }</th>
                    <th scope="col">{ lang.t(TriageMsg::ReactionFrom) }</th>
                    <th scope="col">{ lang.t(TriageMsg::Paid) }</th>
                    <th scope="col">{ lang.t(TriageMsg::OwedAtEnd) }</th>
                    <th scope="col">{ lang.t(TriageMsg::Threat) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    };
    match place {
        // The table may be wider than a phone: its scrolling box takes the focus, so that the
        // keys scroll it, and says what it holds.
        TriagePlace::Screen => html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(TriageMsg::Title)}>
                { table }
            </div>
        },
        // Paper neither scrolls nor takes the focus.
        TriagePlace::Print => table,
    }
}

fn triage_row(lang: Lang, s: &Scenario, v: &VendorTriage) -> Html {
    let currency = &s.customer.currency;
    // The amounts show compact, with the exact figure on hover; the other cells are the
    // command line's.
    let [name, per_dollar, from, _, _, threat] = triage_cells(lang, s, v);
    let amount = |value| {
        html! { <td title={money(lang, value, currency)}>{ money_compact(lang, value, currency) }</td> }
    };
    html! {
        <tr key={v.vendor}>
            <th scope="row">{ name }</th>
            <td>{ per_dollar }</td>
            <td>{ from }</td>
            { amount(v.paid) }
            { amount(v.arrears_at_end) }
            <td>{ threat }</td>
        </tr>
    }
}
