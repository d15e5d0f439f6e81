//! The command line: presets, JSON and CSV reports, and errors on standard error with exit
//! code 2.

use std::process::Command;

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_standoff-cli"))
        .args(args)
        .output()
        .expect("the CLI runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn lists_presets() {
    let (code, out, _) = cli(&["presets"]);
    assert_eq!(code, 0);
    assert!(out.contains("twitter-aws-2023") && out.contains("twitter-google-2023"));
}

#[test]
fn prints_one_csv_row_per_month_with_iso_months_and_cents() {
    let (code, out, _) = cli(&["run", "--preset", "twitter-aws-2023", "--format", "csv"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1 + 66);
    assert!(lines[0].starts_with("month,index,customer_contract_payments"));
    // The term starts in January 2021, so February 2023 is month index 2 × 12 + 1 = 25 (row
    // 26 after the header); payments stopped in November 2022, so its contract payments are
    // 0 and the $10M lump sum is in its customer_lump_sums column.
    assert!(
        lines[26].starts_with("2023-02,25,0.00,-10000000.00,"),
        "{}",
        lines[26]
    );
}

#[test]
fn json_report_round_trips_and_scenarios_come_back_in() {
    let (code, scenario, _) = cli(&["scenario", "--preset", "symmetric"]);
    assert_eq!(code, 0);
    let path = std::env::temp_dir().join("standoff_cli_test_symmetric.json");
    std::fs::write(&path, scenario).unwrap();
    let (code, out, _) = cli(&["run", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["months"].as_array().unwrap().len(), 24);
}

#[test]
fn errors_go_to_stderr_with_exit_code_2() {
    let path = std::env::temp_dir().join("standoff_cli_test_invalid.json");
    std::fs::write(
        &path,
        r#"{"horizon_months": 0, "payment": {"delay_days": 5000}}"#,
    )
    .unwrap();
    let (code, out, err) = cli(&["run", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("payment.delay_days is 5000: it must be between 0 and 3650 days"),
        "{err}"
    );
    assert!(err.contains("horizon_months is 0"));
    let (code, _, err) = cli(&["run", "--preset", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("no preset nope"));
    let (code, _, _) = cli(&["run", "/no/such/file.json"]);
    assert_eq!(code, 2);
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("standoff_cli_test_{name}"));
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn the_app_s_export_and_the_bare_scenario_give_the_same_report() {
    let scenario = standoff_core::model::presets::twitter_aws_2023();
    let envelope = temp_file("envelope.json", &standoff_formats::export_json(&scenario));
    let bare = temp_file("bare.json", &serde_json::to_string(&scenario).unwrap());
    let (code, from_envelope, err) = cli(&["run", &envelope, "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let (code, from_bare, err) = cli(&["run", &bare, "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let (_, from_preset, _) = cli(&["run", "--preset", "twitter-aws-2023", "--format", "csv"]);
    assert_eq!(from_envelope, from_bare);
    assert_eq!(from_envelope, from_preset);
}

#[test]
fn a_misspelt_field_exits_2_with_the_field_and_its_nearest_name() {
    let file = temp_file(
        "misspelt.json",
        r#"{"format": "standoff-scenario", "version": 1,
            "scenario": {"contract": {"total_commitmnet": "1"}}}"#,
    );
    let (code, out, err) = cli(&["run", &file]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains(
            "contract.total_commitmnet is not a field; did you mean contract.total_commitment?"
        ),
        "{err}"
    );
    let file = temp_file("wrong_kind.json", r#"{"payment": {"delay_days": 1.5}}"#);
    let (code, _, err) = cli(&["run", &file]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "payment.delay_days is 1.5: it must be a whole number, and it must be between 0 and 3650 days."
        ),
        "{err}"
    );
    assert!(!err.contains("expected u32"), "{err}");
    let file = temp_file("not_json.json", "{\"payment\": ");
    let (code, _, err) = cli(&["run", &file]);
    assert_eq!(code, 2);
    assert!(err.contains("not valid JSON at line 1, column 12"), "{err}");
}

#[test]
fn money_in_a_file_is_read_from_its_text() {
    let file = temp_file(
        "exact.json",
        r#"{"contract": {"total_commitment": 510000000.123456789012345}}"#,
    );
    let (code, out, err) = cli(&["scenario", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("\"total_commitment\": \"510000000.123456789012345\""),
        "{out}"
    );
}

#[test]
fn help_prints_the_usage_with_exit_code_0() {
    for flag in ["--help", "-h"] {
        let (code, out, err) = cli(&[flag]);
        assert_eq!(code, 0, "{err}");
        assert!(out.starts_with("usage:"), "{out}");
        assert!(
            out.contains("standoff-cli run (FILE.json | --preset ID)"),
            "{out}"
        );
        assert!(err.is_empty());
    }
    let (code, out, _) = cli(&["run", "--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage:"));
}

/// Two vendors whose figures can be worked out on paper: a three-month horizon from January
/// 2023; "Storage" (the first vendor) bills a flat $500 a month and "Compute" $1,000 (usage at
/// 100 % of the commitment), each invoice due on its own day (net 0); no late interest, no
/// collection costs, no discounting; a budget of $1,200 a month under the priority rule.
/// Compute buys $500 of ads from the customer every month, which it values at $400, and halts
/// them as soon as anything is overdue to it.
fn two_vendors() -> standoff_core::model::Scenario {
    use rust_decimal::Decimal;
    use standoff_core::model::{
        Action, Allocation, Budget, Contract, FlowKind, Frequency, Party, Payment, ReciprocalLine,
        RetaliationRule, Scenario, Trigger, UsagePath, VendorTerms, YearMonth,
    };
    let party = |name: &str| Party {
        name: name.into(),
        discount_rate: Decimal::ZERO,
        ..Party::default()
    };
    let vendor = |name: &str, monthly: i64| VendorTerms {
        vendor: party(name),
        contract: Contract {
            total_commitment: Decimal::from(monthly * 3),
            term_months: 3,
            usage: UsagePath {
                start_share: Decimal::ONE,
                changes: Vec::new(),
            },
            ..Contract::default()
        },
        payment: Payment {
            net_days: 0,
            late_interest_monthly: Decimal::ZERO,
            ..Payment::default()
        },
        ..VendorTerms::default()
    };
    let mut compute = vendor("Compute", 1000);
    compute.reciprocal = vec![ReciprocalLine {
        kind: FlowKind::Ad,
        label: "Ads".into(),
        amount: Decimal::from(500),
        frequency: Frequency::Monthly,
        net_days: 0,
        value_to_vendor: Decimal::from(400),
    }];
    compute.retaliation = vec![RetaliationRule {
        trigger: Trigger::ArrearsAbove {
            amount: Decimal::ZERO,
        },
        action: Action::CutSpend {
            kind: FlowKind::Ad,
            share: Decimal::ONE,
        },
        lag_months: 0,
        reverses_when_cleared: true,
        until_month: None,
        threat: None,
    }];
    let storage = vendor("Storage", 500);
    Scenario {
        title: "Two vendors".into(),
        start: YearMonth {
            year: 2023,
            month: 1,
        },
        customer: party("Customer"),
        vendor: storage.vendor,
        horizon_months: 3,
        contract: storage.contract,
        payment: storage.payment,
        reciprocal: Vec::new(),
        retaliation: Vec::new(),
        more_vendors: vec![compute],
        budget: Some(Budget {
            monthly: Decimal::from(1200),
            rule: Allocation::Priority,
        }),
        ..Scenario::default()
    }
}

/// The priority rule pays Storage its $500 first every month and leaves Compute $700 of its
/// $1,000: Storage is paid $1,500 and owed nothing; Compute is paid $2,100 and $300 more is
/// overdue each month, $900 at the end. Not paying Compute at all keeps 3 × $1,000 and loses
/// the ads of months 1 and 2 (its first bill is overdue at the end of month 0), 2 × $500: $1,000,
/// $0.33 per dollar kept, from February 2023; halting them saves Compute 2 × ($500 − $400) =
/// $200, so its threat is credible. Not paying Storage costs nothing beyond the bills ($0),
/// and it takes no measure. So the triage ranks Compute first, although the budget paid
/// Storage first.
#[test]
fn run_prints_every_vendor_s_triage_as_text_derived_by_hand() {
    let file = temp_file(
        "two_vendors.json",
        &standoff_formats::export_json(&two_vendors()),
    );
    let (code, out, err) = cli(&["run", &file, "--format", "text"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Who gets paid");
    assert_eq!(
        lines[1],
        "Pay Compute first: not paying it would cost Customer $0.33 per dollar kept, against $0 for Storage."
    );
    assert_eq!(
        lines[2],
        "With $1.2K a month, the rule “in the vendors’ order” pays Storage, then Compute: by Mar 2023, nothing is overdue to Storage and $900 is overdue to Compute."
    );
    assert_eq!(
        lines[3],
        "Carrying out its measures would save Compute $200: its threat is credible."
    );
    assert_eq!(lines[4], "");
    let cells = |line: &str| -> Vec<String> {
        line.split("  ")
            .map(str::trim)
            .filter(|cell| !cell.is_empty())
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        cells(lines[5]),
        [
            "Vendor",
            "Cost per dollar kept",
            "First measure if unpaid",
            "Paid",
            "Overdue at the end",
            "Its threat"
        ]
    );
    assert_eq!(
        cells(lines[6]),
        [
            "Compute",
            "$0.33",
            "Feb 2023",
            "$2,100",
            "$900",
            "credible: saves it $200"
        ]
    );
    assert_eq!(
        cells(lines[7]),
        [
            "Storage",
            "$0",
            "none within the horizon",
            "$1,500",
            "$0",
            "—"
        ]
    );
    assert_eq!(lines.len(), 8);
    // The columns line up: every row's second cell starts where the header's does.
    let at = |line: &str, cell: &str| line.find(cell).unwrap();
    assert_eq!(at(lines[5], "Cost per"), at(lines[6], "$0.33"));
    assert_eq!(at(lines[5], "Cost per"), at(lines[7], "$0 "));
}

#[test]
fn run_adds_each_vendor_s_figures_to_the_json_report() {
    use rust_decimal::Decimal;
    let file = temp_file(
        "two_vendors_json.json",
        &standoff_formats::export_json(&two_vendors()),
    );
    let (code, out, err) = cli(&["run", &file]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // The first vendor's report is still there, as for one vendor.
    assert_eq!(json["vendor_name"], "Storage");
    assert_eq!(json["months"].as_array().unwrap().len(), 3);
    let portfolio = &json["portfolio"];
    let amount =
        |value: &serde_json::Value| -> Decimal { value.as_str().unwrap().parse().unwrap() };
    assert_eq!(portfolio["ranking"], serde_json::json!([1, 0]));
    assert_eq!(portfolio["paid_order"], serde_json::json!([0, 1]));
    assert_eq!(portfolio["budget"]["rule"], "priority");
    assert_eq!(amount(&portfolio["budget"]["monthly"]), Decimal::from(1200));
    let storage = &portfolio["vendors"][0];
    let compute = &portfolio["vendors"][1];
    assert_eq!(
        (&storage["name"], &storage["index"], &storage["rank"]),
        (&"Storage".into(), &0.into(), &2.into())
    );
    assert_eq!(
        (&compute["name"], &compute["index"], &compute["rank"]),
        (&"Compute".into(), &1.into(), &1.into())
    );
    assert_eq!(amount(&storage["paid"]), Decimal::from(1500));
    assert_eq!(amount(&storage["arrears_at_end"]), Decimal::ZERO);
    assert_eq!(amount(&storage["cost_per_dollar_withheld"]), Decimal::ZERO);
    assert_eq!(storage["reaction_from"], serde_json::Value::Null);
    assert_eq!(storage["threat_credible"], serde_json::Value::Null);
    assert_eq!(storage["first_short_month"], serde_json::Value::Null);
    assert_eq!(amount(&compute["paid"]), Decimal::from(2100));
    assert_eq!(amount(&compute["arrears_at_end"]), Decimal::from(900));
    assert_eq!(amount(&compute["held_back_at_end"]), Decimal::from(900));
    assert_eq!(compute["first_short_month"], 0);
    assert_eq!(amount(&compute["cash_kept"]), Decimal::from(3000));
    assert_eq!(amount(&compute["reaction_cost"]), Decimal::from(1000));
    assert_eq!(
        amount(&compute["cost_per_dollar_withheld"]).round_dp(6),
        "0.333333".parse::<Decimal>().unwrap()
    );
    assert_eq!(compute["reaction_from"], 1);
    assert_eq!(amount(&compute["vendor_cost"]), Decimal::from(-200));
    assert_eq!(compute["threat_credible"], true);
    // The customer pays $3,600 of bills and receives $500 of ads in month 0 only.
    assert_eq!(amount(&portfolio["customer_npv"]), Decimal::from(-3100));
}

#[test]
fn run_prints_the_vendors_ledger_as_csv() {
    let file = temp_file(
        "two_vendors_csv.json",
        &standoff_formats::export_json(&two_vendors()),
    );
    let (code, out, err) = cli(&["run", &file, "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1 + 2 * 3);
    assert!(lines[0].starts_with("month,index,vendor,due,allowed,paid,held_back,commitment_accrued,usage_invoiced,trueup_invoiced,arrears,"));
    assert!(lines[1]
        .starts_with("2023-01,0,Storage,500.00,500.00,500.00,0.00,500.00,500.00,0.00,0.00,"));
    assert!(lines[4].starts_with(
        "2023-01,0,Compute,1000.00,700.00,700.00,300.00,1000.00,1000.00,0.00,300.00,"
    ));
    assert!(lines[5].starts_with(
        "2023-02,1,Compute,1300.00,700.00,700.00,600.00,1000.00,1000.00,0.00,600.00,"
    ));
    assert!(lines[6].starts_with(
        "2023-03,2,Compute,1600.00,700.00,700.00,900.00,1000.00,1000.00,0.00,900.00,"
    ));
}

#[test]
fn one_vendor_s_json_is_the_report_alone_and_its_text_is_its_triage() {
    let (code, out, _) = cli(&["run", "--preset", "twitter-aws-2023"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json.get("portfolio").is_none());
    let report =
        standoff_core::engine::simulate(&standoff_core::model::presets::twitter_aws_2023())
            .unwrap();
    assert_eq!(
        out,
        format!("{}\n", serde_json::to_string_pretty(&report).unwrap())
    );
    let (code, out, _) = cli(&["run", "--preset", "twitter-aws-2023", "--format", "text"]);
    assert_eq!(code, 0);
    // The figure itself is checked by hand-derived cases of the triage; here, that a single
    // vendor's text is its triage sentence and table.
    assert!(
        out.contains("Not paying AWS would cost Twitter $") && out.contains(" per dollar kept."),
        "{out}"
    );
    assert!(out.contains("Its threat"), "{out}");
    let (code, _, err) = cli(&["run", "--preset", "twitter-aws-2023", "--format", "xml"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown format xml: use json, csv or text"),
        "{err}"
    );
}
