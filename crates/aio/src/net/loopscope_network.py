# loopscope.network: which network this run uses, and the simulated network's settings.
#
#   import loopscope.network
#   loopscope.network.configure(latency=0.5, jitter=0, rate_limit=3, seed=7)
#
# latency: every host's round trip in seconds (None: each host's own); jitter: how far
# round trips stray from it (a fraction); failure_rate: share of requests whose
# connection the server drops; rate_limit: requests in flight to one host before it
# answers 429 (None: no limit); seed: what the latency and /uuid draws start from;
# bandwidth: bytes per second a body arrives at; database_latency: seconds each answer
# of the database (localhost:5432) takes to arrive, for connections opened afterwards
# (0, the default: a server on the same machine). Settings not given stay as they are.

import _net


def configure(**settings):
    """Changes the simulated network's settings (see the module's comment)."""
    _net.configure(settings)


def settings():
    """The simulated network's settings, as a dict."""
    return _net.settings()


def mode():
    """'simulated' or 'real': the network this run's requests go to."""
    return _net.mode()


def hosts():
    """The simulated network's built-in hosts."""
    return _net.hosts()


def site_url(path=''):
    """An absolute URL on the page's own site (the real network in a browser), such as
    site_url('data/users.json')."""
    base = _net.base_url()
    if base is None:
        raise RuntimeError('there is no page here: site_url needs the real network in a browser')
    base = base.split('#')[0].split('?')[0]
    if path.startswith('/'):
        origin = base.split('/', 3)
        return '/'.join(origin[:3]) + path
    return base.rsplit('/', 1)[0] + '/' + path


# --- ASGI apps standing in for hosts ---
_MOUNTS = {}


def _origin(url):
    scheme, _, rest = url.partition('://')
    if not rest:
        raise ValueError(f'mount needs an absolute URL such as "http://user-service", not {url!r}')
    netloc = rest.split('/', 1)[0]
    host, _, port = netloc.partition(':')
    default = {'http': 80, 'https': 443}.get(scheme.lower())
    return scheme.lower(), host.lower(), int(port) if port else default


def mount(base_url, app):
    """Makes an ASGI app (FastAPI, Starlette, or any `async def app(scope, receive,
    send)`) answer every request to `base_url`'s host, on either network, in this run:
    `loopscope.network.mount("http://user-service", users_app)`. Each request runs the
    app in a task of its own (a lane in the timeline), with no network delay. Async
    clients reach it (httpx.AsyncClient, aiohttp); a blocking request cannot, since the
    app runs on the event loop."""
    _MOUNTS[_origin(base_url)] = app


def unmount(base_url):
    """Stops `base_url`'s host being answered by a mounted app."""
    _MOUNTS.pop(_origin(base_url), None)


def mounted():
    """The mounted apps, by origin."""
    return {f'{scheme}://{host}' + ('' if port in (80, 443) else f':{port}'): app
            for (scheme, host, port), app in _MOUNTS.items()}


def _app_for(url):
    if not _MOUNTS:
        return None
    try:
        return _MOUNTS.get(_origin(url))
    except ValueError:
        return None
