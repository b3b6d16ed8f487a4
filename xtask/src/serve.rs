//! `cargo xtask serve`: build the playground with Trunk and serve it on 127.0.0.1.

use crate::tools::{self, Tools};

/// Fetches crates (Trunk runs cargo offline) and builds the release site into `dist/`.
pub fn build_site(tools: &Tools) -> Result<(), String> {
    tools::run(tools.command("cargo").args(["fetch", "--quiet"]))?;
    tools::run(tools.command("trunk").args(["build", "--release"]))
}

pub fn run(port: u16) -> Result<(), String> {
    let tools = tools::ensure_all()?;
    tools::run(tools.command("cargo").args(["fetch", "--quiet"]))?;
    println!("Loopscope playground: http://127.0.0.1:{port}/  (Ctrl+C stops)");
    tools::run(tools.command("trunk").args([
        "serve",
        "--release",
        "--address",
        "127.0.0.1",
        "--port",
        &port.to_string(),
    ]))
}
