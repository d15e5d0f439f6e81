//! A retaliation announced as a threat: made when the trigger fires, withdrawn at its deadline
//! when the customer has paid back to the threat's level, carried out otherwise. Figures
//! worked out by hand on the symmetric preset (docs/presets.md): invoices of $1,000,000 a
//! month, each due at the end of the next month; the customer stops paying from month index
//! 6; the vendor buys $1,000,000 of ads a month, and its rule halts them once arrears pass
//! $2,000,000.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{simulate, EventDetail, EventKind, Report};
use standoff_core::model::{presets, Scenario, Threat};

/// The symmetric preset with its rule announced as a threat: two month ends to pay back to
/// nothing overdue.
fn threatened() -> Scenario {
    let mut s = presets::by_id("symmetric").map(|p| p.scenario).unwrap();
    s.retaliation[0].threat = Some(Threat {
        deadline_months: 2,
        withdraw_at_or_below: Decimal::ZERO,
    });
    s
}

fn kinds(report: &Report) -> Vec<(u32, EventKind)> {
    report
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::ThreatMade
                    | EventKind::ThreatWithdrawn
                    | EventKind::ThreatCarriedOut
                    | EventKind::TriggerFired
                    | EventKind::ActionStarted
            )
        })
        .map(|e| (e.month_index, e.kind))
        .collect()
}

/// Arrears at the month ends: month 6 $1M (May's invoice), month 7 $2M (not above $2M), month
/// 8 $3M: the trigger holds at the end of month 8 and the threat is made, its deadline the end
/// of month 10. The customer resumes at month 10 and pays every unpaid invoice at its end:
/// nothing is overdue at the deadline, so the threat is withdrawn and no ad is ever lost.
#[test]
fn a_threat_is_withdrawn_when_the_arrears_are_paid_back_by_the_deadline() {
    let mut s = threatened();
    s.payment.resume_at_month = Some(10);
    s.payment.catch_up_on_resume = true;
    let report = simulate(&s).unwrap();
    assert_eq!(
        kinds(&report),
        vec![(8, EventKind::ThreatMade), (10, EventKind::ThreatWithdrawn)]
    );
    let made = report
        .events
        .iter()
        .find(|e| e.kind == EventKind::ThreatMade)
        .map(|e| e.detail.clone());
    assert!(matches!(
        made,
        Some(EventDetail::ThreatMade {
            deadline_month: 10,
            ..
        })
    ));
    assert_eq!(report.months[10].arrears, Decimal::ZERO);
    assert!(report.months.iter().all(|m| m.ad_revenue_lost.is_zero()));
}

/// Without the payment the arrears at the end of month 10 are $5,000,000: the threat is
/// carried out, and the ads halt from month 11 on ($1,000,000 lost each month to month 23).
#[test]
fn a_threat_is_carried_out_when_the_arrears_stay_above_its_level() {
    let report = simulate(&threatened()).unwrap();
    assert_eq!(
        kinds(&report),
        vec![
            (8, EventKind::ThreatMade),
            (10, EventKind::ThreatCarriedOut),
            (11, EventKind::ActionStarted)
        ]
    );
    assert_eq!(report.months[10].arrears, dec!(5000000));
    for m in &report.months {
        let expected = if m.index >= 11 {
            dec!(1000000)
        } else {
            Decimal::ZERO
        };
        assert_eq!(m.ad_revenue_lost, expected, "month {}", m.index);
    }
}

/// A threat changes nothing in a scenario without one: the preset as it comes fires its rule
/// at the end of month 8 and halts the ads from month 9.
#[test]
fn without_a_threat_the_rule_acts_after_its_lag_as_before() {
    let s = presets::by_id("symmetric").map(|p| p.scenario).unwrap();
    let report = simulate(&s).unwrap();
    assert_eq!(
        kinds(&report),
        vec![(8, EventKind::TriggerFired), (9, EventKind::ActionStarted)]
    );
}
