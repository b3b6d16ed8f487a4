//! `str`: constructor and methods, implemented with the algorithms in `crate::strings`.

use std::rc::Rc;

use super::{ctor, marity, method, methods, this, Kw, Native};
use crate::args::Params;
use crate::objects::{BuiltinTypes, PyResult, Value};
use crate::strings as s;
use crate::vm::halt::PyErr;
use crate::vm::Interp;

fn me(a: &[Value]) -> PyResult<&str> {
    match this(a)? {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn opt_int(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => Ok(Some(interp.int_arg(x)?)),
    }
}

fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str())),
        Some(o) => Err(PyErr::type_error(format!(
            "{what} arg must be None or str, not {}",
            o.type_name()
        ))),
    }
}

fn sub_arg<'a>(v: Option<&'a Value>, name: &str) -> PyResult<&'a str> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(o) => Err(PyErr::type_error(format!(
            "must be str, not {}",
            o.type_name()
        ))),
        None => Err(PyErr::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        ))),
    }
}

fn fill_char(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(s)) if s.char_len() == 1 => Ok(s.char_at(0).unwrap_or(' ')),
        Some(Value::Str(_)) => Err(PyErr::type_error(
            "The fill character must be exactly one character long",
        )),
        Some(o) => Err(PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            o.type_name()
        ))),
    }
}

fn strs(v: Vec<&str>) -> Value {
    Value::list(v.into_iter().map(Value::str).collect())
}

/// Installs `str`'s constructor and methods.
pub(super) fn install(bt: &BuiltinTypes) {
    let t = &bt.str_;
    ctor(t, str_new);
    methods(t, METHODS);
    super::static_method(t, "maketrans", maketrans);
    method(t, "translate", translate);
}

/// `str`'s methods, by their Python names (`maketrans`, a static method, and
/// `translate` come after them).
const METHODS: &[(&str, Native)] = &[
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("swapcase", swapcase),
    ("title", title),
    ("capitalize", capitalize),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("replace", replace),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("isascii", isascii),
    ("format", format),
    ("format_map", format_map),
    ("encode", encode),
    ("__len__", __len__),
    ("__contains__", __contains__),
    ("__getitem__", __getitem__),
    ("__str__", __str__),
    ("__repr__", __repr__),
    ("__format__", __format__),
    ("__hash__", __hash__),
    ("__add__", __add__),
    ("__mul__", __mul__),
    ("__eq__", __eq__),
    ("__lt__", __lt__),
];

/// `str.upper()`: return a copy of the string converted to uppercase.
fn upper(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(s::upper(me(a)?)))
}

/// `str.lower()`: return a copy of the string converted to lowercase.
fn lower(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(s::lower(me(a)?)))
}

/// `str.casefold()`: return a version of the string suitable for caseless comparisons.
fn casefold(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(s::casefold(me(a)?)))
}

/// `str.swapcase()`: convert uppercase characters to lowercase and lowercase characters to uppercase.
fn swapcase(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(s::swapcase(me(a)?)))
}

/// `str.title()`: return a version of the string where each word is titlecased.
fn title(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(s::title(me(a)?)))
}

/// `str.capitalize()`: return a capitalized version of the string.
fn capitalize(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(s::capitalize(me(a)?)))
}

/// `str.strip(chars=None, /)`: return a copy of the string with leading and trailing whitespace removed.
fn strip(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::str(s::strip(me(a)?, opt_str(a.get(1), "strip")?)))
}

/// `str.lstrip(chars=None, /)`: return a copy of the string with leading whitespace removed.
fn lstrip(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::str(s::lstrip(me(a)?, opt_str(a.get(1), "lstrip")?)))
}

/// `str.rstrip(chars=None, /)`: return a copy of the string with trailing whitespace removed.
fn rstrip(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::str(s::rstrip(me(a)?, opt_str(a.get(1), "rstrip")?)))
}

/// `str.split(sep=None, maxsplit=-1)`: return a list of the substrings in the string, using sep as the separator string.
fn split(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let [sep, maxsplit] =
        Params::new("split", &["sep", "maxsplit"], 0).bind(a.get(1..).unwrap_or_default(), kw)?;
    let maxsplit = opt_int(interp, maxsplit.as_ref())?.unwrap_or(-1);
    Ok(strs(s::split(
        me(a)?,
        opt_str(sep.as_ref(), "split")?,
        maxsplit,
    )?))
}

/// `str.rsplit(sep=None, maxsplit=-1)`: return a list of the substrings in the string, using sep as the separator string.
fn rsplit(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let [sep, maxsplit] =
        Params::new("rsplit", &["sep", "maxsplit"], 0).bind(a.get(1..).unwrap_or_default(), kw)?;
    let maxsplit = opt_int(interp, maxsplit.as_ref())?.unwrap_or(-1);
    Ok(strs(s::rsplit(
        me(a)?,
        opt_str(sep.as_ref(), "rsplit")?,
        maxsplit,
    )?))
}

/// `str.splitlines(keepends=False)`: return a list of the lines in the string, breaking at line boundaries.
fn splitlines(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let [keep] =
        Params::new("splitlines", &["keepends"], 0).bind(a.get(1..).unwrap_or_default(), kw)?;
    let keep = match keep {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    Ok(strs(s::splitlines(me(a)?, keep)))
}

/// `str.join(iterable, /)`: concatenate any number of strings.
fn join(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let sep = me(a)?.to_string();
    marity("join", a, 1, 1)?;
    if crate::vm::call::iteration_runs_python(&a[1]) {
        return Err(interp.redirect("join", vec![a[0].clone(), a[1].clone()]));
    }
    let items = interp.iterate(&a[1])?;
    let mut parts: Vec<Rc<crate::objects::PyStr>> = Vec::with_capacity(items.len());
    for (i, v) in items.into_iter().enumerate() {
        match v {
            Value::Str(x) => parts.push(x),
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )))
            }
        }
    }
    let refs: Vec<&str> = parts.iter().map(|p| p.as_str()).collect();
    Ok(Value::string(s::join(&sep, &refs)?))
}

/// `str.replace(old, new, count=-1, /)`: return a copy with all occurrences of substring old replaced by new.
fn replace(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    marity("replace", a, 2, 3)?;
    let count = opt_int(interp, a.get(3))?.unwrap_or(-1);
    Ok(Value::string(s::replace(
        me(a)?,
        sub_arg(a.get(1), "replace")?,
        sub_arg(a.get(2), "replace")?,
        count,
    )?))
}

/// `str.find(sub[, start[, end]])`: return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].
fn find(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
    Ok(Value::Int(s::find(
        me(a)?,
        sub_arg(a.get(1), "find")?,
        st,
        en,
    )))
}

/// `str.rfind(sub[, start[, end]])`: return the highest index in S where substring sub is found, such that sub is contained within S[start:end].
fn rfind(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
    Ok(Value::Int(s::rfind(
        me(a)?,
        sub_arg(a.get(1), "rfind")?,
        st,
        en,
    )))
}

/// `str.index(sub[, start[, end]])`: return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].
fn index(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
    Ok(Value::Int(s::index(
        me(a)?,
        sub_arg(a.get(1), "index")?,
        st,
        en,
    )?))
}

/// `str.rindex(sub[, start[, end]])`: return the highest index in S where substring sub is found, such that sub is contained within S[start:end].
fn rindex(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
    Ok(Value::Int(s::rindex(
        me(a)?,
        sub_arg(a.get(1), "rindex")?,
        st,
        en,
    )?))
}

/// `str.count(sub[, start[, end]])`: return the number of non-overlapping occurrences of substring sub in string S[start:end].
fn count(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
    Ok(Value::Int(
        s::count(me(a)?, sub_arg(a.get(1), "count")?, st, en) as i64,
    ))
}

/// `str.startswith(prefix[, start[, end]])`: return True if S starts with the specified prefix, False otherwise.
fn startswith(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    affix(interp, a, true)
}

/// `str.endswith(suffix[, start[, end]])`: return True if S ends with the specified suffix, False otherwise.
fn endswith(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    affix(interp, a, false)
}

/// `str.center(width, fillchar=' ', /)`: return a centered string of length width.
fn center(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
    Ok(Value::string(s::center(me(a)?, w, fill_char(a.get(2))?)?))
}

/// `str.ljust(width, fillchar=' ', /)`: return a left-justified string of length width.
fn ljust(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
    Ok(Value::string(s::ljust(me(a)?, w, fill_char(a.get(2))?)?))
}

/// `str.rjust(width, fillchar=' ', /)`: return a right-justified string of length width.
fn rjust(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
    Ok(Value::string(s::rjust(me(a)?, w, fill_char(a.get(2))?)?))
}

/// `str.zfill(width, /)`: pad a numeric string with zeros on the left, to fill a field of the given width.
fn zfill(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
    Ok(Value::string(s::zfill(me(a)?, w)?))
}

/// `str.expandtabs(tabsize=8)`: return a copy where all tab characters are expanded using spaces.
fn expandtabs(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let [ts] =
        Params::new("expandtabs", &["tabsize"], 0).bind(a.get(1..).unwrap_or_default(), kw)?;
    let ts = ts.unwrap_or(Value::Int(8));
    let ts = interp.int_arg(&ts)?;
    Ok(Value::string(s::expandtabs(me(a)?, ts)?))
}

/// `str.partition(sep, /)`: partition the string into three parts using the given separator.
fn partition(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let (x, y, z) = s::partition(me(a)?, sub_arg(a.get(1), "partition")?)?;
    Ok(Value::tuple(vec![
        Value::str(x),
        Value::str(y),
        Value::str(z),
    ]))
}

/// `str.rpartition(sep, /)`: partition the string into three parts using the given separator.
fn rpartition(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let (x, y, z) = s::rpartition(me(a)?, sub_arg(a.get(1), "rpartition")?)?;
    Ok(Value::tuple(vec![
        Value::str(x),
        Value::str(y),
        Value::str(z),
    ]))
}

/// `str.removeprefix(prefix, /)`: return a str with the given prefix string removed if present.
fn removeprefix(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::str(s::removeprefix(
        me(a)?,
        sub_arg(a.get(1), "removeprefix")?,
    )))
}

/// `str.removesuffix(suffix, /)`: return a str with the given suffix string removed if present.
fn removesuffix(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::str(s::removesuffix(
        me(a)?,
        sub_arg(a.get(1), "removesuffix")?,
    )))
}

/// `str.isdigit()`: return True if the string is a digit string, False otherwise.
fn isdigit(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_digit_str(me(a)?)))
}

/// `str.isdecimal()`: return True if the string is a decimal string, False otherwise.
fn isdecimal(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_decimal_str(me(a)?)))
}

/// `str.isnumeric()`: return True if the string is a numeric string, False otherwise.
fn isnumeric(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_numeric_str(me(a)?)))
}

/// `str.isalpha()`: return True if the string is an alphabetic string, False otherwise.
fn isalpha(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_alpha_str(me(a)?)))
}

/// `str.isalnum()`: return True if the string is an alpha-numeric string, False otherwise.
fn isalnum(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_alnum_str(me(a)?)))
}

/// `str.isspace()`: return True if the string is a whitespace string, False otherwise.
fn isspace(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_space_str(me(a)?)))
}

/// `str.islower()`: return True if the string is a lowercase string, False otherwise.
fn islower(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_lower(me(a)?)))
}

/// `str.isupper()`: return True if the string is an uppercase string, False otherwise.
fn isupper(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_upper(me(a)?)))
}

/// `str.istitle()`: return True if the string is a title-cased string, False otherwise.
fn istitle(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_title(me(a)?)))
}

/// `str.isidentifier()`: return True if the string is a valid Python identifier, False otherwise.
fn isidentifier(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_identifier(me(a)?)))
}

/// `str.isprintable()`: return True if the string is printable, False otherwise.
fn isprintable(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_printable_str(me(a)?)))
}

/// `str.isascii()`: return True if all characters in the string are ASCII, False otherwise.
fn isascii(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(s::is_ascii_str(me(a)?)))
}

/// `str.format(*args, **kwargs)`: return a formatted version of S, using substitutions from args and kwargs.
fn format(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let tpl = me(a)?.to_string();
    Ok(Value::string(interp.str_format(&tpl, &a[1..], kw)?))
}

/// `str.format_map(mapping)`: return a formatted version of S, using substitutions from mapping.
fn format_map(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let tpl = me(a)?.to_string();
    crate::args::marity("str.format_map", a, 1, 1)?;
    let m = a[1].clone();
    let items = interp.mapping_items(&m)?;
    let kw: Vec<(Rc<str>, Value)> = items
        .into_iter()
        .filter_map(|(k, v)| k.as_str().map(|s| (Rc::from(s), v)))
        .collect();
    Ok(Value::string(interp.str_format(&tpl, &[], &kw)?))
}

/// `str.encode(encoding='utf-8', errors='strict')`: encode the string using the codec registered for encoding.
fn encode(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let text = me(a)?;
    let (enc, errors) = super::bytes::codec_args("encode", a.get(1..).unwrap_or_default(), kw)?;
    let limit: u32 = match enc.as_str() {
        "utf-8" | "utf8" => return Ok(Value::Bytes(Rc::from(text.as_bytes()))),
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let be = enc.ends_with("be");
            let mut out: Vec<u8> = if enc == "utf-16" || enc == "utf16" {
                vec![0xff, 0xfe]
            } else {
                vec![]
            };
            for u in text.encode_utf16() {
                let b = if be { u.to_be_bytes() } else { u.to_le_bytes() };
                out.extend_from_slice(&b);
            }
            return Ok(Value::Bytes(Rc::from(out)));
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let be = enc.ends_with("be");
            let mut out: Vec<u8> = if enc == "utf-32" {
                vec![0xff, 0xfe, 0, 0]
            } else {
                vec![]
            };
            for c in text.chars() {
                let b = if be {
                    (c as u32).to_be_bytes()
                } else {
                    (c as u32).to_le_bytes()
                };
                out.extend_from_slice(&b);
            }
            return Ok(Value::Bytes(Rc::from(out)));
        }
        "ascii" => 128,
        "latin-1" | "latin1" | "iso-8859-1" => 256,
        other => {
            return Err(PyErr::new(
                crate::objects::ExcKind::LookupError,
                format!("unknown encoding: {other}"),
            ))
        }
    };
    let codec = if limit == 128 { "ascii" } else { "latin-1" };
    let mut out = vec![];
    for (i, c) in text.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
            "backslashreplace" => {
                let mut esc = String::new();
                crate::strings::push_code_escape(&mut esc, c);
                out.extend(esc.bytes());
            }
            _ => {
                // The error covers the whole run of characters the codec cannot take.
                let run = text
                    .chars()
                    .skip(i)
                    .take_while(|&c| c as u32 >= limit)
                    .count();
                return Err(super::exceptions::unicode_encode_error(
                    codec,
                    text,
                    i,
                    i + run,
                    &format!("ordinal not in range({limit})"),
                ));
            }
        }
    }
    Ok(Value::Bytes(Rc::from(out)))
}

/// `str.__len__()`: return len(self).
fn __len__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(s::char_len(me(a)?) as i64))
}

/// `str.__contains__(key, /)`: return key in self.
fn __contains__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let h = this(a)?.clone();
    Ok(Value::Bool(
        interp.contains(&h, a.get(1).unwrap_or(&Value::None))?,
    ))
}

/// `str.__getitem__(key, /)`: return self[key].
fn __getitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let h = this(a)?.clone();
    interp.getitem(&h, a.get(1).unwrap_or(&Value::None))
}

/// `str.__str__()`: return str(self).
fn __str__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(this(a)?.clone())
}

/// `str.__repr__()`: return repr(self).
fn __repr__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(interp.repr_of(this(a)?)?))
}

/// `str.__format__(format_spec, /)`: return a formatted version of the string as described by format_spec.
fn __format__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let spec = a
        .get(1)
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    Ok(Value::string(interp.format_value(this(a)?, &spec)?))
}

/// `str.__hash__()`: return hash(self).
fn __hash__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(interp.hash(this(a)?)?))
}

/// `str.__add__(value, /)`: return self+value.
fn __add__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.binary_op(
        this(a)?,
        a.get(1).unwrap_or(&Value::None),
        crate::bytecode::opcode::BinOpKind::Add,
        false,
    )
}

/// `str.__mul__(value, /)`: return self*value.
fn __mul__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.binary_op(
        this(a)?,
        a.get(1).unwrap_or(&Value::None),
        crate::bytecode::opcode::BinOpKind::Mul,
        false,
    )
}

/// `str.__eq__(value, /)`: return self==value.
fn __eq__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        interp.eq(this(a)?, a.get(1).unwrap_or(&Value::None))?,
    ))
}

/// `str.__lt__(value, /)`: return self<value.
fn __lt__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.compare(
        this(a)?,
        a.get(1).unwrap_or(&Value::None),
        crate::bytecode::opcode::CmpKind::Lt,
    )
}

fn affix(interp: &mut Interp, a: &[Value], start: bool) -> PyResult<Value> {
    let text = me(a)?;
    let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
    let name = if start { "startswith" } else { "endswith" };
    match a.get(1) {
        Some(Value::Str(p)) => Ok(Value::Bool(if start {
            s::startswith(text, p.as_str(), st, en)
        } else {
            s::endswith(text, p.as_str(), st, en)
        })),
        Some(Value::Tuple(items)) => {
            for i in items.iter() {
                match i {
                    Value::Str(p) => {
                        let r = if start {
                            s::startswith(text, p.as_str(), st, en)
                        } else {
                            s::endswith(text, p.as_str(), st, en)
                        };
                        if r {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        Some(other) => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
        None => Err(PyErr::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        ))),
    }
}

/// `str(object='')` or `str(bytes, encoding='utf-8', errors='strict')`.
fn str_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    if let ([_, v], []) = (args, kw) {
        // `str(x)`, the common call, binds nothing.
        return Ok(Value::string(interp.str_of(v)?));
    }
    let [object, enc, errors] = STR_PARAMS.bind(&args[1..], kw)?;
    let decoding = enc.is_some() || errors.is_some();
    let (enc, errors) = super::bytes::codec_names("str", enc, errors)?;
    match object {
        None => Ok(Value::str("")),
        Some(v) if decoding => {
            let data = super::bytes::bytes_of(&v).ok_or_else(|| {
                PyErr::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    v.type_name()
                ))
            })?;
            Ok(Value::string(super::bytes::decode(&data, &enc, &errors)?))
        }
        Some(v) => Ok(Value::string(interp.str_of(&v)?)),
    }
}

/// `str`'s parameters: `str(object='', encoding='utf-8', errors='strict')`.
const STR_PARAMS: Params = Params::new("str", &["object", "encoding", "errors"], 0);

/// `str.maketrans(x, y=None, z=None, /)`: a translation table for `str.translate`.
fn maketrans(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let d = Value::new_dict();
    let Value::Dict(dd) = &d else { return Ok(d) };
    match (a.first(), a.get(1)) {
        (Some(Value::Str(x)), Some(Value::Str(y))) => {
            if x.char_len() != y.char_len() {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (c1, c2) in x.as_str().chars().zip(y.as_str().chars()) {
                interp.dict_set(dd, Value::Int(c1 as i64), Value::Int(c2 as i64))?;
            }
            if let Some(Value::Str(z)) = a.get(2) {
                for c in z.as_str().chars() {
                    interp.dict_set(dd, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        (Some(Value::Dict(m)), None) => {
            for (k, v) in m.borrow().items() {
                let key = match &k {
                    Value::Str(s) => Value::Int(s.char_at(0).map(|c| c as i64).unwrap_or(0)),
                    other => other.clone(),
                };
                interp.dict_set(dd, key, v)?;
            }
        }
        _ => return Err(PyErr::type_error("maketrans() arguments must be str")),
    }
    Ok(d)
}

/// `str.translate(table, /)`: each character mapped through `table`.
fn translate(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let text = me(a)?.to_string();
    crate::args::marity("str.translate", a, 1, 1)?;
    let table = a[1].clone();
    let mut out = String::new();
    for c in text.chars() {
        match interp.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or(c)),
            Ok(_) => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
            Err(e) if e.is(crate::objects::ExcKind::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}
