//! The verdict's sentences in both languages, from verdicts written by hand.

use rust_decimal_macros::dec;
use standoff_core::analysis::{Blink, Deal, Leverage, Side, Verdict};
use standoff_core::engine::simulate;
use standoff_core::model::presets;
use standoff_words::verdict::verdict_sentences;
use standoff_words::Lang;

fn report() -> standoff_core::engine::Report {
    // Only the names, the currency and the calendar (January 2021 onwards) are read.
    simulate(&presets::twitter_aws_2023()).unwrap()
}

fn verdict() -> Verdict {
    Verdict {
        deal_month: 24,
        horizon_months: 66,
        leverage: Leverage {
            customer_monthly_cost: dec!(551875),
            vendor_monthly_cost: dec!(51875),
            stronger: Some(Side::Vendor),
            monthly_difference: dec!(500000),
        },
        blink: Some(Blink {
            side: Side::Vendor,
            probability: dec!(0.9140786749),
            median_month: 32,
        }),
        deal: Deal::Zone {
            vendor_min: dec!(15000000),
            customer_max: dec!(29482387.91),
            nash: Some(dec!(22241193.955)),
            rubinstein: None,
        },
    }
}

#[test]
fn english_sentences_name_the_side_the_amounts_and_the_months() {
    let report = report();
    assert_eq!(report.start.year, 2021);
    let [leverage, blink, deal] = verdict_sentences(Lang::En, &report, &verdict());
    assert_eq!(
        leverage,
        "Each month of standoff costs Twitter $551.9K and AWS $51.9K: time is on AWS's side, by $500.0K a month."
    );
    // Month index 32 from January 2021 is September 2023 (2 × 12 + 8).
    assert_eq!(
        blink,
        "Even so, AWS is likelier to blink first (91 %); half of such standoffs are over by Sep 2023."
    );
    // Month index 24 is January 2023.
    assert_eq!(
        deal,
        "A deal paid in Jan 2023 settles at $15.0M–$29.5M (Nash predicts $22.2M)."
    );
}

#[test]
fn french_sentences_say_the_same() {
    let report = report();
    let [leverage, blink, deal] = verdict_sentences(Lang::Fr, &report, &verdict());
    assert_eq!(
        leverage,
        "Chaque mois de bras de fer coûte 551,9\u{a0}k$ à Twitter et 51,9\u{a0}k$ à AWS\u{a0}: le temps joue pour AWS, de 500,0\u{a0}k$ par mois."
    );
    assert_eq!(
        blink,
        "Pourtant, AWS a le plus de chances de céder le premier (91\u{202f}%)\u{a0}; la moitié de ces bras de fer sont finis en septembre 2023."
    );
    assert_eq!(
        deal,
        "Un accord payé en janvier 2023 se conclut à 15,0\u{a0}M$–29,5\u{a0}M$ (Nash prédit 22,2\u{a0}M$)."
    );
}

#[test]
fn no_zone_and_a_blink_beyond_the_horizon() {
    let report = report();
    let mut v = verdict();
    v.blink = Some(Blink {
        side: Side::Customer,
        probability: dec!(0.6),
        median_month: 78,
    });
    v.deal = Deal::NoZone {
        customer_max: dec!(84989203.41),
        vendor_min: dec!(99937234.15),
        gap: dec!(14948030.74),
    };
    let [_, blink, deal] = verdict_sentences(Lang::En, &report, &v);
    // The horizon's last month is index 65: 5 × 12 + 5 months after January 2021, June 2026.
    assert_eq!(
        blink,
        "Twitter is likelier to blink first (60 %), but more than half of such standoffs would still be on in Jun 2026, at the end of the horizon."
    );
    assert_eq!(
        deal,
        "No deal in Jan 2023: Twitter would pay at most $85.0M, AWS wants at least $99.9M, a gap of $14.9M."
    );
}
