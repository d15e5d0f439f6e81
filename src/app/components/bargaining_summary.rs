//! The bargaining picture in words: reservation prices, the ZOPA, Nash and Rubinstein prices,
//! and who blinks first in the war of attrition.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::use_lang;
use standoff_core::analysis::{AnalysisError, Bargaining};
use standoff_words::analysis::notes;
use standoff_words::errors::analysis_error;
use standoff_words::format::{self, money};
use standoff_words::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct BargainingSummaryProps {
    pub bargaining: Rc<Result<Bargaining, AnalysisError>>,
    pub currency: String,
    pub customer: String,
    pub vendor: String,
}

/// A share as a percentage with one decimal, e.g. `0.5263` → `52.6 %` (`52,6 %` in French).
pub fn percent(lang: Lang, share: Decimal) -> String {
    let value =
        share.round_dp_with_strategy(3, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    format::percent(lang, value)
}

/// The summary as (label, value) rows: the same text the table shows.
pub fn summary_rows(
    lang: Lang,
    b: &Bargaining,
    currency: &str,
    customer: &str,
    vendor: &str,
) -> Vec<(String, String)> {
    let money = |amount: Decimal| money(lang, amount, currency);
    let percent = |share: Decimal| percent(lang, share);
    let fr = lang == Lang::Fr;
    let mut rows = vec![
        (
            if fr {
                format!("Accord au mois {}", b.settlement_month.saturating_add(1))
            } else {
                format!("Deal in month {}", b.settlement_month.saturating_add(1))
            },
            if fr {
                format!("Créance à ce moment\u{a0}: {}", money(b.claim))
            } else {
                format!("Claim then: {}", money(b.claim))
            },
        ),
        (
            if fr {
                format!("Le maximum que {customer} paierait")
            } else {
                format!("Most {customer} would pay")
            },
            money(b.zopa.customer_max),
        ),
        (
            if fr {
                format!("Le minimum que {vendor} accepterait")
            } else {
                format!("Least {vendor} would accept")
            },
            money(b.zopa.vendor_min),
        ),
    ];
    if b.zopa.exists {
        rows.push((
            lang.t(Msg::ZopaLabel).into(),
            if fr {
                format!("large de {}", money(b.zopa.width))
            } else {
                format!("{} wide", money(b.zopa.width))
            },
        ));
    } else {
        rows.push((
            lang.t(Msg::ZopaLabel).into(),
            if fr {
                format!("aucune — un écart de {}", money(b.zopa.gap))
            } else {
                format!("none — a gap of {}", money(b.zopa.gap))
            },
        ));
    }
    if let Some(nash) = &b.nash {
        rows.push((lang.t(Msg::NashPrice).into(), money(nash.price)));
    }
    if let Some(price) = &b.rubinstein_price {
        rows.push((lang.t(Msg::RubinsteinPrice).into(), money(price.price)));
    }
    if let Some(split) = &b.rubinstein {
        rows.push((
            lang.t(Msg::RubinsteinShares).into(),
            format!(
                "{customer} {} · {vendor} {}",
                percent(split.customer_share),
                percent(split.vendor_share)
            ),
        ));
    }
    if let Some(attrition) = &b.attrition {
        rows.push((
            lang.t(Msg::AttritionStandoff).into(),
            if fr {
                format!(
                    "{} mois",
                    format::number(lang, attrition.expected_months, 1)
                )
            } else {
                format!(
                    "{} months",
                    format::number(lang, attrition.expected_months, 1)
                )
            },
        ));
        rows.push((
            if fr {
                format!("Probabilité que {customer} cède le premier")
            } else {
                format!("Chance {customer} blinks first")
            },
            percent(attrition.customer_concedes_first),
        ));
    }
    rows.push((
        if fr {
            format!("Coût d’un mois de retard pour {customer}")
        } else {
            format!("{customer}'s cost of a month's delay")
        },
        money(b.customer_delay.total_monthly),
    ));
    rows.push((
        if fr {
            format!("Coût d’un mois de retard pour {vendor}")
        } else {
            format!("{vendor}'s cost of a month's delay")
        },
        money(b.vendor_delay.total_monthly),
    ));
    rows
}

#[function_component]
pub fn BargainingSummary(props: &BargainingSummaryProps) -> Html {
    let lang = use_lang();
    let body = match props.bargaining.as_ref() {
        Ok(bargaining) => {
            let rows = summary_rows(
                lang,
                bargaining,
                &props.currency,
                &props.customer,
                &props.vendor,
            );
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
                        <p class="note">{ lang.t(Msg::PolicyRefuses) }</p>
                    }
                    { for notes(lang, bargaining, &props.currency).into_iter().enumerate().map(|(i, note)| html! { <p class="note" key={i}>{ note }</p> }) }
                </>
            }
        }
        Err(error) => html! { <p class="error" role="alert">{ analysis_error(lang, error) }</p> },
    };
    html! {
        <section class="panel" aria-labelledby="bargaining-title">
            <h2 id="bargaining-title">{ lang.t(Msg::WhoShouldAccept) }</h2>
            { body }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use standoff_core::analysis::{bargaining, BargainingOptions};
    use standoff_core::model::presets;

    #[test]
    fn the_notes_are_written_in_french() {
        let mut seen = 0;
        for preset in presets::all() {
            let Ok(b) = bargaining(&preset.scenario, &BargainingOptions::default()) else {
                continue;
            };
            let english = notes(Lang::En, &b, "USD");
            let french = notes(Lang::Fr, &b, "USD");
            assert_eq!(french.len(), b.notes.len());
            for (english, french) in english.iter().zip(&french) {
                seen += 1;
                assert_ne!(english, french, "{}: {english}", preset.id);
            }
        }
        assert!(seen > 0, "some preset has notes");
    }
}
