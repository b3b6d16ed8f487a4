//! Searching and splitting `bytes`/`bytearray`: `find`, `rfind`, `index`, `rindex`,
//! `count`, `startswith`, `endswith`, `partition`, `rpartition`, `split`, `rsplit` and
//! `splitlines`, through the `str` algorithms on a byte [`view`](super::view).

use super::{
    arg_bytes, bind, byte_range, bytes_of, is_byte_line_break, is_byte_space, me, positional,
    same_kind_text, ssize, view,
};
use crate::builtins::{Kw, Native};
use crate::format::FmtResult;
use crate::objects::{ExcKind, PyResult, Value};
use crate::strings as s;
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// `bytes` and `bytearray`'s methods defined here, by their Python names.
pub(super) const METHODS: &[(&str, Native)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("partition", partition),
    ("rpartition", rpartition),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
];

/// `bytes.find(sub[, start[, end]])`: return the lowest index in B where subsection sub is found, such that sub is contained within B[start,end].
fn find(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let (data, sub, st, en) = find_args(interp, a, kw, "find")?;
    Ok(Value::Int(s::find(&data, &sub, st, en)))
}

/// `bytes.rfind(sub[, start[, end]])`: return the highest index in B where subsection sub is found, such that sub is contained within B[start,end].
fn rfind(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let (data, sub, st, en) = find_args(interp, a, kw, "rfind")?;
    Ok(Value::Int(s::rfind(&data, &sub, st, en)))
}

/// `bytes.index(sub[, start[, end]])`: return the lowest index in B where subsection sub is found, such that sub is contained within B[start,end].
fn index(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let (data, sub, st, en) = find_args(interp, a, kw, "index")?;
    found(s::find(&data, &sub, st, en))
}

/// `bytes.rindex(sub[, start[, end]])`: return the highest index in B where subsection sub is found, such that sub is contained within B[start,end].
fn rindex(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let (data, sub, st, en) = find_args(interp, a, kw, "rindex")?;
    found(s::rfind(&data, &sub, st, en))
}

/// `bytes.count(sub[, start[, end]])`: return the number of non-overlapping occurrences of subsection sub in bytes B[start:end].
fn count(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let (data, sub, st, en) = find_args(interp, a, kw, "count")?;
    Ok(Value::Int(s::count(&data, &sub, st, en) as i64))
}

/// `bytes.startswith(prefix[, start[, end]])`: return True if B starts with the specified prefix, False otherwise.
fn startswith(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    affix(interp, a, true)
}

/// `bytes.endswith(suffix[, start[, end]])`: return True if B ends with the specified suffix, False otherwise.
fn endswith(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    affix(interp, a, false)
}

/// `bytes.partition(sep, /)`: partition the bytes into three parts using the given separator.
fn partition(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    parted(a, kw, "partition", s::partition)
}

/// `bytes.rpartition(sep, /)`: partition the bytes into three parts using the given separator.
fn rpartition(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    parted(a, kw, "rpartition", s::rpartition)
}

/// `bytes.split(sep=None, maxsplit=-1)`: return a list of the sections in the bytes, using sep as the delimiter.
fn split(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    split_with(interp, a, kw, "split", s::split_by)
}

/// `bytes.rsplit(sep=None, maxsplit=-1)`: return a list of the sections in the bytes, using sep as the delimiter.
fn rsplit(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    split_with(interp, a, kw, "rsplit", s::rsplit_by)
}

/// `bytes.splitlines(keepends=False)`: return a list of the lines in the bytes, breaking at line boundaries.
fn splitlines(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let args = bind("splitlines", a, kw, &["keepends"], 0)?;
    let keep = match &args[0] {
        Some(v) => super::text::c_int(interp, v)? != 0,
        None => false,
    };
    let data = view(&me(a)?);
    let lines = s::splitlines_by(&data, keep, is_byte_line_break);
    Ok(pieces(a, lines))
}

/// A list of [`view`] pieces of the receiver's kind.
fn pieces(a: &[Value], parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(|p| same_kind_text(a, p)).collect())
}

/// `index`/`rindex`: a position, or `ValueError: subsection not found`.
fn found(i: i64) -> PyResult<Value> {
    if i < 0 {
        Err(PyErr::value_error("subsection not found"))
    } else {
        Ok(Value::Int(i))
    }
}

/// The receiver, `sub` (bytes-like or a byte value) and the `start`/`end` slice bounds of
/// `find`, `rfind`, `index`, `rindex` and `count`, as views.
fn find_args(
    interp: &mut Interp,
    a: &[Value],
    kw: &Kw,
    name: &str,
) -> PyResult<(String, String, Option<i64>, Option<i64>)> {
    if !kw.is_empty() {
        positional(a, kw, name, 1, 3)?;
    }
    let given = a.len().saturating_sub(1);
    if given == 0 || given > 3 {
        return Err(PyErr::type_error(format!(
            "{name}() takes {} ({given} given)",
            if given == 0 {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            }
        )));
    }
    let sub = match bytes_of(&a[1]) {
        Some(b) => b,
        None => {
            let n = match &a[1] {
                Value::BigInt(_) => -1,
                v => interp.index_of(v).map_err(|e| {
                    if e.is(ExcKind::TypeError) {
                        PyErr::type_error(format!(
                            "argument should be integer or bytes-like object, not '{}'",
                            v.type_name()
                        ))
                    } else {
                        e
                    }
                })?,
            };
            vec![byte_range(n)?]
        }
    };
    let (st, en) = bounds(interp, a)?;
    Ok((view(&me(a)?), view(&sub), st, en))
}

/// The `start`/`end` arguments after `sub` (slice bounds: `None` or clamped ints).
fn bounds(interp: &mut Interp, a: &[Value]) -> PyResult<(Option<i64>, Option<i64>)> {
    let mut bound = |v: Option<&Value>| match v {
        Some(v) => interp.slice_part(v),
        None => Ok(None),
    };
    Ok((bound(a.get(2))?, bound(a.get(3))?))
}

fn affix(interp: &mut Interp, a: &[Value], start: bool) -> PyResult<Value> {
    let data = view(&me(a)?);
    let (st, en) = bounds(interp, a)?;
    let check = |p: &[u8]| {
        let p = view(p);
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

type Parter = for<'a> fn(&'a str, &str) -> FmtResult<(&'a str, &'a str, &'a str)>;

/// `partition(sep, /)` and `rpartition`: a 3-tuple of the receiver's kind.
fn parted(a: &[Value], kw: &Kw, name: &str, part: Parter) -> PyResult<Value> {
    positional(a, kw, name, 1, 1)?;
    let data = view(&me(a)?);
    let sep = view(&arg_bytes(a.get(1), name)?);
    let (x, y, z) = part(&data, &sep)?;
    // A bytes receiver gives back the separator object itself when it is found.
    let middle = match &a[0] {
        Value::Bytes(_) if !y.is_empty() => a[1].clone(),
        _ => same_kind_text(a, y),
    };
    Ok(Value::tuple(vec![
        same_kind_text(a, x),
        middle,
        same_kind_text(a, z),
    ]))
}

type Splitter = for<'a> fn(&'a str, Option<&str>, i64, fn(char) -> bool) -> FmtResult<Vec<&'a str>>;

/// `split(sep=None, maxsplit=-1)` and `rsplit`: `sep=None` splits at ASCII whitespace.
fn split_with(
    interp: &mut Interp,
    a: &[Value],
    kw: &Kw,
    name: &str,
    split: Splitter,
) -> PyResult<Value> {
    let args = bind(name, a, kw, &["sep", "maxsplit"], 0)?;
    let sep = match &args[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(view(&arg_bytes(Some(v), name)?)),
    };
    let maxsplit = match &args[1] {
        Some(v) => ssize(interp, v)?,
        None => -1,
    };
    let data = view(&me(a)?);
    let parts = split(&data, sep.as_deref(), maxsplit, is_byte_space)?;
    Ok(pieces(a, parts))
}
