//! New `bytes`/`bytearray` values from old ones and the ASCII character classes: case
//! mapping, `is*` tests, padding, `expandtabs`, stripping, `replace`, `translate` and
//! `maketrans`, through the `str` algorithms on a byte [`view`](super::view).

use std::rc::Rc;

use super::{
    arg_bytes, bind, byte_char, is_byte_space, me, positional, same_kind, same_kind_text, ssize,
    view,
};
use crate::builtins::{Kw, Native};
use crate::format::FmtResult;
use crate::objects::{ExcKind, PyResult, Value};
use crate::strings as s;
use crate::vm::halt::PyErr;
use crate::vm::Interp;
/// `bytes` and `bytearray`'s methods defined here, by their Python names.
pub(super) const METHODS: &[(&str, Native)] = &[
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("title", title),
    ("capitalize", capitalize),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("isascii", isascii),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isspace", isspace),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("replace", replace),
    ("translate", translate),
];

/// `bytes.upper()`: return a copy of B with all ASCII characters converted to uppercase.
fn upper(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    mapped(a, kw, "upper", s::upper)
}

/// `bytes.lower()`: return a copy of B with all ASCII characters converted to lowercase.
fn lower(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    mapped(a, kw, "lower", s::lower)
}

/// `bytes.swapcase()`: return a copy of B with uppercase ASCII characters converted to lowercase ASCII and vice versa.
fn swapcase(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    mapped(a, kw, "swapcase", s::swapcase)
}

/// `bytes.title()`: return a titlecased version of B: words start uppercase, the rest lowercase.
fn title(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    mapped(a, kw, "title", s::title)
}

/// `bytes.capitalize()`: return a copy of B with only its first character capitalized (ASCII) and the rest lower-cased.
fn capitalize(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    mapped(a, kw, "capitalize", s::capitalize)
}

/// `bytes.isalnum()`: return True if all characters in B are alphanumeric and there is at least one character in B, False otherwise.
fn isalnum(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "isalnum", s::is_alnum_str)
}

/// `bytes.isalpha()`: return True if all characters in B are alphabetic and there is at least one character in B, False otherwise.
fn isalpha(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "isalpha", s::is_alpha_str)
}

/// `bytes.isdigit()`: return True if all characters in B are digits and there is at least one character in B, False otherwise.
fn isdigit(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "isdigit", s::is_digit_str)
}

/// `bytes.isascii()`: return True if B is empty or all characters in B are ASCII, False otherwise.
fn isascii(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "isascii", s::is_ascii_str)
}

/// `bytes.islower()`: return True if all cased characters in B are lowercase and there is at least one cased character in B, False otherwise.
fn islower(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "islower", s::is_lower)
}

/// `bytes.isupper()`: return True if all cased characters in B are uppercase and there is at least one cased character in B, False otherwise.
fn isupper(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "isupper", s::is_upper)
}

/// `bytes.istitle()`: return True if B is a titlecased string and there is at least one character in B.
fn istitle(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "istitle", s::is_title)
}

/// `bytes.isspace()`: return True if all characters in B are whitespace and there is at least one character in B, False otherwise.
fn isspace(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    tested(a, kw, "isspace", |t| {
        !t.is_empty() && t.chars().all(is_byte_space)
    })
}

/// `bytes.center(width, fillchar=b' ', /)`: return a centered string of length width.
fn center(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    padded(interp, a, kw, "center", s::center)
}

/// `bytes.ljust(width, fillchar=b' ', /)`: return a left-justified string of length width.
fn ljust(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    padded(interp, a, kw, "ljust", s::ljust)
}

/// `bytes.rjust(width, fillchar=b' ', /)`: return a right-justified string of length width.
fn rjust(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    padded(interp, a, kw, "rjust", s::rjust)
}

/// `bytes.zfill(width, /)`: pad a numeric string with zeros on the left, to fill a field of the given width.
fn zfill(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "zfill", 1, 1)?;
    let width = ssize(interp, &a[1])?;
    Ok(same_kind_text(a, &s::zfill(&view(&me(a)?), width)?))
}

/// `bytes.expandtabs(tabsize=8)`: return a copy where all tab characters are expanded using spaces.
fn expandtabs(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let args = bind("expandtabs", a, kw, &["tabsize"], 0)?;
    let tabsize = match &args[0] {
        Some(v) => c_int(interp, v)?,
        None => 8,
    };
    Ok(same_kind_text(a, &s::expandtabs(&view(&me(a)?), tabsize)?))
}

/// `bytes.strip(bytes=None, /)`: strip leading and trailing bytes contained in the argument.
fn strip(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    stripped(a, kw, "strip", s::strip)
}

/// `bytes.lstrip(bytes=None, /)`: strip leading bytes contained in the argument.
fn lstrip(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    stripped(a, kw, "lstrip", s::lstrip)
}

/// `bytes.rstrip(bytes=None, /)`: strip trailing bytes contained in the argument.
fn rstrip(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    stripped(a, kw, "rstrip", s::rstrip)
}

/// `bytes.removeprefix(prefix, /)`: return a bytes object with the given prefix string removed if present.
fn removeprefix(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    affix_removed(a, kw, "removeprefix", s::removeprefix)
}

/// `bytes.removesuffix(suffix, /)`: return a bytes object with the given suffix string removed if present.
fn removesuffix(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    affix_removed(a, kw, "removesuffix", s::removesuffix)
}

/// `bytes.replace(old, new, count=-1, /)`: return a copy with all occurrences of substring old replaced by new.
fn replace(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "replace", 2, 3)?;
    let data = view(&me(a)?);
    let old = view(&arg_bytes(a.get(1), "replace")?);
    let new = view(&arg_bytes(a.get(2), "replace")?);
    let count = match a.get(3) {
        Some(v) => ssize(interp, v)?,
        None => -1,
    };
    Ok(same_kind_text(a, &s::replace(&data, &old, &new, count)?))
}

/// `bytes.translate(table, /, delete=b'')`: return a copy with each character mapped by the given translation table.
fn translate(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let args = bind("translate", a, kw, &["table", "delete"], 1)?;
    let table = match &args[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let table = arg_bytes(Some(v), "translate")?;
            if table.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(table)
        }
    };
    let delete = match &args[1] {
        Some(v) => arg_bytes(Some(v), "translate")?,
        None => Vec::new(),
    };
    let out = me(a)?
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(same_kind(a, out))
}

/// `bytes.maketrans(frm, to, /)` and `bytearray.maketrans`: a 256-byte table mapping each
/// byte of `frm` to the byte of `to` at the same position.
pub(super) fn maketrans(owner: &str, a: &[Value], kw: &Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{owner}.maketrans() takes no keyword arguments"
        )));
    }
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.len()
        )));
    }
    let from = arg_bytes(a.first(), "maketrans")?;
    let to = arg_bytes(a.get(1), "maketrans")?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[usize::from(f)] = t;
    }
    Ok(Value::Bytes(Rc::from(table)))
}

/// A C `int` argument (`expandtabs`' `tabsize`, `splitlines`' `keepends`): ints past 32
/// bits raise `OverflowError`.
pub(super) fn c_int(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::BigInt(_) => None,
        other => i32::try_from(interp.int_arg(other)?).ok(),
    };
    n.map(i64::from).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

/// A method without arguments mapping the receiver's view to a new value of its kind.
fn mapped(a: &[Value], kw: &Kw, name: &str, map: fn(&str) -> String) -> PyResult<Value> {
    positional(a, kw, name, 0, 0)?;
    Ok(same_kind_text(a, &map(&view(&me(a)?))))
}

/// A method without arguments testing the receiver's view.
fn tested(a: &[Value], kw: &Kw, name: &str, test: fn(&str) -> bool) -> PyResult<Value> {
    positional(a, kw, name, 0, 0)?;
    Ok(Value::Bool(test(&view(&me(a)?))))
}

/// `center(width, fillchar=b' ', /)`, `ljust` and `rjust`.
fn padded(
    interp: &mut Interp,
    a: &[Value],
    kw: &Kw,
    name: &str,
    pad: fn(&str, i64, char) -> FmtResult<String>,
) -> PyResult<Value> {
    positional(a, kw, name, 1, 2)?;
    let width = ssize(interp, &a[1])?;
    let fill = match a.get(2) {
        None => ' ',
        Some(v) => match super::bytes_of(v).as_deref() {
            Some(&[c]) => byte_char(c),
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.type_name()
                )))
            }
        },
    };
    Ok(same_kind_text(a, &pad(&view(&me(a)?), width, fill)?))
}

/// `strip(bytes=None, /)`, `lstrip` and `rstrip`: `None` strips ASCII whitespace.
fn stripped(
    a: &[Value],
    kw: &Kw,
    name: &str,
    strip: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PyResult<Value> {
    positional(a, kw, name, 0, 1)?;
    let data = view(&me(a)?);
    let result = match a.get(1) {
        None | Some(Value::None) => strip(&data, Some(" \t\n\r\x0b\x0c")),
        Some(v) => strip(&data, Some(&view(&arg_bytes(Some(v), name)?))),
    };
    Ok(same_kind_text(a, result))
}

/// `removeprefix(prefix, /)` and `removesuffix`.
fn affix_removed(
    a: &[Value],
    kw: &Kw,
    name: &str,
    remove: for<'a> fn(&'a str, &str) -> &'a str,
) -> PyResult<Value> {
    positional(a, kw, name, 1, 1)?;
    let affix = view(&arg_bytes(a.get(1), name)?);
    Ok(same_kind_text(a, remove(&view(&me(a)?), &affix)))
}
