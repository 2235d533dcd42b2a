"""CPU cost of each pipeline stage, in microseconds per word, the way `extract()` runs them.

    python benchmarks/stages.py [--scale 5] [--rounds 3]

Each article is tokenized and passed through the components one by one inside spaCy's
memory zone, as `nevextract.extract` does; `time.process_time` around each step (so other
load on the machine does not count). The vocabulary is warmed first, as in a long run.
The lowest of `--rounds` passes is printed per stage.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import scaled, total_words
from report import component_round


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="per-stage cost of nevextract.extract")
    parser.add_argument("--scale", type=int, default=5, help="corpus copies (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="passes; the lowest is kept")
    args = parser.parse_args(argv)

    import nevextract

    nlp = nevextract.load()
    texts = scaled(args.scale)
    words = total_words(texts)
    for text in texts:  # warm vocabulary, as after the first articles of a stream
        nlp.tokenizer(text)

    def one_pass() -> dict[str, float]:
        return component_round(nlp, texts, clock=time.process_time, as_extract=True)

    one_pass()
    passes = [one_pass() for _ in range(args.rounds)]
    best = {name: min(p[name] for p in passes) for name in passes[0]}
    print(f"{len(texts)} articles, {words:,} words; CPU microseconds per word")
    for name, seconds in best.items():
        print(f"{name:14s} {seconds / words * 1e6:6.2f}")
    total = sum(best.values())
    print(f"{'total':14s} {total / words * 1e6:6.2f}  ({words / total:,.0f} words/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
