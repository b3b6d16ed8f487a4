//! `complex`: arithmetic and CPython's repr (`(1+2j)`, `2j`).

use super::error::PyErr;
use super::{ExcKind, PyResult, Value};

/// A complex number's parts.
pub fn parts(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Complex(c) => Some(**c),
        Value::Float(f) => Some((*f, 0.0)),
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(b) => Some((*b as i64 as f64, 0.0)),
        Value::BigInt(b) => crate::format::int_to_f64(b).ok().map(|f| (f, 0.0)),
        _ => None,
    }
}

/// Make a complex value.
pub fn complex(re: f64, im: f64) -> Value {
    Value::Complex(std::rc::Rc::new((re, im)))
}

fn part_repr(x: f64) -> String {
    let s = crate::format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// CPython's `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = part_repr(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = part_repr(re);
    let sign = if im.is_sign_negative() && !im.is_nan() {
        ""
    } else {
        "+"
    };
    format!("({real}{sign}{imag}j)")
}

/// `a op b` where at least one side is complex; NotImplemented when the other side is not a number.
pub fn complex_binop(op: &str, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some((ar, ai)), Some((br, bi))) = (parts(a), parts(b)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(match op {
        "+" => complex(ar + br, ai + bi),
        "-" => complex(ar - br, ai - bi),
        "*" => complex(ar * br - ai * bi, ar * bi + ai * br),
        "/" => {
            if br == 0.0 && bi == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "complex division by zero",
                ));
            }
            let (re, im) = divide(ar, ai, br, bi);
            complex(re, im)
        }
        "**" => {
            if br == 0.0 && bi == 0.0 {
                return Ok(complex(1.0, 0.0));
            }
            if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(PyErr::new(
                        ExcKind::ZeroDivisionError,
                        "0.0 to a negative or complex power",
                    ));
                }
                return Ok(complex(0.0, 0.0));
            }
            if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
                // Repeated multiplication, like CPython's c_powi for small integer exponents.
                let n = br.abs() as u32;
                let (mut rr, mut ri) = (1.0, 0.0);
                let (mut xr, mut xi) = (ar, ai);
                let mut k = n;
                while k > 0 {
                    if k & 1 == 1 {
                        let t = rr * xr - ri * xi;
                        ri = rr * xi + ri * xr;
                        rr = t;
                    }
                    let t = xr * xr - xi * xi;
                    xi *= 2.0 * xr;
                    xr = t;
                    k >>= 1;
                }
                if br < 0.0 {
                    let (r, i) = divide(1.0, 0.0, rr, ri);
                    return Ok(complex(r, i));
                }
                return Ok(complex(rr, ri));
            }
            let vabs = ar.hypot(ai);
            let mut len = vabs.powf(br);
            let at = ai.atan2(ar);
            let mut phase = at * br;
            if bi != 0.0 {
                len /= (at * bi).exp();
                phase += bi * vabs.ln();
            }
            complex(len * phase.cos(), len * phase.sin())
        }
        "//" | "%" => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op,
                a.type_name(),
                b.type_name()
            )))
        }
        _ => Value::NotImplemented,
    })
}

fn divide(ar: f64, ai: f64, br: f64, bi: f64) -> (f64, f64) {
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

/// Parse `complex("1+2j")`.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => crate::format::parse_float(x).ok()?,
        };
        let re = if re.is_empty() {
            0.0
        } else {
            crate::format::parse_float(re).ok()?
        };
        return Some((re, im));
    }
    crate::format::parse_float(t).ok().map(|r| (r, 0.0))
}
