"""Round 8 of the speed work: the amount pattern without its said-twice part, where
`SpacedWordPlaces` lists no place for that part's joiner, matches as the whole pattern does;
the fused-period years found at `PrefixPlaces` starts are finditer's; the currency symbols
before an amount, read back as a tree of their ends, as the flat alternation read them."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nevextract.kinds.year import rules as years
from nevextract.normalizers import quantities
from nevextract.normalizers.numbers import alternation, suffix_tree
from nevextract.prefilters import PrefixPlaces, SpacedWordPlaces, cased_prefixes

CORPUS = Path(__file__).parents[1] / "corpus"
SAID = ("p1", "u1")  # the groups of the amount pattern's said-twice part
SETTINGS = settings(
    max_examples=int(os.environ.get("NEVEXTRACT_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PIECES = [
    *["600", "800", "1.5", ",5", ".7", "million", "billion", "bn", "m", "%", " percent"],
    *[
        "GWh",
        " GWh",
        "km",
        " units",
        " yuan",
        " Hong Kong dollars",
        " HKD",
        " euros",
        "$",
        "US$",
        "RMB",
        "€",
        "¥",
        " pct",
    ],
    *[" to ", " to  ", "to", " To ", "\tto\n", "\u00a0to\u3000", " into ", " or ", "-"],
    *[" ", "  ", "\n", "\u00a0", "\u2003", "\x1c", "?", "x", "X", "ſ", "\u0661"],
]


def _groups(m: Any) -> dict[str, Any]:
    # (p1 and u1: the said-twice part's own groups)
    return {name: (m.group(name), m.span(name)) for name in m.re.groupindex if name not in SAID}


def _agree(text: str, pos: int, end: int, said: list[int]) -> bool:
    """Where the gate says no said-twice part can match, both patterns give one match;
    returns whether the gate said so."""
    t = quantities.tables()
    if quantities._said_twice_possible(said, pos, end):
        return False
    whole = t.right.match(text, pos, end)
    plain = t.right_plain.match(text, pos, end)
    assert (whole is None) == (plain is None), (text, pos, end)
    if whole is not None:
        assert whole.span() == plain.span(), (text, pos, end)
        assert all(whole.group(name) is None for name in SAID)
        assert _groups(whole) == _groups(plain), (text, pos, end)
    return True


def _places(text: str, start: int, end: int) -> list[int]:
    gate = quantities.tables().said_twice_places
    assert gate is not None, "the said-twice joiner and its first characters fit the gate"
    return gate.places(text, start, end)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join), st.data())
def test_plain_pattern_where_no_place_is_listed(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    said = _places(text, start, end)
    for pos in range(start, end):
        _agree(text, pos, min(end, pos + quantities._AMOUNT_MAX), said)


def test_plain_pattern_on_the_corpus() -> None:
    t = quantities.tables()
    gated = tried = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        if "gold" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        said = _places(text, 0, len(text))
        for anchor in t.digit_anchor.finditer(text):
            pos = anchor.start()
            tried += 1
            gated += _agree(text, pos, min(len(text), pos + quantities._AMOUNT_MAX), said)
    assert tried and gated > tried // 2  # most amounts are spared the part


def test_a_said_twice_range_is_still_read() -> None:
    text = "It cost 600 million yuan to 800 million yuan, up 5% to 7%, 40GWh to 120GWh."
    said = _places(text, 0, len(text))
    assert quantities._said_twice_possible(said, 8, len(text))
    found = quantities.scan(text)
    assert [(q.value, q.value_max) for q in found] == [(600e6, 800e6), (5, 7), (40, 120)]


def test_places_refuses_what_it_cannot_tell() -> None:
    assert SpacedWordPlaces.of("To", "5") is None  # case: the word is read as written
    assert SpacedWordPlaces.of("to", [" "]) is None  # a first character that is whitespace
    assert SpacedWordPlaces.of("to", []) is None
    gate = SpacedWordPlaces.of("to", "5$")
    assert gate is not None
    assert gate.places("up 4 to 5, into 6, to\u00a0$7, to x", 0, 33) == [5, 19]


# --- the fused periods' scan ----------------------------------------------------------------


def _short_matches(text: str, start: int, end: int) -> tuple[list[Any], list[Any]]:
    p = years._patterns()
    places = p["short_starts"]
    assert places is not None, "every fused period starts with a literal"
    found = places.finditer(p["short"], text, start, end)
    expected = p["short"].finditer(text, start, end)
    return [(m.span(), m.groups()) for m in found], [(m.span(), m.groups()) for m in expected]


PERIODS = ["Q3", "Q1-Q3", "Q1 – Q4", "3Q", "1Q/2Q", "1H", "H2", "H100", "9M", "12M", "10M"]
GLUE = ["22", "24", "'", "’", "1", "0", " ", "\n", "-", ".", ",", "$", "%", "x", "é", "\u3000"]


@SETTINGS
@given(st.lists(st.sampled_from(PERIODS + GLUE), max_size=12).map("".join), st.data())
def test_fused_periods_at_their_prefixes(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found, expected = _short_matches(text, start, end)
    assert found == expected, (text, start, end)


def test_fused_periods_on_the_corpus() -> None:
    total = 0
    for path in sorted(CORPUS.rglob("*.txt")):
        if "gold" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found, expected = _short_matches(text, 0, len(text))
        assert found == expected, path
        total += len(found)
    assert total  # the corpus has fused periods


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        (r"(?<!\w)Q[1-4]x", {"Q1x", "Q2x", "Q3x", "Q4x"}),
        (r"ab|c\s", {"ab", "c"}),  # a class with a category ends what is told
        (r"a*b", {"a", "b"}),
        (r"Ab(?:c|d)+", {"Abc", "Abd"}),
        (r"\d+x", None),  # a non-ASCII digit may start a match
        (r"(?i)ab", None),
        (r"[a-c]x|é", None),
        (r".b", None),
    ],
)
def test_cased_prefixes(pattern: str, prefixes: set[str] | None) -> None:
    found = cased_prefixes(re.compile(pattern))
    assert (None if found is None else set(found)) == prefixes


def test_prefix_places_find_every_prefix() -> None:
    places = PrefixPlaces.of(re.compile(r"Q[12]|1H"))
    assert places is not None
    assert places.starts("Q1 1H Q3 xQ2 1H", 0, 15) == [0, 3, 10, 13]
    assert places.starts("Q1 1H Q3 xQ2 1H", 1, 14) == [3, 10]


# --- the currency symbols before an amount, read back from it --------------------------------


def _left_flat() -> Any:
    """`left` as it was built with a flat alternation of the symbols (longest first)."""
    t = quantities.tables()
    symbols = set(t.prefix_currency)
    tree = suffix_tree(symbols)
    assert t.left.pattern.count(tree) == 1
    flat = t.left.pattern.replace(tree, alternation(symbols))
    return regex.compile(flat, regex.V1 | regex.REVERSE)


def _same_left(flat: Any, text: str, lo: int, pos: int) -> None:
    m1 = flat.search(text, lo, pos)
    m2 = quantities.tables().left.search(text, lo, pos)
    assert (m1 is None) == (m2 is None), (text, lo, pos)
    if m1 is not None:
        spans = [m1.span(i) for i in range(len(m1.groups()) + 1)]
        assert spans == [m2.span(i) for i in range(len(m2.groups()) + 1)], (text, lo, pos)


SYMBOLS = ["$", "US$", "U.S.$", "HK$", "S$", "A$", "RMB", "Rs.", "$ ZN", "¥", "€", "Ruble"]


@SETTINGS
@given(
    st.lists(
        st.sampled_from([*SYMBOLS, "about ", "over ", "between ", "top-", *PIECES]), max_size=10
    ).map("".join),
    st.data(),
)
def test_left_symbols_read_back_as_the_flat_alternation(text: str, data: st.DataObject) -> None:
    flat = _left_flat()
    pos = data.draw(st.integers(0, len(text)))
    _same_left(flat, text, max(0, pos - 40), pos)


def test_left_symbols_on_the_corpus() -> None:
    flat, t = _left_flat(), quantities.tables()
    for path in sorted(CORPUS.rglob("*.txt")):
        if "gold" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for anchor in t.digit_anchor.finditer(text):
            _same_left(flat, text, max(0, anchor.start() - 40), anchor.start())


@SETTINGS
@given(st.sets(st.text(alphabet="ab$. \t", min_size=1, max_size=4), min_size=1, max_size=6))
def test_suffix_tree_reads_the_language_of_the_alternation(words: set[str]) -> None:
    words = {w for w in words if w.strip() == w and "\t" not in w} or {"a"}
    tree = regex.compile(rf"(?:{suffix_tree(words)})$", regex.REVERSE)
    flat = regex.compile(rf"(?:{alternation(words)})$", regex.REVERSE)
    for text in [*words, *(a + b for a in words for b in words), "x a$", "ab  $."]:
        for end in range(len(text) + 1):
            m1, m2 = flat.search(text, 0, end), tree.search(text, 0, end)
            assert (None if m1 is None else m1.span()) == (None if m2 is None else m2.span())
