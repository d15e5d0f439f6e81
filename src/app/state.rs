//! The application state and its one pure reducer.
//!
//! Every user intent is an [`Action`]; [`AppState::apply`] turns the old state and an action
//! into the new state without side effects, so it is tested natively. Derived data (the
//! report) is not stored here: components compute it from the scenario with memoisation.

use std::rc::Rc;

use crate::model::Scenario;
use yew::Reducible;

/// The largest payment delay the skeleton's control accepts, in days (ten years).
pub const MAX_DELAY_DAYS: u32 = 3650;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub scenario: Scenario,
    /// A message about a link that could not be used, shown in a banner while the default
    /// (or last valid) scenario stays on screen.
    pub banner: Option<String>,
    /// A message about the payment-delay field, shown at the field; the scenario keeps its
    /// last valid value meanwhile.
    pub delay_error: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The customer's payment delay was set to this many days.
    SetDelayDays(u32),
    /// A payment delay was typed that is not a whole number of days in range.
    RejectDelayInput(String),
    /// A whole scenario arrived (from a link); replaces the current one.
    LoadScenario(Box<Scenario>),
    /// A link could not be read; the message names what was wrong.
    LinkRejected(String),
    DismissBanner,
}

impl AppState {
    /// Returns the state after `action`. Pure: no I/O, no clock, no randomness.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetDelayDays(days) if days <= MAX_DELAY_DAYS => {
                next.scenario.payment.delay_days = days;
                next.delay_error = None;
            }
            Action::SetDelayDays(days) => {
                next.delay_error = Some(delay_range_message(&days.to_string()));
            }
            Action::RejectDelayInput(text) => {
                next.delay_error = Some(delay_range_message(&text));
            }
            Action::LoadScenario(scenario) => {
                next.scenario = *scenario;
                next.delay_error = None;
            }
            Action::LinkRejected(message) => next.banner = Some(message),
            Action::DismissBanner => next.banner = None,
        }
        next
    }
}

fn delay_range_message(value: &str) -> String {
    format!(
        "Payment delay: \u{201c}{value}\u{201d} is not allowed; it must be a whole number of days from 0 to {MAX_DELAY_DAYS}."
    )
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

    #[test]
    fn setting_the_delay_changes_only_the_delay() {
        let before = AppState::default();
        let after = before.apply(Action::SetDelayDays(90));
        assert_eq!(after.scenario.payment.delay_days, 90);
        let mut expected = before.scenario.clone();
        expected.payment.delay_days = 90;
        assert_eq!(after.scenario, expected);
        assert_eq!(after.delay_error, None);
    }

    #[test]
    fn an_out_of_range_delay_keeps_the_scenario_and_names_the_range() {
        let before = AppState::default().apply(Action::SetDelayDays(30));
        let after = before.apply(Action::SetDelayDays(MAX_DELAY_DAYS + 1));
        assert_eq!(after.scenario, before.scenario);
        let notice = after.delay_error.unwrap_or_default();
        assert!(notice.contains("Payment delay"), "{notice}");
        assert!(notice.contains("0 to 3650"), "{notice}");
    }
}
