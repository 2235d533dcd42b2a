"""The golden fixture: corpus/jinan-nev-2023.txt must be reproduced exactly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import nevextract
from nevextract.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "jinan-nev-2023.txt"
GOLD = ROOT / "corpus" / "gold" / "jinan-nev-2023.json"
SHARED = ROOT.parent / "shared" / "golden" / "jinan-nev-2023.txt"


def _gold() -> dict[str, object]:
    data: dict[str, object] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


@pytest.mark.skipif(not SHARED.exists(), reason="the shared folder is not beside this checkout")
def test_fixture_is_byte_identical_to_the_shared_golden_article() -> None:
    assert ARTICLE.read_bytes() == SHARED.read_bytes()


def test_metadata_matches_gold() -> None:
    article = nevextract.extract_file(ARTICLE).article
    gold = _gold()
    assert article.id == "jinan-nev-2023"
    assert article.title == gold["title"]
    assert str(article.published) == gold["published"]
    assert article.source == gold["source"]
    assert article.site == gold["site"]


def test_records_match_gold_exactly() -> None:
    result = nevextract.extract_file(ARTICLE)
    gold_records = _gold()["records"]
    assert isinstance(gold_records, list)
    report = evaluate({"jinan-nev-2023": result.records}, {"jinan-nev-2023": gold_records})
    assert report.errors == [], [e.text for e in report.errors]
    for kind, score in report.kinds.items():
        assert (score.precision, score.recall) == (1.0, 1.0), kind
    assert report.attribute_errors == []
    for name, attribute in report.attributes.items():
        assert attribute.correct == attribute.total, name
    # offsets index the file's text
    text = ARTICLE.read_text(encoding="utf-8")
    assert all(text[r.start : r.end] == r.text for r in result.records)


def test_every_field_the_gold_states_is_reproduced() -> None:
    """Field by field, not only the section 5 match: the record at the gold's offsets has
    each field the gold states (target `subject` included) with the gold's value."""
    records = nevextract.extract_file(ARTICLE).model_dump(mode="json")["records"]
    gold_records = _gold()["records"]
    assert isinstance(gold_records, list)
    by_place = {(r["kind"], r["start"], r["end"]): r for r in records}
    for gold in gold_records:
        found = by_place.get((gold["kind"], gold["start"], gold["end"]))
        assert found is not None, gold["text"]
        for field, value in gold.items():
            got = found.get(field)
            if isinstance(value, float):
                assert got == pytest.approx(value, rel=1e-9), (gold["text"], field)
            else:
                assert got == value, (gold["text"], field)
    assert len(records) == len(gold_records)


def test_golden_targets_name_their_subject() -> None:
    targets = [r for r in nevextract.extract_file(ARTICLE).records if r.kind == "target"]
    assert [t.subject for t in targets] == ["Jinan", "Jinan", "Jinan"]


def test_cli_prints_one_line_with_the_same_records() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "nevextract", "extract", str(ARTICLE)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert len(out) == 1
    line = json.loads(out[0])
    expected = nevextract.extract_file(ARTICLE).model_dump(mode="json")
    assert line["records"] == expected["records"]
    assert line["article"]["id"] == "jinan-nev-2023"
    assert len(line["article"]["sha256"]) == 64
