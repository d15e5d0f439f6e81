//! `standoff-cli`: runs a scenario natively and prints its report, for batch runs, handouts
//! and regression checks.
//!
//! ```text
//! standoff-cli run scenario.json [--format json|csv|text]
//! standoff-cli run --preset twitter-aws-2023 [--format json|csv|text]
//! standoff-cli presets
//! standoff-cli scenario --preset ID      (prints the preset's scenario JSON)
//! standoff-cli params scenario.json | --preset ID   (lists the numeric parameters)
//! ```
//!
//! A scenario with several vendors or a budget prints every vendor: `text` is the triage (whom
//! to pay first, each vendor's cost per dollar withheld, what it was paid and is owed at the
//! end, whether its threat is credible), `json` adds the member `portfolio` to the first
//! vendor's report, and `csv` is the vendors' ledger, one row per vendor per month. A scenario
//! with one vendor and no budget prints its report as it always has.
//!
//! A scenario file is read as the app reads an imported file: the app's export (the envelope)
//! or a bare scenario, strictly (an unknown member is an error naming it and the nearest known
//! field), with money read exactly from its text. Errors go to standard error with exit code
//! 2; `--help` prints the usage to standard output with exit code 0; the program never panics
//! on bad input.

mod vendors;

use standoff_core::engine::simulate;
use standoff_core::model::{param_specs, presets, Scenario};
use standoff_formats::import_json;
use standoff_words::errors::{engine_error, link_error};
use standoff_words::Lang;
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage:
  standoff-cli run (FILE.json | --preset ID) [--format json|csv|text]
  standoff-cli scenario --preset ID
  standoff-cli params (FILE.json | --preset ID)
  standoff-cli presets
  standoff-cli --help

FILE.json is a scenario file as the app exports it, or a bare scenario object.
--format text prints whom to pay first among the scenario's vendors.
Errors go to standard error with exit code 2.";

/// What the command line was asked to do: a command, or the usage.
enum Request {
    Help,
    Command(Args),
}

#[derive(Default)]
struct Args {
    command: String,
    file: Option<String>,
    preset: Option<String>,
    format: Option<String>,
}

fn parse(argv: &[String]) -> Result<Request, String> {
    if argv.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(Request::Help);
    }
    let mut args = Args::default();
    let mut it = argv.iter();
    args.command = it.next().cloned().ok_or_else(|| USAGE.to_string())?;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--preset" => {
                args.preset = Some(it.next().cloned().ok_or("--preset needs an id")?);
            }
            "--format" => {
                args.format = Some(
                    it.next()
                        .cloned()
                        .ok_or("--format needs json, csv or text")?,
                );
            }
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other}\n{USAGE}"));
            }
            other => {
                if args.file.is_some() {
                    return Err(format!("unexpected argument {other}\n{USAGE}"));
                }
                args.file = Some(other.to_string());
            }
        }
    }
    Ok(Request::Command(args))
}

fn load(args: &Args) -> Result<Scenario, String> {
    match (&args.file, &args.preset) {
        (Some(_), Some(_)) => Err(String::from("give either a file or --preset, not both")),
        (None, None) => Err(format!("give a scenario file or --preset ID\n{USAGE}")),
        (None, Some(id)) => presets::by_id(id).map(|p| p.scenario).ok_or_else(|| {
            let ids: Vec<&str> = presets::CATALOGUE.iter().map(|p| p.id).collect();
            format!("no preset {id}; presets are: {}", ids.join(", "))
        }),
        (Some(path), None) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            import_json(&text).map_err(|e| format!("{path}: {}", link_error(Lang::En, &e)))
        }
    }
}

fn execute(args: &Args) -> Result<String, String> {
    match args.command.as_str() {
        "presets" => {
            let mut out = String::new();
            for p in presets::CATALOGUE {
                out.push_str(&format!("{:<22} {}\n", p.id, p.name));
            }
            Ok(out)
        }
        "scenario" => {
            let s = load(args)?;
            serde_json::to_string_pretty(&s).map_err(|e| e.to_string())
        }
        "params" => {
            let s = load(args)?;
            let mut out = String::new();
            for p in param_specs(&s) {
                out.push_str(&format!(
                    "{}\t{:?}\t{}..={}\t{}\n",
                    p.id, p.unit, p.min, p.max, p.label
                ));
            }
            Ok(out)
        }
        "run" => {
            let s = load(args)?;
            let format = args.format.as_deref().unwrap_or("json");
            if !["json", "csv", "text"].contains(&format) {
                return Err(format!("unknown format {format}: use json, csv or text"));
            }
            let report = simulate(&s).map_err(|e| engine_error(Lang::En, &e))?;
            // The whole is simulated only when it has something to say beyond the first
            // vendor's report, or when the triage is asked for.
            let whole = if s.is_portfolio() || format == "text" {
                Some(vendors::Vendors::of(&s)?)
            } else {
                None
            };
            match (format, &whole) {
                ("text", Some(whole)) => Ok(vendors::text(&s, whole)),
                ("json", Some(whole)) => vendors::json(&s, &report, whole),
                ("csv", Some(whole)) => Ok(standoff_formats::machine_vendors_csv(&whole.portfolio)),
                ("csv", None) => Ok(standoff_formats::machine_csv(&report)),
                _ => serde_json::to_string_pretty(&report).map_err(|e| e.to_string()),
            }
        }
        other => Err(format!("unknown command {other}\n{USAGE}")),
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let output = parse(&argv).and_then(|request| match request {
        Request::Help => Ok(USAGE.to_string()),
        Request::Command(args) => execute(&args),
    });
    match output {
        Ok(mut out) => {
            if !out.ends_with('\n') {
                out.push('\n');
            }
            // `print!` would panic when the reader goes away (`| head`); a closed pipe is
            // not an error of ours, any other write failure is.
            match std::io::stdout().lock().write_all(out.as_bytes()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("standoff-cli: cannot write the output: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(e) => {
            eprintln!("standoff-cli: {e}");
            ExitCode::from(2)
        }
    }
}
