//! Compare mode: a second scenario beside the current one, with a table of differences in the
//! key outputs, and when either side has several vendors or a budget, what each side paid
//! each of its vendors and left overdue.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::state::{Action, Comparison};
use crate::app::use_lang;
use standoff_core::engine::{EngineError, PortfolioReport, Report};
use standoff_core::model::presets;
use standoff_words::format::money;
use standoff_words::presets::preset_name;
use standoff_words::triage::TriageMsg;
use standoff_words::{Lang, Msg};

/// The second scenario of compare mode and its simulation, computed once by the root.
#[derive(PartialEq)]
pub struct OtherSimulation {
    pub comparison: Comparison,
    /// Its report (with several vendors or a budget, its first vendor's).
    pub report: Result<Rc<Report>, EngineError>,
    /// With several vendors or a budget, the simulation of the whole.
    pub portfolio: Option<Rc<PortfolioReport>>,
}

/// The second scenario of compare mode, when there is one.
pub type OtherScenario = Option<OtherSimulation>;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    /// The current report, given only while a comparison is open (the only time the panel
    /// reads it): without one, the panel's props stay equal and an edit does not re-render it.
    pub report: Option<Rc<Report>>,
    /// With several vendors or a budget, the current scenario's whole, given like `report`
    /// only while a comparison is open.
    #[prop_or_default]
    pub portfolio: Option<Rc<PortfolioReport>>,
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
    let comparison = props.other.as_ref().as_ref().map(|other| &other.comparison);
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
        (
            Some(OtherSimulation {
                comparison,
                report: Ok(other),
                portfolio: other_portfolio,
            }),
            Some(report),
        ) => {
            let by_vendor = vendors_table(
                lang,
                Side {
                    label: &props.label,
                    report,
                    portfolio: props.portfolio.as_deref(),
                },
                Side {
                    label: &comparison.label,
                    report: other,
                    portfolio: other_portfolio.as_deref(),
                },
            );
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
                    { by_vendor }
                    <button type="button" data-testid="compare-swap" onclick={on_swap}>{ lang.t(Msg::SwapComparison) }</button>
                </>
            }
        }
        (
            Some(OtherSimulation {
                report: Err(error), ..
            }),
            _,
        ) => {
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

/// One side of the comparison: its label, its report and, with several vendors or a budget,
/// its whole.
struct Side<'a> {
    label: &'a str,
    report: &'a Report,
    portfolio: Option<&'a PortfolioReport>,
}

impl<'a> Side<'a> {
    /// Each vendor's relationship: the whole's, or the one report of a two-party scenario.
    fn relationships(&self) -> &'a [Report] {
        match self.portfolio {
            Some(portfolio) => &portfolio.vendors,
            None => std::slice::from_ref(self.report),
        }
    }
}

/// What each side paid each of its vendors over the horizon and left overdue at the end, when
/// either side has several vendors or a budget; nothing when both are two-party scenarios,
/// whose one vendor the table above already covers.
fn vendors_table(lang: Lang, mine: Side, theirs: Side) -> Html {
    if mine.portfolio.is_none() && theirs.portfolio.is_none() {
        return Html::default();
    }
    let group = |k: usize, side: &Side| {
        let rows = side.relationships().iter().enumerate().map(|(i, r)| {
            let currency = r.currency.as_str();
            html! {
                <tr key={format!("{k}-{i}")}>
                    <th scope="row">{ r.vendor_name.clone() }</th>
                    <td>{ money(lang, r.totals.paid_to_vendor, currency) }</td>
                    <td>{ money(lang, r.totals.final_arrears, currency) }</td>
                </tr>
            }
        });
        html! {
            <tbody key={k}>
                <tr><th scope="colgroup" colspan="3">{ side.label.to_string() }</th></tr>
                { for rows }
            </tbody>
        }
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(TriageMsg::PaidByVendor)}>
            <table class="summary" data-testid="compare-vendors">
                <caption>{ lang.t(TriageMsg::PaidByVendor) }</caption>
                <thead><tr>
                    <th scope="col">{ lang.t(TriageMsg::Vendor) }</th>
                    <th scope="col">{ lang.t(TriageMsg::Paid) }</th>
                    <th scope="col">{ lang.t(TriageMsg::OwedAtEnd) }</th>
                </tr></thead>
                { group(0, &mine) }
                { group(1, &theirs) }
            </table>
        </div>
    }
}
