"""Figure: a counted or measured amount with its unit (SPEC.md sections 2 and 5).

The extraction rules are `normalizers/quantities.py` (shared with money and percentage),
`kinds/figure/rules.py` and `kinds/figure/units.py`.
"""

from __future__ import annotations

from typing import Any

from ..base import Rec, amount_label, number_key, within
from ..shared import QUALIFIER, YEAR
from ..spec import Attribute, KindSpec
from .model import FigureRecord

__all__ = ["FIGURE_TOLERANCE", "SPEC", "FigureRecord", "unit_matches"]

FIGURE_TOLERANCE = 1e-6  # relative


def match(pred: Rec, gold: Rec) -> bool:
    return within(pred.get("value"), gold.get("value"), FIGURE_TOLERANCE)


def _singular_forms(word: str) -> set[str]:
    """The word and its possible singulars: ies->y, (s|x|ch|sh)es->drop es, s->drop (not ss).

    Both "drop es" and "drop s" are kept where they apply, since the simple rules cannot tell
    "buses" (bus) from "enterprises" (enterprise).
    """
    forms = {word}
    if word.endswith("ies") and len(word) > 3:
        forms.add(word[:-3] + "y")
    if word.endswith(("ses", "xes", "ches", "shes")):
        forms.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        forms.add(word[:-1])
    return forms


def _unit_words(unit: str) -> list[str]:
    # Words are whitespace-separated, trimmed of edge punctuation: "Wh/kg" stays one word.
    words = (word.strip(".,;:()[]'\"").lower() for word in unit.split())
    return [word for word in words if word]


def unit_matches(predicted: Any, gold: Any) -> bool:
    """`figure.unit`: the gold unit's last word, singularised, is a word of the predicted unit.

    Words are compared as written and singularised (on both sides), so "heavy trucks" holds
    "truck", "buses" holds "bus" and "Enterprises" holds "enterprise"; case is ignored.
    """
    if not isinstance(predicted, str) or not isinstance(gold, str):
        return False
    gold_words = _unit_words(gold)
    if not gold_words:
        return False
    wanted = _singular_forms(gold_words[-1])
    return any(_singular_forms(word) & wanted for word in _unit_words(predicted))


def describe(record: Rec) -> str:
    unit = f" {record['unit']}" if record.get("unit") else ""
    return f"{number_key(record.get('value'))}{unit}"


def label(record: Rec) -> str:
    return f"{amount_label(record)} {record.get('unit') or ''}".strip()


def target_amount(record: Any) -> tuple[float, str | None]:
    return record.value, record.unit


SPEC = KindSpec(
    name="figure",
    model=FigureRecord,
    key_fields=("value",),
    match=match,
    describe=describe,
    label=label,
    colour="#c6efbd",
    attributes=(Attribute("figure.unit", "unit", unit_matches), QUALIFIER, YEAR),
    title_fields=("value", "value_max", "unit", "qualifier", "year", "quantity", "si_unit"),
    examples="tests/examples/figure.json",
    target_amount=target_amount,
)
