//! The symbol table: which scope each name belongs to (local, cell, free, global, or
//! namespace lookup in class and module bodies), computed as CPython's `symtable.c` does,
//! including class scopes, the implicit `__class__` cell and 3.11's comprehension scopes.

use crate::objects::fasthash::{FastMap, FastSet};
use std::rc::Rc;

use ruff_text_size::TextRange;

use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

mod analyze;

use analyze::analyze;

/// Kind of scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// Where a name lives, after analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// Fast local.
    Local,
    /// Local captured by an inner scope.
    Cell,
    /// From the closure.
    Free,
    /// `global` declared.
    GlobalExplicit,
    /// Not bound anywhere enclosing: globals then builtins.
    GlobalImplicit,
    /// Class/module body name: namespace lookup.
    Name,
}

const BOUND: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;

/// One scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Rc<str>,
    /// Names in first-seen order with their flags.
    order: Vec<Name>,
    flags: FastMap<Name, u8>,
    /// Parameters in order.
    pub params: Vec<Name>,
    /// Resolution of every name.
    pub resolved: FastMap<Name, Resolved>,
    /// Child scopes in source order.
    pub children: Vec<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Uses `await`/`async for` inside a comprehension (3.11 inlines such as coroutines).
    pub has_await: bool,
    /// Class scopes: some method needs the `__class__` cell.
    pub needs_class_cell: bool,
    /// Cell variables in order.
    pub cellvars: Vec<Name>,
    /// Free variables in order.
    pub freevars: Vec<Name>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.into(),
            order: vec![],
            flags: FastMap::default(),
            params: vec![],
            resolved: FastMap::default(),
            children: vec![],
            is_generator: false,
            is_coroutine: false,
            has_await: false,
            needs_class_cell: false,
            cellvars: vec![],
            freevars: vec![],
        }
    }

    fn add(&mut self, name: &Name, flag: u8) -> u8 {
        let e = self.flags.entry(name.clone()).or_insert_with(|| {
            self.order.push(name.clone());
            0
        });
        let old = *e;
        *e |= flag;
        old
    }

    /// How `name` resolves here.
    pub fn resolve(&self, name: &str) -> Resolved {
        if let Some(r) = self.resolved.get(name) {
            return *r;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Resolved::Name,
            _ => Resolved::GlobalImplicit,
        }
    }

    /// Names that become fast locals, parameters first.
    pub fn locals(&self) -> Vec<Name> {
        let mut v: Vec<Name> = self.params.clone();
        for n in &self.order {
            if v.contains(n) {
                continue;
            }
            if matches!(
                self.resolved.get(n),
                Some(Resolved::Local) | Some(Resolved::Cell)
            ) {
                v.push(n.clone());
            }
        }
        v
    }
}

/// All scopes of a module; scope 0 is the module.
#[derive(Debug)]
pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// AST node (range, kind tag) -> scope index.
    by_node: FastMap<(u32, u32, u8), usize>,
    nonlocal_ranges: Vec<(Name, TextRange)>,
}

impl SymTable {
    fn nonlocal_range(&self, n: &Name) -> TextRange {
        self.nonlocal_ranges
            .iter()
            .rev()
            .find(|(m, _)| m == n)
            .map(|(_, r)| *r)
            .unwrap_or_default()
    }

    /// The scope created for a node.
    pub fn scope_for(&self, range: TextRange, tag: u8) -> Option<usize> {
        self.by_node
            .get(&(range.start().into(), range.end().into(), tag))
            .copied()
    }
}

/// Tags distinguishing scope-creating nodes that could share a range.
pub const TAG_FUNC: u8 = 1;
pub const TAG_CLASS: u8 = 2;
pub const TAG_LAMBDA: u8 = 3;
pub const TAG_COMP: u8 = 4;

type R<T> = Result<T, SyntaxError>;

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    by_node: FastMap<(u32, u32, u8), usize>,
    nonlocal_ranges: Vec<(Name, TextRange)>,
}

/// Build and analyse the symbol table of `module`.
pub fn build(module: &Module) -> R<SymTable> {
    let mut b = Builder::new();
    for s in &module.body {
        b.stmt(s)?;
    }
    b.finish()
}

/// Build and analyse the symbol table of an `eval` expression, as a module's.
pub fn build_expression(expr: &Expr) -> R<SymTable> {
    let mut b = Builder::new();
    b.expr(expr)?;
    b.finish()
}

impl Builder {
    fn new() -> Builder {
        Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
            stack: vec![0],
            by_node: FastMap::default(),
            nonlocal_ranges: vec![],
        }
    }

    fn finish(self) -> R<SymTable> {
        let b = self;
        let mut st = SymTable {
            scopes: b.scopes,
            by_node: b.by_node,
            nonlocal_ranges: b.nonlocal_ranges,
        };
        analyze(&mut st, 0, &FastSet::default())?;
        Ok(st)
    }
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, range: TextRange, tag: u8) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().unwrap_or(&0);
        self.scopes[parent].children.push(idx);
        self.by_node
            .insert((range.start().into(), range.end().into(), tag), idx);
        self.stack.push(idx);
        idx
    }

    fn bind(&mut self, name: &Name) {
        self.cur().add(name, BOUND);
    }

    fn use_name(&mut self, name: &Name) {
        self.cur().add(name, USED);
        if &**name == "super" && self.cur().kind == ScopeKind::Function {
            let n: Name = "__class__".into();
            self.cur().add(&n, USED);
        }
    }

    fn stmts(&mut self, v: &[Stmt]) -> R<()> {
        for s in v {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params_defaults(&mut self, p: &Params) -> R<()> {
        for a in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(p.vararg.iter())
            .chain(&p.kwonly)
            .chain(p.kwarg.iter())
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, p: &Params) -> R<()> {
        let all: Vec<&Param> = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .chain(p.vararg.iter())
            .chain(p.kwarg.iter())
            .collect();
        for a in all {
            if self.cur().params.contains(&a.name) {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", a.name),
                    a.range,
                ));
            }
            self.cur().add(&a.name, BOUND | PARAM);
            self.cur().params.push(a.name.clone());
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.params_defaults(&f.params)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                self.push_scope(ScopeKind::Function, &f.name, s.range, TAG_FUNC);
                self.cur().is_coroutine = f.is_async;
                self.declare_params(&f.params)?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                self.push_scope(ScopeKind::Class, &c.name, s.range, TAG_CLASS);
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if let (ExprKind::Name(n), true) = (&target.kind, *simple) {
                    let old = self.cur().flags.get(n).copied().unwrap_or(0);
                    if old & (GLOBAL | NONLOCAL) != 0 && self.cur().kind != ScopeKind::Module {
                        return Err(SyntaxError::wide(
                            format!("annotated name '{n}' can't be global"),
                            target.range,
                        ));
                    }
                    self.bind(n);
                } else {
                    self.target(target)?;
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { .. } => {
                // An `elif` chain in a loop, not one call per `elif`.
                let mut cur = s;
                while let StmtKind::If { test, body, orelse } = &cur.kind {
                    self.expr(test)?;
                    self.stmts(body)?;
                    match crate::syntax::ast::elif_of(orelse) {
                        Some(next) => cur = next,
                        None => {
                            self.stmts(orelse)?;
                            break;
                        }
                    }
                }
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&i.context)?;
                    if let Some(t) = &i.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound: Name = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").into(),
                    };
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name == "*" {
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let old = self.cur().flags.get(n).copied().unwrap_or(0);
                    if old & (BOUND | USED) != 0 && old & GLOBAL == 0 {
                        let what = if old & BOUND != 0 {
                            "is assigned to before"
                        } else {
                            "is used prior to"
                        };
                        return Err(SyntaxError::wide(
                            format!("name '{n}' {what} global declaration"),
                            s.range,
                        ));
                    }
                    if old & NONLOCAL != 0 {
                        return Err(SyntaxError::wide(
                            format!("name '{n}' is nonlocal and global"),
                            s.range,
                        ));
                    }
                    self.cur().add(n, GLOBAL);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(SyntaxError::wide(
                        "nonlocal declaration not allowed at module level",
                        s.range,
                    ));
                }
                for n in names {
                    let old = self.cur().flags.get(n).copied().unwrap_or(0);
                    if old & PARAM != 0 {
                        return Err(SyntaxError::wide(
                            format!("name '{n}' is parameter and nonlocal"),
                            s.range,
                        ));
                    }
                    if old & (BOUND | USED) != 0 && old & NONLOCAL == 0 {
                        let what = if old & BOUND != 0 {
                            "is assigned to before"
                        } else {
                            "is used prior to"
                        };
                        return Err(SyntaxError::wide(
                            format!("name '{n}' {what} nonlocal declaration"),
                            s.range,
                        ));
                    }
                    if old & GLOBAL != 0 {
                        return Err(SyntaxError::wide(
                            format!("name '{n}' is nonlocal and global"),
                            s.range,
                        ));
                    }
                    self.cur().add(n, NONLOCAL);
                    self.nonlocal_ranges.push((n.clone(), s.range));
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn target(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(e),
        }
    }

    fn pattern(&mut self, p: &Pattern) -> R<()> {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
                Ok(())
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.bind(r);
                }
                Ok(())
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
                Ok(())
            }
            PatternKind::Star(n) => {
                if let Some(n) = n {
                    self.bind(n);
                }
                Ok(())
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
                Ok(())
            }
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        elts: &[&Expr],
        gens: &[Comprehension],
        is_genexp: bool,
    ) -> R<()> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        self.push_scope(ScopeKind::Comprehension, name, range, TAG_COMP);
        self.cur().is_generator = is_genexp;
        let dot0: Name = ".0".into();
        self.cur().add(&dot0, BOUND | PARAM);
        self.cur().params.push(dot0);
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                self.cur().has_await = true;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        Ok(())
    }

    /// Visits an expression. Chains (binary operators' left operands, unary operands,
    /// attribute/call/subscript objects, conditional expressions' `else`, `await`) are
    /// walked down in a loop; what comes after a link's chain operand in source order (a
    /// right operand, arguments, a subscript) is visited on the way back up.
    fn expr(&mut self, e: &Expr) -> R<()> {
        let mut after: Vec<&Expr> = vec![];
        let mut cur = e;
        loop {
            cur = match &cur.kind {
                ExprKind::BinOp { left, .. } => {
                    after.push(cur);
                    left
                }
                ExprKind::Subscript { value, .. } => {
                    after.push(cur);
                    value
                }
                ExprKind::Call { func, .. } => {
                    after.push(cur);
                    func
                }
                ExprKind::UnaryOp { operand, .. } => operand,
                ExprKind::Attribute { value, .. } => value,
                ExprKind::IfExp { test, body, orelse } => {
                    self.expr(test)?;
                    self.expr(body)?;
                    orelse
                }
                ExprKind::Await(v) => {
                    self.cur().has_await = true;
                    v
                }
                _ => break,
            };
        }
        self.expr_node(cur)?;
        while let Some(link) = after.pop() {
            match &link.kind {
                ExprKind::BinOp { right, .. } => self.expr(right)?,
                ExprKind::Subscript { slice, .. } => self.expr(slice)?,
                ExprKind::Call { args, keywords, .. } => self.call_args(args, keywords)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn call_args(&mut self, args: &[Expr], keywords: &[Keyword]) -> R<()> {
        for a in args {
            self.expr(a)?;
        }
        let mut seen: Vec<&Name> = vec![];
        for k in keywords {
            if let Some(n) = &k.name {
                if seen.contains(&n) {
                    return Err(SyntaxError::wide(
                        format!("keyword argument repeated: {n}"),
                        k.range,
                    ));
                }
                seen.push(n);
            }
            self.expr(&k.value)?;
        }
        Ok(())
    }

    /// One node of an expression, its operands visited by `expr`.
    fn expr_node(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Named { target, value } => {
                self.expr(value)?;
                // Bind in the nearest enclosing non-comprehension scope.
                let mut i = self.stack.len() - 1;
                let in_comp = self.scopes[self.stack[i]].kind == ScopeKind::Comprehension;
                while i > 0 && self.scopes[self.stack[i]].kind == ScopeKind::Comprehension {
                    i -= 1;
                }
                let owner = self.stack[i];
                if in_comp && self.scopes[owner].kind == ScopeKind::Class {
                    let r = TextRange::new(e.range.start(), e.range.start());
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        r,
                    ));
                }
                self.scopes[owner].add(target, BOUND);
                if in_comp {
                    // Comprehensions see it as a free variable (or global at module level).
                    for &j in &self.stack[i + 1..] {
                        self.scopes[j].add(target, USED | NONLOCAL_IMPLICIT);
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params)?;
                self.push_scope(ScopeKind::Function, "<lambda>", e.range, TAG_LAMBDA);
                self.declare_params(params)?;
                self.expr(body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => {
                for x in v {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e.range, "<listcomp>", &[elt], generators, false)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e.range, "<setcomp>", &[elt], generators, false)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e.range, "<dictcomp>", &[key, value], generators, false)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e.range, "<genexpr>", &[elt], generators, true)?
            }
            ExprKind::Await(v) => {
                self.cur().has_await = true;
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                let sc = self.cur();
                if sc.kind == ScopeKind::Comprehension {
                    let what = match &*sc.name {
                        "<listcomp>" => "list comprehension",
                        "<setcomp>" => "set comprehension",
                        "<dictcomp>" => "dict comprehension",
                        _ => "generator expression",
                    };
                    return Err(SyntaxError::wide(format!("'yield' inside {what}"), e.range));
                }
                sc.is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                let sc = self.cur();
                if sc.kind == ScopeKind::Comprehension {
                    return Err(SyntaxError::wide(
                        "'yield' inside list comprehension",
                        e.range,
                    ));
                }
                sc.is_generator = true;
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.call_args(args, keywords)?;
            }
            ExprKind::FString(parts) => self.fparts(parts)?,
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Complex(_)
            | ExprKind::Const(_)
            | ExprKind::Ellipsis => {}
        }
        Ok(())
    }

    fn fparts(&mut self, parts: &[FPart]) -> R<()> {
        for p in parts {
            if let FPart::Expr { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }
}

/// Marks a walrus target seen from inside a comprehension: resolve outward.
const NONLOCAL_IMPLICIT: u8 = 32;
