//! Chart titles, axis labels, legends, readouts and data-table headers in each language, and
//! the ledger lines' names.

use crate::messages;
use crate::Lang;
use standoff_core::engine::{Line, Report};

messages! {
    /// Fixed strings of the charts and their data tables.
    pub enum ChartMsg {
        Month => { en: "Month", fr: "Mois" },
        CashTitle => {
            en: "Who is winning: cash against the pay-on-time baseline",
            fr: "Qui gagne\u{a0}: trésorerie par rapport au paiement à temps",
        },
        ArrearsUnpaid => { en: "Arrears (unpaid invoices)", fr: "Arriérés (factures impayées)" },
        OfWhichTrueUp => { en: "of which true-up", fr: "dont régularisation" },
        AccruedLateInterest => { en: "Accrued late interest", fr: "Intérêts de retard courus" },
        ShortfallNotInvoiced => {
            en: "Shortfall accrued, not yet billed",
            fr: "Déficit d’engagement couru, non facturé",
        },
        BilledUnpaid => {
            en: "Billed and unpaid, with interest",
            fr: "Facturé impayé, avec intérêts",
        },
        NetFlow => { en: "Net flow", fr: "Flux net" },
        ZopaWidth => {
            en: "Zone of possible agreement (width)",
            fr: "Zone d’accord possible (largeur)",
        },
        NoZopaGap => { en: "No zone of agreement: the gap", fr: "Pas de zone d’accord\u{a0}: l’écart" },
        NashPrice => { en: "Nash price", fr: "Prix de Nash" },
        RubinsteinPrice => { en: "Rubinstein price", fr: "Prix de Rubinstein" },
        ClaimOnTable => { en: "Claim on the table", fr: "Créance en jeu" },
        Parameter => { en: "Parameter", fr: "Paramètre" },
        Failed => { en: "failed", fr: "échec" },
        P5 => { en: "5th percentile", fr: "5e centile" },
        P25 => { en: "25th percentile", fr: "25e centile" },
        Median => { en: "Median", fr: "Médiane" },
        P75 => { en: "75th percentile", fr: "75e centile" },
        P95 => { en: "95th percentile", fr: "95e centile" },
        MonteCarlo => { en: "Monte Carlo", fr: "Monte-Carlo" },
        Point => { en: "Point", fr: "Point" },
        LowInput => { en: "Low input", fr: "Valeur basse" },
        HighInput => { en: "High input", fr: "Valeur haute" },
        OutputAtLow => { en: "Output at low", fr: "Résultat en bas" },
        OutputAtHigh => { en: "Output at high", fr: "Résultat en haut" },
        Swing => { en: "Swing", fr: "Amplitude" },
        ZopaLegend => { en: "Zone of possible agreement", fr: "Zone d’accord possible" },
        GapLegend => { en: "Gap: no agreement", fr: "Écart\u{a0}: pas d’accord" },
        LowLegend => { en: "Parameter at its low value", fr: "Paramètre à sa valeur basse" },
        HighLegend => { en: "Parameter at its high value", fr: "Paramètre à sa valeur haute" },
        Base => { en: "Base", fr: "Base" },
        Lowest => { en: "Lowest", fr: "Minimum" },
        Highest => { en: "Highest", fr: "Maximum" },
        Gap => { en: "Gap", fr: "Écart" },
        Zopa => { en: "ZOPA", fr: "ZAP" },
        NoMonths => { en: "No months to show.", fr: "Aucun mois à afficher." },
        Running => { en: "Running…", fr: "Calcul en cours…" },
        NoParameterMoves => {
            en: "No parameter moves this output.",
            fr: "Aucun paramètre ne fait varier ce résultat.",
        },
        NoSweep => { en: "No sweep to show.", fr: "Aucun balayage à afficher." },
        SimulationFailed => {
            en: "The simulation failed; see the message above.",
            fr: "La simulation a échoué\u{a0}; voir le message ci-dessus.",
        },
        CashShort => { en: "Cash against the baseline", fr: "Trésorerie par rapport à la référence" },
        OwesShort => { en: "What the customer owes", fr: "Ce que doit le client" },
        CustomerFlowsShort => { en: "Customer cash flows", fr: "Flux de trésorerie du client" },
        VendorFlowsShort => { en: "Vendor cash flows", fr: "Flux de trésorerie du fournisseur" },
        Months => { en: "months", fr: "mois" },
        Days => { en: "days", fr: "jours" },
    }
}

/// The name of a ledger line: "Contract payments" / "Paiements du contrat"; a reciprocal line
/// is named by its label in the scenario (or "Reciprocal line 2" / "Flux réciproque 2" when the
/// report has none for it).
pub fn line_name(lang: Lang, report: &Report, line: Line) -> String {
    if let Line::Reciprocal(index) = line {
        return match report.reciprocal_labels.get(usize::from(index)) {
            Some(label) => label.clone(),
            None => match lang {
                Lang::En => format!("Reciprocal line {}", u32::from(index) + 1),
                Lang::Fr => format!("Flux réciproque {}", u32::from(index) + 1),
            },
        };
    }
    match lang {
        Lang::En => line_name_en(line),
        Lang::Fr => line_name_fr(line),
    }
    .to_string()
}

fn line_name_en(line: Line) -> &'static str {
    match line {
        Line::ContractPayments => "Contract payments",
        Line::LumpSums => "Lump sums",
        Line::SettlementPayment => "Settlement payment",
        Line::LegalJudgment => "Judgment",
        Line::Reciprocal(_) => "Reciprocal line",
        Line::BundledDeal => "Bundled deal",
        Line::LegalCosts => "Legal costs",
        Line::CollectionCosts => "Collection costs",
        Line::OtherAdRevenue => "Other ad revenue",
        Line::InfrastructureSavings => "Infrastructure savings",
        Line::OutageRisk => "Expected outage cost",
        Line::SuspensionOutage => "Suspension outage cost",
    }
}

fn line_name_fr(line: Line) -> &'static str {
    match line {
        Line::ContractPayments => "Paiements du contrat",
        Line::LumpSums => "Paiements forfaitaires",
        Line::SettlementPayment => "Paiement du règlement",
        Line::LegalJudgment => "Jugement",
        Line::Reciprocal(_) => "Flux réciproque",
        Line::BundledDeal => "Accord groupé",
        Line::LegalCosts => "Frais de justice",
        Line::CollectionCosts => "Frais de recouvrement",
        Line::OtherAdRevenue => "Autres revenus publicitaires",
        Line::InfrastructureSavings => "Économies d’infrastructure",
        Line::OutageRisk => "Coût attendu des pannes",
        Line::SuspensionOutage => "Coût de la suspension",
    }
}
