//! The scenario: every term of the relationship between a customer and its vendor.
//!
//! A scenario is plain data. It is serialised to JSON for links, files and the CLI, so every
//! struct carries `#[serde(default)]`: a field missing from an older file takes its default
//! value instead of failing to parse, which keeps old links opening years later. Every struct
//! and tagged enum also carries `deny_unknown_fields`: a member the model does not know is a
//! misspelling or a field of another build, and silently dropping it would open a scenario
//! other than the one written (the formats crate names the member and the nearest field).
//!
//! Units used throughout:
//! - money is an exact [`Decimal`] in the scenario's currency (one currency for all flows; the
//!   parties' currency codes only label figures);
//! - shares, rates and probabilities are fractions: `0.015` means 1.5 %;
//! - months are 0-based indices from [`Scenario::start`]: month 0 is the start month;
//! - days follow the engine's day count: every month has 30 days (see `docs/model.md`).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::document::ScenarioDoc;
use super::lesson::Lesson;
use super::vendors::{Budget, VendorTerms};

/// The current scenario format version, written into every new scenario and every document.
/// Version 2 lists every vendor under `vendors` (see [`super::document`]); version 1 had the
/// first vendor's terms at the top and the others under `more_vendors`.
pub const SCENARIO_VERSION: u32 = 2;

/// A complete scenario: the customer, its first vendor's terms as its own fields and its
/// other vendors in [`Scenario::more_vendors`]; the input of [`crate::engine::simulate`].
///
/// Its JSON is the shape of [`ScenarioDoc`] (every vendor in one list). Missing members take
/// neutral defaults member by member (an empty list, a customer that pays on time, no
/// settlement), not the values of the teaching example that [`Scenario::default`] returns, so
/// that a hand-written file gets only what it says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "ScenarioDoc", try_from = "ScenarioDoc")]
pub struct Scenario {
    /// Format version of the document it was read from, after migration: [`SCENARIO_VERSION`].
    pub version: u32,
    /// A short title shown in the UI and in reports.
    pub title: String,
    /// The customer: the platform that buys cloud services (e.g. Twitter).
    pub customer: Party,
    /// The first vendor: the cloud provider (e.g. AWS), which may also buy from the customer.
    pub vendor: Party,
    /// Calendar month of month index 0.
    pub start: YearMonth,
    /// Number of simulated months (1 to 240; 24 when missing).
    pub horizon_months: u32,
    /// The first vendor's committed-spend contract and its invoices.
    pub contract: Contract,
    /// Payment terms of the first vendor's invoices and the customer's payment policy.
    pub payment: Payment,
    /// Flows from the first vendor to the customer: advertising, data licensing, other revenue.
    pub reciprocal: Vec<ReciprocalLine>,
    /// The first vendor's retaliation rules, each a trigger and an action.
    pub retaliation: Vec<RetaliationRule>,
    /// The customer's own operations: data centres, outage risk, other revenue.
    pub operations: Operations,
    /// An optional settlement with the first vendor, applied at the end of a given month.
    pub settlement: Option<Settlement>,
    /// An optional lesson script for presenter mode (see [`super::lesson`]). It is written
    /// only when it has steps.
    pub lesson: Lesson,
    /// The customer's further vendors, each with its own terms (see [`super::vendors`]); in
    /// the JSON they follow the first vendor in `vendors`.
    pub more_vendors: Vec<VendorTerms>,
    /// The customer's monthly budget for its vendors' bills, if any.
    pub budget: Option<Budget>,
}

/// One side of the relationship.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Party {
    /// Display name, e.g. "Twitter".
    pub name: String,
    /// ISO 4217 currency code used to label this party's figures, e.g. "USD".
    pub currency: String,
    /// Colour for charts, as `#rrggbb`.
    pub colour: String,
    /// Cash on hand at the start; the cumulative cash position starts here.
    pub cash_on_hand: Decimal,
    /// Annual discount rate used for this party's NPV (fraction, 0 to 1).
    pub discount_rate: Decimal,
    /// How the annual discount rate becomes a monthly one.
    pub rate_convention: RateConvention,
}

/// Conversion of an annual rate `r` into a monthly rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RateConvention {
    /// Nominal: `r / 12`.
    #[default]
    Nominal,
    /// Effective: `(1 + r)^(1/12) − 1`, so twelve monthly periods compound to exactly `r`.
    Effective,
}

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct YearMonth {
    /// Calendar year, 1970 to 2100.
    pub year: i32,
    /// Calendar month, 1 (January) to 12 (December).
    pub month: u32,
}

impl Default for YearMonth {
    fn default() -> Self {
        YearMonth {
            year: 2023,
            month: 1,
        }
    }
}

/// The committed-spend contract (vendor → customer service, customer → vendor invoices).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Contract {
    /// Total spend committed over the term, net of discount (what the customer must pay
    /// whether or not it uses the capacity).
    pub total_commitment: Decimal,
    /// Contract term in months from month 0 (1 to 240).
    pub term_months: u32,
    /// Ramp weights, one per contract year (the last year may be partial). Empty means a flat
    /// schedule: the same commitment every month. With weights `w`, contract year `y`
    /// commits `total × w_y / Σw`, spread evenly over its months.
    pub ramp: Vec<Decimal>,
    /// Discount on list price (fraction). Usage is measured at list price and invoiced net of
    /// this discount.
    pub discount: Decimal,
    /// The customer's usage, at list price, as a share of each month's commitment.
    pub usage: UsagePath,
    /// When the shortfall against the commitment is invoiced.
    pub trueup: TrueUpBasis,
    /// Whether drawdown above a period's commitment counts towards the next period.
    pub carry_forward: bool,
}

/// Usage share over time: a starting share and changes from given months.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UsagePath {
    /// Usage share from month 0 (fraction of the month's commitment, 0 to 10).
    pub start_share: Decimal,
    /// Later changes; each applies from its month until the next change.
    pub changes: Vec<UsageChange>,
}

impl Default for UsagePath {
    fn default() -> Self {
        UsagePath {
            start_share: Decimal::ONE,
            changes: Vec::new(),
        }
    }
}

/// A change of usage share from a given month on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct UsageChange {
    /// Month index from which the share applies.
    pub month: u32,
    /// New usage share (fraction of the month's commitment, 0 to 10).
    pub share: Decimal,
}

/// When the true-up (the invoiced shortfall) is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TrueUpBasis {
    /// At the end of every contract year (12 months from month 0) and of the term.
    #[default]
    ContractYear,
    /// Once, at the end of the term.
    TermEnd,
}

/// Payment terms of contract invoices and the customer's payment policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Payment {
    /// Invoices are due this many days after issue (net N).
    pub net_days: u32,
    /// Share of each invoice the customer pays (fraction, 1 = in full).
    pub pay_share: Decimal,
    /// Days after the due date on which the customer pays.
    pub delay_days: u32,
    /// The customer makes no scheduled payment in months from this index on…
    pub stop_from_month: Option<u32>,
    /// …until this month index (exclusive end of the stop window).
    pub resume_at_month: Option<u32>,
    /// Whether, at the end of the resume month, the customer also pays every unpaid invoice.
    pub catch_up_on_resume: bool,
    /// One-off payments towards the oldest unpaid invoices, at the end of their month.
    pub lump_sums: Vec<LumpSum>,
    /// Late interest per month (fraction, 0 to 0.10; the cloud default is 0.015).
    pub late_interest_monthly: Decimal,
    /// Whether late interest is simple or compounded monthly.
    pub interest_mode: InterestMode,
    /// Cost the vendor spends each month while arrears are outstanding, recoverable from the
    /// customer (added to the vendor's claim).
    pub collection_cost_monthly: Decimal,
    /// Whether each payment goes first to the late interest accrued, then to principal (the
    /// usual legal default). When not, payments go to principal only and the interest stays
    /// a claim of its own. Written only when set, so that older links stay byte-identical.
    #[serde(skip_serializing_if = "is_false")]
    pub interest_first: bool,
    /// The share of its open claims at the end of the horizon (arrears, invoices not yet due,
    /// late interest, collection costs) the vendor expects to recover from a customer that
    /// has stopped paying: what "NPV with claims" counts of them, on both sides. 1 (all of
    /// it) unless set, and written only when not 1, so that older links stay byte-identical.
    #[serde(skip_serializing_if = "is_one")]
    pub claim_recovery: Decimal,
}

impl Default for Payment {
    fn default() -> Self {
        Payment {
            net_days: 30,
            pay_share: Decimal::ONE,
            delay_days: 0,
            stop_from_month: None,
            resume_at_month: None,
            catch_up_on_resume: false,
            lump_sums: Vec::new(),
            late_interest_monthly: Decimal::new(15, 3),
            interest_mode: InterestMode::Simple,
            collection_cost_monthly: Decimal::ZERO,
            interest_first: false,
            claim_recovery: Decimal::ONE,
        }
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_one(value: &Decimal) -> bool {
    *value == Decimal::ONE
}

/// A one-off payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct LumpSum {
    /// Month index; the payment is made on the last day of that month.
    pub month: u32,
    /// Amount paid.
    pub amount: Decimal,
}

/// Simple or compound late interest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum InterestMode {
    /// Interest on unpaid principal only.
    #[default]
    Simple,
    /// Interest on unpaid principal and on interest accrued in earlier months (monthly
    /// compounding).
    Compound,
}

/// The kind of a reciprocal flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum FlowKind {
    /// Advertising the vendor buys on the customer's platform.
    #[default]
    Ad,
    /// Data licensing fees the vendor pays the customer.
    Data,
    /// Any other revenue line.
    Other,
}

/// How often a reciprocal line is invoiced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// `amount` per month, invoiced at each month end.
    #[default]
    Monthly,
    /// `amount` per calendar quarter, run evenly over its three months and invoiced at the
    /// end of March, June, September and December.
    Quarterly,
}

/// A flow from the vendor to the customer (the vendor is also a customer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReciprocalLine {
    /// Kind of flow; retaliation cuts target a kind.
    pub kind: FlowKind,
    /// Label shown in tables, e.g. "Amazon retail ads".
    pub label: String,
    /// Amount per period (see `frequency`).
    pub amount: Decimal,
    /// Period of `amount` and of invoicing.
    pub frequency: Frequency,
    /// The vendor pays each invoice this many days after issue.
    pub net_days: u32,
    /// What one period of the line is worth to the vendor itself (the reach its ads buy, the
    /// data it licenses), against the `amount` it pays: cutting the line saves the vendor the
    /// amount and costs it this value, which says whether a threat to cut it is credible
    /// (`docs/model.md` §11). Zero when not given; written only when set, so that older links
    /// stay byte-identical.
    #[serde(skip_serializing_if = "Decimal::is_zero")]
    pub value_to_vendor: Decimal,
}

impl Default for ReciprocalLine {
    fn default() -> Self {
        ReciprocalLine {
            kind: FlowKind::Ad,
            label: String::from("Advertising"),
            amount: Decimal::ZERO,
            frequency: Frequency::Monthly,
            net_days: 30,
            value_to_vendor: Decimal::ZERO,
        }
    }
}

/// A vendor retaliation rule: when the trigger holds, the action follows after a lag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct RetaliationRule {
    /// Condition checked at the end of every month.
    pub trigger: Trigger,
    /// What the vendor does.
    pub action: Action,
    /// Months between the trigger firing at a month end and the action starting; 0 means the
    /// action starts the next month.
    pub lag_months: u32,
    /// Whether the action stops (from the next month) once the trigger no longer holds.
    /// Legal action never reverses.
    pub reverses_when_cleared: bool,
    /// The month index from which the action stops for good, whatever the trigger (a played
    /// game ends the vendor's measures when a settlement is agreed). `None`: no set end. A
    /// suit already filed still comes to judgment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until_month: Option<u32>,
    /// Announce the action as a threat first (`None`: the action follows the trigger after the
    /// lag, unannounced). When the trigger fires, the vendor says what it will do and by when;
    /// at the deadline it withdraws the threat if the customer's overdue principal is back at
    /// or below the threat's level, and otherwise carries it out after the lag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threat: Option<Threat>,
}

/// A retaliation announced before it is carried out: a deadline and a condition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Threat {
    /// Month ends from the announcement to the deadline (1 to 600).
    pub deadline_months: u32,
    /// The threat is withdrawn if, at the deadline, the unpaid overdue principal is at most
    /// this amount.
    pub withdraw_at_or_below: Decimal,
}

impl Default for Threat {
    fn default() -> Self {
        Threat {
            deadline_months: 1,
            withdraw_at_or_below: Decimal::ZERO,
        }
    }
}

/// The condition of a retaliation rule, checked on the state at each month end.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Trigger {
    /// Holds from the first month end on, whatever happens (a standing policy).
    Always,
    /// Unpaid overdue principal strictly above `amount`.
    ArrearsAbove {
        /// Threshold amount.
        amount: Decimal,
    },
    /// The oldest unpaid invoice is at least `days` days past due (0: any arrears).
    DaysOverdue {
        /// Threshold in days.
        days: u32,
    },
    /// At least `months` consecutive months ended with arrears and no customer payment
    /// (0 never fires).
    MonthsUnpaid {
        /// Threshold in months.
        months: u32,
    },
}

impl Default for Trigger {
    fn default() -> Self {
        Trigger::ArrearsAbove {
            amount: Decimal::ZERO,
        }
    }
}

/// What the vendor does when a rule's trigger has held for the lag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Action {
    /// Cut future spend on every reciprocal line of `kind` by `share`.
    CutSpend {
        /// Lines affected.
        kind: FlowKind,
        /// Share cut (fraction, 1 = stop entirely).
        share: Decimal,
    },
    /// Withhold payment of reciprocal invoices (ads already run, data fees) falling due; what
    /// is withheld is paid when the action ends.
    WithholdPayments,
    /// Credit hold / accelerated billing: new contract invoices are due on issue (net 0).
    CreditHold,
    /// Suspend the service: no usage is invoiced, the commitment still accrues, and the
    /// customer bears an outage cost every month.
    Suspend {
        /// The customer's cost per month of suspension.
        outage_cost_monthly: Decimal,
    },
    /// Sue: legal costs when filed; after `delay_months` a judgment recovers, in expectation,
    /// `win_probability` × the claim (arrears, interest, collection costs), which it clears.
    Legal {
        /// Vendor's legal cost, paid when filing.
        vendor_cost: Decimal,
        /// Customer's legal cost, paid when the suit is filed.
        customer_cost: Decimal,
        /// Months from filing to judgment.
        delay_months: u32,
        /// Probability the vendor wins (fraction).
        win_probability: Decimal,
    },
    /// Refuse to renegotiate: a settlement proposed by the customer while active is rejected.
    RefuseRenegotiation,
}

impl Default for Action {
    fn default() -> Self {
        Action::CutSpend {
            kind: FlowKind::Ad,
            share: Decimal::ONE,
        }
    }
}

/// The customer's operations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Operations {
    /// Data centres the customer runs before any closure.
    pub data_centres: u32,
    /// Data centres closed (at most `data_centres`).
    pub closed: u32,
    /// Month index from which the closures take effect.
    pub closed_from_month: u32,
    /// Monthly saving per closed data centre.
    pub saving_per_closed_monthly: Decimal,
    /// Monthly probability of a major outage with nothing closed (fraction).
    pub outage_probability_base: Decimal,
    /// Added monthly outage probability per closed data centre (the total is capped at 1).
    pub outage_probability_per_closed: Decimal,
    /// Cost to the customer of one major outage.
    pub outage_cost: Decimal,
    /// Monthly revenue from advertisers other than the vendor.
    pub other_ad_revenue_monthly: Decimal,
}

/// Which side proposes a settlement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The customer proposes (the vendor may refuse to renegotiate).
    #[default]
    Customer,
    /// The vendor proposes.
    Vendor,
}

/// A settlement applied at the end of `month`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Settlement {
    /// Month index at whose end the settlement applies.
    pub month: u32,
    /// Who proposes it.
    pub proposed_by: Side,
    /// Share of the claim (arrears, interest, collection costs) forgiven; the rest is paid at
    /// once.
    pub arrears_discount: Decimal,
    /// Amount taken off the commitment still to accrue.
    pub commitment_reduction: Decimal,
    /// Months added to the term; the remaining commitment is spread evenly over the new
    /// remaining term.
    pub term_extension_months: u32,
    /// Extra advertising the vendor buys every month after the settlement.
    pub bundled_ad_monthly: Decimal,
    /// Extra data licensing the vendor pays every month after the settlement.
    pub bundled_data_monthly: Decimal,
}

impl Default for Party {
    fn default() -> Self {
        Party {
            name: String::from("Party"),
            currency: String::from("USD"),
            colour: String::from("#4e79a7"),
            cash_on_hand: Decimal::ZERO,
            discount_rate: Decimal::new(10, 2),
            rate_convention: RateConvention::Nominal,
        }
    }
}

impl Default for Contract {
    fn default() -> Self {
        Contract {
            total_commitment: Decimal::new(24_000_000, 0),
            term_months: 24,
            ramp: Vec::new(),
            discount: Decimal::ZERO,
            usage: UsagePath::default(),
            trueup: TrueUpBasis::ContractYear,
            carry_forward: false,
        }
    }
}

/// The default scenario is a small teaching example: a $24M two-year commitment, 80 % used,
/// net 30, a customer that stops paying in month 6, and a vendor that buys $100k of ads a
/// month and cuts them once arrears pass $2M.
impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: SCENARIO_VERSION,
            title: String::from("Teaching example"),
            customer: Party {
                name: String::from("Platform"),
                colour: String::from("#1d9bf0"),
                cash_on_hand: Decimal::new(50_000_000, 0),
                ..Party::default()
            },
            vendor: Party {
                name: String::from("Cloud"),
                colour: String::from("#ff9900"),
                cash_on_hand: Decimal::new(500_000_000, 0),
                discount_rate: Decimal::new(8, 2),
                ..Party::default()
            },
            start: YearMonth::default(),
            horizon_months: 24,
            contract: Contract {
                usage: UsagePath {
                    start_share: Decimal::new(8, 1),
                    changes: Vec::new(),
                },
                ..Contract::default()
            },
            payment: Payment {
                stop_from_month: Some(6),
                ..Payment::default()
            },
            reciprocal: vec![ReciprocalLine {
                kind: FlowKind::Ad,
                label: String::from("Vendor ads"),
                amount: Decimal::new(100_000, 0),
                frequency: Frequency::Monthly,
                net_days: 30,
                value_to_vendor: Decimal::ZERO,
            }],
            retaliation: vec![RetaliationRule {
                trigger: Trigger::ArrearsAbove {
                    amount: Decimal::new(2_000_000, 0),
                },
                action: Action::CutSpend {
                    kind: FlowKind::Ad,
                    share: Decimal::ONE,
                },
                lag_months: 0,
                reverses_when_cleared: true,
                until_month: None,
                threat: None,
            }],
            operations: Operations::default(),
            settlement: None,
            lesson: Lesson::default(),
            more_vendors: Vec::new(),
            budget: None,
        }
    }
}
