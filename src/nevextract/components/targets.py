"""`nevextract_targets_v1`: forward-looking goals with deadline and numeric objective."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction import find_target_records
from .article import stage_context


class TargetFinder:
    def __call__(self, doc: Doc) -> Doc:
        find_target_records(stage_context(doc))
        return doc
