"""A malformed pattern, lexicon, rate or unit file is a ConfigError naming the file and line,
raised by `nevextract.load()` (load time), not by the first article that needs the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import nevextract
from nevextract import resources
from nevextract.errors import ConfigError
from nevextract.kinds.figure import units
from nevextract.kinds.money import rules as money
from nevextract.kinds.target import rules as targets
from nevextract.normalizers import numbers

PATTERNS = resources.patterns_dir()


def _set_line(file: Path, lineno: int, text: str) -> None:
    lines = file.read_text(encoding="utf-8").splitlines()
    lines[lineno - 1] = text
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _first_data_line(file: Path) -> int:
    """Line number of the first row after the header of a `#`-commented CSV file."""
    lines = file.read_text(encoding="utf-8").splitlines()
    data = [n for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    return data[1]


def _assert_config_error(
    call: Callable[[], object], file: Path, line: int | None, match: str
) -> None:
    with pytest.raises(ConfigError, match=match) as info:
        call()
    err = info.value
    assert Path(err.path) == file
    assert err.line == line
    assert str(err).startswith(f"{file}:{line}:" if line is not None else f"{file}:")


def _assert_at_loader_and_load(
    loader: Callable[[], object], file: Path, line: int | None, match: str
) -> None:
    """The loader of the file reports it, and so does `load()` with every cache cleared."""
    _assert_config_error(loader, file, line, match)
    resources.clear_caches()
    _assert_config_error(nevextract.load, file, line, match)


def test_override_points_the_loaders_at_the_copy(patterns_copy: Path) -> None:
    assert resources.patterns_dir() == patterns_copy
    assert resources.resolve_pattern_path("numeric/lexicon.json").is_relative_to(patterns_copy)


def test_override_to_a_missing_folder_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(resources.PATTERNS_DIR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(ConfigError, match="not a folder"):
        resources.patterns_dir()


def test_clear_caches_reloads_changed_files(patterns_copy: Path) -> None:
    before = numbers.scales()
    lexicon = patterns_copy / "en" / "numeric" / "lexicon.json"
    lexicon.write_text(
        lexicon.read_text(encoding="utf-8").replace('"scales": {', '"scales": {"zillion": 1e30, '),
        encoding="utf-8",
    )
    assert numbers.scales() is before  # cached
    resources.clear_caches()
    assert numbers.scales()["zillion"] == 1e30


def test_bad_json_line_in_companies(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "firms" / "companies.jsonl"
    _set_line(file, 5, '{"label": "FIRM", "pattern": "Broken Co"')
    _assert_config_error(nevextract.load, file, 5, "invalid JSON")


def test_jsonl_line_without_id(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "firms" / "companies.jsonl"
    _set_line(file, 7, '{"label": "FIRM", "pattern": "No Id Co"}')
    _assert_config_error(nevextract.load, file, 7, "'id'")


def test_line_numbers_count_blank_lines(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "firms" / "not_firms.jsonl"
    _set_line(file, 3, "")
    _set_line(file, 4, '{"label": "NOT_FIRM", "id": "x"}')
    _assert_config_error(nevextract.load, file, 4, "missing key 'pattern'")


def test_bad_json_in_number_lexicon(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "numeric" / "lexicon.json"
    _set_line(file, 4, '    "one": 1, "two": 2,, "three": 3,')
    _assert_at_loader_and_load(numbers.lexicon, file, 4, "invalid JSON")


def test_bad_row_in_rates(patterns_copy: Path) -> None:
    file = patterns_copy / "common" / "rates" / "usd_rates.csv"
    line = _first_data_line(file) + 1
    _set_line(file, line, "CNY,2001,eight point two")
    _assert_at_loader_and_load(money.rate_table, file, line, "bad rate row")


def test_negative_rate(patterns_copy: Path) -> None:
    file = patterns_copy / "common" / "rates" / "usd_rates.csv"
    line = _first_data_line(file)
    _set_line(file, line, "CNY,2000,-8.2")
    _assert_config_error(money.rate_table, file, line, "positive")


def test_invalid_regex_in_target_cues(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "targets" / "cues.jsonl"
    _set_line(file, 2, '{"id": "target.broken", "kind": "after", "pattern": "\\\\b(?:aims"}')
    _assert_at_loader_and_load(targets._cues, file, 2, "bad cue")


def test_bad_unit_definitions(patterns_copy: Path) -> None:
    file = patterns_copy / "common" / "units" / "definitions.txt"
    lines = file.read_text(encoding="utf-8").splitlines()
    file.write_text("\n".join([*lines, "foo = = = bar ++"]) + "\n", encoding="utf-8")
    _assert_at_loader_and_load(units.registry, file, len(lines) + 1, "bad unit definitions")


def test_unparsable_unit_definition_line(patterns_copy: Path) -> None:
    file = patterns_copy / "common" / "units" / "definitions.txt"
    lines = file.read_text(encoding="utf-8").splitlines()
    file.write_text("\n".join([*lines[:3], "just some words", *lines[3:]]), encoding="utf-8")
    _assert_config_error(units.registry, file, 4, "bad unit definitions")


def test_undecodable_word_list(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "text" / "abbreviations.txt"
    file.write_bytes(b"Mr.\nDr.\n\xff\xfe bad\n")
    _assert_config_error(nevextract.load, file, 3, "not valid UTF-8")


def test_missing_file(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "targets" / "cues.jsonl"
    file.unlink()
    _assert_config_error(nevextract.load, file, None, "file not found")


# --------------------------------------------------------------------------- owned rules


def test_a_bad_file_in_a_saved_pipeline_names_the_saved_file(tmp_path: Path) -> None:
    """A component builds its tables from its own copy (in a private folder); an error
    there names the file the copy came from."""
    import spacy

    saved = tmp_path / "pipe"
    nevextract.load().to_disk(saved)
    cues = saved / "targets" / "rules" / "targets" / "cues.jsonl"
    line = json.loads(cues.read_text(encoding="utf-8").splitlines()[0])
    line["pattern"] = "(unclosed"
    _set_line(cues, 1, json.dumps(line))
    _assert_config_error(lambda: spacy.load(saved), cues, 1, "bad cue")


def test_an_unknown_key_in_a_saved_copy_is_refused(tmp_path: Path) -> None:
    import spacy

    saved = tmp_path / "pipe"
    nevextract.load().to_disk(saved)
    profile = saved / "records" / "rules" / "profile.json"
    data = json.loads(profile.read_text(encoding="utf-8"))
    data["colour"] = "red"
    profile.write_text(json.dumps(data), encoding="utf-8")
    _assert_config_error(lambda: spacy.load(saved), profile, 1, "unknown key 'colour'")


def test_the_profile_loader_is_keyed_by_language() -> None:
    assert resources.load_profile("en").lang == "en"
    with pytest.raises(ConfigError, match="file not found") as info:
        resources.load_profile("xx")
    assert Path(info.value.path) == resources.patterns_dir() / "xx" / "profile.json"


def test_a_saved_rule_name_cannot_leave_its_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="relative path"):
        resources.RuleSource({"../../outside.json": "{}"})
    manifest = tmp_path / "rules.json"
    manifest.write_text(json.dumps({"lang": "en", "files": ["/etc/passwd"]}), encoding="utf-8")
    with pytest.raises(ConfigError, match="relative path"):
        resources.RuleSource.from_disk(tmp_path)


def test_rule_files_are_found_by_language_then_common_then_flat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for rel in ("en/numeric/a.json", "common/rates/b.csv", "units/c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    monkeypatch.setenv(resources.PATTERNS_DIR_ENV, str(tmp_path))
    found = resources.package_pattern_path
    assert found("numeric/a.json") == tmp_path / "en" / "numeric" / "a.json"
    assert found("rates/b.csv") == tmp_path / "common" / "rates" / "b.csv"
    assert found("units/c.txt") == tmp_path / "units" / "c.txt"  # the flat layout
    assert found("targets/missing.json") == tmp_path / "en" / "targets" / "missing.json"
    assert found("numeric/a.json", "zh") == tmp_path / "numeric" / "a.json"  # no zh folder
