//! `binascii`: conversions between bytes and ASCII text — hex, base64, uu — and the CRC-32
//! and CRC-CCITT checksums, with CPython 3.11's arguments, checks and messages (`base64.py`
//! is built on it). `codecs` does the conversions; this file takes the arguments apart.
//! Quoted-printable (`b2a_qp`, `a2b_qp`) is not here.

pub mod codecs;

use std::rc::Rc;

use loopscope_python::objects::{t, Type};
use loopscope_python::{ClassBuilder, ExcKind, Interp, ModuleBuilder, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;

use crate::args::{arity, bind, buffer, no_kw, to_bigint, to_c_int, Kw, Params};

/// `binascii.Error(msg)`.
fn fail(interp: &mut Interp, cls: &Rc<Type>, msg: &str) -> PyErr {
    match interp.call(&Value::Type(cls.clone()), &[Value::str(msg)], &[]) {
        Ok(e) => PyErr::Exc(e),
        Err(e) => e,
    }
}

/// What the `a2b_*` functions accept: bytes-like objects, or str of ASCII characters.
fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(_) | Value::ByteArray(_) => buffer(v),
        Value::Str(_) => {
            let s = v.as_str().unwrap_or_default();
            if s.is_ascii() {
                Ok(s.as_bytes().to_vec())
            } else {
                Err(PyErr::value_error(
                    "string argument should contain only ASCII characters",
                ))
            }
        }
        other => Err(PyErr::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            other.type_name()
        ))),
    }
}

/// A flag CPython reads as a C `int` (`newline`, `strict_mode`, `backtick`).
fn flag(interp: &mut Interp, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => Ok(to_c_int(interp, v)? != 0),
    }
}

/// An int reduced modulo `2**bits`, as C's unsigned conversions with a mask do.
fn masked(interp: &mut Interp, v: &Value, bits: u32) -> PyResult<u64> {
    let n = to_bigint(interp, v)?.mod_floor(&(BigInt::from(1u8) << bits));
    Ok(n.to_u64().unwrap_or(0))
}

/// A `binascii` function: a native given `binascii.Error` (`error`), which it raises on bad
/// input.
type Function = fn(&mut Interp, &Rc<Type>, &[Value], &Kw) -> PyResult<Value>;

/// The module's functions, by their Python names.
const FUNCTIONS: &[(&str, Function)] = &[
    ("hexlify", binascii_hexlify),
    ("b2a_hex", binascii_b2a_hex),
    ("unhexlify", binascii_unhexlify),
    ("a2b_hex", binascii_a2b_hex),
    ("b2a_base64", binascii_b2a_base64),
    ("a2b_base64", binascii_a2b_base64),
    ("crc32", binascii_crc32),
    ("crc_hqx", binascii_crc_hqx),
    ("b2a_uu", binascii_b2a_uu),
    ("a2b_uu", binascii_a2b_uu),
];

/// Registers the functions; `error` is `binascii.Error`, which each is given.
fn functions(m: &mut ModuleBuilder, error: &Rc<Type>) {
    for &(name, f) in FUNCTIONS {
        let e = error.clone();
        m.function(name, move |interp, args: &[Value], kw: &Kw| {
            f(interp, &e, args, kw)
        });
    }
}

/// `hexlify(data, sep=<none>, bytes_per_sep=1)`, also called `b2a_hex`, as `name`.
fn hexlify(interp: &mut Interp, name: &str, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let params = Params::new(name, &["data", "sep", "bytes_per_sep"], 1);
    let bound = bind(&params, args, kw)?;
    let data = buffer(bound[0].as_ref().unwrap_or(&Value::None))?;
    let group = match &bound[2] {
        Some(v) => to_c_int(interp, v)?,
        None => 1,
    };
    let sep = match &bound[1] {
        None => None,
        Some(sep) => {
            if interp.len_of(sep)? != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            match sep {
                Value::Str(_) => {
                    let c = sep.as_str().and_then(|s| s.chars().next()).unwrap_or('\0');
                    match u8::try_from(u32::from(c)) {
                        Ok(b) => Some(b),
                        Err(_) => return Err(PyErr::value_error("sep must be ASCII.")),
                    }
                }
                Value::Bytes(b) => Some(b[0]),
                _ => return Err(PyErr::type_error("sep must be str or bytes.")),
            }
        }
    };
    Ok(Value::Bytes(codecs::hex(&data, sep, group).into()))
}

/// `unhexlify(hexstr)`, also called `a2b_hex`, as `name`.
fn unhexlify(
    interp: &mut Interp,
    error: &Rc<Type>,
    name: &str,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Value> {
    let qualified = format!("binascii.{name}");
    no_kw(&qualified, kw)?;
    arity(&qualified, args, 1, 1)?;
    let text = ascii_data(&args[0])?;
    match codecs::unhex(&text) {
        Ok(out) => Ok(Value::Bytes(out.into())),
        Err(msg) => Err(fail(interp, error, msg)),
    }
}

/// `binascii.hexlify(data, sep=<none>, bytes_per_sep=1)`: the bytes in hex digits.
fn binascii_hexlify(interp: &mut Interp, _: &Rc<Type>, args: &[Value], kw: &Kw) -> PyResult<Value> {
    hexlify(interp, "hexlify", args, kw)
}

/// `binascii.b2a_hex(data, sep=<none>, bytes_per_sep=1)`: the bytes in hex digits.
fn binascii_b2a_hex(interp: &mut Interp, _: &Rc<Type>, args: &[Value], kw: &Kw) -> PyResult<Value> {
    hexlify(interp, "b2a_hex", args, kw)
}

/// `binascii.unhexlify(hexstr)`: the bytes the hex digits spell.
fn binascii_unhexlify(
    interp: &mut Interp,
    error: &Rc<Type>,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Value> {
    unhexlify(interp, error, "unhexlify", args, kw)
}

/// `binascii.a2b_hex(hexstr)`: the bytes the hex digits spell.
fn binascii_a2b_hex(
    interp: &mut Interp,
    error: &Rc<Type>,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Value> {
    unhexlify(interp, error, "a2b_hex", args, kw)
}

/// `binascii.b2a_base64(data, /, *, newline=True)`: the bytes in base64.
fn binascii_b2a_base64(
    interp: &mut Interp,
    _: &Rc<Type>,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Value> {
    let params = Params::new("b2a_base64", &["data", "newline"], 1)
        .posonly(1)
        .maxpos(1);
    let bound = bind(&params, args, kw)?;
    let data = buffer(&args[0])?;
    let newline = bound[1].is_none() || flag(interp, bound[1].as_ref())?;
    Ok(Value::Bytes(codecs::b64_encode(&data, newline).into()))
}

/// `binascii.a2b_base64(data, /, *, strict_mode=False)`: the bytes base64 text spells.
fn binascii_a2b_base64(
    interp: &mut Interp,
    error: &Rc<Type>,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Value> {
    let params = Params::new("a2b_base64", &["data", "strict_mode"], 1)
        .posonly(1)
        .maxpos(1);
    let bound = bind(&params, args, kw)?;
    let text = ascii_data(&args[0])?;
    let strict = flag(interp, bound[1].as_ref())?;
    match codecs::b64_decode(&text, strict) {
        Ok(out) => Ok(Value::Bytes(out.into())),
        Err(msg) => Err(fail(interp, error, &msg)),
    }
}

/// `binascii.crc32(data, crc=0, /)`: the CRC-32 of the bytes, continuing from `crc`.
fn binascii_crc32(interp: &mut Interp, _: &Rc<Type>, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("binascii.crc32", kw)?;
    arity("crc32", args, 1, 2)?;
    let data = buffer(&args[0])?;
    let crc = match args.get(1) {
        Some(v) => masked(interp, v, 32)? as u32,
        None => 0,
    };
    Ok(Value::Int(codecs::crc32(&data, crc).into()))
}

/// `binascii.crc_hqx(data, crc, /)`: the CRC-CCITT of the bytes, continuing from `crc`.
fn binascii_crc_hqx(interp: &mut Interp, _: &Rc<Type>, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("binascii.crc_hqx", kw)?;
    arity("crc_hqx", args, 2, 2)?;
    let data = buffer(&args[0])?;
    let crc = masked(interp, &args[1], 32)? as u16;
    Ok(Value::Int(codecs::crc_hqx(&data, crc).into()))
}

/// `binascii.b2a_uu(data, /, *, backtick=False)`: one uuencoded line of at most 45 bytes.
fn binascii_b2a_uu(
    interp: &mut Interp,
    error: &Rc<Type>,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Value> {
    let params = Params::new("b2a_uu", &["data", "backtick"], 1)
        .posonly(1)
        .maxpos(1);
    let bound = bind(&params, args, kw)?;
    let data = buffer(&args[0])?;
    let backtick = flag(interp, bound[1].as_ref())?;
    if data.len() > 45 {
        return Err(fail(interp, error, "At most 45 bytes at once"));
    }
    Ok(Value::Bytes(codecs::uu_encode(&data, backtick).into()))
}

/// `binascii.a2b_uu(data, /)`: the bytes one uuencoded line spells.
fn binascii_a2b_uu(
    interp: &mut Interp,
    error: &Rc<Type>,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Value> {
    no_kw("binascii.a2b_uu", kw)?;
    arity("binascii.a2b_uu", args, 1, 1)?;
    let text = ascii_data(&args[0])?;
    match codecs::uu_decode(&text) {
        Ok(out) => Ok(Value::Bytes(out.into())),
        Err(msg) => Err(fail(interp, error, msg)),
    }
}

/// Registers `binascii`.
pub fn register(m: &mut ModuleBuilder) {
    let value_error = t().exc_type(ExcKind::ValueError).clone();
    let exception = t().exc_type(ExcKind::Exception).clone();
    let classes = ClassBuilder::new("Error", vec![value_error])
        .build()
        .and_then(|error| {
            Ok((
                error,
                ClassBuilder::new("Incomplete", vec![exception]).build()?,
            ))
        });
    match classes {
        Ok((error, incomplete)) => {
            m.class(error.clone());
            m.class(incomplete);
            functions(m, &error);
        }
        Err(e) => m.value("_error", Value::string(format!("{e:?}"))),
    }
}
