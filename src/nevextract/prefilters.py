"""Cheap necessary conditions of regexes, derived from the data the regexes are built from.

A call into the regex module costs 1-10 µs; most of the places a rule is tried cannot match
(a number not followed by "times", a name not after a role noun). Each prefilter here is
computed from the same phrase list as its regex, so adding a phrase to a data file changes
both, and a prefilter that says "impossible" is exact: the regex could not have matched.
tests/test_prefilters.py checks, for each prefilter in use, that whenever its regex matches
the prefilter passes.

Case-insensitive regexes fold a few non-ASCII letters to ASCII ones ("ſ" is "s", the Kelvin
sign is "k"), which `str.lower` does not: every check below passes non-ASCII text through to
the regex rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Starts:
    """The first characters of a phrase list: a match of `(?:phrases)` at a position begins
    with one of them (lower-cased when `ignore_case`)."""

    chars: frozenset[str]
    ignore_case: bool = False

    @classmethod
    def of(cls, phrases: Iterable[str], ignore_case: bool = False) -> Starts:
        firsts = {p[0] for p in phrases if p}
        if ignore_case:
            firsts = {c.lower() for c in firsts}
        return cls(frozenset(firsts), ignore_case)

    def possible(self, ch: str) -> bool:
        """Can a match begin with the character `ch` ("" at the end of the text)?"""
        if self.ignore_case:
            if not ch.isascii():
                return True
            ch = ch.lower()
        return ch in self.chars

    def possible_after_spaces(self, text: str, pos: int, window: int) -> bool:
        """For `\\s*(?:phrases)` matched at `pos`: the first non-space character of the
        window can begin a phrase."""
        return self.possible(text[pos : pos + window].lstrip()[:1])


@dataclass(frozen=True)
class Endings:
    """How the text before a `(?:phrases)\\s*$` match ends, its trailing whitespace
    stripped: with one of the phrases' last words, and (`whole`) with one of the phrases,
    each run of whitespace read as one space (a phrase's inner space matches any
    whitespace in the regex). `whole` rejects more ("a total of" rather than every "of")
    at the cost of a split of the tails that end with a last word."""

    words: tuple[str, ...]  # last words
    phrases: tuple[str, ...] = ()  # whole phrases, spaces normalised (with `whole`)
    ignore_case: bool = False

    @classmethod
    def of(
        cls,
        phrases: Iterable[str],
        ignore_case: bool = False,
        whole: bool = False,
        hyphen_spaces: bool = False,
    ) -> Endings:
        """`hyphen_spaces`: a hyphen in a phrase may also be written as whitespace
        ("year-on-year" as "year on year"); the last word then follows its last hyphen."""
        if hyphen_spaces:
            phrases = [p.replace("-", " ") for p in phrases]
        normal = {" ".join(p.split()) for p in phrases if p.split()}
        if ignore_case:
            normal = {p.lower() for p in normal}
        lasts = {p.rsplit(" ", 1)[-1] for p in normal}
        return cls(tuple(sorted(lasts)), tuple(sorted(normal)) if whole else (), ignore_case)

    def possible(self, before: str) -> bool:
        """Can a `(?:phrases)\\s*$` search over `before` match?"""
        tail = before.rstrip()
        if self.ignore_case:
            if not tail.isascii():
                return True
            tail = tail.lower()
        if not tail.endswith(self.words):
            return False
        return not self.phrases or " ".join(tail.split()).endswith(self.phrases)


@dataclass(frozen=True)
class Required:
    """Substrings one of which every match of `(?:phrases)` holds: the phrases with any
    phrase that holds a shorter one left out ("sub-brand" holds "brand"). Case-sensitive
    phrases without inner spaces only (an inner space matches any whitespace)."""

    pieces: tuple[str, ...]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Required:
        words = sorted(set(phrases), key=lambda w: (len(w), w))
        if any(not w or regex.search(r"\s", w) for w in words):  # bounded: data phrases
            raise ValueError("Required needs non-empty phrases without whitespace")
        kept: list[str] = []
        for w in words:
            if not any(k in w for k in kept):
                kept.append(w)
        return cls(tuple(kept))

    def possible(self, window: str) -> bool:
        """Can a search for the phrases inside `window` match?"""
        return any(p in window for p in self.pieces)


def tail_before(text: str, end: int, width: int) -> str | None:
    """The last `width` characters before the spaces or tabs that end at `end`, lowercased;
    "" if none end there, None if not ASCII (regex case-insensitivity is not str.lower()
    beyond ASCII: 'ſ' matches 's'). The cheap form of `Endings.possible` for a
    `(?:phrases)[ \\t]+$` cue, computed once per name and tried against several cues."""
    if end > width + 1 and text[end - 1] == " " and text[end - 2] not in " \t":
        tail = text[end - 1 - width : end - 1]  # the usual case: one space before the name
        return tail.lower() if tail.isascii() else None
    if end and text[end - 1] == "\n":
        end -= 1  # `$` also matches before a final newline
    i = end
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == end:
        return ""
    tail = text[max(0, i - width) : i]
    return tail.lower() if tail.isascii() else None


@dataclass(frozen=True)
class CueEnding:
    """The last words of a `(?i:...(phrases))[ \\t]+$` cue, for `tail_before`'s tails.

    `possible` is a cheap necessary condition of that cue ending where a name starts, so
    most names skip the regex call (~2 µs each).
    """

    words: tuple[str, ...]  # lowercase

    @classmethod
    def of(cls, phrases: Iterable[str]) -> CueEnding:
        return cls(Endings.of(phrases, ignore_case=True).words)

    def possible(self, tail: str | None) -> bool:
        """`tail`: what `tail_before` gives for the offset where the name starts."""
        return tail is None or tail.endswith(self.words)
