//! `cargo xtask`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! `serve` builds the playground and serves it; `test` runs every suite (it is what CI runs);
//! `bless` regenerates expected outputs from CPython; `bench` compares us with CPython and
//! Pyodide and checks the budgets;
//! `pkg` builds the embedding package; `db` runs a command against a throwaway PostgreSQL.
//! Each command first installs whatever tools it needs (see `tools.rs`).

mod bench;
mod bless;
mod database;
mod flags;
mod fresh;
mod pkg;
mod serve;
mod test;
mod tidy;
mod tools;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cmd = match flags::parse(std::env::args().skip(1)) {
        Ok(cmd) => cmd,
        Err(msg) => {
            eprintln!("{msg}\n\n{}", flags::USAGE);
            return ExitCode::from(2);
        }
    };
    let result = match cmd {
        flags::Command::Help => {
            println!("{}", flags::USAGE);
            Ok(())
        }
        flags::Command::Serve { port } => serve::run(port),
        flags::Command::Test { only } => test::run(only.as_deref()),
        flags::Command::Bless { paths } => bless::run(&paths),
        flags::Command::Bench { only, reps, filter } => {
            bench::run(only.as_deref(), reps, filter.as_deref())
        }
        flags::Command::Measure { out, argv } => bench::measure::child(&out, &argv),
        flags::Command::Pkg => pkg::run(),
        flags::Command::Db { argv } => database::run_with_cluster(&argv),
        flags::Command::Setup => tools::ensure(tools::Needs::Tests).map(|_| ()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
