"""Table-driven attribute examples (tests/examples/attributes.json): percentage.role and the
`year` of money / percentage / figure records, each with cases where the answer is another
role or no year at all. Known failures go in the file's `xfail` (strict) with a reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nevextract

DATA: dict[str, Any] = json.loads(
    (Path(__file__).parent / "examples" / "attributes.json").read_text(encoding="utf-8")
)
PUBLISHED = date.fromisoformat(DATA["published"])
XFAIL = {(x["sentence"], x["text"]): x["reason"] for x in DATA.get("xfail", [])}


def _params(key: str) -> list[Any]:
    out = []
    for case in DATA[key]:
        reason = XFAIL.get((case["sentence"], case["text"]))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, marks=marks, id=f"{case['text']}|{case['sentence'][:50]}"))
    return out


def _record(sentence: str, text: str) -> Any:
    records = nevextract.extract(sentence, PUBLISHED).records
    found = [r for r in records if r.text == text and r.kind in ("money", "percentage", "figure")]
    assert len(found) == 1, [r.text for r in records]
    return found[0]


@pytest.mark.parametrize("case", _params("roles"))
def test_percentage_role(case: dict[str, Any]) -> None:
    record = _record(case["sentence"], case["text"])
    assert record.kind == "percentage"
    assert record.role == case["role"]


@pytest.mark.parametrize("case", _params("record_years"))
def test_record_year(case: dict[str, Any]) -> None:
    record = _record(case["sentence"], case["text"])
    assert record.kind in ("money", "percentage", "figure")
    assert record.year == case["year"]


def test_both_tables_have_negatives() -> None:
    """Each table holds cases whose answer is not the majority one: other roles, no year."""
    assert {c["role"] for c in DATA["roles"]} >= {"share", "change", "rate", None}
    assert any(c["year"] is None for c in DATA["record_years"])
