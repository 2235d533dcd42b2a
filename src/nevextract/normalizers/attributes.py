"""Attributes that depend on the sentence around an amount: the year it refers to, and the
role of a percentage (share, change or rate)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from ..errors import ConfigError
from ..kinds.year.rules import (
    YearMention,
    anaphora,
    deadline_preps,
    objective_cue_starts,
    objective_cues,
)
from ..limits import MATCH_TIMEOUT_S
from ..prefilters import (
    Endings,
    FirstWords,
    Required,
    Starts,
    matches_in_window,
    timeout_for,
)
from ..resources import load_json, resolve_pattern_path

_SEPARATORS = ",;:"
_DASHES = "–—-"
_BREAK_WINDOW = 40  # longer than any break; only "and" + spaces can need more (see below)
# Clause openers are data (patterns/en/attributes/clauses.json): which clauses do not pass
# their year on, and which elaborate the clause before them; and where clauses break.
CLAUSE_CUES_PATH = "attributes/clauses.json"


class _ClauseBreaks(NamedTuple):
    """The clause breaks and contrast openers of clauses.json, compiled once."""

    pattern: Any  # one clause break
    space_led: tuple[str, ...]  # what a break that starts at a space has right after it
    contrast: str  # the `contrast` phrases as one alternation
    contrast_opener: Any  # a clause opening with one of them
    contrast_initials: str  # the first letters of contrast_opener, either case


@cache
def _clause_breaks() -> _ClauseBreaks:
    """Clause boundaries inside a sentence. Commas between digit groups (158,000; Indian
    7,08,716) are not boundaries; "and" starts a new clause only before an auxiliary ("in
    2018 and has since ...")."""
    file = str(resolve_pattern_path(CLAUSE_CUES_PATH))
    data = load_json(CLAUSE_CUES_PATH)
    lists = {
        key: _checked_phrases(file, key, data.get(key) if isinstance(data, dict) else None)
        for key in ("break_conjunctions", "break_auxiliaries", "contrast")
    }
    conjunctions = lists["break_conjunctions"]
    contrast = _alternatives(lists["contrast"])
    return _ClauseBreaks(
        pattern=regex.compile(
            rf",(?!\d{{3}}|\d\d,\d)|;|:|\s[{_DASHES}]\s|\s(?=(?:{_alternatives(conjunctions)})\s)"
            rf"|\s(?=and\s+(?:{_alternatives(lists['break_auxiliaries'])})\b)"
        ),
        # Every break starts at a separator or at the space before a dash, a conjunction's
        # first word or "and". Finding those with str methods and trying the pattern only
        # there gives finditer's matches (the regex engine's scan of a sentence cost ~13 µs).
        space_led=(*_DASHES, *(p.replace("-", " ").split()[0] for p in conjunctions), "and"),
        contrast=contrast,
        contrast_opener=regex.compile(rf"(?i:\s*(?:{contrast})\b)"),
        contrast_initials="".join({c for w in lists["contrast"] for c in (w[0], w[0].upper())}),
    )


_SINCE = regex.compile(r"(?i:\bsince\b)")
_WORDS = regex.compile(r"[A-Za-z]+")


class Span(NamedTuple):
    """An amount's characters; a tuple, so comparing two costs no Python call."""

    start: int
    end: int


def _break_candidates(text: str, start: int, end: int, space_led: tuple[str, ...]) -> list[int]:
    """Where a clause break may start, in order: a necessary condition of a break."""
    found: list[int] = []
    for sep in _SEPARATORS:
        i = text.find(sep, start, end)
        while i != -1:
            found.append(i)
            i = text.find(sep, i + 1, end)
    for piece in space_led:
        i = text.find(piece, start + 1, end)
        while i != -1:
            if text[i - 1].isspace():  # str.isspace holds for every regex \s
                found.append(i - 1)
            i = text.find(piece, i + 1, end)
    found.sort()
    return found


@lru_cache(maxsize=512)  # asked once per amount of the same sentence
def clause_ranges(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Clauses of the sentence text[start:end] as character ranges."""
    breaks = _clause_breaks()
    out: list[tuple[int, int]] = []
    cursor = start
    for i in _break_candidates(text, start, end, breaks.space_led):
        if i < cursor:
            continue  # inside the previous break: finditer does not overlap matches
        if text[i] == ",":
            digits = text[i + 1 : min(i + 4, end)]
            if len(digits) == 3 and digits.isascii() and digits.isdigit():
                continue  # ",(?!\d{3})": a digit group, as the regex would say
            pair = text[i + 1 : min(i + 5, end)]
            if (
                len(pair) == 4
                and pair[2] == ","
                and (pair[:2] + pair[3]).isdigit()
                and pair.isascii()
            ):
                continue  # ",(?!\d\d,\d)": an Indian pair group (7,08,716)
            brk: int | None = i + 1 if len(digits) < 3 or digits.isascii() else None
        else:
            brk = i + 1 if text[i] in _SEPARATORS else None
        if brk is None:
            window = min(end, i + _BREAK_WINDOW)
            m = breaks.pattern.match(text, i, window, partial=True)  # bounded: 40-char window
            if m is not None and m.partial:
                # cut off by the window ("and" then a long run of spaces): the regex says
                # so itself, and only then is the whole sentence read
                m = (
                    breaks.pattern.match(text, i, end, timeout=MATCH_TIMEOUT_S)
                    if window < end
                    else None
                )
            if m is None:
                continue
            brk = m.end()
        if i > cursor:
            out.append((cursor, i))
        cursor = brk
    if cursor < end:
        out.append((cursor, end))
    return tuple(out) or ((start, end),)


@lru_cache(maxsize=512)
def _clause_starts(text: str, start: int, end: int) -> tuple[int, ...]:
    return tuple(c[0] for c in clause_ranges(text, start, end))


def clause_index(text: str, sentence: tuple[int, int], offset: int) -> int:
    """Index of the clause of the sentence that holds `offset` (0 if none does), by bisection:
    a scan per amount is quadratic in a long list."""
    clauses = clause_ranges(text, *sentence)
    i = bisect_right(_clause_starts(text, *sentence), offset) - 1
    return i if i >= 0 and clauses[i][0] <= offset < clauses[i][1] else 0


@lru_cache(maxsize=64)  # asked for every amount of the same sentence
def _dating_years(
    text: str, s_start: int, s_end: int, years: tuple[YearMention, ...]
) -> tuple[YearMention, ...]:
    """The sentence's years that may date an amount: not a span's ends, not "since 2012" or
    "since its launch in 2019" (a running total dates no single amount)."""
    return tuple(
        y
        for y in years
        if s_start <= y.start < s_end
        and y.role != "period"
        and y.preposition != "since"
        and not _since_before(text, max(s_start, y.start - _SINCE_WINDOW), y.start)
    )


# the last sentence _usable_years was asked about: (years, text, start, end, size, found)
_LAST_DATING: list[tuple[Any, ...]] = [()]


def _usable_years(
    text: str, s_start: int, s_end: int, years: Sequence[YearMention]
) -> tuple[YearMention, ...]:
    """_dating_years, for every amount of a sentence in turn: the caller passes the same
    list of years for each (compared by identity, so the years are not hashed per amount;
    the memo holds the list, so its identity cannot be reused)."""
    last = _LAST_DATING[0]
    if last and last[0] is years and last[1] is text and last[2:5] == (s_start, s_end, len(years)):
        found: tuple[YearMention, ...] = last[5]
        return found
    found = _dating_years(text, s_start, s_end, tuple(years))
    _LAST_DATING[0] = (years, text, s_start, s_end, len(years), found)
    return found


def amount_year(
    text: str,
    amount: Span,
    kind: str,
    sentence: tuple[int, int],
    years: Sequence[YearMention],
    amounts: Sequence[Span],
    earlier: int | None = None,
    heading: int | None = None,
) -> int | None:
    """The calendar year an amount refers to, when its sentence states one (see SPEC.md).

    `amounts` are the sentence's amounts sorted by start (this one among them). `earlier` is
    the last year named before the sentence: "by then" in the amount's clause
    points back to it, or to a year earlier in the sentence. `heading` is the year of a
    short line ending in ":" right before the sentence ("In 2025:" over a bullet): it dates
    a sentence that names no year of its own."""
    s_start, s_end = sentence
    # most amounts' sentences name no year: nothing to filter
    usable = list(_usable_years(text, s_start, s_end, years)) if years else []
    if not usable:
        back = _pointed_back(text, sentence, [], earlier) if earlier is not None else None
        return heading if back is None else back
    clauses = clause_ranges(text, s_start, s_end)
    a_start, a_end = amount
    # "aims to start production by 2028 and has earmarked X": the deadline is the
    # objective's; X, after a fact word, is a stated fact
    if any(y.role == "target" and y.preposition in deadline_preps() for y in usable):
        usable = [
            y
            for y in usable
            if not (
                y.role == "target"
                and y.preposition in deadline_preps()
                and y.end <= a_start
                and _fact_between(text, sentence, y.end, a_start)
            )
        ]
    ci = clause_index(text, sentence, a_start)
    c_start, c_end = clauses[ci]
    lo = max(c_start, a_start - _BASE_WINDOW)
    # "from" must be there (exact: none of its letters has a non-ASCII case fold)
    level = (text.find("from", lo, a_start) >= 0 or text.find("From", lo, a_start) >= 0) and (
        _FROM_LEVEL.search(text, lo, a_start) is not None  # bounded: 30 chars
    )
    if level or text.find("to", lo, a_start) >= 0:  # a from-to change: each end its own year
        usable = [
            y
            for y in usable
            if not _other_end_of_change(text, amounts, c_start, (a_start, a_end), y, level)
        ]
    own: list[YearMention] = []
    base: bool | None = None  # asked only when the clause has a comparison year
    for y in usable:
        if not c_start <= y.start < c_end:
            continue
        if y.comparison:
            if base is None:
                base = _is_base(text, c_start, a_start)
            if not (base and _base_year(amounts, a_end, y)):
                continue
        own.append(y)
    if own and own[-1].start >= a_end:
        # "raised its target by more than 66% compared with the sales achieved in 2023":
        # a year named after a comparison word dates the base, not this amount
        own = [y for y in own if y.start < a_end or not _compared_year(text, a_end, y.start)]
    if own:
        # a year past another amount of the sentence is not this one's
        for y in own:
            # a deadline governs every objective before it in its clause ("aims to export
            # A, B and C by 2030"); another year, only up to the next amount
            if y.start < a_end:
                continue
            if _amount_in(amounts, a_end, y.start) is None or (
                y.preposition in deadline_preps() and _objective(text, sentence, a_start)
            ):
                return y.value
        for y in reversed(own):
            if y.end <= a_start and _amount_in(amounts, y.end, a_start) is None:
                return y.value
        if kind in ("money", "percentage"):
            # the nearest year, unless it lies past another amount that is compared with
            # ("up 62.3 percent from 1,863,494 units in 2022": 2022 is the base's year)
            near = min(own, key=lambda y: abs(y.start - a_start))
            if not (near.start > a_end and _compared_between(text, amounts, a_end, near.start)):
                return near.value
    if _present_before(text, c_start, amounts, a_start):
        return None
    if (
        not own
        and usable
        and usable[-1].start >= c_end
        and any(y.start >= c_end and y.preposition in deadline_preps() for y in usable)
    ):
        # "aims to cover 60 countries, and set up 300 service centers by 2025": a deadline
        # in a later clause that goes on with the same subject governs the objective
        ahead = _continued_deadline(text, clauses, ci, usable)
        if ahead is not None and _objective(text, sentence, a_start):
            return ahead
    back = _pointed_back(text, (c_start, c_end), usable, earlier)
    if back is not None:
        return back
    deadline = _sentence_deadline(usable)
    if (
        deadline is not None
        and not _opener_at(0, text, c_start, 30)
        and _objective(text, sentence, a_start)
    ):
        return deadline
    if _blocked(text, c_start, a_start):
        # "In 2023, Guizhou installed X, while NEVs made up 100 percent": a fronted year
        # governs the clause a "while" opens (not one that says "since")
        if ci > 0 and not _since_before(text, c_start, a_start):
            fronted = _fronted_year(text, clauses, usable, amounts)
            if fronted is not None:
                return fronted
            # "Its revenue rose 34% to 3.66 billion yuan last year, while net profit climbed
            # 12%": a contrast with a clause that ends with its year is dated by it
            p_start, p_end = clauses[ci - 1]
            ending = [y for y in usable if p_start <= y.start < p_end and not y.comparison]
            if ending and not text[ending[-1].end : p_end].strip(" ,;"):
                return ending[-1].value
        return None
    # "..., up from 415,000 tonnes a year earlier": a comparison base takes no year from
    # the clause it is compared with
    if ci > 0 and _opener_at(3, text, c_start, 30):
        return None
    if ci > 0:
        p_start, p_end = clauses[ci - 1]
        carried = [y for y in usable if p_start <= y.start < p_end and not y.comparison]
        if (
            carried
            and not _opener_at(0, text, p_start, 30)
            and (not _opener_at(1, text, p_start, 30) or _opens(2, text, clauses[ci]))
        ):
            return carried[-1].value
        # "..., up 37.7 percent year-on-year, including 1.68 million NEVs": back through
        # appended clauses to the nearest one that states a year
        j = ci
        while (
            not carried
            and j > 0
            and (
                _opens(2, text, clauses[j])
                or _year_relative(text, clauses[j - 1], clauses[j], usable)
            )
        ):
            j -= 1
            js, je = clauses[j]
            carried = [y for y in usable if js <= y.start < je and not y.comparison]
            stops = _opener_in(0, text[js : js + 30]) or _opener_in(1, text[js : js + 30])
            if carried and j < ci - 1 and not stops:
                return carried[-1].value
    last_start, last_end = clauses[-1]
    final = [y for y in usable if last_start <= y.start < last_end]
    if ci < len(clauses) - 1 and final and _only_year(text, clauses[-1], final):
        return final[0].value
    fronted = _fronted_year(text, clauses, usable, amounts) if ci > 0 else None
    if fronted is not None:
        return fronted
    first_start, first_end = clauses[0]
    initial = [y for y in usable if first_start <= y.start < first_end and not y.comparison]
    if (
        ci > 0
        and initial
        and (
            _amount_in(amounts, first_start, first_end) is None
            # "In 2024H1 it achieved X, ..., and net profit of Y": a sentence that opens
            # with its time phrase, no comma after it, is dated by it throughout
            or _opens_with(text, first_start, initial[0])
        )
        and not _opener_at(1, text, first_start, 30)
    ):
        return initial[0].value
    return None


def _opens_with(text: str, start: int, year: YearMention) -> bool:
    """Whether the sentence at `start` opens with the year and its preposition only."""
    before = text[start : year.start].split()
    return (
        year.preposition is not None
        and not year.comparison
        and [w.lower() for w in before] in ([], [year.preposition.lower()])
    )


_FRONTED_WORDS = 6  # "In the first quarter of" 2023: a fronted time phrase's words but its year


def _fronted_year(
    text: str,
    clauses: Sequence[tuple[int, int]],
    usable: Sequence[YearMention],
    amounts: Sequence[Span],
) -> int | None:
    """The year of a time phrase that opens the sentence as a clause of its own ("In 2023,",
    "By the end of last year,", "Starting from 2024,", "According to incomplete statistics,
    from January to October 2022,"): it governs every clause after it. None when the
    sentence opens otherwise, or a clause before the phrase holds an amount."""
    for j, (js, je) in enumerate(clauses[:2]):
        if j == len(clauses) - 1 or _amount_in(amounts, js, je) is not None:
            return None
        stated = [y for y in usable if js <= y.start < je]
        if not stated:
            continue  # a lead clause with no year: "According to incomplete statistics,"
        # a comparison base is no time phrase, but a fronted "from 2024" is a start date
        if any(y.comparison and y.preposition != "from" for y in stated):
            return None
        if any(y.value != stated[0].value for y in stated):
            return None
        # the phrase opens with its year ("Last year,") or a time preposition ("In", "By the
        # end of", "Starting from"): not a dateline ("Oct. 10, 2025 (Lusa)") or a participle
        # ("formally launched on October 4, 2023")
        return stated[0].value if _fronted_phrase(text, (js, je), stated) else None
    return None


def _fronted_phrase(text: str, clause: tuple[int, int], stated: Sequence[YearMention]) -> bool:
    """The clause is a time phrase alone: a `fronted` opener ("In", "By the end of") or a
    relative year at its start ("Last year"), and at most _FRONTED_WORDS other words."""
    js, je = clause
    opens_with_year = stated[0].role == "relative" and not text[js : stated[0].start].strip()
    if not opens_with_year and not _opener_at(5, text, js, 30):
        return False
    rest = text[js : stated[0].start] + text[stated[-1].end : je]
    return len(_WORDS.findall(rest, timeout=timeout_for(len(rest)))) <= _FRONTED_WORDS


# "from 600,000 yuan in November 2022 to below 100,000 yuan": the two ends of a change
_TO_BETWEEN = regex.compile(r"\s*to\s+(?:[a-z]+\s+){0,2}")
_FROM_LEVEL = regex.compile(r"(?i:\bfrom\s+(?:[a-z]+\s+){0,3})$")
_BASE_WINDOW = 30
_COMPARED_WORDS = ("from", "than", "compared", "versus", "against")  # of _COMPARED_BEFORE


_COMPARED_AFTER = regex.compile(
    r"(?i:\b(?:than|compared\s+(?:with|to)|versus|against|from\s+(?:that|those|the\s+same))\b)"
)
_COMPARED_AFTER_WINDOW = 80


def _compared_year(text: str, a_end: int, y_start: int) -> bool:
    """A comparison word ("compared with", "than", "from that of", "from the same")
    stands between the amount and a year after it: the year is the base's."""
    if y_start - a_end > _COMPARED_AFTER_WINDOW:
        return False
    between = text[a_end:y_start]
    if between.isascii():
        low = between.lower()
        if not any(w in low for w in ("than", "compared", "versus", "against", "from")):
            return False  # exact: every match holds one of these (ASCII folds 1:1)
    return _COMPARED_AFTER.search(text, a_end, y_start) is not None  # bounded: 80 chars


def _is_base(text: str, c_start: int, a_start: int) -> bool:
    """The amount stands right after "from", "than", "compared with" ...: a comparison base
    ("up from 18.09 billion yuan over the same period in 2016"), whose own year the
    comparison phrase after it names."""
    lo = max(c_start, a_start - _BASE_WINDOW)
    head = text[lo:a_start].lower()
    # exact for ASCII: one of the phrases' words must be there
    if head.isascii() and not any(w in head for w in _COMPARED_WORDS):
        return False
    return bool(_COMPARED_BEFORE.search(text, lo, a_start))  # bounded: 30 chars


def _base_year(amounts: Sequence[Span], a_end: int, y: YearMention) -> bool:
    """The comparison year follows the base amount with no other amount between."""
    return y.start >= a_end and _amount_in(amounts, a_end, y.start) is None


def _other_end_of_change(
    text: str,
    amounts: Sequence[Span],
    c_start: int,
    amount: tuple[int, int],
    y: YearMention,
    level: bool,
) -> bool:
    """The year dates the other end of a from-to change, not this amount: "falling from
    600,000 yuan in November 2022 to below 100,000 yuan" (the year is the first end's),
    "rise from the current six percent to 30 percent by 2025" (the year is the second's)."""
    a_start, a_end = amount
    if y.end <= a_start:
        # the year right before " to <this amount>", after a "from" amount of the clause
        if a_start - y.end > _BASE_WINDOW or "to" not in text[y.end : a_start]:
            return False
        if not _TO_BETWEEN.fullmatch(text, y.end, a_start):  # bounded: 30 chars
            return False
        first = _amount_in(amounts, c_start, y.start)
        if first is None:
            return False
        lo = max(c_start, first.start - _BASE_WINDOW)
        return _FROM_LEVEL.search(text, lo, first.start) is not None  # bounded: 30 chars
    # this amount is a "from" level and the next amount, after "to", lies before the year
    if not level or y.start < a_end:
        return False
    nxt = _amount_in(amounts, a_end, y.start)
    return nxt is not None and " to " in text[a_end : nxt.start]


_CONTINUING = regex.compile(
    r"\s*(?:and\s+)?(?!(?:the|a|an|its|their|it|they|this|these|that|which|who|while|but)\b)"
    r"[a-z]+\b"
)


def _continued_deadline(
    text: str, clauses: Sequence[tuple[int, int]], ci: int, usable: Sequence[YearMention]
) -> int | None:
    """The deadline of a later clause of the sentence when every clause from the amount's
    on to it goes on with the same subject ("..., and set up 300 centers by 2025", "...,
    have 10,000 vehicles on the road, and offer 100,000 tonnes by 2025")."""
    for j in range(ci + 1, len(clauses)):
        js, je = clauses[j]
        if not _CONTINUING.match(text, js, min(je, js + 30)):  # bounded: 30 chars
            return None
        stated = [y for y in usable if js <= y.start < je and not y.comparison]
        if stated:
            deadline = stated[0]
            if _fronted_phrase(text, (js, je), stated):
                return None  # "...; by the end of 2030, X will ...": the deadline of what follows
            return deadline.value if deadline.preposition in deadline_preps() else None
    return None


# the marker of a list item line ("• ", "- ", "1. ", "(2) "), as the target rules' list.bullet
_LIST_ITEM = regex.compile(r"[ \t]*(?:[•·▪●◦*-]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]+")
_LIST_MARKS = "•·▪●◦*-("
_LIST_ITEMS_MAX = 30  # how far back through a list its heading is looked for
_CONTINUED_MAX = 5  # how many comma-ended lines back a broken sentence's year is looked for


def heading_year(
    text: str,
    spans: Sequence[tuple[int, int]],
    index: int,
    years_of: Callable[[int], Sequence[YearMention]],
    heading_words: int,
) -> int | None:
    """The year of the heading over sentence `index`: a short line ending in ":" right above
    it ("In the first nine months of 2025:"), or, for a list item, the line ending in ":"
    that opens its list, however long, when its year is a deadline ("The plan lays down the
    following targets for 2025:"), back through the items before it and yearless
    sub-headings ("Industry Scale Goals:"). None when the heading states no year or several.
    A sentence broken over lines ("..., by 2025, CATL capacity is 839 GWh, BYD's exceeds 600
    GWh," then "CALB capacity is 500GWh,") takes the one year of the lines before it that end
    with a comma."""
    for j in range(index - 1, max(-1, index - _CONTINUED_MAX), -1):
        h_start, h_end = spans[j]
        if not text[h_start:h_end].rstrip().endswith(","):
            break
        stated = {y.value for y in years_of(j) if not y.comparison and y.role != "period"}
        if stated:
            return stated.pop() if len(stated) == 1 else None
    start, end = spans[index]
    item = _is_item(text, start, end)
    for j in range(index - 1, max(-1, index - _LIST_ITEMS_MAX), -1):
        h_start, h_end = spans[j]
        line = text[h_start:h_end].rstrip()
        if line.endswith(":"):
            short = len(line.split()) <= heading_words
            dated = [y for y in years_of(j) if not y.comparison and y.role != "period"]
            stated = {y.value for y in dated}
            # a long heading dates its list when it names a deadline: a list of goals
            if len(stated) == 1 and (short or (item and dated[0].role == "target")):
                return stated.pop()
            if stated or not (item and short):
                return None
            continue  # a sub-heading of the list
        if not item or not _is_item(text, h_start, h_end):
            return None
    return None


def _is_item(text: str, start: int, end: int) -> bool:
    """The line text[start:end] opens with a list marker."""
    first = text[start : start + 1]
    if first in " \t":
        first = text[start : start + 12].lstrip(" \t")[:1]
    if not first or not (first in _LIST_MARKS or first.isdigit()):
        return False  # exact: every _LIST_ITEM match starts so
    return _LIST_ITEM.match(text, start, min(end, start + 12)) is not None  # bounded: 12 chars


def _pointed_back(
    text: str, clause: tuple[int, int], usable: Sequence[YearMention], earlier: int | None
) -> int | None:
    """The year "by then" / "by the same year" in the clause points back to: the last year
    stated before it in the sentence, else `earlier`."""
    at = _anaphor_at(text, *clause)
    if at < 0:
        return None
    before = [y for y in usable if y.end <= at and not y.comparison]
    return before[-1].value if before else earlier


@lru_cache(maxsize=64)  # asked for every amount of the same clause
def _anaphor_at(text: str, lo: int, hi: int) -> int:
    """Where the first anaphor of text[lo:hi] starts, or -1."""
    pattern, words = anaphora()
    window = text[lo:hi]
    if window.isascii():
        low = window.lower()
        if not any(w in low for w in words):
            return -1  # exact: every anaphor holds one of its words (IGNORECASE: ASCII 1:1)
    m = pattern.search(text, lo, hi, timeout=timeout_for(hi - lo))
    return -1 if m is None else m.start()


def _compared_between(text: str, amounts: Sequence[Span], lo: int, hi: int) -> bool:
    """Another amount between lo and hi stands after "from", "than", "compared with" ...:
    a comparison base, whose year is its own."""
    for i in range(bisect_left(amounts, (lo,)), len(amounts)):
        a = amounts[i]
        if a.start >= hi:
            break
        window = max(lo, a.start - 20)
        if _COMPARED_BEFORE.search(text, window, a.start):  # bounded: 20 chars
            return True
    return False


def _amount_in(amounts: Sequence[Span], lo: int, hi: int) -> Span | None:
    """The first amount starting in [lo, hi); `amounts` is sorted by start."""
    i = bisect_left(amounts, (lo,))
    return amounts[i] if i < len(amounts) and amounts[i].start < hi else None


def _sentence_deadline(usable: Sequence[YearMention]) -> int | None:
    """The year of a sentence whose only year is a deadline ("by 2030 it aims to export A, B,
    and C, while targeting D"): it governs every amount of the sentence."""
    stated = [y for y in usable if not y.comparison]
    if not stated or any(y.value != stated[0].value for y in stated):
        return None
    if any(y.preposition in deadline_preps() for y in stated):
        return stated[0].value
    return None


def _clause_phrases() -> tuple[list[str], ...]:
    """The phrase lists of clause_cues()'s openers, in its order, from clauses.json."""
    file = str(resolve_pattern_path(CLAUSE_CUES_PATH))
    data = load_json(CLAUSE_CUES_PATH)
    lists: dict[str, list[str]] = {}
    keys = ("comparison", "condition", "background", "appended", "year_relative", "fronted")
    for key in (*keys, "present"):
        cue = data.get(key) if isinstance(data, dict) else None
        lists[key] = _checked_phrases(file, key, cue)
    return (
        lists["comparison"] + lists["condition"],
        lists["background"],
        lists["appended"],
        lists["comparison"],
        lists["year_relative"],
        lists["fronted"],
    )


@cache
def present_words() -> Any:
    """The `present` phrases of clauses.json, as one regex ("now", "the current 5%")."""
    phrases = _clause_phrases_present()
    return regex.compile(rf"(?i:\b(?:{_alternatives(phrases)})\b)")


@cache
def _clause_phrases_present() -> list[str]:
    file = str(resolve_pattern_path(CLAUSE_CUES_PATH))
    data = load_json(CLAUSE_CUES_PATH)
    cue = data.get("present") if isinstance(data, dict) else None
    return _checked_phrases(file, "present", cue)


_PRESENT_WINDOW = 80  # "it now sells vehicles in more than 30 countries": a few words back


def _present_before(text: str, c_start: int, amounts: Sequence[Span], a_start: int) -> bool:
    """A present-time word ("now", "current", "currently") stands before the amount in its
    clause, no other amount between: the amount is today's level ("Xpeng made Norway its
    first overseas market at the end of 2020, and it now sells vehicles in more than 30
    countries", "from the current 5% to 30%"), not that of a year another clause names."""
    lo = max(c_start, a_start - _PRESENT_WINDOW)
    head = text[lo:a_start]
    if head.isascii():
        low = head.lower()
        if "now" not in low and "current" not in low and "present" not in low:
            return False  # exact: every phrase holds one of these (ASCII folds 1:1)
    last = None
    for last in present_words().finditer(text, lo, a_start):  # bounded: 80 chars  # noqa: B007
        pass
    return last is not None and _amount_in(amounts, last.end(), a_start) is None


@cache
def clause_cues() -> tuple[Any, Any, Any, Any, Any, Any]:
    """(non-carrying, background, appended, comparison, year-relative, fronted opener) from
    patterns/en/attributes/clauses.json; non-carrying = comparison or condition."""

    def opener(phrases: list[str]) -> Any:
        return regex.compile(rf"(?i:\s*(?:and\s+)?(?:{_alternatives(phrases)})\b)")

    a, b, c, d, e, f = (opener(p) for p in _clause_phrases())
    return a, b, c, d, e, f


@cache
def clause_starts() -> tuple[Starts, Starts, Starts, Starts, Starts, Starts]:
    """The first characters each opener of clause_cues() can begin with after its leading
    spaces ("and" or a phrase): derived from the same lists, so most clauses skip the call."""
    a, b, c, d, e, f = (Starts.of(["and", *p], ignore_case=True) for p in _clause_phrases())
    return a, b, c, d, e, f


def _opener_at(k: int, text: str, pos: int, window: int) -> bool:
    """clause_cues()[k] matches at pos, the text cut at pos + window."""
    if not clause_starts()[k].possible_after_spaces(text, pos, window):
        return False
    return clause_cues()[k].match(text, pos, pos + window) is not None  # bounded: window


def _opener_in(k: int, head: str) -> bool:
    """clause_cues()[k] matches at the start of `head` (a short slice)."""
    if not clause_starts()[k].possible(head.lstrip()[:1]):
        return False
    return clause_cues()[k].match(head) is not None  # bounded: a short slice


def _year_relative(
    text: str, before: tuple[int, int], clause: tuple[int, int], usable: Sequence[YearMention]
) -> bool:
    """The clause opens with "when" right after a clause ending with a year ("a milestone
    in 2015, when ..."): it elaborates that year."""
    if not _opener_at(4, text, clause[0], 12):
        return False
    tail = [y for y in usable if before[0] <= y.start < before[1]]
    return bool(tail) and not text[tail[-1].end : before[1]].strip(" ,;")


def _opens(k: int, text: str, clause: tuple[int, int]) -> bool:
    """The clause opens with clause_cues()[k], or with a number (an apposition: ", 11.2
    points higher")."""
    head = text[clause[0] : clause[0] + 30]
    if head.lstrip()[:1].isdigit():
        return True
    return _opener_in(k, head)


@lru_cache(maxsize=64)  # asked for every amount of the same sentence
def _sentence_cues(
    text: str, s_start: int, s_end: int
) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Ends of the intention/forecast words and spans of the fact words of a sentence, found
    once per sentence: each amount then bisects them (a scan per amount is quadratic)."""
    cue, fact = objective_cues()
    cue_starts, fact_starts = objective_cue_starts()
    window = text[s_start:s_end]
    low = window.lower() if window.isascii() else None
    cues = tuple(m.end() for m in _finditer(cue, cue_starts, text, s_start, s_end, low))
    facts = tuple(
        m.span()
        for m in _finditer(fact, fact_starts, text, s_start, s_end, low)
        if not _coordinated_have(text, s_start, *m.span())
    )
    return cues, facts


def _finditer(
    pattern: Any, starts: FirstWords | None, text: str, lo: int, hi: int, low: str | None
) -> Iterable[Any]:
    """`pattern.finditer(text, lo, hi)`; tried only at `starts`' places when `low`, the
    window lower-cased, is given (ASCII)."""
    if starts is None or low is None:
        found: Iterable[Any] = pattern.finditer(text, lo, hi, timeout=timeout_for(hi - lo))
        return found
    return matches_in_window(pattern, text, lo, hi, starts.starts(low))


def _coordinated_have(text: str, s_start: int, lo: int, hi: int) -> bool:
    """A bare "have" after a comma: "plans to build 200 stations, have 10,000 vehicles
    on the road, and ..." goes on with an infinitive list; it states no fact."""
    if text[lo:hi].lower() != "have":
        return False
    following = text[hi : hi + 20].split(maxsplit=1)
    if following and following[0].lower().endswith(("ed", "en", "ilt", "ade", "ot")):
        return False  # ", and have earmarked 1.5 trillion yen": the perfect states a fact
    head = text[max(s_start, lo - 8) : lo].rstrip()
    if head.lower().endswith(" and"):
        head = head[:-4].rstrip()
    return head.endswith(",")


def _fact_between(text: str, sentence: tuple[int, int], lo: int, hi: int) -> bool:
    """A fact word ("has", "was" ...) wholly inside text[lo:hi]."""
    facts = _sentence_cues(text, *sentence)[1]
    i = bisect_left(facts, (lo,))
    return i < len(facts) and facts[i][1] <= hi


def _objective(text: str, sentence: tuple[int, int], a_start: int) -> bool:
    """An intention or forecast word before the amount in its sentence, and no fact word
    ("has", "was" ...) after the last of them: the amount is an objective ("aims to export
    A, B and C", "while targeting D"), not a stated fact ("and has earmarked E")."""
    cues = _sentence_cues(text, *sentence)[0]
    i = bisect_right(cues, a_start)  # the last cue ending before the amount
    return i > 0 and not _fact_between(text, sentence, cues[i - 1], a_start)


_SINCE_WINDOW = 25  # "since its founding in 2015": "since" a few words before the year


def _since_before(text: str, lo: int, hi: int) -> bool:
    """ "since" in text[lo:hi], before a year, with no clause break between."""
    window = text[lo:hi]
    if window.isascii() and "since" not in window.lower():
        return False  # exact for ASCII (IGNORECASE folds ASCII 1:1)
    m = None
    for m in _SINCE.finditer(text, lo, hi):  # bounded: 25-char window  # noqa: B007
        pass
    return m is not None and not any(c in text[m.end() : hi] for c in ",;:")


def _blocked(text: str, c_start: int, a_start: int) -> bool:
    """The clause opens with "while", "but" ... or says "since" before the amount."""
    # exact shortcuts for ASCII text; the regex folds some other letters ("ſ") to ASCII ones
    first = text[c_start : c_start + 20].lstrip()[:1]  # str.isspace holds for every \s
    b = _clause_breaks()
    if (not first.isascii() or first in b.contrast_initials) and b.contrast_opener.match(
        text,
        c_start,
        c_start + 20,  # bounded: 20 chars
    ):
        return True
    head = text[c_start:a_start]
    if head.isascii() and "since" not in head.lower():
        return False
    return bool(_SINCE.search(text, c_start, a_start, timeout=timeout_for(a_start - c_start)))


def _only_year(text: str, clause: tuple[int, int], years: Sequence[YearMention]) -> bool:
    rest = text[clause[0] : clause[1]]
    for y in years:
        rest = rest.replace(text[y.start : y.end], "")
    return len(_WORDS.findall(rest, timeout=timeout_for(len(rest)))) <= 2


# --- percentage roles -------------------------------------------------------------------

# The cue words are data (patterns/en/attributes/roles.json, one id per cue list); the order in
# which they decide is fixed here. Checks of what ends a window (`...$`) are compiled REVERSE:
# found from the window's end instead of tried at every start, with the same answer.
ROLE_CUES_PATH = "attributes/roles.json"
_ROLE_CUE_KEYS = {"where", "role", "phrases", "_comment"}
_ROLE_CUE_IDS = {
    "fillers": "filler",
    "change.after.period": "after",
    "change.after.noun": "after",
    "change.after.modifier": "modifier",
    "change.after.comparative": "after",
    "rate.after": "after",
    "rate.before": "before",
    "change.before.of": "before",
    "share.after": "after",
    "share.before": "before",
    "rate.clause": "clause",
    "rate.carried": "opener",
    "change.rate": "clause",
    "change.subject": "subject",
    "change.subject.links": "link",
    "change.before": "before",
    "restatement.links": "restatement",
    "level": "before",
}
_PHRASE = regex.compile(r"[a-z0-9/'](?:[a-z0-9/' -]*[a-z0-9/'])?")
_COMPARED_BEFORE = regex.compile(
    r"(?i:\b(?:from|than|compared\s+(?:with|to)|versus|against)\s+(?:\S+\s+)?$)"
)
_COMPARED_LEVEL = regex.compile(
    r"(?i:\b(?:than|against|versus|compared\s+(?:with|to))\s+(?:the\s+|that\s+of\s+)?$)"
)
_COMPARED_WORD = regex.compile(r"(?i:than|against|versus|compared)")  # one is in every match
_COMPARISON_FROM = regex.compile(r"(?i:\b(?:up|down)?\s*from\s+$)")
_BEFORE_WINDOW = 40  # characters before a percentage that its cues may use
_SUBJECT_WINDOW = 60  # "the drop this year is about": a change noun some words back
_AFTER_WINDOW = 60  # what follows a percentage: "year on year", "market share"


class RoleCues(NamedTuple):
    change_after: Any  # match at the percentage's end
    rate_after: Any
    before_of: Any  # REVERSE; group `rate` (rate.before) or `change` (change.before.of)
    share_after: Any
    share_before: Any  # REVERSE: match at the window's end
    rate_clause: Any  # search
    rate_carried: Any  # match at the clause's start
    change_subject: Any  # REVERSE
    change_before: Any  # REVERSE
    level: Any  # REVERSE
    restated: Any  # fullmatch between an amount and a percentage restating it
    change_word: Any  # search: a change noun anywhere (change.subject's phrases)


def _phrase_regex(phrase: str) -> str:
    """A space is any whitespace, a hyphen a hyphen or whitespace; the rest is literal."""
    words = [regex.escape(w) for w in phrase.split()]
    return r"\s+".join(w.replace(r"\-", r"[-\s]") for w in words)


def _alternatives(phrases: list[str]) -> str:
    # longest first, so "stood at" is tried before "at"
    return "|".join(_phrase_regex(p) for p in sorted(phrases, key=len, reverse=True))


def _checked_phrases(file: str, key: str, cue: Any) -> list[str]:
    """The cue's `phrases`: a non-empty list of lower-case words, else a ConfigError."""
    phrases = cue.get("phrases") if isinstance(cue, dict) else None
    if not isinstance(phrases, list) or not phrases:
        raise ConfigError(file, f"{key}: 'phrases' must be a non-empty list")
    for phrase in phrases:
        ok = isinstance(phrase, str) and phrase == phrase.strip()
        if not ok or not _PHRASE.fullmatch(phrase):  # bounded: a short data phrase
            raise ConfigError(file, f"{key}: bad phrase {phrase!r} (lower-case words)")
    return phrases


def _validated_cues(path: str) -> dict[str, list[str]]:
    """The cue lists of roles.json by id; a bad file raises ConfigError naming the key."""
    file = str(resolve_pattern_path(path))
    data = load_json(path)
    if not isinstance(data, dict):
        raise ConfigError(file, "must be a JSON object of cue ids")
    for key in data:
        if not key.startswith("_") and key not in _ROLE_CUE_IDS:
            raise ConfigError(file, f"unknown cue id {key!r}")
    out: dict[str, list[str]] = {}
    for key, where in _ROLE_CUE_IDS.items():
        cue = data.get(key)
        if not isinstance(cue, dict):
            raise ConfigError(file, f"missing cue {key!r} (an object with 'where' and 'phrases')")
        extra = set(cue) - _ROLE_CUE_KEYS
        if extra:
            raise ConfigError(file, f"{key}: unknown field(s) {sorted(extra)}")
        if cue.get("where") != where:
            raise ConfigError(file, f"{key}: 'where' must be {where!r}")
        out[key] = _checked_phrases(file, key, cue)
    return out


@cache
def role_cues() -> RoleCues:
    """The compiled cues of percentage_role, built once from patterns/en/attributes/roles.json."""
    c = {k: _alternatives(v) for k, v in _validated_cues(ROLE_CUES_PATH).items()}
    fill = rf"(?:\s+(?:{c['fillers']})){{0,2}}"
    # one modifier may stand between a percentage and a change or rate noun, never "of"
    modifier = rf"(?:(?:{c['change.after.modifier']})\s+)?"
    rate_modifier = r"(?:(?!(?:of|in|for|to|from|and|or|the|a|an)\b)[a-z-]+\s+)?"
    return RoleCues(
        change_after=regex.compile(
            rf"(?i:\s*(?:{c['change.after.period']})\b|\s+{modifier}(?:{c['change.after.noun']})\b"
            rf"|\s+(?:{c['change.after.comparative']})\b)"
        ),
        rate_after=regex.compile(rf"(?i:\s+{rate_modifier}(?:{c['rate.after']})\b)"),
        before_of=regex.compile(
            rf"(?i:\b(?:(?P<rate>{c['rate.before']})|(?P<change>{c['change.before.of']}))"
            rf"{fill}\s+$)",
            regex.REVERSE,
        ),
        share_after=regex.compile(rf"(?i:\s+(?:{c['share.after']})\b)"),
        share_before=regex.compile(rf"(?i:\b(?:{c['share.before']}){fill}\s+$)", regex.REVERSE),
        # a change.rate phrase ("growth rate") is found first where both start, then skipped
        rate_clause=regex.compile(
            rf"(?i:\b(?:(?P<change>{c['change.rate']})|(?:{c['rate.clause']}))\b)"
        ),
        rate_carried=regex.compile(
            rf"(?i:\s*(?:(?:and|{_clause_breaks().contrast})\s+)?(?:{c['rate.carried']})\b)"
        ),
        change_subject=regex.compile(
            rf"(?i:\b(?:{c['change.subject']})(?:\s+[\w'’-]+){{0,3}}?\s+"
            rf"(?:{c['change.subject.links']}){fill}\s+$)",
            regex.REVERSE,
        ),
        change_before=regex.compile(rf"(?i:\b(?:{c['change.before']}){fill}\s+$)", regex.REVERSE),
        level=regex.compile(rf"(?i:\b(?:{c['level']})\s+$)", regex.REVERSE),
        restated=regex.compile(rf"(?i:\s*,?\s*(?:(?:{c['restatement.links']})\s+\(?|\()\s*)"),
        change_word=regex.compile(rf"(?i:\b(?:{c['change.subject']})\b)"),
    )


_SIGNS = "+-−"  # a sign written before the number (the amount's num_start is at it)
# a capitalised name, then the bracket a percentage opens (no sign: "(+113.1%)" is a change)
_NAME_BEFORE_BRACKET = regex.compile(r"\b\p{Lu}[\w&.-]*\s*\($")


def _rate_before(text: str, sentence: tuple[int, int], c_start: int) -> bool:
    """The clause of the sentence right before the one starting at c_start names a rate word."""
    i = clause_index(text, sentence, c_start)
    if i <= 0:
        return False
    return _rate_word_end(text, *clause_ranges(text, *sentence)[i - 1]) >= 0


class RolePrefilters(NamedTuple):
    """What the cues of RoleCues need next to a percentage (see nevextract.prefilters)."""

    change_after: Starts  # the first word after it
    share_after: Starts
    before_of: Endings  # the last word before it
    share_before: Endings  # the last word before it
    change_subject: Endings
    change_before: Endings
    level: Endings
    rate_clause: Required  # the first words of rate.clause and change.rate phrases
    rate_clause_starts: FirstWords  # where a rate_clause match can start


@cache
def role_prefilters() -> RolePrefilters:
    """Derived from the same phrase lists as role_cues(): a phrase's hyphen may be a space,
    and a filler may stand after the cue."""
    c = _validated_cues(ROLE_CUES_PATH)

    def ends(*keys: str) -> Endings:
        return Endings.of([p for k in keys for p in c[k]], ignore_case=True, hyphen_spaces=True)

    change_after = [
        *c["change.after.period"],
        *c["change.after.modifier"],
        *c["change.after.noun"],
        *c["change.after.comparative"],
    ]
    return RolePrefilters(
        change_after=Starts.of(change_after, ignore_case=True),
        share_after=Starts.of(c["share.after"], ignore_case=True),
        before_of=ends("rate.before", "change.before.of", "fillers"),
        share_before=ends("share.before", "fillers"),
        change_subject=ends("change.subject.links", "fillers"),
        change_before=ends("change.before", "fillers"),
        level=ends("level"),
        # a phrase's first word (up to a space or hyphen) is inside every rate_clause match
        rate_clause=Required.of(
            p.split()[0].split("-")[0] for k in ("rate.clause", "change.rate") for p in c[k]
        ),
        rate_clause_starts=FirstWords.of(p for k in ("rate.clause", "change.rate") for p in c[k]),
    )


def _rate_word_end(text: str, c_start: int, c_end: int) -> int:
    """Where the first rate word of a clause ends, or -1."""
    return _rate_words(text, c_start, c_end)[0]


@lru_cache(maxsize=64)  # asked for every percentage of the same clause
def _rate_words(text: str, c_start: int, c_end: int) -> tuple[int, int]:
    """Where the first rate word and the first change.rate phrase ("growth rate") of a clause
    end, or -1: found once per clause (a search per percentage is quadratic in a long list)."""
    window = text[c_start:c_end]
    pattern = role_cues().rate_clause
    if window.isascii():
        low, pre = window.lower(), role_prefilters()
        if not pre.rate_clause.possible(low):
            return -1, -1  # no rate word can be in the clause (most clauses)
        starts = pre.rate_clause_starts.starts(low)
        found = matches_in_window(pattern, text, c_start, c_end, starts)
    else:
        found = pattern.finditer(text, c_start, c_end, timeout=timeout_for(c_end - c_start))
    change = -1
    for m in found:
        if m.group("change") is None:
            return int(m.end()), change
        if change < 0:
            change = int(m.end())
    return -1, change


# what names the level a change in points starts from: "from", "against August's", "compared with"
_POINTS_BASE = r"(?:from|against|versus|compared\s+(?:with|to))"
_POINTS_BASE_WORDS = ("from", "against", "versus", "compared")  # one is in every match


def _points_base_possible(before: str) -> bool:
    """Whether _points_from() can match `before` (exact for ASCII)."""
    low = before.lower()
    return not before.isascii() or any(w in low for w in _POINTS_BASE_WORDS)


@cache
def _points_from() -> Any:
    """A percent unit of numeric/lexicon.json that counts points, then "from" at the end
    ("0.8 percentage points last month from", "0.47 pp from August's")."""
    units = load_json("numeric/lexicon.json")["percent_units"]
    points = _alternatives([u for u, pts in units.items() if pts])
    return regex.compile(
        rf"(?i:\b(?:{points})\b,?(?:\s+[\w'’]+){{0,3}}?\s+{_POINTS_BASE}\s+(?:\w+['’]s\s+)?$)"
    )


@cache
def _rate_point_units() -> tuple[str, ...]:
    """numeric/lexicon.json `points_of_a_rate`: units that count points for a rate's change."""
    return tuple(u.lower() for u in load_json("numeric/lexicon.json")["points_of_a_rate"])


def points_of_a_rate(text: str, num_start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a change written in a `points_of_a_rate` unit is one of a rate named before it
    in the sentence ("gross margin was 28.28%, -0.55pct year on year"): percentage points."""
    if not text[num_start:end].lower().endswith(_rate_point_units()):
        return False
    return _rate_word_end(text, sentence[0], num_start) >= 0


_RESTATED_GAP = 16  # characters between an amount and its restating percentage: ", or about ("


def restated_amount(text: str, start: int, amounts: Sequence[Span]) -> Span | None:
    """The amount a percentage restates ("rose by 12,000 units, or 15 percent", "up by 2,000
    yuan per tonne (2.9%)"): the one right before it, joined by a restatement link. Such a
    percentage takes the role the amount's own words give it."""
    prior = max((a for a in amounts if start - _RESTATED_GAP <= a.end <= start), default=None)
    if prior is None:
        return None
    link = role_cues().restated.fullmatch(text, prior.end, start)  # bounded: _RESTATED_GAP
    return prior if link else None


def percentage_role(
    text: str,
    start: int,
    num_start: int,
    end: int,
    points: bool,
    clause: tuple[int, int],
    sentence: tuple[int, int] | None = None,
) -> str | None:
    """share / change / rate for a percentage, from the words around it (SPEC.md).
    `sentence` (holding `clause`) lets a clause that continues the one before it ("...,
    from 7.5 percent to 25 percent", "and that of B from ...") take that clause's rate word."""
    if points:
        return "change"  # percentage points measure a change
    cues, pre = role_cues(), role_prefilters()
    before = text[max(clause[0], num_start - _BEFORE_WINDOW) : start]
    # `before` is a slice of at most 40 characters and `after` a window: bounded checks
    after = end + _AFTER_WINDOW
    follows = text[end:after].lstrip()[:1]
    share_after = pre.share_after.possible(follows) and cues.share_after.match(
        text,
        end,
        after,  # bounded: window
    )
    change_after = pre.change_after.possible(follows) and cues.change_after.match(
        text,
        end,
        after,  # bounded: window
    )
    # "edged up to 4.8 percent compared with the same period": the comparison follows a level
    # ("to", "at", "reached"), which the clause's other words decide
    compared_level = (
        change_after
        and text[change_after.start() : change_after.end()].lstrip()[:8].lower() == "compared"
        and pre.level.possible(before)
        and bool(cues.level.match(before))  # bounded: slice
        and 0 <= _rate_word_end(text, *clause) <= start
    )
    if compared_level:
        return "rate"
    if change_after and not share_after:
        return "change"
    # the longer cue after it decides: "90 percent coverage of these cities" is a part of the
    # cities (share.after "coverage of"), "45.2 percent of their original price" a rate
    rate_after = cues.rate_after.match(text, end, after)  # bounded: window
    if rate_after and not (share_after and share_after.end() > rate_after.end()):
        return "rate"
    # "better than the 13.0 percent of the second quarter", "against 18 per cent": a level
    # compared with takes the role of the one it is compared with (filled afterwards)
    compared = not before.isascii() or _COMPARED_WORD.search(before)  # bounded: slice
    if compared and _COMPARED_LEVEL.search(before):  # bounded: slice
        return None
    # recovered and lost parts are a rate and a change even before "of" (one match for both)
    before_of = pre.before_of.possible(before) and cues.before_of.match(
        before  # bounded: slice
    )
    if before_of:
        return "rate" if before_of.group("rate") is not None else "change"
    if share_after or (
        pre.share_before.possible(before) and cues.share_before.match(before)  # bounded: slice
    ):
        return "share"
    if (
        start == num_start
        and text[start - 1 : start] == "("
        and text[num_start : num_start + 1] not in _SIGNS
        and _NAME_BEFORE_BRACKET.search(text, max(0, start - 40), start)  # bounded: 40 chars
        # not a list of changes: "By growth rate, ... namely Yiwei Lithium Energy (124%)"
        and not cues.change_word.search(text, (sentence or clause)[0], start)  # bounded: sentence
    ):
        return "share"  # "a venture of Mitsubishi Chemical (49%), Meiwa (14%)": a party's part
    rate_end = _rate_word_end(text, *clause)
    if 0 <= rate_end <= start:
        return "rate"
    if (
        sentence is not None
        and rate_end < 0
        and cues.rate_carried.match(text, clause[0], min(clause[1], clause[0] + 30))  # bounded: 30
        and _rate_before(text, sentence, clause[0])
    ):
        return "rate"
    # "share fell 0.8 percentage points from 34.5 percent", "up 0.47 percentage points from
    # August's 42.35 percent": the level a change in points starts from is a part of a whole
    # (a rate word has decided above)
    # the points may stand in the clause before: "rose by 1.21 percentage points, up from 4.58%"
    base = text[max((sentence or clause)[0], num_start - _BEFORE_WINDOW) : start]
    if _points_base_possible(base) and _points_from().search(base):  # bounded: slice
        return "share"
    subject = text[max(clause[0], num_start - _SUBJECT_WINDOW) : start]
    if pre.change_subject.possible(subject) and cues.change_subject.match(
        subject  # bounded: 60-char slice
    ):
        return "change"
    level_to = pre.level.possible(before) and bool(cues.level.match(before))  # bounded: slice
    qualifier = text[start:num_start].strip()
    if not level_to and qualifier and " " not in qualifier:
        # "dropped below 30 percent": the percentage's own one-word qualifier names a level
        # (not "up to", "close to": a bound of a change)
        qualified = text[max(clause[0], num_start - _BEFORE_WINDOW) : num_start]
        matched = cues.level.match(qualified)  # bounded: slice
        level_to = pre.level.possible(qualified) and bool(matched)
    if (
        not level_to
        and pre.change_before.possible(before)
        and cues.change_before.match(before)  # bounded: slice
    ):
        return "change"
    # "from" must be there (exact for ASCII; the regex folds some other letters to ASCII)
    if (not before.isascii() or "from" in before.lower()) and _COMPARISON_FROM.search(
        before  # bounded: slice
    ):
        return None  # filled from the level it is compared with
    if text[num_start : num_start + 1] in _SIGNS and num_start < end:
        return "change"  # an explicit sign: "38,599 BEVs (+113.1%)", "Nio 6,155 -12.4%"
    if 0 <= _rate_words(text, *clause)[1] <= start:
        return "change"  # "its growth rate in the first half was about 12 percent"
    return "share" if level_to else None
