"""Autoscaling advice from synthetic load results, and the HPA manifest checked against the
``autoscaling/v2`` schema (transcribed from kubernetes/api autoscaling/v2/types.go, since no
OpenAPI document is installed and kubectl validates only against a live API server)."""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any, Literal

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from perfagent.agent.capacity import ScalingPlan, hpa_manifest, plan_scaling, render
from perfagent.agent.spec import ScalingSection, TargetSection, TargetSpec
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.results import (
    LatencySummary,
    LoadResult,
    ServerUsage,
    StepResult,
    StressReport,
)
from perfagent.tools.spec.budgets import Budgets

# --- synthetic engagement ------------------------------------------------------------------


def result(
    kind: str,
    *,
    rps: float,
    cpu_pct: float | None = None,
    cpu_max: float | None = None,
    error_rate: float = 0.0,
    stress: StressReport | None = None,
    rss: int | None = None,
) -> LoadResult:
    server = (
        ServerUsage(
            pid=1,
            samples=10,
            cpu_pct_mean=cpu_pct,
            cpu_pct_max=cpu_max or cpu_pct,
            peak_rss_bytes=rss,
        )
        if cpu_pct is not None
        else None
    )
    requests = round(rps * 10)
    aggregate = LatencySummary(
        name="Aggregated",
        requests=requests,
        failures=round(requests * error_rate),
        error_rate=error_rate,
        rps=rps,
        p95_ms=40.0,
    )
    return LoadResult(
        kind=kind,
        host="http://127.0.0.1:8000",
        started_wall=0.0,
        duration_s=10.0,
        aggregate=aggregate,
        endpoints=[aggregate],
        history=[],
        server=server,
        stress=stress,
    )


def stress_report(*, last_good_rps: float | None = 120.0, broke: bool = True) -> StressReport:
    shape = [(10, 60.0), (20, 120.0)]
    steps = [
        StepResult(
            index=i,
            users=u,
            start_s=i * 10.0,
            duration_s=10.0,
            rps=r,
            ok_rps=r,
            error_rate=0.0,
            p95_ms=50.0,
        )
        for i, (u, r) in enumerate(shape)
    ]
    return StressReport(
        steps=steps,
        last_good_users=20 if last_good_rps else None,
        last_good_rps=last_good_rps,
        breaking_users=30 if broke else None,
        breaking_rps=125.0 if broke else None,
    )


def engagement(
    load: dict[str, LoadResult],
    *,
    startup_s: float | None = 2.0,
    cpu_avg: str | None = None,
    name: str = "shop",
    **scaling: Any,
) -> EngagementState:
    budgets = Budgets.model_validate({"infrastructure": {"cpu_avg": cpu_avg}} if cpu_avg else {})
    spec = TargetSpec(
        root="/srv/shop",
        source="/srv/shop/perfagent.toml",
        target=TargetSection(name=name),
        benchmarks=[],
        load=None,
        database=None,
        frontend=None,
        budgets=budgets,
        scaling=ScalingSection(**scaling),
    )
    return EngagementState(
        run_id="r1", spec=spec, phase="transition", load=load, service_startup_s=startup_s
    )


def stressed(**kw: Any) -> EngagementState:
    load = {
        "baseline": result("baseline", rps=100, cpu_pct=50, rss=80 * 2**20),
        "stress": result("stress", rps=110, stress=stress_report()),
    }
    return engagement(load, **{"peak_rps": 300, **kw})


# --- the numbers -------------------------------------------------------------------------


def test_stress_capacity_sizes_the_peak_with_headroom():
    plan = plan_scaling(stressed())
    assert plan.capacity.source == "stress" and plan.capacity.rps_per_replica == 120
    assert not plan.capacity.lower_bound
    assert plan.replicas_for_peak == math.ceil(300 * 1.3 / 120) == 4
    assert plan.target_cpu_pct == 60 and "default" in plan.target_source
    assert plan.rps_threshold_per_replica == pytest.approx(72.0)  # 120 x 60%
    assert plan.hpa_replicas_at_peak == 5  # ceil(300 / 72)
    assert (plan.min_replicas, plan.max_replicas) == (2, 5)
    assert plan.capacity.cpu_s_per_request == pytest.approx(0.005)  # 50% of a core / 100 req/s
    assert plan.deployment == "shop" and plan.cpu_request_millicores == 1000
    assert plan.warnings == []
    text = " ".join(plan.reasoning)
    for quoted in (
        "120.0 req/s",
        "390 req/s",
        "is 4 replicas",
        "72.0 req/s per replica",
        "5.00 ms of CPU per request",
        "2.0 s from process start",
        "80.0 MiB",
    ):
        assert quoted in text, quoted


def test_the_budgets_cpu_avg_is_the_scale_out_target():
    plan = plan_scaling(stressed(cpu_avg="50%"))
    assert plan.target_cpu_pct == 50 and "cpu_avg" in plan.target_source
    assert plan.rps_threshold_per_replica == pytest.approx(60.0)
    assert plan.cold_start.trigger_pct == pytest.approx(55.0)


def test_without_stress_capacity_comes_from_cpu_at_the_target():
    state = engagement({"baseline": result("baseline", rps=100, cpu_pct=50)}, cpu_per_replica=0.5)
    plan = plan_scaling(state)
    c = plan.capacity
    assert c.source == "cpu" and "no stress test ran" in c.why
    assert c.rps_per_core == pytest.approx(200.0)  # 100 req/s / 0.5 core
    assert c.rps_per_replica == pytest.approx(60.0)  # 200 x 0.5 core x 60%
    assert plan.peak_rps == pytest.approx(300.0) and "3x the baseline" in plan.peak_source
    assert plan.replicas_for_peak == 7  # ceil(390 / 60)
    # the CPU estimate is already at the target: the rate threshold is not discounted twice
    assert plan.rps_threshold_per_replica == pytest.approx(60.0)
    assert plan.max_replicas == 7 and plan.cpu_request_millicores == 500


def test_a_stress_test_without_a_good_step_falls_back_to_cpu():
    load = {
        "baseline": result("baseline", rps=100, cpu_pct=50),
        "stress": result("stress", rps=90, stress=stress_report(last_good_rps=None)),
    }
    plan = plan_scaling(engagement(load, peak_rps=300))
    assert plan.capacity.source == "cpu"
    assert "no step within the limits" in plan.capacity.why


def test_a_stress_test_that_never_broke_is_a_lower_bound():
    load = {
        "baseline": result("baseline", rps=100, cpu_pct=50),
        "stress": result("stress", rps=110, stress=stress_report(broke=False)),
    }
    plan = plan_scaling(engagement(load, peak_rps=300))
    assert plan.capacity.source == "stress" and plan.capacity.lower_bound
    assert "never broke" in plan.capacity.why


def test_without_cpu_or_stress_the_measured_rate_is_a_lower_bound():
    plan = plan_scaling(engagement({"baseline": result("baseline", rps=40)}))
    assert plan.capacity.source == "baseline" and plan.capacity.lower_bound
    assert plan.replicas_for_peak == math.ceil(120 * 1.3 / 40) == 4


def test_a_max_replicas_below_the_need_is_kept_and_warned():
    plan = plan_scaling(stressed(max_replicas=3))
    assert plan.max_replicas == 3 and plan.replicas_for_peak == 4
    (warning,) = plan.warnings
    assert "max_replicas 3 is below the 4 replicas" in warning and "100.0 req/s" in warning
    assert "expect errors" not in warning  # 100 req/s per replica is still under 120
    severe = plan_scaling(stressed(max_replicas=2)).warnings[0]
    assert "150.0 req/s" in severe and "expect errors" in severe


def test_a_max_below_min_lowers_min_so_the_hpa_stays_valid():
    plan = plan_scaling(stressed(max_replicas=1, min_replicas=2))
    assert (plan.min_replicas, plan.max_replicas) == (1, 1)
    assert any("lowered to 1" in w for w in plan.warnings)


def test_cold_start_sets_the_reaction_time_and_warns_when_slow():
    plan = plan_scaling(stressed(startup_s=45.0))
    assert plan.cold_start.reaction_s == pytest.approx(75.0)  # 15 s metrics + 15 s sync + 45 s
    assert plan.cold_start.absorbable_growth_pct == pytest.approx((100 / 66 - 1) * 100)
    assert any("cold start of 45 s is slow" in w for w in plan.warnings)
    unmeasured = plan_scaling(stressed(startup_s=None))
    assert unmeasured.cold_start.reaction_s == pytest.approx(30.0)
    assert any("cold start was not measured" in line for line in unmeasured.reasoning)


def test_measurement_warnings():
    hot = {
        "baseline": result("baseline", rps=100, cpu_pct=50),
        "stress": result("stress", rps=110, cpu_pct=300, cpu_max=350, stress=stress_report()),
    }
    assert any("cpu_per_replica = 3.5" in w for w in plan_scaling(engagement(hot)).warnings)
    idle = {"baseline": result("baseline", rps=100, cpu_pct=4, error_rate=0.05)}
    warnings = " ".join(plan_scaling(engagement(idle)).warnings)
    assert "only 4.0% of a core" in warnings and "failed 5.0% of requests" in warnings


def test_the_deployment_name_is_a_kubernetes_name():
    assert plan_scaling(stressed(name="My_Shop.API")).deployment == "my-shop-api"
    assert plan_scaling(stressed(deployment="web")).deployment == "web"


def test_nothing_without_a_load_result(tmp_path: Path):
    state = engagement({}, peak_rps=300)
    assert plan_scaling(state) is None
    assert render(state, tmp_path / "6-monitoring") == {}
    assert not (tmp_path / "6-monitoring").exists()


def test_a_load_result_without_a_rate_says_why(tmp_path: Path):
    rendered = render(engagement({"baseline": result("baseline", rps=0)}), tmp_path)
    assert list(rendered) == [str(tmp_path / "autoscaling.md")]
    assert "Nothing to advise" in (tmp_path / "autoscaling.md").read_text()


def test_render_writes_the_page_the_manifest_and_the_record(tmp_path: Path):
    state = stressed()
    rendered = render(state, tmp_path)
    assert sorted(Path(p).name for p in rendered) == ["autoscaling.md", "hpa.yaml", "scaling.json"]
    plan = ScalingPlan.model_validate_json((tmp_path / "scaling.json").read_text())
    assert plan == plan_scaling(state)
    assert yaml.safe_load((tmp_path / "hpa.yaml").read_text()) == yaml.safe_load(hpa_manifest(plan))
    page = (tmp_path / "autoscaling.md").read_text()
    assert "| replicas for the peak | 4 |" in page and "requests.cpu: 1000m" in page
    blocks = re.findall(r"```yaml\n(.*?)```", page, re.DOTALL)
    assert yaml.safe_load(blocks[0])["spec"]["metrics"][1]["type"] == "Pods"
    assert yaml.safe_load(blocks[1])["rules"][0]["name"]["as"] == "${1}_per_second"


# --- the manifest against autoscaling/v2 ------------------------------------------------

_QUANTITY = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_QUALIFIED = re.compile(r"^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$")


class _K8s(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def _quantity(value: str | int | None) -> str | int | None:
    if isinstance(value, str) and not _QUANTITY.match(value):
        raise ValueError(f"{value!r} is not a Kubernetes quantity")
    return value


class ObjectMeta(_K8s):
    name: str = Field(max_length=253, pattern=_DNS_SUBDOMAIN.pattern)
    namespace: str | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)

    @field_validator("labels", "annotations")
    @classmethod
    def _keys(cls, value: dict[str, str]) -> dict[str, str]:
        bad = [k for k in value if not _QUALIFIED.match(k)]
        if bad:
            raise ValueError(f"invalid keys {bad}")
        return value


class CrossVersionObjectReference(_K8s):
    kind: str
    name: str
    apiVersion: str | None = None


class MetricTarget(_K8s):
    type: Literal["Utilization", "Value", "AverageValue"]
    value: str | int | None = None
    averageValue: str | int | None = None
    averageUtilization: int | None = None

    _q = field_validator("value", "averageValue")(_quantity)

    @model_validator(mode="after")
    def _matching(self) -> MetricTarget:
        field = {
            "Utilization": "averageUtilization",
            "Value": "value",
            "AverageValue": "averageValue",
        }[self.type]
        if getattr(self, field) is None:
            raise ValueError(f"target type {self.type} needs {field}")
        return self


class MetricIdentifier(_K8s):
    name: str
    selector: dict | None = None


class ResourceMetricSource(_K8s):
    name: str
    target: MetricTarget


class PodsMetricSource(_K8s):
    metric: MetricIdentifier
    target: MetricTarget


class MetricSpec(_K8s):
    type: Literal["ContainerResource", "External", "Object", "Pods", "Resource"]
    resource: ResourceMetricSource | None = None
    pods: PodsMetricSource | None = None
    object: dict | None = None
    containerResource: dict | None = None
    external: dict | None = None

    @model_validator(mode="after")
    def _one_source(self) -> MetricSpec:
        member = self.type[0].lower() + self.type[1:]
        present = [
            f
            for f in ("resource", "pods", "object", "containerResource", "external")
            if getattr(self, f) is not None
        ]
        if present != [member]:
            raise ValueError(f"type {self.type} needs exactly .{member}, got {present}")
        if self.type != "Resource" and self.pods and self.pods.target.type == "Utilization":
            raise ValueError("Utilization targets are for resource metrics only")
        return self


class HPAScalingPolicy(_K8s):
    type: Literal["Pods", "Percent"]
    value: int = Field(gt=0)
    periodSeconds: int = Field(gt=0, le=1800)


class HPAScalingRules(_K8s):
    stabilizationWindowSeconds: int | None = Field(None, ge=0, le=3600)
    selectPolicy: Literal["Max", "Min", "Disabled"] | None = None
    policies: list[HPAScalingPolicy] | None = None
    tolerance: str | int | None = None

    _q = field_validator("tolerance")(_quantity)


class HorizontalPodAutoscalerBehavior(_K8s):
    scaleUp: HPAScalingRules | None = None
    scaleDown: HPAScalingRules | None = None


class HorizontalPodAutoscalerSpec(_K8s):
    scaleTargetRef: CrossVersionObjectReference
    minReplicas: int | None = Field(None, ge=1)
    maxReplicas: int = Field(ge=1)
    metrics: list[MetricSpec] | None = None
    behavior: HorizontalPodAutoscalerBehavior | None = None

    @model_validator(mode="after")
    def _bounds(self) -> HorizontalPodAutoscalerSpec:
        if (self.minReplicas or 1) > self.maxReplicas:
            raise ValueError("maxReplicas cannot be less than minReplicas")
        return self


class HorizontalPodAutoscaler(_K8s):
    apiVersion: Literal["autoscaling/v2"]
    kind: Literal["HorizontalPodAutoscaler"]
    metadata: ObjectMeta
    spec: HorizontalPodAutoscalerSpec


@pytest.mark.parametrize("requests_metric", [False, True])
def test_the_manifest_is_a_valid_autoscaling_v2_hpa(requests_metric: bool):
    plan = plan_scaling(stressed())
    text = hpa_manifest(plan, requests_metric=requests_metric)
    data = yaml.safe_load(text)
    assert yaml.safe_load(yaml.safe_dump(data)) == data
    hpa = HorizontalPodAutoscaler.model_validate(data)
    spec = hpa.spec
    assert hpa.metadata.name == "shop"
    assert (spec.scaleTargetRef.apiVersion, spec.scaleTargetRef.kind, spec.scaleTargetRef.name) == (
        "apps/v1",
        "Deployment",
        "shop",
    )
    assert (spec.minReplicas, spec.maxReplicas) == (2, 5)
    cpu = spec.metrics[0]
    assert (cpu.type, cpu.resource.name) == ("Resource", "cpu")
    assert cpu.resource.target.type == "Utilization"
    assert cpu.resource.target.averageUtilization == 60
    assert spec.behavior.scaleUp.stabilizationWindowSeconds == 0
    doubling = HPAScalingPolicy(type="Percent", value=100, periodSeconds=15)
    assert doubling in spec.behavior.scaleUp.policies
    assert spec.behavior.scaleDown.stabilizationWindowSeconds == 300
    if requests_metric:
        pods = spec.metrics[1].pods
        assert pods.metric.name == "http_requests_per_second"
        assert (pods.target.type, pods.target.averageValue) == ("AverageValue", "72")
    else:
        assert len(spec.metrics) == 1


def test_a_fractional_rate_threshold_is_a_milli_quantity():
    plan = plan_scaling(stressed(cpu_avg="55%"))  # 120 x 55% = 66.0
    plan = plan.model_copy(update={"rps_threshold_per_replica": 66.25})
    data = yaml.safe_load(hpa_manifest(plan, requests_metric=True))
    assert data["spec"]["metrics"][1]["pods"]["target"]["averageValue"] == "66250m"
    HorizontalPodAutoscaler.model_validate(data)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["spec"]["metrics"][0]["resource"]["target"].update(averageUtilization=60.5),
        lambda d: d["spec"].update(minReplicas=9),
        lambda d: d["spec"]["behavior"]["scaleUp"].update(stabilisationWindowSeconds=0),
        lambda d: d["spec"]["behavior"]["scaleDown"]["policies"][0].update(periodSeconds=3600),
        lambda d: d["metadata"].update(name="Shop_API"),
        lambda d: d["spec"]["metrics"][0].update(type="Pods"),
    ],
)
def test_the_schema_check_has_teeth(breakage):
    data = yaml.safe_load(hpa_manifest(plan_scaling(stressed())))
    breakage(data)
    with pytest.raises(ValidationError):
        HorizontalPodAutoscaler.model_validate(data)


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_kubectl_reads_the_manifest(tmp_path: Path):
    """Offline kubectl only parses (schema validation needs an API server): it must read the
    file as one autoscaling/v2 HorizontalPodAutoscaler with our fields intact."""
    render(stressed(), tmp_path)
    kubeconfig = tmp_path / "kubeconfig"  # an empty config: kubectl must not reach any cluster
    kubeconfig.write_text("apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n")
    argv = [
        shutil.which("kubectl"),
        "label",
        "--local",
        "-f",
        str(tmp_path / "hpa.yaml"),
        "checked=yes",
        "-o",
        "json",
    ]
    env = {"KUBECONFIG": str(kubeconfig), "HOME": str(tmp_path)}  # no cache in the real home
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env, check=False)
    assert done.returncode == 0, done.stderr
    obj = json.loads(done.stdout)
    assert (obj["apiVersion"], obj["kind"]) == ("autoscaling/v2", "HorizontalPodAutoscaler")
    assert obj["spec"]["maxReplicas"] == 5 and obj["metadata"]["labels"] == {"checked": "yes"}
