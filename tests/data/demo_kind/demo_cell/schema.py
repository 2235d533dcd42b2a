"""The schema of demo_cell/forms.json: `{id, regex}` rows whose regex has a group `cell`."""

from __future__ import annotations

from nevextract.pattern_schemas import RegexRow, StrictModel


class CellForms(StrictModel):
    forms: list[RegexRow]
