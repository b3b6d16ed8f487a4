//! Packing values into a layout's bytes and reading them back: the int conversions with
//! CPython's checks and messages, IEEE half precision, and `s`/`p` strings.

use std::rc::Rc;

use loopscope_python::objects::int::int_ref;
use loopscope_python::objects::Type;
use loopscope_python::{ExcKind, Interp, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::format::{Item, Layout, Packer, Wording};

/// `struct.error(msg)`.
pub fn error(interp: &mut Interp, cls: &Rc<Type>, msg: &str) -> PyErr {
    match interp.call(&Value::Type(cls.clone()), &[Value::str(msg)], &[]) {
        Ok(e) => PyErr::Exc(e),
        Err(e) => e,
    }
}

/// An int operand: most fit an `i64`.
enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(b) => b.to_i64(),
        }
    }

    fn to_u64(&self) -> Option<u64> {
        match self {
            Int::Small(i) => u64::try_from(*i).ok(),
            Int::Big(b) => b.to_u64(),
        }
    }

    fn negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.sign() == num_bigint::Sign::Minus,
        }
    }
}

/// The packing of one call: the interpreter and the module's error class.
pub struct Packing<'a> {
    pub interp: &'a mut Interp,
    pub error: &'a Rc<Type>,
}

impl Packing<'_> {
    fn fail(&mut self, msg: &str) -> PyErr {
        error(self.interp, self.error, msg)
    }

    /// An int, or an object with `__index__`: `required argument is not an integer`.
    fn int(&mut self, v: &Value) -> PyResult<Int> {
        match int_ref(v) {
            Some(loopscope_python::objects::int::IntRef::Small(i)) => return Ok(Int::Small(i)),
            Some(r) => return Ok(Int::Big(r.big())),
            None => {}
        }
        if let Value::Instance(_) = v {
            if self.interp.getattr_opt(v, "__index__")?.is_some() {
                let b = crate::args::to_bigint(self.interp, v)?;
                return Ok(match b.to_i64() {
                    Some(i) => Int::Small(i),
                    None => Int::Big(b),
                });
            }
        }
        Err(self.fail("required argument is not an integer"))
    }

    /// An int as a C `long`.
    fn long(&mut self, v: &Value) -> PyResult<i64> {
        let n = self.int(v)?;
        n.to_i64().ok_or_else(|| self.fail("argument out of range"))
    }

    /// An int as a C `unsigned long`.
    fn ulong(&mut self, v: &Value) -> PyResult<u64> {
        let n = self.int(v)?;
        n.to_u64().ok_or_else(|| self.fail("argument out of range"))
    }

    /// A float (`__float__`, `__index__`): any failure is `required argument is not a
    /// float`.
    fn float(&mut self, v: &Value) -> PyResult<f64> {
        match crate::args::to_f64(self.interp, v) {
            Ok(x) => Ok(x),
            Err(PyErr::Exc(_)) => Err(self.fail("required argument is not a float")),
            Err(e) => Err(e),
        }
    }

    /// Packs `values` (as many as the layout takes) into `out`, which is zeroed and the
    /// layout's size plus one: a zero-sized `p` writes its length byte just past its place
    /// (so possibly into that extra byte), as CPython's does.
    pub fn pack(&mut self, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
        let mut next = values.iter();
        let little = layout.little();
        for item in &layout.items {
            let mut at = item.offset as usize;
            for _ in 0..item.repeat {
                let Some(v) = next.next() else {
                    return Ok(());
                };
                let res = self.pack_one(item, v, &mut out[at..], little);
                if let Err(e) = res {
                    // CPython reports an int's overflow in any packer this way.
                    if e.is(ExcKind::OverflowError) && int_ref(v).is_some() {
                        return Err(self.fail("int too large to convert"));
                    }
                    return Err(e);
                }
                at += item.size as usize;
            }
        }
        Ok(())
    }

    fn pack_one(&mut self, item: &Item, v: &Value, out: &mut [u8], little: bool) -> PyResult<()> {
        let size = item.size as usize;
        let put = |out: &mut [u8], bytes: [u8; 8]| {
            if little {
                out[..size].copy_from_slice(&bytes[..size]);
            } else {
                out[..size].copy_from_slice(&bytes[8 - size..]);
            }
        };
        let word = |x: u64| {
            if little {
                x.to_le_bytes()
            } else {
                x.to_be_bytes()
            }
        };
        match item.packer {
            Packer::Char => match v {
                Value::Bytes(b) if b.len() == 1 => out[0] = b[0],
                _ => return Err(self.fail("char format requires a bytes object of length 1")),
            },
            Packer::Bool => out[0] = u8::from(self.interp.truthy(v)?),
            Packer::Bytes | Packer::Pascal => {
                let data = match v {
                    Value::Bytes(b) => b.to_vec(),
                    Value::ByteArray(b) => b.borrow().clone(),
                    _ => {
                        let msg = format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        );
                        return Err(self.fail(&msg));
                    }
                };
                if item.code == b's' {
                    let n = data.len().min(size);
                    out[..n].copy_from_slice(&data[..n]);
                } else if size == 0 {
                    out[0] = 0xff;
                } else {
                    let n = data.len().min(size - 1);
                    out[1..=n].copy_from_slice(&data[..n]);
                    out[0] = n.min(255) as u8;
                }
            }
            Packer::Signed { lo, hi, wording } => {
                let x = self.long(v)?;
                if x < lo || x > hi {
                    let msg = match wording {
                        Wording::Type(name) => {
                            format!("{name} format requires {lo} <= number <= {hi}")
                        }
                        Wording::Code => {
                            format!(
                                "'{}' format requires {lo} <= number <= {hi}",
                                item.code as char
                            )
                        }
                    };
                    return Err(self.fail(&msg));
                }
                put(out, word(x as u64));
            }
            Packer::Unsigned { max } => {
                let x = self.ulong(v)?;
                if x > max {
                    let msg = format!(
                        "'{}' format requires 0 <= number <= {max}",
                        item.code as char
                    );
                    return Err(self.fail(&msg));
                }
                put(out, word(x));
            }
            Packer::Whole { signed } => {
                let n = self.int(v)?;
                let x = if signed {
                    n.to_i64().map(|x| x as u64)
                } else {
                    n.to_u64()
                };
                let Some(x) = x else {
                    let msg = if !signed && n.negative() {
                        "can't convert negative int to unsigned"
                    } else {
                        "int too big to convert"
                    };
                    return Err(PyErr::new(ExcKind::OverflowError, msg));
                };
                put(out, word(x));
            }
            Packer::Pointer => {
                let n = self.int(v)?;
                let x = if n.negative() {
                    n.to_i64().map(|x| x as u64).ok_or_else(|| {
                        PyErr::new(
                            ExcKind::OverflowError,
                            "Python int too large to convert to C long",
                        )
                    })?
                } else {
                    n.to_u64().ok_or_else(|| {
                        PyErr::new(
                            ExcKind::OverflowError,
                            "Python int too large to convert to C unsigned long",
                        )
                    })?
                };
                put(out, word(x));
            }
            Packer::Half => {
                let x = self.float(v)?;
                let h = half_from_f64(x).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::OverflowError,
                        "float too large to pack with e format",
                    )
                })?;
                put(out, word(h.into()));
            }
            Packer::Float { checked } => {
                let x = self.float(v)?;
                let y = x as f32;
                if checked && y.is_infinite() && !x.is_infinite() {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "float too large to pack with f format",
                    ));
                }
                put(out, word(y.to_bits().into()));
            }
            Packer::Double => {
                let x = self.float(v)?;
                put(out, word(x.to_bits()));
            }
        }
        Ok(())
    }
}

/// Reads `layout`'s values from `data` (exactly its size).
pub fn unpack(layout: &Layout, data: &[u8]) -> PyResult<Vec<Value>> {
    let little = layout.little();
    let mut out = Vec::with_capacity(layout.len as usize);
    for item in &layout.items {
        let size = item.size as usize;
        let mut at = item.offset as usize;
        for _ in 0..item.repeat {
            out.push(unpack_one(item, &data[at..], little)?);
            at += size;
        }
    }
    Ok(out)
}

fn unpack_one(item: &Item, raw: &[u8], little: bool) -> PyResult<Value> {
    let size = item.size as usize;
    let word = || {
        let mut b = [0u8; 8];
        if little {
            b[..size].copy_from_slice(&raw[..size]);
            u64::from_le_bytes(b)
        } else {
            b[8 - size..].copy_from_slice(&raw[..size]);
            u64::from_be_bytes(b)
        }
    };
    Ok(match item.code {
        b'c' => Value::Bytes(raw[..1].into()),
        b'?' => Value::Bool(raw[0] != 0),
        b's' => Value::Bytes(raw[..size].into()),
        b'p' => {
            if size == 0 {
                return Err(PyErr::new(
                    ExcKind::SystemError,
                    "Negative size passed to PyBytes_FromStringAndSize",
                ));
            }
            let n = usize::from(raw[0]).min(size - 1);
            Value::Bytes(raw[1..=n].into())
        }
        b'e' => Value::Float(half_to_f64(word() as u16)),
        b'f' => Value::Float(f32::from_bits(word() as u32).into()),
        b'd' => Value::Float(f64::from_bits(word())),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - 8 * size as u32;
            Value::Int(((word() << shift) as i64) >> shift)
        }
        _ => {
            let x = word();
            match i64::try_from(x) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(BigInt::from(x)),
            }
        }
    })
}

/// `x` as IEEE 754 half-precision bits, rounded to nearest with ties to even (one
/// rounding, as CPython's `PyFloat_Pack2`); `None` when it rounds past the largest half.
pub fn half_from_f64(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // The binary exponent of `a` (doubles below 2**-1022 are far below any half).
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    if e < -14 {
        // Subnormal halves count steps of 2**-24; 1024 steps is the smallest normal,
        // whose bits are the same number.
        let steps = (a * pow2(24)).round_ties_even();
        return Some(sign | steps as u16);
    }
    if e > 15 {
        return None;
    }
    let mut exp = e;
    let mut steps = (a * pow2(10 - e)).round_ties_even();
    if steps == 2048.0 {
        exp += 1;
        steps = 1024.0;
    }
    if exp > 15 {
        return None;
    }
    Some(sign | (((exp + 15) as u16) << 10) | (steps as u16 - 1024))
}

/// The value of IEEE 754 half-precision bits `h`.
pub fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    let magnitude = match exp {
        0 => frac * pow2(-24),
        0x1f if frac == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        _ => (1024.0 + frac) * pow2(exp - 25),
    };
    magnitude.copysign(sign)
}

/// `2**k` for `k` in the normal range.
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}
