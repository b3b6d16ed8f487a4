//! The virtual machine: execution contexts (independent frame stacks over one shared heap),
//! the public driving API the event loop uses, and the run loop's supporting operations.
//!
//! A Python call pushes a heap frame; the run loop never recurses on the Rust stack for it.
//! Natives that need Python callbacks use `Interp::call`, a nested run-to-completion loop
//! that counts towards the recursion limit and refuses to suspend.

pub mod attr;
pub mod budget;
pub mod call;
mod class;
mod exc;
pub mod frame;
mod gc;
pub mod halt;
pub mod import;
mod ops;
pub mod protocol;
pub mod resume;
mod run;

use std::any::{Any, TypeId};
use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::objects::generator::GenHooks;
use crate::objects::{PyDict, PyResult, Value};
use frame::Frame;

/// Gives the stack where the program is, outermost first (`Interp::set_origin_stack`).
pub type OriginStack = Rc<dyn Fn(&Interp) -> Vec<crate::objects::generator::OriginFrame>>;

/// The weak references with callbacks to one object, oldest first.
type WeakCallbacks = Vec<(std::rc::Weak<crate::objects::Instance>, Value)>;
pub use halt::{Halt, PyErr};
pub use import::{ModuleBuilder, ModuleDef};
pub(crate) use protocol::as_f64 as protocol_as_f64;

/// Deepest native recursion (repr, comparison, hashing of nested containers) before
/// `RecursionError`; bounds Rust stack use in debug builds and in wasm.
pub(crate) const NATIVE_DEPTH: usize = 300;

/// Which output stream a write goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Where `print` and tracebacks go. The interpreter never touches process streams.
pub trait OutputSink {
    /// Append `text` to `stream`.
    fn write(&mut self, stream: Stream, text: &str);
    /// `flush=True` was requested (optional).
    fn flush(&mut self, _stream: Stream) {}
}

/// A sink that collects output into two strings (tests, headless runs).
#[derive(Default, Debug, Clone)]
pub struct CaptureSink {
    pub stdout: String,
    pub stderr: String,
}

impl OutputSink for CaptureSink {
    fn write(&mut self, stream: Stream, text: &str) {
        match stream {
            Stream::Stdout => self.stdout.push_str(text),
            Stream::Stderr => self.stderr.push_str(text),
        }
    }
}

/// A shared capture sink handle, so the embedder can read output while the interpreter owns the sink.
#[derive(Default, Clone)]
pub struct SharedSink(pub Rc<std::cell::RefCell<CaptureSink>>);

impl OutputSink for SharedSink {
    fn write(&mut self, stream: Stream, text: &str) {
        self.0.borrow_mut().write(stream, text);
    }
}

/// Identifies an execution context ("thread").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ContextId(pub u32);

/// One execution context: a frame stack.
#[derive(Default)]
pub(crate) struct Context {
    /// Boxed: frames move between this stack and generator objects by pointer.
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    /// Exceptions being handled (`except`/`finally` bodies), innermost last; frames own the
    /// part above their `handling_base`.
    pub exc_stack: Vec<Value>,
    /// Waiting for `resume_host_call`.
    pub waiting_host: bool,
}

/// The interpreter.
pub struct Interp {
    pub(crate) ctxs: Vec<Option<Context>>,
    pub(crate) cur: usize,
    /// Depth of nested native -> Python runs on the current context.
    pub(crate) nest: u32,
    pub(crate) builtins: Rc<PyDict>,
    /// `sys.modules`.
    pub(crate) modules: Rc<PyDict>,
    pub(crate) registry: crate::objects::fasthash::FastMap<String, ModuleDef>,
    pub(crate) out: Box<dyn OutputSink>,
    pub(crate) recursion_limit: usize,
    pub(crate) hooks: Rc<GenHooks>,
    /// Weak-reference callbacks by the address of their referent: the reference (held
    /// weakly: a reference that goes first calls nothing) and the callback.
    pub(crate) weak_callbacks: crate::objects::fasthash::FastMap<u64, WeakCallbacks>,
    /// `sys.set_coroutine_origin_tracking_depth`: how many frames of where a coroutine
    /// was made to keep (0: none), and who gives the stack (the host knows the contexts
    /// under the running one; without it, the running context's frames).
    pub(crate) origin_depth: usize,
    origin_stack: Option<OriginStack>,
    /// Whether the most recent yield was an async generator's own (wrapped) yield.
    pub(crate) last_yield_wrapped: bool,
    /// Objects being repr'd (recursion guard for `[...]`).
    pub(crate) repr_stack: Vec<usize>,
    /// Embedder state, keyed by type.
    ext: crate::objects::fasthash::FastMap<TypeId, Box<dyn Any>>,
    /// `sys.argv`.
    pub(crate) argv: Vec<String>,
    /// Frames held by active run loops rather than on a frame stack.
    pub(crate) loose: usize,
    /// Instructions the most recent `run` executed (the virtual clock charges for them).
    last_run_instructions: u64,
    /// Instructions nested runs (a native calling back into Python: `sum` over a
    /// generator, `sorted` with a key) executed during the current `run`.
    pub(crate) nested_instructions: u64,
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)`.
    pub(crate) asyncgen_hooks: (Value, Value),
    /// Finished frames kept for reuse, emptied (`frame::FramePool`).
    pub(crate) frame_pool: frame::FramePool,
}

impl Interp {
    /// A new interpreter writing to `out`.
    pub fn new(out: Box<dyn OutputSink>) -> Interp {
        // The builtin types get their methods from the first interpreter of the thread
        // (objects sit below builtins, so they cannot install them themselves), and
        // identities start afresh with each interpreter, above the builtin types'.
        crate::builtins::install_type_methods(crate::objects::t());
        let hooks = Rc::new(GenHooks::default());
        // The collector first: the earlier run's garbage it frees gives its addresses back
        // to the earlier run's identity heap, not to this run's.
        crate::objects::gc::begin(Some(hooks.clone()));
        crate::objects::identity::begin(Some(hooks.clone()));
        let mut interp = Interp {
            ctxs: vec![],
            cur: 0,
            nest: 0,
            builtins: Rc::new(std::cell::RefCell::new(crate::objects::DictData::new())),
            modules: {
                // Tracked: `sys.modules` holds `sys`, whose namespace holds it.
                let d = Rc::new(std::cell::RefCell::new(crate::objects::DictData::new()));
                crate::objects::gc::track_dict(&d);
                d
            },
            registry: Default::default(),
            out,
            recursion_limit: 1000,
            hooks,
            weak_callbacks: Default::default(),
            origin_depth: 0,
            origin_stack: None,
            last_yield_wrapped: false,
            repr_stack: vec![],
            ext: Default::default(),
            argv: vec![],
            loose: 0,
            last_run_instructions: 0,
            nested_instructions: 0,
            frame_pool: frame::FramePool::default(),
            asyncgen_hooks: (Value::None, Value::None),
        };
        crate::builtins::install(&mut interp);
        interp
    }

    /// How a host gives the stack for coroutines' origins (see `origin_depth`).
    pub fn set_origin_stack(&mut self, stack: OriginStack) {
        self.origin_stack = Some(stack);
    }

    /// Records where coroutine `v`, just made by a call from `caller`, was made, when
    /// origin tracking is on.
    pub(crate) fn note_origin(&self, caller: &frame::Frame, v: &Value) {
        if self.origin_depth == 0 {
            return;
        }
        let Value::Gen(g) = v else { return };
        if g.kind != crate::objects::GenKind::Coroutine {
            return;
        }
        let mut frames = match &self.origin_stack {
            Some(stack) => stack(self),
            None => self.frames_of(None),
        };
        let line = caller.code.line_of(caller.lasti() as usize);
        frames.push((
            caller.code.source.filename.clone(),
            line,
            caller.code.name.clone(),
            crate::vm::import::full_source(&caller.code.source)
                .line_text(line)
                .trim()
                .to_string(),
        ));
        let start = frames.len().saturating_sub(self.origin_depth);
        *g.origin.borrow_mut() = Some(frames.split_off(start).into_boxed_slice());
    }

    /// Store embedder state of type `T` (replacing any previous).
    pub fn set_ext<T: Any>(&mut self, value: T) {
        self.ext.insert(TypeId::of::<T>(), Box::new(value));
    }

    /// Borrow embedder state of type `T`.
    pub fn ext<T: Any>(&self) -> Option<&T> {
        self.ext
            .get(&TypeId::of::<T>())
            .and_then(|b| b.downcast_ref())
    }

    /// Mutably borrow embedder state of type `T`.
    pub fn ext_mut<T: Any>(&mut self) -> Option<&mut T> {
        self.ext
            .get_mut(&TypeId::of::<T>())
            .and_then(|b| b.downcast_mut())
    }

    /// Set `sys.argv`.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv;
    }

    /// Write text to an output stream.
    pub fn write(&mut self, stream: Stream, text: &str) {
        self.out.write(stream, text);
    }

    /// Compile `source` (from `filename`) to a module code object. Syntax errors come back
    /// as `SyntaxError` exception instances.
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Rc<CodeObject>, PyErr> {
        crate::compile_source(source, filename)
    }

    /// Make a new, empty execution context.
    pub fn new_context(&mut self) -> ContextId {
        for (i, c) in self.ctxs.iter_mut().enumerate() {
            if c.is_none() {
                *c = Some(Context::default());
                return ContextId(i as u32);
            }
        }
        self.ctxs.push(Some(Context::default()));
        ContextId(self.ctxs.len() as u32 - 1)
    }

    /// Discard a context and its frames.
    pub fn drop_context(&mut self, ctx: ContextId) {
        if let Some(slot) = self.ctxs.get_mut(ctx.0 as usize) {
            *slot = None;
        }
    }

    /// Whether a context has no frames left (finished or never started).
    pub fn context_idle(&self, ctx: ContextId) -> bool {
        self.ctx_ref(ctx)
            .map(|c| c.frames.is_empty())
            .unwrap_or(true)
    }

    pub(crate) fn ctx_ref(&self, ctx: ContextId) -> Option<&Context> {
        self.ctxs.get(ctx.0 as usize).and_then(|c| c.as_ref())
    }

    pub(crate) fn ctx_mut(&mut self, ctx: ContextId) -> PyResult<&mut Context> {
        self.ctxs
            .get_mut(ctx.0 as usize)
            .and_then(|c| c.as_mut())
            .ok_or_else(|| PyErr::runtime_error("no such execution context"))
    }

    /// The current context's frames.
    #[allow(clippy::vec_box)]
    #[inline]
    pub(crate) fn frames(&mut self) -> &mut Vec<Box<Frame>> {
        &mut self.context().frames
    }

    /// The current execution context, created on first use.
    #[inline]
    fn context(&mut self) -> &mut Context {
        let cur = self.cur;
        if !matches!(self.ctxs.get(cur), Some(Some(_))) {
            self.create_context(cur);
        }
        match &mut self.ctxs[cur] {
            Some(c) => c,
            None => unreachable!("context just created"),
        }
    }

    #[cold]
    fn create_context(&mut self, cur: usize) {
        if cur >= self.ctxs.len() {
            self.ctxs.resize_with(cur + 1, || None);
        }
        self.ctxs[cur] = Some(Context::default());
    }

    /// Create the `__main__` module and prepare `ctx` to run `code` in it.
    pub fn start_main(&mut self, ctx: ContextId, code: Rc<CodeObject>) -> PyResult<Value> {
        let module = self.new_module("__main__", Some(&code.source.filename));
        self.modules
            .borrow_mut()
            .set_str("__main__", module.clone());
        let Value::Module(m) = &module else {
            return Err(PyErr::runtime_error("bad module"));
        };
        let mut frame = Frame::new(code, m.dict.clone());
        frame.locals = Some(m.dict.clone());
        frame.base = true;
        self.ctx_mut(ctx)?.frames.push(Box::new(frame));
        Ok(module)
    }

    /// Prepare `ctx` to call `func(*args)` as its bottom frame (a virtual thread's target).
    /// Natives run immediately: their result is returned as `Some`.
    pub fn start_call(
        &mut self,
        ctx: ContextId,
        func: &Value,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let saved = self.cur;
        self.cur = ctx.0 as usize;
        let prep = self.prepare_call(func, args, vec![]);
        self.cur = saved;
        match prep? {
            call::CallPrep::Done(v) => Ok(Some(v)),
            call::CallPrep::Frame(mut f, _) => {
                f.base = true;
                self.ctx_mut(ctx)?.frames.push(f);
                Ok(None)
            }
        }
    }

    /// Prepare `ctx` to resume generator/coroutine `gen` with `value` (CPython `send`).
    pub fn start_send(&mut self, ctx: ContextId, gen: &Value, value: Value) -> PyResult<()> {
        let Value::Gen(g) = gen else {
            return Err(PyErr::type_error(format!(
                "'{}' object is not a coroutine",
                gen.type_name()
            )));
        };
        let mut frame = self.resume_gen(g, resume::Resume::Send(value))?;
        frame.base = true;
        self.ctx_mut(ctx)?.frames.push(frame);
        Ok(())
    }

    /// Prepare `ctx` to throw `exc` into generator/coroutine `gen` (CPython `throw`).
    pub fn start_throw(&mut self, ctx: ContextId, gen: &Value, exc: Value) -> PyResult<()> {
        let Value::Gen(g) = gen else {
            return Err(PyErr::type_error(format!(
                "'{}' object is not a coroutine",
                gen.type_name()
            )));
        };
        let exc = self.normalize_exception(exc)?;
        let mut frame = self.resume_gen(g, resume::Resume::Throw(exc))?;
        frame.base = true;
        self.ctx_mut(ctx)?.frames.push(frame);
        Ok(())
    }

    /// Run `ctx` for at most `budget` instructions.
    pub fn run(&mut self, ctx: ContextId, budget: u64) -> Result<Halt, PyErr> {
        {
            let c = self.ctx_mut(ctx)?;
            if c.waiting_host {
                return Err(PyErr::runtime_error(
                    "execution context is waiting for a host call",
                ));
            }
            if c.frames.is_empty() {
                return Err(PyErr::runtime_error("execution context has nothing to run"));
            }
        }
        let saved_cur = self.cur;
        let saved_nest = self.nest;
        self.cur = ctx.0 as usize;
        self.nest = 0;
        let mut b = budget::Budget::new(budget);
        self.nested_instructions = 0;
        let r = self.run_loop(&mut b, false);
        self.last_run_instructions = (budget - b.left()).saturating_add(self.nested_instructions);
        self.cur = saved_cur;
        self.nest = saved_nest;
        if let Ok(Halt::HostCall(_)) = &r {
            if let Ok(c) = self.ctx_mut(ctx) {
                c.waiting_host = true;
            }
        }
        r
    }

    /// How many instructions the most recent `run` executed before it returned.
    pub fn last_run_instructions(&self) -> u64 {
        self.last_run_instructions
    }

    /// Finish a host call: its result (or exception) becomes the blocked native's result.
    pub fn resume_host_call(
        &mut self,
        ctx: ContextId,
        result: Result<Value, PyErr>,
    ) -> PyResult<()> {
        let c = self.ctx_mut(ctx)?;
        if !c.waiting_host {
            return Err(PyErr::runtime_error(
                "execution context is not waiting for a host call",
            ));
        }
        c.waiting_host = false;
        let Some(top) = c.frames.last_mut() else {
            return Err(PyErr::runtime_error("execution context has no frame"));
        };
        match result {
            Ok(v) => top.stack.push(v),
            Err(PyErr::Exc(e)) => top.pending_raise = Some(e),
            Err(PyErr::HostCall(_)) => {
                top.pending_raise = Some(halt::new_exception(
                    crate::objects::ExcKind::RuntimeError,
                    vec![Value::str("host call resumed with a host call")],
                ))
            }
        }
        Ok(())
    }

    /// The builtins namespace.
    pub fn builtins_dict(&self) -> Rc<PyDict> {
        self.builtins.clone()
    }

    /// `sys.getrecursionlimit()`.
    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit
    }

    /// Python frames live on the current context (for recursion checks).
    pub(crate) fn depth(&self) -> usize {
        self.ctxs
            .get(self.cur)
            .and_then(|c| c.as_ref())
            .map(|c| c.frames.len())
            .unwrap_or(0)
            + self.loose
    }

    /// The current context's handled-exception stack.
    #[inline]
    pub(crate) fn exc_stack(&mut self) -> &mut Vec<Value> {
        &mut self.context().exc_stack
    }

    /// The exception currently being handled, if any (`sys.exc_info()`).
    pub fn current_exception(&mut self) -> Option<Value> {
        self.exc_stack().last().cloned()
    }

    /// The innermost frame of the current context whose file is the user's (not a frozen
    /// module of ours): (filename, line). Traces use it to point at the program's own code.
    pub fn user_location(&self) -> Option<(Rc<str>, usize)> {
        self.user_location_of(ContextId(self.cur as u32))
    }

    /// `user_location` for a given context.
    pub fn user_location_of(&self, ctx: ContextId) -> Option<(Rc<str>, usize)> {
        let c = self.ctxs.get(ctx.0 as usize)?.as_ref()?;
        c.frames
            .iter()
            .rev()
            .find(|f| !f.code.source.filename.starts_with("<frozen"))
            .map(|f| {
                (
                    f.code.source.filename.clone(),
                    f.code.line_of(f.lasti() as usize),
                )
            })
    }

    /// The frames of `ctx` in the user's files (frozen modules of ours left out), outermost
    /// first, as a traceback lists them: (filename, line, function name, the line's text).
    pub fn user_frames(&self, ctx: ContextId) -> Vec<(Rc<str>, usize, Rc<str>, String)> {
        let Some(c) = self.ctxs.get(ctx.0 as usize).and_then(Option::as_ref) else {
            return Vec::new();
        };
        c.frames
            .iter()
            .filter(|f| !f.code.source.filename.starts_with("<frozen"))
            .map(|f| {
                let line = f.code.line_of(f.lasti() as usize);
                (
                    f.code.source.filename.clone(),
                    line,
                    f.code.name.clone(),
                    crate::vm::import::full_source(&f.code.source)
                        .line_text(line)
                        .trim()
                        .to_string(),
                )
            })
            .collect()
    }

    /// Every frame of `ctx` (the current context when `None`), frozen modules' included,
    /// outermost first, as `user_frames` gives them. asyncio's debug mode builds its
    /// source tracebacks (`format_helpers.extract_stack`) from these.
    pub fn frames_of(&self, ctx: Option<ContextId>) -> Vec<(Rc<str>, usize, Rc<str>, String)> {
        let id = ctx.map_or(self.cur, |c| c.0 as usize);
        let Some(c) = self.ctxs.get(id).and_then(Option::as_ref) else {
            return Vec::new();
        };
        c.frames
            .iter()
            .map(|f| {
                let line = f.code.line_of(f.lasti() as usize);
                (
                    f.code.source.filename.clone(),
                    line,
                    f.code.name.clone(),
                    crate::vm::import::full_source(&f.code.source)
                        .line_text(line)
                        .trim()
                        .to_string(),
                )
            })
            .collect()
    }

    /// Source location (filename, line) of the innermost running frame of the current context.
    pub fn current_location(&self) -> Option<(Rc<str>, usize, String)> {
        let c = self.ctxs.get(self.cur)?.as_ref()?;
        let f = c.frames.last()?;
        let line = f.code.line_of(f.lasti() as usize);
        Some((
            f.code.source.filename.clone(),
            line,
            crate::vm::import::full_source(&f.code.source)
                .line_text(line)
                .trim()
                .to_string(),
        ))
    }
}

impl Interp {
    /// A new instance of `cls` carrying Rust data (native classes built with `ClassBuilder`).
    pub fn new_native_instance(
        &mut self,
        cls: &Rc<crate::objects::Type>,
        data: Box<dyn Any>,
    ) -> Value {
        let inst = crate::objects::Instance::new(cls.clone());
        *inst.native.borrow_mut() = Some(data);
        Value::instance(inst)
    }

    /// Run `f` with the Rust data of a native instance, if it has data of type `T`.
    pub fn with_native<T: Any, R>(v: &Value, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let Value::Instance(i) = v else { return None };
        let mut b = i.native.borrow_mut();
        let data = b.as_mut()?.downcast_mut::<T>()?;
        Some(f(data))
    }

    /// Call the async-generator `firstiter` hook on first iteration (CPython's
    /// `async_gen_init_hooks`), remembering the finalizer.
    pub(crate) fn agen_init_hooks(&mut self, g: &Rc<crate::objects::Generator>) -> PyResult<()> {
        if g.hooked.get() {
            return Ok(());
        }
        g.hooked.set(true);
        let (first, fin) = self.asyncgen_hooks.clone();
        if !fin.is_none() {
            *g.finalizer.borrow_mut() = Some(fin);
        }
        if !first.is_none() {
            self.call(&first, &[Value::Gen(g.clone())], &[])?;
        }
        Ok(())
    }

    /// Whether `v` is a coroutine object.
    pub fn is_coroutine(v: &Value) -> bool {
        matches!(v, Value::Gen(g) if g.kind == crate::objects::GenKind::Coroutine)
    }

    /// `(qualname, filename, line)` where a generator/coroutine is suspended (or starts).
    pub fn gen_location(v: &Value) -> Option<(Rc<str>, Rc<str>, usize)> {
        let Value::Gen(g) = v else { return None };
        let qn = g.qualname.borrow().clone();
        let f = g.frame.borrow();
        match f.as_ref() {
            Some(frame) => {
                let pc = if frame.pc == 0 { 0 } else { frame.pc - 1 };
                let line = if frame.pc == 0 {
                    frame.code.first_line as usize
                } else {
                    frame.code.line_of(pc)
                };
                Some((qn, frame.code.source.filename.clone(), line))
            }
            None => Some((
                qn,
                g.code.source.filename.clone(),
                g.code.first_line as usize,
            )),
        }
    }

    /// What a suspended coroutine is awaiting (the delegated-to iterator), if anything.
    pub fn gen_awaiting(v: &Value) -> Option<Value> {
        let Value::Gen(g) = v else { return None };
        let f = g.frame.borrow();
        let frame = f.as_ref()?;
        let delegating = frame.pc >= 1
            && matches!(
                frame.code.code.get(frame.pc - 1),
                Some(crate::bytecode::Opcode::YieldValue(1))
            );
        if delegating {
            frame.stack.last().cloned()
        } else {
            None
        }
    }

    /// Close a generator or coroutine (runs its `finally` blocks), as `coro.close()`.
    pub fn close_gen(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Gen(g) => {
                let g = g.clone();
                self.gen_close(&g)
            }
            _ => Ok(Value::None),
        }
    }
}
