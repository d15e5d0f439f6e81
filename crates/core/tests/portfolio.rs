//! Several vendors and a monthly budget: hand-derived cases (`docs/model.md` §11).
//!
//! The cases share one small world, chosen so that every figure can be worked out on paper:
//! a three-month horizon; three vendors whose contracts invoice a flat commitment every month
//! (usage at 100 % of it, no discount), due and paid on the invoice's own day (net 0, no
//! delay), so a month's payment falls in the month it is billed; no late interest, no
//! collection costs, no discounting. Vendor A bills $1,000 a month, vendor B $1,500, vendor C
//! $500: $3,000 falls due every month, against a budget of $2,000.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{
    leverage_order, simulate, simulate_portfolio, withholding_cost, withholding_costs, BudgetShare,
    EngineError, PortfolioReport,
};
use standoff_core::model::{
    presets, validate, Action, Allocation, Budget, Contract, FlowKind, Frequency, Party, Payment,
    ReciprocalLine, RetaliationRule, Scenario, Trigger, UsagePath, VendorTerms,
};

fn party(name: &str) -> Party {
    Party {
        name: name.into(),
        discount_rate: Decimal::ZERO,
        ..Party::default()
    }
}

fn contract(monthly: Decimal, term_months: u32) -> Contract {
    Contract {
        total_commitment: monthly * Decimal::from(term_months),
        term_months,
        usage: UsagePath {
            start_share: Decimal::ONE,
            changes: Vec::new(),
        },
        ..Contract::default()
    }
}

fn pays_on_time() -> Payment {
    Payment {
        net_days: 0,
        late_interest_monthly: Decimal::ZERO,
        ..Payment::default()
    }
}

fn vendor(name: &str, monthly: Decimal, term_months: u32) -> VendorTerms {
    VendorTerms {
        vendor: party(name),
        contract: contract(monthly, term_months),
        payment: pays_on_time(),
        ..VendorTerms::default()
    }
}

/// The customer with vendors A ($1,000 a month), B ($1,500) and C ($500), and a $2,000 budget
/// under `rule`.
fn three_vendors(rule: Allocation) -> Scenario {
    let a = vendor("A", dec!(1000), 3);
    Scenario {
        title: "Three vendors".into(),
        customer: party("Customer"),
        vendor: a.vendor,
        horizon_months: 3,
        contract: a.contract,
        payment: a.payment,
        reciprocal: Vec::new(),
        retaliation: Vec::new(),
        more_vendors: vec![vendor("B", dec!(1500), 3), vendor("C", dec!(500), 3)],
        budget: Some(Budget {
            monthly: dec!(2000),
            rule,
        }),
        ..Scenario::default()
    }
}

/// Per month, per vendor: (due, paid, held back at the month end).
fn shares(report: &PortfolioReport) -> Vec<Vec<(Decimal, Decimal, Decimal)>> {
    report
        .months
        .iter()
        .map(|m| {
            m.iter()
                .map(|s: &BudgetShare| (s.due, s.paid, s.held_back))
                .collect()
        })
        .collect()
}

fn arrears_at_end(report: &PortfolioReport) -> Vec<Decimal> {
    report
        .vendors
        .iter()
        .map(|r| r.months.last().map_or(Decimal::MIN, |m| m.arrears))
        .collect()
}

/// Priority (A, then B, then C): A gets its $1,000 every month, B the $1,000 left, C nothing.
/// B's due grows by what was held back: $1,500, then $1,500 + $500, then $1,500 + $1,000; C's
/// $500, $1,000, $1,500. B is $500 short each month and C $500: $1,500 each by the end.
#[test]
fn priority_pays_vendors_in_the_scenario_order() {
    let report = simulate_portfolio(&three_vendors(Allocation::Priority)).unwrap();
    assert_eq!(report.order, vec![0, 1, 2]);
    assert_eq!(
        shares(&report),
        vec![
            vec![
                (dec!(1000), dec!(1000), dec!(0)),
                (dec!(1500), dec!(1000), dec!(500)),
                (dec!(500), dec!(0), dec!(500)),
            ],
            vec![
                (dec!(1000), dec!(1000), dec!(0)),
                (dec!(2000), dec!(1000), dec!(1000)),
                (dec!(1000), dec!(0), dec!(1000)),
            ],
            vec![
                (dec!(1000), dec!(1000), dec!(0)),
                (dec!(2500), dec!(1000), dec!(1500)),
                (dec!(1500), dec!(0), dec!(1500)),
            ],
        ]
    );
    assert_eq!(
        arrears_at_end(&report),
        vec![dec!(0), dec!(1500), dec!(1500)]
    );
    // The customer paid $6,000 of its $9,000 bills; with no discounting its NPV is −$6,000.
    assert_eq!(report.customer_npv, dec!(-6000));
}

/// Pro rata: everyone gets budget ÷ total due of what it is due, rounded down to the cent,
/// and the cent rounding leaves goes to the first vendor.
/// - Month 0: 2,000 / 3,000. A 666.666… → 666.66, B 1,000, C 333.333… → 333.33; 0.01 left
///   → A 666.67. Held back: A 333.33, B 500, C 166.67.
/// - Month 1: dues A 1,333.33, B 2,000, C 666.67 (4,000), share 1/2: A 666.665 → 666.66,
///   B 1,000, C 333.335 → 333.33; 0.01 → A 666.67. Held: A 666.66, B 1,000, C 333.34.
/// - Month 2: dues A 1,666.66, B 2,500, C 833.34 (5,000), share 0.4: A 666.664 → 666.66,
///   B 1,000, C 333.336 → 333.33; 0.01 → A 666.67. Held: A 999.99, B 1,500, C 500.01.
#[test]
fn pro_rata_gives_every_vendor_the_same_share_of_what_it_is_due() {
    let report = simulate_portfolio(&three_vendors(Allocation::ProRata)).unwrap();
    assert_eq!(
        shares(&report),
        vec![
            vec![
                (dec!(1000), dec!(666.67), dec!(333.33)),
                (dec!(1500), dec!(1000), dec!(500)),
                (dec!(500), dec!(333.33), dec!(166.67)),
            ],
            vec![
                (dec!(1333.33), dec!(666.67), dec!(666.66)),
                (dec!(2000), dec!(1000), dec!(1000)),
                (dec!(666.67), dec!(333.33), dec!(333.34)),
            ],
            vec![
                (dec!(1666.66), dec!(666.67), dec!(999.99)),
                (dec!(2500), dec!(1000), dec!(1500)),
                (dec!(833.34), dec!(333.33), dec!(500.01)),
            ],
        ]
    );
    assert_eq!(
        arrears_at_end(&report),
        vec![dec!(999.99), dec!(1500), dec!(500.01)]
    );
}

/// C buys $2,000 of ads from the customer every month and halts them as soon as anything is
/// overdue; A buys $500 a month on the same rule; B buys nothing. Ad invoices are paid net 0,
/// so a month's ads are cash that month.
fn with_ads(mut s: Scenario) -> Scenario {
    let ads = |amount: Decimal| ReciprocalLine {
        kind: FlowKind::Ad,
        label: "Ads".into(),
        amount,
        frequency: Frequency::Monthly,
        net_days: 0,
        value_to_vendor: Decimal::ZERO,
    };
    let halt = RetaliationRule {
        trigger: Trigger::ArrearsAbove {
            amount: Decimal::ZERO,
        },
        action: Action::CutSpend {
            kind: FlowKind::Ad,
            share: Decimal::ONE,
        },
        lag_months: 0,
        reverses_when_cleared: true,
        until_month: None,
        threat: None,
    };
    s.reciprocal = vec![ads(dec!(500))];
    s.retaliation = vec![halt.clone()];
    if let Some(c) = s.more_vendors.get_mut(1) {
        c.reciprocal = vec![ads(dec!(2000))];
        c.retaliation = vec![halt];
    }
    s
}

/// Stiffing a vendor from month 0: its first invoice is overdue at the end of month 0, its
/// rule holds then, and its ads stop from month 1. So the customer keeps 3 months of bills and
/// loses 2 months of ads: C 2 × 2,000 / (3 × 500) = 8/3, A 2 × 500 / (3 × 1,000) = 1/3, B
/// nothing. The leverage-first order is C, A, B: C and A are paid in full, B gets $500.
#[test]
fn leverage_first_pays_first_the_vendor_whose_reaction_costs_most_per_dollar() {
    let s = with_ads(three_vendors(Allocation::LeverageFirst));
    let cost = |i| withholding_cost(&s, i).unwrap().unwrap();
    assert_eq!(
        (cost(2).cash_kept, cost(2).reaction_cost),
        (dec!(1500), dec!(4000))
    );
    assert_eq!(
        (cost(0).cash_kept, cost(0).reaction_cost),
        (dec!(3000), dec!(1000))
    );
    assert_eq!(
        (cost(1).cash_kept, cost(1).reaction_cost),
        (dec!(4500), dec!(0))
    );
    assert_eq!(cost(1).per_dollar, Some(dec!(0)));
    assert_eq!(leverage_order(&s).unwrap(), vec![2, 0, 1]);

    let report = simulate_portfolio(&s).unwrap();
    assert_eq!(report.order, vec![2, 0, 1]);
    let paid: Vec<Vec<Decimal>> = report
        .months
        .iter()
        .map(|m| m.iter().map(|x| x.paid).collect())
        .collect();
    assert_eq!(paid, vec![vec![dec!(1000), dec!(500), dec!(500)]; 3]);
    assert_eq!(arrears_at_end(&report), vec![dec!(0), dec!(3000), dec!(0)]);
    // Nobody who buys ads is ever overdue, so no ad is lost: the customer keeps $2,500 a
    // month of ads and pays $2,000 a month of bills, +$1,500 over the horizon.
    assert_eq!(report.customer_npv, dec!(1500));
}

/// Under priority the same world stiffs C, which halts $2,000 a month of ads from month 1:
/// the customer's NPV is 3 × 2,000 paid + (3 × 500 + 2,000) ads received = −6,000 + 3,500.
#[test]
fn priority_in_the_same_world_costs_the_customer_the_ads_it_did_not_protect() {
    let s = with_ads(three_vendors(Allocation::Priority));
    let report = simulate_portfolio(&s).unwrap();
    assert_eq!(report.customer_npv, dec!(-2500));
}

/// B's contract lasts one month: in month 0 the budget holds back $500 of its bill, and in
/// month 1, with only A's $1,000 due, the customer repays it.
#[test]
fn what_the_budget_held_back_is_repaid_when_the_budget_allows() {
    let mut s = three_vendors(Allocation::Priority);
    s.more_vendors = vec![vendor("B", dec!(1500), 1)];
    let report = simulate_portfolio(&s).unwrap();
    assert_eq!(
        shares(&report),
        vec![
            vec![
                (dec!(1000), dec!(1000), dec!(0)),
                (dec!(1500), dec!(1000), dec!(500))
            ],
            vec![
                (dec!(1000), dec!(1000), dec!(0)),
                (dec!(500), dec!(500), dec!(0))
            ],
            vec![
                (dec!(1000), dec!(1000), dec!(0)),
                (dec!(0), dec!(0), dec!(0))
            ],
        ]
    );
    assert_eq!(arrears_at_end(&report), vec![dec!(0), dec!(0)]);
}

/// Every one-vendor preset, as a scenario with no budget, gives through the several-vendor
/// engine the very report the two-party engine gives, and a budget that never binds changes
/// nothing.
#[test]
fn one_vendor_without_a_budget_is_the_two_party_simulation() {
    for preset in presets::all() {
        let s = preset.scenario;
        if s.is_portfolio() {
            continue;
        }
        let alone = Scenario {
            lesson: Default::default(),
            ..s.clone()
        };
        let two_party = simulate(&alone).unwrap();
        let report = simulate_portfolio(&s).unwrap();
        assert_eq!(report.vendors, vec![two_party.clone()], "{}", preset.id);
        let roomy = Scenario {
            budget: Some(Budget {
                monthly: dec!(1000000000000),
                rule: Allocation::ProRata,
            }),
            ..s
        };
        let report = simulate_portfolio(&roomy).unwrap();
        assert_eq!(
            report.vendors,
            vec![two_party],
            "{} with a roomy budget",
            preset.id
        );
    }
}

#[test]
fn more_than_eight_vendors_and_a_negative_budget_are_refused_naming_the_field() {
    let mut s = three_vendors(Allocation::Priority);
    s.more_vendors = vec![vendor("B", dec!(1500), 3); 8];
    s.budget = Some(Budget {
        monthly: dec!(-1),
        rule: Allocation::Priority,
    });
    let fields: Vec<String> = validate(&s)
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, vec!["budget.monthly", "more_vendors"]);
    assert!(matches!(
        simulate_portfolio(&s),
        Err(EngineError::Invalid(_))
    ));
}

#[test]
fn a_further_vendor_s_bad_field_is_named_under_its_index() {
    let mut s = three_vendors(Allocation::Priority);
    if let Some(b) = s.more_vendors.get_mut(0) {
        b.payment.delay_days = 100_000;
        b.vendor.name = String::new();
    }
    let fields: Vec<String> = validate(&s)
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        vec![
            "more_vendors[0].vendor.name",
            "more_vendors[0].payment.delay_days"
        ]
    );
}

/// A game on a scenario with several vendors is played with its first vendor alone, whatever
/// the budget: with a budget of nothing, vendor A is still paid its month-0 bill ($1,000, on
/// time before the game starts in month 1) and the $1,000 overdue at the end of month 1 that
/// the customer's first move pays in full.
#[test]
fn a_game_is_played_with_the_first_vendor_alone() {
    use standoff_core::game::{CustomerMove, Game, GameRules, Move, VendorMove};
    let mut s = three_vendors(Allocation::Priority);
    s.budget = Some(Budget {
        monthly: Decimal::ZERO,
        rule: Allocation::Priority,
    });
    let rules = GameRules {
        start_month: 1,
        round_months: 1,
        max_rounds: 2,
    };
    let game = Game::new(s, rules)
        .and_then(|g| g.with_move(Move::Customer(CustomerMove::PayAll)))
        .and_then(|g| g.with_move(Move::Vendor(VendorMove::Wait)));
    let replay = game.and_then(|g| g.replay()).unwrap();
    assert_eq!(replay.report.vendor_name, "A");
    assert_eq!(replay.report.totals.paid_to_vendor, dec!(2000));
}

/// The best shares of two vendors on a 20 % grid (36 points). A bills $1,000 a month and
/// buys $500 of ads a month, halted as soon as anything is overdue; B bills $1,000 and does
/// nothing. The customer discounts at 1 % a month, and claims open at the end count at face
/// value then: paying B later is worth more than paying it now, and stiffing A by even a
/// tenth loses $500 of ads in each later month, far more than deferring its bills gains
/// (about $20 over the three months). So: pay A all, B nothing.
#[test]
fn the_best_shares_pay_the_vendor_that_reacts_and_leave_the_other() {
    use standoff_core::analysis::best_allocation;
    let mut s = with_ads(three_vendors(Allocation::Priority));
    s.more_vendors.truncate(1);
    s.budget = None;
    s.customer.discount_rate = dec!(0.12);
    let best = best_allocation(&s).unwrap().unwrap();
    assert_eq!(best.shares, vec![dec!(1), dec!(0)]);
    assert_eq!(best.step, dec!(0.2));
    assert_eq!(best.points, 36);
    assert!(best.npv_with_claims > best.current_npv_with_claims);
    // One vendor, or more than four, is not searched.
    let mut one = s.clone();
    one.more_vendors.clear();
    assert_eq!(best_allocation(&one).unwrap(), None);
}

/// A further vendor's terms have ids of their own, `more_vendors[k].` and the id the same
/// term has for the first vendor: setting one changes that vendor alone, and its range and
/// errors are the term's own, named under the vendor's index.
#[test]
fn a_further_vendor_s_terms_are_parameters_of_their_own() {
    use standoff_core::model::params::{spec_of, vendor_param};
    use standoff_core::model::{get_param, set_param, Rule};
    let mut s = three_vendors(Allocation::Priority);
    let id = "more_vendors[1].payment.delay_days";
    assert_eq!(vendor_param(id), Some((2, "payment.delay_days")));
    assert_eq!(get_param(&s, id), Some(Decimal::ZERO));
    set_param(&mut s, id, dec!(45)).unwrap();
    assert_eq!(s.more_vendors[1].payment.delay_days, 45);
    assert_eq!(s.more_vendors[0].payment.delay_days, 0);
    assert_eq!(s.payment.delay_days, 0);
    assert_eq!(get_param(&s, id), Some(dec!(45)));
    let plain = spec_of(&s, "payment.delay_days").unwrap();
    let spec = spec_of(&s, id).unwrap();
    assert_eq!(
        (spec.id.as_str(), spec.min, spec.max),
        (id, plain.min, plain.max)
    );

    let too_long = set_param(&mut s, id, plain.max + Decimal::ONE).unwrap_err();
    assert_eq!(too_long.field, id);
    assert!(matches!(too_long.rule, Rule::Range { .. }));
    assert_eq!(
        s.more_vendors[1].payment.delay_days, 45,
        "a refused value changes nothing"
    );

    // The customer's own terms and the budget belong to the whole scenario, and a vendor the
    // scenario does not have has no terms.
    assert_eq!(vendor_param("more_vendors[0].customer.cash_on_hand"), None);
    let none = set_param(&mut s, "more_vendors[0].customer.cash_on_hand", dec!(1)).unwrap_err();
    assert_eq!(none.rule, Rule::NotAParameter);
    let absent = set_param(&mut s, "more_vendors[7].payment.delay_days", dec!(1)).unwrap_err();
    assert_eq!(absent.rule, Rule::NotInScenario);
}

/// Reordering the vendors swaps their whole terms, and so the priority rule's order: with
/// B ($1,500) first and A ($1,000) second, the $2,000 budget pays B in full and A $500.
#[test]
fn swapping_two_vendors_swaps_their_terms_and_their_priority() {
    let mut s = three_vendors(Allocation::Priority);
    s.swap_vendors(0, 1).unwrap();
    assert_eq!(s.vendor.name, "B");
    assert_eq!(s.more_vendors[0].vendor.name, "A");
    let report = simulate_portfolio(&s).unwrap();
    let first_month: Vec<Decimal> = report.months[0].iter().map(|x| x.paid).collect();
    assert_eq!(first_month, vec![dec!(1500), dec!(500), dec!(0)]);
    let mut back = s.clone();
    back.swap_vendors(1, 0).unwrap();
    assert_eq!(back, three_vendors(Allocation::Priority));
    assert_eq!(s.swap_vendors(0, 3), None, "there is no fourth vendor");
}

/// Whether a vendor's threat is credible: what carrying out its measures costs the vendor
/// itself. In the world of `with_ads`, a vendor stiffed from month 0 halts its ads in months 1
/// and 2, saving their price. C values its $2,000 a month of ads at $3,000 (the reach it
/// buys): halting them costs it 2 × (3,000 − 2,000) = $2,000, so its threat is not credible.
/// A values its $500 a month at $400: halting saves it 2 × (500 − 400) = $200, credible. B
/// takes no measure. (No discounting, no interest: every figure is a plain sum.)
#[test]
fn a_threat_is_credible_when_carrying_it_out_costs_the_vendor_nothing() {
    let mut s = with_ads(three_vendors(Allocation::LeverageFirst));
    s.reciprocal[0].value_to_vendor = dec!(400);
    s.more_vendors[1].reciprocal[0].value_to_vendor = dec!(3000);
    let cost = |i| withholding_cost(&s, i).unwrap().unwrap();
    assert_eq!(cost(2).vendor_cost, dec!(2000));
    assert_eq!(cost(2).credible(), Some(false));
    assert_eq!(cost(0).vendor_cost, dec!(-200));
    assert_eq!(cost(0).credible(), Some(true));
    assert_eq!(cost(1).credible(), None);
    // The customer's side does not change: the value is the vendor's alone.
    let plain = with_ads(three_vendors(Allocation::LeverageFirst));
    let before = withholding_cost(&plain, 2).unwrap().unwrap();
    assert_eq!(
        (cost(2).cash_kept, cost(2).reaction_cost),
        (before.cash_kept, before.reaction_cost)
    );
    assert_eq!(
        before.vendor_cost,
        dec!(-4000),
        "with no value given, halting only saves"
    );
}

/// The costs of stiffing are kept between calls on one thread: a variant that changes one
/// vendor's terms, or a vendor's payment behaviour, finds the others' costs kept. Every cost
/// must be the one a fresh computation gives, which a new thread (with nothing kept) makes.
#[test]
fn kept_costs_of_stiffing_are_the_fresh_ones() {
    let base = with_ads(three_vendors(Allocation::LeverageFirst));
    let mut later = base.clone();
    later.payment.delay_days = 45;
    later.payment.pay_share = dec!(0.5);
    later.more_vendors[0].contract.total_commitment = dec!(6000);
    later.more_vendors[1].reciprocal[0].value_to_vendor = dec!(700);
    let variants = [base.clone(), later, base];
    let here: Vec<_> = variants
        .iter()
        .map(|s| withholding_costs(s).unwrap())
        .collect();
    for (s, kept) in variants.iter().zip(&here) {
        let s = s.clone();
        let fresh = std::thread::spawn(move || withholding_costs(&s).unwrap())
            .join()
            .unwrap();
        assert_eq!(kept, &fresh);
    }
    assert_ne!(here[0], here[1], "the variant changes the costs");
}
