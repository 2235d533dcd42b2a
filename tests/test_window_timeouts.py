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


def test_whitespace_runs() -> None:
    assert not prefilters.whitespace_runs("a b c", 0, 5)
    assert prefilters.whitespace_runs("a \tb", 0, 4)
    assert prefilters.whitespace_runs("a\u00a0\u2003b", 0, 4)
    assert not prefilters.whitespace_runs("a  b", 2, 4)  # (the window only)


@pytest.mark.parametrize(
    "text",
    [
        "three quarters of a million cars and a dozen trucks",
        "three  quarters\t\tof a\n\nmillion, half   a dozen, a\u00a0\u2003score of, one hundred",
        "twenty-one and twenty -one, a hundred" + " " * 40 + "thousand",
    ],
)
def test_number_word_starts_in_windows(text: str) -> None:
    """The number words found in short windows (where whitespace does not run) and with a
    timeout elsewhere are finditer's, on corpus texts and on odd spacing."""
    from nevextract.normalizers import quantities

    t = quantities.tables()
    assert t.word_window is not None and t.word_scan is not None
    for low in [text.lower(), *(x.lower() for x in _texts())]:
        expected = [m.start() for m in t.word_anchor_lower.finditer(low)]
        assert quantities._number_word_starts(t, t.word_scan, low) == expected


def test_list_cue_barriers_in_a_window_first() -> None:
    """The list-cue stretch's barriers looked for in the window next to a place first (no
    timeout) are the nearest ones a search through the whole text finds, before and after
    every place of corpus texts and of texts with no barrier near the place."""
    from nevextract.kinds.firm import rules as firms

    v = firms.vocab()
    before, after = v.cue_barrier_before, v.cue_barrier
    letters = "Alpha Beta, Gamma and Delta " * 30  # no barrier for hundreds of characters
    texts = [*_texts(), letters, f"1. {letters}. 2", f"x{letters}"]
    tried = 0
    for text in texts:
        for pos in range(0, len(text) + 1, 3):
            whole_before = before.search(text, 0, pos)
            whole_after = after.search(text, pos)
            got_before = firms._barrier_before(before, text, pos)
            got_after = firms._barrier_after(after, text, pos)
            assert (got_before and got_before.span()) == (whole_before and whole_before.span())
            assert (got_after and got_after.span()) == (whole_after and whole_after.span())
            tried += 1
    assert tried > 10000
