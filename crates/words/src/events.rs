//! The event log's sentences in each language, written from the engine's structured
//! [`EventDetail`]: "Month 36 (Mar 2023): arrears pass $20,000,000 (now $20,500,000) — AWS
//! halts advertising from Month 37 (Apr 2023)." / "Mois 36 (mars 2023) : les arriérés
//! dépassent 20 000 000 $ (actuellement 20 500 000 $) — AWS arrête la publicité à partir du
//! mois 37 (avril 2023)."
//!
//! French punctuation: U+00A0 NO-BREAK SPACE before `:` and U+202F NARROW NO-BREAK SPACE
//! before `;`, so that neither is left alone at the start of a line.

use rust_decimal::Decimal;

use crate::format::{count, money, month_year, percent};
use crate::Lang;
use standoff_core::engine::{Event, EventDetail, TriggerSeen};
use standoff_core::model::{Action, FlowKind, Scenario};

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

/// The templates and values of a threat made: the trigger seen, the measure threatened, the
/// level arrears must fall back to and by when.
fn threat_made(
    lang: Lang,
    scenario: &Scenario,
    seen: &TriggerSeen,
    action: &Action,
    deadline_month: u32,
    level: String,
) -> (&'static str, &'static str, Vec<String>) {
    let currency = scenario.customer.currency.as_str();
    let values = vec![
        trigger_phrase(lang, seen, currency),
        action_phrase(lang, action, currency),
        level,
        count(lang, u64::from(deadline_month) + 1),
        month_year(lang, scenario.start.plus_months(deadline_month)),
    ];
    // A deadline past the horizon is a threat the simulation never sees carried out: the
    // sentence says so rather than naming a month the charts do not show.
    if deadline_month >= scenario.horizon_months {
        (
            "{0} — threat: {v} {1} unless arrears are back to {2} or less by the end of Month {3} ({4}), after the horizon",
            "{0} — menace\u{a0}: {v} {1} si les arriérés ne sont pas revenus à {2} ou moins à la fin du mois {3} ({4}), après l’horizon",
            values,
        )
    } else {
        (
            "{0} — threat: {v} {1} unless arrears are back to {2} or less by the end of Month {3} ({4})",
            "{0} — menace\u{a0}: {v} {1} si les arriérés ne sont pas revenus à {2} ou moins à la fin du mois {3} ({4})",
            values,
        )
    }
}

/// What happened, without the month: "AWS halts advertising".
pub fn event_body(lang: Lang, detail: &EventDetail, scenario: &Scenario) -> String {
    let currency = scenario.customer.currency.as_str();
    let m = |amount: &Decimal| money(lang, *amount, currency);
    let p = |share: &Decimal| percent(lang, *share);
    // Each event is one pair of templates (English, French) and its values, written by
    // `fill`: one shared routine instead of a formatting call per language and event keeps
    // the WebAssembly binary small. {c} is the customer, {v} the vendor, {0}… the values.
    let (en, fr, values): (&str, &str, Vec<String>) = match detail {
        EventDetail::PaymentsStopped => (
            "{c} stops paying {v}'s invoices",
            "{c} cesse de payer les factures de {v}",
            Vec::new(),
        ),
        EventDetail::PaymentsResumed => (
            "{c} resumes paying {v}'s invoices",
            "{c} recommence à payer les factures de {v}",
            Vec::new(),
        ),
        EventDetail::LumpSum { paid, due } if paid < due => (
            "{c} pays {0} of a {1} lump sum (all that was overdue)",
            "{c} verse {0} d’un paiement forfaitaire de {1} (tout ce qui était en retard)",
            vec![m(paid), m(due)],
        ),
        EventDetail::LumpSum { paid, .. } => (
            "{c} pays a lump sum of {0} towards its arrears",
            "{c} verse un paiement forfaitaire de {0} sur ses arriérés",
            vec![m(paid)],
        ),
        EventDetail::TrueUp { amount } => (
            "{c} is invoiced a true-up of {0} for the shortfall against the commitment",
            "{c} reçoit une facture de régularisation de {0} pour l’écart avec l’engagement",
            vec![m(amount)],
        ),
        EventDetail::TriggerFired {
            seen,
            action,
            from_month,
        } => (
            "{0} — {v} {1} from Month {2} ({3})",
            "{0} — {v} {1} à partir du mois {2} ({3})",
            vec![
                trigger_phrase(lang, seen, currency),
                action_phrase(lang, action, currency),
                count(lang, u64::from(*from_month) + 1),
                month_year(lang, scenario.start.plus_months(*from_month)),
            ],
        ),
        EventDetail::ThreatMade {
            seen,
            action,
            deadline_month,
            level,
        } => threat_made(lang, scenario, seen, action, *deadline_month, m(level)),
        EventDetail::ThreatWithdrawn { arrears, level, .. } => (
            "arrears are {0}, at most {1}: {v} withdraws its threat",
            "les arriérés sont de {0}, au plus {1}\u{a0}: {v} retire sa menace",
            vec![m(arrears), m(level)],
        ),
        EventDetail::ThreatCarriedOut {
            action,
            arrears,
            from_month,
        } => (
            "arrears are still {0}: {v} carries out its threat — from Month {2} ({3}), {v} {1}",
            "les arriérés sont encore de {0}\u{a0}: {v} met sa menace à exécution — à partir du mois {2} ({3}), {v} {1}",
            vec![
                m(arrears),
                action_phrase(lang, action, currency),
                count(lang, u64::from(*from_month) + 1),
                month_year(lang, scenario.start.plus_months(*from_month)),
            ],
        ),
        EventDetail::ActionStarted { action } => (
            "{v} {0}",
            "{v} {0}",
            vec![action_phrase(lang, action, currency)],
        ),
        EventDetail::ActionEnded { action } => (
            "the trigger has cleared — {v} {0} from next month",
            "le déclencheur ne tient plus — {v} {0} dès le mois suivant",
            vec![end_phrase(lang, action)],
        ),
        EventDetail::WithheldReleased { amount } => (
            "{v} releases {0} of withheld payments",
            "{v} libère {0} de paiements retenus",
            vec![m(amount)],
        ),
        EventDetail::LegalFiled {
            vendor_cost,
            customer_cost,
        } => (
            "{v} files suit; legal costs {0} for {v} and {1} for {c}",
            "{v} engage des poursuites\u{202f}; frais de justice de {0} pour {v} et de {1} pour {c}",
            vec![m(vendor_cost), m(customer_cost)],
        ),
        EventDetail::Judgment {
            recovered,
            win_probability,
            claim,
        } => (
            "judgment: {v} recovers an expected {0} ({1} chance of winning a claim of {2})",
            "jugement\u{a0}: {v} recouvre en espérance {0} ({1} de chances de gagner une créance de {2})",
            vec![m(recovered), p(win_probability), m(claim)],
        ),
        EventDetail::SettlementApplied {
            paid,
            forgiven_share,
            claim,
            remaining_commitment,
            months_left,
        } => (
            "settlement: {c} pays {0} ({1} of a {2} claim forgiven); {3} of commitment remains over {4} months",
            "règlement\u{a0}: {c} verse {0} ({1} d’une créance de {2} abandonnés)\u{202f}; il reste {3} d’engagement sur {4} mois",
            vec![
                m(paid),
                p(forgiven_share),
                m(claim),
                m(remaining_commitment),
                count(lang, u64::from(*months_left)),
            ],
        ),
        EventDetail::SettlementRejected => (
            "{v} refuses {c}'s settlement offer",
            "{v} refuse l’offre de règlement de {c}",
            Vec::new(),
        ),
        EventDetail::ContractEnded => (
            "the contract term ends",
            "le contrat arrive à son terme",
            Vec::new(),
        ),
    };
    fill(
        pick(lang, en, fr),
        [&scenario.customer.name, &scenario.vendor.name],
        &values,
    )
}

/// The template of `lang`.
fn pick<'a>(lang: Lang, en: &'a str, fr: &'a str) -> &'a str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// Writes `template`, replacing {c} and {v} by the customer's and the vendor's names and
/// {0}… by `values`.
fn fill(template: &str, [customer, vendor]: [&str; 2], values: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 48);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let Some(close) = after.find('}') else {
            out.push_str(rest.get(open..).unwrap_or_default());
            return out;
        };
        let key = after.get(..close).unwrap_or_default();
        match key {
            "c" => out.push_str(customer),
            "v" => out.push_str(vendor),
            index => {
                let value = index.parse::<usize>().ok().and_then(|i| values.get(i));
                out.push_str(value.map_or("", String::as_str));
            }
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// What the trigger saw: "arrears pass $50,000,000 (now $52,000,000)".
fn trigger_phrase(lang: Lang, seen: &TriggerSeen, currency: &str) -> String {
    let (en, fr, values) = match seen {
        TriggerSeen::Always => ("standing policy", "politique permanente", Vec::new()),
        TriggerSeen::ArrearsAbove { threshold, arrears } => (
            "arrears pass {0} (now {1})",
            "les arriérés dépassent {0} (actuellement {1})",
            vec![
                money(lang, *threshold, currency),
                money(lang, *arrears, currency),
            ],
        ),
        TriggerSeen::DaysOverdue { days } => (
            "the oldest unpaid invoice is {0} days overdue",
            "la plus ancienne facture impayée a {0} jours de retard",
            vec![count(lang, u64::from(*days))],
        ),
        TriggerSeen::MonthsUnpaid { months } => (
            "{0} months without payment",
            "{0} mois sans paiement",
            vec![count(lang, u64::from(*months))],
        ),
    };
    fill(pick(lang, en, fr), ["", ""], &values)
}

/// The kind of reciprocal spend an action cuts.
fn kind_words(lang: Lang, kind: FlowKind) -> &'static str {
    let (en, fr) = match kind {
        FlowKind::Ad => ("advertising", "la publicité"),
        FlowKind::Data => ("data licensing", "les licences de données"),
        FlowKind::Other => ("other purchases", "les autres achats"),
    };
    pick(lang, en, fr)
}

/// What the action does, as a verb phrase: "cuts advertising by 50 %".
pub fn action_phrase(lang: Lang, action: &Action, currency: &str) -> String {
    let (en, fr, values) = match action {
        Action::CutSpend { kind, share } if *share >= Decimal::ONE => (
            "halts {0}",
            "arrête {0}",
            vec![kind_words(lang, *kind).to_string()],
        ),
        Action::CutSpend { kind, share } => (
            "cuts {0} by {1}",
            "réduit {0} de {1}",
            vec![kind_words(lang, *kind).to_string(), percent(lang, *share)],
        ),
        Action::WithholdPayments => (
            "withholds payment for ads and data already run",
            "retient le paiement des publicités et des données déjà fournies",
            Vec::new(),
        ),
        Action::CreditHold => (
            "puts the account on credit hold (invoices due on issue)",
            "bloque le crédit du compte (factures payables à réception)",
            Vec::new(),
        ),
        Action::Suspend {
            outage_cost_monthly,
        } => (
            "suspends the service (outage cost {0} a month)",
            "suspend le service (coût de l’interruption\u{a0}: {0} par mois)",
            vec![money(lang, *outage_cost_monthly, currency)],
        ),
        Action::Legal { .. } => (
            "sues for the unpaid amounts",
            "poursuit en justice pour les sommes impayées",
            Vec::new(),
        ),
        Action::RefuseRenegotiation => {
            ("refuses to renegotiate", "refuse de renégocier", Vec::new())
        }
    };
    fill(pick(lang, en, fr), ["", ""], &values)
}

/// What ending the action means: "restores advertising".
fn end_phrase(lang: Lang, action: &Action) -> String {
    let (en, fr, values) = match action {
        Action::CutSpend { kind, .. } => (
            "restores {0}",
            "rétablit {0}",
            vec![kind_words(lang, *kind).to_string()],
        ),
        Action::WithholdPayments => (
            "stops withholding payments",
            "cesse de retenir les paiements",
            Vec::new(),
        ),
        Action::CreditHold => (
            "lifts the credit hold",
            "lève le blocage du crédit",
            Vec::new(),
        ),
        Action::Suspend { .. } => ("restores the service", "rétablit le service", Vec::new()),
        Action::Legal { .. } => ("drops the suit", "abandonne les poursuites", Vec::new()),
        Action::RefuseRenegotiation => (
            "is open to renegotiation again",
            "accepte de nouveau de renégocier",
            Vec::new(),
        ),
    };
    fill(pick(lang, en, fr), ["", ""], &values)
}
