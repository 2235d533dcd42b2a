"""docs/records.md describes every field the models write, and README links to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nevextract.models import (
    ArticleMeta,
    FigureRecord,
    FirmRecord,
    MoneyRecord,
    PercentageRecord,
    RecordBase,
    TargetRecord,
    YearRecord,
)

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", DOC, re.S | re.M)
    assert match, title
    return match.group(1)


def _documented(section: str) -> set[str]:
    """Field names in the first column of a section's table."""
    names: set[str] = set()
    for cell in re.findall(r"^\| ([^|]+) \|", section, re.M):
        names.update(re.findall(r"`(\w+)`", cell))
    return names


@pytest.mark.parametrize(
    ("title", "model"),
    [
        ("Article", ArticleMeta),
        ("money", MoneyRecord),
        ("percentage", PercentageRecord),
        ("figure", FigureRecord),
        ("year", YearRecord),
        ("firm", FirmRecord),
        ("target", TargetRecord),
    ],
)
def test_every_model_field_is_documented(title: str, model: type) -> None:
    common = _documented(_section("Every record"))
    own = _documented(_section(title))
    fields = set(model.model_fields)
    if model is not ArticleMeta:
        fields -= set(RecordBase.model_fields) | {"kind"}
        own |= common
    assert fields <= own, sorted(fields - own)


def test_readme_links_records_and_documents_every_exit_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/records.md" in readme
    from nevextract import cli

    for code in (cli.EXIT_OK, cli.EXIT_FAILED, cli.EXIT_USAGE, cli.EXIT_WRITE):
        assert re.search(rf"^\| `{code}` \|", readme, re.M), code
    for code in (cli.EXIT_INTERRUPTED, cli.EXIT_PIPE):
        assert re.search(rf"^\| `{code}` \|", readme, re.M), code
