//! A disassembler for debugging and golden tests: one instruction per line with its line.

use std::fmt::Write;

use super::code::CodeObject;
use crate::objects::Value;

/// Render `code` and, recursively, the code objects among its constants.
pub fn dis(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn dis_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} ({} instructions)",
        code.qualname,
        code.code.len()
    );
    for (pc, op) in code.code.iter().enumerate() {
        let _ = writeln!(out, "{:>4} {:>4} {:?}", code.line_of(pc), pc, op);
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}
