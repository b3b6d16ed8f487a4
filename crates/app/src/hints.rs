//! Help at the point of failure: a line beside the console when a run ends in a way
//! newcomers meet often — a program that defines coroutines and never runs them, a
//! top-level `await`, curly quotes pasted from a document, a module Loopscope lacks. The
//! console still shows exactly what CPython printed; a hint only adds to it, and may
//! offer a fix the person applies with one click.

/// One piece of help, and the program it would turn the current one into.
#[derive(Clone, Debug, PartialEq)]
pub struct Hint {
    pub text: String,
    pub fix: Option<Fix>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// The button's words.
    pub label: String,
    pub source: String,
}

/// What a finished run tells us, beside its program.
pub struct Ended<'a> {
    pub source: &'a str,
    pub stdout: &'a str,
    pub stderr: &'a str,
    pub exit_code: i32,
}

const CURLY: [char; 4] = ['\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}'];

/// The hints for a finished run, most useful first; `modules` lists what can be imported.
pub fn hints(run: &Ended, modules: impl FnOnce() -> Vec<String>) -> Vec<Hint> {
    let last = run
        .stderr
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("");
    let mut out = Vec::new();
    if run.source.contains(CURLY) && last.starts_with("SyntaxError") {
        let straight: String = run
            .source
            .chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                c => c,
            })
            .collect();
        out.push(Hint {
            text: "The program has curly quotes (‘ ’ “ ”), which word processors and web pages \
                   put in place of straight ones; Python only accepts ' and \"."
                .into(),
            fix: Some(Fix {
                label: "Straighten the quotes".into(),
                source: straight,
            }),
        });
    }
    if last.starts_with("SyntaxError: 'await' outside function")
        || last.starts_with("SyntaxError: 'async with' outside async function")
        || last.starts_with("SyntaxError: 'async for' outside async function")
    {
        out.push(Hint {
            text: "`await` only works inside an `async def`. In a notebook or `python -m asyncio` \
                   a top-level await works because a loop is already running; a script starts \
                   one with asyncio.run(main())."
                .into(),
            fix: Some(Fix {
                label: "Wrap the top level in main()".into(),
                source: wrap_in_main(run.source),
            }),
        });
    }
    if let Some(name) = missing_module(last) {
        let have = modules();
        out.push(Hint {
            text: format!(
                "Loopscope has no module `{name}`. Programs here can import: {}.",
                have.join(", ")
            ),
            fix: None,
        });
    }
    let never_awaited = run.stderr.contains("was never awaited");
    let silent = run.exit_code == 0 && run.stdout.is_empty() && run.stderr.is_empty();
    if (silent || never_awaited) && defines_coroutines(run.source) && !runs_a_loop(run.source) {
        let main = if has_def(run.source, "main") {
            "main"
        } else {
            first_async_def(run.source).unwrap_or("main")
        };
        let mut source = run.source.trim_end().to_string();
        if !run.source.lines().any(|l| l.trim() == "import asyncio") {
            source.insert_str(0, "import asyncio\n");
        }
        source.push_str(&format!("\n\n\nasyncio.run({main}())\n"));
        out.push(Hint {
            text: format!(
                "The program defines coroutines but nothing runs them: calling an `async def` \
                 only creates a coroutine object. Start the event loop with asyncio.run({main}())."
            ),
            fix: Some(Fix {
                label: format!("Add asyncio.run({main}())"),
                source,
            }),
        });
    }
    out
}

/// `foo` from `ModuleNotFoundError: No module named 'foo'` (its top-level package).
fn missing_module(last: &str) -> Option<&str> {
    let name = last
        .strip_prefix("ModuleNotFoundError: No module named '")?
        .strip_suffix('\'')?;
    name.split('.').next()
}

fn defines_coroutines(source: &str) -> bool {
    source
        .lines()
        .any(|l| l.trim_start().starts_with("async def "))
}

/// Whether the program starts an event loop anywhere (it may do so in many ways).
fn runs_a_loop(source: &str) -> bool {
    [
        "asyncio.run(",
        "run_until_complete(",
        "run_forever(",
        "Runner(",
    ]
    .iter()
    .any(|p| source.contains(p))
}

fn has_def(source: &str, name: &str) -> bool {
    source
        .lines()
        .any(|l| l.trim_start().starts_with(&format!("async def {name}(")))
}

/// The first top-level `async def`'s name.
fn first_async_def(source: &str) -> Option<&str> {
    source.lines().find_map(|l| {
        let rest = l.strip_prefix("async def ")?;
        rest.split('(').next().map(str::trim)
    })
}

/// The program with its top-level statements (after the imports and definitions) moved
/// into `async def main()`, run by `asyncio.run(main())`.
fn wrap_in_main(source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    // Imports, definitions (with their bodies and decorators) and blank lines stay put.
    let mut keep = Vec::new();
    let mut body = Vec::new();
    let mut in_def = false;
    for line in &lines {
        let top = !line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if top {
            let t = line.trim_start();
            in_def = t.starts_with("def ")
                || t.starts_with("async def ")
                || t.starts_with("class ")
                || t.starts_with('@');
            let header = in_def || t.starts_with("import ") || t.starts_with("from ");
            if header {
                keep.push(line.to_string());
                continue;
            }
        } else if in_def || line.trim().is_empty() {
            if body.is_empty() {
                keep.push(line.to_string());
            } else {
                body.push(String::new());
            }
            continue;
        }
        body.push(format!("    {line}"));
    }
    while body.last().is_some_and(String::is_empty) {
        body.pop();
    }
    let mut out = String::new();
    if !lines.iter().any(|l| l.trim() == "import asyncio") {
        out.push_str("import asyncio\n");
    }
    let head = keep.join("\n");
    out.push_str(head.trim_end());
    out.push_str("\n\n\nasync def main():\n");
    if body.is_empty() {
        out.push_str("    pass\n");
    } else {
        out.push_str(&body.join("\n"));
        out.push('\n');
    }
    out.push_str("\n\nasyncio.run(main())\n");
    out.trim_start().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ended<'a>(source: &'a str, stdout: &'a str, stderr: &'a str, exit_code: i32) -> Ended<'a> {
        Ended {
            source,
            stdout,
            stderr,
            exit_code,
        }
    }

    #[test]
    fn coroutines_defined_but_never_run() {
        let src = "import asyncio\n\nasync def main():\n    print('hi')\n";
        let h = hints(&ended(src, "", "", 0), Vec::new);
        assert_eq!(h.len(), 1);
        let fix = h[0].fix.as_ref().unwrap();
        assert_eq!(fix.label, "Add asyncio.run(main())");
        assert!(fix
            .source
            .ends_with("    print('hi')\n\n\nasyncio.run(main())\n"));
        // A program that runs its loop gets no hint, even when it prints nothing.
        let runs = format!("{src}asyncio.run(main())\n");
        assert!(hints(&ended(&runs, "", "", 0), Vec::new).is_empty());
    }

    #[test]
    fn a_top_level_await_is_wrapped_in_main() {
        let src =
            "import asyncio\n\nasync def fetch():\n    return 1\n\nx = await fetch()\nprint(x)\n";
        let err = "  File \"main.py\", line 6\nSyntaxError: 'await' outside function\n";
        let h = hints(&ended(src, "", err, 1), Vec::new);
        let fix = h[0].fix.as_ref().unwrap();
        assert_eq!(
            fix.source,
            "import asyncio\n\nasync def fetch():\n    return 1\n\n\nasync def main():\n    x = await fetch()\n    print(x)\n\n\nasyncio.run(main())\n"
        );
    }

    #[test]
    fn curly_quotes_are_named_and_straightened() {
        let src = "print(\u{201C}hi\u{201D})\n";
        let err = "SyntaxError: invalid character '\u{201C}' (U+201C)\n";
        let h = hints(&ended(src, "", err, 1), Vec::new);
        assert!(h[0].text.contains("curly quotes"));
        assert_eq!(h[0].fix.as_ref().unwrap().source, "print(\"hi\")\n");
    }

    #[test]
    fn a_missing_module_lists_what_there_is() {
        let err = "Traceback (most recent call last):\nModuleNotFoundError: No module named 'numpy.linalg'\n";
        let h = hints(&ended("import numpy.linalg\n", "", err, 1), || {
            vec!["asyncio".into(), "json".into()]
        });
        assert_eq!(
            h[0].text,
            "Loopscope has no module `numpy`. Programs here can import: asyncio, json."
        );
    }
}
