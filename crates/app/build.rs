//! Turns the gallery's manifest (`examples/gallery.json`) into a Rust table in `OUT_DIR`:
//! one `Example` per entry, its program embedded with `include_str!` (CPython's output is
//! not: only tests read it, from `examples/`).
//! `src/gallery.rs` includes the result and defines the types it uses.

use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), String> {
    let crate_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let examples = crate_dir.join("../../examples");
    let manifest = examples.join("gallery.json");
    // A directory here makes cargo rerun us when any file under it changes (a new .err too).
    println!("cargo:rerun-if-changed={}", examples.display());
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("reading {}: {e}", manifest.display()))?;
    let json: Value = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not valid JSON: {e}", manifest.display()))?;
    let code = generate(&json, &examples)?;
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    std::fs::write(out.join("gallery_table.rs"), code).map_err(|e| e.to_string())
}

fn text<'a>(v: &'a Value, key: &str, what: &str) -> Result<&'a str, String> {
    v[key]
        .as_str()
        .ok_or_else(|| format!("gallery.json: {what} has no \"{key}\" string"))
}

fn list<'a>(v: &'a Value, key: &str, what: &str) -> Result<&'a Vec<Value>, String> {
    v[key]
        .as_array()
        .ok_or_else(|| format!("gallery.json: {what} has no \"{key}\" list"))
}

/// `Some(include_str!(path))` when the file exists, else `None`.
fn embedded(path: &Path) -> String {
    if path.exists() {
        format!("Some(include_str!({:?}))", path.display().to_string())
    } else {
        "None".to_string()
    }
}

fn generate(json: &Value, examples: &Path) -> Result<String, String> {
    let mut docs = String::from("pub static DOCUMENTS: &[Document] = &[\n");
    let mut table = String::from("pub static EXAMPLES: &[Example] = &[\n");
    for doc in list(json, "documents", "the manifest")? {
        let doc_id = text(doc, "id", "a document")?;
        let _ = writeln!(
            docs,
            "    Document {{ id: {doc_id:?}, title: {:?} }},",
            text(doc, "title", doc_id)?
        );
        for section in list(doc, "sections", doc_id)? {
            let section_title = text(section, "title", doc_id)?;
            for e in list(section, "examples", section_title)? {
                let id = text(e, "id", section_title)?;
                let file = text(e, "file", id)?;
                let status = match text(e, "status", id)? {
                    "runs" => "Status::Runs",
                    "coming" => "Status::Coming",
                    other => return Err(format!("gallery.json: {id} has status {other:?}")),
                };
                let reason = match e["reason"].as_str() {
                    Some(r) => format!("Some({r:?})"),
                    None => "None".into(),
                };
                let pair = match e.get("pair") {
                    Some(p) => format!(
                        "Some(Pair {{ sequential: {:?}, concurrent: {:?} }})",
                        text(p, "sequential", id)?,
                        text(p, "concurrent", id)?
                    ),
                    None => "None".into(),
                };
                let notebook = match e["mode"].as_str() {
                    None | Some("script") => false,
                    Some("notebook") => true,
                    Some(other) => return Err(format!("gallery.json: {id} has mode {other:?}")),
                };
                let py = examples.join(file);
                // CPython's output (`.exp`, and `.err` when it exited with an error) is
                // not embedded: only `tests/e2e/gallery.test.mjs` and the conformance
                // test read it, from the files.
                let source = if status == "Status::Runs" {
                    for needed in [py.clone(), py.with_extension("exp")] {
                        if !needed.exists() {
                            return Err(format!(
                                "gallery.json: {id} runs but {} is missing",
                                needed.display()
                            ));
                        }
                    }
                    embedded(&py)
                } else {
                    "None".into()
                };
                let _ = writeln!(
                    table,
                    "    Example {{ id: {id:?}, document: {doc_id:?}, section: {section_title:?}, \
                     title: {:?}, lesson: {:?}, file: {file:?}, status: {status}, reason: {reason}, \
                     pair: {pair}, notebook: {notebook}, source: {source} }},",
                    text(e, "title", id)?,
                    text(e, "lesson", id)?,
                );
            }
        }
    }
    docs.push_str("];\n");
    table.push_str("];\n");
    Ok(format!(
        "// @generated by crates/app/build.rs from examples/gallery.json\n{docs}\n{table}"
    ))
}
