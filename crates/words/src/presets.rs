//! The presets' names and descriptions in French (the English ones live with the presets in
//! `model::presets`). `tests/i18n_messages.rs` checks that every preset has both.

use crate::format::quoted;
use crate::Lang;
use standoff_core::model::presets;

/// The French name and description of a preset, by id.
fn french(id: &str) -> Option<(&'static str, &'static str)> {
    Some(match id {
        "twitter-aws-2023" => (
            "Twitter contre AWS (2023)",
            "Un engagement de 510\u{202f}M$ sur 66 mois, annoncé en décembre 2020 et largement \
             sous-utilisé. Twitter cesse de payer après le changement de propriétaire, verse \
             10\u{202f}M$ en février 2023 et, en mars, il lui reste plus de 70\u{202f}M$ à payer, \
             déficit d’engagement couru et non facturé compris\u{a0}; Amazon menace de ne plus \
             payer ses publicités sur Twitter et AWS refuse de renégocier.",
        ),
        "twitter-two-clouds-2023" => (
            "Twitter 2023\u{a0}: AWS et Google Cloud",
            "Les deux fournisseurs cloud de Twitter et un seul budget de 17\u{202f}M$ par mois \
             pour leurs 20,1\u{202f}M$ de factures\u{a0}: qui est payé\u{a0}? Google achète de la \
             publicité et paie une licence sur les données, AWS achète un peu de publicité et ne \
             peut que menacer\u{a0}; payer d’abord le fournisseur dont la réaction coûte le plus \
             par dollar retenu paie Google et laisse AWS impayé.",
        ),
        "twitter-google-2023" => (
            "Twitter contre Google Cloud (2023)",
            "Un engagement d’un milliard de dollars sur cinq ans que Twitter utilise entièrement \
             et paie à temps\u{a0}: Google est un gros annonceur et paie une licence sur les \
             données de Twitter, si bien que ne pas payer coûterait plus à Twitter que cela ne \
             lui ferait économiser.",
        ),
        "symmetric" => (
            "Relation symétrique",
            "Le fournisseur achète autant de publicité qu’il vend de cloud. Quand le client \
             cesse de payer, le fournisseur arrête ses publicités\u{a0}: l’économie du client est \
             compensée mois après mois.",
        ),
        "no-ad-leverage" => (
            "Fournisseur sans levier publicitaire",
            "Le même contrat, mais le fournisseur n’achète rien au client\u{a0}: ses seuls leviers \
             sont la suspension du service et les poursuites.",
        ),
        "settle-or-fight" => (
            "Transiger ou se battre",
            "Le cas symétrique avec un règlement au bout d’un an\u{a0}: 20\u{202f}% de la créance \
             abandonnés et 4\u{202f}M$ retirés de l’engagement restant. Comparez la VAN des deux \
             camps avec et sans lui.",
        ),
        _ => return None,
    })
}

/// A preset's name in `lang`; `None` for an unknown id.
pub fn preset_name(lang: Lang, id: &str) -> Option<&'static str> {
    match lang {
        Lang::En => presets::info(id).map(|preset| preset.name),
        Lang::Fr => french(id).map(|(name, _)| name),
    }
}

/// The presets menu's description of a scenario edited from a preset: "Your scenario, edited
/// from “Twitter vs AWS (2023)”: Reset goes back to it." / "Votre scénario, modifié à partir
/// de « … » : Réinitialiser y revient."
pub fn edited_from(lang: Lang, id: &str) -> Option<String> {
    let name = quoted(lang, preset_name(lang, id)?);
    Some(match lang {
        Lang::En => format!("Your scenario, edited from {name}: Reset goes back to it."),
        Lang::Fr => {
            format!("Votre scénario, modifié à partir de {name}\u{a0}: Réinitialiser y revient.")
        }
    })
}

/// A preset's description in `lang`; `None` for an unknown id.
pub fn preset_description(lang: Lang, id: &str) -> Option<&'static str> {
    match lang {
        Lang::En => presets::info(id).map(|preset| preset.description),
        Lang::Fr => french(id).map(|(_, description)| description),
    }
}
