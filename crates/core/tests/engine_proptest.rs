//! Property test: random scenarios across the whole valid range, extremes included (amounts
//! up to 10¹², horizons up to 240 months, rates 0–100 %), never panic, and simulate to a
//! report whose books balance. Cross-field combinations the validator rejects return the
//! documented `EngineError::Invalid`.

use proptest::prelude::*;
use rust_decimal::Decimal;
use standoff_core::engine::{simulate, simulate_portfolio, EngineError, Line};
use standoff_core::model::{
    Action, Allocation, Budget, Contract, FlowKind, Frequency, InterestMode, LumpSum, Operations,
    Payment, RateConvention, ReciprocalLine, RetaliationRule, Scenario, Settlement, Side, Trigger,
    TrueUpBasis, UsageChange, UsagePath,
};

const TRILLION_CENTS: i64 = 100_000_000_000_000;

/// Whether two sums of the same terms agree. A `Decimal` holds 28 significant digits, and
/// day-proration (÷ 30) and spreading a commitment over its term give repeating fractions that
/// fill all of them, so adding the same terms in another order can differ in the 28th digit:
/// at 10¹¹ that is 10⁻¹⁷. A billionth of a currency unit is far below the cent that anything
/// shown or paid is rounded to, and far above that last-digit noise.
fn same_sum(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() <= Decimal::new(1, 9)
}

fn money() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::from(1_000_000_000_000_i64)),
        (0..=TRILLION_CENTS).prop_map(|c| Decimal::new(c, 2)),
        (0i64..=10_000_000).prop_map(Decimal::from),
    ]
}

fn share() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::ONE),
        (0i64..=10_000).prop_map(|x| Decimal::new(x, 4))
    ]
}

fn usage_share() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::TEN),
        (0i64..=100_000).prop_map(|x| Decimal::new(x, 4))
    ]
}

fn late_rate() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::new(10, 2)),
        (0i64..=1000).prop_map(|x| Decimal::new(x, 4))
    ]
}

fn months() -> impl Strategy<Value = u32> {
    prop_oneof![Just(1u32), Just(240u32), 1u32..=240]
}

fn days() -> impl Strategy<Value = u32> {
    prop_oneof![Just(0u32), Just(3650u32), 0u32..=120]
}

fn trigger() -> impl Strategy<Value = Trigger> {
    prop_oneof![
        Just(Trigger::Always),
        money().prop_map(|amount| Trigger::ArrearsAbove { amount }),
        days().prop_map(|days| Trigger::DaysOverdue { days }),
        (0u32..=240).prop_map(|months| Trigger::MonthsUnpaid { months }),
    ]
}

fn kind() -> impl Strategy<Value = FlowKind> {
    prop_oneof![
        Just(FlowKind::Ad),
        Just(FlowKind::Data),
        Just(FlowKind::Other)
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (kind(), share()).prop_map(|(kind, share)| Action::CutSpend { kind, share }),
        Just(Action::WithholdPayments),
        Just(Action::CreditHold),
        money().prop_map(|c| Action::Suspend {
            outage_cost_monthly: c
        }),
        (money(), money(), 0u32..=240, share()).prop_map(|(v, c, d, p)| Action::Legal {
            vendor_cost: v,
            customer_cost: c,
            delay_months: d,
            win_probability: p,
        }),
        Just(Action::RefuseRenegotiation),
    ]
}

fn rule() -> impl Strategy<Value = RetaliationRule> {
    (trigger(), action(), 0u32..=24, any::<bool>()).prop_map(|(trigger, action, lag, rev)| {
        RetaliationRule {
            trigger,
            action,
            lag_months: lag,
            reverses_when_cleared: rev,
            until_month: None,
            threat: None,
        }
    })
}

fn line() -> impl Strategy<Value = ReciprocalLine> {
    (kind(), money(), any::<bool>(), days()).prop_map(|(kind, amount, q, net)| ReciprocalLine {
        kind,
        label: String::from("line"),
        amount,
        frequency: if q {
            Frequency::Quarterly
        } else {
            Frequency::Monthly
        },
        net_days: net,
        value_to_vendor: amount,
    })
}

prop_compose! {
    fn contract()(total in money(), term in months(), discount in share(), start_share in usage_share(),
                  changes in prop::collection::vec((0u32..240, usage_share()), 0..4),
                  term_end in any::<bool>(), carry in any::<bool>(), ramp in any::<bool>(),
                  weights in prop::collection::vec(0i64..=9_900, 20))
                 -> Contract {
        let years = term.div_ceil(12) as usize;
        let mut w: Vec<Decimal> = weights.into_iter().take(years).map(|x| Decimal::new(x, 2)).collect();
        if let Some(first) = w.first_mut() { *first += Decimal::ONE; }
        Contract {
            total_commitment: total,
            term_months: term,
            ramp: if ramp { w } else { Vec::new() },
            discount,
            usage: UsagePath {
                start_share,
                changes: changes.into_iter().map(|(month, share)| UsageChange { month, share }).collect(),
            },
            trueup: if term_end { TrueUpBasis::TermEnd } else { TrueUpBasis::ContractYear },
            carry_forward: carry,
        }
    }
}

prop_compose! {
    fn payment()(net in days(), pay_share in share(), delay in days(),
                 stop in prop::option::of(0u32..240), resume in prop::option::of(0u32..240),
                 catch_up in any::<bool>(),
                 lumps in prop::collection::vec((0u32..240, money()), 0..4),
                 rate in late_rate(), compound in any::<bool>(), collection in money(),
                 interest_first in any::<bool>(), claim_recovery in share())
                -> Payment {
        Payment {
            net_days: net,
            pay_share,
            delay_days: delay,
            stop_from_month: stop,
            resume_at_month: resume,
            catch_up_on_resume: catch_up,
            lump_sums: lumps.into_iter().map(|(month, amount)| LumpSum { month, amount }).collect(),
            late_interest_monthly: rate,
            interest_mode: if compound { InterestMode::Compound } else { InterestMode::Simple },
            collection_cost_monthly: collection,
            interest_first,
            claim_recovery,
        }
    }
}

prop_compose! {
    fn scenario()(horizon in months(), contract in contract(), payment in payment(),
                  reciprocal in prop::collection::vec(line(), 0..4),
                  retaliation in prop::collection::vec(rule(), 0..5),
                  ops in (0u32..=5, 0u32..=5, 0u32..240, money(), share(), share(), money(), money()),
                  settlement in prop::option::of((0u32..240, any::<bool>(), share(), money(), 0u32..=240, money(), money())),
                  rates in (share(), share(), any::<bool>(), money(), money()))
                 -> Scenario {
        let mut s = Scenario { horizon_months: horizon, contract, payment, reciprocal, retaliation, ..Scenario::default() };
        s.operations = Operations {
            data_centres: ops.0.max(ops.1),
            closed: ops.1,
            closed_from_month: ops.2,
            saving_per_closed_monthly: ops.3,
            outage_probability_base: ops.4,
            outage_probability_per_closed: ops.5,
            outage_cost: ops.6,
            other_ad_revenue_monthly: ops.7,
        };
        s.settlement = settlement.map(|(month, by_customer, disc, red, ext, ad, data)| Settlement {
            month,
            proposed_by: if by_customer { Side::Customer } else { Side::Vendor },
            arrears_discount: disc,
            commitment_reduction: red,
            term_extension_months: ext,
            bundled_ad_monthly: ad,
            bundled_data_monthly: data,
        });
        s.customer.discount_rate = rates.0;
        s.vendor.discount_rate = rates.1;
        s.vendor.rate_convention = if rates.2 { RateConvention::Effective } else { RateConvention::Nominal };
        s.customer.cash_on_hand = rates.3;
        s.vendor.cash_on_hand = -rates.4;
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_scenarios_simulate_and_balance(s in scenario()) {
        match simulate(&s) {
            // Stop/resume in the wrong order is a documented validation error.
            Err(EngineError::Invalid(errors)) => {
                prop_assert!(errors.iter().all(|e| e.field == "payment.resume_at_month"), "{errors:?}");
            }
            Err(e) => prop_assert!(false, "valid scenario failed: {e:?}"),
            Ok(r) => {
                prop_assert_eq!(r.months.len() as u32, s.horizon_months);
                for m in &r.months {
                    prop_assert!(m.arrears >= Decimal::ZERO && m.arrears_trueup <= m.arrears);
                    prop_assert!(m.shortfall_exposure >= Decimal::ZERO);
                    // What is owed on bills leaves the shortfall out; the sum adds it back.
                    let billed = m.arrears + m.accrued_interest + m.collection_claim;
                    prop_assert!(same_sum(m.billed_unpaid, billed), "billed and unpaid {} vs {billed}", m.billed_unpaid);
                    prop_assert!(m.billed_unpaid >= Decimal::ZERO);
                    let with_shortfall = billed + m.shortfall_exposure;
                    prop_assert!(
                        same_sum(m.billed_unpaid_and_shortfall, with_shortfall),
                        "billed and unpaid with shortfall {} vs {with_shortfall}",
                        m.billed_unpaid_and_shortfall
                    );
                    // Flows between the parties cancel out: what one pays, the other receives.
                    for line in [Line::ContractPayments, Line::LumpSums, Line::SettlementPayment, Line::LegalJudgment] {
                        prop_assert_eq!(m.customer.flow(line) + m.vendor.flow(line), Decimal::ZERO);
                    }
                    prop_assert!(same_sum(m.customer.net, m.customer.cash_in - m.customer.cash_out));
                    prop_assert!(same_sum(m.customer.vs_baseline, m.customer.cumulative - m.customer.baseline_cumulative));
                }
            }
        }
    }
}

/// A scenario with up to four more vendors (each another random scenario's terms) and a
/// budget under any rule, amounts from nothing to the maximum.
fn portfolio() -> impl Strategy<Value = Scenario> {
    (
        scenario(),
        prop::collection::vec(scenario(), 0..4),
        prop::option::of((money(), 0u8..3)),
    )
        .prop_map(|(mut s, others, budget)| {
            s.more_vendors = others
                .into_iter()
                .filter_map(|other| other.vendor_terms(0))
                .collect();
            s.budget = budget.map(|(monthly, rule)| Budget {
                monthly,
                rule: match rule {
                    0 => Allocation::Priority,
                    1 => Allocation::ProRata,
                    _ => Allocation::LeverageFirst,
                },
            });
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    /// Several vendors under a budget never panic, and the budget holds: each month the
    /// vendors together are paid at most the budget, each at most what it was allowed and
    /// allowed at most what it was due, and nothing held back is negative.
    #[test]
    fn random_portfolios_simulate_within_their_budget(s in portfolio()) {
        match simulate_portfolio(&s) {
            Err(EngineError::Invalid(errors)) => {
                prop_assert!(errors.iter().all(|e| e.field.ends_with("payment.resume_at_month")), "{errors:?}");
            }
            Err(e) => prop_assert!(false, "valid scenario failed: {e:?}"),
            Ok(p) => {
                prop_assert_eq!(p.vendors.len(), s.vendor_count());
                prop_assert_eq!(p.months.len() as u32, s.horizon_months);
                for month in &p.months {
                    let paid: Decimal = month.iter().map(|x| x.paid).sum();
                    if let Some(b) = &s.budget {
                        prop_assert!(paid <= b.monthly, "paid {paid} over the budget {}", b.monthly);
                    }
                    for x in month {
                        prop_assert!(x.paid <= x.allowed && x.allowed <= x.due, "{x:?}");
                        prop_assert!(x.held_back >= Decimal::ZERO, "{x:?}");
                    }
                }
            }
        }
    }
}
