//! Loopscope's Python interpreter: source in, CPython-identical behaviour out.
//!
//! The language only: this crate has no clock and does no I/O. Hosts (the event loop in
//! `loopscope-aio`) give it an output sink and native modules (the standard library's are
//! `loopscope-stdlib`'s), and drive its coroutines.
//!
//! Pipeline: [`syntax`] parses (ruff) into our AST, [`compile`] turns it into
//! [`bytecode`], and [`vm`] runs it on heap frames. Values live in [`objects`]; the
//! builtins in [`builtins`]; uncaught exceptions are rendered by [`traceback`].

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
pub use objects::{ExcKind, PyResult, Value};
pub use vm::call::Kwargs;
pub use vm::import::{ClassBuilder, ModuleBuilder, ModuleDef};
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
    let details = Value::tuple(vec![
        Value::str(&src.filename),
        Value::Int(line as i64),
        if e.caret {
            Value::Int(offset)
        } else {
            Value::None
        },
        Value::string(text.clone()),
        Value::Int(end_line as i64),
        Value::Int(end_offset),
    ]);
    let exc = vm::halt::new_exception(kind, vec![Value::str(&e.msg), details]);
    if let Value::Instance(i) = &exc {
        let mut d = i.dict.borrow_mut();
        d.set_str("msg", Value::str(&e.msg));
        d.set_str("filename", Value::str(&src.filename));
        d.set_str("lineno", Value::Int(line as i64));
        d.set_str(
            "offset",
            if e.caret {
                Value::Int(offset)
            } else {
                Value::None
            },
        );
        d.set_str("text", Value::string(text));
        d.set_str("end_lineno", Value::Int(end_line as i64));
        d.set_str(
            "end_offset",
            if e.caret {
                Value::Int(end_offset)
            } else {
                Value::None
            },
        );
    }
    PyErr::Exc(exc)
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
            let code = exc
                .exc()
                .and_then(|d| d.borrow().args.first().cloned())
                .unwrap_or(Value::None);
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
    }
}
