//! What a run of the VM ends with (`Halt`). The error type every fallible operation
//! returns, `PyErr`, lives below the VM (`objects::error`) and is re-exported here.

use std::any::Any;
use std::fmt;

pub use crate::objects::error::{new_exception, PyErr};
use crate::objects::Value;

/// Why `Interp::run` returned.
pub enum Halt {
    /// The context's bottom frame returned this value (the module finished, or a
    /// coroutine/generator driven by the host returned: CPython's `StopIteration(value)`).
    Returned(Value),
    /// A coroutine or generator driven by the host yielded this value (a bare `yield` inside
    /// an awaited object's `__await__`, as a Task sees futures).
    Yielded(Value),
    /// A native function asked the host to do something that blocks this context (e.g.
    /// `time.sleep`). Resume with `Interp::resume_host_call`.
    HostCall(Box<dyn Any>),
    /// The instruction budget ran out; call `run` again to continue where it stopped.
    OutOfBudget,
}

impl fmt::Debug for Halt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Halt::Returned(v) => write!(f, "Returned({v:?})"),
            Halt::Yielded(v) => write!(f, "Yielded({v:?})"),
            Halt::HostCall(_) => write!(f, "HostCall(..)"),
            Halt::OutOfBudget => write!(f, "OutOfBudget"),
        }
    }
}
