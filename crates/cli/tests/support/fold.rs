//! Folding what cannot match between CPython's output and ours: frames and locations
//! inside the standard library. Shared by the native conformance test (`conformance.rs`)
//! and the same corpus run in the browser (`crates/web/tests/corpus.rs`), which include
//! this file with `#[path]`.

/// What a folded run of standard-library frames, or a folded location inside the standard
/// library, reads as after [`fold_stdlib_frames`].
pub const STDLIB_PLACEHOLDER: &str = "<standard library>";

/// Folds what cannot match between CPython and us, because our standard library (asyncio
/// above all) is Python of our own in other files with other lines: CPython's
/// `…/lib/python3.11/…` files and our frozen modules (`<frozen asyncio.tasks>`).
///
/// - A traceback frame in such a file (`  File "…/lib/python3.11/asyncio/events.py",
///   line 80, in _run`, or `  File "<frozen asyncio.events>", line 418, in run_forever`),
///   with the source and caret lines indented under it, is folded with the frames of the
///   same kind right after it into one line, `  File "<standard library>"`; the program's
///   own frames on either side stay as they are.
/// - A location in such a file anywhere else on a line (`created at …/asyncio/tasks.py:384`,
///   `running at <frozen asyncio.tasks>:286`) reads `<standard library>`.
///
/// Both the expectation and the output are folded before they are compared, so the rule
/// only ever equates CPython's standard library with ours.
pub fn fold_stdlib_frames(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The indentation of the folded frame run we are in, if any.
    let mut run: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        if let Some(file) = body.strip_prefix("File \"") {
            if is_stdlib_file(file) {
                if run != Some(indent) {
                    out.push_str(&" ".repeat(indent));
                    out.push_str("File \"");
                    out.push_str(STDLIB_PLACEHOLDER);
                    out.push_str("\"\n");
                    run = Some(indent);
                }
                continue;
            }
        } else if let Some(level) = run {
            // A folded frame's source line and carets.
            if indent > level && !body.trim().is_empty() {
                continue;
            }
        }
        run = None;
        out.push_str(&fold_stdlib_locations(line));
    }
    out
}

/// Whether a frame's file (what follows `File "`) is CPython's standard library or one of
/// our frozen modules.
fn is_stdlib_file(file: &str) -> bool {
    let name = file.split('"').next().unwrap_or("");
    name.starts_with("<frozen ") || (name.contains("/lib/python3.11/") && name.ends_with(".py"))
}

/// `…/lib/python3.11/…/NAME.py:LINE` and `<frozen NAME>:LINE` on a line read
/// [`STDLIB_PLACEHOLDER`].
fn fold_stdlib_locations(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    loop {
        let cpython = rest.find("/lib/python3.11/").map(|at| {
            // Back to the start of the path: after the last space, quote or bracket.
            let start = rest[..at]
                .rfind([' ', '"', '\'', '(', '[', '<', '='])
                .map_or(0, |i| i + 1);
            let end = rest[at..].find(".py").map(|i| at + i + 3);
            (start, end)
        });
        let ours = rest.find("<frozen ").map(|start| {
            let end = rest[start..].find('>').map(|i| start + i + 1);
            (start, end)
        });
        let found = match (cpython, ours) {
            (Some((a, Some(ae))), Some((b, Some(be)))) => {
                Some(if a <= b { (a, ae) } else { (b, be) })
            }
            (Some((a, Some(ae))), _) => Some((a, ae)),
            (_, Some((b, Some(be)))) => Some((b, be)),
            _ => None,
        };
        let Some((start, mut end)) = found else {
            out.push_str(rest);
            return out;
        };
        // The `:LINE` after the file, if any.
        let tail = &rest[end..];
        if let Some(digits) = tail.strip_prefix(':') {
            let n = digits.len()
                - digits
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            if n > 0 {
                end += 1 + n;
            }
        }
        out.push_str(&rest[..start]);
        out.push_str(STDLIB_PLACEHOLDER);
        rest = &rest[end..];
    }
}
