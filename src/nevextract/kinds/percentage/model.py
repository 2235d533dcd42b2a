"""The percentage record (SPEC.md section 2)."""

from __future__ import annotations

from typing import Literal

from ..base import PercentRole, Qualifier, RecordBase


class PercentageRecord(RecordBase):
    kind: Literal["percentage"] = "percentage"
    value: float
    value_max: float | None = None
    qualifier: Qualifier | None = None
    points: bool = False
    role: PercentRole | None = None
    year: int | None = None
