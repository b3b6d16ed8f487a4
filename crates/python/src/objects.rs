//! Python values. `Value` holds None, bools, small ints and floats inline; everything else
//! sits behind an `Rc`, so CPython's deterministic reference-counting finalisation carries
//! over; unreachable cycles are freed by the cycle collector ([`gc`]). Mutable objects use
//! `RefCell`; the interpreter never holds a borrow while it runs Python code.

pub mod alias;
pub mod complex;
pub mod dict;
pub mod error;
pub mod exception;
pub mod fasthash;
pub mod function;
pub mod gc;
pub mod generator;
pub mod identity;
pub mod int;
pub mod iter;
pub mod memoryview;
pub mod str;
pub mod typeobj;

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

pub use dict::{DictData, PyDict};
pub use exception::{ExcData, ExcKind};
pub use function::{Builtin, FrameNative, Function, Method, Native, NativeFn};
pub use generator::{GenKind, GenState, Generator};
pub use identity::{Ident, WeakTarget};
pub use iter::{IterKind, IterObj};
pub use memoryview::bytes_of;
pub use str::PyStr;
pub use typeobj::{t, BuiltinTypes, Layout, Type};

use crate::bytecode::CodeObject;
use error::PyErr;

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A complex number (real, imaginary).
    Complex(Rc<(f64, f64)>),
    /// An int outside `i64` (never holds a value that fits).
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<[u8]>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(Rc<[Value]>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    Method(Rc<Method>),
    Type(Rc<Type>),
    /// Instances of classes: user classes, exceptions, embedder-defined native classes.
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Gen(Rc<Generator>),
    Iter(Rc<IterObj>),
    Cell(Rc<PyCell>),
    Code(Rc<CodeObject>),
    Property(Rc<Property>),
    ClassMethod(Rc<Wrapper>),
    StaticMethod(Rc<Wrapper>),
    Super(Rc<Super>),
    DictView(Rc<DictView>),
    /// An awaitable step of an async generator (`asend`/`athrow`/`aclose`).
    AGenOp(Rc<AGenOp>),
}

/// A list. Dropping deeply nested lists does not recurse deeply (see `drop_guard`).
pub struct PyList {
    items: RefCell<Vec<Value>>,
    /// The cycle collector's mark.
    pub(crate) gc: gc::GcSlot,
}

impl PyList {
    /// A list holding `items`.
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
            gc: gc::GcSlot::new(),
        }
    }
}

impl std::ops::Deref for PyList {
    type Target = RefCell<Vec<Value>>;
    fn deref(&self) -> &Self::Target {
        &self.items
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        let items = std::mem::take(self.items.get_mut());
        drop_guard::drop_values(items);
    }
}

/// CPython's "trashcan": container destructors hand their contents to a queue once the
/// destructor nesting gets deep, and the outermost destructor drains it, so freeing a
/// 100,000-deep linked structure never overflows the Rust stack.
pub mod drop_guard {
    use std::cell::{Cell, RefCell};

    use super::Value;

    const MAX_DEPTH: usize = 64;

    thread_local! {
        static DEPTH: Cell<usize> = const { Cell::new(0) };
        static PENDING: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
    }

    /// Drop `items`, last first as CPython's `list_dealloc` does (the order `__del__`
    /// methods run in), deferring when destructors are nested deeply.
    pub fn drop_values(mut items: Vec<Value>) {
        if items.is_empty() {
            return;
        }
        let depth = DEPTH.with(|d| d.get());
        if depth >= MAX_DEPTH {
            PENDING.with(|p| p.borrow_mut().push(items));
            return;
        }
        DEPTH.with(|d| d.set(depth + 1));
        while items.pop().is_some() {}
        if depth == 0 {
            loop {
                let next = PENDING.with(|p| p.borrow_mut().pop());
                match next {
                    Some(batch) => drop(batch),
                    None => break,
                }
            }
        }
        DEPTH.with(|d| d.set(depth));
    }
}

/// A set or frozenset: a dict whose values are unused.
pub type PySet = RefCell<DictData>;

/// `range(start, stop, step)` over i128 (ranges past 2**63 work, as in CPython).
#[derive(Debug, Clone)]
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl PyRange {
    /// Number of items.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (0 <= i < len).
    pub fn get(&self, i: i128) -> i128 {
        self.start.saturating_add(i.saturating_mul(self.step))
    }
}

/// `slice(start, stop, step)`.
#[derive(Clone)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A closure cell.
pub struct PyCell {
    value: RefCell<Option<Value>>,
    /// The cycle collector's mark.
    pub(crate) gc: gc::GcSlot,
}

impl PyCell {
    /// A cell holding `value` (empty: `None`).
    pub fn new(value: Option<Value>) -> PyCell {
        PyCell {
            value: RefCell::new(value),
            gc: gc::GcSlot::new(),
        }
    }
}

impl std::ops::Deref for PyCell {
    type Target = RefCell<Option<Value>>;
    fn deref(&self) -> &Self::Target {
        &self.value
    }
}

/// An instance of a class.
pub struct Instance {
    /// Its class.
    pub cls: Rc<Type>,
    /// `__dict__`.
    pub dict: Rc<PyDict>,
    /// Exception state, for instances of `BaseException` subclasses (boxed: most
    /// instances are not exceptions, and tasks and futures come by the hundred thousand).
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// Rust data of embedder-defined native classes (and builtin-subclass payloads).
    pub native: RefCell<Option<Box<dyn std::any::Any>>>,
    /// Its `__del__` has been queued once: it is not queued again.
    pub finalized: Cell<bool>,
    /// Its virtual address (`id()`).
    pub ident: Ident,
    /// The cycle collector's mark.
    pub(crate) gc: gc::GcSlot,
}

/// A module.
pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<PyDict>,
    /// The cycle collector's mark.
    pub(crate) gc: gc::GcSlot,
}

impl Module {
    /// A module named `name` with namespace `dict`, tracked by the cycle collector (with
    /// its namespace: a module's functions refer to the namespace that holds them, and
    /// `sys.modules` to the modules that hold `sys`).
    pub fn new(name: &str, dict: Rc<PyDict>) -> Rc<Module> {
        gc::track_dict(&dict);
        let m = Rc::new(Module {
            name: name.into(),
            dict,
            gc: gc::GcSlot::new(),
        });
        gc::track_module(&m);
        m
    }
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// The function inside a `classmethod` or `staticmethod`.
pub struct Wrapper {
    pub func: Value,
    pub dict: Rc<PyDict>,
}

/// `super(cls, obj)`.
pub struct Super {
    /// The class whose MRO successor starts the lookup.
    pub cls: Rc<Type>,
    /// The bound object (an instance, or a class for classmethods).
    pub obj: Value,
    /// The type of `obj` (or `obj` itself when it is a class).
    pub obj_type: Rc<Type>,
}

/// Which view a `DictView` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `dict.keys()`, `.values()`, `.items()`.
pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: ViewKind,
}

/// What an async generator step object does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AGenOpKind {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(exc)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// The awaitable returned by an async generator's `__anext__`, `asend`, `athrow`, `aclose`.
pub struct AGenOp {
    pub gen: Rc<Generator>,
    pub kind: AGenOpKind,
    /// The value to send or the exception to throw.
    pub arg: RefCell<Option<Value>>,
    /// 0 = not started, 1 = running, 2 = done.
    pub state: Cell<u8>,
}

impl Value {
    /// `str` value from Rust text.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// `str` value from an owned string.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// A tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }

    /// A list.
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(PyList::new(items));
        gc::track_list(&l);
        Value::List(l)
    }

    /// An instance, tracked by the cycle collector.
    pub fn instance(inst: Instance) -> Value {
        let i = Rc::new(inst);
        gc::track_instance(&i);
        Value::Instance(i)
    }

    /// An empty dict.
    pub fn new_dict() -> Value {
        let d = Rc::new(RefCell::new(DictData::new()));
        gc::track_dict(&d);
        Value::Dict(d)
    }

    /// An int from a BigInt, normalised to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The type of this value.
    pub fn type_of(&self) -> Rc<Type> {
        let bt = t();
        match self {
            Value::None => bt.none.clone(),
            Value::NotImplemented => bt.not_implemented.clone(),
            Value::Ellipsis => bt.ellipsis.clone(),
            Value::Bool(_) => bt.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => bt.int.clone(),
            Value::Float(_) => bt.float.clone(),
            Value::Complex(_) => bt.complex.clone(),
            Value::Str(_) => bt.str_.clone(),
            Value::Bytes(_) => bt.bytes.clone(),
            Value::ByteArray(_) => bt.bytearray.clone(),
            Value::Tuple(_) => bt.tuple.clone(),
            Value::List(_) => bt.list.clone(),
            Value::Dict(_) => bt.dict.clone(),
            Value::Set(_) => bt.set.clone(),
            Value::FrozenSet(_) => bt.frozenset.clone(),
            Value::Range(_) => bt.range.clone(),
            Value::Slice(_) => bt.slice.clone(),
            Value::Function(_) => bt.function.clone(),
            Value::Builtin(b) => {
                if b.self_.is_some() {
                    bt.builtin_method.clone()
                } else {
                    bt.builtin_function.clone()
                }
            }
            Value::Method(_) => bt.method.clone(),
            Value::Type(c) => c.metaclass.clone().unwrap_or_else(|| bt.type_.clone()),
            Value::Instance(i) => i.cls.clone(),
            Value::Module(_) => bt.module.clone(),
            Value::Gen(g) => match g.kind {
                GenKind::Generator => bt.generator.clone(),
                GenKind::Coroutine => bt.coroutine.clone(),
                GenKind::AsyncGenerator => bt.async_generator.clone(),
            },
            Value::Iter(it) => it.type_of(),
            Value::Cell(_) => bt.cell.clone(),
            Value::Code(_) => bt.code.clone(),
            Value::Property(_) => bt.property.clone(),
            Value::ClassMethod(_) => bt.classmethod.clone(),
            Value::StaticMethod(_) => bt.staticmethod.clone(),
            Value::Super(_) => bt.super_.clone(),
            Value::DictView(v) => match v.kind {
                ViewKind::Keys => bt.dict_keys.clone(),
                ViewKind::Values => bt.dict_values.clone(),
                ViewKind::Items => bt.dict_items.clone(),
            },
            Value::AGenOp(_) => bt.async_generator_asend.clone(),
        }
    }

    /// The type's name for error messages: CPython's `tp_name` ([`Type::tp_name`]).
    pub fn type_name(&self) -> Rc<str> {
        self.type_of().tp_name().clone()
    }

    /// Identity: `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are interned in CPython (-5..=256); larger equal ints usually are not
            // the same object, but constants in one code object are. Treat equal ints as identical.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, if any (`id()` and identity).
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Gen(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ClassMethod(r) | Value::StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::AGenOp(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    /// `id(x)`: the object's address (virtual for the objects that hash by identity, see
    /// [`identity`]), or a stable made-up number for inline values.
    pub fn id(&self) -> i64 {
        let ident = match self {
            Value::Instance(i) => Some(&i.ident),
            Value::Function(f) => Some(&f.ident),
            Value::Gen(g) => Some(&g.ident),
            Value::Type(t) => Some(&t.ident),
            _ => None,
        };
        if let Some(ident) = ident {
            return ident.addr() as i64;
        }
        match self.ptr() {
            Some(p) => p as i64,
            None => match self {
                Value::None => 0x1000,
                Value::NotImplemented => 0x1010,
                Value::Ellipsis => 0x1020,
                Value::Bool(b) => 0x1030 + *b as i64 * 16,
                Value::Int(i) => 0x2000_0000_i64.wrapping_add(i.wrapping_mul(32)),
                Value::Float(f) => (f.to_bits() >> 4) as i64,
                _ => 0,
            },
        }
    }

    /// The exception data of an exception instance.
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match self {
            Value::Instance(i) => i.exc.as_deref(),
            _ => None,
        }
    }

    /// The text of a `str` value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            Value::Code(c) => write!(f, "<code {}>", c.qualname),
            Value::Tuple(items) => f.debug_list().entries(items.iter()).finish(),
            other => write!(f, "<{} object>", other.type_name()),
        }
    }
}

impl Instance {
    /// A fresh instance of `cls` with an empty `__dict__`.
    pub fn new(cls: Rc<Type>) -> Instance {
        let exc = if cls.is_exception() {
            Some(Box::new(RefCell::new(ExcData::default())))
        } else {
            None
        };
        Instance {
            ident: Ident::new(cls.instance_size.get()),
            cls,
            dict: Rc::new(RefCell::new(DictData::new())),
            exc,
            native: RefCell::new(None),
            finalized: Cell::new(false),
            gc: gc::GcSlot::new(),
        }
    }
}

/// An instance whose class defines `__del__` is not freed when its last reference goes:
/// its contents move to a new instance queued for the interpreter, which calls `__del__`
/// at the next instruction boundary (CPython calls it at once, on the decref; nothing of
/// the program runs in between) and then lets it go.
impl Drop for Instance {
    fn drop(&mut self) {
        if self.finalized.get() {
            return;
        }
        let Some(hooks) = self.cls.del_hooks.clone() else {
            return;
        };
        let inst = Instance {
            cls: self.cls.clone(),
            dict: std::mem::replace(&mut self.dict, Rc::new(RefCell::new(DictData::new()))),
            exc: self.exc.take(),
            native: RefCell::new(self.native.borrow_mut().take()),
            finalized: Cell::new(true),
            ident: self.ident.take(),
            gc: gc::GcSlot::new(),
        };
        hooks.to_del.borrow_mut().push(Rc::new(inst));
        hooks.pending.set(true);
    }
}

/// The builtin value inside an instance of a builtin subclass (`class Stack(list)`).
pub struct BaseValue(pub Value);

/// The builtin value of a builtin-subclass instance.
pub fn base_value(v: &Value) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    let b = i.native.borrow();
    b.as_ref()?.downcast_ref::<BaseValue>().map(|b| b.0.clone())
}

/// Names of the builtin types whose native methods take the base value as `self`.
pub const VALUE_TYPE_NAMES: &[&str] = &[
    "int",
    "bool",
    "float",
    "str",
    "bytes",
    "bytearray",
    "tuple",
    "list",
    "dict",
    "set",
    "frozenset",
];
