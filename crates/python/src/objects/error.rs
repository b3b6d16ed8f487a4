//! The error type every fallible operation returns (`PyErr`): a raised exception, or a
//! native's request that the host do something that blocks the whole execution context.
//! It sits with the values, below the VM and the builtins, which both return it.

use std::any::Any;
use std::fmt;

use super::{t, ExcKind, Instance, Value};

/// An error: a raised Python exception, or a host-call request travelling up from a native.
pub enum PyErr {
    /// An exception instance.
    Exc(Value),
    /// A native asked the host to perform a blocking operation.
    HostCall(Box<dyn Any>),
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PyErr::Exc(v) => {
                let args = v.exc().map(|e| e.borrow().args.clone()).unwrap_or_default();
                write!(f, "{}{:?}", v.type_name(), args)
            }
            PyErr::HostCall(_) => write!(f, "HostCall(..)"),
        }
    }
}

impl PyErr {
    /// A new exception of a builtin class with one message argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::string(msg.into())])
    }

    /// A new exception of a builtin class with the given args.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr::Exc(new_exception(kind, args))
    }

    /// A bare `MemoryError()`, as CPython raises when an allocation fails.
    pub fn memory() -> PyErr {
        PyErr::with_args(ExcKind::MemoryError, Vec::new())
    }

    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::RuntimeError, msg)
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }

    /// `StopIteration(value)` (no args when the value is None... CPython keeps it; we
    /// follow CPython: `StopIteration()` for None).
    pub fn stop_iteration(value: Value) -> PyErr {
        if value.is_none() {
            PyErr::with_args(ExcKind::StopIteration, vec![])
        } else {
            PyErr::with_args(ExcKind::StopIteration, vec![value])
        }
    }

    /// The exception instance, unless this is a host call.
    pub fn exc_value(&self) -> Option<&Value> {
        match self {
            PyErr::Exc(v) => Some(v),
            PyErr::HostCall(_) => None,
        }
    }

    /// Whether this is an exception of builtin class `kind` (or a subclass).
    pub fn is(&self, kind: ExcKind) -> bool {
        match self {
            PyErr::Exc(v) => v.type_of().is_subtype(t().exc_type(kind)),
            PyErr::HostCall(_) => false,
        }
    }
}

/// Make an exception instance of a builtin class.
pub fn new_exception(kind: ExcKind, args: Vec<Value>) -> Value {
    let inst = Instance::new(t().exc_type(kind).clone());
    if let Some(e) = &inst.exc {
        e.borrow_mut().args = args;
    }
    Value::Instance(std::rc::Rc::new(inst))
}

impl From<crate::format::FormatError> for PyErr {
    fn from(e: crate::format::FormatError) -> PyErr {
        use crate::format::ErrorKind as K;
        let kind = match e.kind {
            K::Value | K::ComplexResult => ExcKind::ValueError,
            K::Type => ExcKind::TypeError,
            K::Overflow => ExcKind::OverflowError,
            K::ZeroDivision => ExcKind::ZeroDivisionError,
            K::Index => ExcKind::IndexError,
            K::Key => ExcKind::KeyError,
            K::Memory if e.message.is_empty() => return PyErr::memory(),
            K::Memory => ExcKind::MemoryError,
        };
        PyErr::new(kind, e.message)
    }
}
