//! The format-spec mini-language (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`):
//! parsing with CPython's error messages, and the padding, alignment and digit grouping
//! shared by every type's `__format__`.

use super::error::{check_len, FmtResult, FormatError};

/// Where padding goes: `<`, `>`, `^` or `=` (between sign and digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`
    AfterSign,
}

/// A parsed format spec. Fields hold what was written; the type-specific formatters
/// resolve defaults (such as the `0` flag's fill and alignment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The explicit fill character, if one was written before an alignment.
    pub fill: Option<char>,
    /// The explicit alignment.
    pub align: Option<Align>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// `z`: turn negative zero into zero after rounding (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (only when no fill was given).
    pub zero: bool,
    /// The minimum width in characters.
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    /// The precision.
    pub precision: Option<usize>,
    /// The presentation type, or the default type the caller supplied.
    pub ty: Option<char>,
}

/// How CPython names a format code in messages: the character itself when printable
/// ASCII, else `\x` and its hex value (`'\xe9'`).
pub fn code_repr(c: char) -> String {
    if ('!'..='~').contains(&c) {
        c.to_string()
    } else {
        format!("\\x{:x}", u32::from(c))
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn too_many_digits() -> FormatError {
    FormatError::value("Too many decimal digits in format string")
}

/// Reads a run of ASCII digits as a number; `None` if there are none.
fn read_number(chars: &[char], pos: &mut usize) -> FmtResult<Option<usize>> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(value) })
}

impl FormatSpec {
    /// Parses `spec` for an object of type `type_name` (used in messages).
    /// `default_type` is the type assumed when none is written (`Some('s')` for `str`,
    /// `Some('d')` for `int`, `None` for `float`); it matters for grouping checks.
    pub fn parse(spec: &str, type_name: &str, default_type: Option<char>) -> FmtResult<Self> {
        let chars: Vec<char> = spec.chars().collect();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: default_type,
        };
        if let (Some(&f), Some(a)) = (chars.first(), chars.get(1).and_then(|c| align_of(*c))) {
            out.fill = Some(f);
            out.align = Some(a);
            pos = 2;
        } else if let Some(a) = chars.first().and_then(|c| align_of(*c)) {
            out.align = Some(a);
            pos = 1;
        }
        if let Some(&s @ ('+' | '-' | ' ')) = chars.get(pos) {
            out.sign = Some(s);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && chars.get(pos) == Some(&'0') {
            out.zero = true;
            pos += 1;
        }
        out.width = read_number(&chars, &mut pos)?;
        if let Some(&g @ (',' | '_')) = chars.get(pos) {
            out.grouping = Some(g);
            pos += 1;
            let other = if g == ',' { '_' } else { ',' };
            if chars.get(pos) == Some(&other) {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            out.precision = read_number(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        let rest = chars.len().saturating_sub(pos);
        if rest > 1 {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            )));
        }
        if let Some(&t) = chars.get(pos) {
            out.ty = Some(t);
        }
        if let Some(g) = out.grouping {
            let ok = match out.ty {
                None => true,
                Some(t) => {
                    matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%')
                        || (g == '_' && matches!(t, 'b' | 'o' | 'x' | 'X'))
                }
            };
            if !ok {
                let t = out.ty.map(code_repr).unwrap_or_default();
                return Err(FormatError::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    g, t
                )));
            }
        }
        Ok(out)
    }

    /// The fill character in effect: explicit, else `0` under the `0` flag, else space.
    pub fn fill_char(&self) -> char {
        match self.fill {
            Some(f) => f,
            None if self.zero => '0',
            None => ' ',
        }
    }

    /// The alignment in effect for a number: explicit, else `=` under the `0` flag, else right.
    pub fn numeric_align(&self) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero => Align::AfterSign,
            None => Align::Right,
        }
    }

    /// The sign text for a value with the given sign.
    pub(crate) fn sign_text(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else {
            match self.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        }
    }
}

/// Pads `body` (already complete) to `width` characters with `fill`, placing it by `align`
/// (`=` acts as right alignment here). Centering puts the odd pad character on the right.
pub fn pad(body: &str, width: Option<usize>, fill: char, align: Align) -> FmtResult<String> {
    let len = body.chars().count();
    let width = width.unwrap_or(0);
    if width <= len {
        return Ok(body.to_string());
    }
    let total = width - len;
    let (left, right) = match align {
        Align::Left => (0, total),
        Align::Right | Align::AfterSign => (total, 0),
        Align::Center => (total / 2, total - total / 2),
    };
    check_len(
        total
            .saturating_mul(fill.len_utf8())
            .saturating_add(body.len()),
    )?;
    let mut out = String::with_capacity(body.len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Inserts `sep` every `every` digits from the right of `digits` (ASCII), first padding
/// with leading zeros until the grouped text is at least `min_len` long and does not
/// start with a separator.
pub(crate) fn group_digits(digits: &str, sep: char, every: usize, min_len: usize) -> String {
    let every = every.max(1);
    let grouped_len = |n: usize| n + n.saturating_sub(1) / every;
    // Start just below the answer: n digits take n + (n - 1) / every characters.
    let estimate = (min_len.saturating_mul(every) / (every + 1)).saturating_sub(1);
    let mut n = digits.len().max(1).max(estimate);
    while grouped_len(n) < min_len {
        n += 1;
    }
    let zeros = n - digits.len().min(n);
    let padded: Vec<u8> = std::iter::repeat_n(b'0', zeros)
        .chain(digits.bytes())
        .collect();
    let mut out = String::with_capacity(grouped_len(n));
    for (i, b) in padded.iter().enumerate() {
        if i > 0 && (padded.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(char::from(*b));
    }
    out
}

/// The pieces of a formatted number before padding: sign, prefix (`0x`), the integer
/// digits that grouping applies to, and the rest (fraction, exponent, `%`, `inf`).
pub(crate) struct Number<'a> {
    pub sign: &'a str,
    pub prefix: &'a str,
    pub digits: &'a str,
    pub rest: &'a str,
    /// Group every this many digits (3, or 4 for `_` with b/o/x/X).
    pub every: usize,
}

/// Applies grouping, fill, alignment and width to a number the way CPython does: with
/// `=` alignment and a `0` fill the padding becomes (grouped) leading zeros.
pub(crate) fn layout_number(n: &Number<'_>, spec: &FormatSpec) -> FmtResult<String> {
    let fill = spec.fill_char();
    let align = spec.numeric_align();
    let width = spec.width.unwrap_or(0);
    let fixed = n.sign.chars().count() + n.prefix.chars().count() + n.rest.chars().count();
    check_len(width.saturating_add(n.digits.len()).saturating_add(fixed))?;
    let zero_fill = align == Align::AfterSign && fill == '0' && !n.digits.is_empty();
    let digits = match spec.grouping {
        Some(sep) if !n.digits.is_empty() => {
            let min = if zero_fill {
                width.saturating_sub(fixed)
            } else {
                0
            };
            group_digits(n.digits, sep, n.every, min)
        }
        _ if zero_fill && width > fixed + n.digits.len() => {
            let mut s = "0".repeat(width - fixed - n.digits.len());
            s.push_str(n.digits);
            s
        }
        _ => n.digits.to_string(),
    };
    let len = fixed + digits.chars().count();
    if align == Align::AfterSign && width > len {
        let padding: String = std::iter::repeat_n(fill, width - len).collect();
        return Ok(format!(
            "{}{}{}{}{}",
            n.sign, n.prefix, padding, digits, n.rest
        ));
    }
    let body = format!("{}{}{}{}", n.sign, n.prefix, digits, n.rest);
    pad(&body, spec.width, fill, align)
}
