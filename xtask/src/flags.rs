//! Command-line parsing for `cargo xtask`, by hand: the set is small and stable.

pub const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N]     install missing tools, build the playground, serve it (default port 8080)
  test [--only SUITE]  install missing tools, run every test suite (what CI runs)
                       suites: fmt, clippy, native, wasm, e2e
  bless [PATH...]      regenerate .exp/.err files from CPython (python3) for the corpus
  bench [--only SUITE] [--reps N] [--filter TEXT]
                       run the benchmarks and check bench/budgets.toml; suites: native
                       (against python3), browser (against Pyodide); default 3 reps each;
                       --filter: only the native programs whose names contain TEXT
  pkg                  build the embedding as a package in pkg/, from the site's build
  db [CMD...]          start a throwaway PostgreSQL and run CMD with LOOPSCOPE_TEST_DATABASE
                       and friends set (default: cargo test -p loopscope-cli --test database)
  setup                only install the tools";

/// One parsed invocation.
pub enum Command {
    Help,
    Serve {
        port: u16,
    },
    Test {
        only: Option<String>,
    },
    Bless {
        paths: Vec<String>,
    },
    Bench {
        only: Option<String>,
        reps: Option<usize>,
        filter: Option<String>,
    },
    /// Internal: runs one program for the benchmarks and records its time and peak memory.
    Measure {
        out: String,
        argv: Vec<String>,
    },
    Pkg,
    /// Runs a command against a throwaway PostgreSQL (`database.rs`).
    Db {
        argv: Vec<String>,
    },
    Setup,
}

/// Parses the arguments after `cargo xtask`.
pub fn parse(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let Some(cmd) = args.next() else {
        return Ok(Command::Help);
    };
    let rest: Vec<String> = args.collect();
    match cmd.as_str() {
        "help" | "--help" | "-h" => Ok(Command::Help),
        "serve" => {
            let port = match value_of(&rest, "--port")? {
                Some(p) => p.parse().map_err(|_| format!("bad port: {p}"))?,
                None => 8080,
            };
            Ok(Command::Serve { port })
        }
        "test" => Ok(Command::Test {
            only: value_of(&rest, "--only")?,
        }),
        "bless" => Ok(Command::Bless { paths: rest }),
        "bench" => {
            let reps = match value_of(&rest, "--reps")? {
                Some(n) => Some(
                    n.parse()
                        .ok()
                        .filter(|&n: &usize| n > 0)
                        .ok_or_else(|| format!("bad --reps: {n}"))?,
                ),
                None => None,
            };
            Ok(Command::Bench {
                only: value_of(&rest, "--only")?,
                reps,
                filter: value_of(&rest, "--filter")?,
            })
        }
        "__measure" => match rest.split_first() {
            Some((out, argv)) if !argv.is_empty() => Ok(Command::Measure {
                out: out.clone(),
                argv: argv.to_vec(),
            }),
            _ => Err("__measure needs an output file and a command".into()),
        },
        "pkg" => Ok(Command::Pkg),
        "db" => Ok(Command::Db { argv: rest }),
        "setup" => Ok(Command::Setup),
        other => Err(format!("unknown command: {other}")),
    }
}

fn value_of(args: &[String], flag: &str) -> Result<Option<String>, String> {
    match args.iter().position(|a| a == flag) {
        None => Ok(None),
        Some(i) => args
            .get(i + 1)
            .cloned()
            .map(Some)
            .ok_or_else(|| format!("{flag} needs a value")),
    }
}
