"""A small HTTP server the load tests start as a real subprocess (standard library only).

    python tests/loadtest/server_app.py --port P [--capacity K --service-ms S --leak-kb N]

/ok answers at once; /limited serves at most K requests at a time, each taking
S ms, and answers 503 when full (so the breaking point is K+1 users); /leak keeps
N KiB per request forever; /healthz is the ready check. /__stats returns how many
requests each path got (neither it nor /healthz is counted).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COUNTS: dict[str, int] = {}
LOCK = threading.Lock()
LEAKED: list[bytes] = []


def make_handler(capacity: int, service_s: float, leak_bytes: int):
    slots = threading.BoundedSemaphore(capacity)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like a real server
        disable_nagle_algorithm = True  # headers and body go out as two writes

        def log_message(self, *args):
            pass

        def _send(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            path = self.path.split("?")[0]
            if path == "/__stats":
                with LOCK:
                    body = json.dumps(COUNTS).encode()
                return self._send(200, body, "application/json")
            if path == "/healthz":
                return self._send(200, b"ok")
            with LOCK:
                COUNTS[path] = COUNTS.get(path, 0) + 1
            if path == "/ok":
                return self._send(200, b"ok")
            if path == "/limited":
                if not slots.acquire(blocking=False):
                    return self._send(503, b"busy")
                try:
                    time.sleep(service_s)
                finally:
                    slots.release()  # before answering, so a user's next request finds it free
                return self._send(200, b"done")
            if path == "/leak":
                LEAKED.append(b"x" * leak_bytes)
                return self._send(200, b"kept")
            if path == "/redirect":  # to ?to=URL, which a load test must not follow
                target = self.path.split("?to=", 1)[1] if "?to=" in self.path else "/ok"
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if path == "/clean":
                scratch = b"x" * leak_bytes  # same work as /leak, nothing kept
                return self._send(200, b"freed" if scratch else b"")
            return self._send(404, b"no such path")

        do_POST = do_GET

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--capacity", type=int, default=4)
    parser.add_argument("--service-ms", type=float, default=50.0)
    parser.add_argument("--leak-kb", type=int, default=64)
    args = parser.parse_args()
    server = ThreadingHTTPServer(
        (args.bind, args.port),
        make_handler(args.capacity, args.service_ms / 1000, args.leak_kb * 1024),
    )
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
