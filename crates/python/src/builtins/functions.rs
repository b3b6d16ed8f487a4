//! The builtin functions: `print`, `len`, `sorted`, `min`/`max`, `isinstance`, ...

use std::rc::Rc;

use super::reduce::{all, any, max, min, sorted, sum};
use super::{arity, kwarg, no_kw, only_kw, Kw, Native};
use crate::args::Params;
use crate::objects::int::{int_ref, to_big};
use crate::objects::{t, Builtin, ExcKind, FrameNative, NativeFn, PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::{Interp, Stream};

pub(super) fn register(interp: &mut Interp) {
    let fns: &[(&str, Native)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("chr", chr),
        ("ord", ord),
        ("hash", hash),
        ("__import__", dunder_import),
        ("id", id),
        ("iter", iter),
        ("next", next),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("sorted", sorted),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("input", input),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("format", format),
        ("aiter", aiter),
        ("anext", anext),
        ("open", open),
        ("exit", exit),
        ("eval", eval),
        ("exec", exec),
        ("compile", compile),
        ("quit", exit),
    ];
    let mut b = interp.builtins.borrow_mut();
    for (name, f) in fns {
        let mut native = Builtin::new(name, Rc::new(*f) as NativeFn);
        native.frame_native = match *name {
            "locals" | "vars" => Some(FrameNative::Locals),
            "globals" => Some(FrameNative::Globals),
            "dir" => Some(FrameNative::Dir),
            "eval" | "exec" => Some(FrameNative::EvalExec),
            _ => None,
        };
        b.set_str(name, Value::Builtin(Rc::new(native)));
    }
}

fn print(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    only_kw("print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "sep must be None or a string, not {}",
                o.type_name()
            )))
        }
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "end must be None or a string, not {}",
                o.type_name()
            )))
        }
    };
    let flush = match kwarg(kw, "flush") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    // `file=None` means `sys.stdout`, which a program may have replaced (`sys.stdout =
    // ...`, `contextlib.redirect_stdout`); our own streams are written to directly.
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => match sys_stdout(interp) {
            Some(Value::None) => return Ok(Value::None),
            other => other,
        },
        Some(f) => Some(f),
    };
    let direct = match &file {
        None => Some(Stream::Stdout),
        Some(f) => own_stream(f),
    };
    if let Some(stream) = direct {
        let mut text = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                text.push_str(&sep);
            }
            text.push_str(&interp.str_of(a)?);
        }
        text.push_str(&end);
        interp.write(stream, &text);
        if flush {
            interp.out.flush(stream);
        }
        return Ok(Value::None);
    }
    let Some(f) = file else {
        return Ok(Value::None);
    };
    // As CPython's `print`: one `write` per argument, separator and end.
    let w = interp.getattr_str(&f, "write")?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            interp.call(&w, &[Value::string(sep.clone())], &[])?;
        }
        let text = interp.str_of(a)?;
        interp.call(&w, &[Value::string(text)], &[])?;
    }
    interp.call(&w, &[Value::string(end)], &[])?;
    if flush {
        if let Some(fl) = interp.getattr_opt(&f, "flush")? {
            interp.call(&fl, &[], &[])?;
        }
    }
    Ok(Value::None)
}

/// `sys.stdout` when the program has imported `sys` (or a module that did).
fn sys_stdout(interp: &mut Interp) -> Option<Value> {
    sys_stream(interp, "stdout")
}

/// `sys.stdout` or `sys.stderr` as the program left it (`None` before `sys` exists).
pub(crate) fn sys_stream(interp: &mut Interp, name: &str) -> Option<Value> {
    let sys = interp.modules.borrow().get_str("sys").cloned()?;
    interp.getattr_opt(&sys, name).ok().flatten()
}

/// The stream `f` writes to when it is one of `sys`'s own (`sys.__stdout__`, ...).
pub(crate) fn own_stream(f: &Value) -> Option<Stream> {
    let Value::Instance(i) = f else { return None };
    if &*i.cls.name != "TextIOWrapper" {
        return None;
    }
    match i.dict.borrow().get_str("_fd") {
        Some(Value::Int(2)) => Some(Stream::Stderr),
        Some(Value::Int(1)) => Some(Stream::Stdout),
        _ => None,
    }
}

fn len(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("len", kw)?;
    arity("len", args, 1, 1)?;
    Ok(Value::Int(interp.len_exact(&args[0])?))
}

fn repr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("repr", args, 1, 1)?;
    Ok(Value::string(interp.repr_of(&args[0])?))
}

fn ascii(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("ascii", args, 1, 1)?;
    Ok(Value::string(crate::strings::ascii_of(
        &interp.repr_of(&args[0])?,
    )))
}

fn abs(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("abs", args, 1, 1)?;
    interp.abs_of(&args[0])
}

fn round(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let [x, nd] = Params::new("round", &["number", "ndigits"], 1).bind(args, kw)?;
    let x = crate::args::required(x)?;
    let nd = nd.filter(|v| !v.is_none());
    match (&x, nd) {
        (Value::Float(f), None) => Ok(crate::objects::int::norm(crate::format::round_half_even(
            *f,
        )?)),
        (Value::Float(f), Some(n)) => {
            let n = interp.int_arg(&n)?;
            Ok(Value::Float(crate::format::round_float(*f, n)?))
        }
        (v, None) if int_ref(v).is_some() => Ok(crate::objects::int::norm(to_big(v))),
        (v, Some(n)) if int_ref(v).is_some() => {
            let n = interp.int_arg(&n)?;
            Ok(crate::objects::int::norm(crate::format::round_int(
                &to_big(v),
                n,
            )))
        }
        _ => match interp.user_method(&x, "__round__")? {
            Some(m) => {
                let a: Vec<Value> = args.iter().skip(1).cloned().collect();
                interp.call(&m, &a, &[])
            }
            // A subclass of int or float rounds as its value does.
            None => match crate::objects::base_value(&x) {
                Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => {
                    let mut a = args.to_vec();
                    match a.first_mut() {
                        Some(first) => *first = b,
                        None => a.push(b),
                    }
                    let kw: Vec<_> = kw
                        .iter()
                        .filter(|(k, _)| &**k != "number")
                        .cloned()
                        .collect();
                    round(interp, &a, &kw)
                }
                _ => Err(PyErr::type_error(format!(
                    "type {} doesn't define __round__ method",
                    x.type_name()
                ))),
            },
        },
    }
}

pub(super) fn divmod(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        if let (Some(x), Some(y)) = (crate::vm::protocol_as_f64(a), crate::vm::protocol_as_f64(b)) {
            let (q, r) = crate::format::float_divmod(x, y)?;
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if int_ref(a).is_some() && int_ref(b).is_some() {
        let q = crate::objects::int::int_binop("//", a, b)?;
        let r = crate::objects::int::int_binop("%", a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(m) = interp.user_method(a, "__divmod__")? {
        let r = interp.call(&m, std::slice::from_ref(b), &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(m) = interp.user_method(b, "__rdivmod__")? {
        let r = interp.call(&m, std::slice::from_ref(a), &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    // A subclass of int or float divides as its value does.
    let numeric = |v: &Value| match crate::objects::base_value(v) {
        Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => Some(b),
        _ => None,
    };
    let (na, nb) = (numeric(a), numeric(b));
    if na.is_some() || nb.is_some() {
        let a = na.unwrap_or_else(|| a.clone());
        let b = nb.unwrap_or_else(|| b.clone());
        let plain = |v: &Value| int_ref(v).is_some() || matches!(v, Value::Float(_));
        if plain(&a) && plain(&b) {
            return divmod(interp, &[a, b], &[]);
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.type_name(),
        b.type_name()
    )))
}

pub(super) fn pow(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let [base, exp, m] = Params::new("pow", &["base", "exp", "mod"], 2).bind(args, kw)?;
    let (base, exp) = (crate::args::required(base)?, crate::args::required(exp)?);
    let m = m.filter(|v| !v.is_none());
    match m {
        None => interp.binary_op(&base, &exp, crate::bytecode::opcode::BinOpKind::Pow, false),
        Some(m) => {
            // A class of the program's with a three-argument `__pow__` decides; an int
            // subclass that has none computes as its value does.
            if int_ref(&base).is_none() {
                if let Some(f) = interp.user_method(&base, "__pow__")? {
                    let r = interp.call(&f, &[exp.clone(), m.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            let int_value = |v: Value| match crate::objects::base_value(&v) {
                Some(b) if int_ref(&b).is_some() => b,
                _ => v,
            };
            let (base, exp, m) = (int_value(base), int_value(exp), int_value(m));
            if int_ref(&base).is_none() || int_ref(&exp).is_none() || int_ref(&m).is_none() {
                return Err(PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let (b, e, md) = (to_big(&base), to_big(&exp), to_big(&m));
            if num_traits::Zero::is_zero(&md) {
                return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if num_traits::Signed::is_negative(&e) {
                // Modular inverse by the extended Euclidean algorithm.
                let m = num_traits::Signed::abs(&md);
                let (mut old_r, mut r) = (num_integer::Integer::mod_floor(&b, &m), m.clone());
                let (mut old_s, mut s) = (num_bigint::BigInt::from(1), num_bigint::BigInt::from(0));
                while !num_traits::Zero::is_zero(&r) {
                    let q = num_integer::Integer::div_floor(&old_r, &r);
                    let nr = &old_r - &q * &r;
                    old_r = std::mem::replace(&mut r, nr);
                    let ns = &old_s - &q * &s;
                    old_s = std::mem::replace(&mut s, ns);
                }
                if old_r != num_bigint::BigInt::from(1) {
                    return Err(PyErr::value_error(
                        "base is not invertible for the given modulus",
                    ));
                }
                (old_s, -e)
            } else {
                (b, e)
            };
            let r =
                num_integer::Integer::mod_floor(&b.modpow(&e, &num_traits::Signed::abs(&md)), &md);
            let r = if num_traits::Signed::is_negative(&r) != num_traits::Signed::is_negative(&md)
                && !num_traits::Zero::is_zero(&r)
            {
                r + &md
            } else {
                r
            };
            Ok(crate::objects::int::norm(r))
        }
    }
}

fn int_text(
    interp: &mut Interp,
    v: &Value,
    f: fn(&num_bigint::BigInt) -> String,
) -> PyResult<Value> {
    if int_ref(v).is_some() {
        return Ok(Value::string(f(&to_big(v))));
    }
    let i = interp.index_of(v)?;
    Ok(Value::string(f(&num_bigint::BigInt::from(i))))
}

fn hex(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("hex", args, 1, 1)?;
    int_text(interp, &args[0], crate::format::int_hex)
}

fn oct(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("oct", args, 1, 1)?;
    int_text(interp, &args[0], crate::format::int_oct)
}

fn bin(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("bin", args, 1, 1)?;
    int_text(interp, &args[0], crate::format::int_bin)
}

fn chr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("chr", args, 1, 1)?;
    let i = match &args[0] {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        v => interp.index_of(v).map_err(|e| {
            if e.is(ExcKind::IndexError) {
                PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                )
            } else {
                e
            }
        })?,
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => {
            if (0xD800..0xE000).contains(&i) {
                // Lone surrogates cannot live in Rust strings.
                Err(PyErr::value_error(
                    "surrogate code points are not supported",
                ))
            } else {
                Err(PyErr::value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn ord(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0).map(|c| c as i64).unwrap_or(0)))
        }
        Value::Bytes(b) => {
            if b.len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn hash(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("hash", args, 1, 1)?;
    Ok(Value::Int(interp.hash(&args[0])?))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the top-level
/// package of `name`, or the module itself when `fromlist` names something.
fn dunder_import(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    const NAMES: &[&str] = &["name", "globals", "locals", "fromlist", "level"];
    let [name, _globals, _locals, fromlist, level] =
        Params::new("__import__", NAMES, 1).bind(args, kw)?;
    let Some(name) = name.as_ref().and_then(|n| n.as_str().map(str::to_string)) else {
        return Err(PyErr::type_error("module name must be a string"));
    };
    if let Some(level) = level {
        if interp.int_arg(&level)? != 0 {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
    }
    if name.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    let module = interp.import_module(&name)?;
    let wants_module = match fromlist {
        Some(f) => interp.truthy(&f)?,
        None => false,
    };
    match name.split_once('.') {
        Some((top, _)) if !wants_module => interp.import_module(top),
        _ => Ok(module),
    }
}

fn id(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("id", args, 1, 1)?;
    Ok(Value::Int(args[0].id()))
}

fn iter(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !interp.is_callable(&args[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::objects::IterObj::value(
            crate::objects::IterKind::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
            },
        ));
    }
    interp.get_iter(&args[0])
}

fn next(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = match it {
        Value::Iter(_) => true,
        Value::Gen(g) => g.kind == crate::objects::GenKind::Generator,
        _ => it.type_of().lookup("__next__").is_some(),
    };
    if !is_iter {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            it.type_name()
        )));
    }
    // Generators: let StopIteration carry the return value.
    if let Value::Gen(g) = it {
        return match interp.gen_resume(g, Value::None) {
            Ok(crate::vm::resume::GenStep::Yielded(v)) => Ok(v),
            Ok(crate::vm::resume::GenStep::Returned(v)) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr::stop_iteration(v)),
            },
            Err(e) if e.is(ExcKind::StopIteration) && args.len() == 2 => Ok(args[1].clone()),
            Err(e) => Err(e),
        };
    }
    if let Value::Instance(_) = it {
        let m = interp.getattr_str(it, "__next__")?;
        return match interp.call(&m, &[], &[]) {
            Err(e) if e.is(ExcKind::StopIteration) && args.len() == 2 => Ok(args[1].clone()),
            r => r,
        };
    }
    match interp.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        },
    }
}

fn getattr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("getattr", args, 2, 3)?;
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                other.type_name()
            )))
        }
    };
    if args.len() == 3 {
        return Ok(interp
            .getattr_maybe(&args[0], &name)?
            .unwrap_or_else(|| args[2].clone()));
    }
    interp.getattr(&args[0], &name)
}

fn setattr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("setattr", args, 3, 3)?;
    let Value::Str(name) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            args[1].type_name()
        )));
    };
    interp.setattr(&args[0], name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("hasattr", args, 2, 2)?;
    let Value::Str(name) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            args[1].type_name()
        )));
    };
    Ok(Value::Bool(interp.getattr_maybe(&args[0], name)?.is_some()))
}

fn delattr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("delattr", args, 2, 2)?;
    let Value::Str(name) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            args[1].type_name()
        )));
    };
    interp.delattr(&args[0], name)?;
    Ok(Value::None)
}

fn callable(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("callable", args, 1, 1)?;
    Ok(Value::Bool(interp.is_callable(&args[0])))
}

/// `isinstance(obj, cls)` with tuples and `__instancecheck__`-free semantics.
pub fn isinstance_of(interp: &mut Interp, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            let ot = obj.type_of();
            if t.metaclass.is_some() && !Rc::ptr_eq(&ot, t) {
                if let Some(m) = interp.user_method(cls, "__instancecheck__")? {
                    let r = interp.call(&m, std::slice::from_ref(obj), &[])?;
                    return interp.truthy(&r);
                }
            }
            Ok(ot.is_subtype(t))
        }
        Value::Tuple(items) => {
            for i in items.iter() {
                if isinstance_of(interp, obj, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Instance(i) if Rc::ptr_eq(&i.cls, &t().union) => {
            let args = crate::objects::alias::union_args(cls);
            isinstance_of(interp, obj, &Value::tuple(args))
        }
        _ => {
            if let Some(m) = cls.type_of().lookup("__instancecheck__") {
                let b = interp.bind_descriptor(&m, cls, &cls.type_of())?;
                let r = interp.call(&b, std::slice::from_ref(obj), &[])?;
                return interp.truthy(&r);
            }
            Err(PyErr::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            ))
        }
    }
}

fn isinstance(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("isinstance", args, 2, 2)?;
    Ok(Value::Bool(isinstance_of(interp, &args[0], &args[1])?))
}

fn issubclass_of(interp: &mut Interp, cls: &Value, of: &Value) -> PyResult<bool> {
    if let Value::Type(t) = of {
        if t.metaclass.is_some() {
            if let Some(m) = interp.user_method(of, "__subclasscheck__")? {
                let r = interp.call(&m, std::slice::from_ref(cls), &[])?;
                return interp.truthy(&r);
            }
        }
    }
    let Value::Type(c) = cls else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    match of {
        Value::Type(t) => Ok(c.is_subtype(t)),
        Value::Tuple(items) => {
            for i in items.iter() {
                if issubclass_of(interp, cls, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Instance(i) if Rc::ptr_eq(&i.cls, &t().union) => issubclass_of(
            interp,
            cls,
            &Value::tuple(crate::objects::alias::union_args(of)),
        ),
        _ => Err(PyErr::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("issubclass", args, 2, 2)?;
    Ok(Value::Bool(issubclass_of(interp, &args[0], &args[1])?))
}

fn input(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = interp.str_of(p)?;
        interp.write(Stream::Stdout, &s);
    }
    Err(PyErr::new(
        ExcKind::EOFError,
        "EOF when reading a line (stdin is not available in Loopscope)",
    ))
}

fn globals(_interp: &mut Interp, _args: &[Value], _kw: &Kw) -> PyResult<Value> {
    Err(PyErr::runtime_error("globals() must be called directly"))
}

fn locals(_interp: &mut Interp, _args: &[Value], _kw: &Kw) -> PyResult<Value> {
    Err(PyErr::runtime_error("locals() must be called directly"))
}

fn vars(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("vars", args, 0, 1)?;
    let Some(o) = args.first() else {
        return Err(PyErr::runtime_error("vars() must be called directly"));
    };
    match interp.getattr_str(o, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if e.is(ExcKind::AttributeError) => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
        Err(e) => Err(e),
    }
}

fn dir(_: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("dir", args, 0, 1)?;
    let Some(o) = args.first() else {
        return Err(PyErr::runtime_error("dir() must be called directly"));
    };
    let mut names: Vec<String> = vec![];
    let mut add = |d: &crate::objects::DictData| {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    };
    match o {
        Value::Module(m) => add(&m.dict.borrow()),
        Value::Type(t) => {
            for c in t.mro() {
                add(&c.dict.borrow());
            }
        }
        _ => {
            if let Value::Instance(i) = o {
                add(&i.dict.borrow());
            }
            for c in o.type_of().mro() {
                add(&c.dict.borrow());
            }
        }
    }
    names.sort();
    Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
}

fn format(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                o.type_name()
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(interp.format_value(&args[0], &spec)?))
}

fn aiter(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("aiter", args, 1, 1)?;
    match interp.special(&args[0], "__aiter__")? {
        Some(m) => interp.call(&m, &[], &[]),
        None => Err(PyErr::type_error(format!(
            "'{}' object is not an async iterable",
            args[0].type_name()
        ))),
    }
}

fn anext(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("anext", args, 1, 2)?;
    if args.len() == 2 {
        let m = interp.import_module("_loopscope_builtins")?;
        let helper = interp.getattr_str(&m, "anext_default")?;
        return interp.call(&helper, args, &[]);
    }
    interp.anext_awaitable(&args[0])
}

fn open(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    Err(PyErr::with_args(
        ExcKind::FileNotFoundError,
        vec![
            Value::Int(2),
            Value::str("No such file or directory (files are not available in Loopscope)"),
            Value::string(name),
        ],
    ))
}

fn exit(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::SystemExit, args.to_vec()))
}

impl Interp {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
            Value::Instance(_) => v.type_of().lookup("__call__").is_some(),
            Value::StaticMethod(_) => true,
            _ => false,
        }
    }
}

fn code_arg(source: &Value, eval_mode: bool) -> PyResult<Rc<crate::CodeObject>> {
    match source {
        Value::Code(c) => Ok(c.clone()),
        Value::Str(s) => {
            if eval_mode {
                crate::compile_eval(s.as_str(), "<string>")
            } else {
                crate::compile_source(s.as_str(), "<string>")
            }
        }
        Value::Bytes(b) => {
            let t = String::from_utf8_lossy(b).into_owned();
            if eval_mode {
                crate::compile_eval(&t, "<string>")
            } else {
                crate::compile_source(&t, "<string>")
            }
        }
        _ => Err(PyErr::type_error(format!(
            "{}() arg 1 must be a string, bytes or code object",
            if eval_mode { "eval" } else { "exec" }
        ))),
    }
}

fn run_code(interp: &mut Interp, code: Rc<crate::CodeObject>, args: &[Value]) -> PyResult<Value> {
    let globals = match args.get(1) {
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) | None => {
            return Err(PyErr::runtime_error("eval()/exec() need a namespace here"))
        }
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "globals must be a dict, not {}",
                o.type_name()
            )))
        }
    };
    if globals.borrow().get_str("__builtins__").is_none() {
        globals
            .borrow_mut()
            .set_str("__builtins__", Value::Dict(interp.builtins_dict()));
    }
    let locals = match args.get(2) {
        Some(Value::Dict(d)) => d.clone(),
        _ => globals.clone(),
    };
    let mut frame = crate::vm::frame::Frame::new(code, globals);
    frame.locals = Some(locals);
    interp.run_nested(Box::new(frame), crate::vm::frame::ChildMode::Call)
}

fn eval(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("eval", args, 1, 3)?;
    let code = code_arg(&args[0], true)?;
    run_code(interp, code, args)
}

fn exec(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("exec", args, 1, 3)?;
    let code = code_arg(&args[0], false)?;
    run_code(interp, code, args)?;
    Ok(Value::None)
}

fn compile(_interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    const NAMES: &[&str] = &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let [source, filename, mode, _flags, _dont_inherit, _optimize, _feature_version] =
        Params::new("compile", NAMES, 3).maxpos(6).bind(args, kw)?;
    let source = crate::args::required(source)?;
    let filename = filename
        .as_ref()
        .and_then(|v| v.as_str())
        .unwrap_or("<string>")
        .to_string();
    let mode = mode
        .as_ref()
        .and_then(|v| v.as_str())
        .unwrap_or("exec")
        .to_string();
    let text = match &source {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(PyErr::type_error(
                "compile() arg 1 must be a string, bytes or AST object",
            ))
        }
    };
    let code = match mode.as_str() {
        "eval" => crate::compile_eval(&text, &filename)?,
        "exec" | "single" => crate::compile_source(&text, &filename)?,
        _ => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    Ok(Value::Code(code))
}
