//! Arithmetic: numeric fast paths, sequence concatenation/repetition, set and dict
//! operators, `str %`, then the `__op__`/`__rop__`/`__iop__` protocol for user classes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::opcode::{BinOpKind, UnaryKind};
use crate::objects::int::{int_abs, int_binop, int_invert, int_neg, int_ref};
use crate::objects::{DictData, ExcKind, PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Symbol, dunder, reflected dunder, in-place dunder.
fn names(k: BinOpKind) -> (&'static str, &'static str, &'static str, &'static str) {
    use BinOpKind::*;
    match k {
        Add => ("+", "__add__", "__radd__", "__iadd__"),
        Sub => ("-", "__sub__", "__rsub__", "__isub__"),
        Mul => ("*", "__mul__", "__rmul__", "__imul__"),
        MatMul => ("@", "__matmul__", "__rmatmul__", "__imatmul__"),
        TrueDiv => ("/", "__truediv__", "__rtruediv__", "__itruediv__"),
        FloorDiv => ("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Mod => ("%", "__mod__", "__rmod__", "__imod__"),
        Pow => ("**", "__pow__", "__rpow__", "__ipow__"),
        LShift => ("<<", "__lshift__", "__rlshift__", "__ilshift__"),
        RShift => (">>", "__rshift__", "__rrshift__", "__irshift__"),
        And => ("&", "__and__", "__rand__", "__iand__"),
        Or => ("|", "__or__", "__ror__", "__ior__"),
        Xor => ("^", "__xor__", "__rxor__", "__ixor__"),
    }
}

/// A numeric operand as f64 (ints convert exactly or overflow).
pub(crate) fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => crate::format::int_to_f64(b).ok(),
        _ => None,
    }
}

/// The count of `seq * n` for an int `n` (a `BigInt` stands for one past 64 bits, which
/// [`repeat_times`] and [`index_overflow`] turn into CPython's `OverflowError`).
fn repeat_count(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => Some(if num_traits::Signed::is_negative(&**b) {
            0
        } else {
            i64::MAX
        }),
        _ => None,
    }
}

/// `PyNumber_AsSsize_t(n, PyExc_OverflowError)`'s error for an int past 64 bits, either sign.
fn index_overflow(n: &Value) -> PyResult<()> {
    if let Value::BigInt(_) = n {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    Ok(())
}

/// Whether `v` (or the value of a subclass instance) is a builtin sequence with
/// CPython's `sq_repeat`: str, bytes, bytearray, list, tuple.
fn repeatable(v: &Value) -> bool {
    let plain = |v: &Value| {
        matches!(
            v,
            Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::List(_)
                | Value::Tuple(_)
        )
    };
    plain(v)
        || (matches!(v, Value::Instance(_))
            && crate::objects::base_value(v).is_some_and(|b| plain(&b)))
}

/// How many copies `seq * n` makes of a sequence of `len` items of `item_bytes` each,
/// checked as CPython checks it: a count past 64 bits is an `OverflowError`, a result too
/// large to build (past `MAX_RESULT_LEN` bytes, or past this machine's address space:
/// wasm32's is 2**32) a `MemoryError` — where an allocation of that size would abort the
/// process or trap the page. Never a count truncated to the machine's word.
fn repeat_times(n: &Value, len: usize, item_bytes: usize) -> PyResult<usize> {
    index_overflow(n)?;
    let n = repeat_count(n).unwrap_or(0);
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    usize::try_from(n)
        .ok()
        .filter(|n| crate::format::fits(n.saturating_mul(len).saturating_mul(item_bytes)))
        .ok_or_else(PyErr::memory)
}

impl Interp {
    /// `a op b` (or `a op= b`).
    pub fn binary_op(
        &mut self,
        a: &Value,
        b: &Value,
        k: BinOpKind,
        inplace: bool,
    ) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let r = match k {
                BinOpKind::Add => x.checked_add(*y),
                BinOpKind::Sub => x.checked_sub(*y),
                BinOpKind::Mul => x.checked_mul(*y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        if inplace {
            if let Some(r) = self.inplace_builtin(a, b, k)? {
                return Ok(r);
            }
            if let Value::Instance(_) = a {
                let (_, _, _, iname) = names(k);
                if let Some(m) = self.user_method(a, iname)? {
                    let r = self.call(&m, std::slice::from_ref(b), &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        let r = self.builtin_binop(a, b, k)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        if k == BinOpKind::Or {
            let is_t = |v: &Value| {
                matches!(v, Value::Type(_)) || crate::objects::alias::union_args(v).len() > 1
            };
            // (Unless a metaclass defines `|` itself.)
            let meta_defines = |v: &Value, n: &str| match v {
                Value::Type(c) => c
                    .metaclass
                    .as_ref()
                    .and_then(|m| m.lookup_with_owner(n))
                    .is_some_and(|(_, o)| !o.builtin),
                _ => false,
            };
            let union = (is_t(a) && (is_t(b) || b.is_none())) || (is_t(b) && a.is_none());
            if union && !meta_defines(a, "__or__") && !meta_defines(b, "__ror__") {
                if let Some(m) = crate::objects::t().type_.lookup("__or__") {
                    return self.call(&m, &[a.clone(), b.clone()], &[]);
                }
            }
        }
        let (sym, name, rname, _) = names(k);
        let ta = a.type_of();
        let tb = b.type_of();
        let same = Rc::ptr_eq(&ta, &tb);
        let b_first = !same
            && tb.is_subtype(&ta)
            && tb
                .lookup_with_owner(rname)
                .map(|(_, o)| !o.builtin)
                .unwrap_or(false);
        if b_first {
            if let Some(m) = self.user_method(b, rname)? {
                let r = self.call(&m, std::slice::from_ref(a), &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = self.user_method(a, name)? {
            let r = self.call(&m, std::slice::from_ref(b), &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !same && !b_first {
            if let Some(m) = self.user_method(b, rname)? {
                let r = self.call(&m, std::slice::from_ref(a), &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if k == BinOpKind::Mul {
            // CPython's `sequence_repeat`, once no `__mul__`/`__rmul__` answered: the left
            // operand's repetition first (in place for `*=` on a list or bytearray).
            if repeatable(a) {
                return self.sequence_repeat(a, b, inplace);
            }
            if repeatable(b) {
                return self.sequence_repeat(b, a, false);
            }
        }
        let (ba, bb) = (crate::objects::base_value(a), crate::objects::base_value(b));
        if ba.is_some() || bb.is_some() {
            let x = ba.unwrap_or_else(|| a.clone());
            let y = bb.unwrap_or_else(|| b.clone());
            return self.binary_op(&x, &y, k, inplace);
        }
        let b_user = false;
        match (k, a) {
            (BinOpKind::Add, Value::Str(_)) if !b_user => {
                return Err(PyErr::type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    tb.tp_name()
                )));
            }
            (BinOpKind::Add, Value::List(_)) if !b_user => {
                return Err(PyErr::type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    tb.tp_name()
                )));
            }
            (BinOpKind::Add, Value::Tuple(_)) if !b_user => {
                return Err(PyErr::type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    tb.tp_name()
                )));
            }
            _ => {}
        }
        if k == BinOpKind::Pow && !inplace {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                ta.tp_name(),
                tb.tp_name()
            )));
        }
        let sym = if inplace {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            ta.tp_name(),
            tb.tp_name()
        )))
    }

    /// `seq * n` once `n` is not a plain int: an int subclass's value, or `n.__index__()`;
    /// anything else is CPython's "can't multiply sequence by non-int".
    fn sequence_repeat(&mut self, seq: &Value, n: &Value, inplace: bool) -> PyResult<Value> {
        let count = match n {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => n.clone(),
            _ => match crate::objects::base_value(n) {
                Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => b,
                _ => match self.user_method(n, "__index__")? {
                    Some(m) => match self.call(&m, &[], &[])? {
                        r @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => r,
                        r => match crate::objects::base_value(&r) {
                            Some(b @ (Value::Int(_) | Value::BigInt(_))) => b,
                            _ => {
                                return Err(PyErr::type_error(format!(
                                    "__index__ returned non-int (type {})",
                                    r.type_name()
                                )))
                            }
                        },
                    },
                    None => {
                        return Err(PyErr::type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            n.type_name()
                        )))
                    }
                },
            },
        };
        let value = match crate::objects::base_value(seq) {
            Some(b) if matches!(seq, Value::Instance(_)) => b,
            _ => seq.clone(),
        };
        // `*=` repeats a list or bytearray (a subclass's too) in place and keeps the object.
        if inplace
            && self
                .inplace_builtin(&value, &count, BinOpKind::Mul)?
                .is_some()
        {
            return Ok(seq.clone());
        }
        self.builtin_binop(&value, &count, BinOpKind::Mul)
    }

    /// A dunder defined by a user class (not a builtin one), bound.
    pub(crate) fn user_method(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let cls = obj.type_of();
        match cls.lookup_with_owner(name) {
            Some((m, owner)) if !owner.builtin && !m.is_none() => {
                Ok(Some(self.bind_descriptor(&m, obj, &cls)?))
            }
            _ => Ok(None),
        }
    }

    fn inplace_builtin(&mut self, a: &Value, b: &Value, k: BinOpKind) -> PyResult<Option<Value>> {
        match (a, k) {
            (Value::List(l), BinOpKind::Add) => {
                if !self.is_iterable(b) {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not iterable",
                        b.type_name()
                    )));
                }
                let items = self.iterate(b)?;
                l.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (Value::List(l), BinOpKind::Mul) => {
                if repeat_count(b).is_none() {
                    return Ok(None);
                }
                let cur = l.borrow().clone();
                let n = repeat_times(b, cur.len(), std::mem::size_of::<Value>())?;
                let mut out = Vec::with_capacity(cur.len() * n);
                for _ in 0..n {
                    out.extend(cur.iter().cloned());
                }
                *l.borrow_mut() = out;
                Ok(Some(a.clone()))
            }
            (Value::ByteArray(x), BinOpKind::Mul) => {
                if repeat_count(b).is_none() {
                    return Ok(None);
                }
                let cur = x.borrow().clone();
                let n = repeat_times(b, cur.len(), 1)?;
                *x.borrow_mut() = cur.repeat(n);
                Ok(Some(a.clone()))
            }
            (Value::Set(s), BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor) => {
                if !matches!(b, Value::Set(_) | Value::FrozenSet(_)) {
                    return Ok(None);
                }
                let r = self.builtin_binop(a, b, k)?;
                if let Value::Set(n) | Value::FrozenSet(n) = &r {
                    let data = n.borrow().clone();
                    *s.borrow_mut() = data;
                    return Ok(Some(a.clone()));
                }
                Ok(None)
            }
            (Value::Dict(d), BinOpKind::Or) => {
                let items = self.mapping_items(b)?;
                for (key, v) in items {
                    self.dict_set(d, key, v)?;
                }
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// Operators between builtin values; NotImplemented otherwise.
    pub(crate) fn builtin_binop(&mut self, a: &Value, b: &Value, k: BinOpKind) -> PyResult<Value> {
        use BinOpKind::*;
        if int_ref(a).is_some() && int_ref(b).is_some() {
            if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
                match k {
                    And => return Ok(Value::Bool(*x && *y)),
                    Or => return Ok(Value::Bool(*x || *y)),
                    Xor => return Ok(Value::Bool(*x != *y)),
                    _ => {}
                }
            }
            let op = match k {
                Add => "+",
                Sub => "-",
                Mul => "*",
                TrueDiv => "/",
                FloorDiv => "//",
                Mod => "%",
                Pow => "**",
                LShift => "<<",
                RShift => ">>",
                And => "&",
                Or => "|",
                Xor => "^",
                MatMul => return Ok(Value::NotImplemented),
            };
            return int_binop(op, a, b);
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            let op = match k {
                Add => "+",
                Sub => "-",
                Mul => "*",
                TrueDiv => "/",
                Pow => "**",
                FloorDiv => "//",
                Mod => "%",
                _ => return Ok(Value::NotImplemented),
            };
            return crate::objects::complex::complex_binop(op, a, b);
        }
        let a_num = matches!(
            a,
            Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
        );
        let b_num = matches!(
            b,
            Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
        );
        if a_num && b_num {
            let x = as_f64(a).ok_or_else(|| {
                PyErr::new(ExcKind::OverflowError, "int too large to convert to float")
            })?;
            let y = as_f64(b).ok_or_else(|| {
                PyErr::new(ExcKind::OverflowError, "int too large to convert to float")
            })?;
            return Ok(match k {
                Add => Value::Float(x + y),
                Sub => Value::Float(x - y),
                Mul => Value::Float(x * y),
                TrueDiv => Value::Float(crate::format::float_truediv(x, y)?),
                FloorDiv => Value::Float(crate::format::float_floordiv(x, y)?),
                Mod => Value::Float(crate::format::float_mod(x, y)?),
                Pow => {
                    if x < 0.0 && y.fract() != 0.0 && x.is_finite() && y.is_finite() {
                        return crate::objects::complex::complex_binop(
                            "**",
                            &crate::objects::complex::complex(x, 0.0),
                            &Value::Float(y),
                        );
                    }
                    Value::Float(crate::format::float_pow(x, y)?)
                }
                _ => Value::NotImplemented,
            });
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) if k == Add => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (Value::Str(x), n) | (n, Value::Str(x)) if k == Mul && repeat_count(n).is_some() => {
                index_overflow(n)?;
                let n = repeat_count(n).unwrap_or(0);
                Value::string(crate::strings::repeat(x.as_str(), n)?)
            }
            (Value::Str(x), _) if k == Mod => Value::string(self.percent_format(x.as_str(), b)?),
            (Value::Bytes(_) | Value::ByteArray(_), _)
                if k == Add && crate::objects::bytes_of(b).is_some() =>
            {
                let mut v = crate::objects::bytes_of(a).unwrap_or_default();
                v.extend(crate::objects::bytes_of(b).unwrap_or_default());
                if matches!(a, Value::ByteArray(_)) {
                    Value::ByteArray(Rc::new(RefCell::new(v)))
                } else {
                    Value::Bytes(Rc::from(v))
                }
            }
            (Value::Bytes(_), Value::Str(_)) if k == Add => {
                return Err(PyErr::type_error("can't concat str to bytes"));
            }
            (Value::Bytes(x), _) if k == Mod => {
                let text: String = x.iter().map(|&c| c as char).collect();
                let args = match b {
                    Value::Tuple(t) => Value::tuple(
                        t.iter()
                            .map(|v| match v {
                                Value::Bytes(bb) => {
                                    Value::string(bb.iter().map(|&c| c as char).collect())
                                }
                                o => o.clone(),
                            })
                            .collect(),
                    ),
                    Value::Bytes(bb) => Value::string(bb.iter().map(|&c| c as char).collect()),
                    o => o.clone(),
                };
                let out = self.percent_format(&text, &args)?;
                Value::Bytes(Rc::from(
                    out.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>(),
                ))
            }
            (Value::Bytes(x), n) | (n, Value::Bytes(x))
                if k == Mul && repeat_count(n).is_some() =>
            {
                let n = repeat_times(n, x.len(), 1)?;
                Value::Bytes(Rc::from(x.repeat(n)))
            }
            (Value::ByteArray(x), n) | (n, Value::ByteArray(x))
                if k == Mul && repeat_count(n).is_some() =>
            {
                let x = x.borrow();
                let n = repeat_times(n, x.len(), 1)?;
                Value::ByteArray(Rc::new(RefCell::new(x.repeat(n))))
            }
            (Value::List(x), Value::List(y)) if k == Add => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (Value::Tuple(x), Value::Tuple(y)) if k == Add => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (Value::List(x), n) | (n, Value::List(x)) if k == Mul && repeat_count(n).is_some() => {
                let cur = x.borrow();
                let n = repeat_times(n, cur.len(), std::mem::size_of::<Value>())?;
                let mut v = Vec::with_capacity(cur.len() * n);
                for _ in 0..n {
                    v.extend(cur.iter().cloned());
                }
                Value::list(v)
            }
            (Value::Tuple(x), n) | (n, Value::Tuple(x))
                if k == Mul && repeat_count(n).is_some() =>
            {
                let n = repeat_times(n, x.len(), std::mem::size_of::<Value>())?;
                let mut v = Vec::with_capacity(x.len() * n);
                for _ in 0..n {
                    v.extend(x.iter().cloned());
                }
                Value::tuple(v)
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y))
                if matches!(k, Or | And | Sub | Xor) =>
            {
                let out = Rc::new(RefCell::new(DictData::new_set()));
                match k {
                    Or => {
                        out.borrow_mut().set_copy_from(&x.borrow());
                        self.set_update_from(&out, y)?;
                    }
                    And => {
                        let (big, small) = if y.borrow().len() > x.borrow().len() {
                            (y, x)
                        } else {
                            (x, y)
                        };
                        for v in small.borrow().keys() {
                            if self.dict_get(big, &v)?.is_some() {
                                self.set_add(&out, v)?;
                            }
                        }
                    }
                    Sub => {
                        for v in x.borrow().keys() {
                            if self.dict_get(y, &v)?.is_none() {
                                self.set_add(&out, v)?;
                            }
                        }
                    }
                    _ => {
                        out.borrow_mut().set_copy_from(&x.borrow());
                        for v in y.borrow().keys() {
                            if !self.dict_del(&out, &v)? {
                                self.set_add(&out, v)?;
                            }
                        }
                    }
                }
                if matches!(a, Value::FrozenSet(_)) {
                    Value::FrozenSet(out)
                } else {
                    Value::Set(out)
                }
            }
            (Value::DictView(x), _)
                if x.kind == crate::objects::ViewKind::Items
                    && matches!(k, Or | And | Sub | Xor)
                    && self.is_iterable(b) =>
            {
                let items = x.dict.borrow().items();
                let s = Rc::new(RefCell::new(DictData::new_set()));
                for (kk, vv) in items {
                    self.set_add(&s, Value::tuple(vec![kk, vv]))?;
                }
                let other = Rc::new(RefCell::new(DictData::new_set()));
                for v in self.iterate(b)? {
                    self.set_add(&other, v)?;
                }
                return self.builtin_binop(&Value::Set(s), &Value::Set(other), k);
            }
            (Value::DictView(x), _)
                if x.kind == crate::objects::ViewKind::Keys
                    && matches!(k, Or | And | Sub | Xor)
                    && self.is_iterable(b) =>
            {
                let keys = x.dict.borrow().keys();
                let s = Rc::new(RefCell::new(DictData::new_set()));
                for v in keys {
                    self.set_add(&s, v)?;
                }
                let other = Rc::new(RefCell::new(DictData::new_set()));
                for v in self.iterate(b)? {
                    self.set_add(&other, v)?;
                }
                return self.builtin_binop(&Value::Set(s), &Value::Set(other), k);
            }
            (Value::Dict(x), Value::Dict(y)) if k == Or => {
                let out = Rc::new(RefCell::new(x.borrow().clone()));
                for (key, v) in y.borrow().items() {
                    self.dict_set(&out, key, v)?;
                }
                Value::Dict(out)
            }
            _ => Value::NotImplemented,
        })
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, a: &Value, k: UnaryKind) -> PyResult<Value> {
        let r = match (a, k) {
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), UnaryKind::Neg) => int_neg(a),
            (Value::Int(_) | Value::BigInt(_), UnaryKind::Pos) => a.clone(),
            (Value::Bool(b), UnaryKind::Pos) => Value::Int(*b as i64),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), UnaryKind::Invert) => int_invert(a),
            (Value::Float(f), UnaryKind::Neg) => Value::Float(-f),
            (Value::Float(f), UnaryKind::Pos) => Value::Float(*f),
            (Value::Complex(c), UnaryKind::Neg) => crate::objects::complex::complex(-c.0, -c.1),
            (Value::Complex(_), UnaryKind::Pos) => a.clone(),
            (_, UnaryKind::Not) => Value::Bool(!self.truthy(a)?),
            _ => Value::NotImplemented,
        };
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        let (name, sym) = match k {
            UnaryKind::Neg => ("__neg__", "-"),
            UnaryKind::Pos => ("__pos__", "+"),
            UnaryKind::Invert => ("__invert__", "~"),
            UnaryKind::Not => ("__bool__", "not"),
        };
        if let Some(m) = self.user_method(a, name)? {
            return self.call(&m, &[], &[]);
        }
        if let Some(b) = numeric_base(a) {
            return self.unary_op(&b, k);
        }
        Err(PyErr::type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            a.type_name()
        )))
    }

    /// `abs(a)`.
    pub fn abs_of(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(int_abs(a)),
            Value::Float(f) => Ok(Value::Float(f.abs())),
            Value::Complex(c) => Ok(Value::Float(c.0.hypot(c.1))),
            _ => match self.user_method(a, "__abs__")? {
                Some(m) => self.call(&m, &[], &[]),
                None => match numeric_base(a) {
                    Some(b) => self.abs_of(&b),
                    None => Err(PyErr::type_error(format!(
                        "bad operand type for abs(): '{}'",
                        a.type_name()
                    ))),
                },
            },
        }
    }
}

/// The value of an instance of a subclass of int, float or complex.
fn numeric_base(v: &Value) -> Option<Value> {
    match crate::objects::base_value(v) {
        Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_))) => {
            Some(b)
        }
        _ => None,
    }
}
