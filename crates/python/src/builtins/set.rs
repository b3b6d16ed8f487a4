//! `set` and `frozenset`: constructors and methods.

use crate::args::nth;
use std::cell::RefCell;
use std::rc::Rc;

use super::{ctor, method, this};
use crate::bytecode::opcode::BinOpKind;
use crate::objects::{BuiltinTypes, DictData, ExcKind, PyResult, PySet, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

fn me(a: &[Value]) -> PyResult<Rc<PySet>> {
    match this(a)? {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn to_set(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let s = Rc::new(RefCell::new(DictData::new_set()));
            for x in interp.iterate(other)? {
                interp.set_add(&s, x)?;
            }
            Ok(Value::Set(s))
        }
    }
}

/// Apply a set operator between the receiver and each argument (`union(*others)`...).
fn multi(interp: &mut Interp, a: &[Value], op: BinOpKind) -> PyResult<Value> {
    let mut acc = match this(a)? {
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        Value::FrozenSet(s) => Value::FrozenSet(Rc::new(RefCell::new(s.borrow().clone()))),
        _ => return Err(PyErr::type_error("set expected")),
    };
    for o in &a[1..] {
        let o = to_set(interp, o)?;
        acc = interp.binary_op(&acc, &o, op, false)?;
    }
    Ok(acc)
}

fn update(interp: &mut Interp, a: &[Value], op: BinOpKind) -> PyResult<Value> {
    let s = me(a)?;
    let r = multi(interp, a, op)?;
    if let Value::Set(n) | Value::FrozenSet(n) = r {
        let d = n.borrow().clone();
        *s.borrow_mut() = d;
    }
    Ok(Value::None)
}

pub(super) fn install(bt: &BuiltinTypes) {
    for (t, frozen) in [(&bt.set, false), (&bt.frozenset, true)] {
        if frozen {
            ctor(t, |interp, args, _| {
                let s = Rc::new(RefCell::new(DictData::new_set()));
                if let Some(v) = args.get(1) {
                    if let Value::FrozenSet(f) = v {
                        return Ok(Value::FrozenSet(f.clone()));
                    }
                    for x in interp.iterate(v)? {
                        interp.set_add(&s, x)?;
                    }
                }
                Ok(Value::FrozenSet(s))
            });
        } else {
            ctor(t, |interp, args, kw| {
                super::no_kw("set", kw)?;
                super::arity("set", &args[1..], 0, 1)?;
                let s = Rc::new(RefCell::new(DictData::new_set()));
                match args.get(1) {
                    Some(Value::Set(o) | Value::FrozenSet(o)) => {
                        s.borrow_mut().set_copy_from(&o.borrow())
                    }
                    Some(v) => {
                        for x in interp.iterate(v)? {
                            interp.set_add(&s, x)?;
                        }
                    }
                    None => {}
                }
                Ok(Value::Set(s))
            });
        }
        method(t, "union", |i, a, _| multi(i, a, BinOpKind::Or));
        method(t, "intersection", |i, a, _| multi(i, a, BinOpKind::And));
        method(t, "difference", |i, a, _| multi(i, a, BinOpKind::Sub));
        method(t, "symmetric_difference", |i, a, _| {
            multi(i, a, BinOpKind::Xor)
        });
        method(t, "copy", |_, a, _| {
            Ok(match this(a)? {
                Value::FrozenSet(s) => Value::FrozenSet(s.clone()),
                Value::Set(s) => {
                    let mut n = DictData::new_set();
                    n.set_copy_from(&s.borrow());
                    Value::Set(Rc::new(RefCell::new(n)))
                }
                _ => return Err(PyErr::type_error("set expected")),
            })
        });
        method(t, "issubset", |interp, a, _| {
            let o = to_set(interp, &nth(a, 1))?;
            interp.compare(this(a)?, &o, crate::bytecode::opcode::CmpKind::Le)
        });
        method(t, "issuperset", |interp, a, _| {
            let o = to_set(interp, &nth(a, 1))?;
            interp.compare(this(a)?, &o, crate::bytecode::opcode::CmpKind::Ge)
        });
        method(t, "isdisjoint", |interp, a, _| {
            let s = me(a)?;
            for x in interp.iterate(&nth(a, 1))? {
                if interp.dict_get(&s, &x)?.is_some() {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
        method(t, "__contains__", |interp, a, _| {
            Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
        });
        method(t, "__len__", |_, a, _| {
            Ok(Value::Int(me(a)?.borrow().len() as i64))
        });
        method(t, "__iter__", |interp, a, _| interp.get_iter(this(a)?));
    }
    let t = &bt.set;
    method(t, "add", |interp, a, _| {
        super::marity("add", a, 1, 1)?;
        interp.set_add(&me(a)?, a[1].clone())?;
        Ok(Value::None)
    });
    method(t, "remove", |interp, a, _| {
        let x = nth(a, 1);
        let x = match &x {
            Value::Set(s) => Value::FrozenSet(Rc::new(s.as_ref().clone())),
            _ => x,
        };
        if !interp.dict_del(&me(a)?, &x)? {
            return Err(PyErr::with_args(ExcKind::KeyError, vec![x]));
        }
        Ok(Value::None)
    });
    method(t, "discard", |interp, a, _| {
        interp.dict_del(&me(a)?, &nth(a, 1))?;
        Ok(Value::None)
    });
    method(t, "pop", |_, a, _| {
        let s = me(a)?;
        let e = s.borrow_mut().pop_first();
        match e {
            Some(e) => Ok(e.key),
            None => Err(PyErr::new(ExcKind::KeyError, "pop from an empty set")),
        }
    });
    method(t, "clear", |_, a, _| {
        me(a)?.borrow_mut().clear();
        Ok(Value::None)
    });
    method(t, "update", |i, a, _| update(i, a, BinOpKind::Or));
    method(t, "intersection_update", |i, a, _| {
        update(i, a, BinOpKind::And)
    });
    method(t, "difference_update", |i, a, _| {
        update(i, a, BinOpKind::Sub)
    });
    method(t, "symmetric_difference_update", |i, a, _| {
        update(i, a, BinOpKind::Xor)
    });
}
