"""The shortcuts in kinds/year/rules.py give what the plain window searches give."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nevextract.kinds.year import rules as y

EXAMPLES = int(os.environ.get("NEVEXTRACT_PROPERTY_EXAMPLES", "50"))
SETTINGS = settings(
    max_examples=EXAMPLES * 4,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Tokens around years that the absolute pattern's optional parts read, and near misses
# (a prefix word glued to another, a day run of three digits, punctuation the lookbehind
# refuses).
_TOKENS = [
    "2019",
    "2024",
    "2030",
    "1999",
    "12345",
    "20",
    "24",
    "5",
    "15",
    "123",
    "5th",
    "1st",
    "in",
    "within",
    "xin",
    "as",
    "of",
    "as of",
    "by",
    "until",
    "the",
    "end",
    "first",
    "second",
    "half",
    "quarter",
    "the end of",
    "the first half of",
    "mid",
    "mid-",
    "early",
    "late",
    "March",
    "Sept.",
    "Sept",
    "May",
    "June",
    "Jun",
    "Dec.",
    ",",
    ".",
    "-",
    "–",
    "s",
    "(",
    "$",
    "to",
    "and",
    "from",
    "between",
    "sales",
    "x",
]


def _spans(matches: Any) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groupdict()) for m in matches]


@SETTINGS
@given(
    st.lists(st.sampled_from(_TOKENS), max_size=16),
    st.lists(st.sampled_from([" ", "  ", "", "\n"]), min_size=16, max_size=16),
)
def test_absolute_years_match_the_window_search(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    p = y._patterns()
    for start, end in ((0, len(text)), (1, max(1, len(text) - 1))):
        anchors = [a.span() for a in p["year_anchor"].finditer(text, start, end)]
        plain = y._around(p["absolute"], anchors, text, start, end)
        assert _spans(y._absolute_years(p, anchors, text, start, end)) == _spans(plain)


_RELATIVE_TOKENS = [
    "year",
    "years",
    "YEARS",
    "yearſ",
    "ago",
    "AGO",
    "this",
    "last",
    "next",
    "Next",
    "two",
    "seventeen",
    "twenty",
    "twenty-two",
    "xtwo",
    "5",
    "10",
    "123",
    "-",
    "year-",
    "\u00a0",
    "\u2003",
    ",",
    "in",
    "same period",
]


@SETTINGS
@given(
    st.lists(st.sampled_from(_RELATIVE_TOKENS), max_size=16),
    st.lists(st.sampled_from([" ", "  ", "", "\n", "\t "]), min_size=16, max_size=16),
)
def test_relative_years_match_the_window_search(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    p = y._patterns()
    for start, end in ((0, len(text)), (1, max(1, len(text) - 1))):
        year_words = [w.span() for w in p["year_word"].finditer(text, start, end)]
        plain = y._around(p["relative"], year_words, text, start, end)
        assert _spans(y._relative_years(p, text, start, end)) == _spans(plain)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["year", "Years", "YEAR", "years", "s", "_", "x", "9", "ſ", "é", "-"]),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "", "\n", "."]), min_size=12, max_size=12),
    st.integers(0, 3),
)
def test_year_words_match_the_regex(words: list[str], gaps: list[str], cut: int) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    p = y._patterns()
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    spans = [m.span() for m in p["year_word"].finditer(text, start, end)]
    assert y._year_words(p, text, start, end) == spans


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["19", "20", "5", "0", "9", "4", "1", "x", "٣", "-", ","]), max_size=14
    ),
    st.lists(st.sampled_from([" ", ""]), min_size=14, max_size=14),
    st.integers(0, 3),
)
def test_year_anchors_match_the_regex(parts: list[str], gaps: list[str], cut: int) -> None:
    text = "".join(w + g for w, g in zip(parts, gaps, strict=False))
    p = y._patterns()
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    spans = [m.span() for m in p["year_anchor"].finditer(text, start, end)]
    assert y._year_anchors(p, text, start, end) == spans


_ENDING_TOKENS = [
    *["same", "SAME", "period", "of", "compared", "with", "than", "in", "versus", "from"],
    *["a", "between", "Between", "2024", "March", "5", "and", "to", "ſame", "fróm", "x"],
]


@SETTINGS
@given(
    st.lists(
        st.sampled_from(_ENDING_TOKENS),
        max_size=10,
    ),
    st.lists(st.sampled_from([" ", "  ", "", "\n"]), min_size=10, max_size=10),
)
def test_ends_with_matches_the_regex(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    p = y._patterns()
    for at in range(len(text) + 1):
        for name, heads, width in (
            ("span_before", y._SPAN_OPENERS, 60),
            ("comparison_before", y._COMPARISON_HEADS, 30),
        ):
            plain = bool(p[name].match(text, max(0, at - width), at))
            assert y._ends_with(p[name], heads, text, at, width) == plain


def test_year_anchors_in_short_slices() -> None:
    p = y._patterns()
    for text in ("COPYRIGHT2000", "x 2000 and 1999", "٣2000 é1999٣ 2024é"):
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                spans = [m.span() for m in p["year_anchor"].finditer(text, start, end)]
                assert y._year_anchors(p, text, start, end) == spans
                spans = [m.span() for m in p["year_word"].finditer(text, start, end)]
                assert y._year_words(p, text, start, end) == spans
