//! The error every fallible routine in `format` and `strings` returns: the Python
//! exception type to raise and CPython's exact message text.

use std::fmt;

/// Which Python exception an error stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`.
    Value,
    /// `TypeError`.
    Type,
    /// `OverflowError`.
    Overflow,
    /// `ZeroDivisionError`.
    ZeroDivision,
    /// `IndexError`.
    Index,
    /// `KeyError`.
    Key,
    /// `MemoryError`: a result would be too large to build.
    Memory,
    /// Not an error in CPython: the true result is a complex number (a negative float
    /// raised to a fractional power). We have no complex type, so the caller decides.
    ComplexResult,
}

impl ErrorKind {
    /// The Python exception class name, e.g. `"ValueError"`.
    pub fn type_name(self) -> &'static str {
        match self {
            ErrorKind::Value | ErrorKind::ComplexResult => "ValueError",
            ErrorKind::Type => "TypeError",
            ErrorKind::Overflow => "OverflowError",
            ErrorKind::ZeroDivision => "ZeroDivisionError",
            ErrorKind::Index => "IndexError",
            ErrorKind::Key => "KeyError",
            ErrorKind::Memory => "MemoryError",
        }
    }
}

/// A Python exception to raise: its type and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The exception type.
    pub kind: ErrorKind,
    /// The message, exactly as CPython words it (empty for a bare `MemoryError`).
    pub message: String,
}

impl FormatError {
    /// An error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        FormatError {
            kind,
            message: message.into(),
        }
    }

    /// A `ValueError`.
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Value, message)
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Type, message)
    }

    /// An `OverflowError`.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Overflow, message)
    }

    /// A `ZeroDivisionError`.
    pub fn zero_division(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ZeroDivision, message)
    }

    /// A bare `MemoryError`, for results larger than [`MAX_RESULT_LEN`].
    pub fn memory() -> Self {
        Self::new(ErrorKind::Memory, "")
    }

    /// The Python exception class name, e.g. `"ValueError"`.
    pub fn type_name(&self) -> &'static str {
        self.kind.type_name()
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.type_name())
        } else {
            write!(f, "{}: {}", self.type_name(), self.message)
        }
    }
}

impl std::error::Error for FormatError {}

/// The largest string (in bytes) these routines will build; past it they fail with
/// `MemoryError` instead of exhausting memory. CPython would try and usually fail too.
pub const MAX_RESULT_LEN: usize = 1 << 30;

/// Room kept free in wasm32's address space for everything else a run allocates.
#[cfg(target_arch = "wasm32")]
const WASM_HEADROOM: u64 = 64 << 20;

/// Whether one object of `len` bytes may be built: at most [`MAX_RESULT_LEN`], and in
/// wasm32 (4 GiB of address space in all, where a failed allocation ends the instance)
/// only while the memory in use leaves room for it. Memory in use counts what was freed
/// and not yet reused too, so the page can refuse slightly early, never late.
pub fn fits(len: usize) -> bool {
    if len > MAX_RESULT_LEN {
        return false;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let in_use = core::arch::wasm32::memory_size::<0>() as u64 * 65536;
        if in_use + len as u64 > (4u64 << 30) - WASM_HEADROOM {
            return false;
        }
    }
    true
}

/// `Ok(())` if a result of `len` bytes may be built, else a `MemoryError`.
pub fn check_len(len: usize) -> Result<(), FormatError> {
    if !fits(len) {
        Err(FormatError::memory())
    } else {
        Ok(())
    }
}

/// Shorthand for results of this module.
pub type FmtResult<T> = Result<T, FormatError>;
