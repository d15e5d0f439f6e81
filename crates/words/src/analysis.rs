//! Names of the analyses' outputs and of the Monte Carlo series, scalars and flags.
//!
//! The analyses name their outputs in English; the French names are here, keyed by the
//! output (an exhaustive match) or by the Monte Carlo id. `tests/i18n_messages.rs` checks that
//! every Monte Carlo id of the layout has its French name.

use crate::Lang;
use standoff_core::analysis::{CustomerStrategy, Output, VendorStrategy};

/// The name of an analysis output: "Customer NPV vs baseline" / "VAN du client vs référence".
pub fn output_label(lang: Lang, output: Output) -> &'static str {
    match lang {
        Lang::En => output.label(),
        Lang::Fr => match output {
            Output::CustomerNpv => "VAN du client",
            Output::VendorNpv => "VAN du fournisseur",
            Output::CustomerNpvVsBaseline => "VAN du client vs référence",
            Output::VendorNpvVsBaseline => "VAN du fournisseur vs référence",
            Output::CustomerNpvWithClaimsVsBaseline => "VAN du client avec créances vs référence",
            Output::VendorNpvWithClaimsVsBaseline => {
                "VAN du fournisseur avec créances vs référence"
            }
            Output::MonthsToFirstRetaliation => "Mois avant la première riposte",
            Output::PeakArrears => "Arriérés maximaux",
            Output::FinalTotalOwed => "Dû à la fin",
            Output::SettlementPrice => "Prix de règlement (Nash)",
        },
    }
}

/// French names of the Monte Carlo series, scalars and flags, by id (a table: see
/// `params::FRENCH_FIELD_LABELS`).
const FRENCH_MC_LABELS: &[(&str, &str)] = &[
    ("customer_vs_baseline", "Trésorerie du client vs référence"),
    (
        "vendor_vs_baseline",
        "Trésorerie du fournisseur vs référence",
    ),
    ("arrears", "Arriérés"),
    ("total_owed", "Total dû"),
    ("customer_npv", "VAN du client"),
    ("vendor_npv", "VAN du fournisseur"),
    ("customer_npv_vs_baseline", "VAN du client vs référence"),
    ("vendor_npv_vs_baseline", "VAN du fournisseur vs référence"),
    (
        "customer_npv_with_claims_vs_baseline",
        "VAN du client avec créances vs référence",
    ),
    (
        "vendor_npv_with_claims_vs_baseline",
        "VAN du fournisseur avec créances vs référence",
    ),
    (
        "months_to_first_retaliation",
        "Mois avant la première riposte",
    ),
    ("peak_arrears", "Arriérés maximaux"),
    ("retaliation", "Le fournisseur riposte"),
    ("suspension", "Le service est suspendu"),
    ("lawsuit", "Le fournisseur poursuit en justice"),
    ("judgment", "Un jugement recouvre de l’argent"),
    ("outage", "Au moins une panne majeure (tirée au sort)"),
    ("settlement", "Le règlement est appliqué"),
    (
        "customer_worse",
        "Le client finit sous sa VAN de référence (créances ouvertes comptées)",
    ),
    (
        "vendor_worse",
        "Le fournisseur finit sous sa VAN de référence (créances ouvertes comptées)",
    ),
];

/// The French name of a Monte Carlo series, scalar or flag, by its id.
pub fn french_mc_label(id: &str) -> Option<&'static str> {
    FRENCH_MC_LABELS
        .iter()
        .find(|(key, _)| *key == id)
        .map(|(_, label)| *label)
}

/// A Monte Carlo label in `lang`, falling back on the analysis' English name.
pub fn mc_label<'a>(lang: Lang, id: &str, english: &'a str) -> &'a str {
    match lang {
        Lang::En => english,
        Lang::Fr => french_mc_label(id).unwrap_or(english),
    }
}

/// A customer strategy of the payoff matrix: "Pay on time" / "Payer à temps".
pub fn customer_strategy(lang: Lang, strategy: CustomerStrategy) -> &'static str {
    match lang {
        Lang::En => strategy.label(),
        Lang::Fr => match strategy {
            CustomerStrategy::Pay => "Payer à temps",
            CustomerStrategy::Delay => "Payer avec 90 jours de retard",
            CustomerStrategy::Partial => "Payer la moitié",
            CustomerStrategy::Stop => "Cesser de payer",
            CustomerStrategy::Migrate => "Migrer ailleurs",
        },
    }
}

/// A vendor strategy of the payoff matrix: "Cut ads" / "Couper la publicité".
pub fn vendor_strategy(lang: Lang, strategy: VendorStrategy) -> &'static str {
    match lang {
        Lang::En => strategy.label(),
        Lang::Fr => match strategy {
            VendorStrategy::Tolerate => "Tolérer",
            VendorStrategy::CutAds => "Couper la publicité",
            VendorStrategy::Withhold => "Retenir les paiements publicitaires",
            VendorStrategy::Suspend => "Suspendre le service",
            VendorStrategy::Sue => "Poursuivre en justice",
        },
    }
}
