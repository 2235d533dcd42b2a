"""The data files of the amount rules added for real news (ECB rates, CLDR currency names,
figure word lists) fail `nevextract.load()` with a ConfigError naming the file when broken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nevextract
from nevextract import resources
from nevextract.errors import ConfigError

PATTERNS = resources.patterns_dir()


def test_bad_row_in_ecb_rates(patterns_copy: Path) -> None:
    file = patterns_copy / "common" / "rates" / "ecb_usd_rates.csv"
    lines = file.read_text(encoding="utf-8").splitlines()
    first = next(n for n, line in enumerate(lines, 1) if line.startswith("HUF,"))
    lines[first - 1] = "HUF,2001,zero"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad rate row") as info:
        nevextract.load()
    assert Path(info.value.path) == file and info.value.line == first


def test_figure_word_list_missing(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "numeric" / "figures.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    del data["widget_words"]["words"]
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="widget_words") as info:
        nevextract.load()
    assert Path(info.value.path) == file


def test_broken_currency_names(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "rates" / "iso4217.json"
    file.write_text(file.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid JSON"):
        nevextract.load()


def test_currency_entry_without_words(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "rates" / "iso4217.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    del data["HUF"]["words"]
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="HUF") as info:
        nevextract.load()
    assert Path(info.value.path) == file
