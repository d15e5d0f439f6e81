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
