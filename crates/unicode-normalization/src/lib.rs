//! NFKC for identifiers, in place of crates.io's `unicode-normalization` (the workspace
//! patches it with this crate): the parser folds a non-ASCII name to NFKC as CPython does
//! (`ﬁle` is `file`), through [`UnicodeNormalization::nfkc`], the one method it calls.
//! The data is CPython 3.11's own, dumped from python3's `unicodedata` at build time:
//! each code point's full compatibility decomposition, the canonical combining classes,
//! and the pairs canonical composition joins; Hangul syllables by arithmetic.
//!
//! Natively the data is built in. A `fetch-bundles` build (the page) leaves it out: its
//! host gives the text with [`set_data`] before a run that may need it, or from the
//! loader set with [`set_loader`] when a non-ASCII name turns up that nobody foresaw.

use loopscope_unicode_data::{Fetched, Loader};
use std::collections::HashMap;

#[cfg(not(feature = "fetch-bundles"))]
const BUILT_IN: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/data.txt")));
#[cfg(feature = "fetch-bundles")]
const BUILT_IN: Option<&str> = None;

/// Changes whenever `data.py`, and so the data's text, may change: a host downloading
/// the text puts it in the address so that no browser keeps a stale copy.
pub const VERSION: u64 = loopscope_unicode_data::source_hash(include_bytes!("../data.py"));

struct Data {
    decompositions: HashMap<char, Vec<char>>,
    classes: HashMap<char, u8>,
    compositions: HashMap<(char, char), char>,
}

static DATA: Fetched<Data> = Fetched::new(BUILT_IN, Data::parse);

/// Gives the data's text (as `data.py` writes it) to a build without it; later calls
/// change nothing.
pub fn set_data(text: &str) {
    DATA.set(text);
}

/// Whether the data is here (built in, or given already).
pub fn has_data() -> bool {
    DATA.here()
}

/// Sets what fetches the data's text, when a name needs it before [`set_data`].
pub fn set_loader(loader: Loader) {
    DATA.set_loader(loader);
}

impl Data {
    fn parse(text: &str) -> Data {
        let hex = |h: &str| u32::from_str_radix(h, 16).ok().and_then(char::from_u32);
        let mut data = Data {
            decompositions: HashMap::new(),
            classes: HashMap::new(),
            compositions: HashMap::new(),
        };
        for line in text.lines() {
            let mut fields = line.split(' ');
            let (Some(kind), Some(first)) = (fields.next(), fields.next().and_then(hex)) else {
                continue;
            };
            match kind {
                "D" => {
                    let parts = fields.filter_map(hex).collect();
                    data.decompositions.insert(first, parts);
                }
                "C" => {
                    if let Some(class) = fields.next().and_then(|c| c.parse().ok()) {
                        data.classes.insert(first, class);
                    }
                }
                "P" => {
                    if let (Some(second), Some(joined)) =
                        (fields.next().and_then(hex), fields.next().and_then(hex))
                    {
                        data.compositions.insert((first, second), joined);
                    }
                }
                _ => {}
            }
        }
        data
    }

    fn class(&self, c: char) -> u8 {
        self.classes.get(&c).copied().unwrap_or(0)
    }
}

// Hangul syllables (The Unicode Standard, section 3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn decompose_hangul(s: u32, out: &mut Vec<char>) {
    let index = s - S_BASE;
    let jamo = [
        L_BASE + index / N_COUNT,
        V_BASE + (index % N_COUNT) / T_COUNT,
        T_BASE + index % T_COUNT,
    ];
    let used = if jamo[2] == T_BASE { 2 } else { 3 };
    out.extend(jamo[..used].iter().filter_map(|&c| char::from_u32(c)));
}

fn compose_hangul(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    let s = a.wrapping_sub(S_BASE);
    if s < S_COUNT && s % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return char::from_u32(a + (b - T_BASE));
    }
    None
}

/// `chars` in Normalization Form KC; unchanged when the data cannot be had.
fn nfkc(chars: impl Iterator<Item = char>) -> Vec<char> {
    let input: Vec<char> = chars.collect();
    let Some(data) = DATA.get() else {
        return input;
    };
    // Full compatibility decomposition.
    let mut out = Vec::with_capacity(input.len());
    for c in input {
        if (S_BASE..S_BASE + S_COUNT).contains(&(c as u32)) {
            decompose_hangul(c as u32, &mut out);
        } else if let Some(parts) = data.decompositions.get(&c) {
            out.extend(parts);
        } else {
            out.push(c);
        }
    }
    // Canonical ordering: each run of non-starters sorted (stably) by combining class.
    let mut i = 0;
    while i < out.len() {
        if data.class(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && data.class(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&c| data.class(c));
    }
    // Canonical composition.
    let mut result: Vec<char> = Vec::with_capacity(out.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for c in out {
        let class = data.class(c);
        if let Some(s) = starter {
            let blocked = match last_class {
                None => false,
                Some(last) => last == 0 || last >= class,
            };
            if !blocked {
                let joined = compose_hangul(result[s], c)
                    .or_else(|| data.compositions.get(&(result[s], c)).copied());
                if let Some(joined) = joined {
                    result[s] = joined;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(result.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        result.push(c);
    }
    result
}

/// The normalization the parser asks for.
pub trait UnicodeNormalization {
    /// The text in Normalization Form KC.
    fn nfkc(self) -> std::vec::IntoIter<char>;
}

impl UnicodeNormalization for &str {
    fn nfkc(self) -> std::vec::IntoIter<char> {
        nfkc(self.chars()).into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::UnicodeNormalization;

    fn nfkc(s: &str) -> String {
        s.nfkc().collect()
    }

    #[test]
    fn folds_as_cpython_does() {
        assert_eq!(nfkc("ﬁle"), "file");
        assert_eq!(nfkc("ℌ"), "H");
        assert_eq!(nfkc("e\u{301}"), "é");
        assert_eq!(nfkc("é"), "é");
        assert_eq!(nfkc("\u{1100}\u{1161}\u{11A8}"), "각");
        assert_eq!(nfkc("각"), "각");
        assert_eq!(nfkc("²"), "2");
        assert_eq!(nfkc("ｱ"), "ア");
        assert_eq!(nfkc("plain"), "plain");
    }

    /// Every code point, alone and before two combining marks in the wrong order, as
    /// python3 normalizes it (the same python3 that wrote the data).
    #[test]
    fn agrees_with_python_everywhere() {
        let script = "import unicodedata, sys\n\
            for c in range(0x110000):\n\
            \x20   if 0xD800 <= c < 0xE000: continue\n\
            \x20   s = chr(c) + '\\u0307\\u0323'\n\
            \x20   sys.stdout.write('%X %s\\n' % (c, ' '.join('%X' % ord(x) for x in unicodedata.normalize('NFKC', s))))\n";
        let out = std::process::Command::new("python3")
            .args(["-c", script])
            .output();
        let out = out.expect("python3 runs");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        let mut wrong = Vec::new();
        for line in text.lines() {
            let mut fields = line.split(' ').map(|h| u32::from_str_radix(h, 16).unwrap());
            let c = char::from_u32(fields.next().unwrap()).unwrap();
            let want: String = fields.map(|x| char::from_u32(x).unwrap()).collect();
            if nfkc(&format!("{c}\u{307}\u{323}")) != want {
                wrong.push(format!("{:X}", c as u32));
            }
        }
        assert!(text.lines().count() > 1_000_000);
        assert!(
            wrong.is_empty(),
            "{} differ: {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(20)]
        );
    }
}
