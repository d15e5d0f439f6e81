//! Golden links: every link format version keeps decoding forever.
//!
//! `tests/data/links/v<N>/<name>.link` holds a link exactly as published (never edited);
//! `<name>.expected.json` holds the scenario it must open, as a JSON file of the *current*
//! version (when a new version adds a migration, the expected files are updated to what the
//! migration must produce; the links stay byte-for-byte the same). New golden links for the
//! current version are written by `cargo test -p standoff-formats --test link_golden
//! write_missing_golden_links -- --ignored`, which never overwrites an existing file.

// Tests change a few fields of the default scenario, which reads better than struct update
// syntax with nested defaults.
#![allow(clippy::field_reassign_with_default)]

mod link_support;

use std::fs;
use std::path::{Path, PathBuf};

use link_support::{random_scenario, Rng};
use rust_decimal::Decimal;
use standoff_core::model::{presets, Action, Scenario, Settlement, Trigger};
use standoff_formats::{decode_link, encode_link, export_json, import_json, CURRENT_VERSION};

fn links_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/links")
}

fn golden_files() -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    let mut versions: Vec<PathBuf> = fs::read_dir(links_dir())
        .expect("tests/data/links exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.is_dir())
        .collect();
    versions.sort();
    for dir in versions {
        let mut links: Vec<PathBuf> = fs::read_dir(&dir)
            .expect("readable")
            .map(|e| e.expect("readable").path())
            .filter(|p| p.extension().is_some_and(|e| e == "link"))
            .collect();
        links.sort();
        for link in links {
            let expected = link.with_extension("expected.json");
            out.push((link, expected));
        }
    }
    out
}

#[test]
fn golden_links_decode_to_their_expected_scenarios() {
    let files = golden_files();
    for version in 1..=CURRENT_VERSION {
        let count = files
            .iter()
            .filter(|(l, _)| {
                l.parent()
                    .is_some_and(|d| d.ends_with(format!("v{version}")))
            })
            .count();
        assert!(count >= 5, "v{version} has only {count} golden links");
    }
    for (link_path, expected_path) in files {
        let link = fs::read_to_string(&link_path).expect("link readable");
        let expected_text = fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} has no expected file", link_path.display()));
        let expected = import_json(&expected_text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", expected_path.display()));
        let decoded = decode_link(&link)
            .unwrap_or_else(|e| panic!("{} no longer decodes: {e:?}", link_path.display()));
        assert_eq!(decoded, expected, "{}", link_path.display());
    }
}

/// The golden scenarios of the current version, by file name.
fn golden_scenarios() -> Vec<(String, Scenario)> {
    let mut out = vec![("default".to_string(), Scenario::default())];
    for preset in presets::all() {
        out.push((format!("preset-{}", preset.id), preset.scenario));
    }
    // Optional parts switched against the base: a `None` where the base has `Some` (which
    // needs `$null`), a `Some` where it has `None`, other enum variants, emptied lists.
    let mut nulls = Scenario::default();
    nulls.title = "Nulls & variants <b>".to_string();
    nulls.payment.stop_from_month = None;
    nulls.settlement = Some(Settlement {
        month: 12,
        arrears_discount: Decimal::new(25, 2),
        ..Settlement::default()
    });
    nulls.reciprocal.clear();
    if let Some(rule) = nulls.retaliation.first_mut() {
        rule.trigger = Trigger::DaysOverdue { days: 90 };
        rule.action = Action::WithholdPayments;
    }
    out.push(("nulls-and-variants".to_string(), nulls));
    // The neutral scenario (what `{}` reads as): every member of the base's first vendor changes.
    let neutral: Scenario = serde_json::from_str("{}").expect("the neutral scenario reads");
    out.push(("neutral".to_string(), neutral));
    let mut rng = Rng::new(2026);
    for i in 1..=3 {
        out.push((format!("random-{i}"), random_scenario(&mut rng)));
    }
    out
}

#[test]
#[ignore]
fn write_missing_golden_links() {
    let dir = links_dir().join(format!("v{CURRENT_VERSION}"));
    fs::create_dir_all(&dir).expect("create dir");
    for (name, scenario) in golden_scenarios() {
        let link_path = dir.join(format!("{name}.link"));
        if link_path.exists() {
            continue;
        }
        let link = encode_link(&scenario);
        fs::write(&link_path, format!("{link}\n")).expect("write link");
        fs::write(
            link_path.with_extension("expected.json"),
            export_json(&scenario),
        )
        .expect("write expected");
        println!("wrote {}", link_path.display());
    }
    // The Python-made link of docs §4 is committed by hand; only its expectation is written.
    let python = dir.join("python-twitter-aws.expected.json");
    if dir.join("python-twitter-aws.link").exists() && !python.exists() {
        fs::write(python, export_json(&twitter_aws())).expect("write expected");
    }
}

fn docs() -> String {
    // The documentation lives at the workspace root, two levels above this crate.
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/link-format.md"))
        .expect("docs/link-format.md readable")
}

fn twitter_aws() -> Scenario {
    let mut expected = Scenario::default();
    expected.customer.name = "Twitter".to_string();
    expected.vendor.name = "AWS".to_string();
    expected
}

/// The Python snippet of docs/link-format.md §5.1, run as written, makes a link that decodes.
#[test]
fn python_snippet_in_the_docs_makes_links_that_decode() {
    let docs = docs();
    let snippet = docs
        .split("```python\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs have a python snippet");
    let output = match std::process::Command::new("python3")
        .arg("-c")
        .arg(snippet)
        .output()
    {
        Ok(output) => output,
        Err(err) => {
            eprintln!("python3 not available ({err}); snippet not run");
            return;
        }
    };
    assert!(output.status.success(), "{output:?}");
    let link = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(decode_link(&link), Ok(twitter_aws()), "{link}");
    // The worked example of §4 is exactly what the snippet prints.
    assert!(docs.contains(link.trim()), "docs §4 does not show {link}");
}

/// The hand-made stored-block link of docs §5.2 and the `$null` patch example of §4.
#[test]
fn hand_made_examples_in_the_docs_decode() {
    let base = import_json(standoff_formats::base::base_text(1).unwrap()).unwrap();
    assert!(docs().contains("#s=v1.AQIA_f97fQ"));
    assert_eq!(decode_link("#s=v1.AQIA_f97fQ"), Ok(base.clone()));

    let patch = r#"{"$null":["/payment/stop_from_month"],"payment":{"delay_days":60},
 "retaliation":[{"trigger":{"type":"days_overdue","days":90},
   "action":{"type":"cut_spend","kind":"ad","share":"0.5"},
   "lag_months":1,"reverses_when_cleared":true}]}"#;
    assert!(docs().contains(patch), "docs §4 patch example changed");
    let mut block = vec![0x01];
    let n = patch.len() as u16;
    block.extend_from_slice(&n.to_le_bytes());
    block.extend_from_slice(&(!n).to_le_bytes());
    block.extend_from_slice(patch.as_bytes());
    use base64::Engine as _;
    let link = format!(
        "#s=v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(block)
    );
    let decoded = decode_link(&link).unwrap();
    assert_eq!(decoded.payment.stop_from_month, None);
    assert_eq!(decoded.payment.delay_days, 60);
    assert_eq!(
        decoded.retaliation[0].trigger,
        Trigger::DaysOverdue { days: 90 }
    );
    assert_eq!(
        decoded.retaliation[0].action,
        Action::CutSpend {
            kind: standoff_core::model::FlowKind::Ad,
            share: Decimal::new(5, 1)
        }
    );
}

/// Standoff's own links are standard raw DEFLATE + base64url: Python's zlib reads them back to
/// the same patch JSON (the reading recipe of docs §5.1).
#[test]
fn python_reads_standoffs_own_links() {
    let mut scenario = presets::all()
        .into_iter()
        .next()
        .map(|p| p.scenario)
        .unwrap_or_default();
    scenario.payment.stop_from_month = None;
    let link = encode_link(&scenario);
    let payload = link.trim_start_matches(&format!("#s=v{CURRENT_VERSION}."));
    let script = "import base64, sys, zlib\n\
                  p = sys.argv[1]\n\
                  print(zlib.decompress(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)), -15).decode('utf-8'))";
    let output = match std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(payload)
        .output()
    {
        Ok(output) => output,
        Err(err) => {
            eprintln!("python3 not available ({err}); not run");
            return;
        }
    };
    assert!(output.status.success(), "{output:?}");
    let from_python: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let (version, ours) =
        standoff_formats::codec::decode_patch(link.trim_start_matches("#s=")).unwrap();
    assert_eq!(version, CURRENT_VERSION);
    assert_eq!(from_python, ours);
    assert!(from_python.get("$null").is_some(), "{from_python}");
}
