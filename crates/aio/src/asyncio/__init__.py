# Loopscope's asyncio package: the public names, gathered from its modules.

from asyncio.exceptions import (CancelledError, InvalidStateError, TimeoutError,
                                IncompleteReadError, LimitOverrunError,
                                SendfileNotAvailableError, BrokenBarrierError)
from asyncio.events import (AbstractEventLoop, BaseEventLoop, get_running_loop,
                            get_event_loop, set_event_loop, new_event_loop,
                            _get_running_loop, _set_running_loop,
                            AbstractEventLoopPolicy, DefaultEventLoopPolicy,
                            get_event_loop_policy, set_event_loop_policy,
                            SelectorEventLoop)
from asyncio.futures import Future, isfuture, wrap_future
from asyncio.tasks import (Task, create_task, ensure_future, sleep, gather, wait,
                           wait_for, as_completed, shield, current_task, all_tasks,
                           run_coroutine_threadsafe, iscoroutine,
                           FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from asyncio.runners import Runner, run
from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from asyncio.timeouts import Timeout, timeout, timeout_at
from asyncio.taskgroups import TaskGroup
from asyncio.threads import to_thread
from asyncio.protocols import (BaseProtocol, Protocol, BufferedProtocol, DatagramProtocol,
                               SubprocessProtocol)
from asyncio.streams import (StreamReader, StreamWriter, StreamReaderProtocol,
                             open_connection, start_server)


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is not None
