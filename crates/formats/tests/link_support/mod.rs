//! Shared by the link tests: a small deterministic RNG, a generator of random valid scenarios
//! and input mutators for the fuzz harness.
#![allow(dead_code, clippy::field_reassign_with_default)]

use rust_decimal::Decimal;
use standoff_core::model::limits::MONEY_MAX;
use standoff_core::model::{
    self, param_specs, set_param, Action, Allocation, Budget, FlowKind, Frequency, InterestMode,
    LumpSum, RateConvention, ReciprocalLine, RetaliationRule, Scenario, Settlement, Side, Threat,
    Trigger, TrueUpBasis, Unit, UsageChange,
};

/// SplitMix64: tiny, fast and good enough to drive generators reproducibly from a seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Pieces of text that matter for a codec: HTML, URL and JSON syntax, non-ASCII, emoji.
const TEXT_PIECES: &[&str] = &[
    "Twitter",
    "AWS",
    "Google Cloud",
    "Société Générale",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "a&b=c",
    "#s=v1.",
    "%20",
    "\"quoted\"",
    "\\",
    "line\nbreak",
    "tab\t",
    "日本語",
    "🦀",
    "\u{202e}rtl",
    "=SUM(A1)",
    " ",
    "é",
    "ß",
    "'",
];

pub fn random_text(rng: &mut Rng, max_chars: usize) -> String {
    let mut out = String::new();
    let pieces = 1 + rng.below(4);
    for _ in 0..pieces {
        let piece = TEXT_PIECES[rng.below(TEXT_PIECES.len())];
        out.push_str(piece);
    }
    let mut chars: Vec<char> = out.chars().collect();
    chars.truncate(max_chars.max(1));
    chars.into_iter().collect()
}

fn random_decimal(rng: &mut Rng, min: Decimal, max: Decimal, integer: bool) -> Decimal {
    // Mostly the bounds, round numbers and values with a few decimals, which is where
    // formatting bugs hide; the value is clamped into the range afterwards.
    let span = max - min;
    let candidate = match rng.below(6) {
        0 => min,
        1 => max,
        _ => {
            let fraction = Decimal::from(rng.below(1_000_001)) / Decimal::from(1_000_000);
            let scale = if integer { 0 } else { rng.below(7) as u32 };
            (min + span * fraction).round_dp(scale)
        }
    };
    candidate.max(min).min(max)
}

/// A random scenario that passes validation: random structure (list lengths, enum variants,
/// optional parts, names with HTML and non-ASCII text), then every numeric parameter set to a
/// random value inside the registry's range, then the cross-field rules repaired.
pub fn random_scenario(rng: &mut Rng) -> Scenario {
    let mut s = Scenario::default();
    s.title = random_text(rng, 80);
    for party in [&mut s.customer, &mut s.vendor] {
        party.name = random_text(rng, 80);
        party.currency = rng.pick(&["USD", "EUR", "GBP", "JPY"]).to_string();
        party.colour = format!("#{:06x}", rng.next_u64() & 0xff_ffff);
        party.rate_convention = *rng.pick(&[RateConvention::Nominal, RateConvention::Effective]);
    }
    s.contract.trueup = *rng.pick(&[TrueUpBasis::ContractYear, TrueUpBasis::TermEnd]);
    s.contract.carry_forward = rng.chance(2);
    s.contract.usage.changes = (0..rng.below(4)).map(|_| UsageChange::default()).collect();
    s.payment.lump_sums = (0..rng.below(4)).map(|_| LumpSum::default()).collect();
    s.payment.interest_mode = *rng.pick(&[InterestMode::Simple, InterestMode::Compound]);
    s.payment.catch_up_on_resume = rng.chance(2);
    s.payment.stop_from_month = if rng.chance(3) {
        None
    } else {
        Some(rng.below(24) as u32)
    };
    s.payment.resume_at_month = if rng.chance(2) {
        None
    } else {
        Some(s.payment.stop_from_month.unwrap_or(0) + 1 + rng.below(24) as u32)
    };
    s.reciprocal = (0..rng.below(4))
        .map(|_| ReciprocalLine {
            kind: *rng.pick(&[FlowKind::Ad, FlowKind::Data, FlowKind::Other]),
            label: random_text(rng, 80),
            frequency: *rng.pick(&[Frequency::Monthly, Frequency::Quarterly]),
            ..ReciprocalLine::default()
        })
        .collect();
    s.retaliation = (0..rng.below(4))
        .map(|_| RetaliationRule {
            trigger: match rng.below(4) {
                0 => Trigger::Always,
                1 => Trigger::ArrearsAbove {
                    amount: Decimal::ZERO,
                },
                2 => Trigger::DaysOverdue { days: 0 },
                _ => Trigger::MonthsUnpaid { months: 0 },
            },
            action: match rng.below(6) {
                0 => Action::CutSpend {
                    kind: *rng.pick(&[FlowKind::Ad, FlowKind::Data, FlowKind::Other]),
                    share: Decimal::ZERO,
                },
                1 => Action::WithholdPayments,
                2 => Action::CreditHold,
                3 => Action::Suspend {
                    outage_cost_monthly: Decimal::ZERO,
                },
                4 => Action::Legal {
                    vendor_cost: Decimal::ZERO,
                    customer_cost: Decimal::ZERO,
                    delay_months: 0,
                    win_probability: Decimal::ZERO,
                },
                _ => Action::RefuseRenegotiation,
            },
            lag_months: 0,
            reverses_when_cleared: rng.chance(2),
            until_month: rng.chance(4).then(|| rng.below(240) as u32),
            // Its numbers are filled by the parameter sweep like every other field's.
            threat: rng.chance(3).then(Threat::default),
        })
        .collect();
    s.settlement = if rng.chance(2) {
        None
    } else {
        Some(Settlement {
            proposed_by: *rng.pick(&[Side::Customer, Side::Vendor]),
            ..Settlement::default()
        })
    };

    // The term decides how many ramp weights there are, so it is set before the ramp exists.
    let term = 1 + rng.below(240) as u32;
    s.contract.term_months = term;
    s.contract.ramp = if rng.chance(2) {
        Vec::new()
    } else {
        vec![Decimal::ONE; term.div_ceil(12) as usize]
    };

    for spec in param_specs(&s) {
        if spec.id == "contract.term_months" || spec.id == "version" {
            continue;
        }
        let integer = spec.unit.is_integer() || spec.unit == Unit::Count;
        let value = random_decimal(rng, spec.min, spec.max, integer);
        let _ = set_param(&mut s, &spec.id, value);
    }
    repair(&mut s);
    s
}

/// A random scenario with up to seven further vendors (each another random scenario's
/// terms) and, half the time, a budget under a random rule.
pub fn random_portfolio(rng: &mut Rng) -> Scenario {
    let mut s = random_scenario(rng);
    s.more_vendors = (0..rng.below(8))
        .filter_map(|_| random_scenario(rng).vendor_terms(0))
        .collect();
    s.budget = rng.chance(2).then(|| Budget {
        monthly: random_decimal(rng, Decimal::ZERO, MONEY_MAX, false),
        rule: *rng.pick(&[
            Allocation::Priority,
            Allocation::ProRata,
            Allocation::LeverageFirst,
        ]),
    });
    s
}

/// Fixes the rules that relate fields to each other, which independent random values break.
fn repair(s: &mut Scenario) {
    s.operations.closed = s.operations.closed.min(s.operations.data_centres);
    if let (Some(stop), Some(resume)) = (s.payment.stop_from_month, s.payment.resume_at_month) {
        if resume <= stop {
            s.payment.resume_at_month = None;
        }
    }
    if !s.contract.ramp.is_empty() && s.contract.ramp.iter().all(|w| w.is_zero()) {
        s.contract.ramp[0] = Decimal::ONE;
    }
    debug_assert!(model::validate(s).is_ok());
}
