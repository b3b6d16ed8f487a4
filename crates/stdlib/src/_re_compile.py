# Loopscope's regular-expression compiler (for `re`): turns `_re_parse`'s tree into the
# flat program `_re_match` runs — opcodes, jumps for alternatives, a counted loop with
# its registers for a repeat of anything wider than one character, sub-programs for
# lookarounds and atomic groups — and finds what lets a search skip ahead: a first
# character, a whole-literal pattern, the literal after a repeat.

# Opcodes.
LIT = 0
ONE = 1
REP1 = 2
SPLIT = 3
JMP = 4
SAVE = 5
AT = 6
REF = 7
LOOK = 8
ATOMIC = 9
REPINIT = 10
REPLOOP = 11
GROUPEXISTS = 13
SUCCEED = 14


class Program:
    """A compiled pattern: instructions, number of loop registers, first-character hint."""

    def __init__(self, code, nregs, first, literal=None):
        self.code = code
        self.nregs = nregs
        self.first = first
        # The whole pattern when it is a plain string (no case folding, no groups):
        # searching is str.find.
        self.literal = literal


class _Compiler:
    def __init__(self):
        self.nregs = 0
        self.subs = []

    def program(self, node):
        code = []
        self.emit(node, code)
        code.append((SUCCEED,))
        return code

    def sub(self, node):
        # A lookaround's or atomic group's own program; its registers are numbered with
        # the whole pattern's, so it learns their count at the end.
        prog = Program(self.program(node), 0, None)
        self.subs.append(prog)
        return prog

    def emit(self, node, code):
        k = node[0]
        if k == 'lit':
            code.append((LIT, node[1]))
        elif k == 'one':
            code.append((ONE, node[1], node[2]))
        elif k == 'cat':
            for it in node[1]:
                self.emit(it, code)
        elif k == 'alt':
            jumps = []
            branches = node[1]
            for idx, b in enumerate(branches):
                if idx < len(branches) - 1:
                    at = len(code)
                    code.append(None)
                    self.emit(b, code)
                    jumps.append(len(code))
                    code.append(None)
                    code[at] = (SPLIT, at + 1, len(code))
                else:
                    self.emit(b, code)
            for j in jumps:
                code[j] = (JMP, len(code))
        elif k == 'group':
            gid = node[1]
            code.append((SAVE, 2 * gid))
            self.emit(node[2], code)
            code.append((SAVE, 2 * gid + 1))
        elif k == 'rep':
            self.emit_rep(node, code)
        elif k == 'atomic':
            code.append((ATOMIC, self.sub(node[1])))
        elif k == 'at':
            code.append((AT, node[1]))
        elif k == 'ref':
            code.append((REF, node[1], node[2]))
        elif k == 'look':
            behind, negative, body = node[1], node[2], node[3]
            w = _width(body) if behind else 0
            code.append((LOOK, behind, negative, self.sub(body), w))
        elif k == 'cond':
            at = len(code)
            code.append(None)
            self.emit(node[2], code)
            if node[3] is not None:
                jmp = len(code)
                code.append(None)
                code[at] = (GROUPEXISTS, node[1], len(code))
                self.emit(node[3], code)
                code[jmp] = (JMP, len(code))
            else:
                code[at] = (GROUPEXISTS, node[1], len(code))
        else:
            raise ValueError('unknown node %r' % (k,))

    def emit_rep(self, node, code):
        lo, hi, greedy, body = node[1], node[2], node[3], node[4]
        if body[0] == 'lit':
            code.append((REP1, 'lit', body[1], lo, hi, greedy))
            return
        if body[0] == 'one':
            code.append((REP1, body[1], body[2], lo, hi, greedy))
            return
        if hi == 0:
            return
        if hi == 1 and lo == 0:
            # `x?`: one choice, no loop.
            at = len(code)
            code.append(None)
            self.emit(body, code)
            if greedy:
                code[at] = (SPLIT, at + 1, len(code))
            else:
                code[at] = (SPLIT, len(code), at + 1)
            return
        r = self.nregs
        self.nregs += 1
        code.append((REPINIT, r))
        loop = len(code)
        code.append(None)
        self.emit(body, code)
        code.append((JMP, loop))
        code[loop] = (REPLOOP, r, lo, hi, greedy, loop + 1, len(code))


def _width(node):
    return width(node)[0]


def _first(node):
    """A single-character matcher every match starts with, or None."""
    k = node[0]
    if k == 'lit':
        return ('lit', node[1])
    if k == 'one':
        if node[1] == 'anyall':
            return None
        return (node[1], node[2])
    if k == 'cat':
        for it in node[1]:
            if it[0] == 'at' or it[0] == 'look':
                continue
            return _first(it)
        return None
    if k == 'group':
        return _first(node[2])
    if k == 'atomic':
        return _first(node[1])
    if k == 'rep' and node[1] >= 1:
        return _first(node[4])
    return None


def _add_follow(code):
    """Gives each REP1 the literal that must follow it (past group marks), if any: a
    greedy repeat backs off only to places where that literal is."""
    for i, op in enumerate(code):
        if op[0] == REP1:
            j = i + 1
            while code[j][0] == SAVE:
                j += 1
            follow = code[j][1] if code[j][0] == LIT else None
            code[i] = op + (follow,)


def compile_tree(tree):
    c = _Compiler()
    code = c.program(tree)
    for sub in c.subs:
        sub.nregs = c.nregs
        _add_follow(sub.code)
    _add_follow(code)
    return Program(code, c.nregs, _first(tree), _literal(tree))


def _literal(tree):
    if tree[0] == 'lit':
        return tree[1]
    if tree[0] == 'cat' and all(n[0] == 'lit' for n in tree[1]):
        return ''.join(n[1] for n in tree[1])
    return None


def width(node):
    """(min, max) characters a node matches; max None when unbounded."""
    k = node[0]
    if k == 'lit' or k == 'one':
        return 1, 1
    if k == 'cat':
        lo = 0
        hi = 0
        for it in node[1]:
            a, b = width(it)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if k == 'alt':
        ws = [width(b) for b in node[1]]
        lo = min(w[0] for w in ws)
        hi = 0
        for w in ws:
            if w[1] is None:
                hi = None
                break
            hi = max(hi, w[1])
        return lo, hi
    if k == 'group' or k == 'atomic':
        return width(node[-1])
    if k == 'rep':
        a, b = width(node[4])
        hi = None if b is None or node[2] is None else b * node[2]
        return a * node[1], hi
    if k == 'cond':
        a = width(node[2])
        b = width(node[3]) if node[3] is not None else (0, 0)
        hi = None if a[1] is None or b[1] is None else max(a[1], b[1])
        return min(a[0], b[0]), hi
    if k == 'ref':
        return 0, None
    return 0, 0
