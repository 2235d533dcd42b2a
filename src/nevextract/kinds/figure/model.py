"""The figure record (SPEC.md section 2)."""

from __future__ import annotations

from typing import Literal

from ..base import Qualifier, RecordBase


class FigureRecord(RecordBase):
    kind: Literal["figure"] = "figure"
    value: float
    value_max: float | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    year: int | None = None
    quantity: float | None = None
    quantity_max: float | None = None
    si_unit: str | None = None
