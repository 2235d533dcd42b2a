"""`nevextract_amounts_v1`: years, money, percentages and figures (one regex pass each)."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Doc

from ..extraction import find_amount_records
from .article import stage_context
from .rules import RuleOwner
from .text_rules import TEXT_WORDS, load_text_words


class AmountFinder(RuleOwner):
    rule_files: ClassVar[tuple[str, ...]] = (
        "attributes/clauses.json",
        "attributes/roles.json",
        "numeric/figures.json",
        "numeric/lexicon.json",
        "rates/currencies.json",
        "rates/ecb_usd_rates.csv",
        "rates/iso4217.json",
        "rates/usd_rates.csv",
        TEXT_WORDS,
        "units/definitions.txt",
        "units/units.json",
        "years/cues.json",
    )

    def load_rules(self) -> None:
        from ..kinds.figure import rules as figures
        from ..kinds.figure import units
        from ..kinds.money import rules as money
        from ..kinds.year import rules as years
        from ..normalizers import attributes, quantities

        quantities.tables()
        years._patterns()
        years.objective_cues()
        years.objective_cue_starts()
        years.anaphora()
        years.event_after()
        attributes.role_cues()
        attributes.clause_cues()
        money.rate_table()
        units.si_factors()
        figures._durations()
        figures._count_skip_words()
        figures._figure_words()
        load_text_words()

    def process(self, doc: Doc) -> Doc:
        find_amount_records(stage_context(doc))
        return doc
