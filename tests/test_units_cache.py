"""The SI factors of units.json are cached on disk, so later starts need no pint."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import nevextract
from nevextract import resources
from nevextract.errors import ConfigError
from nevextract.kinds.figure import units


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv(units.CACHE_DIR_ENV, str(folder))
    resources.clear_caches()
    yield folder
    resources.clear_caches()


def _records_of(text: str) -> list[dict[str, object]]:
    return [r.model_dump() for r in nevextract.extract(text).records]


TEXT = "CATL shipped 35 GWh of cells and a 120 kW charger in 2023."


def test_factors_come_from_pint_first_and_from_the_cache_after(cache_dir: Path) -> None:
    expected = _records_of(TEXT)
    files = list(cache_dir.glob("si-factors-*.json"))
    assert len(files) == 1
    cached = json.loads(files[0].read_text(encoding="utf-8"))
    assert cached["gigawatt_hour"] == [3.6e12, "kilogram * meter ** 2 / second ** 2"]
    resources.clear_caches()
    units.registry.cache_clear()
    assert _records_of(TEXT) == expected


def test_a_warm_start_does_not_import_pint(cache_dir: Path) -> None:
    code = (
        "import sys, nevextract; nevextract.load();"
        f"r = nevextract.extract({TEXT!r}).records;"
        "print('pint' in sys.modules, sorted(x.si_unit or '' for x in r if x.kind == 'figure'))"
    )
    env = {**os.environ, units.CACHE_DIR_ENV: str(cache_dir)}
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    cold, warm = (r.stdout.split(" ", 1) for r in runs)
    assert cold[0] == "True" and warm[0] == "False"
    assert cold[1] == warm[1] and "kilogram" in warm[1]


def test_a_damaged_cache_is_worked_out_again(cache_dir: Path) -> None:
    expected = _records_of(TEXT)
    for file in cache_dir.glob("si-factors-*.json"):
        file.write_text('{"gigawatt_hour": [1', encoding="utf-8")
    resources.clear_caches()
    assert _records_of(TEXT) == expected


def test_changed_unit_files_miss_the_cache(cache_dir: Path, tmp_path: Path) -> None:
    """A cache written for good unit files does not hide a broken one at load()."""
    copy = tmp_path / "patterns"
    shutil.copytree(resources.patterns_dir(), copy)
    os.environ[resources.PATTERNS_DIR_ENV] = str(copy)
    try:
        resources.clear_caches()
        nevextract.load()
        assert list(cache_dir.glob("si-factors-*.json"))
        definitions = copy / "common" / "units" / "definitions.txt"
        definitions.write_text(definitions.read_text(encoding="utf-8") + "foo = = = bar ++\n")
        resources.clear_caches()
        with pytest.raises(ConfigError, match="bad unit definitions"):
            nevextract.load()
    finally:
        del os.environ[resources.PATTERNS_DIR_ENV]
        resources.clear_caches()


def test_the_cache_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(units.CACHE_DIR_ENV, "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    resources.clear_caches()
    try:
        assert units.si_factors()["kilowatt"] == (1000.0, "kilogram * meter ** 2 / second ** 3")
        assert not any(tmp_path.rglob("si-factors-*.json"))
    finally:
        resources.clear_caches()


def test_a_broken_pint_cache_means_building_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import pint

    real = pint.UnitRegistry

    def registry(*args: object, **kwargs: object) -> object:
        if "cache_folder" in kwargs:  # what a looping or stale pint cache entry raises
            raise RuntimeError("Symlink loop from '/x/default_en.txt'")
        return real(*args, **kwargs)

    monkeypatch.setattr(pint, "UnitRegistry", registry)
    units.registry.cache_clear()
    try:
        ureg = units.registry()
        assert ureg("1 mu").to("m**2").magnitude == pytest.approx(666.67, rel=1e-3)
    finally:
        units.registry.cache_clear()
