//! The customer's contract invoices: payments, arrears per invoice, and late interest.
//!
//! Day count: every month has 30 days. Month index `t` covers days `30t + 1 ..= 30t + 30`;
//! invoices are issued on its last day, `30(t + 1)`, and fall due `net_days` later. A payment
//! made on day `P` belongs to month `(P − 1) / 30`.
//!
//! Late interest accrues from the day after the due date: an invoice due on day `D` and paid
//! on day `P` is `P − D` days late. Within a month, each unpaid balance accrues
//! `balance × rate × late_days / 30`, `late_days` being the days of that month after the due
//! date during which the balance was unpaid. Compound interest also charges `rate` on the
//! interest accrued at the start of the month (monthly compounding).
//!
//! Payments go to principal, oldest invoice first; interest and collection costs stay as a
//! separate claim that only a settlement or a judgment pays. This keeps "what was invoiced
//! and not paid" apart from "what the contract adds for lateness". With interest first
//! (`Payment::interest_first`, the usual legal default), each payment pays the interest
//! accrued before it first, and only the rest goes to principal.

use super::error::{Ck, EngineError, Quantity};
use crate::model::{round_cents, InterestMode};
use rust_decimal::Decimal;
use std::collections::VecDeque;

const LINE_PAY: Quantity = Quantity::ContractPayments;
const LINE_INTEREST: Quantity = Quantity::LateInterest;
const LINE_ARREARS: Quantity = Quantity::Arrears;

/// Days in every month of the engine's day count.
pub(crate) const DAYS_PER_MONTH: u32 = 30;

/// Last day of month `t`.
pub(crate) fn month_end_day(t: u32) -> u32 {
    t.saturating_add(1).saturating_mul(DAYS_PER_MONTH)
}

/// The month a day belongs to.
pub(crate) fn month_of_day(day: u32) -> u32 {
    day.saturating_sub(1) / DAYS_PER_MONTH
}

/// Late days between days `from` (exclusive) and `to` (inclusive) for an invoice due `due`.
fn late_days(from: u32, to: u32, due: u32) -> u32 {
    to.saturating_sub(from.max(due))
}

/// An invoice whose scheduled payment day has not come yet.
#[derive(Clone, Copy, Debug)]
struct Pending {
    due_day: u32,
    pay_day: u32,
    balance: Decimal,
    /// Whether this is a true-up (shortfall) invoice rather than a usage invoice.
    trueup: bool,
}

/// What happened to the ledger in one month.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct MonthPayments {
    /// Scheduled payments made.
    pub paid: Decimal,
    /// Interest accrued this month.
    pub interest: Decimal,
}

/// The customer's unpaid contract invoices.
#[derive(Clone, Debug, Default)]
pub(crate) struct Ledger {
    /// Invoices before their scheduled payment day, oldest first.
    pending: VecDeque<Pending>,
    /// Unpaid balances past their payment day: `(due_day, balance, is_trueup)`, oldest
    /// first.
    unpaid: VecDeque<(u32, Decimal, bool)>,
    unpaid_total: Decimal,
    /// The part of `unpaid_total` from true-up invoices.
    unpaid_trueup: Decimal,
    /// Late interest accrued and unpaid.
    pub interest: Decimal,
    /// Collection costs claimed and unpaid.
    pub collection: Decimal,
    /// Whether payments go first to the accrued interest (`Payment::interest_first`).
    pub interest_first: bool,
}

impl Ledger {
    /// An empty ledger whose payments go first to interest when `interest_first` is set.
    pub fn new(interest_first: bool) -> Ledger {
        Ledger {
            interest_first,
            ..Ledger::default()
        }
    }

    /// Records an invoice issued at the end of month `t`.
    pub fn issue(&mut self, t: u32, amount: Decimal, net_days: u32, delay_days: u32, trueup: bool) {
        if amount.is_zero() {
            return;
        }
        let due_day = month_end_day(t).saturating_add(net_days);
        self.pending.push_back(Pending {
            due_day,
            pay_day: due_day.saturating_add(delay_days),
            balance: amount,
            trueup,
        });
    }

    /// Runs month `t`: makes the scheduled payments falling in it (`share` of each balance,
    /// or nothing when `share` is `None`, and in all at most what `cap` has left, which it
    /// reduces) and accrues late interest.
    pub fn run_month(
        &mut self,
        ck: Ck,
        t: u32,
        share: Option<Decimal>,
        cap: &mut Option<Decimal>,
        (rate, mode): (Decimal, InterestMode),
    ) -> Result<MonthPayments, EngineError> {
        let start = month_end_day(t).saturating_sub(DAYS_PER_MONTH);
        let end = month_end_day(t);
        let mut out = MonthPayments::default();
        // Sum of balance × late days over the month; interest is `weighted × rate / 30`.
        let mut weighted = if self.unpaid_total.is_zero() {
            Decimal::ZERO
        } else {
            ck.mul(
                LINE_INTEREST,
                self.unpaid_total,
                Decimal::from(DAYS_PER_MONTH),
            )?
        };
        let mut i = 0;
        while let Some(inv) = self.pending.get(i).copied() {
            if inv.pay_day <= end {
                let mut pay = match share {
                    Some(sh) if sh == Decimal::ONE => inv.balance,
                    Some(sh) => round_cents(ck.mul(LINE_PAY, inv.balance, sh)?),
                    None => Decimal::ZERO,
                };
                if let Some(left) = cap.as_mut() {
                    pay = pay.min(*left);
                    *left = ck.sub(LINE_PAY, *left, pay)?;
                }
                ck.acc(LINE_PAY, &mut out.paid, pay)?;
                let principal = self.principal_part(ck, pay)?;
                let rest = ck.sub(LINE_PAY, inv.balance, principal)?;
                let before = late_days(start, inv.pay_day, inv.due_day);
                let after = late_days(inv.pay_day.max(start), end, inv.due_day);
                if before > 0 {
                    let w = ck.mul(LINE_INTEREST, inv.balance, Decimal::from(before))?;
                    ck.acc(LINE_INTEREST, &mut weighted, w)?;
                }
                if after > 0 && !rest.is_zero() {
                    let w = ck.mul(LINE_INTEREST, rest, Decimal::from(after))?;
                    ck.acc(LINE_INTEREST, &mut weighted, w)?;
                }
                if !rest.is_zero() {
                    self.unpaid.push_back((inv.due_day, rest, inv.trueup));
                    ck.acc(LINE_ARREARS, &mut self.unpaid_total, rest)?;
                    if inv.trueup {
                        ck.acc(LINE_ARREARS, &mut self.unpaid_trueup, rest)?;
                    }
                }
                self.pending.remove(i);
            } else {
                let late = late_days(start, end, inv.due_day);
                if late > 0 {
                    let w = ck.mul(LINE_INTEREST, inv.balance, Decimal::from(late))?;
                    ck.acc(LINE_INTEREST, &mut weighted, w)?;
                }
                i += 1;
            }
        }
        if !rate.is_zero() {
            if !weighted.is_zero() {
                let w = ck.mul(LINE_INTEREST, weighted, rate)?;
                out.interest = ck.div(LINE_INTEREST, w, Decimal::from(DAYS_PER_MONTH))?;
            }
            if mode == InterestMode::Compound && !self.interest.is_zero() {
                let on_interest = ck.mul(LINE_INTEREST, self.interest, rate)?;
                ck.acc(LINE_INTEREST, &mut out.interest, on_interest)?;
            }
            ck.acc(LINE_INTEREST, &mut self.interest, out.interest)?;
        }
        Ok(out)
    }

    /// Unpaid principal due on or before the last day of month `t` (a payment the customer
    /// has missed; interest runs from the day after the due date).
    pub fn arrears(&self, ck: Ck, t: u32) -> Result<Decimal, EngineError> {
        let end = month_end_day(t);
        let mut total = self.unpaid_total;
        for p in self.pending.iter().filter(|p| p.due_day <= end) {
            ck.acc(LINE_ARREARS, &mut total, p.balance)?;
        }
        Ok(total)
    }

    /// At the end of month `t`: the part of [`Ledger::arrears`] owed on true-up (shortfall)
    /// invoices, and the invoiced principal not yet due, in one pass over the pending invoices (the
    /// monthly report needs both every month).
    pub fn trueup_arrears_and_not_due(
        &self,
        ck: Ck,
        t: u32,
    ) -> Result<(Decimal, Decimal), EngineError> {
        let end = month_end_day(t);
        let (mut trueup, mut not_due) = (self.unpaid_trueup, Decimal::ZERO);
        for p in &self.pending {
            if p.due_day > end {
                ck.acc(LINE_ARREARS, &mut not_due, p.balance)?;
            } else if p.trueup {
                ck.acc(LINE_ARREARS, &mut trueup, p.balance)?;
            }
        }
        Ok((trueup, not_due))
    }

    /// Invoiced principal not yet due at the end of month `t`: the second figure of
    /// [`Ledger::trueup_arrears_and_not_due`], which defines which invoices count (a run asks
    /// for it alone once, for its last month).
    pub fn billed_not_due(&self, ck: Ck, t: u32) -> Result<Decimal, EngineError> {
        Ok(self.trueup_arrears_and_not_due(ck, t)?.1)
    }

    /// Days the oldest overdue unpaid balance is past due at the end of month `t`.
    pub fn days_overdue(&self, t: u32) -> u32 {
        let end = month_end_day(t);
        let oldest_unpaid = self.unpaid.front().map(|(due, _, _)| *due);
        let oldest_pending = self
            .pending
            .iter()
            .filter(|p| p.due_day <= end)
            .map(|p| p.due_day)
            .min();
        match (oldest_unpaid, oldest_pending) {
            (None, None) => 0,
            (a, b) => end.saturating_sub(a.unwrap_or(u32::MAX).min(b.unwrap_or(u32::MAX))),
        }
    }

    /// With interest first, takes what it can of `pay` for the accrued interest and returns
    /// the part left for principal; otherwise all of `pay` is principal.
    fn principal_part(&mut self, ck: Ck, pay: Decimal) -> Result<Decimal, EngineError> {
        let to_interest = self.interest_payable(pay);
        self.interest = ck.sub(LINE_INTEREST, self.interest, to_interest)?;
        Ok(ck.sub(LINE_PAY, pay, to_interest)?)
    }

    /// What of a payment of `pay` goes to the accrued interest: none unless interest comes
    /// first; otherwise the interest in whole cents (rounded towards zero), at most `pay`.
    /// Interest accrues unrounded, and paying it only in whole cents keeps every principal
    /// balance in cents, so the ledger's running totals stay exact.
    fn interest_payable(&self, pay: Decimal) -> Decimal {
        if !self.interest_first || self.interest <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        let whole_cents = self
            .interest
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
        pay.min(whole_cents)
    }

    /// Pays up to `amount` at the end of month `t`: with interest first, the accrued interest
    /// first; then overdue principal, oldest first. Returns what was applied (never more than
    /// the interest and the principal overdue).
    pub fn pay_overdue(&mut self, ck: Ck, t: u32, amount: Decimal) -> Result<Decimal, EngineError> {
        let to_interest = self.interest_payable(amount);
        self.interest = ck.sub(LINE_INTEREST, self.interest, to_interest)?;
        let principal =
            self.pay_overdue_principal(ck, t, ck.sub(LINE_PAY, amount, to_interest)?)?;
        Ok(ck.add(LINE_PAY, to_interest, principal)?)
    }

    /// Pays up to `amount` towards overdue principal at the end of month `t`, oldest first;
    /// returns what was applied (never more than is overdue).
    fn pay_overdue_principal(
        &mut self,
        ck: Ck,
        t: u32,
        amount: Decimal,
    ) -> Result<Decimal, EngineError> {
        let mut left = amount;
        while left > Decimal::ZERO {
            let Some((_, bal, trueup)) = self.unpaid.front_mut() else {
                break;
            };
            let take = left.min(*bal);
            *bal = ck.sub(LINE_PAY, *bal, take)?;
            left = ck.sub(LINE_PAY, left, take)?;
            self.unpaid_total = ck.sub(LINE_PAY, self.unpaid_total, take)?;
            if *trueup {
                self.unpaid_trueup = ck.sub(LINE_PAY, self.unpaid_trueup, take)?;
            }
            if bal.is_zero() {
                self.unpaid.pop_front();
            }
        }
        let end = month_end_day(t);
        for p in self.pending.iter_mut().filter(|p| p.due_day <= end) {
            if left <= Decimal::ZERO {
                break;
            }
            let take = left.min(p.balance);
            p.balance = ck.sub(LINE_PAY, p.balance, take)?;
            left = ck.sub(LINE_PAY, left, take)?;
        }
        self.pending.retain(|p| !p.balance.is_zero());
        Ok(ck.sub(LINE_PAY, amount, left)?)
    }

    /// [`Ledger::pay_overdue`] of at most what `cap` has left, which it reduces.
    pub fn pay_overdue_capped(
        &mut self,
        ck: Ck,
        t: u32,
        amount: Decimal,
        cap: &mut Option<Decimal>,
    ) -> Result<Decimal, EngineError> {
        let allowed = match cap {
            Some(left) => amount.min(*left),
            None => amount,
        };
        let paid = self.pay_overdue(ck, t, allowed)?;
        if let Some(left) = cap.as_mut() {
            *left = ck.sub(LINE_PAY, *left, paid)?;
        }
        Ok(paid)
    }

    /// The whole claim at the end of month `t`: overdue principal, interest and collection
    /// costs.
    pub fn claim(&self, ck: Ck, t: u32) -> Result<Decimal, EngineError> {
        let principal = self.arrears(ck, t)?;
        let extras = ck.add(LINE_ARREARS, self.interest, self.collection)?;
        Ok(ck.add(LINE_ARREARS, principal, extras)?)
    }

    /// Clears the claim (after a settlement or judgment) and reschedules invoices not yet
    /// due to be paid on their due date when `on_time` is set.
    pub fn clear_claim(&mut self, t: u32, on_time: bool) {
        let end = month_end_day(t);
        self.unpaid.clear();
        self.unpaid_total = Decimal::ZERO;
        self.unpaid_trueup = Decimal::ZERO;
        self.interest = Decimal::ZERO;
        self.collection = Decimal::ZERO;
        self.pending.retain(|p| p.due_day > end);
        if on_time {
            for p in self.pending.iter_mut() {
                p.pay_day = p.due_day;
            }
        }
    }

    /// Adds collection costs to the claim.
    pub fn add_collection(&mut self, ck: Ck, amount: Decimal) -> Result<(), EngineError> {
        Ok(ck.acc(Quantity::CollectionCosts, &mut self.collection, amount)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YearMonth;
    use rust_decimal_macros::dec;

    fn ck(t: u32) -> Ck {
        Ck::new(YearMonth::default(), t)
    }

    #[test]
    fn unpaid_invoice_accrues_simple_interest_from_the_day_after_due() {
        let mut l = Ledger::default();
        // Issued end of month 0 (day 30), net 30: due day 60, never paid.
        l.issue(0, dec!(1000), 30, 0, false);
        let m0 = l
            .run_month(
                ck(0),
                0,
                None,
                &mut None,
                (dec!(0.015), InterestMode::Simple),
            )
            .unwrap();
        let m1 = l
            .run_month(
                ck(1),
                1,
                None,
                &mut None,
                (dec!(0.015), InterestMode::Simple),
            )
            .unwrap();
        let m2 = l
            .run_month(
                ck(2),
                2,
                None,
                &mut None,
                (dec!(0.015), InterestMode::Simple),
            )
            .unwrap();
        // Month 1 ends on the due date: no late day. Month 2 is 30 late days: 1000 × 1.5 %.
        assert_eq!(m0.interest, dec!(0));
        assert_eq!(m1.interest, dec!(0));
        assert_eq!(m2.interest, dec!(15));
        assert_eq!(l.arrears(ck(2), 2).unwrap(), dec!(1000));
        assert_eq!(l.days_overdue(2), 30);
    }

    #[test]
    fn delayed_payment_pays_interest_for_the_late_days_only() {
        let mut l = Ledger::default();
        // Due day 60, paid 10 days late on day 70 (month 2): interest 1000 × 1.5 % × 10/30 = 5.
        l.issue(0, dec!(1000), 30, 10, false);
        let mut total = Decimal::ZERO;
        for t in 0..4 {
            let m = l.run_month(
                ck(t),
                t,
                Some(Decimal::ONE),
                &mut None,
                (dec!(0.015), InterestMode::Simple),
            );
            let m = m.unwrap();
            total += m.interest;
            if t == 2 {
                assert_eq!(m.paid, dec!(1000));
            }
        }
        assert_eq!(total, dec!(5));
        assert_eq!(l.arrears(ck(3), 3).unwrap(), dec!(0));
    }
}
