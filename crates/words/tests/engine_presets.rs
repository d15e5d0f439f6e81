//! The presets: every preset is valid and simulates, and the Twitter vs AWS preset shows, at
//! March 2023, what was reported (BRIEF §1): the $10M payment, at least $70M owed with
//! arrears and shortfall kept apart, and the Amazon ad line cut after the trigger.

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

    // At least $70M owed, with arrears (invoiced, unpaid) and the shortfall accrued against
    // the commitment (not yet invoiced) reported apart.
    assert!(
        march.total_owed >= dec!(70000000),
        "owed {}",
        march.total_owed
    );
    assert!(march.arrears > Decimal::ZERO && march.shortfall_exposure > Decimal::ZERO);
    assert_eq!(
        march.total_owed,
        march.arrears + march.accrued_interest + march.collection_claim + march.shortfall_exposure
    );
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
