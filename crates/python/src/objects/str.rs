//! `str` storage: UTF-8 text with its character count and a cached hash, so indexing by
//! code point is cheap for ASCII text and hashing happens once.

use std::cell::Cell;

/// A Python string.
pub struct PyStr {
    s: Box<str>,
    chars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// Copy `s` into a new string.
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: s.chars().count(),
            s: s.into(),
            hash: Cell::new(None),
        }
    }

    /// Take ownership of `s`.
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            chars: s.chars().count(),
            s: s.into_boxed_str(),
            hash: Cell::new(None),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Whether every character is ASCII (byte index == char index).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The code point at char index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of char index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Substring by char indices `[start, end)`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        self.s.get(a..b).unwrap_or("")
    }

    /// The string's hash (deterministic FNV-1a variant; CPython randomises str hashes, so
    /// no program can depend on the exact value).
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(Some(h));
        h
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// The hash of a `str` with this text (what `PyStr::hash` caches), computed without
/// making a `PyStr`: dict lookups by a Rust `&str` use it.
pub const fn hash_str(s: &str) -> i64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

thread_local! {
    static INTERNED: std::cell::RefCell<super::fasthash::FastMap<Box<str>, std::rc::Rc<PyStr>>> =
        std::cell::RefCell::new(Default::default());
}

/// The one shared `PyStr` for an identifier of compiled code (names of globals,
/// attributes, methods): namespaces keyed by it then match by pointer before comparing
/// text (CPython interns identifiers for the same reason). Only compiled names come here,
/// so the table grows with the programs' vocabulary, not with their data.
pub fn intern(s: &str) -> std::rc::Rc<PyStr> {
    INTERNED.with(|t| {
        if let Some(p) = t.borrow().get(s) {
            return p.clone();
        }
        let p = std::rc::Rc::new(PyStr::new(s));
        p.hash();
        t.borrow_mut().insert(s.into(), p.clone());
        p
    })
}
