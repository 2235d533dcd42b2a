"""Forward-looking targets: an intention cue with a deadline and/or a numeric objective.

Cue patterns are data (`patterns/targets/cues.jsonl`); each says where the objective lies
relative to the cue: `after` it (aims to sell ...), `before` it (identified X as one of its
tasks), the match `self` (the 500,000-vehicle target), or `will_by` (will ... by 2025).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import regex

from ..errors import ConfigError
from ..resources import load_json, load_jsonl_numbered, resolve_pattern_path
from .numbers import number_words
from .text import Sentences
from .years import YearMention

MATCH_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Amount:
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


@dataclass(frozen=True)
class _Cue:
    id: str
    kind: str
    pattern: Any


@cache
def _cues() -> tuple[_Cue, ...]:
    path = "targets/cues.jsonl"
    cues = []
    for lineno, row in load_jsonl_numbered(path):
        try:
            cues.append(_Cue(row["id"], row["kind"], regex.compile(row["pattern"], regex.I)))
        except (KeyError, TypeError, regex.error) as exc:
            raise ConfigError(str(resolve_pattern_path(path)), f"bad cue: {exc}", lineno) from exc
    return tuple(cues)


@cache
def _forecast_before() -> Any:
    words = load_json("targets/exclusions.json")["forecast_before_cue"]
    return regex.compile(rf"(?i:\b(?:{'|'.join(words)})\b)")


@cache
def _past_before() -> Any:
    words = load_json("targets/exclusions.json")["past_before_cue"]
    return regex.compile(rf"(?i:\b(?:{'|'.join(words)})\s+(?:\w+\s+){{0,3}}$)")


# Where an objective clause stops: another clause about who said it, a comparison, etc.
_SEGMENT_END = regex.compile(
    r",\s+(?=(?:a\s+(?:goal|target)\b|while|whereas|but|compared|including|up\s+from|down\s+from|according|as\b|which|"
    r"[^,.;]{0,40}?\b(?:said|says|told|added|noted|announced)\b))|;|\s+(?=and\s+(?:by\s+then\s+)?"
    r"(?:it|they|he|she|the\s+\w+)?\s*(?:aims|plans|intends|seeks|targets|strives|will)\b)"
    r"|,\s+(?=and\s+(?:by\s+then\b|it\s+|they\s+))",
    regex.I,
)
# Every cue pattern contains one of these stems; a sentence without any cannot hold a target.
_CUE_WORD = regex.compile(
    r"(?i:\b(?:aim|plan|intend|seek|sought|striv|strove|aspir|vow|pledge|commit|set|target|goal"
    r"|task|objective|priorit|mission|ambition|will|identified|listed|named|designated|made))"
)
_DANGLING_PREPOSITION = regex.compile(
    r"(?i:\s+(?:by\s+then|by\s+the\s+end\s+of|in\s+the\s+(?:first|second)\s+half\s+of|"
    r"by|in|on|for|during|at\s+the\s+end\s+of))\s*$"
)
_QUARTER = regex.compile(
    r"(?i:\b(?:in|by|during|for|before)\s+the\s+(?:first|second|third|fourth|final|last)\s+"
    r"(?:quarter|half)\b(?!\s+of\b))"
)
_WITHIN = regex.compile(r"(?i:\bwithin\s+(?:the\s+next\s+)?(?P<n>\d{1,2}|[a-z]+)\s+years?\b)")
_DURING = regex.compile(r"(?i:\b(?:during|in|over|for|within)\s+(?:the\s+)?)$")
_PASSIVE = regex.compile(r"be\s+\w+ed\b")
_CLAUSE_OPENING = regex.compile(r"[,;:]\s+(?:and\s+)?|^")


def _clause_start(text: str, s_start: int, cue_start: int) -> int:
    """Where the clause holding the cue begins: the sentence start or after its last comma."""
    starts = [
        m.end() for m in _CLAUSE_OPENING.finditer(text, s_start, cue_start, timeout=MATCH_TIMEOUT_S)
    ]
    return starts[-1] if starts else s_start


_BY_YEAR = regex.compile(r"(?i:\bby\b)")
_BY_THEN = regex.compile(r"(?i:\bby\s+then\b)")
_SUBJECT = regex.compile(r"([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)(?:'s)?[^A-Z]*$")
_PRONOUNS = frozenset({"One", "It", "They", "The", "Its", "Their", "He", "She", "This", "That"})


def find_targets(
    text: str,
    sentences: Sentences,
    years: Sequence[YearMention],
    amounts: Sequence[Amount],
    published: date | None = None,
) -> list[Target]:
    """Targets in reading order; a target stated twice is two records."""
    out: list[Target] = []
    last_subject: str | None = None
    for s_start, s_end in sentences.spans:
        if not _CUE_WORD.search(text, s_start, s_end, timeout=MATCH_TIMEOUT_S):
            continue  # most sentences have no cue word: skip the cue patterns
        found: list[tuple[int, int, int, str]] = []  # (obj_start, obj_end, cue_start, rule)
        for cue in _cues():
            for m in cue.pattern.finditer(text, s_start, s_end, timeout=MATCH_TIMEOUT_S):
                if _past_before().search(text, s_start, m.start(), timeout=MATCH_TIMEOUT_S):
                    continue
                expectation = cue.kind == "will_by" or cue.id == "target.set_to"
                if expectation and _forecast_before().search(
                    text, s_start, m.start(), timeout=MATCH_TIMEOUT_S
                ):
                    continue  # inside a forecast: an expectation, not a commitment
                if cue.kind in ("before", "self"):
                    found.append((m.start("obj"), m.end("obj"), m.start(), f"{cue.id}:{cue.kind}"))
                else:
                    found.append((m.end(), -1, m.start(), cue.id + ":" + cue.kind))
        found = _drop_overlapping(found)
        found.sort(key=lambda f: f[2])
        # "and to <verb>" adds an objective only after a real cue
        while found and found[0][3].endswith(":continuation"):
            found.pop(0)
        previous_year: int | None = None
        for i, (o_start, o_end, cue_start, rule) in enumerate(found):
            rule_id, _, kind = rule.partition(":")
            if o_end < 0:
                next_cue = found[i + 1][2] if i + 1 < len(found) else s_end
                o_end = _segment_end(text, o_start, min(next_cue, s_end))
                if next_cue < s_end:
                    o_end = _before_next_subject(text, o_start, o_end)
            sentence_years = [y for y in years if s_start <= y.start < s_end and not y.comparison]
            # the deadline of "the 500,000-vehicle target for 2025" follows the objective
            limit = o_end if kind not in ("before", "self") else _segment_end(text, o_start, s_end)
            in_segment = [y for y in sentence_years if o_start <= y.start < limit]
            in_segment = [y for y in in_segment if y.start < _segment_end(text, o_start, s_end) + 1]
            if kind == "will_by" and not any(
                _BY_YEAR.search(
                    text, max(o_start, y.start - 16), y.start + 3, timeout=MATCH_TIMEOUT_S
                )
                or (
                    y.role == "period"
                    and _DURING.search(
                        text, max(o_start, y.start - 12), y.start, timeout=MATCH_TIMEOUT_S
                    )
                )
                for y in in_segment
            ):
                continue
            if kind == "will_by" and _PASSIVE.match(text, o_start, timeout=MATCH_TIMEOUT_S):
                # "All 96 service areas ... will be equipped": the subject is the objective
                o_start = _clause_start(text, s_start, cue_start)
            deadline = _deadline(
                text,
                o_start,
                o_end,
                cue_start,
                s_start,
                in_segment,
                sentence_years,
                previous_year,
                published,
            )
            objective = [a for a in amounts if o_start <= a.start and a.end <= o_end]
            if deadline is None and not objective:
                continue
            text_end = _text_end(text, o_start, o_end, in_segment)
            subject = _subject(text, s_start, cue_start) or last_subject
            last_subject = subject
            first = objective[0] if objective else None
            out.append(
                Target(
                    start=o_start,
                    end=text_end,
                    year=deadline,
                    value=first.value if first else None,
                    unit=first.unit if first else None,
                    subject=subject,
                    rule_id=rule_id,
                )
            )
            previous_year = deadline if deadline is not None else previous_year
    return out


_NEXT_CLAUSE = regex.compile(r"(?:,\s*|\s+)(?:and|while|but|whereas)\b[^,;]*$")


def _before_next_subject(text: str, start: int, end: int) -> int:
    """`expand in Europe, and Xpeng [intends to ...]`: the objective stops before `and Xpeng`."""
    m = _NEXT_CLAUSE.search(text, start, end, timeout=MATCH_TIMEOUT_S)
    return m.start() if m and m.start() > start else end


def _drop_overlapping(found: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """Two cues on the same words (`plans to` and `will`) make one target."""
    kept: list[tuple[int, int, int, str]] = []
    for f in sorted(found, key=lambda f: (f[2], f[3].endswith("will_by"))):
        if any(abs(f[0] - k[0]) < 12 or (k[1] > 0 and k[0] <= f[0] < k[1]) for k in kept):
            continue
        kept.append(f)
    return kept


def _segment_end(text: str, start: int, limit: int) -> int:
    m = _SEGMENT_END.search(text, start, limit, timeout=MATCH_TIMEOUT_S)
    end = m.start() if m else limit
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end


def _deadline(
    text: str,
    o_start: int,
    o_end: int,
    cue_start: int,
    s_start: int,
    in_segment: Sequence[YearMention],
    sentence_years: Sequence[YearMention],
    previous_year: int | None,
    published: date | None = None,
) -> int | None:
    usable = [y for y in in_segment if y.role != "period"]
    if usable:
        return usable[0].value
    periods = [y for y in in_segment if y.role == "period"]
    if periods:
        return max(y.value for y in periods)  # "during 2023-2025": the span's end
    if published is not None and _QUARTER.search(text, o_start, o_end, timeout=MATCH_TIMEOUT_S):
        return published.year  # "in the fourth quarter": of the year it is written in
    within = _WITHIN.search(text, o_start, o_end, timeout=MATCH_TIMEOUT_S)
    if within and published is not None:
        n = within.group("n")
        count = int(n) if n.isdigit() else int(number_words().get(n.lower(), 0))
        if count:
            return published.year + count
    window = text[s_start:o_end]
    if _BY_THEN.search(window, timeout=MATCH_TIMEOUT_S) and previous_year is not None:
        return previous_year
    # a deadline before the cue: "by 2030 it aims to ...", "the task for this year is to ..."
    before = [
        y
        for y in sentence_years
        if (y.end <= cue_start and y.role == "target") or (cue_start <= y.start < o_start)
    ]
    if before:
        return before[-1].value
    if _BY_THEN.search(text, o_start, o_end + 12, timeout=MATCH_TIMEOUT_S):
        earlier = [y for y in sentence_years if y.start < o_start]
        return earlier[-1].value if earlier else previous_year
    return None


def _text_end(text: str, o_start: int, o_end: int, in_segment: Sequence[YearMention]) -> int:
    """The objective clause stops before its deadline phrase (`... stations by 2025`)."""
    end = o_end
    for y in in_segment:
        if y.role != "period" and o_start + 3 < y.start < end:
            end = y.start
            break
    cut = _DANGLING_PREPOSITION.search(text[o_start:end], timeout=MATCH_TIMEOUT_S)
    if cut:
        end = o_start + cut.start()
    while end > o_start and text[end - 1] in " ,.;:":
        end -= 1
    return end


def _subject(text: str, s_start: int, cue_start: int) -> str | None:
    m = _SUBJECT.search(text, s_start, cue_start, timeout=MATCH_TIMEOUT_S)
    if not m:
        return None
    name = m.group(1)
    return None if name in _PRONOUNS else name
