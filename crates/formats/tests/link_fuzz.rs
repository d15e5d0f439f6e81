//! A loop-based fuzz harness for everything that reads a scenario from outside: the link
//! decoder, the JSON importer and the stored-scenarios reader.
//!
//! Run the full campaign (1,000,000 inputs on one thread per core, about two minutes on two
//! idle cores; the first release build of the crate takes a few minutes more):
//!
//! ```text
//! cargo test -p standoff-formats --release --test link_fuzz -- --ignored --nocapture
//! ```
//!
//! `LINK_FUZZ_ITERATIONS=N` and `LINK_FUZZ_SEED=S` change the count and the seed. A short run
//! of the same harness is part of the normal test suite. Inputs are random and mutated texts
//! at every layer of the format, so that each stage is reached: garbage and mutated links
//! (fragment grammar, base64), random compressed data (inflate), mutated patch JSON wrapped in
//! valid DEFLATE (JSON parsing, `$null`, merge, migration, deserialisation, validation), and
//! mutated JSON files and stored text. A panic anywhere fails the run and prints the input.
//! Every input that decodes must also be a valid scenario whose own link decodes to it.

// Tests change a few fields of the default scenario, which reads better than struct update
// syntax with nested defaults.
#![allow(clippy::field_reassign_with_default)]

mod link_support;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use link_support::{random_portfolio, random_scenario, random_text, Rng};
use serde_json::Value;
use standoff_core::model::{presets, validate, Scenario};
use standoff_formats::{
    decode_link, encode_link, export_json, import_json, parse_fragment, parse_stored,
    serialize_stored, LinkError, StoredScenarios, CURRENT_VERSION,
};

/// What the harness feeds and how.
struct Corpus {
    links: Vec<String>,
    /// Patch JSON texts (what is inside a link's DEFLATE data), with their format version.
    patches: Vec<(u32, String)>,
    /// Complete scenario documents, as JSON values, to mutate structurally, with their format
    /// version (each document's `version` member says it too).
    documents: Vec<(u32, Value)>,
    files: Vec<String>,
    stored: Vec<String>,
    /// Links whose data inflates far past the cap.
    bombs: Vec<String>,
}

fn corpus(rng: &mut Rng) -> Corpus {
    let mut scenarios: Vec<Scenario> = vec![Scenario::default()];
    scenarios.extend(presets::all().into_iter().map(|p| p.scenario));
    scenarios.extend((0..40).map(|_| random_scenario(rng)));
    scenarios.extend((0..20).map(|_| random_portfolio(rng)));
    let mut links: Vec<String> = scenarios.iter().map(encode_link).collect();
    // Version-1 links, files and documents: the golden ones, exactly as published.
    let (v1_links, v1_files) = v1_goldens();
    links.extend(v1_links);
    let patches = links
        .iter()
        .map(|link| {
            let (version, data) = link
                .split_once("#s=v")
                .map_or(link.as_str(), |(_, rest)| rest)
                .split_once('.')
                .expect("own link has a version");
            let bytes = URL_SAFE_NO_PAD.decode(data).expect("own link is base64url");
            let json = miniz_oxide::inflate::decompress_to_vec(&bytes).expect("own link inflates");
            let version = version.parse().expect("own link's version");
            (version, String::from_utf8(json).expect("own link is UTF-8"))
        })
        .collect();
    let mut documents: Vec<(u32, Value)> = scenarios
        .iter()
        .map(|s| {
            (
                CURRENT_VERSION,
                serde_json::to_value(s).expect("serialises"),
            )
        })
        .collect();
    for file in &v1_files {
        let value: Value = serde_json::from_str(file).expect("golden file parses");
        documents.push((1, value["scenario"].clone()));
    }
    let mut files: Vec<String> = scenarios.iter().map(export_json).collect();
    files.extend(v1_files.iter().cloned());
    let mut stored: Vec<String> = scenarios
        .chunks(3)
        .map(|chunk| {
            let mut store = StoredScenarios::default();
            for (i, s) in chunk.iter().enumerate() {
                store.save(&format!("entry {i}"), "2026-11-28T00:00:00Z", s.clone());
            }
            store.last_edited = chunk.first().cloned();
            serialize_stored(&store)
        })
        .collect();
    let v1_entries: Vec<Value> = documents
        .iter()
        .filter(|(version, _)| *version == 1)
        .map(|(_, doc)| serde_json::json!({"name": "v1", "saved_at": "2020-01-01T00:00:00Z", "scenario": doc}))
        .collect();
    stored.push(
        serde_json::json!({"format": "standoff-saved", "version": 1, "entries": v1_entries})
            .to_string(),
    );
    // Twice the cap is enough: inflation stops at the cap whatever the full size.
    let bombs = [vec![b' '; 2 << 20], b"{\"title\":\"".repeat(1 << 18)]
        .iter()
        .map(|data| {
            let deflated = miniz_oxide::deflate::compress_to_vec(data, 1);
            format!("#s=v1.{}", URL_SAFE_NO_PAD.encode(deflated))
        })
        .collect();
    Corpus {
        links,
        patches,
        documents,
        files,
        stored,
        bombs,
    }
}

/// Tokens spliced into texts: grammar characters of every layer and values at the edges of
/// the model's types.
const TOKENS: &[&str] = &[
    "#",
    "&",
    "=",
    "s=",
    "v1.",
    "v2.",
    "v9.",
    "\"vendors\":[{}]",
    "\"vendors\":[]",
    "\"more_vendors\":[{}]",
    "\"/vendors/0/settlement\"",
    "\"version\":1",
    "v0.",
    ".",
    "%",
    "%3D",
    "%ZZ",
    "+",
    "/",
    "-",
    "_",
    " ",
    "\n",
    "\u{feff}",
    "é",
    "🦀",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e999",
    "-0",
    "4294967296",
    "99999999999999999999999999999",
    "\"0.0000000000000000000000000001\"",
    "\"1e3\"",
    "\"abc\"",
    "\"\"",
    "{}",
    "[]",
    "[[[[[[[[",
    "]]]]",
    "{\"type\":\"legal\"}",
    "\"$null\":[\"/payment/stop_from_month\"]",
    "\"$null\":[\"/x/y\"]",
    "\"$null\":5",
    ",",
    ":",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "<script>",
    "\"version\":2",
    "\"format\":\"x\"",
];

fn mutate_text(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = bytes.len();
        let at = if len == 0 { 0 } else { rng.below(len + 1) };
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                bytes[i] = rng.next_u64() as u8;
            }
            1 if len > 0 => {
                bytes.remove(rng.below(len));
            }
            2 => bytes.truncate(at),
            3 if len > 1 => {
                let (a, b) = (rng.below(len), rng.below(len));
                bytes.swap(a, b);
            }
            4 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(32)).min(len);
                let piece = bytes[start..end].to_vec();
                bytes.splice(at..at, piece);
            }
            5 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(16)).min(len);
                bytes.drain(start..end);
            }
            _ => {
                let token = rng.pick(TOKENS).as_bytes().to_vec();
                bytes.splice(at..at, token);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Random JSON values for structural mutation.
fn random_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => Value::from(rng.next_u64()),
        3 => Value::from(-(rng.below(1000) as i64)),
        4 => Value::from(rng.next_u64() as f64 / 3.0),
        5 => Value::from(random_text(rng, 100)),
        6 => Value::from(format!("{}.{}", rng.next_u64(), rng.below(1000))),
        7 => Value::from(*rng.pick(&["ad", "monthly", "simple", "nominal", "term_end", "legal"])),
        8 => Value::Array(vec![Value::from("1"), Value::Null]),
        9 => serde_json::json!({"type": *rng.pick(&["always", "legal", "suspend", "nope"])}),
        10 => Value::Object(Default::default()),
        _ => Value::from(format!("{}", rng.below(300))),
    }
}

/// Replaces, deletes or adds a member somewhere in a document.
fn mutate_value(rng: &mut Rng, node: &mut Value, depth: usize) {
    if depth > 0 && !rng.chance(4) {
        let child = match node {
            Value::Object(members) if !members.is_empty() => {
                let i = rng.below(members.len());
                members.values_mut().nth(i)
            }
            Value::Array(items) if !items.is_empty() => {
                let i = rng.below(items.len());
                items.get_mut(i)
            }
            _ => None,
        };
        if let Some(child) = child {
            mutate_value(rng, child, depth - 1);
            return;
        }
    }
    match node {
        Value::Object(members) if !members.is_empty() && rng.chance(3) => {
            let key = members.keys().nth(rng.below(members.len())).cloned();
            if let Some(key) = key {
                members.remove(&key);
            }
        }
        Value::Object(members) if rng.chance(2) => {
            members.insert(random_text(rng, 10), random_value(rng));
        }
        Value::Array(items) if rng.chance(2) => items.push(random_value(rng)),
        other => *other = random_value(rng),
    }
}

/// Wraps bytes in DEFLATE "stored" blocks (no compression): valid DEFLATE built in
/// microseconds, so that a million inputs reach the JSON layer without the cost of the
/// compressor.
fn stored_deflate(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 5 * (data.len() / 65535 + 1));
    let mut chunks = data.chunks(65535).peekable();
    if chunks.peek().is_none() {
        return vec![0x01, 0x00, 0x00, 0xff, 0xff];
    }
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        let len = chunk.len() as u16;
        out.push(u8::from(last));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out
}

fn link_from_json(json: &str, version: u32, rng: &mut Rng) -> String {
    let deflated = if rng.chance(50) {
        miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 1)
    } else {
        stored_deflate(json.as_bytes())
    };
    format!("#s=v{version}.{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// The version-1 golden links and their expected files, as published.
fn v1_goldens() -> (Vec<String>, Vec<String>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/links/v1");
    let mut links = Vec::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("v1 goldens") {
        let path = entry.expect("readable").path();
        if path.extension().is_some_and(|e| e == "link") {
            links.push(
                std::fs::read_to_string(&path)
                    .expect("link")
                    .trim()
                    .to_string(),
            );
            files
                .push(std::fs::read_to_string(path.with_extension("expected.json")).expect("file"));
        }
    }
    (links, files)
}

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn random_link_text(rng: &mut Rng) -> String {
    let prefix = *rng.pick(&[
        "",
        "#s=",
        "#s=v1.",
        "s=v1.",
        "v1.",
        "https://x.org/#s=v1.",
        "#s=v2.",
        "v2.",
        "#",
    ]);
    let len = rng.below(120);
    let mut out = String::from(prefix);
    for _ in 0..len {
        if rng.chance(20) {
            out.push(char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('?'));
        } else {
            out.push(char::from(*rng.pick(ALPHABET)));
        }
    }
    out
}

fn error_kind(err: &LinkError) -> &'static str {
    match err {
        LinkError::Empty => "Empty",
        LinkError::TooLong { .. } => "TooLong",
        LinkError::NoScenario => "NoScenario",
        LinkError::UnknownFormat { .. } => "UnknownFormat",
        LinkError::UnsupportedVersion { .. } => "UnsupportedVersion",
        LinkError::MissingSeparator => "MissingSeparator",
        LinkError::BadBase64 { .. } => "BadBase64",
        LinkError::TruncatedBase64 => "TruncatedBase64",
        LinkError::TruncatedCompressed => "TruncatedCompressed",
        LinkError::CorruptCompressed => "CorruptCompressed",
        LinkError::TooLargeAfterDecompression { .. } => "TooLargeAfterDecompression",
        LinkError::NotUtf8 { .. } => "NotUtf8",
        LinkError::NotJson { .. } => "NotJson",
        LinkError::NotAnObject { .. } => "NotAnObject",
        LinkError::BadNullPath { .. } => "BadNullPath",
        LinkError::WrongFileFormat { .. } => "WrongFileFormat",
        LinkError::BadVersion { .. } => "BadVersion",
        LinkError::Migration { .. } => "Migration",
        LinkError::UnknownField { .. } => "UnknownField",
        LinkError::BadField { .. } => "BadField",
        LinkError::Invalid { .. } => "Invalid",
    }
}

#[derive(Default)]
struct Tally {
    inputs: u64,
    outcomes: BTreeMap<String, u64>,
    failures: Vec<String>,
    time_by_slot: [f64; 10],
}

impl Tally {
    fn record(&mut self, target: &str, input: &str, outcome: Result<Result<(), String>, ()>) {
        self.inputs += 1;
        let label = match outcome {
            Ok(Ok(())) => format!("{target}: ok"),
            Ok(Err(kind)) => format!("{target}: {kind}"),
            Err(()) => {
                if self.failures.len() < 5 {
                    self.failures
                        .push(format!("{target} panicked on {input:?}"));
                }
                format!("{target}: PANIC")
            }
        };
        *self.outcomes.entry(label).or_default() += 1;
    }
}

/// Checks a decoded scenario: valid, and its own link decodes back to it.
fn check_decoded(scenario: &Scenario) -> Result<(), String> {
    if let Err(errors) = validate(scenario) {
        return Err(format!("ORACLE: decoded an invalid scenario {errors:?}"));
    }
    if decode_link(&encode_link(scenario)).as_ref() != Ok(scenario) {
        return Err("ORACLE: re-encoded scenario does not round-trip".to_string());
    }
    Ok(())
}

fn run_link(tally: &mut Tally, target: &str, input: &str, check: bool) {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let _ = parse_fragment(input);
        match decode_link(input) {
            Ok(scenario) if check => check_decoded(&scenario).map_err(|e| {
                eprintln!("{e} for input {input:?}");
                e
            }),
            Ok(_) => Ok(()),
            Err(err) => {
                // Rendering the error is part of what must not panic (its words: `standoff-words`' tests).
                let _ = format!("{err:?}");
                Err(error_kind(&err).to_string())
            }
        }
    }))
    .map_err(|_| ());
    if let Ok(Err(kind)) = &outcome {
        if kind.starts_with("ORACLE") && tally.failures.len() < 5 {
            tally.failures.push(format!("{kind}: {input:?}"));
        }
    }
    tally.record(target, input, outcome);
}

fn run_import(tally: &mut Tally, input: &str) {
    let outcome = catch_unwind(AssertUnwindSafe(|| match import_json(input) {
        Ok(scenario) => validate(&scenario).map_err(|e| format!("ORACLE: {e:?}")),
        Err(err) => {
            let _ = format!("{err:?}");
            Err(error_kind(&err).to_string())
        }
    }))
    .map_err(|_| ());
    if let Ok(Err(kind)) = &outcome {
        if kind.starts_with("ORACLE") && tally.failures.len() < 5 {
            tally.failures.push(format!("{kind}: {input:?}"));
        }
    }
    tally.record("json import", input, outcome);
}

fn run_stored(tally: &mut Tally, input: &str) {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let load = parse_stored(input);
        // Whatever was set aside must survive a save: nothing is lost.
        let again = parse_stored(&serialize_stored(&load.stored));
        if again.stored.entries != load.stored.entries {
            return Err("ORACLE: entries changed after a save".to_string());
        }
        if load.problems.is_empty() {
            Ok(())
        } else {
            Err("some entries set aside".to_string())
        }
    }))
    .map_err(|_| ());
    tally.record("stored", input, outcome);
}

fn fuzz(iterations: u64, seed: u64) -> Tally {
    let mut rng = Rng::new(seed);
    let corpus = corpus(&mut rng);
    let mut tally = Tally::default();
    for i in 0..iterations {
        let started = Instant::now();
        let slot = i % 10;
        match slot {
            0 => {
                let input = random_link_text(&mut rng);
                run_link(&mut tally, "link: random text", &input, true);
            }
            1 | 2 => {
                let link = rng.pick(&corpus.links).clone();
                let input = mutate_text(&mut rng, &link);
                run_link(&mut tally, "link: mutated link", &input, true);
            }
            3 if rng.chance(100) => {
                // A deflate bomb, intact or mutated: inflation must stop at the cap.
                let bomb = rng_pick_clone(&mut rng, &corpus.bombs);
                let input = if rng.chance(2) {
                    bomb
                } else {
                    mutate_text(&mut rng, &bomb)
                };
                run_link(&mut tally, "link: deflate bomb", &input, true);
            }
            3 => {
                let len = rng.below(200);
                let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
                let version = if rng.chance(2) { 1 } else { CURRENT_VERSION };
                let input = format!("#s=v{version}.{}", URL_SAFE_NO_PAD.encode(bytes));
                run_link(&mut tally, "link: random deflate data", &input, true);
            }
            4 | 5 => {
                let (version, patch) = rng.pick(&corpus.patches).clone();
                let json = mutate_text(&mut rng, &patch);
                let input = link_from_json(&json, version, &mut rng);
                run_link(&mut tally, "link: mutated patch JSON", &input, true);
            }
            6 => {
                let (version, mut doc) = rng.pick(&corpus.documents).clone();
                for _ in 0..1 + rng.below(3) {
                    mutate_value(&mut rng, &mut doc, 4);
                }
                let input = link_from_json(&doc.to_string(), version, &mut rng);
                run_link(&mut tally, "link: mutated document", &input, true);
            }
            7 | 8 => {
                let input = if rng.chance(2) {
                    let file = rng_pick_clone(&mut rng, &corpus.files);
                    mutate_text(&mut rng, &file)
                } else {
                    let (_, mut doc) = rng.pick(&corpus.documents).clone();
                    for _ in 0..1 + rng.below(3) {
                        mutate_value(&mut rng, &mut doc, 4);
                    }
                    doc.to_string()
                };
                run_import(&mut tally, &input);
            }
            _ => {
                let text = rng_pick_clone(&mut rng, &corpus.stored);
                let input = mutate_text(&mut rng, &text);
                run_stored(&mut tally, &input);
            }
        }
        tally.time_by_slot[slot as usize] += started.elapsed().as_secs_f64();
    }
    tally
}

fn rng_pick_clone(rng: &mut Rng, items: &[String]) -> String {
    rng.pick(items).clone()
}

fn report(tally: &Tally, elapsed: f64) {
    println!("fuzzed {} inputs in {elapsed:.1} s", tally.inputs);
    println!("  seconds by generator slot: {:.2?}", tally.time_by_slot);
    for (label, count) in &tally.outcomes {
        println!("  {count:>9}  {label}");
    }
    assert!(
        tally.failures.is_empty(),
        "failures (first {}):\n{}",
        tally.failures.len(),
        tally.failures.join("\n")
    );
    assert!(
        !tally.outcomes.keys().any(|k| k.ends_with("PANIC")),
        "a target panicked"
    );
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A short run in the normal suite, so the harness itself cannot rot.
#[test]
fn fuzz_quick() {
    let start = Instant::now();
    let tally = fuzz(3_000, 1);
    report(&tally, start.elapsed().as_secs_f64());
}

/// The full campaign: at least a million inputs.
#[test]
#[ignore]
fn fuzz_million() {
    std::panic::set_hook(Box::new(|_| {}));
    let iterations = env_u64("LINK_FUZZ_ITERATIONS", 1_000_000);
    let seed = env_u64("LINK_FUZZ_SEED", 20_261_128);
    // One worker per core, each with its own seed and share of the iterations.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let start = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let share = iterations / workers + u64::from(w < iterations % workers);
                scope.spawn(move || fuzz(share, seed.wrapping_add(w)))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker finished"))
            .collect()
    });
    let mut tally = Tally::default();
    for part in tallies {
        tally.inputs += part.inputs;
        for (label, count) in part.outcomes {
            *tally.outcomes.entry(label).or_default() += count;
        }
        tally.failures.extend(part.failures);
        for (total, t) in tally.time_by_slot.iter_mut().zip(part.time_by_slot) {
            *total += t;
        }
    }
    let _ = std::panic::take_hook();
    println!("{workers} worker threads");
    report(&tally, start.elapsed().as_secs_f64());
    assert!(tally.inputs >= iterations);
}
