//! Ready-made scenarios: the two reported Twitter cases of 2023 and teaching examples.
//!
//! Every figure is either reported (sources in `docs/presets.md`) or an assumption, marked
//! "Assumption" in the comments here and in the documentation.

use super::lesson::{Lesson, LessonPlay, LessonStep, LocalText};
use super::scenario::{
    Action, Contract, FlowKind, Frequency, LumpSum, Operations, Party, Payment, RateConvention,
    ReciprocalLine, RetaliationRule, Scenario, Settlement, Side, Threat, Trigger, TrueUpBasis,
    UsagePath, YearMonth, SCENARIO_VERSION,
};
use rust_decimal::Decimal;

/// A named, documented scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// Stable id used in links and the CLI, e.g. `twitter-aws-2023`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// What the preset shows, in a few sentences.
    pub description: &'static str,
    /// The scenario itself.
    pub scenario: Scenario,
}

pub(super) fn m(millions: i64) -> Decimal {
    Decimal::from(millions).saturating_mul(Decimal::from(1_000_000))
}

fn pct(n: i64, scale: u32) -> Decimal {
    Decimal::new(n, scale)
}

pub(super) fn party(name: &str, colour: &str, cash_millions: i64, rate: Decimal) -> Party {
    Party {
        name: name.to_string(),
        currency: String::from("USD"),
        colour: colour.to_string(),
        cash_on_hand: m(cash_millions),
        discount_rate: rate,
        rate_convention: RateConvention::Nominal,
    }
}

pub(super) fn line(
    kind: FlowKind,
    label: &str,
    amount: Decimal,
    frequency: Frequency,
) -> ReciprocalLine {
    ReciprocalLine {
        kind,
        label: label.to_string(),
        amount,
        frequency,
        net_days: 30,
        value_to_vendor: Decimal::ZERO,
    }
}

fn refuse_always() -> RetaliationRule {
    RetaliationRule {
        trigger: Trigger::Always,
        action: Action::RefuseRenegotiation,
        lag_months: 0,
        reverses_when_cleared: false,
        until_month: None,
        threat: None,
    }
}

/// Twitter vs AWS as reported in March 2023 (see `docs/presets.md`).
pub fn twitter_aws_2023() -> Scenario {
    Scenario {
        version: SCENARIO_VERSION,
        title: String::from("Twitter vs AWS (2023)"),
        // Assumptions: cash on hand, discount rates (a heavily indebted buyer discounts at
        // 12 %, a large cloud provider at 8 %).
        customer: party("Twitter", "#1d9bf0", 1_000, pct(12, 2)),
        vendor: party("AWS", "#ff9900", 50_000, pct(8, 2)),
        // Reported: AWS announced the agreement on 15 December 2020. Assumption: the term
        // starts the next month, January 2021, so that contract years are calendar years and
        // the 66 months end in June 2026. The horizon is the whole term: it covers the
        // standoff of March 2023 and what follows it until the commitment is spent.
        start: YearMonth {
            year: 2021,
            month: 1,
        },
        horizon_months: 66,
        contract: Contract {
            // Reported: $510M over five and a half years (66 months).
            total_commitment: m(510),
            term_months: 66,
            // Assumption: flat schedule, true-up per contract year, no carry-forward.
            ramp: Vec::new(),
            discount: Decimal::ZERO,
            // Reported: usage well below the commitment (the timeline never moved to AWS).
            // Assumption: 45 % of the commitment.
            usage: UsagePath {
                start_share: pct(45, 2),
                changes: Vec::new(),
            },
            trueup: TrueUpBasis::ContractYear,
            carry_forward: false,
        },
        payment: Payment {
            // Assumption: net 30, the cloud default.
            net_days: 30,
            pay_share: Decimal::ONE,
            delay_days: 0,
            // Reported: months of non-payment by March 2023. Assumption: from November
            // 2022 (month 22), just after the change of ownership.
            stop_from_month: Some(22),
            resume_at_month: None,
            catch_up_on_resume: false,
            // Reported: $10M paid a few weeks before early March 2023. Assumption: paid in
            // February 2023 (month 25).
            lump_sums: vec![LumpSum {
                month: 25,
                amount: m(10),
            }],
            // Assumption: the contractual cloud default of 1.5 % a month, simple.
            late_interest_monthly: pct(15, 3),
            interest_mode: super::scenario::InterestMode::Simple,
            collection_cost_monthly: Decimal::ZERO,
            // Assumption: payments go to principal; the interest stays a claim of its own.
            interest_first: false,
            claim_recovery: Decimal::ONE,
        },
        reciprocal: vec![
            // Reported: about $1M in the first quarter from Amazon's retail business.
            line(
                FlowKind::Ad,
                "Amazon retail ads",
                m(1),
                Frequency::Quarterly,
            ),
            // Reported: "more counting Amazon Studios". Assumption: $0.5M a quarter.
            line(
                FlowKind::Ad,
                "Amazon Studios ads",
                pct(500_000, 0),
                Frequency::Quarterly,
            ),
        ],
        retaliation: vec![
            // Reported: Amazon threatened not to pay for the ads it runs on Twitter, and the
            // threat came before the $10M payment of a few weeks earlier, which it may have
            // prompted; no deadline and no execution were reported. Assumptions: the threat
            // is made once arrears pass $50M, at the end of January 2023 when the unpaid
            // true-up of December 2022 falls due; it is withdrawn only if nothing is overdue;
            // its deadline, 42 month ends later (the end of July 2026), falls after the
            // term, so that within the horizon it stays a threat, as reported. Carrying it
            // out is the lesson's lever: a deadline of 2 months decides it at the end of
            // March 2023.
            RetaliationRule {
                trigger: Trigger::ArrearsAbove { amount: m(50) },
                action: Action::WithholdPayments,
                lag_months: 0,
                reverses_when_cleared: true,
                until_month: None,
                threat: Some(Threat {
                    deadline_months: 42,
                    withdraw_at_or_below: Decimal::ZERO,
                }),
            },
            // Reported: AWS would not renegotiate the contract.
            refuse_always(),
        ],
        operations: Operations {
            // Reported: one of three US data centres (Sacramento) closed in December 2022
            // (month 23), followed by several major outages.
            data_centres: 3,
            closed: 1,
            closed_from_month: 23,
            // Assumptions: $5M a month saved per closed centre; 2 % monthly chance of a
            // major outage, +10 points per closure; $5M per outage; $150M a month of other
            // ad revenue.
            saving_per_closed_monthly: m(5),
            outage_probability_base: pct(2, 2),
            outage_probability_per_closed: pct(10, 2),
            outage_cost: m(5),
            other_ad_revenue_monthly: m(150),
        },
        settlement: None,
        lesson: twitter_aws_lesson(),
        more_vendors: Vec::new(),
        budget: None,
    }
}

/// One lesson step: English and French title and text, the month index, the levers and the
/// panels shown.
pub(super) fn step(
    title: (&str, &str),
    text: (&str, &str),
    month: u32,
    levers: &[&str],
    charts: &[&str],
) -> LessonStep {
    LessonStep {
        title: LocalText::new(title.0, title.1),
        text: LocalText::new(text.0, text.1),
        month,
        levers: levers.iter().map(|id| id.to_string()).collect(),
        charts: charts.iter().map(|id| id.to_string()).collect(),
        play: None,
    }
}

/// A step that hands the controls to the players for `play`.
fn with_play(step: LessonStep, play: LessonPlay) -> LessonStep {
    LessonStep {
        play: Some(play),
        ..step
    }
}

/// The lesson of the Twitter vs AWS preset: from the contract announced in December 2020
/// through the standoff of March 2023 to a settlement, ending on the comparison with Google
/// Cloud. Months count from January 2021 (month 0), the assumed start of the term; the text
/// says which figures are reported and which assumed.
pub fn twitter_aws_lesson() -> Lesson {
    Lesson {
        steps: vec![
            step(
                ("2021: the contract", "2021 : le contrat"),
                (
                    "Twitter commits $510M to AWS over 66 months, used or not. What does each side gain?",
                    "Twitter s'engage sur 510 M$ chez AWS en 66 mois, utilisés ou non. Que gagne chaque partie ?",
                ),
                0,
                &["contract.total_commitment"],
                &["figures", "cash"],
            ),
            step(
                ("Dec 2021: the first true-up", "Déc. 2021 : le premier rattrapage"),
                (
                    "Twitter uses about 45 % of it (assumed); each year AWS bills the shortfall. Why commit to more than you use?",
                    "Twitter en utilise environ 45 % (hypothèse) ; chaque année AWS facture le manque. Pourquoi s'engager au-delà de l'usage ?",
                ),
                11,
                &["contract.usage.start_share"],
                &["cash", "exposure"],
            ),
            step(
                ("Nov 2022: payments stop", "Nov. 2022 : les paiements cessent"),
                (
                    "After the takeover Twitter stops paying (assumed). Arrears grow, with 1.5 % interest a month.",
                    "Après le rachat, Twitter cesse de payer (hypothèse). Les arriérés montent, à 1,5 % d'intérêts par mois.",
                ),
                22,
                &["payment.stop_from_month", "payment.late_interest_monthly"],
                &["figures", "exposure", "events"],
            ),
            step(
                ("Dec 2022: a data centre closes", "Déc. 2022 : un centre de données ferme"),
                (
                    "Closing Sacramento saves money; outages follow. Is it worth it?",
                    "Fermer Sacramento fait économiser ; des pannes suivent. Cela vaut-il le coup ?",
                ),
                23,
                &["operations.closed"],
                &["cash", "events"],
            ),
            with_play(
                step(
                    ("Mar 2023: the standoff", "Mars 2023 : l'épreuve de force"),
                    (
                        "$10M paid, $60.3M billed unpaid; $73.0M with the shortfall not yet billed (usage assumed). Amazon threatens to stop paying its ads. Who hurts more?",
                        "10 M$ payés, 60,3 M$ facturés impayés ; 73,0 M$ avec le déficit non facturé (usage supposé). Amazon menace de ne plus payer ses publicités. Qui souffre le plus ?",
                    ),
                    26,
                    &["retaliation[0].threat.deadline_months", "reciprocal[0].amount"],
                    &["figures", "verdict", "pain", "events"],
                ),
                standoff_play(),
            ),
            step(
                ("A settlement", "Un accord"),
                (
                    "Waiting costs both. Which claim discount and commitment cut would both accept? Try one.",
                    "Attendre coûte aux deux. Quelle remise sur la dette et baisse de l'engagement accepteraient-ils ? Essayez.",
                ),
                35,
                &["payment.lump_sums[0].amount", "settlement"],
                &["figures", "verdict", "cash", "exposure"],
            ),
            step(
                ("Why not Google?", "Pourquoi pas Google ?"),
                (
                    "Twitter kept paying Google Cloud, which buys its ads and licenses its data. Compare the Google preset: why does that change who blinks?",
                    "Twitter a continué de payer Google Cloud, qui achète de la publicité et ses données. Comparez avec Google : pourquoi cela change-t-il qui cède ?",
                ),
                65,
                &[],
                &["figures", "cash", "exposure", "events"],
            ),
        ],
    }
}

/// The play of the lesson's standoff step: six monthly rounds from March 2023, the customer's
/// and the vendor's players each briefed with the preset's figures, marked reported or assumed
/// as in `docs/presets.md`. The briefs give the monthly invoice rather than the total owed
/// because the game replaces the scenario's payment stop with the players' moves from its
/// first round, so the claim the players see grows from that month's invoice.
fn standoff_play() -> LessonPlay {
    LessonPlay {
        rounds: 6,
        round_months: 1,
        customer_brief: LocalText::new(
            "Twitter: $1B cash (assumed). AWS bills about $3.48M a month (assumed usage), plus 1.5 % a month interest if unpaid (assumed). Amazon's ads pay you over $1M a quarter; no data. Goal: keep cash and Amazon's ads.",
            "Twitter : 1 Md$ de trésorerie (hypothèse). AWS facture environ 3,48 M$ par mois (usage supposé), plus 1,5 % d'intérêts par mois si impayé (hypothèse). Les publicités d'Amazon vous rapportent plus de 1 M$ par trimestre ; pas de données. But : garder trésorerie et publicités d'Amazon.",
        ),
        vendor_brief: LocalText::new(
            "AWS: you claim each unpaid bill, about $3.48M a month (assumed usage), plus 1.5 % a month interest (assumed). Cutting Amazon's ads costs Amazon its reach on Twitter. Goal: get paid, keep that reach.",
            "AWS : vous réclamez chaque facture impayée, environ 3,48 M$ par mois (usage supposé), plus 1,5 % d'intérêts par mois (hypothèse). Couper ses publicités coûte à Amazon son audience chez Twitter. But : être payé, garder cette audience.",
        ),
    }
}

/// Twitter vs Google Cloud: current on payments (see `docs/presets.md`).
pub fn twitter_google_2023() -> Scenario {
    Scenario {
        version: SCENARIO_VERSION,
        title: String::from("Twitter vs Google Cloud (2023)"),
        customer: party("Twitter", "#1d9bf0", 1_000, pct(12, 2)),
        vendor: party("Google Cloud", "#34a853", 100_000, pct(8, 2)),
        // Reported: a renewal due on 30 June 2023. Assumption: the five-year term ran
        // July 2018 – June 2023.
        start: YearMonth {
            year: 2018,
            month: 7,
        },
        horizon_months: 60,
        contract: Contract {
            // Reported: $1B over five years.
            total_commitment: m(1_000),
            term_months: 60,
            ramp: Vec::new(),
            discount: Decimal::ZERO,
            // Assumption: Twitter uses all of it (Google was its main cloud; estimates of
            // $200–300M a year of spend).
            usage: UsagePath {
                start_share: Decimal::ONE,
                changes: Vec::new(),
            },
            trueup: TrueUpBasis::ContractYear,
            carry_forward: false,
        },
        // Reported: Twitter current with Google in March 2023.
        payment: Payment::default(),
        reciprocal: vec![
            // Reported: Google a large advertiser on Twitter. Assumption: $10M a month.
            line(FlowKind::Ad, "Google ads", m(10), Frequency::Monthly),
            // Reported: Google paid to license Twitter's data for Search.
            // Assumption: $5M a month.
            line(
                FlowKind::Data,
                "Search data licence",
                m(5),
                Frequency::Monthly,
            ),
        ],
        retaliation: vec![
            // Assumption: had Twitter stopped paying, Google would cut ads and data once
            // arrears passed $50M, a month later.
            RetaliationRule {
                trigger: Trigger::ArrearsAbove { amount: m(50) },
                action: Action::CutSpend {
                    kind: FlowKind::Ad,
                    share: Decimal::ONE,
                },
                lag_months: 1,
                reverses_when_cleared: true,
                until_month: None,
                threat: None,
            },
            RetaliationRule {
                trigger: Trigger::ArrearsAbove { amount: m(50) },
                action: Action::CutSpend {
                    kind: FlowKind::Data,
                    share: Decimal::ONE,
                },
                lag_months: 1,
                reverses_when_cleared: true,
                until_month: None,
                threat: None,
            },
            // Reported: Google did not accept any renegotiation.
            refuse_always(),
        ],
        operations: Operations {
            data_centres: 3,
            closed: 1,
            // December 2022 is month 53 from July 2018.
            closed_from_month: 53,
            saving_per_closed_monthly: m(5),
            outage_probability_base: pct(2, 2),
            outage_probability_per_closed: pct(10, 2),
            outage_cost: m(5),
            other_ad_revenue_monthly: m(150),
        },
        settlement: None,
        lesson: Lesson::default(),
        more_vendors: Vec::new(),
        budget: None,
    }
}

/// Teaching: the vendor buys as much from the customer as it sells; stopping payment costs
/// the customer its ad revenue almost dollar for dollar.
pub fn symmetric() -> Scenario {
    Scenario {
        title: String::from("Symmetric relationship"),
        customer: party("Platform", "#1d9bf0", 50, pct(10, 2)),
        vendor: party("Cloud", "#ff9900", 500, pct(10, 2)),
        start: YearMonth {
            year: 2024,
            month: 1,
        },
        horizon_months: 24,
        contract: Contract {
            total_commitment: m(24),
            term_months: 24,
            usage: UsagePath {
                start_share: Decimal::ONE,
                changes: Vec::new(),
            },
            ..Contract::default()
        },
        payment: Payment {
            stop_from_month: Some(6),
            ..Payment::default()
        },
        reciprocal: vec![line(FlowKind::Ad, "Vendor ads", m(1), Frequency::Monthly)],
        retaliation: vec![RetaliationRule {
            trigger: Trigger::ArrearsAbove { amount: m(2) },
            action: Action::CutSpend {
                kind: FlowKind::Ad,
                share: Decimal::ONE,
            },
            lag_months: 0,
            reverses_when_cleared: true,
            until_month: None,
            threat: None,
        }],
        ..Scenario::default()
    }
}

/// Teaching: a vendor with nothing to cut; its only levers are suspension and the courts.
pub fn no_ad_leverage() -> Scenario {
    Scenario {
        title: String::from("Vendor with no ad leverage"),
        reciprocal: Vec::new(),
        retaliation: vec![
            RetaliationRule {
                trigger: Trigger::DaysOverdue { days: 90 },
                action: Action::Suspend {
                    outage_cost_monthly: m(3),
                },
                lag_months: 0,
                reverses_when_cleared: true,
                until_month: None,
                threat: None,
            },
            RetaliationRule {
                trigger: Trigger::MonthsUnpaid { months: 6 },
                action: Action::Legal {
                    vendor_cost: m(1),
                    customer_cost: m(1),
                    delay_months: 6,
                    win_probability: pct(80, 2),
                },
                lag_months: 0,
                reverses_when_cleared: false,
                until_month: None,
                threat: None,
            },
        ],
        ..symmetric()
    }
}

/// Teaching: the customer stops paying, then settles at a discount a year later.
pub fn settle_or_fight() -> Scenario {
    Scenario {
        title: String::from("Settle or fight"),
        settlement: Some(Settlement {
            month: 11,
            proposed_by: Side::Customer,
            arrears_discount: pct(20, 2),
            commitment_reduction: m(4),
            term_extension_months: 0,
            bundled_ad_monthly: Decimal::ZERO,
            bundled_data_monthly: Decimal::ZERO,
        }),
        ..symmetric()
    }
}

/// The preset a first visit opens on: the story the product is about, with both of Twitter's
/// cloud vendors and the question of which one it pays.
pub const FLAGSHIP: &str = "twitter-two-clouds-2023";

/// What names a preset, and how to build its scenario: listing the presets builds none.
#[derive(Clone, Copy, Debug)]
pub struct PresetInfo {
    /// Stable id used in links and the CLI, e.g. `twitter-aws-2023`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// What the preset shows, in a few sentences.
    pub description: &'static str,
    build: fn() -> Scenario,
}

impl PresetInfo {
    /// The preset with its scenario built.
    pub fn preset(&self) -> Preset {
        Preset {
            id: self.id,
            name: self.name,
            description: self.description,
            scenario: (self.build)(),
        }
    }
}

/// Every preset, in display order.
pub const CATALOGUE: &[PresetInfo] = &[
    PresetInfo {
        id: "twitter-aws-2023",
        name: "Twitter vs AWS (2023)",
        description: "A $510M, 66-month commitment announced in December 2020 and well \
            under-used. Twitter stops paying after the change of ownership, pays $10M in \
            February 2023 and in March still has over $70M to pay, counting the shortfall \
            accrued against the commitment and not yet billed; Amazon threatens to stop paying \
            for its ads on Twitter and AWS refuses to renegotiate.",
        build: twitter_aws_2023,
    },
    PresetInfo {
        id: "twitter-two-clouds-2023",
        name: "Twitter 2023: AWS and Google Cloud",
        description: "Both of Twitter's cloud vendors and one budget of $17M a month for \
            their $20.1M of bills: who gets paid? Google buys ads and licenses data, AWS \
            buys a little advertising and can only threaten; paying first the vendor whose \
            reaction costs most per dollar withheld pays Google and stiffs AWS.",
        build: super::preset_two_clouds::twitter_two_clouds_2023,
    },
    PresetInfo {
        id: "twitter-google-2023",
        name: "Twitter vs Google Cloud (2023)",
        description: "A $1B, five-year commitment that Twitter fully uses and pays on time: \
            Google is a large advertiser and pays to license Twitter's data, so not paying \
            would cost Twitter more than it saves.",
        build: twitter_google_2023,
    },
    PresetInfo {
        id: "symmetric",
        name: "Symmetric relationship",
        description: "The vendor buys as much advertising as it sells cloud. When the \
            customer stops paying, the vendor halts its ads: the customer's saving is \
            offset month for month.",
        build: symmetric,
    },
    PresetInfo {
        id: "no-ad-leverage",
        name: "Vendor with no ad leverage",
        description: "The same contract, but the vendor buys nothing from the customer: \
            its only levers are suspending the service and suing.",
        build: no_ad_leverage,
    },
    PresetInfo {
        id: "settle-or-fight",
        name: "Settle or fight",
        description: "The symmetric case with a settlement after a year: 20 % of the claim \
            forgiven and $4M off the remaining commitment. Compare both sides' NPV with \
            and without it.",
        build: settle_or_fight,
    },
];

/// Every preset with its scenario, in display order.
pub fn all() -> Vec<Preset> {
    CATALOGUE.iter().map(PresetInfo::preset).collect()
}

/// The name and words of the preset with this id, without building its scenario.
pub fn info(id: &str) -> Option<&'static PresetInfo> {
    CATALOGUE.iter().find(|info| info.id == id)
}

/// The preset with this id.
pub fn by_id(id: &str) -> Option<Preset> {
    info(id).map(PresetInfo::preset)
}
