"""What every record kind shares: the record base model, the value types several kinds use,
and the number helpers their scoring and rendering rules are written with.

Nothing here knows a particular kind; each kind's package (`kinds/<kind>/`) builds on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "EPSILON",
    "PercentRole",
    "Qualifier",
    "Rec",
    "RecordBase",
    "UsdBasis",
    "YearRole",
    "amount_label",
    "compact",
    "format_number",
    "number",
    "number_key",
    "within",
]

Qualifier = Literal["over", "at_least", "under", "at_most", "about", "nearly"]
UsdBasis = Literal["stated", "rate", "identity"]
PercentRole = Literal["share", "change", "rate"]
YearRole = Literal["reference", "target", "period", "relative"]

Rec = dict[str, Any]  # a record as a JSON-like dict (gold records are kept so)

EPSILON = 1e-9  # absorbs float noise at the tolerance boundaries


class RecordBase(BaseModel):
    """Fields every record has: the surface string, its offsets and its sentence."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int
    end: int
    sentence: str = ""
    rule_id: str | None = None

    if TYPE_CHECKING:
        # each kind's model declares `kind: Literal["<kind>"] = "<kind>"` (after its own
        # base fields, so its JSON keeps SPEC.md's field order)
        kind: str


# --------------------------------------------------------------------------- scoring


def number(value: Any) -> float | None:
    """`value` as a float when it is a JSON number (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def within(pred: Any, gold: Any, tolerance: float) -> bool:
    """Is `pred` within `tolerance` (relative) of `gold`? False unless both are numbers."""
    p, g = number(pred), number(gold)
    if p is None or g is None:
        return False
    return abs(p - g) <= tolerance * abs(g) + EPSILON * max(1.0, abs(g))


def number_key(value: Any) -> str:
    """A number as shown in an error's key: no spurious '.0'."""
    as_float = number(value)
    if as_float is None:
        return str(value)
    return str(int(as_float)) if as_float.is_integer() else repr(as_float)


# --------------------------------------------------------------------------- rendering


def format_number(value: Any) -> str:
    """A number as shown in titles: thousands separators, no spurious '.0'."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def compact(value: Any) -> str:
    """A number as shown in labels: billions and millions shortened."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    for scale, suffix in ((1e9, " bn"), (1e6, " m")):
        if abs(value) >= scale:
            return f"{value / scale:,.4g}{suffix}"
    return format_number(value)


def amount_label(record: Rec) -> str:
    """Qualifier, value and range end: 'over 10', '5–6 bn'."""
    amount = compact(record.get("value"))
    if record.get("value_max") is not None:
        amount += f"–{compact(record['value_max'])}"
    qualifier = record.get("qualifier")
    return f"{str(qualifier).replace('_', ' ')} {amount}" if qualifier else amount
