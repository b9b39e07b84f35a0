//! Fuzzing coil (issue 19: no input crashes or hangs it), on stable Rust.
//!
//! Inputs are the golden scripts mutated ([`mutate`]), random programs that
//! call builtins and methods with hostile arguments ([`generate`]), and random
//! bytes. Each one goes through the front end (a panic is a failure), its
//! syntax verdict is compared with CPython's ([`oracle`], report only), and
//! programs that compile run in a fresh sandboxed interpreter under the
//! instruction, memory and time limits (a panic is a failure, a case running
//! ten times its deadline is a hang, one growing the process by over 1 GiB
//! bypassed the memory limit). See [`failures`] for where inputs go.
//!
//! CI: a fixed seed and a fixed number of cases. A long run:
//! `COIL_FUZZ_SECONDS=3600 cargo test --profile test-release --test fuzz -- --nocapture`
//! (or `tools/fuzz.sh SECONDS`, which restarts after a crash).
//! `COIL_FUZZ_SEED` and `COIL_FUZZ_CASES` override the seed and case count;
//! `COIL_FUZZ_KNOWN=1` also runs inputs that hit known hangs ([`hostile::KNOWN_HANGS`]);
//! `COIL_FUZZ_REPLAY=FILE` runs one saved input; `COIL_FUZZ_STACK=MiB` sets the stack;
//! `COIL_FUZZ_TARGET=frontend` fuzzes only the parser and compiler (faster).

mod corpus;
mod differential;
mod failures;
mod generate;
mod hostile;
mod minimise;
mod mutate;
mod oracle;
mod rng;
mod targets;

use coil::Limits;
use oracle::{Oracle, Verdict};
use rng::Rng;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: coil::CountingAllocator = coil::CountingAllocator;

/// Cases in the CI run.
const CI_CASES: u64 = 1500;

/// How long the fuzzer runs.
struct Plan {
    seed: u64,
    cases: u64,
    until: Option<Instant>,
    timeout: Duration,
    known: bool,
    interpreter: bool,
}

impl Plan {
    fn from_env() -> Plan {
        let var = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
        let seconds = var("COIL_FUZZ_SECONDS");
        let clock = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let seed = var("COIL_FUZZ_SEED").unwrap_or(if seconds.is_some() { clock } else { 19 });
        Plan {
            seed,
            cases: var("COIL_FUZZ_CASES").unwrap_or(if seconds.is_some() { u64::MAX } else { CI_CASES }),
            until: seconds.map(|s| Instant::now() + Duration::from_secs(s)),
            timeout: Duration::from_millis(if seconds.is_some() { 2000 } else { 500 }),
            known: var("COIL_FUZZ_KNOWN") == Some(1),
            interpreter: std::env::var("COIL_FUZZ_TARGET").as_deref() != Ok("frontend"),
        }
    }
}

/// Findings, keyed by kind and signature, each with its (minimised) input.
#[derive(Default)]
struct Findings {
    crashes: BTreeMap<String, String>,
    mismatches: BTreeMap<String, String>,
    system_errors: BTreeMap<String, String>,
}

/// Counters for the summary line.
#[derive(Default)]
struct Stats {
    inputs: u64,
    runs: u64,
    compared: u64,
}

/// `COIL_FUZZ_REPLAY=FILE`: runs one saved input through the targets and says how it went.
fn replay(path: &str) {
    targets::install_panic_hook();
    let text = String::from_utf8_lossy(&std::fs::read(path).expect("replay file")).into_owned();
    let start = Instant::now();
    eprintln!("front end: {:?} ({:?})", targets::front_end(&text), start.elapsed());
    let limits = Limits::new().instructions(2_000_000).memory(256 << 20).timeout(Duration::from_secs(2));
    let start = Instant::now();
    let ran = match targets::interpreter(&text, limits) {
        Ok(targets::Ran::Fine(None)) => "fine".to_string(),
        Ok(targets::Ran::Fine(Some(e))) => format!("fine, raised {e}"),
        Ok(targets::Ran::SystemError(m)) => format!("SystemError: {m}"),
        Err(panic) => format!("panic: {panic}"),
    };
    eprintln!("interpreter: {ran} ({:?})", start.elapsed());
}

/// The worker's stack: 1 GiB as the command line uses, or `COIL_FUZZ_STACK` MiB
/// (e.g. 8, a host's main thread) to look for Rust stack overflows.
fn stack_size() -> usize {
    std::env::var("COIL_FUZZ_STACK").ok().and_then(|v| v.parse::<usize>().ok()).map_or(1 << 30, |m| m << 20)
}

#[test]
fn fuzz() {
    if let Ok(path) = std::env::var("COIL_FUZZ_REPLAY") {
        let worker = std::thread::Builder::new().stack_size(stack_size()).spawn(move || replay(&path)).unwrap();
        return worker.join().unwrap();
    }
    let worker = std::thread::Builder::new().stack_size(stack_size()).spawn(run).unwrap();
    let findings = worker.join().unwrap();
    assert!(findings.crashes.is_empty(), "crashes: {:#?}", findings.crashes);
}

fn run() -> Findings {
    let plan = Plan::from_env();
    hostile::INCLUDE_KNOWN.store(plan.known, std::sync::atomic::Ordering::Relaxed);
    targets::install_panic_hook();
    let corpus = corpus::load();
    let mut oracle = Oracle::start();
    let watchdog = failures::Watchdog::start();
    let mut rng = Rng::new(plan.seed);
    let (mut findings, mut stats) = (Findings::default(), Stats::default());
    let limits = Limits::new().instructions(2_000_000).memory(256 << 20).timeout(plan.timeout);
    let start = Instant::now();
    eprintln!("fuzz: seed {}, {} corpus files, oracle {}", plan.seed, corpus.len(), oracle.is_some());
    // Each dropped interpreter leaks about 0.8 MB (a finding): a long run stops at
    // 1 GiB resident and tools/fuzz.sh starts the next one.
    let roomy = || failures::resident_bytes() < 1 << 30;
    while stats.inputs < plan.cases && plan.until.is_none_or(|t| Instant::now() < t) && roomy() {
        let input = next_input(&mut rng, &corpus);
        stats.inputs += 1;
        failures::save_current(&input);
        let text = String::from_utf8_lossy(&input).into_owned();
        watchdog.arm(Duration::from_secs(10));
        let verdict = match targets::front_end(&text) {
            Ok(v) => v,
            Err(panic) => {
                let small = minimise::minimise(&text, |s| targets::front_end(s).is_err(), 300);
                note(&mut findings.crashes, format!("front end panics: {panic}"), &small, "frontend-panic");
                continue;
            }
        };
        if let (Some(o), false) = (oracle.as_mut(), differential::excluded(&input)) {
            stats.compared += 1;
            match o.verdict(&input) {
                Some(py) => compare(o, &mut findings, &text, &verdict, &py),
                None => oracle = None,
            }
        }
        let known = !plan.known && hostile::KNOWN_HANGS.iter().any(|k| text.contains(k));
        if verdict == Verdict::Ok && !known && plan.interpreter {
            stats.runs += 1;
            watchdog.arm(plan.timeout * 10);
            match targets::interpreter(&text, limits) {
                Ok(targets::Ran::Fine(_)) => {}
                Ok(targets::Ran::SystemError(m)) => note(&mut findings.system_errors, m, &text, "system-error"),
                Err(panic) => {
                    watchdog.arm(plan.timeout * 500);
                    let same = |s: &str| targets::interpreter(s, limits).err().is_some_and(|p| p == panic);
                    let small = minimise::minimise(&text, same, 200);
                    note(&mut findings.crashes, format!("interpreter panics: {panic}"), &small, "interp-panic");
                }
            }
        }
        watchdog.disarm();
    }
    summary(&stats, &findings, start.elapsed());
    findings
}

/// The next input: a mutated corpus file, a generated program, or random bytes.
fn next_input(rng: &mut Rng, corpus: &[(String, Vec<u8>)]) -> Vec<u8> {
    match rng.below(10) {
        0..=4 => {
            let (_, src) = rng.pick(corpus);
            let (_, other) = rng.pick(corpus);
            mutate::mutate(rng, src, other)
        }
        5..=8 => {
            let program = generate::program(rng);
            if rng.one_in(3) {
                let (_, other) = rng.pick(corpus);
                mutate::mutate(rng, &program, other)
            } else {
                program
            }
        }
        _ => (0..rng.below(200)).map(|_| rng.below(256) as u8).collect(),
    }
}

/// Records a syntax-verdict mismatch with CPython, minimised with the oracle's help.
fn compare(oracle: &mut Oracle, findings: &mut Findings, text: &str, coil: &Verdict, py: &Verdict) {
    let Some(signature) = differential::mismatch(coil, py) else { return };
    if findings.mismatches.contains_key(&signature) {
        return;
    }
    let same = |s: &str| {
        let (Ok(c), Some(p)) = (targets::front_end(s), oracle.verdict(s.as_bytes())) else { return false };
        differential::mismatch(&c, &p).as_deref() == Some(signature.as_str())
    };
    let small = minimise::minimise(text, same, 400);
    note(&mut findings.mismatches, signature, &small, "mismatch");
}

/// Records a finding the first time its signature is seen, and saves its input.
fn note(map: &mut BTreeMap<String, String>, signature: String, input: &str, kind: &str) {
    if let std::collections::btree_map::Entry::Vacant(slot) = map.entry(signature) {
        let path = failures::save(kind, input.as_bytes());
        eprintln!("fuzz: {kind}: {}\n  saved to {}\n{}", slot.key(), path.display(), indent(input));
        slot.insert(input.to_string());
    }
}

fn indent(s: &str) -> String {
    s.lines().take(30).map(|l| format!("    | {l}\n")).collect()
}

fn summary(stats: &Stats, findings: &Findings, elapsed: Duration) {
    let rate = stats.inputs as f64 / elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "fuzz: {} inputs in {:.1}s ({rate:.0}/s), {} run by the interpreter, {} compared with CPython",
        stats.inputs,
        elapsed.as_secs_f64(),
        stats.runs,
        stats.compared
    );
    eprintln!(
        "fuzz: {} crashes, {} syntax mismatches, {} SystemErrors, {} MiB resident (failing inputs in {})",
        findings.crashes.len(),
        findings.mismatches.len(),
        findings.system_errors.len(),
        failures::resident_bytes() >> 20,
        failures::dir().display()
    );
}
