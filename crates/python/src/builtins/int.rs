//! `int`, `bool` and `float`: constructors and methods.

use super::{class_method, ctor, method, methods, static_method, this, Kw, Native};
use crate::args::Params;
use crate::objects::complex::{complex, parse_complex, parts};
use crate::objects::int::{int_ref, norm, to_big};
use crate::objects::{BuiltinTypes, PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Installs the constructors and methods of `int`, `bool` and `float`.
pub(super) fn install(bt: &BuiltinTypes) {
    ctor(&bt.int, int_new);
    ctor(&bt.bool_, bool_new);
    ctor(&bt.float, float_new);
    methods(&bt.int, METHODS);
    class_method(&bt.int, "from_bytes", from_bytes);
    methods(&bt.float, float::METHODS);
    static_method(&bt.float, "fromhex", float::fromhex);
}

/// `int`'s methods, by their Python names (the class method `from_bytes` comes after them).
const METHODS: &[(&str, Native)] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("conjugate", conjugate),
    ("__index__", __index__),
    ("__int__", __int__),
    ("__float__", __float__),
    ("as_integer_ratio", as_integer_ratio),
    ("to_bytes", to_bytes),
];

/// `bool(x=False, /)`: the truth value of `x`.
fn bool_new(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    match args.get(1) {
        Some(v) => Ok(Value::Bool(interp.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `int.bit_length()`: number of bits necessary to represent self in binary.
fn bit_length(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let n = to_big(this(a)?);
    Ok(Value::Int(n.bits() as i64))
}

/// `int.bit_count()`: number of ones in the binary representation of the absolute value of self.
fn bit_count(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let n = to_big(this(a)?);
    let (_, digits) = n.to_u64_digits();
    Ok(Value::Int(
        digits.iter().map(|d| d.count_ones() as i64).sum(),
    ))
}

/// `int.conjugate()`: returns self, the complex conjugate of any int.
fn conjugate(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(norm(to_big(this(a)?)))
}

/// `int.__index__()`: return self converted to an integer, if self is suitable for use as an index into a list.
fn __index__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(norm(to_big(this(a)?)))
}

/// `int.__int__()`: int(self).
fn __int__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(norm(to_big(this(a)?)))
}

/// `int.__float__()`: float(self).
fn __float__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    crate::vm::protocol_as_f64(this(a)?)
        .map(Value::Float)
        .ok_or_else(|| {
            PyErr::new(
                crate::objects::ExcKind::OverflowError,
                "int too large to convert to float",
            )
        })
}

/// `int.as_integer_ratio()`: return integer ratio.
fn as_integer_ratio(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::tuple(vec![norm(to_big(this(a)?)), Value::Int(1)]))
}

/// `int`'s parameters: `int(x=0, /, base=10)`.
const INT_PARAMS: Params = Params::new("int", &["x", "base"], 0).posonly(1);

/// `int(x=0)` or `int(x, base=10)`: an int from a number or from text.
fn int_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let [x, base] = INT_PARAMS.bind(&args[1..], kw)?;
    let Some(x) = &x else {
        if base.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = interp.int_arg(&b)?;
        let x = &crate::objects::base_value(x)
            .filter(|v| matches!(v, Value::Str(_) | Value::Bytes(_)))
            .unwrap_or_else(|| x.clone());
        return match x {
            Value::Str(s) => Ok(parsed(crate::format::parse_int(s.as_str(), b)?)),
            Value::Bytes(bs) => int_from_ascii(bs, b),
            Value::ByteArray(bs) => {
                let bs = bs.borrow().clone();
                int_from_ascii(&bs, b)
            }
            _ => Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(norm(crate::format::float_to_int(*f)?)),
        Value::Str(s) => Ok(parsed(crate::format::parse_int(s.as_str(), 10)?)),
        Value::Bytes(b) => int_from_ascii(b, 10),
        Value::ByteArray(b) => {
            let b = b.borrow().clone();
            int_from_ascii(&b, 10)
        }
        _ => {
            // An instance of a subclass of int, float, str or bytes converts as its value
            // does, unless its class defines the hooks CPython's `PyNumber_Long` tries
            // first (a numeric base's own `nb_int` stands in for `__index__`/`__trunc__`).
            let base = crate::objects::base_value(x).filter(|b| {
                matches!(
                    b,
                    Value::Int(_)
                        | Value::BigInt(_)
                        | Value::Bool(_)
                        | Value::Float(_)
                        | Value::Str(_)
                        | Value::Bytes(_)
                )
            });
            let numeric = matches!(
                base,
                Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))
            );
            let hooks: &[&str] = if numeric {
                &["__int__"]
            } else {
                &["__int__", "__index__", "__trunc__"]
            };
            for &hook in hooks {
                if let Some(m) = interp.user_method(x, hook)? {
                    let r = interp.call(&m, &[], &[])?;
                    if int_ref(&r).is_none() {
                        return Err(PyErr::type_error(format!(
                            "{hook} returned non-int (type {})",
                            r.type_name()
                        )));
                    }
                    return Ok(norm(to_big(&r)));
                }
            }
            if let Some(b) = base {
                return int_new(interp, &[args[0].clone(), b], kw);
            }
            // Any other buffer (a memoryview) is read as bytes are, as `PyNumber_Long` does.
            if let Some(b) = super::bytes_of(x) {
                return int_from_ascii(&b, 10);
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.type_name()
            )))
        }
    }
}

/// `int(b"…", base)`: the bytes read as ASCII text; a failure names the value as
/// bytes (`b'…'`), whatever buffer it came from, as CPython's `_PyLong_FromBytes` does.
fn int_from_ascii(bytes: &[u8], base: i64) -> PyResult<Value> {
    let invalid = || {
        PyErr::new(
            crate::objects::ExcKind::ValueError,
            format!(
                "invalid literal for int() with base {base}: {}",
                crate::strings::bytes_repr(bytes)
            ),
        )
    };
    let text = std::str::from_utf8(bytes)
        .ok()
        .filter(|t| t.is_ascii())
        .ok_or_else(invalid)?;
    match crate::format::parse_int(text, base) {
        Ok(p) => Ok(parsed(p)),
        Err(e) if e.message.starts_with("invalid literal") => Err(invalid()),
        Err(e) => Err(e.into()),
    }
}

fn parsed(p: crate::format::ParsedInt) -> Value {
    match p {
        crate::format::ParsedInt::Small(i) => Value::Int(i),
        crate::format::ParsedInt::Big(b) => norm(b),
    }
}

/// `float(x=0.0, /)`: a float from a number or from text.
fn float_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    super::no_kw("float", kw)?;
    let a = &args[1..];
    super::arity("float", a, 0, 1)?;
    let Some(x) = a.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::vm::protocol_as_f64(x)
            .map(Value::Float)
            .ok_or_else(|| {
                PyErr::new(
                    crate::objects::ExcKind::OverflowError,
                    "int too large to convert to float",
                )
            }),
        Value::Str(s) => Ok(Value::Float(crate::format::parse_float(s.as_str())?)),
        Value::Bytes(b) => float_from_ascii(b, || crate::strings::bytes_repr(b)),
        Value::ByteArray(b) => {
            let b = b.borrow().clone();
            float_from_ascii(&b, || crate::strings::bytearray_repr(&b))
        }
        _ => {
            // As in `int_new`: a subclass of float, int, str or bytes converts as its
            // value does, unless its class defines `__float__` (or, for str and bytes,
            // `__index__`).
            let base = crate::objects::base_value(x).filter(|b| {
                matches!(
                    b,
                    Value::Int(_)
                        | Value::BigInt(_)
                        | Value::Bool(_)
                        | Value::Float(_)
                        | Value::Str(_)
                        | Value::Bytes(_)
                )
            });
            let hooks: &[&str] = if matches!(base, None | Some(Value::Str(_) | Value::Bytes(_))) {
                &["__float__", "__index__"]
            } else {
                &["__float__"]
            };
            for &hook in hooks {
                if let Some(m) = interp.user_method(x, hook)? {
                    let r = interp.call(&m, &[], &[])?;
                    return match r {
                        Value::Float(_) => Ok(r),
                        v if int_ref(&v).is_some() => Ok(Value::Float(
                            crate::vm::protocol_as_f64(&v).unwrap_or(f64::INFINITY),
                        )),
                        other => Err(PyErr::type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            x.type_name(),
                            other.type_name()
                        ))),
                    };
                }
            }
            if let Some(b) = base {
                return float_new(interp, &[args[0].clone(), b], kw);
            }
            // Any other buffer (a memoryview) is read as bytes are; a failure shows its repr.
            if let Some(b) = super::bytes_of(x) {
                let shown = interp.repr_of(x)?;
                return float_from_ascii(&b, || shown);
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                x.type_name()
            )))
        }
    }
}

/// `float(b"…")`: the bytes read as ASCII text; a failure shows `shown()`, the
/// argument's repr, as CPython's `PyFloat_FromString` does.
fn float_from_ascii(bytes: &[u8], shown: impl FnOnce() -> String) -> PyResult<Value> {
    let parsed = std::str::from_utf8(bytes)
        .ok()
        .filter(|t| t.is_ascii())
        .map(crate::format::parse_float);
    match parsed {
        Some(Ok(f)) => Ok(Value::Float(f)),
        Some(Err(e)) if !e.message.starts_with("could not convert") => Err(e.into()),
        _ => Err(PyErr::new(
            crate::objects::ExcKind::ValueError,
            format!("could not convert string to float: {}", shown()),
        )),
    }
}

/// `int.to_bytes`'s parameters.
const TO_BYTES: Params = Params::new("to_bytes", &["length", "byteorder", "signed"], 0).maxpos(2);

/// `int.from_bytes`'s parameters (after the class).
const FROM_BYTES: Params =
    Params::new("from_bytes", &["bytes", "byteorder", "signed"], 1).maxpos(2);

/// Whether a `byteorder` argument (`"big"` when absent) says little-endian, or
/// CPython's error for another value.
fn little_endian(fname: &str, order: Option<Value>) -> PyResult<bool> {
    let Some(order) = order else {
        return Ok(false);
    };
    match crate::args::str_param(fname, "byteorder", &order)? {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(PyErr::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`: the int as bytes.
fn to_bytes(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let n = to_big(this(a)?);
    let [length, order, signed] = TO_BYTES.bind(&a[1..], kw)?;
    let length = match length {
        Some(v) => interp.int_arg(&v)?,
        None => 1,
    };
    let length = usize::try_from(length)
        .map_err(|_| PyErr::value_error("length argument must be non-negative"))?;
    let little = little_endian("to_bytes", order)?;
    let signed = match signed {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let mut bytes = if signed {
        n.to_signed_bytes_be()
    } else {
        if num_traits::Signed::is_negative(&n) {
            return Err(PyErr::new(
                crate::objects::ExcKind::OverflowError,
                "can't convert negative int to unsigned",
            ));
        }
        n.to_bytes_be().1
    };
    if bytes.len() > length && !(bytes.len() == 1 && bytes[0] == 0 && length == 0) {
        return Err(PyErr::new(
            crate::objects::ExcKind::OverflowError,
            "int too big to convert",
        ));
    }
    let pad = if signed && num_traits::Signed::is_negative(&n) {
        0xff
    } else {
        0
    };
    while bytes.len() < length {
        bytes.insert(0, pad);
    }
    if bytes.len() > length {
        bytes.clear();
    }
    if little {
        bytes.reverse();
    }
    Ok(Value::Bytes(std::rc::Rc::from(bytes)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: the int that bytes represent.
fn from_bytes(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let [data, order, signed] = FROM_BYTES.bind(a.get(1..).unwrap_or_default(), kw)?;
    let data = crate::args::required(data)?;
    let little = little_endian("from_bytes", order)?;
    let signed = match signed {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let cannot = |v: &Value| {
        PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            v.type_name()
        ))
    };
    let mut bytes: Vec<u8> = match &data {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(_) => return Err(cannot(&data)),
        other => {
            let it = interp.get_iter(other).map_err(|e| {
                if e.is(crate::objects::ExcKind::TypeError) {
                    cannot(other)
                } else {
                    e
                }
            })?;
            let items = interp.iterate(&it)?;
            let mut out = Vec::with_capacity(items.len());
            for v in &items {
                let n = interp.int_arg(v)?;
                let b = u8::try_from(n)
                    .map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?;
                out.push(b);
            }
            out
        }
    };
    if little {
        bytes.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_be(&bytes)
    } else {
        num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
    };
    Ok(norm(n))
}

/// `complex`'s constructor and methods.
pub(super) fn install_complex(bt: &BuiltinTypes) {
    ctor(&bt.complex, complex_new);
    method(&bt.complex, "conjugate", complex_conjugate);
}

/// `complex(real=0, imag=0)` or `complex(string)`: a complex number.
fn complex_new(_: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let [re, im] = Params::new("complex", &["real", "imag"], 0).bind(&args[1..], kw)?;
    if let Some(Value::Str(s)) = &re {
        if im.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return match parse_complex(s.as_str()) {
            Some((r, i)) => Ok(complex(r, i)),
            None => Err(PyErr::value_error("complex() arg is a malformed string")),
        };
    }
    let (rr, ri) = match &re {
        None => (0.0, 0.0),
        Some(v) => parts(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                v.type_name()
            ))
        })?,
    };
    let (ir, ii) = match &im {
        None => (0.0, 0.0),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error("complex() second arg can't be a string"))
        }
        Some(v) => parts(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "complex() second argument must be a number, not '{}'",
                v.type_name()
            ))
        })?,
    };
    Ok(complex(rr - ii, ri + ir))
}

/// `complex.conjugate()`: return the complex conjugate of its argument.
fn complex_conjugate(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    match this(a)? {
        Value::Complex(c) => Ok(complex(c.0, -c.1)),
        _ => Err(PyErr::type_error("complex expected")),
    }
}

/// `float`'s methods.
mod float {
    use super::*;

    /// `float`'s methods, by their Python names (the static method `fromhex` comes after them).
    pub(super) const METHODS: &[(&str, Native)] = &[
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", hex),
        ("conjugate", conjugate),
        ("__float__", __float__),
        ("__int__", __int__),
    ];

    /// `float.is_integer()`: return True if the float is an integer.
    fn is_integer(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        match this(a)? {
            Value::Float(f) => Ok(Value::Bool(crate::format::float_is_integer(*f))),
            _ => Err(PyErr::type_error("float expected")),
        }
    }

    /// `float.as_integer_ratio()`: return integer ratio.
    fn as_integer_ratio(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        match this(a)? {
            Value::Float(f) => {
                let (n, d) = crate::format::float_as_integer_ratio(*f)?;
                Ok(Value::tuple(vec![norm(n), norm(d)]))
            }
            _ => Err(PyErr::type_error("float expected")),
        }
    }

    /// `float.hex()`: return a hexadecimal representation of a floating-point number.
    fn hex(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        match this(a)? {
            Value::Float(f) => Ok(Value::string(crate::format::float_hex(*f))),
            _ => Err(PyErr::type_error("float expected")),
        }
    }

    /// `float.conjugate()`: return self, the complex conjugate of any float.
    fn conjugate(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(this(a)?.clone())
    }

    /// `float.__float__()`: float(self).
    fn __float__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(this(a)?.clone())
    }

    /// `float.__int__()`: int(self).
    fn __int__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        match this(a)? {
            Value::Float(f) => Ok(norm(crate::format::float_to_int(*f)?)),
            _ => Err(PyErr::type_error("float expected")),
        }
    }

    /// `float.fromhex(string, /)`: create a floating-point number from a hexadecimal string.
    pub(super) fn fromhex(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        match a.first() {
            Some(Value::Str(s)) => Ok(Value::Float(crate::format::float_fromhex(s.as_str())?)),
            _ => Err(PyErr::type_error("fromhex() argument must be str")),
        }
    }
}
