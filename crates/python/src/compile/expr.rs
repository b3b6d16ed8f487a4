//! Expressions: operators, literals and displays, calls (plain, method, keyword, star),
//! comparisons chains, conditional jumps, f-strings, `await`/`yield`.

use std::rc::Rc;

use ruff_text_size::TextRange;

use super::scope::ScopeKind;
use super::stmt::binop_kind;
use super::{Compiler, Label, R};
use crate::bytecode::opcode::{CmpKind, Opcode, UnaryKind};
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

impl<'a> Compiler<'a> {
    /// Compiles an expression. Chains (binary operators' left operands, unary operands,
    /// the objects of attributes, subscripts and calls, conditional expressions' `else`,
    /// `await`) are walked down in a loop and their links finished on the way back up, so
    /// a chain thousands of links long costs no Rust recursion per link.
    pub(super) fn expr(&mut self, e: &'a Expr) -> R<()> {
        // Each link with the location to restore when it is done (its parent's).
        let mut links: Vec<(&'a Expr, TextRange, Option<Label>)> = vec![];
        let mut cur = e;
        loop {
            let next = match &cur.kind {
                ExprKind::BinOp { left, .. } => left,
                ExprKind::UnaryOp { op, operand } if !folds(*op, operand) => operand,
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                ExprKind::Await(v) if self.await_allowed() => v,
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                } if plain_call(func, args, keywords) => match &func.kind {
                    ExprKind::Attribute { value, .. } => value,
                    _ => func,
                },
                ExprKind::IfExp { .. } => cur,
                _ => break,
            };
            let saved = self.set_loc(cur.range);
            if let ExprKind::IfExp { test, body, orelse } = &cur.kind {
                let else_l = self.new_label();
                let end = self.new_label();
                self.cond_jump(test, false, else_l)?;
                self.expr(body)?;
                self.emit(Opcode::Jump(end.0));
                self.bind_label(else_l);
                links.push((cur, saved, Some(end)));
                cur = orelse;
            } else {
                links.push((cur, saved, None));
                cur = next;
            }
        }
        let saved = self.set_loc(cur.range);
        self.expr_inner(cur)?;
        self.set_loc(saved);
        while let Some((link, saved, end)) = links.pop() {
            self.set_loc(link.range);
            match &link.kind {
                ExprKind::BinOp { left, op, right } => {
                    self.expr(right)?;
                    self.binop_tail(link, left, *op, right);
                }
                ExprKind::UnaryOp { op, .. } => self.unary_tail(*op),
                ExprKind::Attribute { attr, .. } => {
                    let i = self.name_index(attr);
                    self.emit(Opcode::LoadAttr(i));
                }
                ExprKind::Subscript { value, slice } => {
                    self.expr(slice)?;
                    self.subscr_tail(link, value, slice);
                }
                ExprKind::Await(_) => self.await_tail(),
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                } => {
                    if let ExprKind::Attribute { attr, .. } = &func.kind {
                        self.set_loc(func.range);
                        let i = self.name_index(attr);
                        self.emit(Opcode::LoadMethod(i));
                        self.call_tail(link, true, args, keywords)?;
                    } else {
                        self.call_tail(link, false, args, keywords)?;
                    }
                }
                ExprKind::IfExp { .. } => {
                    if let Some(end) = end {
                        self.bind_label(end);
                    }
                }
                _ => {}
            }
            self.set_loc(saved);
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R<()> {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        match op {
                            BoolOp::And => self.emit(Opcode::JumpIfFalseOrPop(end.0)),
                            BoolOp::Or => self.emit(Opcode::JumpIfTrueOrPop(end.0)),
                        };
                    }
                }
                self.bind_label(end);
            }
            ExprKind::Named { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::Copy(1));
                self.store_name(target);
            }
            // A negative numeric literal, folded (`expr` leaves these here: `folds`).
            ExprKind::UnaryOp { op, operand } if folds(*op, operand) => match operand.kind {
                ExprKind::Int(i) => self.emit_const(Value::Int(-i)),
                ExprKind::Float(f) => self.emit_const(Value::Float(-f)),
                _ => {}
            },
            // Links of a chain: `expr` compiles them, in its loop.
            ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. } => self.expr(e)?,
            ExprKind::Lambda { params, body } => self.lambda(e, params, body)?,
            ExprKind::Dict(items) => {
                let has_unpack = items.iter().any(|(k, _)| k.is_none());
                if !has_unpack {
                    for (k, v) in items {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Opcode::BuildMap(items.len() as u32));
                } else {
                    self.emit(Opcode::BuildMap(0));
                    for (k, v) in items {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Opcode::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Opcode::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            ExprKind::Set(items) => self.sequence(items, Seq::Set)?,
            ExprKind::List(items) => self.sequence(items, Seq::List)?,
            ExprKind::Tuple(items) => {
                if !items.iter().any(|x| matches!(x.kind, ExprKind::Starred(_))) {
                    if let Some(c) = const_tuple(items) {
                        self.emit_const(c);
                        return Ok(());
                    }
                }
                self.sequence(items, Seq::Tuple)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, elt, None, generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, elt, None, generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, key, Some(value), generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, elt, None, generators)?
            }
            ExprKind::Await(v) => {
                if !(self.in_function() || self.top_level_await && self.u().flags.module) {
                    return Err(SyntaxError::wide("'await' outside function", e.range));
                }
                if !self.await_allowed() {
                    return Err(SyntaxError::wide("'await' outside async function", e.range));
                }
                self.expr(v)?;
                self.set_loc(e.range);
                self.await_tail();
            }
            ExprKind::Yield(v) => {
                if !self.in_function() {
                    return Err(SyntaxError::wide("'yield' outside function", e.range));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.set_loc(e.range);
                let kind = if self.u().flags.async_generator { 2 } else { 0 };
                self.emit(Opcode::YieldValue(kind));
            }
            ExprKind::YieldFrom(v) => {
                if !self.in_function() {
                    return Err(SyntaxError::wide("'yield' outside function", e.range));
                }
                if self.u().is_async {
                    return Err(SyntaxError::wide(
                        "'yield from' inside async function",
                        e.range,
                    ));
                }
                self.expr(v)?;
                self.set_loc(e.range);
                self.emit(Opcode::GetYieldFromIter);
                self.emit_await_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.set_loc(e.range);
                    self.emit_cmp(ops[0]);
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        self.set_loc(e.range);
                        if i + 1 < ops.len() {
                            self.emit(Opcode::Swap(2));
                            self.emit(Opcode::Copy(2));
                            self.emit_cmp(*op);
                            self.emit(Opcode::JumpIfFalseOrPop(cleanup.0));
                        } else {
                            self.emit_cmp(*op);
                        }
                    }
                    self.emit(Opcode::Jump(end.0));
                    self.bind_label(cleanup);
                    self.emit(Opcode::Swap(2));
                    self.emit(Opcode::Pop);
                    self.bind_label(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Str(s) => self.emit_const(Value::str(s)),
            ExprKind::Bytes(b) => self.emit_const(Value::Bytes(Rc::from(b.as_slice()))),
            ExprKind::Int(i) => self.emit_const(Value::Int(*i)),
            ExprKind::BigInt(digits) => {
                let v = num_bigint::BigInt::parse_bytes(digits.as_bytes(), 10).unwrap_or_default();
                self.emit_const(Value::from_bigint(v));
            }
            ExprKind::Float(f) => self.emit_const(Value::Float(*f)),
            ExprKind::Complex(im) => self.emit_const(crate::objects::complex::complex(0.0, *im)),
            ExprKind::Const(c) => self.emit_const(match c {
                Constant::None => Value::None,
                Constant::True => Value::Bool(true),
                Constant::False => Value::Bool(false),
            }),
            ExprKind::Ellipsis => self.emit_const(Value::Ellipsis),
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new(
                    "can't use starred expression here",
                    e.range,
                ));
            }
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Opcode::BuildSlice(3));
                    }
                    None => {
                        self.emit(Opcode::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    fn emit_cmp(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Opcode::Compare(CmpKind::Eq),
            CmpOp::NotEq => Opcode::Compare(CmpKind::Ne),
            CmpOp::Lt => Opcode::Compare(CmpKind::Lt),
            CmpOp::LtE => Opcode::Compare(CmpKind::Le),
            CmpOp::Gt => Opcode::Compare(CmpKind::Gt),
            CmpOp::GtE => Opcode::Compare(CmpKind::Ge),
            CmpOp::Is => Opcode::Is(false),
            CmpOp::IsNot => Opcode::Is(true),
            CmpOp::In => Opcode::Contains(false),
            CmpOp::NotIn => Opcode::Contains(true),
        });
    }

    /// Evaluate `test` and jump to `target` when its truth equals `when`.
    pub(super) fn cond_jump(&mut self, test: &'a Expr, when: bool, target: Label) -> R<()> {
        // `not not … x` in a loop.
        let (mut test, mut when) = (test, when);
        while let ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } = &test.kind
        {
            (test, when) = (operand, !when);
        }
        if let ExprKind::BoolOp { op, values } = &test.kind {
            let is_and = *op == BoolOp::And;
            // and/jump-if-false and or/jump-if-true short-circuit straight to target.
            if is_and != when {
                for v in values {
                    self.cond_jump(v, when, target)?;
                }
            } else {
                let skip = self.new_label();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    if i + 1 < n {
                        self.cond_jump(v, !when, skip)?;
                    } else {
                        self.cond_jump(v, when, target)?;
                    }
                }
                self.bind_label(skip);
            }
            return Ok(());
        }
        self.expr(test)?;
        self.emit(if when {
            Opcode::PopJumpIfTrue(target.0)
        } else {
            Opcode::PopJumpIfFalse(target.0)
        });
        Ok(())
    }

    fn sequence(&mut self, items: &'a [Expr], kind: Seq) -> R<()> {
        let has_star = items.iter().any(|x| matches!(x.kind, ExprKind::Starred(_)));
        if !has_star {
            for x in items {
                self.expr(x)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                Seq::List => Opcode::BuildList(n),
                Seq::Tuple => Opcode::BuildTuple(n),
                Seq::Set => Opcode::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            Seq::Set => self.emit(Opcode::BuildSet(0)),
            _ => self.emit(Opcode::BuildList(0)),
        };
        for x in items {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(match kind {
                        Seq::Set => Opcode::SetUpdate(1),
                        _ => Opcode::ListExtend(1),
                    });
                }
                _ => {
                    self.expr(x)?;
                    self.emit(match kind {
                        Seq::Set => Opcode::SetAdd(1),
                        _ => Opcode::ListAppend(1),
                    });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Opcode::ListToTuple);
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R<()> {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.name.is_none());
        // Zero-argument super() becomes super(__class__, <first argument>).
        if let ExprKind::Name(n) = &func.kind {
            if &**n == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.u().kind == ScopeKind::Function
            {
                let sc = &self.st.scopes[self.u().scope];
                if sc.resolve("super") == super::scope::Resolved::GlobalImplicit {
                    if let Some(first) = sc.params.first().cloned() {
                        if self.u().freevars.iter().any(|f| &**f == "__class__") {
                            self.load_name("super");
                            self.load_name("__class__");
                            self.load_name(&first);
                            self.set_loc(e.range);
                            self.emit(Opcode::Call(2));
                            return Ok(());
                        }
                    }
                }
            }
        }
        if has_star || has_dstar {
            self.expr(func)?;
            self.sequence(args, Seq::Tuple)?;
            if args.iter().all(|a| !matches!(a.kind, ExprKind::Starred(_))) {
                // sequence() built a tuple directly
            }
            if !keywords.is_empty() {
                self.emit(Opcode::BuildMap(0));
                for k in keywords {
                    match &k.name {
                        Some(n) => {
                            self.emit_const(Value::str(n));
                            self.expr(&k.value)?;
                            self.emit(Opcode::BuildMap(1));
                            self.emit(Opcode::DictMerge(1));
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Opcode::DictMerge(1));
                        }
                    }
                }
                self.set_loc(e.range);
                self.emit(Opcode::CallEx(1));
            } else {
                self.set_loc(e.range);
                self.emit(Opcode::CallEx(0));
            }
            return Ok(());
        }
        let method = matches!(func.kind, ExprKind::Attribute { .. });
        if let ExprKind::Attribute { value, attr } = &func.kind {
            self.expr(value)?;
            self.set_loc(func.range);
            let i = self.name_index(attr);
            self.emit(Opcode::LoadMethod(i));
        } else {
            self.expr(func)?;
        }
        self.call_tail(e, method, args, keywords)
    }

    /// A plain call's arguments and the call, its callable (or method) already pushed.
    fn call_tail(
        &mut self,
        e: &'a Expr,
        method: bool,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R<()> {
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.set_loc(e.range);
        let n = (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(if method {
                Opcode::CallMethod(n)
            } else {
                Opcode::Call(n)
            });
        } else {
            let names: Vec<Value> = keywords
                .iter()
                .map(|k| Value::str(k.name.as_deref().unwrap_or("")))
                .collect();
            self.emit_const(Value::tuple(names));
            self.emit(if method {
                Opcode::CallMethodKw(n)
            } else {
                Opcode::CallKw(n)
            });
        }
        Ok(())
    }

    fn binop_tail(&mut self, e: &'a Expr, left: &'a Expr, op: BinOp, right: &'a Expr) {
        self.set_loc(e.range);
        self.emit(Opcode::BinaryOp(binop_kind(op)));
        if let Some((l, r)) =
            self.binop_anchors(left.range.end().into(), right.range.start().into())
        {
            self.anchor_last(l, r);
        }
    }

    fn unary_tail(&mut self, op: UnaryOp) {
        self.emit(Opcode::Unary(match op {
            UnaryOp::Invert => UnaryKind::Invert,
            UnaryOp::Not => UnaryKind::Not,
            UnaryOp::UAdd => UnaryKind::Pos,
            UnaryOp::USub => UnaryKind::Neg,
        }));
    }

    fn subscr_tail(&mut self, e: &'a Expr, value: &'a Expr, slice: &'a Expr) {
        self.set_loc(e.range);
        self.emit(Opcode::Subscr);
        let (l, r): (u32, u32) = (value.range.end().into(), slice.range.end().into());
        self.anchor_last(l, (r + 1).min(e.range.end().into()));
    }

    /// Whether `await` may appear here (else `expr_inner` says why not).
    fn await_allowed(&self) -> bool {
        (self.in_function() || self.top_level_await && self.u().flags.module)
            && (self.u().is_async
                || self.u().kind == ScopeKind::Comprehension
                    && self.units.iter().rev().skip(1).any(|u| u.is_async))
    }

    fn await_tail(&mut self) {
        self.emit(Opcode::GetAwaitable(0));
        self.emit_await_loop();
    }

    fn fstring(&mut self, parts: &'a [FPart]) -> R<()> {
        if parts.is_empty() {
            self.emit_const(Value::str(""));
            return Ok(());
        }
        let mut n = 0;
        for p in parts {
            match p {
                FPart::Lit(s) => {
                    self.emit_const(Value::str(s));
                    n += 1;
                }
                FPart::Expr {
                    expr,
                    conversion,
                    spec,
                    debug,
                } => {
                    if let Some(d) = debug {
                        self.emit_const(Value::str(d));
                        n += 1;
                    }
                    self.expr(expr)?;
                    let mut conv = conversion.map(|c| c as u32).unwrap_or(0);
                    if debug.is_some() && conversion.is_none() && spec.is_none() {
                        conv = 'r' as u32;
                    }
                    let mut flags = conv;
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 0x100;
                    }
                    self.set_loc(expr.range);
                    self.emit(Opcode::FormatValue(flags));
                    n += 1;
                }
            }
        }
        if n != 1 {
            self.emit(Opcode::BuildString(n));
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}

/// Kinds of comprehension.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// Whether a unary operation is folded into a constant (`-1`, `-2.5`).
fn folds(op: UnaryOp, operand: &Expr) -> bool {
    op == UnaryOp::USub
        && match operand.kind {
            ExprKind::Int(i) => i != 0,
            ExprKind::Float(_) => true,
            _ => false,
        }
}

/// Whether `call` compiles a call as `callable, args…, CALL` (or the method form): no
/// `*`/`**` arguments and not a bare name (zero-argument `super()` is one).
fn plain_call(func: &Expr, args: &[Expr], keywords: &[Keyword]) -> bool {
    !matches!(func.kind, ExprKind::Name(_))
        && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
        && !keywords.iter().any(|k| k.name.is_none())
}

fn const_value(e: &Expr) -> Option<Value> {
    Some(match &e.kind {
        ExprKind::Int(i) => Value::Int(*i),
        ExprKind::Float(f) => Value::Float(*f),
        ExprKind::Str(s) => Value::str(s),
        ExprKind::Const(Constant::None) => Value::None,
        ExprKind::Const(Constant::True) => Value::Bool(true),
        ExprKind::Const(Constant::False) => Value::Bool(false),
        ExprKind::Tuple(items) => const_tuple(items)?,
        _ => return None,
    })
}

fn const_tuple(items: &[Expr]) -> Option<Value> {
    let vals: Option<Vec<Value>> = items.iter().map(const_value).collect();
    vals.map(Value::tuple)
}
