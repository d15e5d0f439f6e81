//! Every message has a French text that is really French: no French string equals its English
//! one unless the word is the same in both languages (an allow-list of true cognates and
//! symbols), and every parameter, Monte Carlo output and preset has its French name.

use std::collections::BTreeSet;

use standoff_core::analysis::scenario_mc::{FLAGS, SCALARS, SERIES};
use standoff_core::analysis::Output;
use standoff_core::model::{param_specs, presets, Action, Scenario, Trigger};
use standoff_words::analysis::{french_mc_label, output_label};
use standoff_words::charts::ChartMsg;
use standoff_words::classroom::ClassMsg;
use standoff_words::editor::Ed;
use standoff_words::params::{field_key, french_field_label};
use standoff_words::presets::{preset_description, preset_name};
use standoff_words::ui::PanicMsg;
use standoff_words::{Lang, Message, Msg};

/// Texts that are rightly the same in English and French.
const COGNATES: &[&str] = &[
    "Pause", "Base", "Point", "fraction", "Horizon", "Standoff", ":", "Nash",
];

fn leftovers<M: Message + std::fmt::Debug>(all: &[M]) -> Vec<String> {
    all.iter()
        .filter(|message| {
            let (en, fr) = (message.text(Lang::En), message.text(Lang::Fr));
            en == fr && !COGNATES.contains(&en)
        })
        .map(|message| format!("{message:?}: {:?}", message.text(Lang::En)))
        .collect()
}

#[test]
fn no_french_message_is_a_leftover_english_one() {
    let mut found = leftovers(Msg::ALL);
    found.extend(leftovers(Ed::ALL));
    found.extend(leftovers(ChartMsg::ALL));
    found.extend(leftovers(ClassMsg::ALL));
    found.extend(leftovers(PanicMsg::ALL));
    assert!(found.is_empty(), "untranslated: {found:#?}");
}

#[test]
fn every_message_has_text_in_both_languages() {
    for (en, fr) in Msg::ALL
        .iter()
        .map(|m| (m.text(Lang::En), m.text(Lang::Fr)))
        .chain(Ed::ALL.iter().map(|m| (m.text(Lang::En), m.text(Lang::Fr))))
        .chain(
            ChartMsg::ALL
                .iter()
                .map(|m| (m.text(Lang::En), m.text(Lang::Fr))),
        )
    {
        assert!(
            !en.trim().is_empty() && !fr.trim().is_empty(),
            "{en:?} / {fr:?}"
        );
    }
}

/// A scenario in which every optional parameter exists: stop and resume months, a lump sum,
/// a usage change, a ramp, a settlement, and one retaliation rule of each trigger and action.
fn every_parameter() -> Scenario {
    let mut s = presets::settle_or_fight();
    let aws = presets::twitter_aws_2023();
    s.payment.lump_sums = aws.payment.lump_sums.clone();
    s.contract.ramp = aws.contract.ramp.clone();
    s.contract.usage.changes = aws.contract.usage.changes.clone();
    s.payment.resume_at_month = Some(30);
    let template = s
        .retaliation
        .first()
        .cloned()
        .or(aws.retaliation.first().cloned());
    if let Some(template) = template {
        let triggers = [
            Trigger::ArrearsAbove {
                amount: 1_000.into(),
            },
            Trigger::DaysOverdue { days: 30 },
            Trigger::MonthsUnpaid { months: 2 },
        ];
        let actions = [
            Action::Suspend {
                outage_cost_monthly: 1_000.into(),
            },
            Action::Legal {
                vendor_cost: 1.into(),
                customer_cost: 1.into(),
                delay_months: 3,
                win_probability: rust_decimal::Decimal::new(5, 1),
            },
        ];
        for trigger in triggers {
            let mut rule = template.clone();
            rule.trigger = trigger;
            s.retaliation.push(rule);
        }
        for action in actions {
            let mut rule = template.clone();
            rule.action = action;
            s.retaliation.push(rule);
        }
    }
    s
}

#[test]
fn every_parameter_has_a_french_label() {
    let scenario = every_parameter();
    let specs = param_specs(&scenario);
    let keys: BTreeSet<String> = specs.iter().map(|spec| field_key(&spec.id)).collect();
    // The registry's 49 kinds of field, every one present in this scenario.
    assert!(keys.len() >= 45, "{} kinds of field: {keys:?}", keys.len());
    let missing: Vec<&String> = keys
        .iter()
        .filter(|key| french_field_label(key).is_none())
        .collect();
    assert!(missing.is_empty(), "no French label for {missing:?}");
}

#[test]
fn every_analysis_output_and_monte_carlo_name_is_french() {
    for output in Output::ALL {
        assert_ne!(
            output_label(Lang::Fr, output),
            output_label(Lang::En, output)
        );
    }
    let ids = SERIES
        .iter()
        .map(|(id, _)| *id)
        .chain(SCALARS.iter().map(|(id, _, _)| *id))
        .chain(FLAGS.iter().map(|(id, _)| *id));
    for id in ids {
        assert!(french_mc_label(id).is_some(), "no French name for {id}");
    }
}

#[test]
fn every_preset_has_a_french_name_and_description() {
    for preset in presets::all() {
        let name = preset_name(Lang::Fr, preset.id);
        let description = preset_description(Lang::Fr, preset.id);
        assert!(name.is_some() && description.is_some(), "{}", preset.id);
        assert_ne!(name, Some(preset.name));
        assert_ne!(description, Some(preset.description));
        assert_eq!(preset_name(Lang::En, preset.id), Some(preset.name));
    }
}

#[test]
fn every_strategy_of_the_payoff_matrix_is_named_in_french() {
    use standoff_core::analysis::{CustomerStrategy, VendorStrategy};
    use standoff_words::analysis::{customer_strategy, vendor_strategy};
    for strategy in CustomerStrategy::ALL {
        assert_ne!(
            customer_strategy(Lang::Fr, strategy),
            customer_strategy(Lang::En, strategy)
        );
    }
    for strategy in VendorStrategy::ALL {
        assert_ne!(
            vendor_strategy(Lang::Fr, strategy),
            vendor_strategy(Lang::En, strategy)
        );
    }
}
