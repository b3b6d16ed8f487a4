//! AST to bytecode. `scope` resolves names first; then one `Unit` per code object is
//! filled by the statement, expression, function and pattern compilers.

mod expr;
mod func;
mod handlers;
mod pattern;
pub mod scope;
mod stmt;

use crate::objects::fasthash::FastMap;
use std::rc::Rc;

use ruff_text_size::TextRange;

use crate::bytecode::{CodeFlags, CodeObject, Opcode};
use crate::objects::{PyStr, Value};
use crate::syntax::ast::{Module, Name, Stmt};
use crate::syntax::source::Source;
use crate::syntax::SyntaxError;
use scope::{Resolved, ScopeKind, SymTable};

type R<T> = Result<T, SyntaxError>;

/// A jump target, resolved to an instruction index when the unit is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// What `break`, `continue` and `return` must undo on their way out.
#[derive(Clone, Copy)]
enum FBlock<'a> {
    While {
        start: Label,
        end: Label,
    },
    /// The iterator is on the stack.
    For {
        start: Label,
        end: Label,
    },
    /// The async iterator is on the stack.
    AsyncFor {
        start: Label,
        end: Label,
    },
    /// A `try` body with a handler block set up.
    Try,
    /// A `try` body whose `finally` must run on the way out.
    Finally(&'a [Stmt]),
    /// Inside an `except` handler (the exception is on the stack).
    Handler(Option<&'a Name>),
    /// Inside the exceptional copy of a `finally` body.
    FinallyHandler,
    /// A `with` body: the exit callable is on the stack.
    With {
        is_async: bool,
    },
}

/// One code object being built.
struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    code: Vec<Opcode>,
    locs: Vec<TextRange>,
    consts: Vec<Value>,
    names: Vec<Rc<PyStr>>,
    name_idx: FastMap<Rc<str>, u32>,
    varnames: Vec<Name>,
    var_idx: FastMap<Name, u32>,
    cellvars: Vec<Name>,
    freevars: Vec<Name>,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    loc: TextRange,
    flags: CodeFlags,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    first_line: u32,
    doc: Option<Rc<str>>,
    /// Inside `async def` (or an async comprehension within one).
    is_async: bool,
    /// Caret anchors `(pc, left_end, right_start)`.
    anchors: Vec<(u32, u32, u32)>,
}

/// The compiler state.
struct Compiler<'a> {
    source: Rc<Source>,
    st: SymTable,
    units: Vec<Unit<'a>>,
    /// `from __future__ import annotations`: annotations stay source text.
    future_annotations: bool,
    /// A notebook cell: `await`, `async for` and `async with` allowed at the top level.
    top_level_await: bool,
}

/// Compile a parsed module into its code object.
pub fn compile_module(module: &Module, source: Rc<Source>) -> R<Rc<CodeObject>> {
    let st = scope::build(module)?;
    let mut c = Compiler {
        source,
        st,
        units: vec![],
        future_annotations: module.body.iter().any(|s| {
            matches!(&s.kind, crate::syntax::ast::StmtKind::ImportFrom { module: Some(m), names, .. }
                if &**m == "__future__" && names.iter().any(|a| &*a.name == "annotations"))
        }),
        top_level_await: false,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    c.unit().flags.module = true;
    if has_annotations(&module.body) {
        c.emit(Opcode::SetupAnnotations);
    }
    c.body_with_doc(&module.body)?;
    c.emit_const(Value::None);
    c.emit(Opcode::ReturnValue);
    Ok(c.pop_unit())
}

/// Compile a notebook cell: a module body run as a coroutine on the program's globals
/// (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`, as IPython and `python -m asyncio` compile
/// input), returning the value of its last statement when that is an expression.
pub fn compile_cell(module: &Module, source: Rc<Source>) -> R<Rc<CodeObject>> {
    let st = scope::build(module)?;
    let mut c = Compiler {
        source,
        st,
        units: vec![],
        future_annotations: false,
        top_level_await: true,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    c.unit().flags.module = true;
    c.unit().flags.coroutine = true;
    c.unit().is_async = true;
    if has_annotations(&module.body) {
        c.emit(Opcode::SetupAnnotations);
    }
    match module.body.split_last() {
        Some((
            Stmt {
                kind: crate::syntax::ast::StmtKind::Expr(last),
                range,
            },
            rest,
        )) => {
            c.stmts(rest)?;
            c.set_loc(*range);
            c.expr(last)?;
        }
        _ => {
            c.stmts(&module.body)?;
            c.emit_const(Value::None);
        }
    }
    c.emit(Opcode::ReturnValue);
    Ok(c.pop_unit())
}

/// Compile an expression for `eval`: a module-like code object returning its value.
pub fn compile_expression(
    expr: &crate::syntax::ast::Expr,
    source: Rc<Source>,
) -> R<Rc<CodeObject>> {
    // Scoped as the module `<expr>` would be, without copying the tree (a deep chain
    // would be copied by one Rust call per link).
    let st = scope::build_expression(expr)?;
    let mut c = Compiler {
        source,
        st,
        units: vec![],
        future_annotations: false,
        top_level_await: false,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    c.unit().flags.module = true;
    c.expr(expr)?;
    c.emit(Opcode::ReturnValue);
    Ok(c.pop_unit())
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn u(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn push_unit(&mut self, scope: usize, name: Rc<str>, qualname: Rc<str>, first_line: u32) {
        let sc = &self.st.scopes[scope];
        let varnames = if sc.kind == ScopeKind::Function || sc.kind == ScopeKind::Comprehension {
            sc.locals()
        } else {
            vec![]
        };
        let var_idx = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let is_async = sc.is_coroutine;
        let unit = Unit {
            scope,
            kind: sc.kind,
            name,
            qualname,
            code: vec![],
            locs: vec![],
            consts: vec![],
            names: vec![],
            name_idx: FastMap::default(),
            varnames,
            var_idx,
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            labels: vec![],
            fblocks: vec![],
            loc: TextRange::default(),
            flags: CodeFlags::default(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            first_line,
            doc: None,
            is_async,
            anchors: vec![],
        };
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> Rc<CodeObject> {
        let u = self.units.pop().expect("unit");
        let labels = u.labels;
        let fix = |l: u32| labels.get(l as usize).copied().flatten().unwrap_or(0);
        let code: Vec<Opcode> = u
            .code
            .into_iter()
            .map(|op| match op {
                Opcode::Jump(l) => Opcode::Jump(fix(l)),
                Opcode::PopJumpIfFalse(l) => Opcode::PopJumpIfFalse(fix(l)),
                Opcode::PopJumpIfTrue(l) => Opcode::PopJumpIfTrue(fix(l)),
                Opcode::JumpIfFalseOrPop(l) => Opcode::JumpIfFalseOrPop(fix(l)),
                Opcode::JumpIfTrueOrPop(l) => Opcode::JumpIfTrueOrPop(fix(l)),
                Opcode::PopJumpIfNone(l) => Opcode::PopJumpIfNone(fix(l)),
                Opcode::PopJumpIfNotNone(l) => Opcode::PopJumpIfNotNone(fix(l)),
                Opcode::ForIter(l) => Opcode::ForIter(fix(l)),
                Opcode::Send(l) => Opcode::Send(fix(l)),
                Opcode::SetupExcept(l) => Opcode::SetupExcept(fix(l)),
                Opcode::SetupWith(l) => Opcode::SetupWith(fix(l)),
                other => other,
            })
            .collect();
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                u.var_idx.get(c).copied().filter(|&i| {
                    (i as usize)
                        < (u.argcount + u.kwonly + u.flags.varargs as u32 + u.flags.varkw as u32)
                            as usize
                })
            })
            .collect();
        Rc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            flags: u.flags,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            names: u.names,
            consts: u.consts,
            code,
            locations: u.locs,
            source: self.source.clone(),
            first_line: u.first_line,
            doc: u.doc,
            anchors: u.anchors,
        })
    }

    fn emit(&mut self, op: Opcode) -> usize {
        let u = self.unit();
        u.code.push(op);
        let loc = u.loc;
        u.locs.push(loc);
        u.code.len() - 1
    }

    /// Record caret anchors for the instruction just emitted.
    fn anchor_last(&mut self, left: u32, right: u32) {
        let u = self.unit();
        let pc = u.code.len() as u32 - 1;
        u.anchors.push((pc, left, right));
    }

    /// Anchors for a binary operator between `left` and `right` operands.
    fn binop_anchors(&self, left_end: u32, right_start: u32) -> Option<(u32, u32)> {
        let text = &self.source.text;
        let seg = text.get(left_end as usize..right_start as usize)?;
        let mut off = 0usize;
        for (i, c) in seg.char_indices() {
            if c.is_whitespace() || c == ')' || c == '\\' {
                continue;
            }
            off = i;
            break;
        }
        let op_start = left_end as usize + off;
        let mut op_end = op_start + 1;
        if let Some(c) = text.get(op_end..).and_then(|r| r.chars().next()) {
            if !c.is_whitespace() && op_end < right_start as usize && "*/<>=".contains(c) {
                op_end += 1;
            }
        }
        Some((op_start as u32, op_end as u32))
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind_label(&mut self, l: Label) {
        let u = self.unit();
        let pc = u.code.len() as u32;
        u.labels[l.0 as usize] = Some(pc);
    }

    fn set_loc(&mut self, r: TextRange) -> TextRange {
        std::mem::replace(&mut self.unit().loc, r)
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Reuse equal simple constants.
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Opcode::LoadConst(i));
    }

    fn name_index(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_idx.get(n) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(crate::objects::str::intern(n));
        u.name_idx.insert(n.into(), i);
        i
    }

    fn cell_index(&self, n: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == n) {
            return i as u32;
        }
        let i = u.freevars.iter().position(|c| &**c == n).unwrap_or(0);
        (u.cellvars.len() + i) as u32
    }

    fn resolve(&self, n: &str) -> Resolved {
        let u = self.u();
        if u.kind == ScopeKind::Class
            && n == "__class__"
            && !self.st.scopes[u.scope].resolved.contains_key(n)
        {
            return Resolved::Name;
        }
        self.st.scopes[u.scope].resolve(n)
    }

    /// Emit a load of variable `n`.
    fn load_name(&mut self, n: &str) {
        match self.resolve(n) {
            Resolved::Local => {
                let i = self.u().var_idx.get(n).copied().unwrap_or(0);
                self.emit(Opcode::LoadFast(i));
            }
            Resolved::Cell => {
                let i = self.cell_index(n);
                self.emit(Opcode::LoadDeref(i));
            }
            Resolved::Free => {
                let i = self.cell_index(n);
                if self.u().kind == ScopeKind::Class {
                    let name = self.name_index(n);
                    self.emit(Opcode::LoadClassDeref { name, cell: i });
                } else {
                    self.emit(Opcode::LoadDeref(i));
                }
            }
            Resolved::GlobalExplicit | Resolved::GlobalImplicit => {
                let i = self.name_index(n);
                let in_fn = matches!(
                    self.u().kind,
                    ScopeKind::Function | ScopeKind::Comprehension
                );
                if in_fn || self.resolve(n) == Resolved::GlobalExplicit {
                    self.emit(Opcode::LoadGlobal(i));
                } else {
                    self.emit(Opcode::LoadName(i));
                }
            }
            Resolved::Name => {
                let i = self.name_index(n);
                self.emit(Opcode::LoadName(i));
            }
        }
    }

    /// Emit a store to variable `n`.
    fn store_name(&mut self, n: &str) {
        match self.resolve(n) {
            Resolved::Local => {
                let i = self.u().var_idx.get(n).copied().unwrap_or(0);
                self.emit(Opcode::StoreFast(i));
            }
            Resolved::Cell | Resolved::Free => {
                let i = self.cell_index(n);
                self.emit(Opcode::StoreDeref(i));
            }
            Resolved::GlobalExplicit => {
                let i = self.name_index(n);
                self.emit(Opcode::StoreGlobal(i));
            }
            Resolved::GlobalImplicit => {
                let i = self.name_index(n);
                if self.u().kind == ScopeKind::Function || self.u().kind == ScopeKind::Comprehension
                {
                    self.emit(Opcode::StoreGlobal(i));
                } else {
                    self.emit(Opcode::StoreName(i));
                }
            }
            Resolved::Name => {
                let i = self.name_index(n);
                self.emit(Opcode::StoreName(i));
            }
        }
    }

    /// Emit a delete of variable `n`.
    fn delete_name(&mut self, n: &str) {
        match self.resolve(n) {
            Resolved::Local => {
                let i = self.u().var_idx.get(n).copied().unwrap_or(0);
                self.emit(Opcode::DeleteFast(i));
            }
            Resolved::Cell | Resolved::Free => {
                let i = self.cell_index(n);
                self.emit(Opcode::DeleteDeref(i));
            }
            Resolved::GlobalExplicit | Resolved::GlobalImplicit => {
                let i = self.name_index(n);
                if self.u().kind == ScopeKind::Function || self.u().kind == ScopeKind::Comprehension
                {
                    self.emit(Opcode::DeleteGlobal(i));
                } else {
                    self.emit(Opcode::DeleteName(i));
                }
            }
            Resolved::Name => {
                let i = self.name_index(n);
                self.emit(Opcode::DeleteName(i));
            }
        }
    }

    /// Whether the current unit is a function body (not module/class).
    fn in_function(&self) -> bool {
        self.units
            .iter()
            .any(|u| u.kind == ScopeKind::Function || u.kind == ScopeKind::Comprehension)
            && matches!(
                self.u().kind,
                ScopeKind::Function | ScopeKind::Comprehension
            )
    }
}

/// Whether a module body has simple annotated assignments (outside functions and classes).
fn has_annotations(body: &[Stmt]) -> bool {
    use crate::syntax::ast::StmtKind as K;
    body.iter().any(|s| match &s.kind {
        K::AnnAssign { simple: true, .. } => true,
        K::If { body, orelse, .. }
        | K::For { body, orelse, .. }
        | K::While { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        K::With { body, .. } => has_annotations(body),
        K::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

#[cfg(test)]
mod deep_tests {
    use std::rc::Rc;

    use crate::syntax::source::Source;
    use crate::syntax::{parse_expression, parse_module, SyntaxErrorKind};

    /// Chains CPython compiles at its limit (3,000 levels), and far deeper ones it refuses,
    /// go through the converter, the scope builder, the compiler and the trees' drops on a
    /// 256 KB stack (in a release build): none of them recurses per link.
    #[test]
    fn chains_cost_no_recursion_per_link() {
        let shapes: Vec<fn(usize) -> String> = vec![
            |n| format!("x = 1{}", " + 1".repeat(n)),
            |n| format!("x = {}1", "-".repeat(n)),
            |n| format!("x = {}1", "not ".repeat(n)),
            |n| format!("x = a{}", ".b".repeat(n)),
            |n| format!("x = f{}", "()".repeat(n)),
            |n| format!("x = a{}", ".m()".repeat(n.div_ceil(2))),
            |n| format!("x = a{}", "[0]".repeat(n)),
            |n| format!("x = {}2", "1 if c else ".repeat(n)),
            |n| format!("if {}c: pass", "not ".repeat(n)),
            |n| format!("if c: pass\n{}", "elif c: pass\n".repeat(n)),
        ];
        let run = move || {
            for (i, shape) in shapes.iter().enumerate() {
                let src = shape(2998);
                let module = parse_module(&src).unwrap_or_else(|e| panic!("shape {i}: {}", e.msg));
                let source = Rc::new(Source::new("<deep>", src.clone()));
                super::compile_module(&module, source)
                    .unwrap_or_else(|e| panic!("shape {i}: {}", e.msg));
                drop(module);
                for n in [2999, 100_000] {
                    let e = parse_module(&shape(n)).expect_err("too deep");
                    assert_eq!(e.kind, SyntaxErrorKind::Recursion, "shape {i} at {n}");
                }
            }
            // What is left unconverted after the error goes without recursion too.
            let chain = " + 1".repeat(100_000);
            let src = format!("if c:\n    x = 1{chain}\n    y = 1{chain}\nelif c:\n    z = f(1{chain}, 1{chain})\nelse:\n    w = 1{chain}\nv = 1{chain}\n");
            let e = parse_module(&src).expect_err("too deep");
            assert_eq!(e.kind, SyntaxErrorKind::Recursion);
            let src = format!("x{}", " + x".repeat(2997));
            let e = parse_expression(&src).expect("eval input");
            super::compile_expression(&e, Rc::new(Source::new("<deep>", src.clone())))
                .expect("compiles");
        };
        // Unoptimised, ruff's parser and our own code take many times the stack a
        // level that the release build does: there the point is only that it works.
        let stack = if cfg!(debug_assertions) {
            64 << 20
        } else {
            256 << 10
        };
        std::thread::Builder::new()
            .stack_size(stack)
            .spawn(run)
            .expect("thread")
            .join()
            .expect("no stack overflow");
    }
}
