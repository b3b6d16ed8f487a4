//! Unicode character names for `\N{...}` escapes, in place of crates.io's `unicode_names2`
//! (the workspace patches it with this crate): [`character`] is the one function the
//! parser calls. The names are CPython 3.11's own, dumped from python3's `unicodedata` at
//! build time, so an escape means in Loopscope what it means in CPython; as in CPython,
//! a name is matched without regard to case, `CJK UNIFIED IDEOGRAPH-4E00` and Hangul
//! syllable names are computed, and name aliases (`LINE FEED`) are not known here.
//!
//! Natively the names are built in. A `fetch-bundles` build (the page) leaves them out:
//! its host gives the text with [`set_names`] before a run whose source holds `\N{`, or
//! from the loader set with [`set_loader`] when an escape turns up that nobody foresaw.

use loopscope_unicode_data::{Fetched, Loader};
use std::collections::HashMap;

/// `HEX NAME` lines and `@cjk FIRST LAST` lines, as `names.py` writes them.
#[cfg(not(feature = "fetch-bundles"))]
const BUILT_IN: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/names.txt")));
#[cfg(feature = "fetch-bundles")]
const BUILT_IN: Option<&str> = None;

/// A name table: upper-case name to character, and the CJK ideograph ranges.
struct Table {
    names: HashMap<Box<str>, char>,
    cjk: Vec<(u32, u32)>,
}

/// Changes whenever `names.py`, and so the names' text, may change: a host downloading
/// the text puts it in the address so that no browser keeps a stale copy.
pub const VERSION: u64 = loopscope_unicode_data::source_hash(include_bytes!("../names.py"));

static TABLE: Fetched<Table> = Fetched::new(BUILT_IN, Table::parse);

/// Gives the names' text (as `names.py` writes it) to a build without them; later calls
/// change nothing.
pub fn set_names(text: &str) {
    TABLE.set(text);
}

/// Whether the names are here (built in, or given already).
pub fn has_names() -> bool {
    TABLE.here()
}

/// Sets what fetches the names' text, when a name is looked up before [`set_names`].
pub fn set_loader(loader: Loader) {
    TABLE.set_loader(loader);
}

/// The character named `name` (any case), as in `"\N{BULLET}"`.
pub fn character(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let table = TABLE.get()?;
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let code = u32::from_str_radix(hex, 16).ok()?;
        let ok = (4..=5).contains(&hex.len())
            && hex.bytes().all(|b| b.is_ascii_hexdigit())
            && table.cjk.iter().any(|&(a, b)| (a..=b).contains(&code));
        return ok.then(|| char::from_u32(code)).flatten();
    }
    if let Some(jamo) = upper.strip_prefix("HANGUL SYLLABLE ") {
        return hangul(jamo);
    }
    table.names.get(upper.as_str()).copied()
}

impl Table {
    fn parse(text: &str) -> Table {
        let mut names = HashMap::new();
        let mut cjk = Vec::new();
        for line in text.lines() {
            if let Some(range) = line.strip_prefix("@cjk ") {
                let mut ends = range
                    .split(' ')
                    .filter_map(|h| u32::from_str_radix(h, 16).ok());
                if let (Some(a), Some(b)) = (ends.next(), ends.next()) {
                    cjk.push((a, b));
                }
            } else if let Some((hex, name)) = line.split_once(' ') {
                if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                    names.insert(name.into(), c);
                }
            }
        }
        Table { names, cjk }
    }
}

/// Hangul syllables are named by their jamo: leading consonant, vowel, optional final
/// consonant (The Unicode Standard, section 3.12).
const LEADS: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const VOWELS: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const TAILS: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn hangul(jamo: &str) -> Option<char> {
    for (l, lead) in LEADS.iter().enumerate() {
        let Some(rest) = jamo.strip_prefix(lead) else {
            continue;
        };
        for (v, vowel) in VOWELS.iter().enumerate() {
            let Some(tail) = rest.strip_prefix(vowel) else {
                continue;
            };
            if let Some(t) = TAILS.iter().position(|t| *t == tail) {
                let code = 0xAC00 + ((l * 21 + v) * 28 + t) as u32;
                return char::from_u32(code);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::character;

    #[test]
    fn names_as_cpython_knows_them() {
        assert_eq!(character("BULLET"), Some('\u{2022}'));
        assert_eq!(character("bullet"), Some('\u{2022}'));
        assert_eq!(character("LATIN SMALL LETTER A WITH ACUTE"), Some('á'));
        assert_eq!(character("SNAKE"), Some('\u{1F40D}'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E00"), Some('一'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-0041"), None);
        assert_eq!(character("HANGUL SYLLABLE GA"), Some('가'));
        assert_eq!(character("HANGUL SYLLABLE HIH"), Some('\u{D7A3}'));
        assert_eq!(character("NO SUCH CHARACTER"), None);
    }
}
