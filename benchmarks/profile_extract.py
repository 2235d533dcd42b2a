"""Profile the full extractor over the corpus ×100 (warm pipeline, setup not profiled).

    python benchmarks/profile_extract.py [--scale 100] [--cprofile] [--top 25]

Default: pyinstrument (sampling; `pip install pyinstrument`), printing its call tree.
--cprofile: the standard library's cProfile on CPU time (time.process_time, so other load on
the machine does not skew it), printing the top functions by cumulative time with their share
of the total.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import scaled, total_words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="profile nevextract.extract")
    parser.add_argument("--scale", type=int, default=100, help="corpus copies (default 100)")
    parser.add_argument("--cprofile", action="store_true", help="use cProfile, not pyinstrument")
    parser.add_argument("--top", type=int, default=25, help="rows of the cProfile listing")
    args = parser.parse_args(argv)

    import nevextract

    nevextract.load()
    texts = scaled(args.scale)
    for t in texts[:18]:  # warm-up
        nevextract.extract(t)

    def run() -> None:
        for t in texts:
            nevextract.extract(t)

    start = time.perf_counter()
    if args.cprofile:
        import cProfile
        import pstats

        prof = cProfile.Profile(time.process_time)
        prof.runcall(run)
        stats = pstats.Stats(prof)
        total = sum(tt for _, _, tt, _, _ in stats.stats.values())  # type: ignore[attr-defined]
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)  # type: ignore[attr-defined]
        print(f"{'cum %':>6} {'self %':>6} {'calls':>9}  function")
        for (path, line, func), (_, ncalls, tt, ct, _) in rows[: args.top]:
            where = f"{Path(path).name}:{line}({func})" if line else func
            print(f"{100 * ct / total:6.1f} {100 * tt / total:6.1f} {ncalls:9d}  {where}")
    else:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        run()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    seconds = time.perf_counter() - start
    print(f"{len(texts)} articles, {total_words(texts):,} words, {seconds:.1f} s (profiled)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
