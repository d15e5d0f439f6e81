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
    // February 2023 is month index 37; the $10M lump sum is in its customer_lump_sums column.
    assert!(
        lines[38].starts_with("2023-02,37,0.00,-10000000.00,"),
        "{}",
        lines[38]
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
        err.contains("payment.delay_days = 5000: must be between 0 and 3650 days"),
        "{err}"
    );
    assert!(err.contains("horizon_months = 0"));
    let (code, _, err) = cli(&["run", "--preset", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("no preset nope"));
    let (code, _, _) = cli(&["run", "/no/such/file.json"]);
    assert_eq!(code, 2);
}
