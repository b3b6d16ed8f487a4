//! The builtin exception classes (CPython's hierarchy) and the state every exception
//! instance carries: args, traceback, cause, context.

use std::cell::RefCell;
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

/// A Unicode error's arguments, in order: CPython's members of the same names.
pub const UNICODE_FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// `SyntaxError`'s attributes (CPython's members, `None` until set).
pub const SYNTAX_FIELDS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

/// The `args` an exception shows: an `OSError` given a filename (3 to 5 arguments) keeps
/// only `(errno, strerror)` there, as CPython's `OSError.__init__` does.
pub fn visible_args<'a>(v: &Value, args: &'a [Value]) -> &'a [Value] {
    let os_error = v
        .type_of()
        .base_exc_kind()
        .is_some_and(|k| k.is_subclass_of(ExcKind::OSError));
    if os_error && (3..=5).contains(&args.len()) {
        &args[..2]
    } else {
        args
    }
}

/// Attributes of exception instances that live in `ExcData` or derive from `args`.
pub fn exc_attr(v: &Value, d: &RefCell<ExcData>, name: &str) -> Option<Value> {
    let data = d.borrow();
    match name {
        "args" => Some(Value::tuple(visible_args(v, &data.args).to_vec())),
        "__cause__" => Some(data.cause.clone().unwrap_or(Value::None)),
        "__context__" => Some(data.context.clone().unwrap_or(Value::None)),
        "__suppress_context__" => Some(Value::Bool(data.suppress_context)),
        "__traceback__" => Some(if data.traceback.is_empty() {
            Value::None
        } else {
            Value::Bool(true)
        }),
        "__notes__" if !data.notes.is_empty() => Some(Value::list(data.notes.clone())),
        _ => {
            let Value::Instance(inst) = v else {
                return None;
            };
            if inst.dict.borrow().get_str(name).is_some() {
                return None;
            }
            let kind = inst.cls.base_exc_kind();
            let arg0 = data.args.first().cloned();
            match (kind, name) {
                (Some(k), "value") if k.is_subclass_of(ExcKind::StopIteration) => {
                    Some(arg0.unwrap_or(Value::None))
                }
                // No argument: None; one: itself; more: all of them.
                (Some(ExcKind::SystemExit), "code") => Some(match data.args.len() {
                    0 => Value::None,
                    1 => data.args[0].clone(),
                    _ => Value::tuple(data.args.clone()),
                }),
                // `OSError` reads `(errno, strerror[, filename[, winerror[, filename2]]])`
                // only from 2 to 5 arguments.
                (Some(k), "errno" | "strerror" | "filename")
                    if k.is_subclass_of(ExcKind::OSError) =>
                {
                    let at = match name {
                        "errno" => 0,
                        "strerror" => 1,
                        _ => 2,
                    };
                    Some(match data.args.get(at) {
                        Some(v) if (2..=5).contains(&data.args.len()) => v.clone(),
                        _ => Value::None,
                    })
                }
                (Some(ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError), _)
                    if data.args.len() == 5 && UNICODE_FIELDS.contains(&name) =>
                {
                    let i = UNICODE_FIELDS.iter().position(|f| *f == name).unwrap_or(0);
                    Some(data.args[i].clone())
                }
                (Some(k), "message") if k.is_subclass_of(ExcKind::BaseExceptionGroup) => {
                    Some(arg0.unwrap_or(Value::str("")))
                }
                (Some(k), "exceptions") if k.is_subclass_of(ExcKind::BaseExceptionGroup) => {
                    Some(data.args.get(1).cloned().unwrap_or(Value::tuple(vec![])))
                }
                (Some(k), "name")
                    if k.is_subclass_of(ExcKind::NameError)
                        || k.is_subclass_of(ExcKind::ImportError)
                        || k.is_subclass_of(ExcKind::AttributeError) =>
                {
                    Some(Value::None)
                }
                (Some(k), name)
                    if k.is_subclass_of(ExcKind::SyntaxError) && SYNTAX_FIELDS.contains(&name) =>
                {
                    Some(Value::None)
                }
                _ => None,
            }
        }
    }
}
