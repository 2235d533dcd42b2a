"""Baseline comparison: F1 drops beyond the tolerance are regressions naming lost records."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import pytest

from nevextract.baseline import compare, load_baseline, save_baseline
from nevextract.errors import ConfigError
from nevextract.evaluate import EvalReport, evaluate


def year(value: int, start: int) -> dict[str, Any]:
    text = f"in {value}"
    return {"kind": "year", "text": text, "start": start, "end": start + len(text), "value": value}


def fig(value: float, start: int) -> dict[str, Any]:
    text = f"{value:g} trucks"
    return {
        "kind": "figure",
        "text": text,
        "start": start,
        "end": start + len(text),
        "value": value,
    }


GOLD = {
    "a": [year(2020, 0), year(2021, 20), year(2022, 40), fig(5, 60)],
    "b": [year(2023, 0), fig(7, 30)],
}


def run(drop: Collection[tuple[str, int]] = (), extra: Sequence[dict[str, Any]] = ()) -> EvalReport:
    """Score the gold itself, minus the `drop`ped (article, index) records, plus `extra`."""
    predictions = {
        article: [r for i, r in enumerate(records) if (article, i) not in drop]
        for article, records in GOLD.items()
    }
    predictions["a"] = predictions["a"] + list(extra)
    return evaluate(predictions, GOLD)


def test_lost_record_is_a_regression_naming_it() -> None:
    baseline = run()
    report = run(drop={("a", 1)})
    regressions = compare(report, baseline)
    assert [r.kind for r in regressions] == ["year", "overall"]
    year_regression = regressions[0]
    assert year_regression.old_f1 == 1.0 and year_regression.new_f1 < 1.0
    (lost,) = year_regression.lost
    assert (lost.article, lost.kind, lost.text, lost.start) == ("a", "year", "in 2021", 20)
    assert [e.text for e in regressions[1].lost] == ["in 2021"]


def test_misses_already_in_the_baseline_are_not_lost() -> None:
    baseline = run(drop={("a", 0)})
    report = run(drop={("a", 0), ("b", 0)})
    (year_regression, _overall) = compare(report, baseline)
    assert [(e.article, e.text) for e in year_regression.lost] == [("b", "in 2023")]


def test_new_false_positives_are_named() -> None:
    report = run(extra=[year(1999, 90)])
    (year_regression, _overall) = compare(report, run())
    assert year_regression.lost == []
    assert [e.text for e in year_regression.new_false_positives] == ["in 1999"]


def test_drop_within_tolerance_is_not_a_regression() -> None:
    baseline, report = run(), run(drop={("a", 1)})
    drop = baseline.kinds["year"].f1 - report.kinds["year"].f1  # about 0.11
    assert compare(report, baseline, tolerance=drop + 0.001) == []
    assert compare(report, baseline, tolerance=drop) == []  # exactly the tolerance: allowed
    assert compare(report, baseline, tolerance=drop - 0.001) != []


def test_improvement_is_not_a_regression() -> None:
    assert compare(run(), run(drop={("a", 1), ("b", 1)})) == []


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    report = run(drop={("a", 3)}, extra=[year(1999, 90)])
    path = tmp_path / "baseline.json"
    save_baseline(report, path)
    assert load_baseline(path) == report
    assert compare(load_baseline(path), report) == []
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temp file left


def test_save_replaces_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text("old", encoding="utf-8")
    save_baseline(run(), path)
    assert load_baseline(path).overall.f1 == 1.0


def test_malformed_baseline(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text('{"kinds": 3}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"baseline\.json"):
        load_baseline(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_baseline(tmp_path / "missing.json")
