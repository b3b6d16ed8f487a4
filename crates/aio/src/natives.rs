//! `_aioloop`: the natives under our asyncio — the scheduler's queues, the clock, task
//! steps handed to the driver, and the trace hooks. Python code in `asyncio/` builds the
//! public API on these, as CPython's asyncio builds on `_asyncio`.

use crate::base_events::Scheduler;
use crate::events::{handle_classes, Handle};
use crate::state::{shared, Request, SharedRef};
use crate::trace::{TaskId, TraceEvent};
use loopscope_python::args::{nth, Kw};
use loopscope_python::objects::{gc, GenKind, GenState, Instance, Native, Type, WeakTarget};
use loopscope_python::{Interp, ModuleBuilder, PyErr, PyResult, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Sched = Rc<RefCell<Scheduler>>;

/// The scheduler behind a `Scheduler` object (a method's first argument).
pub(crate) fn sched_of(args: &[Value]) -> PyResult<Sched> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(s) = i
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Sched>())
        {
            return Ok(s.clone());
        }
    }
    Err(PyErr::type_error(
        "descriptor requires a 'Scheduler' object",
    ))
}

fn new_instance(cls: &Rc<Type>, payload: Box<dyn std::any::Any>) -> Value {
    let inst = Instance::new(cls.clone());
    *inst.native.borrow_mut() = Some(payload);
    Value::instance(inst)
}

/// Makes a handle for `callback(*args)` and its Python object.
pub(crate) fn make_handle(
    interp: &mut Interp,
    sched: &Sched,
    args: &[Value],
    when: Option<f64>,
) -> PyResult<(Rc<Handle>, Value)> {
    let offset = usize::from(when.is_some());
    let callback = nth(args, 1 + offset);
    let cb_args = match nth(args, 2 + offset) {
        Value::Tuple(t) => t.to_vec(),
        Value::None => vec![],
        other => vec![other],
    };
    let handle = Rc::new(Handle {
        callback,
        args: cb_args,
        context: nth(args, 3 + offset),
        cancelled: Cell::new(false),
        when,
        scheduled: Cell::new(false),
        io: false,
        cancelled_timers: sched.borrow().cancelled_timers.clone(),
        source_traceback: RefCell::new(Value::None),
    });
    let sh = shared(interp)?;
    let cls = {
        let s = sh.borrow();
        if when.is_some() {
            s.timer_class.clone()
        } else {
            s.handle_class.clone()
        }
    };
    let cls = cls.ok_or_else(|| PyErr::runtime_error("handle classes are not set up"))?;
    let obj = new_instance(&cls, Box::new(handle.clone()));
    Ok((handle, obj))
}

fn float_arg(v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        other => Err(PyErr::type_error(format!(
            "{what} must be a number, not {}",
            other.type_name()
        ))),
    }
}

/// Where a coroutine is: (filename, line, finished).
pub fn coro_location(coro: &Value) -> Option<(Rc<str>, usize, bool)> {
    let Value::Gen(g) = coro else { return None };
    let filename = g.code.source.filename.clone();
    if g.state.get() == GenState::Finished {
        return Some((filename, g.code.first_line as usize, true));
    }
    let frame = g.frame.borrow();
    let line = match frame.as_ref() {
        Some(f) if g.state.get() != GenState::Created => f.code.line_of(f.lasti() as usize),
        _ => g.code.first_line as usize,
    };
    Some((filename, line, false))
}

/// The line a task's coroutine is at, for the trace; 0 inside our own frozen modules
/// (asyncio's shutdown helpers), whose lines mean nothing to the program's author.
pub fn user_coro_line(coro: &Value) -> u32 {
    match coro_location(coro) {
        Some((file, line, _)) if !file.starts_with("<frozen") => line as u32,
        _ => 0,
    }
}

/// A frame as a source traceback lists it: (filename, line, function, the line's text).
pub type SourceFrame = (Rc<str>, usize, Rc<str>, String);

/// The stack where the running code is, as CPython's `format_helpers.extract_stack`
/// gives it for a debug-mode source traceback: outermost first, the `skip` innermost
/// frames left out (the Python function calling this native is the first of them), then at most `limit` of the innermost. The stack runs through the
/// contexts under the running one (`Shared::ctx_chain`: the main module waiting in
/// `asyncio.run`, a callback waiting for the step it started), so the program's own
/// frames are CPython's. Frames of our frozen modules other than asyncio's are left out:
/// they stand for C code of CPython's (`Context.run`), which has no frames.
pub fn source_stack(interp: &Interp, skip: usize, limit: usize) -> Vec<SourceFrame> {
    let chain = shared(interp)
        .map(|s| s.borrow().ctx_chain.clone())
        .unwrap_or_default();
    let mut frames: Vec<SourceFrame> = chain
        .into_iter()
        .flat_map(|ctx| interp.frames_of(Some(ctx)))
        .chain(interp.frames_of(None))
        .filter(|(file, ..)| !file.starts_with("<frozen") || file.starts_with("<frozen asyncio."))
        .collect();
    // The frame that called this native is running, so it is not among its context's
    // frames: it is the first of the `skip` left out.
    frames.truncate(frames.len().saturating_sub(skip.saturating_sub(1)));
    let start = frames.len().saturating_sub(limit);
    frames.drain(..start);
    frames
}

fn coro_name(coro: &Value) -> String {
    match coro {
        Value::Gen(g) => format!("{}()", g.qualname.borrow()),
        other => other.type_name().to_string(),
    }
}

/// A plain attribute of an instance, by an interned name: its own, else its class's
/// default (`Future._state = _PENDING` and the like), with no descriptor run. For the
/// driver's and natives' reads of our own asyncio objects' private attributes, on every
/// step: by the name's cached hash, and by pointer in namespaces compiled code filled.
pub(crate) fn plain_attr(
    obj: &Value,
    name: &Rc<loopscope_python::objects::PyStr>,
) -> Option<Value> {
    let Value::Instance(i) = obj else { return None };
    let own = i.dict.borrow().get_pystr(name).cloned();
    own.or_else(|| {
        i.cls
            .lookup_hashed(name.as_str(), name.hash())
            .map(|(v, _)| v)
    })
}

fn task_id_of(interp: &mut Interp, task: &Value) -> Option<TaskId> {
    thread_local! {
        static LS_ID: Rc<loopscope_python::objects::PyStr> =
            loopscope_python::objects::str::intern("_ls_id");
    }
    // Asked at every step: the plain attribute, by its interned name, first.
    if let Some(Value::Int(n)) = LS_ID.with(|k| plain_attr(task, k)) {
        return u32::try_from(n).ok().map(TaskId);
    }
    match interp.getattr_opt(task, "_ls_id").ok().flatten() {
        Some(Value::Int(i)) => u32::try_from(i).ok().map(TaskId),
        _ => None,
    }
}

pub fn register(m: &mut ModuleBuilder) {
    let sh: Option<SharedRef> = shared(m.interp).ok();
    if let (Some(sh), Ok((handle, timer))) = (&sh, handle_classes()) {
        let mut s = sh.borrow_mut();
        s.handle_class = Some(handle.clone());
        s.timer_class = Some(timer.clone());
        drop(s);
        m.class(handle);
        m.class(timer);
    }

    m.functions(CLOCK_FUNCTIONS);

    let scheduler = loopscope_python::ClassBuilder::new("Scheduler", vec![])
        .methods(SCHEDULER_METHODS)
        .build();
    if let Ok(cls) = scheduler {
        m.class(cls);
    }

    m.functions(FUNCTIONS);

    crate::pool::register(m);
}

/// `_aioloop`'s clock functions, by their Python names (before the `Scheduler` class).
const CLOCK_FUNCTIONS: &[(&str, Native)] = &[
    ("time", time),
    ("sequential", sequential),
    ("wall_time", wall_time),
    ("sleep", sleep),
];

/// `Scheduler`'s methods, by their Python names.
const SCHEDULER_METHODS: &[(&str, Native)] = &[
    ("__init__", scheduler_init),
    ("call_soon", scheduler_call_soon),
    ("call_at", scheduler_call_at),
    ("run_forever", scheduler_run_forever),
    ("stop", scheduler_stop),
    ("close", scheduler_close),
];

/// `_aioloop`'s other functions, by their Python names (after the `Scheduler` class).
const FUNCTIONS: &[(&str, Native)] = &[
    ("debug_default", debug_default),
    ("extract_stack", extract_stack),
    ("task_step", task_step),
    ("iscoroutine", iscoroutine),
    ("code_flags", code_flags),
    ("format_exception", format_exception),
    ("collect", collect),
    ("gc_enable", gc_enable),
    ("gc_isenabled", gc_isenabled),
    ("gc_threshold", gc_threshold),
    ("gc_count", gc_count),
    ("gc_is_tracked", gc_is_tracked),
    ("coro_repr", coro_repr),
    ("instance_size", instance_size),
    ("register_task", register_task),
    ("rename_task", rename_task),
    ("trace_cancel", trace_cancel),
    ("watch_exception", watch_exception),
    ("start_thread", start_thread),
    ("thread_ident", thread_ident),
    ("thread_alive", thread_alive),
    ("thread_name", thread_name),
    ("get_context", get_context),
    ("set_context", set_context),
    ("future_del", future_del),
];

/// `time()`: the loop clock's time, in seconds.
fn time(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Float(shared(interp)?.borrow().clock.now()))
}

/// `sequential()`: whether the run is sequential.
fn sequential(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(shared(interp)?.borrow().sequential))
}

/// `wall_time()`: the clock's wall time, in seconds.
fn wall_time(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Float(shared(interp)?.borrow().clock.wall()))
}

/// `sleep(secs)`: asks the driver to block the calling thread for `secs`.
fn sleep(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let secs = float_arg(&nth(args, 0), "sleep length")?;
    Err(Request::Sleep(secs).into_err())
}

/// `Scheduler.__init__()`: gives the object a new, empty scheduler.
fn scheduler_init(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.first() {
        let s: Sched = Rc::new(RefCell::new(Scheduler::default()));
        *i.native.borrow_mut() = Some(Box::new(s));
    }
    Ok(Value::None)
}

/// `Scheduler.call_soon(callback, args, context)`: queues a handle; returns it.
fn scheduler_call_soon(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sched = sched_of(args)?;
    let (handle, obj) = make_handle(interp, &sched, args, None)?;
    sched.borrow_mut().call_soon(handle);
    Ok(obj)
}

/// `Scheduler.call_at(when, callback, args, context)`: puts a timer handle on the heap;
/// returns it.
fn scheduler_call_at(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sched = sched_of(args)?;
    let when = float_arg(&nth(args, 1), "when")?;
    let (handle, obj) = make_handle(interp, &sched, args, Some(when))?;
    sched.borrow_mut().call_at(handle);
    Ok(obj)
}

/// `Scheduler.run_forever(loop)`: hands the loop to the driver to run.
fn scheduler_run_forever(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sched = sched_of(args)?;
    Err(Request::RunForever {
        sched,
        loop_obj: nth(args, 1),
    }
    .into_err())
}

/// `Scheduler.stop()`: the loop stops after the current iteration.
fn scheduler_stop(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    sched_of(args)?.borrow_mut().stopping = true;
    Ok(Value::None)
}

/// `Scheduler.close()`: closes the scheduler and drops what it had queued.
fn scheduler_close(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    sched_of(args)?.borrow_mut().close();
    Ok(Value::None)
}

/// `debug_default()`: whether new loops start in asyncio's debug mode.
fn debug_default(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(shared(interp)?.borrow().debug))
}

/// `extract_stack(skip, limit)`: where something is made, for debug mode, as
/// `[(file, line, name, text)]` ([`source_stack`]).
fn extract_stack(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let skip = match nth(args, 0) {
        Value::Int(n) => n.max(0) as usize,
        _ => 0,
    };
    let limit = match nth(args, 1) {
        Value::Int(n) => n.max(0) as usize,
        _ => 10,
    };
    Ok(Value::list(
        source_stack(interp, skip, limit)
            .into_iter()
            .map(|(file, line, name, text)| {
                Value::tuple(vec![
                    Value::string(file.to_string()),
                    Value::Int(line as i64),
                    Value::string(name.to_string()),
                    Value::string(text),
                ])
            })
            .collect(),
    ))
}

/// `task_step(task, exc)`: hands a step of `task` (throwing `exc` unless None) to the driver.
fn task_step(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let exc = match nth(args, 1) {
        Value::None => None,
        e => Some(e),
    };
    Err(Request::TaskStep {
        task: nth(args, 0),
        exc,
    }
    .into_err())
}

/// `iscoroutine(obj)`: whether `obj` is a coroutine object.
fn iscoroutine(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(args.first(), Some(Value::Gen(g)) if g.kind == GenKind::Coroutine),
    ))
}

/// `code_flags(func)`: `(coroutine, generator, async_generator)` of a function's code, or
/// None for something else.
fn code_flags(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let func = match nth(args, 0) {
        Value::Method(m) => m.func.clone(),
        other => other,
    };
    Ok(match func {
        Value::Function(f) => {
            let fl = f.code.flags;
            Value::tuple(vec![
                Value::Bool(fl.coroutine && !fl.async_generator),
                Value::Bool(fl.generator),
                Value::Bool(fl.async_generator),
            ])
        }
        _ => Value::None,
    })
}

/// `format_exception(exc)`: the exception's traceback as text.
fn format_exception(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(interp.format_exception(&nth(args, 0))))
}

/// `collect()`: runs pending finalizers; returns 0.
/// `collect(generation=2)`: run the cycle collector over generations up to
/// `generation`, then the finalisers and weak-reference callbacks it made due; the
/// number of unreachable objects found.
fn collect(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let generation = match args.first() {
        None => 2,
        Some(Value::Int(g)) if (0..=2).contains(g) => *g as usize,
        Some(Value::Int(_)) => return Err(PyErr::value_error("invalid generation")),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )))
        }
    };
    interp.run_finalizers();
    let found = interp.gc_collect(generation);
    interp.run_finalizers();
    Ok(Value::Int(found as i64))
}

/// `gc_enable(flag)`: `gc.enable()` / `gc.disable()`.
fn gc_enable(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    gc::set_enabled(matches!(args.first(), Some(Value::Bool(true))));
    Ok(Value::None)
}

/// `gc_isenabled()`.
fn gc_isenabled(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(gc::enabled()))
}

/// `gc_threshold(*thresholds)`: set those given (ints), and return all three.
fn gc_threshold(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let mut t = Vec::with_capacity(args.len());
    for a in args {
        match a {
            Value::Int(i) => t.push((*i).clamp(0, i32::MAX as i64) as usize),
            Value::Bool(b) => t.push(*b as usize),
            v => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )))
            }
        }
    }
    gc::set_threshold(&t);
    let t = gc::threshold();
    Ok(Value::tuple(
        t.iter().map(|&x| Value::Int(x as i64)).collect(),
    ))
}

/// `gc_count()`: `gc.get_count()`.
fn gc_count(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let c = gc::count();
    Ok(Value::tuple(
        c.iter().map(|&x| Value::Int(x as i64)).collect(),
    ))
}

/// `gc_is_tracked(obj)`: `gc.is_tracked(obj)`.
fn gc_is_tracked(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(gc::is_tracked(&nth(args, 0))))
}

/// `coro_repr(coro)`: a coroutine's name and where it is, as a task's repr shows it.
fn coro_repr(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let coro = nth(args, 0);
    let name = coro_name(&coro);
    Ok(Value::string(match coro_location(&coro) {
        Some((file, line, true)) => format!("{name} done, defined at {file}:{line}"),
        Some((file, line, false)) => format!("{name} running at {file}:{line}"),
        None => name,
    }))
}

/// `instance_size(cls, n)`: instances of `cls` take `n` bytes, as CPython's C versions
/// of them do (`sys.getsizeof`), so their identities and the order of sets of them
/// follow CPython's (`loopscope_python::objects::identity`).
fn instance_size(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    match (nth(args, 0), nth(args, 1)) {
        (Value::Type(cls), Value::Int(n)) if (16..=4096).contains(&n) => {
            cls.instance_size.set(n as u32)
        }
        _ => {
            return Err(PyErr::type_error(
                "instance_size(cls, n): a class and a size",
            ))
        }
    }
    Ok(Value::None)
}

/// `register_task(task, name, coro)`: records a new task in the trace; returns its id.
fn register_task(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let name = nth(args, 1).as_str().unwrap_or("").to_string();
    let coro = coro_name(&nth(args, 2));
    let line = interp.user_location().map_or(0, |(_, l)| l as u32);
    let mut s = sh.borrow_mut();
    let id = TaskId(s.next_task_id);
    s.next_task_id += 1;
    let parent = s.current_task;
    let at = s.clock.nanos();
    s.record(|t| TraceEvent::TaskCreated {
        at,
        task: id,
        name: t.intern(&name),
        coro: t.intern(&coro),
        parent,
        line,
    });
    Ok(Value::Int(i64::from(id.0)))
}

/// `rename_task(id, name)`: records a task's new name in the trace.
fn rename_task(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    if let (Value::Int(id), Some(name)) = (nth(args, 0), nth(args, 1).as_str()) {
        let mut s = sh.borrow_mut();
        let at = s.clock.nanos();
        let task = TaskId(id as u32);
        s.record(|t| TraceEvent::TaskRenamed {
            at,
            task,
            name: t.intern(name),
        });
    }
    Ok(Value::None)
}

/// `trace_cancel(id, msg)`: records a request to cancel a task in the trace.
fn trace_cancel(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let msg = match nth(args, 1) {
        Value::None => None,
        v => Some(interp.str_of(&v)?),
    };
    if let Value::Int(id) = nth(args, 0) {
        let mut s = sh.borrow_mut();
        let at = s.clock.nanos();
        let by = s.current_task;
        s.record(|t| TraceEvent::CancelRequested {
            at,
            task: TaskId(id as u32),
            by,
            msg: msg.as_deref().map(|m| t.intern(m)),
        });
    }
    Ok(Value::None)
}

/// `watch_exception(obj)`: keeps a weak reference to `obj` among the watched objects.
fn watch_exception(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    if let Some(weak) = WeakTarget::of(&nth(args, 0)) {
        shared(interp)?.borrow_mut().watched.push(weak);
    }
    Ok(Value::None)
}

/// `start_thread(target, name, daemon)`: asks for a virtual thread; returns its id.
///
/// Starting a thread never suspends the caller (it may be deep in native code, as a
/// `submit` inside a generator that `gather(*...)` unpacks): the id is given out now
/// and the driver starts the thread before it next chooses who runs.
/// A third argument, true, starts a daemon thread: one the run does not wait for.
fn start_thread(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let name = nth(args, 1).as_str().unwrap_or("Thread").to_string();
    let daemon = matches!(nth(args, 2), Value::Bool(true));
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let id = crate::trace::ThreadId(s.next_thread_id);
    s.next_thread_id += 1;
    if daemon {
        s.daemon_threads.insert(id.0);
    }
    s.threads_to_start.push((nth(args, 0), name, Some(id)));
    Ok(Value::Int(i64::from(id.0)))
}

/// `thread_ident()`: the running virtual thread's id (0 for the main thread).
fn thread_ident(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let id = shared(interp)?.borrow().current_thread.map_or(0, |t| t.0);
    Ok(Value::Int(i64::from(id)))
}

/// `thread_alive(id)`: whether the virtual thread `id` is running: started and not yet
/// ended (a thread asked for is running from the moment `start_thread` gives out its id).
fn thread_alive(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let s = sh.borrow();
    let alive = match nth(args, 0) {
        Value::Int(0) => true,
        Value::Int(id) => {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            s.live_threads.contains(&id)
                || s.threads_to_start
                    .iter()
                    .any(|t| t.2.is_some_and(|t| t.0 == id))
        }
        _ => false,
    };
    Ok(Value::Bool(alive))
}

/// `thread_name()`: the running virtual thread's name.
fn thread_name(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let s = sh.borrow();
    let name = match s.current_thread {
        None => "MainThread".to_string(),
        Some(t) => s
            .thread_names
            .get(&t.0)
            .cloned()
            .unwrap_or_else(|| format!("Thread-{}", t.0)),
    };
    Ok(Value::string(name))
}

/// `get_context()`: the running virtual thread's current context, or None.
fn get_context(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let s = sh.borrow();
    let key = s.current_thread.map_or(0, |t| t.0);
    Ok(s.contexts.get(&key).cloned().unwrap_or(Value::None))
}

/// `set_context(ctx)`: sets the running virtual thread's context; returns the old one.
fn set_context(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let key = s.current_thread.map_or(0, |t| t.0);
    let old = s.contexts.insert(key, nth(args, 0));
    Ok(old.unwrap_or(Value::None))
}

/// `Future.__del__` (and `Task`'s): whether a freed future has anything to report — an
/// exception nobody retrieved, or for a task, being destroyed while pending — read from
/// its attributes here, without a Python frame; only then its `_ls_del` reports it. Every
/// task and future goes through this when freed, and two Python frames for nothing to
/// say were most of what freeing a task cost.
fn future_del(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    thread_local! {
        static KEYS: [Rc<loopscope_python::objects::PyStr>; 3] = [
            loopscope_python::objects::str::intern("_log_traceback"),
            loopscope_python::objects::str::intern("_state"),
            loopscope_python::objects::str::intern("_log_destroy_pending"),
        ];
    }
    let this = nth(args, 0);
    if !matches!(this, Value::Instance(_)) {
        return Ok(Value::None);
    }
    let [log_traceback, state, log_pending] =
        KEYS.with(|k| k.each_ref().map(|key| plain_attr(&this, key)));
    let quiet = matches!(log_traceback, Some(Value::Bool(false)))
        && match (&state, &log_pending) {
            (Some(Value::Str(s)), _) if s.as_str() != "PENDING" => true,
            (Some(Value::Str(_)), None | Some(Value::Bool(false))) => true,
            _ => false,
        };
    if quiet {
        return Ok(Value::None);
    }
    interp.call_method(&this, "_ls_del", &[])
}

/// The task id a `Task` object was registered with.
pub fn task_id(interp: &mut Interp, task: &Value) -> Option<TaskId> {
    task_id_of(interp, task)
}

/// A Python `Handle`/`TimerHandle` object for a handle (for exception handler contexts).
pub fn handle_object(interp: &Interp, handle: &Rc<Handle>) -> Option<Value> {
    let sh = shared(interp).ok()?;
    let cls = {
        let s = sh.borrow();
        if handle.when.is_some() {
            s.timer_class.clone()
        } else {
            s.handle_class.clone()
        }
    }?;
    Some(new_instance(&cls, Box::new(handle.clone())))
}
