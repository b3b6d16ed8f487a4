# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.operators`: the SQL
# operators as objects, with the precedence table that decides where parentheses go and
# each comparison's negation (`~(a == b)` is `a != b`).


class OperatorType:
    def __init__(self, name, precedence=None, negate=None, natural_self_precedent=False,
                 comparison=False, boolean=False):
        self.__name__ = name
        self.name = name
        self.precedence = precedence
        self.negate = negate
        self.natural_self_precedent = natural_self_precedent
        self.is_comparison = comparison
        self.is_boolean = boolean

    def __repr__(self):
        return f"<operator {self.__name__}>"

    def __call__(self, a, *args, **kw):
        return _APPLY[self](a, *args, **kw)


class custom_op(OperatorType):
    def __init__(self, opstring, precedence=0, is_comparison=False, return_type=None,
                 natural_self_precedent=False, eager_grouping=False, python_impl=None):
        super().__init__(opstring, precedence=precedence,
                         natural_self_precedent=natural_self_precedent,
                         comparison=is_comparison, boolean=is_comparison)
        self.opstring = opstring
        self.return_type = return_type
        self.eager_grouping = eager_grouping

    def __call__(self, a, b):
        return a.operate(self, b)


def _op(name, precedence, **kw):
    return OperatorType(name, precedence, **kw)


# Precedences as SQLAlchemy's table has them (higher binds tighter).
getitem = _op("getitem", 15, natural_self_precedent=True)
json_getitem_op = _op("json_getitem_op", 15, natural_self_precedent=True)
json_path_getitem_op = _op("json_path_getitem_op", 15, natural_self_precedent=True)
any_op = _op("any_op", 15)
all_op = _op("all_op", 15)
pow_ = _op("pow", 15)
mul = _op("mul", 8, natural_self_precedent=True)
truediv = _op("truediv", 8)
floordiv = _op("floordiv", 8)
mod = _op("mod", 8)
neg = _op("neg", 8)
bitwise_not_op = _op("bitwise_not_op", 8)
add = _op("add", 7, natural_self_precedent=True)
sub = _op("sub", 7)
bitwise_xor_op = _op("bitwise_xor_op", 7)
bitwise_or_op = _op("bitwise_or_op", 7)
bitwise_and_op = _op("bitwise_and_op", 7)
bitwise_lshift_op = _op("bitwise_lshift_op", 7)
bitwise_rshift_op = _op("bitwise_rshift_op", 7)
filter_op = _op("filter_op", 6)
concat_op = _op("concat_op", 5, natural_self_precedent=True)
match_op = _op("match_op", 5, comparison=True, boolean=True)
not_match_op = _op("not_match_op", 5, comparison=True, boolean=True)
regexp_match_op = _op("regexp_match_op", 5, comparison=True, boolean=True)
not_regexp_match_op = _op("not_regexp_match_op", 5, comparison=True, boolean=True)
ilike_op = _op("ilike_op", 5, comparison=True, boolean=True)
not_ilike_op = _op("not_ilike_op", 5, comparison=True, boolean=True)
like_op = _op("like_op", 5, comparison=True, boolean=True)
not_like_op = _op("not_like_op", 5, comparison=True, boolean=True)
in_op = _op("in_op", 5, comparison=True, boolean=True)
not_in_op = _op("not_in_op", 5, comparison=True, boolean=True)
is_ = _op("is_", 5, comparison=True, boolean=True)
is_not = _op("is_not", 5, comparison=True, boolean=True)
eq = _op("eq", 5, comparison=True, boolean=True)
ne = _op("ne", 5, comparison=True, boolean=True)
is_distinct_from = _op("is_distinct_from", 5, comparison=True, boolean=True)
is_not_distinct_from = _op("is_not_distinct_from", 5, comparison=True, boolean=True)
gt = _op("gt", 5, comparison=True, boolean=True)
lt = _op("lt", 5, comparison=True, boolean=True)
ge = _op("ge", 5, comparison=True, boolean=True)
le = _op("le", 5, comparison=True, boolean=True)
between_op = _op("between_op", 5, comparison=True, boolean=True)
not_between_op = _op("not_between_op", 5, comparison=True, boolean=True)
distinct_op = _op("distinct_op", 5)
inv = _op("inv", 5, boolean=True)
is_true = _op("is_true", 5, boolean=True)
is_false = _op("is_false", 5, boolean=True)
collate = _op("collate", 4)
and_ = _op("and_", 3, natural_self_precedent=True, boolean=True)
or_ = _op("or_", 2, natural_self_precedent=True, boolean=True)
desc_op = _op("desc_op", 3)
asc_op = _op("asc_op", 3)
nulls_first_op = _op("nulls_first_op", None)
nulls_last_op = _op("nulls_last_op", None)
comma_op = _op("comma_op", -1)
as_ = _op("as_", -1)
exists = _op("exists", 0)
_asbool = _op("_asbool", -10)
from_ = _op("from_", 15)
null_op = _op("null_op", 7)
# Operators without a place in the table group against everything.
startswith_op = _op("startswith_op", None, comparison=True, boolean=True)
not_startswith_op = _op("not_startswith_op", None, comparison=True, boolean=True)
endswith_op = _op("endswith_op", None, comparison=True, boolean=True)
not_endswith_op = _op("not_endswith_op", None, comparison=True, boolean=True)
contains_op = _op("contains_op", None, comparison=True, boolean=True)
not_contains_op = _op("not_contains_op", None, comparison=True, boolean=True)
icontains_op = _op("icontains_op", None, comparison=True, boolean=True)
not_icontains_op = _op("not_icontains_op", None, comparison=True, boolean=True)
istartswith_op = _op("istartswith_op", None, comparison=True, boolean=True)
iendswith_op = _op("iendswith_op", None, comparison=True, boolean=True)

for _a, _b in [(eq, ne), (lt, ge), (gt, le), (like_op, not_like_op), (ilike_op, not_ilike_op),
               (in_op, not_in_op), (is_, is_not), (between_op, not_between_op),
               (startswith_op, not_startswith_op), (endswith_op, not_endswith_op),
               (contains_op, not_contains_op), (icontains_op, not_icontains_op),
               (match_op, not_match_op), (regexp_match_op, not_regexp_match_op),
               (is_distinct_from, is_not_distinct_from), (is_true, is_false)]:
    _a.negate = _b
    _b.negate = _a

_COMPARISON = frozenset(o for o in list(globals().values())
                        if isinstance(o, OperatorType) and o.is_comparison)

_SMALLEST = -100
_LARGEST = 100


def is_precedent(operator, against):
    if operator is against and operator.natural_self_precedent:
        return False
    if against is None:
        return True
    mine = operator.precedence if operator.precedence is not None else _SMALLEST
    theirs = against.precedence if against.precedence is not None else _LARGEST
    return mine <= theirs


def is_boolean(op):
    return op.is_boolean


def is_comparison(op):
    return op.is_comparison


_APPLY = {}
