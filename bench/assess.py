"""Throughput benchmark of the legal engine (not a test).

    .venv/bin/python bench/assess.py [--n 100000] [--seed 20261201] [--profile]

Builds N random, valid fact sets from a fixed seed (not timed), then times
``domain.legal.assess`` over all of them and prints assessments per second
and the ratio to the target of 10,000 per second.  Awareness times spread
over 2022-04-01 … 2030-12-31 (about 3,200 distinct Japan days, so the
per-day caches are exercised, not just hit), in several organisation time
zones.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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
    facts = Facts(
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
    return facts, zone


def run(n: int, seed: int) -> float:
    rng = random.Random(seed)
    cases = [random_facts(rng) for _ in range(n)]
    start = time.perf_counter()
    for facts, zone in cases:
        assess(facts, tz=zone)
    elapsed = time.perf_counter() - start
    return n / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--profile", action="store_true", help="run under cProfile and print the top functions")
    args = parser.parse_args(argv)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        rate = run(args.n, args.seed)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    else:
        rate = run(args.n, args.seed)
    print(f"assessments: {args.n} (seed {args.seed})")
    print(f"assessments/s: {rate:,.0f}")
    print(f"ratio to target {TARGET_PER_SECOND:,}/s: {rate / TARGET_PER_SECOND:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
