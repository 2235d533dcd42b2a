"""The shortcuts in attributes.py and figures.py must answer as the plain regex does."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nevextract.kinds.figure import rules as figures
from nevextract.normalizers import attributes
from nevextract.normalizers.quantities import Quantity
from nevextract.normalizers.text import Sentences

SETTINGS = settings(
    max_examples=int(os.environ.get("NEVEXTRACT_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# pieces that make the patterns match, and the characters the regex treats specially
PIECES = st.lists(
    st.sampled_from(
        [
            " ",
            "\t",
            "\u00a0",
            "\u2003",
            "\x1c",
            ",",
            ";",
            ":",
            "-",
            "–",
            "—",
            "1",
            "23",
            ",000",
            "\U00010d40",
            "ſ",
            "İ",
            "and",
            " and has",
            " while ",
            " but ",
            "although",
            "if",
            "since",
            "SINCE",
            "While",
            "No.",
            "#",
            "Number",
            "page",
            "one in",
            "out of",
            "level",
            "March",
            "Jan",
            "10:30",
            "11/16/2019",
            "a.m.",
            "x",
            "Model",
            "cars",
        ]
    ),
    max_size=25,
).map("".join)

_SENTENCES = Sentences(((0, 10_000),))


def _plain_clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    cursor = start
    for m in attributes._clause_breaks().pattern.finditer(text, start, end):
        if m.start() > cursor:
            out.append((cursor, m.start()))
        cursor = m.end()
    if cursor < end:
        out.append((cursor, end))
    return tuple(out) or ((start, end),)


@SETTINGS
@given(PIECES, st.data())
def test_clause_ranges_match_finditer(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert attributes.clause_ranges.__wrapped__(text, start, end) == _plain_clauses(
        text, start, end
    )


@SETTINGS
@given(PIECES, st.data())
def test_blocked_matches_regex(text: str, data: st.DataObject) -> None:
    c_start = data.draw(st.integers(0, len(text)))
    a_start = data.draw(st.integers(c_start, len(text)))
    plain = bool(
        attributes._clause_breaks().contrast_opener.match(text, c_start, c_start + 20)
        or attributes._SINCE.search(text, c_start, a_start)
    )
    assert attributes._blocked(text, c_start, a_start) == plain


@SETTINGS
@given(PIECES, PIECES)
def test_figure_checks_match_regex(before: str, after: str) -> None:
    text = before + "7" + after
    s = len(before)
    q = Quantity(kind="number", start=s, end=s + 1, value=7.0, num_start=s)
    window = text[max(0, s - 12) : s + 13]
    plain_date = any(m.start() <= s < m.end() for m in figures._DATES_TIMES.finditer(window))
    if max(0, s - 12) == 0:
        assert figures._in_date_or_time(text, q) == plain_date
    tail = before[-40:]
    assert figures._digit_space_before(tail) == bool(figures._DIGIT_SPACE_BEFORE.search(tail))
    no_before, no_marks = figures._no_before()
    assert no_marks.possible(tail) or not no_before.search(tail)
    assert figures._FRACTION_ENDS.possible(tail) or not figures._FRACTION_BEFORE.search(tail)


def test_date_time_literals_are_derived() -> None:
    # the fallback ("",) would let every window through to the regex
    assert "" not in figures._DATE_TIME_LITERALS and "Jan" in figures._DATE_TIME_LITERALS


@SETTINGS
@given(PIECES, st.sampled_from(["", " ", "\t", " \n", "\n", "Model ", "X-3\t\n"]))
def test_word_before_matches_the_search(head: str, tail: str) -> None:
    before = (head + tail)[-40:]
    m, plain = figures._word_before(before), figures._WORD_BEFORE.search(before)
    assert (m and (m.span(), m.groups())) == (plain and (plain.span(), plain.groups()))


@SETTINGS
@given(st.text(alphabet="JFMASONDjanuryebchpilgtvſİ. ", max_size=10))
def test_month_initial_precheck(word: str) -> None:
    if word and word[0] not in figures._MONTH_INITIALS:
        assert not figures._MONTH_WORD.fullmatch(word)


@SETTINGS
@given(
    PIECES,
    st.sampled_from(["", " ", "-", " -", "\u2003", "\x1c"]),
    st.sampled_from(["hundredth", "THOUSANDTH", "mİllionth", "billionth", "x", "", "ſ"]),
)
def test_ordinal_precheck(head: str, sep: str, word: str) -> None:
    text = "7" + sep + word + head
    q = Quantity(kind="number", start=0, end=1, value=7.0, num_start=0, unit="x")
    plain = bool(figures._ORDINAL_WORD.match(text, 1, 101))
    assert not plain or figures._excluded(text, q, _SENTENCES)
    if plain:
        return
    first = text[1:41].lstrip().removeprefix("-")[:1]
    assert not first or not first.isascii() or first in figures._ORDINAL_INITIALS or not plain


@SETTINGS
@given(PIECES, st.sampled_from(["from ", "FROM  ", "up from ", "ſrom ", "frOm\u2003", "fr om "]))
def test_comparison_from_precheck(head: str, tail: str) -> None:
    before = (head + tail)[-40:]
    if attributes._COMPARISON_FROM.search(before):
        assert not before.isascii() or "from" in before.lower()
