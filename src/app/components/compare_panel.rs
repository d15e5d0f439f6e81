//! Compare mode: a second scenario beside the current one, with a table of differences in the
//! key outputs.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::state::{Action, Comparison};
use crate::app::use_lang;
use standoff_core::engine::{EngineError, Report};
use standoff_core::model::presets;
use standoff_words::format::money;
use standoff_words::presets::preset_name;
use standoff_words::Msg;

/// The second scenario of compare mode and its simulation, computed once by the root.
pub type OtherScenario = Option<(Comparison, Result<Rc<Report>, EngineError>)>;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    /// The current report, given only while a comparison is open (the only time the panel
    /// reads it): without one, the panel's props stay equal and an edit does not re-render it.
    pub report: Option<Rc<Report>>,
    pub label: String,
    pub other: Rc<OtherScenario>,
    pub on_action: Callback<Action>,
}

/// Reads one key output from a report.
pub type ReportValue = fn(&Report) -> Decimal;

/// The key outputs compared, as (label, value of a report).
pub fn key_outputs() -> Vec<(Msg, ReportValue)> {
    vec![
        (Msg::PeakArrears, |r| r.totals.peak_arrears),
        (Msg::ArrearsAtEnd, |r| r.totals.final_arrears),
        (Msg::InterestAccrued, |r| r.totals.interest_accrued),
        (Msg::ShortfallAtEnd, |r| r.totals.final_shortfall_exposure),
        (Msg::PaidToVendor, |r| r.totals.paid_to_vendor),
        (Msg::AdRevenueLost, |r| r.totals.ad_revenue_lost),
        (Msg::OutageCost, |r| r.totals.outage_cost),
        (Msg::CustomerNpvShort, |r| r.totals.customer.npv_vs_baseline),
        (Msg::VendorNpvShort, |r| r.totals.vendor.npv_vs_baseline),
    ]
}

#[function_component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let lang = use_lang();
    let comparison = props
        .other
        .as_ref()
        .as_ref()
        .map(|(comparison, _)| comparison);
    let on_pick = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let id = select.value();
            if id.is_empty() {
                on_action.emit(Action::CloseComparison);
            } else if let Some(preset) = presets::by_id(&id) {
                on_action.emit(Action::OpenComparison {
                    label: preset.name.to_string(),
                    scenario: Box::new(preset.scenario),
                });
            }
        })
    };
    let on_swap = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SwapComparison))
    };
    let picker = html! {
        <label class="field">
            <span>{ lang.t(Msg::CompareWith) }</span>
            <select data-testid="compare-select" onchange={on_pick}>
                <option value="" selected={comparison.is_none()}>{ lang.t(Msg::NothingOption) }</option>
                { for presets::CATALOGUE.iter().map(|preset| html! {
                    <option key={preset.id} value={preset.id}
                        selected={comparison.is_some_and(|c| c.label == preset.name)}>
                        { preset_name(lang, preset.id).unwrap_or(preset.name) }
                    </option>
                }) }
            </select>
        </label>
    };
    let table = match (props.other.as_ref(), props.report.as_ref()) {
        (Some((comparison, Ok(other))), Some(report)) => {
            let currency = report.currency.as_str();
            let rows = key_outputs().into_iter().map(|(label, value)| {
                let mine = value(report);
                let theirs = value(other);
                let difference = theirs.checked_sub(mine).unwrap_or_default();
                // Each row is keyed by its message, which is unique in the table.
                html! {
                    <tr key={label as usize}>
                        <th scope="row">{ lang.t(label) }</th>
                        <td>{ money(lang, mine, currency) }</td>
                        <td>{ money(lang, theirs, currency) }</td>
                        <td>{ money(lang, difference, currency) }</td>
                    </tr>
                }
            });
            html! {
                <>
                    <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::Comparison)}>
                        <table class="summary" data-testid="compare-table">
                            <thead><tr>
                                <th scope="col">{ lang.t(Msg::Output) }</th>
                                <th scope="col">{ props.label.clone() }</th>
                                <th scope="col">{ comparison.label.clone() }</th>
                                <th scope="col">{ lang.t(Msg::Difference) }</th>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                    <button type="button" data-testid="compare-swap" onclick={on_swap}>{ lang.t(Msg::SwapComparison) }</button>
                </>
            }
        }
        (Some((_, Err(error))), _) => {
            html! { <p class="error" role="alert">{ standoff_words::errors::engine_error(lang, error) }</p> }
        }
        _ => html! { <p>{ lang.t(Msg::PickSecond) }</p> },
    };
    html! {
        <section class="panel" aria-labelledby="compare-title">
            <h2 id="compare-title">{ lang.t(Msg::Compare) }</h2>
            { picker }
            { table }
        </section>
    }
}
