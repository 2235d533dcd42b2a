"""The year record (SPEC.md section 2)."""

from __future__ import annotations

from typing import Literal

from ..base import RecordBase, YearRole


class YearRecord(RecordBase):
    kind: Literal["year"] = "year"
    value: int
    role: YearRole
