//! The vendor's retaliation rules: when each trigger holds, when each action starts and ends,
//! and what the active actions do in a month.
//!
//! Timing: triggers are checked on the state at the end of month `t`. A trigger that fires
//! then starts its action in month `t + 1 + lag`. With `reverses_when_cleared`, an action (or
//! a pending one) stops from month `t + 1` once its trigger no longer holds at the end of
//! month `t`. Legal action never reverses: once filed, the suit runs to judgment.

use super::error::is_positive;
use super::report::TriggerSeen;
use crate::model::{Action, FlowKind, Trigger};
use rust_decimal::Decimal;

/// The state the triggers look at, taken at a month end.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Observed {
    pub arrears: Decimal,
    pub days_overdue: u32,
    pub months_unpaid: u32,
}

/// Where a rule stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuleState {
    Idle,
    /// Fired; the action starts in month `from`.
    Pending {
        from: u32,
    },
    /// In force since month `since`.
    Active {
        since: u32,
    },
    /// Announced as a threat, decided at the end of month `deadline`.
    Threatened {
        deadline: u32,
    },
    /// Finished for good (a judgment was given).
    Done,
}

/// The combined effect of the actions in force in a month.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Effects {
    pub cut_ad: Decimal,
    pub cut_data: Decimal,
    pub cut_other: Decimal,
    pub withhold: bool,
    pub credit_hold: bool,
    pub suspended: bool,
    pub suspension_cost: Decimal,
    pub refuse_renegotiation: bool,
}

impl Effects {
    /// No action in force.
    pub const NONE: Effects = Effects {
        cut_ad: Decimal::ZERO,
        cut_data: Decimal::ZERO,
        cut_other: Decimal::ZERO,
        withhold: false,
        credit_hold: false,
        suspended: false,
        suspension_cost: Decimal::ZERO,
        refuse_renegotiation: false,
    };

    /// The share cut from reciprocal lines of `kind`.
    pub fn cut(&self, kind: FlowKind) -> Decimal {
        match kind {
            FlowKind::Ad => self.cut_ad,
            FlowKind::Data => self.cut_data,
            FlowKind::Other => self.cut_other,
        }
    }
}

/// Whether `trigger` holds on `obs`.
pub(crate) fn holds(trigger: &Trigger, obs: &Observed) -> bool {
    match trigger {
        Trigger::Always => true,
        Trigger::ArrearsAbove { amount } => obs.arrears > *amount,
        Trigger::DaysOverdue { days } => is_positive(obs.arrears) && obs.days_overdue >= *days,
        Trigger::MonthsUnpaid { months } => *months > 0 && obs.months_unpaid >= *months,
    }
}

/// What the trigger saw, as the values the event sentence quotes.
pub(crate) fn trigger_seen(trigger: &Trigger, obs: &Observed) -> TriggerSeen {
    match trigger {
        Trigger::Always => TriggerSeen::Always,
        Trigger::ArrearsAbove { amount } => TriggerSeen::ArrearsAbove {
            threshold: *amount,
            arrears: obs.arrears,
        },
        Trigger::DaysOverdue { .. } => TriggerSeen::DaysOverdue {
            days: obs.days_overdue,
        },
        Trigger::MonthsUnpaid { .. } => TriggerSeen::MonthsUnpaid {
            months: obs.months_unpaid,
        },
    }
}

/// Adds the effect of an active `action` to `fx`. Cuts on the same kind do not stack: the
/// largest applies.
pub(crate) fn apply(action: &Action, fx: &mut Effects) {
    match action {
        Action::CutSpend { kind, share } => {
            let slot = match kind {
                FlowKind::Ad => &mut fx.cut_ad,
                FlowKind::Data => &mut fx.cut_data,
                FlowKind::Other => &mut fx.cut_other,
            };
            *slot = (*slot).max((*share).min(Decimal::ONE));
        }
        Action::WithholdPayments => fx.withhold = true,
        Action::CreditHold => fx.credit_hold = true,
        Action::Suspend {
            outage_cost_monthly,
        } => {
            fx.suspended = true;
            fx.suspension_cost = fx.suspension_cost.max(*outage_cost_monthly);
        }
        Action::Legal { .. } => {}
        Action::RefuseRenegotiation => fx.refuse_renegotiation = true,
    }
}
