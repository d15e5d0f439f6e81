//! Strings of the classroom features: presenter mode, its keys, lesson steps, QR codes and
//! the printed handout.

use super::format::count;
use super::Lang;
use crate::messages;

messages! {
    /// Fixed strings of presenter mode, the QR codes and the handout.
    pub enum ClassMsg {
        PresenterEnter => { en: "Presenter mode", fr: "Mode présentation" },
        TryLine => {
            en: "Try it: move a lever in the editor (the payment delay, the ad cut) and watch this verdict change.",
            fr: "À essayer\u{a0}: bougez un levier dans l’éditeur (le délai de paiement, la coupe des publicités) et regardez ce verdict changer.",
        },
        TryLineVendors => {
            en: "Try it: lower the monthly budget in the editor, or change who is paid first, and watch who gets paid, who is owed and this verdict change.",
            fr: "À essayer\u{a0}: baissez le budget mensuel dans l’éditeur, ou changez qui est payé d’abord, et regardez qui est payé, qui attend son dû et ce verdict changer.",
        },
        PresenterLeave => { en: "Leave presenter mode (Esc)", fr: "Quitter la présentation (Échap)" },
        PrintHandout => { en: "Print handout", fr: "Imprimer la fiche" },
        PreviousMonthButton => { en: "◀ Month", fr: "◀ Mois" },
        NextMonthButton => { en: "Month ▶", fr: "Mois ▶" },
        PreviousStep => { en: "◀ Previous step", fr: "◀ Étape précédente" },
        NextStep => { en: "Next step ▶", fr: "Étape suivante ▶" },
        FullScreen => { en: "Full screen (F)", fr: "Plein écran (F)" },
        ShowQr => { en: "QR code (Q)", fr: "Code QR (Q)" },
        ShowKeys => { en: "Keys (?)", fr: "Touches (?)" },
        KeysTitle => { en: "Presenter keys", fr: "Touches de la présentation" },
        Close => { en: "Close (Esc)", fr: "Fermer (Échap)" },
        QrTitle => { en: "Scan to open this scenario", fr: "Scannez pour ouvrir ce scénario" },
        QrLabel => { en: "QR code of the link to this scenario", fr: "Code QR du lien vers ce scénario" },
        ShareQrSummary => { en: "QR code of this link", fr: "Code QR de ce lien" },
        Levers => { en: "Levers", fr: "Leviers" },
        HandoutLink => { en: "Open this scenario:", fr: "Ouvrir ce scénario\u{a0}:" },
        KeySpace => { en: "Space", fr: "Espace" },
        KeyPageDown => { en: "Page Down, N", fr: "Page suiv., N" },
        KeyPageUp => { en: "Page Up, P", fr: "Page préc., P" },
        KeyEsc => { en: "Esc", fr: "Échap" },
        DoesPlay => { en: "Play or pause the timeline", fr: "Lancer ou arrêter la chronologie" },
        DoesMonth => { en: "One month back or forward", fr: "Un mois en arrière ou en avant" },
        DoesNextStep => { en: "Next lesson step", fr: "Étape suivante de la leçon" },
        DoesPreviousStep => { en: "Previous lesson step", fr: "Étape précédente de la leçon" },
        DoesRestart => {
            en: "Back to the start (the first step, or month 1)",
            fr: "Retour au début (la première étape, ou le mois 1)",
        },
        DoesFullScreen => { en: "Full screen on or off", fr: "Plein écran ou non" },
        DoesQr => { en: "Show or hide the link's QR code", fr: "Afficher ou masquer le code QR du lien" },
        DoesKeys => { en: "Show these keys", fr: "Afficher ces touches" },
        DoesEscape => {
            en: "Close this dialog or the QR code; otherwise leave presenter mode",
            fr: "Fermer cette fenêtre ou le code QR\u{a0}; sinon quitter la présentation",
        },
    }
}

/// "Step 3 of 7" / "Étape 3 sur 7".
pub fn step_count(lang: Lang, step: u32, steps: u32) -> String {
    let (step, steps) = (count(lang, u64::from(step)), count(lang, u64::from(steps)));
    match lang {
        Lang::En => format!("Step {step} of {steps}"),
        Lang::Fr => format!("Étape {step} sur {steps}"),
    }
}

/// The button that starts a scenario's lesson in presenter mode: "Start the lesson (7 steps)" /
/// "Lancer la leçon (7 étapes)".
pub fn start_lesson(lang: Lang, steps: u32) -> String {
    let count_text = count(lang, u64::from(steps));
    match (lang, steps) {
        (Lang::En, 1) => "Start the lesson (1 step)".to_string(),
        (Lang::En, _) => format!("Start the lesson ({count_text} steps)"),
        (Lang::Fr, 1) => "Lancer la leçon (1 étape)".to_string(),
        (Lang::Fr, _) => format!("Lancer la leçon ({count_text} étapes)"),
    }
}

/// The line closing a cut event log: "…and 12 more" / "…et 12 de plus".
pub fn and_more(lang: Lang, more: usize) -> String {
    let more = count(lang, u64::try_from(more).unwrap_or(u64::MAX));
    match lang {
        Lang::En => format!("…and {more} more"),
        Lang::Fr => format!("…et {more} de plus"),
    }
}

/// The sentence shown instead of a QR code when the link is too long for one.
pub fn too_long_for_qr(lang: Lang, characters: usize) -> String {
    let characters = count(lang, u64::try_from(characters).unwrap_or(u64::MAX));
    match lang {
        Lang::En => format!(
            "This link has {characters} characters, too many for a QR code (at most 2,953); share it as text."
        ),
        Lang::Fr => format!(
            "Ce lien compte {characters} caractères, trop pour un code QR (2\u{202f}953 au plus)\u{a0}; partagez-le sous forme de texte."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally_in_both_languages() {
        assert_eq!(step_count(Lang::En, 3, 7), "Step 3 of 7");
        assert_eq!(step_count(Lang::Fr, 3, 7), "Étape 3 sur 7");
        assert_eq!(and_more(Lang::En, 13), "…and 13 more");
        assert_eq!(and_more(Lang::Fr, 13), "…et 13 de plus");
    }
}
