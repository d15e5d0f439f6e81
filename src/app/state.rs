//! The application state and its one pure reducer.
//!
//! Every user intent is an [`Action`]; [`AppState::apply`] turns the old state and an action
//! into the new state without side effects, so it is tested natively. Derived data (the
//! report, the analyses) is not stored here: components compute it from the scenario with
//! memoisation.
//!
//! The scenario in the state is always valid: it is what the charts show. An entry that
//! cannot be used is kept as a [`Draft`] at its field, with the engine's message, until the
//! user corrects it; the last valid scenario stays on screen meanwhile.
//!
//! The scenario is shared (`Rc<Scenario>`): copying the state, or handing the scenario to a
//! component or a memo, copies a pointer. The reducer makes a new `Rc` only when an action
//! leaves a scenario that differs from the current one, and keeps the current `Rc` otherwise,
//! so two states hold the same `Rc` exactly when their scenarios are equal. `Scenario` is
//! `Eq`, so comparing two `Rc`s of it (memo keys, components' props) compares the pointers
//! first and looks inside only when they differ.

use std::collections::BTreeMap;
use std::rc::Rc;

use rust_decimal::Decimal;
use yew::Reducible;

use standoff_core::analysis::Output;
use standoff_core::model::params::{set_param, spec_of};
use standoff_core::model::{presets, validate, FieldError, Rule, Scenario};
use standoff_words::notices::Notice;
use standoff_words::params::{
    field_error_message, labelled, not_a_number, param_label, range_message,
};
use standoff_words::Lang;

use crate::app::edits::Edit;
use crate::app::game_session::{GameAction, GameSession};

/// The default Monte Carlo settings: enough runs for smooth bands, quick enough for a class.
pub const DEFAULT_MC_RUNS: u32 = 2_000;
pub const MAX_MC_RUNS: u32 = 10_000;
pub const DEFAULT_MC_SEED: u64 = 2023;

/// Text the user typed into a field that could not be used, with the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    pub message: String,
}

/// The drafts by parameter id, in id order.
pub type Drafts = BTreeMap<String, Draft>;

/// A problem with input that came from outside (a link, a file, storage). The offending
/// text stays available so that the user can copy it.
#[derive(Clone, Debug, PartialEq)]
pub struct Banner {
    /// Why, as data: worded in the current language when the banner is drawn.
    pub notice: Notice,
    pub offending_text: Option<String>,
}

impl Banner {
    /// The banner's text in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.notice.text(lang)
    }
}

/// Where the current scenario came from, for the presets menu and the reset button.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Origin {
    #[default]
    Default,
    Preset(String),
    Link,
    File,
    Saved(String),
}

/// A link or a file that holds a preset, unedited, opens as that preset, so that the presets
/// menu names it and Reset goes back to it; any other origin is kept.
fn recognise_preset(origin: Origin, scenario: &Scenario) -> Origin {
    match origin {
        Origin::Link | Origin::File => presets::all()
            .into_iter()
            .find(|preset| preset.scenario == *scenario)
            .map_or(origin, |preset| Origin::Preset(preset.id.to_string())),
        other => other,
    }
}

/// The second scenario of compare mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub label: String,
    pub scenario: Rc<Scenario>,
}

/// Settings of the analyses shown under the charts.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisSettings {
    /// What the tornado and the sweep measure.
    pub output: Output,
    /// Tornado swing: each parameter moved by this share of its value, clamped to its range.
    pub tornado_share: Decimal,
    /// The two parameters of the 2-D sweep, by parameter id.
    pub sweep_x: String,
    pub sweep_y: String,
    /// Grid size per axis, 2 to 41.
    pub sweep_steps: u32,
    pub mc_runs: u32,
    pub mc_seed: u64,
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        AnalysisSettings {
            output: Output::CustomerNpvVsBaseline,
            tornado_share: Decimal::new(2, 1),
            sweep_x: "payment.delay_days".to_string(),
            sweep_y: "contract.usage.start_share".to_string(),
            sweep_steps: 21,
            mc_runs: DEFAULT_MC_RUNS,
            mc_seed: DEFAULT_MC_SEED,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The last valid scenario: what every chart and table shows. A new `Rc` exactly when
    /// it changes (see the module's documentation).
    pub scenario: Rc<Scenario>,
    pub origin: Origin,
    /// Rejected entries by parameter id (the dotted path of `FieldError::field`).
    pub drafts: Drafts,
    /// Problems with a whole edited scenario that no single field explains.
    pub scenario_errors: Vec<FieldError>,
    pub banner: Option<Banner>,
    /// The timeline cursor: the month shown as "now" (0-based). `None` shows the whole
    /// horizon.
    pub month: Option<u32>,
    pub playing: bool,
    pub comparison: Option<Comparison>,
    /// The vendor whose terms the editor shows (0 is the first); read through
    /// [`AppState::vendor_shown`], which keeps it within the scenario's vendors.
    pub vendor_tab: usize,
    pub analysis: AnalysisSettings,
    /// A short confirmation for the status line ("Link copied", "Saved as …").
    pub status: Option<String>,
    /// Presenter mode: large type for a projector, the editor hidden, keyboard control.
    pub presenter: bool,
    /// The lesson step shown (1-based, as in links), when the scenario has a lesson and
    /// presenter mode is on.
    pub step: Option<u32>,
    /// The dialog listing the presenter's keys is open.
    pub key_help: bool,
    /// The link's QR code is shown large (presenter mode).
    pub big_qr: bool,
    /// The language of the interface; the link carries it as `lang=`.
    pub lang: Lang,
    /// A game of the scenario being played, which replaces the page while it lasts.
    pub game: Option<GameSession>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The user typed or slid a numeric parameter to this text (a decimal number; thousands
    /// separators and surrounding spaces are accepted).
    SetParam {
        id: String,
        text: String,
    },
    /// A structural or text edit (rename a party, choose an option, add or remove a line),
    /// applied to the scenario current when the action arrives. Applied only if the result
    /// validates; otherwise its errors are shown at their fields.
    Edit(Edit),
    /// Load a preset by id.
    LoadPreset(String),
    /// Go back to the preset (or default scenario) the current one started from.
    ResetScenario,
    /// A whole scenario arrived from outside (link, file, saved entry).
    LoadScenario {
        scenario: Box<Scenario>,
        origin: Origin,
    },
    /// Input from outside could not be used: keep the current scenario, show why.
    RejectInput {
        notice: Notice,
        offending_text: Option<String>,
    },
    DismissBanner,
    /// Timeline.
    SetMonth(u32),
    ShowWholeHorizon,
    StepMonth(i32),
    Play,
    Pause,
    /// One tick of the play timer: the next month, stopping at the end.
    Tick,
    /// Compare mode.
    OpenComparison {
        label: String,
        scenario: Box<Scenario>,
    },
    CloseComparison,
    SwapComparison,
    /// The editor shows vendor `i`'s terms (0 is the first).
    ShowVendorTerms(usize),
    /// Analysis settings.
    SetAnalysisOutput(Output),
    SetTornadoShare(Decimal),
    SetSweepAxes {
        x: String,
        y: String,
    },
    SetSweepSteps(u32),
    SetMcRuns(u32),
    SetMcSeed(u64),
    SetStatus(Option<String>),
    /// Presenter mode. Entering it on a scenario with a lesson starts at step 1.
    EnterPresenter,
    LeavePresenter,
    /// Play when paused, pause when playing (the space bar).
    TogglePlay,
    /// Lesson steps (1-based): each sets the timeline's month and pauses.
    GoToStep(u32),
    NextStep,
    PreviousStep,
    /// Back to the start: the lesson's first step, or month 0 without a lesson.
    Restart,
    ShowKeyHelp(bool),
    ShowQr(bool),
    /// Esc: closes the topmost thing open (the keys dialog, the large QR code), or leaves
    /// presenter mode when nothing is open.
    Escape,
    /// The language switcher, or a link's `lang=` key.
    SetLang(Lang),
    /// The game screen.
    Game(GameAction),
    LeaveGame,
}

impl AppState {
    /// A state showing this scenario.
    pub fn with_scenario(scenario: Scenario, origin: Origin) -> AppState {
        AppState {
            scenario: Rc::new(scenario),
            origin,
            ..AppState::default()
        }
    }

    /// The vendor whose terms the editor shows: the one chosen, or the last one when the
    /// chosen one has been removed since.
    pub fn vendor_shown(&self) -> usize {
        self.vendor_tab
            .min(self.scenario.vendor_count().saturating_sub(1))
    }

    /// The last month index of the horizon.
    pub fn last_month(&self) -> u32 {
        self.scenario.horizon_months.saturating_sub(1)
    }

    /// The month the timeline shows as "now".
    pub fn current_month(&self) -> u32 {
        self.month
            .unwrap_or(self.last_month())
            .min(self.last_month())
    }

    /// The state of a first visit, with no link and nothing kept in the browser: the flagship
    /// story, whose lesson is one click away.
    pub fn first_visit() -> AppState {
        let id = presets::FLAGSHIP;
        let scenario = presets::by_id(id).map(|preset| preset.scenario);
        match scenario {
            Some(scenario) => AppState::with_scenario(scenario, Origin::Preset(id.to_string())),
            None => AppState::default(),
        }
    }

    /// Returns the state after `action`. Pure: no I/O, no clock, no randomness.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetParam { id, text } => next.set_param(id, text),
            Action::Edit(edit) => next.accept_edited(edit.apply(&self.scenario)),
            Action::LoadPreset(id) => next.load_preset(id),
            Action::ResetScenario => next.reset_scenario(),
            Action::LoadScenario { scenario, origin } => next.load_scenario(*scenario, origin),
            Action::RejectInput {
                notice,
                offending_text,
            } => {
                next.banner = Some(Banner {
                    notice,
                    offending_text,
                })
            }
            Action::DismissBanner => next.banner = None,
            Action::SetMonth(month) => {
                next.month = Some(month.min(self.last_month()));
                next.playing = false;
            }
            Action::ShowWholeHorizon => {
                next.month = None;
                next.playing = false;
            }
            Action::StepMonth(delta) => {
                let current = i64::from(self.current_month());
                let target = (current + i64::from(delta)).clamp(0, i64::from(self.last_month()));
                next.month = u32::try_from(target).ok();
                next.playing = false;
            }
            Action::Play => {
                // Playing from the end starts again from the first month.
                if self.month.is_none() || self.current_month() >= self.last_month() {
                    next.month = Some(0);
                }
                next.playing = true;
            }
            Action::Pause => next.playing = false,
            Action::Tick => {
                if self.playing {
                    let month = self.current_month();
                    if month >= self.last_month() {
                        next.playing = false;
                    } else {
                        next.month = Some(month + 1);
                    }
                }
            }
            Action::OpenComparison { label, scenario } => {
                next.comparison = Some(Comparison {
                    label,
                    scenario: Rc::from(scenario),
                })
            }
            Action::CloseComparison => next.comparison = None,
            Action::ShowVendorTerms(i) => next.vendor_tab = i,
            Action::SwapComparison => {
                if let Some(comparison) = self.comparison.clone() {
                    next.load(comparison.scenario, Origin::Default);
                    next.comparison = Some(Comparison {
                        label: scenario_label(&self.scenario),
                        scenario: Rc::clone(&self.scenario),
                    });
                }
            }
            Action::SetAnalysisOutput(output) => next.analysis.output = output,
            Action::SetTornadoShare(share) => {
                next.analysis.tornado_share = share.clamp(Decimal::new(1, 2), Decimal::ONE)
            }
            Action::SetSweepAxes { x, y } => {
                next.analysis.sweep_x = x;
                next.analysis.sweep_y = y;
            }
            Action::SetSweepSteps(steps) => next.analysis.sweep_steps = steps.clamp(2, 41),
            Action::SetMcRuns(runs) => next.analysis.mc_runs = runs.clamp(10, MAX_MC_RUNS),
            Action::SetMcSeed(seed) => next.analysis.mc_seed = seed,
            Action::SetStatus(status) => next.status = status,
            Action::EnterPresenter => {
                next.presenter = true;
                if next.step.is_none() && !next.scenario.lesson.is_empty() {
                    next.go_to_step(1);
                }
            }
            Action::LeavePresenter => next.leave_presenter(),
            Action::TogglePlay => {
                let action = if self.playing {
                    Action::Pause
                } else {
                    Action::Play
                };
                return self.apply(action);
            }
            Action::GoToStep(number) => next.go_to_step(number),
            Action::NextStep => {
                if let Some(step) = self.step {
                    next.go_to_step(step.saturating_add(1));
                }
            }
            Action::PreviousStep => {
                if let Some(step) = self.step {
                    next.go_to_step(step.saturating_sub(1));
                }
            }
            Action::Restart => {
                if self.step.is_some() {
                    next.go_to_step(1);
                } else {
                    next.month = Some(0);
                    next.playing = false;
                }
            }
            Action::ShowKeyHelp(open) => next.key_help = open,
            Action::ShowQr(open) => next.big_qr = open,
            Action::Escape => {
                if self.key_help {
                    next.key_help = false;
                } else if self.big_qr {
                    next.big_qr = false;
                } else {
                    next.leave_presenter();
                }
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Game(action) => next.apply_game(action),
            Action::LeaveGame => next.game = None,
        }
        next
    }

    /// Loads the preset `id`, or says there is none.
    fn load_preset(&mut self, id: String) {
        match presets::by_id(&id) {
            Some(preset) => self.load(Rc::new(preset.scenario), Origin::Preset(id)),
            None => {
                self.banner = Some(Banner {
                    notice: Notice::NoPreset(id),
                    offending_text: None,
                })
            }
        }
    }

    /// Goes back to the preset the scenario came from, or to the default scenario.
    fn reset_scenario(&mut self) {
        let (scenario, origin) = match &self.origin {
            Origin::Preset(id) => (
                presets::by_id(id)
                    .map(|preset| preset.scenario)
                    .unwrap_or_default(),
                Origin::Preset(id.clone()),
            ),
            _ => (Scenario::default(), Origin::Default),
        };
        self.load(Rc::new(scenario), origin);
    }

    /// Loads a scenario from outside if it validates; otherwise keeps the current one and
    /// says why.
    fn load_scenario(&mut self, scenario: Scenario, origin: Origin) {
        match validate(&scenario) {
            Ok(()) => {
                let origin = recognise_preset(origin, &scenario);
                self.load(Rc::new(scenario), origin)
            }
            Err(errors) => {
                self.banner = Some(Banner {
                    notice: Notice::InvalidScenario(errors),
                    offending_text: None,
                })
            }
        }
    }

    /// The play the lesson step shown hands over, with the step's month.
    fn lesson_play(&self) -> Option<(u32, standoff_core::model::LessonPlay)> {
        let index = usize::try_from(self.step?.checked_sub(1)?).ok()?;
        let step = self.scenario.lesson.steps.get(index)?;
        Some((step.month, step.play.clone()?))
    }

    /// A game action: starting or opening a game replaces the page with it (or says why it
    /// cannot); a move goes to the game in progress.
    fn apply_game(&mut self, action: GameAction) {
        let started = match action {
            GameAction::Start(mode) => GameSession::start(&self.scenario, mode),
            GameAction::StartLessonPlay => match self.lesson_play() {
                Some((month, play)) => GameSession::lesson(&self.scenario, month, &play),
                None => return,
            },
            GameAction::Open { game, me } => Ok(GameSession::opened(*game, me)),
            other => {
                self.game = self.game.as_ref().map(|session| session.apply(other));
                return;
            }
        };
        match started {
            Ok(session) => {
                // Presenter mode stays on under the game, so that leaving a game a lesson
                // step started goes back to that step.
                self.playing = false;
                self.game = Some(session);
            }
            Err(error) => {
                self.banner = Some(Banner {
                    notice: Notice::Game {
                        error,
                        currency: self.scenario.customer.currency.clone(),
                    },
                    offending_text: None,
                })
            }
        }
    }

    /// Shows lesson step `number` (clamped to the lesson's steps): its month, paused. Does
    /// nothing without a lesson.
    fn go_to_step(&mut self, number: u32) {
        let lesson = &self.scenario.lesson;
        if lesson.is_empty() {
            self.step = None;
            return;
        }
        let number = number.clamp(1, lesson.len());
        if let Some(step) = lesson.step(number) {
            self.month = Some(step.month.min(self.last_month()));
        }
        self.step = Some(number);
        self.playing = false;
    }

    fn leave_presenter(&mut self) {
        self.presenter = false;
        self.step = None;
        self.key_help = false;
        self.big_qr = false;
    }

    /// The lesson step on screen, if any.
    pub fn current_step(&self) -> Option<&standoff_core::model::LessonStep> {
        self.step
            .and_then(|number| self.scenario.lesson.step(number))
    }

    fn set_param(&mut self, id: String, text: String) {
        let lang = self.lang;
        let Some(spec) = spec_of(&self.scenario, &id) else {
            self.drafts.insert(
                id.clone(),
                Draft {
                    text,
                    message: standoff_words::tr!(lang, en: "{id} is not a parameter of this scenario.";
                        fr: "{id} n’est pas un paramètre de ce scénario."),
                },
            );
            return;
        };
        let value = match parse_number_in(lang, &text) {
            Some(value) => value,
            None => {
                let label = param_label(lang, &self.scenario, &id).unwrap_or(spec.label);
                let range = range_message(lang, spec.unit, spec.min, spec.max);
                let message = not_a_number(lang, &label, text.trim(), &range);
                self.drafts.insert(id, Draft { text, message });
                return;
            }
        };
        let mut candidate = Scenario::clone(&self.scenario);
        let result = set_param(&mut candidate, &id, value).and_then(|()| {
            // A shorter horizon pulls the lesson's later steps to its last month.
            let horizon = candidate.horizon_months;
            candidate.lesson.fit_to_horizon(horizon);
            validate(&candidate).map_err(|errors| {
                // Prefer the error about this very field; otherwise the first one.
                errors
                    .iter()
                    .find(|error| error.field == id)
                    .or(errors.first())
                    .cloned()
                    .unwrap_or_else(|| FieldError {
                        field: id.clone(),
                        value: text.clone(),
                        rule: Rule::NotAllowed,
                    })
            })
        });
        match result {
            Ok(()) => {
                self.drafts.remove(&id);
                self.accept(Rc::new(candidate));
            }
            Err(error) => {
                let label = param_label(lang, &self.scenario, &id).unwrap_or(spec.label);
                let detail = field_error_message(lang, &error);
                let message = labelled(lang, &label, &detail);
                self.drafts.insert(id, Draft { text, message });
            }
        }
    }

    /// Takes the scenario an edit produced if it validates; otherwise keeps the current one
    /// and shows the errors at their fields.
    fn accept_edited(&mut self, mut scenario: Scenario) {
        // A shorter horizon pulls the lesson's later steps to its last month.
        let horizon = scenario.horizon_months;
        scenario.lesson.fit_to_horizon(horizon);
        match validate(&scenario) {
            Ok(()) => self.accept(Rc::new(scenario)),
            Err(errors) => self.scenario_errors = errors,
        }
    }

    /// Takes an edited, valid scenario; keeps drafts of other fields that are still there.
    fn accept(&mut self, scenario: Rc<Scenario>) {
        self.replace_scenario(scenario);
        self.scenario_errors.clear();
        let scenario = &self.scenario;
        self.drafts.retain(|id, _| spec_of(scenario, id).is_some());
        self.clamp_month();
        // An edit that shortened the lesson leaves the step on its new last step.
        if let Some(number) = self.step {
            let steps = self.scenario.lesson.len();
            if number > steps {
                self.step = (steps > 0).then_some(steps);
            }
        }
    }

    /// Replaces the scenario entirely: drafts and errors belong to the old one.
    fn load(&mut self, scenario: Rc<Scenario>, origin: Origin) {
        self.replace_scenario(scenario);
        self.origin = origin;
        self.vendor_tab = 0;
        self.drafts.clear();
        self.scenario_errors.clear();
        self.banner = None;
        self.month = None;
        self.playing = false;
        // The old step belongs to the old lesson; a presenter keeps presenting the new one
        // from its first step.
        self.step = None;
        if self.presenter {
            self.go_to_step(1);
        }
    }

    /// Makes `scenario` the current one, keeping the current `Rc` when the two are equal: an
    /// edit that changes nothing (the same value typed again, a preset loaded over itself)
    /// then leaves every memo of the scenario, the report first, as it was.
    fn replace_scenario(&mut self, scenario: Rc<Scenario>) {
        if scenario != self.scenario {
            self.scenario = scenario;
        }
    }

    fn clamp_month(&mut self) {
        if let Some(month) = self.month {
            self.month = Some(month.min(self.last_month()));
        }
    }
}

/// A label for a scenario in compare mode: its title, or the two parties' names.
pub fn scenario_label(scenario: &Scenario) -> String {
    if scenario.title.trim().is_empty() {
        format!("{} vs {}", scenario.customer.name, scenario.vendor.name)
    } else {
        scenario.title.clone()
    }
}

/// Parses a number as people of `lang` type it. English: [`parse_number`]. French: the comma
/// is the decimal separator (a point is accepted too), and spaces of every kind (U+0020,
/// U+00A0, U+202F) group thousands.
pub fn parse_number_in(lang: Lang, text: &str) -> Option<Decimal> {
    match lang {
        Lang::En => parse_number(text),
        Lang::Fr => {
            let cleaned: String = text
                .trim()
                .chars()
                .filter(|c| !matches!(c, ' ' | '\u{202f}' | '\u{a0}' | '_'))
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            if cleaned.is_empty() || cleaned.len() > 40 {
                return None;
            }
            cleaned.parse::<Decimal>().ok()
        }
    }
}

/// Parses a number as people type it: spaces, thin spaces, underscores and thousands commas
/// are ignored; a trailing `%` is not accepted here because fractions are stored as such.
pub fn parse_number(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{202f}' | '\u{a0}' | '_' | ','))
        .collect();
    if cleaned.is_empty() || cleaned.len() > 40 {
        return None;
    }
    cleaned.parse::<Decimal>().ok()
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::edits::List;
    use rust_decimal_macros::dec;
    use standoff_core::model::{Side, TrueUpBasis};

    fn delay(state: &AppState) -> u32 {
        state.scenario.payment.delay_days
    }

    fn draft(text: &str) -> Draft {
        Draft {
            text: text.to_string(),
            message: format!("{text} is bad"),
        }
    }

    /// One draft per id, in id order, replaced by a later draft of the same id.
    #[test]
    fn drafts_keep_one_entry_per_id_in_id_order() {
        let mut drafts = Drafts::default();
        drafts.insert("payment.net_days".into(), draft("x"));
        drafts.insert("contract.term_months".into(), draft("y"));
        drafts.insert("reciprocal[0].amount".into(), draft("z"));
        drafts.insert("payment.net_days".into(), draft("w"));
        let ids: Vec<&str> = drafts.keys().map(String::as_str).collect();
        assert_eq!(
            ids,
            [
                "contract.term_months",
                "payment.net_days",
                "reciprocal[0].amount"
            ]
        );
        assert_eq!(drafts.get("payment.net_days"), Some(&draft("w")));
        assert_eq!(drafts.get("payment.delay_days"), None);
        assert_eq!(
            format!("{drafts:?}").matches("Draft {").count(),
            3,
            "printed like a map: {drafts:?}"
        );

        drafts.remove("contract.term_months");
        drafts.remove("not.there");
        drafts.retain(|id, _| id.starts_with("payment."));
        let left: Vec<(&str, &Draft)> = drafts.iter().map(|(id, d)| (id.as_str(), d)).collect();
        assert_eq!(left, [("payment.net_days", &draft("w"))]);
        drafts.clear();
        assert!(drafts.is_empty());
    }

    #[test]
    fn setting_a_parameter_changes_only_that_parameter() {
        let before = AppState::default();
        let after = before.apply(Action::SetParam {
            id: "payment.delay_days".into(),
            text: " 90 ".into(),
        });
        assert_eq!(delay(&after), 90);
        let mut expected = Scenario::clone(&before.scenario);
        expected.payment.delay_days = 90;
        assert_eq!(*after.scenario, expected);
        assert!(after.drafts.is_empty());
    }

    #[test]
    fn an_edit_applies_to_the_scenario_current_when_it_arrives() {
        // An edit drawn before the delay changed, sent after: the delay stays.
        let rename = Action::Edit(Edit::RenameParty {
            side: Side::Customer,
            name: "Twitter".into(),
        });
        let delayed = AppState::default().apply(Action::SetParam {
            id: "payment.delay_days".into(),
            text: "45".into(),
        });
        let after = delayed.apply(rename);
        assert_eq!(after.scenario.customer.name, "Twitter");
        assert_eq!(delay(&after), 45);
        // An edit the validator rejects leaves the scenario and names the field.
        let blank = Action::Edit(Edit::RenameParty {
            side: Side::Customer,
            name: String::new(),
        });
        let rejected = after.apply(blank);
        assert_eq!(rejected.scenario, after.scenario);
        assert_eq!(rejected.scenario_errors.len(), 1);
        assert_eq!(rejected.scenario_errors[0].field, "customer.name");
    }

    /// A further vendor's terms are edited through the same fields and edits as the first
    /// vendor's, under its own ids; the first vendor's terms stay as they were.
    #[test]
    fn a_further_vendor_s_terms_are_edited_apart_from_the_first_s() {
        let two = AppState::default().apply(Action::Edit(Edit::AddVendor));
        assert_eq!(two.scenario.vendor_count(), 2);
        let shown = two.apply(Action::ShowVendorTerms(1));
        assert_eq!(shown.vendor_shown(), 1);
        let delayed = shown.apply(Action::SetParam {
            id: "more_vendors[0].payment.delay_days".into(),
            text: "75".into(),
        });
        assert_eq!(delayed.scenario.more_vendors[0].payment.delay_days, 75);
        assert_eq!(delay(&delayed), delay(&two));
        let relabelled = delayed.apply(Action::Edit(Edit::ForVendor {
            vendor: 1,
            edit: Box::new(Edit::AddListItem(List::ReciprocalLines)),
        }));
        let lines = |s: &Scenario| (s.reciprocal.len(), s.more_vendors[0].reciprocal.len());
        let (first, second) = lines(&delayed.scenario);
        assert_eq!(lines(&relabelled.scenario), (first, second + 1));
        // A value out of range stays at its field as a draft naming the vendor's term.
        let refused = relabelled.apply(Action::SetParam {
            id: "more_vendors[0].payment.delay_days".into(),
            text: "-5".into(),
        });
        assert_eq!(refused.scenario, relabelled.scenario);
        assert!(refused
            .drafts
            .contains_key("more_vendors[0].payment.delay_days"));
        // Once the vendor is removed, the editor shows the first vendor again.
        let removed = refused.apply(Action::Edit(Edit::RemoveVendor(0)));
        assert_eq!(removed.vendor_shown(), 0);
    }

    fn aws_state() -> AppState {
        AppState::default().apply(Action::LoadPreset("twitter-aws-2023".into()))
    }

    /// A game's moves: edits, a parameter typed, a rejected edit and one whose index is out
    /// of range. They are plain data, so the log can be copied and compared.
    fn moves() -> Vec<Action> {
        vec![
            Action::Edit(Edit::RenameParty {
                side: Side::Vendor,
                name: "Amazon Web Services".into(),
            }),
            Action::Edit(Edit::AddListItem(List::ReciprocalLines)),
            Action::Edit(Edit::SetLineLabel {
                index: 2,
                label: "Data deal".into(),
            }),
            Action::Edit(Edit::SetLineKind {
                index: 2,
                kind: standoff_core::model::FlowKind::Data,
            }),
            Action::SetParam {
                id: "payment.delay_days".into(),
                text: "45".into(),
            },
            Action::Edit(Edit::AddListItem(List::Ramp)),
            Action::Edit(Edit::RemoveListItem {
                list: List::RetaliationRules,
                index: 0,
            }),
            Action::Edit(Edit::SetSettlementEnabled(true)),
            Action::Edit(Edit::SetTrueUp(TrueUpBasis::TermEnd)),
            Action::Edit(Edit::RemoveListItem {
                list: List::LumpSums,
                index: 5,
            }),
            Action::Edit(Edit::RenameParty {
                side: Side::Customer,
                name: String::new(),
            }),
        ]
    }

    fn play(start: &AppState, moves: &[Action]) -> AppState {
        moves
            .iter()
            .fold(start.clone(), |state, action| state.apply(action.clone()))
    }

    #[test]
    fn the_same_edits_on_the_same_start_give_the_same_state() {
        let log = moves();
        assert_eq!(log, moves(), "edits compare as data");
        let start = aws_state();
        let once = play(&start, &log);
        let twice = play(&start, &log);
        assert_eq!(once, twice);
        assert_ne!(once.scenario, start.scenario);
        // Replaying on a copy of the start, not the same `Rc`, gives the same scenario too.
        let copy = AppState::with_scenario(Scenario::clone(&start.scenario), Origin::Default);
        assert_eq!(play(&copy, &log).scenario, once.scenario);
    }

    /// The values after the moves, from the preset's definition (two ad lines, two rules,
    /// one lump sum, a flat 66-month term, no settlement) and each edit's documented effect.
    #[test]
    fn replayed_edits_give_the_hand_checked_scenario() {
        let after = play(&aws_state(), &moves());
        let s = &after.scenario;
        assert_eq!(s.vendor.name, "Amazon Web Services");
        assert_eq!(s.customer.name, "Twitter", "the blank name was rejected");
        assert_eq!(after.scenario_errors.len(), 1);
        assert_eq!(after.scenario_errors[0].field, "customer.name");
        assert_eq!(s.reciprocal.len(), 3);
        assert_eq!(s.reciprocal[2].label, "Data deal");
        assert_eq!(s.reciprocal[2].kind, standoff_core::model::FlowKind::Data);
        assert_eq!(s.reciprocal[2].amount, dec!(1_000_000));
        assert_eq!(s.payment.delay_days, 45);
        assert_eq!(s.contract.ramp, vec![Decimal::ONE; 6]);
        assert_eq!(s.contract.term_months, 66);
        // Removing rule 0 (Amazon's threat) leaves the refusal to renegotiate.
        assert_eq!(s.retaliation.len(), 1);
        assert_eq!(s.payment.lump_sums.len(), 1, "index 5 removed nothing");
        assert_eq!(s.settlement.as_ref().map(|terms| terms.month), Some(11));
        assert_eq!(s.contract.trueup, TrueUpBasis::TermEnd);
    }

    /// An edit is data all the way down: it can be printed for a log, and compared.
    #[test]
    fn edits_print_and_compare() {
        fn data<T: std::fmt::Debug + Clone + Eq>() {}
        data::<Edit>();
        let remove = Edit::RemoveListItem {
            list: List::Ramp,
            index: 1,
        };
        assert_eq!(
            format!("{remove:?}"),
            "RemoveListItem { list: Ramp, index: 1 }"
        );
        assert_ne!(
            remove,
            Edit::RemoveListItem {
                list: List::Ramp,
                index: 0
            }
        );
    }

    /// `Rc::ptr_eq` of the state's scenario is how memos (the report, the charts) and
    /// components tell that nothing changed: an action that leaves the scenario as it was must
    /// keep the very same `Rc`, or every memo of it would be computed again.
    #[test]
    fn an_action_that_leaves_the_scenario_keeps_the_same_rc() {
        let before = AppState::default().apply(Action::SetParam {
            id: "payment.delay_days".into(),
            text: "30".into(),
        });
        let same = [
            Action::SetMonth(3),
            Action::Play,
            Action::Tick,
            Action::StepMonth(-1),
            Action::SetAnalysisOutput(Output::VendorNpvVsBaseline),
            Action::SetSweepSteps(9),
            Action::SetLang(Lang::Fr),
            Action::SetStatus(Some("Saved".into())),
            Action::EnterPresenter,
            // Rejected entries: not a number, out of range, an invalid edit.
            Action::SetParam {
                id: "payment.delay_days".into(),
                text: "soon".into(),
            },
            Action::SetParam {
                id: "payment.delay_days".into(),
                text: "99999".into(),
            },
            Action::Edit(Edit::RenameParty {
                side: Side::Customer,
                name: String::new(),
            }),
            // Accepted, but equal to what is there: the same value typed again, an edit that
            // rebuilds the same scenario.
            Action::SetParam {
                id: "payment.delay_days".into(),
                text: " 30 ".into(),
            },
            Action::Edit(Edit::SetTitle(before.scenario.title.clone())),
            Action::LoadPreset("no-such-preset".into()),
        ];
        for action in same {
            let label = format!("{action:?}");
            let after = before.apply(action);
            assert!(Rc::ptr_eq(&after.scenario, &before.scenario), "{label}");
        }
        // A change makes a new `Rc` and leaves the old scenario as it was.
        let changed = before.apply(Action::SetParam {
            id: "payment.delay_days".into(),
            text: "31".into(),
        });
        assert!(!Rc::ptr_eq(&changed.scenario, &before.scenario));
        assert_eq!(delay(&changed), 31);
        assert_eq!(delay(&before), 30);
    }

    /// Loading a scenario equal to the current one (a preset loaded over itself, the same
    /// file opened again) keeps the `Rc` too, while still resetting what a load resets.
    #[test]
    fn loading_an_equal_scenario_keeps_the_rc_and_resets_the_rest() {
        let preset = AppState::default().apply(Action::LoadPreset("twitter-aws-2023".into()));
        let moved = preset.apply(Action::SetMonth(5));
        let again = moved.apply(Action::LoadPreset("twitter-aws-2023".into()));
        assert!(Rc::ptr_eq(&again.scenario, &preset.scenario));
        assert_eq!(again.month, None);
        let other = again.apply(Action::LoadPreset("twitter-google-2023".into()));
        assert!(!Rc::ptr_eq(&other.scenario, &again.scenario));
    }

    /// Swapping compare mode's two scenarios exchanges the two `Rc`s: neither is copied, so
    /// the report memoised for each stays valid for it.
    #[test]
    fn swapping_compare_exchanges_the_rcs() {
        let google = presets::by_id("twitter-google-2023")
            .map(|p| p.scenario)
            .unwrap_or_default();
        let state = AppState::default().apply(Action::OpenComparison {
            label: "Google".into(),
            scenario: Box::new(google),
        });
        let (mine, theirs) = match &state.comparison {
            Some(comparison) => (state.scenario.clone(), comparison.scenario.clone()),
            None => panic!("no comparison opened"),
        };
        let swapped = state.apply(Action::SwapComparison);
        assert!(Rc::ptr_eq(&swapped.scenario, &theirs));
        let kept = swapped.comparison.map(|c| c.scenario);
        assert!(kept.is_some_and(|kept| Rc::ptr_eq(&kept, &mine)));
    }

    /// Comparing two `Rc`s of the same scenario or report (memo keys, components' props) is a
    /// pointer comparison only while the type is `Eq` (std's `Rc` checks the pointer first
    /// then); without it every render would compare whole scenarios and reports field by
    /// field. This fails to compile if either loses `Eq`.
    #[test]
    fn scenarios_and_reports_are_eq_so_rcs_compare_pointers_first() {
        fn pointer_first<T: Eq>() {}
        pointer_first::<Scenario>();
        pointer_first::<standoff_core::engine::Report>();
        pointer_first::<
            Result<Rc<standoff_core::engine::Report>, standoff_core::engine::EngineError>,
        >();
    }

    #[test]
    fn thousands_separators_are_accepted() {
        assert_eq!(parse_number("1,000,000"), Some(dec!(1000000)));
        assert_eq!(parse_number("1 000 000.5"), Some(dec!(1000000.5)));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn an_out_of_range_entry_keeps_the_scenario_and_names_the_range() {
        let before = AppState::default().apply(Action::SetParam {
            id: "payment.delay_days".into(),
            text: "30".into(),
        });
        let after = before.apply(Action::SetParam {
            id: "payment.delay_days".into(),
            text: "99999".into(),
        });
        assert_eq!(after.scenario, before.scenario);
        let draft = after.drafts.get("payment.delay_days").cloned();
        let message = draft.map(|draft| draft.message).unwrap_or_default();
        assert!(message.contains("days"), "{message}");
        assert!(message.contains("0 and"), "{message}");
    }

    #[test]
    fn a_correction_clears_the_draft() {
        let state = AppState::default()
            .apply(Action::SetParam {
                id: "payment.delay_days".into(),
                text: "x".into(),
            })
            .apply(Action::SetParam {
                id: "payment.delay_days".into(),
                text: "15".into(),
            });
        assert!(state.drafts.is_empty());
        assert_eq!(delay(&state), 15);
    }

    #[test]
    fn presets_load_and_reset_returns_to_them() {
        let state = AppState::default().apply(Action::LoadPreset("twitter-aws-2023".into()));
        assert_eq!(state.origin, Origin::Preset("twitter-aws-2023".into()));
        let edited = state.apply(Action::SetParam {
            id: "payment.delay_days".into(),
            text: "200".into(),
        });
        assert_ne!(edited.scenario, state.scenario);
        assert_eq!(edited.apply(Action::ResetScenario).scenario, state.scenario);
    }

    #[test]
    fn an_unknown_preset_is_a_banner_not_a_change() {
        let before = AppState::default();
        let after = before.apply(Action::LoadPreset("nope".into()));
        assert_eq!(after.scenario, before.scenario);
        assert!(after.banner.is_some());
    }

    #[test]
    fn the_timeline_steps_within_the_horizon_and_play_stops_at_the_end() {
        let state = AppState::default();
        let last = state.last_month();
        assert_eq!(state.current_month(), last);
        let stepped = state
            .apply(Action::SetMonth(0))
            .apply(Action::StepMonth(-1));
        assert_eq!(stepped.current_month(), 0);
        let played = state.apply(Action::SetMonth(last - 1)).apply(Action::Play);
        assert!(played.playing);
        let ticked = played.apply(Action::Tick);
        assert_eq!(ticked.current_month(), last);
        let stopped = ticked.apply(Action::Tick);
        assert!(!stopped.playing);
        assert_eq!(stopped.current_month(), last);
    }

    #[test]
    fn playing_from_the_end_restarts_at_month_zero() {
        let state = AppState::default().apply(Action::Play);
        assert_eq!(state.current_month(), 0);
        assert!(state.playing);
    }

    #[test]
    fn an_invalid_loaded_scenario_is_rejected_with_every_field_named() {
        let mut bad = Scenario {
            horizon_months: 0,
            ..Scenario::default()
        };
        bad.payment.delay_days = 999_999;
        let before = AppState::default();
        let after = before.apply(Action::LoadScenario {
            scenario: Box::new(bad),
            origin: Origin::File,
        });
        assert_eq!(after.scenario, before.scenario);
        let message = after
            .banner
            .map(|banner| banner.message(Lang::En))
            .unwrap_or_default();
        assert!(message.contains("horizon_months"), "{message}");
        assert!(message.contains("payment.delay_days"), "{message}");
    }

    #[test]
    fn swapping_compare_exchanges_the_two_scenarios() {
        let aws = presets::by_id("twitter-aws-2023")
            .map(|p| p.scenario)
            .unwrap_or_default();
        let google = presets::by_id("twitter-google-2023")
            .map(|p| p.scenario)
            .unwrap_or_default();
        let state =
            AppState::with_scenario(aws.clone(), Origin::Default).apply(Action::OpenComparison {
                label: "Google".into(),
                scenario: Box::new(google.clone()),
            });
        let swapped = state.apply(Action::SwapComparison);
        assert_eq!(*swapped.scenario, google);
        assert_eq!(
            swapped.comparison.map(|c| Scenario::clone(&c.scenario)),
            Some(aws)
        );
    }
}
