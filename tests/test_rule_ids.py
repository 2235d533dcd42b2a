"""Every record's rule_id is an id written in a data file under patterns/ (issue 13).

`rule_index.rule_index()` collects the ids; the rules ask `rule_index.rule_id(file, form)`
for the id of the form that fired. These tests check the corpus-wide coverage, that every
form the code names has a row, that ids are unique, and what `nevextract explain` prints.
"""

from __future__ import annotations

import ast
import importlib
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nevextract import extract, extract_file
from nevextract.cli import main
from nevextract.errors import ConfigError
from nevextract.kinds.figure.units import to_si
from nevextract.resources import load_json
from nevextract.rule_index import missing_forms, rule_id, rule_index

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "nevextract"


@pytest.fixture(scope="module")
def corpus_rule_ids() -> Counter[str | None]:
    ids: Counter[str | None] = Counter()
    for path in sorted((ROOT / "corpus").rglob("*")):
        if path.suffix in (".txt", ".html", ".htm"):
            ids.update(r.rule_id for r in extract_file(path).records)
    return ids


def test_corpus_records_carry_data_ids(corpus_rule_ids: Counter[str | None]) -> None:
    index = rule_index()
    total = sum(corpus_rule_ids.values())
    written = sum(n for rule, n in corpus_rule_ids.items() if rule in index)
    assert total > 1000
    assert written / total >= 0.9
    assert len([rule for rule in corpus_rule_ids if rule in index]) >= 40


def test_every_corpus_id_is_in_the_index(corpus_rule_ids: Counter[str | None]) -> None:
    assert [rule for rule in corpus_rule_ids if rule not in rule_index()] == []


def _rule_id_calls() -> list[tuple[str, str, str]]:
    """(module, file constant, form) of every `rule_id(CONST, "form")` call in the source."""
    calls = []
    for path in sorted(SRC.rglob("*.py")):
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "rule_id"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                file = node.args[0]
                name = ast.unparse(file)
                calls.append((module, name, node.args[1].value))
    return calls


def test_every_form_the_code_names_has_a_row() -> None:
    calls = _rule_id_calls()
    assert len(calls) >= 10  # firms, years, quantities, extraction
    for module, name, form in calls:
        owner: Any = importlib.import_module(module)
        for part in name.split("."):
            owner = getattr(owner, part)
        assert isinstance(owner, str), (module, name)
        assert rule_id(owner, form) in rule_index(), (module, form)


def test_every_form_the_data_implies_has_a_row() -> None:
    assert missing_forms() == []
    dimensions = {
        found[1]
        for unit in load_json("units/units.json")["units"]
        if (found := to_si(1.0, unit["pint"])) is not None
    }
    assert all(rule_id("units/units.json", d).startswith("figure.unit.") for d in dimensions)


def test_ids_are_unique_and_each_names_its_file_and_line() -> None:
    index = rule_index()
    assert len(index) >= 100
    for rule in index.values():
        lines = (ROOT / "patterns" / rule.file).read_text(encoding="utf-8").splitlines()
        assert json.dumps(rule.id) in lines[rule.line - 1], rule


def test_a_duplicate_id_is_an_error_naming_both_files(patterns_copy: Path) -> None:
    cues = patterns_copy / "en" / "targets" / "cues.jsonl"
    row = {"id": "money.symbol", "kind": "after", "pattern": "x", "words": ["x"]}
    cues.write_text(cues.read_text(encoding="utf-8") + json.dumps(row) + "\n", "utf-8")
    with pytest.raises(ConfigError, match=r"money\.symbol.*rates/currencies\.json"):
        rule_index()


def test_a_form_without_a_row_is_an_error_naming_the_file(patterns_copy: Path) -> None:
    path = patterns_copy / "en" / "years" / "cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["rules"] = [r for r in data["rules"] if r["form"] != "since YEAR"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert missing_forms() == ["years/cues.json: since YEAR"]
    with pytest.raises(ConfigError, match=r"cues\.json.*'since YEAR'"):
        extract("Sales have doubled since 2019.")


# the forms the rules tell apart in Python, each with a sentence where it fires
FORMS = [
    ("Revenue was 69.21 billion yuan.", "69.21 billion yuan", "money.name"),
    ("The bank lent 1.5 trillion forints.", "1.5 trillion forints", "money.name.iso"),
    ("The plant in Mexico cost 32 billion pesos.", "32 billion pesos", "money.name.place"),
    ("The bank lent 1.5 trillion HUF.", "1.5 trillion HUF", "money.code_after"),
    ("A share paid 56 US cents.", "56 US cents", "money.subunit"),
    ("It raised $9.7 billion.", "$9.7 billion", "money.symbol"),
    ("It raised RMB 500 million.", "RMB 500 million", "money.code"),
    ("Japanese carmakers will spend ¥1.2 trillion.", "¥1.2 trillion", "money.context.jpy"),
    ("The city will spend ¥1.2 billion.", "¥1.2 billion", "money.context.default"),
    ("It will cost 5 to 6 billion yuan.", "5 to 6 billion yuan", "money.range"),
    ("Revenue was 69.21 billion yuan ($9.7 billion).", "69.21 billion yuan", "money.restated"),
    ("Sales rose 12.5% on the year.", "12.5%", "percentage.sign"),
    ("Sales rose 62 percent.", "62 percent", "percentage.percent"),
    ("Sales rose 4.2 per cent.", "4.2 per cent", "percentage.per_cent"),
    ("Sales rose 3 pct.", "3 pct", "percentage.pct"),
    ("Its share rose 2.1 percentage points.", "2.1 percentage points", "percentage.points"),
    ("Its share rose 1.5 pp.", "1.5 pp", "percentage.points_abbrev"),
    ("It sold 158,000 heavy trucks.", "158,000 heavy trucks", "figure.count.noun"),
    ("It opened three plants.", "three plants", "figure.count.word"),
    ("It runs a 500,000-vehicle plant.", "500,000-vehicle", "figure.count.hyphen"),
    ("It led for 12 consecutive years.", "12 consecutive years", "figure.count.duration"),
    ("It built a 35 GWh plant.", "35 GWh", "figure.unit.energy"),
    ("It mined 1.2 million tonnes of ore.", "1.2 million tonnes", "figure.unit.mass"),
    ("The car has a range of 700 km.", "700 km", "figure.unit.length"),
    ("Sales will double by 2025.", "by 2025", "year.by"),
    ("Sales doubled in 2022.", "in 2022", "year.in"),
    ("Its 2023 sales rose.", "2023", "year.bare"),
    ("Q2 2021 deliveries rose.", "Q2 2021", "year.period.quarter"),
    ("Output starts mid-2025.", "mid-2025", "year.part"),
    ("The plan covers 2021-2025.", "2021", "year.span"),
    ("Sales grew between 2021 and 2023.", "2021", "year.span.between"),
    ("Sales grew from 2021 to 2023.", "2021", "year.span.from"),
    ("Sales rose this year.", "this year", "year.relative.this"),
    ("Sales rose last year.", "last year", "year.relative.last"),
    ("Sales will rise next year.", "next year", "year.relative.next"),
    ("It was founded five years ago.", "five years ago", "year.relative.ago"),
    ("BYD sold more cars.", "BYD", "firm.lexicon"),
    ("Foo Tech Co., Ltd. opened a plant.", "Foo Tech Co., Ltd.", "firm.suffix"),
    ("Shares of battery maker Sunwodax rose.", "Sunwodax", "firm.role.noun"),
]


@pytest.mark.parametrize(("text", "record", "expected"), FORMS)
def test_each_form_gives_its_id(text: str, record: str, expected: str) -> None:
    found = {r.text: r.rule_id for r in extract(text, date(2024, 3, 1)).records}
    assert found.get(record) == expected, found
    assert expected in rule_index()


def test_explain_names_the_file_line_and_pattern(capsys: pytest.CaptureFixture[str]) -> None:
    text = "BYD said revenue rose to 69.21 billion yuan in 2023, up 12 percent."
    assert main(["explain", text]) == 0
    out = capsys.readouterr().out
    for rule in ("money.name", "year.in", "firm.lexicon", "percentage.percent"):
        where = rule_index()[rule]
        assert f"rule {rule}  patterns/{where.where}  {where.pattern}" in out
    assert "patterns/en/rates/currencies.json:" in out
    assert "patterns/en/years/cues.json:" in out
    assert "patterns/en/firms/vocab.json:" in out
