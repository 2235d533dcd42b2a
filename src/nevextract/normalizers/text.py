"""Shared text helpers: sentence ranges, word scanning, singular forms.

Sentences are found with one compiled regex pass rather than spaCy's sentencizer: the rules
only need character ranges, and the per-token Python loop of the sentencizer costs more than
the whole regex pass (see benchmarks/).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ..resources import load_json, load_word_list

MATCH_TIMEOUT_S = 5.0  # seconds; hostile input cannot hang a worker (see api.extract)


@dataclass(frozen=True)
class Sentences:
    """Sorted, non-overlapping sentence ranges of a text, with fast lookup by offset."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(s for s, _ in self.spans))

    def index_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def range_at(self, offset: int) -> tuple[int, int]:
        if not self.spans:
            return (offset, offset)
        return self.spans[self.index_at(offset)]


# A candidate boundary: sentence punctuation (optionally closing quotes/brackets) then space,
# then something that can start a sentence; or a line break.
_BOUNDARY = regex.compile(r"""(?<=[.!?]["'”’)\]]?)\s+(?=["'“‘(\[]?[A-Z0-9£$€¥])|\n\s*""")
_INITIALS = regex.compile(r"(?:[A-Z]\.)+[A-Z]")
_LAST_WORD = regex.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_word_list("text/abbreviations.txt"))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Sentences:
    """Sentence ranges of text[start:end], stripped of surrounding whitespace."""
    end = len(text) if end is None else end
    abbreviations = _abbreviations()
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end, timeout=MATCH_TIMEOUT_S):
        if "\n" not in m.group():
            last = _LAST_WORD.search(
                text, max(cursor, m.start() - 12), m.start(), timeout=MATCH_TIMEOUT_S
            )
            if last and (
                last.group(1) in abbreviations
                or _INITIALS.fullmatch(last.group(1), timeout=MATCH_TIMEOUT_S)
            ):
                continue  # "Co. Ltd", "J.D. Power", "U.S. carmakers"
        _append_stripped(text, cursor, m.start(), spans)
        cursor = m.end()
    _append_stripped(text, cursor, end, spans)
    return Sentences(tuple(spans))


def _append_stripped(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


@cache
def word_lists() -> dict[str, Any]:
    data: dict[str, Any] = load_json("text/words.json")
    return data


@cache
def stop_words() -> frozenset[str]:
    return frozenset(word_lists()["stop_words"])


@cache
def _irregular_plurals() -> dict[str, str]:
    return dict(word_lists()["irregular_plurals"])


@cache
def _non_plural_s() -> frozenset[str]:
    return frozenset(word_lists()["non_plural_s"])


def is_plural(word: str) -> bool:
    """English plural by form: the rules only need it for the head noun of a count."""
    low = word.lower()
    if low in _irregular_plurals():
        return _irregular_plurals()[low] != low or low in {"staff", "personnel", "people"}
    if low in _non_plural_s() or len(low) < 3:
        return False
    if word.isupper() and word.endswith("s"):
        return False
    if word[:-1].isupper() and word.endswith("s"):  # NEVs, EVs, MCUs
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def singular(word: str) -> str:
    """Singular form of an English noun (hand-written: the lemmatizer tables of
    spacy-lookups-data are ~100 MB for what a few suffix rules and an exception list do)."""
    low = word.lower()
    irregular = _irregular_plurals().get(low)
    if irregular is not None:
        return word[: len(word) - len(low)] + irregular if word.islower() else irregular
    if not is_plural(word):
        return word
    if word[:-1].isupper():
        return word[:-1]
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]
    return word[:-1]
