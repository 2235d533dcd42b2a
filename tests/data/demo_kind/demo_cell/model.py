from __future__ import annotations

from typing import Literal

from nevextract.kinds.base import RecordBase


class DemoCellRecord(RecordBase):
    kind: Literal["demo_cell"] = "demo_cell"
    cell: str  # the format as written: "4680", "Blade"
