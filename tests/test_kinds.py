"""The kind registry: a kind registered here (its own model, extractor, match rule and label)
flows through extract -> outputs -> gold/eval -> render without touching any other file; a
kind with a data file of its own (tests/data/demo_kind) has it checked by its schema, owned
and saved by the records component, and its ids found by `explain`."""

from __future__ import annotations

import csv
import importlib
import json
import operator
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pytest
import spacy

import nevextract
from nevextract import kinds, models, outputs, pattern_schemas, resources
from nevextract.cli import main
from nevextract.doc_codec import decode, encode
from nevextract.errors import ConfigError, GoldError
from nevextract.evaluate import evaluate
from nevextract.gold import validate_record
from nevextract.kinds.base import Rec, RecordBase
from nevextract.render import render_article_html, render_page
from nevextract.rule_index import rule_index

if TYPE_CHECKING:
    from nevextract.extraction import Context

BUILTIN = ("money", "percentage", "figure", "year", "firm", "target")
TEXT = (
    "BYD launched a 1000V platform for its cars on Monday.\n\n"
    "Its 800 V chargers and 400V packs ship in 2026."
)


class VoltageRecord(RecordBase):
    kind: Literal["demo_voltage"] = "demo_voltage"
    volts: int
    platform: bool = False


_VOLTS = re.compile(r"\b(\d{3,4}) ?V\b(?P<platform>(?= (?:platform|architecture)))?")


def _extract(ctx: Context) -> Iterable[RecordBase]:
    start, end = ctx.body  # the article's body, as the built-in stages read it
    for m in _VOLTS.finditer(ctx.text, start, end):
        yield VoltageRecord(
            text=ctx.quoted[m.start() : m.end()],
            start=m.start(),
            end=m.end(),
            sentence=ctx.sentence_text(m.start(), m.end()),
            rule_id="demo_voltage.regex",
            volts=int(m.group(1)),
            platform=m.group("platform") is not None,
        )


def _match(pred: Rec, gold: Rec) -> bool:
    return bool(pred.get("volts") == gold.get("volts"))


VOLTAGE = kinds.KindSpec(
    name="demo_voltage",
    model=VoltageRecord,
    key_fields=("volts",),
    match=_match,
    describe=lambda r: f"{r.get('volts')} V",
    label=lambda r: f"{r.get('volts')} V{' platform' if r.get('platform') else ''}",
    colour="#aaaaff",
    attributes=(kinds.Attribute("demo_voltage.platform", "platform", operator.eq),),
    title_fields=("volts", "platform"),
    extract=_extract,
)


@pytest.fixture
def demo_voltage() -> Iterator[kinds.KindSpec]:
    kinds.register(VOLTAGE)
    try:
        yield VOLTAGE
    finally:
        kinds.unregister("demo_voltage")


def _voltages(result: models.ExtractionResult) -> list[Any]:
    return [r for r in result.records if r.kind == "demo_voltage"]


def test_the_builtin_kinds_come_first_in_order() -> None:
    assert kinds.names()[: len(BUILTIN)] == BUILTIN
    assert kinds.names() == models.KINDS
    assert kinds.rank() == {kind: i for i, kind in enumerate(kinds.names())}


def test_a_kind_name_is_registered_once_and_must_be_safe(demo_voltage: kinds.KindSpec) -> None:
    with pytest.raises(ValueError, match="already registered"):
        kinds.register(demo_voltage)
    with pytest.raises(ValueError, match="must match"):
        kinds.register(kinds.KindSpec(**{**VOLTAGE.__dict__, "name": 'x" onclick="y'}))


def test_a_model_must_carry_its_kind() -> None:
    with pytest.raises(ValueError, match="Literal"):
        kinds.register(kinds.KindSpec(**{**VOLTAGE.__dict__, "name": "volts"}))


def test_registered_kind_is_extracted_and_ordered(demo_voltage: kinds.KindSpec) -> None:
    result = nevextract.extract(TEXT, "2025-03-01")
    found = _voltages(result)
    assert [(r.text, r.volts, r.platform) for r in found] == [
        ("1000V", 1000, True),
        ("800 V", 800, False),
        ("400V", 400, False),
    ]
    assert all(r.rule_id == "demo_voltage.regex" for r in found)
    # the other kinds are still there, and every record is in reading order
    assert {"firm", "year"} <= {r.kind for r in result.records}
    starts = [r.start for r in result.records]
    assert starts == sorted(starts)
    line = result.model_dump(mode="json")
    assert {"kind": "demo_voltage", "volts": 800, "platform": False}.items() <= line["records"][
        [(r["kind"], r["text"]) for r in line["records"]].index(("demo_voltage", "800 V"))
    ].items()
    # the registry union reads the line back, and the record crosses processes (msgpack)
    again = models.ExtractionResult.model_validate(line)
    assert _voltages(again) == found
    assert decode(encode(found[0])) == found[0]


def test_an_unregistered_kind_is_gone(demo_voltage: kinds.KindSpec) -> None:
    kinds.unregister("demo_voltage")
    try:
        assert _voltages(nevextract.extract(TEXT, "2025-03-01")) == []
        assert "volts" not in outputs.record_columns()
    finally:
        kinds.register(demo_voltage)


def test_registered_kind_reaches_the_flat_outputs(
    demo_voltage: kinds.KindSpec, tmp_path: Path
) -> None:
    line = nevextract.extract(TEXT, "2025-03-01").model_dump(mode="json")
    line["article"]["sha256"] = "0" * 64
    columns = outputs.flat_columns()
    assert columns["volts"] == "int" and columns["platform"] == "bool"
    assert list(columns)[-2:] == ["volts", "platform"]  # a new kind's fields come last
    writer = outputs.open_writer(str(tmp_path / "out.csv"), None)
    writer.write_batch([line])
    writer.close()
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(columns)
    assert [row["volts"] for row in rows if row["kind"] == "demo_voltage"] == ["1000", "800", "400"]


def test_registered_kind_is_gold_and_scored(demo_voltage: kinds.KindSpec) -> None:
    gold = [
        {"kind": "demo_voltage", "text": "1000V", "volts": 1000, "platform": True},
        {"kind": "demo_voltage", "text": "800 V", "volts": 800, "platform": True},
        {"kind": "demo_voltage", "text": "600V", "volts": 600},
    ]
    for index, record in enumerate(gold):
        validate_record(record, where="gold.json", index=index, text=TEXT)
    with pytest.raises(GoldError, match="missing key field 'volts'"):
        validate_record({"kind": "demo_voltage", "text": "1000V"}, where="gold.json", index=0)
    with pytest.raises(GoldError, match="volts"):
        validate_record(
            {"kind": "demo_voltage", "text": "1000V", "volts": "many"}, where="gold.json", index=0
        )
    predicted = _voltages(nevextract.extract(TEXT, "2025-03-01"))
    report = evaluate({"a": predicted}, {"a": gold}, texts={"a": TEXT})
    score = report.kinds["demo_voltage"]
    assert (score.tp, score.fn, score.fp) == (2, 1, 1)
    assert report.attributes["demo_voltage.platform"].model_dump() == {
        "name": "demo_voltage.platform",
        "correct": 1,
        "total": 2,
        "accuracy": 0.5,
    }
    assert {(e.type, e.key) for e in report.errors} == {
        ("miss", "600 V"),
        ("false_positive", "400 V"),
    }
    # the built-in kinds are scored as before, beside it (a registered kind comes last)
    assert list(report.kinds) == list(models.KINDS)
    assert list(report.kinds)[: len(BUILTIN)] == list(BUILTIN)
    assert list(report.kinds)[-1] == "demo_voltage"


def test_registered_kind_is_rendered(demo_voltage: kinds.KindSpec) -> None:
    predicted = _voltages(nevextract.extract(TEXT, "2025-03-01"))
    section = render_article_html(TEXT, predicted)
    assert section.count('class="rec kind-demo_voltage"') == 3
    assert '<span class="label">1000 V platform</span>' in section
    assert "volts: 1,000 | platform: True | rule: demo_voltage.regex" in section
    page = render_page([section], "t")
    assert "mark.kind-demo_voltage { background: #aaaaff; }" in page
    assert '<mark class="rec kind-demo_voltage">demo_voltage</mark>' in page


def test_without_the_kind_its_records_are_other() -> None:
    record = {"kind": "demo_voltage", "text": "800V", "start": 0, "end": 4, "volts": 800}
    section = render_article_html("800V", [record])
    assert 'class="rec kind-other"' in section
    assert json.dumps(outputs.record_columns()).count("volts") == 0


def test_data_in_a_kind_folder_is_part_of_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nevextract import fingerprint

    data = tmp_path / "kinds" / "demo_voltage" / "patterns.json"
    data.parent.mkdir(parents=True)
    data.write_text('{"patterns": []}', encoding="utf-8")
    monkeypatch.setattr(fingerprint, "_PACKAGE_DIR", tmp_path)
    before = fingerprint.rules_fingerprint()
    data.write_text('{"patterns": [{"id": "demo_voltage.kv"}]}', encoding="utf-8")
    assert fingerprint.rules_fingerprint() != before


# ------------------------------------------------------------- a kind with data of its own

DEMO_KIND = Path(__file__).parent / "data" / "demo_kind"
CELL_FILE = "demo_cell/forms.json"
CELL_TEXT = "Tesla will make 4680 cells in Texas, while BYD fits its Blade battery to every car."


@pytest.fixture
def demo_cell(patterns_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The kind of tests/data/demo_kind registered, its data in a copy of patterns/: its
    package and its data folder, and no other file. Yields the data file."""
    shutil.copytree(DEMO_KIND / "patterns", patterns_copy, dirs_exist_ok=True)
    monkeypatch.syspath_prepend(str(DEMO_KIND))
    kinds.register(importlib.import_module("demo_cell").SPEC)
    try:
        yield patterns_copy / "en" / CELL_FILE
    finally:
        kinds.unregister("demo_cell")


def _cells(records: Iterable[Any]) -> list[tuple[str, str, str | None]]:
    return [(r.text, r.cell, r.rule_id) for r in records if r.kind == "demo_cell"]


CELLS = [
    ("4680", "4680", "demo_cell.cylindrical"),
    ("Blade battery", "Blade", "demo_cell.blade"),
]


def test_a_kind_declares_its_data_files_and_their_schemas(demo_cell: Path) -> None:
    schema = importlib.import_module("demo_cell.schema").CellForms
    assert kinds.data_files()[CELL_FILE].name == "demo_cell"
    assert kinds.data_schema(CELL_FILE) is schema  # "module:Model", imported on first use
    assert pattern_schemas.model_of(CELL_FILE) is schema
    assert pattern_schemas.has_model(CELL_FILE)
    spec = kinds.get("demo_cell")
    assert spec is not None
    for files, problem in (
        ({"forms.json": None}, "inside its folder"),
        ({"demo_voltage/forms.json": "x:Y"}, "inside its folder"),
        ({"demo_cell/../money.json": "x:Y"}, "inside its folder"),
        ({"demo_cell/extra.json": None}, "needs a schema"),
    ):
        other = kinds.KindSpec(**{**spec.__dict__, "name": "demo_cell", "data_files": files})
        kinds.unregister("demo_cell")
        try:
            with pytest.raises(ValueError, match=problem):
                kinds.register(other)
        finally:
            kinds.register(spec)


def test_a_kind_data_file_is_checked_by_its_schema(demo_cell: Path) -> None:
    assert resources.load_json(CELL_FILE)["forms"][0]["id"] == "demo_cell.cylindrical"
    data = json.loads(demo_cell.read_text(encoding="utf-8"))
    data["forms"][1]["colour"] = "red"
    text = json.dumps(data, indent=1)
    demo_cell.write_text(text, encoding="utf-8")
    resources.clear_caches()
    with pytest.raises(ConfigError) as caught:
        nevextract.load()  # the records component reads the file, checked by the schema
    error = caught.value
    assert error.path.endswith("en/demo_cell/forms.json")
    assert "unknown key 'forms.1.colour'" in error.problem
    assert error.line == text[: text.index('"colour"')].count("\n") + 1
    with pytest.raises(ConfigError, match="colour"):
        resources.load_json(CELL_FILE)


def test_a_kind_records_carry_its_data_ids_and_explain_finds_them(
    demo_cell: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cells(nevextract.extract(CELL_TEXT, "2025-03-01").records) == CELLS
    index = rule_index()
    lines = demo_cell.read_text(encoding="utf-8").splitlines()
    for rule in ("demo_cell.cylindrical", "demo_cell.blade"):
        assert index[rule].file == "en/demo_cell/forms.json"
        assert json.dumps(rule) in lines[index[rule].line - 1]
    assert main(["explain", CELL_TEXT]) == 0
    out = capsys.readouterr().out
    where = index["demo_cell.blade"]
    assert f"rule demo_cell.blade  patterns/{where.where}  {where.pattern}" in out


def test_the_records_component_owns_and_saves_a_kind_data_file(
    demo_cell: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = nevextract.load()
    records = nlp.get_pipe("records")
    config = spacy.util.load_config(resources.pipeline_dir() / "config.cfg")
    assert config["initialize"]["components"]["records"]["rules"]["paths"] == []
    assert CELL_FILE in records.needed_files()  # type: ignore[attr-defined]
    assert CELL_FILE in records.rules.files  # type: ignore[attr-defined]
    saved = tmp_path / "pipe"
    nlp.to_disk(saved)
    assert (saved / "records" / "rules" / CELL_FILE).is_file()
    # the saved pipeline runs on its own copy, with the package's patterns out of reach
    monkeypatch.setenv(resources.PATTERNS_DIR_ENV, str(tmp_path / "missing"))
    resources.clear_caches()
    loaded = spacy.load(saved)
    assert _cells(loaded(CELL_TEXT)._.records) == CELLS


def test_a_kind_registered_after_the_pipeline_was_built_brings_its_files(
    demo_cell: Path,
) -> None:
    spec = kinds.get("demo_cell")
    assert spec is not None
    kinds.unregister("demo_cell")
    try:
        records = nevextract.load().get_pipe("records")
        assert CELL_FILE not in records.rules.files  # type: ignore[attr-defined]
    finally:
        kinds.register(spec)
    assert _cells(nevextract.extract(CELL_TEXT, "2025-03-01").records) == CELLS
    assert CELL_FILE in records.rules.files  # type: ignore[attr-defined]
