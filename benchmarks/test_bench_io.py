"""End to end: `nevextract extract <folder> -o out.jsonl` in-process (pipeline warm), and
cold start in fresh interpreters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

IMPORT_CHECK = (
    "import sys, nevextract; print(__import__('json').dumps("
    "{m: m in sys.modules for m in ('spacy', 'pint')}))"
)
LOAD = "import nevextract; nevextract.load()"


def test_extract_folder(
    benchmark: Any,
    record_speed: Any,
    nlp: Any,
    article_folder: tuple[Path, int],
    tmp_path: Path,
    rounds: int,
):
    from nevextract.cli import main

    folder, n_words = article_folder
    outputs = iter(range(1_000_000))

    def fresh_output() -> tuple[tuple[Path], dict[str, Any]]:
        # a new output file each round: `extract` skips articles already in its output
        return (tmp_path / f"out-{next(outputs)}.jsonl",), {}

    def run(out: Path) -> int:
        return main(["extract", str(folder), "-o", str(out)])

    assert benchmark.pedantic(run, setup=fresh_output, rounds=rounds, warmup_rounds=1) == 0
    record_speed(n_words)
    last = tmp_path / f"out-{next(outputs) - 1}.jsonl"
    benchmark.extra_info["articles"] = sum(1 for _ in last.open(encoding="utf-8"))


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout


def test_import_is_light(benchmark: Any):
    """`import nevextract` in a fresh interpreter, which must not pull in spaCy or pint."""
    out = benchmark.pedantic(_python, args=(IMPORT_CHECK,), rounds=3, iterations=1)
    assert json.loads(out) == {"spacy": False, "pint": False}


def test_load_fresh_process(benchmark: Any):
    """Interpreter start + import + `nevextract.load()`; the warm-up round warms the OS cache,
    so the timed rounds are the "warm" second-process start of issue 5."""
    benchmark.pedantic(_python, args=(LOAD,), rounds=3, iterations=1, warmup_rounds=1)
