//! `cargo xtask serve`: build the playground and serve it on 127.0.0.1.
//!
//! `trunk watch` builds the site into `dist/` and rebuilds it when a source changes; our
//! static server (`xtask/site-server.mjs`) serves `dist/`, sending the brotli or gzip copy
//! of each file that Trunk's post_build hook (`www/compress.mjs`) wrote beside it. Trunk's
//! own `serve` cannot send precompressed files, so it is not used.

use crate::tools::{self, Needs, Tools};
use std::time::Duration;

/// What Trunk needs before it runs, on a fresh clone too: the crates fetched (Trunk runs
/// cargo offline) and the folder the editor bundle goes to, which Trunk.toml's
/// `[watch] ignore` names and Trunk refuses to watch while it does not exist.
pub fn prepare(tools: &Tools) -> Result<(), String> {
    tools::run(tools.command("cargo").args(["fetch", "--quiet"]))?;
    let bundle = tools.root.join("www/editor/dist");
    std::fs::create_dir_all(&bundle).map_err(|e| format!("creating {}: {e}", bundle.display()))
}

/// Builds the release site into `dist/` once.
pub fn build_site(tools: &Tools) -> Result<(), String> {
    prepare(tools)?;
    tools::run(tools.command("trunk").args(["build", "--release"]))
}

pub fn run(port: u16) -> Result<(), String> {
    let tools = tools::ensure(Needs::Site)?;
    prepare(&tools)?;
    let mut server = tools
        .command("node")
        .args(["xtask/site-server.mjs", "dist", "--port", &port.to_string()])
        .spawn()
        .map_err(|e| format!("cannot start node: {e}"))?;
    // A taken port ends the server at once: say so now, not after a long build.
    std::thread::sleep(Duration::from_millis(500));
    if let Ok(Some(status)) = server.try_wait() {
        return Err(format!("the server on port {port} stopped ({status})"));
    }
    let built = tools::run(tools.command("trunk").args(["watch", "--release"]));
    let _ = server.kill();
    let _ = server.wait();
    built
}
