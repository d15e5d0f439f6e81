//! Size guard: calls that bring large tables of the standard library into the WebAssembly.
//! Unicode case mapping (`str::to_lowercase`, `char::to_uppercase`, …) and the Unicode
//! property tests pull in core's case-conversion and property tables, about 30 KB raw; plotters
//! maps a font family given as a string through `to_lowercase`. Each came back once after it
//! had been removed, so this test reads the sources of every crate the web app is built from
//! (the app and the core, formats and words crates) and fails on any of them. The wording is
//! ASCII where it is case-mapped: use the `_ascii_` variants, and `FontFamily::SansSerif` for
//! chart fonts. The command line is native only and not checked.
#![cfg(not(target_arch = "wasm32"))]

mod source_scan;

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

#[test]
fn app_sources_use_no_unicode_case_tables() {
    let mut files = Vec::new();
    for dir in [
        "src",
        "crates/core/src",
        "crates/formats/src",
        "crates/words/src",
    ] {
        source_scan::rust_files(&source_scan::root().join(dir), &[], &mut files);
    }
    assert!(files.len() >= 20, "the app's sources were found");
    let offences = source_scan::offending_lines(&files, |code| {
        FORBIDDEN.iter().any(|call| code.contains(call))
    });
    assert!(
        offences.is_empty(),
        "calls that bring Unicode tables into the WebAssembly:\n{}",
        offences.join("\n")
    );
}
