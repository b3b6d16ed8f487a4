//! `dict` and its views: constructor and methods.

use crate::args::nth;
use std::cell::RefCell;
use std::rc::Rc;

use super::{class_method, ctor, method, this, Kw};
use crate::objects::{
    BuiltinTypes, DictData, DictView, ExcKind, PyDict, PyResult, Value, ViewKind,
};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

fn me(a: &[Value]) -> PyResult<Rc<PyDict>> {
    native(a)
}

/// The dict of `self`: a dict, or the dict an instance of a dict subclass keeps.
fn native(a: &[Value]) -> PyResult<Rc<PyDict>> {
    match this(a)? {
        Value::Dict(d) => Ok(d.clone()),
        other => match crate::objects::base_value(other) {
            Some(Value::Dict(d)) => Ok(d),
            _ => Err(PyErr::type_error(format!(
                "descriptor requires a 'dict' object but received a '{}'",
                other.type_name()
            ))),
        },
    }
}

/// `dict.update(other, **kw)` semantics.
pub(crate) fn update_from(
    interp: &mut Interp,
    d: &Rc<PyDict>,
    other: Option<&Value>,
    kw: &Kw,
) -> PyResult<()> {
    if let Some(o) = other {
        let is_mapping = matches!(o, Value::Dict(_)) || interp.getattr_opt(o, "keys")?.is_some();
        if is_mapping {
            for (k, v) in interp.mapping_items(o)? {
                interp.dict_set(d, k, v)?;
            }
        } else {
            let it = interp.get_iter(o).map_err(|e| {
                if e.is(ExcKind::TypeError) {
                    PyErr::type_error(format!("'{}' object is not iterable", o.type_name()))
                } else {
                    e
                }
            })?;
            let mut i = 0;
            while let Some(item) = interp.iter_next(&it)? {
                let pair = interp.iterate(&item).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                if let (Some(k), Some(v)) = (p.next(), p.next()) {
                    interp.dict_set(d, k, v)?;
                }
                i += 1;
            }
        }
    }
    for (k, v) in kw {
        interp.dict_set(d, Value::str(k), v.clone())?;
    }
    Ok(())
}

fn view(a: &[Value], kind: ViewKind) -> PyResult<Value> {
    Ok(Value::DictView(Rc::new(DictView { dict: me(a)?, kind })))
}

pub(super) fn install(bt: &BuiltinTypes) {
    let t = &bt.dict;
    ctor(t, |interp, args, kw| {
        super::arity("dict", &args[1..], 0, 1)?;
        let d = Rc::new(RefCell::new(DictData::new()));
        update_from(interp, &d, args.get(1), kw)?;
        Ok(Value::Dict(d))
    });
    method(t, "keys", |_, a, _| view(a, ViewKind::Keys));
    method(t, "values", |_, a, _| view(a, ViewKind::Values));
    method(t, "items", |_, a, _| view(a, ViewKind::Items));
    method(t, "get", |interp, a, _| {
        super::marity("get", a, 1, 2)?;
        let d = me(a)?;
        Ok(interp.dict_get(&d, &a[1])?.unwrap_or_else(|| nth(a, 2)))
    });
    method(t, "setdefault", |interp, a, _| {
        super::marity("setdefault", a, 1, 2)?;
        let d = me(a)?;
        if let Some(v) = interp.dict_get(&d, &a[1])? {
            return Ok(v);
        }
        let v = nth(a, 2);
        interp.dict_set(&d, a[1].clone(), v.clone())?;
        Ok(v)
    });
    method(t, "pop", |interp, a, _| {
        super::marity("pop", a, 1, 2)?;
        let d = me(a)?;
        match interp.dict_pop(&d, &a[1])? {
            Some(v) => Ok(v),
            None => match a.get(2) {
                Some(v) => Ok(v.clone()),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![a[1].clone()])),
            },
        }
    });
    method(t, "popitem", |_, a, _| {
        let d = me(a)?;
        let e = d.borrow_mut().pop_last();
        match e {
            Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
            None => Err(PyErr::new(
                ExcKind::KeyError,
                "popitem(): dictionary is empty",
            )),
        }
    });
    method(t, "update", |interp, a, kw| {
        super::marity("update", a, 0, 1)?;
        let d = me(a)?;
        update_from(interp, &d, a.get(1), kw)?;
        Ok(Value::None)
    });
    method(t, "clear", |_, a, _| {
        me(a)?.borrow_mut().clear();
        Ok(Value::None)
    });
    method(t, "copy", |_, a, _| {
        Ok(Value::Dict(Rc::new(RefCell::new(me(a)?.borrow().clone()))))
    });
    class_method(t, "fromkeys", |interp, a, _| {
        let keys = interp.iterate(&nth(a, 1))?;
        let v = nth(a, 2);
        let d = Rc::new(RefCell::new(DictData::new()));
        for k in keys {
            interp.dict_set(&d, k, v.clone())?;
        }
        Ok(Value::Dict(d))
    });
    // `dict.__getitem__(d, k)` and friends work on the dict itself, even when `d` is an
    // instance of a subclass that overrides them (as `dict.__setitem__(self, k, v)` in
    // the override does).
    method(t, "__getitem__", |interp, a, _| {
        let key = nth(a, 1);
        let d = native(a)?;
        match interp.dict_get(&d, &key)? {
            Some(v) => Ok(v),
            None => {
                let obj = this(a)?;
                if matches!(obj, Value::Instance(_)) {
                    if let Some(m) = interp.user_method(obj, "__missing__")? {
                        return interp.call(&m, std::slice::from_ref(&key), &[]);
                    }
                }
                Err(PyErr::with_args(ExcKind::KeyError, vec![key]))
            }
        }
    });
    method(t, "__setitem__", |interp, a, _| {
        interp.dict_set(&native(a)?, nth(a, 1), nth(a, 2))?;
        Ok(Value::None)
    });
    method(t, "__delitem__", |interp, a, _| {
        let key = nth(a, 1);
        if interp.dict_del(&native(a)?, &key)? {
            Ok(Value::None)
        } else {
            Err(PyErr::with_args(ExcKind::KeyError, vec![key]))
        }
    });
    method(t, "__contains__", |interp, a, _| {
        Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
    });
    method(t, "__len__", |_, a, _| {
        Ok(Value::Int(me(a)?.borrow().len() as i64))
    });
    method(t, "__iter__", |interp, a, _| interp.get_iter(this(a)?));
    method(t, "__eq__", |interp, a, _| {
        Ok(Value::Bool(interp.eq(this(a)?, &nth(a, 1))?))
    });
    method(t, "__repr__", |interp, a, _| {
        Ok(Value::string(interp.repr_of(this(a)?)?))
    });
    for vt in [&bt.dict_keys, &bt.dict_values, &bt.dict_items] {
        method(vt, "__iter__", |interp, a, _| interp.get_iter(this(a)?));
        method(vt, "__len__", |interp, a, _| {
            Ok(Value::Int(interp.len_of(this(a)?)? as i64))
        });
        method(vt, "__contains__", |interp, a, _| {
            Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
        });
    }
    method(&bt.dict_keys, "isdisjoint", |interp, a, _| {
        let Value::DictView(v) = this(a)? else {
            return Ok(Value::Bool(false));
        };
        let d = v.dict.clone();
        for x in interp.iterate(&nth(a, 1))? {
            if interp.dict_get(&d, &x)?.is_some() {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    });
}
