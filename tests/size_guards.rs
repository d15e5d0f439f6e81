//! Size guard: calls that bring large tables of the standard library into the WebAssembly.
//! Unicode case mapping (`str::to_lowercase`, `char::to_uppercase`, …) and the Unicode
//! property tests pull in core's case-conversion and property tables, about 30 KB raw; plotters
//! maps a font family given as a string through `to_lowercase`. Each came back once after it
//! had been removed (docs/performance.md), so this test reads the app's sources and fails on
//! any of them. The app's own wording is ASCII where it is case-mapped: use the `_ascii_`
//! variants, and `FontFamily::SansSerif` for chart fonts. The command line (`src/bin`) is
//! native only and not checked.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 8] = [
    ".to_lowercase()",
    ".to_uppercase()",
    ".is_alphabetic()",
    ".is_alphanumeric()",
    ".is_lowercase()",
    ".is_uppercase()",
    "(\"sans-serif\",",
    "(\"serif\",",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name == "bin") {
                continue;
            }
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn app_sources_use_no_unicode_case_tables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() >= 20, "the app's sources were found");
    let mut offences = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("readable source");
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for call in FORBIDDEN {
                if code.contains(call) {
                    offences.push(format!(
                        "{}:{}: {}",
                        file.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "calls that bring Unicode tables into the WebAssembly:\n{}",
        offences.join("\n")
    );
}
