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

Two derivers read a regex's own parse tree instead of a phrase list:
`required_literals`/`Prefiltered` (literals one of which every match holds, tested on the raw
text; the reader's line checks) and `anchors`/`Anchors` (lower-case words one of which every
match holds or its lookahead sees, tested on text whose whitespace is spaces, with a cost model
choosing the cheapest gate; the target stage's gates). They answer different questions (raw
literals vs. whole words under spacing rules), so both are kept, side by side.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the regex's own parser
from typing import Any

import regex

from .limits import MATCH_TIMEOUT_S


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


def _parsed(pattern: str) -> Any:
    """The parse tree of a pattern, or None when the standard parser cannot read it (regex
    module syntax) or it is too deep: the callers then derive no prefilter."""
    try:
        return sre_parse.parse(pattern)
    except (_C.error, RecursionError, OverflowError):
        return None


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


# Literals every match holds, from the parse tree (the reader's line checks)

_C = sre_parse  # the opcode names live on the parser module (re._constants re-exported)
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | (
    {_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set()
)
_MIN_LITERAL = 2  # a set with a shorter literal filters too little to be worth a check
_MAX_EXACT = 64  # alternatives of literals followed before a run is cut


def required_literals(
    pattern: str | re.Pattern[str], min_length: int = _MIN_LITERAL
) -> frozenset[str] | None:
    """Literals one of which every match of `pattern` contains (casefolded where the regex
    ignores case), or None when no such set of literals of at least `min_length` characters
    is found."""
    source, flags = (
        (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    )
    found = _LiteralDeriver(ignores_case(source, flags)).needs(sre_parse.parse(source, flags))
    if found is None or min(map(len, found)) < min_length:
        return None
    return found


_INLINE_I = re.compile(r"\(\?[a-zA-Z-]*i")  # an inline flag group naming i: (?i) (?i: (?-i:


def ignores_case(source: str, flags: int) -> bool:
    """Whether any part of the regex may match case-insensitively."""
    return bool(flags & re.IGNORECASE) or _INLINE_I.search(source) is not None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer literals, fewer of them (the two years
    "19", "20" of a date over its twelve month names)."""
    if a is None or b is None:
        return a if b is None else b
    return a if _selectivity(a) >= _selectivity(b) else b


def _selectivity(need: frozenset[str]) -> int:
    # a lone comma, full stop or space is in nearly every line: rank it below other marks
    common = any(lit in _COMMON_CHARS for lit in need)
    return 4 * min(map(len, need)) - len(need) - 2 * common


_COMMON_CHARS = frozenset(" ,.'-")


def _union(needs: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    union: set[str] = set()
    for need in needs:
        if need is None:
            return None
        union |= need
    return frozenset(union)


class _LiteralDeriver:
    """The derivation over a parsed regex; with `fold` (the regex ignores case) literals are
    casefolded and letters with other case partners are left out of them."""

    def __init__(self, fold: bool) -> None:
        self.fold = fold

    def needs(self, items: Any) -> frozenset[str] | None:
        """What a sequence of parsed items requires: its best run of exact items (a literal,
        or a small alternation of literals: "(?:REUTERS|AFP)/" gives "reuters/", "afp/") or
        the best requirement of one of its items."""
        best: frozenset[str] | None = None
        run: frozenset[str] = frozenset({""})
        items = list(items)
        for k, (op, av) in enumerate(items):
            exact = self.exact_item(op, av)
            if exact is not None and len(run) * len(exact) <= _MAX_EXACT:
                run = frozenset(r + x for r in run for x in exact)
                continue
            best = _better(best, self.folded(run))
            run = exact if exact is not None else frozenset({""})
            best = _better(best, self.item_needs(op, av))
            if op is _C.BRANCH and k + 1 < len(items):
                # each alternative followed by the rest: "(?:AP|Getty\s+Images)/" needs "ap/"
                rest = items[k + 1 :]
                best = _better(best, _union(self.needs(list(b) + rest) for b in av[1]))
        return _better(best, self.folded(run))

    def folds_safely(self, c: str) -> bool:
        """Whether every character the regex may take for `c` is found by looking for `c`:
        always when case matters; ignoring case, for caseless characters and ASCII ones but
        i (re documents that case-insensitive ASCII letters also match 'İ', 'ı', 'ſ' and the
        Kelvin sign; the last two casefold to s and k, the first two do not fold to i)."""
        if not self.fold:
            return True
        return c.lower() == c.upper() or (c.isascii() and c not in "iI")

    def folded(self, run: frozenset[str]) -> frozenset[str] | None:
        if "" in run:
            return None
        return frozenset(r.casefold() for r in run) if self.fold else run

    def exact_item(self, op: Any, av: Any) -> frozenset[str] | None:
        """The strings an item matches when they are a few literals, else None."""
        if op is _C.LITERAL:
            return frozenset({chr(av)}) if self.folds_safely(chr(av)) else None
        if op is _C.SUBPATTERN:
            return self.exact_seq(av[-1])
        if op is _C.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                exact = self.exact_seq(branch)
                if exact is None:
                    return None
                union |= exact
            return frozenset(union) if len(union) <= _MAX_EXACT else None
        if op is _C.IN and len(av) <= 8 and all(o is _C.LITERAL for o, _ in av):
            chars = frozenset(chr(c) for _, c in av)
            return chars if all(map(self.folds_safely, chars)) else None
        return None

    def exact_seq(self, items: Any) -> frozenset[str] | None:
        run: frozenset[str] = frozenset({""})
        for op, av in items:
            exact = self.exact_item(op, av)
            if exact is None or len(run) * len(exact) > _MAX_EXACT:
                return None
            run = frozenset(r + x for r in run for x in exact)
        return run

    def item_needs(self, op: Any, av: Any) -> frozenset[str] | None:
        if op is _C.SUBPATTERN:
            return self.needs(av[-1])
        if op is _C.BRANCH:  # each alternative's need (one that needs nothing: None)
            return _union(self.needs(branch) for branch in av[1])
        if op in _REPEATS:
            low, _high, item = av
            return self.needs(item) if low >= 1 else None
        return None  # classes, anchors, lookarounds, backreferences: no literal required


@dataclass(frozen=True)
class Prefiltered:
    """A compiled regex with the derived literal check run before each search."""

    regex: re.Pattern[str]
    min_length: int = _MIN_LITERAL  # of the shortest literal worth a check
    literals: frozenset[str] | None = field(init=False)
    _fold: bool = field(init=False)  # whether a literal has letters (else the text is not folded)

    def __post_init__(self) -> None:
        literals = required_literals(self.regex, self.min_length)
        object.__setattr__(self, "literals", literals)
        # a case-sensitive regex's literals are looked for as written; casefolding cannot make
        # or break a run of caseless characters ("19", "(", "/")
        caseless = literals is not None and all(lit.upper() == lit.lower() for lit in literals)
        fold = ignores_case(self.regex.pattern, self.regex.flags) and not caseless
        object.__setattr__(self, "_fold", fold)

    def may_match(self, text: str) -> bool:
        """False only when no match is possible (none of the required literals is there)."""
        if self.literals is None:
            return True
        folded = text.casefold() if self._fold else text
        for lit in self.literals:  # noqa: SIM110 (a loop: any() of a generator is slower)
            if lit in folded:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text) if self.may_match(text) else None


# Words every match holds, from the parse tree (the target stage's gates)

_MAX_STRINGS = 96  # a product of alternatives larger than this is not worth spelling out
_SPACE_CATEGORIES = {_C.CATEGORY_SPACE}
# every character a regex `\\s` matches, and a few more: each is one space in the
# text a gate is tested on
WHITESPACE = (
    " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)


# (root, the words it begins, whether each must begin a word): a root is the first word
# of some words ("is" of "is to"), so one search of a root finds them all
Roots = tuple[tuple[str, tuple[str, ...], bool], ...]


@dataclass(frozen=True)
class Anchors:
    """Lower-case `words`, one of which occurs in every match, under their `roots`. A space
    in a word stands for whitespace: test the words on text whose whitespace is spaces
    (`WHITESPACE`), and where that has a run of two or more, do not rely on a word with a
    space (`spaced`)."""

    words: tuple[str, ...]
    roots: Roots
    spaced: bool


def grouped(words: Iterable[tuple[str, bool]]) -> Roots:
    """(word, whether it must begin a word) under their roots: the first words that no
    other first word (with the same flag) begins."""
    out = []
    for flag in (True, False):
        same = sorted({w for w, f in words if f is flag})
        firsts = {w.split(" ", 1)[0] for w in same}
        roots = sorted(r for r in firsts if not any(v != r and r.startswith(v) for v in firsts))
        out += [(r, tuple(w for w in same if w.startswith(r)), flag) for r in roots]
    return tuple(out)


@dataclass(frozen=True)
class _Need:
    words: frozenset[str]
    word_start: bool

    def cost(self, common: frozenset[str]) -> float:
        """The rough work of a gate of these words in an article: a search per root, a
        test where a root occurs, and a regex call where a whole word occurs. A common
        root (a stop word, or under four letters) occurs ~30 times; another, about once;
        a word with more after its root ("is to") lets a sentence through half as often."""
        cost = 0.0
        for root, words, _ in grouped((w, True) for w in self.words):
            seen = 30.0 if root in common or len(root) < 4 else 1.0
            through = seen if any(" " not in w for w in words) else 0.5
            cost += 1 + 0.2 * seen + 5 * through
        return cost


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every string the node matches, when few and literal
    need: _Need | None  # one of these occurs in every match
    zero_width: bool = False
    spacing: bool = False  # matches only whitespace (a word starts after it)


_SPACE = _Info(frozenset({" "}), None, spacing=True)


def anchors(pattern: str, common: Iterable[str] = ()) -> Anchors | None:
    """The words every match of `pattern` (case-insensitive) contains, or None if the
    pattern requires no literal word (or uses syntax the standard parser does not read).
    Of the words a pattern needs ("aims to": `aim`…, `to`), the cheapest gate is chosen;
    `common` are frequent words (a gate of them lets most sentences through)."""
    tree = _parsed(pattern)
    if tree is None:
        return None
    need = _WordDeriver(frozenset(w.lower() for w in common)).sequence(list(tree.data), False).need
    if need is None:
        return None
    # a word another one begins adds nothing: where it occurs, so does the shorter one
    words = [w for w in need.words if not any(v != w and w.startswith(v) for v in need.words)]
    # a `\\b` before "'s" says the character before it is a word character
    flags = [(w, need.word_start and (w[0].isalnum() or w[0] == "_")) for w in words]
    return Anchors(tuple(sorted(words)), grouped(flags), any(" " in w for w in words))


def _trimmed(need: _Need) -> _Need | None:
    """`need` without the spaces around its words (a space before each one makes each
    begin a word), runs of spaces made one; None if a word is only spaces."""
    words = frozenset(" ".join(w.split()) for w in need.words)
    if not words or "" in words:
        return None
    start = need.word_start or all(w.startswith(" ") for w in need.words)
    return _Need(words, start)


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_STRINGS:
        return None
    return frozenset(x + y for x in a for y in b)


_EMPTY = frozenset({""})


@dataclass(frozen=True)
class _WordDeriver:
    """Reads a parsed pattern; `common` words make a gate dear (see `_Need.cost`)."""

    common: frozenset[str]

    def best(self, needs: Sequence[_Need | None]) -> _Need | None:
        usable = [n for n in (_trimmed(n) for n in needs if n is not None) if n is not None]
        return min(
            usable,
            key=lambda n: (n.cost(self.common), -min(len(w) for w in n.words)),
            default=None,
        )

    def sequence(self, items: list[tuple[Any, Any]], word_start: bool) -> _Info:
        """A concatenation: its literal runs ("is set to", and "set to" within it) and its
        items' needs compete for the best need; its exact strings are the product of its
        items' when all are literal."""
        candidates: list[_Need | None] = []
        runs: list[_Need] = []  # the literal runs that reach the current position
        whole: frozenset[str] | None = _EMPTY
        before = word_start  # whether a word starts at the current position
        spacing = True
        for op, av in items:
            info = self.item(op, av, before)
            candidates.append(info.need)
            if info.zero_width:
                before = before or (op is _C.AT and av is _C.AT_BOUNDARY)
                continue
            spacing = spacing and info.spacing
            if info.exact is None:
                candidates += runs
                runs, whole = [], None
            else:
                grown = []
                # a run starts where a word does: a piece of a word ("hall" of "shall")
                # is never rarer than the word
                for run in (
                    [*runs, _Need(_EMPTY, before)] if before else runs or [_Need(_EMPTY, False)]
                ):
                    joined = _product(run.words, info.exact)
                    if joined is None:
                        candidates.append(run)
                    else:
                        grown.append(_Need(joined, run.word_start))
                runs = grown
                whole = _product(whole, info.exact) if whole is not None else None
                # after "also " or nothing, a word starts if one started before
                ends = [x for x in info.exact if x]
                spaced = all(x.endswith(" ") for x in ends)
                before = spaced and (before or "" not in info.exact)
                continue
            before = info.spacing
        candidates += runs
        exact = whole if whole != _EMPTY else None
        return _Info(exact, self.best(candidates), spacing=spacing and bool(items))

    def item(self, op: Any, av: Any, word_start: bool) -> _Info:
        if op is _C.LITERAL:
            ch = chr(av)
            if ch.isspace():
                return _SPACE
            return _Info(frozenset({ch.lower()}), None)
        if op is _C.NOT_LITERAL or op is _C.ANY:
            return _Info(None, None)
        if op is _C.IN:
            chars = [chr(v) for o, v in av if o is _C.LITERAL]
            if len(chars) == len(av):
                return _Info(frozenset(c.lower() for c in chars), None)
            if all(o is _C.CATEGORY and v in _SPACE_CATEGORIES for o, v in av):
                return _SPACE
            return _Info(None, None)
        if op is _C.SUBPATTERN:
            return self.sequence(list(av[-1]), word_start)
        if op is _C.BRANCH:
            infos = [self.sequence(list(b), word_start) for b in av[1]]
            exact: frozenset[str] | None = frozenset()
            for i in infos:
                if exact is None or i.exact is None or len(exact) + len(i.exact) > _MAX_STRINGS:
                    exact = None
                    break
                exact = exact | i.exact
            needs = [i.need if i.need is not None else _as_need(i.exact, word_start) for i in infos]
            if any(n is None for n in needs):
                return _Info(exact, None)
            words = frozenset(w for n in needs if n is not None for w in n.words)
            start = all(n is not None and n.word_start for n in needs)
            return _Info(exact, _Need(words, start))
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)):
            low, high, sub = av
            inner = self.sequence(list(sub), word_start)
            spacing = inner.spacing
            if low == 0:
                if high == 1 and inner.exact is not None:
                    return _Info(inner.exact | {""}, None, spacing=spacing)
                return _Info(None, None, spacing=spacing)
            need = inner.need if inner.need is not None else _as_need(inner.exact, word_start)
            # `\\s+` is one space in the spaced text (see `Anchors`)
            exact = inner.exact if low == high == 1 or spacing else None
            return _Info(exact, need, spacing=spacing)
        if op is _C.ASSERT:
            direction, sub = av
            if direction > 0:  # a lookahead reads text the match is followed by
                inner = self.sequence(list(sub), word_start)
                need = inner.need if inner.need is not None else _as_need(inner.exact, word_start)
                return _Info(None, need, zero_width=True)
            return _Info(None, None, zero_width=True)  # a lookbehind may read an earlier sentence
        if op in (_C.ASSERT_NOT, _C.AT):
            return _Info(None, None, zero_width=True)
        return _Info(None, None)


def _as_need(exact: frozenset[str] | None, word_start: bool) -> _Need | None:
    return _Need(exact, word_start) if exact else None


# firms and reader


class PieceIndex:
    """Where the pieces of a `Required` occur in one text, so that `Required.possible` of a
    window of it is a bisect: a piece lies inside text[start:end] exactly when an occurrence
    starts at or after `start` and ends by `end`. Built once per text (a `str.find` scan per
    piece), where asking each window would loop over the pieces for every name."""

    __slots__ = ("min_end", "starts")

    def __init__(self, required: Required, text: str) -> None:
        spans: list[tuple[int, int]] = []
        for piece in required.pieces:
            at = text.find(piece)
            while at >= 0:  # every occurrence, overlapping ones too
                spans.append((at, at + len(piece)))
                at = text.find(piece, at + 1)
        spans.sort()
        self.starts = [s for s, _ in spans]
        # the earliest end among the occurrences from each one on
        self.min_end = [e for _, e in spans]
        for k in range(len(spans) - 2, -1, -1):
            if self.min_end[k + 1] < self.min_end[k]:
                self.min_end[k] = self.min_end[k + 1]

    def possible(self, start: int, end: int) -> bool:
        """`Required.possible(text[start:end])` (0 <= start)."""
        k = bisect.bisect_left(self.starts, start)
        return k < len(self.starts) and self.min_end[k] <= end


@dataclass(frozen=True)
class LineStarts:
    """The matches of `(?m)^(?:body)` found as those of `\\n(?:body)`: the regex module
    scans for a literal newline several times faster than it tries a line anchor at every
    character. `body` must not match across a newline before its end (`[^\\n]*` tails)."""

    first: regex.Pattern[str]  # body, at the first line start
    after_newline: regex.Pattern[str]  # a newline, then body

    @classmethod
    def of(cls, body: str) -> LineStarts:
        return cls(regex.compile(f"(?:{body})"), regex.compile(f"\\n(?:{body})"))

    def spans(self, text: str, start: int, end: int, timeout: float) -> list[tuple[int, int]]:
        """The spans `(?m)^(?:body)` finds (non-overlapping, left to right) in text[start:end]."""
        out: list[tuple[int, int]] = []
        pos = start
        if start == 0 or text[start - 1] == "\n":  # where `^` matches at `start`
            m = self.first.match(text, start, end, timeout=timeout)
            if m is not None:
                out.append(m.span())
                pos = m.end()
        for m in self.after_newline.finditer(text, pos, end, timeout=timeout):
            out.append((m.start() + 1, m.end()))
        return out


# targets


@dataclass(frozen=True)
class WordScan:
    """Where the words of several gates (`Anchors` words, each with whether it must begin a
    word and the bit mask of the gates it stands for) occur in lower-cased text whose
    whitespace is spaces. A `str.find` loop per root scans the text once per root; here the
    words that begin a word are one regex, a trie of them, so the text is scanned once for
    them all and a match is a whole word (the few that may begin anywhere keep a `str.find`
    loop per root)."""

    # a word that begins a word after the character before it: `[^a-z0-9_]` is the test of
    # `_Lowered.may_match` (a character class first lets the regex engine skip the letters
    # fast); the word is read by a lookahead, so a word ending in a non-word character
    # ("goals,") does not hide the next. The trie finds the longest word at an offset
    pattern: re.Pattern[str] | None
    # a word at the start of the text (no character before it)
    first: re.Pattern[str] | None
    # the longest word found at an offset -> the masks of every word that occurs there: two
    # words found at one offset are one the other's prefix, so these are its prefixes
    masks: dict[str, int]
    # (root, its words, its words grouped by mask) of the words that may begin anywhere
    loose: tuple[tuple[str, tuple[str, ...], tuple[tuple[tuple[str, ...], int], ...]], ...]

    @classmethod
    def of(cls, words: Iterable[tuple[str, bool, int]]) -> WordScan:
        masks: dict[tuple[str, bool], int] = {}
        for word, word_start, mask in words:
            masks[word, word_start] = masks.get((word, word_start), 0) | mask
        loose = []
        for root, group, word_start in grouped(masks):
            if word_start:
                continue
            by_mask: dict[int, list[str]] = {}
            for w in group:
                by_mask.setdefault(masks[w, word_start], []).append(w)
            # one test per mask, not per word
            forms = tuple((tuple(ws), mask) for mask, ws in by_mask.items())
            loose.append((root, group, forms))
        whole = sorted(w for w, word_start in masks if word_start)
        found = {w: _or_masks(masks[v, True] for v in whole if w.startswith(v)) for w in whole}
        if not whole:
            return cls(None, None, found, tuple(loose))
        trie = _trie(whole)
        return cls(re.compile(f"[^a-z0-9_](?=({trie}))"), re.compile(trie), found, tuple(loose))

    def scan(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(offset, mask of the gates whose words occur there) for each offset in
        [start, end) where a word occurs whole before `end`, in no particular order."""
        out = []
        if self.pattern is not None and self.first is not None:
            masks = self.masks
            if not start and (m := self.first.match(text, 0, end)) is not None:
                out.append((0, masks[m.group()]))
            # from the character before `start`: it says whether a word begins at `start`
            out += [
                (m.start(1), masks[m.group(1)])
                for m in self.pattern.finditer(text, max(start - 1, 0), end)
            ]
        for root, words, forms in self.loose:
            offset = text.find(root, start, end)
            while offset >= 0:
                if text.startswith(words, offset, end):
                    out.append((offset, _word_mask(text, offset, end, forms)))
                offset = text.find(root, offset + 1, end)
        return out


def _or_masks(masks: Iterable[int]) -> int:
    """The union of bit masks."""
    out = 0
    for mask in masks:
        out |= mask
    return out


def _trie(words: Iterable[str]) -> str:
    """A regex matching the longest of `words` that occurs at a position (a trie: at each
    node the next characters' branches, optional where a word ends)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def regex_of(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + regex_of(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        # greedy: a longer word first, the word ending here if none goes on
        return f"(?:{body})?" if "" in node else body

    return regex_of(root)


def _word_mask(
    text: str, offset: int, end: int, forms: tuple[tuple[tuple[str, ...], int], ...]
) -> int:
    """The masks of the words of `forms` that occur at `offset`, whole before `end`."""
    if len(forms) == 1:
        return forms[0][1]  # the caller found one of the root's words there
    mask = 0
    for words, gates in forms:
        if text.startswith(words, offset, end):
            mask |= gates
    return mask


# figures and years


@dataclass(frozen=True)
class PhraseWords:
    """Lower-case words one of which every match of a case-insensitive phrase cue
    `(?i:\\b(?:phrases)\\b)` holds (a space in a phrase matches any whitespace): of each
    phrase its longest word, without the words that hold a shorter one kept ("aims" holds
    "aim"). Tested on ASCII text lower-cased; other text goes to the regex, and so does
    every text when a phrase is not ASCII (the regex folds "ſ" to "s", the Kelvin sign to
    "k": an ASCII word may match a non-ASCII letter and the other way round)."""

    pieces: tuple[str, ...] | None  # None: no check, the regex decides

    @classmethod
    def of(cls, phrases: Iterable[str]) -> PhraseWords:
        phrases = list(phrases)
        if not phrases or not all(p.split() and p.isascii() for p in phrases):
            return cls(None)
        longest = {max(p.lower().split(), key=len) for p in phrases}
        kept: list[str] = []
        for word in sorted(longest, key=lambda w: (len(w), w)):
            if not any(k in word for k in kept):
                kept.append(word)
        return cls(tuple(kept))

    def possible(self, window: str) -> bool:
        """Can a search for the cue inside `window` match?"""
        if self.pieces is None or not window.isascii():
            return True
        low = window.lower()
        for piece in self.pieces:  # noqa: SIM110 (a loop: any() of a generator is slower)
            if piece in low:
                return True
        return False


def ending_possible(ends: Endings, stripped: str, low: str | None) -> bool:
    """`ends.possible(before)`, given `stripped = before.rstrip()` and `low`, it lower-cased
    when ASCII (else None): a tail worked out once for the several endings tried on it."""
    if ends.ignore_case:
        if low is None:
            return True
        tail = low
    else:
        tail = stripped
    if not tail.endswith(ends.words):
        return False
    return not ends.phrases or " ".join(tail.split()).endswith(ends.phrases)


# reader, round 2

_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_MAX_PREFIXES = 512  # strings of a prefix set before the run is cut
_CUT = "\0"  # ends a prefix whose match goes on with what no literal tells
_WIDE = "\1"  # a non-ASCII character: the text's head is not ASCII there
_MARKS = (_CUT, _WIDE)


def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of `pattern` (tried with `match`)
    starts with, ignoring case and reading any whitespace as a space, or None when a match
    may start with anything. Matches whose first characters are not ASCII are left to
    `StartGate`, which passes every text whose head is not ASCII (case-insensitive ASCII
    letters also match a few non-ASCII ones, and a digit or space class non-ASCII ones)."""
    fold = ignores_case(pattern.pattern, pattern.flags)
    run = _PrefixDeriver(fold).seq(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    out: set[str] = set()
    for s in run:
        if s.startswith(_WIDE):
            continue
        p = s.split(_CUT, 1)[0].split(_WIDE, 1)[0]
        if not p:
            return None
        out.add(p)
    return _minimal(out) if out else None


class _PrefixDeriver:
    """Prefix sets over a parsed regex: strings a match begins with, each either whole (the
    match of the items so far is that string) or ending in a cut mark."""

    def __init__(self, fold: bool) -> None:
        self.fold = fold

    def seq(self, items: list[Any]) -> set[str]:
        run: set[str] = {""}
        for op, av in items:
            if op in _ZERO_WIDTH:
                continue
            if all(r[-1:] in _MARKS for r in run):
                break
            item = self.item(op, av)
            run = _capped({r if r[-1:] in _MARKS else r + x for r in run for x in item})
        return run

    def char(self, c: str) -> str:
        """A literal character: ASCII lower-cased (the gate tests a lower-cased head, which
        a case-sensitive match passes too); another is a non-ASCII head, unless case is
        ignored and it has an ASCII case partner ("ſ" for "s": what follows is not told)."""
        if c.isascii():
            return c.lower()
        if self.fold and (c.lower().isascii() or c.upper().isascii() or c.casefold().isascii()):
            return _CUT
        return _WIDE

    def item(self, op: Any, av: Any) -> set[str]:
        """The prefixes of one item ("" where it may match nothing)."""
        if op is _C.LITERAL:
            return {self.char(chr(av))}
        if op is _C.IN:
            chars: set[str] = set()
            for o, v in av:
                if o is _C.LITERAL:
                    chars.add(chr(v))
                elif o is _C.RANGE and v[1] - v[0] < 16:
                    chars.update(chr(c) for c in range(v[0], v[1] + 1))
                elif o is _C.CATEGORY and v is _C.CATEGORY_DIGIT:
                    chars.update("0123456789")  # (a non-ASCII digit: a non-ASCII head)
                elif o is _C.CATEGORY and v is _C.CATEGORY_SPACE:
                    chars.add(" ")  # (the gate reads ASCII whitespace as spaces)
                else:
                    return {_CUT}
            return {self.char(ch) for ch in chars}
        if op is _C.SUBPATTERN:
            return self.seq(list(av[-1]))
        if op is _C.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                union |= self.seq(list(branch))
            return union
        if op in _REPEATS:
            low, high, sub = av
            first = self.seq(list(sub))
            if high != 1:  # what follows the first repetition is not followed here
                first = {p if p[-1:] in _MARKS else p + _CUT for p in first}
            return first | {""} if low == 0 else first
        return {_CUT}


def _capped(run: set[str]) -> set[str]:
    """`run`, its strings cut shorter until at most _MAX_PREFIXES are left."""
    width = max(map(len, run))
    while len(run) > _MAX_PREFIXES and width > 1:
        width -= 1
        run = {r if len(r) <= width else r[:width].rstrip("".join(_MARKS)) + _CUT for r in run}
    return run


def _minimal(prefixes: set[str]) -> frozenset[str]:
    """The prefixes without those that start with another one (it tells the same)."""
    kept: list[str] = []
    for p in sorted(prefixes, key=len):
        if not p.startswith(tuple(kept)):
            kept.append(p)
    return frozenset(kept)


class _AsciiLiteralDeriver(_LiteralDeriver):
    """Required literals for an ASCII text compared lower-cased: there a case-insensitive
    ASCII letter matches only its two cases (the non-ASCII partners of i, k and s cannot be
    in the text)."""

    def folds_safely(self, c: str) -> bool:
        return c.isascii() or super().folds_safely(c)


def ascii_literals(pattern: re.Pattern[str]) -> tuple[int, frozenset[str]] | None:
    """(the longest match's length, literals one of which every match holds, lower-cased
    where the regex ignores case) of a regex tried with `match` on a text whose first that
    many characters are ASCII; None if the match has no bound or no literal is required."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    _low, high = tree.getwidth()
    fold = ignores_case(pattern.pattern, pattern.flags)
    found = _AsciiLiteralDeriver(fold).needs(tree)
    if high >= _C.MAXREPEAT or found is None or not all(map(str.isascii, found)):
        return None
    return high, frozenset(lit.lower() for lit in found)


@dataclass(frozen=True)
class StartGate:
    """A cheap necessary condition of a `match` at the start of a text of alternatives, each
    with `literal_prefixes` (kept by their first character) or, if it has none, a bounded
    match with `ascii_literals` (`windows`). A text whose head is not ASCII passes."""

    # first character -> (its prefixes, whether one holds a space: the head's whitespace is
    # then read as spaces)
    by_first: dict[str, tuple[tuple[str, ...], bool]]
    width: int  # of the longest prefix
    windows: tuple[tuple[int, tuple[str, ...]], ...] = ()  # (longest match, literals)

    @classmethod
    def of(
        cls, prefixes: Iterable[str], windows: Iterable[tuple[int, frozenset[str]]] = ()
    ) -> StartGate:
        by_first: dict[str, list[str]] = {}
        for p in sorted(_minimal(set(prefixes))):
            by_first.setdefault(p[0], []).append(p)
        width = max((len(p) for ps in by_first.values() for p in ps), default=0)
        return cls(
            {c: (tuple(ps), any(" " in p for p in ps)) for c, ps in by_first.items()},
            width,
            tuple((w, tuple(sorted(lits))) for w, lits in windows),
        )

    def possible(self, text: str) -> bool:
        head = text[: self.width]
        if not head.isascii():
            return True
        low = head.lower()
        bucket = self.by_first.get(" " if low[:1].isspace() else low[:1])
        if bucket is not None:
            firsts, spaced = bucket
            if low.startswith(firsts):
                return True
            # (a tab or another control character: rare, so read as a space only then)
            if spaced and not low.isprintable() and low.translate(_SPACES).startswith(firsts):
                return True
        for width, literals in self.windows:
            window = text[:width]
            if not window.isascii():
                return True
            window = window.lower()
            for lit in literals:
                if lit in window:
                    return True
        return False


_SPACES = {ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"}  # ASCII `\\s`


# amounts, round 2

# a byte table: an ASCII character that is not regex \w, and the "?" a non-ASCII character is
# encoded as, becomes a space (so a word is a run of the rest)
_NON_WORD_BYTES = bytes(
    b if b < 128 and (chr(b).isalnum() or chr(b) == "_") else ord(" ") for b in range(256)
)


@dataclass(frozen=True)
class WordStarts:
    """Whole words one of which begins every match of a pattern (its first words): a match
    starts where a run of \\w characters that is one of them starts. `starts` finds those
    places by bytes.find, so a case-sensitive pattern is tried there only rather than
    searched at every character."""

    needles: tuple[bytes, ...]  # each first word between spaces

    @classmethod
    def of(cls, phrases: Iterable[str]) -> WordStarts | None:
        """The first words of `phrases` (each up to its first space), or None when one is
        empty or holds a character other than a lower-case ASCII \\w one."""
        firsts = {p.split()[0] if p.split() else " " for p in phrases}
        raw = [w.encode("ascii", "replace") for w in firsts]
        if any(w != w.translate(_NON_WORD_BYTES).lower() for w in raw):
            return None
        return cls(tuple(b" " + w + b" " for w in sorted(raw)))

    def starts(self, low: str) -> list[int]:
        """Sorted offsets in lower-case `low` where one of the words may stand whole: every
        place where one does, and a few more (a non-ASCII character counts as a non-word
        one here, "?" being one byte per character; the pattern decides there)."""
        padded = b" " + low.encode("ascii", "replace").translate(_NON_WORD_BYTES) + b" "
        found: list[int] = []
        for needle in self.needles:
            i = padded.find(needle)
            while i >= 0:
                found.append(i)  # the word is at i + 1 of `padded`, so at i of `low`
                i = padded.find(needle, i + 1)
        found.sort()
        return found


# targets, round 3


@dataclass(frozen=True)
class _EveryNeed(_WordDeriver):
    """A `_WordDeriver` that keeps the needs of the last sequence it read (`sequence` asks
    `best` after its items): read from the top of a pattern, the needs of its top-level
    items and literal runs, every one of which holds in every match (`anchors` keeps the
    cheapest)."""

    found: list[_Need] = field(default_factory=list)

    def best(self, needs: Sequence[_Need | None]) -> _Need | None:
        self.found[:] = [t for t in (_trimmed(n) for n in needs if n is not None) if t is not None]
        return super().best(needs)


def _anchors_of(need: _Need) -> Anchors:
    """`need` as `Anchors` (as `anchors` makes them)."""
    words = [w for w in need.words if not any(v != w and w.startswith(v) for v in need.words)]
    flags = [(w, need.word_start and (w[0].isalnum() or w[0] == "_")) for w in words]
    return Anchors(tuple(sorted(words)), grouped(flags), any(" " in w for w in words))


def _implied(anchors: Anchors, by: Anchors) -> bool:
    """Whether every word of `by` holds a word of `anchors` (so a gate of `by` passes only
    where one of `anchors` would): a second test would add nothing."""
    starts = {w: flag for _, words, flag in anchors.roots for w in words}
    inside = {w: flag for _, words, flag in by.roots for w in words}
    return all(
        any(
            (g.startswith(w) and (flag or not word_start))
            or (not word_start and w in g)
            or (word_start and f" {w}" in g)
            for w, word_start in starts.items()
        )
        for g, flag in inside.items()
    )


def _parsed_with_words(pattern: str, common: Iterable[str]) -> tuple[Any, frozenset[str]] | None:
    """The parsed `pattern` and the lower-cased `common` words; None when it does not parse
    (the derivations then find nothing)."""
    tree = _parsed(pattern)
    return None if tree is None else (tree, frozenset(w.lower() for w in common))


def further_anchors(
    pattern: str,
    gate: Anchors | None,
    common: Iterable[str] = (),
    max_cost: float = 0.0,
    whole: bool = True,
) -> tuple[Anchors, ...]:
    """The other words every match of `pattern` (case-insensitive) needs besides its gate
    (`anchors`), each set as `Anchors`: a pattern whose every gate passes may match. Only
    those no dearer than `max_cost` (`_Need.cost`) and not implied by the gate: a gate of
    frequent words lets most sentences through and costs its scan. With `whole`, only words
    that begin a word (one regex scan finds them; a word that may begin anywhere costs a
    `str.find` loop of its own)."""
    parsed = None if gate is None else _parsed_with_words(pattern, common)
    if gate is None or parsed is None:
        return ()
    tree, frequent = parsed
    deriver = _EveryNeed(frequent)
    deriver.sequence(list(tree.data), False)
    out: list[Anchors] = []
    for need in deriver.found:
        if need.cost(frequent) > max_cost:
            continue
        found = _anchors_of(need)
        if whole and not all(flag for _, _, flag in found.roots):
            continue
        if found.words == gate.words or any(found.words == a.words for a in out):
            continue
        if not _implied(found, gate):
            out.append(found)
    return tuple(out)


@dataclass(frozen=True)
class Pieces:
    """Literals one of which every match of a regex holds (`required_literals`, even one
    character long), looked for in a range of text lower-cased with its whitespace made
    spaces (the target stage's `_Lowered`); None: no such test."""

    literals: tuple[str, ...] | None

    @classmethod
    def of(cls, pattern: Any) -> Pieces:
        if pattern.flags & getattr(regex, "FULLCASE", 0):
            return cls(None)  # "ss" may match "ß": no literal test
        source = f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else pattern.pattern
        try:
            found = required_literals(source, 1)
        except (_C.error, RecursionError, OverflowError):
            return cls(None)
        if found is None or not all(lit.isascii() for lit in found):
            return cls(None)  # a non-ASCII letter may lower-case unlike the regex folds it
        # the text is lower-cased (a case-sensitive regex's "OWING" is "owing" there) and
        # each whitespace character is one space in it
        spaced = {"".join(" " if c in WHITESPACE else c for c in lit.lower()) for lit in found}
        return cls(tuple(sorted(spaced)))

    def possible(self, low: str, start: int, end: int) -> bool:
        """Whether a match may lie in low[start:end]."""
        if self.literals is None:
            return True
        for lit in self.literals:  # noqa: SIM110 (a loop: any() of a generator is slower)
            if low.find(lit, start, end) >= 0:
                return True
        return False


# amounts and firms, round 3


@dataclass(frozen=True)
class WordStartScan:
    """`WordStarts.starts` in one pass: a space of the padded bytes, then a lookahead for one
    of the words and a space. A `bytes.find` loop per word reads the text once per word (the
    number words have 29 first words); the stdlib engine finds each space once and tries the
    words there, grouped by first letter (a quarter of the cost)."""

    pattern: re.Pattern[bytes]

    @classmethod
    def of(cls, starts: WordStarts) -> WordStartScan:
        by_first: dict[bytes, list[bytes]] = {}
        for needle in starts.needles:
            word = needle[1:-1]  # b" word " -> b"word"
            by_first.setdefault(word[:1], []).append(word[1:])
        branches = [
            re.escape(first) + b"(?:" + b"|".join(re.escape(r) for r in sorted(rests)) + b")"
            for first, rests in sorted(by_first.items())
        ]
        # the lookahead needs the space after the word, so the order of branches is free
        return cls(re.compile(b" (?=(?:" + b"|".join(branches) + b") )"))

    @classmethod
    def of_phrases(cls, phrases: Iterable[str]) -> WordStartScan | None:
        """Like `of(WordStarts.of(phrases))`, but a first word that only begins phrases of
        several words ("a" of "a dozen", "a score of") is listed only where one of their
        second words follows it after spaces (whitespace and every other non-word character
        are spaces in the padded bytes). None when `WordStarts.of` would be."""
        phrases = list(phrases)
        first_words = WordStarts.of(phrases)
        if first_words is None:
            return None
        alone: set[bytes] = set()
        pairs: set[tuple[bytes, bytes]] = set()
        for phrase in phrases:
            words = [w.encode("ascii") for w in phrase.split()]
            if len(words) == 1:
                alone.add(words[0])
            else:
                pairs.add((words[0], words[1]))
        if any(w != w.translate(_NON_WORD_BYTES).lower() for pair in pairs for w in pair):
            return cls.of(first_words)
        rests: dict[bytes, set[bytes]] = {}
        for word in alone:
            rests.setdefault(word[:1], set()).add(re.escape(word[1:]))
        for first, second in pairs:
            if first not in alone:  # else the first word alone already lists the place
                rests.setdefault(first[:1], set()).add(
                    re.escape(first[1:]) + b" +" + re.escape(second)
                )
        branches = [
            re.escape(first) + b"(?:" + b"|".join(sorted(r)) + b")"
            for first, r in sorted(rests.items())
        ]
        return cls(re.compile(b" (?=(?:" + b"|".join(branches) + b") )"))

    def starts(self, low: str) -> list[int]:
        """Sorted offsets in lower-case `low` where one of the words may stand whole (with
        `of`: `WordStarts.starts(low)` of the WordStarts this was made of)."""
        padded = b" " + low.encode("ascii", "replace").translate(_NON_WORD_BYTES) + b" "
        return [m.start() for m in self.pattern.finditer(padded)]


@dataclass(frozen=True)
class FirstWords:
    """Where a match of an alternation of lower-case phrases (a space matching whitespace, a
    hyphen a hyphen or whitespace, the rest literal) can start in lower-cased ASCII text: at
    an occurrence of a phrase's first word (up to its first space or hyphen). Of first words
    that begin with another one only the shorter is kept ("rate" finds "rates" too), so
    `starts` lists each place once."""

    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> FirstWords:
        firsts = sorted({re.split(r"[\s-]", p.strip(), maxsplit=1)[0] for p in phrases})
        # a non-ASCII letter may match an ASCII one case-insensitively ("ſ" is "s")
        if not all(w and w.isascii() and w == w.lower() for w in firsts):
            raise ValueError("FirstWords needs phrases that begin with a lower-case ASCII word")
        kept: list[str] = []
        for w in sorted(firsts, key=len):
            if not any(w.startswith(k) for k in kept):
                kept.append(w)
        return cls(tuple(kept))

    def starts(self, low: str) -> list[int]:
        """Sorted offsets in `low` where one of the first words occurs."""
        found: list[int] = []
        for prefix in self.prefixes:
            i = low.find(prefix)
            while i >= 0:
                found.append(i)
                i = low.find(prefix, i + 1)
        found.sort()
        return found


def matches_at(
    pattern: Any, text: str, lo: int, hi: int, starts: Iterable[int], timeout: float
) -> Iterable[Any]:
    """`pattern.finditer(text, lo, hi)` when every match starts at one of `starts` (offsets
    from `lo`, sorted; e.g. `FirstWords.starts` of the lowered window): the pattern is tried
    there only, as finditer would (left to right, none inside the previous match), rather
    than at every character of a long window. Lookbehinds and \\b still see the text before."""
    last = lo
    for at in starts:
        if lo + at >= last:
            m = pattern.match(text, lo + at, hi, timeout=timeout)
            if m is not None:
                yield m
                last = m.end()


# round 4

_LETTER_FREE_CATEGORIES = {_C.CATEGORY_DIGIT, _C.CATEGORY_SPACE}  # no str.isalpha character
_WIDE_RANGE = 4096  # a class range wider than this is taken to hold a letter (not read)


def _may_be_letter(c: int) -> bool:
    """Whether a literal may match a str.isalpha character (its case partners included)."""
    ch = chr(c)
    return any(x.isalpha() for x in (ch, ch.lower(), ch.upper(), ch.casefold()))


def _class_letters(items: Any) -> int:
    """1 if a character class may match a letter, else 0."""
    for op, av in items:
        if op is _C.NEGATE:
            return 1
        if op is _C.LITERAL and _may_be_letter(av):
            return 1
        if op is _C.RANGE:
            lo, hi = av
            if hi - lo > _WIDE_RANGE or any(_may_be_letter(c) for c in range(lo, hi + 1)):
                return 1
        if op is _C.CATEGORY and av not in _LETTER_FREE_CATEGORIES:
            return 1
    return 0


class _Letters:
    """The letter bound of a parse tree; a backreference counts as its group did."""

    def __init__(self) -> None:
        self.groups: dict[int, int] = {}

    def seq(self, items: Any) -> int | None:
        total = 0
        for op, av in items:
            n = self.item(op, av)
            if n is None:
                return None
            total += n
        return total

    def item(self, op: Any, av: Any) -> int | None:
        if op is _C.LITERAL:
            return 1 if _may_be_letter(av) else 0
        if op in (_C.NOT_LITERAL, _C.ANY):
            return 1
        if op is _C.IN:
            return _class_letters(av)
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            return 0  # anchors and lookarounds consume nothing
        if op is _C.SUBPATTERN:
            n = self.seq(av[-1])
            if n is not None and av[0] is not None:
                self.groups[av[0]] = n
            return n
        if op is _C.GROUPREF:
            return self.groups.get(av)  # (a group defined later, or unbounded: None)
        if op is getattr(_C, "ATOMIC_GROUP", None):
            return self.seq(av)
        if op is _C.BRANCH:
            found = [self.seq(branch) for branch in av[1]]
            return None if any(n is None for n in found) else max(n or 0 for n in found)
        if op in _REPEATS:
            _low, high, item = av
            n = self.seq(item)
            if n is None or (n and high >= _C.MAXREPEAT):
                return None
            return n * int(high)
        return None  # conditionals and the rest: not read


def max_letters(pattern: re.Pattern[str]) -> int | None:
    """The most letters (`str.isalpha` characters) one match of `pattern` can hold, from its
    parse tree; None when there is no such bound (a repeat without an upper bound of an item
    that may match a letter) or the tree holds what is not read. With `required_literals`:
    a text with more letters than its literals' occurrences times this cannot lose them all
    to the pattern's matches."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except (_C.error, RecursionError, OverflowError):
        return None
    return _Letters().seq(tree.data)


# round 5


def every_anchors(
    pattern: str,
    gate: Anchors | None,
    common: Iterable[str] = (),
    known: Sequence[Anchors] = (),
    max_roots: int = 12,
) -> tuple[Anchors, ...]:
    """The word sets every match of `pattern` (case-insensitive) needs besides `gate` and the
    `known` further gates, each as `Anchors`, read deeper than `further_anchors`: from the
    top level, from every group or repetition of at least one that each match goes through
    (not one inside an alternative, an optional part or a lookaround), and from a
    conditional `(?(g)yes|no)`: the words of group g or those of `no` (the group's text is
    in the match when `yes` is taken); and the literal run before a lookahead joined to the
    lookahead's heads (`_lookahead_needs`). A set of more than `max_roots` roots (twice that at
    most) only if no more than one of them is a frequent word: a sentence the gates let
    through tests these before its regex runs, a `str.find` per root against a regex call
    that tries every position of the sentence."""
    parsed = None if gate is None else _parsed_with_words(pattern, common)
    if gate is None or parsed is None:
        return ()
    tree, frequent = parsed
    groups: dict[int, list[Any]] = {}
    _groups_in_match(list(tree.data), groups)
    needs: list[_Need] = []
    _every_need(list(tree.data), frequent, groups, needs)
    out: list[Anchors] = []
    for need in needs:
        trimmed = _trimmed(need)
        if trimmed is None:
            continue
        found = _anchors_of(trimmed)
        # many roots cost a search each: worth it only if frequent words ("in", "is") do not
        # let most sentences through
        many = len(found.roots) > max_roots and sum(r in frequent for r, _, _ in found.roots) > 1
        if many or len(found.roots) > 2 * max_roots or found.words == gate.words:
            continue
        if any(found.words == a.words for a in (*known, *out)):
            continue
        if not _implied(found, gate):
            out.append(found)
    # a set passes wherever one whose every word holds one of its words does ("," where
    # ", achieving" does): the second alone is tested (the first of two such sets)
    kept = [
        a
        for i, a in enumerate(out)
        if not any(
            _implied(a, b) and (j < i or not _implied(b, a)) for j, b in enumerate(out) if j != i
        )
    ]
    return tuple(kept)


def _every_need(
    items: list[Any], common: frozenset[str], groups: dict[int, list[Any]], out: list[_Need]
) -> None:
    """The needs of the sequence `items` (every match of it holds one of each) and of the
    parts of it that each of its matches goes through."""
    deriver = _EveryNeed(common)
    deriver.sequence(items, False)
    out += deriver.found
    out += _lookahead_needs(items, common)
    for op, av in items:
        if op is _C.SUBPATTERN:
            _every_need(list(av[-1]), common, groups, out)
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            _every_need(list(av), common, groups, out)
        elif op in _REPEATS and av[0] >= 1:
            _every_need(list(av[2]), common, groups, out)
        elif op is _C.GROUPREF_EXISTS:
            group, _yes, no = av
            if no is None or group not in groups:
                continue
            taken = _EveryNeed(common).sequence(list(groups[group]), False).need
            other = _EveryNeed(common).sequence(list(no), False).need
            if taken is not None and other is not None:
                out.append(_Need(taken.words | other.words, taken.word_start and other.word_start))


def _lookahead_needs(items: list[Any], common: frozenset[str]) -> list[_Need]:
    """The literal run right before a lookahead of `items`, then a head of the lookahead
    (", achieving" of `,\\s+(?=(?:achieving|...)\\s)`, "and build" of
    `and\\s+(?=build|...)`): one of these is in the text where the sequence matches."""
    out = []
    for j, (op, av) in enumerate(items):
        if op is not _C.ASSERT or av[0] <= 0:
            continue
        run = None  # the exact strings of the longest literal run ending at the lookahead
        for k in range(j - 1, -1, -1):
            if items[k][0] in _ZERO_WIDTH:
                continue  # a lookbehind or \\b between: the run goes on before it
            exact = _WordDeriver(common).sequence(list(items[k:j]), False).exact
            if exact is None:
                break
            run = exact
        heads = _AsciiHeads(True).seq(list(av[1]))
        if not run or run == _EMPTY or any(h[:1] in ("", _CUT, _WIDE) for h in heads):
            continue
        prefixes = {h.split(_CUT, 1)[0].split(_WIDE, 1)[0] for h in heads}
        if len(run) * len(prefixes) <= _MAX_STRINGS:
            out.append(_Need(frozenset(r + h for r in run for h in prefixes), False))
    return out


class _AsciiHeads(_PrefixDeriver):
    """`_PrefixDeriver` without the digits of `\\d`, which also matches non-ASCII digits:
    a head a match has in any text, read lower-cased with whitespace as spaces."""

    def item(self, op: Any, av: Any) -> set[str]:
        if op is _C.IN and any(o is _C.CATEGORY and v is _C.CATEGORY_DIGIT for o, v in av):
            return {_CUT}
        return super().item(op, av)


def _groups_in_match(items: list[Any], groups: dict[int, list[Any]]) -> None:
    """group number -> its items, for the groups whose text is part of the match when they
    take part (none inside a lookaround: a lookbehind reads before the match)."""
    for op, av in items:
        if op is _C.SUBPATTERN:
            if av[0] is not None:
                groups[av[0]] = list(av[-1])
            _groups_in_match(list(av[-1]), groups)
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            _groups_in_match(list(av), groups)
        elif op in _REPEATS:
            _groups_in_match(list(av[2]), groups)
        elif op is _C.BRANCH:
            for branch in av[1]:
                _groups_in_match(list(branch), groups)
        elif op is _C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _groups_in_match(list(branch), groups)


def union_anchors(gates: Iterable[Anchors | None]) -> Anchors | None:
    """One gate that passes wherever one of `gates` does (None, every text, if one is
    None): their words under common roots, so a text where none of them may match is told
    by one test instead of one per gate."""
    words: set[tuple[str, bool]] = set()
    spaced = False
    for gate in gates:
        if gate is None:
            return None
        words |= {(w, flag) for _, group, flag in gate.roots for w in group}
        spaced = spaced or gate.spaced
    # a word found wherever it begins holds a word that must begin one: the latter adds nothing
    anywhere = [w for w, flag in words if not flag]
    words = {(w, flag) for w, flag in words if not flag or not w.startswith(tuple(anywhere))}
    return Anchors(tuple(sorted({w for w, _ in words})), grouped(words), spaced)


def spaced_width(pattern: str) -> int | None:
    """The longest match of `pattern` in a text where no two whitespace characters stand
    side by side, or None: no such bound, or whitespace a match may take otherwise than by
    a repeat (`\\s+`, `\\s*`: one character there; not `.`, a negated class, a lone `\\s`).
    Since such repeats take every whitespace run of a match, the run cut to one character
    leaves a match: any stretch of a match with no two whitespace characters side by side
    is at most one longer than this (a run cut at the stretch's start)."""
    tree = _parsed(pattern)
    if tree is None:
        return None
    found = _Spaced().seq(list(tree.data), False)
    return None if found is None else found[0]


class _Spaced:
    """(longest width, whether every character matched is whitespace) of parsed items;
    `repeated`: inside a repeat, where whitespace may stand alone."""

    def seq(self, items: list[Any], repeated: bool) -> tuple[int, bool] | None:
        width, spaces = 0, True
        for op, av in items:
            found = self.item(op, av, repeated)
            if found is None:
                return None
            width += found[0]
            spaces = spaces and found[1]
        return width, spaces

    def item(self, op: Any, av: Any, repeated: bool) -> tuple[int, bool] | None:
        if op is _C.LITERAL:
            if chr(av) in WHITESPACE:
                return (1, True) if repeated else None
            return 1, False
        if op is _C.IN:
            if all(o is _C.CATEGORY and v in _SPACE_CATEGORIES for o, v in av):
                return (1, True) if repeated else None
            for o, v in av:  # a class that may take whitespace among other characters
                if (
                    o is _C.NEGATE
                    or (o is _C.CATEGORY and v not in (_C.CATEGORY_WORD, _C.CATEGORY_DIGIT))
                    or (o is _C.LITERAL and chr(v) in WHITESPACE)
                    or (o is _C.RANGE and any(v[0] <= ord(c) <= v[1] for c in WHITESPACE))
                    or o not in (_C.CATEGORY, _C.LITERAL, _C.RANGE)
                ):
                    return None
            return 1, False
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            return 0, True
        if op is _C.SUBPATTERN:
            return self.seq(list(av[-1]), repeated)
        if op is _C.BRANCH:
            found = [self.seq(list(b), repeated) for b in av[1]]
            widths = [f for f in found if f is not None]
            if len(widths) < len(found):
                return None
            return max(w for w, _ in widths), all(sp for _, sp in widths)
        if op in _REPEATS:
            low, high, sub = av
            inner = self.seq(list(sub), True)
            if inner is None:
                return None
            if inner[1]:  # whitespace alone: one character where no two stand together
                return (min(inner[0], 1), True) if low <= 1 else None
            if high >= _C.MAXREPEAT:
                return None
            return inner[0] * int(high), False
        return None


# round 6b

# A regex call over at most this many characters of article text runs without a timeout:
# the window bounds its work, as the `# bounded: window` checks of a hundred characters after
# an amount are bounded; the timeout costs two clock reads a call (~1.5 us here, syscalls on
# this VM), more than most such calls.
UNTIMED_CHARS = 100


def timeout_for(chars: int) -> float | None:
    """The `timeout=` of a regex call that reads `chars` characters of article text: none
    for a window of at most UNTIMED_CHARS, MATCH_TIMEOUT_S for a longer stretch."""
    return None if chars <= UNTIMED_CHARS else MATCH_TIMEOUT_S


def matches_in_window(
    pattern: Any, text: str, lo: int, hi: int, starts: Iterable[int]
) -> Iterable[Any]:
    """`matches_at` with each match's timeout from the characters it may read (to `hi`):
    none where that is a short window (`timeout_for`)."""
    last = lo
    for at in starts:
        if lo + at >= last:
            m = pattern.match(text, lo + at, hi, timeout=timeout_for(hi - lo - at))
            if m is not None:
                yield m
                last = m.end()


# two whitespace characters side by side (each of WHITESPACE, a superset of a regex `\s`)
_WHITESPACE_PAIR = re.compile(f"[{re.escape(WHITESPACE)}]{{2}}")


def whitespace_runs(text: str, start: int, end: int) -> bool:
    """Whether two whitespace characters stand side by side in text[start:end]: where none
    do, a match of a pattern is at most its `spaced_width` plus one long."""
    return _WHITESPACE_PAIR.search(text, start, end) is not None  # bounded: a window


# round 8

# what `regex`'s `\s` matches among ASCII characters: the bytes pattern's `\s` (Python `re` on
# bytes: space, \t, \n, \r, \f, \v)
_WORD_BEFORE_SPACE = rb"[\s?]"  # "?": any non-ASCII character (encoded so), read as anything


@dataclass(frozen=True)
class SpacedWordPlaces:
    """Where a lookahead `\\s+WORD\\s+X` can hold, for a lower-case ASCII word and an X
    whose first character is one of `firsts` (none of them whitespace): at an occurrence of
    the word with whitespace before it, then whitespace and one of `firsts`. Found by the
    stdlib engine over the text's ASCII bytes (its literal prefix search: a few places per
    article), a non-ASCII character standing for any (a superset of the places)."""

    pattern: re.Pattern[bytes]

    @classmethod
    def of(cls, word: str, firsts: Iterable[str]) -> SpacedWordPlaces | None:
        """None (no prefilter) when the word or a first character does not fit."""
        chars = set(firsts)
        if not (word.isascii() and word.isalpha() and word == word.lower()):
            return None
        if not chars or any(len(c) != 1 or c.isspace() for c in chars):
            return None
        ascii_chars = b"".join(re.escape(c.encode("ascii")) for c in sorted(chars) if c.isascii())
        w = re.escape(word.encode("ascii"))
        space = _WORD_BEFORE_SPACE
        # the word first: its literal prefix lets the engine skip to each occurrence
        return cls(
            re.compile(w + rb"(?<=" + space + w + rb")(?=" + space + rb"+[" + ascii_chars + rb"?])")
        )

    def places(self, text: str, start: int, end: int) -> list[int]:
        """Sorted offsets in text[start:end] where the word stands so (a superset of those
        where the lookahead, tried on text[start:end], finds it)."""
        data = text[start:end].encode("ascii", "replace")  # one "?" a non-ASCII character
        # bounded: literal, then one class run per occurrence (no nested repetition)
        return [start + m.start() for m in self.pattern.finditer(data)]


class _CasedPrefixDeriver(_PrefixDeriver):
    """Prefix sets as written, for a pattern of the stdlib engine that heeds case: a class
    with a category (`\\d`, `\\s`: non-ASCII members too) or a non-ASCII literal ends what is
    told; a prefix that starts so makes no prefilter (see `cased_prefixes`)."""

    def char(self, c: str) -> str:
        return c if c.isascii() else _WIDE

    def item(self, op: Any, av: Any) -> set[str]:
        if op is _C.IN and any(o is _C.CATEGORY for o, _ in av):
            return {_WIDE}
        return super().item(op, av)


def cased_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """ASCII strings, case as written, one of which every match of `pattern` (tried with
    `match`) starts with; None when a match may start otherwise (with a non-ASCII character,
    a class with a category, what no literal tells) or the pattern ignores case."""
    if ignores_case(pattern.pattern, pattern.flags):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (_C.error, RecursionError, OverflowError):
        return None
    out: set[str] = set()
    for run in _CasedPrefixDeriver(False).seq(list(parsed)):
        head = run.split(_CUT, 1)[0].split(_WIDE, 1)[0]
        if not head:
            return None
        out.add(head)
    return _minimal(out) if out else None


def _rarity(c: str) -> int:
    """How often a character of a prefix stands in news text, roughly (lower: rarer): the
    occurrences of a prefix are found through its rarest character (a speed choice only)."""
    if c.isupper():
        return 0
    if not c.isalnum() and not c.isspace():
        return 1
    return 2 if c.isalpha() else 3 if c.isdigit() else 4


@dataclass(frozen=True)
class PrefixPlaces:
    """Where a match of a case-heeding stdlib pattern can start: at an occurrence of one of
    its `cased_prefixes`, each found through its rarest character by `str.find` (a scan of
    the pattern itself enters the engine at every character: a lookbehind first, as in
    years' fused periods, leaves it no literal to skip to)."""

    keys: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]  # char -> (prefix, its index)

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> PrefixPlaces | None:
        prefixes = cased_prefixes(pattern)
        if prefixes is None:
            return None
        by_key: dict[str, list[tuple[str, int]]] = {}
        for p in sorted(prefixes):
            at = min(range(len(p)), key=lambda i: (_rarity(p[i]), i))
            by_key.setdefault(p[at], []).append((p, at))
        return cls(tuple((c, tuple(found)) for c, found in sorted(by_key.items())))

    def starts(self, text: str, start: int, end: int) -> list[int]:
        """Sorted offsets in text[start:end] where one of the prefixes stands."""
        found: set[int] = set()
        for key, prefixes in self.keys:
            at = text.find(key, start, end)
            while at >= 0:
                for prefix, index in prefixes:
                    if at - index >= start and text.startswith(prefix, at - index, end):
                        found.add(at - index)
                at = text.find(key, at + 1, end)
        return sorted(found)

    def finditer(self, pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterable[Any]:
        """`pattern.finditer(text, start, end)` for the pattern this was made of: tried at
        `starts` only, as finditer would (in order, none inside the previous match; a match
        is never empty: it holds its prefix)."""
        last = start
        for at in self.starts(text, start, end):
            if at >= last:
                m = pattern.match(text, at, end)  # bounded: the caller's pattern's own bound
                if m is not None:
                    yield m
                    last = m.end()
