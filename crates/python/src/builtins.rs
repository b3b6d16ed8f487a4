//! The builtins: the `builtins` module's functions and constants, the methods of every
//! builtin type, the exception classes' behaviour, and the `sys` module. Each file ends in a
//! registration function listed here.

mod bytes;
pub use bytes::bytes_of;
mod descriptors;
pub mod dict;
mod dunders;
pub mod exceptions;
pub(crate) mod functions;
mod gen;
mod genericalias;
mod int;
mod list;
mod object;
mod range;
mod reduce;
mod set;
mod str;
mod sys;
mod typeobj;
mod union;
mod weakref;

use std::rc::Rc;

use crate::objects::{
    Builtin, BuiltinTypes, DictData, ExcKind, NativeFn, PyResult, Type, Value, Wrapper,
};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

pub use crate::args::Kw;
pub(crate) use crate::args::{arity, kwarg, marity, no_kw, only_kw};
use crate::args::{slot_arity, Slot};

pub use crate::objects::Native;

/// Add method `name` to a type dict.
pub(crate) fn method(t: &Rc<Type>, name: &str, f: Native) {
    // As `slot_checked`, with the function pointer in the wrapper: one allocation, one call.
    let func: NativeFn = match slot(t, name) {
        Some(s) => Rc::new(move |interp, a, kw| {
            slot_arity(a, s)?;
            f(interp, a, kw)
        }),
        None => Rc::new(f),
    };
    let mut b = Builtin::new(name, func);
    b.owner = Some(t.name.clone());
    t.dict
        .borrow_mut()
        .set_str(name, Value::Builtin(Rc::new(b)));
}

/// How `t`'s dunder `name` checks its argument count when called directly, if CPython
/// makes it a slot wrapper (`object().__eq__()`: `expected 1 argument, got 0`). The
/// dunders CPython defines as plain methods (`list.__getitem__`, `dict.__contains__`,
/// `object.__format__`) are not slot wrappers: their bodies check, with the method's name.
pub(crate) fn slot(t: &Type, name: &str) -> Option<Slot> {
    if !name.starts_with("__") {
        return None;
    }
    let seq = matches!(&*t.name, "str" | "bytes" | "bytearray" | "list" | "tuple");
    Some(match name {
        "__repr__" | "__str__" | "__hash__" | "__len__" | "__iter__" | "__next__" | "__bool__"
        | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__"
        | "__index__" | "__await__" | "__aiter__" | "__anext__" => Slot::Args(0),
        "__mul__" | "__rmul__" | "__imul__" if seq => Slot::Unpack(1, 1),
        "__getitem__" if !matches!(&*t.name, "list" | "dict") => Slot::Args(1),
        "__contains__" if !matches!(&*t.name, "dict" | "set" | "frozenset") => Slot::Args(1),
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__getattribute__"
        | "__delattr__" | "__delitem__" | "__add__" | "__radd__" | "__sub__" | "__rsub__"
        | "__mul__" | "__rmul__" | "__matmul__" | "__rmatmul__" | "__truediv__"
        | "__rtruediv__" | "__floordiv__" | "__rfloordiv__" | "__mod__" | "__rmod__"
        | "__divmod__" | "__rdivmod__" | "__lshift__" | "__rlshift__" | "__rshift__"
        | "__rrshift__" | "__and__" | "__rand__" | "__or__" | "__ror__" | "__xor__"
        | "__rxor__" | "__iadd__" | "__isub__" | "__imul__" | "__ior__" | "__iand__"
        | "__ixor__" => Slot::Args(1),
        "__pow__" | "__rpow__" => Slot::Unpack(1, 2),
        "__setattr__" | "__setitem__" => Slot::Unpack(2, 2),
        _ => return None,
    })
}

/// `f`, checking its argument count first if `t`'s `name` is a slot wrapper ([`slot`]).
pub(crate) fn slot_checked(t: &Type, name: &str, f: NativeFn) -> NativeFn {
    match slot(t, name) {
        Some(s) => Rc::new(move |interp, a, kw| {
            slot_arity(a, s)?;
            f(interp, a, kw)
        }),
        None => f,
    }
}

/// Add a type's methods, in the table's order (the order `T.__dict__` lists them in).
pub(crate) fn methods(t: &Rc<Type>, table: &[(&str, Native)]) {
    for &(name, f) in table {
        method(t, name, f);
    }
}

/// Add a classmethod implemented natively (receives the class first).
pub(crate) fn class_method(t: &Rc<Type>, name: &str, f: Native) {
    let mut b = Builtin::new(name, Rc::new(f) as NativeFn);
    b.owner = Some(t.name.clone());
    let w = Wrapper {
        func: Value::Builtin(Rc::new(b)),
        dict: Rc::new(std::cell::RefCell::new(DictData::new())),
    };
    t.dict
        .borrow_mut()
        .set_str(name, Value::ClassMethod(Rc::new(w)));
}

/// Add a staticmethod implemented natively.
pub(crate) fn static_method(t: &Rc<Type>, name: &str, f: Native) {
    let b = Builtin::new(name, Rc::new(f) as NativeFn);
    let w = Wrapper {
        func: Value::Builtin(Rc::new(b)),
        dict: Rc::new(std::cell::RefCell::new(DictData::new())),
    };
    t.dict
        .borrow_mut()
        .set_str(name, Value::StaticMethod(Rc::new(w)));
}

/// Set a builtin type's constructor (called with the class, then the arguments).
pub(crate) fn ctor(t: &Rc<Type>, f: Native) {
    *t.ctor.borrow_mut() = Some(Rc::new(f));
}

thread_local! {
    /// The builtin types of this thread have their methods.
    static TYPE_METHODS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Install the methods of every builtin type, once per thread.
pub(crate) fn install_type_methods(bt: &BuiltinTypes) {
    if TYPE_METHODS.with(|done| done.replace(true)) {
        return;
    }
    object::install(bt);
    typeobj::install(bt);
    union::install(bt);
    descriptors::install(bt);
    range::install(bt);
    genericalias::install(bt);
    int::install(bt);
    int::install_complex(bt);
    str::install(bt);
    bytes::install(bt);
    list::install(bt);
    dict::install(bt);
    set::install(bt);
    gen::install(bt);
    exceptions::install(bt);
    dunders::install(bt);
    dunders::install_new(bt);
}

/// Fill the interpreter's `builtins` namespace and register `sys`.
pub(crate) fn install(interp: &mut Interp) {
    let bt = crate::objects::t();
    {
        let mut b = interp.builtins.borrow_mut();
        for (name, t) in bt.named() {
            b.set_str(name, Value::Type(t));
        }
        for &k in ExcKind::ALL {
            b.set_str(k.name(), Value::Type(bt.exc_type(k).clone()));
        }
        b.set_str(
            "EnvironmentError",
            Value::Type(bt.exc_type(ExcKind::OSError).clone()),
        );
        b.set_str(
            "IOError",
            Value::Type(bt.exc_type(ExcKind::OSError).clone()),
        );
        b.set_str("None", Value::None);
        b.set_str("True", Value::Bool(true));
        b.set_str("False", Value::Bool(false));
        b.set_str("NotImplemented", Value::NotImplemented);
        b.set_str("Ellipsis", Value::Ellipsis);
        b.set_str("__name__", Value::str("builtins"));
        b.set_str("__debug__", Value::Bool(true));
        if let Ok(cls) = bytes::memoryview::class() {
            b.set_str("memoryview", Value::Type(cls));
        }
    }
    functions::register(interp);
    interp.register_module("sys", sys::register);
    interp.register_module("_weakref", weakref::register);
    for (name, source) in frozen_sources() {
        interp.register_source_module(name, source);
    }
    let m = interp.new_module("builtins", None);
    if let Value::Module(mm) = &m {
        let items = interp.builtins.borrow().items();
        for (k, v) in items {
            if let Value::Str(s) = k {
                mm.dict.borrow_mut().set_pystr(s, v);
            }
        }
    }
    interp.modules.borrow_mut().set_str("builtins", m);
}

/// The receiver of a method call (first argument).
pub(crate) fn this(args: &[Value]) -> PyResult<&Value> {
    args.first()
        .ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

/// The modules of this crate written in Python: name and source.
pub fn frozen_sources() -> impl Iterator<Item = (&'static str, &'static str)> {
    [
        (
            crate::vm::call::PY_BUILTINS,
            include_str!("builtins/loopscope_builtins.py"),
        ),
        (
            "__future__",
            "annotations = True\ndivision = True\nprint_function = True\ngenerator_stop = True\n",
        ),
    ]
    .into_iter()
}
