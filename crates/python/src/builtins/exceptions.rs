//! Exception classes: `BaseException`'s methods and attributes, the per-class extras
//! (`StopIteration.value`, `KeyError`'s str, `OSError`'s errno), and exception groups
//! (`split`, `subgroup`, `derive`, and what `except*` needs).

use std::rc::Rc;

use super::{ctor, method, methods, this, Kw, Native};
use crate::objects::exception::{visible_args, SYNTAX_FIELDS};
use crate::objects::{t, BuiltinTypes, ExcKind, Instance, PyResult, Type, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Installs the methods of `BaseException`, `SyntaxError` and the exception groups, and the
/// groups' constructors.
pub(super) fn install(bt: &BuiltinTypes) {
    methods(bt.exc_type(ExcKind::BaseException), BASE_EXCEPTION_METHODS);
    method(
        bt.exc_type(ExcKind::SyntaxError),
        "__init__",
        syntax_error_init,
    );
    let beg = bt.exc_type(ExcKind::BaseExceptionGroup);
    ctor(beg, group_new);
    ctor(bt.exc_type(ExcKind::ExceptionGroup), group_new);
    methods(beg, EXCEPTION_GROUP_METHODS);
}

/// `BaseException`'s methods, by their Python names.
const BASE_EXCEPTION_METHODS: &[(&str, Native)] = &[
    ("__init__", base_exception_init),
    ("__str__", base_exception_str),
    ("__repr__", base_exception_repr),
    ("with_traceback", base_exception_with_traceback),
    ("add_note", base_exception_add_note),
];

/// `BaseExceptionGroup`'s methods, by their Python names.
const EXCEPTION_GROUP_METHODS: &[(&str, Native)] = &[
    ("__init__", exception_group_init),
    ("split", exception_group_split),
    ("subgroup", exception_group_subgroup),
    ("derive", exception_group_derive),
];

/// `BaseException.__init__(*args)`: sets `args`.
fn base_exception_init(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    if let Some(d) = this(a)?.exc() {
        d.borrow_mut().args = a[1..].to_vec();
    }
    Ok(Value::None)
}

/// `BaseException.__str__()`: the exception's str ([`exc_str`]).
fn base_exception_str(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let v = this(a)?.clone();
    let args = v.exc().map(|d| d.borrow().args.clone()).unwrap_or_default();
    Ok(Value::string(exc_str(interp, &v, &args)?))
}

/// `BaseException.__repr__()`: the exception's repr ([`exc_repr`]).
fn base_exception_repr(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let v = this(a)?.clone();
    let args = v.exc().map(|d| d.borrow().args.clone()).unwrap_or_default();
    Ok(Value::string(exc_repr(interp, &v, &args)?))
}

/// `BaseException.with_traceback(tb, /)`: the exception itself.
fn base_exception_with_traceback(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(this(a)?.clone())
}

/// `BaseException.add_note(note, /)`: appends to `__notes__`.
fn base_exception_add_note(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    crate::args::marity("BaseException.add_note", a, 1, 1)?;
    let note = a[1].clone();
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            note.type_name()
        )));
    }
    if let Some(d) = this(a)?.exc() {
        d.borrow_mut().notes.push(note);
    }
    Ok(Value::None)
}

/// `BaseExceptionGroup.__init__(message, exceptions)`: nothing (`__new__` set `args`).
fn exception_group_init(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// The one argument of `split`/`subgroup`, with CPython's message for another count.
fn one_condition(name: &str, a: &[Value]) -> PyResult<Value> {
    match a {
        [_, cond] => Ok(cond.clone()),
        _ => Err(PyErr::type_error(format!(
            "{name} expected 1 argument, got {}",
            a.len().saturating_sub(1)
        ))),
    }
}

/// `BaseExceptionGroup.split(condition, /)`: `(match, rest)`, each a group or None.
fn exception_group_split(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let g = this(a)?.clone();
    let cond = one_condition("split", a)?;
    let (m, r) = split_group(interp, &g, &Matcher::from(interp, &cond)?)?;
    Ok(Value::tuple(vec![
        m.unwrap_or(Value::None),
        r.unwrap_or(Value::None),
    ]))
}

/// `BaseExceptionGroup.subgroup(condition, /)`: the matching part, a group or None.
fn exception_group_subgroup(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let g = this(a)?.clone();
    let cond = one_condition("subgroup", a)?;
    let (m, _) = split_group(interp, &g, &Matcher::from(interp, &cond)?)?;
    Ok(m.unwrap_or(Value::None))
}

/// `BaseExceptionGroup.derive(excs, /)`: a new group of `excs` with this one's message.
fn exception_group_derive(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let g = this(a)?.clone();
    let excs = interp.iterate(a.get(1).unwrap_or(&Value::None))?;
    let msg = group_parts(&g).0;
    make_group(interp, &msg, excs)
}

/// `str(exc)`.
fn exc_str(interp: &mut Interp, v: &Value, args: &[Value]) -> PyResult<String> {
    let kind = v.type_of().base_exc_kind();
    if let Some(k) = kind {
        if k.is_subclass_of(ExcKind::BaseExceptionGroup) {
            let (msg, excs) = group_parts(v);
            let n = excs.len();
            return Ok(format!(
                "{} ({} sub-exception{})",
                msg,
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
        if k.is_subclass_of(ExcKind::SyntaxError) {
            return syntax_error_str(interp, v);
        }
        if matches!(k, ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError) && args.len() == 5
        {
            if let Some(text) = unicode_error_str(interp, k, args)? {
                return Ok(text);
            }
        }
        if k == ExcKind::KeyError && args.len() == 1 {
            return interp.repr_of(&args[0]);
        }
        if k.is_subclass_of(ExcKind::OSError) && (2..=5).contains(&args.len()) {
            let errno = interp.str_of(&args[0])?;
            let strerror = interp.str_of(&args[1])?;
            let name = |i: usize| args.get(i).filter(|v| !v.is_none()).cloned();
            if let Some(f) = name(2) {
                let f = interp.repr_of(&f)?;
                if let Some(f2) = name(4) {
                    let f2 = interp.repr_of(&f2)?;
                    return Ok(format!("[Errno {errno}] {strerror}: {f} -> {f2}"));
                }
                return Ok(format!("[Errno {errno}] {strerror}: {f}"));
            }
            return Ok(format!("[Errno {errno}] {strerror}"));
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => interp.str_of(&args[0]),
        _ => interp.repr_of(&Value::tuple(args.to_vec())),
    }
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)`: bytes `start..end` of
/// `object` could not be decoded. Its str is built from these, as CPython's is.
pub fn unicode_decode_error(
    encoding: &str,
    object: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    PyErr::with_args(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(encoding),
            Value::Bytes(Rc::from(object)),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)`: characters `start..end`
/// of `object` could not be encoded.
pub fn unicode_encode_error(
    encoding: &str,
    object: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    PyErr::with_args(
        ExcKind::UnicodeEncodeError,
        vec![
            Value::str(encoding),
            Value::str(object),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// A Unicode error's str from its five arguments, as CPython words it: one byte (or
/// character) by its value, several by their positions. `None` when the arguments do not
/// have the types that wording needs.
fn unicode_error_str(interp: &mut Interp, k: ExcKind, args: &[Value]) -> PyResult<Option<String>> {
    let (Value::Int(start), Value::Int(end)) = (&args[2], &args[3]) else {
        return Ok(None);
    };
    let (start, end) = (*start, *end);
    let encoding = interp.str_of(&args[0])?;
    let reason = interp.str_of(&args[4])?;
    let text = match (k, &args[1]) {
        (ExcKind::UnicodeDecodeError, Value::Bytes(b)) => {
            match usize::try_from(start).ok().and_then(|i| b.get(i)) {
                Some(byte) if end == start + 1 => format!(
                    "'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                ),
                _ => format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        (ExcKind::UnicodeEncodeError, Value::Str(s)) => {
            match usize::try_from(start)
                .ok()
                .and_then(|i| s.as_str().chars().nth(i))
            {
                Some(c) if end == start + 1 => {
                    let mut shown = String::new();
                    crate::strings::push_code_escape(&mut shown, c);
                    format!(
                        "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
                    )
                }
                _ => format!(
                    "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(text))
}

/// `SyntaxError.__init__(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`:
/// CPython's `SyntaxError_init`. Only a call with exactly two arguments reads the details.
fn syntax_error_init(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let v = this(a)?.clone();
    let args = &a[1..];
    let mut fields: Vec<(&str, Value)> = Vec::new();
    if let Some(msg) = args.first() {
        fields.push(("msg", msg.clone()));
    }
    if args.len() == 2 {
        let info = interp.iterate(&args[1])?;
        if info.len() < 4 || info.len() > 6 {
            let (bound, n) = if info.len() < 4 {
                ("least", 4)
            } else {
                ("most", 6)
            };
            return Err(PyErr::type_error(format!(
                "function takes at {bound} {n} arguments ({} given)",
                info.len()
            )));
        }
        for (i, name) in SYNTAX_FIELDS[1..7].iter().enumerate() {
            fields.push((name, info.get(i).cloned().unwrap_or(Value::None)));
        }
    }
    if let Some(d) = v.exc() {
        d.borrow_mut().args = args.to_vec();
    }
    if let Value::Instance(inst) = &v {
        let mut dict = inst.dict.borrow_mut();
        for (name, value) in fields {
            dict.set_str(name, value);
        }
    }
    Ok(Value::None)
}

/// `str(SyntaxError)`: `msg (file, line N)` with the file's base name, either part left
/// out when unset (CPython's `SyntaxError_str`: the file must be a str, the line an int).
fn syntax_error_str(interp: &mut Interp, v: &Value) -> PyResult<String> {
    let get = |name: &str| match v {
        Value::Instance(i) => i.dict.borrow().get_str(name).cloned(),
        _ => None,
    };
    let msg = get("msg").unwrap_or(Value::None);
    let msg = interp.str_of(&msg)?;
    let file = match get("filename") {
        Some(Value::Str(f)) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match get("lineno") {
        Some(Value::Int(n)) => Some(n),
        // `PyLong_AsLongAndOverflow` gives -1 past a C long.
        Some(Value::BigInt(_)) => Some(-1),
        _ => None,
    };
    Ok(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// `repr(exc)`.
fn exc_repr(interp: &mut Interp, v: &Value, args: &[Value]) -> PyResult<String> {
    let args = visible_args(v, args);
    let name = v.type_of().name.clone();
    if v.type_of()
        .base_exc_kind()
        .map(|k| k.is_subclass_of(ExcKind::BaseExceptionGroup))
        .unwrap_or(false)
    {
        let (msg, excs) = group_parts(v);
        let m = interp.repr_of(&Value::str(&msg))?;
        let l = interp.repr_of(&Value::list(excs))?;
        return Ok(format!("{name}({m}, {l})"));
    }
    Ok(match args.len() {
        0 => format!("{name}()"),
        1 => format!("{name}({})", interp.repr_of(&args[0])?),
        _ => {
            let t = interp.repr_of(&Value::tuple(args.to_vec()))?;
            format!("{name}{t}")
        }
    })
}

/// An exception group's message and sub-exceptions.
pub fn group_parts(v: &Value) -> (String, Vec<Value>) {
    let Some(d) = v.exc() else {
        return (String::new(), vec![]);
    };
    let d = d.borrow();
    let msg = d
        .args
        .first()
        .and_then(|m| m.as_str().map(String::from))
        .unwrap_or_default();
    let excs = match d.args.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(Value::List(l)) => l.borrow().clone(),
        _ => vec![],
    };
    (msg, excs)
}

/// Whether `v` is an exception group.
pub fn is_group(v: &Value) -> bool {
    v.type_of()
        .is_subtype(t().exc_type(ExcKind::BaseExceptionGroup))
}

fn group_new(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(PyErr::type_error("bad class"));
    };
    let a = &args[1..];
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            a.len()
        )));
    }
    let Value::Str(msg) = &a[0] else {
        return Err(PyErr::type_error(
            "argument 1 must be str, not ".to_string() + &a[0].type_name(),
        ));
    };
    let excs = match &a[1] {
        Value::List(_) | Value::Tuple(_) => interp.iterate(&a[1])?,
        _ => {
            return Err(PyErr::type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if excs.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    for (i, e) in excs.iter().enumerate() {
        if e.exc().is_none() {
            return Err(PyErr::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
    }
    let all_exc = excs
        .iter()
        .all(|e| e.type_of().is_subtype(t().exc_type(ExcKind::Exception)));
    let mut cls: Rc<Type> = cls.clone();
    if Rc::ptr_eq(&cls, t().exc_type(ExcKind::BaseExceptionGroup)) && all_exc {
        cls = t().exc_type(ExcKind::ExceptionGroup).clone();
    }
    if cls.is_subtype(t().exc_type(ExcKind::Exception)) && !all_exc {
        return Err(PyErr::type_error(
            "Cannot nest BaseExceptions in an ExceptionGroup",
        ));
    }
    let inst = Instance::new(cls);
    if let Some(d) = &inst.exc {
        d.borrow_mut().args = vec![Value::Str(msg.clone()), Value::tuple(excs)];
    }
    Ok(Value::Instance(Rc::new(inst)))
}

/// `BaseExceptionGroup(msg, excs)`, picking ExceptionGroup when all are Exceptions.
pub fn make_group(interp: &mut Interp, msg: &str, excs: Vec<Value>) -> PyResult<Value> {
    let cls = Value::Type(t().exc_type(ExcKind::BaseExceptionGroup).clone());
    group_new(interp, &[cls, Value::str(msg), Value::list(excs)], &[])
}

/// How `split`/`subgroup`/`except*` select leaves.
pub enum Matcher {
    Type(Value),
    Pred(Value),
    Ids(Vec<usize>),
}

impl Matcher {
    /// `split`'s and `subgroup`'s condition: an exception type, a tuple of them, or a
    /// predicate (any other callable), with CPython's error for anything else.
    fn from(interp: &Interp, v: &Value) -> PyResult<Matcher> {
        let exc_type = |t: &Value| matches!(t, Value::Type(c) if c.is_exception());
        match v {
            _ if exc_type(v) => Ok(Matcher::Type(v.clone())),
            Value::Tuple(items) if items.iter().all(exc_type) => Ok(Matcher::Type(v.clone())),
            Value::Type(_) | Value::Tuple(_) => Err(bad_condition()),
            other if interp.is_callable(other) => Ok(Matcher::Pred(other.clone())),
            _ => Err(bad_condition()),
        }
    }

    fn matches(&self, interp: &mut Interp, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => interp.exc_matches(e, t),
            Matcher::Pred(f) => {
                let r = interp.call(f, std::slice::from_ref(e), &[])?;
                interp.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&(e.id() as usize))),
        }
    }
}

fn bad_condition() -> PyErr {
    PyErr::type_error("expected a function, exception type or tuple of exception types")
}

fn copy_meta(from: &Value, to: &Value) {
    if let (Some(f), Some(t)) = (from.exc(), to.exc()) {
        let f = f.borrow();
        let mut t = t.borrow_mut();
        t.traceback = f.traceback.clone();
        t.cause = f.cause.clone();
        t.context = f.context.clone();
        t.suppress_context = f.suppress_context;
        t.notes = f.notes.clone();
    }
}

/// Split group `g` into (matching, rest), keeping the nesting.
pub fn split_group(
    interp: &mut Interp,
    g: &Value,
    m: &Matcher,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(interp, g)? {
        return Ok((Some(g.clone()), None));
    }
    if !is_group(g) {
        return Ok((None, Some(g.clone())));
    }
    let (msg, excs) = group_parts(g);
    let mut yes = vec![];
    let mut no = vec![];
    for e in excs {
        let (a, b) = split_group(interp, &e, m)?;
        if let Some(a) = a {
            yes.push(a);
        }
        if let Some(b) = b {
            no.push(b);
        }
    }
    let derive = |interp: &mut Interp, items: Vec<Value>| -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let d = if g.type_of().builtin {
            make_group(interp, &msg, items)?
        } else {
            let derive = interp.getattr_str(g, "derive")?;
            interp.call(&derive, &[Value::list(items)], &[])?
        };
        copy_meta(g, &d);
        Ok(Some(d))
    };
    let a = derive(interp, yes)?;
    let b = derive(interp, no)?;
    Ok((a, b))
}

fn leaves(v: &Value, out: &mut Vec<usize>) {
    if is_group(v) {
        for e in group_parts(v).1 {
            leaves(&e, out);
        }
    } else {
        out.push(v.id() as usize);
    }
}

impl Interp {
    /// `except* T`: split `eg` into (match or None, rest or None).
    pub(crate) fn eg_split_for_except_star(
        &mut self,
        eg: &Value,
        typ: &Value,
    ) -> PyResult<(Value, Value)> {
        if !is_group(eg) {
            if self.exc_matches(eg, typ)? {
                let wrapped = make_group(self, "", vec![eg.clone()])?;
                copy_meta(eg, &wrapped);
                return Ok((wrapped, Value::None));
            }
            return Ok((Value::None, eg.clone()));
        }
        let (m, r) = split_group(self, eg, &Matcher::Type(typ.clone()))?;
        Ok((m.unwrap_or(Value::None), r.unwrap_or(Value::None)))
    }

    /// Combine what `except*` clauses raised with the unhandled rest.
    pub(crate) fn prep_reraise_star(
        &mut self,
        orig: &Value,
        raised: Vec<Value>,
    ) -> PyResult<Value> {
        if raised.is_empty() {
            return Ok(Value::None);
        }
        if !is_group(orig) {
            // A naked exception was caught and wrapped: at most one clause ran.
            return Ok(raised[0].clone());
        }
        let mut orig_leaves = vec![];
        leaves(orig, &mut orig_leaves);
        let mut keep_ids = vec![];
        let mut new_raised = vec![];
        for r in raised {
            let mut l = vec![];
            leaves(&r, &mut l);
            if r.is(orig) || (!l.is_empty() && l.iter().all(|x| orig_leaves.contains(x))) {
                keep_ids.extend(l);
            } else {
                new_raised.push(r);
            }
        }
        let keep = if keep_ids.is_empty() {
            None
        } else if !is_group(orig) {
            Some(orig.clone())
        } else {
            split_group(self, orig, &Matcher::Ids(keep_ids))?.0
        };
        if new_raised.is_empty() {
            return Ok(keep.unwrap_or(Value::None));
        }
        if let Some(k) = keep {
            new_raised.push(k);
        }
        if new_raised.len() == 1 {
            return Ok(new_raised.remove(0));
        }
        make_group(self, "", new_raised)
    }
}
