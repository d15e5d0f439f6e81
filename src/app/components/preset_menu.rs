//! The presets menu and the reset button.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::editor::controls::{event_value, Select};
use crate::app::state::{Action, Origin};
use crate::app::use_lang;
use standoff_core::model::presets;
use standoff_words::format::quoted;
use standoff_words::presets::{edited_from, preset_description, preset_name};
use standoff_words::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct PresetMenuProps {
    /// Where the current scenario came from: selects its preset in the menu.
    pub origin: Origin,
    /// Whether the scenario on screen differs from the preset it came from. A flag rather than
    /// the scenario, so that the menu (which builds every preset to list them) renders again
    /// only when it flips, not at every input.
    pub edited: bool,
    pub on_action: Callback<Action>,
}

/// What the reset button goes back to, in words.
pub fn reset_target(lang: Lang, origin: &Origin) -> String {
    match origin {
        Origin::Preset(id) => match presets::info(id) {
            Some(preset) => match lang {
                Lang::En => format!("Reset to {}", quoted(lang, preset.name)),
                Lang::Fr => format!(
                    "Revenir à {}",
                    quoted(lang, preset_name(lang, id).unwrap_or(preset.name))
                ),
            },
            None => lang.t(Msg::ResetToExample).to_string(),
        },
        _ => lang.t(Msg::ResetToExample).to_string(),
    }
}

#[function_component]
pub fn PresetMenu(props: &PresetMenuProps) -> Html {
    let lang = use_lang();
    let all = presets::CATALOGUE;
    let origin = match &props.origin {
        Origin::Preset(id) => Some((id.clone(), props.edited)),
        _ => None,
    };
    // An unedited preset is selected by its id; anything else by the first option, which names
    // the preset it was edited from, if any.
    let selected = match &origin {
        Some((id, false)) => id.clone(),
        _ => String::new(),
    };
    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(id) = event_value(&event).filter(|id| !id.is_empty()) {
                on_action.emit(Action::LoadPreset(id));
            }
        })
    };
    let onclick = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ResetScenario))
    };
    let description = match &origin {
        Some((id, false)) => AttrValue::Static(
            all.iter()
                .find(|preset| preset.id == id)
                .map_or(lang.t(Msg::OwnScenario), |preset| {
                    preset_description(lang, preset.id).unwrap_or(preset.description)
                }),
        ),
        Some((id, true)) => edited_from(lang, id)
            .map_or(AttrValue::Static(lang.t(Msg::OwnScenario)), AttrValue::from),
        None => AttrValue::Static(lang.t(Msg::OwnScenario)),
    };
    // The options are the same whatever the scenario, so that a reader scanning the menu finds
    // each entry where it was; the description says which preset an edited scenario came from.
    let options: Vec<(AttrValue, AttrValue)> = std::iter::once((
        AttrValue::Static(""),
        AttrValue::Static(lang.t(Msg::CustomScenario)),
    ))
    .chain(all.iter().map(|preset| {
        (
            AttrValue::Static(preset.id),
            AttrValue::Static(preset_name(lang, preset.id).unwrap_or(preset.name)),
        )
    }))
    .collect();
    let options = Rc::new(options);
    html! {
        <div class="preset-menu">
            <label for="preset-select">{ lang.t(Msg::ScenarioPreset) }</label>
            <div class="control-row">
                <Select
                    dom_id="preset-select"
                    testid="preset-menu"
                    described_by="preset-description"
                    {options}
                    selected={AttrValue::from(selected)}
                    {onchange}
                />
                <button type="button" data-testid="reset" title={reset_target(lang, &props.origin)} {onclick}>
                    { lang.t(Msg::Reset) }
                </button>
            </div>
            <p class="hint" id="preset-description" data-testid="preset-description">{ description }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reset_button_says_where_it_goes() {
        assert_eq!(
            reset_target(Lang::En, &Origin::Preset("twitter-aws-2023".into())),
            "Reset to \u{201c}Twitter vs AWS (2023)\u{201d}"
        );
        assert_eq!(
            reset_target(Lang::En, &Origin::Link),
            "Reset to the teaching example"
        );
        assert_eq!(
            reset_target(Lang::Fr, &Origin::Preset("symmetric".into())),
            "Revenir à \u{ab}\u{a0}Relation symétrique\u{a0}\u{bb}"
        );
    }
}
