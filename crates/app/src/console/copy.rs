//! Copying from the console: the text a selection spans, drawn or not. The console draws
//! only the rows in view, so the browser's own copy would miss the rest; a selection's
//! ends are mapped to lines of the log (`console_selection`) and the text is taken from
//! there. Also the page glue for selecting everything and for saving a file.

use crate::state::ConsoleLog;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/glue.js")]
extern "C" {
    /// Where the selection in `pre` starts and ends among the console's lines, when
    /// copying it needs us: `[line, offset, line, offset]` (see `point` in `js/glue.js`), or null.
    pub fn console_selection(pre: &JsValue) -> JsValue;
    /// Selects everything inside `el`.
    pub fn select_contents(el: &JsValue);
    /// Saves `text` as a file named `name`.
    pub fn download_text(name: &str, text: &str);
}

/// The text between two selection points (`console_selection`): from line `a` at UTF-16
/// offset `ao` to line `b` at `bo` (-1: the line's end; offset 0 at the end point: not
/// that line at all).
pub fn selected_text(log: &ConsoleLog, a: usize, ao: i64, b: usize, bo: i64) -> String {
    let lines = log.lines();
    if lines.is_empty() {
        return String::new();
    }
    let last = lines.len() - 1;
    let (mut b, mut bo) = (b.min(last), if b > last { -1 } else { bo });
    if bo == 0 && b > a {
        b -= 1;
        bo = -1;
    }
    let a = a.min(b);
    let byte = |text: &str, utf16: i64| -> usize {
        if utf16 < 0 {
            return text.len();
        }
        let mut units = 0;
        for (i, c) in text.char_indices() {
            if units >= utf16 as usize {
                return i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let start = byte(&lines[a].text, ao);
    let end = byte(&lines[b].text, bo);
    if a == b {
        return lines[a]
            .text
            .get(start..end.max(start))
            .unwrap_or_default()
            .to_string();
    }
    let mut out = lines[a].text.get(start..).unwrap_or_default().to_string();
    out.push('\n');
    out.push_str(&log.text(a + 1, b));
    if b > a + 1 {
        out.push('\n');
    }
    out.push_str(lines[b].text.get(..end).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::tests::noted;
    use loopscope_python::Stream as S;

    #[test]
    fn a_selection_copies_every_line_it_spans() {
        let mut log = ConsoleLog::new();
        let chunks = vec![(S::Stdout, "héllo\nworld\nthird\nlast\n".to_string())];
        log.update(&chunks, Some(&noted(&[(0.0, None)])));
        assert_eq!(
            selected_text(&log, 0, 0, 9999, -1),
            "héllo\nworld\nthird\nlast"
        );
        assert_eq!(selected_text(&log, 0, 2, 1, 3), "llo\nwor");
        assert_eq!(
            selected_text(&log, 1, 0, 3, 0),
            "world\nthird",
            "ending at a line's start leaves it out"
        );
        assert_eq!(selected_text(&log, 0, 1, 2, -1), "éllo\nworld\nthird");
        assert_eq!(selected_text(&log, 2, 1, 2, 3), "hi");
    }
}
