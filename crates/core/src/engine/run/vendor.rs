//! The vendor's steps of a month: its actions take effect, judgments are given, and at the
//! month end its triggers look at the customer's arrears.

use super::super::error::{is_positive, EngineError, Quantity};
use super::super::report::{EventDetail, EventKind};
use super::super::retaliation::{apply, holds, trigger_seen, Observed, RuleState};
use super::{Clock, EventLog, Month, Run};
use crate::model::{round_cents, Action, RetaliationRule, Scenario, Trigger};

/// Where the vendor's rules stand between months.
#[derive(Default)]
pub(super) struct Vendor {
    /// One state per retaliation rule (none in the pay-on-time baseline).
    rules: Vec<RuleState>,
    /// The month each filed suit comes to judgment.
    judgment_at: Vec<Option<u32>>,
    /// Consecutive month ends with arrears and no payment.
    months_unpaid: u32,
}

impl Vendor {
    /// The rules of `s`, none fired yet. A standing policy (`Trigger::Always`) needs no
    /// month-end check to fire: it starts after its lag from month 0.
    pub fn new(s: &Scenario) -> Vendor {
        Vendor {
            rules: s
                .retaliation
                .iter()
                .map(|r| match (&r.trigger, &r.threat) {
                    // A standing policy announced as a threat is announced at the first month
                    // end, like a trigger that holds there.
                    (Trigger::Always, None) => RuleState::Pending { from: r.lag_months },
                    _ => RuleState::Idle,
                })
                .collect(),
            judgment_at: vec![None; s.retaliation.len()],
            months_unpaid: 0,
        }
    }
}

/// A rule whose trigger holds at the end of month `t`: its action pending from the next month
/// plus its lag, or, for a threat, announced with its deadline.
fn fire(log: &mut EventLog, t: u32, rule: &RetaliationRule, obs: &Observed) -> RuleState {
    if let Some(threat) = &rule.threat {
        let deadline = t.saturating_add(threat.deadline_months.max(1));
        log.push(t, EventKind::ThreatMade, Some(obs.arrears), || {
            EventDetail::ThreatMade {
                seen: trigger_seen(&rule.trigger, obs),
                action: rule.action.clone(),
                deadline_month: deadline,
                level: threat.withdraw_at_or_below,
            }
        });
        return RuleState::Threatened { deadline };
    }
    let from = t.saturating_add(1).saturating_add(rule.lag_months);
    log.push(t, EventKind::TriggerFired, Some(obs.arrears), || {
        EventDetail::TriggerFired {
            seen: trigger_seen(&rule.trigger, obs),
            action: rule.action.clone(),
            from_month: from,
        }
    });
    RuleState::Pending { from }
}

/// A threat at its deadline, the end of month `t`: withdrawn when the overdue principal is
/// back at or below its level (the rule may fire again later), carried out otherwise.
fn decide_threat(
    log: &mut EventLog,
    t: u32,
    rule: &RetaliationRule,
    arrears: rust_decimal::Decimal,
) -> RuleState {
    let level = rule
        .threat
        .as_ref()
        .map_or(rust_decimal::Decimal::ZERO, |threat| {
            threat.withdraw_at_or_below
        });
    if arrears <= level {
        log.push(t, EventKind::ThreatWithdrawn, Some(arrears), || {
            EventDetail::ThreatWithdrawn {
                action: rule.action.clone(),
                arrears,
                level,
            }
        });
        return RuleState::Idle;
    }
    let from = t.saturating_add(1).saturating_add(rule.lag_months);
    log.push(t, EventKind::ThreatCarriedOut, Some(arrears), || {
        EventDetail::ThreatCarriedOut {
            action: rule.action.clone(),
            arrears,
            from_month: from,
        }
    });
    RuleState::Pending { from }
}

/// Whether `rule`'s set end has come at month `t`. A suit, once filed, still comes to
/// judgment: a legal action has no end but its judgment.
fn ends_now(rule: &RetaliationRule, t: u32) -> bool {
    rule.until_month.is_some_and(|until| until <= t) && !matches!(rule.action, Action::Legal { .. })
}

impl Run<'_, '_> {
    /// The actions in force this month: pending rules whose month has come take effect (a
    /// suit is filed), and every active rule adds its effect to `m.fx`.
    #[inline(always)]
    pub(super) fn start_actions(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        let s = self.s;
        for (i, rule) in s.retaliation.iter().enumerate() {
            let Some(state) = self.vendor.rules.get_mut(i) else {
                continue;
            };
            if ends_now(rule, c.t) && !matches!(*state, RuleState::Done) {
                let was_active = matches!(*state, RuleState::Active { .. });
                *state = RuleState::Done;
                if was_active {
                    self.log.push(c.t, EventKind::ActionEnded, None, || {
                        EventDetail::ActionEnded {
                            action: rule.action.clone(),
                        }
                    });
                }
                continue;
            }
            if let RuleState::Pending { from } = *state {
                if from <= c.t {
                    *state = RuleState::Active { since: c.t };
                    self.log.push(c.t, EventKind::ActionStarted, None, || {
                        EventDetail::ActionStarted {
                            action: rule.action.clone(),
                        }
                    });
                    self.file_suit(c, m, i, rule)?;
                }
            }
            if let Some(RuleState::Active { .. }) = self.vendor.rules.get(i) {
                apply(&rule.action, &mut m.fx);
            }
        }
        Ok(())
    }

    /// When rule `i` is a legal action: both parties' legal costs, and the judgment's month.
    fn file_suit(
        &mut self,
        c: Clock,
        m: &mut Month,
        i: usize,
        rule: &RetaliationRule,
    ) -> Result<(), EngineError> {
        let Action::Legal {
            vendor_cost,
            customer_cost,
            delay_months,
            ..
        } = rule.action
        else {
            return Ok(());
        };
        let q = Quantity::LegalAction;
        c.ck.acc(q, &mut m.flows.legal_v, vendor_cost)?;
        c.ck.acc(q, &mut m.flows.legal_c, customer_cost)?;
        if let Some(j) = self.vendor.judgment_at.get_mut(i) {
            *j = Some(c.t.saturating_add(delay_months));
        }
        self.log
            .push(c.t, EventKind::LegalFiled, Some(vendor_cost), || {
                EventDetail::LegalFiled {
                    vendor_cost,
                    customer_cost,
                }
            });
        Ok(())
    }

    /// Judgments due this month: each recovers its win probability times the claim, which
    /// is then cleared.
    #[inline(always)]
    pub(super) fn give_judgments(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        let (s, t, q) = (self.s, c.t, Quantity::LegalAction);
        for (i, rule) in s
            .retaliation
            .iter()
            .enumerate()
            .take(self.vendor.rules.len())
        {
            let Action::Legal {
                win_probability, ..
            } = rule.action
            else {
                continue;
            };
            let due = self.vendor.judgment_at.get(i).copied().flatten() == Some(t);
            let active = matches!(self.vendor.rules.get(i), Some(RuleState::Active { .. }));
            if !(due && active) {
                continue;
            }
            let claim = self.ledger.claim(c.ck, t)?;
            let recovered = round_cents(c.ck.mul(q, claim, win_probability)?);
            self.ledger.clear_claim(t, false);
            c.ck.acc(q, &mut m.flows.judgment, recovered)?;
            if let Some(r) = self.vendor.rules.get_mut(i) {
                *r = RuleState::Done;
            }
            self.log.push(t, EventKind::Judgment, Some(recovered), || {
                EventDetail::Judgment {
                    recovered,
                    win_probability,
                    claim,
                }
            });
        }
        Ok(())
    }

    /// The month-end state the triggers look at: how long the oldest invoice is overdue,
    /// and how many month ends in a row had arrears and no payment.
    #[inline(always)]
    pub(super) fn observe_month_end(&mut self, c: Clock, m: &mut Month) {
        m.days_overdue = if m.arrears.is_zero() {
            0
        } else {
            self.ledger.days_overdue(c.t)
        };
        let f = &m.flows;
        let customer_paid = !(f.contract_paid.is_zero()
            && f.lump_paid.is_zero()
            && f.settle_pay.is_zero()
            && f.judgment.is_zero());
        let v = &mut self.vendor;
        v.months_unpaid = if is_positive(m.arrears) && !customer_paid {
            v.months_unpaid.saturating_add(1)
        } else {
            0
        };
        debug_assert!(v.months_unpaid == 0 || is_positive(m.arrears));
    }

    /// The vendor's triggers at the month end: a rule fires (its action pending from next
    /// month plus its lag), or, when it reverses, stands down once its trigger has cleared.
    #[inline(always)]
    pub(super) fn check_triggers(&mut self, c: Clock, m: &Month) {
        let (s, t) = (self.s, c.t);
        let obs = Observed {
            arrears: m.arrears,
            days_overdue: m.days_overdue,
            months_unpaid: self.vendor.months_unpaid,
        };
        for (i, rule) in s.retaliation.iter().enumerate() {
            let Some(state) = self.vendor.rules.get_mut(i) else {
                continue;
            };
            let on = holds(&rule.trigger, &obs);
            let reverses =
                rule.reverses_when_cleared && !matches!(rule.action, Action::Legal { .. });
            match *state {
                RuleState::Idle if on => {
                    *state = fire(&mut self.log, t, rule, &obs);
                }
                RuleState::Threatened { deadline } if t >= deadline => {
                    *state = decide_threat(&mut self.log, t, rule, m.arrears);
                }
                RuleState::Pending { .. } if !on && reverses => *state = RuleState::Idle,
                RuleState::Active { .. } if !on && reverses => {
                    *state = RuleState::Idle;
                    self.log.push(t, EventKind::ActionEnded, None, || {
                        EventDetail::ActionEnded {
                            action: rule.action.clone(),
                        }
                    });
                }
                _ => {}
            }
        }
    }
}
