//! `dict` and its views: constructor and methods.

use crate::args::nth;
use std::cell::RefCell;
use std::rc::Rc;

use super::{class_method, ctor, methods, this, Kw, Native};
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

/// Installs the constructor and methods of `dict` and of its views.
pub(super) fn install(bt: &BuiltinTypes) {
    let t = &bt.dict;
    ctor(t, dict_new);
    methods(t, METHODS);
    class_method(t, "fromkeys", fromkeys);
    methods(t, DUNDERS);
    for vt in [&bt.dict_keys, &bt.dict_values, &bt.dict_items] {
        methods(vt, views::METHODS);
    }
    methods(&bt.dict_keys, views::KEYS_METHODS);
}

/// `dict`'s methods, by their Python names (the class method `fromkeys` comes after them).
const METHODS: &[(&str, Native)] = &[
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("get", get),
    ("setdefault", setdefault),
    ("pop", pop),
    ("popitem", popitem),
    ("update", update),
    ("clear", clear),
    ("copy", copy),
];

/// `dict`'s dunder methods, after `fromkeys`. `dict.__getitem__(d, k)` and friends work on
/// the dict itself, even when `d` is an instance of a subclass that overrides them (as
/// `dict.__setitem__(self, k, v)` in the override does).
const DUNDERS: &[(&str, Native)] = &[
    ("__getitem__", __getitem__),
    ("__setitem__", __setitem__),
    ("__delitem__", __delitem__),
    ("__contains__", __contains__),
    ("__len__", __len__),
    ("__iter__", __iter__),
    ("__eq__", __eq__),
    ("__repr__", __repr__),
];

/// `dict(mapping_or_iterable=(), /, **kwargs)`: a new dict.
fn dict_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    super::arity("dict", &args[1..], 0, 1)?;
    let d = Rc::new(RefCell::new(DictData::new()));
    crate::objects::gc::track_dict(&d);
    update_from(interp, &d, args.get(1), kw)?;
    Ok(Value::Dict(d))
}

/// `dict.keys()`: a view of the dict's keys.
fn keys(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    view(a, ViewKind::Keys)
}

/// `dict.values()`: a view of the dict's values.
fn values(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    view(a, ViewKind::Values)
}

/// `dict.items()`: a view of the dict's items.
fn items(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    view(a, ViewKind::Items)
}

/// `dict.get(key, default=None, /)`: return the value for key if key is in the dictionary, else default.
fn get(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    super::marity("get", a, 1, 2)?;
    let d = me(a)?;
    Ok(interp.dict_get(&d, &a[1])?.unwrap_or_else(|| nth(a, 2)))
}

/// `dict.setdefault(key, default=None, /)`: insert key with a value of default if key is not in the dictionary.
fn setdefault(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    super::marity("setdefault", a, 1, 2)?;
    let d = me(a)?;
    if let Some(v) = interp.dict_get(&d, &a[1])? {
        return Ok(v);
    }
    let v = nth(a, 2);
    interp.dict_set(&d, a[1].clone(), v.clone())?;
    Ok(v)
}

/// `dict.pop(key[, default], /)`: remove key and return its value, or default if given.
fn pop(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    super::marity("pop", a, 1, 2)?;
    let d = me(a)?;
    match interp.dict_pop(&d, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::with_args(ExcKind::KeyError, vec![a[1].clone()])),
        },
    }
}

/// `dict.popitem()`: remove and return a (key, value) pair as a 2-tuple.
fn popitem(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let d = me(a)?;
    let e = d.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

/// `dict.update([other, ]**kwargs)`: set the items of a mapping, or of an iterable of pairs, then the keywords.
fn update(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    super::marity("update", a, 0, 1)?;
    let d = me(a)?;
    update_from(interp, &d, a.get(1), kw)?;
    Ok(Value::None)
}

/// `dict.clear()`: remove all items.
fn clear(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    me(a)?.borrow_mut().clear();
    Ok(Value::None)
}

/// `dict.copy()`: a shallow copy of the dict.
fn copy(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let d = Rc::new(RefCell::new(me(a)?.borrow().clone()));
    crate::objects::gc::track_dict(&d);
    Ok(Value::Dict(d))
}

/// `dict.fromkeys(iterable, value=None, /)`: create a new dictionary with keys from iterable and values set to value.
fn fromkeys(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let keys = interp.iterate(&nth(a, 1))?;
    let v = nth(a, 2);
    let d = Rc::new(RefCell::new(DictData::new()));
    for k in keys {
        interp.dict_set(&d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

/// `dict.__getitem__(key, /)`: return self[key] (`__missing__` of a subclass answers a missing key).
fn __getitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    super::marity("dict.__getitem__", a, 1, 1)?;
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
}

/// `dict.__setitem__(key, value, /)`: set self[key] to value.
fn __setitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.dict_set(&native(a)?, nth(a, 1), nth(a, 2))?;
    Ok(Value::None)
}

/// `dict.__delitem__(key, /)`: delete self[key].
fn __delitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let key = nth(a, 1);
    if interp.dict_del(&native(a)?, &key)? {
        Ok(Value::None)
    } else {
        Err(PyErr::with_args(ExcKind::KeyError, vec![key]))
    }
}

/// `dict.__contains__(key, /)`: true if the dictionary has the specified key, else False.
fn __contains__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    super::marity("dict.__contains__", a, 1, 1)?;
    Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
}

/// `dict.__len__()`: return len(self).
fn __len__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(me(a)?.borrow().len() as i64))
}

/// `dict.__iter__()`: implement iter(self).
fn __iter__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.get_iter(this(a)?)
}

/// `dict.__eq__(value, /)`: return self==value.
fn __eq__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(interp.eq(this(a)?, &nth(a, 1))?))
}

/// `dict.__repr__()`: return repr(self).
fn __repr__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(interp.repr_of(this(a)?)?))
}

/// The methods of `dict_keys`, `dict_values` and `dict_items`.
mod views {
    use super::*;

    /// The methods all three views share, by their Python names.
    pub(super) const METHODS: &[(&str, Native)] = &[
        ("__iter__", __iter__),
        ("__len__", __len__),
        ("__contains__", __contains__),
    ];

    /// `dict_keys`'s own methods.
    pub(super) const KEYS_METHODS: &[(&str, Native)] = &[("isdisjoint", isdisjoint)];

    /// `dict_keys.__iter__()` (and the other views'): implement iter(self).
    fn __iter__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        interp.get_iter(this(a)?)
    }

    /// `dict_keys.__len__()` (and the other views'): return len(self).
    fn __len__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(Value::Int(interp.len_of(this(a)?)? as i64))
    }

    /// `dict_keys.__contains__(key, /)` (and the other views'): return key in self.
    fn __contains__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
    }

    /// `dict_keys.isdisjoint(other, /)`: return True if the view and the given iterable have a null intersection.
    fn isdisjoint(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
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
    }
}
