"""Calendar years in text: absolute mentions, spans and relative expressions, with their role.

Role precedence follows SPEC.md: relative > period > target > reference.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any, Literal

import regex

from ...errors import ConfigError
from ...limits import MATCH_TIMEOUT_S
from ...normalizers.numbers import alternation, lookup, number_words, prefix_tree
from ...normalizers.text import word_lists
from ...prefilters import FirstWords, PhraseWords, PrefixPlaces, timeout_for
from ...resources import load_json, resolve_pattern_path
from ...rule_index import rule_id

YearRole = Literal["reference", "target", "period", "relative"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH_PATTERN = _MONTH  # a month's name or abbreviation, for the rules of other kinds
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_YEAR_END = r"(?![\d]|,\d|\.\d|s\b|-\d|–\d)"
_PART = (
    r"(?i:the\s+(?:(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|"
    r"(?:first|second|third|fourth)\s+quarter|latter\s+half|early\s+part|spring|summer|autumn|"
    r"fall|winter)\s+of|year(?:\s+of)?))"  # "by the year of 2025", "by the year 2030"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}\s+{_MONTH},?\s+|{_MONTH},?\s+)"
_MID = r"(?i:mid-|early\s+|late\s+|mid\s+|end-|early-|late-|year-end\s+)"  # "by end-2022"
_JOIN = r"(?:\s*[-–]\s*|\s+(?i:to|and|through|until)\s+)"
# a word or amount right after a two-digit second end makes it a number: "grow capacity sixfold
# by 2020 to 50 gigawatt hours" (a span in words keeps four digits: "from 2021 to 2025")
_WORD_AFTER = regex.compile(r"\s?[\w%$€¥£]")

_RELATIVE_WORDS = {"this": 0, "last": -1, "next": 1}
# The first words of span_before's and comparison_before's alternatives: a window holding
# none of them cannot match (see _ends_with).
_SPAN_OPENERS = ("between", "from")
_COMPARISON_PHRASES = (
    r"same\s+(?:period|time|month|quarter)(?:\s+of)?",
    r"compared\s+(?:with|to)",
    r"than(?:\s+in)?",
    "versus",
    "against",
    r"from(?:\s+a)?",
    # "a 22 percent growth over 2008", "an increase over 2022": the base of a change
    r"growth\s+over",
    r"increase\s+over",
    r"rise\s+over",
)
# "below 2005 levels", "half of the levels in 2005": a base year names a level
_LEVELS_AFTER = regex.compile(r"[ \t]+levels?\b")
_LEVELS_BEFORE = regex.compile(r"(?i:\blevels?[ \t]+(?:of[ \t]+)?)$")
# a change right before "from YEAR": "up 11.2 percent from 2009", "an increase from 2022"
_CHANGE_BEFORE_FROM = regex.compile(
    r"(?i:(?:%|\bpercent|\bper\s+cent|\bpct|\bup|\bdown|\bincrease|\bdecrease|\brise|\bdrop"
    r"|\bgrowth|\bdecline)\s*)$"
)
_COMPARISON_HEADS = tuple(
    regex.match(r"[a-z]+", p)[0]  # bounded: our own phrases, not article text
    for p in _COMPARISON_PHRASES
)

# Checks of what ends a window (`...$`) are compiled REVERSE and called with `match`, which
# anchors them at the window's end instead of trying every start. Same answer as `search`:
# `$` also holds before a final newline, but each such pattern ends with `\s+`, which can
# take that newline too (test_properties.py and test_years_fast.py check).
_WORD_BEFORE = regex.compile(r"([A-Za-z][\w&-]*)\s+$", regex.REVERSE)
_MONTH_WORD = regex.compile(_MONTH)


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    value: int
    role: YearRole
    rule_id: str
    preposition: str | None = None
    comparison: bool = False  # "the same period last year": a base, not the amount's year


YEAR_CUES_PATH = "years/cues.json"
_PERIOD_KEYS = {"id", "regex", "words", "_comment"}
_INTENTION_WINDOW = 80  # characters before a year where a plan or aim word makes it a deadline
_FORECAST_AFTER = 30  # characters after a year where "will" makes it one (no publication date)


@cache
def year_cues() -> tuple[str, Any, Any]:
    """(alternation of the quarter/half-year notations, intention cue, forecast cue) from
    patterns/en/years/cues.json; a bad entry raises ConfigError naming its key."""
    file = str(resolve_pattern_path(YEAR_CUES_PATH))
    data = load_json(YEAR_CUES_PATH)
    periods = [f"(?:{r})" for r in _regex_rows(file, data, "periods", no_years=True)]
    cues = [_phrase_cue(file, data, key) for key in ("intention", "forecast")]
    return "|".join(periods), cues[0], cues[1]


@cache
def _cue_words() -> tuple[PhraseWords, PhraseWords]:
    """Words one of which every match of the intention (and the forecast) cue holds, from
    the phrases `year_cues` builds them of: most windows hold none and skip the regex."""
    year_cues()  # a bad entry raises ConfigError there
    data = load_json(YEAR_CUES_PATH)
    return (
        PhraseWords.of(data["intention"]["phrases"]),
        PhraseWords.of(data["forecast"]["phrases"]),
    )


@cache
def prepositions() -> tuple[str, frozenset[str]]:
    """(regex alternation of the year prepositions, the deadline ones) from
    patterns/en/years/cues.json; a deadline preposition must be one of the prepositions."""
    file = str(resolve_pattern_path(YEAR_CUES_PATH))
    data = load_json(YEAR_CUES_PATH)
    preps = _phrase_cue(file, data, "prepositions")
    deadline = frozenset(data.get("deadline_prepositions", {}).get("phrases") or ())
    if not deadline or not deadline <= set(data["prepositions"]["phrases"]):
        raise ConfigError(
            file, "deadline_prepositions: 'phrases' must be entries of 'prepositions'"
        )
    return preps.pattern, deadline


def deadline_preps() -> frozenset[str]:
    """The prepositions that make a year a deadline ("by 2025")."""
    return prepositions()[1]


@cache
def anaphora() -> tuple[Any, tuple[str, ...]]:
    """Phrases pointing back to the last year named ("by then") and the words one of which
    each of them holds, from patterns/en/years/cues.json."""
    file = str(resolve_pattern_path(YEAR_CUES_PATH))
    data = load_json(YEAR_CUES_PATH)
    rows = _regex_rows(file, data, "anaphora", no_years=False)
    words: list[str] = []
    for i, row in enumerate(data["anaphora"]):
        got = row.get("words")
        if (
            not isinstance(got, list)
            or not got
            or not all(isinstance(w, str) and w and w == w.lower() for w in got)
        ):
            where = f"anaphora[{i}] ({row['id']})"
            raise ConfigError(file, f"{where}: 'words' must list lower-case words")
        words.extend(got)
    return regex.compile("|".join(f"(?:{r})" for r in rows)), tuple(dict.fromkeys(words))


def _regex_rows(file: str, data: Any, key: str, no_years: bool) -> list[str]:
    """The `regex` of each {id, regex} row of data[key]; errors name the file, key and id."""
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ConfigError(file, f"{key!r} must be a list of {{id, regex}}")
    out = []
    for i, row in enumerate(data[key]):
        where = f"{key}[{i}]"
        if not isinstance(row, dict) or not {"id", "regex"} <= set(row) or set(row) - _PERIOD_KEYS:
            raise ConfigError(file, f"{where}: needs exactly 'id' and 'regex' (and '_comment')")
        where = f"{key}[{i}] ({row['id']})"
        try:
            compiled = regex.compile(row["regex"])
        except (regex.error, TypeError) as exc:
            raise ConfigError(file, f"{where}: bad regex: {exc}") from exc
        if compiled.groups:
            raise ConfigError(file, f"{where}: no capture groups")
        if no_years and regex.search(r"\\d\{4\}|\d{4}", row["regex"]):  # bounded: data
            raise ConfigError(file, f"{where}: no 4-digit numbers")
        out.append(row["regex"])
    return out


@cache
def event_after() -> Any:
    """A capitalised name ending in an event word, right after a bare year."""
    file = str(resolve_pattern_path(YEAR_CUES_PATH))
    cue = load_json(YEAR_CUES_PATH).get("event_words")
    words = cue.get("phrases") if isinstance(cue, dict) else None
    if (
        not isinstance(words, list)
        or not words
        or not all(isinstance(w, str) and w[:1].isupper() for w in words)
    ):
        raise ConfigError(file, "event_words: 'phrases' must be a list of capitalised words")
    heads = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words)
    return regex.compile(rf"(?:\s+[A-Z][\w&'’.-]*){{0,6}}?\s+(?:{heads})\b")


@cache
def objective_cues() -> tuple[Any, Any]:
    """(intention or forecast word, fact word not after a modal) from patterns/en/years/cues.json:
    what tells an objective ("aims to export 3,000 trucks") from a stated fact."""
    file = str(resolve_pattern_path(YEAR_CUES_PATH))
    data = load_json(YEAR_CUES_PATH)
    words = [_phrase_cue(file, data, k).pattern for k in ("intention", "forecast")]
    fact = _phrase_cue(file, data, "fact").pattern
    exempt = _phrase_cue(file, data, "fact_exempt_after").pattern
    return regex.compile("|".join(words)), regex.compile(rf"(?<!{exempt}\s+){fact}")


@cache
def objective_cue_starts() -> tuple[FirstWords | None, FirstWords | None]:
    """Where a match of each of objective_cues() can start in lower-cased ASCII text (None:
    a phrase that FirstWords cannot read, so the pattern searches the text itself)."""
    objective_cues()  # the phrases checked
    data = load_json(YEAR_CUES_PATH)

    def starts(*keys: str) -> FirstWords | None:
        try:
            return FirstWords.of(p for k in keys for p in data[k]["phrases"])
        except ValueError:
            return None

    return starts("intention", "forecast"), starts("fact")


def _phrase_cue(file: str, data: dict[str, Any], key: str) -> Any:
    cue = data.get(key)
    phrases = cue.get("phrases") if isinstance(cue, dict) else None
    if (
        not isinstance(phrases, list)
        or not phrases
        or not all(isinstance(w, str) and w.strip() and w == w.lower() for w in phrases)
    ):
        raise ConfigError(file, f"{key}: 'phrases' must be a list of lower-case phrases")
    alternation = "|".join(
        r"\s+".join(regex.escape(w) for w in p.split()) for p in sorted(phrases, key=len)[::-1]
    )
    return regex.compile(rf"(?i:\b(?:{alternation})\b)")


@cache
def _patterns() -> dict[str, Any]:
    plain_words = {w for w in number_words() if " " not in w}
    words = prefix_tree(plain_words)
    periods, _, _ = year_cues()
    preps, _ = prepositions()
    absolute = (
        rf"(?<![\w$.,-])(?:(?P<prep>{preps})\s+)?(?:{_PART}\s+)?(?:(?P<quarter>{periods})\s+)?"
        rf"(?P<mid>{_MID})?(?P<date>{_DATE})?(?P<year>{_YEAR}){_YEAR_END}"
    )
    absolute_re = regex.compile(absolute)
    # a period fused with a two-digit year: "1H22", "Q3'23", "2Q24" (2010-2039: "H100"
    # names a chip)
    # (the `re` engine: it scans a whole article for this twice as fast as `regex`)
    short = re.compile(
        rf"(?<![\w$.,'’-])(?P<quarter>{periods})['’]?(?P<yy>[123]\d)(?![\w'’%-]|[.,]\d)"
    )
    return {
        "range": regex.compile(
            rf"(?<![\w$.,-])(?:(?P<kw>(?i:from|between))\s+)?(?P<y1>{_YEAR})"
            rf"{_JOIN}(?P<y2>{_YEAR}|\d\d){_YEAR_END}"
        ),
        # what must stand after or before a year for it to be one end of a range
        "range_after": regex.compile(rf"{_JOIN}(?:{_YEAR}|\d\d)"),
        "range_before": regex.compile(rf"{_YEAR}{_JOIN}$", regex.REVERSE),
        "absolute": absolute_re,
        # the same matched backwards from a year's end, where `_YEAR_END` sees the window's end
        # and always holds: so it is checked on its own
        "absolute_back": regex.compile(absolute, regex.REVERSE),
        # the numbers of its groups: `group(1, 2)` is read faster than `group("prep", ...)`
        "absolute_groups": tuple(
            absolute_re.groupindex[name] for name in ("prep", "quarter", "mid", "date", "year")
        ),
        "year_end": regex.compile(_YEAR_END),
        "short": short,
        # where a `short` match can start: the periods' first characters ("Q3", "1H", "9M"),
        # found through their capitals (a scan of `short` enters the engine at every character)
        "short_starts": PrefixPlaces.of(short),
        "relative": regex.compile(
            rf"\b(?P<rel>(?i:this|last|next)\s+year)\b(?!-)|"
            rf"\b(?P<n>\d{{1,2}}|(?i:{words}))\s+(?i:years?)\s+(?i:ago)\b"
        ),
        # what must stand around "year" for it to be part of a relative year
        "relative_before": regex.compile(r"(?i:\b(?:this|last|next)\s+)$", regex.REVERSE),
        "relative_after": regex.compile(r"(?i:\s+ago)\b"),
        # the longest word before "year(s)" in a relative year (IGNORECASE folds 1:1)
        "relative_first_word": max(map(len, [*plain_words, *_RELATIVE_WORDS, "99"])),
        "span_before": regex.compile(
            rf"(?i:\b(?:{'|'.join(_SPAN_OPENERS)})\s+(?:{_MONTH}\s+\d{{1,2}}|{_DATE}?{_YEAR})[^.;]{{0,12}}?"
            rf"\s+(?:and|to|through|until)\s+)$",
            regex.REVERSE,
        ),
        "comparison_before": regex.compile(
            rf"(?i:(?:{'|'.join(_COMPARISON_PHRASES)})\s+)$", regex.REVERSE
        ),
        "plural_after": regex.compile(r"\s+(?P<noun>[a-z]+s)\b(?!')"),
        # the second end of a span after a dated first end: "between August 26, 2014 and
        # December 20, 2023", "from March 2021 to June 2022"
        "span_after": regex.compile(
            rf"\s+(?i:and|to|through|until)\s+(?:{_MID})?(?:{_DATE})?{_YEAR}{_YEAR_END}"
        ),
        "year_anchor": regex.compile(rf"(?<!\d){_YEAR}(?!\d)"),
        "year_word": regex.compile(r"(?i:\byears?\b)"),
    }


def _around(
    pattern: Any,
    anchors: Iterable[tuple[int, int]],
    text: str,
    start: int,
    end: int,
    before: int = 60,
    after: int = 16,
    possible: Callable[[int, int], bool] | None = None,
) -> Iterator[Any]:
    """Matches of `pattern` that contain one of `anchors`, spans of a cheap regex's hits.

    Searching small windows around anchors instead of the whole text keeps the long
    optional prefixes of the year patterns from being tried at every character.
    `possible(*anchor_span)`, when given, is a quick test that is false only where no
    match can contain the anchor; the window search is skipped there.
    """
    done = start
    for at, to in anchors:
        if at < done or (possible is not None and not possible(at, to)):
            continue
        lo, hi = max(done, at - before), min(end, to + after)
        for m in pattern.finditer(text, lo, hi):  # bounded: before + after + 4 chars
            if m.start() <= at < m.end():
                yield m
                done = m.end()
                break


def _absolute_years(
    p: dict[str, Any], anchors: list[tuple[int, int]], text: str, start: int, end: int
) -> Iterator[Any]:
    """What `_around(p["absolute"], anchors, text, start, end)` yields, faster.

    A match holding an anchor year has it as its `year` group and ends with it: the
    prefix groups hold no 4-digit number. So finditer over the window yields the match
    that starts first among those ending at the year. Matching backwards from the year's
    end finds that match: optional parts are greedy, and a shorter choice leaves a word
    character before it, which the leading lookbehind refuses. Its prefix splits into
    prep / part / mid / date one way only, so its groups are those of the forward match.
    test_years_fast.py compares both ways.
    """
    done = start
    for at, to in anchors:
        if at < done:
            continue
        lo, hi = max(done, at - 60), min(end, to + 16)
        if not p["year_end"].match(text, to, hi):  # bounded: no repetition
            continue
        m = p["absolute_back"].match(text, lo, to)  # bounded: 60 + 4 chars
        if m is not None:
            yield m
            done = m.end()


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # regex \w, for ASCII characters


def _year_words(p: dict[str, Any], text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""Spans of `year_word` hits in text[start:end]; in ASCII text found by str.find.

    For ASCII, IGNORECASE is str.lower() and \w is `_is_word_char`; \b sees the character
    before `start` but not the one at `end`, as in the regex.
    """
    if not text[max(0, start - 1) : end].isascii():
        words = p["year_word"].finditer(text, start, end, timeout=MATCH_TIMEOUT_S)
        return [w.span() for w in words]
    low = text[start:end].lower()
    out: list[tuple[int, int]] = []
    i = low.find("year")
    while i >= 0:
        at, after = start + i, i + 4
        if after < len(low) and low[after] == "s":
            after += 1  # "years", if a boundary follows; else "year" must end the word
            if after < len(low) and _is_word_char(low[after]):
                after -= 1
        if (at == 0 or not _is_word_char(text[at - 1])) and (
            after == len(low) or not _is_word_char(low[after])
        ):
            out.append((at, start + after))
            i = low.find("year", after)
        else:
            i = low.find("year", i + 1)
    return out


def _year_anchors(p: dict[str, Any], text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""Spans of `year_anchor` hits in text[start:end]: its literal "19"/"20" found by
    str.find, and the rest checked there.

    For ASCII, \d is str.isdigit(); the lookbehind sees the character before `start`,
    the lookahead not the one at `end`, as in the regex. Where a character the check reads
    is not ASCII, the regex is matched at that place (hits are four digits with no digit
    either side, so no two overlap: finditer finds each place where a match starts).
    """
    anchor = p["year_anchor"]
    out: list[tuple[int, int]] = []
    stop = max(0, end - 2)  # the last place "19"/"20" can end; never negative (from the end)
    ascii_range = text[max(0, start - 1) : end].isascii()  # then no place needs a look
    for century, lowest in (("19", "5"), ("20", "0")):  # 19[5-9]\d | 20\d\d
        at = text.find(century, start, stop)
        while at >= 0:
            if not ascii_range and not text[max(0, at - 1) : min(end, at + 5)].isascii():
                if anchor.match(text, at, end):  # bounded: no repetition
                    out.append((at, at + 4))
            elif (
                (digits := text[at + 2 : at + 4]).isdigit()
                and digits[0] >= lowest
                and (at == 0 or not text[at - 1].isdigit())
                and (at + 4 == end or not text[at + 4].isdigit())
            ):
                out.append((at, at + 4))
            at = text.find(century, at + 1, stop)
    out.sort()
    return out


def _relative_years(p: dict[str, Any], text: str, start: int, end: int) -> Iterator[Any]:
    """What `_around(p["relative"], year words, text, start, end)` yields, faster.

    A relative year is one word, whitespace and the "year(s)" it holds (+ "ago"); no
    other relative year overlaps it. So the window search yields the one starting first,
    and no search is needed where none can be: neither "this/last/next" before nor "ago"
    after. After "this/last/next" that word is the only start ("this" ends no number
    word): one match there. Otherwise the window begins where such a word can start.
    test_years_fast.py compares both ways.
    """
    first_word: int = p["relative_first_word"]
    done = start
    for at, to in _year_words(p, text, start, end):
        if at < done:
            continue
        lo, hi = max(done, at - 60), min(end, to + 16)
        word = p["relative_before"].match(text, max(0, at - 60), at)  # bounded: 60 chars
        if word is not None and word.start() >= lo:
            found = [p["relative"].match(text, word.start(), hi)]  # bounded: 60 + 21 chars
        elif word is not None or p["relative_after"].match(text, to, to + 16):  # bounded: 16
            # the word ends where the whitespace before "year" does (str.isspace() takes
            # every regex \s) and is at most `first_word` long (IGNORECASE folds 1:1)
            gap = text[lo:at]
            lo = max(lo, at - (len(gap) - len(gap.rstrip())) - first_word)
            found = list(p["relative"].finditer(text, lo, hi))  # bounded: 60 + 21 chars
        else:
            continue
        for m in found:
            if m is not None and m.start() <= at < m.end():
                yield m
                done = m.end()
                break


@cache
def _activity_nouns() -> frozenset[str]:
    """Words after a bare year that leave it a year: activity nouns ("2020 levels", "2023
    losses") and words ending in s that are no plurals ("its 2024 overseas target")."""
    lists = word_lists()
    return frozenset(lists["activity_nouns"]) | frozenset(lists["non_plural_s"])


@cache
def _count_qualifier_before() -> regex.Pattern[str]:
    """A count's qualifier ending right before a number (years/cues.json count_qualifiers)."""
    phrases = load_json(YEAR_CUES_PATH)["count_qualifiers"]["phrases"]
    words = "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases)
    return regex.compile(rf"(?i:\b(?:{words})\s+)$")


# up to three words (no verb test: "more than 2000 new energy vehicles") then a plural noun
_PLURAL_WITHIN = regex.compile(r"(?:\s+[a-z][a-z-]*){0,3}?\s+(?P<noun>[a-z]+s)\b(?!')")


def _counted_after_qualifier(text: str, s: int, e: int) -> bool:
    """A bare year-like number after a count's qualifier with a plural noun close after it."""
    if _count_qualifier_before().search(text, max(0, s - 24), s) is None:  # bounded: 24 chars
        return False
    plural = _PLURAL_WITHIN.match(text, e, e + 60)  # bounded: 60 chars
    return plural is not None and plural.group("noun") not in _activity_nouns()


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalised words a bare year after them is no name part of ("In 2023", "Fourth
    Quarter 2023")."""
    return frozenset(load_json(YEAR_CUES_PATH)["not_name_words"]["phrases"])


@cache
def _model_words() -> frozenset[str]:
    """Plural nouns that make a bare year before them a model year ("multiple 2026 models")."""
    return frozenset(load_json(YEAR_CUES_PATH)["model_words"]["phrases"])


_SPAN_FORMS = {"between": "between YEAR and YEAR", "from": "from YEAR to YEAR"}


def _relative_rule(m: Any) -> str:
    """The record id of a relative year: "this year", "next year", "last year", "N years ago"."""
    rel = m.group("rel")
    if not rel:
        return rule_id(YEAR_CUES_PATH, "N years ago")
    return _relative_word_rule(rel.split()[0])


@lru_cache(maxsize=64)
def _relative_word_rule(matched: str) -> str:
    """The id of "<matched> year" (a few spellings recur: kept, not worked out per year)."""
    word = _as_written(_RELATIVE_FORMS, matched)  # "thiſ", "thİs" are "this"
    return rule_id(YEAR_CUES_PATH, f"{word} year")


def _absolute_rule(prep: str | None, quarter: str | None, mid: str | None, day: str | None) -> str:
    """The record id of a year by what stands before it (the groups of its match): its
    preposition ("by YEAR"), else its quarter or half-year notation (the `periods` row's
    id), part of the year or date."""
    if prep:
        return _prep_rule(prep)
    if quarter:
        for row_id, row_regex in _period_rows():
            if row_regex.fullmatch(quarter.strip()):  # bounded: a few characters
                return row_id
    if mid:
        return rule_id(YEAR_CUES_PATH, "early/mid/late YEAR")
    return rule_id(YEAR_CUES_PATH, "MONTH YEAR" if day else "YEAR")


_RELATIVE_FORMS = {w: w for w in _RELATIVE_WORDS}


@lru_cache(maxsize=256)
def _prep_rule(matched: str) -> str:
    """The id of "<preposition> YEAR" for the preposition as matched (a few spellings
    recur: kept, not worked out per year)."""
    prep = _as_written(_prep_phrases(), matched)
    return rule_id(YEAR_CUES_PATH, f"{prep} YEAR")


@cache
def _prep_phrases() -> dict[str, str]:
    return {p: p for p in load_json(YEAR_CUES_PATH)["prepositions"]["phrases"]}


def _as_written(phrases: dict[str, str], matched: str) -> str:
    """The phrase, as the data writes it, that the case-insensitive pattern matched as
    `matched` (the regex equates letters `str.lower` keeps apart: "ſ" and "s", "İ" and "i")."""
    found = lookup(phrases, matched)
    if found is None:
        flags = regex.IGNORECASE
        fits = (
            p
            for p in phrases
            if regex.fullmatch(alternation([p]), matched, flags)  # bounded: a short phrase
        )
        found = next(fits, " ".join(matched.lower().split()))
    return found


@cache
def _period_rows() -> tuple[tuple[str, Any], ...]:
    rows = load_json(YEAR_CUES_PATH)["periods"]
    return tuple((row["id"], regex.compile(row["regex"])) for row in rows)


def _relative_value(m: Any, published: date) -> int:
    if m.group("rel"):
        word = m.group("rel").split()[0].lower()
        return published.year + (lookup(_RELATIVE_WORDS, word) or 0)
    n = m.group("n")
    count = int(n) if n.isdigit() else int(lookup(number_words(), n) or 0)
    return published.year - count


def _ends_with(pattern: Any, words: tuple[str, ...], text: str, at: int, width: int) -> bool:
    """Whether the `...$` REVERSE `pattern` matches the `width` chars before `at`.

    Every match holds one of `words`: an ASCII window (where IGNORECASE is str.lower())
    holding none is answered without the regex; other text falls through to it.
    """
    lo = max(0, at - width)
    window = text[lo:at]
    if window.isascii():
        low = window.lower()  # once, not once per word
        for w in words:  # a loop: any() of a generator costs more than these few tests
            if w in low:
                break
        else:
            return False
    return bool(pattern.match(text, lo, at))  # bounded: `width` chars


def _is_name_part(text: str, start: int) -> bool:
    """A bare year right after a capitalised word belongs to a name: 'Auto Shanghai 2023'."""
    m = _WORD_BEFORE.match(text[max(0, start - 40) : start])  # bounded: 40-char slice
    if not m:
        return False
    word = m.group(1)
    if not word[0].isupper() or word in _not_name_words():
        return False
    # a month, or the end of a span of months: "March 2025", "January-March 2025"
    return _MONTH_WORD.fullmatch(word.rsplit("-", 1)[-1]) is None  # bounded: no repetition


def _month_span_before(text: str, start: int) -> bool:
    """A span of months ends right before the year: "January-March 2025" (SPEC: a year that
    ends a stated span is a period)."""
    before = text[max(0, start - 40) : start]
    if "-" not in before:  # the word the pattern reads must hold one
        return False
    m = _WORD_BEFORE.match(before)  # bounded: 40-char slice
    parts = m.group(1).split("-") if m else []
    return len(parts) == 2 and all(_MONTH_WORD.fullmatch(w) for w in parts)  # bounded: short


def _span_start(p: dict[str, Any], text: str, m: Any, prep: str | None, dated: bool) -> bool:
    """A dated year that opens a span: "between August 26, 2014 and December 20, 2023";
    `dated`: the match has a date or a part of the year."""
    if not dated:
        return False  # two bare years are the range pattern's
    if prep != "from" and not text[max(0, m.start() - 9) : m.start()].lower().endswith("between "):
        return False
    return bool(p["span_after"].match(text, m.end(), m.end() + 40))  # bounded: 40 chars


def _future(value: int, published: date | None) -> bool:
    return published is not None and value > published.year


def _intended(text: str, start: int, at: int, to: int, published: date | None) -> bool:
    """A plan or aim word (or, with no publication date, a future-tense or forecast word)
    earlier in the year's sentence: "aims to sell ... in 2025"; with no publication date also
    a forecast word right after the year in its clause: "sales in 2030 will be NEVs"."""
    lo = max(start, at - _INTENTION_WINDOW)
    window = text[lo:at]
    # only the year's own sentence: cut at the last sentence end in the window
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    _, intention, forecast = year_cues()
    lo += cut + 1
    head = window[cut + 1 :]  # text[lo:at]
    intention_words, forecast_words = _cue_words()
    timeout = timeout_for(at - lo)  # (a window of _INTENTION_WINDOW characters)
    if intention_words.possible(head) and intention.search(text, lo, at, timeout=timeout):
        return True
    if published is not None:
        return False
    if forecast_words.possible(head) and forecast.search(text, lo, at, timeout=timeout):
        return True
    after = text[to : to + _FORECAST_AFTER]
    stop = min((i for i in (after.find(c) for c in ",;.:\n") if i >= 0), default=len(after))
    if not forecast_words.possible(after[:stop]):
        return False
    return bool(forecast.search(text, to, to + stop, timeout=timeout_for(stop)))


def find_years(
    text: str, start: int = 0, end: int | None = None, published: date | None = None
) -> list[YearMention]:
    """Every year mention in text[start:end], in reading order."""
    end = len(text) if end is None else end
    p = _patterns()
    taken: list[tuple[int, int]] = []  # sorted, and disjoint: each pass adds only free spans
    out: list[YearMention] = []

    def free(s: int, e: int) -> bool:
        # of the spans starting before e, the last one ends last
        i = bisect_left(taken, (e,))
        return i == 0 or taken[i - 1][1] <= s

    # the same windows as _around's (60 before, 16 after): exact, not approximate, tests
    def range_end(at: int, to: int) -> bool:
        lo = max(0, at - 60)
        return bool(
            p["range_after"].match(text, to, to + 16)  # bounded: 16 chars
            # a year before the joiner starts with a literal "19" or "20"
            or (
                (text.find("19", lo, at) >= 0 or text.find("20", lo, at) >= 0)
                and p["range_before"].match(text, lo, at)  # bounded: 60 chars
            )
        )

    absolute_groups = p["absolute_groups"]  # prep, quarter, mid, date, year
    # year anchors are found once for the range and absolute passes
    anchors = _year_anchors(p, text, start, end)

    for m in _around(p["range"], anchors, text, start, end, possible=range_end):
        y1, y2 = int(m.group("y1")), m.group("y2")
        second = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        keyword = (m.group("kw") or "").lower()
        joiner = text[m.end("y1") : m.start("y2")].strip().lower()
        if second <= y1 or (joiner == "and" and keyword != "between"):
            continue
        if keyword == "between" and joiner not in {"and", "-", "–"}:
            continue
        if len(y2) == 2 and joiner.isalpha() and _WORD_AFTER.match(text, m.end(), m.end() + 3):
            continue  # bounded: 3 chars; "by 2020 to 50 gigawatt hours" counts, not 2020-50
        if _is_name_part(text, m.start("y1")) and not keyword:
            continue
        span_id = rule_id(YEAR_CUES_PATH, _SPAN_FORMS.get(keyword, "YEAR-YEAR"))
        out.append(YearMention(m.start("y1"), m.end("y1"), y1, "period", span_id))
        out.append(YearMention(m.start("y2"), m.end("y2"), second, "period", span_id))
        insort(taken, m.span())

    if published is not None:
        for m in _relative_years(p, text, start, end):
            if not free(*m.span()):
                continue
            comparison = _ends_with(p["comparison_before"], _COMPARISON_HEADS, text, m.start(), 30)
            out.append(
                YearMention(
                    m.start(),
                    m.end(),
                    _relative_value(m, published),
                    "relative",
                    _relative_rule(m),
                    comparison=comparison,
                )
            )
            insort(taken, m.span())

    starts = p["short_starts"]
    short = (
        p["short"].finditer(text, start, end)  # bounded: no nested repetition
        if starts is None
        else starts.finditer(p["short"], text, start, end)
    )
    for m in short:
        s, e = m.span()
        value = 2000 + int(m.group("yy"))
        future = published is not None and value > published.year
        rule = _absolute_rule(None, m.group("quarter"), None, None)
        out.append(YearMention(s, e, value, "target" if future else "reference", rule, None))
        insort(taken, (s, e))

    for m in _absolute_years(p, anchors, text, start, end):
        s, e = m.span()
        if not free(s, e):
            continue
        matched_prep, quarter, mid, day, year = m.group(*absolute_groups)
        # the preposition's first word ("as" of "as of"); a deadline is tested on the whole
        # phrase ("no later than") and keeps it
        phrase = " ".join(matched_prep.lower().split()) if matched_prep else None
        prep = phrase.split()[0] if phrase else None
        deadline = phrase in deadline_preps()
        dated = day is not None or mid is not None
        bare = not dated and quarter is None
        if prep is None and bare:
            if _is_name_part(text, s):
                continue
            if event_after().match(text, e, e + 80):  # bounded: 80 chars
                continue  # a year in an event's name: "the 2015 ... Auto Show"
            plural = p["plural_after"].match(text, e, e + 60)  # bounded: window
            if (
                plural
                and plural.group("noun") not in _activity_nouns()
                and plural.group("noun") not in _model_words()
            ):  # "2000 trucks" is a count; "2020 levels", "2023 sales", "2026 models" are years
                continue
            if _counted_after_qualifier(text, s, e):
                continue  # "more than 2000 new energy vehicles": a count
        value = int(year)
        # "below 2005 levels", "half of the levels in 2005": a base the change is measured from
        level_base = _LEVELS_AFTER.match(text, e, e + 8) is not None or (  # bounded: 8 chars
            prep in (None, "in", "of")
            and _LEVELS_BEFORE.search(text, max(0, s - 12), s) is not None  # bounded: 12
        )
        # "up 11.2 percent from 2009": the base of a change, never what an aim is for
        change_base = prep == "from" and bool(
            _CHANGE_BEFORE_FROM.search(text, max(0, s - 24), s)  # bounded: 24 chars
        )
        if (
            _ends_with(p["span_before"], _SPAN_OPENERS, text, s, 60)
            or _span_start(p, text, m, prep, dated)
            or (bare and _month_span_before(text, s))
        ):
            role: YearRole = "period"
        elif deadline:
            role = "target" if published is None or value >= published.year else "reference"
        elif (
            not level_base
            and not change_base
            and (
                _future(value, published)
                or (
                    (published is None or value == published.year)
                    and _intended(text, start, s, e, published)
                )
            )
        ):
            role = "target"  # a future year, or one a plan or aim is for and not known past
        else:
            role = "reference"
        comparison = (
            prep == "from"
            or _ends_with(p["comparison_before"], _COMPARISON_HEADS, text, s, 30)
            or level_base
        )
        rule = _absolute_rule(matched_prep, quarter, mid, day)
        out.append(
            YearMention(
                s,
                e,
                value,
                role,
                rule,
                phrase if deadline else prep,
                comparison=comparison,
            )
        )
        insort(taken, (s, e))
    out.sort(key=lambda y: y.start)
    return out
