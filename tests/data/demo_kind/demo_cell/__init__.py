"""demo_cell: a battery cell format named in the text (`4680 cells`, `Blade battery`).

A test-only kind with a data file of its own (`patterns/<lang>/demo_cell/forms.json`),
declared with its schema in `SPEC.data_files`. The extractor (`rules.py`) and the schema
(`schema.py`) are imported when first needed, as a kind under `nevextract/kinds/` must.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from nevextract.kinds import KindSpec
from nevextract.kinds.base import Rec

from .model import DemoCellRecord

if TYPE_CHECKING:
    from nevextract.extraction import Context

FORMS = "demo_cell/forms.json"


def extract(ctx: Context) -> Iterable[DemoCellRecord]:
    from .rules import find_cells

    return find_cells(ctx)


def match(pred: Rec, gold: Rec) -> bool:
    return bool(pred.get("cell") == gold.get("cell"))


SPEC = KindSpec(
    name="demo_cell",
    model=DemoCellRecord,
    key_fields=("cell",),
    match=match,
    describe=lambda r: str(r.get("cell")),
    label=lambda r: str(r.get("cell")),
    colour="#ccffcc",
    title_fields=("cell",),
    extract=extract,
    data_files={FORMS: f"{__name__}.schema:CellForms"},
)
