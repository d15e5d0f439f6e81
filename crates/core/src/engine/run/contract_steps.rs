//! The contract's steps of a month: the commitment accrues and invoices are issued; the
//! customer pays what falls due, lump sums and a catch-up; the vendor charges collection
//! costs while arrears are outstanding.

use super::super::contract::is_period_end;
use super::super::error::{is_positive, EngineError, Quantity};
use super::super::report::{EventDetail, EventKind};
use super::{Clock, Due, Month, Run};
use rust_decimal::Decimal;

impl Run<'_, '_> {
    /// Accrues the month's commitment and issues its usage invoice and, at the end of a
    /// true-up period, the true-up; each invoice is paid `delay` days after its due date.
    #[inline(always)]
    pub(super) fn invoice(
        &mut self,
        c: Clock,
        m: &mut Month,
        delay: u32,
    ) -> Result<(), EngineError> {
        let (s, schedule, t) = (self.s, self.plan.schedule, c.t);
        let k = &mut self.contract;
        if t >= k.term {
            return Ok(());
        }
        m.commitment = match k.post_settlement_monthly {
            Some(monthly) => monthly,
            None => schedule
                .commitment
                .get(c.ti)
                .copied()
                .unwrap_or(Decimal::ZERO),
        };
        if !m.fx.suspended {
            m.usage = schedule
                .usage_invoice
                .get(c.ti)
                .copied()
                .unwrap_or(Decimal::ZERO);
        }
        k.period.accrue(c.ck, m.commitment, m.usage)?;
        k.commitment_remaining = c.ck.sub(
            Quantity::ContractCommitment,
            k.commitment_remaining,
            m.commitment,
        )?;
        let net = if m.fx.credit_hold {
            0
        } else {
            s.payment.net_days
        };
        self.ledger.issue(t, m.usage, net, delay, false);
        if is_period_end(t, k.term, s.contract.trueup) {
            let trueup = k.period.close(s.contract.carry_forward);
            m.trueup = trueup;
            self.ledger.issue(t, trueup, net, delay, true);
            if is_positive(trueup) {
                self.log
                    .push(t, EventKind::TrueUp, Some(trueup), || EventDetail::TrueUp {
                        amount: trueup,
                    });
            }
        }
        if t.saturating_add(1) == k.term {
            self.log.push(t, EventKind::ContractEnded, None, || {
                EventDetail::ContractEnded
            });
        }
        Ok(())
    }

    /// Whether month `t` lies in the customer's payment stop.
    #[inline(always)]
    fn in_payment_stop(&self, t: u32) -> bool {
        let p = &self.s.payment;
        p.stop_from_month
            .is_some_and(|a| t >= a && p.resume_at_month.is_none_or(|b| t < b))
    }

    /// The share of each scheduled payment the customer makes in month `t` (`None`: nothing,
    /// during a payment stop). After a settlement the customer pays in full.
    #[inline(always)]
    pub(super) fn payment_share(&self, t: u32) -> Option<Decimal> {
        if self.settled_in.is_some() {
            Some(Decimal::ONE)
        } else if self.in_payment_stop(t) {
            None
        } else {
            Some(self.s.payment.pay_share)
        }
    }

    /// Logs the start and the end of the customer's payment stop.
    #[inline(always)]
    pub(super) fn log_payment_changes(&mut self, c: Clock) {
        let p = &self.s.payment;
        if p.stop_from_month == Some(c.t) {
            self.log.push(c.t, EventKind::PaymentsStopped, None, || {
                EventDetail::PaymentsStopped
            });
        }
        if p.resume_at_month == Some(c.t) && p.stop_from_month.is_some() {
            self.log.push(c.t, EventKind::PaymentsResumed, None, || {
                EventDetail::PaymentsResumed
            });
        }
    }

    /// Makes the scheduled payments falling in the month (`share` of each) and accrues late
    /// interest.
    #[inline(always)]
    pub(super) fn pay_scheduled(
        &mut self,
        c: Clock,
        m: &mut Month,
        share: Option<Decimal>,
    ) -> Result<(), EngineError> {
        let p = &self.s.payment;
        let interest = (p.late_interest_monthly, p.interest_mode);
        let paid = self
            .ledger
            .run_month(c.ck, c.t, share, &mut m.allowance, interest)?;
        m.flows.contract_paid = paid.paid;
        m.interest = paid.interest;
        debug_assert!(!self.ledger.interest.is_sign_negative() || self.ledger.interest.is_zero());
        Ok(())
    }

    /// Pays the month's lump sum towards overdue principal, on the month's last day.
    #[inline(always)]
    pub(super) fn pay_lump_sum(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        let lump = self.plan.lumps.get(c.ti).copied().unwrap_or(Decimal::ZERO);
        if !is_positive(lump) {
            return Ok(());
        }
        let paid = self
            .ledger
            .pay_overdue_capped(c.ck, c.t, lump, &mut m.allowance)?;
        debug_assert!(paid <= lump, "a lump sum pays at most its amount");
        m.flows.lump_paid = paid;
        self.log.push(c.t, EventKind::LumpSum, Some(paid), || {
            EventDetail::LumpSum { paid, due: lump }
        });
        Ok(())
    }

    /// When the customer resumes paying with a catch-up, pays everything overdue.
    #[inline(always)]
    pub(super) fn catch_up(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        if !self.catches_up(c.t) {
            return Ok(());
        }
        let overdue = self.ledger.arrears(c.ck, c.t)?;
        let caught = self
            .ledger
            .pay_overdue_capped(c.ck, c.t, overdue, &mut m.allowance)?;
        c.ck.acc(
            Quantity::ContractPayments,
            &mut m.flows.contract_paid,
            caught,
        )?;
        Ok(())
    }

    /// Repays, out of what the budget still allows this month, what it held back from this
    /// vendor in earlier months, oldest arrears first. Nothing during a payment stop: the
    /// customer is then not paying this vendor at all. Returns what was repaid.
    #[inline(always)]
    pub(super) fn repay_held_back(
        &mut self,
        c: Clock,
        m: &mut Month,
    ) -> Result<Decimal, EngineError> {
        if !is_positive(self.held_back) || self.payment_share(c.t).is_none() {
            return Ok(Decimal::ZERO);
        }
        let repaid = self
            .ledger
            .pay_overdue_capped(c.ck, c.t, self.held_back, &mut m.allowance)?;
        c.ck.acc(
            Quantity::ContractPayments,
            &mut m.flows.contract_paid,
            repaid,
        )?;
        Ok(repaid)
    }

    /// What the customer means to pay this vendor in the month `open_month` opened, before
    /// any budget: the scheduled payments, the lump sum and a catch-up (`new`), and the
    /// repayment of what a budget held back earlier (`held_back`). It runs the payment steps
    /// on a copy of the invoices, so it is exactly what [`Run::pay_and_close`] pays when the
    /// budget allows it all.
    pub(in super::super) fn due(&self, c: Clock) -> Result<Due, EngineError> {
        let (p, ck, t) = (&self.s.payment, c.ck, c.t);
        let mut ledger = self.ledger.clone();
        let share = self.payment_share(t);
        let interest = (p.late_interest_monthly, p.interest_mode);
        let mut new = ledger.run_month(ck, t, share, &mut None, interest)?.paid;
        let lump = self.plan.lumps.get(c.ti).copied().unwrap_or(Decimal::ZERO);
        if is_positive(lump) {
            ck.acc(
                Quantity::ContractPayments,
                &mut new,
                ledger.pay_overdue(ck, t, lump)?,
            )?;
        }
        if self.settled_in.is_none() && self.catches_up(t) {
            let overdue = ledger.arrears(ck, t)?;
            ck.acc(
                Quantity::ContractPayments,
                &mut new,
                ledger.pay_overdue(ck, t, overdue)?,
            )?;
        }
        let held_back = if is_positive(self.held_back) && share.is_some() {
            ledger.pay_overdue(ck, t, self.held_back)?
        } else {
            Decimal::ZERO
        };
        Ok(Due { new, held_back })
    }

    /// Whether month `t` is the month the customer resumes paying with a catch-up.
    #[inline(always)]
    fn catches_up(&self, t: u32) -> bool {
        let p = &self.s.payment;
        p.catch_up_on_resume && p.resume_at_month == Some(t) && p.stop_from_month.is_some()
    }

    /// The vendor's collection costs in a month with arrears outstanding.
    #[inline(always)]
    pub(super) fn charge_collection(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        debug_assert!(
            !m.arrears.is_sign_negative() || m.arrears.is_zero(),
            "negative arrears"
        );
        if is_positive(m.arrears) {
            m.flows.collection = self.s.payment.collection_cost_monthly;
            self.ledger.add_collection(c.ck, m.flows.collection)?;
        }
        Ok(())
    }
}
