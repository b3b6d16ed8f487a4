# Loopscope's inspect.signature: Parameter, Signature, BoundArguments and signature()
# for Python functions, methods, classes, callable instances and functools.partial, as
# CPython 3.11 builds them. `inspect` loads this on first use (frameworks such as FastAPI
# read a function's parameters through it).

import enum
import functools
import types


class _empty:
    """Marker for a parameter's missing default or annotation."""


class _void:
    """Marker for 'no value given' (distinct from None)."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it: builtins by name, other classes with their
    module, typing's forms without the `typing.` prefix."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: its name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = f'{text} = {self._default!r}'
            else:
                text = f'{text}={self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: which argument went to which parameter."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            try:
                new.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    value = param.default
                elif param.kind == _VAR_POSITIONAL:
                    value = ()
                elif param.kind == _VAR_KEYWORD:
                    value = {}
                else:
                    continue
                new.append((name, value))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({args})>'


class Signature:
    """A callable's parameters, in order, and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError(f'wrong parameter order: {top_kind.description} '
                                         f'parameter before {kind.description} parameter')
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        if self._return_annotation != other._return_annotation:
            return False
        mine = list(self.parameters.values())
        theirs = list(other.parameters.values())
        positional = [p for p in mine if p.kind != _KEYWORD_ONLY]
        other_positional = [p for p in theirs if p.kind != _KEYWORD_ONLY]
        keyword = {p.name: p for p in mine if p.kind == _KEYWORD_ONLY}
        other_keyword = {p.name: p for p in theirs if p.kind == _KEYWORD_ONLY}
        return positional == other_positional and keyword == other_keyword

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        pending = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # No more positional arguments.
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f'{param.name!r} parameter is positional only, '
                                        'but was passed as a keyword')
                    pending = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    pending = (param,)
                    break
                if partial:
                    pending = (param,)
                    break
                raise TypeError(f'missing a required argument: {param.name!r}') from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (arg_val,) + tuple(arg_vals)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError(f'multiple values for argument {param.name!r}') from None
                arguments[param.name] = arg_val

        kwargs_param = None
        for param in tuple(pending) + tuple(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError(f'missing a required argument: {name!r}') from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(f'got an unexpected keyword argument '
                                f'{next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        slash_due = False
        star_due = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                result.append('/')
                slash_due = False
            if kind == _VAR_POSITIONAL:
                star_due = False
            elif kind == _KEYWORD_ONLY and star_due:
                result.append('*')
                star_due = False
            result.append(formatted)
        if slash_due:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'


def unwrap(func, *, stop=None):
    """Follow `__wrapped__` (functools.wraps) to the innermost function."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


def _from_function(cls, func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(cls._parameter_cls(name, kind, default=default,
                                         annotation=annotations.get(name, _empty)))
    index = npos
    if code.co_flags & 0x04:
        name = names[npos + nkw]
        params.append(cls._parameter_cls(name, _VAR_POSITIONAL,
                                         annotation=annotations.get(name, _empty)))
    for name in names[index:index + nkw]:
        params.append(cls._parameter_cls(name, _KEYWORD_ONLY,
                                         default=kwdefaults.get(name, _empty),
                                         annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[npos + nkw + (1 if code.co_flags & 0x04 else 0)]
        params.append(cls._parameter_cls(name, _VAR_KEYWORD,
                                         annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    """The signature of a bound method: without its first parameter."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _from_partial(sig, partial):
    """The signature left once a functools.partial has supplied some arguments."""
    old = sig.parameters
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as e:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from e
    new = dict(old)
    now_keyword_only = False
    for name, param in old.items():
        try:
            value = bound.arguments[name]
        except KeyError:
            pass
        else:
            if param.kind == _POSITIONAL_ONLY:
                new.pop(name)
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if name in partial.keywords:
                    now_keyword_only = True
                    new[name] = param.replace(default=value)
                else:
                    new.pop(name)
                    continue
            if param.kind == _KEYWORD_ONLY:
                new[name] = param.replace(default=value)
        if now_keyword_only:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                new[name] = new[name].replace(kind=_KEYWORD_ONLY)
            elif param.kind == _VAR_POSITIONAL:
                new.pop(name)
    return sig.replace(parameters=new.values())


def _user_method(cls, name):
    """`cls.name` when it is a Python function (not object's or another builtin's)."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, (types.FunctionType, types.MethodType, functools.partial)):
        return meth
    return None


def _from_callable(obj, follow_wrapped=True, cls=Signature):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return _drop_first(_from_callable(obj.__func__, follow_wrapped, cls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _from_callable(obj, follow_wrapped, cls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig
    if isinstance(obj, types.FunctionType):
        return _from_function(cls, obj)
    if isinstance(obj, functools.partial):
        return _from_partial(_from_callable(obj.func, follow_wrapped, cls), obj)
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            return _drop_first(_from_callable(call, follow_wrapped, cls))
        new = _user_method(obj, '__new__')
        init = _user_method(obj, '__init__')
        if '__new__' in obj.__dict__ and new is not None:
            factory = new
        elif '__init__' in obj.__dict__ and init is not None:
            factory = init
        elif new is not None:
            factory = new
        else:
            factory = init
        if factory is not None:
            return _drop_first(_from_callable(factory, follow_wrapped, cls))
        if type not in obj.__mro__ and obj.__init__ is object.__init__:
            return cls([])
        raise ValueError(f'no signature found for builtin type {obj!r}')
    if isinstance(obj, (types.BuiltinFunctionType, types.BuiltinMethodType)):
        raise ValueError(f'no signature found for builtin {obj!r}')
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _drop_first(_from_callable(call, follow_wrapped, cls))
    raise ValueError(f'callable {obj!r} is not supported by signature')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


# They are inspect's, as far as a program can tell.
for _cls in (_empty, _void, _ParameterKind, Parameter, BoundArguments, Signature):
    _cls.__module__ = 'inspect'
del _cls
