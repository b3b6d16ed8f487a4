//! Checks every routine against CPython 3.11's results recorded in `tests/cases.txt`
//! (regenerate with `tests/gen_cases.py`), plus a few hand-written cases.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::*;

/// Undoes the escaping of `gen_cases.py`.
pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(cp).expect("scalar value"));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn f(bits: &str) -> f64 {
    if bits == "nan" {
        return f64::NAN;
    }
    f64::from_bits(u64::from_str_radix(bits, 16).expect("float bits"))
}

fn b(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    format!("{:016x}", x.to_bits())
}

fn n(s: &str) -> BigInt {
    s.parse().expect("int")
}

fn i(s: &str) -> i64 {
    s.parse().expect("i64")
}

fn show<T>(r: FmtResult<T>, ok: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => format!("ok:{}", ok(v)),
        Err(e) => format!("err:{}:{}", e.type_name(), e.message),
    }
}

fn show_f(r: FmtResult<f64>) -> String {
    show(r, b)
}

fn show_s(r: FmtResult<String>) -> String {
    show(r, |s| s)
}

fn pow_text(a: f64, b2: f64) -> String {
    match float_pow(a, b2) {
        Err(e) if e.kind == ErrorKind::ComplexResult => "err:ArithmeticError:complex".to_string(),
        r => show_f(r),
    }
}

/// A printf argument as the interpreter would hold it.
enum Arg {
    Int(BigInt),
    Float(f64),
    Str(String),
}

/// Drives `str % tuple` the way the interpreter does, for ints, floats and strs.
fn printf_apply(template: &str, args: &[Arg]) -> FmtResult<String> {
    let mut out = String::new();
    let mut next = 0;
    let mut take = || {
        let a = args.get(next).ok_or_else(not_enough_arguments);
        next += 1;
        a
    };
    for piece in parse_printf(template) {
        let spec = match piece {
            PrintfPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PrintfPiece::IncompleteKey => return Err(requires_mapping()),
            PrintfPiece::Error { stars, error } => {
                for _ in 0..stars {
                    match take()? {
                        Arg::Int(v) => {
                            v.to_i64().ok_or_else(star_width_overflow)?;
                        }
                        _ => return Err(star_wants_int()),
                    }
                }
                return Err(error);
            }
            PrintfPiece::Conversion(spec) => spec,
        };
        let mut star = |count: Option<Count>| -> FmtResult<Option<i64>> {
            if count != Some(Count::Star) {
                return Ok(None);
            }
            match take()? {
                Arg::Int(v) => Ok(Some(v.to_i64().ok_or_else(star_width_overflow)?)),
                _ => Err(star_wants_int()),
            }
        };
        let w = star(spec.width)?;
        let p = star(spec.precision)?;
        let flags = spec.resolve(w, p)?;
        let value = take()?;
        if !spec.is_supported() {
            return Err(spec.unsupported_error());
        }
        let text = match (spec.ty, value) {
            ('s', Arg::Str(s)) => printf_str(s, 's', &flags)?,
            ('r', Arg::Str(s)) => printf_str(&crate::strings::str_repr(s), 'r', &flags)?,
            ('a', Arg::Str(s)) => printf_str(&crate::strings::str_ascii(s), 'a', &flags)?,
            ('s' | 'r' | 'a', Arg::Int(v)) => printf_str(&v.to_string(), spec.ty, &flags)?,
            ('s' | 'r' | 'a', Arg::Float(x)) => printf_str(&float_repr(*x), spec.ty, &flags)?,
            ('c', Arg::Int(v)) => printf_str(&printf_char(v)?.to_string(), 'c', &flags)?,
            ('c', Arg::Str(s)) if s.chars().count() == 1 => printf_str(s, 'c', &flags)?,
            ('c', _) => return Err(printf_type_error('c', "str")),
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::Int(v)) => printf_int(v, spec.ty, &flags)?,
            ('d' | 'i' | 'u', Arg::Float(x)) => printf_int(&float_to_int(*x)?, spec.ty, &flags)?,
            ('o' | 'x' | 'X', Arg::Float(_)) => return Err(printf_type_error(spec.ty, "float")),
            (t, Arg::Int(v)) => printf_float(int_to_f64(v)?, t, &flags)?,
            (t, Arg::Float(x)) => printf_float(*x, t, &flags)?,
            (t, Arg::Str(_)) => return Err(printf_type_error(t, "str")),
        };
        out.push_str(&text);
    }
    if next < args.len() {
        return Err(not_all_converted());
    }
    Ok(out)
}

fn parse_args(field: &str) -> Vec<Arg> {
    if field.is_empty() {
        return Vec::new();
    }
    field
        .split('|')
        .map(|a| {
            let a = unescape(a);
            match a.split_at(2) {
                ("i:", v) => Arg::Int(n(v)),
                ("f:", v) => Arg::Float(f(v)),
                (_, v) => Arg::Str(v.to_string()),
            }
        })
        .collect()
}

pub(crate) fn run_case(kind: &str, a: &[String]) -> String {
    let arg = |k: usize| a.get(k).map(String::as_str).unwrap_or("");
    match kind {
        "fr" => format!("ok:{}", float_repr(f(arg(0)))),
        "ff" => show_s(format_float(f(arg(0)), arg(1))),
        "fi" => show_s(format_int(&n(arg(0)), arg(1), arg(2))),
        "fs" => show_s(format_str(arg(0), arg(1))),
        "pf" => show_s(printf_apply(arg(0), &parse_args(arg(1)))),
        "pfl" => show_f(parse_float(arg(0))),
        "pi" => show(parse_int(arg(0), i(arg(1))), |v| int_hex(&v.into_bigint())),
        "rf" => show_f(round_float(f(arg(0)), i(arg(1)))),
        "rh" => show(round_half_even(f(arg(0))), |v| v.to_string()),
        "ri" => format!("ok:{}", round_int(&n(arg(0)), i(arg(1)))),
        "fd" => show_f(float_floordiv(f(arg(0)), f(arg(1)))),
        "fm" => show_f(float_mod(f(arg(0)), f(arg(1)))),
        "fdm" => show(float_divmod(f(arg(0)), f(arg(1))), |(q, r)| {
            format!("{},{}", b(q), b(r))
        }),
        "ftd" => show_f(float_truediv(f(arg(0)), f(arg(1)))),
        "fp" => pow_text(f(arg(0)), f(arg(1))),
        "itf" => show_f(int_to_f64(&n(arg(0)))),
        "itd" => show_f(int_truediv(&n(arg(0)), &n(arg(1)))),
        "ifd" => show(int_floordiv(&n(arg(0)), &n(arg(1))), |v| v.to_string()),
        "imod" => show(int_mod(&n(arg(0)), &n(arg(1))), |v| v.to_string()),
        "idm" => show(int_divmod(&n(arg(0)), &n(arg(1))), |(q, r)| {
            format!("{},{}", q, r)
        }),
        "ipm" => show(int_pow_mod(&n(arg(0)), &n(arg(1)), &n(arg(2))), |v| {
            v.to_string()
        }),
        "ipn" => show_f(int_pow_negative(&n(arg(0)), &n(arg(1)))),
        "fti" => show(float_to_int(f(arg(0))), |v| v.to_string()),
        "hf" => format!("ok:{}", hash_float(f(arg(0)))),
        "fhex" => format!("ok:{}", float_hex(f(arg(0)))),
        "ratio" => show(float_as_integer_ratio(f(arg(0))), |(p, q)| {
            format!("{}/{}", p, q)
        }),
        "isint" => format!(
            "ok:{}",
            if float_is_integer(f(arg(0))) {
                "True"
            } else {
                "False"
            }
        ),
        "ffromhex" => show_f(float_fromhex(arg(0))),
        "hi" => format!("ok:{}", hash_int(&n(arg(0)))),
        "hex" => format!("ok:{}", int_hex(&n(arg(0)))),
        "oct" => format!("ok:{}", int_oct(&n(arg(0)))),
        "bin" => format!("ok:{}", int_bin(&n(arg(0)))),
        "istr" => show_s(int_str_with_limit(&n(arg(0)), DEFAULT_MAX_STR_DIGITS)),
        "istrlen" => {
            let hex = arg(0).trim_start_matches('-').trim_start_matches("0x");
            let mut v = BigInt::parse_bytes(hex.as_bytes(), 16).expect("hex int");
            if arg(0).starts_with('-') {
                v = -v;
            }
            show(int_str_with_limit(&v, DEFAULT_MAX_STR_DIGITS), |s| {
                s.len().to_string()
            })
        }
        "ht" => {
            let items: Vec<i64> = arg(0).split(',').filter(|s| !s.is_empty()).map(i).collect();
            format!("ok:{}", hash_tuple(&items))
        }
        other => panic!("unknown case kind {other}"),
    }
}

/// Runs every line of `data`, reporting all mismatches at once.
pub(crate) fn check_cases(data: &str, run: impl Fn(&str, &[String]) -> String) {
    let mut failures = Vec::new();
    let mut total = 0;
    for line in data.lines().filter(|l| !l.is_empty()) {
        let mut fields: Vec<&str> = line.split('\t').collect();
        let expected = unescape(fields.pop().expect("expected field"));
        let kind = fields.remove(0);
        let args: Vec<String> = fields.iter().map(|a| unescape(a)).collect();
        let actual = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(kind, &args)))
            .unwrap_or_else(|_| "PANIC".to_string());
        total += 1;
        if actual != expected {
            failures.push(format!(
                "{kind} {args:?}\n   expected {expected:?}\n   actual   {actual:?}"
            ));
        }
    }
    for f in failures.iter().take(60) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed",
        failures.len(),
        total
    );
}

#[test]
fn cpython_cases() {
    check_cases(include_str!("tests/cases.txt"), run_case);
}

#[test]
fn digit_limit_is_settable() {
    assert!(set_int_max_str_digits(5).is_err());
    assert_eq!(int_max_str_digits(), DEFAULT_MAX_STR_DIGITS);
    let big = BigInt::from(10).pow(5000);
    assert_eq!(int_str_with_limit(&big, 0).map(|s| s.len()), Ok(5001));
    let text = "1".repeat(5000);
    assert!(parse_int_with_limit(&text, 10, 0).is_ok());
}

#[test]
fn template_errors_stop_parsing() {
    let pieces = parse_printf("a%(x");
    assert_eq!(pieces.last(), Some(&PrintfPiece::IncompleteKey));
    let pieces = parse_printf("%(a)s and %(b)-5.2f%%");
    assert_eq!(pieces.len(), 4);
    let pieces = parse_printf("x%*.*");
    assert!(matches!(
        pieces.last(),
        Some(PrintfPiece::Error { stars: 2, .. })
    ));
}

#[test]
fn brief_examples() {
    assert_eq!(format_float(1.23456, ".2f").as_deref(), Ok("1.23"));
    assert_eq!(format_float(2.5, ">8.3f").as_deref(), Ok("   2.500"));
    assert_eq!(format_i64(1234567, ",", "int").as_deref(), Ok("1,234,567"));
    assert_eq!(format_i64(1234567, "_", "int").as_deref(), Ok("1_234_567"));
    assert_eq!(format_float(0.1234, ".1%").as_deref(), Ok("12.3%"));
    assert_eq!(format_i64(255, "#x", "int").as_deref(), Ok("0xff"));
    assert_eq!(format_float(1.23456, "08.3f").as_deref(), Ok("0001.235"));
    assert_eq!(format_i64(5, "+d", "int").as_deref(), Ok("+5"));
    assert_eq!(format_str("hi", "*^12").as_deref(), Ok("*****hi*****"));
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(round_float(2.675, 2), Ok(2.67));
    assert_eq!(round_i64(1250, -2), BigInt::from(1200));
    assert_eq!(hash_i64(-1), -2);
    assert_eq!(hash_float(1.0), hash_i64(1));
    let e = format_float(1.5, "d").unwrap_err();
    assert_eq!(
        e.to_string(),
        "ValueError: Unknown format code 'd' for object of type 'float'"
    );
}
