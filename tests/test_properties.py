"""Property tests: for any Unicode text, every normaliser and the whole pipeline return
records with valid offsets and finite numbers, and raise nothing but NevextractError
(`parse_amount` documents ValueError for "no number here").

Runs 50 examples per property by default so the suite stays fast; for a long run:

    NEVEXTRACT_PROPERTY_EXAMPLES=5000 pytest tests/test_properties.py
"""

from __future__ import annotations

import math
import os
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nevextract
from nevextract.errors import NevextractError
from nevextract.kinds.firm import rules as firms
from nevextract.kinds.money import rules as money
from nevextract.kinds.year import rules as years
from nevextract.normalizers import quantities
from nevextract.normalizers.numbers import parse_amount
from nevextract.reader import parse_article

EXAMPLES = int(os.environ.get("NEVEXTRACT_PROPERTY_EXAMPLES", "50"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the checkout; found cases go to test_regressions.py
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces of news text the rules react to, mixed with arbitrary Unicode below.
FRAGMENTS = [
    "1,234",
    "158,000",
    "1,234,567.89",
    "69.21",
    "0.5",
    "3 million",
    "billion",
    " billion billion",
    "trillion",
    "5 billion yuan",
    "$9.7 billion",
    "($1 = 7.27 yuan)",
    "¥",
    "€",
    "£",
    "US$",
    "HK$",
    "RMB",
    "yen",
    "20 percent",
    "3.5 per cent",
    "2 percentage points",
    "%",
    "2023",
    "1999",
    "2019-2025",
    "by 2025",
    "from 2020 to 2025",
    "last year",
    "three years ago",
    "June 8, 2023",
    "twenty-five",
    "a dozen",
    "one in three",
    "about",
    "more than",
    "between 5 and 6",
    "to",
    "-",
    "–",
    "40 GWh",
    "1,500 mu",
    "254 TOPS",
    "500,000-vehicle",
    "units",
    "charging stations",
    "BYD",
    "CATL",
    "Contemporary Amperex Technology Co Ltd",
    "Jiangsu Lianxin Power Cell Co Ltd",
    "Co Ltd",
    "Co., Ltd.",
    "Inc.",
    "Motor Group",
    "battery maker",
    "companies such as",
    "Ministry of Industry and Information Technology",
    "aims to sell",
    "plans to",
    "will",
    "target",
    "by then",
    "Updated: 2023-04-12 10:30",
    "Source: Xinhua",
    "By Reuters",
    "Copyright 2023",
    "Related stories",
    "https://example.com",
    "chinadaily.com.cn",
    "Share - WeChat",
    "(",
    ")",
    "[",
    ",",
    ".",
    ". ",
    ";",
    ":",
    "'",
    "\u2019",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r\n",
    "\u00a0",
    "\u2028",
    "\ufeff",
    "İ",
    "ß",
    "ﬁ",
    "١٢٣",
    "５",
    "二〇二三年",
]

news_text = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(FRAGMENTS).map(lambda s: s + " "),
        st.text(max_size=12),
        st.from_regex(r"[0-9][0-9,.]{0,12}", fullmatch=True),
    ),
    max_size=40,
).map("".join)
any_text = st.one_of(st.text(max_size=200), news_text)
published = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))


def _finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


@SETTINGS
@given(any_text)
def test_parse_amount(text: str) -> None:
    try:
        value = parse_amount(text)
    except ValueError:
        return  # documented: the text holds no (representable) number
    assert isinstance(value, float)
    assert math.isfinite(value)


@SETTINGS
@given(any_text, st.data())
def test_quantities_scan(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for q in quantities.scan(text, start, end):
        assert start <= q.start <= q.num_start < q.end <= len(text)
        assert _finite(q.value, q.value_max, q.usd, q.usd_max)
        assert q.kind in ("money", "percentage", "number")


@SETTINGS
@given(any_text, published)
def test_find_years(text: str, when: date | None) -> None:
    for y in years.find_years(text, published=when):
        assert 0 <= y.start < y.end <= len(text)
        assert isinstance(y.value, int)
        if y.role != "relative":
            assert text[y.start : y.end][-2:] == f"{y.value:04d}"[-2:]


@SETTINGS
@given(any_text)
def test_parse_article(text: str) -> None:
    parts = parse_article(text)
    assert 0 <= parts.body_start <= len(text)
    assert 0 <= parts.body_end <= len(text)
    assert parts.published is None or isinstance(parts.published, date)
    if parts.title is not None:
        assert parts.title in text


@SETTINGS
@given(any_text)
def test_find_firms(text: str) -> None:
    for f in firms.find_firms(text, 0, len(text)):
        assert f.mentions
        for s, e in f.mentions:
            assert 0 <= s < e <= len(text)
        assert all(surface in text for surface in f.surfaces)


@SETTINGS
@given(
    st.floats(allow_nan=False, allow_infinity=False),
    st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
    st.one_of(st.sampled_from(sorted(money.rate_table())), st.text(max_size=4)),
    st.integers(1800, 2200),
    st.one_of(st.none(), st.integers(1, 12)),
)
def test_money_convert(
    value: float, value_max: float | None, currency: str, year: int, month: int | None
) -> None:
    conv = money.convert(value, value_max, currency, year, month)
    if conv is not None:
        assert _finite(conv.usd, conv.usd_max, conv.usd_per_unit)
        assert (conv.usd_max is None) == (value_max is None)


@SETTINGS
@given(any_text, published)
def test_extract(text: str, when: date | None) -> None:
    try:
        result = nevextract.extract(text, when)
    except NevextractError:
        return
    for r in result.records:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.text
        for name in ("value", "value_max", "usd", "usd_max", "usd_rate", "quantity"):
            value = getattr(r, name, None)
            assert value is None or math.isfinite(value), (name, r)
        if r.kind == "firm":
            assert all(0 <= s < e <= len(text) for s, e in r.mentions)


_PHRASE = st.text(alphabet="abAB -%$", min_size=1, max_size=5).filter(lambda w: w.strip() == w)


@given(
    words=st.sets(_PHRASE, min_size=1, max_size=12),
    data=st.data(),
    tail=st.sampled_from(["", r"\b", r"(?![a-z])", "b", " "]),
    ignore_case=st.booleans(),
)
def test_prefix_tree_matches_what_the_alternation_matches(
    words: set[str], data: st.DataObject, tail: str, ignore_case: bool
) -> None:
    """The prefix tree is only a faster spelling of the longest-first alternation."""
    import regex

    from nevextract.normalizers.numbers import alternation, prefix_tree

    # texts made of the phrases themselves, so prefixes of one another meet
    pieces = data.draw(st.lists(st.sampled_from(sorted(words)) | _PHRASE, max_size=4))
    text = data.draw(st.sampled_from(["", " ", "\n"])).join(pieces)
    flags = regex.IGNORECASE if ignore_case else 0
    flat = regex.compile(f"(?:{alternation(words)}){tail}", flags)
    tree = regex.compile(f"(?:{prefix_tree(words, ignore_case)}){tail}", flags)
    for pos in range(len(text) + 1):
        a, b = flat.match(text, pos), tree.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (words, text, pos)


def test_a_run_of_spaces_in_a_phrase_is_one_space() -> None:
    """Hypothesis found {'A  AA', 'A A'} on 'A  AA': the tree stopped at 'A  A'."""
    import regex

    from nevextract.normalizers.numbers import alternation, prefix_tree

    words = {"A  AA", "A A"}
    flat = regex.compile(f"(?:{alternation(words)})")
    tree = regex.compile(f"(?:{prefix_tree(words)})")
    for text in ("A  AA", "A AA", "A A"):
        a, b = flat.match(text), tree.match(text)
        assert a is not None and b is not None and a.span() == b.span() == (0, len(text))


_SPAN = st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(spans=st.lists(_SPAN, max_size=8), pos=st.integers(-2, 90), width=st.integers(1, 15))
def test_span_index_answers_like_a_scan(spans: list[tuple[int, int]], pos: int, width: int) -> None:
    from nevextract.kinds.figure.rules import SpanIndex

    index = SpanIndex(spans)
    assert index.covers(pos) == any(s <= pos < e for s, e in spans)
    end = pos + width
    assert index.overlaps(pos, end) == any(pos < e and end > s for s, e in spans)


@given(st.from_regex(r"\d[\d,]{0,30}(?:\.\d{1,20})?", fullmatch=True))
def test_digit_amounts_read_like_decimals(text: str) -> None:
    """The no-regex path for plain digits agrees with reading the digits as a Decimal."""
    from decimal import Decimal

    expected = float(Decimal(text.replace(",", "")))
    assert parse_amount(text) == expected


def _reversed_window_checks() -> list[tuple[str, object]]:
    import regex

    from nevextract.kinds.figure import rules as figures
    from nevextract.kinds.year import rules as years
    from nevextract.normalizers import attributes

    return [
        (f"{module.__name__}.{name}", value)
        for module in (attributes, figures, years)
        for name, value in vars(module).items()
        if isinstance(value, regex.Pattern) and value.flags & regex.REVERSE
    ]


_WINDOW_WORDS = [
    "first",
    "half",
    "of",
    "the",
    "in",
    "one",
    "out",
    "level",
    "scale",
    "than",
    "from",
    "up",
    "down",
    "by",
    "rose",
    "fell",
    "to",
    "at",
    "was",
    "accounted",
    "for",
    "its",
    "a",
    "2023",
    "12",
    "Model",
    "X-3",
    "&",
    "_",
    "-",
    ",",
    "stood",
]


@pytest.mark.parametrize(("name", "pattern"), _reversed_window_checks())
@given(
    words=st.lists(st.sampled_from(_WINDOW_WORDS), max_size=7),
    end=st.sampled_from(["", " ", "  ", "\t", " x"]),
)
def test_window_checks_find_backwards_what_they_find_forwards(
    name: str, pattern: Any, words: list[str], end: str
) -> None:
    import regex

    forwards = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
    text = "Sales " + " ".join(words) + end
    for lo in (0, 6):
        a, b = forwards.search(text, lo, len(text)), pattern.search(text, lo, len(text))
        assert bool(a) == bool(b), (name, text)
        if name.endswith("_WORD_BEFORE"):  # the only ones whose match is read, not just tested
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text)


_YEAR_WORDS = [
    "2019",
    "2020",
    "2025",
    "25",
    "-",
    "–",
    "to",
    "and",
    "through",
    "until",
    "from",
    "between",
    "this",
    "last",
    "next",
    "year",
    "years",
    "ago",
    "in",
    "by",
    "the",
    "end",
    "of",
    ",",
    ".",
    "mid-",
    "early",
    "March",
    "5",
    "sales",
    "rose",
]


@given(st.lists(st.sampled_from(_YEAR_WORDS), max_size=14), st.sampled_from([" ", "  ", ""]))
def test_year_search_shortcuts_change_nothing(words: list[str], joiner: str) -> None:
    """The quick tests that skip a window search (years._around's `possible`) never skip
    a window that held a match."""
    from unittest import mock

    from nevextract.kinds.year import rules as y

    text = joiner.join(words) or " "
    published = date(2024, 5, 1)
    fast = y.find_years(text, published=published)
    plain_around = y._around

    def exhaustive(*args: Any, **kwargs: Any) -> Any:
        kwargs.pop("possible", None)  # search every window
        return plain_around(*args, **kwargs)

    with mock.patch.object(y, "_around", exhaustive):
        assert y.find_years(text, published=published) == fast
