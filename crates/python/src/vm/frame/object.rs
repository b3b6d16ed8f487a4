//! `frame` objects for `sys._getframe` (and `inspect.currentframe`): snapshots of the
//! running context's frames, built only when a program asks for one.
//!
//! A snapshot holds what the frame showed when it was taken: `f_code`, `f_lineno`,
//! `f_lasti`, `f_globals` (the live module dict), `f_locals` (a function's locals copied
//! into a fresh dict, as CPython's `PyFrame_GetLocals` does; a module's or class body's
//! own namespace) and `f_back`, the snapshot of the frame below it. `f_back` ends at the
//! context's outermost frame. `_loopscope_builtins`' frames are left out, as tracebacks
//! leave them out.

use std::cell::RefCell;
use std::rc::Rc;

use super::Frame;
use crate::objects::{t, DictData, Instance, PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// The helper module whose frames stand in for builtins (see `Interp::redirect`).
const HELPERS: &str = "<frozen _loopscope_builtins>";

/// `sys._getframe(depth=0)`: the frame `depth` calls out from `current`, the frame that
/// made the call; without one (the native called from another native), the innermost
/// frame of the running context stands in for it.
pub fn getframe(
    interp: &mut Interp,
    current: Option<&Frame>,
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    if let Some((k, _)) = kw.first() {
        return Err(PyErr::type_error(format!(
            "_getframe() got an unexpected keyword argument '{k}'"
        )));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let depth = match args.first() {
        Some(v) => interp.int_arg(v)?.max(0) as usize,
        None => 0,
    };
    let Some(ctx) = interp.ctxs.get(interp.cur).and_then(Option::as_ref) else {
        return Err(PyErr::value_error("call stack is not deep enough"));
    };
    // Innermost first.
    let frames: Vec<&Frame> = current
        .into_iter()
        .chain(ctx.frames.iter().rev().map(|f| &**f))
        .filter(|f| &*f.code.source.filename != HELPERS)
        .collect();
    if depth >= frames.len() {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    // Outermost first, so each snapshot's `f_back` exists when it is made.
    let mut back = Value::None;
    for f in frames[depth..].iter().rev() {
        back = snapshot(f, back);
    }
    Ok(back)
}

/// One frame's `frame` object, over `back`.
fn snapshot(f: &Frame, back: Value) -> Value {
    let inst = Instance::new(t().frame.clone());
    {
        let mut d = inst.dict.borrow_mut();
        d.set_str("f_code", Value::Code(f.code.clone()));
        d.set_str(
            "f_lineno",
            Value::Int(f.code.line_of(f.lasti() as usize) as i64),
        );
        d.set_str("f_lasti", Value::Int(i64::from(f.lasti()) * 2));
        d.set_str("f_globals", Value::Dict(f.globals.clone()));
        d.set_str("f_locals", locals_of(f));
        d.set_str("f_back", back);
        d.set_str("f_trace", Value::None);
    }
    Value::Instance(Rc::new(inst))
}

/// What `locals()` returns in `f`: the namespace of a module or class body, else its fast
/// locals and cells copied into a new dict.
pub(crate) fn locals_of(f: &Frame) -> Value {
    if let Some(l) = &f.locals {
        return Value::Dict(l.clone());
    }
    if let Some(m) = &f.locals_map {
        return m.clone();
    }
    let mut d = DictData::new();
    for (i, n) in f.code.varnames.iter().enumerate() {
        if let Some(Some(v)) = f.fast.get(i) {
            d.set_str(n, v.clone());
        }
    }
    let names = f.code.cellvars.iter().chain(f.code.freevars.iter());
    for (n, c) in names.zip(f.cells.iter()) {
        if let Some(v) = c.borrow().clone() {
            d.set_str(n, v);
        }
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}
