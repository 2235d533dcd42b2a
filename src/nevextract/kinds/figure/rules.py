"""Counts and measured quantities: what a number counts, and which numbers are not figures.

Without a part-of-speech model the counted noun is read off the words after the number:
modifiers and nouns up to a closed-class word, verb, adverb or punctuation, trimmed to the
last plural noun ("158,000 heavy trucks, which" → "heavy truck"). When the text leaves the
noun implicit ("up from 6.72 million last year") the unit comes from the nearest earlier
count in the sentence, a plural noun before it, or the count in the previous sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate
from typing import Any

import regex

from ...errors import ConfigError
from ...kinds.figure.units import to_si
from ...kinds.year.rules import YearMention, event_after
from ...limits import MATCH_TIMEOUT_S
from ...normalizers.attributes import clause_ranges
from ...normalizers.numbers import alternation, lookup, number_words, scales
from ...normalizers.quantities import AFTER_WINDOW, Quantity, tables
from ...normalizers.text import Sentences, is_plural, singular, stop_words, word_lists
from ...prefilters import Endings, ending_possible, required_literals, timeout_for
from ...resources import load_json, resolve_pattern_path


@dataclass
class Figure:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str | None
    rule_id: str
    rank: bool = False
    adjectival: bool = False  # "8-bit", "45-GWh": a property of the next noun
    quantity: float | None = None
    quantity_max: float | None = None
    si_unit: str | None = None
    num_start: int = 0


_WORD = regex.compile(r"[ \t]+(?P<w>[A-Za-z][\w'’&]*(?:-[\w']+)*)")
_W = _WORD.groupindex["w"]  # read by number: faster than by name in the noun phrase loop
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATES_TIMES = regex.compile(
    # a range of days names dates too: "between December 16 and 22", "March 3-5"
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?(?!\d|[,.]\d))?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})?\s?[ap]\.m\."
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}"
)
_DATE_TIME_LITERALS = tuple(sorted(required_literals(_DATES_TIMES.pattern, min_length=1) or ("",)))
_NAME_EXCEPTIONS = frozenset(
    {
        "The",
        "A",
        "An",
        "Its",
        "Their",
        "Some",
        "About",
        "Around",
        "Nearly",
        "Almost",
        "Over",
        "Only",
        "Just",
        "All",
        "Another",
        "Each",
        "Every",
        "Top",
        "Between",
        "More",
        "Less",
        "Fewer",
        "At",
        "Up",
        "Of",
        "In",
        "On",
        "By",
        "For",
        "From",
        "To",
        "With",
        "And",
        "Those",
        "These",
        "Approximately",
        "Roughly",
        "Exactly",
        "Under",
        "Below",
        "Above",
    }
)
# "the first six months" names a calendar period; "the past two years" is a duration
# Checks of what ends a window (`...$`) are compiled REVERSE: found from the window's end
# instead of tried at every start, with the same answer (test_properties.py checks).
_PERIOD_WORDS = ("first", "final", "initial")
_PERIOD_BEFORE = regex.compile(rf"(?i:\b(?:{alternation(set(_PERIOD_WORDS))})\s+)$", regex.REVERSE)
_PERIOD_ENDS = Endings.of(_PERIOD_WORDS, ignore_case=True)
_PERIOD_AFTER = regex.compile(r"(?i:\s+(?:months?|weeks?|days?|quarters?|years?|halves)\b)")


@cache
def _plan_after() -> Any:
    """`a three-year action plan`, `the three-day forum`: the duration names a plan or event."""
    nouns = alternation(_words_of("plan_nouns"))
    # a bracketed period may stand between: "a 10-year (2021-2030) plan"
    return regex.compile(rf"(?i:(?:\s+[\w()–-]+){{0,3}}?\s+(?:{nouns})s?\b)")


_FRACTION_LINKS = ("in", "out of")  # "one in three buyers", "4 out of 5"
_FRACTION_BEFORE = regex.compile(
    rf"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    rf"(?:{alternation(set(_FRACTION_LINKS))})\s+)$",
    regex.REVERSE,
)
# "one charging station for every two electric cars": a ratio's first term, no count
_FOR_RATIO = regex.compile(r"(?i:\s+for\s+every\b)")
_FRACTION_ENDS = Endings.of(_FRACTION_LINKS, ignore_case=True)
# "5 and 6 cars", and lists: "delivered 284,647, 126,067, and 101,445 vehicles respectively"
_COORDINATED = regex.compile(r"(?:,?\s+(?:and|or|to)|,)\s+(?:about\s+|nearly\s+|over\s+)?\d")
# "1.63 million were new energy vehicles", "About 8,500 of them are fast chargers"
_COPULA_AFTER = regex.compile(r"[ \t]+(?:of[ \t]+them[ \t]+)?(?:were|are|being)[ \t]+")
_OF_THE = regex.compile(r"\s+of\s+(?:the|its|their|these|those)\s+")
_TO_ANOTHER = regex.compile(r"(?i:\s+to\s+another\b)")
# a period-over-period mark right after a bare number: the number is a change, not a count
_CHANGE_MARK_AFTER = regex.compile(
    r"\s+(?i:(?:year|month|quarter|week)[- ]on[- ](?:year|month|quarter|week)|yoy|mom|qoq)\b"
)
_IN_NUMBER = regex.compile(
    r"(?i:\s+(?:in|out\s+of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|every)\b)"
)
# "the two companies", "both three ...": a definite small number points back at named things
_SCALE_WORDS = ("scale", "level", "grade", "tier", "rating", "score", "stage")
_SCALE_POINT_BEFORE = regex.compile(
    rf"(?i:\b(?:{alternation(set(_SCALE_WORDS))})\s+(?:of\s+)?)$", regex.REVERSE
)
_SCALE_POINT_ENDS = Endings.of(
    [*_SCALE_WORDS, *(f"{w} of" for w in _SCALE_WORDS)], ignore_case=True, whole=True
)
# the last words of the case-insensitive endings before a number (`_excluded`)
_BEFORE_LAST_WORDS = tuple(
    sorted({*_PERIOD_ENDS.words, *_FRACTION_ENDS.words, *_SCALE_POINT_ENDS.words})
)
_ORDINALS = ("hundredth", "thousandth", "millionth", "billionth")
_ORDINAL_WORD = regex.compile(rf"(?i:\s*-?(?:{'|'.join(_ORDINALS)})\b)")
_ORDINAL_INITIALS = "".join({c for w in _ORDINALS for c in (w[0], w[0].upper())})
_NUMBER_MARKS = ("No", "No.", "#", "Number", "Phase", "page")  # "No. 3", "Phase 2", "page 4"


@cache
def _no_before() -> tuple[Any, Endings]:
    """What ends the text before an identifier: the marks above and `identifier_before`."""
    marks = (*_NUMBER_MARKS, *_words_of("identifier_before"))
    alternatives = "|".join((r"\b" if m[0].isalnum() else "") + regex.escape(m) for m in marks)
    return regex.compile(rf"(?:{alternatives})\s*$"), Endings.of(marks)


# a bare digit group next to another bare group: "+86 20 8666 5388" (not "360,000 6-inch")
_DIGIT_SPACE_BEFORE = regex.compile(r"(?<![\w,.-])\d+[ \t]$")
_PLAIN_GROUP_AFTER = regex.compile(r"[ \t]+\d+(?![\d,.]|-?[A-Za-z])")
_SPACE_DIGIT = regex.compile(r"[ \t]+\d")
# (one space: a tab parts a table's cells, "SGMW<tab>5 years" names no "SGMW 5")
_WORD_BEFORE = regex.compile(r"([A-Za-z][\w&-]*)[ ]$", regex.REVERSE)
_MONTH_WORD = regex.compile(_MONTH)
# the pattern's capitals are its month words' first letters
_MONTH_INITIALS = frozenset(c for c in _MONTH if c.isupper())
_MEASURE = regex.compile(
    r"[ \t]+[\d,.]+[ \t-](?:kg|tonnes?|tons?|km|MW|MWh|GWh|kWh|kW|GW|m|mu|sq m|inch|nm|mm|cm"
    r"|bit|litre|liter|seat|door|speed|axle|wheel)\b"
)


@cache
def _durations() -> dict[str, float]:
    return {k: float(v) for k, v in word_lists()["duration_units"].items()}


def duration_units() -> frozenset[str]:
    """The singular units of durations (year, month, day ...): patterns/en/text/words.json."""
    return frozenset(_durations())


@cache
def _activity_nouns() -> frozenset[str]:
    return frozenset(word_lists()["activity_nouns"])


@cache
def _not_count_nouns() -> frozenset[str]:
    return stop_words() | _activity_nouns() | _not_count_words()


FIGURE_WORDS_FILE = "numeric/figures.json"
_WORD_LISTS = (
    "not_count_words",
    "widget_words",
    "designation_words",
    "time_reference_after",
    "span_before",
    "ratio_before",
    "rate_base_before",
    "count_subjects",
    "money_subjects",
    "plan_nouns",
    "year_named_nouns",
    "threshold_nouns",
    "fraction_words",
    "identifier_before",
    "date_before",
    "period_marks_after",
)


@cache
def _figure_words() -> dict[str, Any]:
    data: dict[str, Any] = load_json(FIGURE_WORDS_FILE)
    path = str(resolve_pattern_path(FIGURE_WORDS_FILE))
    for key in _WORD_LISTS:
        words = data.get(key, {}).get("words") if isinstance(data.get(key), dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ConfigError(path, f"{key!r} needs a 'words' list of non-empty strings")
    phrases = data.get("idioms", {}).get("phrases")
    if not isinstance(phrases, list) or not all(isinstance(w, str) and w for w in phrases):
        raise ConfigError(path, "'idioms' needs a 'phrases' list of non-empty strings")
    slogans = data.get("slogans", {})
    quotes = slogans.get("quotes")
    if not isinstance(slogans.get("max_words"), int) or not isinstance(quotes, list):
        raise ConfigError(path, "'slogans' needs 'quotes' (pairs) and 'max_words' (int)")
    if not all(isinstance(q, list) and len(q) == 2 and all(q) for q in quotes):
        raise ConfigError(path, "'slogans' quotes must be [open, close] pairs")
    return data


def _words_of(key: str) -> list[str]:
    words: list[str] = _figure_words()[key]["words"]
    return words


@cache
def _slash_date() -> Any:
    """'on 19/8': a day and a month joined by a slash after a `date_before` word."""
    words = alternation(_words_of("date_before"))
    return regex.compile(rf"(?i:\b(?:{words})\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)(?![\d/])")


@cache
def _not_count_words() -> frozenset[str]:
    return frozenset(_words_of("not_count_words"))


@cache
def _period_marks_after() -> frozenset[str]:
    return frozenset(_words_of("period_marks_after"))


@cache
def _year_named_nouns() -> frozenset[str]:
    """The nouns a year names rather than counts: `year_named_nouns` and `plan_nouns`."""
    return frozenset(w.lower() for w in (*_words_of("year_named_nouns"), *_words_of("plan_nouns")))


def _names_year(text: str, q: Quantity, noun: str) -> bool:
    """`the 2025 World Power Battery Conference`, `their 2025 targets`: a year-like number
    before an event, plan or deadline noun is the year of a name or a deadline, no count."""
    number = text[q.num_start : q.end]
    if len(number) != 4 or not number.isdigit() or number[:2] not in ("19", "20"):
        return False
    return singular(noun).lower() in _year_named_nouns()


@cache
def _threshold_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _words_of("threshold_nouns"))


@cache
def _fraction_words() -> frozenset[str]:
    return frozenset(_words_of("fraction_words"))


def _next_word(text: str, e: int) -> str:
    return text[e : e + 14].lstrip(" \t").split(" ", 1)[0].rstrip(".,;:").lower()


@cache
def _designation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _words_of("designation_words"))


@cache
def _widget_words() -> frozenset[str]:
    return frozenset(_words_of("widget_words"))


@cache
def _idiom() -> Any:
    return regex.compile(rf"(?i:\b(?:{alternation(_figure_words()['idioms']['phrases'])})\b)")


@cache
def _time_reference_after() -> Any:
    return regex.compile(rf"(?i:\s+(?:{alternation(_words_of('time_reference_after'))})\b)")


@cache
def _span_before() -> tuple[str, ...]:
    """`for five days earlier this month`: the words (with the space before them, or alone)
    that make a duration a span whatever time word follows it."""
    words = [w.lower() for w in _words_of("span_before")]
    return (*(f" {w}" for w in words), *(f"\n{w}" for w in words))


@cache
def _ratio_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in _words_of("ratio_before"))


@cache
def _rate_base_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in _words_of("rate_base_before"))


@cache
def _rate_base_before() -> Any:
    return regex.compile(rf"(?i:\b(?:{alternation(_words_of('rate_base_before'))})\s+)$")


@cache
def _ratio_before() -> Any:
    return regex.compile(rf"(?i:\b(?:{alternation(_words_of('ratio_before'))})\s+)$")


_LEAD = " \t\n-–—•*·\"“'‘("  # what may stand before a sentence's first word: "- Six agencies"
_WIDGET_AFTER = regex.compile(r"[ \t]*(?P<w>[A-Z][a-z]+(?:\(s\))?)")
_LINE_WORD = regex.compile(r"[A-Za-z][\w()-]*")
_WIDGET_LINE_MAX = 60  # characters: a line of page furniture is short


def _is_widget_count(text: str, s: int, e: int) -> bool:
    """`3 Comment(s)`, `12 Views`, a line `Advertisement 2`: page furniture, not a count."""
    if text[e : e + 8].lstrip(" \t")[:1].isupper():  # the pattern needs a capital
        after = _WIDGET_AFTER.match(text, e, e + 30)  # bounded: 30 chars
        if after and after.group("w").lower() in _widget_words():
            return True
    line_start = text.rfind("\n", max(0, s - _WIDGET_LINE_MAX), s) + 1
    if line_start == 0 and s > _WIDGET_LINE_MAX:
        return False  # no line break in reach before: a long line
    line_end = text.find("\n", e, e + _WIDGET_LINE_MAX)
    if line_end < 0:
        line_end = min(len(text), e + _WIDGET_LINE_MAX)
    if line_end - line_start >= _WIDGET_LINE_MAX:
        return False
    line = text[line_start:line_end]
    words = _LINE_WORD.findall(line)  # bounded: a short line
    # (number words are numbers: "40 comments… add one")
    return bool(words) and all(
        w.lower() in _widget_words() or w.lower() in number_words() for w in words
    )


def _in_slogan(text: str, s: int, e: int, sentences: Sentences) -> bool:
    """A number word inside a short quotation: `"one core, two wings"` names a slogan."""
    ss, se = sentences.range_at(s)
    spec = _figure_words()["slogans"]
    head = text[ss:s]
    for opening, closing in spec["quotes"]:
        if opening == closing:
            inside = head.count(opening) % 2 == 1
        else:
            inside = head.rfind(opening) > head.rfind(closing)
        if not inside:
            continue
        open_at = ss + head.rfind(opening)
        close_at = text.find(closing, e, se)
        quoted = text[open_at + 1 : close_at].rstrip()
        # speech ends its quotation with a stop or comma ("Two plants will open," he said)
        if close_at >= 0 and len(quoted.split()) <= spec["max_words"] and quoted[-1:] not in ",.!?":
            return True
    return False


@cache
def _count_skip_words() -> frozenset[str]:
    return frozenset(word_lists()["count_skip_words"])


# "873 million monthly active users", "20,000 monthly deliveries": adjectives before a noun,
# not adverbs; one that ends the phrase is dropped ("sales hit 1.1 million monthly")
_FREQUENCY_ADJECTIVES = ("hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "elderly")
# "the 20,000 mark", "that 4 million target": a definite threshold names a level, not what
# it counts; the count takes its noun from the sentence as an implicit one does
_THRESHOLD_BEFORE = ("the ", "that ", "this ", "its ", "their ")
# "938 belonged to Nio", "1.5 million based on orders": a participle before a preposition
# is the verb of the clause, never the counted noun
_PARTICIPLE_AFTER = regex.compile(r"[ \t]+(?:to|on|in|at|by|with|from|for|as)\b")
# `Two “hydrogen corridors”`, `500,000 "new energy" vehicles`: quoted words of the noun phrase
_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}
_QUOTED_WORDS = regex.compile(
    r"[ \t]+(?P<o>[\"“'‘])(?P<w>[A-Za-z][A-Za-z -]{0,48}[A-Za-z])(?P<c>[\"”'’])(?![\w])"
)
# "3 major electric vehicle (EV) platforms": an acronym in brackets inside the noun phrase
_BRACKETED_ACRONYM = regex.compile(r"[ \t]*\([A-Za-z][\w/-]{0,11}\)")


def _is_adverb(low: str) -> bool:
    """`low`: a word, lower-cased."""
    return (
        low.endswith("ly")
        and len(low) > 4
        and low
        not in {
            "family",
            "supply",
            "assembly",
            "rally",
            "italy",
            "july",
            "anomaly",
            "monopoly",
            "ally",
            "reply",
            "multiply",
            "jelly",
            "belly",
            "poly",
            *_FREQUENCY_ADJECTIVES,
        }
    )


def find_figures(
    text: str,
    quantities: Sequence[Quantity],
    sentences: Sentences,
    years: Sequence[YearMention],
    name_spans: Sequence[tuple[int, int]] = (),
) -> list[Figure]:
    """Figures among the plain numbers, with units; money and percentages are not figures."""
    blocked = SpanIndex([(y.start, y.end) for y in years])
    names = SpanIndex(name_spans)
    figures: list[Figure | None] = []
    pending_next: list[int] = []  # "Twelve of the 15 stations": unit from the next figure
    for q in quantities:
        if q.kind != "number" or blocked.overlaps(q.num_start, q.end):
            continue
        if q.unit is None and "and" in text[max(0, q.end - 4) : q.end + 5]:
            q = _and_a_half(text, q)  # "three and a half years", "four-and-a-half minutes"
        if _in_date_or_time(text, q):
            continue
        if _excluded(text, q, sentences):
            continue
        fig = _with_unit(text, q, names)
        if fig is None:
            continue
        if (
            "every" in text[fig.end : fig.end + 16].lower()
            and _FOR_RATIO.match(text, fig.end, fig.end + 16)  # bounded: 16 chars
        ):
            continue
        if fig.unit is None:
            after = q.end + AFTER_WINDOW
            of_the = _OF_THE.match(text, q.end, after)  # bounded: window
            fig.unit = _unit_named_after(text, q, names, of_the is not None)
            if fig.unit is None and (
                of_the or _COORDINATED.match(text, q.end, after)  # bounded: window
            ):
                pending_next.append(len(figures))
            elif fig.unit is None and not _inherit_unit(text, fig, figures, sentences):
                continue
        figures.append(fig)
    for i in pending_next:
        fig = figures[i]
        later = next((f for f in figures[i + 1 :] if f and f.unit), None)
        if fig is not None and later is not None:
            fig.unit = later.unit
        elif fig is not None and not _inherit_unit(text, fig, figures[:i], sentences):
            figures[i] = None
    return [f for f in figures if f is not None]


def _unit_named_after(text: str, q: Quantity, names: SpanIndex, of_the: bool) -> str | None:
    """The noun a bare count names after `of its` or a copula: `delivered 2,610 of its E610
    five-seater SUV model`, `of which 190,754 were battery electric vehicles`, `About 8,500
    of them are fast chargers` (not `six of the top 10 battery makers`: a number follows)."""
    if of_the:
        if q.value == 1:
            return None
        at = _OF_THE.match(text, q.end, q.end + AFTER_WINDOW)  # bounded: window
        if at is None:
            return None
        words, end = _noun_phrase(text, replace(q, end=at.end() - 1), names)
        nxt = _next_word(text, end)
        ok = bool(words) and not nxt[:1].isdigit() and nxt not in number_words()
        return _unit_from_words(words) if ok else None
    copula = _COPULA_AFTER.match(text, q.end, q.end + AFTER_WINDOW)  # bounded: window
    if copula is None:
        return None
    words, _ = _noun_phrase(text, replace(q, end=copula.end() - 1), names)
    if words and is_plural(words[-1]) and words[-1].lower() not in _not_count_nouns():
        return _unit_from_words(words)
    return None


_AND_A_HALF = regex.compile(r"(?i:(?:[ \t]+|-)and(?:[ \t]+|-)a(?:[ \t]+|-)half\b)")


@cache
def _half_not_before() -> frozenset[str]:
    return frozenset({*scales(), "dozen", "dozens"})


def _and_a_half(text: str, q: Quantity) -> Quantity:
    """`three and a half years`, `four-and-a-half minutes`: the number plus one half, its
    noun read after `half` (SPEC: durations count)."""
    end = q.end - 4 if q.hyphen_word == "and" else q.end
    half = _AND_A_HALF.match(text, end, end + 20)  # bounded: 20 chars
    if half is None or _next_word(text, half.end()) in _half_not_before():
        return q  # "3 and a half million cars": a scale the amount grammar reads
    value_max = None if q.value_max is None else q.value_max + 0.5
    return replace(q, end=half.end(), value=q.value + 0.5, value_max=value_max, hyphen_word=None)


_DATE_REACH = 24  # characters before a number: "September 16 and 22" reaches back 19


def _in_date_or_time(text: str, q: Quantity) -> bool:
    """`March 31`, `10:30 am`, `11/16/2019`: searched only around the number, not the text."""
    lo, hi = max(0, q.num_start - _DATE_REACH), min(len(text), q.end + 12)
    window = text[lo:hi]
    # every match holds one of the literals derived from the pattern (month abbreviations,
    # ':', '/', 'a.m.', 'p.m.'); a loop, as any() of a generator costs more
    for literal in _DATE_TIME_LITERALS:
        if literal in window:
            break
    else:
        return False
    return any(
        m.start() <= q.num_start < m.end()
        for m in _DATES_TIMES.finditer(text, lo, hi)  # bounded: the number and 12 chars
    )


class SpanIndex:
    """Character spans, asked many times whether they cover a position or meet a range.

    Sorted starts with the running maximum of the ends answer both in O(log n): some span
    holds `pos` exactly when the furthest end among the spans starting at or before `pos`
    lies beyond it (a linear scan per number was quadratic on number-dense texts)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def covers(self, pos: int) -> bool:
        """Some span has start <= pos < end."""
        i = bisect_right(self._starts, pos)
        return i > 0 and self._reach[i - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Some span has start < span end and end > span start."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


def _excluded(text: str, q: Quantity, sentences: Sentences) -> bool:
    """SPEC.md's 'not figures': names, identifiers, ordinals, fractions, calendar periods."""
    s, e = q.num_start, q.end
    before = text[max(0, s - 40) : s]
    if (before.endswith("(") and text[e : e + 1] == ")") or (
        before.endswith("[") and text[e : e + 1] == "]"
    ):
        return True  # a bare number in brackets is a code or a note: (9877), "year-on-year[6]"
    if not (q.word_number or q.unit or q.hyphen_word) and _is_list_number(text, s, e):
        return True  # "2. Promotion and application goals", a heading "1 Action goal"
    if "/" in text[s - 1 : e + 1] and any(
        m.start() < s and e <= m.end()
        for m in _slash_date().finditer(text, max(0, s - 12), e + 12)  # bounded: 24+ chars
    ):
        return True  # "released on 19/8": a date
    # `before` is a 40-char slice and `after` a window, so no check below needs a timeout
    after = e + AFTER_WINDOW
    no_before, no_marks = _no_before()
    # what `before` ends with, for the Endings checks of the patterns that end it
    stripped = before.rstrip()
    low = stripped.lower() if stripped.isascii() else None
    if text[e : e + 1] == "+" and text[e + 1 : e + 2].isdigit():
        return True  # a "1+4+4+5" framework names its parts, it counts nothing
    if (
        not (q.unit or q.hyphen_word)
        and "," not in text[s:e]  # "rose to 103,419 units from 50,674 year-on-year": a count
        and text[e : e + 1] == " "
        and _CHANGE_MARK_AFTER.match(text, e, e + 24)  # bounded: 24 chars
    ):
        return True  # "up 42.4 year-on-year": a change whose "percent" the page dropped
    if text[s] == "0" and text[s + 1 : s + 2].isdigit():
        return True  # a leading zero writes a code: "the 001 model", "the 009"
    if q.hyphen_word is not None and q.hyphen_word.lower() in _designation_words():
        return True  # "21700-type cells", "a 3-series": the number names a format or model
    if (before and before[-1] in "+#") or (
        # the pattern ends with one of these marks and then only spaces (all str.isspace)
        ending_possible(no_marks, stripped, low) and no_before.search(before)  # bounded: slice
    ):
        return True
    if e - s == 4 and text[s : s + 2] in ("19", "20") and text[s:e].isdigit():
        if _next_word(text, e) in _period_marks_after():
            return True  # "2024 Q3" in a flattened table: the year of a quarter
        if text[e : e + 1] == " " and event_after().match(text, e, e + 80):  # bounded: 80
            return True  # "the 2021 World New Energy Vehicle Congress": a year in a name
    grouped = "," in text[s:e]  # "61,855": thousands separators, no phone number or name
    if (
        not q.word_number
        and not grouped
        and (
            _digit_space_before(before)
            or _PLAIN_GROUP_AFTER.match(text, e, after)  # bounded: window
        )
        and not (q.unit or q.hyphen_word)
    ):
        return True  # digit groups separated by spaces: phone numbers
    # what follows past spaces (all str.isspace) and a hyphen must start an ordinal word;
    # a non-ASCII letter may fold to an ASCII one, so the regex decides then
    first = text[e : e + 40].lstrip().removeprefix("-")[:1]
    if (not first.isascii() or first in _ORDINAL_INITIALS) and _ORDINAL_WORD.match(
        text,
        e,
        after,  # bounded: window
    ):
        return True
    duration_unit = (q.unit or q.hyphen_word or "").lower().rstrip("s") in _durations()
    # one test of the last words of the three case-insensitive endings tried below
    word_end = low is None or low.endswith(_BEFORE_LAST_WORDS)
    if (
        word_end
        and ending_possible(_PERIOD_ENDS, stripped, low)
        and _PERIOD_BEFORE.search(before)  # bounded: slice
        and (duration_unit or _PERIOD_AFTER.match(text, e, after))  # bounded: window
    ):
        return True  # first six months, past 18 months
    if (
        word_end
        and q.value.is_integer()  # "one in four-and-a-half minutes" is no fraction
        and ending_possible(_FRACTION_ENDS, stripped, low)
        and _FRACTION_BEFORE.search(before)  # bounded: slice
    ):
        return True  # one in three buyers
    if (
        q.word_number
        and not q.rank  # "Top Five Battery Suppliers": a ranked count, as "top 3 cities"
        and text[s].isupper()
        and text[sentences.range_at(s)[0] : s].strip(_LEAD)
    ):
        return True  # a capitalised number word inside a name: "One Country, One Truck Model"
    if q.word_number and (q.hyphen_word or _IN_NUMBER.match(text, e, after)):  # bounded: window
        return True  # one-sixth, one-stop, one in three
    if (
        word_end
        and ending_possible(_SCALE_POINT_ENDS, stripped, low)
        and _SCALE_POINT_BEFORE.search(before)  # bounded: slice
    ):
        return True  # a point on a scale, not a count: "level 3", "a scale of 1 to 9"
    if (
        duration_unit
        and text[e - 1 : e].isalpha()
        and "-" in text[s:e]
        and _plan_after().match(text, e, after)  # bounded: window
    ):
        return True  # a three-year action plan
    if not grouped and _is_name_number(text, q.start, sentences):
        return True
    tail = stripped.lower() if low is None else low
    if (
        duration_unit
        and _time_reference_after().match(text, e, after)  # bounded: window
        and not (f" {tail}".endswith(_span_before()))  # "for five days earlier this month"
    ):
        return True  # "from five months ago", "the 12 months ended Dec. 31"
    ratio = q.unit is None and tail.endswith(_ratio_words())
    if ratio and _ratio_before().search(before):  # bounded: slice
        return True  # "among every 3 newly registered vehicles" (not "every 40 seconds")
    if (
        tail.endswith(_rate_base_words())
        and not duration_unit
        and _rate_base_before().search(
            before  # bounded: slice
        )
    ):
        return True  # "2.9 litres per 100 kilometres": the base of a rate
    if q.word_number and _idiom().search(text, max(0, s - 12), e + 12):  # bounded: 12 chars
        return True  # "at one point"
    if q.word_number and _in_slogan(text, s, e, sentences):
        return True
    if q.word_number and q.unit is None and _next_word(text, e) in _fraction_words():
        return True  # "one sixth that of the subway", "two thirds of buyers"
    return _is_widget_count(text, s, e)


_LIST_LEAD = " \t-•*·("  # what may stand before a list item's number on its line
_LIST_NUMBER_MAX = 2  # digits: "12." numbers an item, "2023." ends a sentence
_HEADING_MAX = 40  # characters: "1 Action goal" heads a section, a sentence runs on


def _is_list_number(text: str, s: int, e: int) -> bool:
    """A number that opens its line and numbers a list item or a heading: `2. Promotion
    goals`, `3) Charging`, a short line `1 Action goal` without a stop; it counts nothing."""
    if e - s > _LIST_NUMBER_MAX or not text[s:e].isdigit():
        return False
    line_start = text.rfind("\n", max(0, s - 8), s) + 1
    if (line_start == 0 and s > 8) or text[line_start:s].strip(_LIST_LEAD):
        return False
    mark, space = text[e : e + 1], text[e + 1 : e + 2]
    if mark in ".)" and space in ("", " ", "\t", "\n"):
        return True  # "2. Promotion and application goals", "3) Charging"
    if mark != " " or not space.isupper():
        return False
    line_end = text.find("\n", e, e + _HEADING_MAX + 1)
    line = text[e : line_end if line_end >= 0 else e + _HEADING_MAX + 1].rstrip()
    return line_end >= 0 and len(line) <= _HEADING_MAX and line[-1:] not in ".!?,;:"


def _digit_space_before(before: str) -> bool:
    """_DIGIT_SPACE_BEFORE, searched only when a digit and a space end the slice."""
    if not before.endswith((" ", "\t")):
        return False
    digit = before[-2:-1]  # regex knows a few newer digits than str.isdigit: ASCII is exact
    if digit.isascii() and not digit.isdigit():
        return False
    return bool(_DIGIT_SPACE_BEFORE.search(before))  # bounded: slice


def _word_before(before: str) -> Any:
    """`_WORD_BEFORE.search(before)`, matched at the end of `before` rather than searched
    from every start; a search also finds a match before a final newline, so then it runs."""
    m = _WORD_BEFORE.match(before)  # bounded: the caller's 40-char slice
    if m is None and before.endswith("\n"):
        m = _WORD_BEFORE.search(before)  # bounded: the caller's 40-char slice
    return m


def _is_name_number(text: str, s: int, sentences: Sentences) -> bool:
    """`Model 3`, `OS 3.0`, `Project 125`: a number after a capitalised word in mid-sentence."""
    m = _word_before(text[max(0, s - 40) : s])
    if not m:
        return False
    word = m.group(1)
    if (
        not word[0].isupper()
        or word in _NAME_EXCEPTIONS
        or _MONTH_WORD.fullmatch(word)  # bounded: no repetition
    ):
        return False
    word_start = s - len(m.group(0))
    sentence_start = sentences.range_at(s)[0]
    if word_start <= sentence_start and not word.isupper():
        return False  # sentence-initial capital: "Nearly 70 percent", "Exports 3 ..."
    return True


def _with_unit(text: str, q: Quantity, name_spans: SpanIndex) -> Figure | None:
    fig = Figure(
        start=q.start,
        end=q.end,
        value=q.value,
        value_max=q.value_max,
        unit=None,
        qualifier=q.qualifier,
        rule_id=q.rule_id,
        rank=q.rank,
        num_start=q.num_start,
    )
    if q.unit is not None:
        fig.unit = q.unit
        fig.adjectival = text[q.end - len(q.unit) - 1 : q.end - len(q.unit)] == "-"
        _set_quantity(fig, q.value, q.value_max, q.pint_unit)
        return fig
    if q.hyphen_word is not None:
        word = singular(q.hyphen_word)
        fig.unit = word.lower() if word.lower() in _durations() else word
        fig.adjectival = True
        _set_duration(fig)
        return fig
    words, end = _noun_phrase(text, q, name_spans)
    if (
        words
        and q.value == 1
        and q.word_number
        and _TO_ANOTHER.match(text, end, end + AFTER_WINDOW)  # bounded: window
    ):
        return None  # "from one country to another"
    if not words:
        if q.word_number and q.value == 1:
            return None  # pronoun "one": "including one for NEVs"
        return fig
    if _names_year(text, q, words[-1]):
        return None  # "the 2025 World Power Battery Conference", "their 2025 targets"
    fig.end = end
    if _is_threshold(text, q, words):
        return fig  # "exceeded the 20,000 mark": the unit comes from the sentence
    fig.unit = _unit_from_words(words)
    t = tables()
    if fig.qualifier is None and t.suffix_starts.possible_after_spaces(text, end, AFTER_WINDOW):
        suffix = t.suffix_qualifier.match(text, end, end + AFTER_WINDOW)  # bounded: window
        if suffix:  # "5,000 cars or more": the qualifier follows the counted noun
            fig.qualifier = lookup(t.suffix_qualifiers, suffix.group("s"))
    _set_duration(fig)
    return fig


def _is_threshold(text: str, q: Quantity, words: list[str]) -> bool:
    """`the 20,000 mark`, `that 4 million target`, `the 55,000 to 57,000 range`: a large
    number after a determiner, before a `threshold_nouns` word, names a level."""
    if len(words) != 1 or q.value < _ACTIVITY_COUNT_MIN or q.rank:
        return False
    if singular(words[0]).lower() not in _threshold_nouns():
        return False
    return text[max(0, q.start - 8) : q.start].lower().endswith(_THRESHOLD_BEFORE)


def _set_quantity(
    fig: Figure, value: float, value_max: float | None, pint_unit: str | None
) -> None:
    if pint_unit is None:
        return
    converted = to_si(value, pint_unit)
    if converted is None:
        return
    fig.quantity, fig.si_unit = converted
    if value_max is not None:
        upper = to_si(value_max, pint_unit)
        fig.quantity_max = upper[0] if upper else None


def _set_duration(fig: Figure) -> None:
    """Durations count with the time word as unit: `18 consecutive years` → 18 year."""
    head = (fig.unit or "").split(" ")[-1].lower()
    seconds = _durations().get(head)
    if seconds is None:
        return
    fig.unit = head
    fig.quantity, fig.si_unit = fig.value * seconds, "second"
    if fig.value_max is not None:
        fig.quantity_max = fig.value_max * seconds


def _noun_phrase(text: str, q: Quantity, name_spans: SpanIndex) -> tuple[list[str], int]:
    """Words of the counted noun phrase after the number, and where the phrase ends."""
    words: list[str] = []
    ends: list[int] = []
    pos = q.end
    skipped_measure = False
    skip_words = _count_skip_words()
    for _ in range(8):
        m = _WORD.match(text, pos, pos + AFTER_WINDOW)  # bounded: window
        if m is None and text[pos : pos + 3].lstrip(" \t")[:1] in _QUOTES:
            quoted = _QUOTED_WORDS.match(text, pos, pos + 64)  # bounded: 64 chars
            if quoted and quoted.group("c") == _QUOTES[quoted.group("o")]:
                words.extend(quoted.group("w").split())  # Two “hydrogen corridors”
                ends.extend([quoted.end()] * len(quoted.group("w").split()))
                pos = quoted.end()
                continue
        if m is None and words and text[pos : pos + 3].lstrip(" \t")[:1] == "(":
            bracket = _BRACKETED_ACRONYM.match(text, pos, pos + 16)  # bounded: 16 chars
            if bracket and _WORD.match(text, bracket.end(), bracket.end() + AFTER_WINDOW):
                pos = bracket.end()  # "3 major electric vehicle (EV) platforms"
                continue
        if m is None:
            nxt = _SPACE_DIGIT.match(text, pos, pos + 3)  # bounded: 3 chars
            if nxt and not words and not skipped_measure:
                measure = _MEASURE.match(text, pos, pos + 30)  # bounded: 30 chars
                if measure:  # "one 1,000 kg fixed station": skip the measure
                    pos = measure.end()
                    skipped_measure = True
                    continue
            break
        word = m.group(_W)
        low = word.lower()
        if low.endswith(("'s", "’s")):
            break
        if not words and low in skip_words:
            pos = m.end()
            continue
        if low in ("and", "&", "or"):
            if not words:
                break
            peek = _WORD.match(text, m.end(), m.end() + AFTER_WINDOW)  # bounded: window
            if peek is None or not _np_word_ok(peek.group(_W)):
                break
            words.append(low)
            ends.append(m.end())
            pos = m.end()
            continue
        if word[0].isupper() and name_spans.covers(m.start(_W)):
            pos = m.end()  # a firm name modifying the noun: "a hundred Sinotruk trucks"
            continue
        if _adverb_in_phrase(text, m.end(), low):
            pos = m.end()  # "three new heavily electrified car models"
            words.append(word)
            ends.append(pos)
            continue
        if not _np_word_ok(word, low) and not (
            words and word[0].isupper() and words[-1][0].isupper() and low in number_words()
        ):  # a number word inside a name goes on: "3,692 of its Li ONE SUVs"
            break
        if low.endswith("ed") and _PARTICIPLE_AFTER.match(text, m.end(), m.end() + 8):
            break  # bounded: 8 chars; "938 belonged to Nio", "1.5 million based on orders"
        pos = m.end()
        words.append(word)
        ends.append(pos)
    while words and (words[-1] in ("and", "or") or words[-1].lower() in _FREQUENCY_ADJECTIVES):
        words.pop()
        ends.pop()
    if q.value != 1:
        for i in range(len(words) - 1, -1, -1):  # trimmed to the last plural noun
            if is_plural(words[i]):
                words, ends = words[: i + 1], ends[: i + 1]
                break
    if not words:
        return [], q.end
    return words, ends[-1]


@cache
def _not_np_words() -> frozenset[str]:
    """The words that end a counted noun phrase: stop words, number words, not_count_words."""
    return stop_words() | frozenset(number_words()) | _not_count_words()


def _np_word_ok(word: str, low: str | None = None) -> bool:
    """`low`: the word lower-cased, when the caller has it."""
    low = word.lower() if low is None else low
    if low in _not_np_words() or _is_adverb(low):
        return False
    # a month word starts with a month's capital (the pattern is case-sensitive)
    return word[0] not in _MONTH_INITIALS or not _MONTH_WORD.fullmatch(word)  # bounded: short


def _adverb_in_phrase(text: str, pos: int, low: str) -> bool:
    """An adverb modifying the next adjective stays in the counted noun phrase when the
    phrase goes on to a plural noun: `three new heavily electrified car models`,
    `two wholly owned subsidiaries`; `1,000 cars mainly` ends it."""
    if not _is_adverb(low):
        return False
    for _ in range(4):
        m = _WORD.match(text, pos, pos + AFTER_WINDOW)  # bounded: window
        if m is None or not _np_word_ok(m.group(_W)):
            return False
        if is_plural(m.group(_W)):
            return True
        pos = m.end()
    return False


def _unit_from_words(words: list[str]) -> str:
    out = list(words)
    out[-1] = singular(out[-1])
    if len(out) >= 3 and out[-2] in ("and", "or") and is_plural(out[-3]):
        out[-3] = singular(out[-3])  # "countries and regions" → "country and region"
    return " ".join(out)


# a plural noun before an implicit count; one followed by a determiner or number is a verb
# ("the technology reaches 8", "rates its progress at 4"); the noun starts a word
# ("Analysts" holds no noun "nalysts")
_PLURAL_BEFORE = regex.compile(
    r"(?<![\w'’-])((?:[A-Za-z][\w-]*[ \t]+){0,2}?)([a-z][\w-]*s)\b(?!')"
    r"(?![ \t]+(?:its|their|the|a|an|his|her|\d))"
)


_CLAUSE_LOOKBACK = 1000
# the noun that labels a bare count even when it names an activity: a flattened table row
# ("Deliveries 61,855 57,373") or the subject of a copula ("July deliveries totaled 20,462")
_LABEL_BEFORE = regex.compile(
    r"(?<![\w'’-])([A-Za-z][a-z-]*s)\b"
    r"(?:[ \t]+(?:were|was|totaled|totalled|reached|stood[ \t]+at|came[ \t]+to|hit))?"
    r"(?:[ \t]+\d[\d,.]*){0,8}[ \t]+$",
    regex.REVERSE,
)


def _inherit_unit(
    text: str, fig: Figure, earlier: Sequence[Figure | None], sentences: Sentences
) -> bool:
    """Give an implicit count the unit the sentence (or the previous one) makes clear."""
    s_start, _ = sentences.range_at(fig.start)
    same_sentence: Figure | None = None
    for prev in reversed(earlier):
        if prev is None or prev.unit is None:
            continue
        if prev.start >= s_start and prev.start < fig.start:
            same_sentence = prev
        break
    # only a plural noun of the same clause: "exports of cars more than doubled to 112,000"
    # (looking back at most _CLAUSE_LOOKBACK characters: one giant "sentence" of numbers
    # made this quadratic, see tests/test_limits.py)
    lookback = max(s_start, fig.start - _CLAUSE_LOOKBACK)
    clause_start = max(
        (c for c, _ in clause_ranges(text, lookback, fig.end) if c <= fig.start), default=lookback
    )
    if same_sentence is not None:
        # a plural noun between the earlier count and this one names what this one counts:
        # "1,500 chips, of which microcontrollers make up roughly 100"
        clause_start = max(clause_start, same_sentence.end)
    window = text[clause_start : fig.start]
    nouns = [
        m
        for m in _PLURAL_BEFORE.finditer(window, timeout=timeout_for(len(window)))
        if is_plural(m.group(2))
    ]
    nouns = [
        m
        for m in nouns
        if m.group(2).lower() not in _not_count_nouns()
        and window[m.end() :].strip()  # "reaches 8": a verb right before the number
    ]
    if nouns and _number_of_unit(text, fig, clause_start, window):
        return True  # "the number of NEVs on the country's roads topped 10 million"
    if nouns:
        fig.unit = singular(nouns[-1].group(2))
        return True
    # a plural acronym outside brackets: "output of NEVs is expected to reach 600,000"
    acronyms = (
        _ACRONYM_PLURAL.findall(window, timeout=timeout_for(len(window))) if "s" in window else []
    )
    if acronyms:
        fig.unit = acronyms[-1]
        return True
    if same_sentence is not None:
        fig.unit = same_sentence.unit
        return True
    if fig.rank and _rank_unit(text, fig, earlier, s_start):
        return True
    index = sentences.index_at(fig.start)
    if index > 0:
        p_start, p_end = sentences.spans[index - 1]
        for prev in reversed(earlier):
            if prev is not None and prev.unit and p_start <= prev.start < p_end:
                fig.unit = prev.unit
                return True
    # last, an activity noun labelling the count: "Deliveries 61,855", "deliveries totaled"
    label = _LABEL_BEFORE.search(window, timeout=timeout_for(len(window)))
    if (
        label is not None
        and is_plural(label.group(1))
        and label.group(1).lower() not in (stop_words())
    ):
        fig.unit = singular(label.group(1)).lower()
        return True
    return _count_of_activity(text, fig, earlier, sentences, window, s_start, clause_start)


_NUMBER_OF = regex.compile(r"(?i:\bnumbers?[ \t]+of)(?=[ \t])")
_NO_NAMES = SpanIndex(())


def _number_of_unit(text: str, fig: Figure, clause_start: int, window: str) -> bool:
    """`the number of NEVs on the country's roads topped 10 million`, `the total number of
    vehicles delivered in the quarter was 23,520`: a bare count in the clause of `number of`
    counts the plural noun phrase right after it, not the last plural before the count."""
    if "umber" not in window:
        return False
    last = None
    for last in _NUMBER_OF.finditer(window, timeout=timeout_for(len(window))):  # noqa: B007
        pass
    if last is None:
        return False
    at = clause_start + last.end()
    probe = Quantity(kind="number", start=at, end=at, value=fig.value, num_start=at)
    words, _ = _noun_phrase(text, probe, _NO_NAMES)
    if not words or not is_plural(words[-1]) or words[-1].lower() in _not_count_nouns():
        return False
    fig.unit = _unit_from_words(words)
    return True


def _rank_unit(text: str, fig: Figure, earlier: Sequence[Figure | None], s_start: int) -> bool:
    """A bare rank ("rounded out the top ten", "were also among the top 10") ranks what a
    plural noun earlier in its sentence names ("Other major brands including ..."), else
    what the last ranked count of the article ranked ("the top 10 battery makers")."""
    head = text[max(s_start, fig.start - _CLAUSE_LOOKBACK) : fig.start]
    nouns = [
        m
        for m in _PLURAL_BEFORE.finditer(head, timeout=MATCH_TIMEOUT_S)
        if is_plural(m.group(2)) and m.group(2).lower() not in _not_count_nouns()
    ]
    if nouns:
        fig.unit = singular(nouns[-1].group(2))
        return True
    prev = next((f for f in reversed(earlier) if f is not None and f.rank and f.unit), None)
    if prev is not None:
        fig.unit = prev.unit
        return True
    return False


_ACRONYM = regex.compile(r"[A-Z]{2,}")
_ACRONYM_PLURAL = regex.compile(r"(?<![\w(])([A-Z]{2,})s\b")


def _count_of_activity(
    text: str,
    fig: Figure,
    earlier: Sequence[Figure | None],
    sentences: Sentences,
    window: str,
    s_start: int,
    clause_start: int,
) -> bool:
    """A large count its clause names only by the activity it measures ("BYD's annual NEV
    sales volume exceeded 3.02 million", "an annual output and sales of more than 10
    million"): it counts what the activity's acronym names ("NEV"), else what the count
    just before it counted, else the plural noun earlier in its sentence, else what this
    field's sales count (`count_subjects.default_unit`: "Nio's monthly sales topped 5,000").
    A money noun after the activity ("sales revenue reached 3.6 billion") leaves it no count."""
    if fig.value < _ACTIVITY_COUNT_MIN:
        return False
    subject = None
    for subject in _count_subjects().finditer(window, timeout=MATCH_TIMEOUT_S):  # noqa: B007
        pass
    if subject is None or _money_subjects().search(window, subject.start("s")):  # bounded
        return False
    before = window[: subject.start("s")].split()
    if before and _ACRONYM.fullmatch(before[-1].removesuffix("s")):  # bounded: one word
        fig.unit = before[-1].removesuffix("s")
        return True
    index = sentences.index_at(fig.start)
    lo = sentences.spans[index - 1][0] if index > 0 else s_start
    for prev in reversed(earlier):
        if prev is not None and prev.unit and lo <= prev.start < fig.start:
            fig.unit = prev.unit
            return True
        if prev is not None and prev.start < lo:
            break
    head = text[s_start:clause_start]
    nouns = [
        m
        for m in _PLURAL_BEFORE.finditer(head, timeout=MATCH_TIMEOUT_S)
        if is_plural(m.group(2)) and m.group(2).lower() not in _not_count_nouns()
    ]
    if nouns:
        fig.unit = singular(" ".join([*nouns[-1].group(1).split(), nouns[-1].group(2)]))
        return True
    if window[subject.end() :].strip(" \t").lower() == "to":
        return False  # "increase sales to 4 million": a level the activity is to reach
    fig.unit = _count_subject_default()  # "Nio's monthly sales topped 5,000": vehicles
    return True


@cache
def _count_subject_default() -> str:
    unit: str = _figure_words()["count_subjects"]["default_unit"]
    return unit


_ACTIVITY_COUNT_MIN = 1000  # "sales exceeded 10,000": a count; "sales grew 8": no count


@cache
def _count_subjects() -> Any:
    return regex.compile(rf"(?i:\b(?P<s>{alternation(_words_of('count_subjects'))})\b)")


@cache
def _money_subjects() -> Any:
    return regex.compile(rf"(?i:\b(?:{alternation(_words_of('money_subjects'))})\b)")
