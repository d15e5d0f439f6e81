//! The pay-on-time baseline, computed directly.
//!
//! In the baseline the customer pays every contract invoice in full on its due date, so there
//! are no arrears, interest, lump sums, retaliation or settlement: each month's flows are
//! known from the schedule alone. Rather than running the general month loop, this module
//! places every invoice in the month it is paid and sums each month once, which takes a
//! fraction of the time. A test checks that it matches the general steps run by
//! [`run_reference_baseline`](super::run::run_reference_baseline) exactly.

use super::arrears::{month_end_day, month_of_day};
use super::contract::{is_period_end, Period};
use super::error::{Ck, EngineError, Quantity};
use super::npv::NpvAccumulator;
use super::report::Totals;
use super::run::{Plan, RecPlan, RunResult};
use crate::model::{round_cents, Scenario};
use rust_decimal::Decimal;

/// Runs the baseline of `plan`'s scenario.
pub(crate) fn run_baseline(plan: &Plan) -> Result<RunResult, EngineError> {
    let s = plan.s;
    let horizon = s.horizon_months;
    let n = usize::try_from(horizon).unwrap_or(0);
    let last_day = month_end_day(horizon.saturating_sub(1));
    let mut paid = vec![Decimal::ZERO; n];
    let mut open_claims = Decimal::ZERO;

    // Contract invoices, each paid in full on its due date (or still open at the end).
    let mut period = Period::default();
    let term = s.contract.term_months.min(horizon);
    let mut bill = |ck: Ck, t: u32, amount: Decimal| -> Result<(), EngineError> {
        if amount.is_zero() {
            return Ok(());
        }
        let due = month_end_day(t).saturating_add(s.payment.net_days);
        if due > last_day {
            ck.acc(Quantity::ContractPayments, &mut open_claims, amount)?;
        } else if let Some(slot) = usize::try_from(month_of_day(due))
            .ok()
            .and_then(|m| paid.get_mut(m))
        {
            ck.acc(Quantity::ContractPayments, slot, amount)?;
        }
        Ok(())
    };
    for t in 0..term {
        let ck = Ck::new(s.start, t);
        let ti = usize::try_from(t).unwrap_or(usize::MAX);
        let commit = plan
            .schedule
            .commitment
            .get(ti)
            .copied()
            .unwrap_or(Decimal::ZERO);
        let usage = plan
            .schedule
            .usage_invoice
            .get(ti)
            .copied()
            .unwrap_or(Decimal::ZERO);
        period.accrue(ck, commit, usage)?;
        bill(ck, t, usage)?;
        if is_period_end(t, s.contract.term_months, s.contract.trueup) {
            let trueup = period.close(s.contract.carry_forward);
            bill(ck, t, trueup)?;
        }
    }

    // Reciprocal invoices, run in full and paid on their terms (computed with the plan).
    let received = plan.received;

    // Monthly sums, cash positions and NPVs, as in the general loop.
    let mut cum_c = s.customer.cash_on_hand;
    let mut cum_v = s.vendor.cash_on_hand;
    let mut npv_c = NpvAccumulator::new(plan.rate_customer)?;
    let mut npv_v = NpvAccumulator::new(plan.rate_vendor)?;
    let mut cumulative = Vec::with_capacity(n);
    let cl = Quantity::CashPosition;
    for (t, (to_vendor, from_vendor)) in (0u32..).zip(paid.iter().zip(received.iter())) {
        let ck = Ck::new(s.start, t);
        let ti = usize::try_from(t).unwrap_or(usize::MAX);
        let ops = if t >= s.operations.closed_from_month && s.operations.closed > 0 {
            plan.ops_after
        } else {
            plan.ops_before
        };
        let in_c = ck.add(cl, *from_vendor, ck.add(cl, ops.other_ad, ops.savings)?)?;
        let out_c = ck.add(cl, *to_vendor, ops.outage)?;
        let net_c = ck.sub(cl, in_c, out_c)?;
        let net_v = ck.sub(cl, *to_vendor, *from_vendor)?;
        cum_c = ck.add(cl, cum_c, net_c)?;
        cum_v = ck.add(cl, cum_v, net_v)?;
        let df_c = plan.df_customer.get(ti).copied().unwrap_or(Decimal::ZERO);
        let df_v = plan.df_vendor.get(ti).copied().unwrap_or(Decimal::ZERO);
        npv_c.push(ck, net_c, df_c)?;
        npv_v.push(ck, net_v, df_v)?;
        cumulative.push((cum_c, cum_v));
    }
    let end = Ck::new(s.start, horizon.saturating_sub(1));
    Ok(RunResult {
        months: Vec::new(),
        cumulative,
        events: Vec::new(),
        totals: Totals::default(),
        npv_customer: npv_c.finish(end)?,
        npv_vendor: npv_v.finish(end)?,
        settlement_applied: false,
        final_claims: open_claims,
        final_owed_to_customer: plan.received_open_at_end,
    })
}

/// The baseline's side of the reciprocal lines, which depends only on the lines, the start
/// month and the horizon (so analyses varying anything else reuse it).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ReciprocalBaseline {
    /// What the customer receives each month when the lines run in full and are paid on
    /// their terms.
    pub received: Vec<Decimal>,
    /// The invoices issued within the horizon and due after it, still owed to the customer
    /// at its end.
    pub open_at_end: Decimal,
}

/// The lines of `rec` run in full and paid on their terms over the horizon of `s`.
pub(crate) fn reciprocal_baseline(
    s: &Scenario,
    rec: &[RecPlan],
) -> Result<ReciprocalBaseline, EngineError> {
    let horizon = s.horizon_months;
    let mut received = vec![Decimal::ZERO; usize::try_from(horizon).unwrap_or(0)];
    let mut open_at_end = Decimal::ZERO;
    let start_month0 = s.start.month.clamp(1, 12) - 1;
    for rp in rec {
        let mut acc = Decimal::ZERO;
        for t in 0..horizon {
            let ck = Ck::new(s.start, t);
            ck.acc(Quantity::ReciprocalLine, &mut acc, rp.run)?;
            let cal_month = (start_month0 + t % 12) % 12 + 1;
            if !rp.quarterly || cal_month % 3 == 0 {
                let invoice = round_cents(acc);
                acc = Decimal::ZERO;
                let pay_month = month_of_day(month_end_day(t).saturating_add(rp.net_days));
                match usize::try_from(pay_month)
                    .ok()
                    .and_then(|m| received.get_mut(m))
                {
                    Some(slot) => ck.acc(Quantity::ReciprocalLine, slot, invoice)?,
                    None => ck.acc(Quantity::ReciprocalLine, &mut open_at_end, invoice)?,
                }
            }
        }
    }

    Ok(ReciprocalBaseline {
        received,
        open_at_end,
    })
}

#[cfg(test)]
mod tests {
    use super::super::cache::Prepared;
    use super::super::run::run_reference_baseline;
    use super::super::{plan, simulate};
    use super::*;
    use crate::model::{presets, Frequency, Scenario};
    use rust_decimal_macros::dec;

    fn same_as_general_loop(s: &Scenario) {
        let prepared = Prepared::of(s).unwrap();
        let plan = plan(s, &prepared).unwrap();
        let general = run_reference_baseline(&plan).unwrap();
        let direct = run_baseline(&plan).unwrap();
        assert_eq!(general.cumulative, direct.cumulative, "{}", s.title);
        assert_eq!(general.npv_customer.value(), direct.npv_customer.value());
        assert_eq!(general.npv_vendor.value(), direct.npv_vendor.value());
        assert_eq!(general.final_claims, direct.final_claims, "{}", s.title);
        assert_eq!(
            general.final_owed_to_customer, direct.final_owed_to_customer,
            "{}",
            s.title
        );
        assert!(simulate(s).is_ok());
    }

    #[test]
    fn matches_the_general_loop_on_presets_and_variants() {
        for p in presets::all() {
            let mut s = p.scenario.clone();
            same_as_general_loop(&s);
            // Longer terms than the horizon, other payment terms and a mid-year start.
            s.contract.term_months = s.horizon_months + 7;
            s.payment.net_days = 45;
            s.start.month = 8;
            for l in s.reciprocal.iter_mut() {
                l.net_days = 75;
                l.frequency = Frequency::Quarterly;
            }
            s.contract.carry_forward = true;
            s.contract.usage.start_share = dec!(1.3);
            same_as_general_loop(&s);
            s.horizon_months = 1;
            same_as_general_loop(&s);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 200, ..Default::default() })]

        #[test]
        fn matches_the_general_loop_on_random_terms(
            horizon in 1u32..=120, term in 1u32..=120, net in 0u32..=200, start_month in 1u32..=12,
            usage in 0i64..=300, quarterly in proptest::bool::ANY, carry in proptest::bool::ANY,
            term_end in proptest::bool::ANY, rec_net in 0u32..=120, amount in 0i64..=1_000_000_000,
            total in 0i64..=1_000_000_000_000, closed_from in 0u32..=120,
        ) {
            let mut s = presets::by_id("twitter-aws-2023").unwrap().scenario;
            s.horizon_months = horizon;
            s.contract.term_months = term;
            s.contract.total_commitment = Decimal::new(total, 2);
            s.contract.usage.start_share = Decimal::new(usage, 2);
            s.contract.carry_forward = carry;
            s.contract.trueup = if term_end { crate::model::TrueUpBasis::TermEnd } else { crate::model::TrueUpBasis::ContractYear };
            s.payment.net_days = net;
            s.start.month = start_month;
            s.operations.closed_from_month = closed_from;
            for l in s.reciprocal.iter_mut() {
                l.net_days = rec_net;
                l.amount = Decimal::new(amount, 2);
                l.frequency = if quarterly { Frequency::Quarterly } else { Frequency::Monthly };
            }
            same_as_general_loop(&s);
        }
    }
}
