//! Rendering exceptions the way CPython 3.11's default excepthook does: chained sections,
//! `Traceback (most recent call last):` with source lines and PEP 657 carets, collapsed
//! recursion, notes, `SyntaxError` carets and exception groups' boxed layout.

use std::rc::Rc;

use crate::builtins::exceptions::{group_parts, is_group};
use crate::objects::exception::TbEntry;
use crate::objects::{ExcKind, Value};
use crate::vm::Interp;

/// The full text CPython prints for an uncaught `exc`.
pub fn format_exception(interp: &mut Interp, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = vec![];
    chain(interp, exc, &mut out, &mut seen, 0);
    out
}

/// `exc` after what led to it: its cause, or else its context unless suppressed, each with
/// its own chain and the sentence linking it to what follows. At the top level (`depth` 0)
/// as CPython prints it; inside the box of a group (`depth` > 0) as the box's content
/// before the caller indents it: plain lines behind `| `, groups laid out at `depth`.
/// The chain is walked in a loop, not by recursion: a `raise ... from` chain thousands
/// long prints without exhausting the stack.
fn chain(interp: &mut Interp, exc: &Value, out: &mut String, seen: &mut Vec<usize>, depth: usize) {
    // Newest first: each exception and the sentence printed before it.
    let mut links: Vec<(Value, Option<&'static str>)> = Vec::new();
    let mut current = exc.clone();
    loop {
        seen.push(current.id() as usize);
        let (cause, context, suppress) = match current.exc() {
            Some(d) => {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            }
            None => (None, None, false),
        };
        let before = match (cause, context) {
            (Some(c), _) => Some((
                c,
                "The above exception was the direct cause of the following exception:",
            )),
            (None, Some(c)) if !suppress => Some((
                c,
                "During handling of the above exception, another exception occurred:",
            )),
            _ => None,
        };
        match before {
            Some((c, sentence)) if !seen.contains(&(c.id() as usize)) => {
                links.push((current, Some(sentence)));
                current = c;
            }
            _ => {
                links.push((current, None));
                break;
            }
        }
    }
    for (exc, sentence) in links.into_iter().rev() {
        if let Some(sentence) = sentence {
            push_lines(out, depth, &format!("\n{sentence}\n\n"));
        }
        if is_group(&exc) {
            format_group(interp, &exc, out, seen, "", depth);
        } else {
            let mut s = String::new();
            format_single(interp, &exc, &mut s);
            push_lines(out, depth, &s);
        }
    }
}

/// `text` as it is at the top level, each line behind `| ` inside a group's box.
fn push_lines(out: &mut String, depth: usize, text: &str) {
    if depth == 0 {
        out.push_str(text);
        return;
    }
    for line in text.split_inclusive('\n') {
        out.push_str("| ");
        out.push_str(line);
    }
}

/// Traceback lines plus the `Type: message` line of one exception.
fn format_single(interp: &mut Interp, exc: &Value, out: &mut String) {
    let tb: Vec<TbEntry> = exc
        .exc()
        .map(|d| d.borrow().traceback.clone())
        .unwrap_or_default();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_tb(&tb, out);
    }
    out.push_str(&exception_only(interp, exc));
}

/// The frames, outermost first, with repeated lines collapsed like CPython.
fn format_tb(tb: &[TbEntry], out: &mut String) {
    let mut last: Option<(Rc<str>, usize, Rc<str>)> = None;
    let mut count = 0usize;
    for e in tb.iter().rev() {
        let line = e.code.line_of(e.pc as usize);
        let key = (e.code.source.filename.clone(), line, e.code.name.clone());
        if last.as_ref() == Some(&key) {
            count += 1;
        } else {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ));
            }
            last = Some(key);
            count = 1;
        }
        if count > 3 {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.code.source.filename, line, e.code.name
        ));
        frame_source(e, line, out);
    }
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The stripped source line and, when it helps, PEP 657 carets.
fn frame_source(e: &TbEntry, line: usize, out: &mut String) {
    let src = &crate::vm::import::full_source(&e.code.source);
    let text = src.line_text(line);
    let stripped = text.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let Some(range) = e.code.range_of(e.pc as usize) else {
        return;
    };
    let line_start = src.line_start(line);
    let start_b = usize::from(range.start()).saturating_sub(line_start);
    let end_b = usize::from(range.end()).saturating_sub(line_start);
    let lead = text.len() - text.trim_start().len();
    let char_off = |b: usize| {
        text.get(..b.min(text.len()))
            .map(|s| s.chars().count())
            .unwrap_or(0)
    };
    let start = char_off(start_b);
    let single_line = src.line_of(range.end().into()) == line;
    let end = if single_line {
        char_off(end_b)
    } else {
        char_off(lead + stripped.len())
    };
    let lead_chars = char_off(lead);
    let anchors = if single_line {
        e.code.anchors_of(e.pc as usize)
    } else {
        None
    };
    let anchors = anchors.map(|(l, r)| {
        (
            char_off(l as usize - line_start) - start,
            char_off(r as usize - line_start) - start,
        )
    });
    let stripped_len = stripped.chars().count();
    let show =
        end.saturating_sub(start) < stripped_len || anchors.map(|(l, r)| r > l).unwrap_or(false);
    if !show || end <= start || start < lead_chars {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start - lead_chars));
    match anchors {
        Some((l, r)) if r > l && r <= end - start => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(end - start - r));
        }
        _ => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
}

/// The class name as tracebacks print it (`module.Name` outside `__main__`/`builtins`).
fn type_label(exc: &Value) -> String {
    let t = exc.type_of();
    match t.module_name() {
        Some(m) if m != "__main__" && m != "builtins" => format!("{}.{}", m, t.qualname.borrow()),
        _ => t.qualname.borrow().to_string(),
    }
}

/// `Type: message` (plus notes), or the SyntaxError block.
pub fn exception_only(interp: &mut Interp, exc: &Value) -> String {
    let label = type_label(exc);
    if interp.is_exc_kind(exc, ExcKind::SyntaxError) {
        if let Some(s) = syntax_error_block(exc, &label) {
            return s;
        }
    }
    let msg = match interp.str_of(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut s = if msg.is_empty() {
        format!("{label}\n")
    } else {
        format!("{label}: {msg}\n")
    };
    if let Some(d) = exc.exc() {
        let notes = d.borrow().notes.clone();
        for n in notes {
            match n {
                Value::Str(t) => {
                    s.push_str(t.as_str());
                    s.push('\n');
                }
                other => {
                    let r = interp.repr_of(&other).unwrap_or_default();
                    s.push_str(&r);
                    s.push('\n');
                }
            }
        }
    }
    s
}

fn syntax_error_block(exc: &Value, label: &str) -> Option<String> {
    let get = |n: &str| -> Value {
        match exc {
            Value::Instance(i) => i.dict.borrow().get_str(n).cloned().unwrap_or(Value::None),
            _ => Value::None,
        }
    };
    let filename = get("filename");
    let lineno = get("lineno");
    let text = get("text");
    let offset = get("offset");
    let end_offset = get("end_offset");
    let msg = get("msg");
    let msg = match &msg {
        Value::Str(s) => s.as_str().to_string(),
        _ => exc
            .exc()
            .and_then(|d| {
                d.borrow()
                    .args
                    .first()
                    .and_then(|a| a.as_str().map(String::from))
            })
            .unwrap_or_default(),
    };
    let mut s = String::new();
    if let Value::Int(l) = lineno {
        let f = filename.as_str().unwrap_or("<string>").to_string();
        s.push_str(&format!("  File \"{f}\", line {l}\n"));
    }
    if let Value::Str(t) = &text {
        let rtext = t.as_str().trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        s.push_str(&format!("    {ltext}\n"));
        if let Value::Int(off) = offset {
            let mut end = match end_offset {
                Value::Int(e) if e != 0 => e,
                _ => off,
            };
            if off == end || end == -1 {
                end = off + 1;
            }
            let colno = off - 1 - spaces as i64;
            let end_colno = end - 1 - spaces as i64;
            if colno >= 0 {
                let caretspace: String = ltext
                    .chars()
                    .take(colno as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                let n = (end_colno - colno).max(1) as usize;
                s.push_str(&format!("    {}{}\n", caretspace, "^".repeat(n)));
            }
        }
    }
    let msg = if msg.is_empty() {
        "<no detail available>".to_string()
    } else {
        msg
    };
    s.push_str(&format!("{label}: {msg}\n"));
    Some(s)
}

const BOX_WIDTH: usize = 36;

/// CPython 3.11's exception group layout.
fn format_group(
    interp: &mut Interp,
    exc: &Value,
    out: &mut String,
    seen: &mut [usize],
    margin: &str,
    depth: usize,
) {
    let tb: Vec<TbEntry> = exc
        .exc()
        .map(|d| d.borrow().traceback.clone())
        .unwrap_or_default();
    let mut body = String::new();
    if !tb.is_empty() {
        body.push_str("Exception Group Traceback (most recent call last):\n");
        format_tb(&tb, &mut body);
    }
    body.push_str(&exception_only(interp, exc));
    // First line gets "+ " (top level "  + "), the rest "| ".
    let mut first = true;
    for line in body.split_inclusive('\n') {
        if first {
            out.push_str(margin);
            out.push_str(if depth > 0 {
                "| "
            } else if tb.is_empty() {
                "  | "
            } else {
                "  + "
            });
            first = false;
        } else {
            out.push_str(margin);
            out.push_str(if depth == 0 { "  | " } else { "| " });
        }
        out.push_str(line);
    }
    let (_, excs) = group_parts(exc);
    let n = excs.len();
    let inner_margin = if depth == 0 {
        format!("{margin}    ")
    } else {
        format!("{margin}  ")
    };
    let bar_margin = if depth == 0 {
        format!("{margin}  ")
    } else {
        margin.to_string()
    };
    for (i, e) in excs.iter().enumerate() {
        let label = format!(" {} ", i + 1);
        let dashes = 16;
        let head = format!("{}{}{}", "-".repeat(dashes), label, "-".repeat(dashes));
        if i == 0 {
            out.push_str(&format!("{bar_margin}+-+{head}\n"));
        } else {
            out.push_str(&format!("{inner_margin}+{head}\n"));
        }
        if depth >= 15 {
            out.push_str(&format!("{inner_margin}| ... (max_group_depth is 15)\n"));
            continue;
        }
        let mut sub = String::new();
        let mut sub_seen = seen.to_vec();
        chain(interp, e, &mut sub, &mut sub_seen, depth + 1);
        for line in sub.split_inclusive('\n') {
            out.push_str(&inner_margin);
            out.push_str(line);
        }
        if i + 1 == n && !is_group(e) {
            out.push_str(&format!("{inner_margin}+{}\n", "-".repeat(BOX_WIDTH)));
        }
    }
}
