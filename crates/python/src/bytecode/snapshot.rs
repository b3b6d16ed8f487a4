//! Compiled modules as bytes, and back. A host compiles its frozen modules when it is built
//! ([`build`], from a build script) and installs the result on its thread
//! ([`install`]): importing such a module then decodes its code objects instead of parsing
//! and compiling its source, which was most of the time a fresh page took before it could
//! run `import asyncio`.
//!
//! The format is private to one build of this crate: the snapshot is written by the same
//! compiler that would otherwise compile the source, so a decoded module is the module the
//! source compiles to (the round-trip test re-encodes every decoded module and compares).
//! A module is found by name and used only if its source is the one it was compiled
//! from (length and a 64-bit FNV-1a hash); anything else compiles as before.
//!
//! Layout, integers as LEB128 varints:
//! - the file: magic `LSNAP1`, the module count, then per module its name, source hash,
//!   source length, and the byte length of its entry; then the entries in that order;
//! - an entry: its string table (count, then each string, as a place in the module's source
//!   where it is there verbatim), then the module's code object;
//! - a code object: its fields in [`CodeObject`]'s order; strings as table indices,
//!   instructions as a tag byte and their operands, locations as deltas from the previous
//!   instruction's.

use std::cell::RefCell;
use std::rc::Rc;

use ruff_text_size::{TextRange, TextSize};

use super::code::{CodeFlags, CodeObject};
use super::opcode::{BinOpKind, CmpKind, Opcode, UnaryKind};
use crate::objects::fasthash::FastMap;
use crate::objects::{PyStr, Value};
use crate::syntax::source::Source;

const MAGIC: &[u8] = b"LSNAP1";

thread_local! {
    /// The snapshot [`install`]ed on this thread.
    static INSTALLED: RefCell<Option<Index>> = const { RefCell::new(None) };
}

/// Where each module's entry is in an installed snapshot.
struct Index {
    bytes: &'static [u8],
    modules: FastMap<Box<str>, (u64, usize, std::ops::Range<usize>)>,
}

/// The hash a snapshot keeps of each module's source (FNV-1a, 64 bits).
pub fn source_hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Compiles `modules` (name, source) into a snapshot. A module that does not compile, or
/// holds a constant the format has no room for, is left out (it compiles on import).
pub fn build<'a>(modules: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<u8> {
    let mut entries: Vec<(&str, &str, Vec<u8>)> = Vec::new();
    for (name, text) in modules {
        let Ok(code) = crate::compile_source(text, &format!("<frozen {name}>")) else {
            continue;
        };
        if let Ok(entry) = encode(&code) {
            entries.push((name, text, entry));
        }
    }
    let mut w = Writer::default();
    w.buf.extend_from_slice(MAGIC);
    w.uint(entries.len() as u64);
    for (name, text, entry) in &entries {
        w.bytes(name.as_bytes());
        w.buf.extend_from_slice(&source_hash(text).to_le_bytes());
        w.uint(text.len() as u64);
        w.uint(entry.len() as u64);
    }
    for (_, _, entry) in entries {
        w.buf.extend_from_slice(&entry);
    }
    w.buf
}

/// Makes `bytes` (from [`build`]) the snapshot frozen modules are looked up in on this
/// thread. Bytes that are not a snapshot are ignored.
pub fn install(bytes: &'static [u8]) {
    let index = read_index(bytes);
    INSTALLED.with(|i| *i.borrow_mut() = index);
}

fn read_index(bytes: &'static [u8]) -> Option<Index> {
    let mut r = Reader::new(bytes.strip_prefix(MAGIC)?);
    let count = r.uint()?;
    let mut heads = Vec::new();
    for _ in 0..count {
        let name = std::str::from_utf8(r.bytes()?).ok()?;
        let hash = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let len = r.uint()? as usize;
        let size = r.uint()? as usize;
        heads.push((name, hash, len, size));
    }
    let mut at = bytes.len() - r.rest().len();
    let mut modules = FastMap::default();
    for (name, hash, len, size) in heads {
        let end = at.checked_add(size).filter(|&e| e <= bytes.len())?;
        modules.insert(name.into(), (hash, len, at..end));
        at = end;
    }
    Some(Index { bytes, modules })
}

/// The code of frozen module `name` from this thread's snapshot, if it has the module
/// compiled from `text` (whose [`source_hash`] is `hash`).
pub fn lookup(name: &str, text: &str, hash: u64) -> Option<Rc<CodeObject>> {
    let entry = INSTALLED.with(|i| {
        let i = i.borrow();
        let i = i.as_ref()?;
        let (want, len, range) = i.modules.get(name)?;
        (*len == text.len() && *want == hash).then(|| &i.bytes[range.clone()])
    })?;
    let source = Rc::new(Source::new(&format!("<frozen {name}>"), text.to_string()));
    decode(entry, source).ok()
}

/// One module's code as an entry.
pub fn encode(code: &CodeObject) -> Result<Vec<u8>, String> {
    let mut body = Writer::default();
    body.code(code)?;
    let mut w = Writer::default();
    w.uint(body.table.len() as u64);
    let text = &code.source.text;
    for s in &body.table {
        // Most strings (names, most literals, docstrings) are in the source verbatim: a
        // place in it instead of a copy.
        let len = s.len() as u64;
        match text.find(&**s).filter(|_| !s.is_empty()) {
            Some(at) => {
                w.uint(len << 1 | 1);
                w.uint(at as u64);
            }
            None => {
                w.uint(len << 1);
                w.buf.extend_from_slice(s.as_bytes());
            }
        }
    }
    w.buf.extend_from_slice(&body.buf);
    Ok(w.buf)
}

/// An entry back as code, its source `source`.
pub fn decode(entry: &[u8], source: Rc<Source>) -> Result<Rc<CodeObject>, String> {
    let mut r = Reader::new(entry);
    let bad = || "a malformed snapshot entry".to_string();
    let count = r.uint().ok_or_else(bad)?;
    let mut strings = Vec::new();
    for _ in 0..count {
        let head = r.uint().ok_or_else(bad)?;
        let len = usize::try_from(head >> 1).map_err(|_| bad())?;
        let s = if head & 1 == 1 {
            let at = usize::try_from(r.uint().ok_or_else(bad)?).map_err(|_| bad())?;
            at.checked_add(len)
                .and_then(|end| source.text.get(at..end))
                .ok_or_else(bad)?
        } else {
            std::str::from_utf8(r.take(len).ok_or_else(bad)?).map_err(|_| bad())?
        };
        strings.push(Rc::<str>::from(s));
    }
    let mut d = Decoder {
        r,
        strings,
        names: Vec::new(),
        consts: Vec::new(),
        source,
    };
    d.names.resize(d.strings.len(), None);
    d.consts.resize(d.strings.len(), None);
    d.code().ok_or_else(bad)
}

/// A signed number as an unsigned one, small magnitudes small (0, -1, 1, -2 … as 0, 1, 2,
/// 3 …), for LEB128.
fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

#[derive(Default)]
struct Writer {
    buf: Vec<u8>,
    table: Vec<Rc<str>>,
    index: FastMap<Rc<str>, u32>,
}

impl Writer {
    fn uint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }

    fn int(&mut self, v: i64) {
        self.uint(zigzag(v));
    }

    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.buf.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        let i = match self.index.get(s) {
            Some(&i) => i,
            None => {
                let s: Rc<str> = s.into();
                let i = self.table.len() as u32;
                self.table.push(s.clone());
                self.index.insert(s, i);
                i
            }
        };
        self.uint(u64::from(i));
    }

    fn code(&mut self, code: &CodeObject) -> Result<(), String> {
        // Every field, so that a field added to `CodeObject` is a compile error here.
        let CodeObject {
            name,
            qualname,
            flags,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            consts,
            code,
            locations,
            source: _,
            first_line,
            doc,
            anchors,
        } = code;
        self.str(name);
        self.str(qualname);
        let CodeFlags {
            varargs,
            varkw,
            generator,
            coroutine,
            async_generator,
            class_body,
            module,
        } = *flags;
        let bits = [
            varargs,
            varkw,
            generator,
            coroutine,
            async_generator,
            class_body,
            module,
        ]
        .iter()
        .enumerate()
        .fold(0u64, |acc, (i, &b)| acc | (u64::from(b) << i));
        self.uint(bits);
        for n in [argcount, posonlyargcount, kwonlyargcount] {
            self.uint(u64::from(*n));
        }
        for list in [varnames, cellvars, freevars] {
            self.uint(list.len() as u64);
            for s in list {
                self.str(s);
            }
        }
        self.uint(cell2arg.len() as u64);
        for c in cell2arg {
            self.uint(c.map_or(0, |i| u64::from(i) + 1));
        }
        self.uint(names.len() as u64);
        for n in names {
            self.str(n.as_str());
        }
        self.uint(consts.len() as u64);
        for c in consts {
            self.value(c)?;
        }
        self.uint(code.len() as u64);
        for op in code {
            self.op(*op);
        }
        // 0 for the previous instruction's range again (the commonest case), else the
        // start's distance from the previous start (zigzag, plus one) and the length.
        self.uint(locations.len() as u64);
        let mut last = TextRange::default();
        for &r in locations {
            if r == last {
                self.uint(0);
            } else {
                let delta = i64::from(u32::from(r.start())) - i64::from(u32::from(last.start()));
                self.uint(zigzag(delta) + 1);
                self.uint(u64::from(u32::from(r.len())));
                last = r;
            }
        }
        self.uint(u64::from(*first_line));
        match doc {
            Some(d) => {
                self.uint(1);
                self.str(d);
            }
            None => self.uint(0),
        }
        self.uint(anchors.len() as u64);
        for &(pc, left, right) in anchors {
            self.uint(u64::from(pc));
            self.uint(u64::from(left));
            self.uint(u64::from(right));
        }
        Ok(())
    }

    fn value(&mut self, v: &Value) -> Result<(), String> {
        match v {
            Value::None => self.uint(0),
            Value::Bool(b) => self.uint(1 + u64::from(*b)),
            Value::Int(i) => {
                self.uint(3);
                self.int(*i);
            }
            Value::BigInt(b) => {
                self.uint(4);
                self.bytes(&b.to_signed_bytes_le());
            }
            Value::Float(f) => {
                self.uint(5);
                self.buf.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::Complex(c) => {
                self.uint(6);
                self.buf.extend_from_slice(&c.0.to_bits().to_le_bytes());
                self.buf.extend_from_slice(&c.1.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                self.uint(7);
                self.str(s.as_str());
            }
            Value::Bytes(b) => {
                self.uint(8);
                self.bytes(b);
            }
            Value::Tuple(items) => {
                self.uint(9);
                self.uint(items.len() as u64);
                for item in items.iter() {
                    self.value(item)?;
                }
            }
            Value::Ellipsis => self.uint(10),
            Value::Code(code) => {
                self.uint(11);
                self.code(code)?;
            }
            other => return Err(format!("a {} constant", other.type_name())),
        }
        Ok(())
    }
}

struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf }
    }

    fn rest(&self) -> &'a [u8] {
        self.buf
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.buf.len() {
            return None;
        }
        let (head, tail) = self.buf.split_at(n);
        self.buf = tail;
        Some(head)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.take(1)?.first()?;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }

    fn int(&mut self) -> Option<i64> {
        let v = self.uint()?;
        Some(unzigzag(v))
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = usize::try_from(self.uint()?).ok()?;
        self.take(n)
    }

    fn f64(&mut self) -> Option<f64> {
        Some(f64::from_bits(u64::from_le_bytes(
            self.take(8)?.try_into().ok()?,
        )))
    }
}

struct Decoder<'a> {
    r: Reader<'a>,
    strings: Vec<Rc<str>>,
    /// Interned names and `str` constants made so far, by table index: one object each.
    names: Vec<Option<Rc<PyStr>>>,
    consts: Vec<Option<Value>>,
    source: Rc<Source>,
}

impl Decoder<'_> {
    fn len(&mut self) -> Option<usize> {
        // No list is longer than what is left to read: a bad count fails, not allocates.
        let n = usize::try_from(self.r.uint()?).ok()?;
        (n <= self.r.rest().len()).then_some(n)
    }

    fn str(&mut self) -> Option<Rc<str>> {
        let i = usize::try_from(self.r.uint()?).ok()?;
        self.strings.get(i).cloned()
    }

    fn strs(&mut self) -> Option<Vec<Rc<str>>> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }

    fn code(&mut self) -> Option<Rc<CodeObject>> {
        let name = self.str()?;
        let qualname = self.str()?;
        let bits = self.r.uint()?;
        let bit = |i: u32| bits & (1 << i) != 0;
        let flags = CodeFlags {
            varargs: bit(0),
            varkw: bit(1),
            generator: bit(2),
            coroutine: bit(3),
            async_generator: bit(4),
            class_body: bit(5),
            module: bit(6),
        };
        let argcount = self.r.u32()?;
        let posonlyargcount = self.r.u32()?;
        let kwonlyargcount = self.r.u32()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.len()?;
        let cell2arg = (0..n)
            .map(|_| self.r.u32().map(|c| c.checked_sub(1)))
            .collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let mut names = Vec::with_capacity(n);
        for _ in 0..n {
            let i = usize::try_from(self.r.uint()?).ok()?;
            let s = self.strings.get(i)?;
            let interned = self.names.get_mut(i)?;
            names.push(
                interned
                    .get_or_insert_with(|| crate::objects::str::intern(s))
                    .clone(),
            );
        }
        let n = self.len()?;
        let consts = (0..n).map(|_| self.value()).collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let code = (0..n).map(|_| self.op()).collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let mut locations = Vec::with_capacity(n);
        let mut last = TextRange::default();
        for _ in 0..n {
            let head = self.r.uint()?;
            if head != 0 {
                let delta = unzigzag(head - 1);
                let start = i64::from(u32::from(last.start())).checked_add(delta)?;
                let start = u32::try_from(start).ok()?;
                last = TextRange::at(TextSize::new(start), TextSize::new(self.r.u32()?));
            }
            locations.push(last);
        }
        let first_line = self.r.u32()?;
        let doc = match self.r.uint()? {
            0 => None,
            _ => Some(self.str()?),
        };
        let n = self.len()?;
        let anchors = (0..n)
            .map(|_| Some((self.r.u32()?, self.r.u32()?, self.r.u32()?)))
            .collect::<Option<Vec<_>>>()?;
        Some(Rc::new(CodeObject {
            name,
            qualname,
            flags,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            consts,
            code,
            locations,
            source: self.source.clone(),
            first_line,
            doc,
            anchors,
        }))
    }

    fn value(&mut self) -> Option<Value> {
        Some(match self.r.uint()? {
            0 => Value::None,
            1 => Value::Bool(false),
            2 => Value::Bool(true),
            3 => Value::Int(self.r.int()?),
            4 => Value::from_bigint(num_bigint::BigInt::from_signed_bytes_le(self.r.bytes()?)),
            5 => Value::Float(self.r.f64()?),
            6 => Value::Complex(Rc::new((self.r.f64()?, self.r.f64()?))),
            7 => {
                let i = usize::try_from(self.r.uint()?).ok()?;
                let s = self.strings.get(i)?;
                let slot = self.consts.get_mut(i)?;
                slot.get_or_insert_with(|| Value::str(s)).clone()
            }
            8 => Value::Bytes(Rc::from(self.r.bytes()?)),
            9 => {
                let n = self.len()?;
                let items = (0..n).map(|_| self.value()).collect::<Option<Vec<_>>>()?;
                Value::tuple(items)
            }
            10 => Value::Ellipsis,
            11 => Value::Code(self.code()?),
            _ => return None,
        })
    }
}

/// The operator enums' members in tag order.
const BINOPS: [BinOpKind; 13] = [
    BinOpKind::Add,
    BinOpKind::Sub,
    BinOpKind::Mul,
    BinOpKind::MatMul,
    BinOpKind::TrueDiv,
    BinOpKind::FloorDiv,
    BinOpKind::Mod,
    BinOpKind::Pow,
    BinOpKind::LShift,
    BinOpKind::RShift,
    BinOpKind::And,
    BinOpKind::Or,
    BinOpKind::Xor,
];
const CMPS: [CmpKind; 6] = [
    CmpKind::Lt,
    CmpKind::Le,
    CmpKind::Eq,
    CmpKind::Ne,
    CmpKind::Gt,
    CmpKind::Ge,
];
const UNARIES: [UnaryKind; 4] = [
    UnaryKind::Neg,
    UnaryKind::Pos,
    UnaryKind::Invert,
    UnaryKind::Not,
];

fn position<T: PartialEq>(table: &[T], v: &T) -> u64 {
    table.iter().position(|t| t == v).unwrap_or(0) as u64
}

/// Instruction tags and operands, written and read from one list. The write side's
/// `match` has no wildcard: an instruction added to `Opcode` must be added here.
macro_rules! opcodes {
    (
        none: [$($n:ident),* $(,)?],
        one: [$($o:ident),* $(,)?],
        two: [$($t:ident { $a:ident, $b:ident }),* $(,)?],
        flag: [$($f:ident),* $(,)?],
        binop: [$($bo:ident),* $(,)?],
    ) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u8)]
        enum Tag { $($n,)* $($o,)* $($t,)* $($f,)* $($bo,)* Unary, Compare, End }
        const TAGS: [Tag; Tag::End as usize] = [$(Tag::$n,)* $(Tag::$o,)* $(Tag::$t,)* $(Tag::$f,)* $(Tag::$bo,)* Tag::Unary, Tag::Compare];

        impl Writer {
            fn op(&mut self, op: Opcode) {
                match op {
                    $(Opcode::$n => self.buf.push(Tag::$n as u8),)*
                    $(Opcode::$o(x) => { self.buf.push(Tag::$o as u8); self.uint(u64::from(x)); })*
                    $(Opcode::$t { $a, $b } => {
                        self.buf.push(Tag::$t as u8);
                        self.uint(u64::from($a));
                        self.uint(u64::from($b));
                    })*
                    $(Opcode::$f(x) => { self.buf.push(Tag::$f as u8); self.uint(u64::from(x)); })*
                    $(Opcode::$bo(k) => { self.buf.push(Tag::$bo as u8); self.uint(position(&BINOPS, &k)); })*
                    Opcode::Unary(k) => { self.buf.push(Tag::Unary as u8); self.uint(position(&UNARIES, &k)); }
                    Opcode::Compare(k) => { self.buf.push(Tag::Compare as u8); self.uint(position(&CMPS, &k)); }
                }
            }
        }

        impl Decoder<'_> {
            fn op(&mut self) -> Option<Opcode> {
                let tag = TAGS.get(usize::from(*self.r.take(1)?.first()?))?;
                Some(match tag {
                    $(Tag::$n => Opcode::$n,)*
                    $(Tag::$o => Opcode::$o(self.r.u32()?),)*
                    $(Tag::$t => Opcode::$t { $a: self.r.u32()?, $b: self.r.u32()? },)*
                    $(Tag::$f => Opcode::$f(self.r.uint()? != 0),)*
                    $(Tag::$bo => Opcode::$bo(*BINOPS.get(usize::try_from(self.r.uint()?).ok()?)?),)*
                    Tag::Unary => Opcode::Unary(*UNARIES.get(usize::try_from(self.r.uint()?).ok()?)?),
                    Tag::Compare => Opcode::Compare(*CMPS.get(usize::try_from(self.r.uint()?).ok()?)?),
                    Tag::End => return None,
                })
            }
        }
    };
}

opcodes! {
    none: [
        Nop, Pop, Subscr, StoreSubscr, DeleteSubscr, ListToTuple, GetIter, GetAIter, GetANext,
        ReturnValue, PopBlock, PopExcept, Reraise, CheckExcMatch, CheckEgMatch,
        PrepReraiseStar, BeforeWith, BeforeAsyncWith, WithExceptStart, LoadAssertionError,
        ImportStar, SetupAnnotations, GetLen, MatchMapping, MatchSequence, MatchKeys,
        CopyDictWithoutKeys, EndAsyncFor, GetYieldFromIter, Resume,
    ],
    one: [
        Copy, Swap, LoadConst, LoadFast, StoreFast, DeleteFast, LoadDeref, StoreDeref,
        DeleteDeref, LoadClosure, LoadGlobal, StoreGlobal, DeleteGlobal, LoadName, StoreName,
        DeleteName, LoadAttr, StoreAttr, DeleteAttr, LoadMethod, BuildSlice, BuildTuple,
        BuildList, BuildSet, BuildMap, BuildString, ListAppend, SetAdd, MapAdd, ListExtend,
        SetUpdate, DictUpdate, DictMerge, FormatValue, UnpackSequence, Jump, PopJumpIfFalse,
        PopJumpIfTrue, JumpIfFalseOrPop, JumpIfTrueOrPop, PopJumpIfNone, PopJumpIfNotNone,
        ForIter, GetAwaitable, Send, YieldValue, SetupExcept, Raise, MakeFunction, Call,
        CallKw, CallEx, CallMethod, CallMethodKw, BuildClass, ImportName, ImportFrom,
        MatchClass, SetupWith,
    ],
    two: [LoadClassDeref { name, cell }, UnpackEx { before, after }],
    flag: [Is, Contains],
    binop: [BinaryOp, InplaceOp],
}
