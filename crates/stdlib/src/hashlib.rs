//! `_hashlib`: the digests `hashlib` and `hmac` (Python of ours, beside this file) are
//! built on — MD5, SHA-1 and SHA-2 as incremental hashers kept inside a state object, and
//! PBKDF2-HMAC done here in one call, since its many rounds would be slow in Python.

pub mod digest;

use std::rc::Rc;

use loopscope_python::objects::{t, Instance};
use loopscope_python::{ModuleBuilder, PyErr, PyResult, Value};

use crate::args::{arity, no_kw, Kw};
use digest::{Algo, Hasher};

/// The bytes of a bytes-like argument; `str` gets CPython's advice to encode it first.
fn data_of(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(_) => Err(PyErr::type_error("Strings must be encoded before hashing")),
        _ => loopscope_python::bytes_of(v)
            .ok_or_else(|| PyErr::type_error("object supporting the buffer API required")),
    }
}

fn algo_of(v: &Value) -> PyResult<Algo> {
    let Some(name) = v.as_str() else {
        return Err(PyErr::type_error(format!(
            "new() argument 'name' must be str, not {}",
            v.type_name()
        )));
    };
    Algo::named(name).ok_or_else(|| PyErr::value_error(format!("unsupported hash type {name}")))
}

fn state(h: Hasher) -> Value {
    let inst = Instance::new(t().object.clone());
    *inst.native.borrow_mut() = Some(Box::new(h));
    Value::Instance(Rc::new(inst))
}

fn with_state<R>(v: &Value, f: impl FnOnce(&mut Hasher) -> R) -> PyResult<R> {
    let Value::Instance(inst) = v else {
        return Err(PyErr::type_error("_hashlib needs a hash state"));
    };
    let mut slot = inst.native.borrow_mut();
    match slot.as_mut().and_then(|b| b.downcast_mut::<Hasher>()) {
        Some(h) => Ok(f(h)),
        None => Err(PyErr::type_error("_hashlib needs a hash state")),
    }
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(v.into())
}

pub fn register(m: &mut ModuleBuilder) {
    m.value(
        "names",
        Value::tuple(Algo::ALL.iter().map(|a| Value::str(a.name())).collect()),
    );
    // `new(name)`: a fresh state for the algorithm `name`.
    m.function("new", |_, args: &[Value], kw: &Kw| {
        no_kw("new", kw)?;
        arity("new", args, 1, 1)?;
        Ok(state(Hasher::new(algo_of(&args[0])?)))
    });
    // `info(name)`: `(canonical name, digest_size, block_size)`.
    m.function("info", |_, args: &[Value], kw: &Kw| {
        no_kw("info", kw)?;
        arity("info", args, 1, 1)?;
        let algo = algo_of(&args[0])?;
        Ok(Value::tuple(vec![
            Value::str(algo.name()),
            Value::Int(algo.digest_size() as i64),
            Value::Int(algo.block_size() as i64),
        ]))
    });
    m.function("update", |_, args: &[Value], kw: &Kw| {
        no_kw("update", kw)?;
        arity("update", args, 2, 2)?;
        let data = data_of(&args[1])?;
        with_state(&args[0], |h| h.update(&data))?;
        Ok(Value::None)
    });
    m.function("digest", |_, args: &[Value], kw: &Kw| {
        no_kw("digest", kw)?;
        arity("digest", args, 1, 1)?;
        Ok(bytes(with_state(&args[0], |h| h.digest())?))
    });
    m.function("copy", |_, args: &[Value], kw: &Kw| {
        no_kw("copy", kw)?;
        arity("copy", args, 1, 1)?;
        Ok(state(with_state(&args[0], |h| h.clone())?))
    });
    // `pbkdf2_hmac(name, password, salt, iterations, dklen)`.
    m.function("pbkdf2_hmac", |interp, args: &[Value], kw: &Kw| {
        no_kw("pbkdf2_hmac", kw)?;
        arity("pbkdf2_hmac", args, 5, 5)?;
        let algo = algo_of(&args[0])?;
        let password = data_of(&args[1])?;
        let salt = data_of(&args[2])?;
        let iterations = crate::args::to_i64(interp, &args[3])?;
        if iterations < 1 {
            return Err(PyErr::value_error(
                "iteration value must be greater than 0.",
            ));
        }
        let dklen = match &args[4] {
            Value::None => algo.digest_size() as i64,
            v => crate::args::to_i64(interp, v)?,
        };
        if dklen < 1 {
            return Err(PyErr::value_error("key length must be greater than 0."));
        }
        if dklen > (1 << 30) {
            return Err(PyErr::new(
                loopscope_python::ExcKind::OverflowError,
                "key length is too great.",
            ));
        }
        Ok(bytes(digest::pbkdf2_hmac(
            algo,
            &password,
            &salt,
            iterations as u64,
            dklen as usize,
        )))
    });
}
