//! Both parties' cash: each month's flows in and out, the cumulative positions and the NPVs.

use super::super::error::{Ck, EngineError, Quantity};
use super::super::npv::{Npv, NpvAccumulator};
use super::lines::MonthFlows;
use super::{Clock, Plan};
use rust_decimal::Decimal;

/// Cash positions and NPVs so far.
pub(super) struct Cash {
    npv_customer: NpvAccumulator,
    npv_vendor: NpvAccumulator,
    customer: Decimal,
    vendor: Decimal,
    /// Cumulative cash of (customer, vendor) at each month end.
    cumulative: Vec<(Decimal, Decimal)>,
}

/// One month's cash of both parties.
pub(super) struct CashMonth {
    pub customer_in: Decimal,
    pub customer_out: Decimal,
    pub customer_net: Decimal,
    pub vendor_in: Decimal,
    pub vendor_out: Decimal,
    pub vendor_net: Decimal,
    /// The customer's outage cost: expected outages plus any suspension.
    pub outage: Decimal,
    /// Both positions at the month end.
    pub customer_cumulative: Decimal,
    pub vendor_cumulative: Decimal,
}

/// A run's cash once every month has run.
pub(super) struct CashResult {
    pub cumulative: Vec<(Decimal, Decimal)>,
    pub npv_customer: Npv,
    pub npv_vendor: Npv,
}

impl Cash {
    pub fn new(plan: &Plan) -> Result<Cash, EngineError> {
        let s = plan.s;
        Ok(Cash {
            npv_customer: NpvAccumulator::new(plan.rate_customer)?,
            npv_vendor: NpvAccumulator::new(plan.rate_vendor)?,
            customer: s.customer.cash_on_hand,
            vendor: s.vendor.cash_on_hand,
            cumulative: Vec::with_capacity(usize::try_from(s.horizon_months).unwrap_or(0)),
        })
    }

    /// Months added so far.
    pub fn months(&self) -> usize {
        self.cumulative.len()
    }

    /// Adds month `c`'s flows: every amount is non-negative, so each flow's direction is
    /// known.
    #[inline(always)]
    pub fn add_month(
        &mut self,
        c: Clock,
        plan: &Plan,
        f: &MonthFlows,
        reciprocal: &[Decimal],
    ) -> Result<CashMonth, EngineError> {
        debug_assert!(f.all_non_negative(reciprocal), "a flow with a sign: {f:?}");
        let (ck, q) = (c.ck, Quantity::CashPosition);
        let mut rec_total = Decimal::ZERO;
        for r in reciprocal {
            ck.acc(q, &mut rec_total, *r)?;
        }
        let to_vendor = ck.add(
            q,
            ck.add(q, f.contract_paid, f.lump_paid)?,
            ck.add(q, f.settle_pay, f.judgment)?,
        )?;
        let from_vendor = ck.add(q, rec_total, f.bundled)?;
        let customer_in = ck.add(q, from_vendor, ck.add(q, f.ops.other_ad, f.ops.savings)?)?;
        let to_vendor_and_legal = ck.add(q, to_vendor, f.legal_c)?;
        let outage = ck.add(q, f.ops.outage, f.suspension)?;
        let customer_out = ck.add(q, to_vendor_and_legal, outage)?;
        // Everything paid to the vendor is the vendor's cash in.
        let vendor_in = to_vendor;
        let vendor_out = ck.add(q, from_vendor, ck.add(q, f.legal_v, f.collection)?)?;
        let mut month = CashMonth {
            customer_in,
            customer_out,
            customer_net: ck.sub(q, customer_in, customer_out)?,
            vendor_in,
            vendor_out,
            vendor_net: ck.sub(q, vendor_in, vendor_out)?,
            outage,
            customer_cumulative: Decimal::ZERO,
            vendor_cumulative: Decimal::ZERO,
        };
        self.push(c, plan, &mut month)?;
        Ok(month)
    }

    /// Adds the month's net flows to the positions and the NPVs.
    #[inline(always)]
    fn push(&mut self, c: Clock, plan: &Plan, month: &mut CashMonth) -> Result<(), EngineError> {
        let (ck, q) = (c.ck, Quantity::CashPosition);
        self.customer = ck.add(q, self.customer, month.customer_net)?;
        self.vendor = ck.add(q, self.vendor, month.vendor_net)?;
        let factor = |factors: &[Decimal]| factors.get(c.ti).copied().unwrap_or(Decimal::ZERO);
        self.npv_customer
            .push(ck, month.customer_net, factor(plan.df_customer))?;
        self.npv_vendor
            .push(ck, month.vendor_net, factor(plan.df_vendor))?;
        self.cumulative.push((self.customer, self.vendor));
        month.customer_cumulative = self.customer;
        month.vendor_cumulative = self.vendor;
        Ok(())
    }

    /// The cumulative positions and both NPVs.
    pub fn finish(self, end: Ck) -> Result<CashResult, EngineError> {
        Ok(CashResult {
            cumulative: self.cumulative,
            npv_customer: self.npv_customer.finish(end)?,
            npv_vendor: self.npv_vendor.finish(end)?,
        })
    }
}
