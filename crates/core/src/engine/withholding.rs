//! What withholding payment from one vendor costs the customer, per dollar withheld: the
//! figure the leverage-first budget rule ranks vendors by, and the triage analysis shows.
//!
//! For vendor `i`, the customer's relationship with it alone ([`Scenario::vendor_scenario`])
//! is simulated twice over the horizon, without its settlement: paying on time and in full,
//! and paying it nothing from the first month. The cash kept is the NPV of the contract
//! payments not made; the reaction's cost is everything else the customer loses in NPV (lost
//! advertising and licence income, payments the vendor withholds, legal costs and judgments,
//! a suspension's outage) plus the late interest and collection costs still claimed at the
//! horizon's end, discounted from there (`docs/model.md` §11).

use super::error::{Ck, EngineError, Quantity};
use super::report::{EventKind, Line, Report};
use super::simulate;
use crate::model::{Payment, Scenario};
use rust_decimal::Decimal;

const LINE: Quantity = Quantity::Npv;

/// What stiffing one vendor for the whole horizon does to the customer, in NPV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WithholdingCost {
    /// The vendor's index (0 is the first).
    pub vendor: usize,
    /// NPV of the contract payments the customer keeps by paying nothing.
    pub cash_kept: Decimal,
    /// NPV of what the vendor's reaction costs the customer.
    pub reaction_cost: Decimal,
    /// `reaction_cost / cash_kept`, when the customer keeps anything.
    pub per_dollar: Option<Decimal>,
    /// The first month one of the vendor's measures is in force when it is not paid (`None`:
    /// none within the horizon): until then, stiffing it costs only interest.
    pub reaction_from: Option<u32>,
    /// NPV, at the vendor's own rate, of what carrying out its measures against the unpaid
    /// bills costs the vendor itself: its NPV when it does nothing less its NPV when it acts,
    /// counting the value of the reciprocal lines it cuts (`value_to_vendor`). Negative when
    /// acting leaves the vendor better off.
    pub vendor_cost: Decimal,
}

impl WithholdingCost {
    /// Whether the vendor's measures are a credible threat: carrying them out costs the
    /// vendor nothing or leaves it better off. `None` when it takes no measure within the
    /// horizon.
    pub fn credible(&self) -> Option<bool> {
        self.reaction_from
            .map(|_| self.vendor_cost <= Decimal::ZERO)
    }
}

/// The cost of withholding payment from vendor `i` of `s`. `None` when `s` has no such
/// vendor.
pub fn withholding_cost(s: &Scenario, i: usize) -> Result<Option<WithholdingCost>, EngineError> {
    let Some(alone) = s.vendor_scenario(i) else {
        return Ok(None);
    };
    let stiffed_alone = with_payment(&alone, stiffed(&alone.payment));
    if let Some(kept) = kept::find(&stiffed_alone) {
        return Ok(Some(WithholdingCost { vendor: i, ..kept }));
    }
    let cost = cost_of_stiffing(&alone, stiffed_alone.clone(), i)?;
    kept::keep(stiffed_alone, cost.clone());
    Ok(Some(cost))
}

/// Works out [`withholding_cost`] for vendor `i`, whose relationship alone is `alone` and,
/// stiffed, `stiffed_alone`.
fn cost_of_stiffing(
    alone: &Scenario,
    stiffed_alone: Scenario,
    i: usize,
) -> Result<WithholdingCost, EngineError> {
    let paying = simulate(&with_payment(alone, on_time(&alone.payment)))?;
    let stiffing = simulate(&stiffed_alone)?;
    let ck = Ck::new(alone.start, alone.horizon_months.saturating_sub(1));
    let rate = paying.totals.customer.monthly_discount_rate;
    let kept: Vec<Decimal> = paying
        .months
        .iter()
        .zip(&stiffing.months)
        .map(|(p, x)| Ok(ck.sub(LINE, contract_paid(ck, p)?, contract_paid(ck, x)?)?))
        .collect::<Result<_, EngineError>>()?;
    let cash_kept = super::npv(rate, &kept)?;
    let npv_change = ck.sub(
        LINE,
        stiffing.totals.customer.npv,
        paying.totals.customer.npv,
    )?;
    let claims_left = extras_claimed_at_end(&stiffing, ck)?;
    let discounted_claims = ck.div(LINE, claims_left, growth(ck, rate, alone.horizon_months)?)?;
    let reaction_cost = ck.add(
        LINE,
        ck.sub(LINE, cash_kept, npv_change)?,
        discounted_claims,
    )?;
    let per_dollar = if cash_kept > Decimal::ZERO {
        Some(ck.div(LINE, reaction_cost, cash_kept)?)
    } else {
        None
    };
    let reaction_from = stiffing
        .events
        .iter()
        .find(|e| e.kind == EventKind::ActionStarted)
        .map(|e| e.month_index);
    let vendor_cost = vendor_cost_of_acting(stiffed_alone, &stiffing, ck)?;
    Ok(WithholdingCost {
        vendor: i,
        cash_kept,
        reaction_cost,
        per_dollar,
        reaction_from,
        vendor_cost,
    })
}

/// The costs of stiffing the last few relationships, kept between calls: a slider input or an
/// analysis's run that changes one vendor's terms, or a vendor's payment behaviour that
/// stiffing replaces, finds the other vendors' costs here instead of simulating each of them
/// three times again. An entry is found by the whole stiffed relationship, which determines
/// the cost (the paying relationship differs from it only by the payment terms that stiffing
/// and paying on time both replace), so a kept cost is the one a fresh computation gives.
mod kept {
    use super::WithholdingCost;
    use crate::model::Scenario;
    use std::cell::RefCell;
    use std::collections::VecDeque;

    /// Entries kept: two for each of the most vendors a scenario has, so that the analyses'
    /// variants of one scenario find every vendor they did not change.
    const CAPACITY: usize = 16;

    thread_local! {
        static KEPT: RefCell<VecDeque<(Scenario, WithholdingCost)>> =
            const { RefCell::new(VecDeque::new()) };
    }

    /// The kept cost of stiffing the relationship `stiffed`, if any.
    pub fn find(stiffed: &Scenario) -> Option<WithholdingCost> {
        KEPT.try_with(|kept| {
            let kept = kept.try_borrow().ok()?;
            kept.iter()
                .find(|(key, _)| key == stiffed)
                .map(|(_, cost)| cost.clone())
        })
        .ok()
        .flatten()
    }

    /// Keeps `cost` for `stiffed`, forgetting the oldest entry when full.
    pub fn keep(stiffed: Scenario, cost: WithholdingCost) {
        let _ = KEPT.try_with(|kept| {
            if let Ok(mut kept) = kept.try_borrow_mut() {
                if kept.len() >= CAPACITY {
                    kept.pop_front();
                }
                kept.push_back((stiffed, cost));
            }
        });
    }
}

/// The cost of withholding payment from each of `s`'s vendors, in the scenario's order.
pub fn withholding_costs(s: &Scenario) -> Result<Vec<WithholdingCost>, EngineError> {
    let mut costs = Vec::with_capacity(s.vendor_count());
    for i in 0..s.vendor_count() {
        if let Some(cost) = withholding_cost(s, i)? {
            costs.push(cost);
        }
    }
    Ok(costs)
}

/// The order in which the leverage-first rule pays `s`'s vendors: the highest cost per
/// dollar withheld first; a vendor the customer keeps nothing from last; ties in the order
/// of the scenario.
pub fn leverage_order(s: &Scenario) -> Result<Vec<usize>, EngineError> {
    Ok(ranking(&withholding_costs(s)?))
}

/// Vendor indices of `costs` by cost per dollar withheld, highest first, then a vendor the
/// customer keeps nothing from; ties in the order of the scenario.
pub fn ranking(costs: &[WithholdingCost]) -> Vec<usize> {
    let mut ranked: Vec<&WithholdingCost> = costs.iter().collect();
    ranked.sort_by(|a, b| {
        b.per_dollar
            .cmp(&a.per_dollar)
            .then(a.vendor.cmp(&b.vendor))
    });
    ranked.into_iter().map(|c| c.vendor).collect()
}

/// What carrying out its measures against a customer that pays nothing costs the vendor of
/// `stiffed`, whose simulation with its measures is `acting`: the same scenario is simulated
/// with the vendor taking no measure, and the value to the vendor of the lines it cut is
/// counted as a loss of its own.
fn vendor_cost_of_acting(
    stiffed: Scenario,
    acting: &Report,
    ck: Ck,
) -> Result<Decimal, EngineError> {
    let passive = simulate(&Scenario {
        retaliation: Vec::new(),
        ..stiffed
    })?;
    let rate = acting.totals.vendor.monthly_discount_rate;
    let value_lost: Vec<Decimal> = acting
        .months
        .iter()
        .map(|m| m.value_lost_by_vendor)
        .collect();
    let acting_npv = ck.sub(
        LINE,
        acting.totals.vendor.npv,
        super::npv(rate, &value_lost)?,
    )?;
    Ok(ck.sub(LINE, passive.totals.vendor.npv, acting_npv)?)
}

/// `s` with `payment` and no settlement.
fn with_payment(s: &Scenario, payment: Payment) -> Scenario {
    Scenario {
        payment,
        settlement: None,
        ..s.clone()
    }
}

/// Every invoice paid in full on its due date.
fn on_time(p: &Payment) -> Payment {
    Payment {
        pay_share: Decimal::ONE,
        delay_days: 0,
        stop_from_month: None,
        resume_at_month: None,
        catch_up_on_resume: false,
        lump_sums: Vec::new(),
        ..p.clone()
    }
}

/// Nothing paid from the first month on.
fn stiffed(p: &Payment) -> Payment {
    Payment {
        stop_from_month: Some(0),
        resume_at_month: None,
        catch_up_on_resume: false,
        lump_sums: Vec::new(),
        ..p.clone()
    }
}

/// What the customer paid on the contract in a month (a positive amount; the customer's
/// lines carry payments as negative flows).
fn contract_paid(ck: Ck, m: &super::MonthReport) -> Result<Decimal, EngineError> {
    let flows = m.customer.flow(Line::ContractPayments);
    let out = ck.add(LINE, flows, m.customer.flow(Line::LumpSums))?;
    Ok(-out)
}

/// Late interest and collection costs still claimed at the end of the horizon.
fn extras_claimed_at_end(r: &Report, ck: Ck) -> Result<Decimal, EngineError> {
    match r.months.last() {
        Some(m) => Ok(ck.add(LINE, m.accrued_interest, m.collection_claim)?),
        None => Ok(Decimal::ZERO),
    }
}

/// `(1 + rate)^months`, the growth that discounts an amount at the horizon's end.
fn growth(ck: Ck, rate: Decimal, months: u32) -> Result<Decimal, EngineError> {
    let base = ck.add(LINE, Decimal::ONE, rate)?;
    let mut g = Decimal::ONE;
    for _ in 0..months {
        g = ck.mul(LINE, g, base)?;
    }
    Ok(g)
}
