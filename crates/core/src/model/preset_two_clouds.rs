//! The flagship preset: Twitter in 2023 with both of its cloud vendors, AWS and Google Cloud,
//! and one monthly budget for their bills (see `docs/presets.md`, where every figure is marked
//! reported or assumption).

use super::lesson::Lesson;
use super::presets::{line, m, party, step};
use super::scenario::{
    Action, Contract, FlowKind, Frequency, InterestMode, Operations, Payment, ReciprocalLine,
    RetaliationRule, Scenario, Threat, Trigger, TrueUpBasis, UsagePath, YearMonth,
    SCENARIO_VERSION,
};
use super::vendors::{Allocation, Budget, VendorTerms};
use rust_decimal::Decimal;

/// Net 30 and the cloud default of 1.5 % a month of simple late interest (assumptions);
/// the customer means to pay on time, and the budget decides what it can.
fn cloud_payment() -> Payment {
    Payment {
        net_days: 30,
        late_interest_monthly: Decimal::new(15, 3),
        interest_mode: InterestMode::Simple,
        ..Payment::default()
    }
}

fn flat(total: Decimal, term_months: u32, usage: Decimal) -> Contract {
    Contract {
        total_commitment: total,
        term_months,
        ramp: Vec::new(),
        discount: Decimal::ZERO,
        usage: UsagePath {
            start_share: usage,
            changes: Vec::new(),
        },
        trueup: TrueUpBasis::ContractYear,
        carry_forward: false,
    }
}

/// AWS from January 2023: what is left of the $510M, 66-month commitment (reported) announced
/// in December 2020, used at 45 % (assumption, as in the Twitter vs AWS preset).
fn aws() -> VendorTerms {
    VendorTerms {
        vendor: party("AWS", "#ff9900", 50_000, Decimal::new(8, 2)),
        // Assumption: the term started in January 2021 as in the Twitter vs AWS preset, so
        // 42 of its 66 months are left: 510 × 42 / 66 = $324,545,454.55.
        contract: flat(Decimal::new(32_454_545_455, 2), 42, Decimal::new(45, 2)),
        payment: cloud_payment(),
        reciprocal: vec![
            // Reported: about $1M in the first quarter from Amazon's retail business.
            // Assumption: Amazon can buy the same reach elsewhere, so the ads are worth their
            // price to it and halting them costs it nothing.
            valued(
                line(
                    FlowKind::Ad,
                    "Amazon retail ads",
                    m(1),
                    Frequency::Quarterly,
                ),
                m(1),
            ),
            // Reported: "more counting Amazon Studios". Assumption: $0.5M a quarter, worth its
            // price to Amazon.
            valued(
                line(
                    FlowKind::Ad,
                    "Amazon Studios ads",
                    Decimal::new(500_000, 0),
                    Frequency::Quarterly,
                ),
                Decimal::new(500_000, 0),
            ),
        ],
        // Reported: Amazon threatened not to pay for the ads it runs on Twitter. Assumption:
        // the threat comes once $10M is overdue, with two months to pay it all back.
        retaliation: vec![RetaliationRule {
            trigger: Trigger::ArrearsAbove { amount: m(10) },
            action: Action::WithholdPayments,
            lag_months: 0,
            reverses_when_cleared: true,
            until_month: None,
            threat: Some(Threat {
                deadline_months: 2,
                withdraw_at_or_below: Decimal::ZERO,
            }),
        }],
        settlement: None,
    }
}

/// Google Cloud from January 2023: the $1B five-year contract (reported) at its average
/// $200M a year, renewed on those terms in June 2023 (assumption), fully used.
fn google() -> VendorTerms {
    let cut = |kind| RetaliationRule {
        // Assumption: Google cuts once more than a month's bill ($20M) is overdue, a month
        // later.
        trigger: Trigger::ArrearsAbove { amount: m(20) },
        action: Action::CutSpend {
            kind,
            share: Decimal::ONE,
        },
        lag_months: 1,
        reverses_when_cleared: true,
        until_month: None,
        threat: None,
    };
    VendorTerms {
        vendor: party("Google Cloud", "#34a853", 100_000, Decimal::new(8, 2)),
        contract: flat(m(200), 12, Decimal::ONE),
        payment: cloud_payment(),
        reciprocal: vec![
            // Reported: Google a large advertiser on Twitter. Assumption: $10M a month, worth
            // its price to Google (the reach can be bought elsewhere).
            valued(
                line(FlowKind::Ad, "Google ads", m(10), Frequency::Monthly),
                m(10),
            ),
            // Reported: Google paid to license Twitter's data for Search. Assumption: $5M a
            // month, worth twice that to Google, which has no other source of the same data.
            valued(
                line(
                    FlowKind::Data,
                    "Search data licence",
                    m(5),
                    Frequency::Monthly,
                ),
                m(10),
            ),
        ],
        retaliation: vec![cut(FlowKind::Ad), cut(FlowKind::Data)],
        settlement: None,
    }
}

/// Twitter in 2023 with AWS and Google Cloud and a budget below their two bills.
pub fn twitter_two_clouds_2023() -> Scenario {
    let aws = aws();
    Scenario {
        version: SCENARIO_VERSION,
        title: String::from("Twitter 2023: AWS and Google Cloud"),
        // Assumptions: cash on hand and discount rate, as in the two-party presets.
        customer: party("Twitter", "#1d9bf0", 1_000, Decimal::new(12, 2)),
        vendor: aws.vendor,
        start: YearMonth {
            year: 2023,
            month: 1,
        },
        horizon_months: 12,
        contract: aws.contract,
        payment: aws.payment,
        reciprocal: aws.reciprocal,
        retaliation: aws.retaliation,
        operations: Operations::default(),
        settlement: None,
        lesson: lesson(),
        more_vendors: vec![google()],
        // Assumption: $17M a month for both cloud bills, below the $20.1M they come to
        // (Google's $16.7M and AWS's $3.5M of usage).
        budget: Some(Budget {
            monthly: m(17),
            rule: Allocation::LeverageFirst,
        }),
    }
}

/// The flagship's lesson: one budget for two bills, who costs more to stiff, what a smaller
/// budget does, and the computed answer (the figures are those of `docs/presets.md`).
fn lesson() -> Lesson {
    Lesson {
        steps: vec![
            step(
                ("Jan 2023: two clouds, one budget", "Janv. 2023 : deux clouds, un budget"),
                (
                    "Twitter owes AWS about $3.5M a month and Google Cloud $16.7M, but sets aside $17M (assumed). Who gets paid?",
                    "Twitter doit environ 3,5 M$ par mois à AWS et 16,7 M$ à Google Cloud, mais n'y consacre que 17 M$ (hypothèse). Qui est payé ?",
                ),
                0,
                &["budget.monthly"],
                &["vendors", "vendor-paid"],
            ),
            step(
                ("Who costs more to stiff?", "Qui coûte le plus cher à ne pas payer ?"),
                (
                    "Unpaid, Google cuts $15M a month of ads and data; Amazon can only threaten its ads. Compare the cost per dollar kept.",
                    "Impayé, Google coupe 15 M$ par mois de publicité et de données ; Amazon ne peut que menacer ses publicités. Comparez le coût par dollar gardé.",
                ),
                1,
                &[],
                &["vendors", "vendor-arrears"],
            ),
            step(
                ("May 2023: Amazon's threat", "Mai 2023 : la menace d'Amazon"),
                (
                    "AWS is owed over $10M: Amazon threatens to stop paying for its ads. Lower the budget: who is stiffed, and from when?",
                    "AWS attend plus de 10 M$ : Amazon menace de ne plus payer ses publicités. Baissez le budget : qui n'est pas payé, et à partir de quand ?",
                ),
                4,
                &["budget"],
                &["vendor-arrears", "events"],
            ),
            step(
                ("The answer: pay Google, stiff AWS", "La réponse : payer Google, pas AWS"),
                (
                    "Leverage first pays Google in full: $34.6M is overdue to AWS by December. Paying AWS first would cost Google's ads and data from October: Twitter's NPV falls from −$17.7M to −$43.1M.",
                    "Le levier d'abord paie Google en entier : 34,6 M$ sont dus à AWS en décembre. Payer AWS d'abord coûterait les publicités et données de Google dès octobre : la VAN de Twitter passe de −17,7 M$ à −43,1 M$.",
                ),
                11,
                &["budget.monthly"],
                &["vendors", "vendor-paid", "vendor-arrears"],
            ),
        ],
    }
}

/// `line` with what one period of it is worth to the vendor (`value_to_vendor`).
fn valued(line: ReciprocalLine, value: Decimal) -> ReciprocalLine {
    ReciprocalLine {
        value_to_vendor: value,
        ..line
    }
}
