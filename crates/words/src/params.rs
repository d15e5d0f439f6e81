//! Parameter labels and range messages in each language.
//!
//! The parameter registry (`model::params`) keeps the English label with each field; the
//! French labels are here, keyed by the field's path. `tests/i18n_messages.rs` checks that
//! every field of the registry has one, so a new parameter without its French label fails
//! the tests.

use rust_decimal::Decimal;

use crate::Lang;
use standoff_core::model::params::{spec_of, vendor_param, Unit};
use standoff_core::model::{FieldError, Scenario};

/// French labels of the registry's fields, by the field's path without the list item
/// (`payment.delay_days`, or `reciprocal.amount` for `reciprocal[1].amount`), as a table that
/// `crates/words/tests/i18n_messages.rs` checks against the registry: a field without its
/// French label fails that test.
const FRENCH_FIELD_LABELS: &[(&str, &str)] = &[
    ("start.year", "Année de début"),
    ("start.month", "Mois de début (1–12)"),
    ("horizon_months", "Horizon"),
    ("customer.cash_on_hand", "Trésorerie du client"),
    (
        "customer.discount_rate",
        "Taux d’actualisation du client (annuel)",
    ),
    ("vendor.cash_on_hand", "Trésorerie du fournisseur"),
    (
        "vendor.discount_rate",
        "Taux d’actualisation du fournisseur (annuel)",
    ),
    ("contract.total_commitment", "Engagement total"),
    ("contract.term_months", "Durée du contrat"),
    ("contract.discount", "Remise sur le prix catalogue"),
    (
        "contract.usage.start_share",
        "Usage en part de l’engagement (début)",
    ),
    ("contract.ramp", "poids de montée en charge"),
    ("contract.usage.changes.month", "mois"),
    ("contract.usage.changes.share", "part d’usage"),
    ("payment.net_days", "Délai de paiement (jours nets)"),
    ("payment.pay_share", "Part de chaque facture payée"),
    ("payment.delay_days", "Retard de paiement"),
    ("payment.stop_from_month", "Arrêt des paiements au mois"),
    ("payment.resume_at_month", "Reprise des paiements au mois"),
    ("payment.lump_sums.month", "mois"),
    ("payment.lump_sums.amount", "montant"),
    (
        "payment.late_interest_monthly",
        "Intérêts de retard par mois",
    ),
    (
        "payment.collection_cost_monthly",
        "Frais de recouvrement par mois",
    ),
    (
        "payment.claim_recovery",
        "Part des créances ouvertes que le fournisseur recouvre",
    ),
    ("reciprocal.amount", "montant par période"),
    (
        "reciprocal.value_to_vendor",
        "valeur pour le fournisseur par période",
    ),
    ("reciprocal.net_days", "délai de paiement (jours nets)"),
    ("retaliation.lag_months", "délai"),
    ("retaliation.trigger.amount", "seuil d’arriérés"),
    ("retaliation.trigger.days", "seuil de jours de retard"),
    ("retaliation.trigger.months", "seuil de mois impayés"),
    (
        "retaliation.threat.deadline_months",
        "échéance de la menace",
    ),
    (
        "retaliation.threat.withdraw_at_or_below",
        "menace retirée si l’arriéré est au plus de",
    ),
    ("retaliation.action.share", "part des dépenses coupée"),
    (
        "retaliation.action.outage_cost_monthly",
        "coût mensuel de la suspension pour le client",
    ),
    (
        "retaliation.action.vendor_cost",
        "frais de justice du fournisseur",
    ),
    (
        "retaliation.action.customer_cost",
        "frais de justice du client",
    ),
    ("retaliation.action.delay_months", "mois jusqu’au jugement"),
    (
        "retaliation.action.win_probability",
        "probabilité de victoire du fournisseur",
    ),
    ("operations.data_centres", "Centres de données"),
    ("operations.closed", "Centres de données fermés"),
    (
        "operations.closed_from_month",
        "Fermetures à partir du mois",
    ),
    (
        "operations.saving_per_closed_monthly",
        "Économie par centre fermé et par mois",
    ),
    (
        "operations.outage_probability_base",
        "Probabilité mensuelle de panne (rien de fermé)",
    ),
    (
        "operations.outage_probability_per_closed",
        "Probabilité de panne ajoutée par fermeture",
    ),
    ("operations.outage_cost", "Coût d’une panne majeure"),
    (
        "operations.other_ad_revenue_monthly",
        "Revenus des autres annonceurs par mois",
    ),
    ("settlement.month", "Mois du règlement"),
    (
        "settlement.arrears_discount",
        "Règlement\u{a0}: part de la créance abandonnée",
    ),
    (
        "settlement.commitment_reduction",
        "Règlement\u{a0}: réduction de l’engagement",
    ),
    (
        "settlement.term_extension_months",
        "Règlement\u{a0}: prolongation du contrat",
    ),
    (
        "settlement.bundled_ad_monthly",
        "Règlement\u{a0}: publicité groupée par mois",
    ),
    (
        "settlement.bundled_data_monthly",
        "Règlement\u{a0}: accord de données groupé par mois",
    ),
    ("budget.monthly", "Budget mensuel des factures fournisseurs"),
];

/// The French label of a registry field, by its path without the list item.
pub fn french_field_label(field: &str) -> Option<&'static str> {
    FRENCH_FIELD_LABELS
        .iter()
        .find(|(key, _)| *key == field)
        .map(|(_, label)| *label)
}

/// Splits `reciprocal[1].amount` into (`reciprocal`, Some(1), `amount`); a plain path has no
/// index.
fn split_path(id: &str) -> (&str, Option<usize>, &str) {
    let Some((prefix, rest)) = id.split_once('[') else {
        return (id, None, "");
    };
    let Some((index, field)) = rest.split_once(']') else {
        return (id, None, "");
    };
    (prefix, index.parse().ok(), field.trim_start_matches('.'))
}

/// The key of [`french_field_label`] for a parameter id.
pub fn field_key(id: &str) -> String {
    match split_path(id) {
        (prefix, Some(_), "") => prefix.to_string(),
        (prefix, Some(_), field) => format!("{prefix}.{field}"),
        (plain, None, _) => plain.to_string(),
    }
}

/// The label of parameter `id` of `scenario` in `lang`, e.g. "Ligne réciproque 2 (Amazon
/// Studios ads)\u{a0}: montant par période". `None` when the scenario has no such parameter.
pub fn param_label(lang: Lang, scenario: &Scenario, id: &str) -> Option<String> {
    // A further vendor's term is labelled as the first vendor's is, after the vendor's name.
    if let Some((i, inner)) = vendor_param(id) {
        let alone = scenario.vendor_scenario(i)?;
        let label = param_label(lang, &alone, inner)?;
        return Some(format!("{}\u{a0}— {label}", alone.vendor.name));
    }
    let spec = spec_of(scenario, id)?;
    if lang == Lang::En {
        return Some(spec.label);
    }
    let Some(label) = french_field_label(&field_key(id)) else {
        return Some(spec.label);
    };
    let (prefix, index, _) = split_path(id);
    let Some(index) = index else {
        return Some(label.to_string());
    };
    let n = index + 1;
    Some(match prefix {
        "contract.ramp" => format!("Poids de montée en charge, année de contrat {n}"),
        "contract.usage.changes" => format!("Changement d’usage {n}\u{a0}: {label}"),
        "payment.lump_sums" => format!("Paiement forfaitaire {n}\u{a0}: {label}"),
        "reciprocal" => {
            let name = scenario
                .reciprocal
                .get(index)
                .map(|line| line.label.as_str())
                .unwrap_or_default();
            format!("Ligne réciproque {n} ({name})\u{a0}: {label}")
        }
        "retaliation" => format!("Règle de riposte {n}\u{a0}: {label}"),
        _ => label.to_string(),
    })
}

/// The sentence naming a unit's allowed range: "must be between 0 and 3650 days" /
/// "doit être compris entre 0 et 3\u{202f}650 jours".
pub fn range_message(lang: Lang, unit: Unit, min: Decimal, max: Decimal) -> String {
    super::rules::range(lang, unit, min, max)
}

/// A validation error's rule in `lang`, e.g. "must be between 0 and 3650 days".
pub fn field_error_message(lang: Lang, error: &FieldError) -> String {
    super::rules::rule(lang, &error.rule)
}

/// "Payment delay: “abc” is not a number; it must be between 0 and 3650 days."
pub fn not_a_number(lang: Lang, label: &str, text: &str, range: &str) -> String {
    match lang {
        Lang::En => format!("{label}: \u{201c}{text}\u{201d} is not a number; it {range}."),
        Lang::Fr => {
            format!("{label}\u{a0}: «\u{a0}{text}\u{a0}» n’est pas un nombre\u{202f}; il {range}.")
        }
    }
}

/// "label: message" with each language's colon.
pub fn labelled(lang: Lang, label: &str, message: &str) -> String {
    match lang {
        Lang::En => format!("{label}: {message}"),
        Lang::Fr => format!("{label}\u{a0}: {message}"),
    }
}
