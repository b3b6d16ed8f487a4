//! Operator dunders on builtin types (`(1).__add__(2)`, `int.__lt__`, `str.__mul__`), so
//! explicit calls and `super().__op__` in subclasses work; they defer to the VM's builtin
//! operator code and return NotImplemented where CPython's slots would.

use std::rc::Rc;

use super::{Kw, Native};
use crate::bytecode::opcode::{BinOpKind, CmpKind, UnaryKind};
use crate::objects::{Builtin, BuiltinTypes, NativeFn, PyResult, Type, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Add dunder `name` to `t`, unless `t` defines it already.
fn add(t: &Rc<Type>, name: &str, f: NativeFn) {
    if t.dict.borrow().get_str(name).is_some() {
        return;
    }
    let mut b = Builtin::new(name, super::slot_checked(t, name, f));
    b.owner = Some(t.name.clone());
    t.dict
        .borrow_mut()
        .set_str(name, Value::Builtin(Rc::new(b)));
}

/// Add a table of named dunders to `t` (those it lacks), in the table's order.
fn add_all(t: &Rc<Type>, table: &[(&str, Native)]) {
    for &(name, f) in table {
        add(t, name, Rc::new(f));
    }
}

/// The binary operators' dunders: `(name, reflected name, operator)`.
const BINOPS: &[(&str, &str, BinOpKind)] = &[
    ("__add__", "__radd__", BinOpKind::Add),
    ("__sub__", "__rsub__", BinOpKind::Sub),
    ("__mul__", "__rmul__", BinOpKind::Mul),
    ("__truediv__", "__rtruediv__", BinOpKind::TrueDiv),
    ("__floordiv__", "__rfloordiv__", BinOpKind::FloorDiv),
    ("__mod__", "__rmod__", BinOpKind::Mod),
    ("__pow__", "__rpow__", BinOpKind::Pow),
    ("__lshift__", "__rlshift__", BinOpKind::LShift),
    ("__rshift__", "__rrshift__", BinOpKind::RShift),
    ("__and__", "__rand__", BinOpKind::And),
    ("__or__", "__ror__", BinOpKind::Or),
    ("__xor__", "__rxor__", BinOpKind::Xor),
];

/// The rich comparisons' dunders.
const CMPS: &[(&str, CmpKind)] = &[
    ("__lt__", CmpKind::Lt),
    ("__le__", CmpKind::Le),
    ("__eq__", CmpKind::Eq),
    ("__ne__", CmpKind::Ne),
    ("__gt__", CmpKind::Gt),
    ("__ge__", CmpKind::Ge),
];

/// The numeric types' unary operator dunders (`float` has no `__invert__`).
const UNARY_OPS: &[(&str, UnaryKind)] = &[
    ("__neg__", UnaryKind::Neg),
    ("__pos__", UnaryKind::Pos),
    ("__invert__", UnaryKind::Invert),
];

/// The dunders every builtin value type gets after its operators and comparisons.
const VALUE_METHODS: &[(&str, Native)] = &[
    ("__bool__", value_bool),
    ("__hash__", value_hash),
    ("__repr__", value_repr),
    ("__str__", value_str),
    ("__format__", value_format),
];

/// The numeric types' dunders after their unary operators.
const NUMBER_METHODS: &[(&str, Native)] = &[
    ("__abs__", number_abs),
    ("__divmod__", number_divmod),
    ("__rdivmod__", number_rdivmod),
];

/// The containers' (and `range`'s) dunders.
const CONTAINER_METHODS: &[(&str, Native)] = &[
    ("__len__", container_len),
    ("__iter__", container_iter),
    ("__contains__", container_contains),
];

/// Install operator dunders on the builtin value types.
pub(super) fn install(bt: &BuiltinTypes) {
    let numeric = [&bt.int, &bt.bool_, &bt.float];
    let seqs = [
        &bt.str_,
        &bt.list,
        &bt.tuple,
        &bt.bytes,
        &bt.set,
        &bt.frozenset,
        &bt.dict,
    ];
    for t in numeric.iter().chain(seqs.iter()) {
        // These stay closures: each carries its operator (and, for a binary operator,
        // whether it is the reflected one) into the shared `binop` or `compare`.
        for &(name, rname, k) in BINOPS {
            // `__add__` computes x + y, `__radd__` the same operator with the operands swapped.
            for (method, reflected) in [(name, false), (rname, true)] {
                add(
                    t,
                    method,
                    Rc::new(move |interp, a, _| binop(interp, a, k, reflected)),
                );
            }
        }
        for &(name, op) in CMPS {
            add(t, name, Rc::new(move |interp, a, _| compare(interp, a, op)));
        }
        add_all(t, VALUE_METHODS);
    }
    for t in numeric {
        for &(name, k) in UNARY_OPS {
            if std::ptr::eq(t.as_ref(), bt.float.as_ref()) && k == UnaryKind::Invert {
                continue;
            }
            // A closure, as the operators above: it carries its operator.
            add(
                t,
                name,
                Rc::new(move |interp, a, _| interp.unary_op(a.first().unwrap_or(&Value::None), k)),
            );
        }
        add_all(t, NUMBER_METHODS);
    }
    for t in [&bt.list, &bt.dict, &bt.set, &bt.bytearray] {
        // Mutable containers are unhashable: `__hash__` is None, as in CPython.
        t.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    for t in [
        &bt.function,
        &bt.builtin_function,
        &bt.builtin_method,
        &bt.method,
    ] {
        add(t, "__call__", Rc::new(callable_call));
    }
    for t in seqs.into_iter().chain([&bt.range, &bt.bytearray]) {
        add_all(t, CONTAINER_METHODS);
    }
}

/// `T.__op__(other)` / `T.__rop__(other)` for binary operator `k` (operands swapped when
/// `reflected`; `__pow__`'s third argument makes it three-argument `pow`): the builtin
/// operator's result, or NotImplemented where it raises TypeError.
fn binop(interp: &mut Interp, a: &[Value], k: BinOpKind, reflected: bool) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    if let Some(m) = a.get(2).filter(|m| !m.is_none()) {
        // `__pow__(other, mod)`: three-argument `pow` (the builtin's own, whatever a
        // program rebinds `builtins.pow` to).
        return match super::functions::pow(interp, &[l.clone(), r.clone(), m.clone()], &[]) {
            Err(e) if e.is(crate::objects::ExcKind::TypeError) => Ok(Value::NotImplemented),
            r => r,
        };
    }
    match interp.builtin_binop(l, r, k) {
        Err(e) if e.is(crate::objects::ExcKind::TypeError) => Ok(Value::NotImplemented),
        r => r,
    }
}

/// `T.__lt__(other)` and the other rich comparisons, for comparison `op`: the builtin
/// comparison's result, or NotImplemented for unrelated types or where it raises TypeError.
fn compare(interp: &mut Interp, a: &[Value], op: CmpKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    let num = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_) | Value::Complex(_)
        )
    };
    if !(std::rc::Rc::ptr_eq(&x.type_of(), &y.type_of()) || num(x) && num(y)) {
        let sets =
            |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_) | Value::DictView(_));
        let bytes = |v: &Value| matches!(v, Value::Bytes(_) | Value::ByteArray(_));
        if !(sets(x) && sets(y) || bytes(x) && bytes(y)) {
            return Ok(Value::NotImplemented);
        }
    }
    match interp.builtin_compare(x, y, op) {
        Ok(Some(b)) => Ok(Value::Bool(b)),
        Ok(None) => Ok(Value::NotImplemented),
        Err(e) if e.is(crate::objects::ExcKind::TypeError) => Ok(Value::NotImplemented),
        Err(e) => Err(e),
    }
}

/// `T.__bool__()`: the value's truth.
fn value_bool(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        interp.truthy(a.first().unwrap_or(&Value::None))?,
    ))
}

/// `T.__hash__()`: the value's hash.
fn value_hash(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(interp.hash(a.first().unwrap_or(&Value::None))?))
}

/// `T.__repr__()`: the value's repr.
fn value_repr(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(
        interp.repr_of(a.first().unwrap_or(&Value::None))?,
    ))
}

/// `T.__str__()`: the value's str.
fn value_str(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(
        interp.str_of(a.first().unwrap_or(&Value::None))?,
    ))
}

/// `T.__format__(spec)`: the value formatted by `spec`.
fn value_format(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let spec = a
        .get(1)
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    Ok(Value::string(
        interp.format_value(a.first().unwrap_or(&Value::None), &spec)?,
    ))
}

/// `T.__abs__()`: the number's absolute value.
fn number_abs(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.abs_of(a.first().unwrap_or(&Value::None))
}

/// `T.__divmod__(other)`: `divmod(self, other)`, or NotImplemented where it raises TypeError.
fn number_divmod(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    match super::functions::divmod(interp, a, &[]) {
        Err(e) if e.is(crate::objects::ExcKind::TypeError) => Ok(Value::NotImplemented),
        r => r,
    }
}

/// `T.__rdivmod__(other)`: `divmod(other, self)`, or NotImplemented where it raises TypeError.
fn number_rdivmod(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let [this, other] = a else {
        return Err(PyErr::new(
            crate::objects::ExcKind::SystemError,
            "__rdivmod__ called without its slot's argument check",
        ));
    };
    match super::functions::divmod(interp, &[other.clone(), this.clone()], &[]) {
        Err(e) if e.is(crate::objects::ExcKind::TypeError) => Ok(Value::NotImplemented),
        r => r,
    }
}

/// `F.__call__(*args, **kwargs)` for the function and method types: calls the callable.
fn callable_call(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let Some(f) = a.first() else {
        return Err(PyErr::type_error("__call__ needs a callable"));
    };
    interp.call(f, &a[1..], kw)
}

/// `T.__len__()`: the container's length.
fn container_len(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(
        interp.len_of(a.first().unwrap_or(&Value::None))? as i64,
    ))
}

/// `T.__iter__()`: an iterator over the container.
fn container_iter(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.get_iter(a.first().unwrap_or(&Value::None))
}

/// `T.__contains__(x)`: `x in self`.
fn container_contains(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(interp.contains(
        a.first().unwrap_or(&Value::None),
        a.get(1).unwrap_or(&Value::None),
    )?))
}

/// `T.__new__(cls, *args)` for builtin value types: builds the value, wrapped in an
/// instance of `cls` when `cls` is a user subclass.
fn value_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let base = if cls.builtin {
        cls.clone()
    } else {
        cls.builtin_base().unwrap_or_else(|| cls.clone())
    };
    let Some(ctor) = base.find_ctor() else {
        return Err(PyErr::type_error("cannot create instances"));
    };
    let mut a = vec![Value::Type(base.clone())];
    a.extend(args[1..].iter().cloned());
    let bv = ctor(interp, &a, kw)?;
    if cls.builtin {
        return Ok(bv);
    }
    let inst = crate::objects::Instance::new(cls.clone());
    *inst.native.borrow_mut() = Some(Box::new(crate::objects::BaseValue(bv)));
    Ok(Value::instance(inst))
}

/// `__new__` and mutable types' `__init__` for subclassing.
pub(super) fn install_new(bt: &BuiltinTypes) {
    for t in [
        &bt.int,
        &bt.float,
        &bt.str_,
        &bt.bytes,
        &bt.tuple,
        &bt.list,
        &bt.dict,
        &bt.set,
        &bt.frozenset,
    ] {
        let b = Builtin::new("__new__", Rc::new(value_new) as NativeFn);
        let w = crate::objects::Wrapper {
            func: Value::Builtin(Rc::new(b)),
            dict: Rc::new(std::cell::RefCell::new(crate::objects::DictData::new())),
        };
        t.dict
            .borrow_mut()
            .set_str("__new__", Value::StaticMethod(Rc::new(w)));
    }
    add(&bt.list, "__init__", Rc::new(list_init));
    add(&bt.dict, "__init__", Rc::new(dict_init));
    add(&bt.set, "__init__", Rc::new(set_init));
}

/// `list.__init__(iterable=(), /)`: replaces the items with the iterable's.
fn list_init(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    if let Some(Value::List(l)) = a.first() {
        let items = match a.get(1) {
            Some(v) => interp.iterate(v)?,
            None => vec![],
        };
        *l.borrow_mut() = items;
    }
    Ok(Value::None)
}

/// `dict.__init__(mapping_or_iterable=(), /, **kwargs)`: updates the dict from them.
fn dict_init(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    if let Some(Value::Dict(d)) = a.first() {
        super::dict::update_from(interp, d, a.get(1), kw)?;
    }
    Ok(Value::None)
}

/// `set.__init__(iterable=(), /)`: replaces the items with the iterable's.
fn set_init(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    if let Some(Value::Set(s)) = a.first() {
        s.borrow_mut().clear();
        if let Some(v) = a.get(1) {
            for x in interp.iterate(v)? {
                interp.set_add(s, x)?;
            }
        }
    }
    Ok(Value::None)
}
