//! An optional settlement offer and its terms.

use yew::prelude::*;

use super::choices::SIDES;
use super::{group, GroupContext};
use crate::app::edits::Edit;
use standoff_words::editor::Ed;

/// The settlement switch and, when on, its terms.
pub fn settlement_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let settlement = &props.scenario.settlement;
    let body = html! {
        <>
            { props.checkbox("settlement.enabled", lang.t(Ed::ASettlementIsOffered), settlement.is_some(), Edit::SetSettlementEnabled) }
            if let Some(terms) = settlement {
                { props.select("settlement.proposed_by", lang.t(Ed::ProposedBy), SIDES, terms.proposed_by, Edit::SetSettlementProposer) }
                { props.number("settlement.month", Some(lang.t(Ed::AppliesAtTheEndOfMonth))) }
                { props.number("settlement.arrears_discount", Some(lang.t(Ed::ShareOfTheClaimForgiven))) }
                { props.number("settlement.commitment_reduction", Some(lang.t(Ed::CommitmentReduction))) }
                { props.number("settlement.term_extension_months", Some(lang.t(Ed::TermExtension))) }
                { props.number("settlement.bundled_ad_monthly", Some(lang.t(Ed::BundledAdsPerMonth))) }
                { props.number("settlement.bundled_data_monthly", Some(lang.t(Ed::BundledDataDealPerMonth))) }
            }
        </>
    };
    group(lang.t(Ed::Settlement), "group-settlement", false, body)
}
