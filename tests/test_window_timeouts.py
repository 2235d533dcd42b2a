"""Regex calls over a short window run without a timeout (prefilters.timeout_for): the same
matches as a timed call, and a long stretch keeps its timeout."""

from __future__ import annotations

from pathlib import Path

import pytest

from nevextract import prefilters
from nevextract.limits import MATCH_TIMEOUT_S
from nevextract.normalizers import attributes

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.mark.parametrize(
    ("chars", "expected"),
    [(0, None), (1, None), (prefilters.UNTIMED_CHARS, None), (101, MATCH_TIMEOUT_S), (10**6, 5.0)],
)
def test_timeout_for(chars: int, expected: float | None) -> None:
    assert prefilters.UNTIMED_CHARS == 100
    assert prefilters.timeout_for(chars) == expected


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))[::7]]


def test_matches_in_window_are_matches_at() -> None:
    """The rate-clause matches tried at FirstWords' places of every window (short ones with
    no timeout) are those of `matches_at` and of finditer, on corpus windows of each size."""
    pattern = attributes.role_cues().rate_clause
    starts_of = attributes.role_prefilters().rate_clause_starts.starts
    tried = 0
    for text in _texts():
        for width in (30, 100, 101, 400):
            for lo in range(0, len(text) - width, 97):
                hi = lo + width
                window = text[lo:hi]
                if not window.isascii():
                    continue
                starts = starts_of(window.lower())
                timed = [
                    m.span() for m in prefilters.matches_at(pattern, text, lo, hi, starts, 5.0)
                ]
                untimed = [
                    m.span() for m in prefilters.matches_in_window(pattern, text, lo, hi, starts)
                ]
                assert untimed == timed == [m.span() for m in pattern.finditer(text, lo, hi)]
                tried += 1
    assert tried > 1000
