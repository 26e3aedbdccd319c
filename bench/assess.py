"""Throughput benchmark of the legal engine (not a test), side by side with a baseline engine.

    .venv/bin/python bench/assess.py [--n 100000] [--seed 20261201] [--rounds 3] [--baseline REV] [--profile]

Builds N random, valid fact sets from a fixed seed (not timed), then times
``domain.legal.assess`` over all of them and prints assessments per second —
wall clock and CPU time of the process (on a shared, loaded machine the CPU
figure is the steadier one) — and the ratio to the target of 10,000 per
second.  Awareness times spread over 2022-04-01 … 2030-12-31 (about 3,200
distinct Japan days, so the per-day caches are exercised, not just hit), in
several organisation time zones.  Each round runs in a fresh process, so every
round starts with cold caches.

The baseline is the engine before the jurisdiction registry (``--baseline``,
default ``bb29303``: APPI and GDPR only, no My Number Act, sector duty or
pseudonymised fact), extracted from git into a temporary directory and run on
the same kind of fact sets (fields the old engine does not know are left out).
Rounds of the two alternate, and the best round of each is printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
# A worker for the baseline imports the old ``domain`` from LEAKBOT_BENCH_ROOT instead of this tree.
sys.path.insert(0, os.environ.get("LEAKBOT_BENCH_ROOT", str(ROOT)))

from domain.legal import (  # noqa: E402
    AttackSign,
    Facts,
    GdprRisk,
    Role,
    Sector,
    Tri,
    assess,
)

TARGET_PER_SECOND = 10_000
START = datetime(2022, 4, 1, tzinfo=UTC)
SPAN_SECONDS = int((datetime(2030, 12, 31, tzinfo=UTC) - START).total_seconds())
ZONES = [ZoneInfo(n) for n in ("Asia/Tokyo", "UTC", "Europe/Berlin", "America/New_York")]
TRIS = list(Tri)
SIGNS = list(AttackSign)


def random_facts(rng: random.Random) -> tuple[Facts, ZoneInfo]:
    zone = rng.choice(ZONES)
    aware = (START + timedelta(seconds=rng.randrange(SPAN_SECONDS))).astimezone(zone)
    count = rng.choice([None, rng.randrange(0, 2_000), rng.randrange(0, 100_000)])
    estimate = count is not None and rng.random() < 0.3
    role = rng.choice(list(Role))
    notified = None
    if role is not Role.PRINCIPAL and rng.random() < 0.5:
        notified = aware + timedelta(hours=rng.randrange(0, 24 * 10))
    signs = tuple(rng.sample(SIGNS, rng.choice([0, 0, 0, 1, 2])))
    values = dict(
        aware_at=aware,
        sensitive_data=rng.choice(TRIS),
        financial_harm=rng.choice(TRIS),
        improper_purpose=rng.choice(TRIS),
        attack_signs=signs,
        people_count=count,
        count_is_maximum_estimate=estimate,
        strong_encryption=rng.choice(TRIS),
        key_leaked=rng.choice(TRIS),
        acquisition_only=rng.choice([Tri.NO, Tri.NO, Tri.NO, Tri.YES, Tri.UNKNOWN]),
        role=role,
        principal_notified_at=notified,
        sector=rng.choice(list(Sector)),
        eu_residents_affected=rng.choice(TRIS),
        eu_establishment=rng.choice(TRIS),
        gdpr_risk=rng.choice(list(GdprRisk)),
        gdpr_mitigated_or_encrypted=rng.choice(TRIS),
        pseudonymised=rng.choice([Tri.NO, Tri.NO, Tri.NO, Tri.YES, Tri.UNKNOWN]),
        my_number_involved=rng.choice(TRIS),
        my_number_system=rng.choice(TRIS),
        my_number_publicly_viewable=rng.choice(TRIS),
        my_number_people_count=rng.choice([None, rng.randrange(0, 300)]),
    )
    known = {f.name for f in dataclasses.fields(Facts)}  # the baseline engine has fewer facts
    return Facts(**{k: v for k, v in values.items() if k in known}), zone


def run(n: int, seed: int) -> tuple[float, float]:
    """Assessments per second over ``n`` fresh fact sets: (wall clock, CPU time of this process)."""
    rng = random.Random(seed)
    cases = [random_facts(rng) for _ in range(n)]
    wall, cpu = time.perf_counter(), time.process_time()
    for facts, zone in cases:
        assess(facts, tz=zone)
    return n / (time.perf_counter() - wall), n / (time.process_time() - cpu)


def _round(n: int, seed: int, root: str | None) -> tuple[float, float]:
    env = dict(os.environ)
    if root is not None:
        env["LEAKBOT_BENCH_ROOT"] = root
    out = subprocess.run(
        [sys.executable, __file__, "--worker", "--n", str(n), "--seed", str(seed)],
        env=env, check=True, capture_output=True, text=True,
    ).stdout
    wall, cpu = json.loads(out)
    return wall, cpu


def _extract(rev: str, into: str) -> bool:
    """The ``domain`` package as it was at ``rev`` (False when git or the revision is missing)."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "domain"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", default="bb29303", help="git revision of the baseline engine ('' for none)")
    parser.add_argument("--profile", action="store_true", help="run once under cProfile and print the top functions")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(run(args.n, args.seed)))
        return 0
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        run(args.n, args.seed)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        baseline = bool(args.baseline) and _extract(args.baseline, tmp)
        now: list[tuple[float, float]] = []
        old: list[tuple[float, float]] = []
        for _ in range(args.rounds):
            now.append(_round(args.n, args.seed, None))
            if baseline:
                old.append(_round(args.n, args.seed, tmp))
    print(f"assessments: {args.n} per round, {args.rounds} rounds, fresh process each (seed {args.seed})")
    print(f"{'engine':<34}{'wall /s':>10}{'CPU /s':>10}{'CPU vs target':>15}")
    rows = [("this tree (APPI, My Number, GDPR)", now)]
    if baseline:
        rows.append((f"baseline {args.baseline}", old))
    elif args.baseline:
        print(f"(baseline {args.baseline} not available: no git history here)")
    for name, rounds in rows:
        wall, cpu = max(r[0] for r in rounds), max(r[1] for r in rounds)
        print(f"{name:<34}{wall:>10,.0f}{cpu:>10,.0f}{cpu / TARGET_PER_SECOND:>14.2f}x")
    if baseline:
        ratio = max(r[1] for r in now) / max(r[1] for r in old)
        print(f"this tree / baseline (CPU): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
