"""The parts without a load: the spec, the HAProxy configuration (checked by HAProxy
itself), the balancer's log, and one-sentence errors."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from perfagent.agent.spec import load_target
from perfagent.tools.disposability.balancer import Balancer, Slot, parse_log, render_config
from perfagent.tools.errors import InputError, ServiceError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("affinity", ["none", "cookie", "source"])
def test_the_generated_haproxy_configuration_is_one_haproxy_accepts(haproxy, tmp_path, affinity):
    config = tmp_path / "haproxy.cfg"
    config.write_text(
        render_config(
            port=18000,
            slots=[Slot(name="r1", port=18001), Slot(name="r2", port=18002, enabled=False)],
            ready_path="/healthz",
            affinity=affinity,
            socket_path=str(tmp_path / "admin.sock"),
        )
    )
    check = subprocess.run(
        [haproxy, "-c", "-q", "-f", str(config)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    assert "bind 127.0.0.1:18000" in config.read_text()  # loopback only


def test_a_port_taken_before_haproxy_binds_it(haproxy, tmp_path):
    """A port found free a moment ago can be taken on a busy machine (two test workers): a port
    the balancer chose is chosen again; a port the caller gave is one sentence saying why."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        balancer = Balancer([Slot(name="r1", port=1)], work_dir=tmp_path / "auto")
        balancer.port = port  # as if free_port() had returned it and then lost it
        with balancer:
            assert balancer.port != port
            with socket.create_connection(("127.0.0.1", balancer.port), timeout=5):
                pass
        given = Balancer([Slot(name="r1", port=1)], work_dir=tmp_path / "given", port=port)
        with pytest.raises(ServiceError, match="HAProxy exited with code 1 at start: .*bind"):
            given.start()
        given.stop()


def test_the_log_keeps_cut_and_retried_requests_apart():
    entries = parse_log(
        "1700000000100 r1 200 ---- 5 0 GET /a\n1700000000200 r2 502 SH-- 40 0 GET /a\n"
        "1700000000300 r1 200 ---- 7 +1 GET /a\n[WARNING] (1) : Server replicas/r2 is DOWN\n"
    )
    assert [e.server_abort for e in entries] == [False, True, False]
    assert [e.redispatched for e in entries] == [False, False, True]


def _spec(tmp_path: Path, text: str) -> Path:
    (tmp_path / "perfagent.toml").write_text(text)
    return tmp_path


def test_the_shop_spec_still_reads_with_its_web_archetype():
    spec = load_target(ROOT / "examples" / "shop")
    assert (
        spec.load.service.archetype == "web" and spec.processes == [] and spec.disposability is None
    )


def test_the_worker_example_declares_one_process_per_archetype():
    spec = load_target(ROOT / "examples" / "worker")
    assert [(p.name, p.archetype) for p in spec.processes] == [
        ("worker", "worker"),
        ("scheduler", "scheduler"),
        ("reindex", "admin"),
    ]
    assert spec.processes[0].queue.kind == "redis-list"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[process]]\nname = "w"\narchetype = "worker"\nstart = "python w.py"\n',
            "perfagent.toml: process[0]: a worker needs [process.queue]",
        ),
        (
            '[[process]]\nname = "w"\narchetype = "cron"\nstart = "x"\n',
            "perfagent.toml: process[0].archetype: Input should be 'web', 'worker', 'scheduler' "
            "or 'admin'",
        ),
        (
            '[service]\nstart = "x {port}"\narchetype = "worker"\n'
            '[[service.endpoint]]\npath = "/"\n',
            "[service] is the web process",
        ),
        (
            '[disposability]\nweb = ["chaos"]\n',
            "perfagent.toml: disposability.web[0]: Input should be",
        ),
        (
            '[disposability]\nprocesses = ["mailer"]\n',
            "disposability.processes: no [[process]] is named 'mailer'",
        ),
    ],
)
def test_a_bad_process_spec_is_one_sentence_naming_the_field(tmp_path, text, message):
    with pytest.raises(InputError) as caught:
        load_target(_spec(tmp_path, text))
    assert message in str(caught.value) and "\n" not in str(caught.value)
