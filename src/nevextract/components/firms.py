"""`nevextract_firms_v1`: companies from the lexicon spans plus contextual rules."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction import find_firm_records
from ..normalizers.firms import LexiconSpan


class FirmFinder:
    def __init__(self, lexicon_key: str) -> None:
        self.lexicon_key = lexicon_key

    def __call__(self, doc: Doc) -> Doc:
        spans = doc.spans.get(self.lexicon_key, [])
        lexicon = [LexiconSpan(s.start_char, s.end_char, s.label_, s.id_) for s in spans]
        find_firm_records(doc._.nevextract, lexicon)
        return doc
