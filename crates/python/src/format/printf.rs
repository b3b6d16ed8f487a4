//! printf-style formatting for `str % args`: parsing the template into literal text and
//! conversions, and formatting one int, float or string per conversion with its flags.
//!
//! The interpreter walks the pieces in order, fetching arguments as each conversion asks
//! (`*` width and precision first, then the value) and raising the messages given here,
//! so that errors surface in the same order as in CPython.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::digits::{render, Style};
use super::error::{check_len, FmtResult, FormatError};
use super::intstr::{int_str, radix_digits};

/// A width or precision: written out, or `*` (taken from the next argument).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// A number written in the template.
    Fixed(usize),
    /// `*`.
    Star,
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintfSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// `-`: left-justify.
    pub left: bool,
    /// `+` (wins over space) or ` `: sign for non-negative numbers.
    pub sign: Option<char>,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
    /// The minimum width.
    pub width: Option<Count>,
    /// The precision.
    pub precision: Option<Count>,
    /// The conversion type character (possibly an unsupported one, see [`Self::is_supported`]).
    pub ty: char,
    /// The character index of `ty` in the template, for error messages.
    pub index: usize,
}

/// A piece of a parsed `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintfPiece {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Conversion(PrintfSpec),
    /// A `%(` whose key never closes: raise `TypeError: format requires a mapping` if the
    /// arguments are not a mapping, else `ValueError: incomplete format key`.
    IncompleteKey,
    /// A parse error to raise when reached (after the earlier pieces were formatted).
    /// CPython takes `*` arguments as it parses, so first take `stars` arguments (0 to
    /// 2) as for `*`, raising their errors (`* wants int`, not enough arguments) instead.
    Error {
        /// How many `*` arguments the conversion took before the error.
        stars: u8,
        /// The error.
        error: FormatError,
    },
}

/// `TypeError: not enough arguments for format string`.
pub fn not_enough_arguments() -> FormatError {
    FormatError::type_error("not enough arguments for format string")
}

/// `TypeError: not all arguments converted during string formatting`.
pub fn not_all_converted() -> FormatError {
    FormatError::type_error("not all arguments converted during string formatting")
}

/// `TypeError: format requires a mapping`.
pub fn requires_mapping() -> FormatError {
    FormatError::type_error("format requires a mapping")
}

/// `ValueError: incomplete format key`.
pub fn incomplete_key() -> FormatError {
    FormatError::value("incomplete format key")
}

/// `TypeError: * wants int` (a `*` argument that is not an int).
pub fn star_wants_int() -> FormatError {
    FormatError::type_error("* wants int")
}

/// `OverflowError` for a `*` width that does not fit a machine word.
pub fn star_width_overflow() -> FormatError {
    FormatError::overflow("Python int too large to convert to C ssize_t")
}

/// `OverflowError` for a `*` precision that does not fit a C int.
pub fn star_precision_overflow() -> FormatError {
    FormatError::overflow("Python int too large to convert to C int")
}

/// The `TypeError` for a value of type `type_name` that conversion `ty` cannot take:
/// `%d format: a real number is required, not str`, `%x format: an integer is required,
/// not float`, `must be real number, not str`, `%c requires int or char`.
pub fn printf_type_error(ty: char, type_name: &str) -> FormatError {
    let msg = match ty {
        'd' | 'i' | 'u' => format!(
            "%{} format: a real number is required, not {}",
            ty, type_name
        ),
        'o' | 'x' | 'X' => format!("%{} format: an integer is required, not {}", ty, type_name),
        'c' => "%c requires int or char".to_string(),
        _ => format!("must be real number, not {}", type_name),
    };
    FormatError::type_error(msg)
}

/// Parses a `%` template into pieces. Parsing stops at the first error, which becomes the
/// last piece.
pub fn parse_printf(template: &str) -> Vec<PrintfPiece> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c != '%' {
            literal.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'%') {
            literal.push('%');
            i += 2;
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PrintfPiece::Literal(std::mem::take(&mut literal)));
        }
        match parse_conversion(&chars, i + 1) {
            Ok((spec, next)) => {
                pieces.push(PrintfPiece::Conversion(spec));
                i = next;
            }
            Err(piece) => {
                pieces.push(piece);
                return pieces;
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(PrintfPiece::Literal(literal));
    }
    pieces
}

fn parse_error(stars: u8, msg: &str) -> PrintfPiece {
    PrintfPiece::Error {
        stars,
        error: FormatError::value(msg),
    }
}

/// Reads a decimal number at `*i`; `Err(())` when it exceeds `max`.
fn read_count(chars: &[char], i: &mut usize, max: usize) -> Result<Option<usize>, ()> {
    let start = *i;
    let mut v: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= max)
            .ok_or(())?;
        *i += 1;
    }
    Ok((*i > start).then_some(v))
}

fn parse_conversion(chars: &[char], mut i: usize) -> Result<(PrintfSpec, usize), PrintfPiece> {
    let mut spec = PrintfSpec {
        key: None,
        left: false,
        sign: None,
        alternate: false,
        zero: false,
        width: None,
        precision: None,
        ty: '\0',
        index: 0,
    };
    if chars.get(i) == Some(&'(') {
        let mut depth = 1;
        let start = i + 1;
        i += 1;
        loop {
            match chars.get(i) {
                None => return Err(PrintfPiece::IncompleteKey),
                Some('(') => depth += 1,
                Some(')') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Some(_) => {}
            }
            i += 1;
        }
        spec.key = Some(chars.get(start..i).unwrap_or(&[]).iter().collect());
        i += 1;
    }
    while let Some(&c) = chars.get(i) {
        match c {
            '-' => spec.left = true,
            '+' => spec.sign = Some('+'),
            ' ' => {
                if spec.sign.is_none() {
                    spec.sign = Some(' ');
                }
            }
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
        i += 1;
    }
    let mut stars = 0;
    if chars.get(i) == Some(&'*') {
        spec.width = Some(Count::Star);
        stars += 1;
        i += 1;
    } else {
        let w = read_count(chars, &mut i, isize::MAX as usize)
            .map_err(|_| parse_error(stars, "width too big"))?;
        spec.width = w.map(Count::Fixed);
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        if chars.get(i) == Some(&'*') {
            spec.precision = Some(Count::Star);
            stars += 1;
            i += 1;
        } else {
            let p = read_count(chars, &mut i, i32::MAX as usize)
                .map_err(|_| parse_error(stars, "precision too big"))?;
            spec.precision = Some(Count::Fixed(p.unwrap_or(0)));
        }
    }
    if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    match chars.get(i) {
        None => Err(parse_error(stars, "incomplete format")),
        Some(&ty) => {
            spec.ty = ty;
            spec.index = i;
            Ok((spec, i + 1))
        }
    }
}

/// Flags of a conversion with `*` values filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintfFlags {
    /// Left-justify.
    pub left: bool,
    /// `'+'` or `' '`.
    pub sign: Option<char>,
    /// Alternate form.
    pub alternate: bool,
    /// Zero padding.
    pub zero: bool,
    /// Minimum width (0 = none).
    pub width: usize,
    /// Precision.
    pub precision: Option<usize>,
}

impl PrintfSpec {
    /// Whether `ty` is a conversion type (`%` alone is not: `%%` was literal).
    pub fn is_supported(&self) -> bool {
        "diouxXeEfFgGcrsa".contains(self.ty)
    }

    /// `ValueError: unsupported format character 'y' (0x79) at index 3`, raised after the
    /// argument for this conversion was fetched.
    pub fn unsupported_error(&self) -> FormatError {
        FormatError::value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            self.ty,
            u32::from(self.ty),
            self.index
        ))
    }

    /// Fills in `*` values (taken from the arguments by the caller). A negative `*` width
    /// left-justifies; a negative `*` precision counts as 0.
    pub fn resolve(
        &self,
        star_width: Option<i64>,
        star_precision: Option<i64>,
    ) -> FmtResult<PrintfFlags> {
        let mut left = self.left;
        let width = match (self.width, star_width) {
            (Some(Count::Fixed(w)), _) => w,
            (Some(Count::Star), Some(w)) => {
                if w < 0 {
                    left = true;
                }
                usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX)
            }
            _ => 0,
        };
        let precision = match (self.precision, star_precision) {
            (Some(Count::Fixed(p)), _) => Some(p),
            (Some(Count::Star), Some(p)) => {
                if p > i64::from(i32::MAX) || p < i64::from(i32::MIN) {
                    return Err(star_precision_overflow());
                }
                Some(usize::try_from(p).unwrap_or(0))
            }
            _ => None,
        };
        Ok(PrintfFlags {
            left,
            sign: self.sign,
            alternate: self.alternate,
            zero: self.zero,
            width,
            precision,
        })
    }
}

/// Lays out sign, prefix and digits: left-justified with spaces, zero-padded after the
/// sign and prefix, or right-justified with spaces.
fn pad_number(sign: &str, prefix: &str, body: &str, flags: &PrintfFlags) -> FmtResult<String> {
    let len = sign.len() + prefix.len() + body.chars().count();
    check_len(flags.width.max(len))?;
    let pad = flags.width.saturating_sub(len);
    Ok(if flags.left {
        format!("{}{}{}{}", sign, prefix, body, " ".repeat(pad))
    } else if flags.zero {
        format!("{}{}{}{}", sign, prefix, "0".repeat(pad), body)
    } else {
        format!("{}{}{}{}", " ".repeat(pad), sign, prefix, body)
    })
}

fn sign_text(negative: bool, flags: &PrintfFlags) -> &'static str {
    match (negative, flags.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Formats an int for `%d %i %u %o %x %X` (callers turn floats into ints for `%d`/`%i`/`%u`
/// by truncation first, with `float_to_int`).
pub fn printf_int(n: &BigInt, ty: char, flags: &PrintfFlags) -> FmtResult<String> {
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        int_str(n)?.trim_start_matches('-').to_string()
    } else {
        radix_digits(n.magnitude(), radix, ty == 'X')
    };
    if let Some(p) = flags.precision {
        check_len(p)?;
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let prefix = if flags.alternate { prefix } else { "" };
    pad_number(
        sign_text(n.sign() == Sign::Minus, flags),
        prefix,
        &digits,
        flags,
    )
}

/// Formats a float for `%e %E %f %F %g %G`.
pub fn printf_float(x: f64, ty: char, flags: &PrintfFlags) -> FmtResult<String> {
    let p = flags.precision.unwrap_or(6);
    let style = match ty {
        'e' | 'E' => Style::Exp(p),
        'f' | 'F' => Style::Fixed(p),
        _ => Style::General(p),
    };
    let upper = ty.is_ascii_uppercase();
    let negative = x.is_sign_negative() && !x.is_nan();
    let mut body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        check_len(p)?;
        render(x.abs(), style, flags.alternate, upper)
    };
    if upper {
        body = body.to_uppercase();
    }
    pad_number(sign_text(negative, flags), "", &body, flags)
}

/// Formats text for `%s %r %a` (the caller supplies `str`, `repr` or `ascii` of the value)
/// and `%c` (the caller supplies the one character): precision truncates `%s %r %a`,
/// width pads with spaces.
pub fn printf_str(text: &str, ty: char, flags: &PrintfFlags) -> FmtResult<String> {
    let text = match flags.precision {
        Some(p) if ty != 'c' => match text.char_indices().nth(p) {
            Some((byte, _)) => text.get(..byte).unwrap_or(text),
            None => text,
        },
        _ => text,
    };
    let len = text.chars().count();
    check_len(flags.width.max(len))?;
    let pad = " ".repeat(flags.width.saturating_sub(len));
    Ok(if flags.left {
        format!("{}{}", text, pad)
    } else {
        format!("{}{}", pad, text)
    })
}

/// The character `%c` makes of an int: `OverflowError: %c arg not in range(0x110000)`.
/// Surrogates, which a Rust string cannot hold, become U+FFFD.
pub fn printf_char(n: &BigInt) -> FmtResult<char> {
    let v = n
        .to_u32()
        .filter(|v| *v < 0x11_0000)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    Ok(char::from_u32(v).unwrap_or('\u{FFFD}'))
}
