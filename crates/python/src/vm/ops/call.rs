//! Calls, function and class creation, and entering/leaving `with` blocks.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Opcode;
use crate::objects::{DictData, FrameNative, Function, PyResult, Value};
use crate::vm::call::{CallPrep, Kwargs};
use crate::vm::frame::{ChildMode, Frame};
use crate::vm::halt::PyErr;
use crate::vm::run::{pop, stack_err, Flow};
use crate::vm::Interp;

fn take_n(frame: &mut Frame, n: usize) -> PyResult<Vec<Value>> {
    let len = frame.stack.len();
    let start = len.checked_sub(n).ok_or_else(stack_err)?;
    Ok(frame.stack.split_off(start))
}

fn kw_split(mut args: Vec<Value>, names: &Value) -> PyResult<(Vec<Value>, Kwargs)> {
    let Value::Tuple(names) = names else {
        return Err(stack_err());
    };
    let nk = names.len().min(args.len());
    let kvals = args.split_off(args.len() - nk);
    let kwargs = names
        .iter()
        .zip(kvals)
        .map(|(k, v)| (Rc::from(k.as_str().unwrap_or("")), v))
        .collect();
    Ok((args, kwargs))
}

impl Interp {
    pub(super) fn op_call(&mut self, frame: &mut Frame, op: Opcode) -> PyResult<Flow> {
        use Opcode::*;
        match op {
            Call(n) => {
                let n = n as usize;
                let at = frame.stack.len().checked_sub(n + 1).ok_or_else(stack_err)?;
                if let Value::Function(func) = &frame.stack[at] {
                    let func = func.clone();
                    if let Some(child) = self.simple_frame(&func, &mut frame.stack, n) {
                        frame.stack.pop();
                        return Ok(self.enter_function(frame, &func, child));
                    }
                }
                let args = take_n(frame, n)?;
                let f = pop(frame)?;
                self.call_value(frame, f, args, vec![])
            }
            CallKw(n) => {
                let names = pop(frame)?;
                let args = take_n(frame, n as usize)?;
                let f = pop(frame)?;
                let (args, kwargs) = kw_split(args, &names)?;
                self.call_value(frame, f, args, kwargs)
            }
            CallMethod(n) => {
                // Stack: function, receiver, has-receiver flag, arguments.
                let n = n as usize;
                let at = frame.stack.len().checked_sub(n + 3).ok_or_else(stack_err)?;
                if let Value::Function(func) = &frame.stack[at] {
                    let func = func.clone();
                    let with_self = matches!(frame.stack[at + 2], Value::Bool(true));
                    if with_self {
                        // [function, flag, receiver, arguments...]: the receiver leads.
                        frame.stack.swap(at + 1, at + 2);
                    }
                    let argc = n + usize::from(with_self);
                    match self.simple_frame(&func, &mut frame.stack, argc) {
                        Some(child) => {
                            frame.stack.truncate(at);
                            return Ok(self.enter_function(frame, &func, child));
                        }
                        None if with_self => frame.stack.swap(at + 1, at + 2),
                        None => {}
                    }
                }
                self.call_method_slow(frame, n, None)
            }
            CallMethodKw(n) => {
                let names = pop(frame)?;
                self.call_method_slow(frame, n as usize, Some(names))
            }
            CallEx(has_kw) => {
                let kw = if has_kw == 1 { Some(pop(frame)?) } else { None };
                let args = pop(frame)?;
                let f = pop(frame)?;
                let args = match args {
                    Value::Tuple(t) => t.to_vec(),
                    Value::List(l) => l.borrow().clone(),
                    other => self.iterate(&other)?,
                };
                let mut kwargs: Kwargs = vec![];
                if let Some(Value::Dict(d)) = kw {
                    for (k, v) in d.borrow().items() {
                        match k {
                            Value::Str(s) => kwargs.push((s.as_str().into(), v)),
                            _ => return Err(PyErr::type_error("keywords must be strings")),
                        }
                    }
                }
                self.call_value(frame, f, args, kwargs)
            }
            MakeFunction(flags) => {
                let code = match pop(frame)? {
                    Value::Code(c) => c,
                    _ => return Err(stack_err()),
                };
                let closure = if flags & 8 != 0 {
                    match pop(frame)? {
                        Value::Tuple(t) => t
                            .iter()
                            .filter_map(|c| match c {
                                Value::Cell(c) => Some(c.clone()),
                                _ => None,
                            })
                            .collect(),
                        _ => vec![],
                    }
                } else {
                    vec![]
                };
                let annotations = if flags & 4 != 0 {
                    Some(pop(frame)?)
                } else {
                    None
                };
                let kwdefaults = if flags & 2 != 0 {
                    match pop(frame)? {
                        Value::Dict(d) => d
                            .borrow()
                            .items()
                            .into_iter()
                            .map(|(k, v)| (Rc::from(k.as_str().unwrap_or("")), v))
                            .collect(),
                        _ => vec![],
                    }
                } else {
                    vec![]
                };
                let defaults = if flags & 1 != 0 {
                    match pop(frame)? {
                        Value::Tuple(t) => t.to_vec(),
                        _ => vec![],
                    }
                } else {
                    vec![]
                };
                let mut dict = DictData::new();
                if let Some(a) = annotations {
                    dict.set_str("__annotations__", a);
                }
                let f = Function {
                    name: RefCell::new(code.name.clone()),
                    qualname: RefCell::new(code.qualname.clone()),
                    globals: frame.globals.clone(),
                    defaults: RefCell::new(defaults),
                    kwdefaults: RefCell::new(kwdefaults),
                    closure,
                    dict: Rc::new(RefCell::new(dict)),
                    code,
                    ident: crate::objects::Ident::new(Function::SIZE),
                    gc: crate::objects::gc::GcSlot::new(),
                };
                let f = Rc::new(f);
                crate::objects::gc::track_function(&f);
                frame.stack.push(Value::Function(f));
                Ok(Flow::Next)
            }
            BuildClass(n) => {
                let nbases = (n & 0xffff) as usize;
                let nkw = (n >> 16) as usize;
                let kwnames = if nkw > 0 { Some(pop(frame)?) } else { None };
                let kwvals = take_n(frame, nkw)?;
                let bases = take_n(frame, nbases)?;
                let name = pop(frame)?;
                let body = pop(frame)?;
                let kwargs: Kwargs = match kwnames {
                    Some(Value::Tuple(t)) => t
                        .iter()
                        .zip(kwvals)
                        .map(|(k, v)| (Rc::from(k.as_str().unwrap_or("")), v))
                        .collect(),
                    _ => vec![],
                };
                let Value::Function(func) = &body else {
                    return Err(stack_err());
                };
                let cb = self.begin_class(name, bases, kwargs)?;
                let mut child = self.function_frame(func, vec![], vec![])?;
                match crate::vm::class::namespace_dict(&cb.ns) {
                    Some(d) => child.locals = Some(d),
                    None => child.locals_map = Some(cb.ns.clone()),
                }
                frame.child = ChildMode::ClassBody(Box::new(cb));
                Ok(Flow::Push(child))
            }
            BeforeWith | BeforeAsyncWith => {
                let mgr = pop(frame)?;
                let (enter_name, exit_name, what) = if op == BeforeWith {
                    ("__enter__", "__exit__", "the context manager protocol")
                } else {
                    (
                        "__aenter__",
                        "__aexit__",
                        "the asynchronous context manager protocol",
                    )
                };
                let cls = mgr.type_of();
                let (Some(enter), Some(exit)) = (cls.lookup(enter_name), cls.lookup(exit_name))
                else {
                    return Err(PyErr::type_error(format!(
                        "'{}' object does not support {what}",
                        cls.name
                    )));
                };
                let exit = self.bind_descriptor(&exit, &mgr, &cls)?;
                let enter = self.bind_descriptor(&enter, &mgr, &cls)?;
                frame.stack.push(exit);
                self.call_value(frame, enter, vec![], vec![])
            }
            WithExceptStart => {
                let len = frame.stack.len();
                if len < 2 {
                    return Err(stack_err());
                }
                let exc = frame.stack[len - 1].clone();
                let exit = frame.stack[len - 2].clone();
                let typ = Value::Type(exc.type_of());
                let tb = self.traceback_value(&exc);
                self.call_value(frame, exit, vec![typ, exc, tb], vec![])
            }
            _ => Err(stack_err()),
        }
    }

    /// `CALL_METHOD` in general: stack of function, receiver, has-receiver flag, arguments.
    fn call_method_slow(
        &mut self,
        frame: &mut Frame,
        n: usize,
        names: Option<Value>,
    ) -> PyResult<Flow> {
        let mut args = Vec::with_capacity(n + 1);
        let at = frame.stack.len().checked_sub(n + 3).ok_or_else(stack_err)?;
        let mut it = frame.stack.drain(at..);
        let f = it.next().ok_or_else(stack_err)?;
        let this = it.next().ok_or_else(stack_err)?;
        if matches!(it.next(), Some(Value::Bool(true))) {
            args.push(this);
        }
        args.extend(it);
        let (args, kwargs) = match names {
            Some(n) => kw_split(args, &n)?,
            None => (args, vec![]),
        };
        self.call_value(frame, f, args, kwargs)
    }

    /// Run a frame made for `func` by `simple_frame`: pushed, or wrapped in a new
    /// generator or coroutine object when `func` is one.
    fn enter_function(&mut self, frame: &mut Frame, func: &Function, child: Box<Frame>) -> Flow {
        if func.code.is_gen_like() {
            let g = self.make_generator(child);
            self.note_origin(frame, &g);
            frame.stack.push(g);
            return Flow::Next;
        }
        frame.child = ChildMode::Call;
        Flow::Push(child)
    }

    /// A call of a builtin that reads its caller's frame, or `None` when this call of it
    /// does not (`locals(x)`, `eval(src, ns)`): then it runs as any native does.
    fn call_frame_native(
        &mut self,
        frame: &mut Frame,
        kind: FrameNative,
        f: &Value,
        args: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<Option<Value>> {
        let bare = args.is_empty() && kwargs.is_empty();
        Ok(match kind {
            FrameNative::Locals if bare => Some(self.frame_locals(frame)),
            FrameNative::Globals if bare => Some(Value::Dict(frame.globals.clone())),
            FrameNative::Dir if bare => {
                let mut keys: Vec<String> = match &self.frame_locals(frame) {
                    Value::Dict(d) => d
                        .borrow()
                        .keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(String::from))
                        .collect(),
                    _ => vec![],
                };
                keys.sort();
                Some(Value::list(keys.iter().map(|k| Value::str(k)).collect()))
            }
            FrameNative::EvalExec if args.len() < 2 => {
                let mut a = args.to_vec();
                a.push(Value::Dict(frame.globals.clone()));
                a.push(self.frame_locals(frame));
                Some(self.call(f, &a, kwargs)?)
            }
            FrameNative::GetFrame => Some(crate::vm::frame::object::getframe(
                self,
                Some(frame),
                args,
                kwargs,
            )?),
            _ => None,
        })
    }

    /// Call `f` from an instruction: natives now, Python functions as a pushed frame.
    pub(crate) fn call_value(
        &mut self,
        frame: &mut Frame,
        f: Value,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Flow> {
        // The builtins that read the calling frame (`FrameNative`) are answered here,
        // where that frame is at hand.
        if let Value::Builtin(b) = &f {
            if let Some(kind) = b.frame_native {
                if let Some(v) = self.call_frame_native(frame, kind, &f, &args, &kwargs)? {
                    frame.stack.push(v);
                    return Ok(Flow::Next);
                }
            }
        }
        match self.prepare_call(&f, args, kwargs)? {
            CallPrep::Done(v) => {
                self.note_origin(frame, &v);
                frame.stack.push(v);
                Ok(Flow::Next)
            }
            CallPrep::Frame(child, mode) => {
                frame.child = mode;
                Ok(Flow::Push(child))
            }
        }
    }

    /// `locals()` for a frame.
    pub(crate) fn frame_locals(&mut self, frame: &Frame) -> Value {
        crate::vm::frame::object::locals_of(frame)
    }
}
