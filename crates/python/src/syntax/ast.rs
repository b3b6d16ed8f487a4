//! Our syntax tree: the shape the compiler consumes, independent of the parser crate.
//!
//! Ranges are byte offsets into the source (`TextRange`); names are shared `Rc<str>`.

use std::rc::Rc;

use ruff_text_size::TextRange;

/// An identifier.
pub type Name = Rc<str>;

/// A parsed module: its statements.
#[derive(Debug, Clone)]
pub struct Module {
    /// Top-level statements in source order.
    pub body: Vec<Stmt>,
}

/// A statement with its source range.
#[derive(Debug, Clone)]
pub struct Stmt {
    /// Where the statement is in the source.
    pub range: TextRange,
    /// What it is.
    pub kind: StmtKind,
}

/// Function definition (`def` or `async def`).
#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub name: Name,
    pub is_async: bool,
    pub decorators: Vec<Expr>,
    pub params: Params,
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// Class definition.
#[derive(Debug, Clone)]
pub struct ClassDef {
    pub name: Name,
    pub decorators: Vec<Expr>,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
}

/// The statement kinds.
#[derive(Debug, Clone)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<Name>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

/// `import a.b as c` / `from m import x as y`.
#[derive(Debug, Clone)]
pub struct Alias {
    pub name: Name,
    pub asname: Option<Name>,
    pub range: TextRange,
}

/// One `expr as target` of a `with`.
#[derive(Debug, Clone)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// One `except` clause.
#[derive(Debug, Clone)]
pub struct ExceptHandler {
    pub range: TextRange,
    pub typ: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
}

/// One `case` of a `match`.
#[derive(Debug, Clone)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A `match` pattern with its range.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub range: TextRange,
    pub kind: PatternKind,
}

/// The pattern kinds of PEP 634.
#[derive(Debug, Clone)]
pub enum PatternKind {
    /// A value pattern: a literal or dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Constant),
    Sequence(Vec<Pattern>),
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Name>,
    },
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_names: Vec<Name>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` (or `*_` when the name is None) inside a sequence pattern.
    Star(Option<Name>),
    /// `pattern as name`, a bare capture `name` (pattern None) or the wildcard `_` (both None).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Name>,
    },
    Or(Vec<Pattern>),
}

/// Literal singletons.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
}

/// A function's parameter list.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

/// One parameter.
#[derive(Debug, Clone)]
pub struct Param {
    pub name: Name,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub range: TextRange,
}

/// `name=value` or `**value` (name None) in a call.
#[derive(Debug, Clone)]
pub struct Keyword {
    pub name: Option<Name>,
    pub value: Expr,
    pub range: TextRange,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Debug, Clone)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// An expression with its source range.
#[derive(Debug, Clone)]
pub struct Expr {
    pub range: TextRange,
    pub kind: ExprKind,
}

/// A piece of an f-string.
#[derive(Debug, Clone)]
pub enum FPart {
    /// Literal text.
    Lit(String),
    /// `{expr!conv:spec}`; `debug` holds the `expr=` text to print first.
    Expr {
        expr: Box<Expr>,
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
        debug: Option<String>,
    },
}

/// The expression kinds.
#[derive(Debug, Clone)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    Named {
        target: Name,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// Items; a `None` key is a `**mapping` unpacking.
    Dict(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    FString(Vec<FPart>),
    Str(String),
    Bytes(Vec<u8>),
    Int(i64),
    /// An integer literal too big for `i64`, as decimal digits.
    BigInt(String),
    Float(f64),
    /// An imaginary literal `3j` (the imaginary part).
    Complex(f64),
    Const(Constant),
    Ellipsis,
    Attribute {
        value: Box<Expr>,
        attr: Name,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(Name),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// `and` / `or`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators (also used by augmented assignment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// Dropping a tree takes the chains apart in a loop: a binary, unary, attribute, call,
/// subscript, conditional or `await` chain thousands of links long (and an `elif` chain,
/// below) would otherwise be dropped by one Rust call per link.
impl Drop for Expr {
    fn drop(&mut self) {
        if !has_chain_child(&self.kind) {
            return;
        }
        let mut stack: Vec<Expr> = vec![];
        take_chain_children(&mut self.kind, &mut stack);
        while let Some(mut e) = stack.pop() {
            take_chain_children(&mut e.kind, &mut stack);
        }
    }
}

fn has_chain_child(kind: &ExprKind) -> bool {
    matches!(
        kind,
        ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Call { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Await(_)
            | ExprKind::Lambda { .. }
    )
}

/// Moves the boxed operands a chain runs through out of `kind` onto `stack`.
fn take_chain_children(kind: &mut ExprKind, stack: &mut Vec<Expr>) {
    if !has_chain_child(kind) {
        return;
    }
    match std::mem::replace(kind, ExprKind::Ellipsis) {
        ExprKind::BinOp { left, right, .. } => {
            stack.push(*left);
            stack.push(*right);
        }
        ExprKind::UnaryOp { operand, .. } => stack.push(*operand),
        ExprKind::Attribute { value, .. } => stack.push(*value),
        ExprKind::Subscript { value, slice } => {
            stack.push(*value);
            stack.push(*slice);
        }
        ExprKind::Call { func, .. } => stack.push(*func),
        ExprKind::IfExp { test, body, orelse } => {
            stack.push(*test);
            stack.push(*body);
            stack.push(*orelse);
        }
        ExprKind::Await(v) => stack.push(*v),
        ExprKind::Lambda { body, .. } => stack.push(*body),
        _ => {}
    }
}

/// The `elif` an `if`'s `orelse` is, when it is one: an `orelse` of exactly one `If`.
pub fn elif_of(orelse: &[Stmt]) -> Option<&Stmt> {
    match orelse {
        [next @ Stmt {
            kind: StmtKind::If { .. },
            ..
        }] => Some(next),
        _ => None,
    }
}

impl Drop for Stmt {
    fn drop(&mut self) {
        // An `elif` chain is an `If` whose `orelse` is one `If`, and so on down.
        let StmtKind::If { orelse, .. } = &mut self.kind else {
            return;
        };
        let mut stack: Vec<Stmt> = std::mem::take(orelse);
        while let Some(mut s) = stack.pop() {
            if let StmtKind::If { orelse, .. } = &mut s.kind {
                stack.append(orelse);
            }
        }
    }
}
