"""Shared text helpers: sentence ranges, word scanning, singular forms.

Sentences are found with one compiled regex pass rather than spaCy's sentencizer: the rules
only need character ranges, and the per-token Python loop of the sentencizer costs more than
the whole regex pass (see benchmarks/).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from ..limits import MATCH_TIMEOUT_S
from ..resources import load_json, load_word_list
from .text_rules import SENTENCES_PATH, parse_rules


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


class _Breaks(NamedTuple):
    """The sentence break rules of patterns/en/text/sentences.json, compiled."""

    boundary: regex.Pattern[str]
    after_stop: regex.Pattern[str]
    stop_chars: frozenset[str]  # stops and closers of the spaced stops
    closers: frozenset[str]
    openers: str  # opening quotes/brackets before a sentence's first character
    no_break: frozenset[str]  # the `rule` of each no-break rule
    abbreviations: frozenset[str]


def _char_class(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


@cache
def _breaks() -> _Breaks:
    """The break rules: a sentence start is a letter of any script (either case), a digit, a
    symbol or an opener, optionally after an opener; a candidate boundary is a spaced stop
    (optionally one closer) then space (group 1) then a sentence start, an unspaced stop then
    optional space (group 2), or a line break. Matching the punctuation rather than looking
    behind for it lets the regex engine skip ahead to it."""
    rules = parse_rules(load_json(SENTENCES_PATH))
    start = rules.sentence_start
    opener = _char_class(start.openers)
    begins = rf"(?=[{opener}]?[\p{{L}}\p{{N}}{_char_class(start.symbols)}{opener}])"
    stops = _char_class(rules.spaced_stop.stops)
    closer = _char_class(rules.spaced_stop.closers)
    unspaced = _char_class(rules.unspaced_stop.stops)
    words: set[str] = set()
    for row in rules.no_break:
        if row.words:
            words.update(load_word_list(row.words))
    no_break = frozenset(row.rule for row in rules.no_break)
    # a line break; with `wrapped_line`, not one inside a hard-wrapped sentence (a word or a
    # comma, one line break, a lower-case letter: "it is aiming to more than double its
    # annual\nvehicle sales")
    line_break = (
        r"(?<![\p{L}\p{N},])\n\s*|\n(?!\p{Ll})\s*" if "wrapped_line" in no_break else r"\n\s*"
    )
    return _Breaks(
        regex.compile(rf"[{stops}][{closer}]?(\s+){begins}|[{unspaced}](\s*)(?=\S)|{line_break}"),
        # the same boundary where the punctuation lies before `start` and cannot be matched
        regex.compile(rf"(?<=[{stops}][{closer}]?)\s+{begins}"),
        frozenset(rules.spaced_stop.stops + rules.spaced_stop.closers),
        frozenset(rules.spaced_stop.closers),
        start.openers,
        no_break,
        frozenset(words),
    )


def _abbreviations() -> frozenset[str]:
    """The words of the abbreviation rule (loads the break rules: api warms this cache)."""
    return _breaks().abbreviations


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


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Sentences:
    """Sentence ranges of text[start:end], stripped of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    breaks = _breaks()
    if start > 0 and text[start - 1] in breaks.stop_chars:
        # a boundary at `start` or after one closing quote there, whose full stop is before
        # `start`: the first boundary, and never an abbreviation's (no "." in the range)
        for at in (start, start + 1):
            if at > start and text[start : start + 1] not in breaks.closers:
                break  # a full stop at `start` is inside the range: the loop below decides
            head = breaks.after_stop.match(text, at, end, timeout=MATCH_TIMEOUT_S)
            if head is not None:
                _append_stripped(text, cursor, at, spans)
                cursor = head.end()
                break
    # Linear whatever the input: the one repetition before the lookahead (`\s+`) backtracks
    # only over its own run, so the scan is one pass; a timeout would read the clock at every
    # boundary (a third of the splitter's time).
    for m in breaks.boundary.finditer(text, cursor, end):  # bounded: a linear one-pass scan
        at = m.start(1)
        if at < 0:
            at = m.start(2)  # after a CJK full stop
            if at < 0:
                at = m.start()  # a line break
        elif (
            text[at - 1] == "."  # (_ends_sentence holds back only a full stop: no call else)
            and "\n" not in m.group(1)
            and not _ends_sentence(text, cursor, at, m.end(), breaks)
        ):
            continue
        if cursor < at and not text[cursor].isspace() and not text[at - 1].isspace():
            spans.append((cursor, at))  # (most sentences: nothing to strip, no call)
        else:
            _append_stripped(text, cursor, at, spans)
        cursor = m.end()
    _append_stripped(text, cursor, end, spans)
    return Sentences(tuple(spans))


def _ends_sentence(text: str, cursor: int, at: int, nxt: int, breaks: _Breaks) -> bool:
    """Whether the punctuation before text[at] (then space, then text[nxt]) ends a sentence,
    by the no-break rules (sentences.json): not after an abbreviation or initials ("Co. Ltd",
    "J.D. Power", "U.S. carmakers"), and, before a lower-case word, not after an ellipsis or
    lower-case initials ("a.m. on"). Only a full stop is held back."""
    if text[at - 1] != ".":
        return True
    rules = breaks.no_break
    lower = text[nxt].islower() or (
        text[nxt] in breaks.openers and text[nxt + 1 : nxt + 2].islower()
    )
    if lower and text[at - 2 : at - 1] == "." and "ellipsis_before_lower" in rules:
        return False  # "sales fell... then rose"
    word = _last_word(text, max(cursor, at - 12), at - 1)
    if not word:
        return True
    if word in breaks.abbreviations:  # (an empty set where the rule is off)
        return False
    if "initials" not in rules:
        return True
    return not _is_initials(word, lower and "lower_initials_before_lower" in rules)


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


@lru_cache(maxsize=4096)  # the same few hundred nouns come back: kept here, not per caller
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


@lru_cache(maxsize=4096)
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
