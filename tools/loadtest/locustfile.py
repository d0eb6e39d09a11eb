"""Render a load plan as a standalone, readable locustfile.

The child process runs exactly this source (so the file users get is the load we
measured); users run it with ``locust -f locustfile.py``. String values are
written with ``repr`` so nothing in a spec can inject code.

>>> from perfagent.tools.loadtest.plan import LoadPlan
>>> plan = LoadPlan(host="http://127.0.0.1:8000",
...                 endpoints=[{"path": "/items?q=1", "weight": 3, "budget": {"p95_ms": 200}},
...                            {"path": "/orders", "method": "post", "body": '{"id": 1}',
...                             "headers": {"content-type": "application/json"}}])
>>> source = render_locustfile(plan)
>>> compile(source, "locustfile.py", "exec") and None
>>> print(source[source.index("    @task(3)"):])  # doctest: +ELLIPSIS
    @task(3)
    def get_items_q_1(self):
        # budget: p95 200 ms
        self.client.request(
            'GET',
            '/items?q=1',
            name='GET /items?q=1',
            allow_redirects=False,
        )
<BLANKLINE>
    @task(1)
    def post_orders(self):
        self.client.request(
            'POST',
            '/orders',
            name='POST /orders',
            headers={'content-type': 'application/json'},
            data='{"id": 1}',
            allow_redirects=False,
        )
"""

from __future__ import annotations

import re

from perfagent.tools.loadtest.auth import header_variables
from perfagent.tools.loadtest.auth import variables as auth_variables
from perfagent.tools.loadtest.login_source import login_source
from perfagent.tools.loadtest.plan import Endpoint, LoadPlan, stages

USER_CLASS = "ServiceUser"
_ENV_IMPORTS = ["import os", "import re", ""]  # (a login's helpers import both already)
_ENV_HEADERS = [
    "",
    "",
    "def env_headers(headers):",
    '    """The headers with each ${VAR} read from the environment when the request is sent."""',
    "    return {",
    "        name: re.sub(r'\\$\\{(\\w+)\\}', lambda m: os.environ[m.group(1)], value)",
    "        for name, value in headers.items()",
    "    }",
]
SHAPE_CLASS = "PlanShape"


def _identifier(endpoint: Endpoint, taken: set[str]) -> str:
    base = re.sub(r"\W+", "_", f"{endpoint.method} {endpoint.path}").strip("_").lower() or "request"
    if base[0].isdigit():
        base = "r_" + base
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def _task(endpoint: Endpoint, taken: set[str], *, logged_in: bool = False) -> list[str]:
    lines = [f"    @task({endpoint.weight})", f"    def {_identifier(endpoint, taken)}(self):"]
    budget = [
        f"{label} {value:g} ms"
        for label in ("p50", "p95", "p99")
        if (value := getattr(endpoint.budget, f"{label}_ms")) is not None
    ]
    if budget:
        lines.append(f"        # budget: {', '.join(budget)}")
    lines += [
        "        self.send(" if logged_in else "        self.client.request(",
        f"            {endpoint.method!r},",
        f"            {endpoint.path!r},",
        f"            name={endpoint.name!r},",
    ]
    if endpoint.headers and header_variables([endpoint]):  # ${VAR}: read when sent
        lines.append(f"            headers=env_headers({endpoint.headers!r}),")
    elif endpoint.headers:
        lines.append(f"            headers={endpoint.headers!r},")
    if endpoint.body is not None:
        lines.append(f"            data={endpoint.body!r},")
    lines += ["        )"] if logged_in else ["            allow_redirects=False,", "        )"]
    return lines


def _wait_time(plan: LoadPlan) -> str:
    if plan.arrival_rps:  # open loop: each user paced to its share of the arrival rate
        return f"constant_throughput({plan.arrival_rps / max(s.users for s in stages(plan))!r})"
    if plan.wait_max_s == plan.wait_min_s:
        return f"constant({plan.wait_min_s!r})"
    return f"between({plan.wait_min_s!r}, {plan.wait_max_s!r})"


def _shape(plan: LoadPlan) -> list[str]:
    table = ",\n".join(
        f"        ({s.users}, {s.spawn_rate!r}, {s.duration_s!r})" for s in stages(plan)
    )
    return [
        "",
        "",
        f"class {SHAPE_CLASS}(LoadTestShape):",
        f'    """The {plan.shape.kind} shape: (users, spawn rate, seconds) per stage."""',
        "",
        "    stages = [",
        table + ",",
        "    ]",
        "",
        "    def tick(self):",
        "        elapsed = self.get_run_time()",
        "        for users, spawn_rate, seconds in self.stages:",
        "            if elapsed < seconds:",
        "                return users, spawn_rate",
        "            elapsed -= seconds",
        "        return None",
    ]


def render_locustfile(plan: LoadPlan, *, with_shape: bool | None = None) -> str:
    """Python source of a locustfile for ``plan``.

    ``with_shape`` adds a ``LoadTestShape`` class for the plan's stages (then
    ``-u``/``-r`` are ignored by Locust); by default only stress and spike get one.
    """
    if with_shape is None:
        with_shape = plan.shape.kind in ("stress", "spike")
    imports = (
        "FastHttpUser, LoadTestShape, between, constant, task"
        if with_shape
        else ("FastHttpUser, between, constant, task")
    )
    if plan.arrival_rps:
        imports = imports.replace("constant, task", "constant, constant_throughput, task")
    peak = max(s.users for s in stages(plan))
    auth_lines = login_source(plan.auth) if plan.auth else None
    secrets = auth_variables(plan.auth) | header_variables(plan.endpoints)
    if secrets:
        variables = " ".join(f"{name}=..." for name in sorted(secrets))
        run_hint = [f"with the secrets in the environment ({variables}):"]
    else:
        run_hint = ["Run it headless with:"]
    lines = [
        f'"""Load test of {plan.host}: {plan.shape.kind}, generated by perfagent.',
        "",
        *run_hint,
        (
            f"    locust -f locustfile.py --headless -u {peak} -r {plan.spawn_rate:g} "
            f"-t {plan.total_duration_s:g}s --host {plan.host}"
        ),
        '"""',
        "",
        *(auth_lines.imports if auth_lines else []),
        *(_ENV_IMPORTS if header_variables(plan.endpoints) and not auth_lines else []),
        f"from locust import {imports}",
        *(auth_lines.helpers if auth_lines else []),
        *(_ENV_HEADERS if header_variables(plan.endpoints) else []),
        "",
        "",
        f"class {USER_CLASS}(FastHttpUser):",
        f"    host = {plan.host!r}",
        f"    wait_time = {_wait_time(plan)}",
        f"    network_timeout = {plan.request_timeout_s!r}",
        f"    connection_timeout = {plan.request_timeout_s!r}",
        "    max_redirects = 0  # a redirect must not carry the load to another host",
    ]
    if auth_lines:
        lines += auth_lines.methods
    taken: set[str] = set()
    for endpoint in plan.endpoints:
        lines.append("")
        lines += _task(endpoint, taken, logged_in=plan.auth is not None)
    if with_shape:
        lines += _shape(plan)
    return "\n".join(lines) + "\n"


__all__ = ["SHAPE_CLASS", "USER_CLASS", "render_locustfile"]
