# Loopscope's starlette.middleware: `Middleware(cls, *args, **kwargs)`, how an app lists
# the middleware it wraps itself in.


class Middleware:
    def __init__(self, cls, *args, **kwargs):
        self.cls = cls
        self.args = args
        self.kwargs = kwargs

    def __iter__(self):
        return iter((self.cls, self.args, self.kwargs))

    def __repr__(self):
        class_name = self.__class__.__name__
        args_strings = [f'{value!r}' for value in self.args]
        option_strings = [f'{key}={value!r}' for key, value in self.kwargs.items()]
        name = getattr(self.cls, '__name__', '')
        args_repr = ', '.join([name] + args_strings + option_strings)
        return f'{class_name}({args_repr})'
