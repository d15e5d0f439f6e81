//! An optional settlement offer and its terms.

use yew::prelude::*;

use super::choices::SIDES;
use super::{group, GroupContext};
use crate::app::edits;

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn settlement_group(props: &GroupContext) -> Html {
    let settlement = &props.state.scenario.settlement;
    let body = html! {
        <>
            { props.checkbox("settlement.enabled", "A settlement is offered", settlement.is_some(), edits::set_settlement_enabled) }
            if let Some(terms) = settlement {
                { props.select("settlement.proposed_by", "Proposed by", SIDES, terms.proposed_by, edits::set_settlement_proposer) }
                { props.number("settlement.month", Some("Applies at the end of month")) }
                { props.number("settlement.arrears_discount", Some("Share of the claim forgiven")) }
                { props.number("settlement.commitment_reduction", Some("Commitment reduction")) }
                { props.number("settlement.term_extension_months", Some("Term extension")) }
                { props.number("settlement.bundled_ad_monthly", Some("Bundled ads per month")) }
                { props.number("settlement.bundled_data_monthly", Some("Bundled data deal per month")) }
            }
        </>
    };
    group("Settlement", "group-settlement", false, body)
}
