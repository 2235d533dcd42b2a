"""Table-driven tests per record kind (Duckling style): tests/examples/<kind>.json.

A case groups surface forms under one expected value; a form passes only when exactly one
record of the kind covers the whole string. Negatives must give no record of the kind.
Known failures are listed in the file's `xfail` with a reason and run as strict xfail.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nevextract
from nevextract import kinds

ROOT = Path(__file__).parents[1]
# every registered kind names its examples file (`KindSpec.examples`)
EXAMPLES = {spec.name: ROOT / spec.examples for spec in kinds.registered() if spec.examples}


def _load(kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLES[kind].read_text(encoding="utf-8"))
    return data


def test_every_builtin_kind_has_examples() -> None:
    assert {"money", "percentage", "figure", "year", "firm", "target"} <= set(EXAMPLES)
    assert all(path.is_file() for path in EXAMPLES.values())


def _xfails(data: dict[str, Any]) -> dict[str, str]:
    return {x.get("form") or x["sentence"]: x["reason"] for x in data.get("xfail", [])}


def _params(kind: str, key: str) -> list[Any]:
    data = _load(kind)
    xfails = _xfails(data)
    published = date.fromisoformat(data["published"])
    out = []
    if key == "forms":
        items = [(form, case["expect"]) for case in data.get("cases", []) for form in case["forms"]]
    else:
        items = [(item, None) for item in data.get(key, [])]
    for item, expect in items:
        label = item if isinstance(item, str) else item.get("sentence", str(item))
        marks = [pytest.mark.xfail(strict=True, reason=xfails[label])] if label in xfails else []
        out.append(pytest.param(item, expect, published, marks=marks, id=label[:60]))
    return out


def _records(text: str, kind: str, published: date) -> list[Any]:
    return [r for r in nevextract.extract(text, published).records if r.kind == kind]


def _check_fields(record: Any, expect: dict[str, Any]) -> None:
    for field, value in expect.items():
        got = getattr(record, field)
        if isinstance(value, float):
            assert got == pytest.approx(value, rel=1e-6), field
        else:
            assert got == value, field


@pytest.mark.parametrize(
    ("kind", "form", "expect", "published"),
    [
        pytest.param(kind, *p.values, marks=p.marks, id=f"{kind}:{p.id}")
        for kind in EXAMPLES
        for p in _params(kind, "forms")
    ],
)
def test_forms(kind: str, form: str, expect: dict[str, Any], published: date) -> None:
    records = _records(form, kind, published)
    assert [r.text for r in records] == [form]
    _check_fields(records[0], expect)


@pytest.mark.parametrize(("case", "_expect", "published"), _params("year", "sentences"))
def test_year_sentences(case: dict[str, Any], _expect: None, published: date) -> None:
    records = _records(case["sentence"], "year", published)
    assert [[r.value, r.role] for r in records] == case["years"]


@pytest.mark.parametrize(("case", "_expect", "published"), _params("percentage", "roles"))
def test_percentage_roles(case: dict[str, Any], _expect: None, published: date) -> None:
    records = _records(case["sentence"], "percentage", published)
    roles = {r.text: r.role for r in records}
    assert roles.get(case["text"]) == case["role"]


@pytest.mark.parametrize(("case", "_expect", "published"), _params("money", "sentences"))
def test_money_sentences(case: dict[str, Any], _expect: None, published: date) -> None:
    # each expected amount states its text and the fields it names (currency by context)
    records = _records(case["sentence"], "money", published)
    got = [
        {k: getattr(r, k) for k in want} for r, want in zip(records, case["records"], strict=False)
    ]
    assert len(records) == len(case["records"]) and got == case["records"]


@pytest.mark.parametrize(("case", "_expect", "published"), _params("firm", "sentences"))
def test_firm_sentences(case: dict[str, Any], _expect: None, published: date) -> None:
    records = _records(case["sentence"], "firm", published)
    assert sorted(r.name for r in records) == sorted(case["firms"])


@pytest.mark.parametrize(("case", "_expect", "published"), _params("target", "sentences"))
def test_target_sentences(case: dict[str, Any], _expect: None, published: date) -> None:
    records = _records(case["sentence"], "target", published)
    # each expected target states year and value, and may state subject and text
    assert len(records) == len(case["targets"])
    got = [
        {k: getattr(r, k) for k in want} for r, want in zip(records, case["targets"], strict=True)
    ]
    assert got == case["targets"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        pytest.param(kind, text, id=f"{kind}:{text[:50]}")
        for kind in EXAMPLES
        for text in _load(kind).get("negatives", [])
    ],
)
def test_negatives(kind: str, text: str) -> None:
    published = date.fromisoformat(_load(kind)["published"])
    assert _records(text, kind, published) == []
