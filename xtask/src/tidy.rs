//! Project-wide consistency checks, run as tests by `cargo test` (and so by CI).

#[cfg(test)]
mod tests {
    use crate::bless::programs;
    use crate::tools::{lock_version, workspace_root};
    use std::path::{Path, PathBuf};

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    /// Every module says what it is for in a `//!` line (STYLE.md §15).
    #[test]
    fn every_module_has_a_doc_comment() {
        let root = workspace_root();
        let mut files = Vec::new();
        rust_files(&root.join("crates"), &mut files);
        rust_files(&root.join("xtask/src"), &mut files);
        let missing: Vec<String> = files
            .iter()
            .filter(|f| !f.components().any(|c| c.as_os_str() == "tests"))
            .filter(|f| f.file_name().is_some_and(|n| n != "tests.rs"))
            .filter(|f| {
                let text = std::fs::read_to_string(f).unwrap_or_default();
                !text.lines().any(|l| l.starts_with("//!"))
            })
            .map(|f| f.strip_prefix(&root).unwrap_or(f).display().to_string())
            .collect();
        assert!(missing.is_empty(), "modules without a //! doc: {missing:?}");
    }

    /// A crate's JavaScript is one `js/glue.js` module, never `inline_js` blocks: each
    /// block is one more file the page fetches in parallel at start (ARCHITECTURE.md,
    /// "Page glue": five of them made wasm-bindgen-test's server hang the app's test).
    #[test]
    fn page_glue_is_one_module_per_crate() {
        let root = workspace_root();
        let mut files = Vec::new();
        rust_files(&root.join("crates"), &mut files);
        let marker = ["inline", "_js"].concat();
        let inline: Vec<String> = files
            .iter()
            .filter(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains(&marker)))
            .map(|f| f.strip_prefix(&root).unwrap_or(f).display().to_string())
            .collect();
        assert!(inline.is_empty(), "{marker} in {inline:?}: use js/glue.js");
    }

    /// Trunk must run the wasm-bindgen that equals the crate in Cargo.lock.
    #[test]
    fn trunk_pins_the_locked_wasm_bindgen() {
        let root = workspace_root();
        let lock = std::fs::read_to_string(root.join("Cargo.lock")).expect("Cargo.lock");
        let trunk = std::fs::read_to_string(root.join("Trunk.toml")).expect("Trunk.toml");
        let locked = lock_version(&lock, "wasm-bindgen").expect("wasm-bindgen in Cargo.lock");
        let pinned = trunk
            .lines()
            .find_map(|l| l.trim().strip_prefix("wasm_bindgen = \""))
            .map(|v| v.trim_end_matches('"'))
            .expect("[tools] wasm_bindgen in Trunk.toml");
        assert_eq!(
            pinned, locked,
            "Trunk.toml's wasm_bindgen must equal Cargo.lock's"
        );
    }

    /// A gallery program using our HTTP modules on the network cannot be blessed from
    /// CPython (which lacks our simulated network): it must carry the marker that makes
    /// bless keep its `.exp`. One whose httpx only talks to ASGI apps in the program
    /// (`ASGITransport`, `MockTransport`, `TestClient`) or to its own server (`uvicorn`)
    /// runs under CPython's real packages, and so does one that imports `loopscope` only
    /// inside a `try:` (its `except ImportError` lets CPython run it, as the database
    /// examples that set `database_latency` do).
    #[test]
    fn network_programs_keep_their_own_expectations() {
        let root = workspace_root();
        let unmarked: Vec<String> = programs(&[root.join("examples"), root.join("tests/network")])
            .into_iter()
            .filter(|p| {
                let text = std::fs::read_to_string(p).unwrap_or_default();
                let mut previous = "";
                let uses_network = text.lines().any(|l| {
                    let l = l.trim_start();
                    let guarded = previous == "try:";
                    if !l.is_empty() {
                        previous = l.trim_end();
                    }
                    ["aiohttp", "httpx", "requests", "loopscope"]
                        .iter()
                        .any(|m| {
                            let imports = l.starts_with(&format!("import {m}"))
                                || l.starts_with(&format!("from {m}"));
                            imports && !(guarded && *m == "loopscope")
                        })
                });
                let in_process = [
                    "ASGITransport",
                    "MockTransport",
                    "TestClient",
                    "uvicorn.Server",
                ]
                .iter()
                .any(|t| text.contains(t));
                uses_network && !in_process && !crate::bless::expectations_are_ours(p)
            })
            .map(|p| p.display().to_string())
            .collect();
        assert!(
            unmarked.is_empty(),
            "start these with {:?}: {unmarked:?}",
            crate::bless::OURS_MARKER
        );
    }

    /// Every corpus program has CPython's expected output beside it.
    #[test]
    fn every_program_has_an_expectation() {
        let root = workspace_root();
        let dirs: Vec<PathBuf> = crate::bless::DEFAULT_DIRS
            .iter()
            .map(|d| root.join(d))
            .collect();
        let missing: Vec<String> = programs(&dirs)
            .into_iter()
            .filter(|p| !p.with_extension("exp").exists())
            .map(|p| p.display().to_string())
            .collect();
        assert!(
            missing.is_empty(),
            "run `cargo xtask bless` for: {missing:?}"
        );
    }

    /// One gallery entry of `examples/gallery.json`, as the checks below read it.
    struct Entry {
        id: String,
        file: String,
        status: String,
        reason: String,
        lesson: String,
        pair: Option<(String, String)>,
    }

    fn gallery_entries(root: &Path) -> Vec<Entry> {
        let text = std::fs::read_to_string(root.join("examples/gallery.json"))
            .expect("examples/gallery.json");
        let manifest: serde_json::Value =
            serde_json::from_str(&text).expect("examples/gallery.json is valid JSON");
        let field = |v: &serde_json::Value, k: &str| v[k].as_str().unwrap_or("").to_string();
        let mut out = Vec::new();
        for doc in manifest["documents"].as_array().expect("documents") {
            for section in doc["sections"].as_array().expect("sections") {
                for e in section["examples"].as_array().expect("examples") {
                    out.push(Entry {
                        id: field(e, "id"),
                        file: field(e, "file"),
                        status: field(e, "status"),
                        reason: field(e, "reason"),
                        lesson: field(e, "lesson"),
                        pair: e
                            .get("pair")
                            .map(|p| (field(p, "sequential"), field(p, "concurrent"))),
                    });
                }
            }
        }
        out
    }

    /// The gallery's manifest and `examples/` agree: ids are unique, a runnable entry has
    /// its program and CPython's output, a coming one says why and has no program yet,
    /// every program is listed, and authored pairs name each other (a sequential half
    /// may stand against several concurrent ones, as the served-endpoint trio's blocking
    /// endpoint does: each concurrent half names it, and it names one of them).
    #[test]
    fn gallery_manifest_matches_the_examples() {
        let root = workspace_root();
        let entries = gallery_entries(&root);
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for e in &entries {
            if e.id.is_empty() || !seen.insert(e.id.clone()) {
                problems.push(format!("id {:?} is empty or not unique", e.id));
            }
            if e.lesson.is_empty() || e.lesson.contains('\n') {
                problems.push(format!("{}: the lesson must be one line", e.id));
            }
            let py = root.join("examples").join(&e.file);
            match e.status.as_str() {
                "runs" => {
                    if !py.exists() {
                        problems.push(format!("{}: examples/{} is missing", e.id, e.file));
                    } else if !py.with_extension("exp").exists() {
                        problems.push(format!("{}: run `cargo xtask bless {}`", e.id, e.file));
                    }
                }
                "coming" => {
                    if e.reason.is_empty() {
                        problems.push(format!("{}: a coming example says why", e.id));
                    }
                    if py.exists() {
                        problems.push(format!(
                            "{}: examples/{} exists: mark it runs",
                            e.id, e.file
                        ));
                    }
                }
                other => problems.push(format!("{}: status {other:?}, not runs|coming", e.id)),
            }
            if let Some((seq, conc)) = &e.pair {
                if seq != &e.id && conc != &e.id {
                    problems.push(format!("{}: its pair does not include it", e.id));
                }
                let partner = if seq == &e.id { conc } else { seq };
                let shared_sequential =
                    |o: &Entry| conc == &e.id && o.pair.as_ref().is_some_and(|(s, _)| s == partner);
                match entries.iter().find(|o| &o.id == partner) {
                    Some(o) if o.pair == e.pair || shared_sequential(o) => {}
                    _ => problems.push(format!("{}: partner {partner} lacks the same pair", e.id)),
                }
            }
        }
        let listed: Vec<PathBuf> = entries
            .iter()
            .map(|e| root.join("examples").join(&e.file))
            .collect();
        for program in programs(&[root.join("examples")]) {
            if !listed.contains(&program) {
                problems.push(format!(
                    "{} is not in examples/gallery.json",
                    program.display()
                ));
            }
        }
        assert!(problems.is_empty(), "gallery:\n{}", problems.join("\n"));
    }
}
