//! `bytes` and `bytearray`: constructors and methods. Text-like methods reuse the `str`
//! algorithms through a byte-per-char (latin-1) view; case changes touch ASCII only.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ctor, kwarg, method, static_method, this, Kw};
use crate::objects::{BuiltinTypes, ExcKind, PyResult, Value};
use crate::strings as s;
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// The bytes of a bytes-like value.
pub(crate) fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

fn me(a: &[Value]) -> PyResult<Vec<u8>> {
    let v = this(a)?;
    bytes_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            v.type_name()
        ))
    })
}

fn latin(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn unlatin(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// A result of the receiver's kind (bytes for bytes, bytearray for bytearray).
fn same_kind(a: &[Value], data: Vec<u8>) -> Value {
    match a.first() {
        Some(Value::ByteArray(_)) => Value::ByteArray(Rc::new(RefCell::new(data))),
        _ => Value::Bytes(Rc::from(data)),
    }
}

fn arg_bytes(v: Option<&Value>, name: &str) -> PyResult<Vec<u8>> {
    match v {
        Some(x) => bytes_of(x).ok_or_else(|| {
            PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                x.type_name()
            ))
        }),
        None => Err(PyErr::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        ))),
    }
}

fn opt_i(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => Ok(Some(interp.int_arg(x)?)),
    }
}

/// Build bytes from a constructor argument.
fn from_arg(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Vec<u8>> {
    let enc = a.get(1).cloned().or_else(|| kwarg(kw, "encoding"));
    let errors = a.get(2).is_some() || kwarg(kw, "errors").is_some();
    match a.first() {
        Some(v) if !matches!(v, Value::Str(_)) && (enc.is_some() || errors) => {
            Err(PyErr::type_error(if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }))
        }
        None => Ok(vec![]),
        Some(Value::Str(st)) => {
            let Some(enc) = enc else {
                return Err(PyErr::type_error("string argument without an encoding"));
            };
            let e = enc.as_str().unwrap_or("utf-8").to_ascii_lowercase();
            match e.as_str() {
                "utf-8" | "utf8" | "ascii" => Ok(st.as_str().as_bytes().to_vec()),
                "latin-1" | "latin1" => Ok(unlatin(st.as_str())),
                other => Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown encoding: {other}"),
                )),
            }
        }
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            // Too large to build (or past wasm32's address space): MemoryError, as
            // CPython when the allocation fails; never a shorter result.
            match usize::try_from(*n) {
                Ok(n) if n <= crate::format::MAX_RESULT_LEN => Ok(vec![0u8; n]),
                _ => Err(PyErr::new(ExcKind::MemoryError, "")),
            }
        }
        Some(Value::BigInt(b)) => Err(if num_traits::Signed::is_negative(&**b) {
            PyErr::value_error("negative count")
        } else {
            PyErr::new(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        }),
        Some(v) if bytes_of(v).is_some() => Ok(bytes_of(v).unwrap_or_default()),
        Some(v) => {
            let items = interp.iterate(v)?;
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                let n = interp.int_arg(&i)?;
                if !(0..256).contains(&n) {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(out)
        }
    }
}

fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    match enc {
        "utf-8" | "utf8" => match std::str::from_utf8(data) {
            Ok(t) => Ok(t.to_string()),
            Err(e) => {
                if errors == "replace" {
                    return Ok(String::from_utf8_lossy(data).into_owned());
                }
                if errors == "ignore" {
                    let lossy = String::from_utf8_lossy(data);
                    return Ok(lossy.chars().filter(|&c| c != '\u{fffd}').collect());
                }
                let pos = e.valid_up_to();
                let byte = data.get(pos).copied().unwrap_or(0);
                let why = if (0x80..0xc2).contains(&byte) || byte >= 0xf5 {
                    "invalid start byte"
                } else if e.error_len().is_none() {
                    "unexpected end of data"
                } else {
                    "invalid continuation byte"
                };
                Err(PyErr::new(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {why}"
                    ),
                ))
            }
        },
        "ascii" => {
            if let Some(pos) = data.iter().position(|&b| b >= 0x80) {
                if errors == "ignore" {
                    return Ok(data
                        .iter()
                        .filter(|&&b| b < 0x80)
                        .map(|&b| b as char)
                        .collect());
                }
                if errors == "replace" {
                    return Ok(data
                        .iter()
                        .map(|&b| if b < 0x80 { b as char } else { '\u{fffd}' })
                        .collect());
                }
                return Err(PyErr::new(
                    ExcKind::UnicodeDecodeError,
                    format!("'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)", data[pos]),
                ));
            }
            Ok(latin(data))
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(latin(data)),
        other => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {other}"),
        )),
    }
}

pub(super) fn install(bt: &BuiltinTypes) {
    ctor(&bt.bytes, |interp, args, kw| {
        Ok(Value::Bytes(Rc::from(from_arg(interp, &args[1..], kw)?)))
    });
    ctor(&bt.bytearray, |interp, args, kw| {
        Ok(Value::ByteArray(Rc::new(RefCell::new(from_arg(
            interp,
            &args[1..],
            kw,
        )?))))
    });
    for t in [&bt.bytes, &bt.bytearray] {
        method(t, "decode", |_, a, kw| {
            let data = me(a)?;
            let enc = a.get(1).cloned().or_else(|| kwarg(kw, "encoding"));
            let enc = enc
                .as_ref()
                .and_then(|v| v.as_str())
                .unwrap_or("utf-8")
                .to_ascii_lowercase();
            let errors = a.get(2).cloned().or_else(|| kwarg(kw, "errors"));
            let errors = errors
                .as_ref()
                .and_then(|v| v.as_str())
                .unwrap_or("strict")
                .to_string();
            Ok(Value::string(decode(&data, &enc, &errors)?))
        });
        method(t, "hex", |_, a, _| {
            let data = me(a)?;
            let sep = a.get(1).and_then(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                other => bytes_of(other).map(|b| latin(&b)),
            });
            let parts: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
            Ok(Value::string(parts.join(sep.as_deref().unwrap_or(""))))
        });
        method(t, "upper", |_, a, _| {
            Ok(same_kind(a, me(a)?.to_ascii_uppercase()))
        });
        method(t, "lower", |_, a, _| {
            Ok(same_kind(a, me(a)?.to_ascii_lowercase()))
        });
        method(t, "startswith", |interp, a, _| affix(interp, a, true));
        method(t, "endswith", |interp, a, _| affix(interp, a, false));
        method(t, "join", |interp, a, _| {
            let sep = me(a)?;
            let items = interp.iterate(a.get(1).unwrap_or(&Value::None))?;
            let mut out = Vec::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                match bytes_of(it) {
                    Some(b) => out.extend_from_slice(&b),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            it.type_name()
                        )))
                    }
                }
            }
            Ok(same_kind(a, out))
        });
        method(t, "strip", |_, a, _| strip_impl(a, 0));
        method(t, "lstrip", |_, a, _| strip_impl(a, 1));
        method(t, "rstrip", |_, a, _| strip_impl(a, 2));
        method(t, "split", |interp, a, kw| {
            let data = latin(&me(a)?);
            let sep = a
                .get(1)
                .cloned()
                .or_else(|| kwarg(kw, "sep"))
                .filter(|v| !v.is_none());
            let sep = match &sep {
                Some(v) => Some(latin(&arg_bytes(Some(v), "split")?)),
                None => None,
            };
            let maxsplit =
                opt_i(interp, a.get(2).or(kwarg(kw, "maxsplit").as_ref()))?.unwrap_or(-1);
            let parts = s::split(&data, sep.as_deref(), maxsplit)?;
            Ok(Value::list(
                parts
                    .into_iter()
                    .map(|p| same_kind(a, unlatin(p)))
                    .collect(),
            ))
        });
        method(t, "replace", |interp, a, _| {
            let data = latin(&me(a)?);
            let old = latin(&arg_bytes(a.get(1), "replace")?);
            let new = latin(&arg_bytes(a.get(2), "replace")?);
            let count = opt_i(interp, a.get(3))?.unwrap_or(-1);
            Ok(same_kind(
                a,
                unlatin(&s::replace(&data, &old, &new, count)?),
            ))
        });
        method(t, "find", |interp, a, _| {
            let data = latin(&me(a)?);
            let sub = latin(&arg_bytes(a.get(1), "find")?);
            let (st, en) = (opt_i(interp, a.get(2))?, opt_i(interp, a.get(3))?);
            Ok(Value::Int(s::find(&data, &sub, st, en)))
        });
        method(t, "index", |interp, a, _| {
            let data = latin(&me(a)?);
            let sub = latin(&arg_bytes(a.get(1), "index")?);
            let (st, en) = (opt_i(interp, a.get(2))?, opt_i(interp, a.get(3))?);
            Ok(Value::Int(s::index(&data, &sub, st, en)?))
        });
        method(t, "count", |interp, a, _| {
            let data = latin(&me(a)?);
            let sub = latin(&arg_bytes(a.get(1), "count")?);
            let (st, en) = (opt_i(interp, a.get(2))?, opt_i(interp, a.get(3))?);
            Ok(Value::Int(s::count(&data, &sub, st, en) as i64))
        });
        method(t, "isdigit", |_, a, _| {
            let d = me(a)?;
            Ok(Value::Bool(
                !d.is_empty() && d.iter().all(|c| c.is_ascii_digit()),
            ))
        });
        method(t, "isalpha", |_, a, _| {
            let d = me(a)?;
            Ok(Value::Bool(
                !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic()),
            ))
        });
        method(t, "isspace", |_, a, _| {
            let d = me(a)?;
            Ok(Value::Bool(
                !d.is_empty() && d.iter().all(|c| c.is_ascii_whitespace() || *c == 0x0b),
            ))
        });
        method(t, "__len__", |_, a, _| Ok(Value::Int(me(a)?.len() as i64)));
    }
    static_method(&bt.bytes, "fromhex", |_, a, _| {
        let text = a
            .first()
            .and_then(|v| v.as_str())
            .ok_or_else(|| PyErr::type_error("fromhex() argument must be str"))?;
        let digits: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        if !digits.len().is_multiple_of(2) || !digits.iter().all(|c| c.is_ascii_hexdigit()) {
            let pos = text
                .chars()
                .position(|c| !c.is_whitespace() && !c.is_ascii_hexdigit())
                .unwrap_or(text.chars().count());
            return Err(PyErr::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            )));
        }
        let out: Vec<u8> = digits
            .chunks(2)
            .map(|p| (p[0].to_digit(16).unwrap_or(0) * 16 + p[1].to_digit(16).unwrap_or(0)) as u8)
            .collect();
        Ok(Value::Bytes(Rc::from(out)))
    });
    let ba = &bt.bytearray;
    method(ba, "append", |interp, a, _| {
        let Some(Value::ByteArray(b)) = a.first() else {
            return Err(PyErr::type_error("bytearray expected"));
        };
        let n = interp.int_arg(a.get(1).unwrap_or(&Value::None))?;
        if !(0..256).contains(&n) {
            return Err(PyErr::value_error("byte must be in range(0, 256)"));
        }
        b.borrow_mut().push(n as u8);
        Ok(Value::None)
    });
    method(ba, "extend", |interp, a, kw| {
        let Some(Value::ByteArray(b)) = a.first() else {
            return Err(PyErr::type_error("bytearray expected"));
        };
        let more = from_arg(interp, &a[1..2.min(a.len())], kw)?;
        b.borrow_mut().extend(more);
        Ok(Value::None)
    });
    method(ba, "pop", |interp, a, _| {
        let Some(Value::ByteArray(b)) = a.first() else {
            return Err(PyErr::type_error("bytearray expected"));
        };
        let len = b.borrow().len() as i64;
        if len == 0 {
            return Err(PyErr::index_error("pop from empty bytearray"));
        }
        let i = match a.get(1) {
            Some(v) => interp.int_arg(v)?,
            None => -1,
        };
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(PyErr::index_error("pop index out of range"));
        }
        let v = b.borrow_mut().remove(j as usize);
        Ok(Value::Int(v as i64))
    });
    method(ba, "clear", |_, a, _| {
        if let Some(Value::ByteArray(b)) = a.first() {
            b.borrow_mut().clear();
        }
        Ok(Value::None)
    });
    method(ba, "copy", |_, a, _| {
        Ok(Value::ByteArray(Rc::new(RefCell::new(me(a)?))))
    });
}

fn strip_impl(a: &[Value], which: u8) -> PyResult<Value> {
    let data = me(a)?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            Some(bytes_of(v).ok_or_else(|| PyErr::type_error("a bytes-like object is required"))?)
        }
    };
    let strip = |c: &u8| match &chars {
        Some(cs) => cs.contains(c),
        None => c.is_ascii_whitespace() || *c == 0x0b,
    };
    let mut s = 0;
    let mut e = data.len();
    if which != 2 {
        while s < e && strip(&data[s]) {
            s += 1;
        }
    }
    if which != 1 {
        while e > s && strip(&data[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_kind(a, data[s..e].to_vec()))
}

fn affix(interp: &mut Interp, a: &[Value], start: bool) -> PyResult<Value> {
    let data = latin(&me(a)?);
    let (st, en) = (opt_i(interp, a.get(2))?, opt_i(interp, a.get(3))?);
    let check = |p: &[u8]| {
        let p = latin(p);
        if start {
            s::startswith(&data, &p, st, en)
        } else {
            s::endswith(&data, &p, st, en)
        }
    };
    match a.get(1) {
        Some(Value::Tuple(items)) => {
            for i in items.iter() {
                if check(&arg_bytes(Some(i), "startswith")?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Ok(Value::Bool(check(&arg_bytes(
            other,
            if start { "startswith" } else { "endswith" },
        )?))),
    }
}
