//! The conversions `binascii` offers, on plain bytes: hex with an optional separator,
//! base64 (RFC 4648's alphabet, decoded leniently or strictly as CPython 3.11 does), uu
//! lines, and the CRC-32 (zlib's) and CRC-CCITT (`crc_hqx`) checksums.

use std::sync::OnceLock;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX: &[u8; 16] = b"0123456789abcdef";

/// `data` in lowercase hex; with `sep`, a separator between groups of `group` bytes
/// counted from the right end (from the left when `group` is negative).
pub fn hex(data: &[u8], sep: Option<u8>, group: i32) -> Vec<u8> {
    let step = group.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(data.len() * 3);
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| step > 0 && i > 0) {
            let boundary = if group > 0 {
                (data.len() - i).is_multiple_of(step)
            } else {
                i.is_multiple_of(step)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    out
}

/// Hex digits back into bytes.
pub fn unhex(text: &[u8]) -> Result<Vec<u8>, &'static str> {
    if !text.len().is_multiple_of(2) {
        return Err("Odd-length string");
    }
    text.chunks(2)
        .map(|pair| {
            let hi = (pair[0] as char).to_digit(16);
            let lo = (pair[1] as char).to_digit(16);
            match (hi, lo) {
                (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
                _ => Err("Non-hexadecimal digit found"),
            }
        })
        .collect()
}

/// `data` in base64, padded with `=`, with a newline at the end when asked.
pub fn b64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// The value of base64 digit `c`.
fn b64_digit(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Base64 back into bytes. Leniently, other characters are skipped and decoding stops at
/// the padding that completes a group; `strict` rejects anything but digits and final
/// padding. The messages are CPython's.
pub fn b64_decode(text: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && text.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    // Digits seen in the current group of four, the bits not yet written, and the
    // pad characters seen since the last digit once two digits of a group are in.
    let (mut have, mut bits, mut pads) = (0u32, 0u32, 0u32);
    let mut padding = false;
    for (i, &c) in text.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if have >= 2 {
                pads += 1;
                if have + pads >= 4 {
                    if strict && i + 1 < text.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_digit(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        bits = (bits << 6) | v;
        have = (have + 1) % 4;
        // After 2, 3 and 4 digits a byte is complete.
        if have != 1 {
            let spare = 2 * ((4 - have) % 4);
            out.push((bits >> spare) as u8);
            bits &= (1 << spare) - 1;
        }
    }
    match have {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 \
             more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// One uuencoded line (at most 45 bytes): a length character, the data in groups of
/// four characters, a newline; `backtick` writes zero as `` ` `` instead of a space.
pub fn uu_encode(data: &[u8], backtick: bool) -> Vec<u8> {
    let ch = |v: u8| {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v
        }
    };
    let mut out = vec![ch(data.len() as u8)];
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for k in 0..4 {
            out.push(ch(((n >> (18 - 6 * k)) & 63) as u8));
        }
    }
    out.push(b'\n');
    out
}

/// One uuencoded line back into bytes: as many as its length character says, missing
/// characters at the end read as zeros, and only spaces, backticks and line ends after.
pub fn uu_decode(line: &[u8]) -> Result<Vec<u8>, &'static str> {
    // An empty line's length is read from the terminating NUL CPython's bytes carry.
    let first = line.first().copied().unwrap_or(0);
    let want = usize::from(first.wrapping_sub(b' ') & 63);
    let mut out = Vec::with_capacity(want);
    let (mut bits, mut nbits) = (0u32, 0u32);
    let mut rest = line.get(1..).unwrap_or(&[]).iter();
    while out.len() < want {
        let v = match rest.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(&c) if (b' '..=b' ' + 64).contains(&c) => u32::from((c - b' ') & 63),
            Some(_) => return Err("Illegal char"),
        };
        bits = (bits << 6) | v;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    if rest.any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err("Trailing garbage");
    }
    Ok(out)
}

/// zlib's CRC-32 of `data`, continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    static TABLE: OnceLock<[u32; 256]> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// The CRC-CCITT (polynomial 0x1021, no reflection) of `data`, continuing from `crc`.
pub fn crc_hqx(data: &[u8], crc: u16) -> u16 {
    let mut c = crc;
    for &b in data {
        c ^= u16::from(b) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
        }
    }
    c
}
