//! The contract's steps of a month: the commitment accrues and invoices are issued; the
//! customer pays what falls due, lump sums and a catch-up; the vendor charges collection
//! costs while arrears are outstanding.

use super::super::contract::is_period_end;
use super::super::error::{is_positive, EngineError, Quantity};
use super::super::report::{EventDetail, EventKind};
use super::{Clock, Month, Run};
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
        let paid =
            self.ledger
                .run_month(c.ck, c.t, share, p.late_interest_monthly, p.interest_mode)?;
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
        let paid = self.ledger.pay_overdue(c.ck, c.t, lump)?;
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
        let p = &self.s.payment;
        if !(p.catch_up_on_resume && p.resume_at_month == Some(c.t) && p.stop_from_month.is_some())
        {
            return Ok(());
        }
        let overdue = self.ledger.arrears(c.ck, c.t)?;
        let caught = self.ledger.pay_overdue(c.ck, c.t, overdue)?;
        c.ck.acc(
            Quantity::ContractPayments,
            &mut m.flows.contract_paid,
            caught,
        )?;
        Ok(())
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
