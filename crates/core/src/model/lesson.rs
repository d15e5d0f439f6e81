//! A lesson script: the steps a teacher walks a class through on the projector.
//!
//! A lesson belongs to a scenario (it travels in the link and in the JSON file with it), so a
//! shared link opens on the same story. Each step names the month the timeline shows, a title
//! and a short text or discussion question, and which levers and charts are visible, so that
//! the class sees one idea at a time (a staged reveal).
//!
//! Text is stored per language because the product is bilingual: English is required and is
//! the fallback, French is optional. A step's text is chosen with [`LocalText::get`].
//!
//! A step may also hand the controls to the two players for a few rounds ([`LessonPlay`]): the
//! game starts at the step's month, and each side reads its own private brief first.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::params::{get_param, param_specs, spec_of, Unit};
use super::scenario::Scenario;
use super::validate::{Counted, FieldError, Rule};
use crate::game::{GameRules, MAX_ROUNDS};

/// The most steps a lesson may have: a class period rarely holds more than a dozen ideas, and
/// the bound keeps a hostile link's lesson small.
pub const LESSON_STEPS_MAX: usize = 40;
/// The longest step title, in characters (it is shown as a heading on the projector).
pub const STEP_TITLE_MAX_CHARS: usize = 80;
/// The longest step text, in characters: a short paragraph or a discussion question.
pub const STEP_TEXT_MAX_CHARS: usize = 600;
/// The most levers one step may show.
pub const STEP_LEVERS_MAX: usize = 12;

/// The panels of presenter mode a step can show, by id. `cash` and `exposure` are the two key
/// charts (cash against the baseline; what the customer owes), `events` the event log,
/// `figures` the headline figures, `flows-customer` / `flows-vendor` the monthly cash flows by
/// ledger line, `verdict` the verdict (who has the leverage, who blinks, what a deal looks
/// like) and `pain` each side's cost of one more month of standoff. With several vendors or a
/// budget, `vendors` is whom to pay first (the triage's sentences and table), `vendor-paid`
/// what each vendor is paid each month and `vendor-arrears` each vendor's overdue invoices; a
/// two-party scenario has none of the three.
pub const CHART_IDS: [&str; 11] = [
    "figures",
    "cash",
    "exposure",
    "events",
    "flows-customer",
    "flows-vendor",
    "verdict",
    "pain",
    "vendors",
    "vendor-paid",
    "vendor-arrears",
];

/// The panels shown by a step that lists none: the key charts and the event log.
pub const DEFAULT_CHARTS: [&str; 4] = ["figures", "cash", "exposure", "events"];

/// Lever groups a step may name instead of single parameters, each with the prefixes of the
/// parameter ids (see [`super::params`]) it stands for. They follow the editor's groups.
pub const LEVER_GROUPS: [(&str, &[&str]); 10] = [
    ("timeframe", &["start.", "horizon_months"]),
    ("budget", &["budget."]),
    ("customer", &["customer."]),
    ("vendor", &["vendor."]),
    ("contract", &["contract."]),
    ("payment", &["payment."]),
    ("reciprocal", &["reciprocal["]),
    ("retaliation", &["retaliation["]),
    ("operations", &["operations."]),
    ("settlement", &["settlement."]),
];

/// Text in the product's languages. English is required; a missing French text falls back to
/// the English one, so a lesson written in one language still works in the other.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LocalText {
    /// English text (required, and the fallback).
    pub en: String,
    /// French text; empty means "use the English text".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fr: String,
}

impl LocalText {
    /// Text in both languages.
    pub fn new(en: &str, fr: &str) -> Self {
        LocalText {
            en: en.to_string(),
            fr: fr.to_string(),
        }
    }

    /// The text in the language with this code (`"en"`, `"fr"`), falling back to English for
    /// a missing translation or an unknown language.
    pub fn get(&self, lang: &str) -> &str {
        match lang {
            "fr" if !self.fr.trim().is_empty() => &self.fr,
            _ => &self.en,
        }
    }

    fn is_empty(&self) -> bool {
        self.en.is_empty() && self.fr.is_empty()
    }
}

/// One step of a lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LessonStep {
    /// A short heading, e.g. "2021: the contract".
    pub title: LocalText,
    /// A short explanation or discussion question.
    #[serde(skip_serializing_if = "LocalText::is_empty")]
    pub text: LocalText,
    /// The month index the timeline shows at this step (0-based, within the horizon).
    pub month: u32,
    /// Levers shown at this step: parameter ids (`payment.delay_days`) or group names
    /// (`payment`, see [`LEVER_GROUPS`]). Empty shows none. An id the registry knows but the
    /// scenario lacks (a settlement field when there is no settlement) is valid and simply
    /// not shown until the field exists.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levers: Vec<String>,
    /// Panels shown at this step, from [`CHART_IDS`]. Empty shows [`DEFAULT_CHARTS`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub charts: Vec<String>,
    /// The rounds the class plays from this step's month, if the step hands over the controls.
    /// A step without play writes nothing, so lessons, files and links written before play
    /// existed read and write byte for byte as they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub play: Option<LessonPlay>,
}

/// A game played from a lesson step: the customer's and the vendor's players take over for
/// `rounds` rounds of `round_months` months, starting at the step's month, each having read
/// only its own brief.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LessonPlay {
    /// How many rounds the game lasts at most (it ends sooner on a settlement).
    pub rounds: u32,
    /// Months per round: 1 (a month) or 3 (a quarter).
    pub round_months: u32,
    /// What only the customer's player reads: its position and its goal.
    pub customer_brief: LocalText,
    /// What only the vendor's player reads: its position and its goal.
    pub vendor_brief: LocalText,
}

impl LessonPlay {
    /// The rules of the game a step at month index `step_month` starts. They are valid for the
    /// scenario (`Game::new` accepts them) exactly when the lesson validates, because
    /// [`check_lesson`] checks the same bounds on the step.
    pub fn rules(&self, step_month: u32) -> GameRules {
        GameRules {
            start_month: step_month,
            round_months: self.round_months,
            max_rounds: self.rounds,
        }
    }
}

impl LessonStep {
    /// Whether the panel with this id is visible at this step.
    pub fn shows_chart(&self, id: &str) -> bool {
        if self.charts.is_empty() {
            DEFAULT_CHARTS.contains(&id)
        } else {
            self.charts.iter().any(|chart| chart == id)
        }
    }

    /// The parameter ids of the levers shown at this step, in order, groups expanded to the
    /// scenario's parameters and each id once.
    pub fn lever_ids(&self, scenario: &Scenario) -> Vec<String> {
        let specs = param_specs(scenario);
        let mut ids: Vec<String> = Vec::new();
        for lever in &self.levers {
            let expanded: Vec<String> = match group_prefixes(lever) {
                Some(prefixes) => specs
                    .iter()
                    .filter(|spec| prefixes.iter().any(|p| spec.id.starts_with(p)))
                    .map(|spec| spec.id.clone())
                    .collect(),
                None => vec![lever.clone()],
            };
            for id in expanded {
                if !ids.contains(&id) && get_param(scenario, &id).is_some() {
                    ids.push(id);
                }
            }
        }
        ids
    }
}

/// A lesson script: the steps in order. An empty lesson is no lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Lesson {
    pub steps: Vec<LessonStep>,
}

impl Lesson {
    /// Whether the scenario has no lesson (nothing is written to links or files then).
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Step `number`, counted from 1 as in links (`step=1` is the first step).
    pub fn step(&self, number: u32) -> Option<&LessonStep> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        self.steps.get(index)
    }

    /// Moves every step's month into a horizon of `horizon_months` (to its last month), and
    /// shortens a step's play to the rounds that still fit (dropping it when not one round
    /// does), so that shortening the horizon in the editor keeps the lesson valid instead of
    /// refusing the edit.
    pub fn fit_to_horizon(&mut self, horizon_months: u32) {
        let last = horizon_months.saturating_sub(1);
        for step in &mut self.steps {
            step.month = step.month.min(last);
            let month = step.month;
            if let Some(play) = &mut step.play {
                // A bad round length is left for validation to name.
                if matches!(play.round_months, 1 | 3) {
                    let fit = horizon_months.saturating_sub(month) / play.round_months;
                    play.rounds = play.rounds.min(fit);
                }
                if play.rounds == 0 {
                    step.play = None;
                }
            }
        }
    }

    /// The number of steps, as a step number.
    pub fn len(&self) -> u32 {
        u32::try_from(self.steps.len()).unwrap_or(u32::MAX)
    }
}

fn group_prefixes(name: &str) -> Option<&'static [&'static str]> {
    LEVER_GROUPS
        .iter()
        .find(|(group, _)| *group == name)
        .map(|(_, prefixes)| *prefixes)
}

/// A value quoted in a message, cut short: a hostile link could carry a very long id.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(MAX).collect();
        short.push('…');
        short
    }
}

fn error(field: String, value: impl ToString, rule: Rule) -> FieldError {
    FieldError {
        field,
        value: value.to_string(),
        rule,
    }
}

/// Checks the play of the step at `field` (`lesson.steps[2]`), whose month is `month`, against
/// the same bounds as a game's rules, but reporting every problem with its own field.
fn check_play(
    errors: &mut Vec<FieldError>,
    field: &str,
    month: u32,
    play: &LessonPlay,
    horizon: u32,
) {
    let round_months_ok = matches!(play.round_months, 1 | 3);
    if !round_months_ok {
        errors.push(error(
            format!("{field}.play.round_months"),
            play.round_months,
            Rule::RoundMonths,
        ));
    }
    // At least one round must fit between the step's month and the horizon's end. A bad
    // round length is reported above, so the month is judged as if rounds lasted a month.
    let round_months = if round_months_ok {
        play.round_months
    } else {
        1
    };
    let last_start = horizon.saturating_sub(round_months);
    let month_ok = (1..=last_start).contains(&month);
    // A month past the horizon already breaks the step's own rule; saying so twice would only
    // repeat it.
    if !month_ok && month < horizon {
        errors.push(error(
            format!("{field}.month"),
            month,
            Rule::Range {
                unit: Unit::MonthIndex,
                min: Decimal::ONE,
                max: Decimal::from(last_start),
            },
        ));
    }
    // The rounds that fit are only known once the month and the round length are; until then
    // the bound is the longest game.
    let fit = if month_ok && round_months_ok {
        (horizon.saturating_sub(month) / round_months).min(MAX_ROUNDS)
    } else {
        MAX_ROUNDS
    };
    if !(1..=fit).contains(&play.rounds) {
        errors.push(error(
            format!("{field}.play.rounds"),
            play.rounds,
            Rule::Range {
                unit: Unit::Count,
                min: Decimal::ONE,
                max: Decimal::from(fit),
            },
        ));
    }
    for (name, brief) in [
        ("customer_brief", &play.customer_brief),
        ("vendor_brief", &play.vendor_brief),
    ] {
        check_text(
            errors,
            &format!("{field}.play.{name}"),
            brief,
            STEP_TEXT_MAX_CHARS,
            true,
        );
    }
}

fn check_text(
    errors: &mut Vec<FieldError>,
    field: &str,
    text: &LocalText,
    max: usize,
    required: bool,
) {
    for (lang, value) in [("en", &text.en), ("fr", &text.fr)] {
        let n = value.chars().count();
        if n > max {
            errors.push(error(
                format!("{field}.{lang}"),
                format!("{n} characters"),
                Rule::AtMost {
                    max,
                    what: Counted::Characters,
                },
            ));
        }
    }
    if required && text.en.trim().is_empty() {
        errors.push(error(format!("{field}.en"), "", Rule::EnglishRequired));
    }
}

/// Checks a scenario's lesson and appends every problem, each naming its field
/// (`lesson.steps[2].month`), to `errors`. Called by [`super::validate`].
pub fn check_lesson(errors: &mut Vec<FieldError>, scenario: &Scenario) {
    let lesson = &scenario.lesson;
    if lesson.steps.len() > LESSON_STEPS_MAX {
        errors.push(error(
            "lesson.steps".to_string(),
            format!("{} steps", lesson.steps.len()),
            Rule::AtMost {
                max: LESSON_STEPS_MAX,
                what: Counted::Steps,
            },
        ));
        return;
    }
    let last_month = scenario.horizon_months.saturating_sub(1);
    for (i, step) in lesson.steps.iter().enumerate() {
        let field = format!("lesson.steps[{i}]");
        check_text(
            errors,
            &format!("{field}.title"),
            &step.title,
            STEP_TITLE_MAX_CHARS,
            true,
        );
        check_text(
            errors,
            &format!("{field}.text"),
            &step.text,
            STEP_TEXT_MAX_CHARS,
            false,
        );
        if step.month > last_month {
            errors.push(error(
                format!("{field}.month"),
                step.month,
                Rule::LessonMonth {
                    last: last_month,
                    horizon: scenario.horizon_months,
                },
            ));
        }
        if step.levers.len() > STEP_LEVERS_MAX {
            errors.push(error(
                format!("{field}.levers"),
                format!("{} levers", step.levers.len()),
                Rule::AtMost {
                    max: STEP_LEVERS_MAX,
                    what: Counted::Levers,
                },
            ));
        } else {
            for (j, lever) in step.levers.iter().enumerate() {
                let known = group_prefixes(lever).is_some() || spec_of(scenario, lever).is_some();
                if !known {
                    errors.push(error(
                        format!("{field}.levers[{j}]"),
                        shorten(lever),
                        Rule::Lever,
                    ));
                }
            }
        }
        if step.charts.len() > CHART_IDS.len() {
            errors.push(error(
                format!("{field}.charts"),
                format!("{} charts", step.charts.len()),
                Rule::AtMost {
                    max: CHART_IDS.len(),
                    what: Counted::Charts,
                },
            ));
        } else {
            for (j, chart) in step.charts.iter().enumerate() {
                if !CHART_IDS.contains(&chart.as_str()) {
                    errors.push(error(
                        format!("{field}.charts[{j}]"),
                        shorten(chart),
                        Rule::Chart,
                    ));
                }
            }
        }
        if let Some(play) = &step.play {
            check_play(errors, &field, step.month, play, scenario.horizon_months);
        }
    }
}
