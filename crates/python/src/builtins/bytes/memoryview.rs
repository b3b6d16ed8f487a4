//! `memoryview`'s class and methods. What a view is, and the bytes-like rule, are in
//! `objects/memoryview.rs`; the class is native: its instances carry a [`View`].

use std::rc::Rc;

use crate::objects::memoryview::{view_of, View};
use crate::objects::{ExcKind, Native, PyResult, PySlice, Type, Value};
use crate::vm::halt::PyErr;
use crate::vm::import::ClassBuilder;
use crate::vm::Interp;

use super::super::Kw;

/// Item `i` of a view, as the view's format reads it.
fn item(view: &View, i: usize) -> Value {
    decode(view.format, &view.item_bytes(i))
}

/// The receiver's view, checked not released.
fn me(a: &[Value]) -> PyResult<View> {
    let v = a.first().unwrap_or(&Value::None);
    let view = view_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            v.type_name()
        ))
    })?;
    view.check()?;
    Ok(view)
}

/// The item a subscript names, counted from the end when negative, as CPython checks it.
fn item_index(interp: &mut Interp, view: &View, key: &Value) -> PyResult<usize> {
    let i = interp
        .index_of(key)
        .map_err(|_| PyErr::type_error("memoryview: invalid slice key"))?;
    let j = if i < 0 { i + view.len as i64 } else { i };
    if j < 0 || j >= view.len as i64 {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// A new `memoryview` instance holding `view`.
fn wrap(interp: &mut Interp, view: View) -> PyResult<Value> {
    let cls = match interp.builtins.borrow().get_str("memoryview") {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(PyErr::runtime_error("memoryview is missing from builtins")),
    };
    Ok(interp.new_native_instance(&cls, Box::new(view)))
}

/// The byte size of a native `struct` format character, or `None`.
fn itemsize(format: char) -> Option<usize> {
    Some(match format {
        'b' | 'B' | 'c' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

fn decode(format: char, raw: &[u8]) -> Value {
    let mut word = [0u8; 8];
    let n = raw.len().min(8);
    word[..n].copy_from_slice(&raw[..n]);
    let unsigned = u64::from_le_bytes(word);
    let signed = |bits: u32| {
        let shift = 64 - bits;
        Value::Int(((unsigned << shift) as i64) >> shift)
    };
    match format {
        'c' => Value::Bytes(Rc::from(raw)),
        '?' => Value::Bool(unsigned != 0),
        'b' => signed(8),
        'h' => signed(16),
        'i' => signed(32),
        'l' | 'q' | 'n' => signed(64),
        'e' => Value::Float(half_to_f64(unsigned as u16)),
        'f' => Value::Float(f64::from(f32::from_bits(unsigned as u32))),
        'd' => Value::Float(f64::from_bits(unsigned)),
        _ => match i64::try_from(unsigned) {
            Ok(v) => Value::Int(v),
            Err(_) => Value::BigInt(Rc::new(num_bigint::BigInt::from(unsigned))),
        },
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// An item's bytes from a value, as `memoryview.__setitem__` checks it.
fn encode(interp: &mut Interp, view: &View, v: &Value) -> PyResult<Vec<u8>> {
    let format = view.format;
    let invalid_type =
        || PyErr::type_error(format!("memoryview: invalid type for format '{format}'"));
    let invalid_value =
        || PyErr::value_error(format!("memoryview: invalid value for format '{format}'"));
    match format {
        'c' => match v {
            Value::Bytes(b) if b.len() == 1 => Ok(b.to_vec()),
            Value::Bytes(_) => Err(invalid_value()),
            _ => Err(invalid_type()),
        },
        '?' => Ok(vec![u8::from(interp.truthy(v)?)]),
        'e' | 'f' | 'd' => {
            let x = match v {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => f64::from(u8::from(*b)),
                _ => return Err(invalid_type()),
            };
            Ok(match format {
                'd' => x.to_le_bytes().to_vec(),
                'f' => (x as f32).to_le_bytes().to_vec(),
                _ => {
                    return Err(PyErr::new(
                        ExcKind::NotImplementedError,
                        "memoryview: format e not supported",
                    ))
                }
            })
        }
        _ => {
            let n = match v {
                Value::Int(i) => i128::from(*i),
                Value::Bool(b) => i128::from(*b),
                Value::BigInt(_) => return Err(invalid_value()),
                _ => return Err(invalid_type()),
            };
            let bits = (view.itemsize * 8) as u32;
            let ok = if format.is_ascii_uppercase() {
                n >= 0 && n < (1i128 << bits)
            } else {
                n >= -(1i128 << (bits - 1)) && n < (1i128 << (bits - 1))
            };
            if !ok {
                return Err(invalid_value());
            }
            Ok((n as i64).to_le_bytes()[..view.itemsize].to_vec())
        }
    }
}

/// Builds the `memoryview` class.
pub(crate) fn class() -> PyResult<Rc<Type>> {
    type Getter = fn(&View) -> Value;
    let getters: [(&str, Getter); 12] = [
        ("obj", |v| v.obj.clone()),
        ("nbytes", |v| Value::Int((v.len * v.itemsize) as i64)),
        ("readonly", |v| Value::Bool(v.readonly)),
        ("itemsize", |v| Value::Int(v.itemsize as i64)),
        ("format", |v| Value::string(v.format.to_string())),
        ("ndim", |_| Value::Int(1)),
        ("shape", |v| Value::tuple(vec![Value::Int(v.len as i64)])),
        ("strides", |v| {
            Value::tuple(vec![Value::Int(v.stride as i64)])
        }),
        ("suboffsets", |_| Value::tuple(vec![])),
        ("c_contiguous", |v| Value::Bool(v.contiguous())),
        ("f_contiguous", |v| Value::Bool(v.contiguous())),
        ("contiguous", |v| Value::Bool(v.contiguous())),
    ];
    let mut cb = ClassBuilder::new("memoryview", vec![]).methods(METHODS);
    for (name, get) in getters {
        cb = cb.getter(name, move |_, a, _| Ok(get(&me(a)?)));
    }
    cb.build()
}

/// `memoryview`'s methods, by their Python names, in the order `vars(memoryview)` lists them.
const METHODS: &[(&str, Native)] = &[
    ("__new__", memoryview_new),
    ("__len__", memoryview_len),
    ("__getitem__", memoryview_getitem),
    ("__setitem__", memoryview_setitem),
    ("__delitem__", memoryview_delitem),
    ("__iter__", memoryview_iter),
    ("__eq__", memoryview_eq),
    ("__repr__", memoryview_repr),
    ("__enter__", memoryview_enter),
    ("__exit__", memoryview_exit),
    ("release", memoryview_release),
    ("tobytes", memoryview_tobytes),
    ("tolist", memoryview_tolist),
    ("toreadonly", memoryview_toreadonly),
    ("hex", memoryview_hex),
    ("cast", memoryview_cast),
    ("__hash__", memoryview_hash),
];

/// `memoryview.__new__`.
fn memoryview_new(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    if !kw.is_empty() && kw.iter().any(|(k, _)| &**k != "object") {
        return Err(PyErr::type_error(format!(
            "memoryview() got an unexpected keyword argument '{}'",
            kw[0].0
        )));
    }
    let obj = a
        .get(1)
        .or_else(|| kw.first().map(|(_, v)| v))
        .ok_or_else(|| {
            PyErr::type_error("memoryview() missing required argument 'object' (pos 1)")
        })?;
    let view = match view_of(obj) {
        Some(v) => {
            v.check()?;
            v
        }
        None => View::over(obj.clone()).ok_or_else(|| {
            PyErr::type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                obj.type_name()
            ))
        })?,
    };
    wrap(interp, view)
}

/// `memoryview.__len__`.
fn memoryview_len(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(me(a)?.len as i64))
}

/// `memoryview.__getitem__`.
fn memoryview_getitem(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let view = me(a)?;
    match a.get(1) {
        Some(Value::Slice(s)) => {
            let s: &PySlice = s;
            let idx = interp.slice_indices(s, view.len)?;
            let mut sub = view.clone();
            sub.start = (view.start as isize + idx.start as isize * view.stride).max(0) as usize;
            sub.stride = view.stride * idx.step as isize;
            sub.len = idx.len;
            wrap(interp, sub)
        }
        Some(Value::Float(_) | Value::Str(_) | Value::None) | None => {
            Err(PyErr::type_error("memoryview: invalid slice key"))
        }
        Some(key) => {
            let j = item_index(interp, &view, key)?;
            Ok(item(&view, j))
        }
    }
}

/// `memoryview.__setitem__`.
fn memoryview_setitem(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let view = me(a)?;
    if view.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let Value::ByteArray(target) = &view.obj else {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    };
    let value = a.get(2).unwrap_or(&Value::None);
    match a.get(1) {
        Some(Value::Slice(s)) => {
            let idx = interp.slice_indices(s, view.len)?;
            let data = crate::objects::bytes_of(value).ok_or_else(|| {
                PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    value.type_name()
                ))
            })?;
            if data.len() != idx.len * view.itemsize {
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let mut t = target.borrow_mut();
            for (n, i) in idx.indices().enumerate() {
                let at = view.offset(i);
                let chunk = &data[n * view.itemsize..(n + 1) * view.itemsize];
                if let Some(dst) = t.get_mut(at..at + view.itemsize) {
                    dst.copy_from_slice(chunk);
                }
            }
            Ok(Value::None)
        }
        Some(key) => {
            let j = item_index(interp, &view, key)?;
            let bytes = encode(interp, &view, value)?;
            let at = view.offset(j);
            if let Some(dst) = target.borrow_mut().get_mut(at..at + view.itemsize) {
                dst.copy_from_slice(&bytes);
            }
            Ok(Value::None)
        }
        None => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}

/// `memoryview.__delitem__`.
fn memoryview_delitem(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    if me(a)?.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    Err(PyErr::type_error("cannot delete memory"))
}

/// `memoryview.__iter__`.
fn memoryview_iter(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let view = me(a)?;
    let items: Vec<Value> = (0..view.len).map(|i| item(&view, i)).collect();
    interp.get_iter(&Value::list(items))
}

/// `memoryview.__eq__`.
fn memoryview_eq(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let this = a.first().unwrap_or(&Value::None);
    let other = a.get(1).unwrap_or(&Value::None);
    let Some(view) = view_of(this) else {
        return Ok(Value::NotImplemented);
    };
    if view.released {
        // A released view equals only itself.
        let same =
            matches!((this, other), (Value::Instance(x), Value::Instance(y)) if Rc::ptr_eq(x, y));
        return Ok(Value::Bool(same));
    }
    let theirs = match view_of(other) {
        Some(o) if o.released => return Ok(Value::Bool(false)),
        Some(o) => (o.format, o.bytes(), o.len),
        None => match crate::objects::bytes_of(other) {
            Some(b) => ('B', b.clone(), b.len()),
            None => return Ok(Value::NotImplemented),
        },
    };
    let (format, bytes, len) = theirs;
    if len != view.len {
        return Ok(Value::Bool(false));
    }
    if format == view.format {
        return Ok(Value::Bool(bytes == view.bytes()));
    }
    let size = itemsize(format).unwrap_or(1);
    for i in 0..view.len {
        let theirs = decode(format, &bytes[i * size..(i + 1) * size]);
        if !interp.eq(&item(&view, i), &theirs)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `memoryview.__repr__`.
fn memoryview_repr(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = a.first() else {
        return Err(PyErr::type_error("memoryview.__repr__ needs a memoryview"));
    };
    let released = view_of(&a[0]).is_none_or(|v| v.released);
    Ok(Value::string(format!(
        "<{}memory at 0x{:x}>",
        if released { "released " } else { "" },
        i.ident.addr()
    )))
}

/// `memoryview.__enter__`.
fn memoryview_enter(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    me(a)?;
    Ok(a[0].clone())
}

/// `memoryview.__exit__`.
fn memoryview_exit(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    release(&a[0]);
    Ok(Value::None)
}

/// `memoryview.release`.
fn memoryview_release(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    release(a.first().unwrap_or(&Value::None));
    Ok(Value::None)
}

/// `memoryview.tobytes`.
fn memoryview_tobytes(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::from(me(a)?.bytes())))
}

/// `memoryview.tolist`.
fn memoryview_tolist(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let view = me(a)?;
    Ok(Value::list((0..view.len).map(|i| item(&view, i)).collect()))
}

/// `memoryview.toreadonly`.
fn memoryview_toreadonly(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let mut view = me(a)?;
    view.readonly = true;
    wrap(interp, view)
}

/// `memoryview.hex`.
fn memoryview_hex(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let view = me(a)?;
    let bytes = Value::Bytes(Rc::from(view.bytes()));
    let hex = interp.getattr_str(&bytes, "hex")?;
    interp.call(&hex, &a[1..], kw)
}

/// `memoryview.cast`.
fn memoryview_cast(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let view = me(a)?;
    let format = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().trim_start_matches('@').to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "cast() argument 'format' must be str, not {}",
                other.type_name()
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "cast() missing required argument 'format' (pos 1)",
            ))
        }
    };
    let mut chars = format.chars();
    let (Some(f), None) = (chars.next(), chars.next()) else {
        return Err(bad_format());
    };
    let size = itemsize(f).filter(|_| f != 'P').ok_or_else(bad_format)?;
    if !view.contiguous() {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if view.format != 'B'
        && view.format != 'b'
        && view.format != 'c'
        && f != 'B'
        && f != 'b'
        && f != 'c'
    {
        return Err(PyErr::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = view.len * view.itemsize;
    if nbytes % size != 0 {
        return Err(PyErr::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    if let Some(shape) = a.get(2) {
        let dims = interp.iterate(shape)?;
        if dims.len() != 1 {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                "memoryview: Loopscope's views are one-dimensional",
            ));
        }
    }
    let mut cast = view.clone();
    cast.format = f;
    cast.itemsize = size;
    cast.len = nbytes / size;
    cast.stride = size as isize;
    wrap(interp, cast)
}

/// `memoryview.__hash__`.
fn memoryview_hash(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let view = me(a)?;
    if !view.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    Ok(Value::Int(
        interp.hash(&Value::Bytes(Rc::from(view.bytes())))?,
    ))
}

fn bad_format() -> PyErr {
    PyErr::value_error(
        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    )
}

/// Releases a view: every later use of it raises.
fn release(v: &Value) {
    if let Value::Instance(i) = v {
        if let Some(view) = i
            .native
            .borrow_mut()
            .as_mut()
            .and_then(|b| b.downcast_mut::<View>())
        {
            view.released = true;
        }
    }
}
