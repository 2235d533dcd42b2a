"""Common words survive the per-article memory zone; one-off strings do not."""

from __future__ import annotations

import spacy

import nevextract
from nevextract.interning import CommonChunks


def _in_zone(nlp: spacy.language.Language, common: CommonChunks, text: str) -> None:
    with nlp.memory_zone():
        nlp.tokenizer(text)
    common.after_article(nlp, text)


def test_a_chunk_seen_in_two_articles_outlives_the_zone() -> None:
    nlp = spacy.blank("en")
    common = CommonChunks()
    _in_zone(nlp, common, "Gigafactory output rose 7,301 units.")
    assert "Gigafactory" not in nlp.vocab.strings  # seen once: freed with the zone
    _in_zone(nlp, common, "Gigafactory output fell 4,112 units.")
    assert "Gigafactory" in nlp.vocab.strings
    assert "output" in nlp.vocab.strings
    assert "7,301" not in nlp.vocab.strings and "4,112" not in nlp.vocab.strings


def test_keeping_and_counting_are_capped() -> None:
    nlp = spacy.blank("en")
    common = CommonChunks(max_counted=50, max_kept=3)
    for n in range(200):
        _in_zone(nlp, common, f"alpha beta gamma delta w{n}x")
    assert common.kept == 3
    kept = [w for w in ("alpha", "beta", "gamma", "delta") if w in nlp.vocab.strings]
    assert len(kept) == 3
    assert "w150x" not in nlp.vocab.strings


def test_counting_forgets_one_off_chunks_when_full() -> None:
    nlp = spacy.blank("en")
    common = CommonChunks(max_counted=20)
    for n in range(30):
        _in_zone(nlp, common, f"recurring once{n}")
    assert len(common._seen_once) <= 20
    assert "recurring" in nlp.vocab.strings


def test_records_do_not_depend_on_what_was_kept() -> None:
    text = "BYD sold 3 million cars worth 5 billion yuan in 2023, up 12 percent."
    first = nevextract.extract(text).model_dump()
    for _ in range(3):
        nevextract.extract(text)
    assert nevextract.extract(text).model_dump() == first


def test_a_paragraph_break_seen_in_two_articles_outlives_the_zone() -> None:
    """ "\\n\\n" is a token of its own (not a special case, as "\\n" is): kept like a word, it
    is no longer rebuilt at every occurrence inside each article's zone."""
    nlp = spacy.blank("en")
    common = CommonChunks()
    _in_zone(nlp, common, "Output rose.\n\nSales fell.")
    assert "\n\n" not in nlp.vocab.strings
    _in_zone(nlp, common, "Prices rose.\n\nCosts fell.")
    assert "\n\n" in nlp.vocab.strings
    with nlp.memory_zone():
        tokens = [t.text for t in nlp.tokenizer("A.\n\nB.")]
    assert tokens == [t.text for t in spacy.blank("en").tokenizer("A.\n\nB.")]


def test_the_words_given_are_the_words_counted() -> None:
    nlp = spacy.blank("en")
    common = CommonChunks()
    for text in ("Gigafactory output rose.", "Gigafactory output fell."):
        with nlp.memory_zone():
            nlp.tokenizer(text)
        common.after_article(nlp, text, text.split())
    assert "Gigafactory" in nlp.vocab.strings
