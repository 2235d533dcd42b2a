"""Money: an amount in a currency, with its USD value (SPEC.md sections 2 and 5).

The extraction rules are `normalizers/quantities.py` and `kinds/money/rules.py`.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ..base import Rec, amount_label, compact, number_key, within
from ..shared import QUALIFIER, YEAR
from ..spec import Attribute, KindSpec
from .model import MoneyRecord

__all__ = ["MONEY_TOLERANCE", "SPEC", "USD_TOLERANCE", "MoneyRecord"]

MONEY_TOLERANCE = 0.005  # relative
USD_TOLERANCE = 0.02  # relative


def match(pred: Rec, gold: Rec) -> bool:
    same_currency = str(pred.get("currency") or "").upper() == str(gold.get("currency")).upper()
    return same_currency and within(pred.get("value"), gold.get("value"), MONEY_TOLERANCE)


def describe(record: Rec) -> str:
    return f"{number_key(record.get('value'))} {record.get('currency')}"


def label(record: Rec) -> str:
    usd = f" ≈ ${compact(record['usd'])}" if record.get("usd") is not None else ""
    return f"{amount_label(record)} {record.get('currency')}{usd}"


def target_amount(record: Any) -> tuple[float, str | None]:
    return record.value, record.currency


SPEC = KindSpec(
    name="money",
    model=MoneyRecord,
    key_fields=("value", "currency"),
    match=match,
    describe=describe,
    label=label,
    colour="#ffe08a",
    attributes=(
        Attribute("money.usd", "usd", partial(within, tolerance=USD_TOLERANCE)),
        QUALIFIER,
        YEAR,
    ),
    title_fields=("value", "value_max", "currency", "qualifier", "usd", "usd_basis", "year"),
    examples="tests/examples/money.json",
    target_amount=target_amount,
)
