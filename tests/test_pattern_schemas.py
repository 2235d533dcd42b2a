"""Every data file under patterns/ has a schema that forbids unknown keys (pattern_schemas)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import pytest

import nevextract
from nevextract import kinds, pattern_schemas, resources
from nevextract.errors import ConfigError
from nevextract.kinds.base import RecordBase

PATTERNS = resources.patterns_dir()
# each file by its place under patterns/ (`en/profile.json`)
DATA_FILES = sorted(
    p.relative_to(PATTERNS).as_posix()
    for p in PATTERNS.rglob("*")
    if p.suffix in (".json", ".jsonl")
)


def test_every_shipped_data_file_has_a_schema() -> None:
    assert DATA_FILES
    missing = [f for f in DATA_FILES if not pattern_schemas.has_model(resources.rule_name(f))]
    assert missing == []


def test_rule_names_drop_the_language_folder() -> None:
    assert resources.rule_name("en/profile.json") == "profile.json"
    assert resources.rule_name("common/rates/iso4217.json") == "rates/iso4217.json"
    assert resources.rule_name("numeric/lexicon.json") == "numeric/lexicon.json"


@pytest.mark.parametrize("name", DATA_FILES)
def test_shipped_files_pass_their_schema(name: str) -> None:
    if name.endswith(".jsonl"):
        resources.load_jsonl_numbered(resources.rule_name(name))
    else:
        resources.load_json(resources.rule_name(name))


def _add_unknown_key(file: Path) -> int:
    """Write a key no schema knows into the file; return the line it is on."""
    if file.suffix == ".jsonl":
        lines = file.read_text(encoding="utf-8").splitlines()
        row = json.loads(lines[0])
        row["colour"] = "red"
        lines[0] = json.dumps(row, ensure_ascii=False)
        file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 1
    data = json.loads(file.read_text(encoding="utf-8"))
    data["colour"] = "red"
    text = json.dumps(data, ensure_ascii=False, indent=1)
    file.write_text(text, encoding="utf-8")
    return text[: text.index('"colour"')].count("\n") + 1


@pytest.mark.parametrize("name", DATA_FILES)
def test_an_unknown_key_fails_load_naming_file_line_and_key(name: str, patterns_copy: Path) -> None:
    line = _add_unknown_key(patterns_copy / name)
    with pytest.raises(ConfigError) as caught:
        nevextract.load()
    error = caught.value
    assert error.path.endswith(name)
    assert "colour" in error.problem
    assert error.line == line


def test_documentation_keys_are_allowed() -> None:
    pattern_schemas.check(
        "targets/exclusions.json",
        {
            "_comment": "why",
            "_note": "n",
            "_past_comment": "p",
            "past_before_cue": [],
            "forecast_before_cue": [],
            "mandate_in_clause": [],
            "past_year_before": [],
        },
    )
    with pytest.raises(pattern_schemas.SchemaProblem, match="_context_cues"):
        pattern_schemas.check(
            "targets/exclusions.json",
            {
                "_context_cues": [],
                "past_before_cue": [],
                "forecast_before_cue": [],
                "mandate_in_clause": [],
                "past_year_before": [],
            },
        )


class _DemoRecord(RecordBase):
    kind: Literal["demo_schema"] = "demo_schema"


class _Row(pattern_schemas.StrictModel):
    id: str


class _Forms(pattern_schemas.StrictModel):
    forms: list[_Row]


def test_a_kind_declared_schema_is_checked_like_the_stages_ones() -> None:
    """A registered kind's `data_files` give the schemas of its files (of one row, for JSON
    Lines); tests/test_kinds.py loads such a file through the pipeline."""
    spec = kinds.KindSpec(
        name="demo_schema",
        model=_DemoRecord,
        key_fields=(),
        match=lambda pred, gold: True,
        describe=str,
        label=str,
        colour="#ffffff",
        data_files={"demo_schema/forms.json": _Forms, "demo_schema/rows.jsonl": _Row},
    )
    assert not pattern_schemas.has_model("demo_schema/forms.json")
    kinds.register(spec)
    try:
        assert pattern_schemas.has_model("demo_schema/forms.json")
        assert pattern_schemas.has_model("demo_schema/rows.jsonl")
        pattern_schemas.check("demo_schema/forms.json", {"_comment": "c", "forms": [{"id": "a"}]})
        with pytest.raises(pattern_schemas.SchemaProblem, match=r"unknown key 'forms\.0\.colour'"):
            pattern_schemas.check("demo_schema/forms.json", {"forms": [{"id": "a", "colour": 1}]})
        with pytest.raises(pattern_schemas.SchemaProblem, match="unknown key 'colour'"):
            pattern_schemas.check("demo_schema/rows.jsonl", {"id": "a", "colour": 1}, row=True)
    finally:
        kinds.unregister("demo_schema")
    assert not pattern_schemas.has_model("demo_schema/forms.json")
