"""Cost stays linear in the text: doubling an input roughly doubles the work and the output.

Work is counted, not timed: the Python lines, calls and returns the interpreter runs while
extracting (`sys.settrace` events), a deterministic measure in which a loop over pairs of
records or a rescan of the sentence per record shows up as a 4x step when the input doubles.
Every shape is one record kind's hot path written with no sentence boundary (the worst case
for per-sentence work), at sizes past every bound of the rules (SCOPE_MAX_CHARS ...). Timed
runs of the same shapes at 100 KB and 1 MB are in benchmarks/test_bench_hostile.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from nevextract.api import extract, load
from nevextract.extraction import SENTENCE_CONTEXT_CHARS, SENTENCE_MAX_CHARS
from nevextract.normalizers.text import split_sentences

# Linear work doubles (a little less: per-article overhead); quadratic work quadruples.
MAX_RATIO = 2.6
SIZE = 6_000  # characters of the smaller input; the larger is twice this


def _firm_list(n: int) -> str:
    names = " ".join(f"Alpha{i} Motors Co., Ltd," for i in range(n // 24 + 1))
    return "Its suppliers include companies such as " + names


SHAPES: dict[str, Callable[[int], str]] = {
    # the kind of record each shape is the hot path of, and the shape
    "percentage-sign": lambda n: "10% " * (n // 4),
    "percentage-word": lambda n: "Sales rose 10 percent " * (n // 22),
    "percentage-compared": lambda n: "up 5 percent from 3 percent " * (n // 28),
    "money": lambda n: "revenue of $5 million " * (n // 22),
    "money-rtl-marks": lambda n: "sales were \u200f$5 million\u200f and " * (n // 30),
    "figure": lambda n: "5,000 units " * (n // 12),
    "year": lambda n: "2019 " * (n // 5),
    "year-with-amounts": lambda n: "10%, 2020, " * (n // 11),
    "firm": _firm_list,
    "target": lambda n: "BYD aims to sell " * (n // 17),
    "target-with-deadline": lambda n: "BYD aims to sell 5 units by 2025 " * (n // 33),
    "lower-case-sentences": lambda n: "sales rose 10 percent to 5,000 units in 2023. " * (n // 46),
    "cjk-sentences": lambda n: "比亚迪 sales rose 10 percent to 5,000 units in 2023. " * (n // 50),
}


def _work(fn: Callable[[], Any]) -> int:
    """How many trace events (lines, calls, returns) running `fn` takes."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(previous)
    return count


def _run(text: str) -> tuple[int, int, int]:
    """(work, output characters, records) of extracting `text`."""
    out: list[str] = []
    records: list[int] = []

    def go() -> None:
        result = extract(text)
        records.append(len(result.records))
        out.append(result.model_dump_json())

    return _work(go), len(out[0]), records[0]


@pytest.fixture(scope="module", autouse=True)
def _loaded() -> None:
    load()
    extract("BYD sold 5,000 units, up 10% in 2023, and aims to sell $5 million by 2025.")


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_doubling_the_input_doubles_work_and_output(shape: str) -> None:
    small = SHAPES[shape](SIZE)
    large = SHAPES[shape](2 * SIZE)
    work1, out1, n1 = _run(small)
    work2, out2, n2 = _run(large)
    assert n1 > 0, "the shape must make records, or it tests nothing"
    assert n2 >= 1.8 * n1 or shape.startswith("target")  # repeated cues make one target
    assert work2 / work1 < MAX_RATIO, (work1, work2)
    assert out2 / out1 < MAX_RATIO, (out1, out2)


def test_the_work_measure_sees_a_quadratic_loop() -> None:
    """The measure itself: a loop over pairs quadruples when its input doubles."""

    def pairs(n: int) -> Callable[[], int]:
        return lambda: sum(1 for i in range(n) for j in range(n) if i < j)

    assert _work(pairs(200)) / _work(pairs(100)) > 3.5


def test_a_record_sentence_is_a_bounded_window_of_a_huge_sentence() -> None:
    text = "10% " * 2_000  # no sentence boundary: one 8,000-character sentence
    records = extract(text).records
    assert len(records) == 2_000
    for r in records:
        assert r.text in r.sentence
        assert len(r.sentence) <= 2 * SENTENCE_CONTEXT_CHARS + len(r.text)
    middle = records[1_000]
    assert text.find(middle.sentence, middle.start - SENTENCE_CONTEXT_CHARS) <= middle.start


def test_a_normal_sentence_is_kept_whole() -> None:
    sentence = "BYD sold 5,000 units in March, up 10% from a year earlier, " * 8
    sentence = sentence.rstrip(", ") + "."
    assert len(sentence) <= SENTENCE_MAX_CHARS
    text = "Sales rose. " + sentence + " Exports fell 3%."
    records = extract(text).records
    inside = [r for r in records if text.index(sentence) <= r.start < len(text) - 18]
    assert inside and all(r.sentence == sentence for r in inside)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Sales rose 5%. sales fell 3% in May.", "Sales rose 5%."),
        ("Sales rose 5%. 2023 was a record year.", "Sales rose 5%."),
        ('Sales rose 5%. "We are pleased," it said.', "Sales rose 5%."),
        ("Sales rose 5%. “we are pleased,” it said.", "Sales rose 5%."),
        ("Sales rose 5%. 比亚迪 sold more.", "Sales rose 5%."),
        ("比亚迪销量增长5%。蔚来销量下降3%。", "比亚迪销量增长5%。"),
    ],
)
def test_sentences_may_begin_with_lower_case_digits_quotes_and_cjk(text: str, first: str) -> None:
    spans = split_sentences(text).spans
    assert len(spans) == 2
    assert text[slice(*spans[0])] == first


@pytest.mark.parametrize(
    "text",
    [
        "U.S. sales rose 5% in May.",
        "Shandong Wuzheng Group Co. said sales rose.",
        "The plant opens at 9 a.m. on Monday.",
        "Sales fell... then rose again in May.",
        "Cars, e.g. the Seal, sold well.",
        "Sales rose 5% vs. last year.",
    ],
)
def test_abbreviations_and_ellipses_do_not_end_a_sentence(text: str) -> None:
    assert split_sentences(text).spans == ((0, len(text)),)


def test_bounded_sentences_cut_a_huge_sentence_at_spaces() -> None:
    text = "Short one. " + "word " * 1_000 + "end. Last one."
    sentences = split_sentences(text)
    bounded = sentences.bounded(text, 300)
    assert bounded.spans[0] == sentences.spans[0] and bounded.spans[-1] == sentences.spans[-1]
    middle = bounded.spans[1:-1]
    assert len(middle) > 10
    assert all(e - s <= 300 for s, e in middle)
    assert " ".join(text[s:e] for s, e in middle) == text[slice(*sentences.spans[1])]
    assert sentences.bounded(text, 10_000) is sentences  # nothing to cut
