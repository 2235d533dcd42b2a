"""The speed-ups that skip work must not change a record: each shortcut is compared with
the plain way over the corpus (and over texts with the characters that case-folding treats
specially)."""

from __future__ import annotations

from pathlib import Path

import pytest

import nevextract
from nevextract.normalizers import targets
from nevextract.normalizers.targets import _Lowered

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
    every = sum(1 << i for i, c in enumerate(targets._cues()) if c.kind != "continuation")
    monkeypatch.setattr(
        targets, "_cue_sentences", lambda low, spans, s, e: [(i, every) for i in range(len(spans))]
    )
    monkeypatch.setattr(_Lowered, "has", lambda self, word, start, end: True)
    monkeypatch.setattr(_Lowered, "begins_word", lambda self, words, start, end: True)
    assert [_find(ctx) for ctx in contexts] == fast


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
