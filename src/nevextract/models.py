"""Pydantic models of everything nevextract returns: articles and their records.

Each record kind's model lives in its package (`nevextract.kinds.<kind>`) and is re-exported
here; `KINDS` and `Record` are views of the kind registry.

Field names are exactly those of SPEC.md; `rule_id` (which pattern or rule produced the
record) is our addition. `ExtractionResult.model_dump(mode="json")` is one output line.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializeAsAny,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from . import kinds as _kinds
from .kinds.base import PercentRole, Qualifier, RecordBase, UsdBasis, YearRole
from .kinds.figure.model import FigureRecord
from .kinds.firm.model import FirmRecord
from .kinds.money.model import MoneyRecord
from .kinds.percentage.model import PercentageRecord
from .kinds.target.model import TargetRecord
from .kinds.year.model import YearRecord

__all__ = [
    "KINDS",
    "ArticleMeta",
    "ExtractionResult",
    "FigureRecord",
    "FirmRecord",
    "MoneyRecord",
    "PercentRole",
    "PercentageRecord",
    "Qualifier",
    "Record",
    "RecordBase",
    "TargetRecord",
    "UsdBasis",
    "YearRecord",
    "YearRole",
]


class ArticleMeta(BaseModel):
    """Metadata of one article (SPEC.md section 1)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    path: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    site: str | None = None
    sha256: str | None = None
    text: str | None = Field(
        default=None,
        description="the article text that record offsets index; only for HTML inputs, "
        "whose text is extracted from the page (absent otherwise)",
    )
    fingerprint: str | None = Field(
        default=None,
        description="nevextract's version and a hash of the rules that made this result "
        "(`VERSION+HASH`); written by `nevextract extract` so a resume can tell stale results",
    )

    @model_serializer(mode="wrap")
    def _drop_absent_text(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data: dict[str, object] = handler(self)
        for optional in ("text", "fingerprint"):
            if data.get(optional, "") is None:
                del data[optional]
        return data


if TYPE_CHECKING:
    # For type checkers, a record is one of the built-in kinds' models (so `r.kind == "money"`
    # narrows); at run time `Record` is the union of every registered kind's model.
    Record: TypeAlias = (
        MoneyRecord | PercentageRecord | FigureRecord | YearRecord | FirmRecord | TargetRecord
    )
    _AnyRecord: TypeAlias = Record
    KINDS: tuple[str, ...]  # the registered kinds' names, in order
else:
    # A record of any registered kind: validated by its `kind`, written with its own model's
    # fields (SerializeAsAny: the declared base type must not cut them).
    _AnyRecord = Annotated[
        SerializeAsAny[RecordBase],
        BeforeValidator(_kinds.validate_record),
        _kinds.RecordJsonSchema(),
    ]


def __getattr__(name: str) -> Any:
    # Live views of the kind registry, so a kind registered later is seen too.
    if name == "Record":
        return _kinds.record_type()
    if name == "KINDS":
        return _kinds.names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ExtractionResult(BaseModel):
    """One article and its records, in reading order: one JSON Lines output line."""

    model_config = ConfigDict(extra="forbid")

    article: ArticleMeta
    records: list[_AnyRecord] = Field(default_factory=list)
