//! Decimal digit strings for floats: the shortest round-trip digits (what `repr` shows)
//! and correctly rounded fixed and exponent forms, laid out the way CPython lays them out.
//!
//! Rust's `{:e}` and `{:.N}` / `{:.Ne}` formatting already produce shortest round-trip and
//! correctly rounded (ties to even on the exact binary value) digits, which is what
//! CPython's float conversion produces too; this module only rearranges them.

/// Decimal digits of a finite, non-negative `x` with exponent: `x ≈ 0.d1d2d3… × 10^(exp+1)`,
/// i.e. the first digit has weight `10^exp`. `prec` = `None` gives the shortest digits
/// that round-trip; `Some(p)` gives `p + 1` significant digits, correctly rounded.
pub(crate) fn sci_digits(x: f64, prec: Option<usize>) -> (String, i32) {
    let text = match prec {
        None => shortest(x),
        Some(p) => sci_exact(x, p),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp)
}

/// Rust's formatting rejects precisions above 65535. A float's exact decimal expansion has
/// at most 767 significant digits and 1074 fractional digits, so beyond these limits the
/// remaining digits are zeros and can be appended.
const MAX_SIG_DIGITS: usize = 800;
const MAX_FRAC_DIGITS: usize = 1100;

/// `x` in exponent form with `p` digits after the point, correctly rounded.
fn sci_exact(x: f64, p: usize) -> String {
    let q = p.min(MAX_SIG_DIGITS);
    let text = format!("{:.*e}", q, x);
    if p == q {
        return text;
    }
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let dot = if q == 0 { "." } else { "" };
    format!("{}{}{}e{}", mantissa, dot, "0".repeat(p - q), exp)
}

/// `x` in fixed form with `p` digits after the point, correctly rounded.
pub(crate) fn fixed_exact(x: f64, p: usize) -> String {
    let q = p.min(MAX_FRAC_DIGITS);
    let mut text = format!("{:.*}", q, x);
    if p > q {
        text.push_str(&"0".repeat(p - q));
    }
    text
}

/// The shortest round-trip digits in `{:e}` form. When two candidates of that length are
/// equally close (the value lies exactly halfway), CPython takes the even one while Rust
/// may take the other, so prefer the correctly rounded candidate whenever it round-trips.
fn shortest(x: f64) -> String {
    let text = format!("{:e}", x);
    let digits = text
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let rounded = format!("{:.*e}", digits.saturating_sub(1), x);
    if rounded != text && rounded.parse::<f64>() == Ok(x) {
        rounded
    } else {
        text
    }
}

/// The exponent suffix CPython writes: `e+05`, `e-10`, `E+300` (at least two digits).
pub(crate) fn exp_suffix(exp: i32, upper: bool) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    let e = if upper { 'E' } else { 'e' };
    format!("{}{}{:02}", e, sign, exp.unsigned_abs())
}

/// Scientific layout of `digits` (first digit weighted `10^exp`): `d.ddde+XX`. `dot`
/// forces a decimal point even when there is a single digit.
pub(crate) fn layout_sci(digits: &str, exp: i32, dot: bool, upper: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 6);
    let mut chars = digits.chars();
    out.push(chars.next().unwrap_or('0'));
    let rest = chars.as_str();
    if !rest.is_empty() || dot {
        out.push('.');
    }
    out.push_str(rest);
    out.push_str(&exp_suffix(exp, upper));
    out
}

/// Fixed layout of `digits` (first digit weighted `10^exp`) with at least `min_frac`
/// digits after the point (padding zeros); `dot` forces a decimal point.
pub(crate) fn layout_fixed(digits: &str, exp: i32, min_frac: usize, dot: bool) -> String {
    let n = digits.len() as i64;
    let point = i64::from(exp) + 1; // digits before the decimal point
    let mut int_part = String::new();
    let mut frac_part = String::new();
    if point <= 0 {
        int_part.push('0');
        for _ in 0..(-point) {
            frac_part.push('0');
        }
        frac_part.push_str(digits);
    } else if point >= n {
        int_part.push_str(digits);
        for _ in 0..(point - n) {
            int_part.push('0');
        }
    } else {
        let split = point as usize;
        int_part.push_str(digits.get(..split).unwrap_or(""));
        frac_part.push_str(digits.get(split..).unwrap_or(""));
    }
    while frac_part.len() < min_frac {
        frac_part.push('0');
    }
    if frac_part.is_empty() && !dot {
        int_part
    } else {
        format!("{}.{}", int_part, frac_part)
    }
}

/// Drops trailing zeros (never the first digit).
pub(crate) fn trim_zeros(digits: &str) -> &str {
    let trimmed = digits.trim_end_matches('0');
    if trimmed.is_empty() {
        digits.get(..1).unwrap_or("")
    } else {
        trimmed
    }
}

/// How a float's digits are chosen and laid out, one per presentation type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// `e` / `E` with this many digits after the point.
    Exp(usize),
    /// `f` / `F` / `%` with this many digits after the point.
    Fixed(usize),
    /// `g` / `G` / `n` with this many significant digits (0 counts as 1).
    General(usize),
    /// No type but a precision: like `General`, but a fixed result keeps a `.0` and
    /// exponent notation starts one digit earlier.
    GeneralDot(usize),
    /// No type and no precision: the shortest round-trip digits, as `repr` shows them.
    Repr,
}

/// The text of a finite, non-negative `x` in `style`, without sign. `alt` is the `#`
/// flag: keep the decimal point and (for general styles) trailing zeros.
pub(crate) fn render(x: f64, style: Style, alt: bool, upper: bool) -> String {
    match style {
        Style::Exp(p) => {
            let (d, e) = sci_digits(x, Some(p));
            layout_sci(&d, e, alt, upper)
        }
        Style::Fixed(p) => {
            let mut s = fixed_exact(x, p);
            if alt && p == 0 {
                s.push('.');
            }
            s
        }
        Style::General(p) | Style::GeneralDot(p) => {
            let p = p.max(1);
            let dot0 = matches!(style, Style::GeneralDot(_));
            let (d, e) = sci_digits(x, Some(p - 1));
            let limit = if dot0 { p as i64 - 1 } else { p as i64 };
            let sci = e < -4 || i64::from(e) >= limit;
            let digits = if alt { d.as_str() } else { trim_zeros(&d) };
            if sci {
                layout_sci(digits, e, alt, upper)
            } else {
                let min_frac = if alt {
                    (p as i64 - 1 - i64::from(e)).max(0) as usize
                } else {
                    0
                };
                let s = layout_fixed(digits, e, min_frac, alt);
                if dot0 && !s.contains('.') {
                    s + ".0"
                } else {
                    s
                }
            }
        }
        Style::Repr => {
            let (d, e) = sci_digits(x, None);
            if !(-4..16).contains(&e) {
                layout_sci(&d, e, alt, upper)
            } else {
                let s = layout_fixed(&d, e, 0, alt);
                if s.ends_with('.') {
                    s + "0"
                } else if s.contains('.') {
                    s
                } else {
                    s + ".0"
                }
            }
        }
    }
}

/// `repr(x)` / `str(x)` for a float, exactly as CPython 3.11 writes it: shortest
/// round-trip digits, exponent notation below `1e-4` and from `1e16` on, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let body = render(x.abs(), Style::Repr, false, false);
    if x.is_sign_negative() {
        format!("-{}", body)
    } else {
        body
    }
}
