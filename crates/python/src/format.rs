//! Number formatting and parsing with CPython 3.11's exact behaviour: float repr, the
//! format-spec mini-language, printf-style `%` formatting, int/float parsing, rounding,
//! float arithmetic helpers, int string conversions and numeric hashing.
//!
//! Everything here works on plain Rust values (`f64`, `i64`, `BigInt`, `&str`) and reports
//! failures as a [`FormatError`] (Python exception type + CPython's message), so the
//! interpreter can wrap results in its own object model.

mod arith;
mod convert;
mod digits;
mod error;
mod hash;
mod intops;
mod intstr;
pub mod libm;
mod number;
mod parse;
mod printf;
mod round;
mod spec;

pub use arith::{
    float_as_integer_ratio, float_divmod, float_floordiv, float_fromhex, float_hex,
    float_is_integer, float_mod, float_pow, float_truediv,
};
pub use convert::{float_to_int, int_to_f64, int_truediv};
pub use digits::float_repr;
pub use error::{check_len, fits, ErrorKind, FmtResult, FormatError, MAX_RESULT_LEN};
pub use hash::{hash_float, hash_i64, hash_int, hash_tuple, HASH_INF, HASH_MODULUS};
pub use intops::{int_divmod, int_floordiv, int_mod, int_pow_mod, int_pow_negative};
pub use intstr::{
    int_bin, int_hex, int_max_str_digits, int_oct, int_str, int_str_with_limit,
    set_int_max_str_digits, DEFAULT_MAX_STR_DIGITS, MIN_MAX_STR_DIGITS,
};
pub use number::{
    format_float, format_float_parsed, format_i64, format_int, format_int_parsed, format_str,
    format_str_parsed, unsupported_format_string,
};
pub use parse::{parse_float, parse_int, parse_int_with_limit, ParsedInt};
pub use printf::{
    incomplete_key, not_all_converted, not_enough_arguments, parse_printf, printf_char,
    printf_float, printf_int, printf_str, printf_type_error, requires_mapping,
    star_precision_overflow, star_wants_int, star_width_overflow, Count, PrintfFlags, PrintfPiece,
    PrintfSpec,
};
pub use round::{round_float, round_half_even, round_i64, round_int};
pub use spec::{code_repr, pad, Align, FormatSpec};

#[cfg(test)]
pub(crate) mod tests;
