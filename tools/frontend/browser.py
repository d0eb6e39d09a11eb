"""The one seam to a real browser: the system's headless Chromium, driven over the
DevTools protocol by Playwright (never a browser Playwright downloads).

The flags keep a root-run Chromium on a closed network from stalling on Google hosts
(sync, component updates, field trials over QUIC) and send every host name but the
loopback ones to NOTFOUND, so a page that references a CDN fails fast instead of
hanging. Each launch gets a fresh profile; each run of a page a fresh context, so
caches never leak between runs.

Throttling, as Lighthouse's "devtools" method applies it (``THROTTLING``): the mobile
profile is slow 4G (562.5 ms RTT, 1.47 Mbit/s down, 675 kbit/s up) with the CPU slowed
4x; ``none`` measures the machine as it is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from typing import Literal

from perfagent.tools.errors import ServiceError, ToolMissingError

Throttle = Literal["none", "mobile"]
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]",
)
# Lighthouse's devtools throttling for its mobile preset (lighthouse-core/config/constants.js)
THROTTLING = {
    "mobile": {
        "latency_ms": 562.5,
        "down_bps": 1474.56 * 1024 / 8,
        "up_bps": 675 * 1024 / 8,
        "cpu_rate": 4.0,
    },
}


def chromium_path() -> str:
    """The Chromium to drive: ``PERFAGENT_CHROMIUM``, else the system's package."""
    wanted = os.environ.get("PERFAGENT_CHROMIUM")
    if wanted:
        if not (os.path.isfile(wanted) and os.access(wanted, os.X_OK)):
            raise ToolMissingError(f"PERFAGENT_CHROMIUM={wanted} is not an executable file")
        return wanted
    for path in (*CANDIDATES, shutil.which("chromium") or ""):
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise ToolMissingError(
        "Chromium is not installed (Debian package `chromium`: "
        "apt-get install chromium, or `make sysdeps`)"
    )


@contextlib.contextmanager
def launch(*, timeout_s: float = 30.0) -> Iterator[object]:
    """A headless Chromium (a Playwright ``Browser``), closed on exit."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:  # pragma: no cover - a dependency of perfagent
        raise ToolMissingError(
            "the Python package playwright is not installed "
            "(pip install playwright; no browser download is needed)"
        ) from None
    executable = chromium_path()
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(
                executable_path=executable, args=list(FLAGS), timeout=timeout_s * 1000
            )
        except Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ServiceError(f"Chromium at {executable} did not start: {first}") from None
        try:
            yield browser
        finally:
            browser.close()


def throttle(page, profile: Throttle) -> None:
    """Apply a throttling profile to one page over its DevTools session."""
    if profile == "none":
        return
    t = THROTTLING[profile]
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": t["latency_ms"],
            "downloadThroughput": t["down_bps"],
            "uploadThroughput": t["up_bps"],
        },
    )
    session.send("Emulation.setCPUThrottlingRate", {"rate": t["cpu_rate"]})
