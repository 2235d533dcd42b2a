"""Instructions one warm pass of `extract()` executes, per commit (valgrind's cachegrind).

    python benchmarks/instructions.py                      # the working tree
    python benchmarks/instructions.py 44576ad 6f45734      # commits, each in a temporary worktree

Wall-clock timings on a shared machine drift by +-10 %; instruction counts do not depend on the
load, so they tell which merge cost what. Each commit runs the same texts (`--texts`, by default
this tree's corpus articles) in two processes, making 2 and 3 passes after `load()`; the
difference is one pass with warm caches and interned words, as a batch runs. PYTHONHASHSEED is
fixed so dict layouts repeat. The commit's code runs on this environment's packages
(PYTHONPATH=<worktree>/src): commits whose entry points this environment lacks cannot run.
Instructions are not time (cache misses and kernel time are not counted): confirm a verdict
with `stages.py` on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNER = """
import sys
from pathlib import Path
import nevextract
paths = sorted(Path(p) for p in sys.argv[2:])
texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
nevextract.load()
for _ in range(int(sys.argv[1])):
    for t in texts:
        nevextract.extract(t)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(src: Path, passes: int, texts: list[Path]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cachegrind.out"
        env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
        done = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={out}",
                sys.executable,
                "-c",
                RUNNER,
                str(passes),
                *map(str, texts),
            ],
            env=env,
            cwd=src.parent,
            capture_output=True,
            text=True,
            check=False,
        )
    found = _REFS.findall(done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"instructions: run failed in {src}:\n{done.stderr[-2000:]}")
    return int(found[-1].replace(",", ""))


def one_pass(src: Path, texts: list[Path]) -> int:
    return instructions(src, 3, texts) - instructions(src, 2, texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commits", nargs="*", help="commits to measure (default: working tree)")
    parser.add_argument(
        "--texts", default=str(ROOT / "corpus"), help="folder of .txt articles (gold excluded)"
    )
    args = parser.parse_args(argv)
    texts = sorted(p for p in Path(args.texts).rglob("*.txt") if "gold" not in p.parts)
    if not texts:
        raise SystemExit(f"instructions: no .txt articles under {args.texts}")
    print(f"{len(texts)} articles; instructions of one warm pass (millions)")
    if not args.commits:
        print(f"working tree  {one_pass(ROOT / 'src', texts) / 1e6:,.0f}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for commit in args.commits:
            tree = Path(tmp) / commit
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit],
                check=True,
            )
            try:
                print(f"{commit:12}  {one_pass(tree / 'src', texts) / 1e6:,.0f}", flush=True)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    check=False,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
