//! Scopes that make code objects: `def`, `lambda`, `class` bodies and comprehensions
//! (which 3.11 compiles as nested functions called with their first iterator).

use ruff_text_size::TextRange;

use super::expr::CompKind;
use super::scope::{ScopeKind, TAG_CLASS, TAG_COMP, TAG_FUNC, TAG_LAMBDA};
use super::{Compiler, R};
use crate::bytecode::Opcode;
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

impl<'a> Compiler<'a> {
    fn child_qualname(&self, name: &str) -> std::rc::Rc<str> {
        let u = self.u();
        match u.kind {
            ScopeKind::Module => name.into(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name).into(),
            _ => format!("{}.<locals>.{}", u.qualname, name).into(),
        }
    }

    fn line_of(&self, r: TextRange) -> u32 {
        self.source.line_of(r.start().into()) as u32
    }

    /// Push defaults/kwdefaults and return the MakeFunction flags so far.
    fn defaults(&mut self, params: &'a Params) -> R<u32> {
        let mut flags = 0;
        let pos: Vec<&'a Param> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter(|p| p.default.is_some())
            .collect();
        if !pos.is_empty() {
            for p in &pos {
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Opcode::BuildTuple(pos.len() as u32));
            flags |= 1;
        }
        let kw: Vec<&'a Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kw.is_empty() {
            for p in &kw {
                self.emit_const(Value::str(&p.name));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Opcode::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Push an annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    pub(super) fn annotation(&mut self, a: &'a Expr) -> R<()> {
        if self.future_annotations {
            let text = self
                .source
                .text
                .get(usize::from(a.range.start())..usize::from(a.range.end()))
                .unwrap_or("")
                .to_string();
            self.emit_const(Value::string(text));
            return Ok(());
        }
        self.expr(a)
    }

    /// Push the `__annotations__` dict of a `def` (evaluated eagerly, as 3.11 does).
    fn annotations(&mut self, params: &'a Params, returns: Option<&'a Expr>) -> R<u32> {
        let mut n = 0;
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(params.vararg.iter())
            .chain(&params.kwonly)
            .chain(params.kwarg.iter());
        for p in all {
            if let Some(a) = &p.annotation {
                self.emit_const(Value::str(&p.name));
                self.annotation(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.emit_const(Value::str("return"));
            self.annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Opcode::BuildMap(n));
        Ok(4)
    }

    fn set_params(&mut self, params: &'a Params) {
        let u = self.unit();
        u.argcount = (params.posonly.len() + params.args.len()) as u32;
        u.posonly = params.posonly.len() as u32;
        u.kwonly = params.kwonly.len() as u32;
        u.flags.varargs = params.vararg.is_some();
        u.flags.varkw = params.kwarg.is_some();
    }

    fn set_kind_flags(&mut self, scope: usize) {
        let sc = &self.st.scopes[scope];
        let (g, c) = (sc.is_generator, sc.is_coroutine);
        let u = self.unit();
        u.flags.generator = g && !c;
        u.flags.coroutine = c && !g;
        u.flags.async_generator = c && g;
    }

    /// Emit the closure tuple and code constant, then `MakeFunction`.
    fn make_function(&mut self, code: std::rc::Rc<crate::bytecode::CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for f in code.freevars.clone().iter() {
                let i = self.cell_index(f);
                self.emit(Opcode::LoadClosure(i));
            }
            self.emit(Opcode::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.emit_const(Value::Code(code));
        self.emit(Opcode::MakeFunction(flags));
    }

    pub(super) fn function_def(&mut self, f: &'a FunctionDef, range: TextRange) -> R<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.set_loc(range);
        let mut flags = self.defaults(&f.params)?;
        flags |= self.annotations(&f.params, f.returns.as_ref())?;
        let scope = self.st.scope_for(range, TAG_FUNC).unwrap_or(0);
        let qualname = self.child_qualname(&f.name);
        self.push_unit(scope, f.name.clone(), qualname, self.line_of(range));
        self.set_params(&f.params);
        self.set_kind_flags(scope);
        self.unit().loc = range;
        self.body_with_doc(&f.body)?;
        self.emit_const(Value::None);
        self.emit(Opcode::ReturnValue);
        let code = self.pop_unit();
        self.set_loc(range);
        self.make_function(code, flags);
        for _ in &f.decorators {
            self.emit(Opcode::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    pub(super) fn lambda(&mut self, e: &'a Expr, params: &'a Params, body: &'a Expr) -> R<()> {
        let flags = self.defaults(params)?;
        let scope = self.st.scope_for(e.range, TAG_LAMBDA).unwrap_or(0);
        let qualname = self.child_qualname("<lambda>");
        self.push_unit(scope, "<lambda>".into(), qualname, self.line_of(e.range));
        self.set_params(params);
        self.set_kind_flags(scope);
        self.expr(body)?;
        self.emit(Opcode::ReturnValue);
        let code = self.pop_unit();
        self.set_loc(e.range);
        self.make_function(code, flags);
        Ok(())
    }

    pub(super) fn class_def(&mut self, c: &'a ClassDef, range: TextRange) -> R<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let scope = self.st.scope_for(range, TAG_CLASS).unwrap_or(0);
        let qualname = self.child_qualname(&c.name);
        self.push_unit(scope, c.name.clone(), qualname.clone(), self.line_of(range));
        self.unit().flags.class_body = true;
        self.unit().loc = range;
        let i = self.name_index("__name__");
        self.emit(Opcode::LoadName(i));
        let j = self.name_index("__module__");
        self.emit(Opcode::StoreName(j));
        self.emit_const(Value::str(&qualname));
        let k = self.name_index("__qualname__");
        self.emit(Opcode::StoreName(k));
        if c.body
            .iter()
            .any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. }))
        {
            self.emit(Opcode::SetupAnnotations);
        }
        self.body_with_doc(&c.body)?;
        if self.st.scopes[scope].needs_class_cell {
            let ci = self.cell_index("__class__");
            self.emit(Opcode::LoadClosure(ci));
            let n = self.name_index("__classcell__");
            self.emit(Opcode::StoreName(n));
        }
        self.emit_const(Value::None);
        self.emit(Opcode::ReturnValue);
        let code = self.pop_unit();
        self.set_loc(range);
        self.make_function(code, 0);
        self.emit_const(Value::str(&c.name));
        for b in &c.bases {
            if matches!(b.kind, ExprKind::Starred(_)) {
                return Err(SyntaxError::new(
                    "starred class bases are not supported",
                    b.range,
                ));
            }
            self.expr(b)?;
        }
        let mut nkw = 0;
        let mut names = vec![];
        for k in &c.keywords {
            match &k.name {
                Some(n) => {
                    self.expr(&k.value)?;
                    names.push(Value::str(n));
                    nkw += 1;
                }
                None => {
                    return Err(SyntaxError::new(
                        "**kwargs in class definitions are not supported",
                        k.range,
                    ))
                }
            }
        }
        if nkw > 0 {
            self.emit_const(Value::tuple(names));
        }
        self.set_loc(range);
        self.emit(Opcode::BuildClass(c.bases.len() as u32 | (nkw << 16)));
        for _ in &c.decorators {
            self.emit(Opcode::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    pub(super) fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
    ) -> R<()> {
        let scope = self.st.scope_for(e.range, TAG_COMP).unwrap_or(0);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let is_async = self.st.scopes[scope].has_await;
        let enclosing_async = self.u().is_async;
        if is_async && kind != CompKind::Gen && !enclosing_async {
            return Err(SyntaxError::wide(
                "asynchronous comprehension outside of an asynchronous function",
                e.range,
            ));
        }
        let qualname = self.child_qualname(name);
        self.push_unit(scope, name.into(), qualname, self.line_of(e.range));
        self.unit().argcount = 1;
        self.unit().is_async = is_async || enclosing_async;
        {
            let u = self.unit();
            match kind {
                CompKind::Gen => {
                    if is_async {
                        u.flags.async_generator = true;
                    } else {
                        u.flags.generator = true;
                    }
                }
                _ => {
                    if is_async {
                        u.flags.coroutine = true;
                    }
                }
            }
        }
        self.set_loc(e.range);
        match kind {
            CompKind::List => {
                self.emit(Opcode::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Opcode::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Opcode::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        self.comp_level(kind, elt, value, gens, 0)?;
        if kind == CompKind::Gen {
            self.emit_const(Value::None);
        }
        self.emit(Opcode::ReturnValue);
        let code = self.pop_unit();
        self.set_loc(e.range);
        self.make_function(code, 0);
        let first = &gens[0];
        self.expr(&first.iter)?;
        self.set_loc(e.range);
        self.emit(if first.is_async {
            Opcode::GetAIter
        } else {
            Opcode::GetIter
        });
        self.emit(Opcode::Call(1));
        if is_async && kind != CompKind::Gen {
            self.emit(Opcode::GetAwaitable(0));
            self.emit_await_loop();
        }
        Ok(())
    }

    fn comp_level(
        &mut self,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
        level: usize,
    ) -> R<()> {
        let g = &gens[level];
        if level == 0 {
            let dot0 = self.u().var_idx.get(".0").copied().unwrap_or(0);
            self.emit(Opcode::LoadFast(dot0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Opcode::GetAIter
            } else {
                Opcode::GetIter
            });
        }
        let start = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        if g.is_async {
            let handler = self.new_label();
            self.emit(Opcode::SetupExcept(handler.0));
            self.emit(Opcode::GetANext);
            self.emit_await_loop();
            self.emit(Opcode::PopBlock);
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.cond_jump(cond, false, start)?;
            }
            self.comp_body(kind, elt, value, gens, level)?;
            self.emit(Opcode::Jump(start.0));
            self.bind_label(handler);
            self.emit(Opcode::EndAsyncFor);
            self.bind_label(end);
        } else {
            self.emit(Opcode::ForIter(end.0));
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.cond_jump(cond, false, start)?;
            }
            self.comp_body(kind, elt, value, gens, level)?;
            self.emit(Opcode::Jump(start.0));
            self.bind_label(end);
        }
        Ok(())
    }

    fn comp_body(
        &mut self,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
        level: usize,
    ) -> R<()> {
        if level + 1 < gens.len() {
            return self.comp_level(kind, elt, value, gens, level + 1);
        }
        let depth = (level + 2) as u32;
        match kind {
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Opcode::ListAppend(depth));
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Opcode::SetAdd(depth));
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.emit(Opcode::MapAdd(depth));
            }
            CompKind::Gen => {
                self.expr(elt)?;
                let k = if self.u().flags.async_generator { 2 } else { 0 };
                self.emit(Opcode::YieldValue(k));
                self.emit(Opcode::Pop);
            }
        }
        Ok(())
    }
}
