//! The editor's building blocks: the context every group is drawn from, and the labelled controls that
//! turn a user's input into an [`Action`] (numbers through the parameter registry, text,
//! options and switches as an [`Edit`]).

use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::choices::{id_of, value_of, Choice};
use crate::app::components::param_field::{field_dom_id, ParamField};
use crate::app::edits::Edit;
use crate::app::state::{Action, Drafts};
use standoff_core::model::params::spec_of;
use standoff_core::model::{get_param, vendor_param_id, FieldError, Scenario};
use standoff_words::editor::{not_applied, Ed};
use standoff_words::params::{field_error_message, param_label};
use standoff_words::Lang;

/// What a group of the editor is drawn from, and where it sends edits.
#[derive(Properties, PartialEq, Clone)]
pub struct GroupContext {
    /// The scenario as the group sees it: its own terms and the currencies
    /// ([`super::GroupKind::view`]).
    pub scenario: Rc<Scenario>,
    pub lang: Lang,
    /// Rejected numeric entries, shown at their fields.
    pub drafts: Drafts,
    /// Why the last edit was not applied, shown at the fields named.
    pub errors: Vec<FieldError>,
    pub on_action: Callback<Action>,
    /// The vendor whose terms the group shows (0 is the first): `scenario` is then that
    /// vendor's own two-party scenario, and every id and edit the group sends is that
    /// vendor's ([`vendor_param_id`], [`Edit::ForVendor`]).
    pub vendor: usize,
}

impl GroupContext {
    /// A callback that sends the edit `make` builds from the control's input. The reducer
    /// applies it to the scenario current when it arrives, so a group that Yew did not draw
    /// again since another group changed the scenario still edits the scenario on screen.
    fn send<T: 'static>(&self, make: impl Fn(T) -> Edit + 'static) -> Callback<T> {
        let vendor = self.vendor;
        self.on_action
            .reform(move |input: T| Action::Edit(for_vendor(vendor, make(input))))
    }

    /// A button's click handler that sends `edit`.
    pub fn click(&self, edit: Edit) -> Callback<MouseEvent> {
        let edit = for_vendor(self.vendor, edit);
        self.on_action
            .reform(move |_: MouseEvent| Action::Edit(edit.clone()))
    }

    /// The id that `path`, a path within the group's scenario, has in the whole scenario.
    pub fn path(&self, path: &str) -> String {
        vendor_param_id(self.vendor, path)
    }

    /// The currency that labels the money of parameter `id`: the vendor's for the vendor's
    /// own figures, the customer's for everything else (the contract is in its currency).
    fn currency_for(&self, id: &str) -> AttrValue {
        let scenario = &self.scenario;
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
        let scenario = &self.scenario;
        match (spec_of(scenario, id), get_param(scenario, id)) {
            (Some(mut spec), Some(value)) => {
                // The full label (the field's title and accessible name) in the reader's
                // language.
                if let Some(label) = param_label(self.lang, scenario, id) {
                    spec.label = label;
                }
                let path = self.path(id);
                let draft = self.drafts.get(&path).cloned();
                spec.id.clone_from(&path);
                html! {
                <ParamField
                    key={path}
                    {spec}
                    {value}
                    {draft}
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
        let path = &self.path(path);
        let messages: Vec<String> = self
            .errors
            .iter()
            .filter(|error| &error.field == path)
            .map(|error| field_error_message(self.lang, error))
            .collect();
        if messages.is_empty() {
            return Html::default();
        }
        html! {
            <p class="error" id={format!("{}-help", field_dom_id(path))} role="alert">
                { not_applied(self.lang, &messages.join("; ")) }
            </p>
        }
    }

    fn has_error(&self, path: &str) -> bool {
        let path = self.path(path);
        self.errors.iter().any(|e| e.field == path)
    }

    /// A labelled text box (or colour picker, with `kind = "color"`) whose every keystroke is
    /// an edit; a value the validator rejects leaves the scenario as it was and shows why.
    pub fn text(
        &self,
        path: &str,
        label: &str,
        kind: &'static str,
        value: &str,
        edit: impl Fn(String) -> Edit + 'static,
    ) -> Html {
        let dom_id = field_dom_id(&self.path(path));
        let oninput = self.send(edit).reform(|event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            input.value()
        });
        html! {
            <div class="field" key={dom_id.clone()}>
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
        edit: impl Fn(T) -> Edit + 'static,
    ) -> Html {
        let lang = self.lang;
        let options: Vec<(AttrValue, AttrValue)> = choices
            .iter()
            .map(|c| (AttrValue::Static(c.id), AttrValue::Static(lang.t(c.label))))
            .collect();
        let selected = AttrValue::Static(id_of(choices, &selected));
        // The options are the choices' own ids, so an id that is not one is never sent.
        let on_action = self.on_action.clone();
        let vendor = self.vendor;
        let onchange = Callback::from(move |event: Event| {
            let chosen = event_value(&event).and_then(|id| value_of(choices, &id));
            if let Some(value) = chosen {
                on_action.emit(Action::Edit(for_vendor(vendor, edit(value))));
            }
        });
        let dom_id = field_dom_id(&self.path(path));
        html! {
            <div class="field" key={dom_id.clone()}>
                <label for={dom_id.clone()}>{ label.to_string() }</label>
                <Select dom_id={dom_id} options={Rc::new(options)} {selected} {onchange} />
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
        edit: impl Fn(bool) -> Edit + 'static,
    ) -> Html {
        let dom_id = field_dom_id(&self.path(path));
        let onchange = self.send(edit).reform(|event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            input.checked()
        });
        html! {
            <div class="field check" key={dom_id.clone()}>
                <input type="checkbox" id={dom_id.clone()} {checked} {onchange} />
                <label for={dom_id}>{ label.to_string() }</label>
                { self.errors_at(path) }
            </div>
        }
    }
}

/// `edit` as an edit of vendor `vendor`'s terms (the first vendor's terms are the scenario's
/// own, so its edits are sent as they are).
fn for_vendor(vendor: usize, edit: Edit) -> Edit {
    if vendor == 0 {
        edit
    } else {
        Edit::ForVendor {
            vendor,
            edit: Box::new(edit),
        }
    }
}

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
