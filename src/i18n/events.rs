//! The event log's sentences in each language, written from the engine's structured
//! [`EventDetail`]: "Month 36 (Mar 2023): arrears pass $20,000,000 (now $20,500,000) — AWS
//! halts advertising from Month 37 (Apr 2023)." / "Mois 36 (mars 2023) : les arriérés
//! dépassent 20 000 000 $ (actuellement 20 500 000 $) — AWS arrête la publicité à partir du
//! mois 37 (avril 2023)."
//!
//! French punctuation: U+00A0 NO-BREAK SPACE before `:` and U+202F NARROW NO-BREAK SPACE
//! before `;`, so that neither is left alone at the start of a line.

use rust_decimal::Decimal;

use crate::engine::{Event, EventDetail, TriggerSeen};
use crate::i18n::format::{count, money, month_year, percent};
use crate::i18n::Lang;
use crate::model::{Action, FlowKind, Scenario};

/// The whole sentence of `event` for a scenario (its parties' names, currency and start).
pub fn event_sentence(lang: Lang, event: &Event, scenario: &Scenario) -> String {
    let date = month_year(lang, scenario.start.plus_months(event.month_index));
    let number = count(lang, u64::from(event.month_index) + 1);
    let body = event_body(lang, &event.detail, scenario);
    match lang {
        Lang::En => format!("Month {number} ({date}): {body}."),
        Lang::Fr => format!("Mois {number} ({date})\u{a0}: {body}."),
    }
}

/// What happened, without the month: "AWS halts advertising".
pub fn event_body(lang: Lang, detail: &EventDetail, scenario: &Scenario) -> String {
    let customer = scenario.customer.name.as_str();
    let vendor = scenario.vendor.name.as_str();
    let currency = scenario.customer.currency.as_str();
    let m = |amount: Decimal| money(lang, amount, currency);
    match (lang, detail) {
        (Lang::En, EventDetail::PaymentsStopped) => {
            format!("{customer} stops paying {vendor}'s invoices")
        }
        (Lang::Fr, EventDetail::PaymentsStopped) => {
            format!("{customer} cesse de payer les factures de {vendor}")
        }
        (Lang::En, EventDetail::PaymentsResumed) => {
            format!("{customer} resumes paying {vendor}'s invoices")
        }
        (Lang::Fr, EventDetail::PaymentsResumed) => {
            format!("{customer} recommence à payer les factures de {vendor}")
        }
        (Lang::En, EventDetail::LumpSum { paid, due }) if paid < due => format!(
            "{customer} pays {} of a {} lump sum (all that was overdue)",
            m(*paid),
            m(*due)
        ),
        (Lang::Fr, EventDetail::LumpSum { paid, due }) if paid < due => format!(
            "{customer} verse {} d’un paiement forfaitaire de {} (tout ce qui était en retard)",
            m(*paid),
            m(*due)
        ),
        (Lang::En, EventDetail::LumpSum { paid, .. }) => format!(
            "{customer} pays a lump sum of {} towards its arrears",
            m(*paid)
        ),
        (Lang::Fr, EventDetail::LumpSum { paid, .. }) => format!(
            "{customer} verse un paiement forfaitaire de {} sur ses arriérés",
            m(*paid)
        ),
        (Lang::En, EventDetail::TrueUp { amount }) => format!(
            "{customer} is invoiced a true-up of {} for the shortfall against the commitment",
            m(*amount)
        ),
        (Lang::Fr, EventDetail::TrueUp { amount }) => format!(
            "{customer} reçoit une facture de régularisation de {} pour l’écart avec l’engagement",
            m(*amount)
        ),
        (
            _,
            EventDetail::TriggerFired {
                seen,
                action,
                from_month,
            },
        ) => {
            let seen = trigger_phrase(lang, seen, currency);
            let action = action_phrase(lang, action, currency);
            let from = count(lang, u64::from(*from_month) + 1);
            let date = month_year(lang, scenario.start.plus_months(*from_month));
            match lang {
                Lang::En => format!("{seen} — {vendor} {action} from Month {from} ({date})"),
                Lang::Fr => {
                    format!("{seen} — {vendor} {action} à partir du mois {from} ({date})")
                }
            }
        }
        (_, EventDetail::ActionStarted { action }) => {
            format!("{vendor} {}", action_phrase(lang, action, currency))
        }
        (Lang::En, EventDetail::ActionEnded { action }) => format!(
            "the trigger has cleared — {vendor} {} from next month",
            end_phrase(lang, action)
        ),
        (Lang::Fr, EventDetail::ActionEnded { action }) => format!(
            "le déclencheur ne tient plus — {vendor} {} dès le mois suivant",
            end_phrase(lang, action)
        ),
        (Lang::En, EventDetail::WithheldReleased { amount }) => {
            format!("{vendor} releases {} of withheld payments", m(*amount))
        }
        (Lang::Fr, EventDetail::WithheldReleased { amount }) => {
            format!("{vendor} libère {} de paiements retenus", m(*amount))
        }
        (
            Lang::En,
            EventDetail::LegalFiled {
                vendor_cost,
                customer_cost,
            },
        ) => format!(
            "{vendor} files suit; legal costs {} for {vendor} and {} for {customer}",
            m(*vendor_cost),
            m(*customer_cost)
        ),
        (
            Lang::Fr,
            EventDetail::LegalFiled {
                vendor_cost,
                customer_cost,
            },
        ) => format!(
            "{vendor} engage des poursuites\u{202f}; frais de justice de {} pour {vendor} et de {} pour {customer}",
            m(*vendor_cost),
            m(*customer_cost)
        ),
        (
            Lang::En,
            EventDetail::Judgment {
                recovered,
                win_probability,
                claim,
            },
        ) => format!(
            "judgment: {vendor} recovers an expected {} ({} chance of winning a claim of {})",
            m(*recovered),
            percent(lang, *win_probability),
            m(*claim)
        ),
        (
            Lang::Fr,
            EventDetail::Judgment {
                recovered,
                win_probability,
                claim,
            },
        ) => format!(
            "jugement\u{a0}: {vendor} recouvre en espérance {} ({} de chances de gagner une créance de {})",
            m(*recovered),
            percent(lang, *win_probability),
            m(*claim)
        ),
        (
            Lang::En,
            EventDetail::SettlementApplied {
                paid,
                forgiven_share,
                claim,
                remaining_commitment,
                months_left,
            },
        ) => format!(
            "settlement: {customer} pays {} ({} of a {} claim forgiven); {} of commitment remains over {} months",
            m(*paid),
            percent(lang, *forgiven_share),
            m(*claim),
            m(*remaining_commitment),
            count(lang, u64::from(*months_left))
        ),
        (
            Lang::Fr,
            EventDetail::SettlementApplied {
                paid,
                forgiven_share,
                claim,
                remaining_commitment,
                months_left,
            },
        ) => format!(
            "règlement\u{a0}: {customer} verse {} ({} d’une créance de {} abandonnés)\u{202f}; il reste {} d’engagement sur {} mois",
            m(*paid),
            percent(lang, *forgiven_share),
            m(*claim),
            m(*remaining_commitment),
            count(lang, u64::from(*months_left))
        ),
        (Lang::En, EventDetail::SettlementRejected) => {
            format!("{vendor} refuses {customer}'s settlement offer")
        }
        (Lang::Fr, EventDetail::SettlementRejected) => {
            format!("{vendor} refuse l’offre de règlement de {customer}")
        }
        (Lang::En, EventDetail::ContractEnded) => "the contract term ends".to_string(),
        (Lang::Fr, EventDetail::ContractEnded) => "le contrat arrive à son terme".to_string(),
    }
}

/// What the trigger saw: "arrears pass $50,000,000 (now $52,000,000)".
fn trigger_phrase(lang: Lang, seen: &TriggerSeen, currency: &str) -> String {
    match (lang, seen) {
        (Lang::En, TriggerSeen::Always) => "standing policy".to_string(),
        (Lang::Fr, TriggerSeen::Always) => "politique permanente".to_string(),
        (Lang::En, TriggerSeen::ArrearsAbove { threshold, arrears }) => format!(
            "arrears pass {} (now {})",
            money(lang, *threshold, currency),
            money(lang, *arrears, currency)
        ),
        (Lang::Fr, TriggerSeen::ArrearsAbove { threshold, arrears }) => format!(
            "les arriérés dépassent {} (actuellement {})",
            money(lang, *threshold, currency),
            money(lang, *arrears, currency)
        ),
        (Lang::En, TriggerSeen::DaysOverdue { days }) => format!(
            "the oldest unpaid invoice is {} days overdue",
            count(lang, u64::from(*days))
        ),
        (Lang::Fr, TriggerSeen::DaysOverdue { days }) => format!(
            "la plus ancienne facture impayée a {} jours de retard",
            count(lang, u64::from(*days))
        ),
        (Lang::En, TriggerSeen::MonthsUnpaid { months }) => {
            format!("{} months without payment", count(lang, u64::from(*months)))
        }
        (Lang::Fr, TriggerSeen::MonthsUnpaid { months }) => {
            format!("{} mois sans paiement", count(lang, u64::from(*months)))
        }
    }
}

/// The kind of reciprocal spend an action cuts.
fn kind_words(lang: Lang, kind: FlowKind) -> &'static str {
    match (lang, kind) {
        (Lang::En, FlowKind::Ad) => "advertising",
        (Lang::En, FlowKind::Data) => "data licensing",
        (Lang::En, FlowKind::Other) => "other purchases",
        (Lang::Fr, FlowKind::Ad) => "la publicité",
        (Lang::Fr, FlowKind::Data) => "les licences de données",
        (Lang::Fr, FlowKind::Other) => "les autres achats",
    }
}

/// What the action does, as a verb phrase: "cuts advertising by 50 %".
pub fn action_phrase(lang: Lang, action: &Action, currency: &str) -> String {
    match (lang, action) {
        (Lang::En, Action::CutSpend { kind, share }) if *share >= Decimal::ONE => {
            format!("halts {}", kind_words(lang, *kind))
        }
        (Lang::Fr, Action::CutSpend { kind, share }) if *share >= Decimal::ONE => {
            format!("arrête {}", kind_words(lang, *kind))
        }
        (Lang::En, Action::CutSpend { kind, share }) => format!(
            "cuts {} by {}",
            kind_words(lang, *kind),
            percent(lang, *share)
        ),
        (Lang::Fr, Action::CutSpend { kind, share }) => format!(
            "réduit {} de {}",
            kind_words(lang, *kind),
            percent(lang, *share)
        ),
        (Lang::En, Action::WithholdPayments) => {
            "withholds payment for ads and data already run".to_string()
        }
        (Lang::Fr, Action::WithholdPayments) => {
            "retient le paiement des publicités et des données déjà fournies".to_string()
        }
        (Lang::En, Action::CreditHold) => {
            "puts the account on credit hold (invoices due on issue)".to_string()
        }
        (Lang::Fr, Action::CreditHold) => {
            "bloque le crédit du compte (factures payables à réception)".to_string()
        }
        (
            Lang::En,
            Action::Suspend {
                outage_cost_monthly,
            },
        ) => format!(
            "suspends the service (outage cost {} a month)",
            money(lang, *outage_cost_monthly, currency)
        ),
        (
            Lang::Fr,
            Action::Suspend {
                outage_cost_monthly,
            },
        ) => format!(
            "suspend le service (coût de l’interruption\u{a0}: {} par mois)",
            money(lang, *outage_cost_monthly, currency)
        ),
        (Lang::En, Action::Legal { .. }) => "sues for the unpaid amounts".to_string(),
        (Lang::Fr, Action::Legal { .. }) => {
            "poursuit en justice pour les sommes impayées".to_string()
        }
        (Lang::En, Action::RefuseRenegotiation) => "refuses to renegotiate".to_string(),
        (Lang::Fr, Action::RefuseRenegotiation) => "refuse de renégocier".to_string(),
    }
}

/// What ending the action means: "restores advertising".
fn end_phrase(lang: Lang, action: &Action) -> String {
    match (lang, action) {
        (Lang::En, Action::CutSpend { kind, .. }) => {
            format!("restores {}", kind_words(lang, *kind))
        }
        (Lang::Fr, Action::CutSpend { kind, .. }) => {
            format!("rétablit {}", kind_words(lang, *kind))
        }
        (Lang::En, Action::WithholdPayments) => "stops withholding payments".to_string(),
        (Lang::Fr, Action::WithholdPayments) => "cesse de retenir les paiements".to_string(),
        (Lang::En, Action::CreditHold) => "lifts the credit hold".to_string(),
        (Lang::Fr, Action::CreditHold) => "lève le blocage du crédit".to_string(),
        (Lang::En, Action::Suspend { .. }) => "restores the service".to_string(),
        (Lang::Fr, Action::Suspend { .. }) => "rétablit le service".to_string(),
        (Lang::En, Action::Legal { .. }) => "drops the suit".to_string(),
        (Lang::Fr, Action::Legal { .. }) => "abandonne les poursuites".to_string(),
        (Lang::En, Action::RefuseRenegotiation) => "is open to renegotiation again".to_string(),
        (Lang::Fr, Action::RefuseRenegotiation) => "accepte de nouveau de renégocier".to_string(),
    }
}
