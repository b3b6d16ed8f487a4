# Loopscope's fastapi.background: BackgroundTasks, which an endpoint asks for by
# annotation and fills with work to run after its response is sent.

from starlette.background import BackgroundTasks as StarletteBackgroundTasks


class BackgroundTasks(StarletteBackgroundTasks):
    def add_task(self, func, *args, **kwargs):
        return super().add_task(func, *args, **kwargs)
