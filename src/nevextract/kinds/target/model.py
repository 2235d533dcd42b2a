"""The target record (SPEC.md section 2)."""

from __future__ import annotations

from typing import Literal

from ..base import RecordBase


class TargetRecord(RecordBase):
    kind: Literal["target"] = "target"
    year: int | None = None
    value: float | None = None
    unit: str | None = None
    subject: str | None = None
