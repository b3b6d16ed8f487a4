//! `bytes` and `bytearray`: constructors, codecs (`decode`, `hex`, `fromhex`), the
//! argument helpers their methods share, and the byte view that lets the `str`
//! algorithms of `crate::strings` serve bytes with CPython's ASCII-only rules.

mod array;
pub(crate) mod memoryview;
mod search;
mod text;

use std::cell::RefCell;
use std::rc::Rc;

use super::exceptions::unicode_decode_error;
use super::{class_method, ctor, marity, methods, no_kw, static_method, this, Kw, Native};
use crate::args::{str_param, Params};
use crate::objects::{BuiltinTypes, ExcKind, PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

pub use crate::objects::bytes_of;

fn me(a: &[Value]) -> PyResult<Vec<u8>> {
    let v = this(a)?;
    bytes_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// `bytes.hex(sep, bytes_per_sep)`: two hex digits a byte, `sep` between groups of
/// `|bytes_per_sep|` bytes counted from the right (from the left when it is negative).
fn hex_with_sep(data: &[u8], sep: Option<&str>, per: i64) -> String {
    let digits = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let (Some(sep), n @ 1..) = (sep, per.unsigned_abs() as usize) else {
        return digits(data);
    };
    let groups: Vec<String> = if per > 0 {
        let first = data.len() % n;
        std::iter::once(&data[..first])
            .filter(|g| !g.is_empty())
            .chain(data[first..].chunks(n))
            .map(digits)
            .collect()
    } else {
        data.chunks(n).map(digits).collect()
    };
    groups.join(sep)
}

/// The type that owns the receiver's methods, as CPython names it in argument errors.
fn owner(a: &[Value]) -> &'static str {
    match a.first() {
        Some(Value::ByteArray(_)) => "bytearray",
        _ => "bytes",
    }
}

/// Checks the arguments of a method without keyword arguments, worded as CPython's
/// (`bytes.zfill() takes exactly one argument (0 given)`, `insert expected 2 arguments,
/// got 1`, `center expected at least 1 argument, got 0`).
fn positional(a: &[Value], kw: &Kw, name: &str, min: usize, max: usize) -> PyResult<()> {
    let qualified = format!("{}.{name}", owner(a));
    no_kw(&qualified, kw)?;
    let given = a.len().saturating_sub(1);
    if min != max {
        marity(name, a, min, max)
    } else if min <= 1 {
        marity(&qualified, a, min, max)
    } else if given != min {
        Err(PyErr::type_error(format!(
            "{name} expected {min} arguments, got {given}"
        )))
    } else {
        Ok(())
    }
}

/// Binds the arguments after the receiver to `names`, the first `required` positional-only
/// and required, with Argument Clinic's messages ([`crate::args::Params`]). Absent ones
/// are `None`.
fn bind(
    name: &str,
    a: &[Value],
    kw: &Kw,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let params = Params::new(name, names, required).posonly(required);
    crate::args::bind(&params, a.get(1..).unwrap_or_default(), kw)
}

fn latin(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn unlatin(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// Bytes as text for the `str` algorithms: one character per byte (so positions are byte
/// offsets), ASCII as itself and 0x80..=0xFF as the private-use U+E080..=U+E0FF, which
/// are uncased and neither letters, digits, spaces nor line breaks. The Unicode rules of
/// `crate::strings` then reduce to CPython's ASCII-only rules for bytes, except for
/// whitespace and line breaks (see [`is_byte_space`], [`is_byte_line_break`]).
fn view(b: &[u8]) -> String {
    b.iter().map(|&c| byte_char(c)).collect()
}

/// One byte of a [`view`].
fn byte_char(c: u8) -> char {
    if c.is_ascii() {
        char::from(c)
    } else {
        char::from_u32(0xe000 + u32::from(c)).unwrap_or(char::REPLACEMENT_CHARACTER)
    }
}

/// The bytes of a [`view`] (or of text built from views).
fn unview(s: &str) -> Vec<u8> {
    s.chars().map(|c| (c as u32 & 0xff) as u8).collect()
}

/// Whitespace for bytes (CPython's `Py_ISSPACE`): ASCII space, `\t`, `\n`, `\v`, `\f`,
/// `\r`, but not the information separators `\x1c`..`\x1f` that `str` counts.
fn is_byte_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// Line boundaries of `bytes.splitlines`: `\n`, `\r` and `\r\n` only.
fn is_byte_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r')
}

/// A result of the receiver's kind (bytes for bytes, bytearray for bytearray).
fn same_kind(a: &[Value], data: Vec<u8>) -> Value {
    match a.first() {
        Some(Value::ByteArray(_)) => Value::ByteArray(Rc::new(RefCell::new(data))),
        _ => Value::Bytes(Rc::from(data)),
    }
}

/// A [`view`] result of the receiver's kind.
fn same_kind_text(a: &[Value], text: &str) -> Value {
    same_kind(a, unview(text))
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

/// A `Py_ssize_t` argument (a width, an index, a count): ints past 64 bits raise
/// `OverflowError` as in CPython, whatever this machine's word size.
fn ssize(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        other => interp.int_arg(other),
    }
}

/// A byte value argument (`append`, `insert`, `remove`, an int `sub`): an int in
/// `range(0, 256)`.
fn byte_value(interp: &mut Interp, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => -1,
        other => interp.int_arg(other)?,
    };
    byte_range(n)
}

/// `n` as a byte, or `ValueError: byte must be in range(0, 256)`.
fn byte_range(n: i64) -> PyResult<u8> {
    u8::try_from(n).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// Build bytes from the arguments of constructor `name` (`bytes` or `bytearray`):
/// `(source=b'', encoding=..., errors=...)`.
fn from_args(interp: &mut Interp, name: &str, a: &[Value], kw: &Kw) -> PyResult<Vec<u8>> {
    let [source, enc, errors] =
        Params::new(name, &["source", "encoding", "errors"], 0).bind(a, kw)?;
    let enc = match &enc {
        Some(v) => Some(str_param(name, "encoding", v)?),
        None => None,
    };
    let errors = match &errors {
        Some(v) => Some(str_param(name, "errors", v)?),
        None => None,
    };
    from_arg(interp, source.as_ref(), enc, errors.is_some())
}

/// Build bytes from a constructor's `source`, given its `encoding` and whether it was
/// given `errors`.
fn from_arg(
    interp: &mut Interp,
    source: Option<&Value>,
    enc: Option<&str>,
    errors: bool,
) -> PyResult<Vec<u8>> {
    match source {
        v if !matches!(v, Some(Value::Str(_))) && (enc.is_some() || errors) => {
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
            let e = enc.to_ascii_lowercase();
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
                Ok(n) if crate::format::fits(n) => Ok(vec![0u8; n]),
                _ => Err(PyErr::memory()),
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

/// The `encoding` and `errors` arguments `a` (after the receiver) and `kw` give codec
/// call `fname` (`decode`, `encode`), with their defaults (`utf-8`, `strict`); the encoding
/// in lower case.
pub(crate) fn codec_args(fname: &str, a: &[Value], kw: &Kw) -> PyResult<(String, String)> {
    let [enc, errors] = Params::new(fname, &["encoding", "errors"], 0).bind(a, kw)?;
    codec_names(fname, enc, errors)
}

/// The texts of a codec call's `encoding` and `errors` arguments, which must be `str`,
/// with their defaults (`utf-8`, `strict`); the encoding in lower case.
pub(crate) fn codec_names(
    fname: &str,
    enc: Option<Value>,
    errors: Option<Value>,
) -> PyResult<(String, String)> {
    let text = |v: Option<Value>, name: &str, default: &str| match v {
        Some(v) => str_param(fname, name, &v).map(str::to_string),
        None => Ok(default.to_string()),
    };
    Ok((
        text(enc, "encoding", "utf-8")?.to_ascii_lowercase(),
        text(errors, "errors", "strict")?,
    ))
}

/// `data` decoded by codec `enc` with error handler `errors`.
pub(crate) fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<String> {
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
                let end = pos + e.error_len().unwrap_or(data.len() - pos);
                Err(unicode_decode_error("utf-8", data, pos, end, why))
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
                return Err(unicode_decode_error(
                    "ascii",
                    data,
                    pos,
                    pos + 1,
                    "ordinal not in range(128)",
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

/// Installs the constructors and methods of `bytes` and `bytearray`.
pub(super) fn install(bt: &BuiltinTypes) {
    ctor(&bt.bytes, bytes_new);
    ctor(&bt.bytearray, bytearray_new);
    for t in [&bt.bytes, &bt.bytearray] {
        methods(t, METHODS);
        methods(t, search::METHODS);
        methods(t, text::METHODS);
    }
    static_method(&bt.bytes, "maketrans", bytes_maketrans);
    static_method(&bt.bytearray, "maketrans", bytearray_maketrans);
    class_method(&bt.bytes, "fromhex", bytes_fromhex);
    class_method(&bt.bytearray, "fromhex", bytearray_fromhex);
    methods(&bt.bytearray, array::METHODS);
}

/// The methods `bytes` and `bytearray` share that are defined here, by their Python names
/// (those of `search.rs` and `text.rs` follow them).
const METHODS: &[(&str, Native)] = &[
    ("decode", bytes_decode),
    ("hex", hex),
    ("join", join),
    ("__len__", __len__),
];

/// `bytes(source=b'', encoding=..., errors=...)`: a new bytes object.
fn bytes_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::from(from_args(
        interp,
        "bytes",
        &args[1..],
        kw,
    )?)))
}

/// `bytearray(source=b'', encoding=..., errors=...)`: a new bytearray.
fn bytearray_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::ByteArray(Rc::new(RefCell::new(from_args(
        interp,
        "bytearray",
        &args[1..],
        kw,
    )?))))
}

/// `bytes.decode(encoding='utf-8', errors='strict')`: decode the bytes using the codec registered for encoding.
fn bytes_decode(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let data = me(a)?;
    let (enc, errors) = codec_args("decode", a.get(1..).unwrap_or_default(), kw)?;
    Ok(Value::string(decode(&data, &enc, &errors)?))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: create a string of hexadecimal numbers from a bytes object.
fn hex(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let data = me(a)?;
    let [sep, per] = Params::new("hex", &["sep", "bytes_per_sep"], 0)
        .bind(a.get(1..).unwrap_or_default(), kw)?;
    let sep = match sep {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(other) => match bytes_of(&other) {
            Some(b) => Some(latin(&b)),
            None => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    other.type_name()
                )))
            }
        },
    };
    if let Some(sep) = &sep {
        if sep.chars().count() != 1 {
            return Err(PyErr::value_error("sep must be length 1."));
        }
        if !sep.is_ascii() {
            return Err(PyErr::value_error("sep must be ASCII."));
        }
    }
    let per = match per {
        Some(v) => interp.index_of(&v)?,
        None => 1,
    };
    Ok(Value::string(hex_with_sep(&data, sep.as_deref(), per)))
}

/// `bytes.join(iterable_of_bytes, /)`: concatenate any number of bytes objects.
fn join(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
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
}

/// `bytes.__len__()`: return len(self).
fn __len__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(me(a)?.len() as i64))
}

/// `bytes.maketrans(frm, to, /)`: a table for `bytes.translate` mapping `frm` to `to`.
fn bytes_maketrans(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    text::maketrans("bytes", a, kw)
}

/// `bytearray.maketrans(frm, to, /)`: as `bytes.maketrans`.
fn bytearray_maketrans(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    text::maketrans("bytearray", a, kw)
}

/// `bytes.fromhex(string, /)`: bytes from pairs of hex digits.
fn bytes_fromhex(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    fromhex(interp, a, kw, "bytes")
}

/// `bytearray.fromhex(string, /)`: a bytearray from pairs of hex digits.
fn bytearray_fromhex(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    fromhex(interp, a, kw, "bytearray")
}

/// `bytes.fromhex(string, /)` and `bytearray.fromhex`: pairs of hex digits, ASCII
/// whitespace allowed between pairs; a subclass gets `cls(result)`.
fn fromhex(interp: &mut Interp, a: &[Value], kw: &Kw, owner: &str) -> PyResult<Value> {
    let qualified = format!("{owner}.fromhex");
    no_kw(&qualified, kw)?;
    marity(&qualified, a, 1, 1)?;
    let text = match &a[1] {
        Value::Str(s) => s.as_str(),
        other => {
            return Err(PyErr::type_error(format!(
                "fromhex() argument must be str, not {}",
                other.type_name()
            )))
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| {
        chars.get(i).and_then(|c| c.to_digit(16)).ok_or_else(|| {
            PyErr::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            ))
        })
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_byte_space(chars[i]) {
            i += 1;
            continue;
        }
        let high = digit(i)?;
        let low = digit(i + 1)?;
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    let bt = crate::objects::t();
    match &a[0] {
        Value::Type(t) if Rc::ptr_eq(t, &bt.bytes) => Ok(Value::Bytes(Rc::from(out))),
        Value::Type(t) if Rc::ptr_eq(t, &bt.bytearray) => {
            Ok(Value::ByteArray(Rc::new(RefCell::new(out))))
        }
        cls => {
            let value = if owner == "bytes" {
                Value::Bytes(Rc::from(out))
            } else {
                Value::ByteArray(Rc::new(RefCell::new(out)))
            };
            interp.call(cls, &[value], &[])
        }
    }
}
