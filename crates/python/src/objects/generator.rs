//! Generators, coroutines and async generators: a suspended heap frame plus its state.
//! Finalisation follows CPython: dropping a never-started coroutine queues the "never
//! awaited" warning, and dropping a suspended generator inside `try`/`with` queues a
//! `close()` so its `finally` blocks run; the interpreter drains both queues between
//! instructions.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::vm::frame::Frame;

/// Which kind of generator-like object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython uses in messages.
    pub fn word(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// Lifecycle state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Created, never resumed.
    Created,
    /// Suspended at a yield.
    Suspended,
    /// Its frame is on a frame stack.
    Running,
    /// Returned or raised; cannot resume.
    Finished,
}

/// Work queued by finalisers for the interpreter to do at the next safe point.
#[derive(Default)]
pub struct GenHooks {
    /// Set whenever something is queued.
    pub pending: Cell<bool>,
    /// Coroutines dropped without ever running: qualname, and where each was created
    /// when origin tracking was on (`sys.set_coroutine_origin_tracking_depth`).
    pub never_awaited: RefCell<Vec<(Rc<str>, Option<Origin>)>>,
    /// Suspended generators whose frames still have `finally`/`with` blocks to run.
    pub to_close: RefCell<Vec<Rc<Generator>>>,
    /// Unfinished async generators to hand to their `sys.set_asyncgen_hooks` finalizer.
    pub to_finalize: RefCell<Vec<(Rc<Generator>, crate::objects::Value)>>,
    /// Instances whose class defines `__del__`, dropped by the program.
    pub to_del: RefCell<Vec<Rc<crate::objects::Instance>>>,
    /// Addresses of objects with weak-reference callbacks that went (`identity::watch`).
    pub died: RefCell<Vec<u64>>,
}

/// A generator, coroutine or async generator.
pub struct Generator {
    pub kind: GenKind,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub code: Rc<CodeObject>,
    /// For async generators: an `asend`/`athrow` is in progress.
    pub running_async: Cell<bool>,
    /// Where finalisers queue work.
    pub hooks: Option<Rc<GenHooks>>,
    /// Set on the placeholder generator made to close a dropped one (never warns again).
    pub finalizing: bool,
    /// Async generators: `firstiter` hook already called.
    pub hooked: Cell<bool>,
    /// Async generators: the finalizer hook in force when first iterated.
    pub finalizer: RefCell<Option<crate::objects::Value>>,
    /// Its virtual address (`id()`).
    pub ident: super::Ident,
    /// Coroutines made while origin tracking is on: where (`cr_origin`).
    pub origin: RefCell<Option<Origin>>,
    /// The cycle collector's mark.
    pub(crate) gc: super::gc::GcSlot,
}

/// Where a coroutine was made, outermost frame first.
pub type Origin = Box<[OriginFrame]>;

/// One frame of a coroutine's origin: file, line, function, the line's source.
pub type OriginFrame = (Rc<str>, usize, Rc<str>, String);

impl Generator {
    /// A new generator-like object owning `frame`.
    pub fn new(kind: GenKind, frame: Box<Frame>, hooks: Option<Rc<GenHooks>>) -> Generator {
        let code = frame.code.clone();
        Generator {
            kind,
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            running_async: Cell::new(false),
            hooks,
            finalizing: false,
            hooked: Cell::new(false),
            finalizer: RefCell::new(None),
            ident: super::Ident::new(Self::SIZE),
            origin: RefCell::new(None),
            gc: super::gc::GcSlot::new(),
        }
    }

    /// `sys.getsizeof` of a small CPython generator or coroutine: where it lands in the
    /// allocator model.
    pub const SIZE: u32 = 176;

    /// Whether it can no longer run.
    pub fn is_finished(&self) -> bool {
        self.state.get() == GenState::Finished
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let Some(hooks) = self.hooks.clone() else {
            return;
        };
        match self.state.get() {
            GenState::Created if self.kind == GenKind::Coroutine && !self.finalizing => {
                let origin = self.origin.borrow_mut().take();
                hooks
                    .never_awaited
                    .borrow_mut()
                    .push((self.qualname.borrow().clone(), origin));
                hooks.pending.set(true);
            }
            GenState::Suspended if !self.finalizing => {
                let frame = self.frame.borrow_mut().take();
                let finalizer = self.finalizer.borrow_mut().take();
                if let Some(frame) = frame {
                    if frame.has_cleanup_blocks() || finalizer.is_some() {
                        let mut g = Generator::new(self.kind, frame, Some(hooks.clone()));
                        g.state.set(GenState::Suspended);
                        g.finalizing = true;
                        g.hooked.set(true);
                        g.ident = self.ident.take();
                        *g.name.borrow_mut() = self.name.borrow().clone();
                        *g.qualname.borrow_mut() = self.qualname.borrow().clone();
                        let g = Rc::new(g);
                        if let Some(f) = g.frame.borrow_mut().as_mut() {
                            f.gen = Some(Rc::downgrade(&g));
                        }
                        match finalizer {
                            Some(fin) => hooks.to_finalize.borrow_mut().push((g, fin)),
                            None => hooks.to_close.borrow_mut().push(g),
                        }
                        hooks.pending.set(true);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The error for an async generator's awaitable whose argument was already taken: each
/// is started once (its state goes from 0 to 1 only there), so this is a broken invariant.
pub fn agen_op_restarted() -> super::error::PyErr {
    super::error::PyErr::new(
        super::ExcKind::SystemError,
        "async generator awaitable started twice: its argument was already taken",
    )
}
