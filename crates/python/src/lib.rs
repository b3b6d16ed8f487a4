//! Loopscope's Python interpreter: source in, CPython-identical behaviour out.
//!
//! The language only: this crate has no clock and does no I/O. Hosts (the event loop in
//! `loopscope-aio`) give it an output sink and native modules (the standard library's are
//! `loopscope-stdlib`'s), and drive its coroutines.
//!
//! Pipeline: [`syntax`] parses (ruff) into our AST, [`compile`] turns it into
//! [`bytecode`], and [`vm`] runs it on heap frames. Values live in [`objects`]; the
//! builtins in [`builtins`]; uncaught exceptions are rendered by [`traceback`].

pub mod args;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod format;
pub mod objects;
pub mod strings;
pub mod syntax;
pub mod traceback;
pub mod vm;

#[cfg(test)]
mod tests;

use std::rc::Rc;

pub use bytecode::CodeObject;
pub use objects::bytes_of;
pub use objects::{ExcKind, PyResult, Value};
pub use vm::call::Kwargs;
pub use vm::import::{set_bundle_loader, BundleLoader, ClassBuilder, ModuleBuilder, ModuleDef};
pub use vm::resume::GenStep;
pub use vm::{CaptureSink, ContextId, Halt, Interp, OutputSink, PyErr, SharedSink, Stream};

use syntax::source::Source;
use syntax::{SyntaxError, SyntaxErrorKind};

/// Parse and compile a module. Syntax errors become `SyntaxError` (or `IndentationError`)
/// exception instances carrying filename, line, offset and text like CPython's.
pub fn compile_source(source: &str, filename: &str) -> Result<Rc<CodeObject>, PyErr> {
    let src = Rc::new(Source::new(filename, source.to_string()));
    let parsed = syntax::parse_module(source);
    let result = match parsed {
        Ok(m) => compile::compile_module(&m, src.clone()),
        Err(e) => Err(e),
    };
    result.map_err(|e| syntax_error_value(&src, &e))
}

/// Compile a notebook cell (`compile::compile_cell`): `source` is the whole file with the
/// lines of other cells left empty, so line numbers are the file's.
pub fn compile_cell_source(source: &str, filename: &str) -> Result<Rc<CodeObject>, PyErr> {
    let src = Rc::new(Source::new(filename, source.to_string()));
    let result = match syntax::parse_module(source) {
        Ok(m) => compile::compile_cell(&m, src.clone()),
        Err(e) => Err(e),
    };
    result.map_err(|e| syntax_error_value(&src, &e))
}

/// The `# %%` cells of a notebook program: each cell's first line (1-based) and the whole
/// source with every other cell's lines left empty. A program without markers is one cell.
pub fn notebook_cells(source: &str) -> Vec<(u32, String)> {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut starts = vec![0usize];
    for (i, line) in lines.iter().enumerate() {
        if i > 0 && line.trim_start().starts_with("# %%") && !line.starts_with(char::is_whitespace)
        {
            starts.push(i);
        }
    }
    let mut cells = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let text: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if (start..end).contains(&i) {
                    (*l).to_string()
                } else if l.ends_with('\n') {
                    "\n".to_string()
                } else {
                    String::new()
                }
            })
            .collect();
        let has_code = lines[start..end].iter().any(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        });
        if has_code {
            cells.push((start as u32 + 1, text));
        }
    }
    cells
}

/// Compile an expression (`eval` mode).
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<CodeObject>, PyErr> {
    let src = Rc::new(Source::new(filename, source.to_string()));
    let result = match syntax::parse_expression(source) {
        Ok(e) => compile::compile_expression(&e, src.clone()),
        Err(e) => Err(e),
    };
    result.map_err(|e| syntax_error_value(&src, &e))
}

fn syntax_error_value(src: &Source, e: &SyntaxError) -> PyErr {
    let kind = match e.kind {
        SyntaxErrorKind::Syntax => ExcKind::SyntaxError,
        SyntaxErrorKind::Indentation => ExcKind::IndentationError,
        SyntaxErrorKind::Tab => ExcKind::TabError,
        SyntaxErrorKind::Recursion => {
            return PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
            )
        }
    };
    let start: u32 = e.range.start().into();
    let end: u32 = e.range.end().into();
    let line = src.line_of(start);
    let text = format!("{}\n", src.line_text(line));
    let offset = src.char_col(start) as i64 + 1;
    let end_line = src.line_of(end);
    let end_offset = if e.wide {
        if end_line == line {
            src.char_col(end) as i64 + 1
        } else {
            src.line_text(line).chars().count() as i64 + 1
        }
    } else {
        offset
    };
    // CPython's `unexpected indent` has the indent's width for offset and -1 for end (so
    // no caret is drawn); the other caret-less errors have neither.
    let unexpected_indent = !e.caret && e.kind == SyntaxErrorKind::Indentation;
    let (offset, end_offset, args_end) = match (e.caret, unexpected_indent) {
        (true, _) => (Value::Int(offset), Value::Int(end_offset), end_offset),
        (false, true) => {
            let indent = src
                .line_text(line)
                .chars()
                .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'));
            (Value::Int(indent.count() as i64), Value::Int(-1), -1)
        }
        (false, false) => (Value::None, Value::None, end_offset),
    };
    let details = Value::tuple(vec![
        Value::str(&src.filename),
        Value::Int(line as i64),
        offset.clone(),
        Value::string(text.clone()),
        Value::Int(end_line as i64),
        Value::Int(args_end),
    ]);
    let exc = vm::halt::new_exception(kind, vec![Value::str(&e.msg), details]);
    if let Value::Instance(i) = &exc {
        let mut d = i.dict.borrow_mut();
        d.set_str("msg", Value::str(&e.msg));
        d.set_str("filename", Value::str(&src.filename));
        d.set_str("lineno", Value::Int(line as i64));
        d.set_str("offset", offset);
        d.set_str("text", Value::string(text));
        d.set_str("end_lineno", Value::Int(end_line as i64));
        d.set_str("end_offset", end_offset);
    }
    PyErr::Exc(exc)
}

impl Interp {
    /// A notebook cell's code (`compile_cell_source`) as a coroutine running on `globals`:
    /// awaiting it runs the cell and gives the value of its last expression.
    pub fn cell_coroutine(&mut self, code: Rc<CodeObject>, globals: Rc<objects::PyDict>) -> Value {
        let mut frame = vm::frame::Frame::new(code, globals.clone());
        frame.locals = Some(globals);
        self.make_generator(Box::new(frame))
    }
}

impl Interp {
    /// The traceback text CPython prints for `exc`.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        traceback::format_exception(self, exc)
    }

    /// Print `exc` with its traceback to stderr, as an uncaught exception.
    pub fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception(exc);
        self.write(Stream::Stderr, &text);
    }

    /// Handle an uncaught error at the top level: `SystemExit` gives its exit status,
    /// anything else prints a traceback and gives 1.
    pub fn report_uncaught(&mut self, err: PyErr) -> i32 {
        let exc = match err {
            PyErr::Exc(e) => e,
            PyErr::HostCall(_) => {
                self.write(Stream::Stderr, "RuntimeError: unexpected host call\n");
                return 1;
            }
        };
        if self.is_exc_kind(&exc, ExcKind::SystemExit) {
            // The exit status is the exception's `code` (which a handler may have set).
            let code = self.getattr_str(&exc, "code").unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = self.str_of(&other).unwrap_or_default();
                    self.write(Stream::Stderr, &format!("{s}\n"));
                    1
                }
            };
        }
        self.print_exception(&exc);
        1
    }
}

/// Run a program to completion without an event loop: the CLI's fallback and the tests'
/// driver. Returns the process exit status. Natives that request host calls fail with
/// `RuntimeError` here.
pub fn run_to_completion(interp: &mut Interp, source: &str, filename: &str) -> i32 {
    let code = match interp.compile(source, filename) {
        Ok(c) => c,
        Err(e) => return interp.report_uncaught(e),
    };
    let ctx = interp.new_context();
    if let Err(e) = interp.start_main(ctx, code) {
        return interp.report_uncaught(e);
    }
    let status = loop {
        match interp.run(ctx, 10_000_000) {
            Ok(Halt::OutOfBudget) => continue,
            Ok(Halt::Returned(_)) => break 0,
            Ok(Halt::Yielded(_)) => break 0,
            Ok(Halt::HostCall(_)) => {
                let err = PyErr::runtime_error("this operation needs an event loop host");
                if interp.resume_host_call(ctx, Err(err)).is_err() {
                    break 1;
                }
            }
            Err(e) => break interp.report_uncaught(e),
        }
    };
    interp.drop_context(ctx);
    interp.finish();
    status
}

impl Interp {
    /// Interpreter shutdown: drop module globals (finalising what they hold) and flush
    /// pending finaliser work.
    pub fn finish(&mut self) {
        if self.hooks.pending.get() {
            self.run_finalizers();
        }
        let main = self.modules.borrow().get_str("__main__").cloned();
        if let Some(Value::Module(m)) = main {
            let items = m.dict.borrow().items();
            m.dict.borrow_mut().clear();
            drop(items);
        }
        if self.hooks.pending.get() {
            self.run_finalizers();
        }
        // Then what is left in cycles, finalisers first, as CPython's shutdown collects
        // (an object with `__del__` held by a cycle of globals reports now).
        self.gc_collect(2);
        if self.hooks.pending.get() {
            self.run_finalizers();
        }
    }
}
