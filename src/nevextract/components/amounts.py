"""`nevextract_amounts_v1`: years, money, percentages and figures (one regex pass each)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction import find_amount_records


class AmountFinder:
    def __call__(self, doc: Doc) -> Doc:
        find_amount_records(doc._.nevextract)
        return doc
