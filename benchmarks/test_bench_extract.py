"""Warm throughput: the tokenizer baseline, the full extractor and the reader, per article."""

from __future__ import annotations

from typing import Any

import pytest
from _corpus import total_words


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    import spacy

    blank = spacy.blank("en")
    return blank.tokenizer


def test_tokenizer_baseline(benchmark: Any, record_speed: Any, tokenizer: Any, texts: list[str]):
    """spacy.blank("en") tokenizer over the same texts: the denominator of every ratio."""
    for t in texts:  # warm-up
        tokenizer(t)

    def run() -> None:
        for t in texts:
            tokenizer(t)

    benchmark(run)
    record_speed(total_words(texts))


def test_extract_per_article(benchmark: Any, record_speed: Any, nlp: Any, texts: list[str]):
    """`nevextract.extract` on every article (pipeline already loaded: warm)."""
    import nevextract

    for t in texts[:3]:  # warm-up
        nevextract.extract(t)

    def run() -> int:
        return sum(len(nevextract.extract(t).records) for t in texts)

    assert benchmark(run) > 0
    record_speed(total_words(texts))
    benchmark.extra_info["articles"] = len(texts)


def test_reader_parse_article(benchmark: Any, record_speed: Any, texts: list[str]):
    """`nevextract.reader.parse_article`: header, dateline, body span."""
    from nevextract.reader import parse_article

    def run() -> None:
        for t in texts:
            parse_article(t)

    run()  # warm-up
    benchmark(run)
    record_speed(total_words(texts))


def test_extract_scaled(
    benchmark: Any, record_speed: Any, nlp: Any, scaled_texts: list[str], rounds: int
):
    """The full extractor over corpus/ × scale (NEVEXTRACT_BENCH_SCALES): linear scaling means
    words/s stays the same as the corpus grows."""
    import nevextract

    for t in scaled_texts[:3]:
        nevextract.extract(t)

    def run() -> None:
        for t in scaled_texts:
            nevextract.extract(t)

    benchmark.pedantic(run, rounds=rounds, iterations=1)
    record_speed(total_words(scaled_texts))
    benchmark.extra_info["articles"] = len(scaled_texts)
