//! The `coil` command, shaped like `python`: run a file, `-c CODE`, `--dis`,
//! `--check`, read a program from standard input, or start the interactive
//! REPL (no arguments on a terminal, or `-i` after a script).

use crate::vm::interp::Interp;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

const USAGE: &str = "usage: coil [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd      program passed in as string (terminates option list)
  -m mod      run library module as a script (terminates option list)
  -i          inspect interactively after running the script (or -c cmd)
  -B          don't write compiled code to the cache (COIL_CACHE_DIR= turns it off)
  --dis FILE  print the bytecode of FILE
  --check FILE  check FILE's syntax without running it
  -h, --help  print this help message and exit
  --version   print the version number and exit
  file        program read from script file
  -           program read from stdin
  arg ...     arguments passed to program in sys.argv[1:]
";

/// Stacks tried for the interpreter thread, largest first: deep enough for
/// nested builtin callbacks; under a memory cap (`ulimit -v`) a smaller one
/// still starts, and `vm::stack_guard` turns its end into RecursionError.
const STACK_SIZES: [usize; 4] = [1 << 30, 256 << 20, 64 << 20, 16 << 20];

/// What the command line asks for.
enum Mode {
    Run {
        source: Source,
        filename: String,
        argv: Vec<String>,
        dir: String,
    },
    /// `-m NAME ARGS...`: a module (or a package's `__main__`) run as `__main__`.
    Module {
        name: String,
        args: Vec<String>,
    },
    Dis(String),
    Check(String),
    /// The REPL, after running a script when `-i` came with one.
    Repl {
        script: Option<Box<Mode>>,
        terminal: bool,
    },
}

/// A program's source: text already (`-c`) or the bytes of a file (or standard input),
/// decoded as PEP 263 says once the interpreter is up.
enum Source {
    Text(String),
    /// The bytes and the path as given (which CPython's "Non-UTF-8 code" error names).
    File(Vec<u8>, String),
}

/// Runs the `coil` command with the process's arguments.
pub fn main() -> ExitCode {
    let args: Vec<String> = {
        use std::os::unix::ffi::OsStrExt;
        std::env::args_os().skip(1).map(|a| crate::codepoint::decode_os(a.as_bytes())).collect()
    };
    let mode = match parse_args(&args) {
        Ok(Some(mode)) => mode,
        Ok(None) => return ExitCode::SUCCESS,
        Err(code) => return code,
    };
    // Signals sent to the process go to the interpreter's thread (which
    // unblocks them), so they interrupt its waits and handlers run at once.
    crate::modules::_signal::block_on_this_thread();
    let mode = std::sync::Arc::new(std::sync::Mutex::new(Some(mode)));
    let worker = STACK_SIZES.iter().find_map(|&size| {
        let mode = mode.clone();
        std::thread::Builder::new()
            .stack_size(size)
            .spawn(move || {
                crate::modules::_signal::unblock_on_this_thread();
                let mode = mode.lock().ok().and_then(|mut m| m.take());
                mode.map_or(1, run)
            })
            .ok()
    });
    match worker.ok_or(()).map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("coil: internal error");
            ExitCode::from(1)
        }
    }
}

/// `sys.path` for a run: the script's folder (or `.`), then the folders listed in
/// the `COILPATH` environment variable (separated as `PATH` is), as CPython
/// does with `PYTHONPATH`.
/// `-B`: imports read the compiled-code cache but write nothing to it.
/// The -W options, in command-line order (see `start_warnings`).
static WARN_OPTIONS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
/// -E or -I: the PYTHON* environment variables are ignored.
static IGNORE_ENVIRONMENT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets `sys.warnoptions` as CPython does (PYTHONWARNINGS' comma-separated
/// entries, then the -W options) and, when there are any, imports `warnings`
/// so that they apply from the start.
fn start_warnings(interp: &mut Interp) {
    let mut options: Vec<String> = Vec::new();
    if !IGNORE_ENVIRONMENT.load(std::sync::atomic::Ordering::Relaxed) {
        if let Ok(env) = std::env::var("PYTHONWARNINGS") {
            options.extend(env.split(',').filter(|o| !o.is_empty()).map(str::to_string));
        }
    }
    options.extend(WARN_OPTIONS.lock().map(|o| o.clone()).unwrap_or_default());
    if options.is_empty() {
        return;
    }
    if let Some(Value::Module(sys)) = interp.modules.get("sys") {
        let list = Value::list(options.iter().map(|o| Value::str(o)).collect());
        sys.dict.borrow_mut().set_str("warnoptions", list);
    }
    if let Err(e) = interp.import_module("warnings") {
        interp.print_exception(&e);
    }
}

static DONT_WRITE_CODE_CACHE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn search_path(first: String) -> Vec<String> {
    let mut path = vec![first];
    if let Some(extra) = std::env::var_os("COILPATH") {
        path.extend(
            std::env::split_paths(&extra)
                .filter(|p| !p.as_os_str().is_empty())
                .map(|p| p.to_string_lossy().into_owned()),
        );
    }
    path
}

fn read_file(path: &str) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|e| {
        eprintln!("coil: can't open file '{path}': [Errno {}] {}", e.raw_os_error().unwrap_or(2), describe(&e));
        ExitCode::from(2)
    })
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn parse_args(args: &[String]) -> Result<Option<Mode>, ExitCode> {
    let Some(first) = args.first() else {
        if std::io::stdin().is_terminal() {
            return Ok(Some(Mode::Repl { script: None, terminal: true }));
        }
        let mut source = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut source);
        let source = Source::File(source, "<stdin>".into());
        return Ok(Some(Mode::Run { source, filename: "<stdin>".into(), argv: vec!["-".into()], dir: String::new() }));
    };
    match first.as_str() {
        "-h" | "--help" => {
            print!("{USAGE}");
            Ok(None)
        }
        "--version" | "-V" => {
            println!("coil {}", env!("CARGO_PKG_VERSION"));
            Ok(None)
        }
        "-i" => {
            let terminal = std::io::stdin().is_terminal();
            let script = match args.get(1).map(String::as_str) {
                None => None,
                Some("-" | "-i") => {
                    eprintln!("-i needs a FILE or -c CODE (stdin is the REPL's input)\n{USAGE}");
                    return Err(ExitCode::from(2));
                }
                Some(_) => parse_args(&args[1..])?.map(Box::new),
            };
            Ok(Some(Mode::Repl { script, terminal }))
        }
        "-c" => {
            let Some(code) = args.get(1) else {
                eprintln!("Argument expected for the -c option\n{USAGE}");
                return Err(ExitCode::from(2));
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[2..].iter().cloned());
            Ok(Some(Mode::Run {
                source: Source::Text(code.clone()),
                filename: "<string>".into(),
                argv,
                dir: String::new(),
            }))
        }
        "-m" => {
            let Some(name) = args.get(1) else {
                eprintln!("Argument expected for the -m option\n{USAGE}");
                return Err(ExitCode::from(2));
            };
            Ok(Some(Mode::Module { name: name.clone(), args: args[2..].to_vec() }))
        }
        "--dis" | "--check" => {
            let Some(path) = args.get(1) else {
                eprintln!("{first} needs a FILE\n{USAGE}");
                return Err(ExitCode::from(2));
            };
            Ok(Some(if first == "--dis" { Mode::Dis(path.clone()) } else { Mode::Check(path.clone()) }))
        }
        "-" => {
            let mut source = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut source);
            Ok(Some(Mode::Run {
                source: Source::File(source, "<stdin>".into()),
                filename: "<stdin>".into(),
                argv: args.to_vec(),
                dir: String::new(),
            }))
        }
        "-W" if args.len() > 1 => {
            if let Ok(mut o) = WARN_OPTIONS.lock() {
                o.push(args[1].clone());
            }
            parse_args(&args[2..])
        }
        opt if opt.starts_with("-W") && opt.len() > 2 => {
            if let Ok(mut o) = WARN_OPTIONS.lock() {
                o.push(opt[2..].to_string());
            }
            parse_args(&args[1..])
        }
        "-I" | "-E" => {
            IGNORE_ENVIRONMENT.store(true, std::sync::atomic::Ordering::Relaxed);
            parse_args(&args[1..])
        }
        // CPython's interpreter options that test.support's script helpers pass
        // (`-X faulthandler`, `-s`, ...): accepted and ignored.
        "-X" if args.len() > 1 => parse_args(&args[2..]),
        "-B" => {
            DONT_WRITE_CODE_CACHE.store(true, std::sync::atomic::Ordering::Relaxed);
            parse_args(&args[1..])
        }
        "-s" | "-S" | "-u" | "-b" | "-bb" | "-O" | "-OO" | "-q" | "-d" | "-v" => parse_args(&args[1..]),
        opt if opt.starts_with("-X") => parse_args(&args[1..]),
        opt if opt.starts_with('-') => {
            eprintln!("Unknown option: {opt}\n{USAGE}");
            Err(ExitCode::from(2))
        }
        path => {
            let source = Source::File(read_file(path)?, path.to_string());
            // As CPython: `__file__` is the path made absolute (not normalized), and the
            // script's real folder (links resolved) comes first on the path.
            let absolute = match std::env::current_dir() {
                Ok(cwd) if !std::path::Path::new(path).is_absolute() => cwd.join(path),
                _ => std::path::PathBuf::from(path),
            };
            let real = std::fs::canonicalize(&absolute).unwrap_or_else(|_| absolute.clone());
            let dir = real.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let filename = absolute.to_string_lossy().into_owned();
            Ok(Some(Mode::Run { source, filename, argv: args.to_vec(), dir }))
        }
    }
}

/// Runs the chosen mode on the interpreter thread; returns the exit status.
fn run(mode: Mode) -> u8 {
    let mut interp = crate::new_interp();
    let write_cache = !DONT_WRITE_CODE_CACHE.load(std::sync::atomic::Ordering::Relaxed);
    interp.code_cache = crate::vm::code_cache::CodeCache::from_environment(write_cache);
    // As CPython: output to a terminal is written line by line, to a pipe or
    // file in blocks (stderr output and `flush()` still push it out first).
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        interp.stdout = Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    }
    match mode {
        Mode::Check(path) => {
            let Ok(bytes) = read_file(&path) else { return 2 };
            match decode(&mut interp, Source::File(bytes, path.clone()), &path)
                .and_then(|s| interp.compile_source(&s, &path))
            {
                Ok(_) => 0,
                Err(e) => report(&mut interp, &e),
            }
        }
        Mode::Dis(path) => {
            let Ok(bytes) = read_file(&path) else { return 2 };
            match decode(&mut interp, Source::File(bytes, path.clone()), &path)
                .and_then(|s| interp.compile_source(&s, &path))
            {
                Ok(code) => {
                    print!("{}", code.disassemble());
                    0
                }
                Err(e) => report(&mut interp, &e),
            }
        }
        Mode::Repl { script, terminal } => {
            match script.map(|s| *s) {
                Some(Mode::Run { source, filename, argv, dir }) => {
                    interp.argv = argv;
                    interp.path = search_path(dir);
                    crate::modules::sys::sync(&mut interp);
                    start_warnings(&mut interp);
                    let result = decode(&mut interp, source, &filename).and_then(|s| interp.run_main(&s, &filename));
                    if let Err(e) = result {
                        if !interp.is_exc(&e, Exc::SystemExit) {
                            interp.report_uncaught(&e);
                        }
                    }
                    interp.flush();
                }
                Some(_) => {
                    eprintln!("-i runs a FILE or -c CODE before the REPL\n{USAGE}");
                    return 2;
                }
                None => {
                    interp.argv = vec![String::new()];
                    interp.path = search_path(".".into());
                    crate::modules::sys::sync(&mut interp);
                }
            }
            crate::repl::run(interp, terminal)
        }
        Mode::Module { name, args } => {
            crate::modules::_signal::install_sigint(&mut interp);
            interp.argv = std::iter::once("-m".to_string()).chain(args).collect();
            // As CPython: the working directory, as an absolute path, comes first.
            let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|_| ".".into());
            interp.path = search_path(cwd);
            crate::modules::sys::sync(&mut interp);
            start_warnings(&mut interp);
            let (text, file, package) = match interp.find_main_module(&name) {
                Ok(found) => found,
                Err(Ok(message)) => {
                    eprintln!("coil: {message}");
                    return 1;
                }
                Err(Err(e)) => return report(&mut interp, &e),
            };
            interp.argv[0] = file.clone();
            crate::modules::sys::sync(&mut interp);
            let result = interp.run_module_as_main(&text, &file, &package);
            interp.flush();
            let status = match result {
                Ok(_) => 0,
                Err(e) => report(&mut interp, &e),
            };
            interp.shutdown();
            status
        }
        Mode::Run { source, filename, argv, dir } => {
            crate::modules::_signal::install_sigint(&mut interp);
            interp.argv = argv;
            interp.path = search_path(dir);
            crate::modules::sys::sync(&mut interp);
            start_warnings(&mut interp);
            let result = decode(&mut interp, source, &filename).and_then(|s| interp.run_main(&s, &filename));
            interp.flush();
            let status = match result {
                Ok(_) => 0,
                Err(e) => report(&mut interp, &e),
            };
            interp.shutdown();
            status
        }
    }
}

/// The text of a program: a file's bytes decoded as CPython decodes a script.
fn decode(interp: &mut Interp, source: Source, filename: &str) -> Result<String, Value> {
    match source {
        Source::Text(text) => Ok(text),
        Source::File(bytes, given) => {
            interp.decode_source(&bytes, crate::syntax::source::Origin::File, filename, &given)
        }
    }
}

/// Prints an uncaught exception (or handles SystemExit) and gives the exit status.
fn report(interp: &mut Interp, exc: &Value) -> u8 {
    if interp.is_exc(exc, Exc::SystemExit) {
        return crate::repl::system_exit_status(interp, exc);
    }
    interp.report_uncaught(exc);
    1
}
