"""The money record (SPEC.md section 2)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..base import Qualifier, RecordBase, UsdBasis


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
