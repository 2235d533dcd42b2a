"""`nevextract_amounts_v1`: years, money, percentages and figures (one regex pass each)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction import find_amount_records
from .article import stage_context


class AmountFinder:
    def __call__(self, doc: Doc) -> Doc:
        find_amount_records(stage_context(doc))
        return doc
