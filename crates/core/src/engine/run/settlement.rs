//! The settlement's steps: applied (or rejected) at the end of its month, then the bundled
//! deal it adds every later month.

use super::super::error::{non_negative, EngineError, Quantity};
use super::super::report::{EventDetail, EventKind};
use super::{Clock, Month, Run};
use crate::model::{round_cents, Settlement, Side};
use rust_decimal::Decimal;

impl Run<'_, '_> {
    /// Applies the run's settlement at the end of its month, unless the vendor refuses to
    /// renegotiate a settlement the customer proposed.
    #[inline(always)]
    pub(super) fn settle(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        let Some(st) = self.settlement.filter(|st| st.month == c.t) else {
            return Ok(());
        };
        if self.settled_in.is_some() {
            return Ok(());
        }
        if m.fx.refuse_renegotiation && st.proposed_by == Side::Customer {
            self.log.push(c.t, EventKind::SettlementRejected, None, || {
                EventDetail::SettlementRejected
            });
            return Ok(());
        }
        let (ck, q, t) = (c.ck, Quantity::Settlement, c.t);
        let claim = self.ledger.claim(ck, t)?;
        let keep = ck.sub(q, Decimal::ONE, st.arrears_discount)?;
        let paid = round_cents(ck.mul(q, claim, keep)?);
        m.flows.settle_pay = paid;
        self.ledger.clear_claim(t, true);
        m.arrears = self.ledger.arrears(ck, t)?;
        let (remaining, months_left) = self.renegotiate(c, st)?;
        self.settled_in = Some(t);
        self.log
            .push(t, EventKind::SettlementApplied, Some(paid), || {
                EventDetail::SettlementApplied {
                    paid,
                    forgiven_share: st.arrears_discount,
                    claim,
                    remaining_commitment: remaining,
                    months_left,
                }
            });
        Ok(())
    }

    /// The contract after the settlement: the commitment left, less its reduction, spread
    /// over the months left of the (extended) term. Returns the commitment left and the
    /// months left.
    fn renegotiate(&mut self, c: Clock, st: &Settlement) -> Result<(Decimal, u32), EngineError> {
        let (ck, q, t) = (c.ck, Quantity::Settlement, c.t);
        let k = &mut self.contract;
        let remaining = non_negative(ck.sub(q, k.commitment_remaining, st.commitment_reduction)?);
        let old_term = k.term;
        k.term = k.term.saturating_add(st.term_extension_months);
        let months_left = k.term.saturating_sub(t.saturating_add(1));
        k.post_settlement_monthly = Some(if months_left == 0 {
            Decimal::ZERO
        } else {
            ck.div(q, remaining, Decimal::from(months_left))?
        });
        k.commitment_remaining = remaining;
        if months_left == 0 && old_term > t {
            // Nothing is left to accrue; the contract ends now.
            k.term = t.saturating_add(1);
        }
        Ok((remaining, months_left))
    }

    /// The ads and data the vendor buys every month after the settlement's.
    #[inline(always)]
    pub(super) fn bundled_deal(&mut self, c: Clock, m: &mut Month) -> Result<(), EngineError> {
        if let (Some(st), Some(month)) = (self.settlement, self.settled_in) {
            if c.t > month {
                m.flows.bundled = c.ck.add(
                    Quantity::Settlement,
                    st.bundled_ad_monthly,
                    st.bundled_data_monthly,
                )?;
            }
        }
        Ok(())
    }
}
