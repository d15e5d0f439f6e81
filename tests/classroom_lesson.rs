//! The lesson script of presenter mode: validation names each bad field, the lesson survives
//! serde, links and JSON files, old links without a lesson decode and re-encode unchanged,
//! and the reducer walks the Twitter vs AWS lesson step by step.

use std::fs;
use std::path::Path;

use standoff::app::state::{Action, AppState, Origin};
use standoff_core::model::lesson::{LESSON_STEPS_MAX, STEP_TEXT_MAX_CHARS};
use standoff_core::model::{
    month_label, presets, validate, Lesson, LessonStep, LocalText, Scenario,
};
use standoff_formats::{decode_link, encode_link, export_json, import_json};

fn step(title: &str, month: u32) -> LessonStep {
    LessonStep {
        title: LocalText::new(title, ""),
        text: LocalText::default(),
        month,
        levers: Vec::new(),
        charts: Vec::new(),
        play: None,
    }
}

fn with_lesson(steps: Vec<LessonStep>) -> Scenario {
    Scenario {
        lesson: Lesson { steps },
        ..Scenario::default()
    }
}

fn error_fields(scenario: &Scenario) -> Vec<String> {
    match validate(scenario) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.into_iter().map(|error| error.field).collect(),
    }
}

#[test]
fn the_twitter_aws_preset_has_a_valid_lesson_of_at_least_six_steps_in_both_languages() {
    let scenario = presets::twitter_aws_2023();
    assert_eq!(validate(&scenario), Ok(()));
    let steps = &scenario.lesson.steps;
    assert!(steps.len() >= 6, "{} steps", steps.len());
    for (i, step) in steps.iter().enumerate() {
        assert!(!step.title.en.is_empty(), "step {i} has no English title");
        assert!(!step.title.fr.is_empty(), "step {i} has no French title");
        assert!(!step.text.en.is_empty(), "step {i} has no English text");
        assert!(!step.text.fr.is_empty(), "step {i} has no French text");
    }
    // From the contract announced in December 2020 (month 0 is January 2021, the assumed
    // start of its term) to the standoff of March 2023 (2 years + 2 months = 26 months later),
    // ending on the Google question.
    assert_eq!(steps[0].month, 0);
    assert_eq!(month_label(scenario.start, 0), "Jan 2021");
    assert_eq!(month_label(scenario.start, 26), "Mar 2023");
    assert!(steps
        .iter()
        .any(|step| month_label(scenario.start, step.month) == "Mar 2023"));
    assert!(steps
        .iter()
        .any(|step| step.title.en.contains("settlement")));
    let last = steps.last().map(|step| step.text.en.as_str()).unwrap_or("");
    assert!(last.contains("Google") && last.ends_with('?'), "{last}");
}

#[test]
fn french_falls_back_to_english_when_missing() {
    let text = LocalText::new("Hello", "");
    assert_eq!(text.get("fr"), "Hello");
    assert_eq!(text.get("en"), "Hello");
    assert_eq!(text.get("de"), "Hello");
    let both = LocalText::new("Hello", "Bonjour");
    assert_eq!(both.get("fr"), "Bonjour");
}

#[test]
fn validation_names_every_bad_field_of_the_lesson() {
    // A 24-month horizon: months 0 to 23.
    let mut bad_month = step("Late", 24);
    bad_month.charts = vec!["cash".into(), "pie".into()];
    bad_month.levers = vec!["payment.delay_days".into(), "payment".into(), "nope".into()];
    let mut long_text = step("", 3);
    long_text.text = LocalText::new(&"x".repeat(STEP_TEXT_MAX_CHARS + 1), "");
    let scenario = with_lesson(vec![step("Fine", 23), bad_month, long_text]);
    assert_eq!(
        error_fields(&scenario),
        vec![
            "lesson.steps[1].month",
            "lesson.steps[1].levers[2]",
            "lesson.steps[1].charts[1]",
            "lesson.steps[2].title.en",
            "lesson.steps[2].text.en",
        ]
    );
    let Err(errors) = validate(&scenario) else {
        panic!("the lesson should be refused");
    };
    let rule = standoff_words::rules::rule(standoff_words::Lang::En, &errors[0].rule);
    assert!(rule.contains("between 0 and 23"), "{rule}");
}

#[test]
fn too_many_steps_are_refused_in_one_message() {
    let steps = (0..=LESSON_STEPS_MAX).map(|_| step("Step", 0)).collect();
    assert_eq!(error_fields(&with_lesson(steps)), vec!["lesson.steps"]);
}

#[test]
fn a_lesson_survives_serde_links_and_json_files() {
    let scenario = presets::twitter_aws_2023();
    let json = serde_json::to_string(&scenario).unwrap_or_default();
    let back: Scenario = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(back, scenario);
    assert_eq!(decode_link(&encode_link(&scenario)), Ok(scenario.clone()));
    assert_eq!(import_json(&export_json(&scenario)), Ok(scenario));
}

#[test]
fn a_hand_written_file_with_a_lesson_still_gets_the_neutral_values_of_missing_fields() {
    // Without the lesson this file means the neutral scenario with these names; adding a
    // lesson must not change what its other missing fields mean.
    let without = r#"{"version": 1, "customer": {"name": "A"}, "vendor": {"name": "B"}}"#;
    let with = r#"{"version": 1, "customer": {"name": "A"}, "vendor": {"name": "B"},
        "lesson": {"steps": [{"title": {"en": "Start", "fr": "Début"}, "month": 2,
        "charts": ["cash"]}]}}"#;
    let plain = import_json(without).unwrap_or_else(|e| panic!("{e:?}"));
    let taught = import_json(with).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        Scenario {
            lesson: Lesson::default(),
            ..taught.clone()
        },
        plain
    );
    assert_eq!(taught.lesson.steps.len(), 1);
    assert_eq!(taught.lesson.steps[0].title.get("fr"), "Début");
    assert_eq!(taught.lesson.steps[0].month, 2);
}

#[test]
fn a_scenario_without_a_lesson_serialises_without_the_member() {
    let json = serde_json::to_string(&Scenario::default()).unwrap_or_default();
    assert!(!json.contains("lesson"), "{json}");
}

#[test]
fn golden_links_without_a_lesson_decode_unchanged_and_re_encode_byte_identically() {
    let links = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/formats/tests/data/links");
    let mut checked = 0;
    for version in 1..=standoff_formats::CURRENT_VERSION {
        let current = version == standoff_formats::CURRENT_VERSION;
        let dir = links.join(format!("v{version}"));
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e:?}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e:?}")).path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            if !name.ends_with(".link") {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap_or_default();
            let scenario = decode_link(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            let expected =
                fs::read_to_string(path.with_extension("expected.json")).unwrap_or_default();
            if !current {
                // An older version's link opens the scenario its file of that version holds.
                assert!(scenario.lesson.is_empty(), "{name}");
                assert_eq!(import_json(&expected), Ok(scenario), "{name}");
                checked += 1;
                continue;
            }
            if !scenario.lesson.is_empty() {
                continue;
            }
            // Links and files this encoder and exporter wrote re-encode and export byte for
            // byte the same today; the Python and hand-made ones open to the scenario their
            // file holds.
            if name.starts_with("preset-")
                || name.starts_with("default")
                || name.starts_with("random-")
            {
                assert_eq!(export_json(&scenario), expected, "{name}");
                assert_eq!(encode_link(&scenario), text.trim(), "{name}");
            } else {
                assert_eq!(import_json(&expected), Ok(scenario), "{name}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} golden links");
}

fn aws_presenter() -> AppState {
    AppState::with_scenario(presets::twitter_aws_2023(), Origin::Default)
        .apply(Action::EnterPresenter)
}

#[test]
fn the_reducer_walks_the_lesson_and_each_step_sets_the_month() {
    let state = aws_presenter();
    assert!(state.presenter);
    assert_eq!(state.step, Some(1));
    assert_eq!(state.month, Some(0));
    // Step 2 is the first true-up, December 2021: month 11.
    let second = state.apply(Action::NextStep);
    assert_eq!((second.step, second.month), (Some(2), Some(11)));
    // The month keys still move the timeline inside a step.
    let moved = second.apply(Action::StepMonth(1));
    assert_eq!((moved.step, moved.month), (Some(2), Some(12)));
    assert_eq!(moved.apply(Action::PreviousStep).step, Some(1));
    assert_eq!(state.apply(Action::PreviousStep).step, Some(1));
    let steps = state.scenario.lesson.len();
    let last = state.apply(Action::GoToStep(99));
    assert_eq!(last.step, Some(steps));
    assert_eq!(last.apply(Action::NextStep).step, Some(steps));
    assert_eq!(last.apply(Action::Restart).step, Some(1));
    assert_eq!(last.apply(Action::Restart).month, Some(0));
}

#[test]
fn escape_closes_the_dialog_then_the_qr_then_leaves() {
    let state = aws_presenter()
        .apply(Action::ShowQr(true))
        .apply(Action::ShowKeyHelp(true));
    let once = state.apply(Action::Escape);
    assert!(!once.key_help && once.big_qr && once.presenter);
    let twice = once.apply(Action::Escape);
    assert!(!twice.big_qr && twice.presenter);
    let thrice = twice.apply(Action::Escape);
    assert!(!thrice.presenter);
    assert_eq!(thrice.step, None);
}

#[test]
fn presenter_mode_without_a_lesson_has_no_step_and_restart_goes_to_month_zero() {
    let state = AppState::default().apply(Action::EnterPresenter);
    assert!(state.presenter);
    assert_eq!(state.step, None);
    assert_eq!(state.apply(Action::NextStep).step, None);
    assert_eq!(state.apply(Action::Restart).month, Some(0));
    assert!(state.apply(Action::TogglePlay).playing);
    assert!(
        !state
            .apply(Action::TogglePlay)
            .apply(Action::TogglePlay)
            .playing
    );
}

#[test]
fn loading_another_scenario_while_presenting_starts_its_lesson_again() {
    let state = aws_presenter().apply(Action::GoToStep(4));
    let google = state.apply(Action::LoadPreset("twitter-google-2023".into()));
    assert!(google.presenter);
    assert_eq!(google.step, None);
    let back = google.apply(Action::LoadPreset("twitter-aws-2023".into()));
    assert_eq!((back.step, back.month), (Some(1), Some(0)));
}

#[test]
fn the_step_shows_its_levers_with_groups_expanded() {
    let scenario = presets::twitter_aws_2023();
    let mut groups = step("Groups", 0);
    groups.levers = vec![
        "reciprocal".into(),
        "retaliation".into(),
        "reciprocal[0].amount".into(),
    ];
    let ids = groups.lever_ids(&scenario);
    // Two reciprocal lines (amount, payment terms and value to the vendor each): 6; two
    // retaliation rules with a lag each: 2; rule 1 triggers on an arrears amount and is a
    // threat, with a deadline and a level that withdraws it: 3; rule 2 (refuse to
    // renegotiate, always) has nothing else. 6 + 2 + 3 = 11, and the single id repeated after
    // its group is listed once.
    assert_eq!(ids.len(), 11, "{ids:?}");
    assert!(ids.contains(&"retaliation[0].threat.deadline_months".to_string()));
    assert!(ids.contains(&"retaliation[0].threat.withdraw_at_or_below".to_string()));
    assert!(ids.contains(&"reciprocal[1].net_days".to_string()));
    assert!(ids.contains(&"retaliation[1].lag_months".to_string()));
    // A settlement lever is valid but not shown while the scenario has no settlement.
    let settle = scenario
        .lesson
        .steps
        .iter()
        .find(|step| step.title.en == "A settlement")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        settle.lever_ids(&scenario),
        vec!["payment.lump_sums[0].amount"]
    );
}

#[test]
fn shortening_the_horizon_pulls_the_later_steps_in_instead_of_refusing_the_edit() {
    let state = AppState::with_scenario(presets::twitter_aws_2023(), Origin::Default);
    // 30 months: the last month index is 29, so the steps at months 35 and 65 move to 29
    // and the one at 26 stays.
    let shorter = state.apply(Action::SetParam {
        id: "horizon_months".into(),
        text: "30".into(),
    });
    assert!(shorter.drafts.is_empty(), "{:?}", shorter.drafts);
    assert_eq!(shorter.scenario.horizon_months, 30);
    let months: Vec<u32> = shorter
        .scenario
        .lesson
        .steps
        .iter()
        .map(|s| s.month)
        .collect();
    assert_eq!(months, vec![0, 11, 22, 23, 26, 29, 29]);
    assert_eq!(validate(&shorter.scenario), Ok(()));
}

#[test]
fn a_lesson_never_stops_the_simulation() {
    let mut scenario = presets::twitter_aws_2023();
    scenario.lesson.steps[0].month = 999;
    assert!(validate(&scenario).is_err());
    assert!(standoff_core::engine::simulate(&scenario).is_ok());
}

#[test]
fn every_classroom_message_and_lesson_step_is_really_translated() {
    use standoff_words::classroom::ClassMsg;
    use standoff_words::{Lang, Message};
    let untranslated: Vec<String> = ClassMsg::ALL
        .iter()
        .filter(|m| m.text(Lang::En) == m.text(Lang::Fr) || m.text(Lang::Fr).is_empty())
        .map(|m| format!("{m:?}"))
        .collect();
    assert!(untranslated.is_empty(), "{untranslated:?}");
    for step in presets::twitter_aws_2023().lesson.steps {
        assert_ne!(step.title.en, step.title.fr);
        assert_ne!(step.text.en, step.text.fr);
    }
}

#[test]
fn shortening_the_horizon_shortens_a_steps_play_and_drops_one_that_no_longer_fits() {
    let state = AppState::with_scenario(presets::twitter_aws_2023(), Origin::Default);
    // Step 5 hands over 6 one-month rounds from month 26. A 29-month horizon leaves months 26,
    // 27 and 28: three rounds.
    let shorter = state.apply(Action::SetParam {
        id: "horizon_months".into(),
        text: "29".into(),
    });
    assert!(shorter.drafts.is_empty(), "{:?}", shorter.drafts);
    let play = |state: &AppState| {
        state.scenario.lesson.steps[4]
            .play
            .as_ref()
            .map(|p| p.rounds)
    };
    assert_eq!(play(&shorter), Some(3));
    // At 27 months the last month is 26, the step's own: one round, month 26, still fits.
    let shortest = state.apply(Action::SetParam {
        id: "horizon_months".into(),
        text: "27".into(),
    });
    assert!(shortest.drafts.is_empty(), "{:?}", shortest.drafts);
    assert_eq!(play(&shortest), Some(1));
    assert_eq!(validate(&shortest.scenario), Ok(()));
}
