//! One pass of the month-by-month simulation. [`super::simulate`] runs it up to three
//! times: the actual scenario, the pay-on-time baseline, and, when there is a settlement,
//! the same scenario without it.

use super::arrears::{month_end_day, month_of_day, Ledger};
use super::contract::{is_period_end, Period, Schedule};
use super::error::{is_positive, non_negative, Ck, EngineError, Quantity};
use super::exact_sum::ExactSum;
use super::npv::{Npv, NpvAccumulator};
use super::report::{
    Event, EventDetail, EventKind, Line, LineFlow, LineFlows, MonthReport, PartyMonth, Totals,
};
use super::retaliation::{apply, holds, trigger_seen, Effects, Observed, RuleState};
use super::Detail;
use crate::model::{round_cents, Action, FlowKind, Frequency, Scenario, Side, Trigger};
use rust_decimal::Decimal;

/// Which variant of the scenario a run simulates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// The scenario as written, with the event log and monthly detail.
    Actual,
    /// Everyone pays on time: full payment on the due date, no lump sums, no retaliation,
    /// no settlement. Operations are unchanged. [`super::baseline`] computes the same thing
    /// directly and faster; this general form is kept as its reference in tests.
    #[cfg_attr(not(test), allow(dead_code))]
    Baseline,
    /// The scenario without its settlement (NPVs only).
    NoSettlement,
}

/// A reciprocal line prepared for the loop.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RecPlan {
    pub kind: FlowKind,
    /// Amount run each month before cuts.
    pub run: Decimal,
    pub quarterly: bool,
    pub net_days: u32,
}

/// The customer's operating flows in a month (identical in every run).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct OpsMonth {
    pub other_ad: Decimal,
    pub savings: Decimal,
    pub outage: Decimal,
}

/// Everything computed once per simulation and shared by its runs. The parts that depend
/// only on the pay-on-time baseline's inputs are borrowed from a [`super::cache::Prepared`],
/// which [`super::Simulator`] keeps between simulations of similar scenarios.
pub(crate) struct Plan<'a> {
    pub s: &'a Scenario,
    pub schedule: &'a Schedule,
    /// Lump sums per month of the horizon.
    pub lumps: Vec<Decimal>,
    pub rec: &'a [RecPlan],
    pub ops_before: OpsMonth,
    pub ops_after: OpsMonth,
    pub rate_customer: Decimal,
    pub rate_vendor: Decimal,
    /// Discount factors `1 / (1 + r)^(t+1)` of each party, per month.
    pub df_customer: &'a [Decimal],
    pub df_vendor: &'a [Decimal],
    /// The baseline's reciprocal receipts per month ([`super::baseline::reciprocal_received`]).
    pub received: &'a [Decimal],
    /// How much of the actual run's report to build.
    pub detail: Detail,
}

/// What a run returns.
pub(crate) struct RunResult {
    /// Monthly detail (only in [`Mode::Actual`]).
    pub months: Vec<MonthReport>,
    /// Cumulative cash of (customer, vendor) at each month end.
    pub cumulative: Vec<(Decimal, Decimal)>,
    pub events: Vec<Event>,
    pub totals: Totals,
    pub npv_customer: Npv,
    pub npv_vendor: Npv,
    pub settlement_applied: bool,
    /// Open contract claims at the end of the horizon: arrears, invoices not yet due,
    /// interest and collection costs.
    pub final_claims: Decimal,
}

/// The reported run's totals while they are summed: exact integer sums of same-scale amounts
/// ([`ExactSum`]) instead of a decimal addition per line and month.
#[derive(Default)]
struct TotalSums {
    customer_in: ExactSum,
    customer_out: ExactSum,
    vendor_in: ExactSum,
    vendor_out: ExactSum,
    commitment: ExactSum,
    usage: ExactSum,
    trueup: ExactSum,
    lump_sums: ExactSum,
    interest: ExactSum,
    collection: ExactSum,
    ad_lost: ExactSum,
    other_lost: ExactSum,
    outage: ExactSum,
}

impl TotalSums {
    fn write_into(&self, totals: &mut Totals, ck: Ck) -> Result<(), EngineError> {
        let tl = Quantity::Totals;
        totals.customer.cash_in = self.customer_in.value(ck, tl)?;
        totals.customer.cash_out = self.customer_out.value(ck, tl)?;
        totals.vendor.cash_in = self.vendor_in.value(ck, tl)?;
        totals.vendor.cash_out = self.vendor_out.value(ck, tl)?;
        totals.commitment_accrued = self.commitment.value(ck, tl)?;
        totals.usage_invoiced = self.usage.value(ck, tl)?;
        totals.trueup_invoiced = self.trueup.value(ck, tl)?;
        totals.paid_to_vendor = totals.vendor.cash_in;
        totals.lump_sums = self.lump_sums.value(ck, tl)?;
        totals.interest_accrued = self.interest.value(ck, tl)?;
        totals.collection_costs = self.collection.value(ck, tl)?;
        totals.ad_revenue_lost = self.ad_lost.value(ck, tl)?;
        totals.other_revenue_lost = self.other_lost.value(ck, tl)?;
        totals.outage_cost = self.outage.value(ck, tl)?;
        Ok(())
    }
}

struct EventLog {
    on: bool,
    events: Vec<Event>,
}

impl EventLog {
    /// Records an event; `detail` is built only when the log is on (the analyses run the
    /// engine thousands of times without one).
    fn push(
        &mut self,
        t: u32,
        kind: EventKind,
        amount: Option<Decimal>,
        detail: impl FnOnce() -> EventDetail,
    ) {
        if !self.on {
            return;
        }
        self.events.push(Event {
            month_index: t,
            kind,
            detail: detail(),
            amount,
        });
    }
}

/// Runs the scenario of `plan` in `mode`.
pub(crate) fn run(plan: &Plan, mode: Mode) -> Result<RunResult, EngineError> {
    let s = plan.s;
    let actual = mode != Mode::Baseline;
    // `report`: the run whose totals and events are reported; `detail`: it also keeps
    // monthly figures; `lines`: and each month's line-by-line flows and event sentences.
    let report = mode == Mode::Actual;
    let detail = report && plan.detail != Detail::Totals;
    let lines = report && plan.detail == Detail::Full;
    let settlement = if mode == Mode::Actual {
        s.settlement.as_ref()
    } else {
        None
    };
    let horizon = s.horizon_months;
    let cap = usize::try_from(horizon).unwrap_or(0);

    let mut log = EventLog {
        on: report,
        events: Vec::new(),
    };
    let mut ledger = Ledger::default();
    let mut period = Period::default();
    let mut term = s.contract.term_months;
    let mut post_settlement_monthly: Option<Decimal> = None;
    // The commitment not yet accrued. Keeping this one running difference (rather than the
    // total and the accrued sum, subtracted every month) makes each month's update one
    // subtraction of two amounts of one scale, which the decimal library does without
    // rescaling.
    let mut commitment_remaining = s.contract.total_commitment;
    let n_rules = if actual { s.retaliation.len() } else { 0 };
    // A standing policy (`Trigger::Always`) needs no month-end check to fire: it starts after
    // its lag from month 0.
    let mut rules: Vec<RuleState> = s
        .retaliation
        .iter()
        .take(n_rules)
        .map(|r| match r.trigger {
            Trigger::Always => RuleState::Pending { from: r.lag_months },
            _ => RuleState::Idle,
        })
        .collect();
    let mut judgment_at: Vec<Option<u32>> = vec![None; n_rules];
    let mut settled = false;
    let mut settlement_applied = false;
    let mut settled_in: Option<u32> = None;
    let mut final_claims = Decimal::ZERO;
    let mut months_unpaid = 0u32;
    let n_rec = plan.rec.len();
    let mut rec_acc = vec![Decimal::ZERO; n_rec];
    let mut rec_flow = vec![Decimal::ZERO; n_rec];
    let mut withheld = vec![Decimal::ZERO; n_rec];
    let mut receivables: Vec<(u32, usize, Decimal)> = Vec::new();
    let mut npv_c = NpvAccumulator::new(plan.rate_customer)?;
    let mut npv_v = NpvAccumulator::new(plan.rate_vendor)?;
    let mut cum_c = s.customer.cash_on_hand;
    let mut cum_v = s.vendor.cash_on_hand;
    let mut totals = Totals::default();
    let mut total_sums = TotalSums::default();
    let mut months = Vec::with_capacity(if detail { cap } else { 0 });
    let mut cumulative = Vec::with_capacity(cap);
    let line_template = if lines {
        MonthFlows::template(n_rec)
    } else {
        Default::default()
    };
    let stop = s.payment.stop_from_month;
    let resume = s.payment.resume_at_month;
    let in_stop = |t: u32| stop.is_some_and(|a| t >= a && resume.is_none_or(|b| t < b));
    let start_month0 = s.start.month.clamp(1, 12) - 1;

    for t in 0..horizon {
        let ck = Ck::new(s.start, t);
        let end_day = month_end_day(t);
        let ti = usize::try_from(t).unwrap_or(usize::MAX);

        // 1. Actions in force this month.
        let mut fx = Effects::default();
        let (mut legal_c, mut legal_v) = (Decimal::ZERO, Decimal::ZERO);
        if actual && !settled {
            for (i, rule) in s.retaliation.iter().enumerate() {
                let Some(state) = rules.get_mut(i) else {
                    continue;
                };
                if let RuleState::Pending { from } = *state {
                    if from <= t {
                        *state = RuleState::Active { since: t };
                        log.push(t, EventKind::ActionStarted, None, || {
                            EventDetail::ActionStarted {
                                action: rule.action.clone(),
                            }
                        });
                        if let Action::Legal {
                            vendor_cost,
                            customer_cost,
                            delay_months,
                            ..
                        } = rule.action
                        {
                            ck.acc(Quantity::LegalAction, &mut legal_v, vendor_cost)?;
                            ck.acc(Quantity::LegalAction, &mut legal_c, customer_cost)?;
                            if let Some(j) = judgment_at.get_mut(i) {
                                *j = Some(t.saturating_add(delay_months));
                            }
                            log.push(t, EventKind::LegalFiled, Some(vendor_cost), || {
                                EventDetail::LegalFiled {
                                    vendor_cost,
                                    customer_cost,
                                }
                            });
                        }
                    }
                }
                if let RuleState::Active { .. } = *state {
                    apply(&rule.action, &mut fx);
                }
            }
        }

        // 2. The contract: commitment, usage invoice, true-up.
        let (mut commit_t, mut usage_t, mut trueup_t) =
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        if t < term {
            commit_t = match post_settlement_monthly {
                Some(m) => m,
                None => plan
                    .schedule
                    .commitment
                    .get(ti)
                    .copied()
                    .unwrap_or(Decimal::ZERO),
            };
            if !fx.suspended {
                usage_t = plan
                    .schedule
                    .usage_invoice
                    .get(ti)
                    .copied()
                    .unwrap_or(Decimal::ZERO);
            }
            period.accrue(ck, commit_t, usage_t)?;
            if actual {
                // Only a settlement (and the detailed report) needs the commitment left.
                commitment_remaining =
                    ck.sub(Quantity::ContractCommitment, commitment_remaining, commit_t)?;
            }
            let net = if fx.credit_hold {
                0
            } else {
                s.payment.net_days
            };
            let delay = if actual && !settled {
                s.payment.delay_days
            } else {
                0
            };
            ledger.issue(t, usage_t, net, delay, false);
            if is_period_end(t, term, s.contract.trueup) {
                trueup_t = period.close(s.contract.carry_forward);
                ledger.issue(t, trueup_t, net, delay, true);
                if is_positive(trueup_t) {
                    log.push(t, EventKind::TrueUp, Some(trueup_t), || {
                        EventDetail::TrueUp { amount: trueup_t }
                    });
                }
            }
            if t.saturating_add(1) == term {
                log.push(t, EventKind::ContractEnded, None, || {
                    EventDetail::ContractEnded
                });
            }
        }

        // 3. Scheduled payments and late interest.
        let share = if !actual || settled {
            Some(Decimal::ONE)
        } else if in_stop(t) {
            None
        } else {
            Some(s.payment.pay_share)
        };
        if actual && !settled {
            if stop == Some(t) {
                log.push(t, EventKind::PaymentsStopped, None, || {
                    EventDetail::PaymentsStopped
                });
            }
            if resume == Some(t) && stop.is_some() {
                log.push(t, EventKind::PaymentsResumed, None, || {
                    EventDetail::PaymentsResumed
                });
            }
        }
        let paid = ledger.run_month(
            ck,
            t,
            share,
            s.payment.late_interest_monthly,
            s.payment.interest_mode,
        )?;
        let mut contract_paid = paid.paid;

        // 4. Lump sums and catch-up, on the last day of the month.
        let mut lump_paid = Decimal::ZERO;
        if actual {
            let lump = plan.lumps.get(ti).copied().unwrap_or(Decimal::ZERO);
            if is_positive(lump) {
                lump_paid = ledger.pay_overdue(ck, t, lump)?;
                log.push(t, EventKind::LumpSum, Some(lump_paid), || {
                    EventDetail::LumpSum {
                        paid: lump_paid,
                        due: lump,
                    }
                });
            }
            if !settled && s.payment.catch_up_on_resume && resume == Some(t) && stop.is_some() {
                let overdue = ledger.arrears(ck, t)?;
                let caught = ledger.pay_overdue(ck, t, overdue)?;
                ck.acc(Quantity::ContractPayments, &mut contract_paid, caught)?;
            }
        }

        // 5. Judgments due this month.
        let mut judgment = Decimal::ZERO;
        for (i, rule) in s.retaliation.iter().enumerate().take(n_rules) {
            let due = judgment_at.get(i).copied().flatten() == Some(t);
            let active = matches!(rules.get(i), Some(RuleState::Active { .. }));
            if let (
                true,
                true,
                Action::Legal {
                    win_probability, ..
                },
            ) = (due, active, &rule.action)
            {
                let claim = ledger.claim(ck, t)?;
                let recovered = round_cents(ck.mul(Quantity::LegalAction, claim, *win_probability)?);
                ledger.clear_claim(t, false);
                ck.acc(Quantity::LegalAction, &mut judgment, recovered)?;
                if let Some(r) = rules.get_mut(i) {
                    *r = RuleState::Done;
                }
                log.push(t, EventKind::Judgment, Some(recovered), || {
                    EventDetail::Judgment {
                        recovered,
                        win_probability: *win_probability,
                        claim,
                    }
                });
            }
        }

        // 6. Collection costs while arrears are outstanding.
        // The baseline pays every invoice on its due date: it never has arrears. Only a
        // settlement changes them between here and the month's end.
        let mut arrears = if actual {
            ledger.arrears(ck, t)?
        } else {
            Decimal::ZERO
        };
        let mut collection_t = Decimal::ZERO;
        if is_positive(arrears) {
            collection_t = s.payment.collection_cost_monthly;
            ledger.add_collection(ck, collection_t)?;
        }

        // 7. Settlement at the end of its month.
        let mut settle_pay = Decimal::ZERO;
        if let Some(st) = settlement.filter(|st| st.month == t && !settled) {
            if fx.refuse_renegotiation && st.proposed_by == Side::Customer {
                log.push(t, EventKind::SettlementRejected, None, || {
                    EventDetail::SettlementRejected
                });
            } else {
                let line = Quantity::Settlement;
                let claim = ledger.claim(ck, t)?;
                let keep = ck.sub(line, Decimal::ONE, st.arrears_discount)?;
                settle_pay = round_cents(ck.mul(line, claim, keep)?);
                ledger.clear_claim(t, true);
                arrears = ledger.arrears(ck, t)?;
                let remaining =
                    non_negative(ck.sub(line, commitment_remaining, st.commitment_reduction)?);
                let old_term = term;
                term = term.saturating_add(st.term_extension_months);
                let months_left = term.saturating_sub(t.saturating_add(1));
                post_settlement_monthly = Some(if months_left == 0 {
                    Decimal::ZERO
                } else {
                    ck.div(line, remaining, Decimal::from(months_left))?
                });
                commitment_remaining = remaining;
                if months_left == 0 && old_term > t {
                    // Nothing is left to accrue; the contract ends now.
                    term = t.saturating_add(1);
                }
                settled = true;
                settlement_applied = true;
                settled_in = Some(t);
                log.push(t, EventKind::SettlementApplied, Some(settle_pay), || {
                    EventDetail::SettlementApplied {
                        paid: settle_pay,
                        forgiven_share: st.arrears_discount,
                        claim,
                        remaining_commitment: remaining,
                        months_left,
                    }
                });
            }
        }

        // 8. Reciprocal lines: run (after cuts), invoice, and receive.
        let (mut ad_lost, mut other_lost) = (Decimal::ZERO, Decimal::ZERO);
        let cal_month = (start_month0 + t % 12) % 12 + 1;
        let quarter_end = cal_month % 3 == 0;
        for (i, rp) in plan.rec.iter().enumerate() {
            let line = Quantity::ReciprocalLine;
            let cut = fx.cut(rp.kind);
            let run_t = if cut.is_zero() {
                rp.run
            } else {
                ck.mul(line, rp.run, ck.sub(line, Decimal::ONE, cut)?)?
            };
            if !cut.is_zero() {
                let lost = ck.sub(line, rp.run, run_t)?;
                match rp.kind {
                    FlowKind::Ad => ck.acc(line, &mut ad_lost, lost)?,
                    _ => ck.acc(line, &mut other_lost, lost)?,
                }
            }
            if let Some(acc) = rec_acc.get_mut(i) {
                ck.acc(line, acc, run_t)?;
                if !rp.quarterly || quarter_end {
                    let invoice = round_cents(*acc);
                    *acc = Decimal::ZERO;
                    if is_positive(invoice) {
                        let pay_month = month_of_day(end_day.saturating_add(rp.net_days));
                        receivables.push((pay_month, i, invoice));
                    }
                }
            }
        }
        for f in rec_flow.iter_mut() {
            *f = Decimal::ZERO;
        }
        let mut k = 0;
        while let Some(&(pay_month, i, amount)) = receivables.get(k) {
            if pay_month <= t {
                let slot = if fx.withhold {
                    withheld.get_mut(i)
                } else {
                    rec_flow.get_mut(i)
                };
                if let Some(slot) = slot {
                    ck.acc(Quantity::ReciprocalLine, slot, amount)?;
                }
                receivables.swap_remove(k);
            } else {
                k += 1;
            }
        }
        if !fx.withhold && withheld.iter().any(|w| !w.is_zero()) {
            let mut released = Decimal::ZERO;
            for (w, f) in withheld.iter_mut().zip(rec_flow.iter_mut()) {
                ck.acc(Quantity::ReciprocalLine, f, *w)?;
                ck.acc(Quantity::ReciprocalLine, &mut released, *w)?;
                *w = Decimal::ZERO;
            }
            log.push(t, EventKind::WithheldReleased, Some(released), || {
                EventDetail::WithheldReleased { amount: released }
            });
        }
        let mut withheld_total = Decimal::ZERO;
        for w in &withheld {
            ck.acc(Quantity::ReciprocalLine, &mut withheld_total, *w)?;
        }
        let mut bundled = Decimal::ZERO;
        if let (Some(st), Some(m)) = (settlement, settled_in) {
            if t > m {
                bundled = ck.add(Quantity::Settlement, st.bundled_ad_monthly, st.bundled_data_monthly)?;
            }
        }

        // 9. Operations.
        let ops = if t >= s.operations.closed_from_month && s.operations.closed > 0 {
            plan.ops_after
        } else {
            plan.ops_before
        };
        let suspension = if fx.suspended {
            fx.suspension_cost
        } else {
            Decimal::ZERO
        };

        // 10. Month-end state and triggers.
        let days_overdue = if arrears.is_zero() {
            0
        } else {
            ledger.days_overdue(t)
        };
        let customer_paid = !(contract_paid.is_zero()
            && lump_paid.is_zero()
            && settle_pay.is_zero()
            && judgment.is_zero());
        months_unpaid = if is_positive(arrears) && !customer_paid {
            months_unpaid.saturating_add(1)
        } else {
            0
        };
        if actual && !settled {
            let obs = Observed {
                arrears,
                days_overdue,
                months_unpaid,
            };
            for (i, rule) in s.retaliation.iter().enumerate() {
                let Some(state) = rules.get_mut(i) else {
                    continue;
                };
                let on = holds(&rule.trigger, &obs);
                let legal = matches!(rule.action, Action::Legal { .. });
                match *state {
                    RuleState::Idle if on => {
                        let from = t.saturating_add(1).saturating_add(rule.lag_months);
                        *state = RuleState::Pending { from };
                        log.push(t, EventKind::TriggerFired, Some(arrears), || {
                            EventDetail::TriggerFired {
                                seen: trigger_seen(&rule.trigger, &obs),
                                action: rule.action.clone(),
                                from_month: from,
                            }
                        });
                    }
                    RuleState::Pending { .. } if !on && rule.reverses_when_cleared && !legal => {
                        *state = RuleState::Idle;
                    }
                    RuleState::Active { .. } if !on && rule.reverses_when_cleared && !legal => {
                        *state = RuleState::Idle;
                        log.push(t, EventKind::ActionEnded, None, || {
                            EventDetail::ActionEnded {
                                action: rule.action.clone(),
                            }
                        });
                    }
                    _ => {}
                }
            }
        }

        // 11. Both parties' cash in and out (every amount is non-negative, so each flow's
        // direction is known), cash positions and NPVs.
        let cl = Quantity::CashPosition;
        let mut rec_total = Decimal::ZERO;
        for f in &rec_flow {
            ck.acc(cl, &mut rec_total, *f)?;
        }
        let to_vendor = ck.add(
            cl,
            ck.add(cl, contract_paid, lump_paid)?,
            ck.add(cl, settle_pay, judgment)?,
        )?;
        let from_vendor = ck.add(cl, rec_total, bundled)?;
        let in_c = ck.add(cl, from_vendor, ck.add(cl, ops.other_ad, ops.savings)?)?;
        let to_vendor_and_legal = ck.add(cl, to_vendor, legal_c)?;
        // Also the month's outage cost in the totals.
        let outage_sum = ck.add(cl, ops.outage, suspension)?;
        let out_c = ck.add(cl, to_vendor_and_legal, outage_sum)?;
        let in_v = to_vendor;
        let out_v = ck.add(cl, from_vendor, ck.add(cl, legal_v, collection_t)?)?;
        let net_c = ck.sub(cl, in_c, out_c)?;
        let net_v = ck.sub(cl, in_v, out_v)?;
        cum_c = ck.add(Quantity::CashPosition, cum_c, net_c)?;
        cum_v = ck.add(Quantity::CashPosition, cum_v, net_v)?;
        npv_c.push(
            ck,
            net_c,
            plan.df_customer.get(ti).copied().unwrap_or(Decimal::ZERO),
        )?;
        npv_v.push(
            ck,
            net_v,
            plan.df_vendor.get(ti).copied().unwrap_or(Decimal::ZERO),
        )?;
        cumulative.push((cum_c, cum_v));

        // Totals and month detail are only needed for the reported run.
        let tl = Quantity::Totals;
        let tt = &mut totals;
        let mut outage_t = Decimal::ZERO;
        if report {
            let sums = &mut total_sums;
            sums.customer_in.add(ck, tl, in_c)?;
            sums.customer_out.add(ck, tl, out_c)?;
            // Everything paid to the vendor is `to_vendor`, which is also the vendor's cash
            // in: one sum serves both totals.
            sums.vendor_in.add(ck, tl, in_v)?;
            sums.vendor_out.add(ck, tl, out_v)?;
            sums.commitment.add(ck, tl, commit_t)?;
            sums.usage.add(ck, tl, usage_t)?;
            sums.trueup.add(ck, tl, trueup_t)?;
            sums.lump_sums.add(ck, tl, lump_paid)?;
            sums.interest.add(ck, tl, paid.interest)?;
            sums.collection.add(ck, tl, collection_t)?;
            tt.peak_arrears = tt.peak_arrears.max(arrears);
            sums.ad_lost.add(ck, tl, ad_lost)?;
            sums.other_lost.add(ck, tl, other_lost)?;
            outage_t = outage_sum;
            sums.outage.add(ck, tl, outage_t)?;
        }

        // Without monthly figures the reported run still needs the last month's.
        let last = t.saturating_add(1) == horizon;
        let month_figures = detail || (report && last);
        let shortfall = if t < term && month_figures {
            period.shortfall()
        } else {
            Decimal::ZERO
        };
        let remaining_commitment = if month_figures {
            non_negative(commitment_remaining)
        } else {
            Decimal::ZERO
        };
        if last {
            tt.final_arrears = arrears;
            tt.final_accrued_interest = ledger.interest;
            tt.final_collection_claim = ledger.collection;
            tt.final_shortfall_exposure = shortfall;
            tt.final_remaining_commitment = remaining_commitment;
            let open = ck.add(tl, arrears, ledger.billed_not_due(ck, t)?)?;
            let extras = ck.add(tl, ledger.interest, ledger.collection)?;
            final_claims = ck.add(tl, open, extras)?;
        }
        if detail {
            let owed = ck.add(
                tl,
                ck.add(tl, arrears, ledger.interest)?,
                ck.add(tl, ledger.collection, shortfall)?,
            )?;
            let cal = s.start.plus_months(t);
            let (arrears_trueup, billed_not_due) = ledger.trueup_arrears_and_not_due(ck, t)?;
            months.push(MonthReport {
                index: t,
                year: cal.year,
                month: cal.month,
                customer: PartyMonth {
                    cash_in: in_c,
                    cash_out: out_c,
                    net: net_c,
                    cumulative: cum_c,
                    ..PartyMonth::default()
                },
                vendor: PartyMonth {
                    cash_in: in_v,
                    cash_out: out_v,
                    net: net_v,
                    cumulative: cum_v,
                    ..PartyMonth::default()
                },
                commitment_accrued: commit_t,
                usage_invoiced: usage_t,
                trueup_invoiced: trueup_t,
                arrears,
                arrears_trueup,
                billed_not_due,
                interest_this_month: paid.interest,
                accrued_interest: ledger.interest,
                collection_claim: ledger.collection,
                shortfall_exposure: shortfall,
                total_owed: owed,
                remaining_commitment,
                days_overdue,
                ad_revenue_lost: ad_lost,
                other_revenue_lost: other_lost,
                withheld_by_vendor: withheld_total,
                outage_cost: outage_t,
                suspended: fx.suspended,
            });
            // The lines are written into the month where it is stored, not built apart and
            // moved there.
            if let (true, Some(m)) = (lines, months.last_mut()) {
                let flows = MonthFlows {
                    contract_paid,
                    lump_paid,
                    settle_pay,
                    judgment,
                    bundled,
                    legal_c,
                    legal_v,
                    collection: collection_t,
                    ops,
                    suspension,
                };
                flows.write_lines(
                    &rec_flow,
                    &line_template,
                    &mut m.customer.lines,
                    &mut m.vendor.lines,
                );
            }
        }
    }
    let end = Ck::new(s.start, horizon.saturating_sub(1));
    if report {
        total_sums.write_into(&mut totals, end)?;
    }
    Ok(RunResult {
        months,
        cumulative,
        events: log.events,
        totals,
        npv_customer: npv_c.finish(end)?,
        npv_vendor: npv_v.finish(end)?,
        settlement_applied,
        final_claims,
    })
}

/// A month's flows as the line-by-line report shows them, every amount non-negative.
struct MonthFlows {
    contract_paid: Decimal,
    lump_paid: Decimal,
    settle_pay: Decimal,
    judgment: Decimal,
    bundled: Decimal,
    legal_c: Decimal,
    legal_v: Decimal,
    collection: Decimal,
    ops: OpsMonth,
    suspension: Decimal,
}

impl MonthFlows {
    /// Calls `c` and `v` with each line of the customer and of the vendor, signed from that
    /// party's side, in the report's fixed order. Both the lines' template and each month's
    /// amounts are written through this one function, so their orders agree.
    #[inline(always)]
    fn each_line(
        &self,
        rec_flow: &[Decimal],
        mut c: impl FnMut(Line, Decimal),
        mut v: impl FnMut(Line, Decimal),
    ) {
        // Unary minus cannot overflow (the decimal range is symmetric); zero stays +0 so that
        // exports never show "-0.00".
        let neg = |x: Decimal| if x.is_zero() { Decimal::ZERO } else { -x };
        for (line, amount) in [
            (Line::ContractPayments, self.contract_paid),
            (Line::LumpSums, self.lump_paid),
            (Line::SettlementPayment, self.settle_pay),
            (Line::LegalJudgment, self.judgment),
        ] {
            c(line, neg(amount));
            v(line, amount);
        }
        // Validation allows far fewer reciprocal lines than a 16-bit index numbers.
        for (i, f) in (0..=u16::MAX).zip(rec_flow) {
            c(Line::Reciprocal(i), *f);
            v(Line::Reciprocal(i), neg(*f));
        }
        c(Line::BundledDeal, self.bundled);
        v(Line::BundledDeal, neg(self.bundled));
        c(Line::LegalCosts, neg(self.legal_c));
        v(Line::LegalCosts, neg(self.legal_v));
        v(Line::CollectionCosts, neg(self.collection));
        c(Line::OtherAdRevenue, self.ops.other_ad);
        c(Line::InfrastructureSavings, self.ops.savings);
        c(Line::OutageRisk, neg(self.ops.outage));
        c(Line::SuspensionOutage, neg(self.suspension));
    }

    /// Each party's lines with zero amounts: the template every month's lines start from.
    fn template(n_rec: usize) -> (LineFlows, LineFlows) {
        let zero = MonthFlows {
            contract_paid: Decimal::ZERO,
            lump_paid: Decimal::ZERO,
            settle_pay: Decimal::ZERO,
            judgment: Decimal::ZERO,
            bundled: Decimal::ZERO,
            legal_c: Decimal::ZERO,
            legal_v: Decimal::ZERO,
            collection: Decimal::ZERO,
            ops: OpsMonth::default(),
            suspension: Decimal::ZERO,
        };
        let (mut c, mut v) = (LineFlows::new(), LineFlows::new());
        zero.each_line(
            &vec![Decimal::ZERO; n_rec],
            |line, amount| c.push(LineFlow { line, amount }),
            |line, amount| v.push(LineFlow { line, amount }),
        );
        (c, v)
    }

    /// Writes this month's lines: the template copied in one piece (no capacity check and
    /// length update per line), then each amount in place.
    #[inline(always)]
    fn write_lines(
        &self,
        rec_flow: &[Decimal],
        template: &(LineFlows, LineFlows),
        c: &mut LineFlows,
        v: &mut LineFlows,
    ) {
        c.extend_from_slice(&template.0);
        v.extend_from_slice(&template.1);
        let (mut cs, mut vs) = (c.iter_mut(), v.iter_mut());
        self.each_line(
            rec_flow,
            |_, amount| {
                if let Some(slot) = cs.next() {
                    slot.amount = amount;
                }
            },
            |_, amount| {
                if let Some(slot) = vs.next() {
                    slot.amount = amount;
                }
            },
        );
    }
}

/// Reciprocal lines as the loop needs them: monthly run before cuts.
pub(crate) fn reciprocal_plan(s: &Scenario) -> Result<Vec<RecPlan>, EngineError> {
    let ck = Ck::new(s.start, 0);
    s.reciprocal
        .iter()
        .map(|l| {
            let quarterly = l.frequency == Frequency::Quarterly;
            let run = if quarterly {
                super::contract::quantize(ck.div(Quantity::ReciprocalLine, l.amount, Decimal::from(3))?)
            } else {
                l.amount
            };
            Ok(RecPlan {
                kind: l.kind,
                run,
                quarterly,
                net_days: l.net_days,
            })
        })
        .collect()
}

/// The customer's operating flows before and after the data-centre closures.
pub(crate) fn operations_plan(s: &Scenario) -> Result<(OpsMonth, OpsMonth), EngineError> {
    let o = &s.operations;
    let ck = Ck::new(s.start, o.closed_from_month);
    let line = Quantity::Operations;
    let outage = |closed: u32| -> Result<Decimal, EngineError> {
        let extra = ck.mul(line, o.outage_probability_per_closed, Decimal::from(closed))?;
        let p = ck
            .add(line, o.outage_probability_base, extra)?
            .min(Decimal::ONE);
        Ok(ck.mul(line, p, o.outage_cost)?)
    };
    let before = OpsMonth {
        other_ad: o.other_ad_revenue_monthly,
        savings: Decimal::ZERO,
        outage: outage(0)?,
    };
    let after = OpsMonth {
        other_ad: o.other_ad_revenue_monthly,
        savings: ck.mul(line, o.saving_per_closed_monthly, Decimal::from(o.closed))?,
        outage: outage(o.closed)?,
    };
    Ok((before, after))
}

/// Lump sums per month of the horizon (several in one month add up).
pub(crate) fn lumps_plan(s: &Scenario) -> Result<Vec<Decimal>, EngineError> {
    let mut lumps = vec![Decimal::ZERO; usize::try_from(s.horizon_months).unwrap_or(0)];
    for l in &s.payment.lump_sums {
        let ck = Ck::new(s.start, l.month);
        if let Some(slot) = usize::try_from(l.month).ok().and_then(|m| lumps.get_mut(m)) {
            ck.acc(Quantity::LumpSum, slot, l.amount)?;
        }
    }
    Ok(lumps)
}
