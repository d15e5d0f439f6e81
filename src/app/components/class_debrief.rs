//! The class debrief: the teacher pastes the class's game links (or chooses a text or CSV
//! file of them); every game is replayed in this browser and shown at once: a summary of who
//! blinked, the settlement prices on the bargaining line beside the prediction, a table with
//! a spreadsheet download, and the lines left out with their reason.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::charts::class_picture::class_picture;
use crate::app::charts::spec::ChartSpec;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::effects::download::download_text;
use crate::app::use_lang;
use standoff_core::analysis::{bargaining, BargainingOptions};
use standoff_core::model::Side;
use standoff_formats::class_debrief::{class_csv, read_class, ClassGames};
use standoff_formats::Spreadsheet;
use standoff_words::format::{money, money_compact};
use standoff_words::game::{class_summary, line_problem, ClassDebriefMsg as M, GameMsg};
use standoff_words::Lang;

/// The games read, and the picture built from them.
struct Read {
    class: ClassGames,
    picture: Option<Rc<ChartSpec>>,
}

fn read(lang: Lang, text: &str) -> Read {
    let class = read_class(text);
    let picture = class.scenario.as_ref().and_then(|scenario| {
        let prices: Vec<_> = class.games.iter().filter_map(|game| game.price()).collect();
        let analysis = bargaining(scenario, &BargainingOptions::default()).ok()?;
        Some(Rc::new(class_picture(lang, &analysis, scenario, &prices)))
    });
    Read { class, picture }
}

#[function_component]
pub fn ClassDebrief() -> Html {
    let lang = use_lang();
    let text = use_state(String::new);
    let shown = use_state(|| None::<Rc<Read>>);
    let on_input = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            text.set(area.value());
        })
    };
    let on_read = {
        let (text, shown) = (text.clone(), shown.clone());
        Callback::from(move |_: MouseEvent| shown.set(Some(Rc::new(read(lang, &text)))))
    };
    let on_file = {
        let (text, shown) = (text.clone(), shown.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                let (text, shown) = (text.clone(), shown.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let content = JsFuture::from(file.text())
                        .await
                        .ok()
                        .and_then(|value| value.as_string())
                        .unwrap_or_default();
                    shown.set(Some(Rc::new(read(lang, &content))));
                    text.set(content);
                });
            }
            input.set_value("");
        })
    };
    html! {
        <section class="panel class-debrief" aria-labelledby="class-debrief-title" data-testid="class-debrief">
            <h2 id="class-debrief-title">{ lang.t(M::Title) }</h2>
            <p class="hint">{ lang.t(M::Intro) }</p>
            <label class="field">
                <span>{ lang.t(M::Links) }</span>
                <textarea data-testid="class-links" value={(*text).clone()} oninput={on_input} />
            </label>
            <label class="field">
                <span>{ lang.t(M::File) }</span>
                <input type="file" accept=".txt,.csv,text/plain,text/csv" data-testid="class-file" onchange={on_file} />
            </label>
            <button type="button" data-testid="class-read" onclick={on_read}>{ lang.t(M::Read) }</button>
            if let Some(read) = (*shown).clone() {
                { results(lang, &read) }
            }
        </section>
    }
}

fn results(lang: Lang, read: &Read) -> Html {
    let class = &read.class;
    let Some(scenario) = class.scenario.as_ref() else {
        return bad_lines(lang, read, "USD");
    };
    let currency = scenario.customer.currency.as_str();
    let names = (
        scenario.customer.name.as_str(),
        scenario.vendor.name.as_str(),
    );
    let who = |side: Option<Side>| match side {
        Some(Side::Customer) => names.0.to_string(),
        Some(Side::Vendor) => names.1.to_string(),
        None => lang.t(M::Nobody).to_string(),
    };
    let on_download = {
        let csv = class_csv(
            class,
            if lang == Lang::Fr {
                Spreadsheet::FRENCH
            } else {
                Spreadsheet::ENGLISH
            },
            &header(lang),
            who,
        );
        Callback::from(move |_: MouseEvent| {
            // A failed download changes nothing on the page; the browser says why.
            let _ = download_text("standoff-class-debrief.csv", "text/csv;charset=utf-8", &csv);
        })
    };
    let amount = |value| html! { <td title={money(lang, value, currency)}>{ money_compact(lang, value, currency) }</td> };
    html! {
        <>
            <p data-testid="class-summary">{ class_summary(lang, class.games.len(), class.blink_counts(), names) }</p>
            if let Some(spec) = read.picture.clone() {
                <ChartCanvas {spec} label={lang.t(M::ChartLabel)} />
            }
            <table class="game-history" data-testid="class-table">
                <thead><tr>{ for header(lang).into_iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>
                    { for class.games.iter().map(|game| html! {
                        <tr key={game.line}>
                            <th scope="row">{ game.line }</th>
                            <td>{ game.settled_round().map(|r| r.to_string()).unwrap_or_default() }</td>
                            <td>{ game.price().map(|p| money_compact(lang, p, currency)).unwrap_or_default() }</td>
                            <td>{ who(game.end.blinked()) }</td>
                            { amount(game.customer_npv) }
                            { amount(game.vendor_npv) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <button type="button" data-testid="class-csv" onclick={on_download}>{ lang.t(M::Download) }</button>
            { bad_lines(lang, read, currency) }
        </>
    }
}

fn header(lang: Lang) -> Vec<String> {
    [
        lang.t(M::Game),
        lang.t(M::SettledRound),
        lang.t(M::Price),
        lang.t(M::Blinked),
        lang.t(GameMsg::CustomerNpv),
        lang.t(GameMsg::VendorNpv),
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

fn bad_lines(lang: Lang, read: &Read, currency: &str) -> Html {
    if read.class.bad.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3>{ lang.t(M::LeftOut) }</h3>
            <ul data-testid="class-bad-lines">
                { for read.class.bad.iter().map(|bad| html! {
                    <li key={bad.line}>{ format!("{} {}{} {}", lang.t(M::Game), bad.line, lang.t(standoff_words::Msg::Colon), line_problem(lang, &bad.problem, currency)) }</li>
                }) }
            </ul>
        </>
    }
}
