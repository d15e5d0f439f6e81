//! The editor's building blocks: the context every group is drawn from, and the labelled controls that
//! turn a user's input into an [`Action`] (numbers through the parameter registry, text,
//! options and switches through a pure edit of the scenario).

use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::choices::{id_of, value_of, Choice};
use crate::app::components::param_field::{field_dom_id, ParamField};
use crate::app::state::{Action, AppState, ScenarioEdit};
use standoff_core::model::params::spec_of;
use standoff_core::model::{get_param, Scenario};
use standoff_words::editor::{not_applied, Ed};
use standoff_words::params::{field_error_message, param_label};
use standoff_words::Lang;

/// What every group of the editor needs: the state to show and where to send edits.
#[derive(PartialEq, Clone)]
pub struct GroupContext {
    pub state: Rc<AppState>,
    pub on_action: Callback<Action>,
}

impl GroupContext {
    /// A callback that sends `edit`, bound to the control's input, to the reducer, which
    /// applies it to the scenario current at that time and keeps the result only if it
    /// validates. The callback captures no scenario: a group that Yew did not re-render since
    /// another group changed the scenario still edits the scenario on screen.
    ///
    /// The edit is a trait object on purpose: every control of the editor passes its own
    /// closure, and a generic helper would copy the control's whole rendering code once per
    /// closure into the WebAssembly binary.
    fn edit<T: Clone + 'static>(&self, edit: EditWith<T>) -> Callback<T> {
        let on_action = self.on_action.clone();
        Callback::from(move |input: T| {
            let edit = edit.clone();
            on_action.emit(Action::Edit(ScenarioEdit(Rc::new(move |s| {
                edit(s, input.clone())
            }))));
        })
    }

    /// A button's click handler that applies `edit`.
    pub fn click(&self, edit: impl Fn(&Scenario) -> Scenario + 'static) -> Callback<MouseEvent> {
        let edit: Rc<dyn Fn(&Scenario) -> Scenario> = Rc::new(edit);
        self.edit(Rc::new(move |s, _: ()| edit(s)))
            .reform(|_: MouseEvent| ())
    }

    /// The currency that labels the money of parameter `id`: the vendor's for the vendor's
    /// own figures, the customer's for everything else (the contract is in its currency).
    pub fn currency_for(&self, id: &str) -> AttrValue {
        let scenario = &self.state.scenario;
        let code = if id.starts_with("vendor.") {
            &scenario.vendor.currency
        } else {
            &scenario.customer.currency
        };
        AttrValue::from(code.clone())
    }

    /// The numeric field for parameter `id`, or nothing when the scenario has no such field
    /// (an optional part that is switched off).
    pub fn number(&self, id: &str, short_label: Option<&'static str>) -> Html {
        let scenario = &self.state.scenario;
        match (spec_of(scenario, id), get_param(scenario, id)) {
            (Some(mut spec), Some(value)) => {
                // The full label (the field's title and accessible name) in the reader's
                // language.
                if let Some(label) = param_label(self.state.lang, scenario, id) {
                    spec.label = label;
                }
                html! {
                <ParamField
                    key={id.to_string()}
                    {spec}
                    {value}
                    draft={self.state.drafts.get(id).cloned()}
                    on_action={self.on_action.clone()}
                    currency={self.currency_for(id)}
                    short_label={short_label.map(AttrValue::Static)}
                />
                }
            }
            _ => Html::default(),
        }
    }

    /// The messages of the last rejected edit that concern `path`, shown at its control.
    pub fn errors_at(&self, path: &str) -> Html {
        let messages: Vec<String> = self
            .state
            .scenario_errors
            .iter()
            .filter(|error| error.field == path)
            .map(|error| field_error_message(self.state.lang, error))
            .collect();
        if messages.is_empty() {
            return Html::default();
        }
        html! {
            <p class="error" id={format!("{}-help", field_dom_id(path))} role="alert">
                { not_applied(self.state.lang, &messages.join("; ")) }
            </p>
        }
    }

    fn has_error(&self, path: &str) -> bool {
        self.state.scenario_errors.iter().any(|e| e.field == path)
    }

    /// A labelled text box (or colour picker, with `kind = "color"`) whose every keystroke is
    /// an edit; a value the validator rejects leaves the scenario as it was and shows why.
    pub fn text(
        &self,
        path: &str,
        label: &str,
        kind: &'static str,
        value: &str,
        edit: impl Fn(&Scenario, &str) -> Scenario + 'static,
    ) -> Html {
        self.text_box(path, label, kind, value, Rc::new(edit))
    }

    fn text_box(
        &self,
        path: &str,
        label: &str,
        kind: &'static str,
        value: &str,
        edit: EditText,
    ) -> Html {
        let dom_id = field_dom_id(path);
        let oninput = self
            .edit(Rc::new(move |s, text: String| edit(s, &text)))
            .reform(|event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                input.value()
            });
        html! {
            <div class="field" key={path.to_string()}>
                <label for={dom_id.clone()}>{ label.to_string() }</label>
                <input
                    type={kind}
                    id={dom_id.clone()}
                    value={value.to_string()}
                    autocomplete="off"
                    aria-invalid={self.has_error(path).to_string()}
                    aria-describedby={format!("{dom_id}-help")}
                    {oninput}
                />
                { self.errors_at(path) }
            </div>
        }
    }

    /// A labelled drop-down over `choices`.
    pub fn select<T: Copy + PartialEq + 'static>(
        &self,
        path: &str,
        label: &str,
        choices: &'static [Choice<T>],
        selected: T,
        edit: impl Fn(&Scenario, T) -> Scenario + 'static,
    ) -> Html {
        let lang = self.state.lang;
        let options: Vec<(AttrValue, AttrValue)> = choices
            .iter()
            .map(|c| (AttrValue::Static(c.id), AttrValue::Static(lang.t(c.label))))
            .collect();
        let by_id: EditWith<String> =
            Rc::new(
                move |s: &Scenario, id: String| match value_of(choices, &id) {
                    Some(value) => edit(s, value),
                    None => s.clone(),
                },
            );
        let selected = AttrValue::Static(id_of(choices, &selected));
        self.drop_down(path, label, Rc::new(options), selected, by_id)
    }

    fn drop_down(
        &self,
        path: &str,
        label: &str,
        options: Rc<Vec<(AttrValue, AttrValue)>>,
        selected: AttrValue,
        edit: EditWith<String>,
    ) -> Html {
        let dom_id = field_dom_id(path);
        let onchange = self
            .edit(Rc::new(move |s, id: Option<String>| match id {
                Some(id) => edit(s, id),
                None => s.clone(),
            }))
            .reform(|event: Event| event_value(&event));
        html! {
            <div class="field" key={path.to_string()}>
                <label for={dom_id.clone()}>{ label.to_string() }</label>
                <Select dom_id={dom_id} {options} {selected} {onchange} />
                { self.errors_at(path) }
            </div>
        }
    }

    /// A labelled checkbox.
    pub fn checkbox(
        &self,
        path: &str,
        label: &str,
        checked: bool,
        edit: impl Fn(&Scenario, bool) -> Scenario + 'static,
    ) -> Html {
        self.check_box(path, label, checked, Rc::new(edit))
    }

    fn check_box(&self, path: &str, label: &str, checked: bool, edit: EditWith<bool>) -> Html {
        let dom_id = field_dom_id(path);
        let onchange = self.edit(edit).reform(|event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            input.checked()
        });
        html! {
            <div class="field check" key={path.to_string()}>
                <input type="checkbox" id={dom_id.clone()} {checked} {onchange} />
                <label for={dom_id}>{ label.to_string() }</label>
                { self.errors_at(path) }
            </div>
        }
    }
}

/// An edit of the scenario driven by an input of type `T`.
type EditWith<T> = Rc<dyn Fn(&Scenario, T) -> Scenario>;
/// An edit of the scenario driven by a text.
type EditText = Rc<dyn Fn(&Scenario, &str) -> Scenario>;

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub dom_id: AttrValue,
    /// `(value, label)` of each option, in order.
    pub options: Rc<Vec<(AttrValue, AttrValue)>>,
    /// The value of the option to show as chosen.
    pub selected: AttrValue,
    pub onchange: Callback<Event>,
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

/// A `<select>` that always shows the state's choice. The `selected` attribute alone is not
/// enough: once the user has picked an option, browsers ignore later changes of the attribute,
/// so the chosen value is also written into the element's `value` after every render where it
/// changed (a preset loaded, an edit rejected).
#[function_component]
pub fn Select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.selected.clone(), move |selected| {
            if let Some(element) = node.get() {
                // Setting a property of a live element cannot fail for a plain string.
                let _ = js_sys::Reflect::set(
                    &element,
                    &JsValue::from_str("value"),
                    &JsValue::from_str(selected),
                );
            }
        });
    }
    html! {
        <select
            ref={node}
            id={props.dom_id.clone()}
            aria-describedby={props.described_by.clone()}
            data-testid={props.testid.clone()}
            onchange={props.onchange.clone()}
        >
            { for props.options.iter().map(|(value, label)| html! {
                <option key={value.to_string()} value={value.clone()} selected={*value == props.selected}>
                    { label.clone() }
                </option>
            }) }
        </select>
    }
}

/// The `value` of the element an event came from (a `<select>` here). Read through
/// reflection because the `HtmlSelectElement` binding is not among the crate's web-sys
/// features.
pub fn event_value(event: &Event) -> Option<String> {
    let target: JsValue = event.target()?.into();
    js_sys::Reflect::get(&target, &JsValue::from_str("value"))
        .ok()?
        .as_string()
}

/// A button that removes item `index` of a list, labelled for screen readers with what it
/// removes.
pub fn remove_button(lang: Lang, label: String, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="remove" aria-label={label.clone()} title={label} {onclick}>
            { lang.t(Ed::Remove) }
        </button>
    }
}

/// A button that adds an item to a list.
pub fn add_button(label: &str, testid: &str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="add" data-testid={testid.to_string()} {onclick}>
            { format!("+ {label}") }
        </button>
    }
}
