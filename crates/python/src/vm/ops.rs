//! Handlers for the less hot instructions, by family. The hot ones are inline in `run.rs`.

mod build;
mod call;
mod except;
mod iter;
mod matching;

use super::frame::Frame;
use super::run::Flow;
use super::Interp;
use crate::bytecode::Opcode;
use crate::objects::{ExcKind, PyResult};
use crate::vm::halt::PyErr;

impl Interp {
    pub(crate) fn step_more(&mut self, frame: &mut Box<Frame>, op: Opcode) -> PyResult<Flow> {
        use Opcode::*;
        match op {
            BuildTuple(_)
            | BuildList(_)
            | BuildSet(_)
            | BuildMap(_)
            | BuildString(_)
            | ListAppend(_)
            | SetAdd(_)
            | MapAdd(_)
            | ListExtend(_)
            | SetUpdate(_)
            | DictUpdate(_)
            | DictMerge(_)
            | ListToTuple
            | FormatValue(_)
            | UnpackSequence(_)
            | UnpackEx { .. } => self.op_build(frame, op),
            MakeFunction(_) | Call(_) | CallKw(_) | CallEx(_) | CallMethod(_) | CallMethodKw(_)
            | BuildClass(_) | BeforeWith | BeforeAsyncWith | WithExceptStart => {
                self.op_call(frame, op)
            }
            GetIter | ForIter(_) | GetAIter | GetANext | GetAwaitable(_) | GetYieldFromIter
            | Send(_) => self.op_iter(frame, op),
            CheckExcMatch | CheckEgMatch | PrepReraiseStar => self.op_except(frame, op),
            ImportName(_) | ImportFrom(_) | ImportStar | SetupAnnotations | GetLen
            | MatchMapping | MatchSequence | MatchKeys | MatchClass(_) | CopyDictWithoutKeys => {
                self.op_misc(frame, op)
            }
            other => Err(PyErr::new(
                ExcKind::SystemError,
                format!("unhandled opcode {other:?}"),
            )),
        }
    }
}
