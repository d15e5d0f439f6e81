//! Fixed strings of the main screen.

use crate::messages;

messages! {
    /// Fixed strings of the main screen: headings, buttons, labels.
    pub enum Msg {
        Tagline => {
            en: "Who has the leverage between a customer and its cloud vendor — and when does someone blink?",
            fr: "Qui a l’avantage entre un client et son fournisseur de cloud — et quand l’un des deux cède-t-il ?",
        },
        LanguageLabel => { en: "Language", fr: "Langue" },
        TheScenario => { en: "The scenario", fr: "Le scénario" },
        ShareAndKeep => { en: "Share and keep", fr: "Partager et conserver" },
        EventLog => { en: "Event log", fr: "Journal des événements" },
        NothingHappens => {
            en: "Nothing happens: everyone pays on time and nobody retaliates.",
            fr: "Il ne se passe rien\u{a0}: chacun paie à temps et personne ne riposte.",
        },
        ShowThisMonth => { en: "show this month", fr: "afficher ce mois" },
        StillToCome => { en: "still to come", fr: "à venir" },
    }
}
