"""deploy/kubernetes/: every manifest valid against the Kubernetes schemas (kubernetes-validate, offline), and
the pieces fit together as the bot needs them (probes, migration Job, Secret, ConfigMaps, PDB, Ingress)."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from tests.deploy.test_image import DOCKERFILE, final_stage, instructions

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "kubernetes"
#: The oldest Kubernetes release still commonly run by managed services, and the newest the schemas know.
VERSIONS = ("1.30.0", kubernetes_validate.latest_version())


def _documents() -> dict[tuple[str, str], dict]:
    docs: dict[tuple[str, str], dict] = {}
    for path in sorted(K8S.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                docs[(doc["kind"], doc["metadata"]["name"])] = doc
    return docs


@pytest.fixture(scope="module")
def docs():
    return _documents()


@pytest.fixture(scope="module")
def kustomization():
    return yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))


def _pod(doc: dict) -> dict:
    return doc["spec"]["template"]["spec"]


def _env(container: dict) -> dict[str, str]:
    return {e["name"]: e.get("value") for e in container.get("env", [])}


@pytest.mark.parametrize("version", VERSIONS)
def test_every_manifest_validates_against_the_kubernetes_schemas(docs, version):
    for doc in docs.values():
        kubernetes_validate.validate(doc, version, strict=True)  # raises with the field at fault


def test_the_validation_is_real(docs):
    broken = copy.deepcopy(docs[("Deployment", "leakbot")])
    broken["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, VERSIONS[-1], strict=True)
    typo = copy.deepcopy(docs[("Deployment", "leakbot")])
    typo["spec"]["template"]["spec"]["containers"][0]["readynessProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(typo, VERSIONS[-1], strict=True)


def test_kustomization_lists_every_manifest(kustomization):
    files = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == files
    assert kustomization["namespace"] == "leakbot"
    assert [i["name"] for i in kustomization["images"]] == ["leakbot"]


def test_two_replicas_with_liveness_and_readiness_on_the_http_port(docs):
    deployment = docs[("Deployment", "leakbot")]
    assert deployment["spec"]["replicas"] == 2
    (container,) = _pod(deployment)["containers"]
    assert container["image"] == "leakbot"
    args = container["args"]
    assert args[:2] == ["run", "--http"]
    port = int(args[args.index("--port") + 1])
    assert [p["containerPort"] for p in container["ports"] if p["name"] == "http"] == [port]
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0


def test_the_deployment_leaves_migrations_to_the_job(docs):
    deployment, job = docs[("Deployment", "leakbot")], docs[("Job", "leakbot-migrate")]
    (container,) = _pod(deployment)["containers"]
    assert _env(container)["LEAKBOT_MIGRATE_ON_START"] == "false"
    (migrate,) = _pod(job)["containers"]
    assert migrate["args"] == ["migrate", "upgrade"]
    assert migrate["image"] == container["image"]
    assert migrate["envFrom"] == container["envFrom"]  # same database, same settings
    assert _pod(job)["restartPolicy"] in ("Never", "OnFailure")


def test_pods_run_as_the_images_user_with_a_read_only_root(docs):
    users = [a for k, a in final_stage(instructions(DOCKERFILE.read_text(encoding="utf-8"))) if k == "USER"]
    uid = int(users[-1].split(":")[0])
    for key in (("Deployment", "leakbot"), ("Job", "leakbot-migrate")):
        pod = _pod(docs[key])
        assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] == uid
        assert pod["automountServiceAccountToken"] is False
        (container,) = pod["containers"]
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        assert container["securityContext"]["allowPrivilegeEscalation"] is False
        # caches must land on a writable volume
        tmp = {m["mountPath"] for m in container["volumeMounts"] if m["name"] == "tmp"}
        assert tmp == {"/tmp"}
        assert _env(container)["MPLCONFIGDIR"].startswith("/tmp/")


def test_every_referenced_object_exists(docs):
    names = set(docs)
    for key in (("Deployment", "leakbot"), ("Job", "leakbot-migrate")):
        pod = _pod(docs[key])
        assert ("ServiceAccount", pod["serviceAccountName"]) in names
        for source in pod["containers"][0]["envFrom"]:
            if "configMapRef" in source:
                assert ("ConfigMap", source["configMapRef"]["name"]) in names
            else:
                assert ("Secret", source["secretRef"]["name"]) in names
        for volume in pod.get("volumes", []):
            if "configMap" in volume:
                assert ("ConfigMap", volume["configMap"]["name"]) in names


def test_the_service_ingress_and_budget_select_the_bot_pods(docs):
    labels = docs[("Deployment", "leakbot")]["spec"]["template"]["metadata"]["labels"]
    service = docs[("Service", "leakbot")]
    assert service["spec"]["selector"].items() <= labels.items()
    budget = docs[("PodDisruptionBudget", "leakbot")]
    assert budget["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert 1 <= budget["spec"]["minAvailable"] < docs[("Deployment", "leakbot")]["spec"]["replicas"]
    ingress = docs[("Ingress", "leakbot")]
    (rule,) = ingress["spec"]["rules"]
    (path,) = rule["http"]["paths"]
    assert path["path"] == "/slack/events"  # only what Slack calls; probes and /metrics stay inside
    assert path["backend"]["service"]["name"] == "leakbot"
    assert path["backend"]["service"]["port"]["name"] in {p["name"] for p in service["spec"]["ports"]}
    assert rule["host"] in ingress["spec"]["tls"][0]["hosts"]


def test_the_secret_is_a_template_with_the_tokens_the_bot_needs(docs):
    secret = docs[("Secret", "leakbot-secrets")]["stringData"]
    assert {"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "DATABASE_URL"} <= set(secret)
    assert all("REPLACE-ME" in value for value in secret.values())


def test_the_configmaps_hold_what_leakbot_accepts(docs, tmp_path, monkeypatch):
    from bot.playbooks import load_playbooks
    from bot.settings import Settings
    from domain.directory import parse_directory

    (container,) = _pod(docs[("Deployment", "leakbot")])["containers"]
    env = _env(container)
    directory_mount = next(m for m in container["volumeMounts"] if m["name"] == "directory")
    assert directory_mount["mountPath"] == env["LEAKBOT_DIRECTORY"]
    directory = parse_directory(yaml.safe_load(docs[("ConfigMap", "leakbot-directory")]["data"][directory_mount["subPath"]]))
    assert directory.department("sales") is not None
    # the playbook folder holds the ConfigMap's keys as files: the shipped set plus these overrides must load
    playbooks = docs[("ConfigMap", "leakbot-playbooks")].get("data") or {}
    for name, text in playbooks.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert load_playbooks(tmp_path).playbooks
    # every non-secret setting is one leakbot documents, and the values are accepted
    settings = docs[("ConfigMap", "leakbot-settings")]["data"]
    documented = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name, value in settings.items():
        assert f"{name}=" in documented, name
        monkeypatch.setenv(name, value)
    for name in list(os.environ):
        if name.startswith("LEAKBOT_") and name not in settings:
            monkeypatch.delenv(name)
    Settings(_env_file=None)
