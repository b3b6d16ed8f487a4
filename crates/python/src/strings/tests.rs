//! Checks the strings module against CPython 3.11's results recorded in `tests/cases.txt`
//! (regenerate with `tests/gen_cases.py`).

use super::*;
use crate::format::tests::check_cases;
use crate::format::{format_str, FmtResult, FormatError};

const NONE: &str = "<None>";

fn opt(a: &str) -> Option<&str> {
    (a != NONE).then_some(a)
}

fn opt_i(a: &str) -> Option<i64> {
    opt(a).map(|v| v.parse().expect("int"))
}

fn i(a: &str) -> i64 {
    a.parse().expect("int")
}

fn show<T>(r: FmtResult<T>, ok: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => format!("ok:{}", ok(v)),
        Err(e) => format!("err:{}:{}", e.type_name(), e.message),
    }
}

fn list(items: &[&str]) -> String {
    let parts: Vec<String> = items.iter().map(|s| str_repr(s)).collect();
    format!("[{}]", parts.join(", "))
}

fn triple((a, b, c): (&str, &str, &str)) -> String {
    format!("({}, {}, {})", str_repr(a), str_repr(b), str_repr(c))
}

fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

const POS: [&str; 4] = ["zero", "one", "two", "日本"];
const KW: [(&str, &str); 4] = [("name", "Ann"), ("x", "X"), ("w", "8"), ("al", ">")];

/// Renders a template the way the interpreter will, with string arguments only.
fn render(t: &Template) -> Result<String, (String, String)> {
    let py = |e: FormatError| (e.type_name().to_string(), e.message);
    let mut out = String::new();
    for piece in &t.pieces {
        let field = match piece {
            TemplatePiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            TemplatePiece::Error(e) => return Err(py(e.clone())),
            TemplatePiece::Field(f) => f,
        };
        let mut value = match &field.name.key {
            FieldKey::Index(i) => POS.get(*i).ok_or_else(|| py(index_out_of_range(*i)))?,
            FieldKey::Name(n) => KW
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| *v)
                .ok_or_else(|| ("KeyError".to_string(), str_repr(n)))?,
        }
        .to_string();
        for step in &field.name.chain {
            value = match step {
                Accessor::Index(i) => char_at(&value, *i)
                    .ok_or_else(|| ("IndexError".into(), "string index out of range".into()))?
                    .to_string(),
                Accessor::Key(_) => {
                    return Err((
                        "TypeError".into(),
                        "string indices must be integers, not 'str'".into(),
                    ))
                }
                Accessor::Attr(a) => {
                    return Err((
                        "AttributeError".into(),
                        format!("'str' object has no attribute '{}'", a),
                    ))
                }
            };
        }
        if let Some(e) = &field.name.chain_error {
            return Err(py(e.clone()));
        }
        value = match field.conversion {
            None | Some('s') => value,
            Some('r') => str_repr(&value),
            Some('a') => str_ascii(&value),
            Some(c) => return Err(py(conversion_error(c))),
        };
        let spec = render(&field.spec)?;
        out.push_str(&format_str(&value, &spec).map_err(py)?);
    }
    Ok(out)
}

pub(crate) fn run_case(kind: &str, a: &[String]) -> String {
    let arg = |k: usize| a.get(k).map(String::as_str).unwrap_or("");
    let s = arg(0);
    match kind {
        "repr" => format!("ok:{}", str_repr(s)),
        "ascii" => format!("ok:{}", str_ascii(s)),
        "brepr" => {
            let bytes: Vec<u8> = (0..s.len() / 2)
                .map(|k| u8::from_str_radix(&s[2 * k..2 * k + 2], 16).expect("hex"))
                .collect();
            format!("ok:{}", bytes_repr(&bytes))
        }
        "upper" => format!("ok:{}", upper(s)),
        "lower" => format!("ok:{}", lower(s)),
        "casefold" => format!("ok:{}", casefold(s)),
        "swapcase" => format!("ok:{}", swapcase(s)),
        "title" => format!("ok:{}", title(s)),
        "capitalize" => format!("ok:{}", capitalize(s)),
        "isalpha" => format!("ok:{}", py_bool(is_alpha_str(s))),
        "isalnum" => format!("ok:{}", py_bool(is_alnum_str(s))),
        "isdecimal" => format!("ok:{}", py_bool(is_decimal_str(s))),
        "isdigit" => format!("ok:{}", py_bool(is_digit_str(s))),
        "isnumeric" => format!("ok:{}", py_bool(is_numeric_str(s))),
        "isspace" => format!("ok:{}", py_bool(is_space_str(s))),
        "isupper" => format!("ok:{}", py_bool(is_upper(s))),
        "islower" => format!("ok:{}", py_bool(is_lower(s))),
        "istitle" => format!("ok:{}", py_bool(is_title(s))),
        "isidentifier" => format!("ok:{}", py_bool(is_identifier(s))),
        "isprintable" => format!("ok:{}", py_bool(is_printable_str(s))),
        "isascii" => format!("ok:{}", py_bool(is_ascii_str(s))),
        "props" => {
            let preds: [fn(&str) -> bool; 11] = [
                is_alpha_str,
                is_alnum_str,
                is_decimal_str,
                is_digit_str,
                is_numeric_str,
                is_space_str,
                is_upper,
                is_lower,
                is_title,
                is_identifier,
                is_printable_str,
            ];
            let flags: String = preds.iter().map(|p| if p(s) { '1' } else { '0' }).collect();
            format!("ok:{}", flags)
        }
        "split" => show(split(s, opt(arg(1)), i(arg(2))), |v| list(&v)),
        "rsplit" => show(rsplit(s, opt(arg(1)), i(arg(2))), |v| list(&v)),
        "partition" => show(partition(s, arg(1)), triple),
        "rpartition" => show(rpartition(s, arg(1)), triple),
        "splitlines" => format!("ok:{}", list(&splitlines(s, arg(1) == "True"))),
        "strip" => format!("ok:{}", str_repr(strip(s, opt(arg(1))))),
        "lstrip" => format!("ok:{}", str_repr(lstrip(s, opt(arg(1))))),
        "rstrip" => format!("ok:{}", str_repr(rstrip(s, opt(arg(1))))),
        "search" => {
            let (sub, start, end) = (arg(1), opt_i(arg(2)), opt_i(arg(3)));
            let text = |r: FmtResult<i64>| r.map_or_else(|e| e.message, |v| v.to_string());
            let results = [
                find(s, sub, start, end).to_string(),
                rfind(s, sub, start, end).to_string(),
                text(index(s, sub, start, end)),
                text(rindex(s, sub, start, end)),
                count(s, sub, start, end).to_string(),
                py_bool(startswith(s, sub, start, end)),
                py_bool(endswith(s, sub, start, end)),
            ];
            format!("ok:{}", results.join(";"))
        }
        "replace" => show(replace(s, arg(1), arg(2), i(arg(3))), |v| v),
        "center" | "ljust" | "rjust" => {
            let fill = arg(2).chars().next().unwrap_or(' ');
            let w = i(arg(1));
            let r = match kind {
                "center" => center(s, w, fill),
                "ljust" => ljust(s, w, fill),
                _ => rjust(s, w, fill),
            };
            show(r, |v| v)
        }
        "zfill" => show(zfill(s, i(arg(1))), |v| v),
        "expandtabs" => show(expandtabs(s, i(arg(1))), |v| v),
        "removeprefix" => format!("ok:{}", removeprefix(s, arg(1))),
        "removesuffix" => format!("ok:{}", removesuffix(s, arg(1))),
        "repeat" => show(repeat(s, i(arg(1))), |v| v),
        "slice" => show(
            slice_str(s, opt_i(arg(1)), opt_i(arg(2)), opt_i(arg(3))),
            |v| v,
        ),
        "index_at" => match normalize_index(char_len(s), i(arg(1))).and_then(|k| char_at(s, k)) {
            Some(c) => format!("ok:{}", c),
            None => "err:IndexError:string index out of range".to_string(),
        },
        "tmpl" => match render(&parse_template(s)) {
            Ok(v) => format!("ok:{}", v),
            Err((t, m)) => format!("err:{}:{}", t, m),
        },
        other => panic!("unknown case kind {other}"),
    }
}

#[test]
fn cpython_cases() {
    check_cases(include_str!("tests/cases.txt"), run_case);
}

#[test]
fn index_helpers() {
    let s = "aé日😀b";
    assert_eq!(char_len(s), 5);
    assert_eq!(char_to_byte(s, 3), Some(6));
    assert_eq!(char_to_byte(s, 5), Some(s.len()));
    assert_eq!(char_to_byte(s, 6), None);
    assert_eq!(byte_to_char(s, 6), 3);
    assert_eq!(slice_chars(s, 1, 3), "é日");
    assert_eq!(slice_chars(s, 4, 2), "");
    assert_eq!(char_range_to_bytes("abc", 1, 9), (1, 3));
}
