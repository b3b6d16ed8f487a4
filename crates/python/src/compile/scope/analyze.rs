//! Name resolution over the built scope tree, as CPython's `symtable.c` `analyze_block`:
//! free variables flow up to the function scope that binds them (which makes them cells),
//! class scopes do not capture, and `__class__` becomes a class cell when methods use `super`.

use crate::objects::fasthash::FastSet;

use super::*;

/// Resolve names in scope `idx`; `bound` holds names bound by enclosing function scopes.
/// Returns the free names this scope needs from its parents.
pub(super) fn analyze(st: &mut SymTable, idx: usize, bound: &FastSet<Name>) -> R<FastSet<Name>> {
    let kind = st.scopes[idx].kind;
    let names: Vec<(Name, u8)> = st.scopes[idx]
        .order
        .iter()
        .map(|n| (n.clone(), st.scopes[idx].flags[n]))
        .collect();
    let mut free: FastSet<Name> = FastSet::default();
    let mut local: FastSet<Name> = FastSet::default();
    for (n, f) in &names {
        let r = if f & GLOBAL != 0 {
            Resolved::GlobalExplicit
        } else if f & NONLOCAL != 0 {
            if !bound.contains(n) {
                return Err(SyntaxError::wide(
                    format!("no binding for nonlocal '{n}' found"),
                    st.nonlocal_range(n),
                ));
            }
            free.insert(n.clone());
            Resolved::Free
        } else if f & NONLOCAL_IMPLICIT != 0 {
            if bound.contains(n) {
                free.insert(n.clone());
                Resolved::Free
            } else {
                Resolved::GlobalImplicit
            }
        } else if f & BOUND != 0 {
            local.insert(n.clone());
            match kind {
                ScopeKind::Module | ScopeKind::Class => Resolved::Name,
                _ => Resolved::Local,
            }
        } else if kind != ScopeKind::Module && bound.contains(n) {
            free.insert(n.clone());
            Resolved::Free
        } else {
            match kind {
                ScopeKind::Module | ScopeKind::Class => Resolved::Name,
                _ => Resolved::GlobalImplicit,
            }
        };
        st.scopes[idx].resolved.insert(n.clone(), r);
    }
    // Names bound here are visible to children (function scopes only); class scopes add __class__.
    let mut child_bound = bound.clone();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for n in &local {
                child_bound.insert(n.clone());
            }
        }
        ScopeKind::Class => {
            child_bound.insert("__class__".into());
        }
        ScopeKind::Module => {}
    }
    let children = st.scopes[idx].children.clone();
    let mut child_free_all: Vec<Name> = vec![];
    for c in children {
        let cf = analyze(st, c, &child_bound)?;
        let mut cf: Vec<Name> = cf.into_iter().collect();
        cf.sort();
        child_free_all.extend(cf);
    }
    for n in child_free_all {
        let sc = &mut st.scopes[idx];
        if kind == ScopeKind::Class && &*n == "__class__" {
            sc.needs_class_cell = true;
            continue;
        }
        match kind {
            ScopeKind::Module => {}
            ScopeKind::Class => {
                if !local.contains(&n) {
                    sc.resolved.insert(n.clone(), Resolved::Free);
                }
                free.insert(n.clone());
            }
            ScopeKind::Function | ScopeKind::Comprehension => match sc.resolved.get(&n).copied() {
                Some(Resolved::Local) => {
                    sc.resolved.insert(n.clone(), Resolved::Cell);
                }
                Some(Resolved::Cell) | Some(Resolved::Free) | Some(Resolved::GlobalExplicit) => {}
                _ => {
                    sc.resolved.insert(n.clone(), Resolved::Free);
                    free.insert(n.clone());
                }
            },
        }
    }
    let sc = &mut st.scopes[idx];
    let mut cells: Vec<Name> = sc
        .order
        .iter()
        .filter(|n| sc.resolved.get(*n) == Some(&Resolved::Cell))
        .cloned()
        .collect();
    // Parameters first, like CPython's sorted cellvars? CPython sorts cellvars by name.
    cells.sort();
    if sc.needs_class_cell {
        cells.push("__class__".into());
    }
    sc.cellvars = cells;
    let mut frees: Vec<Name> = free.iter().cloned().collect();
    frees.sort();
    sc.freevars = frees;
    Ok(free)
}
