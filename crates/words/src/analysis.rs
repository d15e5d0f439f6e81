//! Names of the analyses' outputs and of the Monte Carlo series, scalars and flags, and the
//! bargaining analysis' notes.
//!
//! The analyses name their outputs in English; the French names are here, keyed by the
//! output (an exhaustive match) or by the Monte Carlo id. `tests/i18n_messages.rs` checks that
//! every Monte Carlo id of the layout has its French name.

use crate::analysis_errors::analysis_error;
use crate::format::money;
use crate::Lang;
use rust_decimal::Decimal;
use standoff_core::analysis::{Bargaining, CustomerStrategy, Note, Output, VendorStrategy};

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
            Output::FinalBilledUnpaid => "Facturé impayé à la fin",
            Output::FinalShortfallExposure => "Déficit d’engagement couru, non facturé, à la fin",
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
    ("billed_unpaid", "Facturé impayé"),
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

/// The bargaining analysis' notes in `lang`, amounts in `currency` (French) or as the analysis
/// rounds them (English).
pub fn notes(lang: Lang, bargaining: &Bargaining, currency: &str) -> Vec<String> {
    bargaining
        .notes
        .iter()
        .map(|n| note(lang, n, currency))
        .collect()
}

/// One note of the bargaining analysis in `lang`.
pub fn note(lang: Lang, note: &Note, currency: &str) -> String {
    match lang {
        Lang::En => note_en(note),
        Lang::Fr => note_fr(note, currency),
    }
}

fn note_en(note: &Note) -> String {
    match note {
        Note::PolicyRefuses => "The vendor's policy refuses to renegotiate at this point; the \
                                figures show what the deal would be worth if it came to the \
                                table."
            .to_string(),
        Note::NoZopa {
            customer_max,
            vendor_min,
            gap,
        } => format!(
            "There is no zone of possible agreement: the customer would pay at most {} but the \
             vendor wants at least {} (a gap of {}).",
            customer_max.round_dp(2),
            vendor_min.round_dp(2),
            gap.round_dp(2)
        ),
        Note::Rubinstein(e) => format!("Rubinstein: {}.", analysis_error(Lang::En, e)),
        Note::RubinsteinNeedsZopa => {
            "Rubinstein's split needs a zone of possible agreement wider than zero.".to_string()
        }
        Note::Attrition(e) => format!("War of attrition: {}.", analysis_error(Lang::En, e)),
        Note::NoClaim => {
            "There is no claim in the deal month, so there is no war of attrition to analyse."
                .to_string()
        }
    }
}

fn note_fr(note: &Note, currency: &str) -> String {
    let m = |amount: Decimal| money(Lang::Fr, amount, currency);
    match note {
        Note::PolicyRefuses => "La politique du fournisseur refuse de renégocier à ce \
                                stade\u{a0}; les chiffres montrent ce que vaudrait l’accord \
                                s’il était discuté."
            .to_string(),
        Note::NoZopa {
            customer_max,
            vendor_min,
            gap,
        } => format!(
            "Il n’y a pas de zone d’accord possible\u{a0}: le client paierait au plus {} mais le \
             fournisseur veut au moins {} (un écart de {}).",
            m(*customer_max),
            m(*vendor_min),
            m(*gap)
        ),
        Note::Rubinstein(e) => format!("Rubinstein\u{a0}: {}.", analysis_error(Lang::Fr, e)),
        Note::RubinsteinNeedsZopa => {
            "Le partage de Rubinstein suppose une zone d’accord possible de largeur non nulle."
                .to_string()
        }
        Note::Attrition(e) => format!("Guerre d’usure\u{a0}: {}.", analysis_error(Lang::Fr, e)),
        Note::NoClaim => "Il n’y a pas de créance au mois de l’accord, donc pas de guerre \
                          d’usure à analyser."
            .to_string(),
    }
}
