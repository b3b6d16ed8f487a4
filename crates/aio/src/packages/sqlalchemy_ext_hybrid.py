# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.ext.hybrid`: attributes
# that are Python on an instance and SQL on the class (`User.full_name` in a query).


class hybrid_method:
    def __init__(self, func, expr=None):
        self.func = func
        self.expr = expr or func
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner):
        if instance is None:
            return self.expr.__get__(owner, owner.__class__)
        return self.func.__get__(instance, owner)

    def expression(self, expr):
        self.expr = expr
        return self

    @property
    def inplace(self):
        return _InPlace(self)


class hybrid_property:
    def __init__(self, fget, fset=None, fdel=None, expr=None, custom_comparator=None,
                 update_expr=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.expr = expr
        self.custom_comparator = custom_comparator
        self.update_expr = update_expr
        self.__doc__ = fget.__doc__
        self.__name__ = fget.__name__

    def __get__(self, instance, owner):
        if instance is None:
            if self.expr is not None:
                return self.expr(owner)
            if self.custom_comparator is not None:
                return self.custom_comparator(owner)
            return self.fget(owner)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, **kw):
        values = dict(fget=self.fget, fset=self.fset, fdel=self.fdel, expr=self.expr,
                      custom_comparator=self.custom_comparator, update_expr=self.update_expr)
        values.update(kw)
        return hybrid_property(**values)

    def getter(self, fget):
        return self._copy(fget=fget)

    def setter(self, fset):
        return self._copy(fset=fset)

    def deleter(self, fdel):
        return self._copy(fdel=fdel)

    def expression(self, expr):
        return self._copy(expr=expr)

    def comparator(self, comparator):
        return self._copy(custom_comparator=comparator)

    def update_expression(self, meth):
        return self._copy(update_expr=meth)

    @property
    def inplace(self):
        return _InPlace(self)


class _InPlace:
    """`@name.inplace.expression`: change the hybrid itself, under another function name."""

    def __init__(self, attr):
        self.attr = attr

    def _set(self, **kw):
        for k, v in kw.items():
            setattr(self.attr, k, v)
        return self.attr

    def setter(self, fset):
        return self._set(fset=fset)

    def deleter(self, fdel):
        return self._set(fdel=fdel)

    def expression(self, expr):
        if isinstance(expr, classmethod):
            expr = expr.__func__
        return self._set(expr=expr)

    def comparator(self, comparator):
        return self._set(custom_comparator=comparator)


class Comparator:
    def __init__(self, expression):
        self.expression = expression

    def __clause_element__(self):
        expr = self.expression
        return expr.__clause_element__() if hasattr(expr, "__clause_element__") else expr


HYBRID_METHOD = "HYBRID_METHOD"
HYBRID_PROPERTY = "HYBRID_PROPERTY"
