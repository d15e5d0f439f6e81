//! The analyses' errors (`standoff_core::analysis::AnalysisError`) in each language: which
//! input, what is wrong with it, what overflowed, why a result is undefined. Exhaustive
//! matches, so a variant added to the core does not compile until it has its words here.

use super::errors::{engine_error, field_problem};
use super::format::{count, number};
use super::Lang;
use rust_decimal::Decimal;
use standoff_core::analysis::{
    AnalysisError, Input, PointError, Problem, Quantity, RunFailure, Side, Undefined,
};

/// The sentence for an analysis error in `lang`.
pub fn analysis_error(lang: Lang, error: &AnalysisError) -> String {
    match lang {
        Lang::En => error_en(error),
        Lang::Fr => error_fr(error),
    }
}

/// The failure of one point of a tornado or a sweep: "x = 5: …" / "x = 5 : …".
pub fn point_error(lang: Lang, point: &PointError) -> String {
    let error = analysis_error(lang, &point.error);
    match lang {
        Lang::En => format!("{} = {}: {error}", point.id, point.value),
        Lang::Fr => format!(
            "{} = {}\u{a0}: {error}",
            point.id,
            number(lang, point.value, 28)
        ),
    }
}

/// The first failed run of a Monte Carlo analysis: "run 3: …" / "tirage 3 : …".
pub fn run_failure(lang: Lang, failure: &RunFailure) -> String {
    let error = analysis_error(lang, &failure.error);
    match lang {
        Lang::En => format!("run {}: {error}", failure.run),
        Lang::Fr => format!("tirage {}\u{a0}: {error}", failure.run),
    }
}

fn error_en(error: &AnalysisError) -> String {
    match error {
        AnalysisError::InvalidInput { input, problem } => {
            format!("{}: {}", input_en(input), problem_en(problem))
        }
        AnalysisError::Overflow(what) => {
            format!(
                "the numbers are too large to compute {}",
                quantity_en(*what)
            )
        }
        AnalysisError::NoAgreement { gap } => {
            format!("no zone of possible agreement: the reservation values are {gap} apart")
        }
        AnalysisError::Undefined(why) => undefined_en(*why).to_string(),
        AnalysisError::Model(e) => {
            format!("the simulation failed: {}", engine_error(Lang::En, e))
        }
        AnalysisError::NotFinished { completed, total } => {
            format!("the Monte Carlo run is not finished ({completed} of {total} runs done)")
        }
        AnalysisError::AllRunsFailed(first) => format!(
            "every Monte Carlo run failed; the first failure: {}",
            run_failure(Lang::En, first)
        ),
        AnalysisError::WorkerMessage => {
            "the analysis worker could not read a message; reload the page".to_string()
        }
    }
}

fn error_fr(error: &AnalysisError) -> String {
    let lang = Lang::Fr;
    match error {
        AnalysisError::InvalidInput { input, problem } => {
            format!("{}\u{a0}: {}", input_fr(input), problem_fr(problem))
        }
        AnalysisError::Overflow(what) => format!(
            "les nombres sont trop grands pour calculer {}",
            quantity_fr(*what)
        ),
        AnalysisError::NoAgreement { gap } => format!(
            "pas de zone d’accord possible\u{a0}: les valeurs de réserve sont écartées de {}",
            number(lang, *gap, 2)
        ),
        AnalysisError::Undefined(why) => undefined_fr(*why).to_string(),
        AnalysisError::Model(e) => {
            format!("la simulation a échoué\u{a0}: {}", engine_error(lang, e))
        }
        AnalysisError::NotFinished { completed, total } => format!(
            "le Monte-Carlo n’est pas terminé ({} tirages faits sur {})",
            count(lang, u64::from(*completed)),
            count(lang, u64::from(*total))
        ),
        AnalysisError::AllRunsFailed(first) => format!(
            "tous les tirages du Monte-Carlo ont échoué\u{202f}; le premier échec\u{a0}: {}",
            run_failure(lang, first)
        ),
        AnalysisError::WorkerMessage => {
            "le calcul en arrière-plan n’a pas pu lire un message\u{a0}; rechargez la page"
                .to_string()
        }
    }
}

fn side_en(side: Side) -> &'static str {
    match side {
        Side::Customer => "customer",
        Side::Vendor => "vendor",
    }
}

fn side_fr(side: Side) -> &'static str {
    match side {
        Side::Customer => "du client",
        Side::Vendor => "du fournisseur",
    }
}

fn input_en(input: &Input) -> String {
    let text = match input {
        Input::Param(id) => return id.clone(),
        Input::Output { label, .. } => return label.clone(),
        Input::Distribution(None) => "distribution",
        Input::Distribution(Some(id)) => return format!("distribution of {id}"),
        Input::CustomerPower => "customer bargaining power",
        Input::TerminalRecovery => "terminal recovery",
        Input::SettlementMonth => "settlement month",
        Input::Months => "months",
        Input::Prize(side) => return format!("{} prize", side_en(*side)),
        Input::CostPerMonth(side) => return format!("{} cost per month", side_en(*side)),
        Input::CostOfDelay => "cost of delay",
        Input::SideCostOfDelay(side) => return format!("{} cost of delay", side_en(*side)),
        Input::DiscountFactor(side) => return format!("{} discount factor", side_en(*side)),
        Input::OfferPeriod => "period between offers",
        Input::VendorShare => "vendor share of the surplus",
        Input::TornadoShare => "tornado share",
        Input::SweepPoints => "sweep points",
        Input::Sweep => "sweep",
        Input::PayoffMatrix => "payoff matrix",
        Input::SubGame => "2×2 sub-game",
        Input::McOutput => "Monte Carlo output",
        Input::McRuns => "Monte Carlo runs",
        Input::RuleProbability => "retaliation rule probability",
    };
    text.to_string()
}

fn input_fr(input: &Input) -> String {
    let text = match input {
        Input::Param(id) => return id.clone(),
        Input::Output { id, label } => {
            return super::analysis::mc_label(Lang::Fr, id, label).to_string()
        }
        Input::Distribution(None) => "distribution",
        Input::Distribution(Some(id)) => return format!("distribution de {id}"),
        Input::CustomerPower => "pouvoir de négociation du client",
        Input::TerminalRecovery => "recouvrement final",
        Input::SettlementMonth => "mois de l’accord",
        Input::Months => "mois",
        Input::Prize(side) => return format!("enjeu {}", side_fr(*side)),
        Input::CostPerMonth(side) => return format!("coût mensuel {}", side_fr(*side)),
        Input::CostOfDelay => "coût du retard",
        Input::SideCostOfDelay(side) => return format!("coût du retard {}", side_fr(*side)),
        Input::DiscountFactor(side) => {
            return format!("facteur d’actualisation {}", side_fr(*side))
        }
        Input::OfferPeriod => "délai entre deux offres",
        Input::VendorShare => "part du surplus du fournisseur",
        Input::TornadoShare => "écart de la tornade",
        Input::SweepPoints => "points du balayage",
        Input::Sweep => "balayage",
        Input::PayoffMatrix => "matrice des gains",
        Input::SubGame => "sous-jeu 2×2",
        Input::McOutput => "sortie du Monte-Carlo",
        Input::McRuns => "tirages du Monte-Carlo",
        Input::RuleProbability => "probabilité d’une règle de riposte",
    };
    text.to_string()
}

fn problem_en(problem: &Problem) -> String {
    match problem {
        Problem::OutsideUnit { value } => format!("{value} is outside the allowed range 0 to 1"),
        Problem::Negative { value } => format!("{value} is negative; it must be 0 or more"),
        Problem::NegativeCostOfDelay { value } => {
            format!("{value} is negative; a cost of delay must be 0 or more")
        }
        Problem::PrizeNotPositive { value } => {
            format!("{value} is not positive; a side with nothing to win concedes at once")
        }
        Problem::MonthOutsideHorizon { month, last } => {
            format!("{month} is outside the horizon; it must be 0 to {last}")
        }
        Problem::PeriodNotPositive { months } => {
            format!("{months} months; it must be more than 0")
        }
        Problem::Rejected(error) => field_problem(Lang::En, error),
        Problem::NotAParameter => "is not a parameter".to_string(),
        Problem::NotInScenario => "does not exist in this scenario".to_string(),
        Problem::NotAParameterOfScenario => "is not a parameter of this scenario".to_string(),
        Problem::NoSuchParameter => "this scenario has no such parameter".to_string(),
        Problem::NoRangeToSweep => "has no range to sweep in this scenario".to_string(),
        Problem::RangeOutsideParam {
            low,
            high,
            min,
            max,
        } => format!("its range {low} to {high} goes outside the parameter's range {min} to {max}"),
        Problem::LowAboveHigh { low, high } => {
            format!("the low end {low} is above the high end {high}")
        }
        Problem::ModeOutside { mode, low, high } => {
            format!("the mode {mode} is outside {low} to {high}")
        }
        Problem::MeanOutside { mean, low, high } => {
            format!("the mean {mean} is outside {low} to {high}")
        }
        Problem::NegativeSd { sd } => format!("the standard deviation {sd} is negative"),
        Problem::MinAboveMax { min, max } => {
            format!("its minimum {min} is above its maximum {max}")
        }
        Problem::NoRule { rule } => format!("there is no rule {}", rule.saturating_add(1)),
        Problem::PointsOnAxis { points, max } => {
            format!("{points} points on one axis; allowed 1 to {max}")
        }
        Problem::AxisPoints { axis, points, max } => {
            format!("{axis} has {points} points; allowed 1 to {max}")
        }
        Problem::SameAxes { id } => {
            format!("both axes vary {id}; pick two different parameters")
        }
        Problem::RowsForStrategies { rows, strategies } => {
            format!("{rows} rows of payoffs for {strategies} customer strategies")
        }
        Problem::PayoffsInRow {
            payoffs,
            strategies,
        } => format!("a row has {payoffs} payoffs for {strategies} vendor strategies"),
        Problem::PickTwoStrategies => "pick two different strategies for each side".to_string(),
        Problem::CellOutside { row, column } => {
            format!("cell ({row}, {column}) is outside the matrix or has no payoff")
        }
        Problem::SeriesOutside { series, month } => {
            format!("series {series}, month {month} is outside the layout")
        }
        Problem::ScalarOutside { scalar } => format!("scalar {scalar} is outside the layout"),
        Problem::FlagOutside { flag } => format!("flag {flag} is outside the layout"),
        Problem::Runs { runs, max } => format!("{runs}; allowed 1 to {max}"),
        Problem::Decimals { decimals, max } => {
            format!("{decimals} decimals; allowed 0 to {max}")
        }
        Problem::TooManySamples {
            runs,
            samples,
            max,
            most_runs,
        } => format!(
            "{runs} runs would keep {samples} samples; the most is {max}, so use at most \
             {most_runs} runs or fewer series"
        ),
        Problem::NotRecordedForMonth { month } => {
            format!("the model recorded nothing for month {month}")
        }
        Problem::NotRecorded => "the model recorded nothing".to_string(),
        Problem::TooLargeToKeep { value } => format!("{value} is too large to keep"),
    }
}

fn problem_fr(problem: &Problem) -> String {
    let lang = Lang::Fr;
    let n = |value: &Decimal| number(lang, *value, 28);
    let c = |value: usize| count(lang, u64::try_from(value).unwrap_or(u64::MAX));
    match problem {
        Problem::OutsideUnit { value } => {
            format!("{} est hors de la plage autorisée, de 0 à 1", n(value))
        }
        Problem::Negative { value } => {
            format!("{} est négatif\u{202f}; il doit valoir 0 ou plus", n(value))
        }
        Problem::NegativeCostOfDelay { value } => format!(
            "{} est négatif\u{202f}; un coût du retard doit valoir 0 ou plus",
            n(value)
        ),
        Problem::PrizeNotPositive { value } => format!(
            "{} n’est pas positif\u{202f}; un camp qui n’a rien à gagner cède aussitôt",
            n(value)
        ),
        Problem::MonthOutsideHorizon { month, last } => {
            format!("{month} est hors de l’horizon\u{202f}; il doit être compris entre 0 et {last}")
        }
        Problem::PeriodNotPositive { months } => {
            format!("{} mois\u{202f}; il doit être supérieur à 0", n(months))
        }
        Problem::Rejected(error) => field_problem(lang, error),
        Problem::NotAParameter => "n’est pas un paramètre".to_string(),
        Problem::NotInScenario => "n’existe pas dans ce scénario".to_string(),
        Problem::NotAParameterOfScenario => "n’est pas un paramètre de ce scénario".to_string(),
        Problem::NoSuchParameter => "ce scénario n’a pas ce paramètre".to_string(),
        Problem::NoRangeToSweep => "n’a pas de plage à balayer dans ce scénario".to_string(),
        Problem::RangeOutsideParam {
            low,
            high,
            min,
            max,
        } => format!(
            "sa plage de {} à {} sort de celle du paramètre, de {} à {}",
            n(low),
            n(high),
            n(min),
            n(max)
        ),
        Problem::LowAboveHigh { low, high } => format!(
            "la borne basse {} dépasse la borne haute {}",
            n(low),
            n(high)
        ),
        Problem::ModeOutside { mode, low, high } => format!(
            "le mode {} est hors de l’intervalle de {} à {}",
            n(mode),
            n(low),
            n(high)
        ),
        Problem::MeanOutside { mean, low, high } => format!(
            "la moyenne {} est hors de l’intervalle de {} à {}",
            n(mean),
            n(low),
            n(high)
        ),
        Problem::NegativeSd { sd } => format!("l’écart type {} est négatif", n(sd)),
        Problem::MinAboveMax { min, max } => {
            format!("son minimum {} dépasse son maximum {}", n(min), n(max))
        }
        Problem::NoRule { rule } => {
            format!("il n’y a pas de règle nº\u{a0}{}", rule.saturating_add(1))
        }
        Problem::PointsOnAxis { points, max } => format!(
            "{} points sur un axe\u{202f}; autorisé de 1 à {}",
            c(*points),
            c(*max)
        ),
        Problem::AxisPoints { axis, points, max } => format!(
            "{axis} compte {} points\u{202f}; autorisé de 1 à {}",
            c(*points),
            c(*max)
        ),
        Problem::SameAxes { id } => {
            format!("les deux axes font varier {id}\u{202f}; choisissez deux paramètres différents")
        }
        Problem::RowsForStrategies { rows, strategies } => format!(
            "{} lignes de gains pour {} stratégies du client",
            c(*rows),
            c(*strategies)
        ),
        Problem::PayoffsInRow {
            payoffs,
            strategies,
        } => format!(
            "une ligne compte {} gains pour {} stratégies du fournisseur",
            c(*payoffs),
            c(*strategies)
        ),
        Problem::PickTwoStrategies => {
            "choisissez deux stratégies différentes pour chaque camp".to_string()
        }
        Problem::CellOutside { row, column } => {
            format!("la case ({row}, {column}) est hors de la matrice ou n’a pas de gain")
        }
        Problem::SeriesOutside { series, month } => {
            format!("la série {series}, mois {month}, est hors de la disposition")
        }
        Problem::ScalarOutside { scalar } => {
            format!("la valeur {scalar} est hors de la disposition")
        }
        Problem::FlagOutside { flag } => format!("l’indicateur {flag} est hors de la disposition"),
        Problem::Runs { runs, max } => format!(
            "{}\u{202f}; autorisé de 1 à {}",
            count(lang, u64::from(*runs)),
            count(lang, u64::from(*max))
        ),
        Problem::Decimals { decimals, max } => {
            format!("{decimals} décimales\u{202f}; autorisé de 0 à {max}")
        }
        Problem::TooManySamples {
            runs,
            samples,
            max,
            most_runs,
        } => format!(
            "{} tirages garderaient {} échantillons\u{202f}; le maximum est {}, utilisez donc au \
             plus {} tirages ou moins de séries",
            count(lang, u64::from(*runs)),
            count(lang, *samples),
            count(lang, *max),
            count(lang, *most_runs)
        ),
        Problem::NotRecordedForMonth { month } => {
            format!("le modèle n’a rien enregistré pour le mois {month}")
        }
        Problem::NotRecorded => "le modèle n’a rien enregistré".to_string(),
        Problem::TooLargeToKeep { value } => {
            format!("{} est trop grand pour être conservé", n(value))
        }
    }
}

/// What overflowed, in English: "the net surplus".
pub fn quantity_en(what: Quantity) -> String {
    let text = match what {
        Quantity::DiscountFactor => "a discount factor",
        Quantity::PeriodDiscountFactor => "the discount factor",
        Quantity::Outage => "an outage",
        Quantity::DisagreementPoint => "the disagreement point",
        Quantity::NetSurplus => "the net surplus",
        Quantity::Gain(side) => return format!("the {}'s gain", side_en(side)),
        Quantity::Payoff(side) => return format!("the {}'s payoff", side_en(side)),
        Quantity::DistributionWidth => "the width of a distribution",
        Quantity::MixedEquilibrium => "the mixed equilibrium",
        Quantity::StoredSample => "a stored sample",
        Quantity::Percentile => "a percentile",
        Quantity::Mean => "a mean",
        Quantity::MinimumOrMaximum => "a minimum or maximum",
        Quantity::Probability => "a probability",
        Quantity::StillOnProbability => "the probability that the standoff is still on",
        Quantity::ConcessionHazards => "the concession hazards",
        Quantity::ExpectedLength => "the expected standoff length",
        Quantity::MedianLength => "the median standoff length",
        Quantity::StandoffCost => "the standoff cost",
        Quantity::Split => "a split",
        Quantity::SettlementPayment => "the settlement payment",
        Quantity::Claim => "the claim",
        Quantity::ReservationPrice => "a reservation price",
        Quantity::SettlementPrice => "the settlement price",
        Quantity::NashSplit => "the Nash split",
        Quantity::CostOfDelay => "the cost of delay",
        Quantity::RubinsteinSplit => "the Rubinstein split",
        Quantity::CostOfDelayPerPeriod => "the cost of delay per period",
        Quantity::ContinuousSplit => "the continuous-time split",
        Quantity::TornadoRange => "a tornado range",
        Quantity::TornadoSwing => "a tornado swing",
        Quantity::SweepAxis => "a sweep axis",
        Quantity::DefaultLegalCost => "a default legal cost",
        Quantity::StrategyPayoff => "a payoff",
        Quantity::Zopa => "the zone of possible agreement",
        Quantity::MonthIndex => "a month index",
        Quantity::Leverage => "the difference of the monthly costs",
        Quantity::MonthlyPain => "the cost of a month of standoff",
        Quantity::PaidToVendor => "what was paid to a vendor",
    };
    text.to_string()
}

/// What overflowed, in French: "le surplus net".
pub fn quantity_fr(what: Quantity) -> String {
    let text = match what {
        Quantity::DiscountFactor | Quantity::PeriodDiscountFactor => "un facteur d’actualisation",
        Quantity::Outage => "une panne",
        Quantity::DisagreementPoint => "le point de désaccord",
        Quantity::NetSurplus => "le surplus net",
        Quantity::Gain(side) => return format!("le gain {}", side_fr(side)),
        Quantity::Payoff(side) => return format!("le résultat {}", side_fr(side)),
        Quantity::DistributionWidth => "la largeur d’une distribution",
        Quantity::MixedEquilibrium => "l’équilibre mixte",
        Quantity::StoredSample => "un échantillon conservé",
        Quantity::Percentile => "un centile",
        Quantity::Mean => "une moyenne",
        Quantity::MinimumOrMaximum => "un minimum ou un maximum",
        Quantity::Probability => "une probabilité",
        Quantity::StillOnProbability => "la probabilité que le bras de fer dure encore",
        Quantity::ConcessionHazards => "les taux de concession",
        Quantity::ExpectedLength => "la durée attendue du bras de fer",
        Quantity::MedianLength => "la durée médiane du bras de fer",
        Quantity::StandoffCost => "le coût du bras de fer",
        Quantity::Split => "un partage",
        Quantity::SettlementPayment => "le paiement de l’accord",
        Quantity::Claim => "la créance",
        Quantity::ReservationPrice => "un prix de réserve",
        Quantity::SettlementPrice => "le prix de l’accord",
        Quantity::NashSplit => "le partage de Nash",
        Quantity::CostOfDelay => "le coût du retard",
        Quantity::RubinsteinSplit => "le partage de Rubinstein",
        Quantity::CostOfDelayPerPeriod => "le coût du retard par période",
        Quantity::ContinuousSplit => "le partage en temps continu",
        Quantity::TornadoRange => "une plage de la tornade",
        Quantity::TornadoSwing => "un écart de la tornade",
        Quantity::SweepAxis => "un axe du balayage",
        Quantity::DefaultLegalCost => "un coût juridique par défaut",
        Quantity::StrategyPayoff => "un gain",
        Quantity::Zopa => "la zone d’accord possible",
        Quantity::MonthIndex => "un indice de mois",
        Quantity::Leverage => "l’écart des coûts mensuels",
        Quantity::MonthlyPain => "le coût d’un mois de bras de fer",
        Quantity::PaidToVendor => "ce qui a été payé à un fournisseur",
    };
    text.to_string()
}

fn undefined_en(why: Undefined) -> &'static str {
    match why {
        Undefined::SubGameIndifferent => {
            "this 2×2 sub-game has no fully mixed equilibrium: one side is indifferent or has the \
             same best strategy whatever the other does"
        }
        Undefined::SubGameDominant => {
            "this 2×2 sub-game has no fully mixed equilibrium: a side has a dominant strategy"
        }
        Undefined::NoCostOfWaiting => {
            "neither side loses anything by waiting (both discount factors are 1), so any split \
             is an equilibrium"
        }
        Undefined::NoCostOfDelay => {
            "neither side has a cost of delay, so the continuous-time split is undefined"
        }
        Undefined::NobodyConcedes => {
            "the standoff costs neither side anything, so nobody ever concedes"
        }
        Undefined::NoDealComparison => {
            "the simulation failed: the engine did not compare the deal with the no-deal path"
        }
        Undefined::OutputNeedsOwnEvaluation => {
            "the simulation failed: this output needs its own evaluation"
        }
    }
}

fn undefined_fr(why: Undefined) -> &'static str {
    match why {
        Undefined::SubGameIndifferent => {
            "ce sous-jeu 2×2 n’a pas d’équilibre entièrement mixte\u{a0}: un camp est indifférent \
             ou garde la même meilleure stratégie quoi que fasse l’autre"
        }
        Undefined::SubGameDominant => {
            "ce sous-jeu 2×2 n’a pas d’équilibre entièrement mixte\u{a0}: un camp a une stratégie \
             dominante"
        }
        Undefined::NoCostOfWaiting => {
            "aucun camp ne perd à attendre (les deux facteurs d’actualisation valent 1), donc \
             tout partage est un équilibre"
        }
        Undefined::NoCostOfDelay => {
            "aucun camp n’a de coût du retard, donc le partage en temps continu n’est pas défini"
        }
        Undefined::NobodyConcedes => {
            "le bras de fer ne coûte rien à aucun camp, donc personne ne cède jamais"
        }
        Undefined::NoDealComparison => {
            "la simulation a échoué\u{a0}: le moteur n’a pas comparé l’accord avec l’absence \
             d’accord"
        }
        Undefined::OutputNeedsOwnEvaluation => {
            "la simulation a échoué\u{a0}: ce résultat demande son propre calcul"
        }
    }
}
