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
from nevextract.extraction import SCOPE_BLOCK_CHARS

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


@pytest.mark.parametrize(
    "text",
    [
        "The plan aims by 2025 to reach " + "10% " * 20_000 + "then.",
        "The plan aims by 2025 to reach " + "10%, " * 20_000 + "by then.",
        "By 2025 it aims to export " + "10 cars and " * 20_000 + "5 trucks.",
    ],
    ids=["percent-list", "percent-clauses", "figure-list"],
)
def test_long_lists_in_one_sentence_complete(text: str) -> None:
    """A huge sentence completes with every amount (a scan per amount would make this
    crawl; no timing asserted). A sentence over extraction.SCOPE_MAX_CHARS is read in
    blocks, so the amounts near its deadline take the deadline's year."""
    records = [r for r in nevextract.extract(text, PUBLISHED).records if r.kind != "year"]
    assert len(records) >= 20_000
    near = [r for r in records if r.start < SCOPE_BLOCK_CHARS]
    assert near and all(r.year == 2025 for r in near)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Sixty percent of its sales in 2030 will be NEVs.", "target"),
        ("Its sales will make up 35% of the market in 2030.", "target"),
        ("Its sales in 2030, the ministry will say, were high.", "reference"),
        ("Its sales in 2019 rose.", "reference"),
    ],
)
def test_year_role_without_a_publication_date(sentence: str, role: str) -> None:
    """With no publication date, a future-tense word before the year or right after it in
    its clause says the year is a deadline; otherwise it stays a reference."""
    from nevextract.kinds.year.rules import find_years

    assert [y.role for y in find_years(sentence)] == [role]
