"""Fixtures for the opt-in benchmarks: `pytest benchmarks --benchmark-only`.

Corpus sizes come from environment variables so the default run stays short:

- NEVEXTRACT_BENCH_SCALE: copies of corpus/ in the per-article workloads (default 1,
  i.e. 18 varied articles per round).
- NEVEXTRACT_BENCH_SCALES: comma-separated copies for the scaling benchmarks (default "1,10";
  the full-size corpora of issue 5 are "100,1000").
- NEVEXTRACT_BENCH_ROUNDS: rounds of the pedantic (fresh-input) benchmarks (default 3).

Everything built here is outside the timed calls.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _corpus import articles, scaled, write_articles


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def _env_scales() -> list[int]:
    raw = os.environ.get("NEVEXTRACT_BENCH_SCALES", "1,10")
    return [int(x) for x in raw.split(",") if x.strip()]


SCALE = _env_int("NEVEXTRACT_BENCH_SCALE", 1)
SCALES = _env_scales()
ROUNDS = _env_int("NEVEXTRACT_BENCH_ROUNDS", 3)


def _component_names() -> list[str]:
    """The pipeline's component names, read from its config (nothing is built here)."""
    from spacy.util import load_config

    from nevextract.resources import pipeline_dir

    return list(load_config(pipeline_dir() / "config.cfg")["nlp"]["pipeline"])


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "scale" in metafunc.fixturenames:
        metafunc.parametrize("scale", SCALES, ids=[f"x{s}" for s in SCALES], scope="session")
    if "component" in metafunc.fixturenames:
        metafunc.parametrize("component", _component_names())


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The warm pipeline (loaded once, outside every timed call)."""
    import nevextract

    return nevextract.load()


@pytest.fixture(scope="session")
def texts() -> list[str]:
    """The per-article workload: corpus/ × NEVEXTRACT_BENCH_SCALE, varied."""
    return scaled(SCALE)


@pytest.fixture(scope="session")
def scaled_texts(scale: int) -> list[str]:
    return scaled(scale)


@pytest.fixture(scope="session")
def article_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A folder of NEVEXTRACT_BENCH_SCALE × 18 article files and its word count."""
    folder = tmp_path_factory.mktemp("articles")
    n = SCALE * len(articles())
    return folder, write_articles(folder, n)


@pytest.fixture
def record_speed(benchmark: Any) -> Callable[[int], None]:
    """Call after the benchmark ran: stores words and words/s (on the median) in extra_info."""

    def record(n_words: int) -> None:
        median = benchmark.stats.stats.median
        benchmark.extra_info["words"] = n_words
        benchmark.extra_info["words_per_s"] = round(n_words / median) if median else None

    return record


@pytest.fixture(scope="session")
def rounds() -> int:
    return ROUNDS
