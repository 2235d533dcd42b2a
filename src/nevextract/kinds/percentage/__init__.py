"""Percentage: a share, change or rate, or percentage points (SPEC.md sections 2 and 5).

The extraction rules are `normalizers/quantities.py` and `normalizers/attributes.py`.
"""

from __future__ import annotations

import operator
from typing import Any

from ..base import EPSILON, Rec, amount_label, number, number_key
from ..shared import QUALIFIER, YEAR
from ..spec import Attribute, KindSpec
from .model import PercentageRecord

__all__ = ["PERCENT_TOLERANCE", "SPEC", "PercentageRecord"]

PERCENT_TOLERANCE = 0.005  # absolute, in percent


def match(pred: Rec, gold: Rec) -> bool:
    p, g = number(pred.get("value")), number(gold.get("value"))
    if p is None or g is None:
        return False
    # Missing `points` means plain percent.
    same_points = bool(pred.get("points")) == bool(gold.get("points"))
    return same_points and abs(p - g) <= PERCENT_TOLERANCE + EPSILON


def describe(record: Rec) -> str:
    return f"{number_key(record.get('value'))}{' points' if record.get('points') else '%'}"


def label(record: Rec) -> str:
    sign = " pp" if record.get("points") else "%"
    return f"{amount_label(record)}{sign} {record.get('role') or ''}".strip()


def target_amount(record: Any) -> tuple[float, str | None]:
    return record.value, "percent"


SPEC = KindSpec(
    name="percentage",
    model=PercentageRecord,
    key_fields=("value",),
    match=match,
    describe=describe,
    label=label,
    colour="#b5e3ff",
    attributes=(QUALIFIER, Attribute("percentage.role", "role", operator.eq), YEAR),
    title_fields=("value", "value_max", "qualifier", "points", "role", "year"),
    examples="tests/examples/percentage.json",
    target_amount=target_amount,
)
