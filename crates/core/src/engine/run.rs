//! One pass of the month-by-month simulation, as named steps over an explicit month state.
//!
//! [`super::simulate`] runs the scenario as written ([`run_actual`]) and, when it has a
//! settlement, the same scenario without it ([`run_without_settlement`]); both go through
//! [`Run::actual_month`]. The pay-on-time baseline is computed directly by
//! [`super::baseline`]; [`run_reference_baseline`] runs it through the same steps, as the
//! reference its tests compare against.
//!
//! A [`Run`] holds what carries from one month to the next (the invoices, the contract's
//! period, the vendor's rules, the reciprocal receivables, the cash positions and what is
//! recorded); a [`Month`] holds what one month computes, filled in step by step. The steps
//! live beside the state they change: `contract_steps` (invoices, payments, collection),
//! `vendor` (retaliation and judgments), `settlement`, `reciprocal`, `cash` and `record`.
//!
//! The steps of a month are `#[inline(always)]`: each is called once from one of the month's
//! two halves, [`Run::open_month`] and [`Run::pay_and_close`], which then compile as one body
//! each, as a single loop would. Without it the release profile, which optimises for size,
//! calls each step and passes the month's values through memory. The two halves themselves
//! are `#[inline(never)]`: both the one-vendor loop and the several-vendor run
//! (`portfolio.rs`) call them, and inlining them into both would compile the month twice
//! (13 KB of gzipped wasm) for no measurable speed (44.0 µs per Twitter vs AWS simulation
//! either way, `benches/engine.rs`).

mod cash;
mod contract_steps;
mod lines;
pub(crate) mod portfolio;
mod reciprocal;
mod record;
mod settlement;
mod vendor;

use super::arrears::Ledger;
use super::contract::{Period, Schedule};
use super::error::{Ck, EngineError, Quantity};
use super::npv::Npv;
use super::report::{Event, MonthReport, Totals};
use super::retaliation::Effects;
use super::Detail;
use crate::model::{FlowKind, Frequency, Scenario, Settlement};
use cash::Cash;
use lines::MonthFlows;
use reciprocal::Reciprocal;
use record::{EventLog, Recorder};
use rust_decimal::Decimal;
use vendor::Vendor;

/// A reciprocal line prepared for the loop.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RecPlan {
    pub kind: FlowKind,
    /// Amount run each month before cuts.
    pub run: Decimal,
    /// What a month of the line is worth to the vendor (its `value_to_vendor`, a third of it
    /// for a quarterly line).
    pub value_run: Decimal,
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
    /// The baseline's reciprocal receipts per month ([`super::baseline::reciprocal_baseline`]).
    pub received: &'a [Decimal],
    /// What the baseline's reciprocal lines leave owed to the customer at the end.
    pub received_open_at_end: Decimal,
    /// How much of the actual run's report to build.
    pub detail: Detail,
}

/// What a run returns.
pub(crate) struct RunResult {
    /// Monthly detail (only in the reported run, [`run_actual`]).
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
    /// What the vendor owes the customer at the end of the horizon: the reciprocal invoices
    /// it withholds and those not yet due.
    pub final_owed_to_customer: Decimal,
}

/// Runs the scenario as written, recording its report to `plan.detail`.
pub(crate) fn run_actual(plan: &Plan) -> Result<RunResult, EngineError> {
    run_scenario(plan, plan.s.settlement.as_ref(), Some(Recorder::new(plan)))
}

/// Runs the scenario without its settlement; only its NPVs and final claims are read.
pub(crate) fn run_without_settlement(plan: &Plan) -> Result<RunResult, EngineError> {
    run_scenario(plan, None, None)
}

/// Runs the scenario with `settlement` (if any) and records what `record` asks for.
fn run_scenario(
    plan: &Plan,
    settlement: Option<&Settlement>,
    record: Option<Recorder>,
) -> Result<RunResult, EngineError> {
    let mut run = Run::new(plan, settlement, Vendor::new(plan.s), record)?;
    for t in 0..plan.s.horizon_months {
        run.actual_month(t)?;
    }
    run.finish()
}

/// Runs the pay-on-time baseline through the general steps: everyone pays on time, in full,
/// on the due date; no lump sums, no retaliation, no settlement; operations are unchanged.
/// [`super::baseline`] computes the same thing directly and faster; this is its reference.
#[cfg(test)]
pub(crate) fn run_reference_baseline(plan: &Plan) -> Result<RunResult, EngineError> {
    let mut run = Run::new(plan, None, Vendor::default(), None)?;
    for t in 0..plan.s.horizon_months {
        run.reference_baseline_month(t)?;
    }
    run.finish()
}

/// A month of the loop: its index and the checked arithmetic that names it in errors.
#[derive(Clone, Copy)]
struct Clock {
    t: u32,
    /// `t` as an index into the plan's per-month vectors.
    ti: usize,
    ck: Ck,
}

/// What one month computes, filled in by the steps in order.
struct Month {
    /// The combined effect of the vendor's actions in force.
    fx: Effects,
    commitment: Decimal,
    usage: Decimal,
    trueup: Decimal,
    /// Late interest accrued this month.
    interest: Decimal,
    /// Every flow between the parties and the customer's operating flows.
    flows: MonthFlows,
    /// Unpaid contract principal due by the month end.
    arrears: Decimal,
    days_overdue: u32,
    ad_lost: Decimal,
    other_lost: Decimal,
    /// What the lines the vendor cut this month were worth to it.
    value_lost: Decimal,
    /// Reciprocal invoices the vendor withholds at the month end.
    withheld: Decimal,
    /// What the customer's budget still allows it to pay this vendor this month (`None`: no
    /// budget). Each payment step pays at most this and takes what it paid off it.
    allowance: Option<Decimal>,
}

impl Month {
    /// A month before its first step.
    const START: Month = Month {
        fx: Effects::NONE,
        commitment: Decimal::ZERO,
        usage: Decimal::ZERO,
        trueup: Decimal::ZERO,
        interest: Decimal::ZERO,
        flows: MonthFlows::ZERO,
        arrears: Decimal::ZERO,
        days_overdue: 0,
        ad_lost: Decimal::ZERO,
        other_lost: Decimal::ZERO,
        value_lost: Decimal::ZERO,
        withheld: Decimal::ZERO,
        allowance: None,
    };
}

/// What the customer means to pay a vendor in a month, before any budget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Due {
    /// Scheduled payments, the lump sum and a catch-up.
    pub new: Decimal,
    /// Repayment of what a budget held back in earlier months.
    pub held_back: Decimal,
}

/// What the customer paid a vendor in a month, as the several-vendor run needs it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MonthPaid {
    /// Scheduled, lump-sum and catch-up payments, and repaid amounts the budget held back.
    pub contract: Decimal,
    /// The part of `contract` that repaid amounts the budget held back in earlier months.
    pub held_back_repaid: Decimal,
    /// Unpaid contract principal due by the month end.
    pub arrears: Decimal,
}

/// The contract's state between months.
struct ContractState {
    period: Period,
    /// The term in months; a settlement may extend or end it.
    term: u32,
    /// The monthly commitment a settlement set for the rest of the term.
    post_settlement_monthly: Option<Decimal>,
    /// The commitment not yet accrued. Keeping this one running difference (rather than the
    /// total and the accrued sum, subtracted every month) makes each month's update one
    /// subtraction of two amounts of one scale, which the decimal library does without
    /// rescaling.
    commitment_remaining: Decimal,
}

/// Everything a run carries from one month to the next.
struct Run<'p, 'a> {
    plan: &'p Plan<'a>,
    s: &'a Scenario,
    /// The settlement this run applies, if any.
    settlement: Option<&'a Settlement>,
    /// The month the settlement was applied in.
    settled_in: Option<u32>,
    log: EventLog,
    ledger: Ledger,
    contract: ContractState,
    vendor: Vendor,
    reciprocal: Reciprocal,
    cash: Cash,
    /// Open contract claims at the end of the horizon.
    final_claims: Decimal,
    /// The vendor's open reciprocal invoices at the end of the horizon.
    final_owed_to_customer: Decimal,
    /// What a budget held back from this vendor in earlier months and the customer has not
    /// repaid yet (always zero without a budget).
    held_back: Decimal,
    /// The report being recorded (only the reported run has one).
    record: Option<Recorder>,
}

impl<'p, 'a> Run<'p, 'a> {
    fn new(
        plan: &'p Plan<'a>,
        settlement: Option<&'a Settlement>,
        vendor: Vendor,
        record: Option<Recorder>,
    ) -> Result<Self, EngineError> {
        let s = plan.s;
        Ok(Run {
            plan,
            s,
            settlement,
            settled_in: None,
            log: EventLog::new(record.is_some()),
            ledger: Ledger::new(s.payment.interest_first),
            contract: ContractState {
                period: Period::default(),
                term: s.contract.term_months,
                post_settlement_monthly: None,
                commitment_remaining: s.contract.total_commitment,
            },
            vendor,
            reciprocal: Reciprocal::new(s, plan.rec.len()),
            cash: Cash::new(plan)?,
            final_claims: Decimal::ZERO,
            final_owed_to_customer: Decimal::ZERO,
            held_back: Decimal::ZERO,
            record,
        })
    }

    #[inline(always)]
    fn clock(&self, t: u32) -> Clock {
        Clock {
            t,
            ti: usize::try_from(t).unwrap_or(usize::MAX),
            ck: Ck::new(self.s.start, t),
        }
    }

    /// A month of the scenario as written. Before a settlement, the vendor's actions, the
    /// payment delay, the payment stop and the triggers are in play; after it the customer
    /// pays on time and the vendor's rules stand still.
    #[inline(always)]
    fn actual_month(&mut self, t: u32) -> Result<(), EngineError> {
        let (c, mut m) = self.open_month(t)?;
        self.pay_and_close(c, &mut m).map(|_| ())
    }

    /// The first steps of a month of the scenario as written, up to the payments: the
    /// vendor's actions start and the month's invoices are issued.
    #[inline(never)]
    fn open_month(&mut self, t: u32) -> Result<(Clock, Month), EngineError> {
        let c = self.clock(t);
        let mut m = Month::START;
        let negotiating = self.settled_in.is_none();
        if negotiating {
            self.start_actions(c, &mut m)?;
        }
        let delay = if negotiating {
            self.s.payment.delay_days
        } else {
            0
        };
        self.invoice(c, &mut m, delay)?;
        if negotiating {
            self.log_payment_changes(c);
        }
        Ok((c, m))
    }

    /// The rest of a month opened by [`Run::open_month`]: the customer's payments (at most
    /// `m.allowance` in all, when a budget sets one), then everything that follows from them.
    /// Returns what the customer paid on the contract and the arrears at the month end.
    #[inline(never)]
    fn pay_and_close(&mut self, c: Clock, m: &mut Month) -> Result<MonthPaid, EngineError> {
        let negotiating = self.settled_in.is_none();
        self.pay_scheduled(c, m, self.payment_share(c.t))?;
        self.pay_lump_sum(c, m)?;
        if negotiating {
            self.catch_up(c, m)?;
        }
        // The repayment is added to the month's contract payments.
        let held_back_repaid = self.repay_held_back(c, m)?;
        let q = Quantity::ContractPayments;
        let contract = c.ck.add(q, m.flows.contract_paid, m.flows.lump_paid)?;
        let arrears = self.close_after_payments(c, m)?;
        Ok(MonthPaid {
            contract,
            held_back_repaid,
            arrears,
        })
    }

    /// The steps of a month after the customer's payments. Returns the arrears at the month
    /// end.
    #[inline(always)]
    fn close_after_payments(&mut self, c: Clock, m: &mut Month) -> Result<Decimal, EngineError> {
        self.give_judgments(c, m)?;
        m.arrears = self.ledger.arrears(c.ck, c.t)?;
        self.charge_collection(c, m)?;
        self.settle(c, m)?;
        self.run_reciprocal(c, m)?;
        self.bundled_deal(c, m)?;
        self.operations(c, m);
        self.observe_month_end(c, m);
        if self.settled_in.is_none() {
            self.check_triggers(c, m);
        }
        self.close_month(c, m)?;
        Ok(m.arrears)
    }

    /// A month of the pay-on-time baseline: invoices paid in full on their due date, so no
    /// arrears; reciprocal lines run in full; operations as in the scenario.
    #[cfg(test)]
    fn reference_baseline_month(&mut self, t: u32) -> Result<(), EngineError> {
        let c = self.clock(t);
        let mut m = Month::START;
        self.invoice(c, &mut m, 0)?;
        self.pay_scheduled(c, &mut m, Some(Decimal::ONE))?;
        self.run_reciprocal(c, &mut m)?;
        self.operations(c, &mut m);
        self.close_month(c, &m)
    }

    /// The customer's operating flows this month, and the outage cost of a suspension.
    #[inline(always)]
    fn operations(&self, c: Clock, m: &mut Month) {
        let (plan, o, t) = (self.plan, &self.s.operations, c.t);
        m.flows.ops = if t >= o.closed_from_month && o.closed > 0 {
            plan.ops_after
        } else {
            plan.ops_before
        };
        if m.fx.suspended {
            m.flows.suspension = m.fx.suspension_cost;
        }
    }

    /// Both parties' cash, what is recorded of the month, and at the horizon's end the open
    /// claims.
    #[inline(always)]
    fn close_month(&mut self, c: Clock, m: &Month) -> Result<(), EngineError> {
        let cash = self
            .cash
            .add_month(c, self.plan, &m.flows, &self.reciprocal.flow)?;
        debug_assert_eq!(self.cash.months(), c.ti.saturating_add(1));
        if let Some(record) = self.record.as_mut() {
            record.add_to_totals(c, m, &cash)?;
        }
        let last = c.t.saturating_add(1) == self.s.horizon_months;
        if last {
            self.final_claims = self.open_claims(c, m.arrears)?;
            self.final_owed_to_customer = self.reciprocal.open_invoices(c.ck)?;
        }
        let figures = self.month_figures(c, last);
        if let Some(record) = self.record.as_mut() {
            if last {
                record.close_totals(m.arrears, &self.ledger, &figures);
            }
            record.push_month(c, m, &cash, &figures, &self.ledger, &self.reciprocal.flow)?;
        }
        Ok(())
    }

    /// Open contract claims at the end of month `c`: arrears, invoices not yet due, interest
    /// and collection costs.
    #[inline(always)]
    fn open_claims(&self, c: Clock, arrears: Decimal) -> Result<Decimal, EngineError> {
        let (ck, q) = (c.ck, Quantity::Totals);
        let open = ck.add(q, arrears, self.ledger.billed_not_due(ck, c.t)?)?;
        let extras = ck.add(q, self.ledger.interest, self.ledger.collection)?;
        Ok(ck.add(q, open, extras)?)
    }

    /// The contract figures a recorded month shows (zero when nothing records them).
    #[inline(always)]
    fn month_figures(&self, c: Clock, last: bool) -> record::ContractFigures {
        let wanted = self.record.as_ref().is_some_and(|r| r.wants_figures(last));
        let k = &self.contract;
        record::ContractFigures {
            shortfall: if wanted && c.t < k.term {
                k.period.shortfall()
            } else {
                Decimal::ZERO
            },
            remaining_commitment: if wanted {
                super::error::non_negative(k.commitment_remaining)
            } else {
                Decimal::ZERO
            },
        }
    }

    /// The run's result once every month has run.
    fn finish(self) -> Result<RunResult, EngineError> {
        let s = self.s;
        let end = Ck::new(s.start, s.horizon_months.saturating_sub(1));
        let (months, totals) = match self.record {
            Some(record) => record.finish(end)?,
            None => (Vec::new(), Totals::default()),
        };
        let cash = self.cash.finish(end)?;
        Ok(RunResult {
            months,
            cumulative: cash.cumulative,
            events: self.log.events,
            totals,
            npv_customer: cash.npv_customer,
            npv_vendor: cash.npv_vendor,
            settlement_applied: self.settled_in.is_some(),
            final_claims: self.final_claims,
            final_owed_to_customer: self.final_owed_to_customer,
        })
    }
}

/// Reciprocal lines as the loop needs them: monthly run before cuts.
pub(crate) fn reciprocal_plan(s: &Scenario) -> Result<Vec<RecPlan>, EngineError> {
    let ck = Ck::new(s.start, 0);
    s.reciprocal
        .iter()
        .map(|l| {
            let quarterly = l.frequency == Frequency::Quarterly;
            Ok(RecPlan {
                kind: l.kind,
                run: monthly_run(ck, l.amount, quarterly)?,
                value_run: monthly_run(ck, l.value_to_vendor, quarterly)?,
                quarterly,
                net_days: l.net_days,
            })
        })
        .collect()
}

/// A month's share of an amount per period: a third of a quarterly amount.
fn monthly_run(ck: Ck, amount: Decimal, quarterly: bool) -> Result<Decimal, EngineError> {
    if !quarterly {
        return Ok(amount);
    }
    let third = ck.div(Quantity::ReciprocalLine, amount, Decimal::from(3))?;
    Ok(super::contract::quantize(third))
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
