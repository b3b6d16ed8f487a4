//! `_json`: the native encoder and scanner behind our `json.py` (CPython's
//! `Modules/_json.c` split): `encode` builds the whole text, `decode` parses one document.

mod decode;
mod encode;

use loopscope_python::{Interp, ModuleBuilder, PyErr, PyResult, Value};

use crate::args::{arity, no_kw, Kw};
use decode::{Decoder, Hooks};
use encode::{Encoder, Options};

fn text_arg(v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)`; `indent` is None or a str.
fn encode(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("encode", kw)?;
    arity("encode", args, 10, 10)?;
    let mut flags = [false; 5];
    for (flag, v) in flags.iter_mut().zip(&args[1..6]) {
        *flag = interp.truthy(v)?;
    }
    let [skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys] = flags;
    let indent = match &args[6] {
        Value::None => None,
        v => Some(text_arg(v, "indent")?),
    };
    let opts = Options {
        skipkeys,
        ensure_ascii,
        check_circular,
        allow_nan,
        sort_keys,
        indent,
        item_separator: text_arg(&args[7], "item_separator")?,
        key_separator: text_arg(&args[8], "key_separator")?,
        default: args[9].clone(),
    };
    Ok(Value::string(Encoder::new(&opts).run(interp, &args[0])?))
}

/// `decode(s, idx, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, strict, error_class) -> (value, end)`.
fn decode(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("decode", kw)?;
    arity("decode", args, 9, 9)?;
    let doc = text_arg(&args[0], "s")?;
    let chars: Vec<char> = doc.chars().collect();
    let idx = crate::args::to_i64(interp, &args[1])?;
    let hooks = Hooks {
        object_hook: args[2].clone(),
        object_pairs_hook: args[3].clone(),
        parse_float: args[4].clone(),
        parse_int: args[5].clone(),
        parse_constant: args[6].clone(),
        strict: interp.truthy(&args[7])?,
        error: args[8].clone(),
    };
    let start = usize::try_from(idx).unwrap_or(usize::MAX).min(chars.len());
    let (value, end) = Decoder::new(&doc, &chars, &hooks, start).run(interp)?;
    Ok(Value::tuple(vec![value, Value::Int(end as i64)]))
}

/// Registers `_json`.
pub fn register(m: &mut ModuleBuilder) {
    m.function("encode", encode);
    m.function("decode", decode);
}
