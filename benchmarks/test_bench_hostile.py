"""Hostile and unusual texts: cost must stay linear (issue 14).

`pytest benchmarks/test_bench_hostile.py --benchmark-only`. Each shape repeats one record
kind's hot path with no sentence boundary (the worst case for per-sentence work) to
HOSTILE_CHARS characters (default 100 KB; NEVEXTRACT_BENCH_HOSTILE_CHARS); the goal is
under 2 s per 100 KB. The 1 MB articles of lower-case-initial and CJK-initial sentences run
in a fresh process each, beside a 100 KB slice of themselves, so that their peak RSS is
their own: the goal is RSS under 500 MB, output under 20x the input and time within 15x of
the slice. Results go to extra_info (and the report); doubling tests of the same shapes,
counting work instead of timing it, are in tests/test_linear_cost.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

HOSTILE_CHARS = int(os.environ.get("NEVEXTRACT_BENCH_HOSTILE_CHARS", 100_000))


def _firm_list(n: int) -> str:
    names = " ".join(f"Alpha{i} Motors Co., Ltd," for i in range(n // 24 + 1))
    return "Its suppliers include companies such as " + names


SHAPES: dict[str, Callable[[int], str]] = {
    "percent-sign": lambda n: "10% " * (n // 4),
    "percent-word": lambda n: "Sales rose 10 percent " * (n // 22),
    "percent-compared": lambda n: "up 5 percent from 3 percent " * (n // 28),
    "money": lambda n: "revenue of $5 million " * (n // 22),
    "money-rtl-marks": lambda n: "sales were \u200f$5 million\u200f and " * (n // 30),
    "figure": lambda n: "5,000 units " * (n // 12),
    "bare-years": lambda n: "2019 " * (n // 5),
    "years-and-amounts": lambda n: "10%, 2020, " * (n // 11),
    "such-as-list": lambda n: "companies such as " + ", ".join(f"Firm{i}" for i in range(n // 8)),
    "firm-list": _firm_list,
    "target-cue": lambda n: "BYD aims to sell " * (n // 17),
    "target-deadline": lambda n: "BYD aims to sell 5 units by 2025 " * (n // 33),
}

BIG_SHAPES = {
    "lower-case-sentences": "sales rose 10 percent to 5,000 units in 2023. ",
    "cjk-sentences": "比亚迪 sales rose 10 percent to 5,000 units in 2023. ",
}

_CHILD = """
import json, resource, sys, time
import nevextract
nevextract.load()
unit, chars = sys.argv[1], int(sys.argv[2])
text = (unit * (chars // len(unit) + 1))[:chars]
started = time.process_time()
result = nevextract.extract(text)
seconds = time.process_time() - started
out = len(result.model_dump_json())
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
n = len(result.records)
print(json.dumps({"seconds": seconds, "output": out, "rss_mb": rss, "records": n}))
"""


def _in_child(unit: str, chars: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, unit, str(chars)],
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


@pytest.mark.parametrize("shape", list(SHAPES))
def test_hostile_shape(benchmark: Any, nlp: Any, shape: str) -> None:
    import nevextract

    text = SHAPES[shape](HOSTILE_CHARS)
    nevextract.extract(text[:2_000])  # warm-up

    def run() -> int:
        return len(nevextract.extract(text).records)

    records = benchmark.pedantic(run, rounds=1, iterations=1)
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(
        chars=len(text),
        records=records,
        seconds_per_100kb=round(median * 100_000 / len(text), 3),
    )


@pytest.mark.parametrize("shape", list(BIG_SHAPES))
def test_one_megabyte_article(benchmark: Any, shape: str) -> None:
    """Peak RSS and output of a 1 MB article, and its time over a 100 KB slice's."""
    unit = BIG_SHAPES[shape]
    slice_ = _in_child(unit, 100_000)
    whole: dict[str, Any] = benchmark.pedantic(
        _in_child, args=(unit, 1_000_000), rounds=1, iterations=1
    )
    ratio = whole["seconds"] / max(slice_["seconds"], 1e-9)
    benchmark.extra_info.update(
        rss_mb=round(whole["rss_mb"]),
        output_over_input=round(whole["output"] / 1_000_000, 1),
        seconds=round(whole["seconds"], 2),
        slice_seconds=round(slice_["seconds"], 2),
        time_over_slice=round(ratio, 1),
        records=whole["records"],
    )
    assert whole["rss_mb"] < 500
    assert whole["output"] < 20 * 1_000_000
