//! Validation reports every error at once, naming the field, its value and the allowed
//! range; the parameter registry uses the same ids and ranges.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{simulate, EngineError};
use standoff_core::model::{
    get_param, param_specs, presets, set_param, validate, Action, FlowKind, ReciprocalLine,
    RetaliationRule, Rule, Scenario, Trigger, Unit,
};

fn field<'a>(
    errors: &'a [standoff_core::model::FieldError],
    name: &str,
) -> &'a standoff_core::model::FieldError {
    errors
        .iter()
        .find(|e| e.field == name)
        .unwrap_or_else(|| panic!("no error for {name} in {errors:#?}"))
}

#[test]
fn reports_all_errors_at_once_with_fields_and_rules() {
    // The same errors worded in English: `standoff-words`' tests/validation_words.rs.
    let s = invalid_scenario();
    let errors = validate(&s).unwrap_err();
    assert_eq!(
        field(&errors, "payment.delay_days").rule,
        Rule::Range {
            unit: Unit::Days,
            min: dec!(0),
            max: dec!(3650)
        }
    );
    assert_eq!(field(&errors, "payment.delay_days").value, "4000");
    assert!(matches!(
        field(&errors, "payment.pay_share").rule,
        Rule::Range {
            unit: Unit::Percent,
            ..
        }
    ));
    assert_eq!(
        field(&errors, "horizon_months").rule,
        Rule::Range {
            unit: Unit::Months,
            min: dec!(1),
            max: dec!(240)
        }
    );
    assert_eq!(field(&errors, "customer.currency").rule, Rule::CurrencyCode);
    assert_eq!(field(&errors, "vendor.colour").rule, Rule::Colour);
    assert_eq!(field(&errors, "reciprocal[1].amount").value, "-5");
    assert_eq!(
        field(&errors, "operations.closed").rule,
        Rule::ClosedDataCentres { data_centres: 2 }
    );
    assert_eq!(
        field(&errors, "payment.resume_at_month").rule,
        Rule::ResumeAfterStop { stop: 10 }
    );
    assert!(matches!(
        field(&errors, "contract.ramp").rule,
        Rule::RampYears { .. }
    ));
    assert_eq!(errors.len(), 9, "{errors:#?}");

    match simulate(&s) {
        Err(EngineError::Invalid(all)) => assert_eq!(all, errors),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

/// A scenario with nine invalid fields.
fn invalid_scenario() -> Scenario {
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
    s
}

#[test]
fn defaults_and_presets_are_valid() {
    assert!(validate(&Scenario::default()).is_ok());
    for p in presets::all() {
        assert!(validate(&p.scenario).is_ok(), "{}", p.id);
    }
}

#[test]
fn missing_fields_take_neutral_defaults() {
    let s: Scenario = serde_json::from_str(r#"{"horizon_months": 12}"#).unwrap();
    assert_eq!(s.version, standoff_core::model::SCENARIO_VERSION);
    assert!(s.reciprocal.is_empty() && s.retaliation.is_empty());
    assert_eq!(s.payment.stop_from_month, None);
    assert!(validate(&s).is_ok());
}

#[test]
fn registry_lists_indexed_lines_and_enforces_ranges() {
    let mut s = presets::by_id("twitter-aws-2023").unwrap().scenario;
    let specs = param_specs(&s);
    let ids: Vec<&str> = specs.iter().map(|p| p.id.as_str()).collect();
    for id in [
        "payment.delay_days",
        "reciprocal[1].amount",
        "retaliation[0].trigger.amount",
        "payment.lump_sums[0].amount",
        "payment.stop_from_month",
        "contract.total_commitment",
    ] {
        assert!(ids.contains(&id), "missing {id}");
    }
    // No duplicate ids, and every listed parameter reads back within its range.
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len());
    for p in &specs {
        let v = get_param(&s, &p.id).unwrap();
        assert!(v >= p.min && v <= p.max, "{} = {v}", p.id);
        assert!(p.min <= p.max && p.step > Decimal::ZERO);
    }
    assert_eq!(get_param(&s, "reciprocal[0].amount"), Some(dec!(1000000)));
    set_param(&mut s, "reciprocal[0].amount", dec!(2000000)).unwrap();
    assert_eq!(s.reciprocal[0].amount, dec!(2000000));
    set_param(&mut s, "payment.delay_days", dec!(45)).unwrap();
    assert_eq!(s.payment.delay_days, 45);

    let e = set_param(&mut s, "payment.delay_days", dec!(4000)).unwrap_err();
    assert_eq!(e.field, "payment.delay_days");
    assert_eq!(
        e.rule,
        Rule::Range {
            unit: Unit::Days,
            min: dec!(0),
            max: dec!(3650)
        }
    );
    let e = set_param(&mut s, "payment.delay_days", dec!(4.5)).unwrap_err();
    assert_eq!(e.rule, Rule::WholeNumber);
    assert!(set_param(&mut s, "reciprocal[9].amount", dec!(1)).is_err());
    assert!(set_param(&mut s, "no.such.field", dec!(1)).is_err());
    assert!(get_param(&s, "settlement.month").is_none());
}

#[test]
fn every_parameter_accepts_its_min_and_max_and_the_result_simulates() {
    let mut base = Scenario::default();
    base.retaliation.push(RetaliationRule {
        trigger: Trigger::DaysOverdue { days: 30 },
        action: Action::Legal {
            vendor_cost: dec!(1),
            customer_cost: dec!(1),
            delay_months: 3,
            win_probability: dec!(0.5),
        },
        lag_months: 0,
        reverses_when_cleared: false,
        until_month: None,
        threat: None,
    });
    base.retaliation.push(RetaliationRule {
        trigger: Trigger::MonthsUnpaid { months: 2 },
        action: Action::Suspend {
            outage_cost_monthly: dec!(10),
        },
        lag_months: 1,
        reverses_when_cleared: true,
        until_month: None,
        threat: None,
    });
    base.reciprocal[0].kind = FlowKind::Data;
    base.settlement = Some(Default::default());
    base.contract.ramp = vec![dec!(1), dec!(2)];
    for spec in param_specs(&base) {
        for v in [spec.min, spec.max] {
            let mut s = base.clone();
            set_param(&mut s, &spec.id, v).unwrap_or_else(|e| panic!("{e:?}"));
            // Cross-field rules may reject a combination (e.g. closures above the number of
            // data centres), but a single parameter at its bound must simulate exactly.
            match simulate(&s) {
                Ok(_) | Err(EngineError::Invalid(_)) => {}
                Err(e) => panic!("{} = {v}: {e:?}", spec.id),
            }
        }
    }
}
