//! Statements that set up handler blocks: `with`/`async with`, `try`/`except`/`else`,
//! `except*` and `finally` (whose body is compiled twice: inline for normal exits and as
//! the handler for exceptional ones).

use ruff_text_size::TextRange;

use super::{Compiler, FBlock, Label, R};
use crate::bytecode::opcode::Opcode;
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

impl<'a> Compiler<'a> {
    pub(super) fn with_items(
        &mut self,
        is_async: bool,
        items: &'a [WithItem],
        body: &'a [Stmt],
        range: TextRange,
    ) -> R<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context)?;
        self.set_loc(first.context.range);
        if is_async {
            self.emit(Opcode::BeforeAsyncWith);
            self.emit(Opcode::GetAwaitable(1));
            self.emit_await_loop();
        } else {
            self.emit(Opcode::BeforeWith);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.emit(Opcode::SetupWith(handler.0));
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Opcode::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_items(is_async, rest, body, range)?;
        }
        self.unit().fblocks.pop();
        self.set_loc(range);
        self.emit(Opcode::PopBlock);
        self.emit_with_exit_call(is_async);
        self.emit(Opcode::Pop);
        self.emit(Opcode::Jump(end.0));
        // Exceptional exit: stack is `exit exc`.
        self.bind_label(handler);
        self.set_loc(range);
        self.emit(Opcode::WithExceptStart);
        if is_async {
            self.emit(Opcode::GetAwaitable(2));
            self.emit_await_loop();
        }
        let suppress = self.new_label();
        self.emit(Opcode::PopJumpIfTrue(suppress.0));
        self.emit(Opcode::Reraise);
        self.bind_label(suppress);
        self.emit(Opcode::PopExcept);
        self.emit(Opcode::Pop);
        self.bind_label(end);
        Ok(())
    }

    /// With the exit callable on top: call `exit(None, None, None)` leaving `exit result`.
    pub(super) fn emit_with_exit_call(&mut self, is_async: bool) {
        self.emit(Opcode::Copy(1));
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit(Opcode::Call(3));
        if is_async {
            self.emit(Opcode::GetAwaitable(2));
            self.emit_await_loop();
        }
        // stack: exit result
        self.emit(Opcode::Pop);
    }

    pub(super) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> R<()> {
        let h = self.new_label();
        let end = self.new_label();
        self.emit(Opcode::SetupExcept(h.0));
        self.unit().fblocks.push(FBlock::Try);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::PopBlock);
        self.stmts(orelse)?;
        self.emit(Opcode::Jump(end.0));
        self.bind_label(h);
        if is_star {
            self.except_star_handlers(handlers, end)?;
        } else {
            self.except_handlers(handlers, end)?;
        }
        self.bind_label(end);
        Ok(())
    }

    fn except_handlers(&mut self, handlers: &'a [ExceptHandler], end: Label) -> R<()> {
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.range);
            let next = self.new_label();
            match &handler.typ {
                Some(t) => {
                    self.emit(Opcode::Copy(1));
                    self.expr(t)?;
                    self.set_loc(handler.range);
                    self.emit(Opcode::CheckExcMatch);
                    self.emit(Opcode::PopJumpIfFalse(next.0));
                    match &handler.name {
                        Some(n) => self.store_name(n),
                        None => {
                            self.emit(Opcode::Pop);
                        }
                    }
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(SyntaxError::new(
                            "default 'except:' must be last",
                            handler.range,
                        ));
                    }
                }
            }
            self.unit()
                .fblocks
                .push(FBlock::Handler(handler.name.as_ref()));
            self.stmts(&handler.body)?;
            self.unit().fblocks.pop();
            self.emit(Opcode::PopExcept);
            if let Some(n) = &handler.name {
                self.emit_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Opcode::Jump(end.0));
            self.bind_label(next);
            if handler.typ.is_some() {
                self.emit(Opcode::Pop);
            }
        }
        self.emit(Opcode::Reraise);
        Ok(())
    }

    /// `except*`: each clause splits off the matching part of the group; what the clauses
    /// raise and what nothing matched are re-raised together at the end.
    fn except_star_handlers(&mut self, handlers: &'a [ExceptHandler], end: Label) -> R<()> {
        // Stack at entry: orig. We keep: orig rest raised_list.
        self.emit(Opcode::Copy(1)); // orig rest
        self.emit(Opcode::BuildList(0)); // orig rest raised
        for handler in handlers {
            self.set_loc(handler.range);
            let next = self.new_label();
            let after = self.new_label();
            // rest raised -> raised rest
            self.emit(Opcode::Swap(2));
            if let Some(t) = &handler.typ {
                self.expr(t)?;
            } else {
                return Err(SyntaxError::new(
                    "expected one or more exception types",
                    handler.range,
                ));
            }
            self.set_loc(handler.range);
            self.emit(Opcode::CheckEgMatch); // raised rest match
            self.emit(Opcode::Copy(1));
            self.emit(Opcode::PopJumpIfNone(next.0));
            // raised rest match: bind the match, run the clause.
            let inner_h = self.new_label();
            match &handler.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Opcode::Pop);
                }
            }
            self.emit(Opcode::SetupExcept(inner_h.0));
            self.unit().fblocks.push(FBlock::Try);
            self.stmts(&handler.body)?;
            self.unit().fblocks.pop();
            self.emit(Opcode::PopBlock);
            self.emit(Opcode::Jump(after.0));
            // The clause raised: raised rest exc -> append exc to raised.
            self.bind_label(inner_h);
            self.emit(Opcode::Copy(1));
            self.emit(Opcode::ListAppend(3));
            self.emit(Opcode::PopExcept); // raised rest
            self.emit(Opcode::Swap(2)); // rest raised
            let cont = self.new_label();
            self.emit(Opcode::Jump(cont.0));
            self.bind_label(after);
            self.emit(Opcode::Swap(2)); // rest raised
            self.emit(Opcode::Jump(cont.0));
            self.bind_label(next);
            // raised rest None
            self.emit(Opcode::Pop);
            self.emit(Opcode::Swap(2)); // rest raised
            self.bind_label(cont);
            if let Some(n) = &handler.name {
                self.emit_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
        }
        // orig rest raised: add the unmatched rest, then combine.
        self.emit(Opcode::Swap(2)); // orig raised rest
        self.emit(Opcode::ListAppend(1)); // orig raised   (rest may be None)
        self.emit(Opcode::PrepReraiseStar); // orig exc_or_none
        let none = self.new_label();
        self.emit(Opcode::Copy(1));
        self.emit(Opcode::PopJumpIfNone(none.0));
        self.emit(Opcode::Swap(2));
        self.emit(Opcode::Pop);
        self.emit(Opcode::Reraise);
        self.bind_label(none);
        self.emit(Opcode::Pop);
        self.emit(Opcode::PopExcept);
        self.emit(Opcode::Jump(end.0));
        Ok(())
    }

    pub(super) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> R<()> {
        let h = self.new_label();
        let end = self.new_label();
        self.emit(Opcode::SetupExcept(h.0));
        self.unit().fblocks.push(FBlock::Finally(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.unit().fblocks.pop();
        self.emit(Opcode::PopBlock);
        self.stmts(finalbody)?;
        self.emit(Opcode::Jump(end.0));
        self.bind_label(h);
        self.unit().fblocks.push(FBlock::FinallyHandler);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::Reraise);
        self.bind_label(end);
        Ok(())
    }
}
