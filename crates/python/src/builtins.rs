//! The builtins: the `builtins` module's functions and constants, the methods of every
//! builtin type, the exception classes' behaviour, and the `sys` module. Each file ends in a
//! registration function listed here.

mod bytes;
pub use bytes::bytes_of;
pub mod dict;
mod dunders;
pub mod exceptions;
mod functions;
mod gen;
mod int;
mod list;
mod object;
mod reduce;
mod set;
mod str;
mod sys;
mod weakref;

pub(crate) use object::union_args;

use std::rc::Rc;

use crate::objects::{
    Builtin, BuiltinTypes, DictData, ExcKind, NativeFn, PyResult, Type, Value, Wrapper,
};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

pub use crate::args::Kw;
pub(crate) use crate::args::{arity, kwarg, marity, no_kw, only_kw};

/// A native's signature.
pub type Native = fn(&mut Interp, &[Value], &Kw) -> PyResult<Value>;

/// Add method `name` to a type dict.
pub(crate) fn method(t: &Rc<Type>, name: &str, f: Native) {
    let mut b = Builtin::new(name, Rc::new(f) as NativeFn);
    b.owner = Some(t.name.clone());
    t.dict
        .borrow_mut()
        .set_str(name, Value::Builtin(Rc::new(b)));
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

/// Install the methods of every builtin type (once per thread).
pub(crate) fn install_type_methods(bt: &BuiltinTypes) {
    object::install(bt);
    object::install_generic_alias(bt);
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
    interp.register_source_module(
        crate::vm::call::PY_BUILTINS,
        include_str!("builtins/loopscope_builtins.py"),
    );
    interp.register_source_module(
        "__future__",
        "annotations = True\ndivision = True\nprint_function = True\ngenerator_stop = True\n",
    );
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

/// `ascii()` of an already computed repr: escape non-ASCII characters.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            crate::strings::push_code_escape(&mut out, c);
        }
    }
    out
}

/// Repr of instances of embedder/native classes that define no `__repr__` (none yet).
pub(crate) fn native_repr(_interp: &mut Interp, _v: &Value) -> PyResult<Option<String>> {
    Ok(None)
}

/// The receiver of a method call (first argument).
pub(crate) fn this(args: &[Value]) -> PyResult<&Value> {
    args.first()
        .ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}
