//! `except` and `except*` matching, and recombining what `except*` clauses raised.

use crate::bytecode::Opcode;
use crate::objects::{PyResult, Value};
use crate::vm::frame::Frame;
use crate::vm::run::{pop, stack_err, Flow};
use crate::vm::Interp;

impl Interp {
    pub(super) fn op_except(&mut self, frame: &mut Frame, op: Opcode) -> PyResult<Flow> {
        match op {
            Opcode::CheckExcMatch => {
                let typ = pop(frame)?;
                let exc = frame.stack.last().cloned().ok_or_else(stack_err)?;
                let r = self.exc_matches(&exc, &typ)?;
                frame.stack.push(Value::Bool(r));
            }
            Opcode::CheckEgMatch => {
                let typ = pop(frame)?;
                let eg = pop(frame)?;
                if let Value::Tuple(items) = &typ {
                    for i in items.iter() {
                        self.check_eg_type(i)?;
                    }
                } else {
                    self.check_eg_type(&typ)?;
                }
                let (matched, rest) = self.eg_split_for_except_star(&eg, &typ)?;
                frame.stack.push(rest);
                frame.stack.push(matched);
            }
            Opcode::PrepReraiseStar => {
                let raised = pop(frame)?;
                let orig = pop(frame)?;
                let list: Vec<Value> = match &raised {
                    Value::List(l) => l
                        .borrow()
                        .iter()
                        .filter(|v| !v.is_none())
                        .cloned()
                        .collect(),
                    _ => vec![],
                };
                let r = self.prep_reraise_star(&orig, list)?;
                frame.stack.push(orig);
                frame.stack.push(r);
            }
            _ => return Err(stack_err()),
        }
        Ok(Flow::Next)
    }

    fn check_eg_type(&mut self, typ: &Value) -> PyResult<()> {
        match typ {
            Value::Type(t) if t.is_exception() => {
                if t.is_subtype(
                    crate::objects::t().exc_type(crate::objects::ExcKind::BaseExceptionGroup),
                ) {
                    return Err(crate::vm::halt::PyErr::type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
                Ok(())
            }
            _ => Err(crate::vm::halt::PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}
