"""The production server: gunicorn with the atlas preloaded and several worker processes.

``preload_app``: the master process builds the app (validates the data package, warms the
profiles, builds the store) once, then forks the workers, which share those pages
copy-on-write. A bad data package therefore stops the server before it listens, with the
same message as the development server, instead of crash-looping workers.

Operators can override any gunicorn setting with ``GUNICORN_CMD_ARGS`` (as with the
``gunicorn`` command), e.g. ``GUNICORN_CMD_ARGS="--timeout 120 --keep-alive 10"``.
"""

from __future__ import annotations

import logging
import os
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gunicorn.app.base import BaseApplication

from dashboard.settings import Settings

#: Worker model: one request at a time per process (gunicorn's ``sync`` worker). The work
#: is CPU-bound Python, so threads would add no throughput under the GIL. (The views no
#: longer share plotly objects between threads: caches hold plain trace dicts and every
#: request builds its own figure, so the threaded development server is safe too.)
#: Sync workers do not keep connections alive and a slow client holds a worker, so put a
#: buffering reverse proxy in front (docs/DEPLOY.md), as gunicorn advises for sync workers.
WORKER_CLASS = "sync"
THREADS = 1
#: A request still running after this long is a bug or a wedged worker: gunicorn restarts
#: it. The slowest legitimate request, a presentation's PDF, renders for at most 15 s per
#: request and then answers with its progress (dashboard.presentations.pdf).
TIMEOUT = 60
#: Workers are replaced after about this many requests, so a slow leak cannot grow forever
#: (the jitter keeps them from restarting all at once). Preloaded, a fork costs ~50 ms.
MAX_REQUESTS, MAX_REQUESTS_JITTER = 5000, 500
#: Request line (method, path and query) and headers; a permalink is ~200 bytes.
LIMIT_REQUEST_LINE, LIMIT_REQUEST_FIELDS, LIMIT_REQUEST_FIELD_SIZE = 4094, 100, 8190
ACCESS_LOG_FORMAT = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms worker=%(p)s "%(a)s"'
LOG_FORMAT = "[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: %(message)s"


def bind_address(host: str, port: int) -> str:
    """gunicorn's bind string (IPv6 addresses in brackets)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def gunicorn_options(settings: Settings) -> dict[str, Any]:
    """The gunicorn settings for ``settings`` (before ``GUNICORN_CMD_ARGS``)."""
    shm = Path("/dev/shm")
    return {
        "bind": [bind_address(settings.host, settings.port)],
        "workers": settings.workers,
        "worker_class": WORKER_CLASS,
        "threads": THREADS,
        "preload_app": True,
        "timeout": TIMEOUT,
        "graceful_timeout": 20,
        "keepalive": 5,
        "max_requests": MAX_REQUESTS,
        "max_requests_jitter": MAX_REQUESTS_JITTER,
        "limit_request_line": LIMIT_REQUEST_LINE,
        "limit_request_fields": LIMIT_REQUEST_FIELDS,
        "limit_request_field_size": LIMIT_REQUEST_FIELD_SIZE,
        "accesslog": "-",  # stdout
        "errorlog": "-",  # stderr
        "access_log_format": ACCESS_LOG_FORMAT,
        "loglevel": "info",
        "proc_name": "migration-atlas",
        "worker_exit": leave_without_finalizing,
        # The control socket defaults to one path per user: two atlases would collide.
        "control_socket_disable": True,
        # Worker heartbeats in memory, not on a disk that may stall (gunicorn's advice).
        **({"worker_tmp_dir": str(shm)} if shm.is_dir() and os.access(shm, os.W_OK) else {}),
    }


def leave_without_finalizing(arbiter: Any, worker: Any) -> None:
    """gunicorn ``worker_exit`` hook: end a worker that served with ``os._exit(0)``.

    The store opens DuckDB in the master before the fork (that is what preloading is
    for), and a child that inherited the connection segfaults when Python's garbage
    collector finalizes it at exit (reproduced with a bare ``fork`` + ``sys.exit``). The
    worker has nothing left to write by then but its log lines, so they are flushed and
    the process leaves without finalizing. A worker that never booted keeps its exit code:
    the master reads 3 (boot error) or 4 (app load error) to stop instead of respawning.
    """
    if not getattr(worker, "booted", False):
        return
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def configure_logging() -> None:
    """Send the app's log records (errors with tracebacks) to stderr like gunicorn's own."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.INFO)


class AtlasServer(BaseApplication):
    """gunicorn's embedding API: options from :func:`gunicorn_options`, the app from
    ``load_app`` (called once, in the master, because of ``preload_app``)."""

    def __init__(self, load_app: Callable[[], Any], options: dict[str, Any]) -> None:
        self.load_app = load_app
        self.options = options
        super().__init__(prog="python -m dashboard serve --prod")

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)
        extra = os.environ.get("GUNICORN_CMD_ARGS")
        if extra:
            parsed = self.cfg.parser().parse_args(shlex.split(extra))
            for name, value in vars(parsed).items():
                if value is not None and name != "args":
                    self.cfg.set(name.lower(), value)

    def load(self) -> Any:
        configure_logging()
        return self.load_app()


def serve_production(settings: Settings, load_app: Callable[[], Any]) -> int:
    """Run gunicorn until it is stopped (SIGTERM/SIGINT: graceful shutdown)."""
    AtlasServer(load_app, gunicorn_options(settings)).run()
    return 0
