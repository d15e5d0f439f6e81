//! Reading the crate's own sources, for the tests that guard an architecture rule by what the
//! code may not mention (`size_guards.rs`).

use std::fs;
use std::path::{Path, PathBuf};

/// The crate's root folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, skipping folders named in `skip`.
pub fn rust_files(dir: &Path, skip: &[&str], found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|name| skip.iter().any(|skipped| name == *skipped))
            {
                continue;
            }
            rust_files(&path, skip, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

/// `file:line: text` for every line of `files` whose code (the part before a `//` comment)
/// `offends`.
pub fn offending_lines(files: &[PathBuf], offends: impl Fn(&str) -> bool) -> Vec<String> {
    let mut offences = Vec::new();
    for file in files {
        let source = fs::read_to_string(file).expect("readable source");
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if offends(code) {
                offences.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    offences
}
