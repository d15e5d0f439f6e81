//! Files: the scenario as readable JSON (export and import) and the monthly ledger as CSV for
//! spreadsheets (with several vendors or a budget, one row per vendor per month). A scenario file can also be dropped anywhere on the page (see
//! `effects::file_import::use_file_drop`).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::effects::download::{download_text, file_stem};
use crate::app::effects::file_import::import_file;
use crate::app::state::Action;
use crate::app::use_lang;
use standoff_core::engine::{EngineError, PortfolioReport, Report};
use standoff_core::model::Scenario;
use standoff_formats::export_json;
use standoff_words::ledger::{ledger_csv, vendors_ledger_csv};
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct FilePanelProps {
    pub scenario: Rc<Scenario>,
    pub report: Rc<Result<Rc<Report>, EngineError>>,
    /// With several vendors or a budget, the simulation of the whole, whose ledger the CSV
    /// file holds instead of the first vendor's alone.
    #[prop_or_default]
    pub portfolio: Option<Rc<PortfolioReport>>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn FilePanel(props: &FilePanelProps) -> Html {
    let lang = use_lang();
    let problem = use_state(|| None::<String>);

    let on_export_json = {
        let scenario = props.scenario.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}.json", file_stem(&scenario.title));
            problem.set(download_text(&name, "application/json", &export_json(&scenario)).err());
        })
    };
    let on_export_csv = {
        let scenario = props.scenario.clone();
        let report = props.report.clone();
        let portfolio = props.portfolio.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let Ok(report) = report.as_ref() else {
                return;
            };
            let name = format!("{}-ledger.csv", file_stem(&scenario.title));
            // The CSV text starts with a byte-order mark, which Blob writes as UTF-8 bytes.
            let csv = match &portfolio {
                Some(portfolio) => vendors_ledger_csv(lang, portfolio),
                None => ledger_csv(lang, report),
            };
            problem.set(download_text(&name, "text/csv;charset=utf-8", &csv).err());
        })
    };
    let on_pick = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                import_file(file, on_action.clone());
            }
            // Choosing the same file again must fire another change event.
            input.set_value("");
        })
    };

    html! {
        <div class="files">
            <div class="button-row">
                <button type="button" data-testid="export-json" onclick={on_export_json}>
                    { lang.t(Msg::ExportJson) }
                </button>
                <button
                    type="button"
                    data-testid="export-csv"
                    disabled={props.report.is_err()}
                    onclick={on_export_csv}
                >
                    { lang.t(Msg::ExportCsv) }
                </button>
            </div>
            <label for="import-json">{ lang.t(Msg::ImportJson) }</label>
            <input
                id="import-json"
                type="file"
                accept=".json,application/json"
                data-testid="import-json"
                onchange={on_pick}
            />
            if let Some(problem) = (*problem).clone() {
                <p class="error" role="alert">{ problem }</p>
            }
        </div>
    }
}
