//! Calling: binding arguments to a Python function's parameters, making frames and
//! generator objects, instantiating classes, and `Interp::call`, the nested
//! run-to-completion call natives use for Python callbacks.

use std::rc::Rc;

use super::budget::Budget;
use super::frame::{ChildMode, Frame};
use super::halt::{Halt, PyErr};
use super::Interp;
use crate::objects::{
    ExcKind, Function, GenKind, Generator, Instance, Layout, PyResult, Type, Value,
};

/// The outcome of preparing a call.
pub enum CallPrep {
    /// Finished already (natives, generator creation).
    Done(Value),
    /// A frame to run; its result is handled per the mode.
    Frame(Box<Frame>, ChildMode),
}

/// Keyword arguments.
pub type Kwargs = Vec<(Rc<str>, Value)>;

/// What a builtin raises to hand the rest of its call to a Python function of
/// `_loopscope_builtins` (see [`Interp::redirect`]); the callers of builtins run that
/// function in the builtin's place.
pub(crate) struct Redirect {
    func: Value,
    args: Vec<Value>,
}

/// The module whose functions builtins hand work to; its frames are hidden from tracebacks.
pub(crate) const PY_BUILTINS: &str = "_loopscope_builtins";

/// Whether iterating `v` may run Python code (a generator, a class's `__next__`, a lazy
/// builtin over anything), rather than walking a builtin container.
pub(crate) fn iteration_runs_python(v: &Value) -> bool {
    use crate::objects::IterKind;
    match v {
        Value::Gen(_) | Value::Instance(_) => true,
        Value::Iter(it) => !matches!(
            &*it.state.borrow(),
            IterKind::List { .. }
                | IterKind::ListRev { .. }
                | IterKind::Tuple { .. }
                | IterKind::Str { .. }
                | IterKind::Bytes { .. }
                | IterKind::Range { .. }
                | IterKind::Dict { .. }
                | IterKind::Set { .. }
                | IterKind::Snapshot { .. }
        ),
        _ => false,
    }
}

/// A builtin's result: its value, or the function it handed its call to.
fn redirected(r: PyResult<Value>) -> Result<PyResult<Value>, Redirect> {
    match r {
        Err(PyErr::HostCall(req)) if req.is::<Redirect>() => match req.downcast::<Redirect>() {
            Ok(r) => Err(*r),
            Err(_) => Ok(Err(PyErr::runtime_error("bad redirect"))),
        },
        other => Ok(other),
    }
}

/// Most nested native -> Python runs at once. Each one holds a Rust stack frame of the run
/// loop, so this bounds Rust stack use independently of the Python recursion limit.
pub const MAX_NEST: usize = 160;

impl Interp {
    /// Function `name` of `_loopscope_builtins`.
    pub(crate) fn py_builtin(&mut self, name: &str) -> PyResult<Value> {
        let m = self.import_module(PY_BUILTINS)?;
        self.getattr_str(&m, name)
    }

    /// For a builtin to return as its error: "finish my call by calling `name` of
    /// `_loopscope_builtins` with `args`". A builtin whose work would run Python code for a
    /// long time in one native call (`sum` over a generator, `sorted` with a key function)
    /// hands it to Python this way, so that it runs in slices like any Python code: the page
    /// keeps drawing and Stop works. The caller (the VM's call, or `Interp::call`) makes the
    /// call in the builtin's place.
    pub(crate) fn redirect(&mut self, name: &str, args: Vec<Value>) -> PyErr {
        match self.py_builtin(name) {
            Ok(func) => PyErr::HostCall(Box::new(Redirect { func, args })),
            Err(e) => e,
        }
    }

    /// Call `f(*args, **kwargs)` to completion (a nested run when `f` is Python code).
    pub fn call(
        &mut self,
        f: &Value,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        if let Value::Builtin(b) = f {
            let r = match &b.self_ {
                Some(s) => {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(s.clone());
                    a.extend_from_slice(args);
                    (b.func.clone())(self, &a, kwargs)
                }
                None => (b.func.clone())(self, args, kwargs),
            };
            return match redirected(r) {
                Ok(r) => r,
                Err(to) => self.call(&to.func, &to.args, &[]),
            };
        }
        match self.prepare_call(f, args.to_vec(), kwargs.to_vec())? {
            CallPrep::Done(v) => Ok(v),
            CallPrep::Frame(frame, mode) => self.run_nested(frame, mode),
        }
    }

    /// Call with positional arguments only.
    pub fn call0(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(f, args, &[])
    }

    /// Call method `name` of `obj`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr_str(obj, name)?;
        self.call(&m, args, &[])
    }

    /// Run `frame` as the bottom of a nested run and finish per `mode`.
    pub(crate) fn run_nested(&mut self, mut frame: Box<Frame>, mode: ChildMode) -> PyResult<Value> {
        if self.depth() + 1 > self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        if self.nest as usize >= MAX_NEST {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        frame.base = true;
        self.frames().push(frame);
        self.nest += 1;
        let mut b = Budget::unlimited();
        let r = self.run_loop(&mut b, true);
        self.nested_instructions = self.nested_instructions.saturating_add(u64::MAX - b.left());
        self.nest -= 1;
        let v = match r? {
            Halt::Returned(v) => v,
            Halt::Yielded(_) => {
                return Err(PyErr::new(
                    ExcKind::SystemError,
                    "unexpected yield from a function frame",
                ))
            }
            Halt::HostCall(_) | Halt::OutOfBudget => {
                return Err(PyErr::runtime_error("cannot suspend inside a nested call"))
            }
        };
        match mode {
            ChildMode::Init(inst) => {
                if !v.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        v.type_name()
                    )));
                }
                Ok(inst)
            }
            ChildMode::ClassBody(cb) => self.finish_class_body(*cb),
            ChildMode::Import(m) => Ok(m),
            _ => Ok(v),
        }
    }

    /// Prepare calling `f`: natives run now; Python functions get a frame.
    pub(crate) fn prepare_call(
        &mut self,
        f: &Value,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<CallPrep> {
        match f {
            Value::Function(func) => {
                let frame = self.function_frame(func, args, kwargs)?;
                if func.code.is_gen_like() {
                    return Ok(CallPrep::Done(self.make_generator(frame)));
                }
                Ok(CallPrep::Frame(frame, ChildMode::Call))
            }
            Value::Method(m) => {
                args.insert(0, m.self_.clone());
                let func = m.func.clone();
                self.prepare_call(&func, args, kwargs)
            }
            Value::Builtin(b) => {
                if let Some(s) = &b.self_ {
                    args.insert(0, s.clone());
                }
                let func = b.func.clone();
                match redirected(func(self, &args, &kwargs)) {
                    Ok(r) => Ok(CallPrep::Done(r?)),
                    // The builtin handed its work to Python: that runs as a frame of this
                    // context, so the host can slice it.
                    Err(to) => self.prepare_call(&to.func, to.args, vec![]),
                }
            }
            Value::Type(cls) => {
                // A metaclass's own `__call__` replaces instance creation (`type.__call__`).
                if let Some(meta) = &cls.metaclass {
                    if let Some((call, owner)) = meta.lookup_with_owner("__call__") {
                        if !owner.builtin {
                            let bound = self.bind_descriptor(&call, f, meta)?;
                            return self.prepare_call(&bound, args, kwargs);
                        }
                    }
                }
                self.instantiate(cls, args, kwargs)
            }
            Value::StaticMethod(w) => {
                let inner = w.func.clone();
                self.prepare_call(&inner, args, kwargs)
            }
            Value::Instance(_) => {
                let cls = f.type_of();
                match cls.lookup("__call__") {
                    Some(c) => {
                        let bound = self.bind_descriptor(&c, f, &cls)?;
                        self.prepare_call(&bound, args, kwargs)
                    }
                    None => Err(not_callable(f)),
                }
            }
            _ => Err(not_callable(f)),
        }
    }

    /// Wrap a generator function's frame into its generator/coroutine object.
    pub(crate) fn make_generator(&mut self, mut frame: Box<Frame>) -> Value {
        // The frame may come from the pool with room for another code's locals; a
        // suspended generator keeps it for long, often by the hundred thousand.
        frame.fast.shrink_to_fit();
        let flags = frame.code.flags;
        let kind = if flags.async_generator {
            GenKind::AsyncGenerator
        } else if flags.coroutine {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        let g = Rc::new(Generator::new(kind, frame, Some(self.hooks.clone())));
        crate::objects::gc::track_gen(&g);
        if let Some(f) = g.frame.borrow_mut().as_mut() {
            f.gen = Some(Rc::downgrade(&g));
        }
        Value::Gen(g)
    }

    /// Make a frame for `func` with arguments bound to parameters.
    pub(crate) fn function_frame(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Box<Frame>> {
        let code = func.code.clone();
        let mut frame = self.frame_pool.frame(code.clone(), func.globals.clone());
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let nargs = args.len();
        let qn = func.qualname.borrow().clone();
        let mut extra: Vec<Value> = vec![];
        for (i, a) in args.into_iter().enumerate() {
            if i < argc {
                frame.fast[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        // CPython's `initialize_locals` order: positional arguments, `*args`, keywords
        // (each error as it is met), then too many positional, then missing ones.
        let mut idx = argc + kwonly;
        let too_many = !code.flags.varargs && !extra.is_empty();
        if code.flags.varargs {
            frame.fast[idx] = Some(Value::tuple(extra));
            idx += 1;
        }
        let kwdict = if code.flags.varkw {
            let d = Value::new_dict();
            frame.fast[idx] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let mut kwargs = kwargs;
        for i in 0..kwargs.len() {
            let v = std::mem::replace(&mut kwargs[i].1, Value::None);
            let k = &kwargs[i].0;
            // Positional-only parameters are not bound by name.
            let pos = code.varnames[posonly..argc + kwonly]
                .iter()
                .position(|n| **n == **k)
                .map(|p| p + posonly);
            match (pos, &kwdict) {
                (Some(p), _) => {
                    if frame.fast[p].is_some() {
                        return Err(PyErr::type_error(format!(
                            "{qn}() got multiple values for argument '{k}'"
                        )));
                    }
                    frame.fast[p] = Some(v);
                }
                (None, Some(Value::Dict(d))) => {
                    d.borrow_mut().set_str(k, v);
                }
                (None, _) => {
                    return Err(unexpected_keyword(
                        &qn,
                        &code.varnames[..posonly],
                        &kwargs,
                        k,
                    ))
                }
            }
        }
        if too_many {
            let ndef = func.defaults.borrow().len();
            let kwonly_given = frame.fast[argc..argc + kwonly]
                .iter()
                .filter(|v| v.is_some())
                .count();
            return Err(too_many_positional(&qn, argc, ndef, nargs, kwonly_given));
        }
        // Defaults for missing positional parameters.
        let defaults = func.defaults.borrow();
        let first_default = argc.saturating_sub(defaults.len());
        let mut missing: Vec<Rc<str>> = vec![];
        for i in 0..argc {
            if frame.fast[i].is_none() {
                if i >= first_default {
                    frame.fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            return Err(missing_error(&qn, &missing, "positional"));
        }
        if kwonly > 0 {
            let kwdefaults = func.kwdefaults.borrow();
            let mut missing: Vec<Rc<str>> = vec![];
            for i in argc..argc + kwonly {
                if frame.fast[i].is_none() {
                    let name = &code.varnames[i];
                    match kwdefaults.iter().find(|(k, _)| k == name) {
                        Some((_, v)) => frame.fast[i] = Some(v.clone()),
                        None => missing.push(name.clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(missing_error(&qn, &missing, "keyword-only"));
            }
        }
        init_cells(&mut frame, func);
        Ok(frame)
    }

    /// The call `func(*stack[len - n..])` when its positional parameters are exactly `n`
    /// and it has no `*args`, `**kwargs` or keyword-only ones: the frame takes the
    /// arguments straight off the caller's stack, with no argument vector and no binding
    /// by name. `None` leaves the stack alone for the general path.
    pub(crate) fn simple_frame(
        &mut self,
        func: &Rc<Function>,
        stack: &mut Vec<Value>,
        n: usize,
    ) -> Option<Box<Frame>> {
        let code = &func.code;
        if code.argcount as usize != n
            || code.kwonlyargcount != 0
            || code.flags.varargs
            || code.flags.varkw
            || stack.len() < n
        {
            return None;
        }
        let mut frame = self.frame_pool.frame(code.clone(), func.globals.clone());
        let start = stack.len() - n;
        for (slot, v) in frame.fast.iter_mut().zip(stack.drain(start..)) {
            *slot = Some(v);
        }
        init_cells(&mut frame, func);
        Some(frame)
    }

    /// `cls(*args, **kwargs)`.
    pub(crate) fn instantiate(
        &mut self,
        cls: &Rc<Type>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<CallPrep> {
        // `list(gen)` and friends: iterating runs Python, so Python does it (see `redirect`).
        if let ([arg], true) = (args.as_slice(), kwargs.is_empty()) {
            let types = crate::objects::t();
            let helper = if Rc::ptr_eq(cls, &types.list) {
                Some("to_list")
            } else if Rc::ptr_eq(cls, &types.tuple) {
                Some("to_tuple")
            } else if Rc::ptr_eq(cls, &types.set) {
                Some("to_set")
            } else if Rc::ptr_eq(cls, &types.dict) && !matches!(arg, Value::Instance(_)) {
                // (An instance may be a mapping, which `dict` reads through `keys()`.)
                Some("to_dict")
            } else {
                None
            };
            if let Some(name) = helper.filter(|_| iteration_runs_python(arg)) {
                let func = self.py_builtin(name)?;
                return self.prepare_call(&func, args, vec![]);
            }
        }
        // Builtin types and subclasses of builtin types construct through their constructor.
        let user_new = cls
            .lookup_with_owner("__new__")
            .filter(|(_, owner)| !owner.builtin);
        let inst = if let Some((newf, _)) = user_new {
            let f = match newf {
                Value::StaticMethod(w) => w.func.clone(),
                other => other,
            };
            let mut a = vec![Value::Type(cls.clone())];
            a.extend(args.iter().cloned());
            let inst = self.call(&f, &a, &kwargs)?;
            if !inst.type_of().is_subtype(cls) {
                return Ok(CallPrep::Done(inst));
            }
            inst
        } else if cls.is_subtype(&crate::objects::t().type_)
            && !Rc::ptr_eq(cls, &crate::objects::t().type_)
        {
            // A metaclass without a `__new__` of its own: `type.__new__` makes the class.
            let mut it = args.iter();
            let (Some(name), Some(bases), Some(ns), None) =
                (it.next(), it.next(), it.next(), it.next())
            else {
                return Err(PyErr::type_error(format!(
                    "type.__new__() takes exactly 3 arguments ({} given)",
                    args.len()
                )));
            };
            let made = self.type_new(cls, name, bases, ns, kwargs.clone())?;
            if !made.type_of().is_subtype(cls) {
                return Ok(CallPrep::Done(made));
            }
            made
        } else if let Some(base) = cls.builtin_base() {
            let mutable = matches!(&*base.name, "list" | "dict" | "set");
            let Some(ctor) = base.find_ctor() else {
                return Err(PyErr::type_error(format!(
                    "cannot create '{}' instances",
                    cls.name
                )));
            };
            let bv = if mutable {
                ctor(self, &[Value::Type(base.clone())], &[])?
            } else {
                let mut a = vec![Value::Type(base.clone())];
                a.extend(args.iter().cloned());
                let user_init = cls
                    .lookup_with_owner("__init__")
                    .map(|(_, o)| !o.builtin)
                    .unwrap_or(false);
                ctor(self, &a, if user_init { &[] } else { &kwargs })?
            };
            let inst = Instance::new(cls.clone());
            *inst.native.borrow_mut() = Some(Box::new(crate::objects::BaseValue(bv)));
            let v = Value::instance(inst);
            if !mutable {
                let user_init = cls
                    .lookup_with_owner("__init__")
                    .filter(|(_, o)| !o.builtin);
                return match user_init {
                    Some((Value::Function(f), _)) => {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(v.clone());
                        a.extend(args);
                        let frame = self.function_frame(&f, a, kwargs)?;
                        Ok(CallPrep::Frame(frame, ChildMode::Init(v)))
                    }
                    _ => Ok(CallPrep::Done(v)),
                };
            }
            v
        } else if cls.layout == Layout::Builtin || (cls.builtin && cls.ctor.borrow().is_some()) {
            let Some(ctor) = cls.find_ctor() else {
                return Err(PyErr::type_error(format!(
                    "cannot create '{}' instances",
                    cls.name
                )));
            };
            let mut a = vec![Value::Type(cls.clone())];
            a.extend(args);
            return Ok(CallPrep::Done(ctor(self, &a, &kwargs)?));
        } else {
            let mut cls = cls.clone();
            if cls.exc_kind == Some(ExcKind::OSError) && args.len() >= 2 {
                if let Value::Int(errno) = &args[0] {
                    let k = match errno {
                        1 | 13 => Some(ExcKind::PermissionError),
                        2 => Some(ExcKind::FileNotFoundError),
                        3 => Some(ExcKind::ProcessLookupError),
                        4 => Some(ExcKind::InterruptedError),
                        10 => Some(ExcKind::ChildProcessError),
                        11 => Some(ExcKind::BlockingIOError),
                        17 => Some(ExcKind::FileExistsError),
                        20 => Some(ExcKind::NotADirectoryError),
                        21 => Some(ExcKind::IsADirectoryError),
                        32 => Some(ExcKind::BrokenPipeError),
                        103 => Some(ExcKind::ConnectionAbortedError),
                        104 => Some(ExcKind::ConnectionResetError),
                        110 => Some(ExcKind::TimeoutError),
                        111 => Some(ExcKind::ConnectionRefusedError),
                        _ => None,
                    };
                    if let Some(k) = k {
                        cls = crate::objects::t().exc_type(k).clone();
                    }
                }
            }
            let cls = &cls;
            let inst = Instance::new(cls.clone());
            if let Some(e) = &inst.exc {
                e.borrow_mut().args = args.clone();
            }
            let v = Value::instance(inst);
            if cls.layout == Layout::Object {
                // object.__new__ rejects arguments when __init__ is not overridden.
                let init_owner = cls.lookup_with_owner("__init__").map(|(_, o)| o);
                let overridden = init_owner
                    .map(|o| !Rc::ptr_eq(&o, &crate::objects::t().object))
                    .unwrap_or(false);
                if !overridden && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        cls.name
                    )));
                }
            }
            v
        };
        match cls.lookup("__init__") {
            Some(Value::Function(f)) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(inst.clone());
                a.extend(args);
                let frame = self.function_frame(&f, a, kwargs)?;
                if f.code.is_gen_like() {
                    return Err(PyErr::type_error(
                        "__init__() should return None, not 'generator'",
                    ));
                }
                Ok(CallPrep::Frame(frame, ChildMode::Init(inst)))
            }
            Some(init) => {
                let bound = self.bind_descriptor(&init, &inst, cls)?;
                let r = self.call(&bound, &args, &kwargs)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
                Ok(CallPrep::Done(inst))
            }
            None => Ok(CallPrep::Done(inst)),
        }
    }
}

/// A new frame's cells: fresh ones (arguments copied in), then the closure's.
fn init_cells(frame: &mut Frame, func: &Function) {
    let code = &func.code;
    let ncell = code.cellvars.len();
    if ncell == 0 && func.closure.is_empty() {
        return;
    }
    let mut cells = Vec::with_capacity(ncell + func.closure.len());
    for i in 0..ncell {
        let init = match code.cell2arg.get(i).copied().flatten() {
            Some(a) => frame.fast.get_mut(a as usize).and_then(|s| s.take()),
            None => None,
        };
        let cell = Rc::new(crate::objects::PyCell::new(init));
        crate::objects::gc::track_cell(&cell);
        cells.push(cell);
    }
    cells.extend(func.closure.iter().cloned());
    frame.cells = cells;
}

fn not_callable(f: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not callable", f.type_name()))
}

/// CPython's `too_many_positional`: `f() takes 2 positional arguments but 3 were given`,
/// `takes from 1 to 2 ...`, `... but 2 positional arguments (and 1 keyword-only argument)
/// were given`.
fn too_many_positional(
    qn: &str,
    argc: usize,
    ndef: usize,
    given: usize,
    kwonly_given: usize,
) -> PyErr {
    let (sig, plural) = if ndef > 0 {
        (format!("from {} to {argc}", argc - ndef), true)
    } else {
        (argc.to_string(), argc != 1)
    };
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            s(given),
            s(kwonly_given)
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    PyErr::type_error(format!(
        "{qn}() takes {sig} positional argument{} but {given}{kwonly_sig} {verb} given",
        if plural { "s" } else { "" }
    ))
}

/// A keyword `name` that binds no parameter of a function without `**kwargs`: CPython
/// names every positional-only parameter passed by keyword if there is one, else `name`.
fn unexpected_keyword(
    qn: &str,
    posonly: &[Rc<str>],
    kwargs: &[(Rc<str>, Value)],
    name: &str,
) -> PyErr {
    let passed: Vec<&str> = kwargs
        .iter()
        .map(|(k, _)| &**k)
        .filter(|k| posonly.iter().any(|p| &**p == *k))
        .collect();
    if passed.is_empty() {
        PyErr::type_error(format!(
            "{qn}() got an unexpected keyword argument '{name}'"
        ))
    } else {
        PyErr::type_error(format!(
            "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
            passed.join(", ")
        ))
    }
}

/// CPython's `missing_arguments`: `f() missing 1 required positional argument: 'a'`,
/// `... 2 required ... arguments: 'a' and 'b'`, `... 'a', 'b', and 'c'`.
fn missing_error(qn: &str, missing: &[Rc<str>], kind: &str) -> PyErr {
    let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    };
    PyErr::type_error(format!(
        "{qn}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}
