"""Crashes and invariant violations found by the property tests, the limit tests and the
fuzzing run (fuzz/README.md), one test each, so they stay fixed."""

from __future__ import annotations

import math

import pytest

import nevextract
from nevextract import api
from nevextract.kinds.money import rules as money
from nevextract.normalizers import quantities
from nevextract.normalizers.numbers import parse_amount


def _check(text: str) -> None:
    result = nevextract.extract(text)
    for r in result.records:
        assert text[r.start : r.end] == r.text
        for name in ("value", "value_max", "usd", "usd_max", "quantity", "quantity_max"):
            value = getattr(r, name, None)
            assert value is None or math.isfinite(value), (name, r)


# --- parse_amount: stacked scale words and long digit runs overflowed to inf -------------
# Found by tests/test_limits.py ("5 billion billion ... yuan" became a money record of inf).
# Fix: parse_amount raises ValueError (its "no number" error) when the value is beyond
# float range, and turns decimal.Overflow into the same ValueError.


@pytest.mark.parametrize(
    "text",
    [
        "5 " + "billion " * 40,  # 1e360: float(Decimal) is inf
        "5 " + "billion " * 120_000,  # 1e1080000: decimal.Overflow inside the loop
        "1" * 400,
        "9" * 309 + ".5 million",
    ],
)
def test_parse_amount_out_of_float_range(text: str) -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_amount(text)


def test_parse_amount_still_reads_large_values() -> None:
    assert parse_amount("69.21 billion") == 69_210_000_000.0
    assert parse_amount("1.5 trillion trillion") == 1.5e24
    assert math.isfinite(parse_amount("9" * 300))


def test_stacked_scales_are_no_record() -> None:
    text = "Revenue was 5 " + "billion " * 50 + "yuan last year."
    assert not [q for q in quantities.scan(text) if not math.isfinite(q.value)]
    _check(text)


# --- money.convert: a huge amount at a rate below 1 unit per USD became inf USD ----------
# Found by tests/test_properties.py::test_money_convert
# (value_max=1.1861179303821561e+308, currency='GBP'). Fix: convert returns None (no USD
# equivalent) when the converted value is not finite.


def test_convert_beyond_float_range() -> None:
    assert money.rate_table()["GBP"]  # GBP trades below 1 per USD
    assert money.convert(0.0, 1.1861179303821561e308, "GBP", 1800) is None
    assert money.convert(1.7e308, None, "GBP", 2020) is None
    conv = money.convert(100.0, 200.0, "GBP", 2020)
    assert conv is not None and math.isfinite(conv.usd)


# --- spaCy's tokenizer: quadratic on a long whitespace-free run -----------------------------
# Found by tests/test_limits.py: 20,000 commas took 160 s, 20,000 '(' 109 s (affixes are
# split off one at a time, each split re-scanning the run). Fix (api._make_doc): runs over
# LONG_RUN_CHARS become fixed-size tokens without affix rules; offsets are unchanged.


@pytest.mark.parametrize("run", ["," * 20_000, "(" * 20_000, ")." * 10_000])
def test_long_punctuation_runs_are_chunked(run: str) -> None:
    text = f"BYD sold 3 million cars. {run} Sales rose 5 percent."
    doc = api._make_doc(api.load(), text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= api.LONG_RUN_CHARS
    _check(text)


# --- spaCy's max_length: texts over 1,000,000 characters raised ValueError E088 -----------
# Found by tests/test_limits.py (1.5 MB of digits): a bare ValueError, not a NevextractError,
# although the text was under nevextract's own limit. Fix: api._make_doc calls the tokenizer
# directly; `max_chars` is the one size limit.


def test_text_over_spacy_max_length_but_under_ours() -> None:
    text = "1" * 1_200_000
    assert len(text) > api.load().max_length
    _check(text)


# --- words the regex matches case-insensitively but str.lower() does not name -----------
# Found in review: the regex module's IGNORECASE folds "ſ" to "s" and "İ" to "i", so
# "thiſ year", "ſeven years ago" and "10 dollarſ" matched, and the table lookups keyed by
# str.lower() raised KeyError, crashing extract(). So did a unit said with two spaces
# ("40 sq  m"), which the pattern allows. Fix: numbers.lookup() joins whitespace and, on a
# miss, matches the phrases the regex's way.


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Sales rose thiſ year.", "year", 2024),
        ("Sales rose thİs year.", "year", 2024),
        ("The plant opened ſeven years ago.", "year", 2017),
        ("It cost 10 dollarſ.", "money", 10.0),
        ("A 40 sq  m room.", "figure", 40.0),
    ],
)
def test_case_folded_and_spaced_words_do_not_crash(text: str, kind: str, value: float) -> None:
    from datetime import date

    records = nevextract.extract(text, published=date(2024, 3, 1)).records
    assert [r.value for r in records if r.kind == kind] == [value]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Prices surpaſſed 5 million yuan.", "over"),
        ("Sales were at leaſt 5 million yuan.", "at_least"),
    ],
)
def test_shortcuts_before_the_qualifier_patterns_keep_regex_case_folding(
    text: str, qualifier: str
) -> None:
    """The plain-Python tests that skip a qualifier pattern must not skip it for letters
    only the regex folds to ASCII."""
    money_records = [r for r in nevextract.extract(text).records if r.kind == "money"]
    assert [r.qualifier for r in money_records] == [qualifier]  # type: ignore[union-attr]
