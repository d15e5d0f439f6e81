//! A lesson step that hands the controls to the two players: the play member survives serde,
//! a step without it writes nothing new, validation names each bad field of it with its rule,
//! it accepts exactly the rules a game accepts, and the Twitter vs AWS lesson's play starts a
//! game.

use rust_decimal::Decimal;
use standoff_core::game::{Game, GameRules, MAX_ROUNDS};
use standoff_core::model::lesson::STEP_TEXT_MAX_CHARS;
use standoff_core::model::{
    month_label, presets, validate, Counted, FieldError, Lesson, LessonPlay, LessonStep, LocalText,
    Rule, Scenario, Unit,
};

fn play(rounds: u32, round_months: u32) -> LessonPlay {
    LessonPlay {
        rounds,
        round_months,
        customer_brief: LocalText::new("Keep your cash.", "Gardez votre trésorerie."),
        vendor_brief: LocalText::new("Get paid.", ""),
    }
}

fn step_with(month: u32, play: Option<LessonPlay>) -> LessonStep {
    LessonStep {
        title: LocalText::new("Play", ""),
        month,
        play,
        ..LessonStep::default()
    }
}

/// The default scenario (a 24-month horizon) with one step at `month` playing `play`.
fn scenario_with(month: u32, play: LessonPlay) -> Scenario {
    let scenario = Scenario {
        lesson: Lesson {
            steps: vec![step_with(month, Some(play))],
        },
        ..Scenario::default()
    };
    assert_eq!(scenario.horizon_months, 24);
    scenario
}

fn errors(scenario: &Scenario) -> Vec<FieldError> {
    validate(scenario).err().unwrap_or_default()
}

fn count_range(max: u32) -> Rule {
    Rule::Range {
        unit: Unit::Count,
        min: Decimal::ONE,
        max: Decimal::from(max),
    }
}

#[test]
fn a_step_with_play_survives_serde_with_the_members_the_format_names() {
    let step = step_with(5, Some(play(6, 1)));
    let json = serde_json::to_value(&step).unwrap_or_default();
    assert_eq!(
        json["play"],
        serde_json::json!({
            "rounds": 6,
            "round_months": 1,
            "customer_brief": { "en": "Keep your cash.", "fr": "Gardez votre trésorerie." },
            "vendor_brief": { "en": "Get paid." }
        })
    );
    let back: LessonStep = serde_json::from_value(json).unwrap_or_default();
    assert_eq!(back, step);
}

#[test]
fn a_step_without_play_writes_no_play_member() {
    let json = serde_json::to_string(&step_with(5, None)).unwrap_or_default();
    assert_eq!(json, r#"{"title":{"en":"Play"},"month":5}"#);
}

#[test]
fn an_unknown_member_of_play_is_refused() {
    let json = r#"{"title":{"en":"Play"},"month":5,"play":{"round":6}}"#;
    let error = serde_json::from_str::<LessonStep>(json)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.contains("unknown field `round`"), "{error}");
}

#[test]
fn a_valid_play_gives_the_rules_a_game_starts_with() {
    let scenario = scenario_with(5, play(6, 3));
    assert_eq!(validate(&scenario), Ok(()));
    let rules = play(6, 3).rules(5);
    assert_eq!(
        rules,
        GameRules {
            start_month: 5,
            round_months: 3,
            max_rounds: 6,
        }
    );
    assert!(Game::new(scenario, rules).is_ok());
}

#[test]
fn each_rule_of_play_names_its_field() {
    // Rounds: between 1 and what fits from the step's month, 19 months of a 24-month horizon.
    let cases: Vec<(u32, LessonPlay, FieldError)> = vec![
        (
            5,
            play(0, 1),
            FieldError {
                field: "lesson.steps[0].play.rounds".into(),
                value: "0".into(),
                rule: count_range(19),
            },
        ),
        (
            5,
            play(20, 1),
            FieldError {
                field: "lesson.steps[0].play.rounds".into(),
                value: "20".into(),
                rule: count_range(19),
            },
        ),
        // In quarters, 19 months hold 6 rounds.
        (
            5,
            play(7, 3),
            FieldError {
                field: "lesson.steps[0].play.rounds".into(),
                value: "7".into(),
                rule: count_range(6),
            },
        ),
        (
            5,
            play(6, 2),
            FieldError {
                field: "lesson.steps[0].play.round_months".into(),
                value: "2".into(),
                rule: Rule::RoundMonths,
            },
        ),
        // Play starts at month 1 at the earliest, so that a measure taken in the first round
        // has a month to start.
        (
            0,
            play(6, 1),
            FieldError {
                field: "lesson.steps[0].month".into(),
                value: "0".into(),
                rule: Rule::Range {
                    unit: Unit::MonthIndex,
                    min: Decimal::ONE,
                    max: Decimal::from(23),
                },
            },
        ),
        // A quarter must fit before the horizon's end: month 21 at the latest.
        (
            22,
            play(1, 3),
            FieldError {
                field: "lesson.steps[0].month".into(),
                value: "22".into(),
                rule: Rule::Range {
                    unit: Unit::MonthIndex,
                    min: Decimal::ONE,
                    max: Decimal::from(21),
                },
            },
        ),
    ];
    for (month, play, expected) in cases {
        assert_eq!(errors(&scenario_with(month, play)), vec![expected]);
    }
}

#[test]
fn a_longer_game_than_the_longest_is_refused_even_when_the_horizon_is_longer() {
    let mut scenario = scenario_with(1, play(MAX_ROUNDS + 1, 1));
    scenario.horizon_months = 120;
    scenario.contract.term_months = 120;
    let found = errors(&scenario);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field, "lesson.steps[0].play.rounds");
    assert_eq!(found[0].rule, count_range(MAX_ROUNDS));
}

#[test]
fn briefs_need_english_and_at_most_the_step_text_length_in_each_language() {
    let too_long = "x".repeat(STEP_TEXT_MAX_CHARS + 1);
    let mut bad = play(6, 1);
    bad.customer_brief = LocalText::new("", "Seulement en français.");
    bad.vendor_brief = LocalText::new("Get paid.", &too_long);
    let found = errors(&scenario_with(5, bad));
    let fields: Vec<(&str, &Rule)> = found.iter().map(|e| (e.field.as_str(), &e.rule)).collect();
    assert_eq!(
        fields,
        vec![
            (
                "lesson.steps[0].play.customer_brief.en",
                &Rule::EnglishRequired
            ),
            (
                "lesson.steps[0].play.vendor_brief.fr",
                &Rule::AtMost {
                    max: STEP_TEXT_MAX_CHARS,
                    what: Counted::Characters,
                }
            ),
        ]
    );
    // French is optional, and a brief at the bound is accepted.
    let mut fine = play(6, 1);
    fine.vendor_brief = LocalText::new(&"x".repeat(STEP_TEXT_MAX_CHARS), "");
    assert_eq!(validate(&scenario_with(5, fine)), Ok(()));
}

#[test]
fn every_problem_of_a_step_is_reported_at_once() {
    let mut bad = play(0, 2);
    bad.vendor_brief = LocalText::default();
    let fields: Vec<String> = errors(&scenario_with(0, bad))
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        vec![
            "lesson.steps[0].play.round_months",
            "lesson.steps[0].month",
            "lesson.steps[0].play.rounds",
            "lesson.steps[0].play.vendor_brief.en",
        ]
    );
}

#[test]
fn a_step_past_the_horizon_is_named_once() {
    let fields: Vec<String> = errors(&scenario_with(30, play(1, 1)))
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, vec!["lesson.steps[0].month"]);
}

#[test]
fn validation_accepts_exactly_the_rules_a_game_accepts() {
    // Every month of a 24-month horizon, both round lengths (and a wrong one), and every
    // round count up to past the longest game: the lesson's own check and the game's agree.
    for month in 0..24 {
        for round_months in [1, 2, 3] {
            for rounds in 0..=25 {
                let scenario = scenario_with(month, play(rounds, round_months));
                let lesson_ok = validate(&scenario).is_ok();
                let game_ok = Game::new(scenario, play(rounds, round_months).rules(month)).is_ok();
                assert_eq!(
                    lesson_ok, game_ok,
                    "month {month}, {rounds} rounds of {round_months} months"
                );
            }
        }
    }
}

#[test]
fn the_twitter_aws_lesson_plays_six_months_from_the_standoff_of_march_2023() {
    let scenario = presets::twitter_aws_2023();
    assert_eq!(validate(&scenario), Ok(()));
    let steps = &scenario.lesson.steps;
    assert_eq!(steps.len(), 7);
    let playing: Vec<&LessonStep> = steps.iter().filter(|s| s.play.is_some()).collect();
    assert_eq!(playing.len(), 1, "one step hands over the controls");
    let step = playing[0];
    assert_eq!(step.title.en, "Mar 2023: the standoff");
    assert_eq!(month_label(scenario.start, step.month), "Mar 2023");
    let Some(play) = &step.play else {
        panic!("the standoff step has a play");
    };
    assert_eq!((play.rounds, play.round_months), (6, 1));
    for brief in [&play.customer_brief, &play.vendor_brief] {
        for text in [&brief.en, &brief.fr] {
            assert!(!text.is_empty());
            assert!(text.chars().count() < 600, "{text}");
        }
        // Each brief marks what is assumed, in both languages.
        assert!(brief.en.contains("assumed"), "{}", brief.en);
        assert!(brief.fr.contains("hypothèse"), "{}", brief.fr);
    }
    let rules = play.rules(step.month);
    assert_eq!(
        rules,
        GameRules {
            // March 2023, two years and two months after January 2021.
            start_month: 26,
            round_months: 1,
            max_rounds: 6,
        }
    );
    let game = Game::new(scenario, rules).unwrap_or_else(|e| panic!("{e:?}"));
    let played = game.replay().unwrap_or_else(|e| panic!("{e:?}"));
    assert!(played.position.is_some(), "the customer moves first");
}
