"""Hostile articles: each completes with records or a clear NevextractError, never a hang or
an unrelated exception. No wall-clock assertions here (benchmarks live in benchmarks/); the
inputs are chosen so that a regression to quadratic behaviour makes this file crawl."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nevextract
from nevextract import api
from nevextract.errors import ArticleError, ConfigError, NevextractError
from nevextract.models import ExtractionResult
from nevextract.normalizers import quantities


def _complete(text: str, **kwargs: object) -> ExtractionResult | NevextractError:
    """Run the whole pipeline; return the result (checked) or the NevextractError raised."""
    try:
        result = nevextract.extract(text, **kwargs)  # type: ignore[arg-type]
    except NevextractError as exc:
        assert str(exc)
        return exc
    for r in result.records:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.text
        for name in ("value", "value_max", "usd", "usd_max", "quantity", "quantity_max"):
            value = getattr(r, name, None)
            assert value is None or math.isfinite(value), (name, r)
    return result


def test_ten_megabytes_of_digits_is_over_the_size_limit() -> None:
    text = "7" * 10_000_000
    with pytest.raises(ArticleError) as info:
        nevextract.extract(text, article_id="digits")
    assert info.value.path == "digits"
    assert "article is 10,000,000 characters, over the limit of 2,000,000" in str(info.value)


def test_size_error_names_the_path() -> None:
    with pytest.raises(ArticleError, match="over the limit of 10") as info:
        nevextract.extract("x" * 11, path="feeds/a.txt", max_chars=10)
    assert info.value.path == "feeds/a.txt"


def test_limit_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(api.MAX_CHARS_ENV, "1000")
    assert api.max_chars_limit() == 1000
    with pytest.raises(ArticleError, match="over the limit of 1,000"):
        nevextract.extract("BYD sold 3 million cars. " * 100)
    assert isinstance(_complete("BYD sold 3 million cars."), ExtractionResult)
    # the keyword argument wins over the environment
    assert isinstance(
        _complete("BYD sold 3 million cars. " * 100, max_chars=5000), ExtractionResult
    )


def test_bad_limit_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(api.MAX_CHARS_ENV, "lots")
    with pytest.raises(ConfigError, match=api.MAX_CHARS_ENV):
        nevextract.extract("BYD sold 3 million cars.")


def test_default_limit() -> None:
    assert api.max_chars_limit() == api.DEFAULT_MAX_CHARS == 2_000_000


def test_digits_with_the_limit_raised() -> None:
    text = "1" * 1_500_000
    assert isinstance(_complete(text, max_chars=3_000_000), ExtractionResult)


def test_digits_with_spaces_and_commas() -> None:
    text = "1,234,567 " * 10_000 + "\n" + "9" * 1000 + "," * 1000
    assert isinstance(_complete(text), ExtractionResult)


def test_hundred_thousand_commas() -> None:
    # spaCy's tokenizer splits them one by one in quadratic time without api._make_doc
    assert isinstance(_complete("," * 100_000), ExtractionResult)


def test_billion_repeated() -> None:
    assert isinstance(_complete("billion " * 50_000), ExtractionResult)
    assert isinstance(_complete("5 " + "billion " * 50_000 + "yuan"), ExtractionResult)


def test_single_five_megabyte_line() -> None:
    sentence = "The company said sales of new energy vehicles grew strongly in the region. "
    text = (sentence * (5_000_000 // len(sentence) + 1))[:5_000_000]
    assert "\n" not in text
    with pytest.raises(ArticleError, match="over the limit"):
        nevextract.extract(text)
    assert isinstance(_complete(text, max_chars=6_000_000), ExtractionResult)


def test_five_megabyte_word() -> None:
    assert isinstance(_complete("x" * 5_000_000, max_chars=6_000_000), ExtractionResult)


def test_deeply_nested_brackets() -> None:
    assert isinstance(_complete("(" * 100_000), ExtractionResult)
    assert isinstance(_complete("(" * 50_000 + "5 billion yuan" + ")" * 50_000), ExtractionResult)


def test_many_blank_lines_and_spaces() -> None:
    assert isinstance(_complete("\n" * 100_000 + " " * 100_000 + "\t" * 10_000), ExtractionResult)


def test_long_runs_keep_offsets() -> None:
    text = "BYD sold 3 million cars. " + "-" * 250 + " It earned 5 billion yuan,\n" + "a" * 301
    result = _complete(text)
    assert isinstance(result, ExtractionResult)
    assert any(r.text == "5 billion yuan" for r in result.records)
    assert api._make_doc(api.load(), text).text == text


def test_regex_timeout_is_an_article_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A regex that runs out of time fails that article with ArticleError, not TimeoutError."""
    calls = 0

    def slow_scan(text: str, start: int = 0, end: int | None = None) -> list[object]:
        nonlocal calls
        calls += 1
        raise TimeoutError("regex timed out")  # what `regex` raises when `timeout=` runs out

    monkeypatch.setattr(quantities, "scan", slow_scan)
    with pytest.raises(ArticleError, match="timed out") as info:
        nevextract.extract("BYD sold 3 million cars in 2023.", article_id="slow")
    assert calls == 1
    assert info.value.path == "slow"


def test_real_regex_timeout_is_an_article_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quantities, "MATCH_TIMEOUT_S", 1e-9)
    # a number word ("three"): the amount scan tries its timed word pattern only where one
    # can start, and where whitespace runs after it (a short window is read untimed)
    text = "Sales rose 5 percent to three  million units worth 9 billion yuan. " * 5_000
    with pytest.raises(ArticleError, match="timed out"):
        nevextract.extract(text)


@given(
    st.text(alphabet=st.sampled_from(["a", ",", " ", "\n", "\x1c", "\x1f", "\xa0"]), max_size=400)
)
def test_the_long_run_pre_check_never_misses_a_run(text: str) -> None:
    """The fast pre-check may say yes wrongly, never no: U+001C-U+001F split words for
    `str.split` but not for the regex's \\s."""
    if api._LONG_RUN.search(text, timeout=5.0):
        assert api._may_have_long_run(text)


def test_the_pre_check_sends_a_run_with_a_python_separator_to_the_regex() -> None:
    text = "x " + ("a" * 60 + "\x1c") * 3 + " y"
    assert api._LONG_RUN.search(text, timeout=5.0)
    assert api._may_have_long_run(text)
