//! The builtin exception classes (CPython's hierarchy) and the state every exception
//! instance carries: args, traceback, cause, context.

use std::rc::Rc;

use super::Value;
use crate::bytecode::CodeObject;

macro_rules! exc_kinds {
    ($($kind:ident = $name:literal : $parent:ident,)*) => {
        /// A builtin exception class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(clippy::enum_variant_names)]
        pub enum ExcKind { $($kind,)* }

        impl ExcKind {
            /// Every kind, parents before children.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind,)*];

            /// The class name.
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => $name,)* }
            }

            /// The parent class (BaseException's parent is itself).
            pub fn parent(self) -> ExcKind {
                match self { $(ExcKind::$kind => ExcKind::$parent,)* }
            }
        }
    };
}

exc_kinds! {
    BaseException = "BaseException": BaseException,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    BaseExceptionGroup = "BaseExceptionGroup": BaseException,
    Exception = "Exception": BaseException,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ExceptionGroup = "ExceptionGroup": BaseExceptionGroup,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    FileExistsError = "FileExistsError": OSError,
    FileNotFoundError = "FileNotFoundError": OSError,
    InterruptedError = "InterruptedError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    PermissionError = "PermissionError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    TimeoutError = "TimeoutError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    StopIteration = "StopIteration": Exception,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    BytesWarning = "BytesWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    UserWarning = "UserWarning": Warning,
}

impl ExcKind {
    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = self;
        loop {
            if k == other {
                return true;
            }
            if k == ExcKind::BaseException {
                return false;
            }
            k = k.parent();
        }
    }

    /// Index into the builtin type table.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One traceback entry: a frame's code and the instruction that was executing.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub pc: u32,
}

/// State of an exception instance.
#[derive(Clone, Default)]
pub struct ExcData {
    /// `args` (a tuple).
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    /// `__cause__`.
    pub cause: Option<Value>,
    /// `__context__`.
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// `__notes__` added with `add_note`.
    pub notes: Vec<Value>,
}

impl Drop for ExcData {
    /// A `raise ... from` chain thousands long is freed without recursing once per link
    /// (the trashcan in `objects::drop_guard`).
    fn drop(&mut self) {
        let mut held: Vec<Value> = Vec::new();
        held.extend(self.cause.take());
        held.extend(self.context.take());
        held.append(&mut self.args);
        held.append(&mut self.notes);
        super::drop_guard::drop_values(held);
    }
}
