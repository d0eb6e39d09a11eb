"""A build folder served over HTTP on 127.0.0.1, in a thread: what a browser needs to
measure a static site that has no server of its own.

Files go out as a plain static server sends them (Content-Type, Content-Length and
Last-Modified, no compression, no Cache-Control): the same for the build before and
after a change, so only the files differ.

>>> import tempfile, pathlib, urllib.request
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "index.html").write_text("<h1>hi</h1>")
>>> with serve_folder(root) as base:
...     urllib.request.urlopen(base + "/index.html").read()
b'<h1>hi</h1>'
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from perfagent.tools.errors import InputError


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:
        pass


@contextlib.contextmanager
def serve_folder(folder: str | Path) -> Iterator[str]:
    """Serve ``folder`` on an ephemeral loopback port; yields the base URL (no trailing /)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"cannot serve {root}: it is not a folder")
    handler = functools.partial(_Quiet, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
