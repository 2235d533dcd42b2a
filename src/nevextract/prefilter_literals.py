"""Cheap prefilters derived from a regex: the literal strings one of which every match holds.

A rule written as a regex (often loaded from patterns/) is slow to search over a long
paragraph that it almost never matches. Rather than restating the rule by hand as a cheaper
test ("the line must contain 'ght'"), `required_literals` reads the regex's own parse tree
and finds a set of literals of which every match must contain one; a line
holding none of them cannot match, so the search is skipped. The derived check is only ever
a necessary condition: `Prefiltered.search` gives exactly what the regex gives (tested).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the regex's own parser
from typing import Any

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
    found = _Deriver(ignores_case(source, flags)).needs(sre_parse.parse(source, flags))
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


class _Deriver:
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
