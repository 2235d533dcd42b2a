"""`nevextract_firms_v1`: companies from the lexicon spans plus contextual rules."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Doc

from ..extraction import find_firm_records
from ..kinds.firm.rules import LexiconSpan
from ..normalizers.quantities import currency_codes
from .article import stage_context
from .rules import RuleOwner
from .text_rules import TEXT_WORDS, load_text_words


def org_candidates(doc: Doc) -> list[LexiconSpan]:
    """The doc's ORG entities (from a statistical NER) as extra firm candidates."""
    return [LexiconSpan(e.start_char, e.end_char, "ORG", "") for e in doc.ents if e.label_ == "ORG"]


class FirmFinder(RuleOwner):
    """The firm rules; the lexicon itself is the `firm_lexicon` span ruler before it."""

    rule_files: ClassVar[tuple[str, ...]] = (
        "firms/vocab.json",
        "places/places.txt",
        "rates/currencies.json",  # a currency code before its amount is no firm
        "rates/iso4217.json",
        TEXT_WORDS,
    )

    def __init__(self, lexicon_key: str, use_ner_orgs: bool = False, lang: str = "en") -> None:
        super().__init__(lang)
        self.lexicon_key = lexicon_key
        self.use_ner_orgs = use_ner_orgs

    def load_rules(self) -> None:
        from ..kinds.firm import rules as firms

        firms.vocab()
        currency_codes()
        load_text_words()

    def process(self, doc: Doc) -> Doc:
        spans = doc.spans.get(self.lexicon_key, [])
        lexicon = [LexiconSpan(s.start_char, s.end_char, s.label_, s.id_) for s in spans]
        extra = org_candidates(doc) if self.use_ner_orgs else []
        find_firm_records(stage_context(doc), lexicon, extra_candidates=extra)
        return doc
