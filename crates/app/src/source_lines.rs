//! Where run results point in the program: `File "main.py", line N` in tracebacks and
//! the line an error stopped at. (Where each task is comes from `state::task_marks`.)

/// The file name the playground runs the program as (tracebacks say `File "main.py"`).
pub const PROGRAM_FILE: &str = "main.py";

/// A `File "main.py", line N` reference inside one line of text: its byte range and `N`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameRef {
    pub start: usize,
    pub end: usize,
    pub line: u32,
}

/// Finds the first `File "main.py", line N` in `text` (a traceback's frame line, or a
/// SyntaxError's location line). The range covers `File` to the last digit of `N`.
pub fn frame_ref(text: &str) -> Option<FrameRef> {
    let head = format!("File \"{PROGRAM_FILE}\", line ");
    let start = text.find(&head)?;
    let digits_at = start + head.len();
    let digits = text[digits_at..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let line = text[digits_at..digits_at + digits].parse().ok()?;
    (line > 0).then_some(FrameRef {
        start,
        end: digits_at + digits,
        line,
    })
}

/// The line a failed run stopped at, with the exception's `Type: message` line: the last
/// frame of the program file in the traceback (for a SyntaxError, its location line).
/// `None` when no frame of the program file is named.
pub fn error_location(stderr: &str) -> Option<(u32, String)> {
    let lines: Vec<&str> = stderr.lines().collect();
    let (at, frame) = lines
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, l)| frame_ref(l).map(|f| (i, f)))?;
    // After the frame come its source line and carets (indented), then the exception.
    let message = lines[at + 1..]
        .iter()
        .find(|l| !l.is_empty() && !l.starts_with(' '))
        .map_or_else(String::new, |l| l.to_string());
    Some((frame.line, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_refs_name_the_program_file_only() {
        let text = r#"  File "main.py", line 12, in main"#;
        let f = frame_ref(text).unwrap();
        assert_eq!(f.line, 12);
        assert_eq!(&text[f.start..f.end], r#"File "main.py", line 12"#);
        assert_eq!(
            frame_ref(r#"  File "<frozen asyncio.runners>", line 47, in run"#),
            None
        );
        assert_eq!(frame_ref(r#"  File "main.py", line x"#), None);
        assert_eq!(
            frame_ref(r#"  File "main.py", line 3"#).map(|f| f.line),
            Some(3)
        );
    }

    #[test]
    fn a_traceback_points_at_its_last_program_frame() {
        let stderr = "Traceback (most recent call last):\n  \
            File \"main.py\", line 9, in <module>\n    asyncio.run(main())\n  \
            File \"<frozen asyncio.runners>\", line 47, in run\n    return runner.run(main)\n  \
            File \"main.py\", line 4, in g\n    1/0\n    ~^~\n\
            ZeroDivisionError: division by zero\n";
        assert_eq!(
            error_location(stderr),
            Some((4, "ZeroDivisionError: division by zero".into()))
        );
    }

    #[test]
    fn a_syntax_error_points_at_its_line() {
        let stderr = "  File \"main.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n";
        assert_eq!(
            error_location(stderr),
            Some((2, "SyntaxError: expected ':'".into()))
        );
        assert_eq!(error_location("KeyboardInterrupt\n"), None);
    }
}
