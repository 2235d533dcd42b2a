"""Each `forms` row of demo_cell/forms.json, searched in the article's body; its id is the
record's rule_id. (No `functools.cache` here: this package is no `nevextract.` module, so
`resources.clear_caches` would not clear it between tests; `load_json` caches the file.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from nevextract.limits import MATCH_TIMEOUT_S
from nevextract.resources import load_json

from . import FORMS
from .model import DemoCellRecord

if TYPE_CHECKING:
    from nevextract.extraction import Context


def find_cells(ctx: Context) -> Iterator[DemoCellRecord]:
    start, end = ctx.body
    for row in load_json(FORMS)["forms"]:
        for m in regex.finditer(
            row["regex"], ctx.text, pos=start, endpos=end, timeout=MATCH_TIMEOUT_S
        ):
            yield DemoCellRecord(
                text=ctx.quoted[m.start() : m.end()],
                start=m.start(),
                end=m.end(),
                sentence=ctx.sentence_text(m.start(), m.end()),
                rule_id=row["id"],
                cell=m.group("cell"),
            )
