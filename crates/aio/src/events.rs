//! Handles: a callback waiting in the ready queue or on the timer heap, as CPython's
//! `asyncio.events.Handle` and `TimerHandle`, and the Python classes that show them.

use crate::heapq::HeapLess;
use loopscope_python::args::Kw;
use loopscope_python::objects::Native;
use loopscope_python::{ClassBuilder, Interp, PyErr, PyResult, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A scheduled callback.
pub struct Handle {
    pub callback: Value,
    pub args: Vec<Value>,
    /// The `contextvars.Context` the callback runs in.
    pub context: Value,
    pub cancelled: Cell<bool>,
    /// Deadline on the loop's clock, for timers.
    pub when: Option<f64>,
    /// True while a timer sits on the heap (CPython's `_scheduled`).
    pub scheduled: Cell<bool>,
    /// An I/O event at `when` (a simulated fetch's answer), not a timer: it wakes the
    /// loop's selector at its own time, as a socket becoming readable does.
    pub io: bool,
    /// The scheduler's count of cancelled timers still on the heap.
    pub cancelled_timers: Rc<Cell<usize>>,
    /// Debug mode: where the handle was made, a list of `(file, line, function, text)`
    /// tuples (CPython's `Handle._source_traceback`); `None` outside debug mode.
    pub source_traceback: RefCell<Value>,
}

impl Handle {
    /// `Handle.cancel()`.
    pub fn cancel(&self) {
        if self.cancelled.replace(true) {
            return;
        }
        if self.scheduled.get() {
            self.cancelled_timers.set(self.cancelled_timers.get() + 1);
        }
    }
}

/// Timers compare by deadline alone, as `TimerHandle.__lt__` does.
impl HeapLess for Rc<Handle> {
    fn lt(&self, other: &Self) -> bool {
        self.when.unwrap_or(0.0) < other.when.unwrap_or(0.0)
    }
}

fn handle_of(args: &[Value]) -> PyResult<Rc<Handle>> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(h) = i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Rc<Handle>>())
        {
            return Ok(h.clone());
        }
    }
    Err(PyErr::type_error("descriptor requires a 'Handle' object"))
}

/// A short description of a callback with its arguments, as handle reprs and "Exception
/// in callback" messages show it: CPython's `format_helpers._format_callback_source`
/// (`asyncio.events._format_callback_source`, Python of ours: the arguments as `reprlib`
/// shortens them, ` at FILE:LINE` for a plain function). Before `asyncio.events` is
/// loaded, or if it fails, the name and the arguments' full reprs.
pub fn describe_callback(interp: &mut Interp, callback: &Value, args: &[Value]) -> String {
    if let Some(text) = format_callback_source(interp, callback, args) {
        return text;
    }
    let name = interp
        .getattr_opt(callback, "__qualname__")
        .ok()
        .flatten()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| interp.repr_of(callback).unwrap_or_default());
    let args: Vec<String> = args
        .iter()
        .map(|a| interp.repr_of(a).unwrap_or_default())
        .collect();
    format!("{name}({})", args.join(", "))
}

/// `asyncio.events._format_callback_source(callback, args)`, when `asyncio.events` is
/// loaded (a loop made the handle; nothing is imported here) and it returns a str.
fn format_callback_source(interp: &mut Interp, callback: &Value, args: &[Value]) -> Option<String> {
    let sys = interp.import_module("sys").ok()?;
    let Some(Value::Dict(modules)) = interp.getattr_opt(&sys, "modules").ok()? else {
        return None;
    };
    let module = modules.borrow().get_str("asyncio.events").cloned()?;
    let format = interp
        .getattr_opt(&module, "_format_callback_source")
        .ok()??;
    let args = Value::Tuple(args.to_vec().into());
    let text = interp.call0(&format, &[callback.clone(), args]).ok()?;
    text.as_str().map(str::to_string)
}

/// `created at FILE:LINE`: where a handle made in debug mode was made (the last frame of
/// its source traceback).
fn source_suffix(interp: &mut Interp, h: &Handle) -> PyResult<Option<String>> {
    let tb = h.source_traceback.borrow().clone();
    if tb.is_none() || !interp.truthy(&tb)? {
        return Ok(None);
    }
    let last = interp.getitem(&tb, &Value::Int(-1))?;
    let file = interp.getitem(&last, &Value::Int(0))?;
    let line = interp.getitem(&last, &Value::Int(1))?;
    Ok(Some(format!(
        "created at {}:{}",
        interp.str_of(&file)?,
        interp.str_of(&line)?
    )))
}

/// Builds the `Handle` and `TimerHandle` classes.
pub fn handle_classes() -> PyResult<(
    Rc<loopscope_python::objects::Type>,
    Rc<loopscope_python::objects::Type>,
)> {
    let handle = ClassBuilder::new("Handle", vec![])
        .methods(HANDLE_METHODS)
        .getter("_source_traceback", handle_source_traceback)
        .method("_set_source_traceback", handle_set_source_traceback)
        .getter("_callback", handle_callback)
        .getter("_args", handle_args)
        .build()?;
    let timer = ClassBuilder::new("TimerHandle", vec![handle.clone()])
        .method("when", timer_handle_when)
        .build()?;
    Ok((handle, timer))
}

/// `Handle`'s first methods, by their Python names (its properties and
/// `_set_source_traceback` follow them).
const HANDLE_METHODS: &[(&str, Native)] = &[
    ("cancel", handle_cancel),
    ("cancelled", handle_cancelled),
    ("get_context", handle_get_context),
    ("__repr__", handle_repr),
];

/// `Handle.cancel()`: cancels the callback.
fn handle_cancel(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    handle_of(args)?.cancel();
    Ok(Value::None)
}

/// `Handle.cancelled()`: whether the handle was cancelled.
fn handle_cancelled(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(handle_of(args)?.cancelled.get()))
}

/// `Handle.get_context()`: the `contextvars.Context` the callback runs in.
fn handle_get_context(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(handle_of(args)?.context.clone())
}

/// `Handle.__repr__()`: `<Handle ...>` as CPython shows a handle.
fn handle_repr(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let h = handle_of(args)?;
    let cls = args
        .first()
        .map(|a| a.type_name())
        .unwrap_or_else(|| "Handle".into());
    let mut info = vec![cls.to_string()];
    if h.cancelled.get() {
        info.push("cancelled".into());
    }
    if let Some(when) = h.when {
        info.push(format!("when={}", interp.repr_of(&Value::Float(when))?));
    }
    // CPython's `cancel()` drops the callback and its arguments, except in debug
    // mode, where it keeps the repr it had: a cancelled handle names its callback
    // only when it was made in debug mode.
    let source = source_suffix(interp, &h)?;
    if !h.cancelled.get() || source.is_some() {
        info.push(describe_callback(interp, &h.callback, &h.args));
    }
    info.extend(source);
    Ok(Value::string(format!("<{}>", info.join(" "))))
}

/// `Handle._source_traceback` (a property): where the handle was made, in debug mode.
fn handle_source_traceback(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(handle_of(args)?.source_traceback.borrow().clone())
}

/// `Handle._set_source_traceback(tb)`: sets `_source_traceback`.
fn handle_set_source_traceback(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let h = handle_of(args)?;
    *h.source_traceback.borrow_mut() = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::None)
}

/// `Handle._callback` (a property): the callback, or None once cancelled.
fn handle_callback(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let h = handle_of(args)?;
    Ok(if h.cancelled.get() {
        Value::None
    } else {
        h.callback.clone()
    })
}

/// `Handle._args` (a property): the callback's arguments, or None once cancelled.
fn handle_args(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let h = handle_of(args)?;
    Ok(if h.cancelled.get() {
        Value::None
    } else {
        Value::tuple(h.args.clone())
    })
}

/// `TimerHandle.when()`: the timer's deadline on the loop's clock.
fn timer_handle_when(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Float(handle_of(args)?.when.unwrap_or(0.0)))
}
