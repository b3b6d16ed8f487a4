//! Operator dunders on builtin types (`(1).__add__(2)`, `int.__lt__`, `str.__mul__`), so
//! explicit calls and `super().__op__` in subclasses work; they defer to the VM's builtin
//! operator code and return NotImplemented where CPython's slots would.

use std::rc::Rc;

use crate::bytecode::opcode::{BinOpKind, CmpKind, UnaryKind};
use crate::objects::{Builtin, BuiltinTypes, NativeFn, Type, Value};
use crate::vm::halt::PyErr;

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

const CMPS: &[(&str, CmpKind)] = &[
    ("__lt__", CmpKind::Lt),
    ("__le__", CmpKind::Le),
    ("__eq__", CmpKind::Eq),
    ("__ne__", CmpKind::Ne),
    ("__gt__", CmpKind::Gt),
    ("__ge__", CmpKind::Ge),
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
        for &(name, rname, k) in BINOPS {
            // `__add__` computes x + y, `__radd__` the same operator with the operands swapped.
            for (method, reflected) in [(name, false), (rname, true)] {
                add(
                    t,
                    method,
                    Rc::new(move |interp, a, _| {
                        let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
                            return Err(PyErr::type_error("expected 1 argument"));
                        };
                        let (l, r) = if reflected { (y, x) } else { (x, y) };
                        if let Some(m) = a.get(2).filter(|m| !m.is_none()) {
                            // `__pow__(other, mod)`: three-argument `pow`.
                            let pow = interp
                                .builtins_dict()
                                .borrow()
                                .get_str("pow")
                                .cloned()
                                .unwrap_or(Value::None);
                            return match interp.call(&pow, &[l.clone(), r.clone(), m.clone()], &[])
                            {
                                Err(e) if e.is(crate::objects::ExcKind::TypeError) => {
                                    Ok(Value::NotImplemented)
                                }
                                r => r,
                            };
                        }
                        match interp.builtin_binop(l, r, k) {
                            Err(e) if e.is(crate::objects::ExcKind::TypeError) => {
                                Ok(Value::NotImplemented)
                            }
                            r => r,
                        }
                    }),
                );
            }
        }
        for &(name, op) in CMPS {
            add(
                t,
                name,
                Rc::new(move |interp, a, _| {
                    let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
                        return Err(PyErr::type_error("expected 1 argument"));
                    };
                    let num = |v: &Value| {
                        matches!(
                            v,
                            Value::Int(_)
                                | Value::Bool(_)
                                | Value::Float(_)
                                | Value::BigInt(_)
                                | Value::Complex(_)
                        )
                    };
                    if !(std::rc::Rc::ptr_eq(&x.type_of(), &y.type_of()) || num(x) && num(y)) {
                        let sets = |v: &Value| {
                            matches!(v, Value::Set(_) | Value::FrozenSet(_) | Value::DictView(_))
                        };
                        let bytes = |v: &Value| matches!(v, Value::Bytes(_) | Value::ByteArray(_));
                        if !(sets(x) && sets(y) || bytes(x) && bytes(y)) {
                            return Ok(Value::NotImplemented);
                        }
                    }
                    match interp.builtin_compare(x, y, op) {
                        Ok(Some(b)) => Ok(Value::Bool(b)),
                        Ok(None) => Ok(Value::NotImplemented),
                        Err(e) if e.is(crate::objects::ExcKind::TypeError) => {
                            Ok(Value::NotImplemented)
                        }
                        Err(e) => Err(e),
                    }
                }),
            );
        }
        add(
            t,
            "__bool__",
            Rc::new(|interp, a, _| {
                Ok(Value::Bool(
                    interp.truthy(a.first().unwrap_or(&Value::None))?,
                ))
            }),
        );
        add(
            t,
            "__hash__",
            Rc::new(|interp, a, _| Ok(Value::Int(interp.hash(a.first().unwrap_or(&Value::None))?))),
        );
        add(
            t,
            "__repr__",
            Rc::new(|interp, a, _| {
                Ok(Value::string(
                    interp.repr_of(a.first().unwrap_or(&Value::None))?,
                ))
            }),
        );
        add(
            t,
            "__str__",
            Rc::new(|interp, a, _| {
                Ok(Value::string(
                    interp.str_of(a.first().unwrap_or(&Value::None))?,
                ))
            }),
        );
        add(
            t,
            "__format__",
            Rc::new(|interp, a, _| {
                let spec = a
                    .get(1)
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                Ok(Value::string(
                    interp.format_value(a.first().unwrap_or(&Value::None), &spec)?,
                ))
            }),
        );
    }
    for t in numeric {
        for (name, k) in [
            ("__neg__", UnaryKind::Neg),
            ("__pos__", UnaryKind::Pos),
            ("__invert__", UnaryKind::Invert),
        ] {
            if std::ptr::eq(t.as_ref(), bt.float.as_ref()) && k == UnaryKind::Invert {
                continue;
            }
            add(
                t,
                name,
                Rc::new(move |interp, a, _| interp.unary_op(a.first().unwrap_or(&Value::None), k)),
            );
        }
        add(
            t,
            "__abs__",
            Rc::new(|interp, a, _| interp.abs_of(a.first().unwrap_or(&Value::None))),
        );
        add(
            t,
            "__divmod__",
            Rc::new(|interp, a, _| {
                let divmod = interp
                    .builtins_dict()
                    .borrow()
                    .get_str("divmod")
                    .cloned()
                    .unwrap_or(Value::None);
                match interp.call(&divmod, a, &[]) {
                    Err(e) if e.is(crate::objects::ExcKind::TypeError) => Ok(Value::NotImplemented),
                    r => r,
                }
            }),
        );
        add(
            t,
            "__rdivmod__",
            Rc::new(|interp, a, _| {
                let divmod = interp
                    .builtins_dict()
                    .borrow()
                    .get_str("divmod")
                    .cloned()
                    .unwrap_or(Value::None);
                let swapped = [
                    a.get(1).cloned().unwrap_or(Value::None),
                    a.first().cloned().unwrap_or(Value::None),
                ];
                match interp.call(&divmod, &swapped, &[]) {
                    Err(e) if e.is(crate::objects::ExcKind::TypeError) => Ok(Value::NotImplemented),
                    r => r,
                }
            }),
        );
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
        add(
            t,
            "__call__",
            Rc::new(|interp, a, kw| {
                let Some(f) = a.first() else {
                    return Err(PyErr::type_error("__call__ needs a callable"));
                };
                interp.call(f, &a[1..], kw)
            }),
        );
    }
    for t in seqs.into_iter().chain([&bt.range, &bt.bytearray]) {
        add(
            t,
            "__len__",
            Rc::new(|interp, a, _| {
                Ok(Value::Int(
                    interp.len_of(a.first().unwrap_or(&Value::None))? as i64,
                ))
            }),
        );
        add(
            t,
            "__iter__",
            Rc::new(|interp, a, _| interp.get_iter(a.first().unwrap_or(&Value::None))),
        );
        add(
            t,
            "__contains__",
            Rc::new(|interp, a, _| {
                Ok(Value::Bool(interp.contains(
                    a.first().unwrap_or(&Value::None),
                    a.get(1).unwrap_or(&Value::None),
                )?))
            }),
        );
    }
}

/// `T.__new__(cls, *args)` for builtin value types: builds the value, wrapped in an
/// instance of `cls` when `cls` is a user subclass.
fn value_new(
    interp: &mut crate::vm::Interp,
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> crate::objects::PyResult<Value> {
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
    Ok(Value::Instance(Rc::new(inst)))
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
    add(
        &bt.list,
        "__init__",
        Rc::new(|interp, a, _| {
            if let Some(Value::List(l)) = a.first() {
                let items = match a.get(1) {
                    Some(v) => interp.iterate(v)?,
                    None => vec![],
                };
                *l.borrow_mut() = items;
            }
            Ok(Value::None)
        }),
    );
    add(
        &bt.dict,
        "__init__",
        Rc::new(|interp, a, kw| {
            if let Some(Value::Dict(d)) = a.first() {
                super::dict::update_from(interp, d, a.get(1), kw)?;
            }
            Ok(Value::None)
        }),
    );
    add(
        &bt.set,
        "__init__",
        Rc::new(|interp, a, _| {
            if let Some(Value::Set(s)) = a.first() {
                s.borrow_mut().clear();
                if let Some(v) = a.get(1) {
                    for x in interp.iterate(v)? {
                        interp.set_add(s, x)?;
                    }
                }
            }
            Ok(Value::None)
        }),
    );
}
