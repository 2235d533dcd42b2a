"""The speed-ups that skip work must not change a record: each shortcut is compared with
the plain way over the corpus (and over texts with the characters that case-folding treats
specially)."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nevextract
from nevextract import reader
from nevextract.kinds.target import rules as targets
from nevextract.kinds.target.rules import _Lowered
from nevextract.normalizers import text as text_helpers

SETTINGS = settings(
    max_examples=int(os.environ.get("NEVEXTRACT_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted(CORPUS.rglob("*.txt"))
    if "gold" not in p.relative_to(CORPUS).parts[:-1]
]
# regex's case-insensitive `s`, `i` and `k` also match `ſ`, `İ` and the Kelvin sign
ODD_CASE = [
    "BYD aİms to sell 100,000 cars by 2025. It has ſet a goal of 50 stations.",
    "NIO plans to build 1,000 swap stations by 2025, and to open 20 stores in 2026.",
    "The city ſet a target of 30,000 chargers for 2025 and will add 500 buses by 2024.",
    "Analysts expect that sales WİLL reach 5 million by 2030.",
    "XPeng's 100,000-vehicle tarGet for 2025 was met. It aims to double it by 2027.",
]


def _contexts() -> list[nevextract.extraction.Context]:
    nlp = nevextract.load()
    out = []
    odd = [t.replace(" set ", " ſet ").replace(" aims ", " aİms ") for t in TEXTS]
    for text in TEXTS + ODD_CASE + [t for t in odd if t not in TEXTS]:
        doc = nlp.make_doc(text)
        doc._.nevextract_published = None
        doc._.nevextract_text = text
        for name, proc in nlp.pipeline:
            if name == "targets":
                break
            doc = proc(doc)
        out.append(doc._.nevextract)
    return out


def _find(ctx: nevextract.extraction.Context) -> list[targets.Target]:
    amounts = sorted(
        (
            targets.Amount(r.start, r.end, r.value, getattr(r, "unit", None))
            for r in ctx.records
            if r.kind in ("money", "percentage", "figure")
        ),
        key=lambda a: a.start,
    )
    return targets.find_targets(ctx.text, ctx.sentences, ctx.year_mentions, amounts, ctx.published)


def test_target_word_tests_skip_only_what_cannot_match(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = _contexts()
    fast = [_find(ctx) for ctx in contexts]
    assert sum(map(len, fast)) > 50
    # the plain way: every cue in every sentence, every exclusion and deadline regex run
    gates = targets._gates()
    every = gates.cues | gates.past | gates.forecast | gates.dated
    monkeypatch.setattr(
        targets, "_sentence_gates", lambda low, spans, s, e: dict.fromkeys(range(len(spans)), every)
    )
    continuations = sum(1 << i for i, c in enumerate(targets._cues()) if c.kind == "continuation")
    monkeypatch.setattr(targets, "_continuation_mask", lambda low, s, e: continuations)
    monkeypatch.setattr(_Lowered, "has", lambda self, word, start, end: True)
    monkeypatch.setattr(_Lowered, "begins_word", lambda self, words, start, end: True)
    assert [_find(ctx) for ctx in contexts] == fast


def test_will_clauses_passed_over_make_no_target(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence whose only cues are will-clauses and that `_will_clauses_pass_over` says
    makes none is skipped unread: the targets are those of reading it (with and without a
    publication date, which lets a relative period be a deadline)."""
    contexts = _contexts()
    calls = []
    passes = targets._will_clauses_pass_over

    def counted(*args: object) -> bool:
        calls.append(passes(*args))  # type: ignore[arg-type]
        return calls[-1]

    amounts = [
        sorted(
            (
                targets.Amount(r.start, r.end, r.value, getattr(r, "unit", None))
                for r in ctx.records
                if r.kind in ("money", "percentage", "figure")
            ),
            key=lambda a: a.start,
        )
        for ctx in contexts
    ]

    def found(published: date | None) -> list[list[targets.Target]]:
        return [
            targets.find_targets(ctx.text, ctx.sentences, ctx.year_mentions, amt, published)
            for ctx, amt in zip(contexts, amounts, strict=True)
        ]

    monkeypatch.setattr(targets, "_will_clauses_pass_over", counted)
    fast = [found(None), found(date(2024, 6, 1))]
    assert sum(calls) > 50 and not all(calls)
    monkeypatch.setattr(targets, "_will_clauses_pass_over", lambda *args: False)
    assert [found(None), found(date(2024, 6, 1))] == fast


@pytest.mark.parametrize("text", ODD_CASE)
def test_odd_case_letters_still_find_targets(text: str) -> None:
    found = any(r.kind == "target" for r in nevextract.extract(text).records)
    assert found == ("expect" not in text)  # a forecast is no target


def test_lowered_text_keeps_offsets() -> None:
    low = _Lowered("Xİ ſET \u212aM")
    assert low.text == "xi set km"
    assert low.word_starts(["set", "km"], 0, 9) == [3, 7]
    assert not low.begins_word(["et"], 0, 9)


def test_every_cue_match_begins_with_a_cue_word() -> None:
    for ctx in _contexts():
        low = _Lowered(ctx.text)
        for s, e in ctx.sentences.spans:
            for cue in targets._cues():
                for m in cue.pattern.finditer(ctx.text, s, e):
                    assert not cue.words or low.begins_word(cue.words, m.start(), m.end()), (
                        cue.id,
                        m.group(),
                    )


# --- sentence splitting: the one-pass boundary regex against the lookbehind version ---------

_OLD_BOUNDARY = regex.compile(
    r"""(?<=[.!?]["'”’)\]]?)\s+(?=["'“‘(\[]?[\p{L}\p{N}£$€¥•–—\-"'“‘(\[])"""
    r"|(?<=[。！？])\s*(?=\S)|(?<![\p{L}\p{N},])\n\s*|\n(?!\p{Ll})\s*"  # (wrapped_line)
)
_OLD_INITIALS = regex.compile(r"(?:[A-Z]\.)+[A-Z]")
_OLD_LOWER_INITIALS = regex.compile(r"(?:[a-z]\.)+[a-z]")
_OLD_LOWER_NEXT = regex.compile(r"""["'“‘(\[]?\p{Ll}""")
_OLD_LAST_WORD = regex.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _old_split_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    abbreviations = text_helpers._abbreviations()
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _OLD_BOUNDARY.finditer(text, start, end):
        if "\n" not in m.group() and text[m.start() - 1 : m.start()] == ".":
            lower = _OLD_LOWER_NEXT.match(text, m.end()) is not None
            if lower and text[m.start() - 2 : m.start()] == "..":
                continue  # an ellipsis before a lower-case word
            last = _OLD_LAST_WORD.search(text, max(cursor, m.start() - 12), m.start())
            word = last.group(1) if last else ""
            initials = _OLD_INITIALS.fullmatch(word) or (
                lower and _OLD_LOWER_INITIALS.fullmatch(word)
            )
            if last and (word in abbreviations or initials):
                continue
        text_helpers._append_stripped(text, cursor, m.start(), spans)
        cursor = m.end()
    text_helpers._append_stripped(text, cursor, end, spans)
    return tuple(spans)


SENTENCE_BITS = [
    "Co.",
    "U.S.",
    "J.D.",
    "No.",
    "e.g.",
    "A.",
    ". ",
    "! ",
    "? ",
    '." ',
    ".) ",
    ".” ",
    "...",
    "\n",
    "\n\n",
    " \n ",
    "\r\n",
    "\t",
    "\u00a0",
    "\u2029",
    "\x1c",
    "  ",
    "word",
    "Word",
    "BYD",
    "2025",
    "£5",
    "- ",
    "• ",
    "(The",
    "“Yes",
    "1.5",
    "x.Y",
    ". a",
    "'s",
    "]",
    "。",
    "！",
    "比亚迪",
    "sales",
    "“the",
    "p.m.",
    "a.",
]


@SETTINGS
@given(st.lists(st.sampled_from(SENTENCE_BITS), max_size=40), st.data())
def test_split_sentences_as_the_lookbehind_version(bits: list[str], data: st.DataObject) -> None:
    text = "".join(bits)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert text_helpers.split_sentences(text, start, end).spans == _old_split_sentences(
        text, start, end
    )


def test_split_sentences_of_the_corpus_as_the_lookbehind_version() -> None:
    for text in TEXTS:
        parts = reader.parse_article(text)
        new = text_helpers.split_sentences(text, parts.body_start, parts.body_end).spans
        assert new == _old_split_sentences(text, parts.body_start, parts.body_end)


# --- reader: lines and footer lines ------------------------------------------------------------

_OLD_LINE = re.compile(r"[^\n]*\n?")
_OLD_FOOTER_START = re.compile(
    r"^(?:(?:Copyright\s*(?:©|\(c\))?|©|\(c\))\s*\d{4}|Copyright\s*©"
    r"|\[\s*(?:Editor|Edited\s+by|Editing\s+by)\b[^\]]*\]$"
    r"|\(\s*(?:Reporting|Editing|Writing)\s+by\b|Our\s+Standards\s*:)"
    r"|all\s+rights\s+reserved",
    re.IGNORECASE,
)
_OLD_FOOTER_TAIL = re.compile(
    r"ICP\s*[备證证]|公网安备|ICP\s+(?:licen[cs]e|No)|^License\s+for\s+publishing"
    r"|^Registration\s+Number|^Follow\s+us\b|^Change\s+Last\b|End-of-day\s+quote"
    r"|Delayed\s+quote|^(?:Tags|Keywords|Editor|Source|Contact\s+us|About\s+us|Privacy"
    r"|Terms\s+of\s+(?:use|service))\b",
    re.IGNORECASE,
)


def _old_lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _OLD_LINE.finditer(text):
        raw = m.group()
        if not raw:
            break
        stripped = raw.strip()
        if stripped:
            start = m.start() + len(raw) - len(raw.lstrip())
            fused = reader._FUSED_DATE_LABEL_RE.match(stripped)
            if fused is not None:  # " date 2019-11-12 Headline": a date line, then the rest
                rest = stripped[fused.end() :].lstrip()
                rest_start = start + len(stripped) - len(rest)
                out.append((start, start + fused.end(), stripped[: fused.end()]))
                out.append((rest_start, rest_start + len(rest), rest))
                continue
            out.append((start, start + len(stripped), stripped))
    return out


LINE_BITS = [
    "\n",
    "\r",
    " ",
    "\t",
    "\u00a0",
    "\u2028",
    "\x1c",
    "\x0b",
    "x",
    "All rights reserved",
    "ALL RIGHTS  RESERVED",
    "all rıghts reserved",
    "Copyright 2024",
    "© 2023",
    "Related",
    "Related:",
    "Tags",
    "Editor",
    "ICP备",
    "ICP 证",
    "ICP license",
    "公网安备",
    "Delayed quote",
    "END-OF-DAY QUOTE",
    "ıcp备",
    "Follow us",
    "[Editing by X]",
    "(Reporting by",
    "Share",
]


@SETTINGS
@given(st.lists(st.sampled_from(LINE_BITS), max_size=30))
def test_lines_and_footers_as_before(bits: list[str]) -> None:
    text = "".join(bits)
    assert [tuple(line) for line in reader._lines(text)] == _old_lines(text)
    for line in {text, text.strip(), *text.splitlines()}:
        old_start = reader._FOOTER_HEADING_RE.match(line) or _OLD_FOOTER_START.search(line)
        assert reader._is_footer_start(line) == bool(old_start)
        assert reader._is_footer_tail(line) == bool(_OLD_FOOTER_TAIL.search(line))


def test_lines_of_the_corpus_as_before() -> None:
    for text in TEXTS:
        assert [tuple(line) for line in reader._lines(text)] == _old_lines(text)


@SETTINGS
@given(st.text(max_size=40), st.integers(min_value=1, max_value=3))
def test_fewer_letters_stops_early_but_counts_like_a_full_count(line: str, n: int) -> None:
    assert reader._fewer_letters_than(n, line) == (sum(c.isalpha() for c in line) < n)
