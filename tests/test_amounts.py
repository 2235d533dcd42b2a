"""Sentences of tests/examples/{money,percentage,figure}.json: every record of the kind, in order.

The forms in those files check one amount alone; these check how amounts stand together
(change and level, a restatement, an implicit counted noun, signs)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nevextract

EXAMPLES = Path(__file__).parent / "examples"


def _cases() -> list[Any]:
    out = []
    for kind in ("money", "percentage", "figure"):
        data = json.loads((EXAMPLES / f"{kind}.json").read_text(encoding="utf-8"))
        published = date.fromisoformat(data["published"])
        for case in data.get("sentences", []):
            out.append(pytest.param(kind, case, published, id=f"{kind}:{case['sentence'][:50]}"))
    return out


@pytest.mark.parametrize(("kind", "case", "published"), _cases())
def test_sentence_records(kind: str, case: dict[str, Any], published: date) -> None:
    records = [r for r in nevextract.extract(case["sentence"], published).records if r.kind == kind]
    assert [r.text for r in records] == [e["text"] for e in case["records"]]
    for record, expect in zip(records, case["records"], strict=True):
        for field, value in expect.items():
            got = getattr(record, field)
            assert got == (pytest.approx(value) if isinstance(value, float) else value), field
