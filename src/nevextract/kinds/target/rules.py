"""Forward-looking targets: an intention cue with a deadline and/or a numeric objective.

Cue patterns are data (`patterns/en/targets/cues.jsonl`); each says where the objective lies
relative to the cue: `after` it (aims to sell ...), `before` it (identified X as one of its
tasks), the match `self` (the 500,000-vehicle target), or `will_by` (will ... by 2025).

Each regex call costs microseconds even when it finds nothing, and most sentences hold no
cue, so a cue's pattern only runs in a sentence where one of its `words` begins a word, and
the exclusion and deadline patterns only run where their words occur (see `_Lowered`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

import regex

from ...errors import ConfigError
from ...kinds.target.anchors import WHITESPACE, Anchors, WordScan, anchors
from ...kinds.target.subject import SubjectFinder, in_name_list, load_subject_words
from ...kinds.year.rules import YearMention
from ...limits import MATCH_TIMEOUT_S
from ...normalizers.numbers import number_words
from ...normalizers.text import Sentences
from ...prefilters import (
    Pieces,
    every_anchors,
    further_anchors,
    spaced_width,
    timeout_for,
    union_anchors,
)
from ...resources import load_json, load_jsonl_numbered, resolve_pattern_path


class Amount(NamedTuple):  # a tuple: built for every amount of every article
    start: int
    end: int
    value: float
    unit: str | None


@dataclass
class Target:
    start: int
    end: int
    year: int | None
    value: float | None
    unit: str | None
    subject: str | None
    rule_id: str
    # a deadline named without a year ("starting late January", "before the end of the
    # year"): a target even when no publication date resolves it
    dated: bool = False

    @classmethod
    def stating(
        cls,
        start: int,
        end: int,
        year: int | None,
        goal: Amount | None,
        subject: str | None,
        rule_id: str,
    ) -> Target:
        """A target whose numeric objective is `goal` (its first amount), if any."""
        value, unit = (goal.value, goal.unit) if goal else (None, None)
        return cls(start, end, year, value, unit, subject, rule_id)


@dataclass(frozen=True)
class _Cue:
    id: str
    kind: str
    pattern: Any
    # derived from the pattern: one of these words is in every match; None: no such test
    gate: Anchors | None = None
    # "The FCV parc is set to reach ...": when the clause before the cue names no party,
    # its subject is part of the objective (as for a will-clause)
    clause_subject: bool = False
    # "X should reach ...": a target only in a sentence that reports a plan (SPEC 'Plans as
    # cues'); with a deadline alone it is an expectation
    plan_only: bool = False
    # "..., and 4.5 million in 2030": a continuation that counts only when the objective
    # before it states its own deadline (else "300 stations and 150,000 piles by 2026")
    after_deadline: bool = False
    # the hand-written word lists are gone (the gate replaces them); kept empty for the
    # callers that read them (tests/test_fast_paths.py)
    words: tuple[str, ...] = ()
    # derived from the pattern too: the other words every match needs, each set a further
    # gate that must pass (`further_anchors`)
    also: tuple[Anchors, ...] = ()
    # the number of the pattern's `head` group, 0 if none: the objective of an `after` cue
    # begins there ("The sales target for passenger vehicles is 2,669,000 units" names its
    # goal noun), not at the end of the cue's words
    head: int = 0
    # derived too: the words every match needs besides those, read deeper into the pattern
    # (`every_anchors`), tested in a sentence the gates let through before the regex runs
    needs: tuple[Anchors, ...] = ()


def _gate(pattern: Any, source: str, row: dict[str, Any]) -> Anchors | None:
    """The literal words `pattern` needs (see `anchors`); a hand-written `words` list is
    refused, since it restates the pattern and drifts from it."""
    if "words" in row:
        raise ValueError("'words' are derived from the pattern: remove the list")
    if pattern.flags & regex.FULLCASE:
        return None  # full case-folding matches "ss" as "ß": no word test
    return anchors(source, _common_words())


# the dearest further gate worth a test (`_Need.cost`): the cues' gates are one scan of the
# article, where a frequent word ("to", "for") would cost more than the regex calls it saves;
# a continuation's are tested only in a sentence where another cue matched, so "and" pays
_ALSO_MAX_COST = 60.0
_CONTINUATION_ALSO_MAX_COST = 200.0


def _also(
    pattern: Any, source: str, gate: Anchors | None, continuation: bool
) -> tuple[Anchors, ...]:
    """The further gates of a cue (see `_Cue.also`)."""
    if pattern.flags & regex.FULLCASE:
        return ()
    limit = _CONTINUATION_ALSO_MAX_COST if continuation else _ALSO_MAX_COST
    return further_anchors(source, gate, _common_words(), limit)


def _needs(
    pattern: Any, source: str, gate: Anchors | None, also: tuple[Anchors, ...]
) -> tuple[Anchors, ...]:
    """The words a sentence must hold for the cue to match there (see `_Cue.needs`)."""
    if pattern.flags & regex.FULLCASE:
        return ()
    return every_anchors(source, gate, _common_words(), also)


@cache
def _common_words() -> tuple[str, ...]:
    """Frequent words: a gate of them would let most sentences through."""
    return tuple(load_json("text/words.json")["stop_words"])


@cache
def _cues() -> tuple[_Cue, ...]:
    path = "targets/cues.jsonl"
    cues = []
    for lineno, row in load_jsonl_numbered(path):
        try:
            pattern = regex.compile(row["pattern"], regex.I)
            gate = _gate(pattern, row["pattern"], row)
            flags = [row.get(k, False) for k in ("clause_subject", "plan_only", "after_deadline")]
            if not all(isinstance(flag, bool) for flag in flags):
                raise ValueError(
                    "'clause_subject', 'plan_only' and 'after_deadline' must be true or false"
                )
            also = _also(pattern, row["pattern"], gate, row["kind"] == "continuation")
            subject, plan, deadline = flags
            needs = _needs(pattern, row["pattern"], gate, also)
            cues.append(
                _Cue(
                    row["id"],
                    row["kind"],
                    pattern,
                    gate,
                    subject,
                    plan,
                    deadline,
                    also=also,
                    head=pattern.groupindex.get("head", 0),
                    needs=needs,
                )
            )
        except (KeyError, TypeError, ValueError, regex.error) as exc:
            raise ConfigError(str(resolve_pattern_path(path)), f"bad cue: {exc}", lineno) from exc
    return tuple(cues)


@dataclass(frozen=True)
class _Form:
    """A plan-report or deadline pattern of `patterns/en/targets/plans.json`."""

    id: str
    pattern: Any
    gate: Anchors | None
    # the other words every match needs (`_Cue.needs`), tested where the gate passes
    needs: tuple[Anchors, ...] = ()
    dated_parts: bool = False  # a list_clause split whose parts need their own deadline

    def may_match(self, low: _Lowered, start: int, end: int) -> bool:
        """Whether the form may match in [start, end): its gate and needs pass there."""
        if not low.may_match(self.gate, start, end):
            return False
        for need in self.needs:  # noqa: SIM110 (a loop: any() of a generator is slower)
            if not low.may_match(need, start, end):
                return False
        return True


_PLAN_KEYS = (
    "plan_report",
    "fronted_deadline",
    "relative_period",
    "then",
    "then_opening",
    "by_then",
    "segment_end",
    "goal_heading",
    "goal_bulleted_heading",
    "list_item",
    "list_clause",
    "plan_owner",
    "dated_deadline",
    "share_clause",
    "will_deadline",
)
# forms tried only on the lines after a goal heading (itself gated): never a sentence gate
LINE_FORM_KEYS = ("list_item", "list_clause")


@cache
def _plan_forms() -> dict[str, tuple[_Form, ...]]:
    path = "targets/plans.json"
    data = load_json(path)
    out: dict[str, tuple[_Form, ...]] = {}
    for key in _PLAN_KEYS:
        rows = data.get(key) if isinstance(data, dict) else None
        if not isinstance(rows, list) or not rows:
            raise ConfigError(
                str(resolve_pattern_path(path)), f"{key!r} must be a list of patterns"
            )
        forms = []
        for i, row in enumerate(rows):
            try:
                pattern = regex.compile(row["pattern"], regex.I)
                gate = _gate(pattern, row["pattern"], row)
                needs = _needs(pattern, row["pattern"], gate, ())
                dated = bool(row.get("dated_parts", False))
                forms.append(_Form(str(row["id"]), pattern, gate, needs, dated))
            except (AttributeError, KeyError, TypeError, ValueError, regex.error) as exc:
                raise ConfigError(
                    str(resolve_pattern_path(path)), f"{key}[{i}]: bad pattern: {exc}"
                ) from exc
        out[key] = tuple(forms)
    return out


def load_patterns() -> None:
    """Read every target data file now (cues, exclusions, plan forms, subject words), so a
    malformed one fails at load time, naming the file and key."""
    _cues()
    _forecast_before()
    _past_before()
    _mandate()
    _plan_forms()
    load_subject_words()


def _form_search(text: str, low: _Lowered, key: str, start: int, end: int) -> Any:
    """The first match of a `plans.json` form of `key` in [start, end), or None."""
    forms = _plan_forms()[key]
    if len(forms) > 1 and not low.may_match(_forms_gate(key), start, end):
        return None  # most ranges hold no form's word: one test, not one per form
    for form in forms:
        if form.may_match(low, start, end):
            m = form.pattern.search(text, start, end, timeout=timeout_for(end - start))
            if m:
                return m
    return None


@cache
def _forms_gate(key: str) -> Anchors | None:
    """The gate of every form of `key` at once (`union_anchors`)."""
    return union_anchors(form.gate for form in _plan_forms()[key])


class _Scan(NamedTuple):
    """Gates tested in one scan (`WordScan`): a gate's bit is set where its words occur,
    and kept only where its further gates' bits are set too (`_Cue.also`)."""

    scan: WordScan
    wordless: int  # the mask of the gates with no words: every text may match them
    spaced: int  # the mask of the gates with a space in a word
    needs: tuple[tuple[int, int], ...]  # (a gate's bit, the bits of its further gates)
    conjoined: int  # the mask of the gates with further gates
    further: int  # the mask of the further gates

    @classmethod
    def of(
        cls, gates: Sequence[tuple[Anchors | None, tuple[Anchors, ...], int]], free: int
    ) -> _Scan:
        """The scan of `gates` ((gate, further gates, bit)); a further gate's bit is one of
        `free` on (bits `free`, `free + 1`, ...)."""
        words = []
        wordless = spaced = conjoined = further = 0
        needs = []
        for gate, also, bit in gates:
            if gate is None:
                wordless |= bit
                continue
            need = 0
            for extra in also:
                need |= 1 << free
                words += [(w, ws, 1 << free) for _, group, ws in extra.roots for w in group]
                if extra.spaced:
                    spaced |= 1 << free
                free += 1
            if need:
                needs.append((bit, need))
                conjoined |= bit
                further |= need
            if gate.spaced:
                spaced |= bit
            words += [(w, word_start, bit) for _, ws, word_start in gate.roots for w in ws]
        return cls(WordScan.of(words), wordless, spaced, tuple(needs), conjoined, further)

    def conjoin(self, mask: int) -> int:
        """`mask` without the bits of the gates whose further gates do not all pass, and
        without the further gates' bits."""
        if mask & self.conjoined:
            for bit, need in self.needs:
                if mask & bit and mask & need != need:
                    mask ^= bit
        return mask & ~self.further


@cache
def _continuation_words() -> _Scan:
    """The gates of the continuation cues the article's scan leaves (`_Gates.continued`) as
    one scan (bit i: cue i)."""
    cues = _cues()
    gates = [
        (c.gate, c.also, 1 << i)
        for i, c in enumerate(cues)
        if c.kind == "continuation" and not _scanned_continuation(c)
    ]
    return _Scan.of(gates, len(cues))


@cache
def _clause_subject(rule_id: str) -> bool:
    """Whether the cue `rule_id` keeps a clause subject that names no party (`cues.jsonl`)."""
    return any(cue.clause_subject for cue in _cues() if cue.id == rule_id)


@cache
def _plan_only(rule_id: str) -> bool:
    """Whether the cue `rule_id` counts only in a plan report (`cues.jsonl`)."""
    return any(cue.plan_only for cue in _cues() if cue.id == rule_id)


@cache
def _after_deadline(rule_id: str) -> bool:
    """Whether the continuation `rule_id` needs a deadline of its own before it."""
    return any(cue.after_deadline for cue in _cues() if cue.id == rule_id)


@cache
def _plan_only_mask() -> int:
    """The bit mask of the cues that count only in a plan report."""
    return sum(1 << i for i, cue in enumerate(_cues()) if cue.plan_only)


# the regex each exclusion list of `exclusions.json` is an alternation in
_EXCLUSION_FORMS = {
    # a forecast word right before the modal is its subject, a noun ("a batch of projects
    # will be implemented"), not a forecast
    "forecast_before_cue": (
        r"(?i:\b(?:{})\b(?!\s+(?:will|shall|should|must|(?:is|are)\s+(?:to|set\s+to))\b))"
    ),
    "mandate_in_clause": r"(?i:\b(?:{})\b)",
    # the whole subject of a will-clause, fully matched: "Demand for EVs", "The global market"
    "forecast_subject": (
        r"(?i:\s*(?:[\w'’-]+\s+){{0,3}}?(?:{})(?:\s+(?:for|of|in)\s+[^,;]{{1,60}}?)?\s*)"
    ),
    "past_before_cue": r"(?i:\b(?:{})\s+(?:[\w'’-]+\s+){{0,3}}$)",
    "past_year_before": r"(?i:\b(?:{})\s+(?:in\s+)?$)",
    "past_in_list": r"(?i:\b(?:{})\b)",
    "past_act_cues": r"(?i:\b(?:{})\b)",
}


@cache
def _exclusion(key: str) -> tuple[Any, Anchors | None]:
    """The compiled exclusion regex of `key` and the words it needs."""
    words = load_json("targets/exclusions.json")[key]
    source = _EXCLUSION_FORMS[key].format("|".join(words))
    return regex.compile(source), anchors(source, _common_words())


def _forecast_before() -> Any:
    return _exclusion("forecast_before_cue")[0]


def _mandate() -> Any:
    return _exclusion("mandate_in_clause")[0]


def _forecast_subject() -> Any:
    return _exclusion("forecast_subject")[0]


_PAST_YEAR_CHARS = 16  # "previously in " before a year


def _past_year(text: str, y: YearMention) -> bool:
    """A year right after "earlier", "previously", "already": a past event's, no deadline."""
    window = text[max(0, y.start - _PAST_YEAR_CHARS) : y.start]
    return _exclusion("past_year_before")[0].search(window) is not None


def _past_before() -> Any:
    return _exclusion("past_before_cue")[0]


@cache
def _met_after() -> Any:
    """ "... and has met its specific target one year ahead of schedule": a goal the
    objective's own clause says is met (the words of `past_before_cue`)."""
    words = "|".join(load_json("targets/exclusions.json")["past_before_cue"])
    return regex.compile(
        rf"(?i:\band\s+(?:has|have|had)\s+(?:already\s+)?(?:{words})\s+(?:its|their|the|this|that)"
        r"\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?|objectives?)\b)"
    )


class _Lowered:
    """The text lower-cased, to skip a case-insensitive regex call that cannot match: every
    string such a pattern matches lower-cases to the pattern's letters, except `ſ` (matches
    s) and `İ` (matches i, and lower-cases to two characters), which are mapped first.
    Whitespace is spaces, so a gate word with a space ("is to") is one search; where two
    or more whitespace characters run, such a word is not relied on (`_runs`)."""

    _FOLD = str.maketrans({"ſ": "s", "İ": "i"})
    WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")

    def __init__(self, text: str) -> None:
        if "ſ" in text or "İ" in text:
            text = text.translate(self._FOLD)
        low = text.lower()
        for ch in WHITESPACE[1:]:  # str.replace is much faster than a translate table
            if ch in low:
                low = low.replace(ch, " ")
        self.text = low
        runs, i = [], low.find("  ")
        while i >= 0:
            runs.append(i)
            i = low.find("  ", i + 1)
        self.runs = runs  # where two or more whitespace characters run

    def irregular(self, start: int, end: int) -> bool:
        """Whether whitespace runs in [start, end)."""
        i = bisect_left(self.runs, start)
        return i < len(self.runs) and self.runs[i] < end

    def has(self, word: str, start: int, end: int) -> bool:
        return self.text.find(word, start, end) >= 0

    def begins_word(self, words: Iterable[str], start: int, end: int) -> bool:
        """Whether one of `words` begins a word in [start, end) (see `word_starts`)."""
        low, chars = self.text, self.WORD_CHARS
        for w in words:
            i = low.find(w, start, end)
            while i >= 0:
                if i == 0 or low[i - 1] not in chars:
                    return True
                i = low.find(w, i + 1, end)
        return False

    def word_starts(self, words: Iterable[str], start: int, end: int) -> list[int]:
        """Sorted offsets in [start, end) where one of `words` begins a word."""
        return sorted(i for w in words for i in self.occurrences(w, start, end, True))

    def may_match(self, gate: Anchors | None, start: int, end: int) -> bool:
        """Whether a pattern with this gate may match in [start, end)."""
        if gate is None or (gate.spaced and self.irregular(start, end)):
            return True
        low, chars = self.text, self.WORD_CHARS
        for root, words, word_start in gate.roots:
            i = low.find(root, start, end)
            while i >= 0:
                if (not word_start or i == 0 or low[i - 1] not in chars) and low.startswith(
                    words, i, end
                ):
                    return True
                i = low.find(root, i + 1, end)
        return False

    def occurrences(self, word: str, start: int, end: int, word_start: bool) -> list[int]:
        """Offsets in [start, end) where `word` occurs; with `word_start`, only where no
        letter, digit or underscore precedes it (such a character would rule out `\\b`)."""
        low, chars = self.text, self.WORD_CHARS
        found = []
        i = low.find(word, start, end)
        while i >= 0:
            if not word_start or i == 0 or low[i - 1] not in chars:
                found.append(i)
            i = low.find(word, i + 1, end)
        return found


_PAST_LIST_WINDOW = 120


def _past_list(text: str, low: _Lowered, cue_start: int) -> bool:
    """Whether the list item right before a continuation ("of which 3,900 were completed in
    2020" before ", 3,290 in 2021") is a record of the past: a past auxiliary
    (`past_in_list`) after the last clause comma or semicolon."""
    start = max(0, cue_start - _PAST_LIST_WINDOW)
    start = max(start, text.rfind(", ", start, cue_start), text.rfind("; ", start, cue_start))
    return _may_exclude(low, "past_in_list", start, cue_start) and (
        _exclusion("past_in_list")[0].search(text, start, cue_start) is not None
    )  # bounded: a 120-char window


def _may_exclude(low: _Lowered, key: str, start: int, end: int) -> bool:
    """Whether a word of the exclusion list `key` may begin in [start, end)."""
    return low.may_match(_exclusion(key)[1], start, end)


# "..., under a plan issued by the provincial government", "..., the municipal bureau said",
# "..., SinoCast Transportation Beat reports":
# the report of the objective at the end of its sentence is not part of it
_TRAILING_REPORT = regex.compile(
    r"(?i:,\s+(?:(?:according\s+to|under|in\s+line\s+with)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:plan|programme|program|guidelines?|document|notice|circular|scheme|strategy)s?\b"
    r"|(?:the\s+)?(?:[\w’'-]+,?\s+){1,8}?(?:said|says|added|noted|reports|reported)\b"
    r"(?:\s+on\s+\w+(?:\s+\d{1,2})?)?"
    r"\s*[.]?$))"
)
# derived from it: the comma every match holds, looked for before the regex runs
_TRAILING_REPORT_PIECES = Pieces.of(_TRAILING_REPORT)
_DANGLING_PREPOSITION = regex.compile(
    r"(?i:\s+(?:by\s+then|then|by\s+the\s+end\s+of|by\s+the\s+year|in\s+the\s+(?:first|second)\s+half\s+of|"
    r"by|in|on|for|during|at\s+the\s+end\s+of|later|early))\s*$"
)
# derived from it: no match starts before the last this many characters of a text where
# no two whitespace characters stand together (`spaced_width`, plus a run cut at the start)
_DANGLING_SPACED = spaced_width(_DANGLING_PREPOSITION.pattern)
_DANGLING_WIDTH = None if _DANGLING_SPACED is None else _DANGLING_SPACED + 3
_QUARTER = regex.compile(
    r"(?i:\b(?:in|by|during|for|before)\s+the\s+(?:first|second|third|fourth|final|last)\s+"
    r"(?:quarter|half)\b(?!\s+of\b))"
)
_DURING = regex.compile(r"(?i:\b(?:during|in|over|for|within)\s+(?:the\s+)?)$")
_PASSIVE = regex.compile(r"be\s+\w+ed\b")
# "Zhejiang's annual output of NEVs [will exceed]": the party owns the subject, which is
# what the objective is about
_POSSESSED = regex.compile(
    r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+[a-z][^,;]*?\s*(?:also\s+)?"
)
# "the amount of energy consumption per unit of the province's GDP [shall have fallen]": a
# measure of something a party owns, what the objective is about
_QUANTITY_OF = regex.compile(
    r"(?i:the\s+(?:[\w-]+\s+){0,3}?(?:amount|number|share|proportion|ratio|scale|level|volume"
    r"|value|output|capacity|intensity)\s+of\s)"
)
# "by 2023, NEV production may account for 10% while 70% of parts will come from ...": a
# contrasting clause opens even with no comma before it
_CLAUSE_OPENING = regex.compile(
    r"[,;:]\s+(?:(?:and|while|whereas|but)\s+)?|\s(?:while|whereas)\s+|^"
    # a clause reported by a plan or a statement: "announced a plan that all new vehicles
    # sold in China will be EVs by 2035"
    r"|(?i:\s(?:plans?|goals?|targets?|announced|said|says|stated|pledged|promised|vowed)\s+that\s+)"
)


# a short list after the objective ("including" or "such as" and its items), then the
# deadline that closes the sentence
_ASIDE_DEADLINE = regex.compile(
    r"(?i:,\s+(?:including|such\s+as)\s+[^,;:.]{1,80}(?:,\s+[^,;:.]{1,60}){0,4},\s+"
    r"(?:by|before)\s+(?:the\s+end\s+of\s+)?)(?=(?:19|20)\d\d\s*[.;!?]?\s*$)"
)

# what opens a short list inside a clause
_LIST_OPENER = regex.compile(r"(?i:\b(?:such\s+as|including|includes?)\s)")
_CLAUSE_BREAK = regex.compile(r"(?i:\b(?:while|whereas|but|and\s+(?:the|a|an|its|their))\b)")


def _clause_start(text: str, s_start: int, cue_start: int) -> int:
    """Where the clause holding the cue begins: the sentence start or after its last comma."""
    starts = [
        m.end()
        for m in _CLAUSE_OPENING.finditer(text, s_start, cue_start)  # bounded: linear in one clause
        if not (text[m.end() : m.end() + 1].isupper() and in_name_list(text, m.end(), cue_start))
    ]
    opener = (
        _LIST_OPENER.search(text, max(s_start, starts[0] - 40), cue_start)  # bounded: a clause
        if len(starts) > 1
        else None
    )
    if opener is not None:
        # "New industries such as cement, non-ferrous metals, plate glass and steel will be
        # prohibited", "the goal, which includes city buses, taxis and logistics vehicles,
        # will be increased": the commas of a short list after its opener open no clause
        at = opener.start()
        for later in _LIST_OPENER.finditer(text, opener.end(), cue_start):  # bounded: a clause
            at = later.start()
        inside = [x for x in starts if x > at]
        if (
            at >= 0
            and inside
            and all(b - a <= 40 for a, b in pairwise([at, *inside]))
            and "," not in text[inside[-1] : cue_start]
            and not _CLAUSE_BREAK.search(text, inside[-1], cue_start)  # bounded: one clause
        ):
            before = [x for x in starts if x <= at]
            return before[-1] if before else s_start
    return starts[-1] if starts else s_start


_AND_BEFORE_CUE = regex.compile(r"(?i:\band\s+(?:also\s+)?)$")


@cache
def _will_by_mask() -> int:
    """The bit mask of the will-clause cues (kind `will_by`)."""
    return sum(1 << i for i, cue in enumerate(_cues()) if cue.kind == "will_by")


def _no_form(low: _Lowered, key: str, start: int, end: int) -> bool:
    """Whether no `plans.json` form of `key` may match in any range inside [start, end):
    each has a gate, and none passes there (a gate that fails in a range fails in every
    range inside it)."""
    return all(
        form.gate is not None and not low.may_match(form.gate, start, end)
        for form in _plan_forms()[key]
    )


def _will_clauses_pass_over(
    text: str,
    low: _Lowered,
    spans: Sequence[tuple[int, int]],
    index: int,
    years: Sequence[YearMention],
    year_starts: Sequence[int],
    published: date | None,
    dated: int,
) -> bool:
    """Whether `find_targets` passes over every will-clause of sentence `index`, wherever
    it matches: the sentence names no year (a compared one aside), opens with no "by then"
    pointing to one, says no "by then", holds no relative period (with a publication date)
    and no by-date, and reports no plan. A sentence whose only cues are will-clauses then
    makes no target, nor do the continuations after them: its cues need not be read."""
    s_start, s_end = spans[index]
    lo, hi = bisect_left(year_starts, s_start), bisect_left(year_starts, s_end)
    if any(not y.comparison or y.role == "target" for y in years[lo:hi]):
        return False
    if _says_by_then(text, low, s_start, s_end):
        return False
    if published is not None and not _no_form(low, "relative_period", s_start, s_end):
        return False
    if dated and _dated(text, low, s_start, s_end, True) is not None:
        return False
    if _then_opening_year(text, low, spans, index, years, year_starts, published) is not None:
        return False
    return _form_search(text, low, "plan_report", s_start, s_end) is None


def _says_by_then(text: str, low: _Lowered, start: int, end: int) -> bool:
    """Whether text[start:end] points back to a deadline named before ("by then", "by that
    time": the `by_then` forms of plans.json)."""
    return _form_search(text, low, "by_then", start, end) is not None


def find_targets(
    text: str,
    sentences: Sentences,
    years: Sequence[YearMention],
    amounts: Sequence[Amount],
    published: date | None = None,
    firms: Sequence[tuple[int, int]] = (),
) -> list[Target]:
    """Targets in reading order; a target stated twice is two records. `firms` are the
    spans of firm mentions, the likeliest committing parties."""
    spans = sentences.spans
    out: list[Target] = []
    if not spans:
        return out
    low = _Lowered(text)
    body_start, body_end = spans[0][0], spans[-1][1]
    amount_starts = [a.start for a in amounts]
    if any(a.start > b.start for a, b in pairwise(years)):
        years = sorted(years, key=lambda y: y.start)
    year_starts = [y.start for y in years]
    last_subject: str | None = None
    last_deadline: int | None = None  # what "by then" in a later sentence points back to
    subjects = SubjectFinder(text, spans, firms)
    # the sentences where a cue, a past-goal or forecast word or a year-less date may
    # occur, found once
    gates = _gates()
    for index, mask in sorted(_sentence_gates(low, spans, body_start, body_end).items()):
        if not mask & gates.cues:
            continue
        s_start, s_end = spans[index]
        if not mask & gates.cues & ~_will_by_mask() and _will_clauses_pass_over(
            text, low, spans, index, years, year_starts, published, mask & gates.dated
        ):
            continue  # most will-clauses: no cue regex, no continuation, nothing made
        found = _cue_matches(
            text,
            low,
            s_start,
            s_end,
            mask & gates.cues,
            bool(mask & gates.past),
            bool(mask & gates.forecast),
            mask & gates.continued,
        )
        found = _one_object(text, _drop_overlapping(found))
        # "and to <verb>" adds an objective only after a real cue
        while found and found[0][3].endswith(":continuation"):
            found.pop(0)
        if not found:
            continue
        # years are in reading order: the sentence's are a slice of them
        lo, hi = bisect_left(year_starts, s_start), bisect_left(year_starts, s_end)
        # a compared year is no deadline, unless the year rules call it one ("from 2025 to be")
        sentence_years = [y for y in years[lo:hi] if not y.comparison or y.role == "target"]
        found = _gapped_only_after_a_deadline(text, low, found, years[lo:hi], mask & gates.dated)
        previous_year: int | None = None
        plan_report: bool | None = None  # computed once needed
        if mask & _plan_only_mask() and any(_plan_only(f[3].partition(":")[0]) for f in found):
            # "should" outside a plan report is an expectation: no cue, and no clause limit
            plan_report = _form_search(text, low, "plan_report", s_start, s_end) is not None
            if not plan_report:
                found = [f for f in found if not _plan_only(f[3].partition(":")[0])]
                if not found:
                    continue
        fronted = [y for y in sentence_years if _is_fronted(text, low, y, s_start)]
        # "By then, X will ...", "At that time, X will ...": the year the sentence before named
        then_year = _then_opening_year(text, low, spans, index, years, year_starts, published)
        first_in_sentence = len(out)
        previous_kind = ""  # of the sentence's last target: will-clauses share a deadline
        joined = False  # whether two cues of the sentence are joined by "and"
        previous_end = s_start
        past_listed = False  # whether a gapped list of the sentence records the past
        for i, (o_start, o_end, cue_start, rule) in enumerate(found):
            rule_id, _, kind = rule.partition(":")
            if kind == "continuation" and len(out) == first_in_sentence:
                continue  # the cue before it made no target (a mandate, a forecast)
            if kind == "continuation" and (past_listed or _past_list(text, low, cue_start)):
                # "..., of which 3,900 were completed in 2020, 3,290 in 2021 and 2,810 in
                # 2022": a list of what was done, to its end
                past_listed = True
                continue
            past_listed = past_listed and kind == "continuation"  # a new cue, a new list
            if (
                kind == "will_by"
                and not sentence_years
                and (previous_year is None or previous_kind != "will_by")
                and then_year is None
                and not _says_by_then(text, low, s_start, s_end)
            ):
                # a will-clause with no year in its sentence counts only in a plan report
                # or after a fronted relative period (the tests below, made cheap first)
                if plan_report is None:
                    plan_report = _form_search(text, low, "plan_report", s_start, s_end) is not None
                if (
                    not plan_report
                    and (
                        published is None
                        or _form_search(text, low, "relative_period", s_start, cue_start) is None
                    )
                    and (not mask & gates.dated or _dated(text, low, s_start, s_end, True) is None)
                ):
                    continue
            full_end: int | None = None  # _segment_end(text, o_start, s_end), once needed
            if o_end < 0:
                next_cue = found[i + 1][2] if i + 1 < len(found) else s_end
                if next_cue < s_end:
                    o_end = _segment_end(text, o_start, next_cue, low)
                    if not found[i + 1][3].endswith(":continuation"):
                        # a continuation goes on with this party: no new subject before it
                        o_end = _before_next_subject(text, o_start, o_end)
                    if found[i + 1][3].endswith(":will_by"):
                        # "will add 40 stations, taxi fleets will reach ...": the next
                        # clause's subject is not part of this objective
                        o_end = _before_last_comma(text, o_start, o_end)
                else:
                    o_end = full_end = _segment_end(text, o_start, s_end, low)
            # the deadline of "the 500,000-vehicle target for 2025" follows the objective
            if kind in ("before", "self"):
                full_end = limit = _segment_end(text, o_start, s_end, low)
            else:
                limit = o_end
            in_segment = [y for y in sentence_years if o_start <= y.start < limit]
            if in_segment:
                if full_end is None:
                    full_end = _segment_end(text, o_start, s_end, low)
                in_segment = [y for y in in_segment if y.start < full_end + 1]
            elif sentence_years and sentence_years[-1].start > limit:
                # "launch 3,000 vehicles, including fuel cell buses and logistics vehicles,
                # by 2020.": a deadline closing the sentence after a list the objective opens
                aside = _ASIDE_DEADLINE.match(text, limit, s_end)  # bounded: one sentence
                if aside is not None:
                    in_segment = [y for y in sentence_years if y.start <= aside.end() < y.end]
            if plan_report is None and kind == "will_by":
                plan_report = _form_search(text, low, "plan_report", s_start, s_end) is not None
            # "By 2026, X will ..., and Y will ...": a fronted deadline governs each clause;
            # a sentence reporting a plan makes each forward-looking clause a target
            governed = kind == "will_by" and (
                bool(plan_report)
                or any(y.start < cue_start for y in fronted)
                or (
                    published is not None
                    and _form_search(text, low, "relative_period", s_start, cue_start) is not None
                )
                or (previous_year is not None and previous_kind == "will_by")
                or then_year is not None
                or _points_back(text, low, o_start, o_end, last_deadline)
                # "... in 2025, and a world-class cluster will take shape then": the year
                # named before in the sentence
                or (
                    any(y.end <= cue_start for y in sentence_years)
                    and low.has("then", o_start, o_end)
                    and _form_search(text, low, "then", o_start, _strip_end(text, o_start, o_end))
                    is not None
                )
                # "..., of which 10 percent will be sold overseas": a share of the target
                # just made in this sentence
                or (
                    len(out) > first_in_sentence
                    and _form_search(
                        text, low, "share_clause", max(s_start, cue_start - 80), cue_start
                    )
                    is not None
                )
            )
            if any(
                low.has(w, o_start, o_end) for w in (" has ", " have ", " had ")
            ) and _met_after().search(text, o_start, o_end, timeout=timeout_for(o_end - o_start)):
                continue  # "pledged to improve X ... and has met its target": a met goal
            if kind == "will_by":
                clause_at = _clause_start(text, s_start, cue_start)
                # most objectives hold none of the lists' words: no regex call (a timeout's
                # clock reads)
                if _may_exclude(low, "mandate_in_clause", clause_at, o_end) and _mandate().search(
                    text, clause_at, o_end, timeout=timeout_for(o_end - clause_at)
                ):
                    # "chargers will receive a subsidy of 200 yuan", "buyers of plug-in hybrids
                    # will receive up to 50,000 yuan" (the clause's subject names who benefits):
                    # a rule
                    continue
                if _may_exclude(
                    low, "forecast_subject", clause_at, cue_start
                ) and _forecast_subject().fullmatch(
                    text, clause_at, cue_start, timeout=timeout_for(cue_start - clause_at)
                ):
                    continue  # "Demand for EVs will rise to 6.3 million by 2020": a forecast
            if (
                kind == "will_by"
                and not governed
                and not any(
                    # "by 2025", "no later than 2019" (not "will run until 2025": a
                    # duration); the year mention may hold its deadline words
                    _form_search(text, low, "will_deadline", max(o_start, y.start - 16), y.end)
                    is not None
                    or (
                        y.role == "period"
                        and _DURING.search(
                            text,
                            max(o_start, y.start - 12),
                            y.start,  # bounded: a 12-char window
                        )
                    )
                    for y in in_segment
                )
                # "By June 30, Nio's network will cover ...": a by-date with no year
                and (not mask & gates.dated or _dated(text, low, s_start, o_end, True) is None)
            ):
                continue
            if kind == "will_by" and (
                (
                    text.startswith("be", o_start)
                    and _PASSIVE.match(text, o_start)  # bounded: linear, from one position
                )
                or not subjects.names_party(
                    clause := _clause_start(text, s_start, cue_start), cue_start
                )
                or _POSSESSED.fullmatch(text, clause, cue_start) is not None
                or _QUANTITY_OF.match(text, _after_fronted_deadline(text, clause, cue_start))
                is not None  # bounded: no repetition, from one position
            ):
                # "All 96 service areas ... will be equipped", "the number of fuel cell
                # vehicles will exceed 10,000": the clause's subject is part of the objective
                clause = max(_clause_start(text, s_start, cue_start), previous_end)
                if not text[clause:cue_start].strip():
                    # "an ecosystem ..., a hydrogen park ..., will be established"
                    clause = max(_subject_start(text, s_start, clause), previous_end)
                clause = _after_previous(text, clause, previous_end, cue_start)
                o_start = _after_fronted_deadline(text, clause, cue_start)
            elif _clause_subject(rule_id) and not subjects.names_party(
                clause := max(_clause_start(text, s_start, cue_start), previous_end), cue_start
            ):
                # "The FCV parc in the area is set to reach 5,000 units": the subject is
                # what the objective is about, not who commits
                if not text[clause:cue_start].strip():
                    clause = max(_subject_start(text, s_start, clause), previous_end)
                if not subjects.names_party(clause, cue_start):
                    clause = _after_previous(text, clause, previous_end, cue_start)
                    o_start = min(o_start, _after_fronted_deadline(text, clause, cue_start))
            deadline = _deadline(
                text,
                low,
                o_start,
                o_end,
                cue_start,
                s_start,
                in_segment,
                sentence_years,
                previous_year,
                published,
                fronted,
                last_deadline,
            )
            if deadline is None and then_year is not None:
                deadline = then_year
            # amounts are sorted by start: the objective's are a slice of them
            lo, hi = bisect_left(amount_starts, o_start), bisect_right(amount_starts, o_end)
            first = next((a for a in amounts[lo:hi] if a.end <= o_end), None)
            if first is not None and _FROM_BEFORE.search(
                text, max(0, first.start - 6), first.start
            ):
                # bounded: 6 chars; "increase the ratio from 2% in 2018 to 23%": the new level
                later = [a for a in amounts[lo:hi] if a.start > first.end and a.end <= o_end]
                to = next((a for a in later if _TO_BEFORE.search(text, a.start - 4, a.start)), None)
                first = to or first
            if kind == "self" and first is not None:
                # "revised its target upward by 10 per cent to 1.1 million": the amount the
                # target is set at or to comes last
                first = next(a for a in reversed(amounts[lo:hi]) if a.end <= o_end)
            dated = None
            if mask & gates.dated and deadline is None:
                # "plans to roll out X in Japan starting January": a date with no year
                dated = _dated(
                    text,
                    low,
                    s_start if kind == "will_by" else o_start,
                    o_end,
                    kind == "will_by",
                    published is not None,
                )
                if dated is not None and published is not None:
                    deadline = _dated_year(dated, published)
            continued = i + 1 < len(found) and found[i + 1][3].endswith(":continuation")
            next_at = found[i + 1][2] if i + 1 < len(found) else s_end
            if (
                not continued
                and i + 1 < len(found)
                and found[i + 1][3].endswith(":after")
                and _AND_BEFORE_CUE.search(text, max(o_start, next_at - 12), next_at)
            ):
                # "aspires to be among the top ten and plans to sell 5 million by 2030": two
                # cues of one party share the deadline at the end
                continued = joined = True
            if (
                deadline is None
                and first is None
                and not continued
                and dated is None
                # "aims to launch the model within a year" in an undated article: a
                # deadline all the same, one the publication date would resolve
                and (
                    published is not None
                    or _form_search(text, low, "relative_period", o_start, o_end) is None
                )
            ):
                # no target here, but a party named with a cue owns the plan reported next
                named, stated = subjects.find(index, s_start, cue_start)
                if stated and named and named == subjects.sentence_subject(index):
                    last_subject = named
                continue
            if first is None and _heads_goal_list(text, low, s_start, s_end):
                continue  # "aims to achieve the following goals by 2025:": its items are
            text_end = _text_end(text, low, o_start, o_end, in_segment, kind == "self")
            if dated is not None and (dated.groupdict().get("by") or dated.groupdict().get("from")):
                # "set up retailers in 22 cities starting late January but ...": the
                # objective stops before its deadline phrase
                at = dated.start("prep") if dated.groupdict().get("prep") else dated.start()
                if o_start + 3 < at < text_end and not _bare(text[o_start:at]):
                    text_end = _strip_end(text, o_start, at)
            if kind == "continuation" and len(out) > first_in_sentence:
                # "... by next year and of expanding that number ...": the same party
                subject, stated = out[-1].subject, True
            else:
                subject, stated = subjects.find(index, s_start, cue_start)
                # "far below the government's goal of 250,000 vehicles": a goal the objective
                # opens by naming its owner
                possessor = (
                    _POSSESSOR.match(text, cue_start, o_end)  # bounded: four words at the cue
                    if kind == "self"
                    else None
                )
                if possessor is not None:
                    owner, owned = subjects.find(index, s_start, possessor.end("owner"))
                    if owned and owner is not None:
                        subject, stated = owner, owned
            if plan_report:
                # "..., according to a document released by the municipal government"
                owner = _form_search(text, low, "plan_owner", cue_start, s_end)
                if owner is not None:
                    subject, stated = owner.group("owner"), True
            if not stated and not (
                # "the battery maker plans to" after a place's target: the firm it points to
                subject is not None
                and subjects.reference == "firm"
                and last_subject is not None
                and subjects.is_place(last_subject)
            ):
                # (a firm reference never falls back to a place: "the company will deliver
                # buses to the city of Foshan. The company aims to")
                fallback = "firm" if subjects.reference == "firm" else None
                subject = last_subject or subjects.earlier(index, fallback, s_start)
            last_subject = subject
            out.append(
                Target.stating(
                    _head_start(text, rule_id, cue_start, o_start),
                    text_end,
                    deadline,
                    first,
                    subject,
                    rule_id,
                )
            )
            # a deadline of its own that no publication date resolves ("over the next five
            # years" with none): the objective is dated, if with no year
            out[-1].dated = dated is not None or (
                published is None
                and deadline is None
                and _form_search(text, low, "relative_period", o_start, o_end) is not None
            )
            previous_year = deadline if deadline is not None else previous_year
            previous_kind, previous_end = kind, text_end
            last_deadline = deadline if deadline is not None else last_deadline
        _share_trailing_deadline(out, first_in_sentence, found, joined)
        # an objective kept for a deadline its continuation states: still none, no target
        out[first_in_sentence:] = [
            t
            for t in out[first_in_sentence:]
            if t.year is not None or t.value is not None or t.dated
        ]
    # a line may end with a colon, or a bulleted heading name goals
    if ":\n" in text or ": \n" in text or ":\t" in text or _may_head_bulleted_list(low, text):
        listed = _goal_lists(text, low, body_start, body_end, years, amounts, out, subjects)
        if listed:
            out = sorted(out + listed, key=lambda t: t.start)
    return out


def _head_start(text: str, rule_id: str, cue_start: int, o_start: int) -> int:
    """Where the objective's text begins: at its cue's `head` group, when the cue has one
    and it matches here, else at `o_start`. Read at the end, so the objective's deadline,
    amount and subject are still looked for after the cue's words only."""
    cue = _cue_by_id().get(rule_id)
    if cue is None or not cue.head or cue.kind != "after":
        return o_start
    m = cue.pattern.match(text, cue_start, o_start, timeout=timeout_for(o_start - cue_start))
    return m.start(cue.head) if m is not None and m.end() == o_start else o_start


@cache
def _cue_by_id() -> dict[str, _Cue]:
    return {cue.id: cue for cue in _cues()}


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _dated(
    text: str, low: _Lowered, start: int, end: int, by_only: bool = False, resolved: bool = False
) -> Any:
    """The first deadline in [start, end) named by a date with no year (`dated_deadline` of
    plans.json: "starting late January", "By June 30", "before the end of the year"), or
    None; with `by_only`, only one led by `by`, `before` or `until`; with `resolved` (a
    publication date is known), not a relative year, which the year rules have read."""
    for form in _plan_forms()["dated_deadline"]:
        groups = form.pattern.groupindex
        if (by_only and "by" not in groups) or (resolved and "rel" in groups):
            continue  # the form has no by-date ("this year"), or it is a year record
        if form.may_match(low, start, end):
            for m in form.pattern.finditer(text, start, end, timeout=timeout_for(end - start)):
                if not by_only or m.group(groups["by"]):  # by number: a name costs a lookup
                    return m
    return None


def _dated_year(m: Any, published: date) -> int:
    """The year of a year-less date: a month's next occurrence from publication on, `next
    year` the year after it, any other date the year of publication."""
    found = m.groupdict()
    if found.get("month"):
        # the next occurrence ("starting January" written in December is next year's),
        # unless the month has just passed ("launched on Jan. 16, with plans to deliver in
        # mid-February" written in March: this year's)
        month = _MONTHS.index(found["month"][:3].lower()) + 1
        if month >= published.month or (published - date(published.year, month, 15)).days <= 62:
            return published.year
        return published.year + 1
    return published.year + (str(found.get("rel") or "").lower() == "next")


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end


def _heads_goal_list(text: str, low: _Lowered, s_start: int, s_end: int) -> bool:
    """Whether the sentence ends in a colon and heads a goal list (`goal_heading`)."""
    end = s_end
    while end > s_start and text[end - 1] in " \t\n":
        end -= 1
    if end == s_start or text[end - 1] != ":":
        return False
    return _form_search(text, low, "goal_heading", max(s_start, end - 80), end) is not None


_LINE_END_COLON = regex.compile(r":[ \t]*(?=\n)")


def _indent(text: str, pos: int) -> int:
    """The spaces and tabs opening the line that holds `pos`."""
    line_start = text.rfind("\n", 0, pos) + 1
    return len(text[line_start:pos]) - len(text[line_start:pos].lstrip(" \t"))


def _may_head_bulleted_list(low: _Lowered, text: str) -> bool:
    """Whether a `goal_bulleted_heading` form's words are in the text (its gate)."""
    return any(f.may_match(low, 0, len(text)) for f in _plan_forms()["goal_bulleted_heading"])


def _goal_lists(
    text: str,
    low: _Lowered,
    start: int,
    end: int,
    years: Sequence[YearMention],
    amounts: Sequence[Amount],
    found: Sequence[Target],
    subjects: SubjectFinder | None = None,
) -> list[Target]:
    """The items of a bulleted list under a goal heading ("Industry Scale Goals:",
    "By 2025:"), one target per clause; the deadline is the heading's year or that of a
    colon-ended line right above it. Items a cue already made a target are left alone."""
    forms = _plan_forms()
    item, clauses = forms["list_item"][0], forms["list_clause"]
    out: list[Target] = []
    amount_starts = [a.start for a in amounts]
    # a heading may sit above the first body sentence (the reader counts it as a header line)
    # (from the text's start: the heading may stand above the body, before `start`)
    # (line start, the colon's start, end, form, a bulleted heading's indent)
    headings: list[tuple[int, int, int, _Form, int | None]] = []
    for colon in _LINE_END_COLON.finditer(text, 0, end, timeout=MATCH_TIMEOUT_S):
        h_start = text.rfind("\n", 0, colon.start()) + 1
        line = text[h_start : colon.end()]
        form = next(
            (f for f in forms["goal_heading"] if f.pattern.search(line, timeout=MATCH_TIMEOUT_S)),
            None,
        )
        if form is not None:
            headings.append((h_start, colon.start(), colon.end(), form, None))
    for form in forms["goal_bulleted_heading"]:
        if form.may_match(low, 0, end):
            for m in form.pattern.finditer(text, 0, end, timeout=MATCH_TIMEOUT_S):
                if m.end() < end:
                    headings.append((m.start(), m.end(), m.end(), form, len(m.group("indent"))))
    for h_start, h_colon, h_end, heading, indent in sorted(headings, key=lambda h: h[0]):
        deadline = _line_year(text, years, h_start, h_end)
        if deadline is None:  # "The following goals must be met by 2025:" right above
            above_end = h_start
            while above_end > start and text[above_end - 1] in " \t\n":
                above_end -= 1
            if above_end > start and text[above_end - 1] == ":":
                deadline = _line_year(
                    text, years, text.rfind("\n", start, above_end) + 1, above_end
                )
        # "The group's 2030 strategic objectives include:": the heading's owner commits to
        # every item that names no party of its own
        owner = _heading_owner(subjects, h_start, h_colon)
        if owner is None and indent is not None and subjects is not None:
            # "The ministry ... issued a joint action plan" / "• key targets": a bulleted
            # heading names no party; the plan's owner named before it is the one
            owner = subjects.earlier(subjects.sentence_at(h_start), None, h_start)
        pos = h_end
        while pos < end:
            while pos < end and text[pos] in " \t\n":  # blank lines between items
                pos += 1
            line_end = text.find("\n", pos, end)
            line_end = end if line_end < 0 else line_end
            if indent is not None and _indent(text, pos) <= indent:
                break  # "  • key tasks": the next heading of the bulleted outline
            marker = item.pattern.match(text[pos:line_end], timeout=MATCH_TIMEOUT_S)
            if marker is None:
                break
            base = c_start = pos + marker.end()
            parts = sorted(
                (
                    (m, clause.dated_parts)
                    for clause in clauses
                    for m in clause.pattern.finditer(text[base:line_end], timeout=MATCH_TIMEOUT_S)
                ),
                key=lambda p: p[0].start(),
            )
            # after a sentence ends inside the item, a sentence is a goal of its own only
            # with its own deadline ("... in 2028. By 2035, ..."), not a description ("It
            # comprises 5,000 stations")
            dated_only = False
            for part, dated_parts in [*parts, (None, False)]:
                c_end = base + part.start() if part else line_end
                t_end = c_end
                while t_end > c_start and text[t_end - 1] in " .;,":
                    t_end -= 1
                inside = [t for t in found if t.start < t_end and c_start < t.end]
                for t in inside:
                    if t.year is None:  # "and plan to build about 50 stations" in an item
                        t.year = deadline
                if t_end - c_start > 12 and not inside:
                    lo = bisect_left(amount_starts, c_start)
                    first = amounts[lo] if lo < len(amounts) and amounts[lo].end <= t_end else None
                    year = deadline
                    # "• X will reach the peak in 2028" under goals for 2035: the item's own
                    # deadline; "The goals are set out below:": the item's own year
                    own = [
                        y.value
                        for y in years
                        if c_start <= y.start < t_end and (year is None or y.role == "target")
                    ]
                    year = own[0] if own else year
                    if dated_only and not own:
                        continue
                    # an item with neither is no target; nor is a forecast ("estimated at")
                    if deadline is None and (
                        (year is None and first is None)
                        or _forecast_before().search(text, c_start, t_end, timeout=MATCH_TIMEOUT_S)
                    ):
                        continue
                    subject = _item_subject(text, subjects, c_start, t_end) or owner
                    out.append(Target.stating(c_start, t_end, year, first, subject, heading.id))
                if part:
                    c_start = base + part.end()
                    dated_only = dated_only or dated_parts
            pos = line_end
    return out


_WILL = regex.compile(r"\s(?:will|shall)\s")


def _item_subject(text: str, subjects: SubjectFinder | None, start: int, end: int) -> str | None:
    """The party a list item names before its `will` ("Geely will start ..."), if any."""
    will = _WILL.search(text, start, end, timeout=timeout_for(end - start)) if subjects else None
    if subjects is None or will is None:
        return None
    named, stated = subjects.find(subjects.sentence_at(start), start, will.start())
    return named if stated else None


def _heading_owner(subjects: SubjectFinder | None, start: int, end: int) -> str | None:
    """The party a goal heading in [start, end) names or points to ("the ministry's plan")."""
    if subjects is None:
        return None
    index = subjects.sentence_at(start)
    named, _ = subjects.find(index, max(start, subjects.spans[index][0]), end)
    return named


_YEAR_DIGITS = regex.compile(r"\b(?:19|20)\d\d\b")


def _line_year(text: str, years: Sequence[YearMention], start: int, end: int) -> int | None:
    """The last year named in text[start:end]; a heading line outside the body sentences
    has no year mention, so its four digits are read."""
    inside = [y.value for y in years if start <= y.start < end and not y.comparison]
    if inside:
        return inside[-1]
    digits = list(_YEAR_DIGITS.finditer(text, start, end, timeout=timeout_for(end - start)))
    return int(digits[-1].group()) if digits else None


class _Gates(NamedTuple):
    """The gates a sentence is tested for once per article: those of the cues (bit i: cue
    i; continuations aside), of the past-goal and forecast exclusions and of the
    `dated_deadline` forms (one bit each after the cues'), and those of the continuations
    whose words all begin words (`_scanned_continuation`; bit i: cue i)."""

    scan: _Scan
    cues: int  # the mask of the cues
    past: int
    forecast: int
    dated: int
    continued: int = 0  # the mask of the continuations the article scan tests


@cache
def _gates() -> _Gates:
    cues = _cues()
    past, forecast, dated = (1 << (len(cues) + k) for k in range(3))
    gates: list[tuple[Anchors | None, tuple[Anchors, ...], int]] = [
        (cue.gate, cue.also, 1 << i) for i, cue in enumerate(cues) if cue.kind != "continuation"
    ]
    gates += [(_exclusion("past_before_cue")[1], (), past)]
    gates += [(_exclusion("forecast_before_cue")[1], (), forecast)]
    gates += [(form.gate, (), dated) for form in _plan_forms()["dated_deadline"]]
    # a continuation's words ("and", "by 20") join the article's one scan, which costs a
    # test per word found, not per sentence: the sentences with a cue (where continuations
    # are tried) need no scan of their own, but for a word that may begin anywhere (",",
    # ";": dozens an article), which `_continuation_mask` tests in those sentences only
    continued = [
        (cue.gate, cue.also, 1 << i) for i, cue in enumerate(cues) if _scanned_continuation(cue)
    ]
    gates += continued
    every = sum(1 << i for i, cue in enumerate(cues) if cue.kind != "continuation")
    scan = _Scan.of(gates, len(cues) + 3)
    return _Gates(scan, every, past, forecast, dated, sum(bit for _, _, bit in continued))


def _scanned_continuation(cue: _Cue) -> bool:
    """Whether the article's scan tests the continuation `cue`: its gate and further
    gates are words that begin words."""
    return (
        cue.kind == "continuation"
        and cue.gate is not None
        and all(ws for gate in (cue.gate, *cue.also) for _, _, ws in gate.roots)
    )


def _sentence_gates(
    low: _Lowered, spans: Sequence[tuple[int, int]], start: int, end: int
) -> dict[int, int]:
    """sentence index -> the mask of the gates (`_Gates`) that may match there (a
    sentence with none is left out): one scan of the article for all of them."""
    gates = _gates().scan
    wordless, spaced = gates.wordless, gates.spaced
    masks: dict[int, int] = dict.fromkeys(range(len(spans)), wordless) if wordless else {}
    starts = [s for s, _ in spans]
    if spaced:  # a gate word with a space may match across a whitespace run
        for offset in low.runs:
            index = bisect_right(starts, offset) - 1
            if index >= 0 and offset < spans[index][1]:  # a run inside the sentence
                masks[index] = masks.get(index, 0) | spaced
    for offset, mask in gates.scan.scan(low.text, start, end):
        index = bisect_right(starts, offset) - 1
        masks[index] = masks.get(index, 0) | mask
    if gates.needs:
        masks = {index: gates.conjoin(mask) for index, mask in masks.items()}
    return masks


def _continuation_mask(low: _Lowered, start: int, end: int) -> int:
    """The bit mask of the continuation cues of `_continuation_words` that may match in
    [start, end): the test of each one's gates (`_Lowered.may_match`), in one scan for them
    all."""
    gates = _continuation_words()
    mask = gates.wordless
    if gates.spaced and low.irregular(start, end):
        mask |= gates.spaced
    for _, found in gates.scan.scan(low.text, start, end):
        mask |= found
    return gates.conjoin(mask)


def _cue_matches(
    text: str,
    low: _Lowered,
    s_start: int,
    s_end: int,
    mask: int,
    past: bool = True,
    forecast: bool = True,
    continued: int = 0,
) -> list[tuple[int, int, int, str]]:
    """(obj_start, obj_end, cue_start, rule) of the cues of `mask` in a sentence, in cue
    order; continuation cues only when another cue matched. `past`, `forecast`: whether
    the sentence may hold a past-goal or a forecast word (else they are not tested);
    `continued`: the continuations of `_Gates.continued` the article's scan lets through."""
    cues = _cues()
    per_cue: dict[int, list[tuple[int, int, int, str]]] = {}
    while mask:
        i = (mask & -mask).bit_length() - 1  # the lowest cue of the mask
        mask &= mask - 1
        found = _matches(text, low, s_start, s_end, cues[i], past, forecast)
        if found:
            per_cue[i] = found
    if per_cue:
        mask = _continuation_mask(low, s_start, s_end) | continued
        while mask:
            i = (mask & -mask).bit_length() - 1
            mask &= mask - 1
            per_cue[i] = _matches(text, low, s_start, s_end, cues[i], past, forecast)
    return [f for i in sorted(per_cue) for f in per_cue[i]]


def _matches(
    text: str,
    low: _Lowered,
    s_start: int,
    s_end: int,
    cue: _Cue,
    past: bool = True,
    forecast: bool = True,
) -> list[tuple[int, int, int, str]]:
    found: list[tuple[int, int, int, str]] = []
    for need in cue.needs:  # a regex call tries every position: cheap word tests first
        if not low.may_match(need, s_start, s_end):
            return found
    expectation = forecast and (cue.kind == "will_by" or cue.id == "target.set_to")
    obj = 0  # the objective's group, read by number (a name costs a lookup per match)
    # a sentence of at most UNTIMED_CHARS is read without a timeout (two clock reads)
    for m in cue.pattern.finditer(text, s_start, s_end, timeout=timeout_for(s_end - s_start)):
        if (
            past
            and _may_exclude(low, "past_before_cue", s_start, m.start())
            and _past_before().search(
                text, s_start, m.start(), timeout=timeout_for(m.start() - s_start)
            )
        ):
            continue
        if (
            expectation
            and _may_exclude(low, "forecast_before_cue", s_start, m.start())
            and _forecast_before().search(
                text, s_start, m.start(), timeout=timeout_for(m.start() - s_start)
            )
            and not (
                # "X are likely to ..., while Y will ..., according to the plan": in a plan
                # report, a forecast in a contrasting clause does not reach the plan's clause
                (start := _contrast_start(text, s_start, m.start())) > s_start
                and not _forecast_before().search(
                    text, start, m.start(), timeout=timeout_for(m.start() - start)
                )
                and _form_search(text, low, "plan_report", s_start, s_end) is not None
            )
        ):
            continue  # inside a forecast: an expectation, not a commitment
        if cue.kind in ("before", "self"):
            obj = obj or cue.pattern.groupindex["obj"]
            o_start, o_end = m.span(obj)
            found.append((o_start, o_end, m.start(), f"{cue.id}:{cue.kind}"))
        else:
            found.append((m.end(), -1, m.start(), cue.id + ":" + cue.kind))
    return found


_CONTRAST = regex.compile(r"(?i:,\s+(?:while|whereas|but)\s|;\s)")


def _contrast_start(text: str, start: int, cue_start: int) -> int:
    """Where the clause of a cue begins after the last contrasting clause break before it
    (`, while`, `, whereas`, `, but`, `;`); the sentence start if none."""
    ends = [
        m.end()
        for m in _CONTRAST.finditer(text, start, cue_start, timeout=timeout_for(cue_start - start))
    ]
    return ends[-1] if ends else start


# the last conjunction before the next cue ("producing and selling 1 million vehicles by 2025
# and [intends to ...]": not the "and" between the two verbs of one object)
# the last "and ..." of an objective with no comma after it; a bare number after it ends a
# range ("between 2020 and 2025"), no next subject
_NEXT_CLAUSE = regex.compile(
    r"(?:,\s*|\s+)(?:and|while|but|whereas)\b(?!\s+[\d,.]+\s*[,;]?\s*$)"
    r"(?![^,;]*\b(?:and|while|but|whereas)\b)[^,;]*$"
)


def _before_next_subject(text: str, start: int, end: int) -> int:
    """`expand in Europe, and Xpeng [intends to ...]`: the objective stops before `and Xpeng`."""
    m = _NEXT_CLAUSE.search(text, start, end, timeout=timeout_for(end - start))
    return m.start() if m and m.start() > start else end


def _drop_overlapping(found: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """Two cues on the same words (`plans to` and `will`) make one target; a target noun
    (`self`: "will finish this year's sales goal of 300,000 units") wins over the `will`
    right before it, which needs a deadline of its own."""
    if len(found) < 2:
        return list(found)
    kept: list[tuple[int, int, int, str]] = []
    for f in sorted(found, key=lambda f: (f[2], f[3].endswith("will_by"))):
        clash = [
            j
            for j, k in enumerate(kept)
            if abs(f[0] - k[0]) < 12
            or (k[1] > 0 and k[0] <= f[0] < k[1])
            # "with a long-term target of": a cue inside another cue's words
            or k[2] <= f[2] < k[0]
        ]
        if len(clash) == 1 and (
            (
                f[3].endswith(":self")
                and kept[clash[0]][3].endswith(":will_by")
                and abs(f[0] - kept[clash[0]][0]) < 12
            )
            # "... and target an annual output of 15GWh": a cue of its own on the words a
            # continuation ("and" + verb) opens is that cue, not a second objective
            or (kept[clash[0]][3].endswith(":continuation") and not f[3].endswith(":continuation"))
            # "has set an overseas sales goal of 150,000 cars": the goal's noun phrase with
            # its amount (`self`) is the objective, not the amount after the cue's words
            or (
                f[3].endswith(":self")
                and kept[clash[0]][3].endswith(":after")
                and kept[clash[0]][2] <= f[0] < kept[clash[0]][0] < f[1]
            )
        ):
            kept[clash[0]] = f
        elif not clash:
            kept.append(f)
    return kept


@cache
def _forecast_clause() -> Any:
    """ "aims to sell 500,000 vehicles this year, and expects that to reach 1 million in
    2025": a coordinated clause opened by a forecast word (`forecast_before_cue`) ends the
    objective; what it expects is no part of the aim."""
    words = "|".join(load_json("targets/exclusions.json")["forecast_before_cue"])
    return regex.compile(
        rf"(?i:,?\s+and\s+(?:(?:it|they|he|she|we|the\s+\w+)\s+)?(?:also\s+)?(?:{words})\s+"
        r"(?:that|it|this|them|sales|deliveries|output|the|its|their)\b)"
    )


@cache
def _trailing_report_needs() -> tuple[Anchors, ...]:
    """The word sets every match of `_TRAILING_REPORT` needs besides its comma."""
    source = _TRAILING_REPORT.pattern
    return every_anchors(source, anchors(source, _common_words()), _common_words())


def _segment_end_form() -> _Form:
    """Where an objective clause stops: the one `segment_end` form of plans.json (one
    pattern, so that the earliest of its alternatives ends the clause)."""
    return _plan_forms()["segment_end"][0]


@cache
def _forecast_clause_needs() -> tuple[Anchors, ...]:
    """The cheapest word set every match of `_forecast_clause` needs (`every_anchors`), if
    it is one word or two: "and"."""
    source = _forecast_clause().pattern
    gate = anchors(source, _common_words())
    needs = every_anchors(source, gate, _common_words()) if gate is not None else ()
    cheapest = min(needs, key=lambda a: len(a.roots), default=None)
    return (cheapest,) if cheapest is not None and len(cheapest.roots) <= 2 else ()


def _one_object(
    text: str, found: list[tuple[int, int, int, str]]
) -> list[tuple[int, int, int, str]]:
    """In cue order, without a continuation that opens right after a lone verb: "plans to
    produce and sell 500,000 EVs" is two verbs of one object, one objective."""
    out: list[tuple[int, int, int, str]] = []
    for f in sorted(found, key=lambda f: f[2]):
        if out and f[3].endswith(":continuation") and out[-1][1] < 0:
            between = text[out[-1][0] : f[2]].strip()
            if between and not any(ch.isspace() or ch in ",;" for ch in between):
                continue
        out.append(f)
    return out


def _segment_end(text: str, start: int, limit: int, low: _Lowered | None = None) -> int:
    m = (
        _segment_end_form().pattern.search(text, start, limit, timeout=timeout_for(limit - start))
        # a quarter of the objectives hold none of its words (",", ";", "and")
        if low is None or low.may_match(_segment_end_form().gate, start, limit)
        else None
    )
    end = m.start() if m else limit
    forecast = (
        _forecast_clause().search(text, start, end, timeout=timeout_for(end - start))
        # most objectives hold no "and": no regex call (two clock reads for its timeout)
        if low is None or all(low.may_match(a, start, end) for a in _forecast_clause_needs())
        else None
    )
    end = forecast.start() if forecast else end
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end


def _deadline(
    text: str,
    low: _Lowered,
    o_start: int,
    o_end: int,
    cue_start: int,
    s_start: int,
    in_segment: Sequence[YearMention],
    sentence_years: Sequence[YearMention],
    previous_year: int | None,
    published: date | None = None,
    fronted: Sequence[YearMention] = (),
    last_deadline: int | None = None,
) -> int | None:
    # (not "earlier this year": when something was done)
    usable = [y for y in in_segment if y.role != "period" and not _past_year(text, y)]
    # "a third more than 2018", "double its 2020 sales ... this year": a base year before a
    # later deadline is none ("set its 2010 target at 700,000, ... in 2008" keeps 2010)
    bases = [
        y
        for i, y in enumerate(usable)
        if any(later.value > y.value for later in usable[i + 1 :])
        and _BASE_YEAR_BEFORE.search(text, max(0, y.start - 8), y.start)  # bounded: 8 chars
    ]
    usable = [
        y
        for y in usable
        if y not in bases
        # "sell 419,000 cars this year, up 17.7 percent from 356,000 units in 2008": the
        # year of a change's base amount
        and not _FROM_BASE.search(text, max(0, y.start - 48), y.start)  # bounded: 48 chars
    ]
    # "By 2025, X shall have fallen by 14% from that of 2020": a reference or compared year
    # before the fronted deadline governing the clause is a comparison base, not a deadline
    if fronted and (governing := [y.value for y in fronted if y.end <= cue_start]):
        floor = governing[-1]
        usable = [
            y for y in usable if y.value >= floor or not (y.role == "reference" or y.comparison)
        ]
        sentence_years = [
            y
            for y in sentence_years
            if y.value >= floor or not (y.role == "reference" or y.comparison)
        ]
    if usable:
        first = usable[0]
        # "build 1,300 stations each year in 2024 and 2025": years joined right after one
        # another are one span of the objective, whose deadline is the last
        for y in usable[1:]:
            if y.start - first.end > 6:
                break
            if not _JOINED_YEARS.fullmatch(text, first.end, y.start):  # bounded: 6 chars
                break
            first = y
        return _span_end(text, first, in_segment)
    periods = [y for y in in_segment if y.role == "period"]
    if periods:
        return max(y.value for y in periods)  # "during 2023-2025": the span's end
    if published is not None and (
        (
            (low.has("quarter", o_start, o_end) or low.has("half", o_start, o_end))
            and _QUARTER.search(text, o_start, o_end, timeout=timeout_for(o_end - o_start))
        )
        # "In the fourth quarter, Geely plans to launch ...": a quarter opening the sentence
        or (
            (low.has("quarter", s_start, s_start + 32) or low.has("half", s_start, s_start + 32))
            and _opens_sentence(text, s_start)
        )
    ):
        return published.year  # "in the fourth quarter": of the year it is written in
    within = (
        _form_search(text, low, "relative_period", o_start, o_end)
        or _form_search(text, low, "relative_period", s_start, cue_start)
        if published is not None
        else None
    )
    if within and published is not None:
        n = within.group("n")
        # a form whose count did not take part states one year ("within a year")
        count = 1 if n is None else int(n) if n.isdigit() else int(number_words().get(n.lower(), 0))
        if count:
            return published.year + count
    if (previous_year is not None or last_deadline is not None) and _says_by_then(
        text, low, s_start, o_end
    ):
        return previous_year if previous_year is not None else last_deadline
    # a deadline before the cue: "by 2030 it aims to ...", "the task for this year is to ..."
    # (not one of a forecast the cue's clause contrasts with: "expects to sell ... in 2014,
    # but the target is to reach 20,000 vehicles a year")
    contrast = _contrast_start(text, s_start, cue_start)
    if contrast == s_start or not _forecast_before().search(
        text, s_start, contrast, timeout=timeout_for(contrast - s_start)
    ):
        contrast = s_start
    before = [
        y
        for y in sentence_years
        if (
            y.end <= cue_start
            and (y.start >= contrast or y in fronted)
            and (
                y.role == "target"
                or y in fronted
                or y.value == previous_year
                or (
                    _opens_clause_of_cue(text, s_start, y, cue_start)
                    and (published is None or y.value >= published.year)
                )
            )
        )
        # a year inside the cue ("plans for 2025 to"), unless past ("plans X unveiled last year")
        or (cue_start <= y.start < o_start and (published is None or y.value >= published.year))
    ]
    if before:
        return before[-1].value
    # "its action plan for 2024-2026 aims to ...": the plan period's end
    spans = [y.value for y in sentence_years if y.end <= cue_start and y.role == "period"]
    if not spans and any(y.role == "period" and y.start >= o_end for y in sentence_years):
        # "aims to ..., according to the province's 2021-2023 NEV industry development
        # planning": the period of the plan the sentence reports after the objective
        last = max(y.end for y in sentence_years)
        report = _form_search(text, low, "plan_report", o_end, min(len(text), last + 80))
        if report is not None:
            spans = [
                y.value
                for y in sentence_years
                if y.role == "period" and report.start() <= y.start < report.end()
            ]
    if spans:
        return max(spans)
    if _form_search(text, low, "then", o_start, o_end):
        earlier = [y for y in sentence_years if y.start < o_start]
        return earlier[-1].value if earlier else (previous_year or last_deadline)
    if _says_by_then(text, low, o_start, o_end + 12):
        earlier = [y for y in sentence_years if y.start < o_start]
        return earlier[-1].value if earlier else (previous_year or last_deadline)
    return None


# the owner a goal noun's objective opens with: "the government's", "Shenzhen's" (bounded by
# its own repetition: at most four words)
_POSSESSOR = regex.compile(r"(?P<owner>(?:the\s+)?(?:[\w&.-]+\s+){0,3}?[\w&.-]+)['’]s\s")


_JOINED_YEARS = regex.compile(r"(?i:\s*(?:,\s*(?:and\s+)?|and\s+))")


# "produce 400,000 EVs from 2022 to the first half of 2024", "add 600 stations per year
# starting next year until 2025": a span of the objective, whose end is its deadline
_SPAN_FROM = regex.compile(r"(?i:\b(?:from|starting|beginning)\b)")
_SPAN_TO = regex.compile(
    r"(?i:\s+(?:to|until|till|through)\s+(?:the\s+(?:end|(?:first|second)\s+half)\s+of\s+)?)"
)


def _span_end(text: str, first: YearMention, in_segment: Sequence[YearMention]) -> int:
    """The deadline of an objective whose first year opens a span (`from 2022 to ...`,
    `starting next year until 2025`): the year that closes it, or a later by-year (`from
    2022 levels to 500,000 units by 2025`); else the first year."""
    if not (
        _SPAN_FROM.search(text, max(0, first.start - 10), first.end)  # bounded: 10 + year
        or _FROM_BASE.search(text, max(0, first.start - 48), first.start)  # bounded: 48
    ):
        return first.value
    for y in in_segment:
        if (
            first.end <= y.start <= first.end + 40
            and y.value > first.value
            and _SPAN_TO.match(text, first.end, y.end) is not None  # bounded: one position
        ):
            return y.value
    # "raise its output from 2022 levels to 500,000 units by 2025": a base, not the deadline
    later = [y for y in in_segment if y.start >= first.end and y.preposition in ("by", "until")]
    return later[0].value if later else first.value


_BASE_YEAR_BEFORE = regex.compile(r"(?i:\b(?:than|its|their)\s+$)")
_FROM_BEFORE = regex.compile(r"(?i:\bfrom\s+$)")
_TO_BEFORE = regex.compile(r"(?i:\bto\s+$)")
# "from 2% in fiscal year 2018 to 23% by 2023": a year closing the base amount of a change,
# before the "to" of the new level ("acquire AESC from Nissan in 2018" has no base amount)
_FROM_BASE = regex.compile(
    r"(?i:\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?[$€¥£]?\d"
    r"(?:(?!\bto\b)(?:[^,;.]|(?<=\d)[.,](?=\d))){0,30}$)"
)


_OPENING_YEAR = regex.compile(r"(?i:\s*(?:(?:also|and)\s+)?(?:(?:in|for|during|throughout)\s+)?)")


def _opens_sentence(text: str, s_start: int) -> bool:
    """Whether the sentence at `s_start` opens with a quarter set off by a comma."""
    m = _QUARTER.match(text, s_start)  # bounded: no repetition
    return m is not None and text.startswith(",", m.end())


_BARE_YEAR = regex.compile(r"(?i:(?:in\s+|for\s+)?(?:(?:19|20)\d\d|this\s+year|next\s+year))")
_YEAR_THEN_SUBJECT = regex.compile(r"\s*,\s+[^,;:]{0,60}")


_PAST_ACT_WINDOW = 80


def _past_act_before(text: str, start: int, cue_start: int) -> Any:
    """A past act (`past_act_cues`) as a whole word in the short clause before a cue."""
    if cue_start - start > _PAST_ACT_WINDOW:
        return None
    return _exclusion("past_act_cues")[0].search(text, start, cue_start)  # bounded: 80 chars


def _opens_clause_of_cue(text: str, s_start: int, year: YearMention, cue_start: int) -> bool:
    """`This year, it aims to sell ...`, `In 2025, the city plans to ...`: a year that opens
    the sentence, set off by a comma before the cue's own clause, is the cue's deadline."""
    opening = s_start
    if year.start - s_start >= 24:
        # "Wang told a briefing on Thursday that in 2024, the ministry aims to": a year that
        # opens the reported clause
        that = text.rfind(" that ", max(s_start, year.start - 30), year.start)
        if that < 0:
            return False  # cheap first: most years do not open their sentence or clause
        opening = that + len(" that")
    return (
        # not a date ("In May 2020"): a bare year
        _BARE_YEAR.fullmatch(text, year.start, year.end) is not None
        and _OPENING_YEAR.fullmatch(text, opening, year.start) is not None  # bounded: no nesting
        and _YEAR_THEN_SUBJECT.fullmatch(text, year.end, cue_start) is not None  # bounded: 60
        # "In 2020, China set the goal for ...", "In 2019, the city unveiled a plan to": the
        # year the goal was set (last: only a year that opens the cue's clause is read)
        and _exclusion("past_act_cues")[0].match(text, cue_start) is None  # bounded: anchored
        and _past_act_before(text, year.end, cue_start) is None
    )


# after a deadline, the objective clause runs on: "..., with 30 stations", "... to speed up",
# "..., covering 90 percent of the highways"
_RUNS_ON = regex.compile(
    r",?\s+with\s|(?i:\s+(?:in\s+order\s+)?to\s+(?!be\s)[a-z]{2,}\b)"
    # "have 3,000 stations by 2025, covering 90 percent of the highways": a participle saying
    # what the objective does (one adding an objective of its own is a cue, which ends it)
    r"|,\s+(?-i:[a-z]{3,}ing)\b"
)


def _before_last_comma(text: str, start: int, end: int) -> int:
    i = text.rfind(", ", start, end)
    return i if i > start else end


# "set its 2011 sales target", "cut its total 2025 sales target": the year modifies a noun
_DETERMINER_BEFORE = regex.compile(r"(?i:\b(?:its|their|the|'s|’s)\s+(?:[a-z]+\s+)?)$")
# "shall have fallen by 14% from that of 2020": the base of a change, inside the objective
_COMPARED_BEFORE = regex.compile(
    r"(?i:\b(?:from\s+(?:that|those|the\s+level)\s+(?:of|in)|compared\s+(?:with|to))\s+)$"
)


# an objective of at most this many words, none a number, before its deadline keeps the
# whole clause ("500 stations by 2025" stops before its deadline)
_BARE_OBJECTIVE_WORDS = 2


def _bare(objective: str) -> bool:
    """Whether `objective` is a bare verb phrase ("complete", "begin operations")."""
    words = objective.split()
    return (
        len(words) <= _BARE_OBJECTIVE_WORDS
        and not any(c.isdigit() for c in objective)
        and not any(w.lower() in number_words() for w in words)
    )


def _text_end(
    text: str,
    low: _Lowered,
    o_start: int,
    o_end: int,
    in_segment: Sequence[YearMention],
    whole: bool = False,
) -> int:
    """The objective clause stops before its deadline phrase (`... stations by 2025`,
    `... in the next five years`); with `whole` (a target noun's own match), only before one
    that ends it ("set its sales target for 2010 at more than 2.3 million units" keeps its
    year inside)."""
    end = o_end
    period = _form_search(text, low, "relative_period", o_start, o_end)
    if (
        period is not None
        and period.start() > o_start + 3
        # "invest $440 million over the next five years to speed up ...": the clause runs on
        and not _RUNS_ON.match(text, period.end(), end)  # bounded: no repetition
    ):
        end = period.start()
    for y in in_segment:
        if y.role != "period" and o_start + 3 < y.start < end:
            if text[y.start : y.start + 4].isdigit() and _DETERMINER_BEFORE.search(
                text,
                max(o_start, y.start - 20),
                y.start,  # bounded: a 20-char window
            ):
                continue  # "set its 2011 sales target at ...": the year modifies a noun
            if text[y.end : y.end + 2] in ("'s", "’s"):
                continue  # "bring this year's annual auto sales to ...": the year owns a noun
            if _COMPARED_BEFORE.search(text, max(o_start, y.start - 24), y.start):
                continue  # bounded: a 24-char window; "fallen by 14% from that of 2020"
            if _FROM_BASE.search(text, max(o_start, y.start - 48), y.start):
                continue  # bounded: a 48-char window; "from 2% in fiscal year 2018 to 23%"
            if whole and text[y.end : end].strip(" ,.;"):
                continue  # the year inside a target noun's match, more of it after
            if _RUNS_ON.match(text, y.end, end):  # bounded: no repetition
                # "become a hydrogen city by 2025, with 30 to 100 stations"; "... by 2025 to
                # serve ...": the objective clause runs on after its deadline
                break
            if not whole and _bare(text[o_start : y.start]):
                # "aims to complete by the end of this year", "complete construction in 2026
                # on a new production base": a bare verb says nothing without the rest of its
                # clause, deadline and all
                break
            end = y.start
            break
    report = (
        _TRAILING_REPORT.search(text, o_start, end, timeout=timeout_for(end - o_start))
        if _TRAILING_REPORT_PIECES.possible(low.text, o_start, end)
        # and its words ("according to the", "said", ...): few objectives hold them
        and all(low.may_match(a, o_start, end) for a in _trailing_report_needs())
        else None
    )
    if report is not None and report.start() > o_start + 3:
        end = report.start()
    end = _dangling_start(text, low, o_start, end)
    while end > o_start and text[end - 1] in ' ,.;:"”’':
        end -= 1
    return end


def _dangling_start(text: str, low: _Lowered, start: int, end: int) -> int:
    """Where a dangling deadline word ends text[start:end] ("... 300 stations by"), or
    `end`. Where whitespace does not run, a match is at most _DANGLING_WIDTH long: the
    search reads that window only, a few dozen characters (no timeout, which costs two
    clock reads a call)."""
    at = start
    if _DANGLING_WIDTH is not None and (
        end - start <= _DANGLING_WIDTH or not low.irregular(end - _DANGLING_WIDTH - 1, end)
    ):
        at = max(start, end - _DANGLING_WIDTH)
        cut = _DANGLING_PREPOSITION.search(text[at:end])  # bounded: _DANGLING_WIDTH chars
    else:
        cut = _DANGLING_PREPOSITION.search(text[start:end], timeout=MATCH_TIMEOUT_S)
    return at + cut.start() if cut else end


def _is_fronted(text: str, low: _Lowered, year: YearMention, s_start: int) -> bool:
    """A year with `by` before it ("By 2026,", "by the end of this year,"): a deadline."""
    if year.preposition == "by":
        return True
    if (
        year.role == "period"
        and text[year.end : year.end + 1] == ":"
        and _OPENING_PERIOD.fullmatch(text, s_start, year.end) is not None
    ):
        # "2017-2020: More than 100 enterprises will be gathered, ...": a plan's period
        # labelling its goals (digits and a dash: no words of a language to keep as data)
        return True
    start = max(s_start, year.start - 20)
    # the year's own preposition ("Until 2025,") is inside its span: the form reads up to
    # the number
    end = year.end - 4 if text[year.end - 4 : year.end].isdigit() else year.start
    return _form_search(text, low, "fronted_deadline", start, end) is not None


_OPENING_PERIOD = regex.compile(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d")

_LEADING_DEADLINE = regex.compile(
    r"(?i:(?:also\s+|under\s+which\s+)?by\s+(?:the\s+end\s+of\s+)?"
    r"(?:this\s+year|next\s+year|then|\d{4})\s*,?\s+)"
)


_REPORTED = regex.compile(
    r"(?i:\b(?:says?|said|states?|stated|stipulates?|proposes?|proposed|requires?|shows?)"
    r"\s+(?:that\s+)?)"
)


_INDEFINITE = regex.compile(r"(?i:an?\s)")


def _subject_start(text: str, s_start: int, end: int) -> int:
    """Where a subject split off its verb by an appositive begins: the segment before the
    comma at `end`, or the one before that when it is an appositive ("a hydrogen park")."""
    start = _clause_start(text, s_start, max(s_start, end - 2))
    if start > s_start and _INDEFINITE.match(text, start):  # bounded: no repetition
        start = _clause_start(text, s_start, max(s_start, start - 2))
    return start


def _after_fronted_deadline(text: str, start: int, cue_start: int) -> int:
    """`by 2025, the scale of ... will top`, `the plan says charging will reach`: the
    objective starts after the deadline and after the words that report it."""
    said = max(
        _REPORTED.finditer(text, start, cue_start),  # bounded: linear in one clause
        key=lambda m: m.start(),
        default=None,
    )
    if said is not None and said.end() < cue_start:
        start = said.end()
    m = _LEADING_DEADLINE.match(text, start)  # bounded: linear, from one position
    return m.end() if m else start


# "... will be prohibited by 2022 while the added value ... will exceed ...": the objective
# before stops before its deadline; the next clause's subject begins after that deadline
# and the word that joins the clauses
_AFTER_PREVIOUS = regex.compile(
    r"(?i:[\s,;]*(?:(?:by|in|before)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?:19|20)\d\d|this\s+year|next\s+year)\b)?[\s,;]*(?:(?:and|while|whereas|but)\s+)?)"
)


def _after_previous(text: str, clause: int, previous_end: int, cue_start: int) -> int:
    """A clause that starts where the sentence's previous objective ended begins after the
    deadline and the joint between them (`..., by 2022 while X will ...` → `X will ...`)."""
    if clause != previous_end or clause >= cue_start:
        return clause
    m = _AFTER_PREVIOUS.match(text, clause, cue_start)  # bounded: no nested repetition
    return m.end() if m is not None else clause


def _then_opening_year(
    text: str,
    low: _Lowered,
    spans: Sequence[tuple[int, int]],
    index: int,
    years: Sequence[YearMention],
    year_starts: Sequence[int],
    published: date | None,
) -> int | None:
    """The deadline of a sentence that opens by pointing back (`then_opening` of plans.json:
    "By then, ...", "At that time, ..."): the last year the sentence before it names, or
    None (no such opening, no year there, or a year already past at publication)."""
    s_start = spans[index][0]
    if index == 0:
        return None
    opening = _form_search(text, low, "then_opening", s_start, s_start + 24)
    if opening is None or text[s_start : opening.start()].strip():
        return None
    lo, hi = bisect_left(year_starts, spans[index - 1][0]), bisect_left(year_starts, s_start)
    before = years[lo:hi]
    if (
        not before
        or (published is not None and before[-1].value < published.year)
        # "first announced in March 2019. At that time, the firm said ...": a dated event
        or _MONTH_BEFORE.search(text, max(0, before[-1].end - 20), before[-1].end - 4)
    ):
        return None
    return before[-1].value


_MONTH_BEFORE = regex.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?,?\s+)$"
)


def _points_back(text: str, low: _Lowered, start: int, end: int, last: int | None) -> bool:
    """`will exceed 10,000 by then`: a deadline named in an earlier sentence."""
    return last is not None and _says_by_then(text, low, start, end + 12)


def _gapped_only_after_a_deadline(
    text: str,
    low: _Lowered,
    found: list[tuple[int, int, int, str]],
    years: Sequence[YearMention],
    dated: int = 0,
) -> list[tuple[int, int, int, str]]:
    """`sell 3 million in 2025, and 4.5 million in 2030` is two objectives; `build 300
    stations and 150,000 piles by 2026` is one: a gapped continuation (`after_deadline` in
    cues.jsonl) counts only when the objective before it states its own deadline, a year or
    (where the sentence may hold one, `dated`) a date with none ("build 103,000 piles next
    year and 211,000 by 2020" with no publication date to resolve "next year")."""
    out: list[tuple[int, int, int, str]] = []
    for f in found:
        if out and _after_deadline(f[3].partition(":")[0]):
            prev = out[-1][2]
            if not any(prev < y.start < f[2] for y in years) and (
                not dated or _dated(text, low, out[-1][0], f[2]) is None
            ):
                continue
        out.append(f)
    return out


def _share_trailing_deadline(
    out: list[Target], first: int, found: Sequence[tuple[int, int, int, str]], joined: bool
) -> None:
    """`aims to exceed 28 million ... and to support 80 million EVs by 2027`: a deadline at
    the end of coordinated objectives belongs to each of them (so with two cues joined by
    `and`: `aspires to X and plans to Y by 2030`)."""
    continued = joined or any(f[3].endswith(":continuation") for f in found)
    if not continued:
        return
    for i in range(len(out) - 2, first - 1, -1):
        # "by the end of this year and add 600 annually between 2022-25", "over the next five
        # years and another 6,000 before 2020" with no publication date: the first
        # objective's own deadline, unresolved, is not the later one
        if out[i].year is None and out[i + 1].year is not None and not out[i].dated:
            out[i].year = out[i + 1].year
