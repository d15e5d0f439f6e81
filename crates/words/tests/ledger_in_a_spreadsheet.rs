//! The spreadsheet files open in a real spreadsheet program: LibreOffice Calc, headless, reads
//! the English file as an English-locale spreadsheet and the French file as a French-locale
//! one, and a known amount comes back as a number.
//!
//! How "as a number" is seen from outside: Calc reads the file in one locale and writes it
//! back as CSV in the other. A cell it read as a number is written with the other locale's
//! decimal separator; a cell it kept as text is written as it was.
//!
//! The test needs `soffice` (Debian's libreoffice-calc-nogui, which `scripts/setup.sh`
//! installs). Without it the test says so and passes, unless `STANDOFF_REQUIRE_SOFFICE` is set,
//! as the test command sets it, so that a missing program can never pass unnoticed there.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use standoff_core::engine::simulate;
use standoff_core::model::presets;
use standoff_words::ledger::ledger_csv;
use standoff_words::Lang;

/// LibreOffice's CSV filter options: field separator and text delimiter as character codes,
/// character set 76 (UTF-8), first line 1, no column formats, then the locale.
fn csv_filter(separator: char, locale: u32) -> String {
    format!("{},34,76,1,,{locale}", u32::from(separator))
}

/// Reads `file` with `read` options and writes it back as CSV with `write` options; returns
/// the text written.
fn round_trip(file: &Path, read: &str, write: &str) -> String {
    let out = file.with_extension("out");
    std::fs::create_dir_all(&out).unwrap();
    let profile = out.join("profile");
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .arg("--headless")
        .arg(format!("--infilter=CSV:{read}"))
        .arg("--convert-to")
        .arg(format!("csv:Text - txt - csv (StarCalc):{write}"))
        .arg("--outdir")
        .arg(&out)
        .arg(file)
        .status()
        .expect("soffice runs");
    assert!(status.success(), "soffice failed on {}", file.display());
    let name = file.file_name().unwrap();
    std::fs::read_to_string(out.join(name)).expect("soffice wrote the file")
}

fn soffice_available() -> bool {
    let found = Command::new("soffice").arg("--version").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("STANDOFF_REQUIRE_SOFFICE").is_none(),
            "soffice is required here: install libreoffice-calc-nogui (scripts/setup.sh does)"
        );
        eprintln!("soffice not found: the spreadsheet round trip is not checked");
    }
    found
}

/// The usage invoice of January 2020 in the Twitter vs AWS preset: 45 % of a flat month of
/// the $510M commitment over 66 months, 510,000,000 / 66 × 0.45 = 3,477,272.727…, which
/// rounds to 3,477,272.73.
const USAGE_JANUARY_2020: (&str, &str) = ("3477272.73", "3477272,73");

#[test]
fn each_language_file_reads_its_amounts_as_numbers() {
    if !soffice_available() {
        return;
    }
    let report = simulate(&presets::twitter_aws_2023()).unwrap();
    let folder = std::env::temp_dir().join(format!("standoff-calc-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let (point, comma) = USAGE_JANUARY_2020;

    let english = folder.join("ledger-en.csv");
    std::fs::write(&english, ledger_csv(Lang::En, &report)).unwrap();
    // Read as English (1033), written as French (1036): a number comes back with a comma.
    let back = round_trip(&english, &csv_filter(',', 1033), &csv_filter(';', 1036));
    let row = back.lines().nth(1).expect("a first month");
    assert!(row.split(';').any(|cell| cell == comma), "{row}");

    let french = folder.join("ledger-fr.csv");
    std::fs::write(&french, ledger_csv(Lang::Fr, &report)).unwrap();
    // Read as French, written as English: a number comes back with a point.
    let back = round_trip(&french, &csv_filter(';', 1036), &csv_filter(',', 1033));
    let mut lines = back.lines();
    let header = lines.next().expect("a header");
    assert!(header.contains("Usage factur"), "{header}");
    let row = lines.next().expect("a first month");
    assert!(row.split(',').any(|cell| cell == point), "{row}");
    let _ = std::fs::remove_dir_all(&folder);
}
