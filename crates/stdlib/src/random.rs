//! `_random`: the native core of `random`, as CPython splits it — a `Random` class holding a
//! Mersenne Twister with `seed`, `random`, `getrandbits`, `getstate` and `setstate`. The
//! distributions (`randrange`, `choice`, `shuffle`, …) are Python in `random.py`.
//!
//! Loopscope promises identical output on every run, so `seed(None)` (and an unseeded
//! generator) means `seed(0)`, not the OS's entropy.

mod mt;
#[cfg(test)]
mod tests;

use loopscope_python::objects::int::int_ref;
use loopscope_python::objects::Native;
use loopscope_python::{ClassBuilder, Interp, ModuleBuilder, PyErr, PyResult, Value};
use num_bigint::{BigInt, Sign};

use crate::args::{arity, no_kw, to_i64, Kw};
use mt::Mt;

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> Vec<u8> {
    let mut h = crate::hashlib::digest::Hasher::new(crate::hashlib::digest::Algo::Sha512);
    h.update(data);
    h.digest()
}

/// The most bits one `getrandbits` call may ask for (a 16 MiB int); beyond this CPython
/// would allocate gigabytes, and the browser would run out of memory.
const MAX_BITS: i64 = 1 << 27;

/// Runs `f` on the generator stored in instance `this` (creating it, seeded with 0, if the
/// instance has none yet, as for Python subclasses).
fn with_mt<R>(this: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let Value::Instance(inst) = this else {
        return Err(PyErr::type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            this.type_name()
        )));
    };
    let mut slot = inst.native.borrow_mut();
    if slot
        .as_ref()
        .map(|b| b.downcast_ref::<Mt>().is_none())
        .unwrap_or(true)
    {
        *slot = Some(Box::new(Mt::default()));
    }
    match slot.as_mut().and_then(|b| b.downcast_mut::<Mt>()) {
        Some(mt) => Ok(f(mt)),
        None => Err(PyErr::runtime_error("random state is missing")),
    }
}

/// Splits a method's arguments into the receiver and the rest.
fn split<'a>(name: &str, args: &'a [Value]) -> PyResult<(&'a Value, &'a [Value])> {
    crate::args::receiver("_random.Random", name, args)
}

/// The 32-bit words of `|n|`, least significant first.
fn words_of(n: &BigInt) -> Vec<u32> {
    let (_, words) = n.to_u32_digits();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

/// `Random.seed(a=None)`: ints seed by their absolute value; str and bytes by
/// `int.from_bytes(a + sha512(a).digest())`; floats by their hash.
fn random_seed(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = split("seed", args)?;
    no_kw("Random.seed", kw)?;
    arity("seed", rest, 0, 1)?;
    let a = crate::args::nth(rest, 0);
    let n: BigInt =
        match &a {
            Value::None => BigInt::from(0),
            v if int_ref(v).is_some() => loopscope_python::objects::int::to_big(v),
            Value::Float(_) => BigInt::from(interp.hash(&a)?),
            Value::Str(s) => bytes_seed(s.as_str().as_bytes()),
            Value::Bytes(b) => bytes_seed(b),
            _ => return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        };
    let words = words_of(&n);
    with_mt(this, |mt| mt.seed_words(&words))?;
    Ok(Value::None)
}

fn bytes_seed(b: &[u8]) -> BigInt {
    let mut all = b.to_vec();
    all.extend_from_slice(&sha512(b));
    BigInt::from_bytes_be(Sign::Plus, &all)
}

/// `Random.getrandbits(k)`: an int of `k` random bits.
fn random_getrandbits(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("getrandbits", kw)?;
    let (this, rest) = split("getrandbits", args)?;
    arity("getrandbits", rest, 1, 1)?;
    let k = to_i64(interp, &rest[0])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k > MAX_BITS {
        return Err(PyErr::memory());
    }
    if k <= 32 {
        let r = with_mt(this, |mt| mt.bits(k as u64))?;
        return Ok(Value::Int(r.first().copied().unwrap_or(0) as i64));
    }
    let words = with_mt(this, |mt| mt.bits(k as u64))?;
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

/// `Random._randbelow(n)`: a uniform int in `[0, n)` by rejection sampling `n.bit_length()`-bit
/// draws, as CPython's `_randbelow_with_getrandbits`.
fn random_randbelow(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("_randbelow", kw)?;
    let (this, rest) = split("_randbelow", args)?;
    arity("_randbelow", rest, 1, 1)?;
    let n = crate::args::to_bigint(interp, &rest[0])?;
    let k = n.bits();
    if k > MAX_BITS as u64 {
        return Err(PyErr::memory());
    }
    loop {
        let words = with_mt(this, |mt| mt.bits(k))?;
        let r = BigInt::from_slice(Sign::Plus, &words);
        if r < n {
            return Ok(Value::from_bigint(r));
        }
    }
}

/// `Random.getstate()`: the 624 state words and the index, as a tuple of 625 ints.
fn random_getstate(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = split("getstate", args)?;
    let (state, index) = with_mt(this, |mt| (mt.state, mt.index))?;
    let mut items: Vec<Value> = state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(Value::tuple(items))
}

/// `Random.setstate(state)`: restores a state `getstate` gave.
fn random_setstate(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = split("setstate", args)?;
    arity("setstate", rest, 1, 1)?;
    let Value::Tuple(items) = &rest[0] else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != 625 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; 624];
    for (slot, v) in state.iter_mut().zip(items.iter()) {
        *slot = to_i64(interp, v)? as u32;
    }
    let index = to_i64(interp, &items[624])?;
    if !(0..=624).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    with_mt(this, |mt| {
        mt.state = state;
        mt.index = index as usize;
    })?;
    Ok(Value::None)
}

/// `Random.random()`: a float in `[0.0, 1.0)`.
fn random_random(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Float(with_mt(split("random", args)?.0, |mt| {
        mt.random()
    })?))
}

/// `Random`'s methods, by their Python names.
const METHODS: &[(&str, Native)] = &[
    ("seed", random_seed),
    ("random", random_random),
    ("getrandbits", random_getrandbits),
    ("_randbelow", random_randbelow),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
];

/// Registers `_random` and its `Random` class.
pub fn register(m: &mut ModuleBuilder) {
    let cls = ClassBuilder::new("Random", vec![]).methods(METHODS).build();
    match cls {
        Ok(c) => m.class(c),
        Err(e) => m.value("_error", Value::string(format!("{e:?}"))),
    }
}
