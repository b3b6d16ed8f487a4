//! Parsing `str.format` templates (`"{0} {name!r:>10} {{}} {a.b[0]}"`) into literal text
//! and replacement fields, with automatic numbering resolved and CPython's messages.
//!
//! CPython parses lazily while it renders, so an error is raised only after everything
//! before it was rendered (and after lookups that may fail first). To keep that order the
//! parser never fails outright: an error becomes the last piece of a [`Template`], or the
//! `chain_error` of a field name. The interpreter renders pieces in order: for a field it
//! looks up `name.key`, applies `name.chain`, raises `chain_error` if any, applies the
//! conversion ([`conversion_error`] for an unknown one), renders `spec` (itself a
//! template) and calls `format(value, spec)`.

use super::chars::decimal_value;
use crate::format::FormatError;

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    /// A positional argument (written, or numbered automatically for `{}`).
    Index(usize),
    /// A keyword argument.
    Name(String),
}

/// One `.attr` or `[key]` step after the first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`
    Attr(String),
    /// `[digits]`: an int subscript.
    Index(usize),
    /// `[text]`: a str subscript.
    Key(String),
}

/// A field name: the argument and the steps applied to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    /// The argument.
    pub key: FieldKey,
    /// The steps, in order.
    pub chain: Vec<Accessor>,
    /// An error found after `chain` (raise it after applying `chain`).
    pub chain_error: Option<FormatError>,
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The field name.
    pub name: FieldName,
    /// The character after `!`, if any (`r`, `s` and `a` are valid).
    pub conversion: Option<char>,
    /// The format spec, which may contain nested fields.
    pub spec: Template,
}

/// A piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePiece {
    /// Literal text (`{{` and `}}` already unescaped).
    Literal(String),
    /// A replacement field.
    Field(Box<Field>),
    /// An error to raise when reached.
    Error(FormatError),
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Template {
    /// Pieces in order; an `Error` piece, if any, is last.
    pub pieces: Vec<TemplatePiece>,
}

/// `ValueError: Unknown conversion specifier x` for a conversion other than r, s, a.
pub fn conversion_error(c: char) -> FormatError {
    let shown = if (' '..='~').contains(&c) {
        c.to_string()
    } else {
        format!("\\x{:x}", u32::from(c))
    };
    FormatError::value(format!("Unknown conversion specifier {}", shown))
}

/// `IndexError: Replacement index 3 out of range for positional args tuple`.
pub fn index_out_of_range(i: usize) -> FormatError {
    FormatError::new(
        crate::format::ErrorKind::Index,
        format!(
            "Replacement index {} out of range for positional args tuple",
            i
        ),
    )
}

/// Parses a `str.format` / `str.format_map` template.
pub fn parse_template(text: &str) -> Template {
    let chars: Vec<char> = text.chars().collect();
    let mut numbering = Numbering::Unknown;
    parse_level(&chars, 2, &mut numbering)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

fn err(msg: &str) -> FormatError {
    FormatError::value(msg)
}

fn parse_level(chars: &[char], depth: u32, numbering: &mut Numbering) -> Template {
    let mut pieces = Vec::new();
    if depth == 0 && chars.iter().any(|c| *c == '{' || *c == '}') {
        pieces.push(TemplatePiece::Error(err("Max string recursion exceeded")));
        return Template { pieces };
    }
    let mut literal = String::new();
    let mut i = 0;
    let fail = |pieces: &mut Vec<TemplatePiece>, literal: &mut String, e: FormatError| {
        if !literal.is_empty() {
            pieces.push(TemplatePiece::Literal(std::mem::take(literal)));
        }
        pieces.push(TemplatePiece::Error(e));
    };
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        match c {
            '{' if next == Some('{') => {
                literal.push('{');
                i += 2;
            }
            '}' if next == Some('}') => {
                literal.push('}');
                i += 2;
            }
            '}' => {
                fail(
                    &mut pieces,
                    &mut literal,
                    err("Single '}' encountered in format string"),
                );
                return Template { pieces };
            }
            '{' if next.is_none() => {
                fail(
                    &mut pieces,
                    &mut literal,
                    err("Single '{' encountered in format string"),
                );
                return Template { pieces };
            }
            '{' => {
                if !literal.is_empty() {
                    pieces.push(TemplatePiece::Literal(std::mem::take(&mut literal)));
                }
                match parse_field(chars, i + 1, depth, numbering) {
                    Ok((field, end)) => {
                        pieces.push(TemplatePiece::Field(Box::new(field)));
                        i = end;
                    }
                    Err(e) => {
                        pieces.push(TemplatePiece::Error(e));
                        return Template { pieces };
                    }
                }
            }
            _ => {
                literal.push(c);
                i += 1;
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(TemplatePiece::Literal(literal));
    }
    Template { pieces }
}

/// Parses the field starting just after its `{`; returns it and the index after its `}`.
fn parse_field(
    chars: &[char],
    start: usize,
    depth: u32,
    numbering: &mut Numbering,
) -> Result<(Field, usize), FormatError> {
    let expected_close = || err("expected '}' before end of string");
    let unmatched = || err("unmatched '{' in format spec");
    let mut i = start;
    // The field name runs to ':', '!' or '}' outside brackets.
    let name_end = loop {
        match chars.get(i) {
            None => return Err(expected_close()),
            Some('[') => {
                while chars.get(i) != Some(&']') {
                    if i >= chars.len() {
                        return Err(expected_close());
                    }
                    i += 1;
                }
                i += 1;
            }
            Some('{') => return Err(err("unexpected '{' in field name")),
            Some('}' | ':' | '!') => break i,
            Some(_) => i += 1,
        }
    };
    let name_chars = chars.get(start..name_end).unwrap_or(&[]);
    let mut conversion = None;
    let mut spec_range = (0, 0);
    if chars.get(i) == Some(&'!') {
        i += 1;
        let c = chars
            .get(i)
            .copied()
            .ok_or_else(|| err("end of string while looking for conversion specifier"))?;
        conversion = Some(c);
        i += 1;
        match chars.get(i) {
            None => return Err(unmatched()),
            Some('}') | Some(':') => {}
            Some(_) => return Err(err("expected ':' after conversion specifier")),
        }
    }
    if chars.get(i) == Some(&':') {
        i += 1;
        let spec_start = i;
        let mut level = 1;
        loop {
            match chars.get(i) {
                None => return Err(unmatched()),
                Some('{') => level += 1,
                Some('}') => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                Some(_) => {}
            }
            i += 1;
        }
        spec_range = (spec_start, i);
    }
    // Here chars[i] is the closing '}'.
    let name = parse_field_name(name_chars, numbering)?;
    let spec_chars = chars.get(spec_range.0..spec_range.1).unwrap_or(&[]);
    let spec = parse_level(spec_chars, depth.saturating_sub(1), numbering);
    Ok((
        Field {
            name,
            conversion,
            spec,
        },
        i + 1,
    ))
}

/// Reads a run of decimal digits as a number; `None` if `text` is not all digits.
fn as_number(text: &[char]) -> Result<Option<usize>, FormatError> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut v: usize = 0;
    for c in text {
        let Some(d) = decimal_value(*c) else {
            return Ok(None);
        };
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| err("Too many decimal digits in format string"))?;
    }
    Ok(Some(v))
}

fn parse_field_name(text: &[char], numbering: &mut Numbering) -> Result<FieldName, FormatError> {
    let first_end = text
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(text.len());
    let first = text.get(..first_end).unwrap_or(&[]);
    let key =
        if first.is_empty() {
            match *numbering {
                Numbering::Manual => return Err(err(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Unknown => {
                    *numbering = Numbering::Auto(1);
                    FieldKey::Index(0)
                }
                Numbering::Auto(n) => {
                    *numbering = Numbering::Auto(n + 1);
                    FieldKey::Index(n)
                }
            }
        } else if let Some(n) = as_number(first)? {
            if let Numbering::Auto(_) = numbering {
                return Err(err(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *numbering = Numbering::Manual;
            FieldKey::Index(n)
        } else {
            FieldKey::Name(first.iter().collect())
        };
    let mut name = FieldName {
        key,
        chain: Vec::new(),
        chain_error: None,
    };
    if let Err(e) = parse_chain(text.get(first_end..).unwrap_or(&[]), &mut name.chain) {
        name.chain_error = Some(e);
    }
    Ok(name)
}

fn parse_chain(text: &[char], chain: &mut Vec<Accessor>) -> Result<(), FormatError> {
    let empty = || err("Empty attribute in format string");
    let mut i = 0;
    while let Some(&c) = text.get(i) {
        i += 1;
        let start = i;
        if c == '.' {
            while !matches!(text.get(i), None | Some('.') | Some('[')) {
                i += 1;
            }
            let attr = text.get(start..i).unwrap_or(&[]);
            if attr.is_empty() {
                return Err(empty());
            }
            chain.push(Accessor::Attr(attr.iter().collect()));
        } else {
            // c == '[' (the first part ended at '.' or '[', and so does every step).
            while !matches!(text.get(i), None | Some(']')) {
                i += 1;
            }
            if text.get(i).is_none() {
                return Err(err("Missing ']' in format string"));
            }
            let key = text.get(start..i).unwrap_or(&[]);
            if key.is_empty() {
                return Err(empty());
            }
            chain.push(match as_number(key)? {
                Some(n) => Accessor::Index(n),
                None => Accessor::Key(key.iter().collect()),
            });
            i += 1;
            if !matches!(text.get(i), None | Some('.') | Some('[')) {
                return Err(err(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
    }
    Ok(())
}
