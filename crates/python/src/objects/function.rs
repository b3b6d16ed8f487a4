//! Callables: Python functions (code + globals + defaults + closure), native functions
//! (`Builtin`, optionally bound to a receiver) and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyCell, PyDict, PyResult, Value};
use crate::bytecode::CodeObject;
use crate::vm::Interp;

/// A native function: `(interp, positional args, keyword args) -> result`. Methods receive
/// their receiver as the first positional argument.
pub type NativeFn = Rc<dyn Fn(&mut Interp, &[Value], &[(Rc<str>, Value)]) -> PyResult<Value>>;

/// A native written as a named function (what method and function tables hold): the same
/// call as [`NativeFn`], without a closure's captured state.
pub type Native = fn(&mut Interp, &[Value], &[(Rc<str>, Value)]) -> PyResult<Value>;

/// A function defined in Python.
pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Defaults of the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: RefCell<Vec<(Rc<str>, Value)>>,
    /// Cells of the free variables.
    pub closure: Vec<Rc<PyCell>>,
    /// `__dict__` (function attributes), `__doc__`, `__module__` etc.
    pub dict: Rc<PyDict>,
    /// Its virtual address (`id()`).
    pub ident: super::Ident,
    /// The cycle collector's mark.
    pub(crate) gc: super::gc::GcSlot,
}

impl Function {
    /// `sys.getsizeof` of a CPython function: where it lands in the allocator model.
    pub const SIZE: u32 = 152;
}

/// A native function, possibly bound to a receiver.
pub struct Builtin {
    pub name: Rc<str>,
    pub func: NativeFn,
    /// The receiver for a bound builtin method (`[].append`).
    pub self_: Option<Value>,
    /// The defining type or module name, for reprs.
    pub owner: Option<Rc<str>>,
    /// For the few builtins that read their caller's frame, which one: the VM answers
    /// those itself when an instruction calls them (`CALL` in `vm/ops/call.rs`).
    pub frame_native: Option<FrameNative>,
}

/// The builtins that need the frame calling them, which is not on the context's stack
/// while a native runs. Tagged where they are installed, so that the VM tells them by a
/// field rather than by name (a program's own `_getframe` or an alias of `locals` are
/// what they are).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameNative {
    /// `locals()` and `vars()` with no argument.
    Locals,
    /// `globals()`.
    Globals,
    /// `dir()` with no argument.
    Dir,
    /// `eval`/`exec` without explicit namespaces.
    EvalExec,
    /// `sys._getframe`.
    GetFrame,
}

impl Builtin {
    /// A new unbound native function.
    pub fn new(name: &str, func: NativeFn) -> Builtin {
        Builtin {
            name: name.into(),
            func,
            self_: None,
            owner: None,
            frame_native: None,
        }
    }
}

/// A bound method: a function with its receiver.
pub struct Method {
    pub func: Value,
    pub self_: Value,
}
