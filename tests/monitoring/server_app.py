"""A tiny real HTTP server for the monitor check (standard library only).

    python tests/monitoring/server_app.py [--slow-ms 250]

Prints the port it listens on (127.0.0.1, chosen by the OS) as its first line.
/fast answers at once, /slow after --slow-ms, /error with 500, /healthz is the
ready check, and /__count says how many requests (other than /__count) arrived.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COUNT = [0]
LOCK = threading.Lock()


def make_handler(slow_s: float):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = (
            True  # headers and body go out as two writes: no delayed-ACK stall
        )

        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?", 1)[0]
            if path != "/__count":
                with LOCK:
                    COUNT[0] += 1
            status, body = 200, b"ok"
            if path == "/slow":
                time.sleep(slow_s)
            elif path == "/error":
                status, body = 500, b"boom"
            elif path == "/__count":
                body = str(COUNT[0]).encode()
            elif path not in ("/fast", "/healthz"):
                status, body = 404, b"not found"
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slow-ms", type=float, default=250.0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(args.slow_ms / 1000))
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    sys.stdout.close()
    server.serve_forever()


if __name__ == "__main__":
    main()
