"""`nevextract_targets_v1`: forward-looking goals with deadline and numeric objective."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction import find_target_records


class TargetFinder:
    def __call__(self, doc: Doc) -> Doc:
        find_target_records(doc._.nevextract)
        return doc
