"""The literal words a regex needs: a cheap gate derived from the pattern itself.

A regex call costs microseconds even when it finds nothing. `anchors(pattern)` reads the
pattern's syntax tree and returns lower-case strings one of which every match contains (or
its lookahead sees), so a caller can skip the call in text that holds none of them. The
gate is computed from the same string the regex is compiled from: no hand-written word
list can drift from its pattern.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as C
    import sre_parse

_MAX_STRINGS = 96  # a product of alternatives larger than this is not worth spelling out
_SPACE_CATEGORIES = {C.CATEGORY_SPACE}
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
    try:
        tree = sre_parse.parse(pattern)
    except (C.error, RecursionError, OverflowError):
        return None
    need = _Deriver(frozenset(w.lower() for w in common)).sequence(list(tree.data), False).need
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
class _Deriver:
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
                before = before or (op is C.AT and av is C.AT_BOUNDARY)
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
        if op is C.LITERAL:
            ch = chr(av)
            if ch.isspace():
                return _SPACE
            return _Info(frozenset({ch.lower()}), None)
        if op is C.NOT_LITERAL or op is C.ANY:
            return _Info(None, None)
        if op is C.IN:
            chars = [chr(v) for o, v in av if o is C.LITERAL]
            if len(chars) == len(av):
                return _Info(frozenset(c.lower() for c in chars), None)
            if all(o is C.CATEGORY and v in _SPACE_CATEGORIES for o, v in av):
                return _SPACE
            return _Info(None, None)
        if op is C.SUBPATTERN:
            return self.sequence(list(av[-1]), word_start)
        if op is C.BRANCH:
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
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
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
        if op is C.ASSERT:
            direction, sub = av
            if direction > 0:  # a lookahead reads text the match is followed by
                inner = self.sequence(list(sub), word_start)
                need = inner.need if inner.need is not None else _as_need(inner.exact, word_start)
                return _Info(None, need, zero_width=True)
            return _Info(None, None, zero_width=True)  # a lookbehind may read an earlier sentence
        if op in (C.ASSERT_NOT, C.AT):
            return _Info(None, None, zero_width=True)
        return _Info(None, None)


def _as_need(exact: frozenset[str] | None, word_start: bool) -> _Need | None:
    return _Need(exact, word_start) if exact else None
