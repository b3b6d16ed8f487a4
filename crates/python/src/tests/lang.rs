//! Language tests.

use super::{check, check_err};

#[test]
fn hello() {
    check("print('hello', 1, 2.5)", "hello 1 2.5\n");
}

#[test]
fn arithmetic_and_bigints() {
    check("print(2**100, 7//-2, -7%3, 1/4)", "1267650600228229401496703205376 -4 2 0.25\n");
}

#[test]
fn functions_and_closures() {
    check(
        "def make():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nf = make()\nf(); f()\nprint(f())",
        "3\n",
    );
}

#[test]
fn recursion_limit() {
    check(
        "def f(n):\n    try:\n        return f(n+1)\n    except RecursionError:\n        return n\nprint(f(0))",
        "998\n",
    );
}

#[test]
fn generators() {
    check(
        "def g():\n    x = yield 1\n    yield x * 2\n    return 'done'\nit = g()\nprint(next(it), it.send(21))\ntry:\n    next(it)\nexcept StopIteration as e:\n    print(e.value)",
        "1 42\ndone\n",
    );
}

#[test]
fn classes() {
    check(
        "class A:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'A({self.x!r})'\nclass B(A):\n    def __init__(self):\n        super().__init__('b')\nprint([A(1), B()])",
        "[A(1), A('b')]\n",
    );
}

#[test]
fn uncaught() {
    check_err("def f():\n    raise ValueError('bad')\nf()", "ValueError: bad");
}

#[test]
fn syntax_error() {
    check_err("x = (1,\n", "SyntaxError: '(' was never closed");
}
