//! The reciprocal lines' step of a month: each line runs (after the vendor's cuts) and is
//! invoiced; invoices are received on their terms, or withheld while the vendor withholds
//! and released when it stops.

use super::super::arrears::{month_end_day, month_of_day};
use super::super::error::{is_positive, Ck, EngineError, Quantity};
use super::super::report::{EventDetail, EventKind};
use super::{Clock, Month, Run};
use crate::model::{round_cents, FlowKind, Scenario};
use rust_decimal::Decimal;

/// The reciprocal lines' state between months, one slot per line.
pub(super) struct Reciprocal {
    /// Run accrued since the line's last invoice.
    accrued: Vec<Decimal>,
    /// What the customer receives this month.
    pub flow: Vec<Decimal>,
    /// Invoices due and withheld by the vendor.
    withheld: Vec<Decimal>,
    /// Invoices not yet paid: `(month paid, line, amount)`.
    receivables: Vec<(u32, usize, Decimal)>,
    /// The scenario's first calendar month, 0-based (quarters end in March, June…).
    start_month0: u32,
}

impl Reciprocal {
    pub fn new(s: &Scenario, lines: usize) -> Reciprocal {
        Reciprocal {
            accrued: vec![Decimal::ZERO; lines],
            flow: vec![Decimal::ZERO; lines],
            withheld: vec![Decimal::ZERO; lines],
            receivables: Vec::new(),
            start_month0: s.start.month.clamp(1, 12) - 1,
        }
    }
}

impl Reciprocal {
    /// The vendor's invoices to the customer still open: withheld, or not yet due.
    pub fn open_invoices(&self, ck: Ck) -> Result<Decimal, EngineError> {
        let q = Quantity::ReciprocalLine;
        let mut open = Decimal::ZERO;
        for w in &self.withheld {
            ck.acc(q, &mut open, *w)?;
        }
        for (_, _, amount) in &self.receivables {
            ck.acc(q, &mut open, *amount)?;
        }
        Ok(open)
    }
}

impl Run<'_, '_> {
    /// The month's reciprocal flows: run and invoice each line, receive what is due, release
    /// what was withheld once the vendor stops withholding.
    #[inline(always)]
    pub(super) fn run_reciprocal(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        self.invoice_reciprocal(c, m)?;
        self.receive_reciprocal(c, m)?;
        self.release_withheld(c, m)?;
        let mut withheld = Decimal::ZERO;
        for w in &self.reciprocal.withheld {
            c.ck.acc(Quantity::ReciprocalLine, &mut withheld, *w)?;
        }
        m.withheld = withheld;
        Ok(())
    }

    /// Runs each line after the cuts in force (counting what the cuts lose) and, at the end
    /// of its invoicing period, invoices what it ran.
    #[inline(always)]
    fn invoice_reciprocal(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        let (ck, q, t) = (c.ck, Quantity::ReciprocalLine, c.t);
        let r = &mut self.reciprocal;
        let end_day = month_end_day(t);
        let cal_month = (r.start_month0 + t % 12) % 12 + 1;
        let quarter_end = cal_month % 3 == 0;
        for (i, rp) in self.plan.rec.iter().enumerate() {
            let cut = m.fx.cut(rp.kind);
            let run_t = if cut.is_zero() {
                rp.run
            } else {
                ck.mul(q, rp.run, ck.sub(q, Decimal::ONE, cut)?)?
            };
            if !cut.is_zero() {
                let lost = ck.sub(q, rp.run, run_t)?;
                match rp.kind {
                    FlowKind::Ad => ck.acc(q, &mut m.ad_lost, lost)?,
                    _ => ck.acc(q, &mut m.other_lost, lost)?,
                }
                if !rp.value_run.is_zero() {
                    ck.acc(q, &mut m.value_lost, ck.mul(q, rp.value_run, cut)?)?;
                }
            }
            let Some(acc) = r.accrued.get_mut(i) else {
                continue;
            };
            ck.acc(q, acc, run_t)?;
            if !rp.quarterly || quarter_end {
                let invoice = round_cents(*acc);
                *acc = Decimal::ZERO;
                if is_positive(invoice) {
                    let pay_month = month_of_day(end_day.saturating_add(rp.net_days));
                    r.receivables.push((pay_month, i, invoice));
                }
            }
        }
        Ok(())
    }

    /// Receives the invoices paid this month, or sets them aside while the vendor withholds.
    #[inline(always)]
    fn receive_reciprocal(&mut self, c: Clock, m: &Month) -> Result<(), EngineError> {
        let r = &mut self.reciprocal;
        r.flow.fill(Decimal::ZERO);
        let mut k = 0;
        while let Some(&(pay_month, i, amount)) = r.receivables.get(k) {
            if pay_month > c.t {
                k += 1;
                continue;
            }
            let slot = if m.fx.withhold {
                r.withheld.get_mut(i)
            } else {
                r.flow.get_mut(i)
            };
            if let Some(slot) = slot {
                c.ck.acc(Quantity::ReciprocalLine, slot, amount)?;
            }
            r.receivables.swap_remove(k);
        }
        Ok(())
    }

    /// Pays out everything withheld once the vendor no longer withholds.
    #[inline(always)]
    fn release_withheld(&mut self, c: Clock, m: &Month) -> Result<(), EngineError> {
        let r = &mut self.reciprocal;
        if m.fx.withhold || r.withheld.iter().all(|w| w.is_zero()) {
            return Ok(());
        }
        let q = Quantity::ReciprocalLine;
        let mut released = Decimal::ZERO;
        for (w, f) in r.withheld.iter_mut().zip(r.flow.iter_mut()) {
            c.ck.acc(q, f, *w)?;
            c.ck.acc(q, &mut released, *w)?;
            *w = Decimal::ZERO;
        }
        self.log
            .push(c.t, EventKind::WithheldReleased, Some(released), || {
                EventDetail::WithheldReleased { amount: released }
            });
        Ok(())
    }
}
