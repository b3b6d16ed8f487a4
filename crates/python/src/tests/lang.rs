//! Language tests.

use super::{check, check_err};

#[test]
fn hello() {
    check("print('hello', 1, 2.5)", "hello 1 2.5\n");
}

#[test]
fn arithmetic_and_bigints() {
    check(
        "print(2**100, 7//-2, -7%3, 1/4)",
        "1267650600228229401496703205376 -4 2 0.25\n",
    );
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
    check_err(
        "def f():\n    raise ValueError('bad')\nf()",
        "ValueError: bad",
    );
}

#[test]
fn syntax_error() {
    check_err("x = (1,\n", "SyntaxError: '(' was never closed");
}

#[test]
fn traceback_with_carets_and_chaining() {
    let (_, err, status) = super::run(
        "def f(d):\n    return d['b']\ntry:\n    f({})\nexcept KeyError:\n    raise ValueError('wrapped')\n",
    );
    assert_eq!(status, 1);
    let expected = "Traceback (most recent call last):\n  File \"/tmp/prog.py\", line 4, in <module>\n    f({})\n  File \"/tmp/prog.py\", line 2, in f\n    return d['b']\n           ~^^^^^\nKeyError: 'b'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/tmp/prog.py\", line 6, in <module>\n    raise ValueError('wrapped')\nValueError: wrapped\n";
    assert_eq!(err, expected);
}

#[test]
fn recursion_traceback_is_collapsed() {
    let (_, err, _) = super::run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert!(
        err.contains("  [Previous line repeated 996 more times]\n"),
        "{err}"
    );
    assert!(err.ends_with("RecursionError: maximum recursion depth exceeded\n"));
}

#[test]
fn exception_groups_and_except_star() {
    check(
        "try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\nexcept* ValueError as e:\n    print('v', repr(e))\nexcept* TypeError as e:\n    print('t', e.exceptions)\n",
        "v ExceptionGroup('g', [ValueError(1)])\nt (TypeError(2),)\n",
    );
}

/// A group inside a group prints its own cause or context inside its box, as CPython does.
#[test]
fn nested_group_tracebacks_show_their_chains() {
    let (_, err, _) = super::run(concat!(
        "def f():\n",
        "    try:\n",
        "        raise ValueError('ctx')\n",
        "    except ValueError:\n",
        "        raise ExceptionGroup('inner', [TypeError(2)])\n",
        "try:\n",
        "    f()\n",
        "except ExceptionGroup as g:\n",
        "    inner = g\n",
        "try:\n",
        "    raise KeyError('cause')\n",
        "except KeyError as k:\n",
        "    try:\n",
        "        raise ExceptionGroup('inner2', [OSError(3)]) from k\n",
        "    except ExceptionGroup as g:\n",
        "        inner2 = g\n",
        "raise ExceptionGroup('outer', [inner, inner2])\n",
    ));
    let expected = concat!(
        "  + Exception Group Traceback (most recent call last):\n",
        "  |   File \"/tmp/prog.py\", line 17, in <module>\n",
        "  |     raise ExceptionGroup('outer', [inner, inner2])\n",
        "  | ExceptionGroup: outer (2 sub-exceptions)\n",
        "  +-+---------------- 1 ----------------\n",
        "    | Traceback (most recent call last):\n",
        "    |   File \"/tmp/prog.py\", line 3, in f\n",
        "    |     raise ValueError('ctx')\n",
        "    | ValueError: ctx\n",
        "    | \n",
        "    | During handling of the above exception, another exception occurred:\n",
        "    | \n",
        "    | Exception Group Traceback (most recent call last):\n",
        "    |   File \"/tmp/prog.py\", line 7, in <module>\n",
        "    |     f()\n",
        "    |   File \"/tmp/prog.py\", line 5, in f\n",
        "    |     raise ExceptionGroup('inner', [TypeError(2)])\n",
        "    | ExceptionGroup: inner (1 sub-exception)\n",
        "    +-+---------------- 1 ----------------\n",
        "      | TypeError: 2\n",
        "      +------------------------------------\n",
        "    +---------------- 2 ----------------\n",
        "    | Traceback (most recent call last):\n",
        "    |   File \"/tmp/prog.py\", line 11, in <module>\n",
        "    |     raise KeyError('cause')\n",
        "    | KeyError: 'cause'\n",
        "    | \n",
        "    | The above exception was the direct cause of the following exception:\n",
        "    | \n",
        "    | Exception Group Traceback (most recent call last):\n",
        "    |   File \"/tmp/prog.py\", line 14, in <module>\n",
        "    |     raise ExceptionGroup('inner2', [OSError(3)]) from k\n",
        "    | ExceptionGroup: inner2 (1 sub-exception)\n",
        "    +-+---------------- 1 ----------------\n",
        "      | OSError: 3\n",
        "      +------------------------------------\n",
    );
    assert_eq!(err, expected);
}

#[test]
fn set_order_matches_cpython() {
    check(
        "print({3, 1, 2}, set([10, 3, 20, 1]), {5, 3} | {1})",
        "{1, 2, 3} {1, 10, 3, 20} {1, 3, 5}\n",
    );
}

#[test]
fn match_statement() {
    check(
        "def f(x):\n    match x:\n        case {'k': [a, *rest]}:\n            return a, rest\n        case int(n) if n > 2:\n            return 'big'\n        case _:\n            return 'other'\nprint(f({'k': [1, 2, 3]}), f(5), f(1))",
        "(1, [2, 3]) big other\n",
    );
}

#[test]
fn with_and_finally_order() {
    check(
        "class CM:\n    def __enter__(self):\n        print('enter')\n        return self\n    def __exit__(self, t, e, tb):\n        print('exit', t.__name__)\n        return True\ndef f():\n    try:\n        with CM():\n            raise KeyError('x')\n        return 'after'\n    finally:\n        print('finally')\nprint(f())",
        "enter\nexit KeyError\nfinally\nafter\n",
    );
}

#[test]
fn generator_finalised_when_dropped() {
    check(
        "def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('closed')\nfor x in g():\n    print(x)\n    break\nprint('end')",
        "1\nclosed\nend\n",
    );
}

#[test]
fn builtin_subclasses() {
    check(
        "class D(dict):\n    def __missing__(self, k):\n        return 0\nclass S(list):\n    def total(self):\n        return sum(self)\nd = D(a=1)\ns = S([1, 2])\ns.append(3)\nprint(d['a'], d['z'], s, s.total(), isinstance(s, list))",
        "1 0 [1, 2, 3] 6 True\n",
    );
}

#[test]
fn eval_and_exec() {
    check("x = 2\nexec('y = x * 3')\nprint(eval('x + y'))", "8\n");
}

#[test]
fn async_generator_driven_manually() {
    check(
        "class S:\n    def __await__(self):\n        yield\nasync def agen():\n    for i in range(3):\n        await S()\n        yield i\nasync def main():\n    return [x async for x in agen()]\nc = main()\ntry:\n    while True:\n        c.send(None)\nexcept StopIteration as e:\n    print(e.value)",
        "[0, 1, 2]\n",
    );
}

#[test]
fn never_awaited_warning() {
    let (out, err, _) = super::run("async def main():\n    pass\nmain()\nprint('x')\n");
    assert_eq!(out, "x\n");
    assert_eq!(
        err,
        "/tmp/prog.py:3: RuntimeWarning: coroutine 'main' was never awaited\n  main()\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    );
}

#[test]
fn deep_structures_do_not_overflow() {
    check(
        "x = []\nfor i in range(100000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('deep')\ndel x\nprint('freed')",
        "deep\nfreed\n",
    );
}

#[test]
fn syntax_errors_worded_like_cpython() {
    check_err("if x\n    pass\n", "SyntaxError: expected ':'");
    check_err(
        "def f():\nreturn 1\n",
        "IndentationError: expected an indented block after function definition on line 1",
    );
    check_err("print(1))\n", "SyntaxError: unmatched ')'");
    check_err("return 5\n", "SyntaxError: 'return' outside function");
    check_err(
        "def f():\n    await x\n",
        "SyntaxError: 'await' outside async function",
    );
    check_err("x = ‘a’\n", "SyntaxError: invalid character '‘' (U+2018)");
    check_err(
        &format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201)),
        "SyntaxError: too many nested parentheses",
    );
}
