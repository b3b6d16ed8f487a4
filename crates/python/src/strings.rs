//! Text algorithms with CPython 3.11's exact behaviour: `str`/`bytes` repr, the `str`
//! methods, `str.format` template parsing and code-point/byte-offset helpers.
//!
//! Everything works on `&str` (Python strings index by code point; these helpers convert)
//! and returns owned strings or slices borrowed from the input. Fallible methods return
//! [`crate::format::FormatError`] with CPython's exception type and message.

mod case;
mod chars;
mod index;
mod layout;
mod repr;
mod split;
mod tables_alpha;
mod tables_case;
mod tables_ident;
mod tables_num;
mod tables_print;
mod template;

pub use case::{
    capitalize, casefold, is_alnum_str, is_alpha_str, is_ascii_str, is_decimal_str, is_digit_str,
    is_identifier, is_lower, is_numeric_str, is_printable_str, is_space_str, is_title, is_upper,
    lower, swapcase, title, upper,
};
pub use chars::{
    decimal_value, is_alnum, is_alpha, is_cased, is_decimal, is_digit, is_line_break,
    is_lower_char, is_numeric, is_printable, is_space, is_titlecase, is_upper_char,
    is_xid_continue, is_xid_start,
};
pub use index::{
    adjust_range, byte_to_char, char_at, char_len, char_range_to_bytes, char_to_byte, count,
    endswith, find, index, normalize_index, rfind, rindex, slice_chars, slice_indices, slice_str,
    startswith,
};
pub use layout::{
    center, expandtabs, join, ljust, removeprefix, removesuffix, repeat, replace, rjust, zfill,
};
pub use repr::{
    ascii_of, bytearray_repr, bytearray_repr_named, bytes_repr, push_code_escape, str_ascii,
    str_repr,
};
pub use split::{
    lstrip, partition, rpartition, rsplit, rsplit_by, rstrip, split, split_by, splitlines,
    splitlines_by, strip,
};
pub use template::{
    conversion_error, index_out_of_range, parse_template, Accessor, Field, FieldKey, FieldName,
    Template, TemplatePiece,
};

#[cfg(test)]
pub(crate) mod tests;
