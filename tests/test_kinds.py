"""The kind registry: a kind registered here (its own model, extractor, match rule and label)
flows through extract -> outputs -> gold/eval -> render without touching any other file."""

from __future__ import annotations

import csv
import json
import operator
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pytest

import nevextract
from nevextract import kinds, models, outputs
from nevextract.doc_codec import decode, encode
from nevextract.errors import GoldError
from nevextract.evaluate import evaluate
from nevextract.gold import validate_record
from nevextract.kinds.base import Rec, RecordBase
from nevextract.render import render_article_html, render_page

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
