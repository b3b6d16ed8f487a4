//! The instruction set. One enum; each variant carries its operand. Stack effects are written
//! `before -> after` with the top of the stack on the right. Jump targets are instruction
//! indices. Names refer to `CodeObject::names`, constants to `CodeObject::consts`.

/// Binary operators shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpKind {
    /// `a op b` for values with a total or partial order (floats: NaN compares unequal).
    #[inline]
    pub fn holds<T: PartialOrd>(self, a: &T, b: &T) -> bool {
        match self {
            CmpKind::Lt => a < b,
            CmpKind::Le => a <= b,
            CmpKind::Eq => a == b,
            CmpKind::Ne => a != b,
            CmpKind::Gt => a > b,
            CmpKind::Ge => a >= b,
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryKind {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Opcode {
    /// Does nothing (a placeholder for a location).
    Nop,
    /// `x ->` (CPython `POP_TOP`).
    Pop,
    /// `.. x -> .. x stack[-n]`: push a copy of the n-th item from the top, 1-based (`COPY`).
    Copy(u32),
    /// Swap the top with the n-th item from the top, 1-based (`SWAP`).
    Swap(u32),
    /// `-> consts[i]` (`LOAD_CONST`).
    LoadConst(u32),
    /// `-> fast[i]`; `UnboundLocalError` when unset (`LOAD_FAST`).
    LoadFast(u32),
    /// `x ->` into fast local i (`STORE_FAST`).
    StoreFast(u32),
    /// Unset fast local i (`DELETE_FAST`).
    DeleteFast(u32),
    /// `-> cell[i].contents` (`LOAD_DEREF`).
    LoadDeref(u32),
    /// `x ->` into cell i (`STORE_DEREF`).
    StoreDeref(u32),
    /// Empty cell i (`DELETE_DEREF`).
    DeleteDeref(u32),
    /// Class bodies: look `names[name]` up in the class namespace, then free cell `cell` (`LOAD_CLASSDEREF`).
    LoadClassDeref { name: u32, cell: u32 },
    /// `-> cell[i]` itself, for building closures (`LOAD_CLOSURE`).
    LoadClosure(u32),
    /// `-> globals/builtins[names[i]]` (`LOAD_GLOBAL`).
    LoadGlobal(u32),
    /// `x ->` into globals (`STORE_GLOBAL`).
    StoreGlobal(u32),
    /// Delete from globals (`DELETE_GLOBAL`).
    DeleteGlobal(u32),
    /// `-> locals/globals/builtins[names[i]]` (`LOAD_NAME`).
    LoadName(u32),
    /// `x ->` into the frame's namespace (`STORE_NAME`).
    StoreName(u32),
    /// Delete from the frame's namespace (`DELETE_NAME`).
    DeleteName(u32),
    /// `obj -> obj.name` (`LOAD_ATTR`).
    LoadAttr(u32),
    /// `value obj ->` sets `obj.name = value` (`STORE_ATTR`).
    StoreAttr(u32),
    /// `obj ->` deletes `obj.name` (`DELETE_ATTR`).
    DeleteAttr(u32),
    /// `obj -> meth self` or `-> attr NULL` (`LOAD_METHOD`); pairs with `CallMethod`.
    LoadMethod(u32),
    /// `container key -> container[key]` (`BINARY_SUBSCR`).
    Subscr,
    /// `value container key ->` (`STORE_SUBSCR`).
    StoreSubscr,
    /// `container key ->` (`DELETE_SUBSCR`).
    DeleteSubscr,
    /// `lo hi [step] -> slice` with 2 or 3 operands (`BUILD_SLICE`).
    BuildSlice(u32),
    /// `a b -> a op b` (`BINARY_OP`).
    BinaryOp(BinOpKind),
    /// `a b -> a op= b` (`BINARY_OP` with an in-place oparg).
    InplaceOp(BinOpKind),
    /// `a -> op a` (`UNARY_*`).
    Unary(UnaryKind),
    /// `a b -> a op b` (`COMPARE_OP`).
    Compare(CmpKind),
    /// `a b -> a is b` (or `is not` when true) (`IS_OP`).
    Is(bool),
    /// `a b -> a in b` (or `not in` when true) (`CONTAINS_OP`).
    Contains(bool),
    /// `x1..xn -> (x1..xn)` (`BUILD_TUPLE`).
    BuildTuple(u32),
    /// `x1..xn -> [x1..xn]` (`BUILD_LIST`).
    BuildList(u32),
    /// `x1..xn -> {x1..xn}` (`BUILD_SET`).
    BuildSet(u32),
    /// `k1 v1..kn vn -> {k1: v1..}` (`BUILD_MAP`).
    BuildMap(u32),
    /// `s1..sn -> s1+..+sn` for f-strings (`BUILD_STRING`).
    BuildString(u32),
    /// `list ..(i-1 items).. x -> list .. ` appends x to the list i deep (`LIST_APPEND`).
    ListAppend(u32),
    /// Set counterpart of `ListAppend` (`SET_ADD`).
    SetAdd(u32),
    /// `dict .. k v -> dict ..` (`MAP_ADD`).
    MapAdd(u32),
    /// `list .. iterable -> list ..` (`LIST_EXTEND`).
    ListExtend(u32),
    /// `set .. iterable -> set ..` (`SET_UPDATE`).
    SetUpdate(u32),
    /// `dict .. mapping -> dict ..` (`DICT_UPDATE`).
    DictUpdate(u32),
    /// Like `DictUpdate` but duplicate keys are an error, for `f(**a, **b)` (`DICT_MERGE`).
    DictMerge(u32),
    /// `list -> tuple` (`LIST_TO_TUPLE`).
    ListToTuple,
    /// `value [spec] -> str`: f-string field; operand = conversion char (0 none) | 0x100 when a spec is on the stack (`FORMAT_VALUE`).
    FormatValue(u32),
    /// `seq -> xn..x1` exactly n items (`UNPACK_SEQUENCE`).
    UnpackSequence(u32),
    /// `seq -> ..` with a starred target: `before` items, a list, `after` items (`UNPACK_EX`).
    UnpackEx { before: u32, after: u32 },
    /// Unconditional jump (`JUMP`).
    Jump(u32),
    /// `x ->` jump when falsy (`POP_JUMP_IF_FALSE`).
    PopJumpIfFalse(u32),
    /// `x ->` jump when truthy (`POP_JUMP_IF_TRUE`).
    PopJumpIfTrue(u32),
    /// `x -> x` and jump when falsy, else pop (`JUMP_IF_FALSE_OR_POP`).
    JumpIfFalseOrPop(u32),
    /// `x -> x` and jump when truthy, else pop (`JUMP_IF_TRUE_OR_POP`).
    JumpIfTrueOrPop(u32),
    /// `x ->` jump when `x is None` (`POP_JUMP_IF_NONE`).
    PopJumpIfNone(u32),
    /// `x ->` jump when `x is not None` (`POP_JUMP_IF_NOT_NONE`).
    PopJumpIfNotNone(u32),
    /// `x -> iter(x)` (`GET_ITER`).
    GetIter,
    /// `it -> it next(it)`, or pop `it` and jump when exhausted (`FOR_ITER`).
    ForIter(u32),
    /// `x -> aiter(x)` (`GET_AITER`).
    GetAIter,
    /// `ait -> ait awaitable(anext(ait))` (`GET_ANEXT`).
    GetANext,
    /// `x -> awaitable iterator of x`; operand 1/2 word errors for `async with` enter/exit (`GET_AWAITABLE`).
    GetAwaitable(u32),
    /// `sub v -> sub yielded` or, when `sub` returns, `-> result` and jump (`SEND`).
    Send(u32),
    /// `x -> sent`: suspend the frame; operand 1 inside `yield from`/`await` delegation,
    /// 2 for an async generator's own `yield` (the value is wrapped) (`YIELD_VALUE`).
    YieldValue(u32),
    /// `x ->` return x from the frame (`RETURN_VALUE`).
    ReturnValue,
    /// Push a handler block: on an exception unwind to the recorded depth, push the
    /// exception and jump (`SETUP_FINALLY` in 3.10 terms; 3.11 uses a table).
    SetupExcept(u32),
    /// Pop the innermost block (`POP_BLOCK`).
    PopBlock,
    /// Leave an `except` handler: drop its block, restore the stack depth and the
    /// previously handled exception (`POP_EXCEPT`).
    PopExcept,
    /// `exc ->` re-raise without adding a traceback entry (`RERAISE`).
    Reraise,
    /// `raise` (0), `raise x` (1), `raise x from y` (2) (`RAISE_VARARGS`).
    Raise(u32),
    /// `exc type -> exc bool`: does exc match the `except` clause's type (`CHECK_EXC_MATCH`).
    CheckExcMatch,
    /// `eg type -> rest match`: `except*` split (`CHECK_EG_MATCH`); match is None when nothing matched.
    CheckEgMatch,
    /// `orig raised_list -> exc_or_none`: combine what the `except*` clauses raised (`PREP_RERAISE_STAR`).
    PrepReraiseStar,
    /// `mgr -> exit enter()` (`BEFORE_WITH`).
    BeforeWith,
    /// `mgr -> aexit aenter()` (awaitable) (`BEFORE_ASYNC_WITH`).
    BeforeAsyncWith,
    /// `exit exc -> exit exc exit(type, exc, tb)` (`WITH_EXCEPT_START`).
    WithExceptStart,
    /// `-> AssertionError` (`LOAD_ASSERTION_ERROR`).
    LoadAssertionError,
    /// `[defaults] [kwdefaults] [closure] code -> function`; flags 1 defaults, 2 kwdefaults, 8 closure (`MAKE_FUNCTION`).
    MakeFunction(u32),
    /// `f a1..an -> f(a1..an)` (`CALL`).
    Call(u32),
    /// `f a1..an names -> f(...)`: the last `len(names)` args are keywords (`KW_NAMES` + `CALL`).
    CallKw(u32),
    /// `f args [kwargs] -> f(*args, **kwargs)`; operand 1 when kwargs present (`CALL_FUNCTION_EX`).
    CallEx(u32),
    /// `meth self a1..an -> result` after `LoadMethod` (`CALL` after `LOAD_METHOD`).
    CallMethod(u32),
    /// `meth self a1..an names -> result`.
    CallMethodKw(u32),
    /// `body_fn bases.. [kw names] -> class`: run the class body then create the class;
    /// operand = number of bases | (number of keywords << 16), keyword names on top as a tuple (`LOAD_BUILD_CLASS` + `CALL`).
    BuildClass(u32),
    /// `level fromlist -> module` (`IMPORT_NAME`).
    ImportName(u32),
    /// `module -> module module.name` (`IMPORT_FROM`).
    ImportFrom(u32),
    /// `module ->` binds every public name (`IMPORT_STAR`).
    ImportStar,
    /// Create `__annotations__` in the namespace (`SETUP_ANNOTATIONS`).
    SetupAnnotations,
    /// `x -> x len(x)` (`GET_LEN`).
    GetLen,
    /// `x -> x bool` is x a mapping (`MATCH_MAPPING`).
    MatchMapping,
    /// `x -> x bool` is x a sequence for matching (`MATCH_SEQUENCE`).
    MatchSequence,
    /// `map keys -> map keys values_or_None` (`MATCH_KEYS`).
    MatchKeys,
    /// `subject cls names -> attrs_tuple_or_None` with n positional sub-patterns (`MATCH_CLASS`).
    MatchClass(u32),
    /// `map keys -> map rest_dict` (`COPY_DICT_WITHOUT_KEYS`).
    CopyDictWithoutKeys,
    /// Like `SetupExcept`, but the recorded depth excludes the `__enter__` result on top (`SETUP_WITH`).
    SetupWith(u32),
    /// `aiter exc ->`: end an `async for` on `StopAsyncIteration` (drop the iterator and the
    /// handler), else re-raise (`END_ASYNC_FOR`).
    EndAsyncFor,
    /// `x -> iter(x)`, but generators and coroutines pass through (`GET_YIELD_FROM_ITER`).
    GetYieldFromIter,
    /// `-> None` and return from a generator/coroutine frame that never yielded yet; start marker (`RETURN_GENERATOR`/`RESUME`).
    Resume,
}
