//! Architecture invariant: the crate graph is the layering. The core (model, engine,
//! analyses), the formats and the words are sans-IO crates that the web app and the command
//! line build on; this test reads the resolved graph from `cargo metadata` and fails on any
//! dependency, direct or transitive, that crosses a layer the wrong way.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::process::Command;

/// Crates that touch the browser or draw: only the web app may depend on them.
const WEB_CRATES: [&str; 8] = [
    "yew",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "gloo",
    "plotters",
    "plotters-canvas",
    "wasm-bindgen-futures",
];

/// Each sans-IO crate with the crates it must not reach, besides the web crates.
const RULES: [(&str, &[&str]); 4] = [
    (
        "standoff-core",
        &[
            "serde_json",
            "standoff-formats",
            "standoff-words",
            "standoff",
        ],
    ),
    ("standoff-formats", &["standoff-words", "standoff"]),
    ("standoff-words", &["standoff"]),
    ("standoff-cli", &["standoff"]),
];

/// The package names `cargo tree` lists for `package` with `options`, without `package`.
fn cargo_tree(package: &str, options: &[&str]) -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = Command::new(cargo)
        .args(["tree", "--locked", "-p", package, "-e", "normal"])
        .args(options)
        .args(["--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != package)
        .map(str::to_string)
        .collect()
}

/// Every crate that `package` depends on through normal dependencies, directly or not, on
/// any target, with the features that building `package` alone turns on (`cargo tree`, which
/// resolves one package as a build of it would, where `cargo metadata` unifies the features
/// of the whole workspace).
fn reachable(package: &str) -> BTreeSet<String> {
    cargo_tree(package, &["--target", "all"])
}

/// The crates `package` depends on directly (normal dependencies).
fn direct(package: &str) -> BTreeSet<String> {
    cargo_tree(package, &["--depth", "1"])
}

#[test]
fn sans_io_crates_reach_no_web_crate_and_no_higher_layer() {
    let mut offences = Vec::new();
    for (krate, forbidden) in RULES {
        let reached = reachable(krate);
        assert!(
            reached.contains("rust_decimal"),
            "{krate}'s dependencies were read"
        );
        for bad in WEB_CRATES.iter().chain(forbidden.iter()) {
            if reached.contains(*bad) {
                offences.push(format!("{krate} depends on {bad}"));
            }
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

#[test]
fn the_layers_are_wired_as_documented() {
    assert!(direct("standoff-formats").contains("standoff-core"));
    assert!(direct("standoff-words").contains("standoff-core"));
    assert!(direct("standoff-words").contains("standoff-formats"));
    for layer in ["standoff-core", "standoff-formats", "standoff-words"] {
        assert!(
            direct("standoff").contains(layer),
            "the web app uses {layer}"
        );
        assert!(
            direct("standoff-cli").contains(layer),
            "the command line uses {layer}"
        );
    }
    // The web app is the only crate that reaches the browser.
    assert!(reachable("standoff").contains("yew"));
}
