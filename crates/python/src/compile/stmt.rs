//! Statements: assignment, control flow, `try`/`with` handler blocks and the unwinding that
//! `break`, `continue` and `return` do through them.

use ruff_text_size::TextRange;

use super::scope::ScopeKind;
use super::{Compiler, FBlock, R};
use crate::bytecode::opcode::{BinOpKind, Opcode};
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

impl<'a> Compiler<'a> {
    /// A body whose first statement may be a docstring.
    pub(super) fn body_with_doc(&mut self, body: &'a [Stmt]) -> R<()> {
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Str(s),
                    ..
                }),
            range,
        }) = body.first()
        {
            let doc: std::rc::Rc<str> = s.as_str().into();
            self.unit().doc = Some(doc.clone());
            if self.u().kind != ScopeKind::Function {
                self.set_loc(*range);
                self.emit_const(Value::str(&doc));
                self.store_name("__doc__");
            }
            return self.stmts(&body[1..]);
        }
        self.stmts(body)
    }

    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.set_loc(s.range);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.range)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.range)?,
            StmtKind::Return(v) => {
                if !self.in_function() {
                    return Err(SyntaxError::wide("'return' outside function", s.range));
                }
                if v.is_some() && self.u().flags.async_generator {
                    return Err(SyntaxError::wide(
                        "'return' with value in async generator",
                        s.range,
                    ));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.set_loc(s.range);
                self.unwind_all(true)?;
                self.emit(Opcode::ReturnValue);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                } else if !*simple || !matches!(target.kind, ExprKind::Name(_)) {
                    // `obj.attr: int` evaluates obj.
                    if let ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } =
                        &target.kind
                    {
                        self.expr(value)?;
                        self.emit(Opcode::Pop);
                    }
                }
                if *simple && self.u().kind != ScopeKind::Function {
                    if let ExprKind::Name(n) = &target.kind {
                        // __annotations__[name] = annotation
                        self.annotation(annotation)?;
                        let i = self.name_index("__annotations__");
                        self.emit(Opcode::LoadName(i));
                        self.emit_const(Value::str(n));
                        self.emit(Opcode::StoreSubscr);
                    }
                }
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.async_for(s.range, target, iter, body, orelse)?
                } else {
                    self.for_loop(target, iter, body, orelse)?
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let end = self.new_label();
                let else_l = self.new_label();
                self.bind_label(start);
                self.cond_jump(test, false, else_l)?;
                self.unit().fblocks.push(FBlock::While { start, end });
                self.stmts(body)?;
                self.unit().fblocks.pop();
                self.emit(Opcode::Jump(start.0));
                self.bind_label(else_l);
                self.stmts(orelse)?;
                self.bind_label(end);
            }
            StmtKind::If { .. } => self.if_chain(s)?,
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async && !self.u().is_async {
                    return Err(SyntaxError::wide(
                        "'async with' outside async function",
                        s.range,
                    ));
                }
                self.with_items(*is_async, items, body, s.range)?
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.range);
                self.emit(Opcode::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.cond_jump(test, true, end)?;
                self.set_loc(test.range);
                self.emit(Opcode::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(test.range);
                    self.emit(Opcode::Call(1));
                }
                self.set_loc(test.range);
                self.emit(Opcode::Raise(1));
                self.bind_label(end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.emit_const(Value::Int(0));
                    self.emit_const(Value::None);
                    let i = self.name_index(&a.name);
                    self.emit(Opcode::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule.
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let j = self.name_index(p);
                                self.emit(Opcode::ImportFrom(j));
                                self.emit(Opcode::Swap(2));
                                self.emit(Opcode::Pop);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("");
                            self.store_name(first);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.emit_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> = names.iter().map(|a| Value::str(&a.name)).collect();
                self.emit_const(Value::tuple(fromlist));
                let modname = module.as_deref().unwrap_or("");
                let i = self.name_index(modname);
                self.emit(Opcode::ImportName(i));
                if names.len() == 1 && &*names[0].name == "*" {
                    if self.u().kind == ScopeKind::Function {
                        return Err(SyntaxError::new(
                            "import * only allowed at module level",
                            s.range,
                        ));
                    }
                    self.emit(Opcode::ImportStar);
                } else {
                    for a in names {
                        let j = self.name_index(&a.name);
                        self.emit(Opcode::ImportFrom(j));
                        self.store_name(a.asname.as_deref().unwrap_or(&a.name));
                    }
                    self.emit(Opcode::Pop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Opcode::Pop);
            }
            StmtKind::Break => self.break_stmt(s.range)?,
            StmtKind::Continue => self.continue_stmt(s.range)?,
        }
        Ok(())
    }

    /// An `if` and its `elif`s — an `If` whose `orelse` is one `If`, and so on — in a
    /// loop rather than one Rust call per `elif`.
    fn if_chain(&mut self, s: &'a Stmt) -> R<()> {
        let mut ends = vec![];
        let mut cur = s;
        while let StmtKind::If { test, body, orelse } = &cur.kind {
            self.set_loc(cur.range);
            let else_l = self.new_label();
            self.cond_jump(test, false, else_l)?;
            self.stmts(body)?;
            if orelse.is_empty() {
                self.bind_label(else_l);
                break;
            }
            let end = self.new_label();
            self.emit(Opcode::Jump(end.0));
            self.bind_label(else_l);
            ends.push(end);
            match crate::syntax::ast::elif_of(orelse) {
                Some(next) => cur = next,
                None => {
                    self.stmts(orelse)?;
                    break;
                }
            }
        }
        for end in ends.into_iter().rev() {
            self.bind_label(end);
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R<()> {
        let kind = binop_kind(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.set_loc(target.range.cover(value.range));
                self.emit(Opcode::InplaceOp(kind));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Opcode::Copy(1));
                let i = self.name_index(attr);
                self.set_loc(target.range);
                self.emit(Opcode::LoadAttr(i));
                self.expr(value)?;
                self.set_loc(target.range.cover(value.range));
                self.emit(Opcode::InplaceOp(kind));
                self.emit(Opcode::Swap(2));
                self.emit(Opcode::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Opcode::Copy(2));
                self.emit(Opcode::Copy(2));
                self.set_loc(target.range);
                self.emit(Opcode::Subscr);
                let (l, r): (u32, u32) = (obj.range.end().into(), slice.range.end().into());
                self.anchor_last(l, (r + 1).min(target.range.end().into()));
                self.expr(value)?;
                self.set_loc(target.range.cover(value.range));
                self.emit(Opcode::InplaceOp(kind));
                // stack: obj key result -> result obj key
                self.emit(Opcode::Swap(3));
                self.emit(Opcode::Swap(2));
                self.emit(Opcode::StoreSubscr);
            }
            _ => {
                return Err(SyntaxError::new(
                    "'expression' is an illegal expression for augmented assignment",
                    target.range,
                ))
            }
        }
        Ok(())
    }

    /// Store TOS into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> R<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.set_loc(t.range);
                self.emit(Opcode::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.range);
                self.emit(Opcode::StoreSubscr);
                let (l, r): (u32, u32) = (value.range.end().into(), slice.range.end().into());
                self.anchor_last(l, (r + 1).min(t.range.end().into()));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                self.set_loc(t.range);
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(SyntaxError::new(
                                "multiple starred expressions in assignment",
                                t.range,
                            ));
                        }
                        self.emit(Opcode::UnpackEx {
                            before: si as u32,
                            after: (items.len() - si - 1) as u32,
                        });
                    }
                    None => {
                        self.emit(Opcode::UnpackSequence(items.len() as u32));
                    }
                }
                for e in items {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new(
                    "starred assignment target must be in a list or tuple",
                    t.range,
                ))
            }
            _ => return Err(SyntaxError::wide("cannot assign to expression", t.range)),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> R<()> {
        self.set_loc(t.range);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.set_loc(t.range);
                self.emit(Opcode::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.range);
                self.emit(Opcode::DeleteSubscr);
                let (l, r): (u32, u32) = (value.range.end().into(), slice.range.end().into());
                self.anchor_last(l, (r + 1).min(t.range.end().into()));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return Err(SyntaxError::wide("cannot delete expression", t.range)),
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let stmt_range = self.u().loc;
        self.expr(iter)?;
        self.set_loc(stmt_range);
        self.emit(Opcode::GetIter);
        let start = self.new_label();
        let else_l = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        self.set_loc(stmt_range);
        self.emit(Opcode::ForIter(else_l.0));
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::For { start, end });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::Jump(start.0));
        self.bind_label(else_l);
        self.stmts(orelse)?;
        self.bind_label(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        range: TextRange,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R<()> {
        if !self.u().is_async {
            return Err(SyntaxError::wide(
                "'async for' outside async function",
                range,
            ));
        }
        self.expr(iter)?;
        self.set_loc(iter.range);
        self.emit(Opcode::GetAIter);
        let start = self.new_label();
        let handler = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        self.emit(Opcode::SetupExcept(handler.0));
        self.emit(Opcode::GetANext);
        self.emit_await_loop();
        self.emit(Opcode::PopBlock);
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::AsyncFor { start, end });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::Jump(start.0));
        self.bind_label(handler);
        self.set_loc(iter.range);
        self.emit(Opcode::EndAsyncFor);
        self.stmts(orelse)?;
        self.bind_label(end);
        Ok(())
    }

    /// `GetAwaitable` must already be done by the caller for `await`; async-for's `GetANext`
    /// pushes an awaitable iterator. Emits `None; L: Send exit; Yield; Jump L; exit:`.
    pub(super) fn emit_await_loop(&mut self) {
        self.emit_const(Value::None);
        let l = self.new_label();
        let exit = self.new_label();
        self.bind_label(l);
        self.emit(Opcode::Send(exit.0));
        self.emit(Opcode::YieldValue(1));
        self.emit(Opcode::Jump(l.0));
        self.bind_label(exit);
    }

    /// Undo one block on the way out of it. `preserve` keeps a return value on top.
    fn unwind_block(&mut self, fb: FBlock<'a>, depth: usize, preserve: bool) -> R<()> {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } | FBlock::AsyncFor { .. } => {
                if preserve {
                    self.emit(Opcode::Swap(2));
                }
                self.emit(Opcode::Pop);
            }
            FBlock::Try => {
                self.emit(Opcode::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Opcode::PopBlock);
                let saved: Vec<FBlock<'a>> = self.unit().fblocks.split_off(depth);
                let r = self.stmts(body);
                self.unit().fblocks.extend(saved);
                r?;
            }
            FBlock::Handler(name) => {
                if preserve {
                    self.emit(Opcode::Swap(2));
                }
                self.emit(Opcode::PopExcept);
                if let Some(n) = name {
                    self.emit_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlock::FinallyHandler => {
                if preserve {
                    self.emit(Opcode::Swap(2));
                }
                self.emit(Opcode::PopExcept);
            }
            FBlock::With { is_async } => {
                self.emit(Opcode::PopBlock);
                if preserve {
                    self.emit(Opcode::Swap(2));
                }
                self.emit_with_exit_call(is_async);
                self.emit(Opcode::Pop);
            }
        }
        Ok(())
    }

    fn unwind_all(&mut self, preserve: bool) -> R<()> {
        let n = self.u().fblocks.len();
        for i in (0..n).rev() {
            let fb = self.u().fblocks[i];
            self.unwind_block(fb, i, preserve)?;
        }
        Ok(())
    }

    fn break_stmt(&mut self, range: TextRange) -> R<()> {
        let n = self.u().fblocks.len();
        for i in (0..n).rev() {
            let fb = self.u().fblocks[i];
            match fb {
                FBlock::While { end, .. } => {
                    self.emit(Opcode::Jump(end.0));
                    return Ok(());
                }
                FBlock::For { end, .. } | FBlock::AsyncFor { end, .. } => {
                    self.emit(Opcode::Pop);
                    self.emit(Opcode::Jump(end.0));
                    return Ok(());
                }
                other => self.unwind_block(other, i, false)?,
            }
        }
        Err(SyntaxError::wide("'break' outside loop", range))
    }

    fn continue_stmt(&mut self, range: TextRange) -> R<()> {
        let n = self.u().fblocks.len();
        for i in (0..n).rev() {
            let fb = self.u().fblocks[i];
            match fb {
                FBlock::While { start, .. }
                | FBlock::For { start, .. }
                | FBlock::AsyncFor { start, .. } => {
                    self.emit(Opcode::Jump(start.0));
                    return Ok(());
                }
                other => self.unwind_block(other, i, false)?,
            }
        }
        Err(SyntaxError::wide("'continue' not properly in loop", range))
    }
}

/// Map an AST operator to the opcode's.
pub(super) fn binop_kind(op: BinOp) -> BinOpKind {
    match op {
        BinOp::Add => BinOpKind::Add,
        BinOp::Sub => BinOpKind::Sub,
        BinOp::Mult => BinOpKind::Mul,
        BinOp::MatMult => BinOpKind::MatMul,
        BinOp::Div => BinOpKind::TrueDiv,
        BinOp::Mod => BinOpKind::Mod,
        BinOp::Pow => BinOpKind::Pow,
        BinOp::LShift => BinOpKind::LShift,
        BinOp::RShift => BinOpKind::RShift,
        BinOp::BitOr => BinOpKind::Or,
        BinOp::BitXor => BinOpKind::Xor,
        BinOp::BitAnd => BinOpKind::And,
        BinOp::FloorDiv => BinOpKind::FloorDiv,
    }
}
