//! The DOM of one console row, built by hand: the console draws only the rows in view
//! (`console.rs`), creating and dropping rows as it scrolls, so a row is a few plain
//! elements, its buttons answered by one listener on the console. Always text, never HTML.
//!
//! A line longer than `LINE_CUT` bytes shows its start and says how much more there is,
//! with buttons to show more of it and to copy all of it: laying out megabytes of text
//! would freeze the page, and copying the console or downloading the output still gives
//! every character.

use super::rows::ConsoleRow;
use crate::source_lines::frame_ref;
use crate::state::{ConsoleLine, Stream};
use web_sys::{Document, Element};

/// How much of a long line shows at first (bytes).
pub const LINE_CUT: usize = 10_000;
/// How much more each "Show more" shows (bytes).
pub const LINE_MORE: usize = 100_000;

/// What a row looks like beyond its lines: whether its fold is open, how much of each
/// long line shows, whether frame references link to the editor.
pub struct Look<'a> {
    pub open: &'a dyn Fn(usize) -> bool,
    pub shown: &'a dyn Fn(usize) -> usize,
    pub links: bool,
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character.
pub fn cut_at(text: &str, max: usize) -> usize {
    if max >= text.len() {
        return text.len();
    }
    let mut at = max;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Bytes of `line` shown, of the `extra` beyond the first cut a person asked for.
pub fn shown_bytes(line: &ConsoleLine, extra: usize) -> usize {
    cut_at(&line.text, LINE_CUT + extra)
}

fn element(doc: &Document, tag: &str, class: &str) -> Option<Element> {
    let el = doc.create_element(tag).ok()?;
    el.set_class_name(class);
    Some(el)
}

fn span(doc: &Document, class: &str, text: &str) -> Option<Element> {
    let el = element(doc, "span", class)?;
    el.set_text_content(Some(text));
    Some(el)
}

/// Appends `child` to `to`; `None` when there is no child to append.
fn add(to: &Element, child: Option<Element>) -> Option<()> {
    let child = child?;
    let _ = to.append_child(&child);
    Some(())
}

fn append_text(doc: &Document, to: &Element, text: &str) {
    if !text.is_empty() {
        let _ = to.append_child(&doc.create_text_node(text));
    }
}

/// The element of `row`, whose lines are `lines` (the whole log's).
pub fn row(
    doc: &Document,
    row: &ConsoleRow,
    lines: &[ConsoleLine],
    look: &Look,
) -> Option<Element> {
    match row {
        ConsoleRow::Line { line, continued } => {
            line_element(doc, lines.get(*line)?, *continued, look)
        }
        ConsoleRow::Folded {
            lines: range,
            frames,
            inside,
        } => {
            let open = (look.open)(range.start);
            let fold = element(doc, "div", "fold")?;
            let _ = fold.set_attribute("data-testid", "console-fold");
            let _ = fold.set_attribute("data-fold", &range.start.to_string());
            let head = element(doc, "div", "fold-row")?;
            add(&head, span(doc, "when", ""))?;
            add(&head, span(doc, "who", ""))?;
            let toggle = element(doc, "button", "fold-toggle")?;
            let _ = toggle.set_attribute("data-testid", "console-fold-toggle");
            let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
            let _ = toggle.set_attribute(
                "title",
                if open {
                    "Hide these frames"
                } else {
                    "Show these frames"
                },
            );
            let noun = if *frames == 1 { "frame" } else { "frames" };
            toggle.set_text_content(Some(&format!("… {frames} {noun} inside {inside}")));
            let _ = head.append_child(&toggle);
            let _ = fold.append_child(&head);
            let body = element(doc, "div", "fold-lines")?;
            if !open {
                let _ = body.set_attribute("hidden", "");
            }
            for line in lines.get(range.clone())? {
                add(&body, line_element(doc, line, true, look))?;
            }
            let _ = fold.append_child(&body);
            Some(fold)
        }
    }
}

/// A line with its time and task (left out on a traceback's later lines).
fn line_element(
    doc: &Document,
    line: &ConsoleLine,
    continued: bool,
    look: &Look,
) -> Option<Element> {
    let class = match (line.stream, continued) {
        (Stream::Stdout, _) => "line stdout",
        (Stream::Stderr, false) => "line stderr",
        (Stream::Stderr, true) => "line stderr continued",
    };
    let el = element(doc, "div", class)?;
    let _ = el.set_attribute("data-line", &line.id.to_string());
    let (when, who) = if continued {
        (String::new(), "")
    } else {
        (
            line.when.map(|t| format!("{t:.3}")).unwrap_or_default(),
            line.task.as_deref().unwrap_or_default(),
        )
    };
    add(&el, span(doc, "when", &when))?;
    let who_el = span(doc, "who", who)?;
    let _ = who_el.set_attribute("title", who);
    let _ = el.append_child(&who_el);
    let text = element(doc, "span", "text")?;
    let shown = shown_bytes(line, (look.shown)(line.id));
    let part = &line.text[..shown];
    // A stderr line naming a program line gets that reference as a button.
    let found = (look.links && line.stream == Stream::Stderr)
        .then(|| frame_ref(part))
        .flatten();
    match found {
        Some(frame) => {
            append_text(doc, &text, &part[..frame.start]);
            let link = element(doc, "button", "source-link")?;
            let _ = link.set_attribute("data-testid", "source-link");
            let _ = link.set_attribute("data-target", &frame.line.to_string());
            let _ = link.set_attribute("title", &format!("Show line {} in the editor", frame.line));
            link.set_text_content(Some(&part[frame.start..frame.end]));
            let _ = text.append_child(&link);
            append_text(doc, &text, &part[frame.end..]);
        }
        None => append_text(doc, &text, part),
    }
    if shown < line.text.len() {
        add(&text, cut_note(doc, line.text.len() - shown))?;
    }
    let _ = el.append_child(&text);
    Some(el)
}

/// What follows the shown part of a long line: how much more there is, and buttons.
fn cut_note(doc: &Document, rest: usize) -> Option<Element> {
    let note = element(doc, "span", "cut")?;
    let _ = note.set_attribute("data-testid", "line-cut");
    note.set_text_content(Some(&format!("… {} more ", size(rest))));
    let more = element(doc, "button", "mini cut-more")?;
    let _ = more.set_attribute("data-testid", "line-more");
    more.set_text_content(Some("Show more"));
    let copy = element(doc, "button", "mini cut-copy")?;
    let _ = copy.set_attribute("data-testid", "line-copy");
    copy.set_text_content(Some("Copy line"));
    let _ = note.append_child(&more);
    append_text(doc, &note, " ");
    let _ = note.append_child(&copy);
    Some(note)
}

/// A byte count as people read it: "9,990 bytes", "2.4 MB".
pub fn size(bytes: usize) -> String {
    if bytes < 1_000_000 {
        let digits = bytes.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        format!("{out} bytes")
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_fall_on_characters_and_sizes_read_well() {
        assert_eq!(cut_at("héllo", 2), 1, "inside é: back to its start");
        assert_eq!(cut_at("héllo", 3), 3);
        assert_eq!(cut_at("abc", 10), 3);
        assert_eq!(size(999), "999 bytes");
        assert_eq!(size(9_990_000), "10.0 MB");
        assert_eq!(size(12_345), "12,345 bytes");
    }
}
