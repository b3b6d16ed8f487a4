//! Builtin iterator objects: over lists, tuples, strings, ranges, dicts and sets, and the
//! lazy builtins `enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{t, PyDict, PyStr, Type, Value, ViewKind};

/// The state of a builtin iterator.
pub enum IterKind {
    /// Over a list (live: sees appends).
    List {
        list: Rc<super::PyList>,
        idx: usize,
    },
    /// Over a list backwards (`reversed(list)`).
    ListRev {
        list: Rc<super::PyList>,
        idx: usize,
    },
    /// Over a tuple.
    Tuple {
        items: Rc<[Value]>,
        idx: usize,
    },
    /// Over a str, by byte offset.
    Str {
        s: Rc<PyStr>,
        pos: usize,
    },
    /// Over bytes.
    Bytes {
        b: Rc<[u8]>,
        idx: usize,
    },
    /// Over a range.
    Range {
        next: i128,
        step: i128,
        left: i128,
    },
    /// Over a dict's keys, values or items; `len` detects resizing.
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        len: usize,
        kind: ViewKind,
    },
    /// Over a set.
    Set {
        set: Rc<super::PySet>,
        pos: usize,
        len: usize,
    },
    /// Over a snapshot (e.g. frozenset items, generic `reversed`).
    Snapshot {
        items: Vec<Value>,
        idx: usize,
        type_idx: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `reversed(seq)` over a sequence with `__len__`/`__getitem__`.
    Reversed {
        seq: Value,
        idx: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Python sequence protocol: `__getitem__` with 0, 1, 2... until IndexError.
    SeqProto {
        seq: Value,
        idx: i64,
    },
    /// `coroutine.__await__()`: iterates the coroutine.
    CoroWrapper(Rc<super::Generator>),
    /// Exhausted.
    Done,
}

/// A builtin iterator.
pub struct IterObj {
    pub state: RefCell<IterKind>,
    type_idx: usize,
}

impl IterObj {
    /// Wrap `kind`, remembering its type.
    pub fn new(kind: IterKind) -> IterObj {
        let type_idx = match &kind {
            IterKind::List { .. } => 0,
            IterKind::Tuple { .. } => 1,
            IterKind::Str { s, .. } => {
                if s.is_ascii() {
                    2
                } else {
                    16
                }
            }
            IterKind::Range { .. } => 3,
            IterKind::Dict {
                kind: ViewKind::Keys,
                ..
            } => 4,
            IterKind::Dict {
                kind: ViewKind::Values,
                ..
            } => 5,
            IterKind::Dict {
                kind: ViewKind::Items,
                ..
            } => 6,
            IterKind::Set { .. } => 7,
            IterKind::Snapshot { type_idx, .. } => *type_idx,
            IterKind::Enumerate { .. } => 8,
            IterKind::Zip { .. } => 9,
            IterKind::Map { .. } => 10,
            IterKind::Filter { .. } => 11,
            IterKind::Reversed { .. } => 12,
            IterKind::Callable { .. } => 13,
            IterKind::Bytes { .. } => 14,
            IterKind::ListRev { .. } => 15,
            IterKind::SeqProto { .. } => 0,
            IterKind::CoroWrapper(_) => 17,
            IterKind::Done => 0,
        };
        IterObj {
            state: RefCell::new(kind),
            type_idx,
        }
    }

    /// Make a `Value`.
    pub fn value(kind: IterKind) -> Value {
        Value::Iter(Rc::new(IterObj::new(kind)))
    }

    /// The iterator's type.
    pub fn type_of(&self) -> Rc<Type> {
        t().iters[self.type_idx].clone()
    }
}
