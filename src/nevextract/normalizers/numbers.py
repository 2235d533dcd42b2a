"""Numbers as written in news: digit groups, decimals, scale words and number words.

`parse_amount("69.21 billion")` → 69210000000.0; `parse_amount("a dozen")` → 12.0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any, TypeVar

import regex

from ..limits import MATCH_TIMEOUT_S
from ..resources import load_json

Lexicon = dict[str, Any]
V = TypeVar("V")


@cache
def lexicon() -> Lexicon:
    data: Lexicon = load_json("numeric/lexicon.json")
    return data


def _table(name: str) -> dict[str, float]:
    table = lexicon()[name]
    assert isinstance(table, dict)
    return {k.lower(): float(v) for k, v in table.items() if not k.startswith("_")}


@cache
def number_words() -> dict[str, float]:
    return _table("number_words")


@cache
def scales() -> dict[str, float]:
    return _table("scales")


@cache
def attached_scales() -> dict[str, float]:
    return _table("attached_scales") | money_scales()


@cache
def money_scales() -> dict[str, float]:
    return _table("money_scales")


def alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    ordered = sorted({_one_space(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_SPACES = regex.compile(r" {2,}")


def _one_space(phrase: str) -> str:
    """A run of spaces in a phrase is one space: each space already stands for any run of
    whitespace (two would need two whitespace characters, and the prefix tree could not share
    the run)."""
    return _SPACES.sub(" ", phrase) if "  " in phrase else phrase  # bounded: a data phrase


def lookup(table: Mapping[str, V], matched: str, ignore_case: bool = True) -> V | None:
    """The entry of `table` whose phrase, spelt as `alternation` spells it, matched `matched`.

    Usually the matched text with its whitespace runs joined and (with `ignore_case`)
    lower-cased is the key. The regex module's case-insensitive matching also equates a
    few letters that `str.lower` keeps apart ("ſ" and "s", "İ" and "i"), so on a miss the
    phrases are matched again the regex's way rather than failing on such text.
    """
    key = " ".join(matched.split())
    key = key.lower() if ignore_case else key
    if key in table:
        return table[key]
    if key.isascii():  # on ASCII the regex folds case exactly as str.lower does
        return None
    flags = regex.IGNORECASE if ignore_case else 0
    for phrase, value in table.items():  # bounded: one matched phrase, rare
        if regex.fullmatch(alternation([phrase]), key, flags, timeout=MATCH_TIMEOUT_S):
            return value
    return None


def prefix_tree(words: list[str] | set[str] | frozenset[str], ignore_case: bool = False) -> str:
    """The same language as `alternation(words)`, factored into a prefix tree.

    The regex module tries a flat alternation branch by branch; the tree shares each
    prefix, so a 170-word unit list costs a few character tests instead of 170 (matching
    is 2-3x faster and compiling 2x). Both try the longest phrase first: the phrases that
    match at one position are prefixes of one another, and the tree prefers going on to
    stopping. That holds only when matching runs forwards from a fixed start, so REVERSE
    patterns keep `alternation`. With `ignore_case` (for use inside `(?i:...)`) the words
    are lower-cased first, so no two branches differ only in case.
    """
    tree: dict[str, Any] = {}
    for word in {_one_space(w) for w in words}:
        node = tree
        for ch in word.lower() if ignore_case else word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _render(tree)


def _render(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if ch == " " else regex.escape(ch)) + _render(node[ch]) for ch in sorted(node) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else f"{body}?"


def suffix_tree(words: list[str] | set[str] | frozenset[str]) -> str:
    """The same language as `alternation(words)`, factored into a tree of the phrases' ends:
    `prefix_tree`'s mirror, for REVERSE patterns (the engine reads a sequence from its last
    item back). A flat alternation of many phrases, optional in a REVERSE pattern, is tried
    branch by branch at every step of a search; the tree reads the last character once.
    Both try the longest phrase first: the phrases that match back from one position end
    with one another (a whitespace run is one `\\s+`, bounded by other characters), and
    the tree prefers going on to stopping."""
    tree: dict[str, Any] = {}
    for word in {_one_space(w) for w in words}:
        node = tree
        for ch in reversed(word):
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase starts here
    return _render_back(tree)


def _render_back(node: dict[str, Any]) -> str:
    branches = [
        _render_back(node[ch]) + (r"\s+" if ch == " " else regex.escape(ch))
        for ch in sorted(node)
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?"


_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")


@cache
def _number_words_longest_first() -> list[str]:
    return sorted(number_words(), key=len, reverse=True)


# the same amounts come back from article to article ("2023", "10", "1.5 million"); keyed by
# rule source as every cache over text is (resources.key_caches_by_source)
@lru_cache(maxsize=4096)
def parse_amount(text: str) -> float:
    """Value of one amount: digits or number words, optionally followed by scale words.

    Decimal arithmetic until the end, so 69.21 billion is exactly 69210000000.0.
    Raises ValueError when the text holds no number or one too large for a float.
    """
    if text[:1].isdigit() and text.isascii():
        plain = text.replace(",", "") if "," in text else text
        head, dot, tail = plain.partition(".")
        if head.isdigit() and (not dot or tail.isdigit()):
            # most amounts: digits, digit groups, a decimal point. The Decimal path below
            # reads them the same (commas dropped), and float() of the digits is already exact
            result = float(plain)
            if not math.isfinite(result):
                raise ValueError(f"amount out of range: {text[:40]!r}")
            return result
    s = " ".join(text.lower().replace("-", " ").split())
    value: Decimal | None = None
    rest = s
    m = _DIGITS.match(s)  # bounded: anchored, and no two repetitions compete (linear)
    if m:
        try:
            value = Decimal(m.group().replace(",", ""))
        except InvalidOperation as exc:
            raise ValueError(f"not a number: {text!r}") from exc
        rest = s[m.end() :].strip()
    else:
        for phrase in _number_words_longest_first():
            if s == phrase or s.startswith(phrase + " "):
                value = Decimal(str(number_words()[phrase]))
                rest = s[len(phrase) :].strip()
                break
        else:
            # compound tens: "twenty five" (hyphen already turned into a space)
            parts = s.split(" ")
            if len(parts) >= 2 and parts[0] in number_words() and parts[1] in number_words():
                value = Decimal(str(number_words()[parts[0]] + number_words()[parts[1]]))
                rest = " ".join(parts[2:])
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    if value == value.to_integral_value() and value < 100 and rest:
        # "twenty five" after a tens word
        parts = rest.split(" ")
        unit = number_words().get(parts[0])
        if unit is not None and unit < 10 and value % 10 == 0 and value >= 20:
            value += Decimal(str(unit))
            rest = " ".join(parts[1:])
    words = rest.split()
    i = 0
    while i < len(words):
        factor = scales().get(words[i]) or attached_scales().get(words[i])
        if factor is None:
            break
        try:
            value *= Decimal(str(factor))
        except ArithmeticError as exc:  # decimal.Overflow: "billion billion ..." x 100,000
            raise ValueError(f"amount out of range: {text[:40]!r}") from exc
        i += 1
        if factor == 100 and value < 1000:  # "three hundred (and) fifty(-five) thousand"
            i += words[i : i + 1] == ["and"]
            for _ in range(2):  # a tens word, then a ones word
                small = number_words().get(words[i]) if i < len(words) else None
                if small is None or small >= 100:
                    break
                value += Decimal(str(small))
                i += 1
    result = float(value)
    if not math.isfinite(result):  # beyond float: 400 digits, or 40 stacked scale words
        raise ValueError(f"amount out of range: {text[:40]!r}")
    return result
