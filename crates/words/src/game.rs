//! The words of a played game: the moves, the measures, why a move cannot be played, how the
//! game ended, and the fixed strings of the game screen.

use super::format::{count, money, money_compact, quoted};
use super::Lang;
use crate::messages;
use standoff_core::game::{
    CustomerMove, End, GameError, Measure, MoveProblem, RulesProblem, VendorMove,
};
use standoff_core::model::Side;
use standoff_formats::GameLinkError;

messages! {
    /// Fixed strings of the game screen.
    pub enum GameMsg {
        Play => { en: "Play it (two players)", fr: "La jouer (deux joueurs)" },
        Title => { en: "Play the standoff", fr: "Jouer le bras de fer" },
        Leave => { en: "Leave the game", fr: "Quitter la partie" },
        HotSeat => { en: "On this device, taking turns", fr: "Sur cet appareil, à tour de rôle" },
        ByLinks => { en: "By exchanging links", fr: "En échangeant des liens" },
        CustomerSide => { en: "the customer", fr: "le client" },
        VendorSide => { en: "the vendor", fr: "le fournisseur" },
        YourMove => { en: "Your move", fr: "Votre coup" },
        PlayMove => { en: "Play this move", fr: "Jouer ce coup" },
        Amount => { en: "Amount", fr: "Montant" },
        Share => { en: "Share (%)", fr: "Part (%)" },
        ByRound => { en: "By round", fr: "Au tour" },
        MeasureLabel => { en: "Measure", fr: "Mesure" },
        PayAll => { en: "Pay all that is overdue", fr: "Payer tout l’arriéré" },
        PayShare => { en: "Pay a share of what is overdue", fr: "Payer une part de l’arriéré" },
        PayNothing => { en: "Pay nothing", fr: "Ne rien payer" },
        LumpSum => { en: "Pay an amount", fr: "Payer un montant" },
        Propose => { en: "Offer a price for the whole claim", fr: "Proposer un prix pour toute la créance" },
        AcceptCounter => { en: "Accept the vendor’s price", fr: "Accepter le prix du fournisseur" },
        Wait => { en: "Wait", fr: "Attendre" },
        Threaten => { en: "Threaten a measure", fr: "Menacer d’une mesure" },
        Take => { en: "Take a measure", fr: "Prendre une mesure" },
        Accept => { en: "Accept the offer", fr: "Accepter l’offre" },
        Reject => { en: "Reject the offer", fr: "Rejeter l’offre" },
        Counter => { en: "Ask another price", fr: "Demander un autre prix" },
        PrivateBrief => { en: "Your private brief", fr: "Vos informations privées" },
        PrivateNote => {
            en: "Only you see this: hide it before handing over.",
            fr: "Vous seul voyez ceci\u{a0}: cachez-le avant de passer la main.",
        },
        CashOnHand => { en: "Cash on hand", fr: "Trésorerie" },
        DiscountRate => { en: "Discount rate (a year)", fr: "Taux d’actualisation (par an)" },
        MeasureCosts => { en: "What your measures cost you", fr: "Ce que vos mesures vous coûtent" },
        MeasuresAgainstYou => {
            en: "What the vendor’s measures would cost you",
            fr: "Ce que les mesures du fournisseur vous coûteraient",
        },
        Overdue => { en: "Overdue invoices", fr: "Factures en retard" },
        Claim => { en: "Whole claim (with interest and costs)", fr: "Créance totale (intérêts et frais compris)" },
        History => { en: "Moves so far", fr: "Coups joués" },
        NoMovesYet => { en: "No move yet.", fr: "Aucun coup pour l’instant." },
        Continue => { en: "I am ready: show my move", fr: "Je suis prêt·e\u{a0}: afficher mon coup" },
        LinkForOther => { en: "Send this link to the other player", fr: "Envoyez ce lien à l’autre joueur" },
        LinkToWatch => { en: "Link to watch the game", fr: "Lien pour regarder la partie" },
        Waiting => { en: "Waiting for the other player’s move.", fr: "En attente du coup de l’autre joueur." },
        Spectating => { en: "You are watching this game.", fr: "Vous regardez cette partie." },
        Debrief => { en: "Debrief", fr: "Débriefing" },
        Prediction => { en: "What the analysis predicted", fr: "Ce que l’analyse prévoyait" },
        AsPlayed => { en: "As played", fr: "Tel que joué" },
        CustomerNpv => { en: "Customer NPV", fr: "VAN du client" },
        VendorNpv => { en: "Vendor NPV", fr: "VAN du fournisseur" },
        CostliestMoves => { en: "The moves that cost most", fr: "Les coups les plus coûteux" },
        PathChart => {
            en: "The game month by month: each side's cash against paying on time, with the deal and the predicted blink month",
            fr: "La partie mois par mois\u{a0}: la trésorerie de chaque camp par rapport au paiement à l’échéance, avec l’accord et le mois prévu pour céder",
        },
        NoCostlyMove => { en: "No move cost its player anything.", fr: "Aucun coup n’a rien coûté à son joueur." },
        RoundColumn => { en: "Round", fr: "Tour" },
        MonthColumn => { en: "Month", fr: "Mois" },
        PaidColumn => { en: "Paid", fr: "Payé" },
        CustomerColumn => { en: "Customer’s move", fr: "Coup du client" },
        VendorColumn => { en: "Vendor’s move", fr: "Coup du fournisseur" },
        NewGame => { en: "Play again", fr: "Rejouer" },
    }
}

/// The side's name in a sentence: "the customer" / "le client".
pub fn side_name(lang: Lang, side: Side) -> &'static str {
    use crate::Message;
    match side {
        Side::Customer => GameMsg::CustomerSide.text(lang),
        Side::Vendor => GameMsg::VendorSide.text(lang),
    }
}

/// "Twitter to move (the customer)" / "À Twitter de jouer (le client)".
pub fn to_move(lang: Lang, name: &str, side: Side) -> String {
    let role = side_name(lang, side);
    match lang {
        Lang::En => format!("{name} to move ({role})"),
        Lang::Fr => format!("À {name} de jouer ({role})"),
    }
}

/// "Round 3 of 24 · Mar 2023" / "Tour 3 sur 24 · mars 2023" (the round is 0-based).
pub fn round_heading(lang: Lang, round: u32, rounds: u32, month: &str) -> String {
    let (n, of) = (
        count(lang, u64::from(round).saturating_add(1)),
        count(lang, u64::from(rounds)),
    );
    match lang {
        Lang::En => format!("Round {n} of {of} · {month}"),
        Lang::Fr => format!("Tour {n} sur {of} · {month}"),
    }
}

/// "Pass the device to Twitter (the customer)." / "Passez l’appareil à Twitter (le client)."
pub fn hand_over(lang: Lang, name: &str, side: Side) -> String {
    let role = side_name(lang, side);
    match lang {
        Lang::En => format!("Pass the device to {name} ({role}). The last player’s brief is hidden."),
        Lang::Fr => format!(
            "Passez l’appareil à {name} ({role}). Les informations du joueur précédent sont cachées."
        ),
    }
}

/// A measure as a verb phrase: "cut its ads" / "couper ses publicités".
pub fn measure(lang: Lang, measure: Measure) -> &'static str {
    match (lang, measure) {
        (Lang::En, Measure::Withhold) => "withhold what it owes for ads and data",
        (Lang::En, Measure::CutAds) => "cut its ads",
        (Lang::En, Measure::CutData) => "stop paying for data",
        (Lang::En, Measure::Suspend) => "suspend the service",
        (Lang::En, Measure::Sue) => "sue for the claim",
        (Lang::Fr, Measure::Withhold) => "retenir ce qu’il doit pour les publicités et les données",
        (Lang::Fr, Measure::CutAds) => "couper ses publicités",
        (Lang::Fr, Measure::CutData) => "cesser de payer les données",
        (Lang::Fr, Measure::Suspend) => "suspendre le service",
        (Lang::Fr, Measure::Sue) => "poursuivre en justice pour la créance",
    }
}

/// What the customer did: "Paid nothing", "Offered $30.0M for the whole claim".
pub fn customer_move(lang: Lang, mv: &CustomerMove, currency: &str) -> String {
    let m = |amount| money_compact(lang, amount, currency);
    match (lang, mv) {
        (Lang::En, CustomerMove::PayAll) => "Paid all that was overdue".into(),
        (Lang::En, CustomerMove::PayShare { percent }) => {
            format!("Paid {percent} % of what was overdue")
        }
        (Lang::En, CustomerMove::PayNothing) => "Paid nothing".into(),
        (Lang::En, CustomerMove::LumpSum { amount }) => format!("Paid {}", m(*amount)),
        (Lang::En, CustomerMove::Propose { price }) => {
            format!("Offered {} for the whole claim", m(*price))
        }
        (Lang::En, CustomerMove::AcceptCounter) => "Accepted the vendor’s price".into(),
        (Lang::Fr, CustomerMove::PayAll) => "A payé tout l’arriéré".into(),
        (Lang::Fr, CustomerMove::PayShare { percent }) => {
            format!("A payé {percent}\u{a0}% de l’arriéré")
        }
        (Lang::Fr, CustomerMove::PayNothing) => "N’a rien payé".into(),
        (Lang::Fr, CustomerMove::LumpSum { amount }) => format!("A payé {}", m(*amount)),
        (Lang::Fr, CustomerMove::Propose { price }) => {
            format!("A proposé {} pour toute la créance", m(*price))
        }
        (Lang::Fr, CustomerMove::AcceptCounter) => "A accepté le prix du fournisseur".into(),
    }
}

/// What the vendor did: "Waited", "Threatened to cut its ads by round 6".
pub fn vendor_move(lang: Lang, mv: &VendorMove, currency: &str) -> String {
    let m = |amount| money_compact(lang, amount, currency);
    match (lang, mv) {
        (Lang::En, VendorMove::Wait) => "Waited".into(),
        (
            Lang::En,
            VendorMove::Threaten {
                measure: x,
                by_round,
            },
        ) => {
            format!("Threatened to {} by round {by_round}", measure(lang, *x))
        }
        (Lang::En, VendorMove::Take { measure: x }) => {
            let phrase = measure(lang, *x);
            format!("Chose to {phrase}, from next round")
        }
        (Lang::En, VendorMove::Accept) => "Accepted the offer".into(),
        (Lang::En, VendorMove::Reject) => "Rejected the offer".into(),
        (Lang::En, VendorMove::Counter { price }) => format!("Asked {} instead", m(*price)),
        (Lang::Fr, VendorMove::Wait) => "A attendu".into(),
        (
            Lang::Fr,
            VendorMove::Threaten {
                measure: x,
                by_round,
            },
        ) => {
            format!("A menacé de {} au tour {by_round}", measure(lang, *x))
        }
        (Lang::Fr, VendorMove::Take { measure: x }) => {
            format!("A choisi de {} dès le tour suivant", measure(lang, *x))
        }
        (Lang::Fr, VendorMove::Accept) => "A accepté l’offre".into(),
        (Lang::Fr, VendorMove::Reject) => "A rejeté l’offre".into(),
        (Lang::Fr, VendorMove::Counter { price }) => format!("A demandé {} à la place", m(*price)),
    }
}

/// Why a move cannot be played, naming the field and the allowed range.
pub fn move_problem(lang: Lang, problem: &MoveProblem, currency: &str) -> String {
    let m = |amount| money(lang, amount, currency);
    match (lang, problem) {
        (Lang::En, MoveProblem::NotYourTurn { to_move: Some(side) }) => {
            format!("It is {}’s move, not yours.", side_name(lang, *side))
        }
        (Lang::En, MoveProblem::NotYourTurn { to_move: None }) => {
            "The game is over: no more moves.".into()
        }
        (Lang::En, MoveProblem::Share { found }) => {
            format!("The share is {found} %: it must be a whole percent between 1 and 99.")
        }
        (Lang::En, MoveProblem::Amount { found, max }) => format!(
            "The amount is {}: it must be above 0 and at most {} (what is overdue).",
            m(*found),
            m(*max)
        ),
        (Lang::En, MoveProblem::Price { found, max }) => format!(
            "The price is {}: it must be above 0 and at most {} (the whole claim).",
            m(*found),
            m(*max)
        ),
        (Lang::En, MoveProblem::NoOffer) => {
            "There is no offer from the customer this round to answer.".into()
        }
        (Lang::En, MoveProblem::NoCounter) => {
            "The vendor asked no price last round: there is nothing to accept.".into()
        }
        (Lang::En, MoveProblem::AlreadyTaken { measure: x }) => {
            format!("The vendor already chose to {}.", measure(lang, *x))
        }
        (Lang::En, MoveProblem::ThreatRound { found, min, max }) => format!(
            "The threat’s round is {found}: it must be between round {min} and round {max}."
        ),
        (Lang::Fr, MoveProblem::NotYourTurn { to_move: Some(side) }) => {
            format!("C’est à {} de jouer, pas à vous.", side_name(lang, *side))
        }
        (Lang::Fr, MoveProblem::NotYourTurn { to_move: None }) => {
            "La partie est finie\u{a0}: plus aucun coup.".into()
        }
        (Lang::Fr, MoveProblem::Share { found }) => format!(
            "La part est de {found}\u{a0}%\u{a0}: elle doit être un pourcentage entier entre 1 et 99."
        ),
        (Lang::Fr, MoveProblem::Amount { found, max }) => format!(
            "Le montant est de {}\u{a0}: il doit être supérieur à 0 et au plus de {} (l’arriéré).",
            m(*found),
            m(*max)
        ),
        (Lang::Fr, MoveProblem::Price { found, max }) => format!(
            "Le prix est de {}\u{a0}: il doit être supérieur à 0 et au plus de {} (toute la créance).",
            m(*found),
            m(*max)
        ),
        (Lang::Fr, MoveProblem::NoOffer) => {
            "Le client n’a fait aucune offre ce tour-ci\u{a0}: rien à quoi répondre.".into()
        }
        (Lang::Fr, MoveProblem::NoCounter) => {
            "Le fournisseur n’a demandé aucun prix au tour précédent\u{a0}: rien à accepter.".into()
        }
        (Lang::Fr, MoveProblem::AlreadyTaken { measure: x }) => {
            format!("Le fournisseur a déjà choisi de {}.", measure(lang, *x))
        }
        (Lang::Fr, MoveProblem::ThreatRound { found, min, max }) => format!(
            "Le tour de la menace est {found}\u{a0}: il doit être entre le tour {min} et le tour {max}."
        ),
    }
}

/// Why a game's rules do not fit its scenario.
pub fn rules_problem(lang: Lang, problem: &RulesProblem) -> String {
    match (lang, problem) {
        (Lang::En, RulesProblem::RoundMonths { found }) => {
            format!("A round lasts {found} months: it must be 1 or 3.")
        }
        (Lang::En, RulesProblem::StartMonth { found, max }) => {
            format!("Play starts at month index {found}: it must be between 1 and {max}.")
        }
        (Lang::En, RulesProblem::MaxRounds { found, max }) => {
            format!("The game has {found} rounds: it must have between 1 and {max}.")
        }
        (Lang::Fr, RulesProblem::RoundMonths { found }) => {
            format!("Un tour dure {found}\u{a0}mois\u{a0}: il doit durer 1 ou 3\u{a0}mois.")
        }
        (Lang::Fr, RulesProblem::StartMonth { found, max }) => format!(
            "La partie commence au mois d’indice {found}\u{a0}: il doit être entre 1 et {max}."
        ),
        (Lang::Fr, RulesProblem::MaxRounds { found, max }) => {
            format!("La partie a {found}\u{a0}tours\u{a0}: elle doit en avoir entre 1 et {max}.")
        }
    }
}

/// A game that cannot be replayed or a move that cannot be played, in words.
pub fn game_error(lang: Lang, error: &GameError, currency: &str) -> String {
    match error {
        GameError::Rules(problem) => rules_problem(lang, problem),
        GameError::Engine(engine) => crate::errors::engine_error(lang, engine),
        GameError::Move {
            round,
            side,
            problem,
        } => {
            let n = count(lang, u64::from(*round).saturating_add(1));
            let who = side_name(lang, *side);
            let why = move_problem(lang, problem, currency);
            match lang {
                Lang::En => format!("Round {n}, {who}’s move: {why}"),
                Lang::Fr => format!("Tour {n}, coup de {who}\u{a0}: {why}"),
            }
        }
    }
}

/// How the game ended, and who blinked.
pub fn end(lang: Lang, end: &End, names: (&str, &str), currency: &str) -> String {
    let name = |side: Side| match side {
        Side::Customer => names.0,
        Side::Vendor => names.1,
    };
    match (lang, end) {
        (Lang::En, End::Settled { round, price, .. }) => {
            let blinked = end.blinked().map_or("", name);
            format!(
                "Settled in round {} at {}: {} accepted the other side’s price, so {} blinked.",
                count(lang, u64::from(*round).saturating_add(1)),
                money_compact(lang, *price, currency),
                blinked,
                blinked
            )
        }
        (Lang::En, End::RoundLimit) => "No deal by the last round: nobody blinked.".into(),
        (Lang::Fr, End::Settled { round, price, .. }) => {
            let blinked = end.blinked().map_or("", name);
            format!(
                "Accord au tour {} pour {}\u{a0}: {} a accepté le prix de l’autre camp, c’est donc {} qui a cédé.",
                count(lang, u64::from(*round).saturating_add(1)),
                money_compact(lang, *price, currency),
                blinked,
                blinked
            )
        }
        (Lang::Fr, End::RoundLimit) => {
            "Pas d’accord au dernier tour\u{a0}: personne n’a cédé.".into()
        }
    }
}

/// "“Twitter vs AWS (2023)”, a game" — the game's title line.
pub fn game_of(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("A game of {}", quoted(lang, title)),
        Lang::Fr => format!("Une partie de {}", quoted(lang, title)),
    }
}

/// A typed amount that is not a number in range: "Amount is “abc”: it must be …".
pub fn amount_not_read(lang: Lang, text: &str, max: &str) -> String {
    match lang {
        Lang::En => format!(
            "Amount is “{}”: it must be a number above 0 and at most {max}.",
            text.trim()
        ),
        Lang::Fr => format!(
            "Le montant est «\u{a0}{}\u{a0}»\u{a0}: il doit être un nombre supérieur à 0 et au plus de {max}.",
            text.trim()
        ),
    }
}

/// A typed share that is not a whole percent from 1 to 99.
pub fn share_not_read(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!(
            "Share is “{}”: it must be a whole percent between 1 and 99.",
            text.trim()
        ),
        Lang::Fr => format!(
            "La part est «\u{a0}{}\u{a0}»\u{a0}: elle doit être un pourcentage entier entre 1 et 99.",
            text.trim()
        ),
    }
}

/// A costly move: "Round 3, the vendor: cost $2.0M against the standing move".
pub fn costly_move(lang: Lang, round: u32, side: Side, cost: &str) -> String {
    let n = count(lang, u64::from(round).saturating_add(1));
    let who = side_name(lang, side);
    match lang {
        Lang::En => format!("Round {n}, {who}: cost {cost} against the standing move"),
        Lang::Fr => format!("Tour {n}, {who}\u{a0}: a coûté {cost} par rapport au coup par défaut"),
    }
}

/// The debrief's row for settling in round 1: "Settling in round 1 for 97 % of the claim
/// ($3.5M)".
pub fn round_one_label(lang: Lang, share: rust_decimal::Decimal, price: &str) -> String {
    let share = super::format::percent(lang, share);
    match lang {
        Lang::En => format!("Settling in round 1 for {share} of the claim ({price})"),
        Lang::Fr => format!("Accord au tour 1 pour {share} de la créance ({price})"),
    }
}

/// Why a game link could not be opened, naming the part that could not be read.
pub fn game_link_error(lang: Lang, error: &GameLinkError, currency: &str) -> String {
    match (lang, error) {
        (_, GameLinkError::Link(error)) => crate::errors::link_error(lang, error),
        (_, GameLinkError::Game(error)) => game_error(lang, error, currency),
        (Lang::En, GameLinkError::Version { found }) => format!(
            "Its game is of version {}: this page reads version 1.",
            quoted(lang, found)
        ),
        (Lang::En, GameLinkError::Syntax { round: None, text }) => format!(
            "Its game's rules {} cannot be read: they must be the start month, the months per round and the number of rounds.",
            quoted(lang, text)
        ),
        (Lang::En, GameLinkError::Syntax { round: Some(round), text }) => format!(
            "Round {} of its game, {}, cannot be read as moves.",
            count(lang, u64::from(*round).saturating_add(1)),
            quoted(lang, text)
        ),
        (Lang::En, GameLinkError::TooManyRounds { found, max }) => {
            format!("Its game has {found} rounds: a game has at most {max}.")
        }
        (Lang::Fr, GameLinkError::Version { found }) => format!(
            "Sa partie est de version {}\u{a0}: cette page lit la version 1.",
            quoted(lang, found)
        ),
        (Lang::Fr, GameLinkError::Syntax { round: None, text }) => format!(
            "Les règles de sa partie, {}, sont illisibles\u{a0}: ce doivent être le mois de départ, les mois par tour et le nombre de tours.",
            quoted(lang, text)
        ),
        (Lang::Fr, GameLinkError::Syntax { round: Some(round), text }) => format!(
            "Le tour {} de sa partie, {}, ne se lit pas comme des coups.",
            count(lang, u64::from(*round).saturating_add(1)),
            quoted(lang, text)
        ),
        (Lang::Fr, GameLinkError::TooManyRounds { found, max }) => {
            format!("Sa partie a {found}\u{a0}tours\u{a0}: une partie en a au plus {max}.")
        }
    }
}

messages! {
    /// Fixed strings of the class debrief.
    pub enum ClassDebriefMsg {
        Title => { en: "Class debrief", fr: "Débriefing de la classe" },
        Intro => {
            en: "Paste the game links of the class, one per line (or a CSV column of them), or choose a text or CSV file. Nothing leaves this browser.",
            fr: "Collez les liens des parties de la classe, un par ligne (ou une colonne CSV), ou choisissez un fichier texte ou CSV. Rien ne quitte ce navigateur.",
        },
        Links => { en: "Game links", fr: "Liens des parties" },
        File => { en: "Or a file of links", fr: "Ou un fichier de liens" },
        Read => { en: "Read the games", fr: "Lire les parties" },
        Download => { en: "Download the table (CSV)", fr: "Télécharger le tableau (CSV)" },
        Game => { en: "Line", fr: "Ligne" },
        SettledRound => { en: "Settled in round", fr: "Accord au tour" },
        Price => { en: "Price", fr: "Prix" },
        Blinked => { en: "Who blinked", fr: "Qui a cédé" },
        Nobody => { en: "nobody (no deal)", fr: "personne (pas d’accord)" },
        LeftOut => { en: "Lines left out", fr: "Lignes écartées" },
        LowestPrice => { en: "Lowest game price", fr: "Prix de partie le plus bas" },
        MedianPrice => { en: "Median game price", fr: "Prix de partie médian" },
        HighestPrice => { en: "Highest game price", fr: "Prix de partie le plus haut" },
        ChartLabel => {
            en: "The class's settlement prices on the bargaining line, beside the predicted range and prices",
            fr: "Les prix d’accord de la classe sur la droite de négociation, à côté de la zone et des prix prévus",
        },
    }
}

/// "30 games: Cloud blinked in 10, Platform in 10, no deal in 10." / the French.
pub fn class_summary(
    lang: Lang,
    games: usize,
    (customer, vendor, none): (usize, usize, usize),
    names: (&str, &str),
) -> String {
    let n = |value: usize| count(lang, u64::try_from(value).unwrap_or(u64::MAX));
    let (c, v) = names;
    match lang {
        Lang::En => format!(
            "{} games: {c} blinked in {}, {v} in {}, no deal in {}.",
            n(games),
            n(customer),
            n(vendor),
            n(none)
        ),
        Lang::Fr => format!(
            "{}\u{a0}parties\u{a0}: {c} a cédé dans {}, {v} dans {}, pas d’accord dans {}.",
            n(games),
            n(customer),
            n(vendor),
            n(none)
        ),
    }
}

/// Why a line of the class debrief was left out.
pub fn line_problem(
    lang: Lang,
    problem: &standoff_formats::class_debrief::LineProblem,
    currency: &str,
) -> String {
    use standoff_formats::class_debrief::{LineProblem, CLASS_LINES_MAX};
    match (lang, problem) {
        (_, LineProblem::Link(error)) => game_link_error(lang, error, currency),
        (Lang::En, LineProblem::NoGame) => "There is no game link in this line.".into(),
        (Lang::En, LineProblem::Unfinished) => {
            "This game was not finished when its link was made.".into()
        }
        (Lang::En, LineProblem::TooManyLines) => {
            format!("Only the first {CLASS_LINES_MAX} lines are read.")
        }
        (Lang::Fr, LineProblem::NoGame) => "Cette ligne ne contient aucun lien de partie.".into(),
        (Lang::Fr, LineProblem::Unfinished) => {
            "Cette partie n’était pas finie quand son lien a été fait.".into()
        }
        (Lang::Fr, LineProblem::TooManyLines) => {
            format!("Seules les {CLASS_LINES_MAX} premières lignes sont lues.")
        }
    }
}

/// The debrief chart's mark at the deal: "The deal: Dec 2024".
pub fn deal_mark(lang: Lang, month: &str) -> String {
    match lang {
        Lang::En => format!("The deal: {month}"),
        Lang::Fr => format!("L’accord\u{a0}: {month}"),
    }
}

/// The debrief chart's mark at the predicted blink month: "Predicted: half over by Jun 2025".
pub fn predicted_mark(lang: Lang, month: &str) -> String {
    match lang {
        Lang::En => format!("Predicted: half over by {month}"),
        Lang::Fr => format!("Prévu\u{a0}: la moitié finie en {month}"),
    }
}

/// The lesson step's button: "Hand the controls to the players (6 rounds)".
pub fn hand_over_controls(lang: Lang, rounds: u32) -> String {
    let n = count(lang, u64::from(rounds));
    match lang {
        Lang::En if rounds == 1 => "Hand the controls to the players (1 round)".into(),
        Lang::En => format!("Hand the controls to the players ({n} rounds)"),
        Lang::Fr if rounds == 1 => "Passer la main aux joueurs (1\u{a0}tour)".into(),
        Lang::Fr => format!("Passer la main aux joueurs ({n}\u{a0}tours)"),
    }
}

/// One line of a player's brief: what the vendor's `measure` would cost `side` (the vendor
/// taking it, or the customer facing it). `other` is the other side's name.
pub fn stake_line(
    lang: Lang,
    measure_taken: Measure,
    stake: &standoff_core::game::Stake,
    side: Side,
    other: &str,
    currency: &str,
) -> String {
    use standoff_core::game::Stake;
    let m = |amount| money_compact(lang, amount, currency);
    let what = measure(lang, measure_taken);
    match (lang, side, stake) {
        (Lang::En, Side::Vendor, Stake::Spend { monthly }) => {
            format!("To {what}: you stop spending {} a month with {other}, and lose what it bought you.", m(*monthly))
        }
        (Lang::En, Side::Customer, Stake::Spend { monthly }) => {
            format!(
                "If {other} chose to {what}: you would lose {} a month.",
                m(*monthly)
            )
        }
        (Lang::En, Side::Vendor, Stake::Withhold { monthly }) => {
            format!(
                "To {what}: you hold back {} a month, paid when you stop.",
                m(*monthly)
            )
        }
        (Lang::En, Side::Customer, Stake::Withhold { monthly }) => {
            format!(
                "If {other} chose to {what}: {} a month owed to you would be held back.",
                m(*monthly)
            )
        }
        (Lang::En, Side::Vendor, Stake::Suspend { usage_monthly, .. }) => {
            format!(
                "To {what}: you stop billing about {} a month of usage.",
                m(*usage_monthly)
            )
        }
        (Lang::En, Side::Customer, Stake::Suspend { outage_monthly, .. }) => {
            format!(
                "If {other} chose to {what}: the outage would cost you {} a month.",
                m(*outage_monthly)
            )
        }
        (
            Lang::En,
            side,
            Stake::Sue {
                vendor_cost,
                customer_cost,
                delay_months,
                win_probability,
            },
        ) => {
            let cost = if side == Side::Vendor {
                vendor_cost
            } else {
                customer_cost
            };
            let odds = super::format::percent(lang, *win_probability);
            format!("To sue: it costs you {}; judgment after {delay_months} months, won by the vendor {odds} of the time.", m(*cost))
        }
        (Lang::Fr, Side::Vendor, Stake::Spend { monthly }) => {
            format!("Pour {what}\u{a0}: vous cessez de dépenser {} par mois chez {other}, et perdez ce que cela vous apportait.", m(*monthly))
        }
        (Lang::Fr, Side::Customer, Stake::Spend { monthly }) => {
            format!(
                "Si {other} choisissait de {what}\u{a0}: vous perdriez {} par mois.",
                m(*monthly)
            )
        }
        (Lang::Fr, Side::Vendor, Stake::Withhold { monthly }) => {
            format!(
                "Pour {what}\u{a0}: vous retenez {} par mois, versés quand vous arrêtez.",
                m(*monthly)
            )
        }
        (Lang::Fr, Side::Customer, Stake::Withhold { monthly }) => {
            format!("Si {other} choisissait de {what}\u{a0}: {} par mois qui vous sont dus seraient retenus.", m(*monthly))
        }
        (Lang::Fr, Side::Vendor, Stake::Suspend { usage_monthly, .. }) => {
            format!(
                "Pour {what}\u{a0}: vous cessez de facturer environ {} d’utilisation par mois.",
                m(*usage_monthly)
            )
        }
        (Lang::Fr, Side::Customer, Stake::Suspend { outage_monthly, .. }) => {
            format!(
                "Si {other} choisissait de {what}\u{a0}: la panne vous coûterait {} par mois.",
                m(*outage_monthly)
            )
        }
        (
            Lang::Fr,
            side,
            Stake::Sue {
                vendor_cost,
                customer_cost,
                delay_months,
                win_probability,
            },
        ) => {
            let cost = if side == Side::Vendor {
                vendor_cost
            } else {
                customer_cost
            };
            let odds = super::format::percent(lang, *win_probability);
            format!("Poursuivre\u{a0}: cela vous coûte {}\u{a0}; jugement après {delay_months}\u{a0}mois, gagné par le fournisseur dans {odds} des cas.", m(*cost))
        }
    }
}

/// A class debrief marker: "10 games settled here" / "10 parties conclues ici".
pub fn games_at_price(lang: Lang, games: usize) -> String {
    let n = count(lang, u64::try_from(games).unwrap_or(u64::MAX));
    match (lang, games) {
        (Lang::En, 1) => "1 game settled here".into(),
        (Lang::En, _) => format!("{n} games settled here"),
        (Lang::Fr, 1) => "1 partie conclue ici".into(),
        (Lang::Fr, _) => format!("{n} parties conclues ici"),
    }
}
