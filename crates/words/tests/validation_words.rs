//! The validator's rules in English, as the command line, the banners and the editor show
//! them (moved here from the core's tests: the core writes no words).

use rust_decimal_macros::dec;
use standoff_core::engine::{simulate, EngineError};
use standoff_core::model::{presets, set_param, validate, ReciprocalLine, Rule, Scenario};
use standoff_words::errors::engine_error;
use standoff_words::rules::rule;
use standoff_words::Lang;

fn field<'a>(
    errors: &'a [standoff_core::model::FieldError],
    name: &str,
) -> &'a standoff_core::model::FieldError {
    errors
        .iter()
        .find(|e| e.field == name)
        .unwrap_or_else(|| panic!("no error for {name} in {errors:#?}"))
}

fn en(r: &Rule) -> String {
    rule(Lang::En, r)
}

#[test]
fn validation_errors_are_worded_with_their_fields_and_ranges() {
    let mut s = Scenario::default();
    s.payment.delay_days = 4000;
    s.payment.pay_share = dec!(1.5);
    s.horizon_months = 0;
    s.customer.currency = String::from("dollars");
    s.vendor.colour = String::from("orange");
    s.reciprocal.push(ReciprocalLine {
        amount: dec!(-5),
        ..ReciprocalLine::default()
    });
    s.operations.data_centres = 2;
    s.operations.closed = 3;
    s.payment.stop_from_month = Some(10);
    s.payment.resume_at_month = Some(4);
    s.contract.ramp = vec![dec!(1)];
    let errors = validate(&s).unwrap_err();
    assert_eq!(
        en(&field(&errors, "payment.delay_days").rule),
        "must be between 0 and 3650 days"
    );
    assert_eq!(field(&errors, "payment.delay_days").value, "4000");
    assert!(en(&field(&errors, "payment.pay_share").rule).contains("0 % to 100 %"));
    assert_eq!(
        en(&field(&errors, "horizon_months").rule),
        "must be between 1 and 240 months"
    );
    assert!(en(&field(&errors, "customer.currency").rule).contains("ISO 4217"));
    assert!(en(&field(&errors, "vendor.colour").rule).contains("#rrggbb"));
    assert_eq!(field(&errors, "reciprocal[1].amount").value, "-5");
    assert!(en(&field(&errors, "operations.closed").rule).contains("between 0 and 2"));
    assert!(en(&field(&errors, "payment.resume_at_month").rule).contains("after the stop month"));
    assert!(en(&field(&errors, "contract.ramp").rule).contains("one weight per contract year"));
    assert_eq!(errors.len(), 9, "{errors:#?}");

    match simulate(&s) {
        Err(EngineError::Invalid(all)) => assert_eq!(all, errors),
        other => panic!("expected Invalid, got {other:?}"),
    }
    let text = engine_error(Lang::En, &simulate(&s).unwrap_err());
    assert!(text.contains("payment.delay_days = 4000: must be between 0 and 3650 days"));
}

#[test]
fn the_setter_words_its_range_and_whole_numbers() {
    let mut s = presets::by_id("twitter-aws-2023").unwrap().scenario;
    let e = set_param(&mut s, "payment.delay_days", dec!(4000)).unwrap_err();
    assert_eq!(e.field, "payment.delay_days");
    assert_eq!(en(&e.rule), "must be between 0 and 3650 days");
    let e = set_param(&mut s, "payment.delay_days", dec!(4.5)).unwrap_err();
    assert!(en(&e.rule).contains("whole number"));
}

#[test]
fn a_lesson_play_is_worded_by_its_fields_in_both_languages() {
    let mut s = presets::twitter_aws_2023();
    let Some(play) = s
        .lesson
        .steps
        .iter_mut()
        .find_map(|step| step.play.as_mut())
    else {
        panic!("the flagship lesson has a play");
    };
    play.round_months = 2;
    play.rounds = 0;
    let errors = validate(&s).unwrap_err();
    let months = field(&errors, "lesson.steps[4].play.round_months");
    assert_eq!(en(&months.rule), "must be 1 (a month) or 3 (a quarter)");
    assert_eq!(
        rule(Lang::Fr, &months.rule),
        "doit valoir 1 (un mois) ou 3 (un trimestre)"
    );
    let rounds = field(&errors, "lesson.steps[4].play.rounds");
    assert_eq!(en(&rounds.rule), "must be a whole number between 1 and 60");
}
