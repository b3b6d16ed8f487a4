//! Installs the tools the build and the tests need, pinned, idempotently.
//!
//! Tools live outside the clone (`$LOOPSCOPE_TOOLS`, default `~/.local/share/loopscope/tools`)
//! so a fresh clone on a used machine reuses them; a tool already present at the pinned
//! version is never rebuilt. Everything comes from crates.io, npm, PyPI or Debian's packages:
//! nothing downloads prebuilt binaries from elsewhere, which this project's machines forbid.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Trunk 0.22 needs a newer Rust than our 1.95.
pub const TRUNK_VERSION: &str = "0.21.14";
/// npm's binaryen; Debian's 108 silently breaks wasm-bindgen output.
pub const BINARYEN_VERSION: &str = "132.0.0";

/// Where the tools are, and the environment child processes need to find them.
pub struct Tools {
    pub root: PathBuf,
    pub bin: PathBuf,
}

impl Tools {
    /// `PATH` with our tool folder first.
    pub fn path_env(&self) -> OsString {
        let mut paths = vec![self.bin.clone()];
        if let Some(p) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&p));
        }
        std::env::join_paths(paths).unwrap_or_default()
    }

    /// A command with our tools on its `PATH`, run from the workspace root.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("PATH", self.path_env()).current_dir(&self.root);
        cmd
    }
}

/// The workspace root (xtask lives one level below it).
pub fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

/// Where the tools go: `$LOOPSCOPE_TOOLS`, default `~/.local/share/loopscope/tools`.
pub fn prefix() -> PathBuf {
    if let Some(p) = std::env::var_os("LOOPSCOPE_TOOLS") {
        return PathBuf::from(p);
    }
    let home = std::env::var_os("HOME").unwrap_or_else(|| "/root".into());
    PathBuf::from(home).join(".local/share/loopscope/tools")
}

/// What a command needs installed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Building and serving the site: the wasm target, wasm-bindgen, Trunk, wasm-opt and
    /// the npm packages (the editor bundle's esbuild).
    Site,
    /// Everything the tests need besides: Chromium and ChromeDriver, and PostgreSQL.
    Tests,
}

/// Installs whatever `needs` asks for that is missing, and returns where everything is.
pub fn ensure(needs: Needs) -> Result<Tools, String> {
    let root = workspace_root();
    let prefix = prefix();
    let bin = prefix.join("bin");
    std::fs::create_dir_all(&bin).map_err(|e| format!("creating {}: {e}", bin.display()))?;
    let tools = Tools { root, bin };

    step("wasm32 target", ensure_wasm_target)?;
    let wbg = wasm_bindgen_version(&tools.root)?;
    step("wasm-bindgen-cli", || {
        ensure_cargo_tool(&prefix, "wasm-bindgen", "wasm-bindgen-cli", &wbg, false)
    })?;
    step("trunk", || {
        ensure_cargo_tool(&prefix, "trunk", "trunk", TRUNK_VERSION, true)
    })?;
    step("binaryen (wasm-opt)", || ensure_binaryen(&prefix))?;
    step("npm packages", || ensure_npm_packages(&tools.root))?;
    if needs == Needs::Tests {
        step("chromium", ensure_chromium)?;
        step("postgresql", crate::database::ensure_postgresql)?;
    }
    Ok(tools)
}

fn step(name: &str, f: impl FnOnce() -> Result<String, String>) -> Result<(), String> {
    let t0 = Instant::now();
    let what = f().map_err(|e| format!("setting up {name}: {e}"))?;
    eprintln!(
        "[setup] {name}: {what} ({:.1}s)",
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs a command, returning its stdout, or an error naming the command.
pub fn output(cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs a command with its output shown, failing on a non-zero exit.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} exited with {status}"))
    }
}

fn ensure_wasm_target() -> Result<String, String> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]))?;
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok("present".into());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    Ok("installed".into())
}

/// The `wasm-bindgen` version in Cargo.lock: the CLI must equal it exactly.
pub fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("reading Cargo.lock: {e}"))?;
    lock_version(&lock, "wasm-bindgen").ok_or_else(|| "no wasm-bindgen in Cargo.lock".into())
}

/// Finds `version = "..."` of the package named `name` in a Cargo.lock text.
pub fn lock_version(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let v = lines.next()?.trim().strip_prefix("version = \"")?;
            return Some(v.trim_end_matches('"').to_string());
        }
    }
    None
}

fn tool_version(path: &Path) -> Option<String> {
    let out = Command::new(path).arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn ensure_cargo_tool(
    prefix: &Path,
    bin: &str,
    krate: &str,
    version: &str,
    locked: bool,
) -> Result<String, String> {
    let path = prefix.join("bin").join(bin);
    let want = format!("{bin} {version}");
    if tool_version(&path).as_deref() == Some(want.as_str()) {
        return Ok(format!("{version} present"));
    }
    eprintln!("[setup] building {krate} {version} (a few minutes, once per machine)");
    let mut cmd = Command::new("cargo");
    cmd.args(["install", "--quiet", "--force", "--root"])
        .arg(prefix)
        .args([krate, "--version", version])
        // Tools' own release profiles use fat LTO; a thin build is minutes faster.
        .env("CARGO_PROFILE_RELEASE_LTO", "off")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
    if locked {
        cmd.arg("--locked");
    }
    run(&mut cmd)?;
    Ok(format!("{version} installed"))
}

fn ensure_binaryen(prefix: &Path) -> Result<String, String> {
    let link = prefix.join("bin/wasm-opt");
    let major = BINARYEN_VERSION
        .split('.')
        .next()
        .unwrap_or(BINARYEN_VERSION);
    if tool_version(&link).is_some_and(|v| v.contains(&format!("version_{major}"))) {
        return Ok(format!("{BINARYEN_VERSION} present"));
    }
    let node = prefix.join("node");
    std::fs::create_dir_all(&node).map_err(|e| e.to_string())?;
    run(Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(&node)
        .arg(format!("binaryen@{BINARYEN_VERSION}")))?;
    let target = node.join("node_modules/binaryen/bin/wasm-opt");
    let _ = std::fs::remove_file(&link);
    symlink(&target, &link)?;
    Ok(format!("{BINARYEN_VERSION} installed"))
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> Result<(), String> {
    std::os::unix::fs::symlink(target, link).map_err(|e| format!("linking wasm-opt: {e}"))
}

#[cfg(not(unix))]
fn symlink(_: &Path, _: &Path) -> Result<(), String> {
    Err("installing wasm-opt needs a Unix machine".into())
}

fn on_path(bin: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {bin}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn ensure_chromium() -> Result<String, String> {
    if on_path("chromium") && on_path("chromedriver") {
        return Ok("present".into());
    }
    let uid = output(Command::new("id").arg("-u")).unwrap_or_default();
    if uid.trim() != "0" {
        return Err(
            "Chromium is missing. Install Debian's `chromium` and `chromium-driver` \
                    (sudo apt-get install chromium chromium-driver) and run again."
                .into(),
        );
    }
    run(Command::new("apt-get")
        .args(["update", "-qq"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    Ok("installed".into())
}

/// `npm ci` from the committed lock file, skipped when node_modules already matches it.
fn ensure_npm_packages(root: &Path) -> Result<String, String> {
    let lock = root.join("package-lock.json");
    let stamp = root.join("node_modules/.loopscope-lock");
    let want = std::fs::read(&lock).map_err(|e| format!("reading package-lock.json: {e}"))?;
    if std::fs::read(&stamp).is_ok_and(|have| have == want) {
        return Ok("up to date".into());
    }
    run(Command::new("npm")
        .args(["ci", "--silent", "--no-audit", "--no-fund"])
        .current_dir(root))?;
    std::fs::write(&stamp, want).map_err(|e| e.to_string())?;
    Ok("installed".into())
}
