"""The stored baseline guards accuracy: CI fails when a pattern change loses records."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nevextract.cli import main
from nevextract.resources import PATTERNS_DIR_ENV, clear_caches, patterns_dir

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLDEN = CORPUS / "jinan-nev-2023.txt"


def test_corpus_holds_its_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", str(CORPUS), "--baseline", str(CORPUS / "baseline.json")])
    out = capsys.readouterr().out
    assert code == 0, out


@pytest.fixture
def broken_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of patterns/ where 'yuan' is no longer a currency word."""
    copy = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), copy)
    currencies = copy / "en" / "rates" / "currencies.json"
    data = json.loads(currencies.read_text(encoding="utf-8"))
    data["CNY"]["words"] = [w for w in data["CNY"]["words"] if w.lower() != "yuan"]
    currencies.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(PATTERNS_DIR_ENV, str(copy))
    clear_caches()
    yield copy
    monkeypatch.delenv(PATTERNS_DIR_ENV)
    clear_caches()


def test_breaking_a_pattern_fails_the_baseline_and_names_the_loss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["eval", str(GOLDEN), "--baseline", str(baseline), "--update-baseline"]) == 0
    capsys.readouterr()

    request.getfixturevalue("broken_patterns")
    code = main(["eval", str(GOLDEN), "--baseline", str(baseline)])
    out = capsys.readouterr().out

    assert code == 1
    assert "money" in out
    assert "69.21 billion yuan" in out  # the record that was lost is named
