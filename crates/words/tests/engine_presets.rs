//! The presets: every preset is valid and simulates, and the Twitter vs AWS preset shows, at
//! March 2023, what was reported (BRIEF §1): the $10M payment, at least $70M still to pay
//! only once the shortfall not yet billed is added to what is billed and unpaid, and the
//! Amazon ad line cut after the trigger; and in May 2020, while every invoice is paid, nothing
//! billed and unpaid but a shortfall of $21M accruing.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{simulate, Event, EventKind, Line};
use standoff_core::model::{presets, validate};
use standoff_words::events::event_sentence;
use standoff_words::Lang;

#[test]
fn every_preset_is_valid_simulates_and_round_trips_through_json() {
    let all = presets::all();
    assert!(all.len() >= 4);
    for id in [
        "twitter-aws-2023",
        "twitter-google-2023",
        "symmetric",
        "no-ad-leverage",
    ] {
        assert!(presets::by_id(id).is_some(), "missing preset {id}");
    }
    for p in all {
        validate(&p.scenario).unwrap_or_else(|e| panic!("{}: {e:?}", p.id));
        let report = simulate(&p.scenario).unwrap_or_else(|e| panic!("{}: {e:?}", p.id));
        assert_eq!(report.months.len() as u32, p.scenario.horizon_months);
        let json = serde_json::to_string(&p.scenario).unwrap();
        let back: standoff_core::model::Scenario = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p.scenario, "{} does not round-trip", p.id);
    }
}

#[test]
fn twitter_aws_march_2023_matches_the_reporting() {
    let s = presets::by_id("twitter-aws-2023").unwrap().scenario;
    let r = simulate(&s).unwrap();
    let march = r.month_at(2023, 3).expect("March 2023 is in the horizon");
    let feb = r.month_at(2023, 2).unwrap();

    // The $10M payment a few weeks before early March: February's lump-sum line and the log.
    assert_eq!(feb.customer.flow(Line::LumpSums), dec!(-10000000));
    assert!(r.events.iter().any(|e| e.kind == EventKind::LumpSum
        && e.amount == Some(dec!(10000000))
        && e.month_index <= march.index
        && text(e, &s).contains("$10,000,000")));

    // What is billed and unpaid (arrears, interest, collection claim) stays under $70M; the
    // reported "at least $70M still to pay" is reached only with the shortfall accrued since
    // January against the commitment, not yet invoiced: three months of
    // $510,000,000 / 66 − $3,477,272.73 = $4,249,999.997…, $12,749,999.99 to the cent.
    assert_eq!(
        march.billed_unpaid,
        march.arrears + march.accrued_interest + march.collection_claim
    );
    assert!(
        march.billed_unpaid < dec!(70000000),
        "billed and unpaid {}",
        march.billed_unpaid
    );
    assert_eq!(march.shortfall_exposure.round_dp(2), dec!(12749999.99));
    assert_eq!(
        march.billed_unpaid_and_shortfall,
        march.billed_unpaid + march.shortfall_exposure
    );
    assert!(
        march.billed_unpaid_and_shortfall >= dec!(70000000),
        "with the shortfall {}",
        march.billed_unpaid_and_shortfall
    );
    assert!(march.arrears > Decimal::ZERO);
    // Part of the arrears is the unpaid true-up of December 2022: shortfall invoiced.
    assert!(march.arrears_trueup > Decimal::ZERO && march.arrears_trueup < march.arrears);

    // The trigger fires, then the Amazon ad line is cut: ads lost in March 2023.
    let fired = r
        .events
        .iter()
        .find(|e| e.kind == EventKind::TriggerFired && text(e, &s).contains("arrears pass"))
        .expect("the arrears trigger fires");
    let cut = r
        .events
        .iter()
        .find(|e| e.kind == EventKind::ActionStarted && text(e, &s).contains("halts advertising"))
        .expect("the ad cut starts");
    assert!(fired.month_index < cut.month_index && cut.month_index <= march.index);
    assert!(march.ad_revenue_lost > Decimal::ZERO);
    // Retail $1M a quarter and studios $0.5M a quarter run evenly: $0.5M a month is lost.
    assert_eq!(march.ad_revenue_lost.round_dp(2), dec!(500000));
    // AWS refuses to renegotiate from the start.
    assert!(r
        .events
        .iter()
        .any(|e| text(e, &s).contains("refuses to renegotiate")));
}

/// May 2020, the fifth month of the term. Each month commits $510,000,000 / 66 =
/// $7,727,272.7272… and bills 45 % of it, round_cents($3,477,272.7272…) = $3,477,272.73, net
/// 30: the invoice of month m is paid on its due day, the end of month m + 1. By the end of May
/// the invoices of January to April are paid (4 × $3,477,272.73 = $13,909,090.92), May's is
/// billed and not yet due, nothing is overdue: billed and unpaid is $0. The shortfall accrued
/// in the contract year so far is 5 × ($7,727,272.7272… − $3,477,272.73) = $38,636,363.6363… −
/// $17,386,363.65 = $21,249,999.9863…, which is not owed unless usage stays low until the
/// true-up in December 2020.
#[test]
fn twitter_aws_may_2020_owes_nothing_on_bills_while_a_shortfall_accrues() {
    let s = presets::by_id("twitter-aws-2023").unwrap().scenario;
    let r = simulate(&s).unwrap();
    let may = r.month_at(2020, 5).expect("May 2020 is in the horizon");
    assert_eq!(may.billed_unpaid, Decimal::ZERO);
    assert_eq!(may.arrears, Decimal::ZERO);
    assert_eq!(may.billed_not_due, dec!(3477272.73));
    assert_eq!(may.shortfall_exposure.round_dp(2), dec!(21249999.99));
    assert_eq!(may.billed_unpaid_and_shortfall, may.shortfall_exposure);
    let paid: Decimal = r.months[..=4]
        .iter()
        .map(|m| m.customer.flow(Line::ContractPayments))
        .sum();
    assert_eq!(paid, dec!(-13909090.92));
}

#[test]
fn twitter_google_stays_current() {
    let s = presets::by_id("twitter-google-2023").unwrap().scenario;
    let r = simulate(&s).unwrap();
    assert_eq!(r.totals.peak_arrears, Decimal::ZERO);
    assert_eq!(r.totals.interest_accrued, Decimal::ZERO);
    assert_eq!(r.totals.customer.npv_vs_baseline, Decimal::ZERO);
    assert!(r.events.iter().all(|e| e.kind != EventKind::TriggerFired));
}

#[test]
fn settle_or_fight_compares_both_outcomes() {
    let s = presets::by_id("settle-or-fight").unwrap().scenario;
    let r = simulate(&s).unwrap();
    let cmp = r.settlement.expect("a comparison");
    assert!(cmp.applied);
    assert_eq!(
        cmp.customer_gain,
        cmp.customer_npv_with - cmp.customer_npv_without
    );
}

/// The event's English sentence, as the log shows it.
fn text(event: &Event, scenario: &standoff_core::model::Scenario) -> String {
    event_sentence(Lang::En, event, scenario)
}
