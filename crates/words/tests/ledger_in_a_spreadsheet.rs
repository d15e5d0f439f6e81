//! The spreadsheet files open in a real spreadsheet program: LibreOffice Calc, headless, reads
//! the English file as an English-locale spreadsheet and the French file as a French-locale
//! one, and a known amount comes back as a number; the same holds for the vendors' ledger of
//! a scenario with several vendors, whose Vendor column comes back as the vendor's name.
//!
//! How "as a number" is seen from outside: Calc reads the file and writes it back as CSV. A
//! cell it kept as text is written exactly as it was read (`150000000.00`); a cell it read as
//! a number is written in Calc's general number format, without the trailing zero cents
//! (`150000000`), and a number with cents keeps them. Reading the English file as French, or
//! the reverse, fails this test.
//!
//! The test needs `soffice` (Debian's libreoffice-calc-nogui, which `scripts/setup.sh`
//! installs). Without it the test says so and passes, unless `STANDOFF_REQUIRE_SOFFICE` is set,
//! as the test command sets it, so that a missing program can never pass unnoticed there.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use standoff_core::engine::{simulate, simulate_portfolio};
use standoff_core::model::presets;
use standoff_formats::ledger::MonthFigure;
use standoff_formats::vendors_ledger::{vendor_columns, VendorColumn};
use standoff_words::ledger::{ledger_csv, vendors_ledger_csv};
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

/// The customer's revenue from other advertisers in January 2021 in the Twitter vs AWS
/// preset: the preset's input, $150M a month, written with its cents as `150000000.00`
/// (`150000000,00` in the French file); as a number it comes back as `150000000`.
const OTHER_ADS_JANUARY_2021: &str = "150000000";

/// The usage invoice of January 2021: 45 % of a flat month of the $510M commitment over 66
/// months, 510,000,000 / 66 × 0.45 = 3,477,272.727…, rounded to 3,477,272.73.
const USAGE_JANUARY_2021: [&str; 2] = ["3477272.73", "3477272,73"];

/// The cells of the first month in Calc's output, split at `separator`.
fn first_month(back: &str, separator: char) -> Vec<String> {
    let row = back.lines().nth(1).expect("a first month");
    row.split(separator).map(str::to_string).collect()
}

#[test]
fn each_language_file_reads_its_amounts_as_numbers() {
    if !soffice_available() {
        return;
    }
    let report = simulate(&presets::twitter_aws_2023()).unwrap();
    let folder = std::env::temp_dir().join(format!("standoff-calc-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();

    for (lang, name, read, separator) in [
        (Lang::En, "ledger-en.csv", csv_filter(',', 1033), ','),
        (Lang::Fr, "ledger-fr.csv", csv_filter(';', 1036), ';'),
    ] {
        let file = folder.join(name);
        std::fs::write(&file, ledger_csv(lang, &report)).unwrap();
        let back = round_trip(&file, &read, &csv_filter(separator, 1033));
        let cells = first_month(&back, separator);
        assert!(
            cells.iter().any(|cell| cell == OTHER_ADS_JANUARY_2021),
            "{name}: 150000000.00 was not read as a number: {cells:?}"
        );
        assert!(
            cells
                .iter()
                .any(|cell| USAGE_JANUARY_2021.contains(&cell.as_str())),
            "{name}: the usage invoice is missing: {cells:?}"
        );
        assert!(
            !cells
                .iter()
                .any(|cell| cell.ends_with(".00") || cell.ends_with(",00")),
            "{name}: some amounts stayed text: {cells:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&folder);
}

/// The usage invoices of January 2023 in the flagship preset (`twitter-two-clouds-2023`),
/// derived from its terms. Google Cloud: $200M over a 12-month term at 100 % usage, no
/// discount, 200,000,000 / 12 = 16,666,666.666… a month, rounded to 16,666,666.67. AWS: what
/// is left of the $510M over 42 months, $324,545,454.55, so 7,727,272.727… a month, at 45 %
/// usage 3,477,272.727…, rounded to 3,477,272.73. Invoices are issued whatever the budget
/// pays, so these are the figures of each vendor's first row.
const USAGE_JANUARY_2023: [(&str, [&str; 2]); 2] = [
    ("AWS", ["3477272.73", "3477272,73"]),
    ("Google Cloud", ["16666666.67", "16666666,67"]),
];

#[test]
fn the_vendors_ledger_reads_its_amounts_as_numbers_and_its_vendors_as_names() {
    if !soffice_available() {
        return;
    }
    let scenario = presets::by_id("twitter-two-clouds-2023")
        .map(|p| p.scenario)
        .expect("the flagship preset");
    let portfolio = simulate_portfolio(&scenario).unwrap();
    let columns = vendor_columns();
    let at = |wanted: VendorColumn| columns.iter().position(|c| *c == wanted).unwrap();
    let (vendor, usage) = (
        at(VendorColumn::Vendor),
        at(VendorColumn::Figure(MonthFigure::UsageInvoiced)),
    );
    let folder = std::env::temp_dir().join(format!("standoff-calc-vendors-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();

    for (lang, name, read, separator) in [
        (Lang::En, "vendors-en.csv", csv_filter(',', 1033), ','),
        (Lang::Fr, "vendors-fr.csv", csv_filter(';', 1036), ';'),
    ] {
        let file = folder.join(name);
        std::fs::write(&file, vendors_ledger_csv(lang, &portfolio)).unwrap();
        let back = round_trip(&file, &read, &csv_filter(separator, 1033));
        let rows: Vec<Vec<String>> = back
            .lines()
            .skip(1)
            .map(|row| {
                row.split(separator)
                    .map(|c| c.trim_matches('"').to_string())
                    .collect()
            })
            .collect();
        for (vendor_name, amounts) in USAGE_JANUARY_2023 {
            // Each vendor's months run in order, so its first row is January 2023.
            let first = rows
                .iter()
                .find(|cells| cells.get(vendor).map(String::as_str) == Some(vendor_name))
                .unwrap_or_else(|| panic!("{name}: no row whose Vendor cell is {vendor_name}"));
            assert!(
                amounts.contains(&first[usage].as_str()),
                "{name}: {vendor_name}'s usage invoice was not read as a number: {first:?}"
            );
            assert!(
                !first
                    .iter()
                    .any(|cell| cell.ends_with(".00") || cell.ends_with(",00")),
                "{name}: some of {vendor_name}'s amounts stayed text: {first:?}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&folder);
}
