//! What the reported run records: its events, its totals and its monthly report.

use super::super::arrears::Ledger;
use super::super::error::{Ck, EngineError, Quantity};
use super::super::exact_sum::ExactSum;
use super::super::report::{
    Event, EventDetail, EventKind, LineFlows, MonthReport, PartyMonth, Totals,
};
use super::super::Detail;
use super::cash::CashMonth;
use super::lines::MonthFlows;
use super::{Clock, Month, Plan};
use crate::model::YearMonth;
use rust_decimal::Decimal;

/// The reported run's totals while they are summed: exact integer sums of same-scale amounts
/// ([`ExactSum`]) instead of a decimal addition per line and month.
#[derive(Default)]
pub(super) struct TotalSums {
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

/// The events of the reported run (other runs keep none).
pub(super) struct EventLog {
    on: bool,
    pub events: Vec<Event>,
}

impl EventLog {
    pub fn new(on: bool) -> EventLog {
        EventLog {
            on,
            events: Vec::new(),
        }
    }

    /// Records an event; `detail` is built only when the log is on (the analyses run the
    /// engine thousands of times without one).
    pub fn push(
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

/// The contract figures of a recorded month.
pub(super) struct ContractFigures {
    /// Shortfall accrued in the current true-up period and not yet invoiced.
    pub shortfall: Decimal,
    /// Commitment still to accrue after the month.
    pub remaining_commitment: Decimal,
}

/// The report a run records, to the plan's [`Detail`].
pub(super) struct Recorder {
    start: YearMonth,
    /// Monthly figures are kept.
    monthly: bool,
    /// Each month's line-by-line flows are kept too.
    lines: bool,
    /// Each party's lines with zero amounts, copied into every month.
    line_template: (LineFlows, LineFlows),
    sums: TotalSums,
    totals: Totals,
    months: Vec<MonthReport>,
}

impl Recorder {
    pub fn new(plan: &Plan) -> Recorder {
        let monthly = plan.detail != Detail::Totals;
        let lines = plan.detail == Detail::Full;
        let horizon = usize::try_from(plan.s.horizon_months).unwrap_or(0);
        Recorder {
            start: plan.s.start,
            monthly,
            lines,
            line_template: if lines {
                MonthFlows::template(plan.rec.len())
            } else {
                Default::default()
            },
            sums: TotalSums::default(),
            totals: Totals::default(),
            months: Vec::with_capacity(if monthly { horizon } else { 0 }),
        }
    }

    /// Whether a month needs its contract figures: every month with monthly figures, and
    /// the last one for the totals.
    #[inline(always)]
    pub fn wants_figures(&self, last: bool) -> bool {
        self.monthly || last
    }

    /// Adds the month to the totals.
    #[inline(always)]
    pub fn add_to_totals(
        &mut self,
        c: Clock,
        m: &Month,
        cash: &CashMonth,
    ) -> Result<(), EngineError> {
        let (ck, q) = (c.ck, Quantity::Totals);
        let sums = &mut self.sums;
        sums.customer_in.add(ck, q, cash.customer_in)?;
        sums.customer_out.add(ck, q, cash.customer_out)?;
        sums.vendor_in.add(ck, q, cash.vendor_in)?;
        sums.vendor_out.add(ck, q, cash.vendor_out)?;
        sums.commitment.add(ck, q, m.commitment)?;
        sums.usage.add(ck, q, m.usage)?;
        sums.trueup.add(ck, q, m.trueup)?;
        sums.lump_sums.add(ck, q, m.flows.lump_paid)?;
        sums.interest.add(ck, q, m.interest)?;
        sums.collection.add(ck, q, m.flows.collection)?;
        self.totals.peak_arrears = self.totals.peak_arrears.max(m.arrears);
        sums.ad_lost.add(ck, q, m.ad_lost)?;
        sums.other_lost.add(ck, q, m.other_lost)?;
        sums.outage.add(ck, q, cash.outage)?;
        Ok(())
    }

    /// The totals' figures at the end of the horizon.
    #[inline(always)]
    pub fn close_totals(&mut self, arrears: Decimal, ledger: &Ledger, figures: &ContractFigures) {
        let t = &mut self.totals;
        t.final_arrears = arrears;
        t.final_accrued_interest = ledger.interest;
        t.final_collection_claim = ledger.collection;
        t.final_shortfall_exposure = figures.shortfall;
        t.final_remaining_commitment = figures.remaining_commitment;
    }

    /// Records month `c` when monthly figures are kept.
    #[inline(always)]
    pub fn push_month(
        &mut self,
        c: Clock,
        m: &Month,
        cash: &CashMonth,
        figures: &ContractFigures,
        ledger: &Ledger,
        rec_flow: &[Decimal],
    ) -> Result<(), EngineError> {
        if !self.monthly {
            return Ok(());
        }
        let (ck, q) = (c.ck, Quantity::Totals);
        let past_due = ck.add(q, m.arrears, ledger.interest)?;
        let billed_unpaid = ck.add(q, past_due, ledger.collection)?;
        // The sum keeps the order of additions it has always had, so that its value stays
        // the same to the last digit where a sum of many decimals rounds.
        let billed_unpaid_and_shortfall = ck.add(
            q,
            past_due,
            ck.add(q, ledger.collection, figures.shortfall)?,
        )?;
        let (arrears_trueup, billed_not_due) = ledger.trueup_arrears_and_not_due(ck, c.t)?;
        let cal = self.start.plus_months(c.t);
        self.months.push(MonthReport {
            index: c.t,
            year: cal.year,
            month: cal.month,
            customer: PartyMonth {
                cash_in: cash.customer_in,
                cash_out: cash.customer_out,
                net: cash.customer_net,
                cumulative: cash.customer_cumulative,
                ..PartyMonth::default()
            },
            vendor: PartyMonth {
                cash_in: cash.vendor_in,
                cash_out: cash.vendor_out,
                net: cash.vendor_net,
                cumulative: cash.vendor_cumulative,
                ..PartyMonth::default()
            },
            commitment_accrued: m.commitment,
            usage_invoiced: m.usage,
            trueup_invoiced: m.trueup,
            arrears: m.arrears,
            arrears_trueup,
            billed_not_due,
            interest_this_month: m.interest,
            accrued_interest: ledger.interest,
            collection_claim: ledger.collection,
            billed_unpaid,
            shortfall_exposure: figures.shortfall,
            billed_unpaid_and_shortfall,
            remaining_commitment: figures.remaining_commitment,
            days_overdue: m.days_overdue,
            ad_revenue_lost: m.ad_lost,
            other_revenue_lost: m.other_lost,
            value_lost_by_vendor: m.value_lost,
            withheld_by_vendor: m.withheld,
            outage_cost: cash.outage,
            suspended: m.fx.suspended,
        });
        debug_assert_eq!(self.months.len(), c.ti.saturating_add(1));
        // The lines are written into the month where it is stored, not built apart and moved
        // there.
        if let (true, Some(month)) = (self.lines, self.months.last_mut()) {
            m.flows.write_lines(
                rec_flow,
                &self.line_template,
                &mut month.customer.lines,
                &mut month.vendor.lines,
            );
        }
        Ok(())
    }

    /// The months and totals recorded.
    pub fn finish(mut self, end: Ck) -> Result<(Vec<MonthReport>, Totals), EngineError> {
        self.sums.write_into(&mut self.totals, end)?;
        Ok((self.months, self.totals))
    }
}
