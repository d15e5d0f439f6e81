//! The data table behind a chart: the same numbers, exact, in a `<details>` that keyboard and
//! screen-reader users can open. The rows are built only while it is open, so a closed table
//! costs nothing when the chart is redrawn on every slider move.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::charts::spec::ChartSpec;
use crate::app::use_lang;
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    pub spec: Rc<ChartSpec>,
}

#[function_component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    let lang = use_lang();
    let open = use_state_eq(|| false);
    // The summary's click (also fired by Enter and Space) toggles the details natively, after
    // every click listener has run; the state follows the element's own `toggle` event, so
    // that the rows are rendered only when they can be seen. (Following the click instead
    // rendered `open` before the browser's own toggle, which then closed the details again.)
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::Element = event.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    let title = props.spec.meta().title.clone();
    let body = if *open {
        let table = props.spec.table();
        html! {
            <div class="chart-table-scroll" tabindex="0" role="region" aria-label={format!("{}{} {title}", lang.t(Msg::DataTable), lang.t(Msg::Colon))}>
                <table class="chart-table" data-testid="chart-table">
                    <caption>{ table.caption.clone() }</caption>
                    <thead>
                        <tr>
                            { for table.columns.iter().map(|column| html! { <th scope="col">{ column.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for table.rows.iter().enumerate().map(|(index, row)| html! {
                            <tr key={index}>
                                { for row.iter().enumerate().map(|(column, cell)| if column == 0 {
                                    html! { <th scope="row">{ cell.clone() }</th> }
                                } else {
                                    html! { <td>{ cell.clone() }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    } else {
        Html::default()
    };
    html! {
        <details class="chart-data" open={*open} {ontoggle}>
            <summary>{ format!("{}{} {title}", lang.t(Msg::DataTable), lang.t(Msg::Colon)) }</summary>
            { body }
        </details>
    }
}
