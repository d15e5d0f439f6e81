//! The vendor's retaliation rules: when a trigger holds, an action follows after a lag.

use yew::prelude::*;

use super::choices::{ACTION_KINDS, FLOW_KINDS, TRIGGER_KINDS};
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits::{ActionKind, Edit, List, TriggerKind};
use standoff_core::model::{Action, RetaliationRule};
use standoff_words::editor::{item_legend, remove_label, Ed, Item};

/// The retaliation rules, each with its fields.
pub fn retaliation_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let rules = &props.scenario.retaliation;
    let body = html! {
        <>
            if rules.is_empty() {
                <p class="note">{ lang.t(Ed::TheVendorNeverRetaliates) }</p>
            }
            <ul class="items" data-testid="retaliation-rules">
                { for rules.iter().enumerate().map(|(i, rule)| html! {
                    <li key={format!("retaliation[{i}]")}>{ rule_editor(props, i, rule) }</li>
                }) }
            </ul>
            { props.errors_at("retaliation") }
            { add_button(lang.t(Ed::AddARule), "add-retaliation-rule", props.click(Edit::AddListItem(List::RetaliationRules))) }
        </>
    };
    group(
        lang.t(Ed::RetaliationPolicyTheVendor),
        "group-retaliation",
        false,
        body,
    )
}

fn rule_editor(props: &GroupContext, i: usize, rule: &RetaliationRule) -> Html {
    let lang = props.lang;
    let path = format!("retaliation[{i}]");
    let trigger_kind = TriggerKind::of(&rule.trigger);
    let action_kind = ActionKind::of(&rule.action);
    let cut_target = match &rule.action {
        Action::CutSpend { kind, .. } => Some(*kind),
        _ => None,
    };
    html! {
        <fieldset class="item" data-testid="retaliation-rule">
            <legend>{ item_legend(lang, Item::Rule, i + 1) }</legend>
            { props.select(&format!("{path}.trigger.type"), lang.t(Ed::When), TRIGGER_KINDS, trigger_kind,
                move |kind| Edit::SetTriggerKind { index: i, kind }) }
            { props.number(&format!("{path}.trigger.amount"), Some(lang.t(Ed::ArrearsAbove))) }
            { props.number(&format!("{path}.trigger.days"), Some(lang.t(Ed::DaysOverdue))) }
            { props.number(&format!("{path}.trigger.months"), Some(lang.t(Ed::MonthsUnpaid))) }
            { props.select(&format!("{path}.action.type"), lang.t(Ed::TheVendor), ACTION_KINDS, action_kind,
                move |kind| Edit::SetActionKind { index: i, kind }) }
            if let Some(target) = cut_target {
                { props.select(&format!("{path}.action.kind"), lang.t(Ed::SpendCutOn), FLOW_KINDS, target,
                    move |target| Edit::SetCutTarget { index: i, target }) }
            }
            { props.number(&format!("{path}.action.share"), Some(lang.t(Ed::ShareCut))) }
            { props.number(&format!("{path}.action.outage_cost_monthly"), Some(lang.t(Ed::CustomerSCostPerMonthOf))) }
            { props.number(&format!("{path}.action.vendor_cost"), Some(lang.t(Ed::VendorSLegalCost))) }
            { props.number(&format!("{path}.action.customer_cost"), Some(lang.t(Ed::CustomerSLegalCost))) }
            { props.number(&format!("{path}.action.delay_months"), Some(lang.t(Ed::MonthsToJudgment))) }
            { props.number(&format!("{path}.action.win_probability"), Some(lang.t(Ed::VendorSChanceOfWinning))) }
            { props.number(&format!("{path}.lag_months"), Some(lang.t(Ed::LagBeforeActing))) }
            { props.checkbox(&format!("{path}.threat"), lang.t(Ed::AnnouncedAsAThreat),
                rule.threat.is_some(), move |on| Edit::SetThreat { index: i, on }) }
            { props.number(&format!("{path}.threat.deadline_months"), Some(lang.t(Ed::ThreatDeadline))) }
            { props.number(&format!("{path}.threat.withdraw_at_or_below"), Some(lang.t(Ed::ThreatWithdrawnAtOrBelow))) }
            if action_kind != ActionKind::Legal {
                { props.checkbox(&format!("{path}.reverses_when_cleared"), lang.t(Ed::StopsOnceTheTriggerNoLonger),
                    rule.reverses_when_cleared, move |on| Edit::SetReversesWhenCleared { index: i, on }) }
            } else {
                <p class="note">{ lang.t(Ed::LegalActionNeverReverses) }</p>
            }
            { remove_button(lang, remove_label(lang, Item::Rule, i + 1),
                props.click(Edit::RemoveListItem { list: List::RetaliationRules, index: i })) }
        </fieldset>
    }
}
