//! The bargaining layer computed from the engine: reservation values, ZOPA, Nash and
//! Rubinstein settlement prices, and the war of attrition, for one scenario.
//!
//! **The deal.** The deal is the scenario's settlement offer; if it has none, a plain one that
//! pays the whole claim (arrears, interest, collection costs) at the end of the month the first
//! retaliation trigger fires, acting or announcing a threat (or, with no trigger, the first
//! month with arrears, or the middle of the horizon). Its *price* is the settlement payment
//! `P` the customer makes that month.
//!
//! **Reservation prices.** One simulation gives each side's NPV with the deal and without it
//! (the no-deal path), each at its own discount rate. The payment enters NPV once, in the
//! settlement month `m`, discounted `m + 1` months (spreadsheet convention): a factor
//! `f_i = (1 + r_i)^−(m+1)`. So, with `P_s` the payment of the deal as simulated and `g_i` each
//! side's NPV gain from it,
//!
//! ```text
//! customer's maximum price  P_c = P_s + g_c / f_c
//! vendor's minimum price    P_v = P_s − g_v / f_v
//! ```
//!
//! and the ZOPA is `[P_v, P_c]` (none if `P_c < P_v`). What is still owed when the horizon
//! ends does not vanish: both NPVs count the engine's open claims at the horizon (a liability of
//! the customer, an asset of the vendor, as in `PartyTotals::npv_with_claims`), times a
//! terminal recovery share (1 by default, see [`BargainingOptions::terminal_recovery`]);
//! without this a customer that never pays would look as if it kept the money for ever. When the vendor's refusal policy would
//! reject the offer, the refusal is lifted for this evaluation (and reported), so that the ZOPA
//! shows what a deal would be worth if the vendor came to the table.
//!
//! **Cost of delay.** Each side's monthly cost of delay has two parts: the capital cost, its
//! own monthly discount rate `r_i`, and the standoff cost `s_i`, the average per month of the
//! standoff (months up to the deal month with arrears or such a loss, on the no-deal path) of
//! the losses the vendor's retaliation and the fight inflict on it directly: for the customer,
//! advertising and other reciprocal revenue lost to cuts, suspension outage costs and its legal
//! costs; for the vendor, collection and legal costs. Late interest is already in the claim,
//! and the ad spend the vendor saves by cutting is not counted as a gain: both are transfers
//! whose value the reservation prices already reflect.
//!
//! - Rubinstein: the pie is the ZOPA width `W`; side `i`'s per-month rate is `r_i + s_i / W`,
//!   its discount factor `1 / (1 + rate)` or `e^(−rate)`; the split is turned into a price with
//!   `P = P_v + vendor share × W`.
//! - War of attrition: the prize for both sides is the claim `C` in the deal month (what the
//!   fight is about); side `i`'s flow cost is `c_i = r_i C + s_i`.

use super::attrition::{war_of_attrition, Attrition, AttritionSide};
use super::nash::nash_bargaining;
use super::rubinstein::{
    continuous_limit, discount_factor, rubinstein, DiscountConvention, Proposer, RubinsteinSplit,
    Shares,
};
use super::zopa::{zopa, Zopa};
use super::{check_unit, dec, invalid, AnalysisError, Input, Problem, Quantity, Undefined};
use crate::engine::{Detail, EventKind, Line, MonthReport, Report, Simulator};
use crate::model::{Action, Scenario, Settlement};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Simulates `s` on a shared [`Simulator`] at a given [`Detail`], turning an engine error
/// into an [`AnalysisError::Model`].
pub(crate) fn run_with(
    sim: &mut Simulator,
    s: &Scenario,
    detail: Detail,
) -> Result<Report, AnalysisError> {
    sim.simulate(s, detail).map_err(AnalysisError::Model)
}

/// Choices the bargaining analysis leaves to the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BargainingOptions {
    /// The customer's Nash bargaining power `α` in `[0, 1]`; 1/2 is symmetric.
    pub customer_power: Decimal,
    /// Who makes the first offer in Rubinstein's game.
    pub proposer: Proposer,
    /// How a monthly cost of delay becomes a discount factor.
    pub convention: DiscountConvention,
    /// Overrides the settlement month of the deal (0-based month index).
    pub settlement_month: Option<u32>,
    /// The share of the open claims at the end of the horizon (arrears, invoices not yet due,
    /// interest, collection costs) that is eventually paid, in `[0, 1]`. A debt does not
    /// vanish when the simulation stops: with 1 (the default) the engine's NPVs with claims are
    /// used; with 0 its cash NPVs (the claims are written off).
    pub terminal_recovery: Decimal,
}

impl Default for BargainingOptions {
    fn default() -> Self {
        BargainingOptions {
            customer_power: Decimal::new(5, 1),
            proposer: Proposer::Customer,
            convention: DiscountConvention::Simple,
            settlement_month: None,
            terminal_recovery: Decimal::ONE,
        }
    }
}

/// One side's monthly cost of delay.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DelayCost {
    /// The side's monthly discount rate `r_i` (its capital cost per month).
    pub monthly_discount_rate: Decimal,
    /// `s_i`: average deadweight loss per month of standoff, in money.
    pub standoff_cost_monthly: Decimal,
    /// `r_i × claim`: the capital cost of a month's delay on the money at stake.
    pub capital_cost_monthly: Decimal,
    /// `r_i × claim + s_i`: the flow cost used in the war of attrition.
    pub total_monthly: Decimal,
    /// `r_i + s_i / W`: the cost per month as a share of the pie, when there is a ZOPA.
    pub rate_on_pie: Option<Decimal>,
    /// The per-month discount factor from `rate_on_pie` and the chosen convention.
    pub delta: Option<Decimal>,
}

/// A bargaining solution expressed as a settlement price.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricedSplit {
    /// The settlement payment in the deal month.
    pub price: Decimal,
    /// The customer's share of the ZOPA width (its gain `P_c − price`, over `W`).
    pub customer_share: Decimal,
    /// The vendor's share (`price − P_v`, over `W`).
    pub vendor_share: Decimal,
}

/// Everything the bargaining layer says about a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bargaining {
    /// The month of the deal (0-based).
    pub settlement_month: u32,
    /// Whether the deal was the scenario's own settlement offer (else the default one).
    pub scenario_offer: bool,
    /// Whether the vendor's refusal policy would reject the offer as it stands.
    pub refused_by_policy: bool,
    /// The claim (arrears, interest, collection costs) in the deal month on the no-deal path.
    pub claim: Decimal,
    /// The payment the deal as simulated makes.
    pub deal_payment: Decimal,
    /// NPVs (each side's own rate, spreadsheet convention), including what is still owed at
    /// the end of the horizon times the terminal recovery.
    pub customer_no_deal_npv: Decimal,
    pub vendor_no_deal_npv: Decimal,
    pub customer_deal_npv: Decimal,
    pub vendor_deal_npv: Decimal,
    /// Reservation prices and the ZOPA.
    pub zopa: Zopa,
    /// The Nash price with the chosen bargaining power; `None` without a ZOPA.
    pub nash: Option<PricedSplit>,
    /// The Rubinstein split and price; `None` without a ZOPA or with no cost of delay.
    pub rubinstein: Option<RubinsteinSplit>,
    pub rubinstein_price: Option<PricedSplit>,
    /// The continuous-time limit of the Rubinstein split.
    pub rubinstein_limit: Option<Shares>,
    pub customer_delay: DelayCost,
    pub vendor_delay: DelayCost,
    /// The war of attrition over the claim; `None` if there is no claim or no cost.
    pub attrition: Option<Attrition>,
    /// What could not be computed and why, as data the words crate writes.
    pub notes: Vec<Note>,
}

/// A note on what the bargaining analysis could not compute, or how to read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The vendor's policy refuses to renegotiate at the deal month; the figures assume it
    /// came to the table anyway.
    PolicyRefuses,
    /// There is no ZOPA: the customer's maximum price is below the vendor's minimum.
    NoZopa {
        customer_max: Decimal,
        vendor_min: Decimal,
        gap: Decimal,
    },
    /// Rubinstein's split failed for these discount factors.
    Rubinstein(AnalysisError),
    /// Rubinstein's split needs a ZOPA wider than zero.
    RubinsteinNeedsZopa,
    /// The war of attrition failed for these costs.
    Attrition(AnalysisError),
    /// There is no claim in the deal month, so no war of attrition.
    NoClaim,
}

/// `(1 + rate)^−(month + 1)`: the spreadsheet-convention discount factor of month `month`.
pub(crate) fn month_discount(rate: Decimal, month: u32) -> Result<Decimal, AnalysisError> {
    let what = Quantity::DiscountFactor;
    let step = dec::add(Decimal::ONE, rate, what)?;
    let mut growth = Decimal::ONE;
    for _ in 0..=month {
        growth = dec::mul(growth, step, what)?;
    }
    dec::div(Decimal::ONE, growth, what)
}

/// The month of the default deal: the first trigger, else the first arrears, else mid-horizon.
fn default_month(no_deal: &Report, horizon: u32) -> u32 {
    no_deal
        .events
        .iter()
        // A trigger that announces a threat fires as much as one that acts: the month the
        // vendor first reacts is when a deal is on the table either way.
        .find(|e| matches!(e.kind, EventKind::TriggerFired | EventKind::ThreatMade))
        .map(|e| e.month_index)
        .or_else(|| {
            no_deal
                .months
                .iter()
                .find(|m| m.arrears > Decimal::ZERO)
                .map(|m| m.index)
        })
        .unwrap_or(horizon / 2)
        .min(horizon.saturating_sub(1))
}

/// What the fight itself costs each side in month `m` (customer, vendor): for the customer,
/// advertising and other reciprocal revenue lost, suspension outage costs and legal costs; for
/// the vendor, collection and legal costs. The parts of `s_i` (module documentation), and of
/// the verdict's pain of a month.
pub(crate) fn standoff_losses(
    m: &MonthReport,
    what: Quantity,
) -> Result<(Decimal, Decimal), AnalysisError> {
    let customer = [
        m.ad_revenue_lost,
        m.other_revenue_lost,
        -m.customer.flow(Line::SuspensionOutage),
        -m.customer.flow(Line::LegalCosts),
    ];
    let vendor = [
        -m.vendor.flow(Line::CollectionCosts),
        -m.vendor.flow(Line::LegalCosts),
    ];
    let sum = |parts: &[Decimal]| {
        parts
            .iter()
            .try_fold(Decimal::ZERO, |total, part| dec::add(total, *part, what))
    };
    Ok((sum(&customer)?, sum(&vendor)?))
}

/// The claim open in month `m`: arrears, accrued late interest and collection claim.
pub(crate) fn open_claim(m: &MonthReport, what: Quantity) -> Result<Decimal, AnalysisError> {
    m.open_claim().ok_or_else(|| dec::overflow(what))
}

/// The average deadweight standoff cost per month of each side over the standoff months.
fn standoff_costs(no_deal: &Report, month: u32) -> Result<(Decimal, Decimal), AnalysisError> {
    let what = Quantity::StandoffCost;
    let (mut customer, mut vendor, mut months) = (Decimal::ZERO, Decimal::ZERO, 0u32);
    for m in no_deal.months.iter().filter(|m| m.index <= month) {
        let (c_sum, v_sum) = standoff_losses(m, what)?;
        customer = dec::add(customer, c_sum, what)?;
        vendor = dec::add(vendor, v_sum, what)?;
        if m.arrears > Decimal::ZERO || !c_sum.is_zero() || !v_sum.is_zero() {
            months += 1;
        }
    }
    if months == 0 {
        return Ok((Decimal::ZERO, Decimal::ZERO));
    }
    let n = Decimal::from(months);
    Ok((dec::div(customer, n, what)?, dec::div(vendor, n, what)?))
}

fn priced(zopa: &Zopa, vendor_share: Decimal) -> Result<PricedSplit, AnalysisError> {
    Ok(PricedSplit {
        price: zopa.price_at_vendor_share(vendor_share)?,
        customer_share: dec::sub(Decimal::ONE, vendor_share, Quantity::Split)?,
        vendor_share,
    })
}

/// The customer's and vendor's reservation prices for the deal, and the NPVs behind them.
struct Reservation {
    month: u32,
    scenario_offer: bool,
    refused: bool,
    payment: Decimal,
    claim: Decimal,
    no_deal: Report,
    npv: [Decimal; 4],
    zopa: Zopa,
}

fn reservation(
    s: &Scenario,
    month_override: Option<u32>,
    recovery: Decimal,
) -> Result<Reservation, AnalysisError> {
    check_unit(Input::TerminalRecovery, recovery)?;
    let mut no_deal_s = s.clone();
    no_deal_s.settlement = None;
    // The deal and no-deal scenarios differ only in their settlement, which the baseline
    // ignores: one simulator computes it once for all three runs.
    let mut sim = Simulator::new();
    let no_deal = run_with(&mut sim, &no_deal_s, Detail::Full)?;
    let horizon = s.horizon_months;

    let scenario_offer = s.settlement.is_some();
    let mut offer = s.settlement.clone().unwrap_or(Settlement {
        month: default_month(&no_deal, horizon),
        ..Settlement::default()
    });
    if let Some(m) = month_override {
        if m >= horizon {
            return Err(invalid(
                Input::SettlementMonth,
                Problem::MonthOutsideHorizon {
                    month: m,
                    last: horizon.saturating_sub(1),
                },
            ));
        }
        offer.month = m;
    }
    let month = offer.month;
    let mut deal_s = s.clone();
    deal_s.settlement = Some(offer);
    let mut deal = run_with(&mut sim, &deal_s, Detail::Full)?;
    let mut refused = false;
    if deal.settlement.as_ref().is_some_and(|c| !c.applied) {
        refused = true;
        deal_s
            .retaliation
            .retain(|r| !matches!(r.action, Action::RefuseRenegotiation));
        deal = run_with(&mut sim, &deal_s, Detail::Full)?;
    }
    let comparison = deal
        .settlement
        .as_ref()
        .ok_or(AnalysisError::Undefined(Undefined::NoDealComparison))?;

    let payment = -deal
        .months
        .iter()
        .map(|m| m.customer.flow(Line::SettlementPayment))
        .try_fold(Decimal::ZERO, |acc, x| {
            dec::add(acc, x, Quantity::SettlementPayment)
        })?;
    let claim = no_deal
        .months
        .iter()
        .find(|m| m.index == month)
        .map(|m| open_claim(m, Quantity::Claim))
        .transpose()?
        .unwrap_or(Decimal::ZERO);

    let f_c = month_discount(deal.totals.customer.monthly_discount_rate, month)?;
    let f_v = month_discount(deal.totals.vendor.monthly_discount_rate, month)?;
    let what = Quantity::ReservationPrice;

    // What is still owed when the horizon ends (the engine's open claims: arrears, invoices
    // not yet due, interest, collection costs) is paid on the last day with probability
    // `recovery`: each NPV moves from the engine's cash NPV towards its NPV with claims.
    let blend = |cash: Decimal, with_claims: Decimal| -> Result<Decimal, AnalysisError> {
        dec::add(
            cash,
            dec::mul(recovery, dec::sub(with_claims, cash, what)?, what)?,
            what,
        )
    };
    let (dc, nc) = (&deal.totals.customer, &no_deal.totals.customer);
    let (dv, nv) = (&deal.totals.vendor, &no_deal.totals.vendor);
    let npv_c_with = blend(dc.npv, dc.npv_with_claims)?;
    let npv_v_with = blend(dv.npv, dv.npv_with_claims)?;
    let npv_c_without = blend(nc.npv, nc.npv_with_claims)?;
    let npv_v_without = blend(nv.npv, nv.npv_with_claims)?;
    let gain_c = blend(
        comparison.customer_gain,
        comparison.customer_gain_with_claims,
    )?;
    let gain_v = blend(comparison.vendor_gain, comparison.vendor_gain_with_claims)?;
    let customer_max = dec::add(payment, dec::div(gain_c, f_c, what)?, what)?;
    let vendor_min = dec::sub(payment, dec::div(gain_v, f_v, what)?, what)?;
    Ok(Reservation {
        month,
        scenario_offer,
        refused,
        payment,
        claim,
        npv: [npv_c_without, npv_v_without, npv_c_with, npv_v_with],
        zopa: zopa(customer_max, vendor_min)?,
        no_deal,
    })
}

/// The symmetric Nash price (the midpoint of the two reservation prices), used as the
/// "settlement price" output of sensitivity analyses. It is defined even without a ZOPA, when
/// it lies in the gap and neither side would accept it.
pub fn settlement_price(s: &Scenario) -> Result<Decimal, AnalysisError> {
    let r = reservation(s, None, Decimal::ONE)?;
    let what = Quantity::SettlementPrice;
    dec::div(
        dec::add(r.zopa.customer_max, r.zopa.vendor_min, what)?,
        Decimal::TWO,
        what,
    )
}

/// The whole bargaining layer for `s`.
pub fn bargaining(s: &Scenario, options: &BargainingOptions) -> Result<Bargaining, AnalysisError> {
    check_unit(Input::CustomerPower, options.customer_power)?;
    let r = reservation(s, options.settlement_month, options.terminal_recovery)?;
    let mut notes = Vec::new();
    if r.refused {
        notes.push(Note::PolicyRefuses);
    }

    let nash = if r.zopa.exists {
        let n = nash_bargaining(
            r.zopa.width,
            Decimal::ZERO,
            Decimal::ZERO,
            options.customer_power,
        )?;
        let vendor_share = if r.zopa.width.is_zero() {
            dec::sub(Decimal::ONE, options.customer_power, Quantity::NashSplit)?
        } else {
            dec::div(n.vendor, r.zopa.width, Quantity::NashSplit)?
        };
        Some(priced(&r.zopa, vendor_share)?)
    } else {
        notes.push(Note::NoZopa {
            customer_max: r.zopa.customer_max,
            vendor_min: r.zopa.vendor_min,
            gap: r.zopa.gap,
        });
        None
    };

    let (s_c, s_v) = standoff_costs(&r.no_deal, r.month)?;
    let what = Quantity::CostOfDelay;
    let delay = |rate: Decimal, standoff: Decimal| -> Result<DelayCost, AnalysisError> {
        let capital = dec::mul(rate, r.claim, what)?;
        let rate_on_pie = if r.zopa.exists && r.zopa.width > Decimal::ZERO {
            Some(dec::add(
                rate,
                dec::div(standoff, r.zopa.width, what)?,
                what,
            )?)
        } else {
            None
        };
        Ok(DelayCost {
            monthly_discount_rate: rate,
            standoff_cost_monthly: standoff,
            capital_cost_monthly: capital,
            total_monthly: dec::add(capital, standoff, what)?,
            delta: rate_on_pie
                .map(|x| discount_factor(x, options.convention))
                .transpose()?,
            rate_on_pie,
        })
    };
    // Both runs use the same rates; the no-deal report carries them.
    let customer_delay = delay(r.no_deal.totals.customer.monthly_discount_rate, s_c)?;
    let vendor_delay = delay(r.no_deal.totals.vendor.monthly_discount_rate, s_v)?;

    let (mut rub, mut rub_price, mut limit) = (None, None, None);
    match (
        customer_delay.delta,
        vendor_delay.delta,
        customer_delay.rate_on_pie,
        vendor_delay.rate_on_pie,
    ) {
        (Some(dc), Some(dv), Some(rc), Some(rv)) => match rubinstein(dc, dv, options.proposer) {
            Ok(split) => {
                rub_price = Some(priced(&r.zopa, split.vendor_share)?);
                rub = Some(split);
                limit = continuous_limit(rc, rv).ok();
            }
            Err(e) => notes.push(Note::Rubinstein(e)),
        },
        _ => notes.push(Note::RubinsteinNeedsZopa),
    }

    let attrition = if r.claim > Decimal::ZERO {
        let side = |d: &DelayCost| AttritionSide {
            prize: r.claim,
            cost_per_month: d.total_monthly,
        };
        match war_of_attrition(&side(&customer_delay), &side(&vendor_delay)) {
            Ok(a) => Some(a),
            Err(e) => {
                notes.push(Note::Attrition(e));
                None
            }
        }
    } else {
        notes.push(Note::NoClaim);
        None
    };

    let [c_none, v_none, c_deal, v_deal] = r.npv;
    Ok(Bargaining {
        settlement_month: r.month,
        scenario_offer: r.scenario_offer,
        refused_by_policy: r.refused,
        claim: r.claim,
        deal_payment: r.payment,
        customer_no_deal_npv: c_none,
        vendor_no_deal_npv: v_none,
        customer_deal_npv: c_deal,
        vendor_deal_npv: v_deal,
        zopa: r.zopa,
        nash,
        rubinstein: rub,
        rubinstein_price: rub_price,
        rubinstein_limit: limit,
        customer_delay,
        vendor_delay,
        attrition,
        notes,
    })
}
