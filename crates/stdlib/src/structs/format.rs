//! Struct format strings turned into layouts: the byte order and size table a format's
//! first character picks, repeat counts, native alignment, each item's offset, and the
//! rule its values are checked by. "Native" is the platform CPython's answers come from,
//! 64-bit little-endian Linux (`long`, `size_t` and pointers 8 bytes), on every host.

/// Which table a format uses: `@` (the default) native sizes and alignment, `=` and `<`
/// standard sizes little-endian, `>` and `!` standard sizes big-endian.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    Native,
    Little,
    Big,
}

/// The wording of a range error: CPython's native packers name the C type (`short format
/// requires …`), its standard ones quote the format character (`'h' format requires …`).
#[derive(Clone, Copy, Debug)]
pub enum Wording {
    Type(&'static str),
    Code,
}

/// How values are checked and written for one format character.
#[derive(Clone, Copy, Debug)]
pub enum Packer {
    /// `c`: a bytes object of length 1.
    Char,
    /// `?`: any object's truth.
    Bool,
    /// `s`: bytes, cut or padded with zeros.
    Bytes,
    /// `p`: a Pascal string, a length byte then bytes.
    Pascal,
    /// An int read as a C `long` (out of its range: `argument out of range`), then held
    /// to `lo..=hi`.
    Signed { lo: i64, hi: i64, wording: Wording },
    /// An int read as a C `unsigned long` (negative or too large: `argument out of
    /// range`), then held to `..=max`.
    Unsigned { max: u64 },
    /// An int read as the whole 8 bytes, two's complement or unsigned; beyond them,
    /// `OverflowError` (CPython's big-endian `q` and `Q`).
    Whole { signed: bool },
    /// `P`: a pointer, from a negative int as a `long` and otherwise as an `unsigned long`.
    Pointer,
    /// `e`: IEEE 754 half precision.
    Half,
    /// `f`: single precision; `checked` raises `OverflowError` where the rounding
    /// overflows (the standard sizes), native mode stores the infinity C's cast makes.
    Float { checked: bool },
    /// `d`: double precision.
    Double,
}

/// One run of values in a layout: `repeat` values of `size` bytes each from `offset`
/// (for `s` and `p`, one value of `size` bytes).
#[derive(Clone, Debug)]
pub struct Item {
    pub code: u8,
    pub offset: u64,
    pub size: u64,
    pub repeat: u64,
    pub packer: Packer,
}

/// A parsed format.
#[derive(Debug)]
pub struct Layout {
    /// The format as given (an ASCII string).
    pub format: String,
    pub order: Order,
    /// Total bytes (wider than a wasm32 `usize`: `calcsize` answers up to `2**63 - 1`).
    pub size: u64,
    /// How many values it packs.
    pub len: u64,
    pub items: Vec<Item>,
}

impl Layout {
    /// Whether its numbers are stored little-endian.
    pub fn little(&self) -> bool {
        self.order != Order::Big
    }
}

/// Why a format is rejected; each is a `struct.error` with CPython's message.
#[derive(Debug, PartialEq, Eq)]
pub enum FormatError {
    EmbeddedNull,
    BadChar,
    CountWithoutCode,
    TooLong,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::EmbeddedNull => "embedded null character",
            FormatError::BadChar => "bad char in struct format",
            FormatError::CountWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
        }
    }
}

/// CPython's `Py_ssize_t` bound on sizes and counts.
const MAX_SIZE: u64 = i64::MAX as u64;

/// `(size, alignment, packer)` of format character `c` in `order`'s table; `None` when the
/// table lacks it. `x` has no packer and is answered separately.
fn entry(order: Order, c: u8) -> Option<(u64, u64, Packer)> {
    use Packer::*;
    let named = |lo, hi, name| Signed {
        lo,
        hi,
        wording: Wording::Type(name),
    };
    let coded = |lo, hi| Signed {
        lo,
        hi,
        wording: Wording::Code,
    };
    let i32_range = coded(i32::MIN.into(), i32::MAX.into());
    let u32_range = Unsigned {
        max: u32::MAX.into(),
    };
    let any_i64 = coded(i64::MIN, i64::MAX);
    let any_u64 = Unsigned { max: u64::MAX };
    // `c`, `b`, `B`, `?`, `s` and `p` take one byte each, packed alike in every table.
    let common = match c {
        b'c' => Some(Char),
        b'b' => Some(named(-128, 127, "byte")),
        b'B' => Some(named(0, 255, "ubyte")),
        b'?' => Some(Bool),
        b's' => Some(Bytes),
        b'p' => Some(Pascal),
        _ => None,
    };
    if let Some(p) = common {
        return Some((1, u64::from(c == b'?'), p));
    }
    let (size, packer) = match order {
        Order::Native => match c {
            b'h' => (2, named(-32768, 32767, "short")),
            b'H' => (2, named(0, 65535, "ushort")),
            b'i' => (4, i32_range),
            b'I' => (4, u32_range),
            b'l' | b'q' | b'n' => (8, any_i64),
            b'L' | b'Q' | b'N' => (8, any_u64),
            b'P' => (8, Pointer),
            b'e' => (2, Half),
            b'f' => (4, Float { checked: false }),
            b'd' => (8, Double),
            _ => return None,
        },
        // Standard little-endian uses the native packers where the sizes agree, as
        // CPython swaps them in on a little-endian machine.
        Order::Little => match c {
            b'h' => (2, named(-32768, 32767, "short")),
            b'H' => (2, named(0, 65535, "ushort")),
            b'i' | b'l' => (4, i32_range),
            b'I' | b'L' => (4, u32_range),
            b'q' => (8, any_i64),
            b'Q' => (8, any_u64),
            b'e' => (2, Half),
            b'f' => (4, Float { checked: true }),
            b'd' => (8, Double),
            _ => return None,
        },
        Order::Big => match c {
            b'h' => (2, coded(-32768, 32767)),
            b'H' => (2, Unsigned { max: 65535 }),
            b'i' | b'l' => (4, i32_range),
            b'I' | b'L' => (4, u32_range),
            b'q' => (8, Whole { signed: true }),
            b'Q' => (8, Whole { signed: false }),
            b'e' => (2, Half),
            b'f' => (4, Float { checked: true }),
            b'd' => (8, Double),
            _ => return None,
        },
    };
    let align = if order == Order::Native { size } else { 0 };
    Some((size, align, packer))
}

/// Whether C's `isspace` holds for `c`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Parses `format` (the ASCII text of a str, or the bytes given).
pub fn parse(format: &[u8]) -> Result<Layout, FormatError> {
    if format.contains(&0) {
        return Err(FormatError::EmbeddedNull);
    }
    let (order, body) = match format.first() {
        Some(b'@') => (Order::Native, &format[1..]),
        Some(b'=' | b'<') => (Order::Little, &format[1..]),
        Some(b'>' | b'!') => (Order::Big, &format[1..]),
        _ => (Order::Native, format),
    };
    let mut size: u64 = 0;
    let mut len: u64 = 0;
    let mut items = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if is_space(c) {
            continue;
        }
        let mut count: u64 = 1;
        if c.is_ascii_digit() {
            count = u64::from(c - b'0');
            while i < body.len() && body[i].is_ascii_digit() {
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(u64::from(body[i] - b'0')))
                    .filter(|&n| n <= MAX_SIZE)
                    .ok_or(FormatError::TooLong)?;
                i += 1;
            }
            if i == body.len() {
                return Err(FormatError::CountWithoutCode);
            }
            c = body[i];
            i += 1;
        }
        let (item_size, align, packer) = if c == b'x' {
            // A pad byte packs no value: its packer is never used.
            (1, 0, Packer::Char)
        } else {
            entry(order, c).ok_or(FormatError::BadChar)?
        };
        if align > 1 && size > 0 {
            size = size
                .checked_next_multiple_of(align)
                .filter(|&n| n <= MAX_SIZE)
                .ok_or(FormatError::TooLong)?;
        }
        let total = count
            .checked_mul(item_size)
            .and_then(|n| n.checked_add(size))
            .filter(|&n| n <= MAX_SIZE)
            .ok_or(FormatError::TooLong)?;
        let offset = size;
        match c {
            b'x' => {}
            b's' | b'p' => {
                len += 1;
                items.push(Item {
                    code: c,
                    offset,
                    size: count,
                    repeat: 1,
                    packer,
                });
            }
            _ if count > 0 => {
                len += count;
                items.push(Item {
                    code: c,
                    offset,
                    size: item_size,
                    repeat: count,
                    packer,
                });
            }
            _ => {}
        }
        size = total;
    }
    Ok(Layout {
        format: String::from_utf8_lossy(format).into_owned(),
        order,
        size,
        len,
        items,
    })
}
