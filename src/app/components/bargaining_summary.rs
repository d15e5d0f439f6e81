//! The bargaining picture in words: reservation prices, the ZOPA, Nash and Rubinstein prices,
//! and who blinks first in the war of attrition.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::analysis::{AnalysisError, Bargaining};
use crate::model::format_money;

#[derive(Properties, PartialEq)]
pub struct BargainingSummaryProps {
    pub bargaining: Rc<Result<Bargaining, AnalysisError>>,
    pub currency: String,
    pub customer: String,
    pub vendor: String,
}

/// A share as a percentage with one decimal, e.g. `0.5263` → `52.6 %`.
pub fn percent(share: Decimal) -> String {
    let value = share
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|p| p.round_dp(1))
        .unwrap_or_default();
    format!("{value} %")
}

/// The summary as (label, value) rows: the same text the table shows.
pub fn summary_rows(
    b: &Bargaining,
    currency: &str,
    customer: &str,
    vendor: &str,
) -> Vec<(String, String)> {
    let money = |amount: Decimal| format_money(amount, currency);
    let mut rows = vec![
        (
            format!("Deal in month {}", b.settlement_month.saturating_add(1)),
            format!("Claim then: {}", money(b.claim)),
        ),
        (
            format!("Most {customer} would pay"),
            money(b.zopa.customer_max),
        ),
        (
            format!("Least {vendor} would accept"),
            money(b.zopa.vendor_min),
        ),
    ];
    if b.zopa.exists {
        rows.push((
            "Zone of possible agreement".into(),
            format!("{} wide", money(b.zopa.width)),
        ));
    } else {
        rows.push((
            "Zone of possible agreement".into(),
            format!("none — a gap of {}", money(b.zopa.gap)),
        ));
    }
    if let Some(nash) = &b.nash {
        rows.push(("Nash bargaining price".into(), money(nash.price)));
    }
    if let Some(price) = &b.rubinstein_price {
        rows.push((
            "Rubinstein price (alternating offers)".into(),
            money(price.price),
        ));
    }
    if let Some(split) = &b.rubinstein {
        rows.push((
            "Rubinstein shares of the surplus".into(),
            format!(
                "{customer} {} · {vendor} {}",
                percent(split.customer_share),
                percent(split.vendor_share)
            ),
        ));
    }
    if let Some(attrition) = &b.attrition {
        rows.push((
            "War of attrition: expected standoff".into(),
            format!("{} months", attrition.expected_months.round_dp(1)),
        ));
        rows.push((
            format!("Chance {customer} blinks first"),
            percent(attrition.customer_concedes_first),
        ));
    }
    rows.push((
        format!("{customer}'s cost of a month's delay"),
        money(b.customer_delay.total_monthly),
    ));
    rows.push((
        format!("{vendor}'s cost of a month's delay"),
        money(b.vendor_delay.total_monthly),
    ));
    rows
}

#[function_component]
pub fn BargainingSummary(props: &BargainingSummaryProps) -> Html {
    let body = match props.bargaining.as_ref() {
        Ok(bargaining) => {
            let rows = summary_rows(bargaining, &props.currency, &props.customer, &props.vendor);
            html! {
                <>
                    <table class="summary" data-testid="bargaining">
                        <tbody>
                            { for rows.into_iter().enumerate().map(|(i, (label, value))| html! {
                                <tr key={i}><th scope="row">{ label }</th><td>{ value }</td></tr>
                            }) }
                        </tbody>
                    </table>
                    if bargaining.refused_by_policy {
                        <p class="note">{ "The vendor's policy refuses to renegotiate: this deal would be rejected as it stands." }</p>
                    }
                    { for bargaining.notes.iter().enumerate().map(|(i, note)| html! { <p class="note" key={i}>{ note.clone() }</p> }) }
                </>
            }
        }
        Err(error) => html! { <p class="error" role="alert">{ error.to_string() }</p> },
    };
    html! {
        <section class="panel" aria-labelledby="bargaining-title">
            <h2 id="bargaining-title">{ "Who should accept what" }</h2>
            { body }
        </section>
    }
}
