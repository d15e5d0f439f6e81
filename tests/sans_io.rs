//! Architecture invariant: the model, engine, analyses and link codec are sans-IO. They use no
//! web crate, so they compile and are tested natively and could be reused by a command-line
//! tool or a server. This test reads their sources and fails on any mention of a web crate.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

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

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn sans_io_modules_use_no_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for module in SANS_IO_MODULES {
        rust_files(&root.join(module), &mut files);
    }
    assert!(files.len() >= 4, "the sans-IO modules were found");
    let mut offences = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("readable source");
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for web_crate in WEB_CRATES {
                let mentions = code
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|word| word == web_crate);
                if mentions {
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
        "web crates in sans-IO modules:\n{}",
        offences.join("\n")
    );
}
