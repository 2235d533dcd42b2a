"""Find amounts in text with one compiled regex pass: money, percentages and plain numbers.

The master pattern is assembled once from the word lists in `patterns/en/numeric/lexicon.json`,
`patterns/en/rates/currencies.json` and `patterns/en/units/units.json`, so adding a currency, a
scale word or a unit is a data change. Each hit says which piece of the pattern fired
(`rule_id`), and the filters below drop what SPEC.md says is not a record.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any, Literal

import regex

from ..errors import ConfigError
from ..limits import MATCH_TIMEOUT_S
from ..prefilters import (
    Endings,
    SpacedWordPlaces,
    Starts,
    WordStarts,
    WordStartScan,
    spaced_width,
    timeout_for,
    whitespace_runs,
)
from ..resources import load_json, resolve_pattern_path
from ..rule_index import rule_id
from .numbers import (
    alternation,
    lexicon,
    lookup,
    money_scales,
    number_words,
    parse_amount,
    prefix_tree,
    scales,
    suffix_tree,
)
from .text import stop_words

QuantityKind = Literal["money", "percentage", "number"]
ISO_FILE = "rates/iso4217.json"  # generated: scripts/build_currency_data.py
CURRENCY_FILE = "rates/currencies.json"  # its `rules` rows: the ids of the money forms
LEXICON_FILE = "numeric/lexicon.json"  # its `rules` rows: the ids of the percent forms


@dataclass(slots=True)  # slots: made for every number of an article, and read many times
class Quantity:
    """One amount found in the text, before it becomes a record."""

    kind: QuantityKind
    start: int
    end: int
    value: float
    num_start: int
    value_max: float | None = None
    qualifier: str | None = None
    currency: str | None = None
    points: bool = False
    unit: str | None = None  # physical unit as written, singular (canonical)
    pint_unit: str | None = None
    hyphen_word: str | None = None  # "500,000-vehicle" → "vehicle"
    word_number: bool = False
    rank: bool = False  # "top 10 tasks"
    rule_id: str = ""
    usd: float | None = None
    usd_max: float | None = None
    usd_basis: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Tables:
    digit_anchor: Any  # where a number starts: a digit ...
    word_anchor: Any  # ... or a number word
    word_anchor_lower: Any
    word_starts: WordStarts | None  # where a word_anchor_lower match can start
    word_scan: WordStartScan | None  # word_starts' places in one pass, "a" only before a 2nd word
    left: Any  # what may stand before it: qualifier, "between", currency symbol (reverse search)
    left_endings: Endings  # the qualifiers, "between" and "top": a `left` match ends so
    named_lists: dict[str, list[str]]  # the \L<...> lists of the patterns
    symbol_endings: dict[str, tuple[str, ...]]  # last character → symbols and codes ending so
    right: Any  # the amount itself: number, scale, range, unit/currency/percent suffix
    right_n2: int  # the number of its group n2 (read by number: faster than by name)
    # `right` without its said-twice part, which only matches where `said_twice_places`
    # lists a place in the window (and costs a third of `right`'s matching)
    right_plain: Any
    right_plain_n2: int
    said_twice_places: SpacedWordPlaces | None
    # the two rarer forms stay pattern text until first needed (see _on_demand)
    right_between: str  # the same after "between": the range is joined by "and"
    right_single: str  # one amount, no range: "from 51 percent to 80 percent" is two values
    prefix_currency: dict[str, str]
    suffix_currency: dict[str, str]
    ambiguous: dict[str, tuple[tuple[str, str], ...]]  # "pesos" → (currency, place cue) pairs
    context_defaults: dict[str, str]  # the currency of an ambiguous word without a cue
    context_symbols: frozenset[str]
    context_only: frozenset[str]  # context symbols that are no amount without their own cue
    context_cues: dict[str, regex.Pattern[str]]  # words that make a context symbol this code
    # the other codes a context symbol may mean ("Rs": NPR, PKR, LKR), tried in this order
    context_alternatives: dict[str, tuple[str, ...]]
    percent_points: dict[str, bool]
    sign_word: Any  # "minus 4.2 per cent": a sign word right before the number (reverse search)
    sign_endings: Endings  # sign_word needs the text before the number to end with one
    hyphen_qualifier: Any  # "30-plus percent": a qualifier hyphenated onto the number
    hyphen_qualifiers: dict[str, str]
    qualifiers: dict[str, str]
    verb_qualifier: Any
    verb_qualifiers: dict[str, str]  # "topped" → over: qualifiers outside the record's text
    verb_endings: Endings  # verb_qualifier needs the window to end with one of them
    suffix_qualifier: Any
    suffix_qualifiers: dict[str, str]
    suffix_starts: Starts  # suffix_qualifier needs the next word to begin so
    units: dict[str, tuple[str, str]]  # surface → (canonical, pint expression)
    subunits: dict[str, float]  # "cents" → 0.01 of its currency
    # where whitespace does not run, a word_anchor_lower match and every character it reads
    # lie within this many characters of its start (spaced_width + 2); None: no such bound
    word_window: int | None = None


def _number_word_regex() -> str:
    words = [w for w in number_words() if " " not in w]
    tens = [w for w, v in number_words().items() if v >= 20 and v < 100 and v % 10 == 0]
    ones = [w for w, v in number_words().items() if 1 <= v <= 9 and " " not in w]
    compound = rf"(?:{prefix_tree(tens)})-(?:{prefix_tree(ones)})"
    phrases = [w for w in number_words() if " " in w]
    small = [w for w, v in number_words().items() if 1 <= v < 100 and " " not in w]
    # "three hundred fifty (thousand)": a count of hundreds and the tens and ones after it
    hundreds = (
        rf"(?:{prefix_tree(ones)})\s+hundred"
        rf"(?:\s+(?:and\s+)?(?:{compound}|(?:{prefix_tree(tens)})\s+(?:{prefix_tree(ones)})"
        rf"|{prefix_tree(small)})\b)?"
    )
    return rf"\b(?:{hundreds}|{prefix_tree(phrases)}|{compound}|{prefix_tree(words)})\b"


def _first_letters() -> str:
    return "".join(sorted({w[0] for w in number_words()}))


@cache
def tables() -> _Tables:
    lex = lexicon()
    word_starts = WordStarts.of(number_words())
    currencies: dict[str, dict[str, Any]] = {
        code: spec
        for code, spec in load_json("rates/currencies.json").items()
        if not code.startswith("_") and isinstance(spec, dict) and "words" in spec
    }
    # a capitalised name before the amount ("Ruble 12 billion") reads like a symbol
    names_before = {
        s: code for code, spec in currencies.items() for s in spec.get("names_before", [])
    }
    prefix_currency = {
        s: code for code, spec in currencies.items() for s in spec.get("symbols", [])
    } | names_before
    suffix_currency = {
        w.lower(): code for code, spec in currencies.items() for w in spec.get("words", [])
    }
    hand_symbols, hand_words = set(prefix_currency), set(suffix_currency)
    # the rest of ISO 4217 (generated from CLDR); the hand-kept table wins on any clash
    iso = load_json(ISO_FILE)
    codes: dict[str, str] = {}
    for code, spec in iso.items():
        if code.startswith("_") or code in currencies:
            continue
        if not all(isinstance(spec.get(k), list) for k in ("words", "codes", "symbols")):
            path = str(resolve_pattern_path(ISO_FILE))
            raise ConfigError(path, f"{code}: needs 'words', 'codes' and 'symbols' lists")
        for w in spec["words"]:
            suffix_currency.setdefault(w.lower(), code)
        for c in spec["codes"]:
            codes.setdefault(c, code)
            prefix_currency.setdefault(c, code)
        for sym in spec["symbols"]:
            prefix_currency.setdefault(sym, code)
    ambiguous: dict[str, tuple[tuple[str, str], ...]] = {
        word: tuple((code, rf"\b(?:{alternation(cues)})\b") for code, cues in by_code.items())
        for word, by_code in iso["_ambiguous"].items()
        if word not in suffix_currency
    }
    for word in ambiguous:
        suffix_currency[word] = ""  # resolved by `ambiguous` in _currency
    # generated codes and symbols go in as regex named lists (\L<...>): sets of a few
    # lengths, fast to match and to compile (as prefix trees they doubled `right`'s compile)
    named = {
        "iso_codes": sorted(codes),
        # the capitalised three-letter codes and symbols, the table's and the hand-listed (RMB)
        "fused_codes": sorted(
            c for c in {*codes, *prefix_currency} if len(c) == 3 and c.isalpha() and c.isupper()
        ),
        "iso_symbols": sorted(sym for sym in prefix_currency if sym not in hand_symbols),
    }
    subunits = {
        w.lower(): factor
        for spec in currencies.values()
        for w, factor in spec.get("subunits", {}).items()
    }
    suffix_currency |= {
        w.lower(): code for code, spec in currencies.items() for w in spec.get("subunits", {})
    }
    context_symbols = frozenset(
        s for spec in currencies.values() for s in spec.get("context_symbols", [])
    )
    percent_points = {k: bool(v) for k, v in lex["percent_units"].items()}
    qualifiers = {q["phrase"]: q["qualifier"] for q in lex["qualifiers"]}
    # "added up to 55.5 GWh": after these words the phrase is a verb's particle, no qualifier
    qualifier_not_after = {
        q["phrase"]: q["not_after"] for q in lex["qualifiers"] if q.get("not_after")
    }
    verb_qualifiers = {q["phrase"]: q["qualifier"] for q in lex["verb_qualifiers"]}
    suffix_qualifiers = {q["phrase"]: q["qualifier"] for q in lex["suffix_qualifiers"]}
    hyphen_qualifiers = {q["phrase"]: q["qualifier"] for q in lex.get("hyphen_qualifiers", [])}
    hyphen_qualifier = (
        rf"-(?i:{alternation(set(hyphen_qualifiers))})\b" if hyphen_qualifiers else "(?!)"
    )
    unit_rows = load_json("units/units.json")["units"]
    units = {s: (row["canonical"], row["pint"]) for row in unit_rows for s in row["surface"]}

    # forward matching uses prefix trees; `left` runs in REVERSE: its currency symbols are a
    # tree of their ends, its qualifiers a flat alternation
    scale_words = prefix_tree(set(scales()), ignore_case=True)
    attached = prefix_tree({k for k in lex["attached_scales"] if not k.startswith("_")}, True)
    # "1000,000 vehicles", "1440,000 units": a four-digit first group (Chinese-style grouping)
    # reads as its digits; never before a further digit ("2020,2021" stays two numbers). Tried
    # after the usual grouping, which most grouped numbers match at once
    # ("10, 000 piles": a stray space after the comma, read only before a zero group)
    # "7,08,716 cars", "1,13,419 units": Indian grouping (lakhs: pairs above the thousands)
    number = (
        rf"(?:\d{{1,3}}(?:,(?:[ ](?=000(?!\d)))?\d{{3}})+(?:\.\d+)?"
        rf"|\d{{4}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?"
        rf"|\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?"
        rf"|(?i:{_number_word_regex()}))"
    )
    # "$500m", "$10M": kept only if money, or (a capital M, a plural noun after it) a count
    # of millions ("10M EVs"; _to_quantity); "500m" alone is metres
    money_only = prefix_tree(set(money_scales()), ignore_case=True)
    amount = (
        rf"{number}(?:{hyphen_qualifier})?"
        rf"(?:[\s-](?i:{scale_words})\b|\s?(?i:{attached})\b|(?i:{money_only})\b)*"
    )
    prefix = rf"(?:{prefix_tree(hand_symbols)}|\L<iso_symbols>)"
    prefix_reversed = suffix_tree(set(prefix_currency))  # for `left`, a REVERSE pattern
    percent_words = {k for k in percent_points if k != "%"}
    percent = rf"[\s-]?(?:%|(?i:{prefix_tree(percent_words, ignore_case=True)})\b)"
    # simple case folding (`-f`): V1's full folding made this 500-word tree twice as slow
    # to compile, and no currency word needs it (`lookup` still folds the regex's way)
    # A generated name "<place words> <currency word>" whose last word is itself a generated
    # currency word is matched as capitalised words before that word ("Hungarian forints",
    # "Central African CFA francs"), not spelt out in the tree: a third of the matching cost
    single = {w for w in suffix_currency if " " not in w and w not in hand_words}
    spelt = {
        w
        for w in suffix_currency
        if w in hand_words or " " not in w or w.rsplit(" ", 1)[-1] not in single
    }
    currency_word = (
        rf"(?:[\s-](?:(?:(?:[A-Z][^\s\d]*|&)\s+){{1,4}}?(?i-f:{prefix_tree(single, True)})"
        rf"|(?i-f:{prefix_tree(spelt, ignore_case=True)})"
        r"|(?=[A-Z]{3}\b)\L<iso_codes>"  # codes in capitals only: "1.5 trillion HUF"
        # or fused to the digits: "211,900RMB", "45,000USD"
        r")\b|(?<=\d)(?=[A-Z]{3}\b)\L<fused_codes>\b)"
    )
    # "16nm", "100 kWh", "45-GWh"; not "up 42.4 year-on-year" (a change, not a duration)
    unit = rf"[\s-]?(?:{prefix_tree(set(units))})(?![\w/]|-on-)"
    # "top 10 tasks", and hyphenated "the top-10 selling cars"
    guarded = "|".join(
        rf"(?<!\b(?:{alternation(words)})\s+){alternation([phrase])}"
        for phrase, words in sorted(qualifier_not_after.items())
    )
    # a qualifier written as a sign ("~1.8 million") may touch the number
    signs = {q for q in qualifiers if not any(c.isalnum() for c in q)}
    plain = alternation((set(qualifiers) - set(qualifier_not_after) - signs) | {"top"})
    signed = rf"|(?:{alternation(signs)})\s?" if signs else ""
    qualifier = rf"(?:(?i:{guarded + '|' if guarded else ''}{plain})\s+|(?i:top)-{signed})"
    # Matching runs from cheap anchors (digits, number words) outwards rather than trying
    # the whole pattern at every character: the same rules at a tenth of the cost.
    left = (
        rf"(?<![\w])(?:(?P<qual>{qualifier}))?(?:(?P<between>(?i:between))\s+)?"
        rf"(?:(?P<pre>{prefix_reversed})\s?)?$"
    )
    pct_range = r"(?:%(?=\s*[-–—]\s*[\d.]+\s*%|\s+to\s+[\d.]+\s*%))?"
    second = rf"(?:(?P<pre2>{prefix})\s?)?(?P<n2>{amount})"
    suffix = rf"(?:(?P<pct>{percent})|(?P<cur>{currency_word})|(?P<unit>{unit}))?"
    # "600 million yuan to 800 million yuan": a currency word said twice, when the second
    # amount follows at once (else "9.8 billion yuan in 2020 to ..." would become a range)
    said_twice = (
        rf"(?:{currency_word}(?=\s+{_SAID_TWICE_JOINER}\s+(?:{prefix})?\s?[\d{_SAID_TWICE_MARKS}]+"
        rf"[\w\s-]{{0,12}}?{currency_word})"
        rf"|(?P<p1>{percent})(?=\s+{_SAID_TWICE_JOINER}\s+[\d{_SAID_TWICE_MARKS}]+(?P=p1)\b)"
        # "40GWh to 120GWh": a physical unit said twice, written the same way both times
        rf"|(?P<u1>{unit})(?=\s+{_SAID_TWICE_JOINER}\s+[\d{_SAID_TWICE_MARKS}]+(?P=u1)(?![\w/])))?"
    )
    # "four or five players" is a range; "RMB 6.12 billion or $835.13 million" restates
    ranged = rf"(?:(?:\s*[-–—]\s*|\s+to\s+|\s+or\s+(?!(?:{prefix})\s?\d)){second})?{suffix}"
    right = rf"(?P<n1>{amount}){pct_range}{said_twice}{ranged}"
    # "between 7.1 billion yuan and 8.0 billion yuan": the unit may be said twice
    repeated = rf"(?:{currency_word}|{percent}|{unit})?"
    right_between = rf"(?P<n1>{amount}){pct_range}{repeated}(?:\s+and\s+{second})?{suffix}"
    suffix_q = prefix_tree(set(suffix_qualifiers), ignore_case=True)
    right_rx = regex.compile(right, regex.V1, **named)
    # every lookahead of said_twice reads the joiner, whitespace, then a currency symbol or
    # code (prefix_currency's), or a digit, "." or ","
    said_firsts = {sym[0] for sym in prefix_currency} | set("0123456789" + _SAID_TWICE_MARKS)
    right_plain = regex.compile(rf"(?P<n1>{amount}){pct_range}{ranged}", regex.V1, **named)
    word_anchor_lower = regex.compile(rf"\b(?=[{_first_letters()}]){_number_word_regex()}")
    word_spaced = spaced_width(word_anchor_lower.pattern)
    return _Tables(
        digit_anchor=regex.compile(r"(?<![\d.,])\d"),
        word_anchor=regex.compile(rf"(?i:{_number_word_regex()})"),
        # on lower-cased text a case-sensitive search is several times faster
        word_anchor_lower=word_anchor_lower,
        word_starts=word_starts,
        word_scan=WordStartScan.of_phrases(number_words()),
        left=regex.compile(left, regex.V1 | regex.REVERSE),
        left_endings=Endings.of([*qualifiers, "between", "top"], ignore_case=True, whole=True),
        symbol_endings={
            last: tuple(sym for sym in prefix_currency if sym[-1] == last)
            for last in {sym[-1] for sym in prefix_currency}
        },
        right=right_rx,
        right_n2=right_rx.groupindex["n2"],
        right_plain=right_plain,
        right_plain_n2=right_plain.groupindex["n2"],
        said_twice_places=SpacedWordPlaces.of(_SAID_TWICE_JOINER, said_firsts),
        named_lists=named,
        right_between=right_between,
        right_single=rf"(?P<n1>{amount}){suffix}",
        prefix_currency=prefix_currency,
        suffix_currency=suffix_currency | {c.lower(): code for c, code in codes.items()},
        ambiguous=ambiguous,
        context_defaults={
            k: v
            for k, v in load_json("rates/currencies.json")["context_defaults"].items()
            if k[:1].isalpha()
        },
        context_symbols=context_symbols,
        context_only=frozenset(load_json("rates/currencies.json").get("context_only", [])),
        context_cues={
            code: regex.compile(rf"\b(?:{alternation(words)})\b")
            for code, words in load_json("rates/currencies.json")["context_cues"].items()
        },
        context_alternatives={
            symbol: tuple(codes)
            for symbol, codes in load_json("rates/currencies.json")["context_alternatives"].items()
        },
        percent_points=percent_points,
        hyphen_qualifier=regex.compile(hyphen_qualifier),
        hyphen_qualifiers=hyphen_qualifiers,
        sign_endings=Endings.of(lex["sign_words"], ignore_case=True),
        sign_word=regex.compile(
            rf"(?i)(?<![\w-])(?:{alternation(lex['sign_words'])})[ ]$", regex.REVERSE
        ),
        qualifiers=qualifiers,
        verb_qualifier=regex.compile(
            rf"(?i:\b(?P<v>{prefix_tree(set(verb_qualifiers), ignore_case=True)}))\s+$"
        ),
        verb_qualifiers=verb_qualifiers,
        verb_endings=Endings.of(verb_qualifiers, ignore_case=True),
        suffix_qualifier=regex.compile(rf"\s+(?i:(?P<s>{suffix_q}))\b"),
        suffix_qualifiers=suffix_qualifiers,
        suffix_starts=Starts.of(suffix_qualifiers, ignore_case=True),
        units=units,
        subunits=subunits,
        word_window=None if word_spaced is None else word_spaced + 2,
    )


# "600 million yuan to 800 million yuan": the word that joins a range whose unit is said twice,
# and what the second amount's first digit may also be (besides `\d`)
_SAID_TWICE_JOINER = "to"
_SAID_TWICE_MARKS = ".,"
_EXCHANGE_BEFORE = regex.compile(r"\b[A-Z]{2,6}\s*:\s*$")
# "from 51 percent to 80 percent", "cut prices by 14,000 yuan to 231,900 yuan": two values
_FROM_BEFORE = regex.compile(
    r"(?i:\b(?:from|by)\s+(?:(?:the|its|their|a)\s+)?(?:(?:current|present|existing|previous)\s+)?)$"
)
_FROM_WINDOW = 30
# "duties ranging from 17.4 per cent to 38.1 per cent", "anywhere from 800,000 to 1 million":
# one uncertain value, a range
_RANGING = regex.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+$)")
_YEAR_LIKE = regex.compile(r"(?:19|20)\d\d")
_RATE_NOTE = regex.compile(r"\s*=\s*")
_TIMES_WORDS = ("times", "fold", "-fold")  # multipliers: "2.5 times", "threefold"
_TIMES = regex.compile(rf"\s*(?:{alternation(set(_TIMES_WORDS))})\b", regex.IGNORECASE)
_TIMES_STARTS = Starts.of(_TIMES_WORDS, ignore_case=True)
_HYPHEN_WORD = regex.compile(r"-([A-Za-z][A-Za-z]*)")
# the window the checks right after an amount look into ("times", "or more", "-vehicle");
# a window, not `timeout=`, bounds them (see tests/test_untrusted_input.py)
AFTER_WINDOW = 100
_AMOUNT_MAX = 200


def scan(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All amounts in text[start:end], in reading order, with restatements merged."""
    t = tables()
    end = len(text) if end is None else end
    found: list[Quantity] = []
    done = start
    # one digit after a one-character lookbehind: nothing to backtrack over, so the scan is
    # linear, and a timeout would read the clock at every step (~1.6 us per digit run)
    digits = t.digit_anchor.finditer(text, start, end)  # bounded: no repetition
    anchors = [a.start() for a in digits]
    lowered = text[start:end].lower()
    if len(lowered) == end - start:  # lower() kept every offset (true for all but a few scripts)
        if t.word_scan is not None:
            anchors += [start + at for at in _number_word_starts(t, t.word_scan, lowered)]
        else:
            words = t.word_anchor_lower.finditer(lowered, timeout=MATCH_TIMEOUT_S)
            anchors += [start + a.start() for a in words]
    else:
        words = t.word_anchor.finditer(text, start, end, timeout=MATCH_TIMEOUT_S)
        anchors += [a.start() for a in words]
    anchors.sort()
    # where a said-twice range may join its amounts ("yuan to 800 million yuan"): elsewhere
    # the amount pattern without that part gives the same match
    said = None if t.said_twice_places is None else t.said_twice_places.places(text, start, end)
    for pos in anchors:
        if pos < done:
            continue
        m = _match_at(text, pos, max(done, pos - 40), end, t, said)
        if m is None:
            continue
        if (
            m.group("n2")
            and _YEAR_LIKE.fullmatch(m.group("n1"))  # bounded: four characters, no repetition
            and not m.group("between")
        ):
            continue  # "in 2020 to 18.36 billion yuan": a year is no range end
        q = _to_quantity(text, m, t)
        if q is not None:
            found.append(q)
        done = m.end()
    return _implied_currency(text, _merge_restatements(text, _percent_said_once(text, found)))


def _number_word_starts(t: _Tables, starts: WordStarts | WordStartScan, low: str) -> list[int]:
    """The starts of `t.word_anchor_lower.finditer(low)` in lower-cased text: every
    match starts at one of the number words' first words, so the pattern is tried there
    (as finditer would: in order, none inside the previous match), not at every character."""
    pattern, last, window = t.word_anchor_lower, 0, t.word_window
    found: list[int] = []
    for at in starts.starts(low):
        if at >= last:
            if window is not None and not whitespace_runs(low, at, at + window):
                # no match, nor any character a try reads, lies past the window (see
                # word_window): a few dozen characters, read without a timeout (two clock
                # reads a call)
                hit = pattern.match(low, at, at + window)  # bounded: a few dozen chars
            else:
                hit = pattern.match(low, at, timeout=MATCH_TIMEOUT_S)
            if hit is not None:
                found.append(at)
                last = hit.end()
    return found


_TO_BETWEEN = regex.compile(r"\s+to\s+")
_IMPLIED_GAP = 250  # characters from a money amount to a bare amount that goes on in its currency
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])")
_NEXT_TOKEN = regex.compile(r"\s*([A-Za-z]+|[^\w\s])?")


@cache
def _implied_money_nouns() -> Any:
    words = load_json(CURRENCY_FILE).get("implied_money_nouns", [])
    return regex.compile(rf"(?i:\b(?:{alternation(set(words))})\b)")


def _implied_currency(text: str, found: list[Quantity]) -> list[Quantity]:
    """`... to 1.89 billion yuan. Analysts had lifted their forecast from 1.29 billion in
    August`: a scaled amount with no noun of its own, right after a money amount (in the same
    or the next sentence, no amount between), is money in that currency."""
    for p, q in pairwise(found):
        if p.kind != "money" or q.kind != "number" or p.extras.get("unknown_currency"):
            continue
        if q.unit or q.hyphen_word or q.rank or q.word_number or q.qualifier == "top":
            continue
        if q.start - p.end > _IMPLIED_GAP or _scale_of(text[q.num_start : q.end]) < 1e6:
            continue
        nxt = _NEXT_TOKEN.match(text, q.end, q.end + 40)  # bounded: 40 chars
        word = nxt.group(1) if nxt else None
        if word and (word[0].isalpha() and word.lower() not in stop_words()):
            continue  # "1.2 million vehicles": a count with its noun
        ends = list(_SENTENCE_END.finditer(text, p.end, q.start))  # bounded: the gap
        if len(ends) > 1:
            continue
        clause = text[ends[-1].end() if ends else max(p.end, q.start - _IMPLIED_GAP) : q.start]
        if not _implied_money_nouns().search(clause):  # bounded: the gap
            continue  # "sales volumes reached 1.52 million": a count, its noun before it
        q.kind, q.currency = "money", p.currency
        q.rule_id = rule_id(CURRENCY_FILE, "implied")
    return found


_FROM_ONLY_BEFORE = regex.compile(r"(?i:\bfrom\s+)$")
_AND_BETWEEN = regex.compile(r"\s+(?:and|or)\s+")
_BETWEEN_BEFORE = regex.compile(r"(?i:\bbetween\s+)$")


def _percent_said_once(text: str, found: list[Quantity]) -> list[Quantity]:
    """`from 0 to 1 percent`, `from 1 percent to 10`: two values, one percent sign for both;
    `from 5 to 8 billion yuan`: two values, one scale and currency for both."""
    for a, b in pairwise(found):
        if a.kind == "number" and b.kind in ("number", "money"):
            _share_scale(text, a, b)
            continue
        if a.kind == "number" and b.kind == "percentage":
            plain = a
        elif a.kind == "percentage" and b.kind == "number":
            plain = b
        else:
            continue
        if plain.unit or plain.hyphen_word or plain.qualifier or plain.rank:
            continue
        if (
            plain is a
            and a.value < 1000
            and a.value_max is None  # not "for June 1-16 and 40.99 percent year-to-date"
            and _AND_BETWEEN.fullmatch(text, a.end, b.start)  # bounded: between two amounts
            and not _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)  # bounded: 10
        ):  # "hold 46.8 and 53.2 percent respectively": two values, one percent sign for both
            a.kind, a.points, a.rule_id = "percentage", b.points, b.rule_id
            continue
        if not _TO_BETWEEN.fullmatch(text, a.end, b.start):  # bounded: between two amounts
            continue
        if plain is b and text[b.end : b.end + 40].lstrip()[:1].isalpha():
            continue  # "from 36 percent to 1.8 million units": a count of its own
        if _FROM_ONLY_BEFORE.search(text, max(0, a.start - 8), a.start):  # bounded: 8 chars
            pct = b if plain is a else a
            plain.kind, plain.points, plain.rule_id = "percentage", pct.points, pct.rule_id
    return found


def _share_scale(text: str, a: Quantity, b: Quantity) -> None:
    if a.unit or a.hyphen_word or a.rank or a.value_max is not None or a.value >= 1000:
        return
    if not text[a.num_start : a.end].replace(".", "").isdigit():
        return  # a has a scale or unit of its own
    if not _TO_BETWEEN.fullmatch(text, a.end, b.start):  # bounded: between two amounts
        return
    scale = _scale_of(text[b.num_start : b.end])
    if scale <= 1:
        return
    if not _FROM_ONLY_BEFORE.search(text, max(0, a.start - 8), a.start):  # bounded: 8 chars
        return
    a.value *= scale
    a.kind, a.currency, a.rule_id = b.kind, b.currency, b.rule_id


class _Match:
    """The left context and the amount, read as one match (the groups `_to_quantity` uses).

    Groups and spans are copied out once: `_to_quantity` asks for them many times, and a
    dict lookup costs a fraction of a call into the regex module."""

    __slots__ = ("_groups", "_left", "_right", "_start", "num_start")

    def __init__(self, left: Any, right: Any, between: bool) -> None:
        # groupdict() costs ~3 us a call; zipping the names with groups() a quarter of that;
        # a group read by number, not by name, a fraction of a named read (~0.3 us each).
        # Spans are read from the matches when asked (rarely): only the whole match's start
        # and where the number starts are worked out here
        names, _ = _layout(right.re)
        groups: dict[str, str | None] = dict(zip(names, right.groups(), strict=True))
        start = num_start = right.start()  # every amount pattern begins with n1
        if left is None:  # most amounts: nothing before them
            groups["qual"] = groups["between"] = groups["pre"] = None
        else:
            indices = _left_groups(left.re)
            for name, index in zip(_LEFT_NAMES, indices, strict=True):
                value = None if name == "between" and not between else left.group(index)
                groups[name] = value
                if value is not None:
                    start = min(start, left.start(index))
            if groups["pre"]:  # the number starts at the currency symbol before it
                num_start = left.start(indices[2])
        self._groups = groups
        self._left = left
        self._right = right
        self._start = start
        self.num_start: int = num_start

    @property
    def groups(self) -> dict[str, str | None]:
        return self._groups

    def group(self, name: str) -> str | None:
        return self._groups.get(name)

    def _span(self, name: str) -> tuple[int, int]:
        """The span of group n1, qual, between or pre; (-1, -1) for another or an unmatched."""
        if name == "n1":
            return self._right.start(), self._right.end(_layout(self._right.re)[1])
        if name in _LEFT_NAMES and self._groups.get(name) is not None:
            index = _left_groups(self._left.re)[_LEFT_NAMES.index(name)]
            return self._left.span(index)  # type: ignore[no-any-return]
        return -1, -1

    def start(self, name: str | None = None) -> int:
        return self._start if name is None else self._span(name)[0]

    def end(self, name: str | None = None) -> int:
        return self._right.end() if name is None else self._span(name)[1]

    def span(self) -> tuple[int, int]:
        return self._start, self._right.end()


_LEFT_NAMES = ("qual", "between", "pre")  # the groups of the left context


@cache
def _layout(pattern: Any) -> tuple[tuple[str, ...], int]:
    """The group names of an amount pattern, in group order (every group is named: the
    strict zip in `_Match` says so), and the number of its group n1."""
    names = tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__))
    return names, pattern.groupindex["n1"]


@cache
def _left_groups(pattern: Any) -> tuple[int, int, int]:
    """The numbers of the left pattern's groups qual, between and pre."""
    index = pattern.groupindex
    return index["qual"], index["between"], index["pre"]


@cache
def _n2_group(pattern: Any) -> int:
    return int(pattern.groupindex["n2"])


def _match_at(
    text: str, pos: int, lo: int, end: int, t: _Tables, said: list[int] | None = None
) -> _Match | None:
    """The amount at `pos` and what stands before it; `said`: the places of
    `t.said_twice_places` in the text (None: not known, the whole pattern runs)."""
    left = None
    # Most numbers follow a plain word; the reverse search runs only when the text before
    # could end a qualifier, "between" or a currency symbol (a necessary condition, so the
    # shortcut never changes a match). Non-ASCII text always takes the search: the regex's
    # case-insensitive matching folds a few letters to ASCII ones ("ſ" is "s").
    raw_tail = text[lo:pos].rstrip()
    symbols = t.symbol_endings.get(raw_tail[-1:])
    word_tail = raw_tail[:-1] if raw_tail.endswith("-") else raw_tail  # "top-10"
    if t.left_endings.possible(word_tail) or (symbols is not None and raw_tail.endswith(symbols)):
        left = t.left.search(text, lo, pos)  # bounded: lo >= pos - 40 (see scan)
        if left is not None and left.end() != pos:
            left = None
    # the longest amount written in news ("between 1.5 million and 2 million yuan") is far
    # shorter than the window; a longer run of digits fails the checks in _to_quantity
    end = min(end, pos + _AMOUNT_MAX)
    if left is not None and left.group(_left_groups(left.re)[1]):  # "between"
        right = _on_demand(t.right_between).match(text, pos, end)  # bounded: window
        if right is not None and right.group(_n2_group(right.re)):
            return _Match(left, right, between=True)
    if said is not None and not _said_twice_possible(said, pos, end):
        right = t.right_plain.match(text, pos, end)  # bounded: window
        n2 = t.right_plain_n2
    else:
        right = t.right.match(text, pos, end)  # bounded: window
        n2 = t.right_n2
    if right is not None and right.group(n2) and _said_twice_after_from(text, right, pos):
        right = _on_demand(t.right_single).match(text, pos, end)  # bounded: window
    return None if right is None else _Match(left, right, between=False)


def _said_twice_possible(said: list[int], pos: int, end: int) -> bool:
    """Whether the said-twice lookahead can hold in text[pos:end]: it reads whitespace, then
    the joiner (at a place of `said`, after pos) and more, all before `end`."""
    i = bisect_right(said, pos)
    return i < len(said) and said[i] + len(_SAID_TWICE_JOINER) < end


@cache
def _on_demand(pattern: str) -> Any:
    """Compiled on first use: compiling these costs ~0.07 s of `load()`, and most articles
    never need them (their pieces are the main pattern's, which `load()` does compile)."""
    return regex.compile(pattern, regex.V1, ignore_unused=True, **tables().named_lists)


def _said_twice_after_from(text: str, right: Any, pos: int) -> bool:
    """`from 51 percent to 80 percent` states two values, `15 percent to 20 percent` a range."""
    joiner = text[right.end("n1") : right.start("n2")]
    if " to " not in joiner:
        return False  # "improved by 20%-28%": a dash joins the ends of one range
    unit_repeated = any(ch.isalpha() or ch == "%" for ch in joiner)
    found = _FROM_BEFORE.search(text, max(0, pos - _FROM_WINDOW), pos)  # bounded: window
    if found is not None and _RANGING.search(
        text, max(0, found.start() - 12), found.start()
    ):  # bounded: 12 chars
        return False
    if found is not None and found.group().lower().startswith("by"):
        # "fell by 5,000 to 10,000 yuan" stays a range: only a unit said twice makes two
        between = text[right.end("n1") : right.start("n2")].replace(" to ", " ")
        unit_repeated = any(ch.isalpha() or ch == "%" for ch in between)
    return unit_repeated and found is not None


def _to_quantity(text: str, m: _Match, t: _Tables) -> Quantity | None:
    g = m.groups
    s, e = m.span()
    num_start = m.num_start
    before = text[num_start - 1] if num_start > 0 else " "
    after = text[e] if e < len(text) else " "
    # a minus sign after a space or bracket: "from -2.7% a year earlier"
    negative = before in "-−" and (num_start < 2 or text[num_start - 2] in " \t\n(")
    # "(+113.1%)": an explicit plus, kept for percentages only (not "+86" dialling codes)
    plus = before == "+" and (num_start < 2 or text[num_start - 2] in " \t\n(")
    if (
        before.isalnum()
        or before in "_."
        or (before in "-–" and text[num_start - 2 : num_start - 1].isalnum() and not g.get("qual"))
        or (before in "-−" and not negative and not g.get("qual"))
        or (before == "+" and not plus)
    ):
        return None  # inside a word or code: COVID-19, X6, 3.0.1, 400-819-3366, +86
    if after.isalnum() or (after in "-–" and text[e + 1 : e + 2].isdigit()):
        return None  # 5G, 14th, phone numbers 400-819-3366
    if after in ".," and text[e + 1 : e + 2].isdigit():
        return None
    if after == ":" and text[e + 1 : e + 2].isdigit():
        return None  # clock time
    if before == ":" and text[num_start - 2 : num_start - 1].isdigit():
        return None  # the second term of a ratio or time: 2:1, 10:30
    if after == "." and text[e + 1 : e + 2].isalpha():
        return None  # a ticker: 002074.SZ, 9868.HK
    # Each check below first asks, in plain Python, for what its pattern cannot match
    # without (a ':' before, the word it must end or begin with): exact shortcuts that
    # spare most amounts a call into the regex engine (non-ASCII text takes the regex)
    lo = max(0, num_start - 12)
    listing = ":" in text[lo:num_start]
    if listing and _EXCHANGE_BEFORE.search(text, lo, num_start):  # bounded: 12 chars
        return None  # a listing code: HKG: 1211, SZSE: 300750
    follows = text[e : e + AFTER_WINDOW].lstrip()[:1]  # what the checks after it begin with
    if _TIMES_STARTS.possible(follows) and _TIMES.match(
        text,
        e,
        e + AFTER_WINDOW,  # bounded: window
    ):
        return None  # multipliers: 2.5 times, threefold
    n1, n2 = g["n1"] or "", g.get("n2")  # every amount match has n1
    if ", 0" in n1:
        n1 = n1.replace(", 000", ",000")  # "10, 000": the stray space the pattern let in
    hyphened = t.hyphen_qualifier.search(n1) if "-" in n1 else None  # bounded: one amount
    if hyphened is not None:  # "30-plus percent": over 30
        n1 = n1[: hyphened.start()] + n1[hyphened.end() :]
    try:
        value = parse_amount(n1)
        value_max = parse_amount(n2) if n2 else None
    except ValueError:
        return None
    word_number = not n1[0].isdigit()
    if word_number and n1[-3:].lower() == " of" and text[e : e + 2][-1:].isdigit():
        return None  # "a score of 90": a test score, not twenty
    if value_max is not None and n2:
        n1_scale = _scale_of(n1)
        n2_scale = _scale_of(n2)
        if n1_scale == 1 and n2_scale > 1 and value * n2_scale < value_max:
            value *= n2_scale  # "5 to 6 billion": the scale is shared
        if value_max <= value:
            return None  # ratios like "two to one" are not records
    qual_text = (g.get("qual") or "").strip()
    qualifier = lookup(t.qualifiers, qual_text) if qual_text else None
    if hyphened is not None and qualifier is None:
        qualifier = lookup(t.hyphen_qualifiers, hyphened.group()[1:])
    rank = bool(qual_text) and qual_text.lower().rstrip("-") == "top"
    start = s
    if rank and _is_verb_top(text, s):
        rank, qualifier, start = (
            False,
            "over",
            m.start("between")
            if g.get("between")
            else (m.start("pre") if g.get("pre") else m.start("n1")),
        )
    if qualifier is None and not rank:
        lo = max(0, start - 30)
        if t.verb_endings.possible(text[lo:start]):
            verb = t.verb_qualifier.search(text, lo, start)  # bounded: 30 chars
            if verb:
                qualifier = lookup(t.verb_qualifiers, verb.group("v"))
    if qualifier is None and t.suffix_starts.possible(follows):
        suffix = t.suffix_qualifier.match(text, e, e + AFTER_WINDOW)  # bounded: window
        if suffix:
            qualifier = lookup(t.suffix_qualifiers, suffix.group("s"))
    if negative and not g.get("qual") and not g.get("between"):
        value, value_max, start, num_start = -value, None, num_start - 1, num_start - 1
    elif plus and not g.get("qual") and not g.get("between"):
        start = num_start = num_start - 1
    elif (
        before == " "
        and start == num_start
        and t.sign_endings.possible(text[max(0, num_start - 12) : num_start])
        and (sign := t.sign_word.search(text, max(0, num_start - 12), num_start))  # bounded: 12
    ):  # "minus 4.2 per cent", "negative 12.2%"
        value, value_max, start, num_start = -value, None, sign.start(), sign.start()
    q = Quantity(
        kind="number",
        start=start,
        end=e,
        value=value,
        value_max=value_max,
        num_start=num_start,
        qualifier=qualifier,
        word_number=word_number,
        rank=rank,
    )
    # most amounts have no currency word or symbol: skip the call
    currency = _currency(text, m, t) if g.get("cur") or g.get("pre") or g.get("pre2") else None
    if currency is not None and g.get("pre") and _name_in_name(text, m):
        return None  # "Zhang Yuan 35": a given name, not a currency before a number
    if currency is None and (g.get("pre") or "").strip() in t.context_only:
        return None  # "the R2": a context-only symbol without its context is no amount
    if currency is None and g.get("cur"):
        # "32 billion pesos" with no place to tell whose: no record, no figure either; kept
        # as money until restatements are merged, so that "($1.8 billion)" goes with it
        q.kind, q.extras["unknown_currency"] = "money", True
        return q
    if (
        currency is None
        and (_money_scaled(n1) or (n2 and _money_scaled(n2)))
        and not _counted_millions(text, e, n2 or n1)
    ):
        return None  # "500m" without a currency: metres, not millions
    if currency is not None:
        q.kind, q.currency = "money", currency
        q.rule_id = rule_id(CURRENCY_FILE, _money_form(m, t, currency))
        factor = t.subunits.get(" ".join(_cur_word(g.get("cur") or "").lower().split()))
        if factor is not None:
            q.value *= factor
            q.value_max = q.value_max * factor if q.value_max is not None else None
        if g.get("pre") and _RATE_NOTE.match(text, e, e + AFTER_WINDOW):  # bounded: window
            q.extras["rate_note"] = True
    elif plus and not g.get("pct"):
        return None
    elif pct := g.get("pct"):
        points_key = " ".join(pct.strip().lower().split())
        q.kind, q.points = "percentage", t.percent_points.get(points_key, False)
        form = lookup(_percent_forms(), pct.lstrip(" \t\n-"))  # the key as written in the data
        q.rule_id = rule_id(LEXICON_FILE, form or ("percentage points" if q.points else "percent"))
    elif unit := g.get("unit"):
        surface = unit.lstrip(" \t\n-")
        q.unit, q.pint_unit = lookup(t.units, surface, ignore_case=False) or (surface, None)
        q.rule_id = "figure.physical"
    else:
        hyphen = text[e : e + 1] == "-" and _HYPHEN_WORD.match(  # bounded: window
            text, e, e + AFTER_WINDOW
        )
        if hyphen:
            q.hyphen_word = hyphen.group(1)
            q.end = hyphen.end()
        q.rule_id = "figure.count"
    return q


def _cur_word(cur: str) -> str:
    """The currency word of a `cur` group: after its separator ("  yuan", "-HUF"), or the
    code itself when it is fused to the number ("211,900RMB")."""
    return cur[1:] if cur[:1] in (" ", "\t", "\n", "-") else cur


def _money_form(m: _Match, t: _Tables, currency: str) -> str:
    """Which form of the money rule fired: the `form` of a `rules` row of currencies.json."""
    g = m.groups
    if g.get("n2"):
        return "range"
    if cur := g.get("cur"):
        word = " ".join(_cur_word(cur).lower().split())
        if word in t.subunits:
            return "subunit"
        if len(cur.strip()) == 3 and cur.strip().isupper():
            return "code after"
        code = lookup(t.suffix_currency, _cur_word(cur))
        if code is None:  # as `_currency` reads "<place words> forints"
            code = lookup(t.suffix_currency, word.rsplit(" ", 1)[-1])
        if code == "":
            return "shared name"
        return "name" if currency in _hand_codes() else "iso name"
    symbol = (g.get("pre") or "").strip()
    if symbol in _names_before():
        return "name before"
    if symbol in t.context_symbols:
        # a context-only symbol is money only where its own cue is: the cue decided
        default = currency == t.prefix_currency[symbol] and symbol not in t.context_only
        return "context default" if default else f"context {currency}"
    return "code" if symbol.isalpha() else "symbol"


@cache
def _percent_forms() -> dict[str, str]:
    return {k: k for k in tables().percent_points}


def _name_in_name(text: str, m: _Match) -> bool:
    """A currency name before the amount that follows a capitalised word ends a person's name."""
    pre = m.group("pre")
    if not pre or pre.strip() not in _names_before():
        return False
    word = text[max(0, m.start("pre") - 30) : m.start("pre")].rstrip().rsplit(None, 1)[-1:]
    return bool(word) and word[0][:1].isupper() and word[0][-1:].isalpha()


@cache
def _names_before() -> frozenset[str]:
    spec = load_json(CURRENCY_FILE)
    return frozenset(
        w for k, v in spec.items() if isinstance(v, dict) for w in v.get("names_before", [])
    )


@cache
def _hand_codes() -> frozenset[str]:
    return frozenset(k for k in load_json(CURRENCY_FILE) if not k.startswith("_"))


@cache
def currency_codes() -> frozenset[str]:
    """Every currency code the amount grammar reads: the hand-kept table's and ISO 4217's."""
    iso = load_json(ISO_FILE)
    iso_codes = (c for k, v in iso.items() if not k.startswith("_") for c in v["codes"])
    return frozenset(k for k in _hand_codes() if k.isupper()) | frozenset(iso_codes)


@cache
def currency_letters() -> frozenset[str]:
    """Every currency the amount grammar reads before a number as a word of capitals: its
    codes and the hand-kept table's letter symbols ("RMB 8.29 billion")."""
    table = load_json(CURRENCY_FILE)
    symbols = (
        sym
        for key, entry in table.items()
        if not key.startswith("_") and isinstance(entry, dict)
        for sym in entry.get("symbols", ())
        if sym.isalpha() and sym.isupper()
    )
    return currency_codes() | frozenset(symbols)


# "1.8m units", "2.2m new vehicles": a plural noun counted right after the amount
_PLURAL_AFTER = regex.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:[a-z]{2,}|[A-Z]{2,})s\b")


def _counted_millions(text: str, end: int, last: str) -> bool:
    """Whether a money scale letter on an amount with no currency counts millions: a plural
    noun after it ("1.8m units", "26M auto sales", "10M EVs"; not "the 5M platform")."""
    return _PLURAL_AFTER.match(text, end, end + 40) is not None  # bounded: 40 chars


def _money_scaled(amount: str) -> bool:
    return (
        amount[-1:].isalpha()
        and amount.rsplit(None, 1)[-1].lstrip("0123456789.,").lower() in money_scales()
    )  # the table's keys are lower case, as the regex reads either


_LEADING_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")


def _scale_of(amount: str) -> float:
    """The scale an amount's words or attached abbreviation give it: "9 million" and "9 mln",
    "3bn" (the abbreviations are the lexicon's, read through parse_amount)."""
    digits = _LEADING_DIGITS.match(amount)  # bounded: anchored, linear
    if digits is not None and digits.end() < len(amount):
        base = float(digits.group().replace(",", ""))
        try:
            whole = parse_amount(amount)
        except ValueError:
            return 1.0
        return whole / base if base else 1.0
    factor = 1.0
    for word in amount.lower().replace("-", " ").split()[1:]:
        factor *= scales().get(word, 1.0)
    return factor


def _is_verb_top(text: str, s: int) -> bool:
    window = text[max(0, s - 12) : s].lower().split()
    return bool(window) and window[-1] in {"to", "will", "would", "could", "may", "might", "should"}


def _currency(text: str, m: _Match, t: _Tables) -> str | None:
    g = m.groups
    cur = g.get("cur")
    if (
        cur
        and (g.get("pre") or g.get("pre2"))
        and " ".join(_cur_word(cur).lower().split()) in t.subunits
    ):
        cur = None  # "RMB34.4 cents": a subunit of the currency written before the number
    if cur:
        code = lookup(t.suffix_currency, _cur_word(cur))
        word = " ".join(_cur_word(cur).lower().split())
        if code is None:  # "<place words> forints": the currency word decides
            word = word.rsplit(" ", 1)[-1]
            code = lookup(t.suffix_currency, word)
        if code == "":  # a word several currencies share: a place named nearby picks one
            window = text[max(0, m.start() - 300) : m.end() + 100]
            found = [
                c
                for c, cue in t.ambiguous[word]
                if _on_demand(cue).search(window)  # bounded: window
            ]
            code = found[0] if len(found) == 1 else t.context_defaults.get(word)
        return code
    pre = g.get("pre") or g.get("pre2")
    if not pre:
        return None
    symbol = pre.strip()
    if symbol in t.context_symbols:
        sentence_window = text[max(0, m.start() - 300) : m.end() + 100]
        # ... or the story's opening, where its dateline names where it is from ("KATHMANDU,
        # Jan 22: Nepal imported ... worth Rs 12.73 billion")
        opening = text[:_STORY_OPENING_CHARS]
        for code in t.context_alternatives.get(symbol, ()):
            cue = t.context_cues[code]
            if cue.search(sentence_window) or cue.search(opening):  # bounded: literal words
                return code
        own = t.prefix_currency[symbol]
        if symbol in t.context_only:  # "R428 million" is rand only in a South African story
            cue = t.context_cues[own]
            found = cue.search(sentence_window) or cue.search(opening)  # bounded: literal words
            return own if found else None
        return own
    return t.prefix_currency.get(symbol)


_STORY_OPENING_CHARS = 400  # a page's site line, headline and dateline


@cache
def _restatement_gaps() -> tuple[Any, Any]:
    """What may stand between an amount and its restatement: "69.21 billion yuan ($9.7
    billion)", "... per tonne (about $80)", "$300,000 in North America (equivalent to
    approximately ¥2.16 million)", "18 billion yuan (approx. USD 2.6 billion)": up to three
    words, then the bracket (or ", or"), then a hedge: a qualifier of the lexicon that reads
    `about` or `nearly`."""
    hedges = alternation(
        {q["phrase"] for q in load_json(LEXICON_FILE)["qualifiers"] if q["qualifier"] in _HEDGES}
    )
    hedge = rf"(?:(?i:{hedges})\s+)?$"
    paren = regex.compile(
        rf"(?:\s+[^\s,;.()]+){{0,3}}\s*\(\s*(?:(?i:or|equivalent\s+to|i\.e\.)\s+)?{hedge}"
    )
    or_ = regex.compile(rf"(?:\s+[^\s,;.()]+){{0,3}}\s*,?\s+or\s+{hedge}")
    return paren, or_


_HEDGES = ("about", "nearly")


def _bracketed_pair(text: str, q: Quantity, nxt: Quantity, between: str) -> bool:
    """ "(1.1 billion yuan, $157 million)": a bracket holding an amount and, after a comma,
    the same amount in another currency (two amounts in one currency are a list)."""
    return (
        between.strip() == ","
        and q.currency != nxt.currency
        and text[max(0, q.start - 2) : q.start].rstrip().endswith("(")
        and text[nxt.end : nxt.end + 2].lstrip().startswith(")")
    )


def _merge_restatements(text: str, found: list[Quantity]) -> list[Quantity]:
    """Fold `69.21 billion yuan ($9.7 billion)` and `, or 15.2 billion yuan` into the first amount;
    drop exchange-rate notes `($1 = 7.27 yuan)`."""
    out: list[Quantity] = []
    skip_next = False
    for i, q in enumerate(found):
        if skip_next:
            skip_next = False
            continue
        if q.extras.get("rate_note"):
            skip_next = True
            continue
        if not q.extras.get("unknown_currency"):
            out.append(q)
        if q.kind != "money" or i + 1 >= len(found):
            continue
        nxt = found[i + 1]
        if nxt.kind != "money":
            continue
        between = text[q.end : nxt.start]
        restate_paren, restate_or = _restatement_gaps()
        timeout = timeout_for(len(between))  # (most gaps are short: no clock reads)
        paren = restate_paren.fullmatch(between, timeout=timeout) is not None
        if not (
            paren
            or restate_or.fullmatch(between, timeout=timeout)
            or _bracketed_pair(text, q, nxt, between)
        ):
            continue
        skip_next = True
        q.rule_id = rule_id(CURRENCY_FILE, "restated")
        if nxt.currency == "USD" and q.currency != "USD":
            q.usd, q.usd_max, q.usd_basis = nxt.value, nxt.value_max, "stated"
    return out
