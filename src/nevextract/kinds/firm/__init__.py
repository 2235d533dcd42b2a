"""Firm: a company, its aliases and every mention (SPEC.md sections 2 and 5).

The extraction rules are `kinds/firm/rules.py`.
"""

from __future__ import annotations

import re

from ..base import Rec
from ..spec import KindSpec
from .model import FirmRecord

__all__ = ["LEGAL_SUFFIXES", "SPEC", "FirmRecord", "firm_key"]

# Legal-form words dropped from the end of a firm name (SPEC.md section 5).
LEGAL_SUFFIXES = frozenset(
    {"co", "ltd", "inc", "corp", "corporation", "limited", "company", "llc", "ag", "se", "sa"}
    | {"plc"}
)


def firm_key(name: str) -> str:
    """Normalise a firm name: case-fold, drop punctuation and trailing legal suffixes.

    >>> firm_key("BYD Co., Ltd.") == firm_key("byd")
    True
    """
    folded = re.sub(r"['’]", "", name.casefold())  # "Li's" -> "lis", not "li s"
    words = re.sub(r"[\W_]+", " ", folded).split()
    # Drop suffixes repeatedly ("Co., Ltd."), but never the whole name.
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _names(record: Rec) -> set[str]:
    names = [record.get("name"), *(record.get("aliases") or ())]
    return {firm_key(name) for name in names if isinstance(name, str)} - {""}


def match(pred: Rec, gold: Rec) -> bool:
    return bool(_names(pred) & _names(gold))


def describe(record: Rec) -> str:
    return str(record.get("name"))


def mention_forms(record: Rec) -> set[str]:
    """A mention is the firm's name or one of its aliases, as written."""
    return {record["name"], *record.get("aliases", [])}


SPEC = KindSpec(
    name="firm",
    model=FirmRecord,
    key_fields=("name",),
    match=match,
    describe=describe,
    label=describe,
    colour="#ffc9de",
    title_fields=("name", "aliases"),
    mention_forms=mention_forms,
    examples="tests/examples/firm.json",
)
