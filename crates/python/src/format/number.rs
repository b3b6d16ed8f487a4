//! `format(value, spec)` for `int`, `bool`, `float` and `str`: the type-specific halves
//! of the format-spec mini-language, with CPython's checks and messages.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::convert::int_to_f64;
use super::digits::{float_repr, render, Style};
use super::error::{check_len, FmtResult, FormatError};
use super::intstr::{int_str, radix_digits};
use super::spec::{code_repr, layout_number, pad, Align, FormatSpec, Number};

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(ty),
        type_name
    ))
}

/// `format(n, spec)` for an `int` (or `bool`, or an int subclass: `type_name` is used in
/// messages). An empty spec gives `str(n)`; callers formatting a `bool` with an empty
/// spec must produce `True`/`False` themselves, as `bool.__str__` does.
pub fn format_int(n: &BigInt, spec: &str, type_name: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return int_str(n);
    }
    let parsed = FormatSpec::parse(spec, type_name, Some('d'))?;
    format_int_parsed(n, &parsed, type_name)
}

/// [`format_int`] for a machine integer.
pub fn format_i64(n: i64, spec: &str, type_name: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(n.to_string());
    }
    format_int(&BigInt::from(n), spec, type_name)
}

/// [`format_int`] with an already parsed spec.
pub fn format_int_parsed(n: &BigInt, spec: &FormatSpec, type_name: &str) -> FmtResult<String> {
    let ty = spec.ty.unwrap_or('d');
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(n)?;
            return format_float_parsed(x, spec);
        }
        _ => return Err(unknown_code(ty, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        return format_int_char(n, spec);
    }
    let negative = n.sign() == Sign::Minus;
    let digits = if radix == 10 {
        let s = int_str(n)?;
        s.trim_start_matches('-').to_string()
    } else {
        radix_digits(n.magnitude(), radix, ty == 'X')
    };
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let number = Number {
        sign: spec.sign_text(negative),
        prefix,
        digits: &digits,
        rest: "",
        every: if radix == 10 { 3 } else { 4 },
    };
    layout_number(&number, spec)
}

fn format_int_char(n: &BigInt, spec: &FormatSpec) -> FmtResult<String> {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    if n.to_i64().is_none() {
        return Err(FormatError::overflow(
            "Python int too large to convert to C long",
        ));
    }
    let c = n
        .to_u32()
        .filter(|v| *v < 0x11_0000)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    // Lone surrogates cannot live in a Rust string; show U+FFFD in their place.
    let c = char::from_u32(c).unwrap_or('\u{FFFD}');
    let text = c.to_string();
    let number = Number {
        sign: "",
        prefix: "",
        digits: "",
        rest: &text,
        every: 3,
    };
    layout_number(&number, spec)
}

/// `format(x, spec)` for a `float`. An empty spec gives `repr(x)`.
pub fn format_float(x: f64, spec: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let parsed = FormatSpec::parse(spec, "float", None)?;
    format_float_parsed(x, &parsed)
}

/// [`format_float`] with an already parsed spec (also used for ints with float types).
pub fn format_float_parsed(x: f64, spec: &FormatSpec) -> FmtResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, "float"));
        }
    }
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => {
            return Err(FormatError::value("precision too big"));
        }
        p => p,
    };
    let p = precision.unwrap_or(6);
    check_len(p)?;
    let (style, upper) = match ty {
        Some('e') => (Style::Exp(p), false),
        Some('E') => (Style::Exp(p), true),
        Some('f') | Some('%') => (Style::Fixed(p), false),
        Some('F') => (Style::Fixed(p), true),
        Some('g') | Some('n') => (Style::General(p), false),
        Some('G') => (Style::General(p), true),
        _ => match precision {
            Some(p) => (Style::GeneralDot(p), false),
            None => (Style::Repr, false),
        },
    };
    let value = if ty == Some('%') { x * 100.0 } else { x };
    let mut negative = value.is_sign_negative() && !value.is_nan();
    let mut body = if value.is_nan() {
        "nan".to_string()
    } else if value.is_infinite() {
        "inf".to_string()
    } else {
        render(value.abs(), style, spec.alternate, upper)
    };
    if upper {
        body = body.to_uppercase();
    }
    if ty == Some('%') {
        body.push('%');
    }
    if negative && spec.no_neg_zero && value.is_finite() {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        if mantissa.chars().all(|c| !c.is_ascii_digit() || c == '0') {
            negative = false;
        }
    }
    let split = if value.is_finite() {
        body.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len())
    } else {
        0
    };
    let (digits, rest) = body.split_at(split);
    let number = Number {
        sign: spec.sign_text(negative),
        prefix: "",
        digits,
        rest,
        every: 3,
    };
    layout_number(&number, spec)
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = FormatSpec::parse(spec, "str", Some('s'))?;
    format_str_parsed(s, &parsed)
}

/// [`format_str`] with an already parsed spec.
pub fn format_str_parsed(s: &str, spec: &FormatSpec) -> FmtResult<String> {
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((byte, _)) => s.get(..byte).unwrap_or(s),
            None => s,
        },
        None => s,
    };
    pad(
        text,
        spec.width,
        spec.fill_char(),
        spec.align.unwrap_or(Align::Left),
    )
}

/// The message `object.__format__` raises for a non-empty spec on a type without its own
/// `__format__`: `unsupported format string passed to T.__format__` (a `TypeError`).
pub fn unsupported_format_string(type_name: &str) -> FormatError {
    FormatError::type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name
    ))
}
