"""Synthetic benchmark corpora built from the articles in corpus/ (shared by the pytest
benchmarks and report.py).

Copies are made distinct so that caches (the tokenizer's, regex caches) do not flatter the
numbers: every digit run is replaced by seeded random digits of the same shape (same length,
same separators, a non-zero lead stays non-zero), while dates and clock times are kept so the
dateline still parses, and years stay plausible years (20xx). Copy `i` of article `j` always
gets the same text, so runs are comparable.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = 20240605

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# Spans left untouched: ISO / US dates, clock times, "May 16", "16 May".
_KEEP_RE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}:\d{2}(?::\d{2})?"
    rf"|{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
)
_DIGITS_RE = re.compile(r"\d+")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


@cache
def articles() -> tuple[tuple[str, str], ...]:
    """(name, text) of every article under corpus/ (gold folders excluded), sorted by path."""
    paths = sorted(
        p for p in CORPUS.rglob("*.txt") if "gold" not in p.relative_to(CORPUS).parts[:-1]
    )
    return tuple((p.stem, p.read_text(encoding="utf-8")) for p in paths)


def _vary_digits(run: str, rng: random.Random) -> str:
    if len(run) == 4 and _YEAR_RE.fullmatch(run):
        return f"20{rng.randint(10, 29)}"
    out = [str(rng.randint(1, 9)) if run[0] != "0" else "0"]
    out.extend(str(rng.randint(0, 9)) for _ in run[1:])
    return "".join(out)


def vary(text: str, rng: random.Random) -> str:
    """`text` with its numbers replaced deterministically (structure and dates kept)."""
    pieces: list[str] = []
    pos = 0
    for keep in _KEEP_RE.finditer(text):
        chunk = text[pos : keep.start()]
        pieces.append(_DIGITS_RE.sub(lambda m: _vary_digits(m.group(), rng), chunk))
        pieces.append(keep.group())
        pos = keep.end()
    pieces.append(_DIGITS_RE.sub(lambda m: _vary_digits(m.group(), rng), text[pos:]))
    return "".join(pieces)


def iter_articles(n: int, seed: int = SEED) -> Iterator[tuple[str, str]]:
    """`n` distinct synthetic articles: (name, text), cycling through corpus/."""
    base = articles()
    for i in range(n):
        copy, j = divmod(i, len(base))
        name, text = base[j]
        rng = random.Random(seed * 1_000_003 + copy * 1_009 + j)
        yield f"{copy:05d}-{name}", vary(text, rng)


def scaled(factor: int, seed: int = SEED) -> list[str]:
    """The corpus ×factor: `factor` varied copies of every article."""
    return [text for _, text in iter_articles(factor * len(articles()), seed)]


def write_articles(folder: Path, n: int, seed: int = SEED) -> int:
    """Write `n` synthetic articles as .txt files under `folder`; return their word count."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i, (name, text) in enumerate(iter_articles(n, seed)):
        sub = folder / f"{i // 1000:03d}"  # keep folders small
        sub.mkdir(exist_ok=True)
        (sub / f"{name}.txt").write_text(text, encoding="utf-8")
        total += words(text)
    return total


def words(text: str) -> int:
    """Words = whitespace-separated tokens."""
    return len(text.split())


def total_words(texts: Iterable[str]) -> int:
    return sum(words(t) for t in texts)
