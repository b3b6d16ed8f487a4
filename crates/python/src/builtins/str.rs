//! `str`: constructor and methods, implemented with the algorithms in `crate::strings`.

use std::rc::Rc;

use super::{ctor, kwarg, marity, method, this, Kw};
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

pub(super) fn install(bt: &BuiltinTypes) {
    let t = &bt.str_;
    ctor(t, str_new);
    method(t, "upper", |_, a, _| Ok(Value::string(s::upper(me(a)?))));
    method(t, "lower", |_, a, _| Ok(Value::string(s::lower(me(a)?))));
    method(t, "casefold", |_, a, _| {
        Ok(Value::string(s::casefold(me(a)?)))
    });
    method(t, "swapcase", |_, a, _| {
        Ok(Value::string(s::swapcase(me(a)?)))
    });
    method(t, "title", |_, a, _| Ok(Value::string(s::title(me(a)?))));
    method(t, "capitalize", |_, a, _| {
        Ok(Value::string(s::capitalize(me(a)?)))
    });
    method(t, "strip", |_, a, _| {
        Ok(Value::str(s::strip(me(a)?, opt_str(a.get(1), "strip")?)))
    });
    method(t, "lstrip", |_, a, _| {
        Ok(Value::str(s::lstrip(me(a)?, opt_str(a.get(1), "lstrip")?)))
    });
    method(t, "rstrip", |_, a, _| {
        Ok(Value::str(s::rstrip(me(a)?, opt_str(a.get(1), "rstrip")?)))
    });
    method(t, "split", |interp, a, kw| {
        let [sep, maxsplit] = Params::new("split", &["sep", "maxsplit"], 0)
            .bind(a.get(1..).unwrap_or_default(), kw)?;
        let maxsplit = opt_int(interp, maxsplit.as_ref())?.unwrap_or(-1);
        Ok(strs(s::split(
            me(a)?,
            opt_str(sep.as_ref(), "split")?,
            maxsplit,
        )?))
    });
    method(t, "rsplit", |interp, a, kw| {
        let [sep, maxsplit] = Params::new("rsplit", &["sep", "maxsplit"], 0)
            .bind(a.get(1..).unwrap_or_default(), kw)?;
        let maxsplit = opt_int(interp, maxsplit.as_ref())?.unwrap_or(-1);
        Ok(strs(s::rsplit(
            me(a)?,
            opt_str(sep.as_ref(), "rsplit")?,
            maxsplit,
        )?))
    });
    method(t, "splitlines", |interp, a, kw| {
        let [keep] =
            Params::new("splitlines", &["keepends"], 0).bind(a.get(1..).unwrap_or_default(), kw)?;
        let keep = match keep {
            Some(v) => interp.truthy(&v)?,
            None => false,
        };
        Ok(strs(s::splitlines(me(a)?, keep)))
    });
    method(t, "join", |interp, a, _| {
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
    });
    method(t, "replace", |interp, a, _| {
        marity("replace", a, 2, 3)?;
        let count = opt_int(interp, a.get(3))?.unwrap_or(-1);
        Ok(Value::string(s::replace(
            me(a)?,
            sub_arg(a.get(1), "replace")?,
            sub_arg(a.get(2), "replace")?,
            count,
        )?))
    });
    method(t, "find", |interp, a, _| {
        let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
        Ok(Value::Int(s::find(
            me(a)?,
            sub_arg(a.get(1), "find")?,
            st,
            en,
        )))
    });
    method(t, "rfind", |interp, a, _| {
        let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
        Ok(Value::Int(s::rfind(
            me(a)?,
            sub_arg(a.get(1), "rfind")?,
            st,
            en,
        )))
    });
    method(t, "index", |interp, a, _| {
        let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
        Ok(Value::Int(s::index(
            me(a)?,
            sub_arg(a.get(1), "index")?,
            st,
            en,
        )?))
    });
    method(t, "rindex", |interp, a, _| {
        let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
        Ok(Value::Int(s::rindex(
            me(a)?,
            sub_arg(a.get(1), "rindex")?,
            st,
            en,
        )?))
    });
    method(t, "count", |interp, a, _| {
        let (st, en) = (opt_int(interp, a.get(2))?, opt_int(interp, a.get(3))?);
        Ok(Value::Int(
            s::count(me(a)?, sub_arg(a.get(1), "count")?, st, en) as i64,
        ))
    });
    method(t, "startswith", |interp, a, _| affix(interp, a, true));
    method(t, "endswith", |interp, a, _| affix(interp, a, false));
    method(t, "center", |interp, a, _| {
        let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
        Ok(Value::string(s::center(me(a)?, w, fill_char(a.get(2))?)?))
    });
    method(t, "ljust", |interp, a, _| {
        let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
        Ok(Value::string(s::ljust(me(a)?, w, fill_char(a.get(2))?)?))
    });
    method(t, "rjust", |interp, a, _| {
        let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
        Ok(Value::string(s::rjust(me(a)?, w, fill_char(a.get(2))?)?))
    });
    method(t, "zfill", |interp, a, _| {
        let w = interp.int_arg(a.get(1).unwrap_or(&Value::Int(0)))?;
        Ok(Value::string(s::zfill(me(a)?, w)?))
    });
    method(t, "expandtabs", |interp, a, kw| {
        let [ts] =
            Params::new("expandtabs", &["tabsize"], 0).bind(a.get(1..).unwrap_or_default(), kw)?;
        let ts = ts.unwrap_or(Value::Int(8));
        let ts = interp.int_arg(&ts)?;
        Ok(Value::string(s::expandtabs(me(a)?, ts)?))
    });
    method(t, "partition", |_, a, _| {
        let (x, y, z) = s::partition(me(a)?, sub_arg(a.get(1), "partition")?)?;
        Ok(Value::tuple(vec![
            Value::str(x),
            Value::str(y),
            Value::str(z),
        ]))
    });
    method(t, "rpartition", |_, a, _| {
        let (x, y, z) = s::rpartition(me(a)?, sub_arg(a.get(1), "rpartition")?)?;
        Ok(Value::tuple(vec![
            Value::str(x),
            Value::str(y),
            Value::str(z),
        ]))
    });
    method(t, "removeprefix", |_, a, _| {
        Ok(Value::str(s::removeprefix(
            me(a)?,
            sub_arg(a.get(1), "removeprefix")?,
        )))
    });
    method(t, "removesuffix", |_, a, _| {
        Ok(Value::str(s::removesuffix(
            me(a)?,
            sub_arg(a.get(1), "removesuffix")?,
        )))
    });
    method(t, "isdigit", |_, a, _| {
        Ok(Value::Bool(s::is_digit_str(me(a)?)))
    });
    method(t, "isdecimal", |_, a, _| {
        Ok(Value::Bool(s::is_decimal_str(me(a)?)))
    });
    method(t, "isnumeric", |_, a, _| {
        Ok(Value::Bool(s::is_numeric_str(me(a)?)))
    });
    method(t, "isalpha", |_, a, _| {
        Ok(Value::Bool(s::is_alpha_str(me(a)?)))
    });
    method(t, "isalnum", |_, a, _| {
        Ok(Value::Bool(s::is_alnum_str(me(a)?)))
    });
    method(t, "isspace", |_, a, _| {
        Ok(Value::Bool(s::is_space_str(me(a)?)))
    });
    method(t, "islower", |_, a, _| Ok(Value::Bool(s::is_lower(me(a)?))));
    method(t, "isupper", |_, a, _| Ok(Value::Bool(s::is_upper(me(a)?))));
    method(t, "istitle", |_, a, _| Ok(Value::Bool(s::is_title(me(a)?))));
    method(t, "isidentifier", |_, a, _| {
        Ok(Value::Bool(s::is_identifier(me(a)?)))
    });
    method(t, "isprintable", |_, a, _| {
        Ok(Value::Bool(s::is_printable_str(me(a)?)))
    });
    method(t, "isascii", |_, a, _| {
        Ok(Value::Bool(s::is_ascii_str(me(a)?)))
    });
    method(t, "format", |interp, a, kw| {
        let tpl = me(a)?.to_string();
        Ok(Value::string(interp.str_format(&tpl, &a[1..], kw)?))
    });
    method(t, "format_map", |interp, a, _| {
        let tpl = me(a)?.to_string();
        let m = a.get(1).cloned().unwrap_or(Value::None);
        let items = interp.mapping_items(&m)?;
        let kw: Vec<(Rc<str>, Value)> = items
            .into_iter()
            .filter_map(|(k, v)| k.as_str().map(|s| (Rc::from(s), v)))
            .collect();
        Ok(Value::string(interp.str_format(&tpl, &[], &kw)?))
    });
    method(t, "encode", |_, a, kw| {
        let (enc, errors) = super::bytes::codec_args(a, 1, kw);
        let text = me(a)?;
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
    });
    method(t, "__len__", |_, a, _| {
        Ok(Value::Int(s::char_len(me(a)?) as i64))
    });
    method(t, "__contains__", |interp, a, _| {
        let h = this(a)?.clone();
        Ok(Value::Bool(
            interp.contains(&h, a.get(1).unwrap_or(&Value::None))?,
        ))
    });
    method(t, "__getitem__", |interp, a, _| {
        let h = this(a)?.clone();
        interp.getitem(&h, a.get(1).unwrap_or(&Value::None))
    });
    method(t, "__str__", |_, a, _| Ok(this(a)?.clone()));
    method(t, "__repr__", |interp, a, _| {
        Ok(Value::string(interp.repr_of(this(a)?)?))
    });
    method(t, "__format__", |interp, a, _| {
        let spec = a
            .get(1)
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        Ok(Value::string(interp.format_value(this(a)?, &spec)?))
    });
    method(t, "__hash__", |interp, a, _| {
        Ok(Value::Int(interp.hash(this(a)?)?))
    });
    method(t, "__add__", |interp, a, _| {
        interp.binary_op(
            this(a)?,
            a.get(1).unwrap_or(&Value::None),
            crate::bytecode::opcode::BinOpKind::Add,
            false,
        )
    });
    method(t, "__mul__", |interp, a, _| {
        interp.binary_op(
            this(a)?,
            a.get(1).unwrap_or(&Value::None),
            crate::bytecode::opcode::BinOpKind::Mul,
            false,
        )
    });
    method(t, "__eq__", |interp, a, _| {
        Ok(Value::Bool(
            interp.eq(this(a)?, a.get(1).unwrap_or(&Value::None))?,
        ))
    });
    method(t, "__lt__", |interp, a, _| {
        interp.compare(
            this(a)?,
            a.get(1).unwrap_or(&Value::None),
            crate::bytecode::opcode::CmpKind::Lt,
        )
    });
    super::static_method(t, "maketrans", str_maketrans);
    method(t, "translate", str_translate);
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

fn str_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let a = &args[1..];
    let decoding = a.len() > 1 || kwarg(kw, "encoding").is_some() || kwarg(kw, "errors").is_some();
    match a.first().cloned().or_else(|| kwarg(kw, "object")) {
        None => Ok(Value::str("")),
        Some(v) if decoding => {
            let data = super::bytes::bytes_of(&v).ok_or_else(|| {
                PyErr::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    v.type_name()
                ))
            })?;
            let (enc, errors) = super::bytes::codec_args(a, 1, kw);
            Ok(Value::string(super::bytes::decode(&data, &enc, &errors)?))
        }
        Some(v) => Ok(Value::string(interp.str_of(&v)?)),
    }
}

fn str_maketrans(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
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

fn str_translate(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let text = me(a)?.to_string();
    let table = a.get(1).cloned().unwrap_or(Value::None);
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
