//! Code objects: a function's (or module's, or class body's) instructions, constants,
//! names, variable layout and the pc -> source range table used by tracebacks.

use std::rc::Rc;

use ruff_text_size::TextRange;

use super::opcode::Opcode;
use crate::objects::{PyStr, Value};
use crate::syntax::source::Source;

/// Kind-of-code flags (CPython's `co_flags`, the parts we use).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// A generator function.
    pub generator: bool,
    /// An `async def` function.
    pub coroutine: bool,
    /// An `async def` containing `yield`.
    pub async_generator: bool,
    /// A class body (uses a namespace dict).
    pub class_body: bool,
    /// A module body (namespace is the globals).
    pub module: bool,
}

/// A compiled unit of code.
#[derive(Debug)]
pub struct CodeObject {
    /// `co_name`.
    pub name: Rc<str>,
    /// `co_qualname`.
    pub qualname: Rc<str>,
    /// Kind flags.
    pub flags: CodeFlags,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Fast local names; parameters first in CPython's order.
    pub varnames: Vec<Rc<str>>,
    /// Names of cells this code creates (captured by inner functions).
    pub cellvars: Vec<Rc<str>>,
    /// Names of cells this code receives from its closure.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, the parameter's fast index.
    pub cell2arg: Vec<Option<u32>>,
    /// Names used by global/attribute/name instructions.
    pub names: Vec<Rc<PyStr>>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Instructions.
    pub code: Vec<Opcode>,
    /// Source range of each instruction.
    pub locations: Vec<TextRange>,
    /// The source this came from (for tracebacks).
    pub source: Rc<Source>,
    /// Line of the `def`/`class` (or 1 for modules).
    pub first_line: u32,
    /// The docstring, if any.
    pub doc: Option<Rc<str>>,
    /// PEP 657 caret anchors `(pc, left_end, right_start)` (absolute byte offsets) for
    /// binary operators and subscripts, sorted by pc.
    pub anchors: Vec<(u32, u32, u32)>,
}

impl CodeObject {
    /// The 1-based line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> usize {
        match self.locations.get(pc) {
            Some(r) => self.source.line_of(r.start().into()),
            None => self.first_line as usize,
        }
    }

    /// The source range of instruction `pc`.
    pub fn range_of(&self, pc: usize) -> Option<TextRange> {
        self.locations.get(pc).copied()
    }

    /// Caret anchors of instruction `pc`, if any.
    pub fn anchors_of(&self, pc: usize) -> Option<(u32, u32)> {
        let i = self
            .anchors
            .binary_search_by_key(&(pc as u32), |a| a.0)
            .ok()?;
        Some((self.anchors[i].1, self.anchors[i].2))
    }

    /// Total number of cell slots (cells then frees).
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// Whether calling this code makes a generator, coroutine or async generator.
    pub fn is_gen_like(&self) -> bool {
        self.flags.generator || self.flags.coroutine || self.flags.async_generator
    }
}
