//! Languages of the interface: English and French.
//!
//! Sans-IO (no web crate), so that every message and every number format is tested natively.
//! The interface asks for text in the current [`Lang`]:
//!
//! - fixed strings are variants of a message enum declared with [`messages!`]; the macro
//!   demands an `en:` and an `fr:` text for every variant, so a message without its French (or
//!   a new language without its texts) does not compile; `lang.t(Msg::X)` gives the text;
//! - sentences with values (validation messages, event-log lines, banners) are functions that
//!   `match` on the language, so the compiler checks that each language is handled;
//! - numbers, money and dates go through [`format`], which knows each language's separators.
//!
//! Each area of the interface may declare its own message enum in its own file (for example
//! `ui.rs` for the main screen), so that helpers adding strings do not edit the same lines.
//! See `docs/i18n.md` for how to add a string or a language.

pub mod analysis;
pub mod analysis_errors;
pub mod charts;
pub mod classroom;
pub mod editor;
pub mod errors;
pub mod events;
pub mod format;
pub mod game;
pub mod ledger;
pub mod notices;
pub mod params;
pub mod presets;
pub mod read_errors;
pub mod rules;
pub mod triage;
pub mod ui;
pub mod verdict;

pub use ui::Msg;

/// A language of the interface. The link carries it as `lang=en|fr` (see
/// `docs/link-format.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code: the `lang` link key's value and the page's `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as the switcher shows it (always in that language, so that a
    /// reader who does not understand the current one still finds theirs).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The language of a code such as `fr`, `FR` or `fr-CA` (a browser's language); `None`
    /// for a language the interface does not have.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The text of a fixed message in this language.
    pub fn t<M: Message>(self, message: M) -> &'static str {
        message.text(self)
    }
}

/// A fixed message that has a text in every language. Implemented by [`messages!`].
pub trait Message: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

/// Declares a message enum: every variant with its English and French text. The generated
/// `ALL` lists every variant, for the test that looks for untranslated leftovers.
///
/// ```ignore
/// messages! {
///     /// Strings of the header.
///     pub enum HeaderMsg {
///         Title => { en: "Standoff", fr: "Standoff" },
///     }
/// }
/// ```
#[macro_export]
macro_rules! messages {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => { en: $en:expr, fr: $fr:expr $(,)? } ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),*
        }

        impl $name {
            /// Every message of this enum.
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),* ];
            // One table of texts per language, in variant order: a lookup costs no code per
            // message in the WebAssembly binary, only the texts themselves.
            const EN: &'static [&'static str] = &[ $( $en ),* ];
            const FR: &'static [&'static str] = &[ $( $fr ),* ];
        }

        impl $crate::Message for $name {
            fn text(self, lang: $crate::Lang) -> &'static str {
                let table = match lang {
                    $crate::Lang::En => Self::EN,
                    $crate::Lang::Fr => Self::FR,
                };
                // The tables have one entry per variant, so the lookup always succeeds.
                table.get(self as usize).copied().unwrap_or_default()
            }
        }
    };
}

/// A sentence with values in every language, as `format!` arguments:
/// `tr!(lang, en: "Saved as {name}."; fr: "Enregistré sous {name}.")`. It expands to a `match`
/// on the language, so a language added to [`Lang`] makes every use fail to compile until it
/// has its text.
#[macro_export]
macro_rules! tr {
    ($lang:expr, en: $($en:expr),+ ; fr: $($fr:expr),+ $(;)?) => {
        match $lang {
            $crate::Lang::En => format!($($en),+),
            $crate::Lang::Fr => format!($($fr),+),
        }
    };
}
