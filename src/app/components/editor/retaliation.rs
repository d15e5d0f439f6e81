//! The vendor's retaliation rules: when a trigger holds, an action follows after a lag.

use yew::prelude::*;

use super::choices::{ACTION_KINDS, FLOW_KINDS, TRIGGER_KINDS};
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits::{self, ActionKind, TriggerKind};
use crate::model::{Action, RetaliationRule};

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn retaliation_group(props: &GroupContext) -> Html {
    let rules = &props.state.scenario.retaliation;
    let body = html! {
        <>
            if rules.is_empty() {
                <p class="note">{ "The vendor never retaliates." }</p>
            }
            <ul class="items" data-testid="retaliation-rules">
                { for rules.iter().enumerate().map(|(i, rule)| html! {
                    <li key={format!("retaliation[{i}]")}>{ rule_editor(props, i, rule) }</li>
                }) }
            </ul>
            { props.errors_at("retaliation") }
            { add_button("Add a rule", "add-retaliation-rule", props.click(edits::add_retaliation_rule)) }
        </>
    };
    group(
        "Retaliation policy (the vendor)",
        "group-retaliation",
        false,
        body,
    )
}

fn rule_editor(props: &GroupContext, i: usize, rule: &RetaliationRule) -> Html {
    let path = format!("retaliation[{i}]");
    let trigger_kind = TriggerKind::of(&rule.trigger);
    let action_kind = ActionKind::of(&rule.action);
    let cut_target = match &rule.action {
        Action::CutSpend { kind, .. } => Some(*kind),
        _ => None,
    };
    html! {
        <fieldset class="item" data-testid="retaliation-rule">
            <legend>{ format!("Rule {}", i + 1) }</legend>
            { props.select(&format!("{path}.trigger.type"), "When", TRIGGER_KINDS, trigger_kind,
                move |s, v| edits::set_trigger_kind(s, i, v)) }
            { props.number(&format!("{path}.trigger.amount"), Some("Arrears above")) }
            { props.number(&format!("{path}.trigger.days"), Some("Days overdue")) }
            { props.number(&format!("{path}.trigger.months"), Some("Months unpaid")) }
            { props.select(&format!("{path}.action.type"), "The vendor", ACTION_KINDS, action_kind,
                move |s, v| edits::set_action_kind(s, i, v)) }
            if let Some(target) = cut_target {
                { props.select(&format!("{path}.action.kind"), "Spend cut on", FLOW_KINDS, target,
                    move |s, v| edits::set_cut_target(s, i, v)) }
            }
            { props.number(&format!("{path}.action.share"), Some("Share cut")) }
            { props.number(&format!("{path}.action.outage_cost_monthly"), Some("Customer's cost per month of suspension")) }
            { props.number(&format!("{path}.action.vendor_cost"), Some("Vendor's legal cost")) }
            { props.number(&format!("{path}.action.customer_cost"), Some("Customer's legal cost")) }
            { props.number(&format!("{path}.action.delay_months"), Some("Months to judgment")) }
            { props.number(&format!("{path}.action.win_probability"), Some("Vendor's chance of winning")) }
            { props.number(&format!("{path}.lag_months"), Some("Lag before acting")) }
            if action_kind != ActionKind::Legal {
                { props.checkbox(&format!("{path}.reverses_when_cleared"), "Stops once the trigger no longer holds",
                    rule.reverses_when_cleared, move |s, v| edits::set_reverses_when_cleared(s, i, v)) }
            } else {
                <p class="note">{ "Legal action never reverses." }</p>
            }
            { remove_button(format!("Remove rule {}", i + 1),
                props.click(move |s| edits::remove_retaliation_rule(s, i))) }
        </fieldset>
    }
}
