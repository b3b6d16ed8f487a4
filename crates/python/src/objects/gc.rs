//! The cycle collector: what frees garbage that reference counting cannot (an object that
//! refers to itself, two instances that refer to each other), as CPython's `gc` does.
//!
//! Containers that can take part in a cycle register a weak handle here when they are
//! made ([`track`]): lists, dicts and sets built by the program, instances, functions,
//! closure cells, generators, the classes a program makes, modules and their namespaces
//! (a module's functions refer to its namespace; `sys.modules` holds `sys`, whose
//! namespace holds `sys.modules`; a method using `super()` refers to its class). Others
//! are *untracked*: what they refer to looks referenced from outside, which keeps it
//! alive (conservative, never unsafe). A tuple, frozenset, property, classmethod,
//! staticmethod or bound method held by nothing but one tracked container counts as part
//! of it, so `self.pair = (self, 1)` and `self.cb = self.method` are seen through; the
//! immutable ones held more than once are scanned as objects of their own ([`Scan`]).
//!
//! Finding garbage is CPython's trial deletion: for the objects scanned, count the strong
//! references that come from other scanned objects ([`Node::traverse`] visits exactly the
//! `Rc`s an object owns); an object with more strong references than that is referenced
//! from outside (a frame, a native, an untracked holder), and so is everything it reaches.
//! The rest is unreachable. A container whose `RefCell` is borrowed counts as referenced
//! from outside. While a scan runs, each scanned object carries its place among them in a
//! [`GcSlot`] of its own (CPython keeps it in the object's header), so following a
//! reference costs one read of the object referred to.
//!
//! Collections are generational with CPython's thresholds (700, 10, 10); allocations only
//! mark one as due, and the interpreter runs it at an instruction boundary (never inside
//! arbitrary Rust code). The interpreter runs finalisers (`__del__`, closing suspended
//! generators) before anything is cleared, checks again what they resurrected, and then
//! breaks the cycles by emptying the mutable containers ([`clear`]).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::fasthash::FastMap;
use super::generator::{GenHooks, GenState};
use super::{
    BaseValue, Function, Generator, Instance, Module, PyCell, PyDict, PyList, Type, Value,
};
use crate::vm::frame::{ChildMode, Frame};

/// A registered container, held weakly.
pub enum Tracked {
    List(Weak<PyList>),
    Dict(Weak<PyDict>),
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Cell(Weak<PyCell>),
    Gen(Weak<Generator>),
    Type(Weak<Type>),
    Module(Weak<Module>),
}

/// A tracked container being scanned, held strongly (one reference, the collector's own).
pub enum Node {
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Instance(Rc<Instance>),
    Function(Rc<Function>),
    Cell(Rc<PyCell>),
    Gen(Rc<Generator>),
    Type(Rc<Type>),
    Module(Rc<Module>),
}

/// A tracked object's place among the objects the running scan looks at; [`NONE`]
/// outside a scan and for objects not being scanned.
pub struct GcSlot(Cell<u32>);

/// Not among the objects being scanned.
const NONE: u32 = u32::MAX;

impl GcSlot {
    pub const fn new() -> GcSlot {
        GcSlot(Cell::new(NONE))
    }
}

impl Default for GcSlot {
    fn default() -> GcSlot {
        GcSlot::new()
    }
}

/// A copy is a new object: not among those being scanned.
impl Clone for GcSlot {
    fn clone(&self) -> GcSlot {
        GcSlot::new()
    }
}

/// What a traversal reports: a tracked object's slot ([`NONE`] when it is not being
/// scanned), or an untracked immutable container more than one object holds.
enum Ref<'a> {
    Slot(u32),
    /// A tuple, an untracked frozenset, a property, classmethod or staticmethod (see
    /// [`shared_identity`]), held more than once.
    Shared(&'a Value),
}

/// Whether `v` may refer to a tracked object (a tuple of such values does).
fn may_hold_tracked(v: &Value) -> bool {
    !matches!(
        v,
        Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Builtin(_)
            | Value::Code(_)
            | Value::Range(_)
    )
}

/// A dict's or set's place in the scan ([`NONE`] while it is mutably borrowed, which
/// makes what refers to it count as outside: conservative).
#[inline]
fn dict_slot(d: &PyDict) -> u32 {
    d.try_borrow().map_or(NONE, |d| d.gc.0.get())
}

impl Tracked {
    fn upgrade(&self) -> Option<Node> {
        Some(match self {
            Tracked::List(w) => Node::List(w.upgrade()?),
            Tracked::Dict(w) => Node::Dict(w.upgrade()?),
            Tracked::Instance(w) => Node::Instance(w.upgrade()?),
            Tracked::Function(w) => Node::Function(w.upgrade()?),
            Tracked::Cell(w) => Node::Cell(w.upgrade()?),
            Tracked::Gen(w) => Node::Gen(w.upgrade()?),
            Tracked::Type(w) => Node::Type(w.upgrade()?),
            Tracked::Module(w) => Node::Module(w.upgrade()?),
        })
    }

    fn alive(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Cell(w) => w.strong_count() > 0,
            Tracked::Gen(w) => w.strong_count() > 0,
            Tracked::Type(w) => w.strong_count() > 0,
            Tracked::Module(w) => w.strong_count() > 0,
        }
    }
}

/// How deep the collector looks through tuples and bound methods owned by one container.
const MAX_INLINE: u32 = 16;

/// Visit the tracked objects `v` holds a strong reference to (itself, for a container;
/// the items of a tuple or the parts of a bound method only `v` holds): the visitor is
/// given their slots.
#[inline]
fn visit_value<V: FnMut(Ref<'_>)>(v: &Value, visit: &mut V, depth: u32) {
    match v {
        Value::List(r) => visit(Ref::Slot(r.gc.0.get())),
        // A frozenset made without being tracked: seen through as a tuple is.
        Value::FrozenSet(r) if dict_slot(r) == NONE && depth < MAX_INLINE => {
            visit_untracked(v, visit, depth)
        }
        Value::Dict(r) | Value::Set(r) | Value::FrozenSet(r) => visit(Ref::Slot(dict_slot(r))),
        Value::Instance(r) => visit(Ref::Slot(r.gc.0.get())),
        Value::Function(r) => visit(Ref::Slot(r.gc.0.get())),
        Value::Cell(r) => visit(Ref::Slot(r.gc.0.get())),
        Value::Gen(r) => visit(Ref::Slot(r.gc.0.get())),
        Value::Type(r) => visit(Ref::Slot(r.gc.0.get())),
        Value::Module(r) => visit(Ref::Slot(r.gc.0.get())),
        Value::Tuple(t) if depth < MAX_INLINE && Rc::strong_count(t) == 1 => {
            visit_parts(v, visit, depth)
        }
        // Held more than once: scanned as an object of its own (see `Scan::shared`).
        Value::Tuple(t) if t.iter().any(may_hold_tracked) => visit(Ref::Shared(v)),
        Value::Method(m) if depth < MAX_INLINE && Rc::strong_count(m) == 1 => {
            visit_value(&m.func, visit, depth + 1);
            visit_value(&m.self_, visit, depth + 1);
        }
        // A class's properties, classmethods and staticmethods: their functions would
        // otherwise look held from outside, and with them their module's namespace and
        // everything in it. (Held more than once: scanned as objects of their own.)
        Value::Property(_) | Value::ClassMethod(_) | Value::StaticMethod(_)
            if depth < MAX_INLINE =>
        {
            visit_untracked(v, visit, depth)
        }
        Value::Builtin(b) if depth < MAX_INLINE && Rc::strong_count(b) == 1 => {
            if let Some(v) = &b.self_ {
                visit_value(v, visit, depth + 1);
            }
        }
        _ => {}
    }
}

/// An untracked immutable container that may be scanned as an object of its own (a
/// tuple, frozenset, property, classmethod or staticmethod): its address, and how many
/// hold it.
fn shared_identity(v: &Value) -> Option<(usize, usize)> {
    fn of<T: ?Sized>(r: &Rc<T>) -> (usize, usize) {
        (Rc::as_ptr(r) as *const u8 as usize, Rc::strong_count(r))
    }
    match v {
        Value::Tuple(t) => Some(of(t)),
        Value::FrozenSet(f) => Some(of(f)),
        Value::Property(p) => Some(of(p)),
        Value::ClassMethod(w) | Value::StaticMethod(w) => Some(of(w)),
        _ => None,
    }
}

/// An untracked immutable container: part of its one holder, or shared.
fn visit_untracked<V: FnMut(Ref<'_>)>(v: &Value, visit: &mut V, depth: u32) {
    if shared_identity(v).is_some_and(|(_, holders)| holders == 1) {
        visit_parts(v, visit, depth);
    } else {
        visit(Ref::Shared(v));
    }
}

/// Visit what an untracked immutable container holds: a tuple's items, a frozenset's
/// members, a property's accessors, a classmethod's or staticmethod's function and
/// namespace.
fn visit_parts<V: FnMut(Ref<'_>)>(v: &Value, visit: &mut V, depth: u32) {
    match v {
        Value::Tuple(t) => {
            for x in t.iter() {
                visit_value(x, visit, depth + 1);
            }
        }
        Value::FrozenSet(f) => {
            // Borrowed now (never, for a frozenset): nothing is counted as held by it,
            // which keeps what it holds alive.
            if let Ok(d) = f.try_borrow() {
                for e in d.live_entries() {
                    visit_value(&e.key, visit, depth + 1);
                }
            }
        }
        Value::Property(p) => {
            for x in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                visit_value(x, visit, depth + 1);
            }
        }
        Value::ClassMethod(w) | Value::StaticMethod(w) => {
            visit_value(&w.func, visit, depth + 1);
            // Busy now: nothing in it is counted, which keeps what it holds alive.
            if let Ok(own) = owned_dict(&w.dict) {
                visit_held_dict(&w.dict, own.as_deref(), visit);
            }
        }
        _ => {}
    }
}

fn visit_dict<V: FnMut(Ref<'_>)>(d: &super::DictData, visit: &mut V) {
    for e in d.live_entries() {
        visit_value(&e.key, visit, 0);
        visit_value(&e.value, visit, 0);
    }
}

fn visit_frame<V: FnMut(Ref<'_>)>(f: &Frame, visit: &mut V) {
    for v in &f.stack {
        visit_value(v, visit, 0);
    }
    for v in f.fast.iter().flatten() {
        visit_value(v, visit, 0);
    }
    for c in &f.cells {
        visit(Ref::Slot(c.gc.0.get()));
    }
    visit(Ref::Slot(dict_slot(&f.globals)));
    if let Some(l) = &f.locals {
        visit(Ref::Slot(dict_slot(l)));
    }
    for v in f
        .locals_map
        .iter()
        .chain(f.saved_handling.iter())
        .chain(f.pending_throw.iter())
        .chain(f.pending_raise.iter())
    {
        visit_value(v, visit, 0);
    }
    match &f.child {
        ChildMode::Init(v) | ChildMode::Import(v) => visit_value(v, visit, 0),
        ChildMode::ClassBody(b) => {
            visit_value(&b.name, visit, 0);
            for v in &b.bases {
                visit_value(v, visit, 0);
            }
            if let Some(v) = &b.orig_bases {
                visit_value(v, visit, 0);
            }
            for (_, v) in &b.kwargs {
                visit_value(v, visit, 0);
            }
            visit_value(&b.meta, visit, 0);
            visit_value(&b.ns, visit, 0);
        }
        _ => {}
    }
}

/// Whether `d`, held by an instance or function, is part of it: held by nothing else, and
/// not scanned on its own (its references would count twice).
fn owns(d: &Rc<PyDict>) -> bool {
    Rc::strong_count(d) == 1 && dict_slot(d) == NONE
}

/// `d` borrowed when it is part of its holder ([`owns`]), `None` when it is not; `Err`
/// when it is part of it but borrowed mutably right now.
fn owned_dict(d: &Rc<PyDict>) -> Result<Option<std::cell::Ref<'_, super::DictData>>, ()> {
    if owns(d) {
        d.try_borrow().map(Some).map_err(|_| ())
    } else {
        Ok(None)
    }
}

/// Visit a namespace its holder refers to: its entries when it is part of the holder
/// (`own`, from [`owned_dict`]), else the dict itself.
fn visit_held_dict<V: FnMut(Ref<'_>)>(
    d: &Rc<PyDict>,
    own: Option<&super::DictData>,
    visit: &mut V,
) {
    match own {
        Some(own) => visit_dict(own, visit),
        None => visit(Ref::Slot(dict_slot(d))),
    }
}

/// Empty a namespace held by nothing but the garbage object being cleared.
fn clear_held_dict(d: &Rc<PyDict>, trash: &mut Vec<Trash>) {
    if Rc::strong_count(d) == 1 {
        if let Ok(mut d) = d.try_borrow_mut() {
            trash.push(Trash::Dict(d.take_all()));
        }
    }
}

impl Node {
    fn downgrade(&self) -> Tracked {
        match self {
            Node::List(r) => Tracked::List(Rc::downgrade(r)),
            Node::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
            Node::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Node::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Node::Cell(r) => Tracked::Cell(Rc::downgrade(r)),
            Node::Gen(r) => Tracked::Gen(Rc::downgrade(r)),
            Node::Type(r) => Tracked::Type(Rc::downgrade(r)),
            Node::Module(r) => Tracked::Module(Rc::downgrade(r)),
        }
    }

    /// Mark its place in the scan (or, with [`NONE`], that the scan is over).
    fn set_slot(&self, slot: u32) {
        match self {
            Node::List(r) => r.gc.0.set(slot),
            Node::Dict(r) => {
                if let Ok(d) = r.try_borrow() {
                    d.gc.0.set(slot);
                }
            }
            Node::Instance(r) => r.gc.0.set(slot),
            Node::Function(r) => r.gc.0.set(slot),
            Node::Cell(r) => r.gc.0.set(slot),
            Node::Gen(r) => r.gc.0.set(slot),
            Node::Type(r) => r.gc.0.set(slot),
            Node::Module(r) => r.gc.0.set(slot),
        }
    }

    fn strong(&self) -> usize {
        match self {
            Node::List(r) => Rc::strong_count(r),
            Node::Dict(r) => Rc::strong_count(r),
            Node::Instance(r) => Rc::strong_count(r),
            Node::Function(r) => Rc::strong_count(r),
            Node::Cell(r) => Rc::strong_count(r),
            Node::Gen(r) => Rc::strong_count(r),
            Node::Type(r) => Rc::strong_count(r),
            Node::Module(r) => Rc::strong_count(r),
        }
    }

    /// Visit every tracked object this one holds a strong reference to, once per
    /// reference. `false` (and nothing visited) when part of it is borrowed right now.
    ///
    /// The `__dict__` of an instance or function counts as part of it while nothing else
    /// holds it (and it is not itself among the scanned objects).
    fn traverse<V: FnMut(Ref<'_>)>(&self, visit: &mut V) -> bool {
        match self {
            Node::List(l) => {
                let Ok(items) = l.try_borrow() else {
                    return false;
                };
                for v in items.iter() {
                    visit_value(v, visit, 0);
                }
            }
            Node::Dict(d) => {
                let Ok(d) = d.try_borrow() else {
                    return false;
                };
                visit_dict(&d, visit);
            }
            Node::Instance(i) => {
                let Ok(native) = i.native.try_borrow() else {
                    return false;
                };
                let Ok(dict) = owned_dict(&i.dict) else {
                    return false;
                };
                let exc = match &i.exc {
                    Some(e) => match e.try_borrow() {
                        Ok(e) => Some(e),
                        Err(_) => return false,
                    },
                    None => None,
                };
                visit(Ref::Slot(i.cls.gc.0.get()));
                visit_held_dict(&i.dict, dict.as_deref(), visit);
                if let Some(b) = native.as_ref().and_then(|b| b.downcast_ref::<BaseValue>()) {
                    visit_value(&b.0, visit, 0);
                }
                if let Some(e) = &exc {
                    for v in e
                        .args
                        .iter()
                        .chain(e.cause.iter())
                        .chain(e.context.iter())
                        .chain(e.notes.iter())
                    {
                        visit_value(v, visit, 0);
                    }
                }
            }
            Node::Function(f) => {
                let (Ok(defaults), Ok(kwdefaults)) =
                    (f.defaults.try_borrow(), f.kwdefaults.try_borrow())
                else {
                    return false;
                };
                let Ok(dict) = owned_dict(&f.dict) else {
                    return false;
                };
                for v in defaults.iter().chain(kwdefaults.iter().map(|(_, v)| v)) {
                    visit_value(v, visit, 0);
                }
                for c in &f.closure {
                    visit(Ref::Slot(c.gc.0.get()));
                }
                visit(Ref::Slot(dict_slot(&f.globals)));
                visit_held_dict(&f.dict, dict.as_deref(), visit);
            }
            Node::Cell(c) => {
                let Ok(c) = c.try_borrow() else {
                    return false;
                };
                if let Some(v) = c.as_ref() {
                    visit_value(v, visit, 0);
                }
            }
            Node::Gen(g) => {
                let (Ok(frame), Ok(fin)) = (g.frame.try_borrow(), g.finalizer.try_borrow()) else {
                    return false;
                };
                if let Some(f) = frame.as_ref() {
                    visit_frame(f, visit);
                }
                if let Some(v) = fin.as_ref() {
                    visit_value(v, visit, 0);
                }
            }
            Node::Type(t) => {
                // Its namespace is part of it while nothing else holds it (a
                // `mappingproxy` of it does).
                let Ok(dict) = owned_dict(&t.dict) else {
                    return false;
                };
                if !t.visit_lookups(&mut |v| visit_value(v, visit, 0)) {
                    return false;
                }
                visit_held_dict(&t.dict, dict.as_deref(), visit);
                for b in t
                    .bases
                    .iter()
                    .chain(t.mro_rest.iter())
                    .chain(t.metaclass.iter())
                {
                    visit(Ref::Slot(b.gc.0.get()));
                }
            }
            // Its namespace is tracked on its own, and cleared as such.
            Node::Module(m) => visit(Ref::Slot(dict_slot(&m.dict))),
        }
        true
    }

    /// Empty it, handing back what it held (dropped by the caller once every garbage
    /// object is emptied).
    fn clear(&self, trash: &mut Vec<Trash>) {
        match self {
            Node::List(l) => {
                if let Ok(mut items) = l.try_borrow_mut() {
                    trash.push(Trash::Values(std::mem::take(&mut *items)));
                }
            }
            Node::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    trash.push(Trash::Dict(d.take_all()));
                }
            }
            Node::Instance(i) => {
                clear_held_dict(&i.dict, trash);
                if let Ok(mut native) = i.native.try_borrow_mut() {
                    if native.as_ref().is_some_and(|b| b.is::<BaseValue>()) {
                        trash.push(Trash::Native(native.take()));
                    }
                }
                if let Some(Ok(mut e)) = i.exc.as_ref().map(|e| e.try_borrow_mut()) {
                    let mut held = std::mem::take(&mut e.args);
                    held.extend(e.cause.take());
                    held.extend(e.context.take());
                    held.append(&mut e.notes);
                    trash.push(Trash::Values(held));
                }
            }
            Node::Function(f) => {
                if let Ok(mut d) = f.defaults.try_borrow_mut() {
                    trash.push(Trash::Values(std::mem::take(&mut *d)));
                }
                if let Ok(mut d) = f.kwdefaults.try_borrow_mut() {
                    let held = std::mem::take(&mut *d)
                        .into_iter()
                        .map(|(_, v)| v)
                        .collect();
                    trash.push(Trash::Values(held));
                }
                clear_held_dict(&f.dict, trash);
            }
            Node::Cell(c) => {
                if let Ok(mut c) = c.try_borrow_mut() {
                    trash.push(Trash::Values(c.take().into_iter().collect()));
                }
            }
            Node::Gen(g) => {
                if let Ok(mut f) = g.frame.try_borrow_mut() {
                    if let Some(f) = f.take() {
                        if g.state.get() == GenState::Suspended {
                            g.state.set(GenState::Finished);
                        }
                        trash.push(Trash::Frame(f));
                    }
                }
                if let Ok(mut fin) = g.finalizer.try_borrow_mut() {
                    trash.push(Trash::Values(fin.take().into_iter().collect()));
                }
            }
            Node::Type(t) => {
                t.forget_lookups();
                clear_held_dict(&t.dict, trash);
            }
            Node::Module(_) => {}
        }
    }
}

/// What clearing took out of the garbage.
#[allow(dead_code)]
enum Trash {
    Values(Vec<Value>),
    Dict(super::DictData),
    Native(Option<Box<dyn std::any::Any>>),
    Frame(Box<Frame>),
}

struct State {
    /// Tracked objects by generation, oldest of each in front.
    gens: [Vec<Tracked>; 3],
    /// CPython's counts: allocations since the last collection of generation 0; for the
    /// others, collections of the generation below since their own last one.
    count: [usize; 3],
    threshold: [usize; 3],
    enabled: bool,
    collecting: bool,
    /// Objects that survived a generation-1 collection since the last full one, and
    /// those that survived the last full one (CPython runs a full collection only when
    /// the first is a quarter of the second).
    long_lived_pending: usize,
    long_lived_total: usize,
    /// Young entries past which dead handles are pruned even when no collection runs.
    prune_at: usize,
    /// Registrations since the newest were last looked at.
    recent: usize,
    hooks: Option<Rc<GenHooks>>,
}

const PRUNE_MIN: usize = 4096;
/// How many of the newest tracked objects are looked at for the dead, every `RECENT / 2`
/// registrations.
const RECENT: usize = 16;

impl State {
    const fn new() -> State {
        State {
            gens: [Vec::new(), Vec::new(), Vec::new()],
            count: [0; 3],
            threshold: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_pending: 0,
            long_lived_total: 0,
            prune_at: PRUNE_MIN,
            recent: 0,
            hooks: None,
        }
    }
}

thread_local! {
    static GC: RefCell<State> = const { RefCell::new(State::new()) };
}

/// Start afresh for a new interpreter on this thread: default settings, nothing tracked
/// (objects of an earlier interpreter are no longer collected); `hooks` hear when a
/// collection is due.
pub fn begin(hooks: Option<Rc<GenHooks>>) {
    // The interpreter before this one has run its program: its cyclic garbage goes now,
    // without finalisers (their run is over), or a thread that runs program after program
    // (a page's worker) would keep every run's cycles. Only what nothing outside it holds
    // goes, so an interpreter still alive on this thread keeps everything it uses.
    collect_without_finalisers();
    let left = GC.with(|g| {
        g.borrow()
            .gens
            .iter()
            .flatten()
            .filter(|t| t.alive())
            .count()
    });
    LEFT_BEHIND.with(|l| l.set(left));
    let old = GC.with(|g| {
        let mut g = g.borrow_mut();
        let old = std::mem::replace(&mut *g, State::new());
        g.hooks = hooks;
        old
    });
    drop(old);
}

thread_local! {
    static LEFT_BEHIND: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many tracked objects of the interpreters before this one were still alive when
/// it began (after freeing their cycles): what ended runs leave behind on this thread.
pub fn left_behind() -> usize {
    LEFT_BEHIND.with(|l| l.get())
}

/// Register a new container.
#[inline]
pub fn track(t: Tracked) {
    let _ = GC.try_with(|g| {
        let Ok(mut g) = g.try_borrow_mut() else {
            return;
        };
        // Most objects die young, right after the next ones are made: every few
        // registrations the newest dead go, so that their memory is reused while it is
        // hot (and, as CPython counts deallocations, they do not bring a collection
        // nearer).
        let mut freed = 0;
        g.recent += 1;
        if g.recent == RECENT / 2 {
            g.recent = 0;
            let young = &mut g.gens[0];
            let n = young.len();
            let lo = n.saturating_sub(RECENT);
            let mut w = lo;
            for r in lo..n {
                if young[r].alive() {
                    if w != r {
                        young.swap(w, r);
                    }
                    w += 1;
                }
            }
            freed = n - w;
            young.truncate(w);
        }
        g.gens[0].push(t);
        g.count[0] = (g.count[0] + 1).saturating_sub(freed);
        let (count, threshold) = (g.count[0], g.threshold[0]);
        if count > threshold && threshold > 0 && g.enabled {
            // Re-armed every so often: a due collection waits while natives run Python.
            if (count - threshold - 1) % 256 == 0 {
                if let Some(h) = &g.hooks {
                    h.pending.set(true);
                }
            }
        }
        if g.gens[0].len() >= g.prune_at {
            // No collection ran (disabled, or Python nested in natives the whole time):
            // let the memory of the dead go.
            g.gens[0].retain(Tracked::alive);
            g.prune_at = (g.gens[0].len() * 2).max(PRUNE_MIN);
        }
    });
}

/// Track a new list.
#[inline]
pub fn track_list(l: &Rc<PyList>) {
    track(Tracked::List(Rc::downgrade(l)));
}

/// Track a new dict or set.
#[inline]
pub fn track_dict(d: &Rc<PyDict>) {
    track(Tracked::Dict(Rc::downgrade(d)));
}

/// Track a new instance.
#[inline]
pub fn track_instance(i: &Rc<Instance>) {
    track(Tracked::Instance(Rc::downgrade(i)));
}

/// Track a new function.
#[inline]
pub fn track_function(f: &Rc<Function>) {
    track(Tracked::Function(Rc::downgrade(f)));
}

/// Track a new closure cell.
#[inline]
pub fn track_cell(c: &Rc<PyCell>) {
    track(Tracked::Cell(Rc::downgrade(c)));
}

/// Track a new module.
#[inline]
pub fn track_module(m: &Rc<Module>) {
    track(Tracked::Module(Rc::downgrade(m)));
}

/// Track a new class.
#[inline]
pub fn track_type(t: &Rc<Type>) {
    track(Tracked::Type(Rc::downgrade(t)));
}

/// Track a new generator, coroutine or async generator.
#[inline]
pub fn track_gen(g: &Rc<Generator>) {
    track(Tracked::Gen(Rc::downgrade(g)));
}

/// The generation a collection due now should cover, if one is (CPython's
/// `gc_collect_generations`).
pub fn due() -> Option<usize> {
    GC.with(|g| {
        let g = g.borrow();
        if !g.enabled || g.collecting || g.threshold[0] == 0 || g.count[0] <= g.threshold[0] {
            return None;
        }
        (0..3).rev().find(|&i| {
            g.count[i] > g.threshold[i]
                && !(i == 2 && g.long_lived_pending < g.long_lived_total / 4)
        })
    })
}

/// Whether a collection is running now (finalisers it called may run Python).
pub fn collecting() -> bool {
    GC.with(|g| g.borrow().collecting)
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    GC.with(|g| g.borrow_mut().enabled = on);
}

/// `gc.isenabled()`.
pub fn enabled() -> bool {
    GC.with(|g| g.borrow().enabled)
}

/// `gc.get_threshold()`.
pub fn threshold() -> [usize; 3] {
    GC.with(|g| g.borrow().threshold)
}

/// `gc.set_threshold(...)`: the thresholds given (the others keep theirs).
pub fn set_threshold(t: &[usize]) {
    GC.with(|g| {
        let mut g = g.borrow_mut();
        for (i, &v) in t.iter().take(3).enumerate() {
            g.threshold[i] = v;
        }
    });
}

/// `gc.get_count()`.
pub fn count() -> [usize; 3] {
    GC.with(|g| g.borrow().count)
}

/// `gc.is_tracked(v)`: whether the collector would look at `v`.
pub fn is_tracked(v: &Value) -> bool {
    match v {
        Value::List(_)
        | Value::Instance(_)
        | Value::Function(_)
        | Value::Cell(_)
        | Value::Gen(_)
        | Value::Set(_)
        | Value::Method(_)
        | Value::Type(_)
        | Value::Module(_) => true,
        // CPython leaves dicts of atoms untracked, and tuples of atoms once a collection
        // has seen them.
        Value::Dict(d) => d
            .borrow()
            .live_entries()
            .any(|e| !is_atomic(&e.key) || !is_atomic(&e.value)),
        Value::Tuple(t) => t.iter().any(|x| !is_atomic(x)),
        _ => false,
    }
}

fn is_atomic(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t.iter().all(is_atomic),
        _ => !is_tracked(v),
    }
}

/// Scan generations `0..=generation` and return what is unreachable, in CPython's order
/// (older generations first, each in the order it was tracked). `None` while a
/// collection is already running.
pub fn find_garbage(generation: usize) -> Option<Vec<Node>> {
    let generation = generation.min(2);
    let lists = GC.with(|g| {
        let mut g = g.borrow_mut();
        if g.collecting {
            return None;
        }
        g.collecting = true;
        if generation + 1 < 3 {
            g.count[generation + 1] += 1;
        }
        for i in 0..=generation {
            g.count[i] = 0;
        }
        let lists: Vec<Vec<Tracked>> = (0..=generation)
            .rev()
            .map(|i| std::mem::take(&mut g.gens[i]))
            .collect();
        g.prune_at = PRUNE_MIN;
        Some(lists)
    })?;
    // The dead are dropped here (their memory goes back); the living keep their handles.
    let mut handles: Vec<Tracked> = Vec::new();
    let mut nodes: Vec<Node> = Vec::new();
    for list in lists {
        handles.reserve(list.len());
        nodes.reserve(list.len());
        for t in list {
            if let Some(node) = t.upgrade() {
                handles.push(t);
                nodes.push(node);
            }
        }
    }
    if generation == 2 {
        // A class's lookup cache holds a second reference to each property and
        // classmethod it found, which would make them, their functions and the modules
        // those refer to look held from outside. The caches are only a shortcut: a full
        // collection empties them (they refill on the next lookups).
        for node in &nodes {
            if let Node::Type(t) = node {
                t.forget_lookups();
            }
        }
    }
    let reachable = reachable(&nodes);
    let mut garbage = Vec::new();
    let mut survivors = Vec::with_capacity(nodes.len());
    for ((node, handle), live) in nodes.into_iter().zip(handles).zip(reachable) {
        if live {
            survivors.push(handle);
        } else {
            garbage.push(node);
        }
    }
    GC.with(|g| {
        let mut g = g.borrow_mut();
        let n = survivors.len();
        let to = (generation + 1).min(2);
        g.gens[to].extend(survivors);
        if generation == 2 {
            g.long_lived_pending = 0;
            g.long_lived_total = n;
        } else if generation == 1 {
            g.long_lived_pending += n;
        }
    });
    Some(garbage)
}

/// The counts a scan keeps: references from outside per object, and the references
/// between the scanned objects as found (each object's run of targets starts at
/// `starts[i]`): marking follows these without looking again.
struct Scan {
    refs: Vec<isize>,
    starts: Vec<u32>,
    edges: Vec<u32>,
    /// Immutable containers the collector does not track (tuples, frozensets, a class's
    /// properties, classmethods and staticmethods) held more than once, met while
    /// scanning, by address: each becomes an object of the scan (after the tracked
    /// ones), so that one all of whose holders are garbage is too, and what it refers to
    /// with it. CPython tracks these; ours have no room for a mark, and most are held
    /// once and seen through.
    shared_at: FastMap<usize, u32>,
    shared: Vec<Value>,
}

impl Scan {
    fn visit(&mut self, r: Ref<'_>) {
        let j = match r {
            Ref::Slot(NONE) => return,
            Ref::Slot(j) => j,
            Ref::Shared(v) => {
                let Some((at, holders)) = shared_identity(v) else {
                    return;
                };
                match self.shared_at.get(&at) {
                    Some(&j) => j,
                    None => {
                        let j = self.refs.len() as u32;
                        self.shared_at.insert(at, j);
                        // Its holders (counted before the scan keeps a copy), all from
                        // outside until found.
                        self.refs.push(holders as isize);
                        self.shared.push(v.clone());
                        j
                    }
                }
            }
        };
        self.refs[j as usize] -= 1;
        self.edges.push(j);
    }
}

/// Which of `nodes` are referenced from outside them, or reachable from one that is.
fn reachable(nodes: &[Node]) -> Vec<bool> {
    let n = nodes.len();
    for (i, node) in nodes.iter().enumerate() {
        node.set_slot(i as u32);
    }
    // Strong references from outside: all of them, less the collector's own, less those
    // the scanned objects hold.
    let mut scan = Scan {
        refs: nodes.iter().map(|x| x.strong() as isize - 1).collect(),
        starts: Vec::with_capacity(n + 1),
        edges: Vec::new(),
        shared_at: FastMap::default(),
        shared: Vec::new(),
    };
    let mut opaque = vec![false; n];
    for (i, node) in nodes.iter().enumerate() {
        scan.starts.push(scan.edges.len() as u32);
        let ok = node.traverse(&mut |r| scan.visit(r));
        opaque[i] = !ok;
    }
    // The shared containers met, and those they hold (found as this goes).
    let mut k = 0;
    while k < scan.shared.len() {
        scan.starts.push(scan.edges.len() as u32);
        let v = scan.shared[k].clone();
        visit_parts(&v, &mut |r| scan.visit(r), 0);
        k += 1;
    }
    // The scan's copies of the shared containers go: every address is read.
    let Scan {
        refs,
        mut starts,
        edges,
        ..
    } = scan;
    starts.push(edges.len() as u32);
    let total = refs.len();
    opaque.resize(total, false);
    // Nothing runs in between that could read or change the marks: the scan is over.
    for node in nodes {
        node.set_slot(NONE);
    }
    let exact = refs.iter().all(|&r| r >= 0);
    debug_assert!(exact, "the cycle collector counted a reference twice");
    if !exact {
        // A `traverse` is wrong: free nothing rather than something still in use.
        return vec![true; n];
    }
    let mut live = vec![false; total];
    let mut stack: Vec<u32> = Vec::new();
    // Tentatively unreachable objects not yet reached: marking stops when none are left.
    let mut unreached = 0usize;
    for i in 0..total {
        if refs[i] > 0 || opaque[i] {
            live[i] = true;
            stack.push(i as u32);
        } else {
            unreached += 1;
        }
    }
    while unreached > 0 {
        let Some(i) = stack.pop() else {
            break;
        };
        let i = i as usize;
        for &j in &edges[starts[i] as usize..starts[i + 1] as usize] {
            if !live[j as usize] {
                live[j as usize] = true;
                unreached -= 1;
                stack.push(j);
            }
        }
    }
    live.truncate(n);
    live
}

/// After finalisers ran: split `garbage` into what is still unreachable and what they
/// resurrected (tracked again, in the oldest generation).
pub fn recheck(garbage: Vec<Node>) -> Vec<Node> {
    let live = reachable(&garbage);
    let mut still = Vec::with_capacity(garbage.len());
    let mut back = Vec::new();
    for (node, live) in garbage.into_iter().zip(live) {
        if live {
            back.push(node.downgrade());
            // Dropping the collector's reference frees nothing: something else holds it.
            drop(node);
        } else {
            still.push(node);
        }
    }
    GC.with(|g| g.borrow_mut().gens[2].extend(back));
    still
}

/// Break the cycles of `garbage` by emptying its containers, then let it go.
pub fn clear(garbage: Vec<Node>) {
    let mut trash = Vec::with_capacity(garbage.len());
    for node in &garbage {
        node.clear(&mut trash);
    }
    drop(trash);
    // What clearing could not free (held through something it cannot empty) stays tracked.
    let handles: Vec<Tracked> = garbage.iter().map(Node::downgrade).collect();
    drop(garbage);
    let left: Vec<Tracked> = handles.into_iter().filter(Tracked::alive).collect();
    if !left.is_empty() {
        GC.with(|g| g.borrow_mut().gens[2].extend(left));
    }
}

/// A full collection that runs no finaliser: the number of unreachable objects freed,
/// `None` while a collection is already running.
fn collect_without_finalisers() -> Option<usize> {
    let garbage = find_garbage(2)?;
    let n = garbage.len();
    clear(garbage);
    finish();
    Some(n)
}

/// The collection is over: collections may start again.
pub fn finish() {
    GC.with(|g| g.borrow_mut().collecting = false);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list_of(v: &Value) -> Rc<PyList> {
        match v {
            Value::List(l) => l.clone(),
            _ => unreachable!(),
        }
    }

    fn collect_all() -> usize {
        collect_without_finalisers().expect("no collection running")
    }

    #[test]
    fn a_list_holding_itself_is_freed_and_a_held_one_is_not() {
        begin(None);
        let a = Value::list(vec![]);
        let la = list_of(&a);
        la.borrow_mut().push(a.clone());
        let weak = Rc::downgrade(&la);
        drop((a, la));
        let b = Value::list(vec![]);
        list_of(&b).borrow_mut().push(b.clone());
        assert_eq!(collect_all(), 1);
        assert!(weak.upgrade().is_none(), "the unreachable cycle went");
        assert_eq!(list_of(&b).borrow().len(), 1, "the held cycle is untouched");
        list_of(&b).borrow_mut().clear();
    }

    #[test]
    fn tuples_only_one_container_holds_are_seen_through() {
        begin(None);
        let a = Value::list(vec![]);
        let la = list_of(&a);
        la.borrow_mut()
            .push(Value::tuple(vec![a.clone(), Value::Int(1)]));
        let weak = Rc::downgrade(&la);
        drop((a, la));
        assert_eq!(collect_all(), 1);
        assert!(weak.upgrade().is_none());
        // A tuple held twice is not: what it refers to looks referenced from outside.
        let b = Value::list(vec![]);
        let t = Value::tuple(vec![b.clone()]);
        list_of(&b).borrow_mut().push(t.clone());
        assert_eq!(collect_all(), 0);
        list_of(&b).borrow_mut().clear();
    }

    #[test]
    fn survivors_move_to_older_generations() {
        begin(None);
        let a = Value::list(vec![]);
        let _ = find_garbage(0).map(|g| {
            clear(g);
            finish()
        });
        GC.with(|g| {
            let g = g.borrow();
            assert_eq!(g.gens[0].len(), 0);
            assert_eq!(g.gens[1].len(), 1);
        });
        drop(a);
    }
}
