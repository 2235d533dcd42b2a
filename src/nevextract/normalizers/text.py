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

from ..limits import MATCH_TIMEOUT_S
from ..resources import load_json, load_word_list


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

    def bounded(self, text: str, max_chars: int) -> Sentences:
        """These ranges with every one longer than `max_chars` (a text without sentence
        boundaries) cut into pieces of at most that, at a space where there is one, so
        that work per sentence stays bounded."""
        if all(e - s <= max_chars for s, e in self.spans):
            return self
        spans: list[tuple[int, int]] = []
        for s, e in self.spans:
            while e - s > max_chars:
                cut = text.rfind(" ", s + max_chars // 2, s + max_chars)
                cut = cut if cut > s else s + max_chars
                _append_stripped(text, s, cut, spans)
                s = cut
            _append_stripped(text, s, e, spans)
        return Sentences(tuple(spans))


# What can start a sentence: a letter of any script (upper or lower case, CJK), a digit, a
# currency sign or an opening quote/bracket, optionally after an opening quote/bracket.
_START = r"""(?=["'“‘(\[]?[\p{L}\p{N}£$€¥"'“‘(\[])"""
# A candidate boundary: sentence punctuation (optionally closing quotes/brackets) then space
# (group 1), then something that can start a sentence; a CJK full stop, then optional space
# (group 2); or a line break. Matching the punctuation rather than looking behind for it lets
# the regex engine skip ahead to it.
_BOUNDARY = regex.compile(rf"""[.!?]["'”’)\]]?(\s+){_START}|[。！？](\s*)(?=\S)|\n\s*""")
# The same boundary where the punctuation lies before `start` and cannot be matched.
_BOUNDARY_AFTER_STOP = regex.compile(rf"""(?<=[.!?]["'”’)\]]?)\s+{_START}""")
_STOP_CHARS = frozenset(""".!?"'”’)]""")
_CLOSERS = frozenset(""""'”’)]""")
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
# Line breaks other than \n (a lone CR, U+2028/U+2029, NEL, VT, FF): `unify_line_breaks`
_OTHER_BREAKS = regex.compile(r"\r(?!\n)|[\x0b\x0c\x85\u2028\u2029]")
_OTHER_BREAK_CHARS = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def unify_line_breaks(text: str) -> str:
    """`text` with every line break written as \\n (a CR of CRLF is kept). One character
    for one, so offsets into the result index the original text."""
    if not any(c in text for c in _OTHER_BREAK_CHARS):
        return text
    unified: str = _OTHER_BREAKS.sub("\n", text, timeout=MATCH_TIMEOUT_S)
    return unified


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_word_list("text/abbreviations.txt"))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Sentences:
    """Sentence ranges of text[start:end], stripped of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    if start > 0 and text[start - 1] in _STOP_CHARS:
        # a boundary at `start` or after one closing quote there, whose full stop is before
        # `start`: the first boundary, and never an abbreviation's (no "." in the range)
        for at in (start, start + 1):
            if at > start and text[start : start + 1] not in _CLOSERS:
                break  # a full stop at `start` is inside the range: the loop below decides
            head = _BOUNDARY_AFTER_STOP.match(text, at, end, timeout=MATCH_TIMEOUT_S)
            if head is not None:
                _append_stripped(text, cursor, at, spans)
                cursor = head.end()
                break
    for m in _BOUNDARY.finditer(text, cursor, end, timeout=MATCH_TIMEOUT_S):
        at = m.start(1)
        if at < 0:
            at = m.start(2)  # after a CJK full stop
            if at < 0:
                at = m.start()  # a line break
        elif "\n" not in m.group(1) and not _ends_sentence(text, cursor, at, m.end()):
            continue
        _append_stripped(text, cursor, at, spans)
        cursor = m.end()
    _append_stripped(text, cursor, end, spans)
    return Sentences(tuple(spans))


def _ends_sentence(text: str, cursor: int, at: int, nxt: int) -> bool:
    """Whether the punctuation before text[at] (then space, then text[nxt]) ends a sentence:
    not after an abbreviation or initials ("Co. Ltd", "J.D. Power", "U.S. carmakers"), and,
    before a lower-case word, not after an ellipsis or lower-case initials ("a.m. on")."""
    if text[at - 1] != ".":
        return True
    lower = text[nxt].islower() or (text[nxt] in "\"'“‘([" and text[nxt + 1 : nxt + 2].islower())
    if lower and text[at - 2 : at - 1] == ".":
        return False  # "sales fell... then rose"
    word = _last_word(text, max(cursor, at - 12), at - 1)
    if not word:
        return True
    return not (word in _abbreviations() or _is_initials(word, lower))


def _last_word(text: str, start: int, dot: int) -> str:
    """The word before the full stop at `dot`: the run of ASCII letters and dots that ends
    there (from `start` on), from its first letter; "" if there is none."""
    before = text[start:dot]
    return before[len(before.rstrip(_WORD_CHARS)) :].lstrip(".")


def _is_initials(word: str, lower: bool = False) -> bool:
    """`U.S`, `J.D`: capital letters joined by dots (the word has only letters and dots);
    with `lower`, also lower-case ones (`p.m`)."""
    letters = word[::2]
    return (
        len(word) % 2 == 1
        and len(word) > 1
        and word[1::2] == "." * (len(word) // 2)
        and letters.isalpha()
        and (letters.isupper() or (lower and letters.islower()))
    )


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
