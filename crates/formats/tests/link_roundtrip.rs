//! Round trips: scenario → link / JSON file / stored entry → scenario is the identity, for
//! every preset and for random valid scenarios; and the link length limits.

// Tests change a few fields of the default scenario, which reads better than struct update
// syntax with nested defaults.
#![allow(clippy::field_reassign_with_default)]

mod link_support;

use link_support::{random_portfolio, random_scenario, Rng};
use proptest::prelude::*;
use standoff_core::model::{presets, validate, Scenario};
use standoff_formats::{
    decode_link, encode_link, encode_link_with_state, export_json, import_json, parse_stored,
    serialize_stored, StoredScenarios,
};

fn assert_round_trips(scenario: &Scenario) {
    let link = encode_link(scenario);
    assert_eq!(decode_link(&link).as_ref(), Ok(scenario), "link {link}");
    let file = export_json(scenario);
    assert_eq!(import_json(&file).as_ref(), Ok(scenario), "file {file}");
    let mut stored = StoredScenarios::default();
    stored.save("a <b>name</b>", "2026-11-28T00:00:00Z", scenario.clone());
    stored.last_edited = Some(scenario.clone());
    let load = parse_stored(&serialize_stored(&stored));
    assert!(load.problems.is_empty(), "{:?}", load.problems);
    assert_eq!(load.stored, stored);
}

#[test]
fn default_link_is_at_most_1000_characters() {
    let link = encode_link(&Scenario::default());
    assert!(link.len() <= 1000, "{} characters: {link}", link.len());
}

#[test]
fn every_preset_round_trips_within_2000_characters() {
    for preset in presets::all() {
        assert!(validate(&preset.scenario).is_ok(), "{}", preset.id);
        assert_round_trips(&preset.scenario);
        // The scenario itself stays within 2,000 characters; a bilingual lesson script adds
        // to that, within 2,850 so that the whole link, with the site's address and the
        // presenter's state members, still fits one QR code (see the test below).
        let without_lesson = Scenario {
            lesson: Default::default(),
            ..preset.scenario.clone()
        };
        let link = encode_link(&without_lesson);
        assert!(
            link.len() <= 2000,
            "preset {} link is {} characters",
            preset.id,
            link.len()
        );
        let link = encode_link(&preset.scenario);
        assert!(
            link.len() <= 2850,
            "preset {} link with its lesson is {} characters",
            preset.id,
            link.len()
        );
    }
}

/// The address bar in presenter mode, on a step of the largest lesson, in French: the whole
/// text a QR code of it holds must fit the 2,953 bytes of the largest code at the lowest
/// error correction, with room left for a longer address than the example's.
#[test]
fn the_presenter_link_of_every_preset_fits_one_qr_code_with_room_for_the_address() {
    const QR_BYTES: usize = 2953;
    const ADDRESS: &str = "https://example.org/standoff/";
    const ROOM_FOR_A_LONGER_ADDRESS: usize = 60;
    for preset in presets::all() {
        let state = [
            ("m", "26"),
            ("view", "presenter"),
            ("step", "5"),
            ("lang", "fr"),
        ];
        let link = format!(
            "{ADDRESS}{}",
            encode_link_with_state(&preset.scenario, &state)
        );
        assert!(
            link.len() + ROOM_FOR_A_LONGER_ADDRESS <= QR_BYTES,
            "preset {}: {} bytes",
            preset.id,
            link.len()
        );
    }
}

/// Prints the fragment length of the default scenario and of each preset, for the closing
/// note: `cargo test -p standoff-formats --test link_roundtrip link_lengths -- --nocapture`.
#[test]
fn link_lengths() {
    println!(
        "default: {} characters",
        encode_link(&Scenario::default()).len()
    );
    for preset in presets::all() {
        let without_lesson = Scenario {
            lesson: Default::default(),
            ..preset.scenario.clone()
        };
        println!(
            "preset {}: {} characters ({} without its lesson)",
            preset.id,
            encode_link(&preset.scenario).len(),
            encode_link(&without_lesson).len()
        );
    }
}

#[test]
fn hostile_names_are_plain_data() {
    let mut scenario = Scenario::default();
    scenario.title = "<script>alert('x')</script>".to_string();
    scenario.customer.name = "<img src=x onerror=alert(1)>".to_string();
    scenario.vendor.name = "\"};alert(1);//&#s=v1.".to_string();
    if let Some(line) = scenario.reciprocal.first_mut() {
        line.label = "</td><td>=HYPERLINK(\"http://evil\")".to_string();
    }
    assert_round_trips(&scenario);
    let decoded = decode_link(&encode_link_with_state(&scenario, &[("lang", "<b>")])).unwrap();
    assert_eq!(decoded.customer.name, "<img src=x onerror=alert(1)>");
    assert_eq!(decoded.title, "<script>alert('x')</script>");
}

#[test]
fn random_scenarios_are_valid() {
    let mut rng = Rng::new(7);
    for _ in 0..500 {
        let s = random_scenario(&mut rng);
        assert_eq!(validate(&s), Ok(()), "{s:#?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_several_vendor_scenarios_round_trip(seed in any::<u64>()) {
        let scenario = random_portfolio(&mut Rng::new(seed));
        prop_assert_eq!(validate(&scenario), Ok(()));
        prop_assert_eq!(decode_link(&encode_link(&scenario)), Ok(scenario.clone()));
        prop_assert_eq!(import_json(&export_json(&scenario)), Ok(scenario));
    }

    #[test]
    fn random_valid_scenarios_round_trip(seed in any::<u64>()) {
        let scenario = random_scenario(&mut Rng::new(seed));
        prop_assume!(validate(&scenario).is_ok());
        let link = encode_link(&scenario);
        prop_assert_eq!(decode_link(&link), Ok(scenario.clone()), "link {}", link);
        prop_assert_eq!(import_json(&export_json(&scenario)), Ok(scenario.clone()));
        let mut stored = StoredScenarios::default();
        stored.save("x", "t", scenario.clone());
        prop_assert_eq!(parse_stored(&serialize_stored(&stored)).stored, stored);
    }
}

/// The largest scenario validation allows (every list at its maximum length, long labels,
/// many-digit amounts) still fits the decoder's caps, so every valid scenario has a link.
#[test]
fn the_largest_valid_scenario_round_trips() {
    use rust_decimal::Decimal;
    use standoff_core::model::{
        Action, LumpSum, ReciprocalLine, RetaliationRule, Trigger, UsageChange,
    };
    let mut rng = Rng::new(99);
    // Hard-to-compress text and amounts, so the compressed size is near its worst.
    let mut noise = |chars: usize| -> String {
        (0..chars)
            .map(|_| {
                char::from(
                    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                        [rng.below(62)],
                )
            })
            .collect()
    };
    let mut amounts = Rng::new(7);
    let mut amount = || Decimal::new((amounts.next_u64() % 1_000_000_000_000_000) as i64, 6);
    let mut s = Scenario::default();
    s.title = noise(80);
    s.customer.name = noise(80);
    s.vendor.name = noise(80);
    s.horizon_months = 240;
    s.contract.term_months = 240;
    s.contract.ramp = (0..20).map(|_| Decimal::new(12345, 4)).collect();
    s.contract.usage.changes = (0..240)
        .map(|m| UsageChange {
            month: m,
            share: Decimal::new(123_456_789, 8),
        })
        .collect();
    s.payment.lump_sums = (0..240)
        .map(|m| LumpSum {
            month: m,
            amount: amount(),
        })
        .collect();
    s.reciprocal = (0..240)
        .map(|_| ReciprocalLine {
            label: noise(80),
            amount: amount(),
            ..ReciprocalLine::default()
        })
        .collect();
    s.retaliation = (0..240)
        .map(|_| RetaliationRule {
            trigger: Trigger::ArrearsAbove { amount: amount() },
            action: Action::Legal {
                vendor_cost: amount(),
                customer_cost: amount(),
                delay_months: 239,
                win_probability: Decimal::new(123_456, 6),
            },
            lag_months: 239,
            reverses_when_cleared: false,
            until_month: None,
            threat: None,
        })
        .collect();
    assert_eq!(validate(&s), Ok(()));
    let link = encode_link(&s);
    println!("largest valid scenario: link of {} characters", link.len());
    assert!(link.len() <= standoff_formats::MAX_LINK_CHARS);
    assert_eq!(decode_link(&link).as_ref(), Ok(&s));
    let file = export_json(&s);
    println!("largest valid scenario: JSON file of {} bytes", file.len());
    assert_eq!(import_json(&file).as_ref(), Ok(&s));
}

#[test]
fn a_lesson_step_with_play_round_trips_and_reads_as_written_by_hand() {
    // The members as docs/link-format.md §6.4 describes them, written by hand.
    let file = r#"{"version": 1, "customer": {"name": "A"}, "vendor": {"name": "B"},
        "lesson": {"steps": [{"title": {"en": "Play"}, "month": 3,
        "play": {"rounds": 4, "round_months": 3,
                 "customer_brief": {"en": "Keep your cash.", "fr": "Gardez votre trésorerie."},
                 "vendor_brief": {"en": "Get paid."}}}]}}"#;
    let scenario = import_json(file).unwrap_or_else(|e| panic!("{e:?}"));
    let play = scenario.lesson.steps[0].play.clone().unwrap_or_default();
    assert_eq!((play.rounds, play.round_months), (4, 3));
    assert_eq!(play.customer_brief.get("fr"), "Gardez votre trésorerie.");
    assert_eq!(play.vendor_brief.get("fr"), "Get paid.");
    assert_eq!(play.rules(3).start_month, 3);
    assert_round_trips(&scenario);
    // A play that breaks its rules is refused like any other bad field, by its path.
    let bad = file.replace(r#""rounds": 4"#, r#""rounds": 0"#);
    let error = import_json(&bad).unwrap_err();
    assert!(
        format!("{error:?}").contains("lesson.steps[0].play.rounds"),
        "{error:?}"
    );
}
