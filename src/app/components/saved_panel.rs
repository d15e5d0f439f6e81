//! Saved scenarios in this browser: save the scenario on screen under a name, then list,
//! open, rename and delete them. Entries that could not be read are listed too, with their
//! text to copy, because they are kept rather than deleted.
//!
//! Names are user data and are rendered only as text.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::effects::saved_store::{self, clean_name};
use crate::app::state::{Action, Origin};
use crate::app::use_lang;
use standoff_core::model::Scenario;
use standoff_formats::StoredScenarios;
use standoff_words::tr;
use standoff_words::{format, Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    pub scenario: Rc<Scenario>,
    pub on_action: Callback<Action>,
}

/// An entry being renamed: its current name and the text typed so far.
#[derive(Clone, PartialEq)]
struct Renaming {
    from: String,
    text: String,
}

/// A name quoted the way `lang` quotes.
fn q(lang: Lang, name: &str) -> String {
    format::quoted(lang, name)
}

/// `2026-11-28T09:00:00.000Z` → `2026-11-28 09:00 UTC`; anything else is shown as it is.
fn saved_when(saved_at: &str) -> String {
    match (saved_at.get(..10), saved_at.get(11..16)) {
        (Some(day), Some(time)) if saved_at.ends_with('Z') => format!("{day} {time} UTC"),
        _ => saved_at.to_string(),
    }
}

fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

#[function_component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let lang = use_lang();
    let list = use_state(|| saved_store::load().stored);
    let name = use_state(String::new);
    let renaming = use_state(|| None::<Renaming>);
    let message = use_state(|| None::<String>);

    // Applies a change to storage, refreshes the list, and reports the outcome.
    let change = {
        let list = list.clone();
        let message = message.clone();
        move |apply: Box<dyn FnOnce(&mut StoredScenarios) -> String>| match saved_store::update(
            lang, apply,
        ) {
            Ok((said, stored)) => {
                list.set(stored);
                message.set(Some(said));
            }
            Err(problem) => message.set(Some(problem)),
        }
    };

    let on_save = {
        let name = name.clone();
        let message = message.clone();
        let scenario = props.scenario.clone();
        let change = change.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match clean_name(lang, &name) {
                Err(problem) => message.set(Some(problem)),
                Ok(clean) => {
                    let scenario = scenario.clone();
                    change(Box::new(move |stored| {
                        let existed = stored.get(&clean).is_some();
                        stored.save(&clean, &now_iso(), (*scenario).clone());
                        if existed {
                            tr!(lang, en: "Replaced the saved scenario {}.", q(lang, &clean);
                                fr: "Scénario enregistré {} remplacé.", q(lang, &clean))
                        } else {
                            tr!(lang, en: "Saved as {}.", q(lang, &clean);
                                fr: "Enregistré sous {}.", q(lang, &clean))
                        }
                    }));
                    name.set(String::new());
                }
            }
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            name.set(input.value());
        })
    };

    let entries = list.entries.iter().map(|entry| {
        let entry_name = entry.name.clone();
        let on_open = {
            let on_action = props.on_action.clone();
            let message = message.clone();
            let entry_name = entry_name.clone();
            Callback::from(move |_: MouseEvent| {
                // Storage is read afresh: another tab may have changed or deleted the entry.
                match saved_store::load().stored.get(&entry_name) {
                    Some(found) => {
                        on_action.emit(Action::LoadScenario {
                            scenario: Box::new(found.scenario.clone()),
                            origin: Origin::Saved(entry_name.clone()),
                        });
                        message.set(Some(tr!(lang, en: "Opened {}.", q(lang, &entry_name);
                            fr: "{} ouvert.", q(lang, &entry_name))));
                    }
                    None => message.set(Some(tr!(lang,
                        en: "{} is no longer saved in this browser.", q(lang, &entry_name);
                        fr: "{} n’est plus enregistré dans ce navigateur.", q(lang, &entry_name)))),
                }
            })
        };
        let on_delete = {
            let change = change.clone();
            let entry_name = entry_name.clone();
            Callback::from(move |_: MouseEvent| {
                let entry_name = entry_name.clone();
                change(Box::new(move |stored| {
                    stored.remove(&entry_name);
                    tr!(lang, en: "Deleted {}.", q(lang, &entry_name);
                        fr: "{} supprimé.", q(lang, &entry_name))
                }));
            })
        };
        let on_start_rename = {
            let renaming = renaming.clone();
            let entry_name = entry_name.clone();
            Callback::from(move |_: MouseEvent| {
                renaming.set(Some(Renaming {
                    from: entry_name.clone(),
                    text: entry_name.clone(),
                }))
            })
        };
        let being_renamed = renaming
            .as_ref()
            .filter(|renaming| renaming.from == entry_name)
            .cloned();
        let body = match being_renamed {
            Some(current) => {
                let field_id = "rename-name".to_string();
                let on_text = {
                    let renaming = renaming.clone();
                    let from = current.from.clone();
                    Callback::from(move |event: InputEvent| {
                        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                        renaming.set(Some(Renaming {
                            from: from.clone(),
                            text: input.value(),
                        }));
                    })
                };
                let on_confirm = {
                    let renaming = renaming.clone();
                    let message = message.clone();
                    let change = change.clone();
                    let current = current.clone();
                    Callback::from(move |event: SubmitEvent| {
                        event.prevent_default();
                        match clean_name(lang, &current.text) {
                            Err(problem) => message.set(Some(problem)),
                            Ok(to) => {
                                let from = current.from.clone();
                                change(Box::new(move |stored| {
                                    if stored.rename(&from, &to) {
                                        tr!(lang, en: "Renamed {} to {}.", q(lang, &from), q(lang, &to);
                                            fr: "{} renommé en {}.", q(lang, &from), q(lang, &to))
                                    } else {
                                        tr!(lang, en: "Not renamed: a saved scenario is already called {}.", q(lang, &to);
                                            fr: "Non renommé\u{a0}: un scénario enregistré s’appelle déjà {}.", q(lang, &to))
                                    }
                                }));
                                renaming.set(None);
                            }
                        }
                    })
                };
                let on_cancel = {
                    let renaming = renaming.clone();
                    Callback::from(move |_: MouseEvent| renaming.set(None))
                };
                html! {
                    <form class="rename" onsubmit={on_confirm}>
                        <label for={field_id.clone()}>{ tr!(lang, en: "New name for {}", q(lang, &entry_name); fr: "Nouveau nom pour {}", q(lang, &entry_name)) }</label>
                        <input id={field_id} type="text" value={current.text} oninput={on_text} data-testid="rename-field" />
                        <button type="submit">{ lang.t(Msg::SaveName) }</button>
                        <button type="button" onclick={on_cancel}>{ lang.t(Msg::Cancel) }</button>
                    </form>
                }
            }
            None => html! {
                <>
                    <span class="saved-name" data-testid="saved-name">{ entry_name.clone() }</span>
                    <span class="hint">{ saved_when(&entry.saved_at) }</span>
                    <span class="button-row">
                        <button type="button" aria-label={format!("{} {}", lang.t(Msg::Open), q(lang, &entry_name))} onclick={on_open}>{ lang.t(Msg::Open) }</button>
                        <button type="button" aria-label={format!("{} {}", lang.t(Msg::Rename), q(lang, &entry_name))} onclick={on_start_rename}>{ lang.t(Msg::Rename) }</button>
                        <button type="button" aria-label={format!("{} {}", lang.t(Msg::Delete), q(lang, &entry_name))} onclick={on_delete}>{ lang.t(Msg::Delete) }</button>
                    </span>
                </>
            },
        };
        html! { <li key={entry_name.clone()} data-testid="saved-entry">{ body }</li> }
    });

    let unreadable = list.unreadable.iter().enumerate().map(|(index, item)| {
        let id = format!("unreadable-{index}");
        html! {
            <li key={index}>
                <label for={id.clone()}>{ standoff_words::notices::unreadable_reason(lang, &item.reason) }</label>
                <textarea id={id} readonly=true rows="2" value={item.raw.clone()} />
            </li>
        }
    });

    html! {
        <div class="saved">
            <form class="save-form" onsubmit={on_save}>
                <label for="save-name">{ lang.t(Msg::SaveAs) }</label>
                <input id="save-name" type="text" data-testid="save-name" value={(*name).clone()} oninput={on_name} />
                <button type="submit" data-testid="save">{ lang.t(Msg::Save) }</button>
            </form>
            <p class="hint" role="status" data-testid="saved-status">{ (*message).clone().unwrap_or_default() }</p>
            if list.entries.is_empty() {
                <p class="hint">{ lang.t(Msg::NoSaved) }</p>
            } else {
                <ul class="saved-list" data-testid="saved-list">{ for entries }</ul>
            }
            if !list.unreadable.is_empty() {
                <details class="unreadable">
                    <summary>{ tr!(lang, en: "{} saved item(s) could not be read; they are kept here to copy", list.unreadable.len();
                        fr: "{} élément(s) enregistré(s) illisible(s)\u{202f}; ils sont conservés ici pour être copiés", list.unreadable.len()) }</summary>
                    <ul>{ for unreadable }</ul>
                </details>
            }
        </div>
    }
}
