//! The presets: every preset is valid and simulates, and the Twitter vs AWS preset shows, at
//! March 2023, what was reported (BRIEF §1): the $10M payment, at least $70M still to pay
//! only once the shortfall not yet billed is added to what is billed and unpaid, and Amazon's
//! threat, made and not carried out; and in May 2021, while every invoice is paid, nothing
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

/// March 2023, month index 26 of a term starting in January 2021 (2 × 12 + 2). Each month
/// commits $510,000,000 / 66 = $7,727,272.727272727273 (to 12 places) and bills 45 % of it,
/// round_cents($3,477,272.7272…) = $3,477,272.73, due at the end of the next month. Payments
/// stop from November 2022 (index 22), so October 2022's invoice, due at the end of November,
/// is the first left unpaid. The year-2 true-up (January–December 2022), invoiced in December
/// 2022, is round_cents($92,727,272.727272727273 − 12 × $3,477,272.73) =
/// round_cents($50,999,999.967272727273) = $50,999,999.97, due at the end of January 2023.
///
/// - Arrears at the end of March 2023: the usage invoices of October 2022 to February 2023
///   (5 × $3,477,272.73 = $17,386,363.65) and the true-up, less the $10M lump sum of
///   February: $58,386,363.62. The lump sum pays the oldest first: October and November
///   ($6,954,545.46), then $3,045,454.54 of December's usage invoice, so the true-up is unpaid
///   in full.
/// - Late interest, 1.5 % of each balance for each whole month it is late: October's invoice
///   3 months (December–February), November's 2, December's usage invoice 1 month whole and
///   then 1 month on its $431,818.19 left, the true-up 2 months, January's 1: 0.015 ×
///   (3 × 3,477,272.73 + 2 × 3,477,272.73 + 3,477,272.73 + 431,818.19 + 2 × 50,999,999.97 +
///   3,477,272.73) = 0.015 × 126,772,727.24 = $1,901,590.9086.
/// - Billed and unpaid: $58,386,363.62 + $1,901,590.9086 = $60,287,954.5286, under $70M.
/// - Shortfall accrued since January 2023, not yet billed: 3 × $7,727,272.727272727273 −
///   3 × $3,477,272.73 = $12,749,999.991818181819.
/// - Their sum, billed and unpaid + shortfall accrued: $73,037,954.520418181819, the reported
///   "at least $70M still to pay" — reached only by counting a shortfall that is due only if
///   usage stays at 45 % (an assumption) until the true-up of December 2023.
#[test]
fn twitter_aws_march_2023_matches_the_reporting() {
    let s = presets::by_id("twitter-aws-2023").unwrap().scenario;
    let r = simulate(&s).unwrap();
    let march = r.month_at(2023, 3).expect("March 2023 is in the horizon");
    let feb = r.month_at(2023, 2).unwrap();
    assert_eq!((feb.index, march.index), (25, 26));

    // The $10M payment a few weeks before early March: February's lump-sum line and the log.
    assert_eq!(feb.customer.flow(Line::LumpSums), dec!(-10000000));
    assert!(r.events.iter().any(|e| e.kind == EventKind::LumpSum
        && e.amount == Some(dec!(10000000))
        && e.month_index == feb.index
        && text(e, &s).contains("$10,000,000")));

    assert_eq!(march.arrears, dec!(58386363.62));
    assert_eq!(march.arrears_trueup, dec!(50999999.97));
    assert_eq!(march.billed_not_due, dec!(3477272.73));
    assert_eq!(march.accrued_interest, dec!(1901590.9086));
    assert_eq!(march.collection_claim, Decimal::ZERO);
    assert_eq!(march.billed_unpaid, dec!(60287954.5286));
    assert!(march.billed_unpaid < dec!(70000000));
    assert_eq!(march.shortfall_exposure, dec!(12749999.991818181819));
    assert_eq!(
        march.billed_unpaid_and_shortfall,
        dec!(73037954.520418181819)
    );
    assert!(march.billed_unpaid_and_shortfall >= dec!(70000000));

    // Amazon's move is a threat, made at the end of January 2023 when the unpaid true-up
    // falls due and arrears pass $50M: 3 × $3,477,272.73 + $50,999,999.97 = $61,431,818.16.
    // Its deadline is after the term, so within the horizon it is never carried out: no ad
    // payment is withheld, no ad is lost, and Amazon pays its first-quarter invoice
    // ($1M retail + $0.5M studios) at the end of April 2023, net 30 from the end of March.
    let threat = r
        .events
        .iter()
        .find(|e| e.kind == EventKind::ThreatMade)
        .expect("Amazon threatens");
    assert_eq!(threat.month_index, 24);
    assert_eq!(threat.amount, Some(dec!(61431818.16)));
    assert!(text(threat, &s).contains("threat"), "{}", text(threat, &s));
    assert!(r
        .events
        .iter()
        .all(|e| e.kind != EventKind::ThreatCarriedOut
            && e.kind != EventKind::ThreatWithdrawn
            && e.kind != EventKind::TriggerFired));
    assert!(r
        .months
        .iter()
        .all(|m| m.ad_revenue_lost.is_zero() && m.withheld_by_vendor.is_zero()));
    let april = r.month_at(2023, 4).unwrap();
    let amazon_ads = |m: &standoff_core::engine::MonthReport| {
        m.customer.flow(Line::Reciprocal(0)) + m.customer.flow(Line::Reciprocal(1))
    };
    assert_eq!(amazon_ads(april), dec!(1500000));
    // AWS refuses to renegotiate from the start.
    assert!(r
        .events
        .iter()
        .any(|e| text(e, &s).contains("refuses to renegotiate")));
}

/// The lesson's lever on the threat: with a deadline of 2 month ends, the threat made at the
/// end of January 2023 is decided at the end of March 2023, when $58,386,363.62 is overdue
/// (more than the $0 that would withdraw it): AWS carries it out and withholds Amazon's ad
/// payments from April 2023, the $1.5M first-quarter invoice first.
#[test]
fn twitter_aws_threat_carried_out_when_its_deadline_is_march_2023() {
    let mut s = presets::by_id("twitter-aws-2023").unwrap().scenario;
    let threat = s.retaliation[0].threat.as_mut().expect("a threat");
    threat.deadline_months = 2;
    let r = simulate(&s).unwrap();
    let carried = r
        .events
        .iter()
        .find(|e| e.kind == EventKind::ThreatCarriedOut)
        .expect("the threat is carried out");
    assert_eq!(carried.month_index, 26);
    assert_eq!(carried.amount, Some(dec!(58386363.62)));
    let april = r.month_at(2023, 4).unwrap();
    assert_eq!(april.customer.flow(Line::Reciprocal(0)), Decimal::ZERO);
    assert_eq!(april.customer.flow(Line::Reciprocal(1)), Decimal::ZERO);
    assert_eq!(april.withheld_by_vendor, dec!(1500000));
    // Twitter never pays again, so arrears stay above $50M and the withholding lasts: every
    // quarterly invoice falling due from April 2023 to April 2026 is withheld, 13 × $1.5M =
    // $19.5M by June 2026 (the second-quarter invoice of 2026 falls due after the horizon).
    let last = r.months.last().expect("months");
    assert_eq!(last.withheld_by_vendor, dec!(19500000));
}

/// May 2021, the fifth month of the term. Each month commits $510,000,000 / 66 =
/// $7,727,272.7272… and bills 45 % of it, round_cents($3,477,272.7272…) = $3,477,272.73, net
/// 30: the invoice of month m is paid on its due day, the end of month m + 1. By the end of May
/// the invoices of January to April are paid (4 × $3,477,272.73 = $13,909,090.92), May's is
/// billed and not yet due, nothing is overdue: billed and unpaid is $0. The shortfall accrued
/// in the contract year so far is 5 × ($7,727,272.7272… − $3,477,272.73) = $38,636,363.6363… −
/// $17,386,363.65 = $21,249,999.9863…, which is not owed unless usage stays low until the
/// true-up in December 2021.
#[test]
fn twitter_aws_may_2021_owes_nothing_on_bills_while_a_shortfall_accrues() {
    let s = presets::by_id("twitter-aws-2023").unwrap().scenario;
    let r = simulate(&s).unwrap();
    let may = r.month_at(2021, 5).expect("May 2021 is in the horizon");
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
