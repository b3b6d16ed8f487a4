//! The embedding contract the event loop relies on: host-driven coroutines, yields of
//! awaited objects, host calls, throws, budgets and nested calls.

use crate::{Halt, Interp, PyErr, SharedSink, Value};

fn setup(src: &str) -> (Interp, SharedSink, Value) {
    let sink = SharedSink::default();
    let mut interp = Interp::new(Box::new(sink.clone()));
    interp.register_module("host", |m| {
        m.function("block", |_, args, _| {
            Err(PyErr::HostCall(Box::new(
                args.first().cloned().unwrap_or(Value::None),
            )))
        });
    });
    let code = interp.compile(src, "/tmp/host.py").expect("compiles");
    let ctx = interp.new_context();
    let module = interp.start_main(ctx, code).expect("starts");
    match interp.run(ctx, u64::MAX) {
        Ok(Halt::Returned(_)) => {}
        other => panic!("module did not finish: {other:?}"),
    }
    interp.drop_context(ctx);
    (interp, sink, module)
}

const PROG: &str = "
import host
class Fut:
    def __await__(self):
        r = yield self
        return r
async def main():
    v = await Fut()
    w = host.block(5)
    print('got', v, w)
    return v + w
";

#[test]
fn coroutine_driven_by_host() {
    let (mut interp, sink, module) = setup(PROG);
    let main = interp.getattr_str(&module, "main").unwrap();
    let coro = interp.call(&main, &[], &[]).unwrap();
    let ctx = interp.new_context();
    interp.start_send(ctx, &coro, Value::None).unwrap();
    let fut = match interp.run(ctx, 1000).unwrap() {
        Halt::Yielded(v) => v,
        other => panic!("expected a yield, got {other:?}"),
    };
    assert_eq!(&*fut.type_name(), "Fut");
    interp.start_send(ctx, &coro, Value::Int(10)).unwrap();
    let req = match interp.run(ctx, 1000).unwrap() {
        Halt::HostCall(r) => r,
        other => panic!("expected a host call, got {other:?}"),
    };
    assert!(matches!(req.downcast_ref::<Value>(), Some(Value::Int(5))));
    interp.resume_host_call(ctx, Ok(Value::Int(7))).unwrap();
    match interp.run(ctx, 1000).unwrap() {
        Halt::Returned(Value::Int(17)) => {}
        other => panic!("expected Returned(17), got {other:?}"),
    }
    assert_eq!(sink.0.borrow().stdout, "got 10 7\n");
    // Reusing it is an error, as in CPython.
    let err = interp.start_send(ctx, &coro, Value::None).unwrap_err();
    let msg = interp.str_of(err.exc_value().unwrap()).unwrap();
    assert_eq!(msg, "cannot reuse already awaited coroutine");
}

#[test]
fn throw_into_awaiting_coroutine() {
    let src = "
class Fut:
    def __await__(self):
        yield self
async def main():
    try:
        await Fut()
    except ValueError as e:
        print('caught', e)
        return 'handled'
";
    let (mut interp, sink, module) = setup(src);
    let main = interp.getattr_str(&module, "main").unwrap();
    let coro = interp.call(&main, &[], &[]).unwrap();
    let ctx = interp.new_context();
    interp.start_send(ctx, &coro, Value::None).unwrap();
    assert!(matches!(interp.run(ctx, 1000).unwrap(), Halt::Yielded(_)));
    let exc = crate::vm::halt::new_exception(crate::ExcKind::ValueError, vec![Value::str("boom")]);
    interp.start_throw(ctx, &coro, exc).unwrap();
    match interp.run(ctx, 1000).unwrap() {
        Halt::Returned(v) => assert_eq!(v.as_str(), Some("handled")),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(sink.0.borrow().stdout, "caught boom\n");
}

/// Runs `src` to the end in slices of 100 instructions: how many slices ran out of
/// budget, and what it printed.
fn run_in_slices(src: &str) -> (usize, String) {
    let sink = SharedSink::default();
    let mut interp = Interp::new(Box::new(sink.clone()));
    let code = interp.compile(src, "/tmp/b.py").unwrap();
    let ctx = interp.new_context();
    interp.start_main(ctx, code).unwrap();
    let mut slices = 0;
    loop {
        match interp.run(ctx, 100).unwrap() {
            Halt::OutOfBudget => slices += 1,
            Halt::Returned(_) => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    let out = sink.0.borrow().stdout.clone();
    (slices, out)
}

#[test]
fn budget_resumes_where_it_stopped() {
    let (slices, out) = run_in_slices("t = 0\nfor i in range(1000):\n    t += i\nprint(t)\n");
    assert!(slices > 10);
    assert_eq!(out, "499500\n");
}

#[test]
fn builtins_running_python_keep_to_the_budget() {
    // `list.sort` and `sorted` with a key, and `sum`, `dict` and `list.extend` over a
    // generator, hand their work to Python helpers, so a host slicing the run gets
    // control back between instructions.
    let src = "xs = list(range(300))\nxs.sort(key=lambda x: -x)\nys = sorted(xs, key=lambda x: x % 7)\nprint(xs[:3], ys[:3], sum(x * x for x in xs))\nd = dict((x, -x) for x in xs)\nxs.extend(x for x in range(5))\nprint(len(d), d[7], xs[-2:])\n";
    let (slices, out) = run_in_slices(src);
    assert!(slices > 20, "{slices} slices");
    assert_eq!(
        out,
        "[299, 298, 297] [294, 287, 280] 8955050\n300 -7 [3, 4]\n"
    );
}

#[test]
fn host_call_inside_nested_call_is_an_error() {
    let src = "
import host
try:
    class Blocks:
        def __repr__(self):
            return str(host.block(1))
    repr([Blocks()])
except RuntimeError as e:
    print('RuntimeError')
";
    let (_interp, sink, _) = setup(src);
    assert_eq!(sink.0.borrow().stdout, "RuntimeError\n");
}

/// Runs `src` on a thread with a wasm-sized (1 MiB) stack.
fn run_small_stack(src: &'static str) -> String {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || super::run(src).0)
        .expect("thread")
        .join()
        .expect("no stack overflow")
}

#[test]
#[ignore = "needs a release build: debug frames are far larger than wasm's"]
fn deep_native_recursion_fits_a_small_stack() {
    let out = run_small_stack(
        "class A:\n    def __init__(self, n): self.n = n\n    def __repr__(self): return repr(A(self.n + 1))\ntry:\n    repr(A(0))\nexcept RecursionError:\n    print('nested')\nx = []\nfor i in range(5000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('deep')\ndef f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('frames')\n",
    );
    assert_eq!(out, "nested\ndeep\nframes\n");
}

/// Identities, and so the order of sets of objects that hash by identity, are the same in
/// every interpreter a thread makes (the page runs each program in a new one).
#[test]
fn identities_repeat_from_one_interpreter_to_the_next() {
    let src = "\
class P:
    def __init__(self, i): self.i = i
ps = [P(i) for i in range(40)]
print([p.i for p in set(ps)])
def gen(): yield 1
gs = [gen() for _ in range(9)]
print(sorted(range(9), key=lambda i: hash(gs[i]) % 16))
print(repr(P(0)).split(' at ')[1], id(P) != id(int), len({id(p) for p in ps}))
print(P, lambda: 0)
";
    let first = super::run(src);
    let _leftover = super::run("class Q: pass\nkeep = [Q() for _ in range(5)]\n");
    let second = super::run(src);
    assert_eq!(first.1, "");
    assert_eq!(first.0, second.0);
    assert!(
        first.0.contains("at 0x7e"),
        "virtual addresses: {}",
        first.0
    );
}

/// An ended interpreter leaves none of its classes or functions behind, though their
/// methods, class attributes and globals refer back to them (`release`, `gc::begin`).
#[test]
fn an_ended_interpreter_leaves_its_classes_and_functions_behind_none() {
    use crate::run_to_completion;
    let source = "\
import sys
class Base:
    def hello(self):
        return 'base'
class Child(Base):
    def hello(self):
        return super().hello()
Child.default = Child()
class Alone:
    pass
Alone.me = Alone
def f():
    return f
f.me = f
sys.keep = (Child, Alone, f)
";
    let sink = SharedSink::default();
    let mut interp = Interp::new(Box::new(sink.clone()));
    assert_eq!(run_to_completion(&mut interp, source, "/tmp/prog.py"), 0);
    let sys = interp.modules.borrow().get_str("sys").cloned();
    let Some(Value::Module(sys)) = sys else {
        panic!("no sys module")
    };
    let kept = sys.dict.borrow().get_str("keep").cloned();
    let Some(Value::Tuple(kept)) = kept else {
        panic!("sys.keep is not a tuple")
    };
    let weak_types: Vec<_> = kept
        .iter()
        .filter_map(|v| match v {
            Value::Type(t) => Some(std::rc::Rc::downgrade(t)),
            _ => None,
        })
        .collect();
    let weak_fn = match &kept[2] {
        Value::Function(f) => std::rc::Rc::downgrade(f),
        _ => panic!("sys.keep[2] is not a function"),
    };
    assert_eq!(weak_types.len(), 2);
    drop((kept, sys));
    drop(interp);
    // The next interpreter on the thread first frees the cycles left among tracked objects.
    let next = Interp::new(Box::new(SharedSink::default()));
    let counts: Vec<_> = weak_types.iter().map(|w| w.strong_count()).collect();
    assert!(
        weak_types.iter().all(|w| w.upgrade().is_none()),
        "a class outlived its interpreter: {counts:?}"
    );
    assert!(
        weak_fn.upgrade().is_none(),
        "a function outlived its interpreter"
    );
    drop(next);
}
