"""`nevextract_targets_v1`: forward-looking goals with deadline and numeric objective."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Doc

from ..extraction import find_target_records
from .article import stage_context
from .rules import RuleOwner
from .text_rules import TEXT_WORDS, load_text_words


class TargetFinder(RuleOwner):
    rule_files: ClassVar[tuple[str, ...]] = (
        "firms/vocab.json",
        "numeric/lexicon.json",
        "places/places.txt",
        "targets/cues.jsonl",
        "targets/exclusions.json",
        "targets/plans.json",
        "targets/subjects.json",
        TEXT_WORDS,
        "years/cues.json",  # the rule id of a target's deadline (extraction._mark_deadline)
    )

    def load_rules(self) -> None:
        from ..kinds.target import rules as targets
        from ..kinds.target import subject as target_subject

        targets._cues()
        targets._past_before()
        targets.load_patterns()
        target_subject.load_subject_words()
        load_text_words()

    def process(self, doc: Doc) -> Doc:
        find_target_records(stage_context(doc))
        return doc
