"""Pydantic models of everything nevextract returns: articles and the six record kinds.

Field names are exactly those of SPEC.md; `rule_id` (which pattern or rule produced the
record) is our addition. `ExtractionResult.model_dump(mode="json")` is one output line.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

Qualifier = Literal["over", "at_least", "under", "at_most", "about", "nearly"]
UsdBasis = Literal["stated", "rate", "identity"]
PercentRole = Literal["share", "change", "rate"]
YearRole = Literal["reference", "target", "period", "relative"]


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


class RecordBase(BaseModel):
    """Fields every record has: the surface string, its offsets and its sentence."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int
    end: int
    sentence: str = ""
    rule_id: str | None = None


class MoneyRecord(RecordBase):
    kind: Literal["money"] = "money"
    value: float
    value_max: float | None = None
    currency: str
    qualifier: Qualifier | None = None
    year: int | None = None
    usd: float | None = None
    usd_max: float | None = None
    usd_basis: UsdBasis | None = None
    usd_rate: float | None = Field(
        default=None, description="USD per one unit of `currency` used when usd_basis is 'rate'"
    )
    usd_rate_date: str | None = Field(
        default=None, description="period of the rate used: 'YYYY' or 'YYYY-MM'"
    )


class PercentageRecord(RecordBase):
    kind: Literal["percentage"] = "percentage"
    value: float
    value_max: float | None = None
    qualifier: Qualifier | None = None
    points: bool = False
    role: PercentRole | None = None
    year: int | None = None


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


class YearRecord(RecordBase):
    kind: Literal["year"] = "year"
    value: int
    role: YearRole


class FirmRecord(RecordBase):
    kind: Literal["firm"] = "firm"
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[tuple[int, int]] = Field(default_factory=list)


class TargetRecord(RecordBase):
    kind: Literal["target"] = "target"
    year: int | None = None
    value: float | None = None
    unit: str | None = None
    subject: str | None = None


Record = Annotated[
    MoneyRecord | PercentageRecord | FigureRecord | YearRecord | FirmRecord | TargetRecord,
    Field(discriminator="kind"),
]

KINDS: tuple[str, ...] = ("money", "percentage", "figure", "year", "firm", "target")


class ExtractionResult(BaseModel):
    """One article and its records, in reading order: one JSON Lines output line."""

    model_config = ConfigDict(extra="forbid")

    article: ArticleMeta
    records: list[Record] = Field(default_factory=list)
