//! Every kind of event written in English and in French (`standoff_words::events`). The
//! expected sentences are written by hand; in French '_' stands for U+202F (thousands, and
//! before ';' and '%') and '~' for U+00A0 (before ':' and the currency).

use rust_decimal_macros::dec;
use standoff_core::engine::{Event, EventDetail, EventKind, TriggerSeen};
use standoff_core::model::{Action, FlowKind, Scenario, YearMonth};
use standoff_words::events::event_sentence;
use standoff_words::Lang;

fn scenario() -> Scenario {
    let mut scenario = Scenario::default();
    scenario.customer.name = "Acme".into();
    scenario.vendor.name = "Nimbus".into();
    scenario.customer.currency = "USD".into();
    scenario.start = YearMonth {
        year: 2023,
        month: 1,
    };
    scenario
}

/// The kind an event of this detail has; the match makes a new variant fail to compile here
/// until it has its sentences below.
fn kind_of(detail: &EventDetail) -> EventKind {
    match detail {
        EventDetail::PaymentsStopped => EventKind::PaymentsStopped,
        EventDetail::PaymentsResumed => EventKind::PaymentsResumed,
        EventDetail::LumpSum { .. } => EventKind::LumpSum,
        EventDetail::TrueUp { .. } => EventKind::TrueUp,
        EventDetail::TriggerFired { .. } => EventKind::TriggerFired,
        EventDetail::ThreatMade { .. } => EventKind::ThreatMade,
        EventDetail::ThreatWithdrawn { .. } => EventKind::ThreatWithdrawn,
        EventDetail::ThreatCarriedOut { .. } => EventKind::ThreatCarriedOut,
        EventDetail::ActionStarted { .. } => EventKind::ActionStarted,
        EventDetail::ActionEnded { .. } => EventKind::ActionEnded,
        EventDetail::WithheldReleased { .. } => EventKind::WithheldReleased,
        EventDetail::LegalFiled { .. } => EventKind::LegalFiled,
        EventDetail::Judgment { .. } => EventKind::Judgment,
        EventDetail::SettlementApplied { .. } => EventKind::SettlementApplied,
        EventDetail::SettlementRejected => EventKind::SettlementRejected,
        EventDetail::ContractEnded => EventKind::ContractEnded,
    }
}

fn fr(text: &str) -> String {
    text.replace('_', "\u{202f}").replace('~', "\u{a0}")
}

/// (month index, detail, English, French). Month index 2 of a January 2023 start is
/// March 2023, "Month 3".
fn cases() -> Vec<(u32, EventDetail, &'static str, &'static str)> {
    vec![
        (2, EventDetail::PaymentsStopped,
            "Month 3 (Mar 2023): Acme stops paying Nimbus's invoices.",
            "Mois 3 (mars 2023)~: Acme cesse de payer les factures de Nimbus."),
        (13, EventDetail::PaymentsResumed,
            "Month 14 (Feb 2024): Acme resumes paying Nimbus's invoices.",
            "Mois 14 (février 2024)~: Acme recommence à payer les factures de Nimbus."),
        (1, EventDetail::LumpSum { paid: dec!(10000000), due: dec!(10000000) },
            "Month 2 (Feb 2023): Acme pays a lump sum of $10,000,000 towards its arrears.",
            "Mois 2 (février 2023)~: Acme verse un paiement forfaitaire de 10_000_000~$ sur ses arriérés."),
        (1, EventDetail::LumpSum { paid: dec!(2500.5), due: dec!(10000) },
            "Month 2 (Feb 2023): Acme pays $2,500.50 of a $10,000 lump sum (all that was overdue).",
            "Mois 2 (février 2023)~: Acme verse 2_500,50~$ d’un paiement forfaitaire de 10_000~$ (tout ce qui était en retard)."),
        (11, EventDetail::TrueUp { amount: dec!(1234567.891) },
            "Month 12 (Dec 2023): Acme is invoiced a true-up of $1,234,567.89 for the shortfall against the commitment.",
            "Mois 12 (décembre 2023)~: Acme reçoit une facture de régularisation de 1_234_567,89~$ pour l’écart avec l’engagement."),
        (4, EventDetail::TriggerFired {
                seen: TriggerSeen::ArrearsAbove { threshold: dec!(20000000), arrears: dec!(20500000) },
                action: Action::CutSpend { kind: FlowKind::Ad, share: dec!(1) },
                from_month: 5 },
            "Month 5 (May 2023): arrears pass $20,000,000 (now $20,500,000) — Nimbus halts advertising from Month 6 (Jun 2023).",
            "Mois 5 (mai 2023)~: les arriérés dépassent 20_000_000~$ (actuellement 20_500_000~$) — Nimbus arrête la publicité à partir du mois 6 (juin 2023)."),
        (4, EventDetail::TriggerFired {
                seen: TriggerSeen::DaysOverdue { days: 45 },
                action: Action::CutSpend { kind: FlowKind::Data, share: dec!(0.5) },
                from_month: 6 },
            "Month 5 (May 2023): the oldest unpaid invoice is 45 days overdue — Nimbus cuts data licensing by 50 % from Month 7 (Jul 2023).",
            "Mois 5 (mai 2023)~: la plus ancienne facture impayée a 45 jours de retard — Nimbus réduit les licences de données de 50_% à partir du mois 7 (juillet 2023)."),
        (0, EventDetail::TriggerFired {
                seen: TriggerSeen::Always,
                action: Action::RefuseRenegotiation,
                from_month: 0 },
            "Month 1 (Jan 2023): standing policy — Nimbus refuses to renegotiate from Month 1 (Jan 2023).",
            "Mois 1 (janvier 2023)~: politique permanente — Nimbus refuse de renégocier à partir du mois 1 (janvier 2023)."),
        (3, EventDetail::TriggerFired {
                seen: TriggerSeen::MonthsUnpaid { months: 3 },
                action: Action::CreditHold,
                from_month: 4 },
            "Month 4 (Apr 2023): 3 months without payment — Nimbus puts the account on credit hold (invoices due on issue) from Month 5 (May 2023).",
            "Mois 4 (avril 2023)~: 3 mois sans paiement — Nimbus bloque le crédit du compte (factures payables à réception) à partir du mois 5 (mai 2023)."),
        (4, EventDetail::ThreatMade {
                seen: TriggerSeen::ArrearsAbove { threshold: dec!(20000000), arrears: dec!(20500000) },
                action: Action::CutSpend { kind: FlowKind::Ad, share: dec!(1) },
                deadline_month: 6,
                level: dec!(10000000) },
            "Month 5 (May 2023): arrears pass $20,000,000 (now $20,500,000) — threat: Nimbus halts advertising unless arrears are back to $10,000,000 or less by the end of Month 7 (Jul 2023).",
            "Mois 5 (mai 2023)~: les arriérés dépassent 20_000_000~$ (actuellement 20_500_000~$) — menace~: Nimbus arrête la publicité si les arriérés ne sont pas revenus à 10_000_000~$ ou moins à la fin du mois 7 (juillet 2023)."),
        (6, EventDetail::ThreatWithdrawn {
                action: Action::CutSpend { kind: FlowKind::Ad, share: dec!(1) },
                arrears: dec!(9000000),
                level: dec!(10000000) },
            "Month 7 (Jul 2023): arrears are $9,000,000, at most $10,000,000: Nimbus withdraws its threat.",
            "Mois 7 (juillet 2023)~: les arriérés sont de 9_000_000~$, au plus 10_000_000~$~: Nimbus retire sa menace."),
        (6, EventDetail::ThreatCarriedOut {
                action: Action::CutSpend { kind: FlowKind::Ad, share: dec!(1) },
                arrears: dec!(21000000),
                from_month: 7 },
            "Month 7 (Jul 2023): arrears are still $21,000,000: Nimbus carries out its threat — from Month 8 (Aug 2023), Nimbus halts advertising.",
            "Mois 7 (juillet 2023)~: les arriérés sont encore de 21_000_000~$~: Nimbus met sa menace à exécution — à partir du mois 8 (août 2023), Nimbus arrête la publicité."),
        (5, EventDetail::ActionStarted { action: Action::Suspend { outage_cost_monthly: dec!(750000) } },
            "Month 6 (Jun 2023): Nimbus suspends the service (outage cost $750,000 a month).",
            "Mois 6 (juin 2023)~: Nimbus suspend le service (coût de l’interruption~: 750_000~$ par mois)."),
        (5, EventDetail::ActionStarted { action: Action::WithholdPayments },
            "Month 6 (Jun 2023): Nimbus withholds payment for ads and data already run.",
            "Mois 6 (juin 2023)~: Nimbus retient le paiement des publicités et des données déjà fournies."),
        (5, EventDetail::ActionStarted { action: Action::Legal {
                vendor_cost: dec!(1), customer_cost: dec!(1), delay_months: 1, win_probability: dec!(0.5) } },
            "Month 6 (Jun 2023): Nimbus sues for the unpaid amounts.",
            "Mois 6 (juin 2023)~: Nimbus poursuit en justice pour les sommes impayées."),
        (8, EventDetail::ActionEnded { action: Action::CutSpend { kind: FlowKind::Other, share: dec!(0.2) } },
            "Month 9 (Sep 2023): the trigger has cleared — Nimbus restores other purchases from next month.",
            "Mois 9 (septembre 2023)~: le déclencheur ne tient plus — Nimbus rétablit les autres achats dès le mois suivant."),
        (8, EventDetail::ActionEnded { action: Action::CreditHold },
            "Month 9 (Sep 2023): the trigger has cleared — Nimbus lifts the credit hold from next month.",
            "Mois 9 (septembre 2023)~: le déclencheur ne tient plus — Nimbus lève le blocage du crédit dès le mois suivant."),
        (9, EventDetail::WithheldReleased { amount: dec!(42000) },
            "Month 10 (Oct 2023): Nimbus releases $42,000 of withheld payments.",
            "Mois 10 (octobre 2023)~: Nimbus libère 42_000~$ de paiements retenus."),
        (6, EventDetail::LegalFiled { vendor_cost: dec!(2000000), customer_cost: dec!(1500000) },
            "Month 7 (Jul 2023): Nimbus files suit; legal costs $2,000,000 for Nimbus and $1,500,000 for Acme.",
            "Mois 7 (juillet 2023)~: Nimbus engage des poursuites_; frais de justice de 2_000_000~$ pour Nimbus et de 1_500_000~$ pour Acme."),
        (18, EventDetail::Judgment { recovered: dec!(6000000), win_probability: dec!(0.6), claim: dec!(10000000) },
            "Month 19 (Jul 2024): judgment: Nimbus recovers an expected $6,000,000 (60 % chance of winning a claim of $10,000,000).",
            "Mois 19 (juillet 2024)~: jugement~: Nimbus recouvre en espérance 6_000_000~$ (60_% de chances de gagner une créance de 10_000_000~$)."),
        (7, EventDetail::SettlementApplied { paid: dec!(7500000), forgiven_share: dec!(0.25),
                claim: dec!(10000000), remaining_commitment: dec!(-1234.5), months_left: 24 },
            "Month 8 (Aug 2023): settlement: Acme pays $7,500,000 (25 % of a $10,000,000 claim forgiven); -$1,234.50 of commitment remains over 24 months.",
            "Mois 8 (août 2023)~: règlement~: Acme verse 7_500_000~$ (25_% d’une créance de 10_000_000~$ abandonnés)_; il reste -1_234,50~$ d’engagement sur 24 mois."),
        (7, EventDetail::SettlementRejected,
            "Month 8 (Aug 2023): Nimbus refuses Acme's settlement offer.",
            "Mois 8 (août 2023)~: Nimbus refuse l’offre de règlement de Acme."),
        (35, EventDetail::ContractEnded,
            "Month 36 (Dec 2025): the contract term ends.",
            "Mois 36 (décembre 2025)~: le contrat arrive à son terme."),
    ]
}

#[test]
fn every_event_kind_is_written_in_english_and_french() {
    let scenario = scenario();
    let mut kinds = Vec::new();
    for (month_index, detail, english, french) in cases() {
        let kind = kind_of(&detail);
        kinds.push(kind);
        let event = Event {
            month_index,
            kind,
            detail,
            amount: None,
        };
        assert_eq!(event_sentence(Lang::En, &event, &scenario), english);
        assert_eq!(event_sentence(Lang::Fr, &event, &scenario), fr(french));
    }
    // Sixteen kinds of event, each covered at least once.
    kinds.sort_by_key(|kind| format!("{kind:?}"));
    kinds.dedup();
    assert_eq!(kinds.len(), 16);
}

/// A threat whose deadline falls after the last month of the horizon says so: the default
/// scenario's horizon is 24 months (January 2023 to December 2024), so a deadline at month
/// index 24 is Month 25, January 2025, after it.
#[test]
fn a_deadline_past_the_horizon_says_so() {
    let scenario = scenario();
    assert_eq!(scenario.horizon_months, 24);
    let event = Event {
        month_index: 4,
        kind: EventKind::ThreatMade,
        detail: EventDetail::ThreatMade {
            seen: TriggerSeen::ArrearsAbove {
                threshold: dec!(20000000),
                arrears: dec!(20500000),
            },
            action: Action::CutSpend {
                kind: FlowKind::Ad,
                share: dec!(1),
            },
            deadline_month: 24,
            level: dec!(10000000),
        },
        amount: None,
    };
    assert_eq!(
        event_sentence(Lang::En, &event, &scenario),
        "Month 5 (May 2023): arrears pass $20,000,000 (now $20,500,000) — threat: Nimbus halts advertising unless arrears are back to $10,000,000 or less by the end of Month 25 (Jan 2025), after the horizon."
    );
    assert!(event_sentence(Lang::Fr, &event, &scenario)
        .ends_with("à la fin du mois 25 (janvier 2025), après l’horizon."));
}
