//! The banner's notices: why input from outside (a link, a file, the browser's storage, a
//! preset name) was not used, as data, worded in the reader's language when the banner is
//! drawn, so that switching the language rewords a banner already on screen.

use super::errors::link_error;
use super::format::quoted;
use super::game::{game_error, game_link_error};
use super::rules::rule;
use super::Lang;
use standoff_core::game::GameError;
use standoff_core::model::FieldError;
use standoff_formats::{GameLinkError, LinkError, StoredItem, Unreadable};

/// What stays on screen after a link could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// A link followed while the page was open: the scenario on screen stays.
    CurrentKept,
    /// A link the page opened with: the default scenario is shown.
    DefaultShown,
}

/// Why input from outside was not used.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A preset id that does not exist.
    NoPreset(String),
    /// A scenario that was read but does not validate; the previous one is kept.
    InvalidScenario(Vec<FieldError>),
    /// A link that could not be opened.
    Link {
        error: LinkError,
        fallback: Fallback,
    },
    /// A link opened without the members that are not fields (`error`, an unknown field, names
    /// the first); everything else in it was opened.
    LinkPartlyOpened { error: LinkError },
    /// A scenario file that could not be imported.
    FileRejected { file: String, error: LinkError },
    /// A file imported without the members that are not fields (`error` names the first).
    FilePartlyImported { file: String, error: LinkError },
    /// A file over the size limit, refused unread.
    FileTooLarge {
        file: String,
        bytes: u64,
        limit: u64,
    },
    /// A file the browser could not read.
    FileUnreadable { file: String },
    /// A part of the browser's storage that could not be read (and was set aside).
    Stored { what: StoredItem, error: LinkError },
    /// A game that could not be started; the scenario stays on screen.
    Game { error: GameError, currency: String },
    /// A link's game that could not be opened; its scenario is shown.
    GameLink {
        error: GameLinkError,
        currency: String,
    },
    /// Several notices in one banner, in order.
    All(Vec<Notice>),
}

impl Notice {
    /// The banner's text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::Fr => self.french(),
        }
    }

    fn english(&self) -> String {
        let lang = Lang::En;
        match self {
            Notice::NoPreset(id) => format!("There is no preset called {}.", quoted(lang, id)),
            Notice::InvalidScenario(errors) => format!(
                "The scenario could not be used: {}. The previous scenario is kept.",
                problems(lang, errors)
            ),
            Notice::Link { error, fallback } => format!(
                "This link could not be opened. {} {}",
                link_error(lang, error),
                fallback_text(lang, *fallback)
            ),
            Notice::LinkPartlyOpened { error } => format!(
                "This link was opened without what is not a field of a scenario. {} Everything \
                 else in it is shown.",
                link_error(lang, error)
            ),
            Notice::FileRejected { file, error } => format!(
                "The file \u{201c}{file}\u{201d} could not be imported. {} {CURRENT_KEPT}",
                link_error(lang, error)
            ),
            Notice::FilePartlyImported { file, error } => format!(
                "The file \u{201c}{file}\u{201d} was imported without what is not a field of a \
                 scenario. {} Everything else in it is shown.",
                link_error(lang, error)
            ),
            Notice::FileTooLarge { file, bytes, limit } => format!(
                "The file \u{201c}{file}\u{201d} is {} MiB; a scenario file may be at most {} \
                 MiB, so it was not read. {CURRENT_KEPT}",
                mebibytes(lang, *bytes),
                limit / MIB
            ),
            Notice::FileUnreadable { file } => format!(
                "The file \u{201c}{file}\u{201d} could not be read by the browser. {CURRENT_KEPT}"
            ),
            Notice::Stored { what, error } => format!(
                "{} could not be read: {} It is set aside in this browser's storage, not \
                 deleted; the other saved scenarios are kept.",
                capitalise(&stored_item_en(what)),
                link_error(lang, error)
            ),
            Notice::Game { error, currency } => format!(
                "This game could not be played: {} The scenario is shown.",
                game_error(lang, error, currency)
            ),
            Notice::GameLink { error, currency } => format!(
                "The game in this link could not be opened: {} Its scenario is shown; nothing \
                 else was changed.",
                game_link_error(lang, error, currency)
            ),
            Notice::All(notices) => join(lang, notices),
        }
    }

    fn french(&self) -> String {
        let lang = Lang::Fr;
        match self {
            Notice::NoPreset(id) => format!(
                "Il n’existe pas de scénario prédéfini nommé {}.",
                quoted(lang, id)
            ),
            Notice::InvalidScenario(errors) => format!(
                "Le scénario n’a pas pu être utilisé\u{a0}: {}. Le scénario précédent est \
                 conservé.",
                problems(lang, errors)
            ),
            Notice::Link { error, fallback } => format!(
                "Ce lien n’a pas pu être ouvert. {} {}",
                link_error(lang, error),
                fallback_text(lang, *fallback)
            ),
            Notice::LinkPartlyOpened { error } => format!(
                "Ce lien a été ouvert sans ce qui n’est pas un champ d’un scénario. {} Tout le \
                 reste de son contenu est affiché.",
                link_error(lang, error)
            ),
            Notice::FileRejected { file, error } => format!(
                "Le fichier {} n’a pas pu être importé. {} {CURRENT_KEPT_FR}",
                quoted(lang, file),
                link_error(lang, error)
            ),
            Notice::FilePartlyImported { file, error } => format!(
                "Le fichier {} a été importé sans ce qui n’est pas un champ d’un scénario. {} \
                 Tout le reste de son contenu est affiché.",
                quoted(lang, file),
                link_error(lang, error)
            ),
            Notice::FileTooLarge { file, bytes, limit } => format!(
                "Le fichier {} pèse {}\u{a0}Mio\u{202f}; un fichier de scénario ne peut dépasser \
                 {}\u{a0}Mio, il n’a donc pas été lu. {CURRENT_KEPT_FR}",
                quoted(lang, file),
                mebibytes(lang, *bytes),
                limit / MIB
            ),
            Notice::FileUnreadable { file } => format!(
                "Le fichier {} n’a pas pu être lu par le navigateur. {CURRENT_KEPT_FR}",
                quoted(lang, file)
            ),
            Notice::Stored { what, error } => format!(
                "Impossible de lire {}\u{a0}: {} Ces données sont mises de côté dans le stockage \
                 de ce navigateur, pas supprimées\u{202f}; les autres scénarios enregistrés sont \
                 conservés.",
                stored_item(lang, what),
                link_error(lang, error)
            ),
            Notice::Game { error, currency } => format!(
                "Cette partie n’a pas pu être jouée\u{a0}: {} Le scénario est affiché.",
                game_error(lang, error, currency)
            ),
            Notice::GameLink { error, currency } => format!(
                "La partie de ce lien n’a pas pu être ouverte\u{a0}: {} Son scénario est \
                 affiché\u{a0}; rien d’autre n’a changé.",
                game_link_error(lang, error, currency)
            ),
            Notice::All(notices) => join(lang, notices),
        }
    }
}

const CURRENT_KEPT: &str = "The current scenario is kept.";
const CURRENT_KEPT_FR: &str = "Le scénario actuel est conservé.";
const MIB: u64 = 1_048_576;

fn fallback_text(lang: Lang, fallback: Fallback) -> &'static str {
    match (lang, fallback) {
        (Lang::En, Fallback::CurrentKept) => CURRENT_KEPT,
        (Lang::En, Fallback::DefaultShown) => "The default scenario is shown instead.",
        (Lang::Fr, Fallback::CurrentKept) => CURRENT_KEPT_FR,
        (Lang::Fr, Fallback::DefaultShown) => "Le scénario par défaut est affiché à la place.",
    }
}

/// Every bad field as `field = value rule`, joined for `lang`.
fn problems(lang: Lang, errors: &[FieldError]) -> String {
    let details: Vec<String> = errors
        .iter()
        .map(|e| format!("{} = {} {}", e.field, e.value, rule(lang, &e.rule)))
        .collect();
    match lang {
        Lang::En => details.join("; "),
        Lang::Fr => details.join("\u{202f}; "),
    }
}

fn join(lang: Lang, notices: &[Notice]) -> String {
    let texts: Vec<String> = notices.iter().map(|notice| notice.text(lang)).collect();
    texts.join(" ")
}

/// A size in mebibytes with one decimal, rounded half up: `3.0` or `3,0`.
fn mebibytes(lang: Lang, bytes: u64) -> String {
    let tenths = (u128::from(bytes) * 10 + u128::from(MIB / 2)) / u128::from(MIB);
    let point = match lang {
        Lang::En => '.',
        Lang::Fr => ',',
    };
    format!("{}{point}{}", tenths / 10, tenths % 10)
}

/// Why a set-aside stored entry could not be read: what and why when it was found this
/// time; the reason stored with it, as it was stored, when it was read back.
pub fn unreadable_reason(lang: Lang, reason: &Unreadable) -> String {
    match reason {
        Unreadable::Found { what, error } => match lang {
            Lang::En => format!("{}: {}", stored_item(lang, what), link_error(lang, error)),
            Lang::Fr => format!(
                "{}\u{a0}: {}",
                stored_item(lang, what),
                link_error(lang, error)
            ),
        },
        Unreadable::Stored(text) => text.clone(),
    }
}

/// A part of the stored text, as a sentence names it: "saved entry 2" / "l’entrée enregistrée
/// nº 2".
pub fn stored_item(lang: Lang, what: &StoredItem) -> String {
    match lang {
        Lang::En => stored_item_en(what),
        Lang::Fr => stored_item_fr(what),
    }
}

fn stored_item_en(what: &StoredItem) -> String {
    match what {
        StoredItem::All => "the saved scenarios".to_string(),
        StoredItem::List => "the list of saved scenarios".to_string(),
        StoredItem::Entry(position) => format!("saved entry {position}"),
        StoredItem::Named(name) => format!("saved scenario \"{name}\""),
        StoredItem::LastEdited => "the last edited scenario".to_string(),
    }
}

fn stored_item_fr(what: &StoredItem) -> String {
    match what {
        StoredItem::All => "les scénarios enregistrés".to_string(),
        StoredItem::List => "la liste des scénarios enregistrés".to_string(),
        StoredItem::Entry(position) => format!("l’entrée enregistrée nº\u{a0}{position}"),
        StoredItem::Named(name) => {
            format!("le scénario enregistré {}", quoted(Lang::Fr, name))
        }
        StoredItem::LastEdited => "le dernier scénario modifié".to_string(),
    }
}

/// Capitalises the first letter of one of the English descriptions of a stored item
/// ([`stored_item_en`]), which all begin with an ASCII letter: ASCII mapping keeps
/// Unicode case tables out of the app (`tests/size_guards.rs`).
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}
