//! `match` statements: each pattern consumes the subject on the stack and either falls
//! through or jumps to a failure label that pops what the pattern left behind.

use super::{Compiler, Label, R};
use crate::bytecode::opcode::{CmpKind, Opcode};
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

/// Failure bookkeeping for one pattern attempt.
struct PatCtx {
    /// `fail_pop[n]` pops n items then fails.
    fail_pop: Vec<Label>,
    /// Items above the case's base that failure must pop.
    on_top: usize,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R<()> {
        self.expr(subject)?;
        let end = self.new_label();
        for case in cases {
            self.set_loc(case.pattern.range);
            self.emit(Opcode::Copy(1));
            let mut ctx = PatCtx {
                fail_pop: vec![],
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut ctx)?;
            if let Some(g) = &case.guard {
                let l = self.fail_label(&mut ctx, 0);
                self.cond_jump(g, false, l)?;
            }
            self.emit(Opcode::Pop);
            self.stmts(&case.body)?;
            self.emit(Opcode::Jump(end.0));
            self.emit_fail_chain(&ctx);
        }
        self.emit(Opcode::Pop);
        self.bind_label(end);
        Ok(())
    }

    fn fail_label(&mut self, ctx: &mut PatCtx, n: usize) -> Label {
        while ctx.fail_pop.len() <= n {
            let l = self.new_label();
            ctx.fail_pop.push(l);
        }
        ctx.fail_pop[n]
    }

    /// Bind the failure labels: each pops one item and falls into the next.
    fn emit_fail_chain(&mut self, ctx: &PatCtx) {
        for i in (0..ctx.fail_pop.len()).rev() {
            self.bind_label(ctx.fail_pop[i]);
            if i > 0 {
                self.emit(Opcode::Pop);
            }
        }
    }

    fn jump_fail_if_false(&mut self, ctx: &mut PatCtx, extra: usize) {
        let l = self.fail_label(ctx, ctx.on_top + extra);
        self.emit(Opcode::PopJumpIfFalse(l.0));
    }

    fn pattern(&mut self, p: &'a Pattern, ctx: &mut PatCtx) -> R<()> {
        self.set_loc(p.range);
        match &p.kind {
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.emit(Opcode::Compare(CmpKind::Eq));
                self.jump_fail_if_false(ctx, 0);
            }
            PatternKind::Singleton(c) => {
                self.emit_const(match c {
                    Constant::None => Value::None,
                    Constant::True => Value::Bool(true),
                    Constant::False => Value::Bool(false),
                });
                self.emit(Opcode::Is(false));
                self.jump_fail_if_false(ctx, 0);
            }
            PatternKind::As { pattern, name } => match (pattern, name) {
                (None, None) => {
                    self.emit(Opcode::Pop);
                }
                (None, Some(n)) => self.store_name(n),
                (Some(inner), n) => {
                    if n.is_some() {
                        self.emit(Opcode::Copy(1));
                        ctx.on_top += 1;
                    }
                    self.pattern(inner, ctx)?;
                    if let Some(n) = n {
                        ctx.on_top -= 1;
                        self.store_name(n);
                    }
                }
            },
            PatternKind::Star(_) => {
                return Err(SyntaxError::new("can't use starred name here", p.range));
            }
            PatternKind::Or(alts) => {
                let success = self.new_label();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 == alts.len() {
                        self.pattern(alt, ctx)?;
                    } else {
                        self.emit(Opcode::Copy(1));
                        let mut sub = PatCtx {
                            fail_pop: vec![],
                            on_top: 0,
                        };
                        self.pattern(alt, &mut sub)?;
                        self.emit(Opcode::Pop);
                        self.emit(Opcode::Jump(success.0));
                        self.emit_fail_chain(&sub);
                    }
                }
                self.bind_label(success);
            }
            PatternKind::Sequence(items) => {
                let star = items
                    .iter()
                    .position(|q| matches!(q.kind, PatternKind::Star(_)));
                self.emit(Opcode::MatchSequence);
                self.jump_fail_if_false(ctx, 1);
                self.emit(Opcode::GetLen);
                match star {
                    Some(_) => {
                        self.emit_const(Value::Int(items.len() as i64 - 1));
                        self.emit(Opcode::Compare(CmpKind::Ge));
                    }
                    None => {
                        self.emit_const(Value::Int(items.len() as i64));
                        self.emit(Opcode::Compare(CmpKind::Eq));
                    }
                }
                self.jump_fail_if_false(ctx, 1);
                match star {
                    Some(si) => {
                        self.emit(Opcode::UnpackEx {
                            before: si as u32,
                            after: (items.len() - si - 1) as u32,
                        });
                    }
                    None => {
                        self.emit(Opcode::UnpackSequence(items.len() as u32));
                    }
                }
                ctx.on_top += items.len();
                for q in items {
                    ctx.on_top -= 1;
                    match &q.kind {
                        PatternKind::Star(Some(n)) => self.store_name(n),
                        PatternKind::Star(None) => {
                            self.emit(Opcode::Pop);
                        }
                        _ => self.pattern(q, ctx)?,
                    }
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.emit(Opcode::MatchMapping);
                self.jump_fail_if_false(ctx, 1);
                if !keys.is_empty() {
                    self.emit(Opcode::GetLen);
                    self.emit_const(Value::Int(keys.len() as i64));
                    self.emit(Opcode::Compare(CmpKind::Ge));
                    self.jump_fail_if_false(ctx, 1);
                }
                for k in keys {
                    self.expr(k)?;
                }
                self.emit(Opcode::BuildTuple(keys.len() as u32));
                self.emit(Opcode::MatchKeys);
                self.emit(Opcode::Copy(1));
                let l = self.fail_label(ctx, ctx.on_top + 3);
                self.emit(Opcode::PopJumpIfNone(l.0));
                self.emit(Opcode::UnpackSequence(keys.len() as u32));
                ctx.on_top += 2 + keys.len();
                for q in patterns {
                    ctx.on_top -= 1;
                    self.pattern(q, ctx)?;
                }
                ctx.on_top -= 2;
                match rest {
                    Some(n) => {
                        self.emit(Opcode::CopyDictWithoutKeys);
                        self.store_name(n);
                        self.emit(Opcode::Pop);
                    }
                    None => {
                        self.emit(Opcode::Pop);
                        self.emit(Opcode::Pop);
                    }
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_names,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names: Vec<Value> = kwd_names.iter().map(|n| Value::str(n)).collect();
                self.emit_const(Value::tuple(names));
                self.set_loc(p.range);
                self.emit(Opcode::MatchClass(patterns.len() as u32));
                self.emit(Opcode::Copy(1));
                let l = self.fail_label(ctx, ctx.on_top + 1);
                self.emit(Opcode::PopJumpIfNone(l.0));
                let n = patterns.len() + kwd_patterns.len();
                self.emit(Opcode::UnpackSequence(n as u32));
                ctx.on_top += n;
                for q in patterns.iter().chain(kwd_patterns) {
                    ctx.on_top -= 1;
                    self.pattern(q, ctx)?;
                }
            }
        }
        Ok(())
    }
}
