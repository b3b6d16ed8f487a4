# Loopscope's asyncio: TCP connections between servers and clients of the same program.
#
# A run has no operating-system sockets, so `loop.create_server` listens in an address
# book of the run's own, and `loop.create_connection` to one of its addresses joins the
# two ends in memory. The steps follow CPython's selector loop on Linux, so tasks
# interleave as they do there: a connect completes when its socket turns writable and the
# server accepts when its listening socket turns readable, each seen at the start of the
# loop's next iteration; bytes written reach the other end one iteration later. Such
# readiness is a handle due now (`call_at(loop.time())`), which `_run_once` adds to the
# ready queue after what the iteration before scheduled, as it adds selector events.
#
# A connect to an address none of the program's servers listens on goes to the host's
# sockets (`_HostLink`, over `_net`'s socket natives): natively a real TCP connection;
# the host reports connects, bytes and closes, each delivered as a handle on the loop.
# Where the host has no sockets such a connect is refused.

import _net
from asyncio import exceptions
from asyncio import protocols

_ERRNO_CONNREFUSED = 111
_ERRNO_CANNOT_LISTEN = 95

# Listening servers by (host, port), and the file descriptor numbers in use.
_listening = {}
_fds = set()
_next_port = [40000]


def _take_fd():
    fd = 6
    while fd in _fds:
        fd += 1
    _fds.add(fd)
    return fd


def _ephemeral_port():
    _next_port[0] += 1
    return _next_port[0]


def _host_of(host):
    if host in (None, '', 'localhost', '0.0.0.0', '::'):
        return '127.0.0.1'
    return host


def _ready(loop, callback, *args):
    """Run `callback(*args)` as the handler of a selector event seen next iteration."""
    return loop.call_at(loop.time(), callback, *args)


class TransportSocket:
    """What `Server.sockets` and `get_extra_info('socket')` give: a socket's description."""

    family = 2
    type = 1
    proto = 6

    def __init__(self, laddr, raddr=None):
        self._fd = _take_fd()
        self._laddr = laddr
        self._raddr = raddr

    def fileno(self):
        return self._fd

    def getsockname(self):
        return self._laddr

    def getpeername(self):
        if self._raddr is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._raddr

    def _close(self):
        if self._fd >= 0:
            _fds.discard(self._fd)
            self._fd = -1

    def __repr__(self):
        text = (f'<asyncio.TransportSocket fd={self._fd}, family={self.family}, '
                f'type={self.type}, proto={self.proto}')
        if self._fd < 0:
            return text + '>'
        text += f', laddr={self._laddr}'
        if self._raddr is not None:
            text += f', raddr={self._raddr}'
        return text + '>'


TransportSocket.__module__ = 'asyncio.trsock'


class _SelectorSocketTransport:
    """One end of a connection: writes reach the peer's protocol an iteration later."""

    def __init__(self, loop, sock, protocol, waiter=None, server=None, link=None, side=0):
        self._loop = loop
        self._sock = sock
        self._protocol = protocol
        self._server = server
        self._link = link
        self._side = side
        self._closing = False
        self._eof_sent = False
        self._eof_seen = False
        self._lost = False
        self._paused = False
        self._wants_read = False
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        if link is not None:
            loop.call_soon(link.attach, self, side)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _send(self, item):
        if self._link is not None:
            self._link.send(1 - self._side, item)

    def __repr__(self):
        info = [type(self).__name__]
        if self._sock._fd < 0:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock._fd}')
        if self._sock._fd >= 0:
            info.append('read=idle' if self._paused or self._eof_seen else 'read=polling')
            info.append('write=<idle, bufsize=0>')
        return '<{}>'.format(' '.join(info))

    def get_extra_info(self, name, default=None):
        if name == 'peername':
            return self._sock._raddr
        if name == 'sockname':
            return self._sock._laddr
        if name == 'socket':
            return self._sock
        return default

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing and not self._paused

    def pause_reading(self):
        self._paused = True

    def resume_reading(self):
        if self._paused:
            self._paused = False
            if self._wants_read and self._link is not None:
                self._wants_read = False
                self._link._schedule(self._side)

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (16384, 65536)

    def set_write_buffer_limits(self, high=None, low=None):
        pass

    def can_write_eof(self):
        return True

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof_sent:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._closing:
            return
        self._send(bytes(data))

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def write_eof(self):
        if self._closing or self._eof_sent:
            return
        self._eof_sent = True
        self._send(None)

    def _receive(self, data):
        if self._lost:
            return
        if data is None:
            if self._eof_seen:
                return
            self._eof_seen = True
            keep_open = self._protocol.eof_received()
            if not keep_open:
                self.close()
            return
        self._protocol.data_received(data)

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._eof_sent:
            self._eof_sent = True
            self._send(None)
        self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self.close()

    def _fatal_error(self, exc):
        # The connection broke (a reset): the protocol hears of it in `connection_lost`.
        if self._lost:
            return
        self._closing = True
        if self._link is not None:
            self._link.detach(self._side)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._lost:
            return
        self._lost = True
        try:
            self._protocol.connection_lost(exc)
        finally:
            if self._link is not None:
                self._link.detach(self._side)
            self._sock._close()
            if self._server is not None:
                self._server._detach()
                self._server = None


class _Link:
    """The two ends of a connection. What one end sends waits in the other end's buffer,
    as in a kernel's socket buffer, until that end's transport reads: one readiness
    reads everything buffered (up to 256 KiB, as the selector transport's `recv` does),
    and an end of stream is seen at the readiness after the last bytes."""

    _MAX_READ = 256 * 1024

    def __init__(self, loop):
        self._loop = loop
        self._ends = [None, None]
        self._buffers = [bytearray(), bytearray()]
        self._eof = [False, False]
        self._scheduled = [False, False]

    def attach(self, transport, side):
        self._ends[side] = transport
        self._schedule(side)

    def send(self, side, item):
        if item is None:
            self._eof[side] = True
        else:
            self._buffers[side].extend(item)
        self._schedule(side)

    def _schedule(self, side):
        end = self._ends[side]
        if end is None or end._lost or self._scheduled[side]:
            return
        if self._buffers[side] or self._eof[side]:
            self._scheduled[side] = True
            _ready(self._loop, self._readable, side)

    def _readable(self, side):
        self._scheduled[side] = False
        end = self._ends[side]
        if end is None or end._lost:
            return
        if end._paused:
            end._wants_read = True
            return
        buffer = self._buffers[side]
        if buffer:
            data = bytes(buffer[:self._MAX_READ])
            del buffer[:self._MAX_READ]
            end._receive(data)
        elif self._eof[side]:
            self._eof[side] = False
            end._receive(None)
            return
        self._schedule(side)


    def detach(self, side):
        pass


class _HostLink:
    """A connection to an address outside the program, through the host's sockets. It
    offers the transport what `_Link` offers (side 0 is ours): what the host receives
    waits in a buffer until the transport reads it, one readiness at a time; writes go
    straight to the host; closing the transport closes the socket (a real socket has no
    half-close here: `write_eof` closes it too)."""

    _MAX_READ = 256 * 1024

    def __init__(self, loop, host=None, port=None, accepted=None):
        self._loop = loop
        self._end = None
        self._buffer = bytearray()
        self._eof = False
        self._error = None
        self._scheduled = False
        self._connected = loop.create_future()
        if accepted is not None:
            # A connection the host accepted for an exposed server: already connected.
            self._id = accepted
            self._connected.set_result(None)
        else:
            self._id = _net.socket_open(loop._sched, host, port, self._event)

    def _event(self, kind, payload):
        if kind == 'connected':
            if not self._connected.done():
                self._connected.set_result(payload)
            return
        if kind == 'failed':
            errno, text = payload
            if not self._connected.done():
                self._connected.set_exception(OSError(errno, text))
                return
            self._error = OSError(errno, text)
        elif kind == 'eof':
            self._eof = True
        else:
            self._buffer.extend(payload)
        self._schedule(0)

    def attach(self, transport, side):
        self._end = transport
        self._schedule(side)

    def send(self, side, item):
        if self._id is None:
            return
        if item is None:
            self.detach(side)
        else:
            _net.socket_send(self._id, item)

    def detach(self, side):
        if self._id is not None:
            _net.socket_close(self._id)
            self._id = None

    def _schedule(self, side):
        end = self._end
        if end is None or end._lost or self._scheduled:
            return
        if self._buffer or self._eof or self._error is not None:
            self._scheduled = True
            _ready(self._loop, self._readable)

    def _readable(self):
        self._scheduled = False
        end = self._end
        if end is None or end._lost:
            return
        if end._paused:
            end._wants_read = True
            return
        if self._buffer:
            data = bytes(self._buffer[:self._MAX_READ])
            del self._buffer[:self._MAX_READ]
            end._receive(data)
        elif self._error is not None:
            exc, self._error = self._error, None
            end._fatal_error(exc)
            return
        elif self._eof:
            self._eof = False
            end._receive(None)
            return
        self._schedule(0)


def expose(server):
    """Offers a listening `server` to the host as well: natively its address becomes a real
    listening socket (`curl` reaches it), in the page the Requests panel can send to it.
    Connections the host accepts arrive as the program's own clients' do. A server the
    host cannot offer stays the program's own. While exposed, the run keeps going, as a
    real server's process does, until the program closes the server or the user stops it.
    (uvicorn exposes its server; `asyncio.start_server` alone does not, so a program's
    in-memory servers never take a port of the machine.)"""
    server._expose()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class Server:
    """What `loop.create_server` and `asyncio.start_server` return."""

    def __init__(self, loop, protocol_factory, address, backlog):
        self._loop = loop
        self._protocol_factory = protocol_factory
        self._address = address
        self._sockets = [TransportSocket(address)]
        self._backlog = backlog
        self._backlog_queue = []
        self._active_count = 0
        self._waiters = []
        self._serving = False
        self._serving_forever_fut = None
        self._host_listener = None
        self._host_links = {}

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        if self._address in _listening:
            raise OSError(98, f'error while attempting to bind on address '
                              f'{self._address!r}: address already in use')
        self._serving = True
        _listening[self._address] = self

    def _expose(self):
        if self._host_listener is not None or self._sockets is None \
                or not _net.sockets_available():
            return
        host, port = self._address
        listener = _net.socket_listen(self._loop._sched, host, port, self._host_event)
        if isinstance(listener, tuple):
            errno, text = listener
            if errno != _ERRNO_CANNOT_LISTEN:
                import sys
                sys.stderr.write(
                    f'Loopscope: cannot listen on {host}:{port} for connections from outside '
                    f'the program ([Errno {errno}] {text}); its own clients still reach '
                    f'the server.\n')
            return
        self._host_listener = listener

    def _host_event(self, kind, payload, conn):
        """An event of the host's listener: a connection accepted, or one of an accepted
        connection's events, handed to its link."""
        if kind == 'accepted':
            link = _HostLink(self._loop, accepted=conn)
            self._host_links[conn] = link
            self._incoming(link, self._address, payload)
            return
        link = self._host_links.get(conn)
        if link is not None:
            link._event(kind, payload)
            if link._id is None:
                del self._host_links[conn]

    def _unexpose(self):
        if self._host_listener is not None:
            _net.socket_close(self._host_listener)
            self._host_listener = None

    def _incoming(self, link, laddr, raddr):
        """A connection attempt arrived: the listening socket turns readable, and one
        readiness accepts every connection waiting by then, as `_accept_connection` does."""
        if not self._backlog_queue:
            _ready(self._loop, self._accept)
        self._backlog_queue.append((link, laddr, raddr))

    def _accept(self):
        waiting, self._backlog_queue = self._backlog_queue, []
        if self._sockets is None:
            return
        for link, laddr, raddr in waiting:
            self._loop.create_task(self._accept_connection(link, laddr, raddr))

    async def _accept_connection(self, link, laddr, raddr):
        sock = TransportSocket(laddr, raddr)
        protocol = self._protocol_factory()
        waiter = self._loop.create_future()
        transport = _SelectorSocketTransport(self._loop, sock, protocol, waiter, self, link, 1)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            sock._close()
        self._unexpose()
        if _listening.get(self._address) is self:
            del _listening[self._address]
        self._serving = False
        if (self._serving_forever_fut is not None
                and not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await _sleep0()

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


Server.__module__ = 'asyncio.base_events'


async def _sleep0():
    from asyncio.tasks import sleep
    await sleep(0)


def _check_address(host, port):
    if port is None:
        raise ValueError('host and port was not specified and no sock specified')
    if not isinstance(port, int) or isinstance(port, bool):
        try:
            port = int(port)
        except (TypeError, ValueError):
            raise OSError(f'Port must be an integer, not {port!r}') from None
    return _host_of(host), port


async def create_connection(loop, protocol_factory, host=None, port=None, *, ssl=None,
                            family=0, proto=0, flags=0, sock=None, local_addr=None,
                            server_hostname=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                            interleave=None, all_errors=False):
    if ssl:
        raise NotImplementedError('TLS connections are not available in Loopscope')
    if sock is not None:
        raise ValueError('sock is not supported by Loopscope: give host and port')
    if host is None and port is None:
        raise ValueError('host and port was not specified and no sock specified')
    host, port = _check_address(host, port)
    address = (host, port)
    server = _listening.get(address) or _listening.get(('127.0.0.1', port))
    if server is None and _net.sockets_available():
        return await _connect_to_host(loop, protocol_factory, address)
    # The connect is pending until the socket turns writable, and the server's listening
    # socket turns readable: both seen at the next iteration.
    link = _Link(loop)
    laddr = ('127.0.0.1', _ephemeral_port())
    sock = TransportSocket(laddr, address)
    if server is not None and server.is_serving():
        server._incoming(link, address, laddr)
    connected = loop.create_future()
    _ready(loop, _set_result_unless_cancelled, connected, None)
    try:
        await connected
    except BaseException:
        sock._close()
        raise
    if server is None or not server.is_serving():
        sock._close()
        raise ConnectionRefusedError(
            _ERRNO_CONNREFUSED, f'Connect call failed {address}')
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter, link=link, side=0)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _connect_to_host(loop, protocol_factory, address):
    link = _HostLink(loop, *address)
    try:
        local = await link._connected
    except OSError as exc:
        link.detach(0)
        if exc.errno == _ERRNO_CONNREFUSED:
            raise ConnectionRefusedError(
                _ERRNO_CONNREFUSED, f'Connect call failed {address}') from None
        raise OSError(exc.errno, f'Connect call failed {address}') from None
    except BaseException:
        link.detach(0)
        raise
    sock = TransportSocket(local, address)
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter, link=link, side=0)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def create_server(loop, protocol_factory, host=None, port=None, *, family=0,
                        flags=0, sock=None, backlog=100, ssl=None, reuse_address=None,
                        reuse_port=None, ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None, start_serving=True):
    if ssl:
        raise NotImplementedError('TLS servers are not available in Loopscope')
    if sock is not None:
        raise ValueError('sock is not supported by Loopscope: give host and port')
    host, port = _check_address(host, 0 if port is None else port)
    if port == 0:
        port = _ephemeral_port()
    server = Server(loop, protocol_factory, (host, port), backlog)
    if start_serving:
        server._start_serving()
        await _sleep0()
    return server
