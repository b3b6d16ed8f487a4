# Loopscope's regular-expression matcher (for `re`): runs `_re_compile`'s program as a
# backtracking machine with an explicit stack, so no Python recursion grows with the
# subject. It follows sre's semantics: alternatives and repeats are tried in priority
# order, an optional iteration that matched nothing ends its repeat, captures of a
# repeated group are its last iteration's, lookarounds and atomic groups are
# sub-programs run to their first success.
#
# A single-character matcher is (kind, arg): 'lit' a character, 'litset' a frozenset of
# characters (case ignored), 'any' any but newline, 'anyall', 'class' a CharClass.

from _re_compile import (AT, ATOMIC, GROUPEXISTS, JMP, LIT, LOOK, ONE, REF, REP1,
                         REPINIT, REPLOOP, SAVE, SPLIT, SUCCEED)

# Backtrack-stack entry kinds.
_ALT = 0
_MARK = 1
_REG = 2
_REP_GREEDY = 3
_REP_LAZY = 4
_MARKS = 5
_REP_ITER = 6


def _test(kind, arg, ch):
    if kind == 'lit':
        return ch == arg
    if kind == 'litset':
        return ch in arg
    if kind == 'class':
        return arg.test(ch)
    if kind == 'any':
        return ch != '\n'
    return True


def _scan(kind, arg, s, i, lim):
    """The end of the run of characters matching (kind, arg) from `i`, at most `lim`."""
    if kind == 'anyall':
        return lim
    if kind == 'any':
        j = s.find('\n', i, lim)
        return lim if j < 0 else j
    if kind == 'lit':
        while i < lim and s[i] == arg:
            i += 1
        return i
    if kind == 'litset':
        while i < lim and s[i] in arg:
            i += 1
        return i
    cache = arg.cache
    while i < lim:
        ch = s[i]
        r = cache.get(ch)
        if r is None:
            r = arg.test(ch)
        if not r:
            break
        i += 1
    return i


def _is_word(ch, unicode):
    if unicode:
        return ch.isalnum() or ch == '_'
    return ch.isascii() and (ch.isalnum() or ch == '_')


def _at(kind, s, pos, end):
    if kind == 'bos':
        return pos == 0
    if kind == 'eol':
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == 'eol_m':
        return pos == end or s[pos] == '\n'
    if kind == 'bol_m':
        return pos == 0 or s[pos - 1] == '\n'
    if kind == 'eos':
        return pos == end
    if end == 0:
        return False
    unicode = kind[1] == 'u'
    before = pos > 0 and _is_word(s[pos - 1], unicode)
    after = pos < end and _is_word(s[pos], unicode)
    if kind[0] == 'b':
        return before != after
    return before == after


def run(code, nregs, s, pos, end, marks, start, match_all, must_advance):
    """Runs `code` on `s[:end]` from `pos`; the end position of the first success, or -1.
    `marks` (captures; marks[0] the last closed group) is updated in place. At the top level
    `match_all` asks for a match reaching `end`, `must_advance` for one not empty at
    `start`."""
    regs = [-1] * (2 * nregs) if nregs else None
    stack = []
    push = stack.append
    pc = 0
    while True:
        op = code[pc]
        o = op[0]
        ok = True
        if o == LIT:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
            ok = False
        elif o == ONE:
            if pos < end:
                kind = op[1]
                ch = s[pos]
                if kind == 'class':
                    arg = op[2]
                    r = arg.cache.get(ch)
                    if r is None:
                        r = arg.test(ch)
                    ok = r
                elif kind == 'any':
                    ok = ch != '\n'
                elif kind == 'litset':
                    ok = ch in op[2]
                elif kind == 'lit':
                    ok = ch == op[2]
                if ok:
                    pos += 1
                    pc += 1
                    continue
            else:
                ok = False
        elif o == REP1:
            kind, arg, lo, hi, greedy = op[1], op[2], op[3], op[4], op[5]
            lim = end if hi is None or pos + hi > end else pos + hi
            if greedy:
                stop = _scan(kind, arg, s, pos, lim)
                count = stop - pos
                if count < lo:
                    ok = False
                else:
                    follow = op[6]
                    if follow is not None:
                        # Only places where the next literal stands can succeed.
                        top = pos + count + 1
                        j = s.rfind(follow, pos + lo, top if top < end else end)
                        if j < 0:
                            ok = False
                        else:
                            count = j - pos
                    if ok:
                        if count > lo:
                            push((_REP_GREEDY, pc + 1, pos, count, lo, follow))
                        pos += count
                        pc += 1
                        continue
            else:
                if lo:
                    stop = _scan(kind, arg, s, pos, pos + lo if pos + lo <= end else end)
                    if stop - pos < lo:
                        ok = False
                if ok:
                    if hi is None or lo < hi:
                        push((_REP_LAZY, pc + 1, pos, lo, hi, kind, arg, end))
                    pos += lo
                    pc += 1
                    continue
        elif o == SPLIT:
            push((_ALT, op[2], pos))
            pc = op[1]
            continue
        elif o == JMP:
            pc = op[1]
            continue
        elif o == SAVE:
            idx = op[1]
            push((_MARK, idx, marks[idx]))
            marks[idx] = pos
            if idx & 1:
                push((_MARK, 0, marks[0]))
                marks[0] = idx >> 1
            pc += 1
            continue
        elif o == AT:
            if _at(op[1], s, pos, end):
                pc += 1
                continue
            ok = False
        elif o == REPINIT:
            r = 2 * op[1]
            push((_REG, r, regs[r]))
            push((_REG, r + 1, regs[r + 1]))
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif o == REPLOOP:
            # regs[r] counts the iterations begun, regs[r + 1] is where the last optional
            # one began: an optional iteration that matched nothing ends the repeat (sre's
            # zero-width protection); mandatory ones do not move it.
            r = 2 * op[1]
            count = regs[r]
            if count < op[2]:
                push((_REG, r, count))
                regs[r] = count + 1
                pc = op[5]
                continue
            hi = op[3]
            if (hi is not None and count >= hi) or pos == regs[r + 1]:
                pc = op[6]
                continue
            if op[4]:
                push((_ALT, op[6], pos))
                push((_REG, r, count))
                push((_REG, r + 1, regs[r + 1]))
                regs[r] = count + 1
                regs[r + 1] = pos
                pc = op[5]
            else:
                push((_REP_ITER, op[5], pos, r))
                pc = op[6]
            continue
        elif o == REF:
            g = op[1]
            a = marks[2 * g]
            b = marks[2 * g + 1]
            if a >= 0 and b >= 0:
                n = b - a
                if pos + n <= end:
                    if op[2]:
                        ok = s[a:b].lower() == s[pos:pos + n].lower()
                    else:
                        ok = s.startswith(s[a:b], pos)
                    if ok:
                        pos += n
                        pc += 1
                        continue
                else:
                    ok = False
            else:
                ok = False
        elif o == GROUPEXISTS:
            g = op[1]
            if 2 * g + 1 < len(marks) and marks[2 * g] >= 0 and marks[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        elif o == LOOK:
            behind, negative, sub, w = op[1], op[2], op[3], op[4]
            saved = marks[:]
            if behind:
                at = pos - w
                if at < 0:
                    got = -1
                else:
                    got = run(sub.code, sub.nregs, s, at, end, marks, at, False, False)
                    if got != pos:
                        got = -1
            else:
                got = run(sub.code, sub.nregs, s, pos, end, marks, pos, False, False)
            if (got >= 0) != negative:
                if negative:
                    marks[:] = saved
                else:
                    push((_MARKS, saved))
                pc += 1
                continue
            marks[:] = saved
            ok = False
        elif o == ATOMIC:
            sub = op[1]
            saved = marks[:]
            got = run(sub.code, sub.nregs, s, pos, end, marks, pos, False, False)
            if got >= 0:
                push((_MARKS, saved))
                pos = got
                pc += 1
                continue
            marks[:] = saved
            ok = False
        elif o == SUCCEED:
            if (match_all and pos != end) or (must_advance and pos == start):
                ok = False
            else:
                return pos
        # Failure: unwind to the newest choice.
        while True:
            if not stack:
                return -1
            e = stack.pop()
            k = e[0]
            if k == _ALT:
                pc = e[1]
                pos = e[2]
                break
            if k == _MARK:
                marks[e[1]] = e[2]
            elif k == _REG:
                regs[e[1]] = e[2]
            elif k == _REP_GREEDY:
                _, nxt, base, count, lo, follow = e
                if follow is not None:
                    j = s.rfind(follow, base + lo, base + count)
                    if j < 0:
                        continue
                    count = j - base
                else:
                    count -= 1
                    if count < lo:
                        continue
                if count > lo:
                    push((_REP_GREEDY, nxt, base, count, lo, follow))
                pc = nxt
                pos = base + count
                break
            elif k == _REP_LAZY:
                _, nxt, base, count, hi, kind, arg, lim = e
                p = base + count
                if p < lim and _test(kind, arg, s[p]):
                    count += 1
                    if hi is None or count < hi:
                        push((_REP_LAZY, nxt, base, count, hi, kind, arg, lim))
                    pc = nxt
                    pos = p + 1
                    break
            elif k == _MARKS:
                marks[:] = e[1]
            elif k == _REP_ITER:
                # A lazy repeat whose tail failed: one more iteration.
                r = e[3]
                pos = e[2]
                push((_REG, r, regs[r]))
                push((_REG, r + 1, regs[r + 1]))
                regs[r] += 1
                regs[r + 1] = pos
                pc = e[1]
                break


def search(prog, s, pos, end, ngroups, anchored, match_all, must_advance):
    """The first match from `pos` (only at `pos` when `anchored`): (start, end, marks), or
    None."""
    code = prog.code
    nregs = prog.nregs
    size = 2 * ngroups + 2
    if anchored:
        marks = [-1] * size
        got = run(code, nregs, s, pos, end, marks, pos, match_all, must_advance)
        if got < 0:
            return None
        return pos, got, marks
    literal = prog.literal
    if literal is not None:
        start = pos + 1 if must_advance and not literal else pos
        start = s.find(literal, start, end) if start <= end else -1
        if start < 0:
            return None
        return start, start + len(literal), [-1] * size
    first = prog.first
    start = pos
    while start <= end:
        if first is not None:
            kind, arg = first
            if kind == 'lit':
                start = s.find(arg, start, end)
                if start < 0:
                    return None
            elif kind == 'class':
                cache = arg.cache
                while start < end:
                    r = cache.get(s[start])
                    if r is None:
                        r = arg.test(s[start])
                    if r:
                        break
                    start += 1
                else:
                    return None
            else:
                while start < end and not _test(kind, arg, s[start]):
                    start += 1
                if start >= end:
                    return None
        marks = [-1] * size
        got = run(code, nregs, s, start, end, marks, pos, match_all,
                  must_advance and start == pos)
        if got >= 0:
            return start, got, marks
        start += 1
    return None


def iterate(prog, s, pos, end, ngroups):
    """Every match from `pos` as (start, end, marks): after an empty match the next may
    not be empty at the same place (sre's rule since 3.7)."""
    must_advance = False
    while pos <= end:
        found = search(prog, s, pos, end, ngroups, False, False, must_advance)
        if found is None:
            return
        yield found
        must_advance = found[1] == found[0]
        pos = found[1]


__all__ = ['iterate', 'run', 'search']
