"""Year: a calendar year and its role (SPEC.md sections 2 and 5).

The extraction rules are `kinds/year/rules.py`.
"""

from __future__ import annotations

import operator

from ..base import Rec, number
from ..spec import Attribute, KindSpec
from .model import YearRecord

__all__ = ["SPEC", "YearRecord"]


def match(pred: Rec, gold: Rec) -> bool:
    value = number(gold.get("value"))
    return value is not None and number(pred.get("value")) == value


def describe(record: Rec) -> str:
    return str(record.get("value"))


def label(record: Rec) -> str:
    return f"{record.get('value')} {record.get('role') or ''}".strip()


SPEC = KindSpec(
    name="year",
    model=YearRecord,
    key_fields=("value",),
    match=match,
    describe=describe,
    label=label,
    colour="#e3cdff",
    attributes=(Attribute("year.role", "role", operator.eq),),
    title_fields=("value", "role"),
    plain_fields=("value", "year"),  # calendar years read badly as "2,025"
    examples="tests/examples/year.json",
)
