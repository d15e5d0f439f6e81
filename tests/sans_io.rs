//! Architecture invariant: the model, engine, analyses and link codec are sans-IO. They use no
//! web crate, so they compile and are tested natively and could be reused by a command-line
//! tool or a server. This test reads their sources and fails on any mention of a web crate.
#![cfg(not(target_arch = "wasm32"))]

mod source_scan;

const SANS_IO_MODULES: [&str; 5] = [
    "src/model",
    "src/engine",
    "src/analysis",
    "src/link",
    "src/i18n",
];
const WEB_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "plotters_canvas",
];

#[test]
fn sans_io_modules_use_no_web_crate() {
    let mut files = Vec::new();
    for module in SANS_IO_MODULES {
        source_scan::rust_files(&source_scan::root().join(module), &[], &mut files);
    }
    assert!(files.len() >= 4, "the sans-IO modules were found");
    let offences = source_scan::offending_lines(&files, |code| {
        WEB_CRATES.iter().any(|web_crate| {
            code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word == *web_crate)
        })
    });
    assert!(
        offences.is_empty(),
        "web crates in sans-IO modules:\n{}",
        offences.join("\n")
    );
}
