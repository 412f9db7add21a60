"""The deployment files in deploy/ agree with each other and with the daemon: the Kubernetes
manifests validate against the Kubernetes 1.30 schemas (strict), Compose and Kubernetes carry
the same figment.toml, which the daemon accepts, and both fill every variable of the nginx
template that the scale-out tests run."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

from figment.config import load_settings
from figment.server import LIVENESS

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _docs(name: str) -> dict[str, dict]:
    docs = yaml.safe_load_all((DEPLOY / "k8s" / name).read_text())
    return {f"{d['kind']}/{d['metadata']['name']}": d for d in docs}


def test_the_manifests_validate_against_kubernetes_schemas():
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            kubernetes_validate.validate(doc, "1.30.0", strict=True)


def test_compose_and_kubernetes_run_the_same_settings(tmp_path):
    config = (DEPLOY / "figment.toml").read_text()
    k8s = _docs("figment.yaml")
    assert tomllib.loads(k8s["ConfigMap/figment"]["data"]["figment.toml"]) == tomllib.loads(config)
    (tmp_path / "figment.toml").write_text(config)
    settings = load_settings(tmp_path / "figment.toml")
    assert settings.rooms.startswith("redis://") and settings.assets == settings.rooms
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert (
        "./figment.toml:/etc/figment/figment.toml:ro" in compose["services"]["figment"]["volumes"]
    )
    assert "--appendonly" in compose["services"]["redis"]["command"]
    pod = k8s["Deployment/figment"]["spec"]["template"]["spec"]["containers"][0]
    assert pod["readinessProbe"]["grpc"]["port"] == settings.grpc_port
    assert pod["startupProbe"]["grpc"]["port"] == settings.grpc_port
    assert pod["livenessProbe"]["grpc"] == {"port": settings.grpc_port, "service": LIVENESS}
    assert {p["containerPort"] for p in pod["ports"]} == {settings.grpc_port, settings.http_port}
    assert pod["resources"]["requests"] and pod["resources"]["limits"]
    hpa = k8s["HorizontalPodAutoscaler/figment"]["spec"]
    assert hpa["scaleTargetRef"]["name"] == "figment"
    assert hpa["metrics"][0]["resource"]["name"] == "cpu"
    assert (
        "--appendonly"
        in _docs("redis.yaml")["StatefulSet/redis"]["spec"]["template"]["spec"]["containers"][0][
            "args"
        ]
    )


def test_both_fill_every_variable_of_the_nginx_template():
    wanted = set(re.findall(r"\$\{(FIGMENT_\w+)\}", (DEPLOY / "nginx.conf.template").read_text()))
    assert wanted == {
        "FIGMENT_GRPC_SERVERS", "FIGMENT_HTTP_SERVERS", "FIGMENT_GRPC_LISTEN", "FIGMENT_HTTP_LISTEN"
    }  # fmt: skip
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert set(compose["services"]["nginx"]["environment"]) == wanted
    assert set(_docs("nginx.yaml")["ConfigMap/figment-nginx"]["data"]) == wanted
