//! How a native function reads its arguments: the one place where argument counts and
//! keywords are checked and where CPython's messages for them are worded, for the
//! interpreter's builtins and for every crate above it (stdlib, aio).
//!
//! Natives receive `(&mut Interp, &[Value], &Kw)`; a method's `self` is `args[0]`. Two
//! styles cover CPython's natives:
//! - positional-only functions check their count with [`arity`] (or [`marity`] for a
//!   method, whose messages leave `self` out) and refuse keywords with [`no_kw`];
//! - functions that take keywords declare their parameters as [`Params`] and [`bind`] the
//!   call, which gives each parameter's value or `None` and words every mistake as
//!   CPython's argument clinic does.

use std::rc::Rc;

use crate::objects::{PyResult, Value};
use crate::vm::halt::PyErr;

/// Keyword arguments as natives receive them.
pub type Kw = [(Rc<str>, Value)];

/// `s` for counts other than one.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks a positional-only native's argument count with CPython's wording
/// (`sqrt() takes exactly one argument (0 given)`, `divmod expected 2 arguments, got 1`,
/// `pow expected at least 2 arguments, got 1`).
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    count_check(name, args.len(), min, max)
}

/// [`arity`] for a method: `self` (`args[0]`) is not counted in the message.
pub fn marity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    count_check(name, args.len().saturating_sub(1), min, max)
}

/// The argument-count check behind `arity` and `marity`, for `n` arguments given.
fn count_check(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    Err(PyErr::type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} argument{}, got {n}", plural(min)),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }))
}

/// How a slot wrapper (a builtin type's dunder called directly, as `object().__eq__(x)`)
/// counts its arguments: `self` left out and no name in the message, as the wrappers of
/// CPython's `typeobject.c` do.
#[derive(Clone, Copy, Debug)]
pub enum Slot {
    /// Exactly this many (`check_num_args`: `expected 1 argument, got 0`).
    Args(usize),
    /// Between the two (`PyArg_UnpackTuple` with an empty name, whence the leading space:
    /// ` expected at least 1 argument, got 0`).
    Unpack(usize, usize),
}

/// Checks a slot wrapper's argument count ([`Slot`]); `args[0]` is `self`.
pub fn slot_arity(args: &[Value], slot: Slot) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    let (lead, how, k) = match slot {
        Slot::Args(k) if n != k => ("", "", k),
        Slot::Unpack(min, max) if n < min || n > max => match (min == max, n < min) {
            (true, _) => (" ", "", min),
            (false, true) => (" ", "at least ", min),
            (false, false) => (" ", "at most ", max),
        },
        _ => return Ok(()),
    };
    Err(PyErr::type_error(format!(
        "{lead}expected {how}{k} argument{}, got {n}",
        plural(k)
    )))
}

/// Refuses keyword arguments (`pow() takes no keyword arguments`).
pub fn no_kw(name: &str, kw: &Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Refuses keywords other than `allowed` (`f() got an unexpected keyword argument 'x'`).
pub fn only_kw(name: &str, kw: &Kw, allowed: &[&str]) -> PyResult<()> {
    match kw.iter().find(|(k, _)| !allowed.contains(&&**k)) {
        Some((k, _)) => Err(PyErr::type_error(format!(
            "{name}() got an unexpected keyword argument '{k}'"
        ))),
        None => Ok(()),
    }
}

/// Keyword argument `name`, if given.
pub fn kwarg(kw: &Kw, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

/// Positional argument `i`, or keyword `name`.
pub fn arg(args: &[Value], kw: &Kw, i: usize, name: &str) -> Option<Value> {
    args.get(i).cloned().or_else(|| kwarg(kw, name))
}

/// A parameter [`Params::bind`] always fills (one of its first `required`): its value, or
/// a `SystemError` should the binder ever leave it unset, rather than running on with None.
pub fn required(v: Option<Value>) -> PyResult<Value> {
    v.ok_or_else(|| {
        PyErr::new(
            crate::objects::ExcKind::SystemError,
            "a required argument was left unbound",
        )
    })
}

/// Positional argument `i`, or `None` (Python's) when fewer were given: for natives whose
/// count was checked already, or whose absent arguments mean None.
pub fn nth(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

/// The text of parameter `name` of `fname`, which must be a `str`, or CPython's message
/// for another type (`decode() argument 'encoding' must be str, not int`).
pub fn str_param<'v>(fname: &str, name: &str, v: &'v Value) -> PyResult<&'v str> {
    v.as_str().ok_or_else(|| {
        let got = if v.is_none() {
            "None".into()
        } else {
            v.type_name()
        };
        PyErr::type_error(format!(
            "{fname}() argument '{name}' must be str, not {got}"
        ))
    })
}

/// The parameters of a native that takes keywords, as CPython's Argument Clinic describes
/// one: `names` in order, the first `posonly` positional-only, the first `maxpos` allowed
/// positionally (the rest keyword-only), the first `minpos` required.
pub struct Params<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub posonly: usize,
    pub maxpos: usize,
    pub minpos: usize,
}

impl<'a> Params<'a> {
    /// Parameters that can all be given by position or by keyword, the first `minpos`
    /// of them required.
    pub const fn new(fname: &'a str, names: &'a [&'a str], minpos: usize) -> Params<'a> {
        Params {
            fname,
            names,
            posonly: 0,
            maxpos: names.len(),
            minpos,
        }
    }

    /// The first `n` parameters can only be given by position.
    pub const fn posonly(mut self, n: usize) -> Params<'a> {
        self.posonly = n;
        self
    }

    /// Only the first `n` parameters can be given by position; the rest only by keyword.
    pub const fn maxpos(mut self, n: usize) -> Params<'a> {
        self.maxpos = n;
        self
    }

    /// [`bind`], as an array of the `N` parameters' values, to destructure.
    pub fn bind<const N: usize>(&self, args: &[Value], kw: &Kw) -> PyResult<[Option<Value>; N]> {
        if self.names.len() != N {
            return Err(PyErr::runtime_error(format!(
                "internal error: {}() binds {} parameters, not {N}",
                self.fname,
                self.names.len()
            )));
        }
        // Filled in place: no vector for the commonest natives' calls.
        let mut out = std::array::from_fn(|_| None);
        bind_into(self, args, kw, &mut out)?;
        Ok(out)
    }
}

/// Binds `args` and `kw` to `p`'s parameters, one slot per name (`None` when left out),
/// checking in the order Argument Clinic's parser does and with its messages: too many
/// arguments, too few positional ones, a missing required one, a name given twice, an
/// unknown keyword.
pub fn bind(p: &Params, args: &[Value], kw: &Kw) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; p.names.len()];
    bind_into(p, args, kw, &mut out)?;
    Ok(out)
}

/// [`bind`] into `out`, one slot per parameter, all `None` on entry.
fn bind_into(p: &Params, args: &[Value], kw: &Kw, out: &mut [Option<Value>]) -> PyResult<()> {
    let (nargs, maxargs, f) = (args.len(), p.names.len(), p.fname);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if nargs + kw.len() > maxargs {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        return Err(PyErr::type_error(format!(
            "{f}() takes at most {maxargs} {keyword}argument{} ({} given)",
            s(maxargs),
            nargs + kw.len()
        )));
    }
    if nargs > p.maxpos {
        let how = if p.minpos < p.maxpos {
            "at most"
        } else {
            "exactly"
        };
        return Err(PyErr::type_error(if p.maxpos == 0 {
            format!("{f}() takes no positional arguments")
        } else {
            format!(
                "{f}() takes {how} {} positional argument{} ({nargs} given)",
                p.maxpos,
                s(p.maxpos)
            )
        }));
    }
    let minposonly = p.posonly.min(p.minpos);
    if nargs < minposonly {
        let how = if minposonly < p.maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(PyErr::type_error(format!(
            "{f}() takes {how} {minposonly} positional argument{} ({nargs} given)",
            s(minposonly)
        )));
    }
    for (slot, v) in out.iter_mut().zip(args) {
        *slot = Some(v.clone());
    }
    let mut used = 0;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(p.posonly)) {
        match kwarg(kw, p.names[i]) {
            Some(v) => {
                *slot = Some(v);
                used += 1;
            }
            None if i < p.minpos => {
                return Err(PyErr::type_error(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    p.names[i],
                    i + 1
                )))
            }
            None => {}
        }
    }
    if used < kw.len() {
        for (i, name) in p.names.iter().enumerate().take(nargs).skip(p.posonly) {
            if kwarg(kw, name).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {f}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        let known = &p.names[p.posonly..];
        if let Some((k, _)) = kw.iter().find(|(k, _)| !known.contains(&&**k)) {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {f}()"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(r: PyResult<impl Sized>) -> String {
        match r {
            Ok(_) => "ok".into(),
            Err(PyErr::Exc(e)) => e.exc().unwrap().borrow().args[0]
                .as_str()
                .unwrap()
                .to_string(),
            Err(PyErr::HostCall(_)) => "host call".into(),
        }
    }

    fn kw(pairs: &[(&str, i64)]) -> Vec<(Rc<str>, Value)> {
        pairs
            .iter()
            .map(|(k, v)| (Rc::from(*k), Value::Int(*v)))
            .collect()
    }

    // The messages below are the ones python3.11 prints for the same calls of
    // `str.split`, `round`, `int` and `list.sort`.
    const SPLIT: Params = Params::new("split", &["sep", "maxsplit"], 0);
    const ROUND: Params = Params::new("round", &["number", "ndigits"], 1);

    #[test]
    fn words_slot_wrapper_counts_as_cpython() {
        let me = Value::None;
        let one = [me.clone()];
        let three = [me.clone(), Value::Int(1), Value::Int(2)];
        assert_eq!(
            message(slot_arity(&one, Slot::Args(1))),
            "expected 1 argument, got 0"
        );
        assert_eq!(
            message(slot_arity(&three, Slot::Args(0))),
            "expected 0 arguments, got 2"
        );
        assert_eq!(
            message(slot_arity(&one, Slot::Unpack(1, 2))),
            " expected at least 1 argument, got 0"
        );
        assert_eq!(
            message(slot_arity(&three[..2], Slot::Unpack(2, 2))),
            " expected 2 arguments, got 1"
        );
        assert_eq!(message(slot_arity(&three, Slot::Unpack(1, 2))), "ok");
    }

    #[test]
    fn binds_by_position_and_keyword() {
        let got = bind(&SPLIT, &[Value::Int(1)], &kw(&[("maxsplit", 2)])).unwrap();
        assert!(matches!(
            got[..],
            [Some(Value::Int(1)), Some(Value::Int(2))]
        ));
        let got = bind(&SPLIT, &[], &[]).unwrap();
        assert!(matches!(got[..], [None, None]));
    }

    #[test]
    fn words_mistakes_as_cpython() {
        let three = [Value::Int(1), Value::Int(2), Value::Int(3)];
        assert_eq!(
            message(bind(&SPLIT, &three, &[])),
            "split() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            message(bind(&SPLIT, &[], &kw(&[("x", 1)]))),
            "'x' is an invalid keyword argument for split()"
        );
        assert_eq!(
            message(bind(&ROUND, &[], &[])),
            "round() missing required argument 'number' (pos 1)"
        );
        assert_eq!(
            message(bind(&ROUND, &[Value::Int(1)], &kw(&[("number", 2)]))),
            "argument for round() given by name ('number') and position (1)"
        );
        let int = Params::new("int", &["x", "base"], 0).posonly(1);
        assert_eq!(
            message(bind(&int, &three[..2], &kw(&[("base", 2)]))),
            "int() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            message(bind(&int, &[], &kw(&[("x", 2)]))),
            "'x' is an invalid keyword argument for int()"
        );
        let sort = Params::new("sort", &["key", "reverse"], 0).maxpos(0);
        assert_eq!(
            message(bind(&sort, &three[..1], &[])),
            "sort() takes no positional arguments"
        );
    }

    #[test]
    fn counts_positional_only_natives() {
        assert_eq!(
            message(arity("divmod", &[Value::Int(1)], 2, 2)),
            "divmod expected 2 arguments, got 1"
        );
        assert_eq!(
            message(marity("fromhex", &[Value::None], 1, 1)),
            "fromhex() takes exactly one argument (0 given)"
        );
    }
}
