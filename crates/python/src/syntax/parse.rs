//! The only module that knows ruff's parser: parse source text with `ruff_python_parser`,
//! convert its tree into our `ast`, and word its errors the way CPython 3.11 does.

use std::rc::Rc;

use ruff_python_ast as r;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::ast::*;
use super::scan::scan;
use super::{SyntaxError, SyntaxErrorKind};

/// Deepest statement-and-expression nesting we convert, counted as CPython 3.11's
/// compiler counts it (one level per statement and per expression node, the module's
/// top level at 1): deeper, CPython fails with `RecursionError: maximum recursion depth
/// exceeded during compilation`, and so do we. The chains that go this deep without
/// brackets (binary operators, unary operators, attributes/calls/subscripts, conditional
/// expressions, `elif`s) cost no Rust recursion per level here, in the scope builder, the
/// compiler or the trees' drops; the shapes that still recurse are ones CPython caps
/// lower: `**` and `lambda` chains (its parser fails at about 2,984 with a `MemoryError`),
/// brackets (200, `scan.rs`) and blocks (99 indentation levels, `scan.rs`). Ruff's parser
/// itself recurses per link of unary, conditional, `**` and `lambda` chains: natively it
/// grows its stack (`stacker`), in wasm it cannot, so in the page those chains go only as
/// deep as the browser's stack lets it (about 1,000 to 2,300 links).
const MAX_DEPTH: u32 = 3000;

/// Parse a whole module.
pub fn parse_module(src: &str) -> Result<Module, SyntaxError> {
    let scanned = scan(src);
    if let Some(e) = &scanned {
        if e.fatal {
            return Err(e.error.clone());
        }
    }
    match ruff_python_parser::parse_module(src) {
        Ok(parsed) => {
            if let Some(e) = scanned {
                return Err(e.error);
            }
            let m = parsed.into_syntax();
            let mut cv = Converter { depth: 0, src };
            let body = cv.stmts(m.body.into_iter().collect())?;
            Ok(Module { body })
        }
        Err(pe) => {
            let (mapped, generic) = map_error(&pe, src);
            if let Some(e) = scanned {
                let err_at = pe.location.start().to_usize();
                let wins = if e.never_closed {
                    // Only when the parser ran into the end, or past the bracket's line.
                    let bracket_at: usize = e.error.range.start().to_usize();
                    let at_eof = src
                        .get(err_at..)
                        .map(|r| r.trim().is_empty())
                        .unwrap_or(true);
                    generic
                        && (at_eof
                            || src[..err_at.min(src.len())].matches('\n').count()
                                > src[..bracket_at.min(src.len())].matches('\n').count())
                } else {
                    generic || e.detected_at <= err_at
                };
                if wins {
                    return Err(e.error);
                }
            }
            Err(mapped)
        }
    }
}

/// Parse a single expression (`eval` input).
pub fn parse_expression(src: &str) -> Result<Expr, SyntaxError> {
    let scanned = scan(src);
    if let Some(e) = &scanned {
        if e.fatal {
            return Err(e.error.clone());
        }
    }
    let trimmed = src.trim_start_matches([' ', '\t']);
    match ruff_python_parser::parse_expression(trimmed) {
        Ok(parsed) => {
            if let Some(e) = scanned {
                return Err(e.error);
            }
            let m = parsed.into_syntax();
            let mut cv = Converter {
                depth: 0,
                src: trimmed,
            };
            cv.expr(*m.body)
        }
        Err(pe) => {
            let (mapped, generic) = map_error(&pe, src);
            if let (Some(e), true) = (scanned, generic) {
                return Err(e.error);
            }
            Err(mapped)
        }
    }
}

fn line_start(src: &str, off: usize) -> usize {
    src[..off.min(src.len())]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0)
}

fn line_end(src: &str, off: usize) -> usize {
    let off = off.min(src.len());
    src[off..]
        .find(['\n', '\r'])
        .map(|i| off + i)
        .unwrap_or(src.len())
}

fn point(off: usize) -> TextRange {
    let o = TextSize::new(off as u32);
    TextRange::new(o, o)
}

/// The header keyword phrase CPython uses in "expected an indented block after ...".
fn block_phrase(line: &str) -> Option<&'static str> {
    let t = line.trim_start();
    let t = t.strip_prefix("async ").map(str::trim_start).unwrap_or(t);
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    Some(match word.as_str() {
        "if" => "'if' statement",
        "elif" => "'elif' statement",
        "else" => "'else' statement",
        "for" => "'for' statement",
        "while" => "'while' statement",
        "with" => "'with' statement",
        "try" => "'try' statement",
        "except" => {
            if t.starts_with("except*") || t.starts_with("except *") {
                "'except*' statement"
            } else {
                "'except' statement"
            }
        }
        "finally" => "'finally' statement",
        "def" => "function definition",
        "class" => "class definition",
        "match" => "'match' statement",
        "case" => "'case' statement",
        _ => return None,
    })
}

/// Word a ruff error like CPython. The flag says whether it is the generic
/// `invalid syntax`, which tokenizer errors later in the file override.
fn map_error(pe: &ParseError, src: &str) -> (SyntaxError, bool) {
    let off = pe.location.start().to_usize().min(src.len());
    let generic = |off: usize| (SyntaxError::new("invalid syntax", point(off)), true);
    match &pe.error {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found,
        } => {
            if matches!(found, TokenKind::Rbrace | TokenKind::Comma)
                && innermost_open(src, off) == Some(b'{')
            {
                let before = src[..off].trim_end();
                let at = before.len().saturating_sub(1);
                return (
                    SyntaxError::new("':' expected after dictionary key", point(at)),
                    false,
                );
            }
            (SyntaxError::new("expected ':'", point(off)), false)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => (
            SyntaxError::new("expected 'else' after 'if' expression", point(off)),
            false,
        ),
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            indent_error(src, off)
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
            let before = src[..off].trim_end();
            let mut e = SyntaxError::new(
                "expected 'except' or 'finally' block",
                point(line_start(src, before.len())),
            );
            e.caret = false;
            (e, false)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Indent,
            ..
        } => indent_error(src, off),
        ParseErrorType::UnexpectedIndentation => {
            let mut e = SyntaxError::indentation("unexpected indent", point(off));
            e.caret = false;
            (e, false)
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let end = line_end(src, off);
            (
                SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    point(end),
                ),
                false,
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            if (*tok as u32) >= 0x80 {
                let msg = format!("invalid character '{}' (U+{:04X})", tok, *tok as u32);
                (SyntaxError::new(msg, point(off)), false)
            } else {
                generic(off)
            }
        }
        ParseErrorType::SimpleStatementsOnSameLine | ParseErrorType::UnexpectedExpressionToken => {
            let ls = line_start(src, off);
            let line = &src[ls..line_end(src, off)];
            let t = line.trim_start();
            if let Some(rest) = t.strip_prefix("print") {
                let rest = rest.trim_start();
                if !rest.is_empty()
                    && !rest.starts_with(['(', '=', '.', '['])
                    && rest.len() < t.len() - 5 + 1
                {
                    let start = ls + (line.len() - t.len());
                    let range = TextRange::new(
                        TextSize::new(start as u32),
                        TextSize::new((ls + line.trim_end().len()) as u32),
                    );
                    let msg = "Missing parentheses in call to 'print'. Did you mean print(...)?";
                    return (SyntaxError::wide(msg, range), false);
                }
            }
            generic(off)
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let rest = &src[off..line_end(src, off)];
            let what = assign_target_kind(&src[off..pe.location.end().to_usize().min(src.len())]);
            let msg = if rest.contains("==") || !rest.contains('=') {
                format!("cannot assign to {what}")
            } else {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            };
            (SyntaxError::wide(msg, pe.location), false)
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => (
            SyntaxError::new(
                "iterable argument unpacking follows keyword argument unpacking",
                point(off),
            ),
            false,
        ),
        ParseErrorType::PositionalAfterKeywordArgument => (
            SyntaxError::new("positional argument follows keyword argument", point(off)),
            false,
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => (
            SyntaxError::new(
                "positional argument follows keyword argument unpacking",
                point(off),
            ),
            false,
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => (
            SyntaxError::new("non-default argument follows default argument", point(off)),
            false,
        ),
        ParseErrorType::FStringError(_)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(_)) => (
            SyntaxError::new(format!("{}", pe.error).replace('`', "'"), point(off)),
            false,
        ),
        _ => generic(off),
    }
}

/// `IndentationError: expected an indented block after ...` at the line after the header.
fn indent_error(src: &str, off: usize) -> (SyntaxError, bool) {
    // Find the header line above the error.
    let ls = line_start(src, off);
    let mut prev_end = ls.saturating_sub(1);
    let mut phrase = None;
    let mut header_line = 0;
    loop {
        let s = line_start(src, prev_end);
        let text = &src[s..prev_end.max(s)];
        if !text.trim().is_empty() && !text.trim_start().starts_with('#') {
            phrase = block_phrase(text);
            header_line = src[..s].matches('\n').count() + 1;
            break;
        }
        if s == 0 {
            break;
        }
        prev_end = s - 1;
    }
    match phrase {
        Some(p) => {
            let msg = format!("expected an indented block after {p} on line {header_line}");
            let first = src[ls..]
                .find(|c: char| !c.is_whitespace())
                .map(|i| ls + i)
                .unwrap_or(off);
            (SyntaxError::indentation(msg, point(first)), false)
        }
        None => (
            SyntaxError::indentation("expected an indented block", point(off)),
            false,
        ),
    }
}

/// The innermost bracket still open at `off` (strings and comments skipped roughly).
fn innermost_open(src: &str, off: usize) -> Option<u8> {
    let mut stack = vec![];
    let b = src.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < off.min(b.len()) {
        let c = b[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => stack.push(c),
                b')' | b']' | b'}' => {
                    stack.pop();
                }
                _ => {}
            },
        }
        i += 1;
    }
    stack.last().copied()
}

fn assign_target_kind(text: &str) -> &'static str {
    let t = text.trim();
    if t.ends_with(')') {
        "function call"
    } else if t.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'') {
        "literal"
    } else if t.contains(" if ") {
        "conditional expression"
    } else {
        "expression"
    }
}

fn name(id: &r::Identifier) -> Name {
    Rc::from(id.id.as_str())
}

struct Converter<'s> {
    depth: u32,
    /// The source ruff parsed (3.11's f-string rules look at its text).
    src: &'s str,
}

type R<T> = Result<T, SyntaxError>;

impl Converter<'_> {
    fn enter(&mut self, range: TextRange) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let mut e =
                SyntaxError::new("maximum recursion depth exceeded during compilation", range);
            e.kind = SyntaxErrorKind::Recursion;
            return Err(e);
        }
        Ok(())
    }

    fn stmts(&mut self, v: Vec<r::Stmt>) -> R<Vec<Stmt>> {
        self.body(v)
    }

    fn stmt(&mut self, s: r::Stmt) -> R<Stmt> {
        let range = s.range();
        self.enter(range)?;
        let kind = self.stmt_kind(s)?;
        self.depth -= 1;
        Ok(Stmt { range, kind })
    }

    /// An `if`'s `elif`/`else` clauses, last first, folded into its `orelse`.
    fn clauses(
        &mut self,
        clauses: &mut impl Iterator<Item = r::ElifElseClause>,
        base: u32,
        mut elifs: u32,
    ) -> R<Vec<Stmt>> {
        let mut orelse: Vec<Stmt> = vec![];
        for clause in clauses {
            match clause.test {
                Some(test) => {
                    self.depth = base + elifs - 1;
                    elifs -= 1;
                    let body = match self
                        .enter(clause.range)
                        .and_then(|_| self.body(clause.body))
                    {
                        Ok(body) => body,
                        Err(e) => {
                            dismantle(test);
                            return Err(e);
                        }
                    };
                    let test = self.expr(test)?;
                    orelse = vec![Stmt {
                        range: clause.range,
                        kind: StmtKind::If { test, body, orelse },
                    }];
                }
                None => {
                    self.depth = base + elifs;
                    orelse = self.body(clause.body)?;
                }
            }
        }
        Ok(orelse)
    }

    fn body(&mut self, v: impl IntoIterator<Item = r::Stmt>) -> R<Vec<Stmt>> {
        let mut rest = v.into_iter();
        let mut out = vec![];
        for s in rest.by_ref() {
            match self.stmt(s) {
                Ok(s) => out.push(s),
                Err(e) => {
                    // Statements not converted go without recursing per level.
                    rest.for_each(dismantle_stmt);
                    return Err(e);
                }
            }
        }
        Ok(out)
    }

    fn stmt_kind(&mut self, s: r::Stmt) -> R<StmtKind> {
        Ok(match s {
            r::Stmt::FunctionDef(f) => StmtKind::FunctionDef(Box::new(FunctionDef {
                name: name(&f.name),
                is_async: f.is_async,
                decorators: f
                    .decorator_list
                    .into_iter()
                    .map(|d| self.expr(d.expression))
                    .collect::<R<_>>()?,
                params: self.params(*f.parameters)?,
                returns: f.returns.map(|e| self.expr(*e)).transpose()?,
                body: self.body(f.body)?,
            })),
            r::Stmt::ClassDef(c) => {
                let (bases, keywords) = match c.arguments {
                    Some(a) => self.arguments(*a)?,
                    None => (vec![], vec![]),
                };
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: name(&c.name),
                    decorators: c
                        .decorator_list
                        .into_iter()
                        .map(|d| self.expr(d.expression))
                        .collect::<R<_>>()?,
                    bases,
                    keywords,
                    body: self.body(c.body)?,
                }))
            }
            r::Stmt::Return(x) => StmtKind::Return(x.value.map(|e| self.expr(*e)).transpose()?),
            r::Stmt::Delete(x) => StmtKind::Delete(self.exprs(x.targets)?),
            r::Stmt::TypeAlias(x) => {
                return Err(SyntaxError::new("invalid syntax", x.range));
            }
            r::Stmt::Assign(x) => StmtKind::Assign {
                targets: self.exprs(x.targets)?,
                value: self.expr(*x.value)?,
            },
            r::Stmt::AugAssign(x) => StmtKind::AugAssign {
                target: self.expr(*x.target)?,
                op: binop(x.op),
                value: self.expr(*x.value)?,
            },
            r::Stmt::AnnAssign(x) => StmtKind::AnnAssign {
                target: self.expr(*x.target)?,
                annotation: self.expr(*x.annotation)?,
                value: x.value.map(|e| self.expr(*e)).transpose()?,
                simple: x.simple,
            },
            r::Stmt::For(x) => StmtKind::For {
                is_async: x.is_async,
                target: self.expr(*x.target)?,
                iter: self.expr(*x.iter)?,
                body: self.body(x.body)?,
                orelse: self.body(x.orelse)?,
            },
            r::Stmt::While(x) => StmtKind::While {
                test: self.expr(*x.test)?,
                body: self.body(x.body)?,
                orelse: self.body(x.orelse)?,
            },
            r::Stmt::If(x) => {
                // Fold `elif`/`else` clauses into nested `If`s, innermost last; the k-th
                // `elif` is k levels deeper than the `if`, as in CPython's tree. On an
                // error, what is left unconverted goes without recursing per level.
                let r::StmtIf {
                    test,
                    body,
                    elif_else_clauses,
                    ..
                } = x;
                let base = self.depth;
                let elifs = elif_else_clauses
                    .iter()
                    .filter(|c| c.test.is_some())
                    .count() as u32;
                let mut clauses = elif_else_clauses.into_iter().rev();
                let orelse = match self.clauses(&mut clauses, base, elifs) {
                    Ok(orelse) => orelse,
                    Err(e) => {
                        for c in clauses {
                            c.test.into_iter().for_each(dismantle);
                            c.body.into_iter().for_each(dismantle_stmt);
                        }
                        dismantle(*test);
                        body.into_iter().for_each(dismantle_stmt);
                        return Err(e);
                    }
                };
                self.depth = base;
                let test = match self.expr(*test) {
                    Ok(test) => test,
                    Err(e) => {
                        body.into_iter().for_each(dismantle_stmt);
                        return Err(e);
                    }
                };
                StmtKind::If {
                    test,
                    body: self.body(body)?,
                    orelse,
                }
            }
            r::Stmt::With(x) => StmtKind::With {
                is_async: x.is_async,
                items: x
                    .items
                    .into_iter()
                    .map(|i| {
                        Ok(WithItem {
                            context: self.expr(i.context_expr)?,
                            target: i.optional_vars.map(|e| self.expr(*e)).transpose()?,
                        })
                    })
                    .collect::<R<_>>()?,
                body: self.body(x.body)?,
            },
            r::Stmt::Match(x) => StmtKind::Match {
                subject: self.expr(*x.subject)?,
                cases: x
                    .cases
                    .into_iter()
                    .map(|c| {
                        Ok(MatchCase {
                            pattern: self.pattern(c.pattern)?,
                            guard: c.guard.map(|e| self.expr(*e)).transpose()?,
                            body: self.body(c.body)?,
                        })
                    })
                    .collect::<R<_>>()?,
            },
            r::Stmt::Raise(x) => StmtKind::Raise {
                exc: x.exc.map(|e| self.expr(*e)).transpose()?,
                cause: x.cause.map(|e| self.expr(*e)).transpose()?,
            },
            r::Stmt::Try(x) => StmtKind::Try {
                body: self.body(x.body)?,
                handlers: x
                    .handlers
                    .into_iter()
                    .map(|h| {
                        let r::ExceptHandler::ExceptHandler(h) = h;
                        Ok(ExceptHandler {
                            range: h.range,
                            typ: h.type_.map(|e| self.expr(*e)).transpose()?,
                            name: h.name.as_ref().map(name),
                            body: self.body(h.body)?,
                        })
                    })
                    .collect::<R<_>>()?,
                orelse: self.body(x.orelse)?,
                finalbody: self.body(x.finalbody)?,
                is_star: x.is_star,
            },
            r::Stmt::Assert(x) => StmtKind::Assert {
                test: self.expr(*x.test)?,
                msg: x.msg.map(|e| self.expr(*e)).transpose()?,
            },
            r::Stmt::Import(x) => StmtKind::Import(x.names.iter().map(alias).collect()),
            r::Stmt::ImportFrom(x) => StmtKind::ImportFrom {
                module: x.module.as_ref().map(name),
                names: x.names.iter().map(alias).collect(),
                level: x.level,
            },
            r::Stmt::Global(x) => StmtKind::Global(x.names.iter().map(name).collect()),
            r::Stmt::Nonlocal(x) => StmtKind::Nonlocal(x.names.iter().map(name).collect()),
            r::Stmt::Expr(x) => StmtKind::Expr(self.expr(*x.value)?),
            r::Stmt::Pass(_) => StmtKind::Pass,
            r::Stmt::Break(_) => StmtKind::Break,
            r::Stmt::Continue(_) => StmtKind::Continue,
            r::Stmt::IpyEscapeCommand(x) => {
                return Err(SyntaxError::new("invalid syntax", x.range))
            }
        })
    }

    fn params(&mut self, p: r::Parameters) -> R<Params> {
        let conv = |pw: r::ParameterWithDefault, this: &mut Self| -> R<Param> {
            Ok(Param {
                name: name(&pw.parameter.name),
                annotation: pw.parameter.annotation.map(|e| this.expr(*e)).transpose()?,
                default: pw.default.map(|e| this.expr(*e)).transpose()?,
                range: pw.parameter.range,
            })
        };
        let mut out = Params::default();
        for a in p.posonlyargs {
            out.posonly.push(conv(a, self)?);
        }
        for a in p.args {
            out.args.push(conv(a, self)?);
        }
        for a in p.kwonlyargs {
            out.kwonly.push(conv(a, self)?);
        }
        let single = |x: Option<Box<r::Parameter>>, this: &mut Self| -> R<Option<Param>> {
            x.map(|p| {
                Ok(Param {
                    name: name(&p.name),
                    annotation: p.annotation.map(|e| this.expr(*e)).transpose()?,
                    default: None,
                    range: p.range,
                })
            })
            .transpose()
        };
        out.vararg = single(p.vararg, self)?;
        out.kwarg = single(p.kwarg, self)?;
        Ok(out)
    }

    fn arguments(&mut self, a: r::Arguments) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let args = match self.exprs(a.args.into_vec()) {
            Ok(args) => args,
            Err(e) => {
                a.keywords.into_iter().for_each(|k| dismantle(k.value));
                return Err(e);
            }
        };
        let kws = a
            .keywords
            .into_iter()
            .map(|k| {
                Ok(Keyword {
                    name: k.arg.as_ref().map(name),
                    value: self.expr(k.value)?,
                    range: k.range,
                })
            })
            .collect::<R<_>>()?;
        Ok((args, kws))
    }

    fn exprs(&mut self, v: Vec<r::Expr>) -> R<Vec<Expr>> {
        let mut rest = v.into_iter();
        let mut out = vec![];
        for e in rest.by_ref() {
            match self.expr(e) {
                Ok(e) => out.push(e),
                Err(err) => {
                    rest.for_each(dismantle);
                    return Err(err);
                }
            }
        }
        Ok(out)
    }

    #[allow(clippy::boxed_local)]
    fn bx(&mut self, e: Box<r::Expr>) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(*e)?))
    }

    fn comps(&mut self, v: Vec<r::Comprehension>) -> R<Vec<Comprehension>> {
        v.into_iter()
            .map(|c| {
                Ok(Comprehension {
                    target: self.expr(c.target)?,
                    iter: self.expr(c.iter)?,
                    ifs: self.exprs(c.ifs)?,
                    is_async: c.is_async,
                })
            })
            .collect()
    }

    /// Converts an expression. Chains — the left operands of binary operators, unary
    /// operands, the objects of attributes, calls and subscripts, the `else` of
    /// conditional expressions — are walked down in a loop and built back up from the
    /// bottom, so a long chain costs no Rust recursion; every link still counts one
    /// level of depth, as in CPython.
    fn expr(&mut self, e: r::Expr) -> R<Expr> {
        let base = self.depth;
        let mut spine: Vec<(TextRange, Link)> = vec![];
        let mut cur = e;
        let leaf = loop {
            let range = cur.range();
            if let Err(err) = self.enter(range) {
                spine.into_iter().for_each(|(_, link)| dismantle_link(link));
                dismantle(cur);
                return Err(err);
            }
            let (link, next) = match cur {
                r::Expr::BinOp(x) => (Link::Bin(binop(x.op), x.right), x.left),
                r::Expr::UnaryOp(x) => (Link::Unary(unaryop(x.op)), x.operand),
                r::Expr::Attribute(x) => (Link::Attr(name(&x.attr)), x.value),
                r::Expr::Subscript(x) => (Link::Sub(x.slice), x.value),
                r::Expr::Call(x) => (Link::Call(x.arguments), x.func),
                r::Expr::If(x) => (Link::If(x.test, x.body), x.orelse),
                r::Expr::Await(x) => (Link::Await, x.value),
                other => break other,
            };
            spine.push((range, link));
            cur = *next;
        };
        let range = leaf.range();
        let built = self
            .expr_kind(leaf)
            .and_then(|kind| self.build_up(Expr { range, kind }, &mut spine, base));
        if built.is_err() {
            // What is left of the chain goes without recursing per link.
            spine.into_iter().for_each(|(_, link)| dismantle_link(link));
        }
        built
    }

    /// Builds a chain `expr` walked down back up from its bottom, `out`.
    fn build_up(
        &mut self,
        mut out: Expr,
        spine: &mut Vec<(TextRange, Link)>,
        base: u32,
    ) -> R<Expr> {
        while let Some((range, link)) = spine.pop() {
            // This link's own depth; its other operands are one deeper.
            self.depth = base + 1 + spine.len() as u32;
            let inner = Box::new(out);
            let kind = match link {
                Link::Bin(op, right) => ExprKind::BinOp {
                    left: inner,
                    op,
                    right: self.bx(right)?,
                },
                Link::Unary(op) => ExprKind::UnaryOp { op, operand: inner },
                Link::Attr(attr) => ExprKind::Attribute { value: inner, attr },
                Link::Sub(slice) => ExprKind::Subscript {
                    value: inner,
                    slice: self.bx(slice)?,
                },
                Link::Call(arguments) => {
                    let (args, keywords) = self.arguments(arguments)?;
                    ExprKind::Call {
                        func: inner,
                        args,
                        keywords,
                    }
                }
                Link::If(test, body) => ExprKind::IfExp {
                    test: self.bx(test)?,
                    body: self.bx(body)?,
                    orelse: inner,
                },
                Link::Await => ExprKind::Await(inner),
            };
            out = Expr { range, kind };
        }
        self.depth = base;
        Ok(out)
    }

    fn expr_kind(&mut self, e: r::Expr) -> R<ExprKind> {
        Ok(match e {
            r::Expr::BoolOp(x) => ExprKind::BoolOp {
                op: match x.op {
                    r::BoolOp::And => BoolOp::And,
                    r::BoolOp::Or => BoolOp::Or,
                },
                values: self.exprs(x.values)?,
            },
            r::Expr::Named(x) => {
                let target = match *x.target {
                    r::Expr::Name(n) => Rc::from(n.id.as_str()),
                    other => return Err(SyntaxError::new("invalid syntax", other.range())),
                };
                ExprKind::Named {
                    target,
                    value: self.bx(x.value)?,
                }
            }
            r::Expr::BinOp(x) => ExprKind::BinOp {
                left: self.bx(x.left)?,
                op: binop(x.op),
                right: self.bx(x.right)?,
            },
            r::Expr::UnaryOp(x) => ExprKind::UnaryOp {
                op: unaryop(x.op),
                operand: self.bx(x.operand)?,
            },
            r::Expr::Lambda(x) => ExprKind::Lambda {
                params: Box::new(match x.parameters {
                    Some(p) => self.params(*p)?,
                    None => Params::default(),
                }),
                body: self.bx(x.body)?,
            },
            r::Expr::If(x) => ExprKind::IfExp {
                test: self.bx(x.test)?,
                body: self.bx(x.body)?,
                orelse: self.bx(x.orelse)?,
            },
            r::Expr::Dict(x) => ExprKind::Dict(
                x.items
                    .into_iter()
                    .map(|i| {
                        Ok((
                            i.key.map(|k| self.expr(k)).transpose()?,
                            self.expr(i.value)?,
                        ))
                    })
                    .collect::<R<_>>()?,
            ),
            r::Expr::Set(x) => ExprKind::Set(self.exprs(x.elts)?),
            r::Expr::ListComp(x) => ExprKind::ListComp {
                elt: self.bx(x.elt)?,
                generators: self.comps(x.generators)?,
            },
            r::Expr::SetComp(x) => ExprKind::SetComp {
                elt: self.bx(x.elt)?,
                generators: self.comps(x.generators)?,
            },
            r::Expr::DictComp(x) => {
                let Some(key) = x.key else {
                    return Err(SyntaxError::new(
                        "dict unpacking cannot be used in dict comprehension",
                        x.range,
                    ));
                };
                ExprKind::DictComp {
                    key: self.bx(key)?,
                    value: self.bx(x.value)?,
                    generators: self.comps(x.generators)?,
                }
            }
            r::Expr::Generator(x) => ExprKind::GeneratorExp {
                elt: self.bx(x.elt)?,
                generators: self.comps(x.generators)?,
            },
            r::Expr::Await(x) => ExprKind::Await(self.bx(x.value)?),
            r::Expr::Yield(x) => ExprKind::Yield(x.value.map(|v| self.bx(v)).transpose()?),
            r::Expr::YieldFrom(x) => ExprKind::YieldFrom(self.bx(x.value)?),
            r::Expr::Compare(x) => ExprKind::Compare {
                left: self.bx(x.left)?,
                ops: x.ops.iter().map(|o| cmpop(*o)).collect(),
                comparators: self.exprs(x.comparators.into_vec())?,
            },
            r::Expr::Call(x) => {
                let (args, keywords) = self.arguments(x.arguments)?;
                ExprKind::Call {
                    func: self.bx(x.func)?,
                    args,
                    keywords,
                }
            }
            r::Expr::FString(x) => {
                let backslash = x.value.iter().any(|part| match part {
                    r::FStringPart::FString(f) => self.backslash_in_expr(&f.elements),
                    r::FStringPart::Literal(_) => false,
                });
                if backslash {
                    return Err(self.after_strings(
                        "f-string expression part cannot include a backslash",
                        x.range.end().to_usize(),
                    ));
                }
                let mut parts = vec![];
                for part in x.value.iter() {
                    match part {
                        r::FStringPart::Literal(l) => push_lit(&mut parts, l.as_str()),
                        r::FStringPart::FString(f) => self.fparts(&f.elements, &mut parts)?,
                    }
                }
                ExprKind::FString(parts)
            }
            r::Expr::TString(x) => return Err(SyntaxError::new("invalid syntax", x.range)),
            r::Expr::StringLiteral(x) => ExprKind::Str(x.value.to_str().to_string()),
            r::Expr::BytesLiteral(x) => ExprKind::Bytes(x.value.bytes().collect()),
            r::Expr::NumberLiteral(x) => match x.value {
                r::Number::Int(i) => match i.as_i64() {
                    Some(v) => ExprKind::Int(v),
                    None => ExprKind::BigInt(int_text(&i.to_string())),
                },
                r::Number::Float(f) => ExprKind::Float(f),
                r::Number::Complex { imag, .. } => ExprKind::Complex(imag),
            },
            r::Expr::BooleanLiteral(x) => ExprKind::Const(if x.value {
                Constant::True
            } else {
                Constant::False
            }),
            r::Expr::NoneLiteral(_) => ExprKind::Const(Constant::None),
            r::Expr::EllipsisLiteral(_) => ExprKind::Ellipsis,
            r::Expr::Attribute(x) => ExprKind::Attribute {
                value: self.bx(x.value)?,
                attr: name(&x.attr),
            },
            r::Expr::Subscript(x) => ExprKind::Subscript {
                value: self.bx(x.value)?,
                slice: self.bx(x.slice)?,
            },
            r::Expr::Starred(x) => ExprKind::Starred(self.bx(x.value)?),
            r::Expr::Name(x) => ExprKind::Name(Rc::from(x.id.as_str())),
            r::Expr::List(x) => ExprKind::List(self.exprs(x.elts)?),
            r::Expr::Tuple(x) => ExprKind::Tuple(self.exprs(x.elts)?),
            r::Expr::Slice(x) => ExprKind::Slice {
                lower: x.lower.map(|e| self.bx(e)).transpose()?,
                upper: x.upper.map(|e| self.bx(e)).transpose()?,
                step: x.step.map(|e| self.bx(e)).transpose()?,
            },
            r::Expr::IpyEscapeCommand(x) => {
                return Err(SyntaxError::new("invalid syntax", x.range))
            }
        })
    }

    /// Whether an expression part of these f-string elements (a nested format spec's
    /// included) has a backslash in its source text, which 3.11's f-string parser refuses
    /// (ruff follows 3.12, which allows it). Literal text, a format spec's too, may have one.
    fn backslash_in_expr(&self, elements: &r::InterpolatedStringElements) -> bool {
        elements.iter().any(|el| {
            let r::InterpolatedStringElement::Interpolation(i) = el else {
                return false;
            };
            // From after `{` to the format spec, or to before `}`.
            let start = i.range.start().to_usize() + 1;
            let end = match &i.format_spec {
                Some(fs) => fs.range.start().to_usize(),
                None => i.range.end().to_usize().saturating_sub(1),
            };
            self.src.get(start..end).is_some_and(|t| t.contains('\\'))
                || i.format_spec
                    .as_ref()
                    .is_some_and(|fs| self.backslash_in_expr(&fs.elements))
        })
    }

    /// An error CPython's string parser raises once the strings ending at `off` have been
    /// read: it points at the token after them (a comment ending the line underlined,
    /// as the NEWLINE token after it spans it; inside brackets, newlines and comments are
    /// passed over).
    fn after_strings(&self, msg: &str, off: usize) -> SyntaxError {
        let src = self.src;
        let b = src.as_bytes();
        let bracketed = innermost_open(src, off).is_some();
        let mut i = off;
        loop {
            match b.get(i) {
                Some(b' ' | b'\t' | b'\x0c') => i += 1,
                Some(b'\\') if matches!(b.get(i + 1), Some(b'\n' | b'\r')) => {
                    i += if b.get(i + 1..i + 3) == Some(b"\r\n") {
                        3
                    } else {
                        2
                    };
                }
                Some(b'\n' | b'\r') if bracketed => i += 1,
                Some(b'#') => {
                    let end = line_end(src, i);
                    if !bracketed {
                        let range =
                            TextRange::new(TextSize::new(i as u32), TextSize::new(end as u32));
                        return SyntaxError::wide(msg, range);
                    }
                    i = end;
                }
                _ => return SyntaxError::new(msg, point(i)),
            }
        }
    }

    fn fparts(&mut self, elements: &r::InterpolatedStringElements, out: &mut Vec<FPart>) -> R<()> {
        for el in elements.iter() {
            match el {
                r::InterpolatedStringElement::Literal(l) => push_lit(out, &l.value),
                r::InterpolatedStringElement::Interpolation(i) => {
                    let expr = Box::new(self.expr((*i.expression).clone())?);
                    let conversion = match i.conversion {
                        r::ConversionFlag::None => None,
                        r::ConversionFlag::Str => Some('s'),
                        r::ConversionFlag::Ascii => Some('a'),
                        r::ConversionFlag::Repr => Some('r'),
                    };
                    let spec = match &i.format_spec {
                        Some(fs) => {
                            let mut v = vec![];
                            self.fparts(&fs.elements, &mut v)?;
                            Some(v)
                        }
                        None => None,
                    };
                    let debug = i.debug_text.as_ref().map(|d| d.as_str().to_string());
                    out.push(FPart::Expr {
                        expr,
                        conversion,
                        spec,
                        debug,
                    });
                }
            }
        }
        Ok(())
    }

    fn pattern(&mut self, p: r::Pattern) -> R<Pattern> {
        let range = p.range();
        self.enter(range)?;
        let kind = match p {
            r::Pattern::MatchValue(x) => PatternKind::Value(self.expr(*x.value)?),
            r::Pattern::MatchSingleton(x) => PatternKind::Singleton(match x.value {
                r::Singleton::None => Constant::None,
                r::Singleton::True => Constant::True,
                r::Singleton::False => Constant::False,
            }),
            r::Pattern::MatchSequence(x) => PatternKind::Sequence(
                x.patterns
                    .into_iter()
                    .map(|p| self.pattern(p))
                    .collect::<R<_>>()?,
            ),
            r::Pattern::MatchMapping(x) => PatternKind::Mapping {
                keys: x.keys.into_iter().map(|k| self.expr(k)).collect::<R<_>>()?,
                patterns: x
                    .patterns
                    .into_iter()
                    .map(|p| self.pattern(p))
                    .collect::<R<_>>()?,
                rest: x.rest.as_ref().map(name),
            },
            r::Pattern::MatchClass(x) => {
                let mut kwd_names = vec![];
                let mut kwd_patterns = vec![];
                for k in x.arguments.keywords {
                    kwd_names.push(name(&k.attr));
                    kwd_patterns.push(self.pattern(k.pattern)?);
                }
                PatternKind::Class {
                    cls: self.expr(*x.cls)?,
                    patterns: x
                        .arguments
                        .patterns
                        .into_iter()
                        .map(|p| self.pattern(p))
                        .collect::<R<_>>()?,
                    kwd_names,
                    kwd_patterns,
                }
            }
            r::Pattern::MatchStar(x) => PatternKind::Star(x.name.as_ref().map(name)),
            r::Pattern::MatchAs(x) => PatternKind::As {
                pattern: x
                    .pattern
                    .map(|p| self.pattern(*p).map(Box::new))
                    .transpose()?,
                name: x.name.as_ref().map(name),
            },
            r::Pattern::MatchOr(x) => PatternKind::Or(
                x.patterns
                    .into_iter()
                    .map(|p| self.pattern(p))
                    .collect::<R<_>>()?,
            ),
        };
        self.depth -= 1;
        Ok(Pattern { range, kind })
    }
}

fn push_lit(out: &mut Vec<FPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(FPart::Lit(s.to_string()));
    }
}

/// Normalise a big integer literal's token text (`0x..`, `1_000`) to decimal digits.
fn int_text(tok: &str) -> String {
    let t: String = tok.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else {
        return t;
    };
    match num_bigint::BigUint::parse_bytes(digits.as_bytes(), radix) {
        Some(n) => n.to_str_radix(10),
        None => "0".into(),
    }
}

/// One link of a chain `Converter::expr` walks down: the node's parts other than the
/// operand the chain continues through.
enum Link {
    Bin(BinOp, Box<r::Expr>),
    Unary(UnaryOp),
    Attr(Name),
    Sub(Box<r::Expr>),
    Call(r::Arguments),
    /// A conditional expression's test and body; the chain goes on through its `else`.
    If(Box<r::Expr>, Box<r::Expr>),
    Await,
}

/// Drops the ruff parts of a chain link left unconverted.
fn dismantle_link(link: Link) {
    match link {
        Link::Bin(_, e) | Link::Sub(e) => dismantle(*e),
        Link::If(test, body) => {
            dismantle(*test);
            dismantle(*body);
        }
        Link::Call(a) => {
            a.args.into_vec().into_iter().for_each(dismantle);
            a.keywords.into_iter().for_each(|k| dismantle(k.value));
        }
        Link::Unary(_) | Link::Attr(_) | Link::Await => {}
    }
}

/// Drops a statement left unconverted, its expressions and `if`/`elif` bodies without
/// recursing per level.
fn dismantle_stmt(s: r::Stmt) {
    let mut stack = vec![s];
    while let Some(s) = stack.pop() {
        match s {
            r::Stmt::Expr(x) => dismantle(*x.value),
            r::Stmt::Assign(x) => {
                dismantle(*x.value);
                x.targets.into_iter().for_each(dismantle);
            }
            r::Stmt::AugAssign(x) => dismantle(*x.value),
            r::Stmt::Return(x) => x.value.into_iter().for_each(|v| dismantle(*v)),
            r::Stmt::If(x) => {
                dismantle(*x.test);
                stack.extend(x.body);
                for clause in x.elif_else_clauses {
                    clause.test.into_iter().for_each(dismantle);
                    stack.extend(clause.body);
                }
            }
            r::Stmt::While(x) => {
                dismantle(*x.test);
                stack.extend(x.body);
                stack.extend(x.orelse);
            }
            _ => {}
        }
    }
}

/// Drops a ruff subtree left unconverted (nesting too deep) without recursing per level.
fn dismantle(e: r::Expr) {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match e {
            r::Expr::BinOp(x) => stack.extend([*x.left, *x.right]),
            r::Expr::UnaryOp(x) => stack.push(*x.operand),
            r::Expr::Attribute(x) => stack.push(*x.value),
            r::Expr::Subscript(x) => stack.extend([*x.value, *x.slice]),
            r::Expr::Call(x) => {
                stack.push(*x.func);
                stack.extend(x.arguments.args.into_vec());
                stack.extend(x.arguments.keywords.into_iter().map(|k| k.value));
            }
            r::Expr::If(x) => stack.extend([*x.test, *x.body, *x.orelse]),
            r::Expr::Await(x) => stack.push(*x.value),
            r::Expr::Lambda(x) => stack.push(*x.body),
            r::Expr::BoolOp(x) => stack.extend(x.values),
            r::Expr::Compare(x) => {
                stack.push(*x.left);
                stack.extend(x.comparators.into_vec());
            }
            _ => {}
        }
    }
}

fn unaryop(o: r::UnaryOp) -> UnaryOp {
    match o {
        r::UnaryOp::Invert => UnaryOp::Invert,
        r::UnaryOp::Not => UnaryOp::Not,
        r::UnaryOp::UAdd => UnaryOp::UAdd,
        r::UnaryOp::USub => UnaryOp::USub,
    }
}

fn alias(a: &r::Alias) -> Alias {
    Alias {
        name: name(&a.name),
        asname: a.asname.as_ref().map(name),
        range: a.range,
    }
}

fn binop(o: r::Operator) -> BinOp {
    match o {
        r::Operator::Add => BinOp::Add,
        r::Operator::Sub => BinOp::Sub,
        r::Operator::Mult => BinOp::Mult,
        r::Operator::MatMult => BinOp::MatMult,
        r::Operator::Div => BinOp::Div,
        r::Operator::Mod => BinOp::Mod,
        r::Operator::Pow => BinOp::Pow,
        r::Operator::LShift => BinOp::LShift,
        r::Operator::RShift => BinOp::RShift,
        r::Operator::BitOr => BinOp::BitOr,
        r::Operator::BitXor => BinOp::BitXor,
        r::Operator::BitAnd => BinOp::BitAnd,
        r::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(o: r::CmpOp) -> CmpOp {
    match o {
        r::CmpOp::Eq => CmpOp::Eq,
        r::CmpOp::NotEq => CmpOp::NotEq,
        r::CmpOp::Lt => CmpOp::Lt,
        r::CmpOp::LtE => CmpOp::LtE,
        r::CmpOp::Gt => CmpOp::Gt,
        r::CmpOp::GtE => CmpOp::GtE,
        r::CmpOp::Is => CmpOp::Is,
        r::CmpOp::IsNot => CmpOp::IsNot,
        r::CmpOp::In => CmpOp::In,
        r::CmpOp::NotIn => CmpOp::NotIn,
    }
}
