"""The firm record (SPEC.md section 2)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..base import RecordBase


class FirmRecord(RecordBase):
    kind: Literal["firm"] = "firm"
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[tuple[int, int]] = Field(default_factory=list)
