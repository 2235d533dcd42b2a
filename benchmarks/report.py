"""Print one markdown table of nevextract's speed, start-up and memory against the goals of
issue 5.

    python benchmarks/report.py                       # full run (about 15-20 minutes)
    python benchmarks/report.py --articles 1000 --scales 10,100   # a few minutes

Words are whitespace-separated tokens. Throughput is measured in this process, pinned to one
core, after a warm-up pass; each timing is repeated (--repeat, default 3; the rounds interleave
the measures) and the median kept. Start-up and memory are measured in fresh subprocesses.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import articles, scaled, total_words, write_articles

LOAD_CODE = (
    "import time; t=time.perf_counter(); import nevextract; nevextract.load(); "
    "print(time.perf_counter()-t)"
)
IMPORT_CODE = (
    "import json, sys, nevextract; print(json.dumps([m for m in ('spacy', 'pint') "
    "if m in sys.modules]))"
)


def lap(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def component_round(
    nlp: Any,
    texts: list[str],
    clock: Callable[[], float] = time.perf_counter,
    as_extract: bool = False,
) -> dict[str, float]:
    """Seconds each step spends over `texts`: make_doc, then every component alone on docs
    that have passed the earlier ones (the clock runs around each call only). With
    `as_extract`, each article runs the way `extract()` runs it: in a memory zone, through
    `api._make_doc`."""
    from nevextract import api

    spent = dict.fromkeys(["make_doc"] + [name for name, _ in nlp.pipeline], 0.0)
    for text in texts:
        with nlp.memory_zone() if as_extract else contextlib.nullcontext():
            t = clock()
            doc = api._make_doc(nlp, text) if as_extract else nlp.make_doc(text)
            if as_extract:
                doc._.nevextract_text = text
            spent["make_doc"] += clock() - t
            for name, proc in nlp.pipeline:
                t = clock()
                doc = proc(doc)
                spent[name] += clock() - t
        if as_extract:
            # as `extract()` does: words seen in two articles stay in the tokenizer's cache;
            # without it every article tokenizes from a cold cache (about 3x the cost)
            api._common_chunks().after_article(nlp, text)
    return spent


def python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout.strip()


def stream_run(n: int, workdir: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, words) of `nevextract extract <folder> -o out.jsonl` over `n`
    synthetic articles, in a fresh process."""
    folder = workdir / f"articles-{n}"
    n_words = write_articles(folder, n)
    out = workdir / f"out-{n}.jsonl"
    cmd = [sys.executable, "-m", "nevextract", "extract", str(folder), "-o", str(out)]
    log = workdir / f"stderr-{n}.txt"
    with log.open("wb") as err:
        t = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", RSS_WRAPPER, *cmd], stdout=subprocess.PIPE, stderr=err
        )
        seconds = time.perf_counter() - t
    code, max_rss_kib = (int(x) for x in done.stdout.split())
    if done.returncode or code:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise SystemExit(f"report: {' '.join(cmd)} exited {code}\n{tail}")
    lines = sum(1 for _ in out.open(encoding="utf-8"))
    if lines != n:
        print(f"report: warning: {n} articles in, {lines} JSONL lines out", file=sys.stderr)
    return max_rss_kib / 1024, seconds, n_words


# Peak RSS of the command, read in a small parent: a child forked from this (large) process
# would report this process's peak as its own (Linux carries the high-water mark over exec).
RSS_WRAPPER = (
    "import resource, subprocess, sys; "
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"  # KiB on Linux
)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    import spacy

    return (
        f"{model}, {os.cpu_count()} cores (run pinned to 1), Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, {date.today().isoformat()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles",
        type=int,
        default=10_000,
        help="articles in the big streaming run (the small run uses a tenth); default 10000",
    )
    parser.add_argument(
        "--scales", default="100,1000", help="corpus copies for the scaling rows (default 100,1000)"
    )
    parser.add_argument(
        "--workload", type=int, default=5, help="corpus copies for the throughput rows (default 5)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timings per measure (default 3)")
    parser.add_argument(
        "--scale-repeat",
        type=int,
        default=1,
        help="passes per scaling row (default 1: each "
        "pass already averages over thousands of articles)",
    )
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, children inherit

    def say(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    # --- start-up, in fresh processes (before this process imports spaCy) -------------------
    say("import and load time in fresh processes")
    pulled = json.loads(python(IMPORT_CODE))
    load_cold = float(python(LOAD_CODE))
    load_warm = statistics.median(float(python(LOAD_CODE)) for _ in range(args.repeat))

    import spacy

    import nevextract
    from nevextract.reader import parse_article

    nlp = nevextract.load()
    tokenizer = spacy.blank("en").tokenizer
    texts = scaled(args.workload)
    n_words = total_words(texts)

    def tokenize_batch(batch: list[str]) -> None:
        for t in batch:
            tokenizer(t)  # nothing kept: a list of docs would grow this process

    def tokenize() -> None:
        tokenize_batch(texts)

    def extract_all(batch: list[str]) -> None:
        for t in batch:
            nevextract.extract(t)

    def read_all() -> None:
        for t in texts:
            parse_article(t)

    say(f"import pulls {pulled or 'neither'}; load cold {load_cold:.2f} s, warm {load_warm:.2f} s")
    say(f"throughput over {len(texts)} articles ({n_words} words)")
    tokenize(), extract_all(texts), read_all(), component_round(nlp, texts)  # warm-up
    # Rounds interleave the measures, so drifting load on the machine hits them alike.
    laps: dict[str, list[float]] = {"tok": [], "full": [], "reader": []}
    comp_laps: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        laps["tok"].append(lap(tokenize))
        laps["full"].append(lap(lambda: extract_all(texts)))
        laps["reader"].append(lap(read_all))
        for name, seconds in component_round(nlp, texts).items():
            comp_laps.setdefault(name, []).append(seconds)
    tok, full, reader = (n_words / statistics.median(laps[k]) for k in ("tok", "full", "reader"))
    comps = {name: n_words / statistics.median(v) for name, v in comp_laps.items()}
    say(f"tokenizer {tok:,.0f} words/s, extract {full:,.0f} words/s, reader {reader:,.0f}")

    # (factor, articles, extract words/s, extract words per CPU-second, tokenizer words/s)
    scaling: list[tuple[int, int, float, float, float]] = []
    for factor in (int(x) for x in args.scales.split(",") if x.strip()):
        batch = scaled(factor)
        say(f"scaling: corpus x{factor} ({len(batch)} articles)")
        extract_all(batch[: len(articles())])  # warm-up
        words = total_words(batch)
        ext_laps, cpu_laps, tok_laps = [], [], []
        for _ in range(args.scale_repeat):
            tok_laps.append(lap(lambda b=batch: tokenize_batch(b)))
            cpu = time.process_time()
            ext_laps.append(lap(lambda b=batch: extract_all(b)))
            cpu_laps.append(time.process_time() - cpu)
        ext, ext_cpu, tok_b = (words / statistics.median(v) for v in (ext_laps, cpu_laps, tok_laps))
        scaling.append((factor, len(batch), ext, ext_cpu, tok_b))
        say(f"x{factor}: extract {ext:,.0f} words/s ({ext_cpu:,.0f}/CPU-s), tokenizer {tok_b:,.0f}")
        del batch

    rss: list[tuple[int, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="nevextract-bench-") as tmp:
        for n in (max(1, args.articles // 10), args.articles):
            say(f"streaming {n} articles through `nevextract extract`")
            mb, seconds, words = stream_run(n, Path(tmp))
            rss.append((n, mb, words / seconds))
            say(f"{n} articles: peak RSS {mb:,.0f} MB, {words / seconds:,.0f} words/s")

    # --- the table ------------------------------------------------------------------------
    def ratio(x: float) -> str:
        return f"{x / tok:.3f}"

    rows: list[tuple[str, str, str, str, str]] = [
        ('tokenizer only, `spacy.blank("en")`', "", f"{tok:,.0f}", "1.000", "baseline"),
        ("full `nevextract.extract`", "", f"{full:,.0f}", ratio(full), "≥ 0.25 (aim 0.5)"),
    ]
    for name, wps in comps.items():
        label = "`nlp.make_doc` (tokenizer)" if name == "make_doc" else f"component `{name}` alone"
        rows.append((label, "", f"{wps:,.0f}", ratio(wps), ""))
    rows.append(("reader `parse_article`", "", f"{reader:,.0f}", ratio(reader), ""))
    rows.append(
        (
            "`import nevextract` pulls spacy / pint",
            ", ".join(pulled) or "neither",
            "",
            "",
            "neither",
        )
    )
    rows.append(("load, cold (1st fresh process)", f"{load_cold:.2f} s", "", "", ""))
    rows.append(("load, warm (later fresh processes)", f"{load_warm:.2f} s", "", "", "< 1 s"))
    for n, mb, wps in rss:
        rows.append(
            (
                f"peak RSS, stream {n:,} articles to JSONL (words/s incl. start-up)",
                f"{mb:,.0f} MB",
                f"{wps:,.0f}",
                ratio(wps),
                "< 400 MB, flat",
            )
        )
    first, first_cpu = (scaling[0][2], scaling[0][3]) if scaling else (0.0, 0.0)
    for factor, n, wps, cpu_wps, tok_wps in scaling:
        rows.append(
            (
                f"full extract, corpus ×{factor:,} ({n:,} articles; ratio to the tokenizer "
                "on the same batch)",
                f"{wps / first:.2f} × first (CPU time: {cpu_wps / first_cpu:.2f} ×)",
                f"{wps:,.0f}",
                f"{wps / tok_wps:.3f}",
                "linear (≈ 1.00)",
            )
        )
    header = ("measure", "result", "words/s", "ratio to tokenizer", "goal")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(["---", "---:", "---:", "---:", "---"]) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nMachine: {machine()}; throughput workload {len(texts)} articles, {n_words:,} words.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
