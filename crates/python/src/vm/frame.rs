//! Frames live on the heap: a frame stack per execution context, frames moved in and out
//! of generator objects when they suspend and resume.

use std::rc::{Rc, Weak};

pub mod object;

use crate::bytecode::CodeObject;
use crate::objects::{Generator, PyCell, PyDict, Value};

/// A handler block (CPython 3.10's block stack; 3.11 uses a static table instead).
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// `try` body / `with` body: on an exception, cut the stack to `depth`, push the
    /// exception and jump to `handler`.
    Except { handler: u32, depth: u32 },
    /// Inside an `except`/`finally` handler: unwinding past it restores the previously
    /// handled exception.
    Handling { depth: u32 },
}

/// What the frame does with the result of the frame pushed above it.
#[derive(Clone, Debug)]
pub enum ChildMode {
    /// A call: push the return value.
    Call,
    /// `cls(...)` running `__init__`: check it returned None, push the instance.
    Init(Value),
    /// A class body ran: build the class from its namespace (boxed, so every frame's
    /// `child` stays small).
    ClassBody(Box<ClassBody>),
    /// A sub-generator driven by `SEND`: yields are pushed; a return pops the receiver,
    /// pushes the value and jumps to `exit`.
    Send { exit: u32 },
    /// A generator driven by `FOR_ITER`: yields are pushed; a return pops the iterator and
    /// jumps to `exit`.
    ForIter { exit: u32 },
    /// An async generator driven by an `asend` awaitable through `SEND`: its own (wrapped)
    /// yields end the await with the value; pass-through yields are pushed; a return raises
    /// `StopAsyncIteration`.
    ASend { exit: u32 },
    /// `athrow`/`aclose` driving an async generator: own yields are errors for aclose.
    AClose { exit: u32 },
    /// A module body run by `import`: push the module.
    Import(Value),
}

/// What building a class needs once its body has run.
#[derive(Clone, Debug)]
pub struct ClassBody {
    pub name: Value,
    /// The bases after `__mro_entries__`.
    pub bases: Vec<Value>,
    /// The bases as written, when `__mro_entries__` replaced some (`__orig_bases__`).
    pub orig_bases: Option<Value>,
    /// The class statement's keywords, `metaclass=` taken out.
    pub kwargs: Vec<(Rc<str>, Value)>,
    /// The metaclass (or whatever callable `metaclass=` named).
    pub meta: Value,
    /// The namespace the body ran in: `__prepare__`'s mapping.
    pub ns: Value,
}

/// One activation.
pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    /// Fast locals.
    pub fast: Vec<Option<Value>>,
    /// Cell then free variable cells.
    pub cells: Vec<Rc<PyCell>>,
    pub globals: Rc<PyDict>,
    /// Namespace for `LOAD_NAME`/`STORE_NAME` (class bodies, modules).
    pub locals: Option<Rc<PyDict>>,
    /// A class body's namespace when `__prepare__` returned a mapping that is not a plain
    /// dict (its `__getitem__`/`__setitem__` run for each name; `locals` is then `None`).
    pub locals_map: Option<Value>,
    pub blocks: Vec<Block>,
    /// Length of the context's handled-exception stack when this frame became active.
    pub handling_base: usize,
    /// A suspended generator's own handled exceptions, restored when it resumes.
    pub saved_handling: Vec<Value>,
    /// The generator owning this frame, if any.
    pub gen: Option<Weak<Generator>>,
    /// What to do with the result of the frame above.
    pub child: ChildMode,
    /// Bottom frame of a `run` (host entry or nested native call): results leave the VM here.
    pub base: bool,
    /// `SEND` in throw mode: throw this into the sub-iterator instead of sending.
    pub pending_throw: Option<Value>,
    /// An exception to raise when the frame next runs (host call failed, throw into a frame).
    pub pending_raise: Option<Value>,
}

impl Frame {
    /// A fresh frame for `code`.
    pub fn new(code: Rc<CodeObject>, globals: Rc<PyDict>) -> Frame {
        let nfast = code.varnames.len();
        Frame {
            fast: vec![None; nfast],
            cells: Vec::new(),
            stack: Vec::with_capacity(STACK_START),
            code,
            pc: 0,
            globals,
            locals: None,
            locals_map: None,
            blocks: Vec::new(),
            handling_base: 0,
            saved_handling: Vec::new(),
            gen: None,
            child: ChildMode::Call,
            base: false,
            pending_throw: None,
            pending_raise: None,
        }
    }

    /// Whether unwinding this frame would run handler code (`try`, `with`).
    pub fn has_cleanup_blocks(&self) -> bool {
        self.blocks
            .iter()
            .any(|b| matches!(b, Block::Except { .. }))
    }

    /// The generator owning this frame.
    pub fn generator(&self) -> Option<Rc<Generator>> {
        self.gen.as_ref().and_then(|g| g.upgrade())
    }

    /// Index of the instruction being executed (for tracebacks).
    pub fn lasti(&self) -> u32 {
        self.pc.saturating_sub(1) as u32
    }
}

/// Finished frames kept for reuse, so a call costs no allocation for the frame, its fast
/// locals or its value stack once the pool is warm (CPython 3.11 allocates frames in a
/// per-thread stack for the same reason).
#[derive(Default)]
pub struct FramePool {
    // Boxed: frames move between the pool and the run loop as the boxes they run in.
    #[allow(clippy::vec_box)]
    free: Vec<Box<Frame>>,
    /// What an emptied frame's `globals` points to meanwhile.
    no_globals: Rc<PyDict>,
}

/// Frames kept at most: enough for the call depth of ordinary loops.
const POOL_MAX: usize = 64;

/// A fresh frame's value-stack capacity.
const STACK_START: usize = 8;

/// Fast-locals capacity a pooled frame may keep.
const FAST_KEEP: usize = 8;

impl FramePool {
    /// A fresh frame for `code`, reusing a pooled one when there is one.
    pub fn frame(&mut self, code: Rc<CodeObject>, globals: Rc<PyDict>) -> Box<Frame> {
        let Some(mut f) = self.free.pop() else {
            return Box::new(Frame::new(code, globals));
        };
        f.fast.resize(code.varnames.len(), None);
        f.code = code;
        f.globals = globals;
        f.pc = 0;
        f.handling_base = 0;
        f.base = false;
        f
    }

    /// Take back a frame that has finished running. Its contents are dropped now, in the
    /// order dropping the frame would drop them, so finalisers run when they always did.
    pub fn recycle(&mut self, mut f: Box<Frame>) {
        f.stack.clear();
        f.fast.clear();
        f.cells.clear();
        f.globals = self.no_globals.clone();
        f.locals = None;
        f.locals_map = None;
        f.blocks.clear();
        f.saved_handling.clear();
        f.gen = None;
        f.child = ChildMode::Call;
        f.pending_throw = None;
        f.pending_raise = None;
        // Pooled frames also become generators' and coroutines' frames, which live long
        // and many at a time: keep no more capacity than a fresh frame has.
        if f.stack.capacity() > STACK_START {
            f.stack = Vec::with_capacity(STACK_START);
        }
        if f.fast.capacity() > FAST_KEEP {
            f.fast = Vec::new();
        }
        if f.cells.capacity() > 0 {
            f.cells = Vec::new();
        }
        if f.blocks.capacity() > 0 {
            f.blocks = Vec::new();
        }
        if f.saved_handling.capacity() > 0 {
            f.saved_handling = Vec::new();
        }
        if self.free.len() < POOL_MAX {
            self.free.push(f);
        }
    }
}
