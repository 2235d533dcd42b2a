"""The cue files of the attribute and year rules (patterns/en/attributes/*.json,
patterns/en/years/cues.json) are validated at load: a broken entry is a ConfigError that
names the file and the key, raised by the loader and by `nevextract.load()`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import nevextract
from nevextract import resources
from nevextract.errors import ConfigError
from nevextract.kinds.year import rules as years
from nevextract.normalizers import attributes

PATTERNS = resources.patterns_dir()


def _edit(file: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(file.read_text(encoding="utf-8"))
    change(data)
    file.write_text(json.dumps(data), encoding="utf-8")


def _fails(loader: Callable[[], object], file: Path, match: str) -> None:
    for call in (loader, nevextract.load):
        resources.clear_caches()
        with pytest.raises(ConfigError, match=match) as info:
            call()
        assert Path(info.value.path) == file


def test_role_cue_with_a_bad_phrase(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "attributes" / "roles.json"
    _edit(file, lambda d: d["change.before"]["phrases"].append("Rose(s)"))
    _fails(attributes.role_cues, file, r"change\.before: bad phrase 'Rose\(s\)'")


def test_role_cue_missing_or_unknown(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "attributes" / "roles.json"
    _edit(file, lambda d: d.pop("rate.after"))
    _fails(attributes.role_cues, file, r"missing (?:cue|key) 'rate\.after'")
    _edit(file, lambda d: d.update({"rate.after": {"where": "after", "phrases": ["x"]}}))
    _edit(file, lambda d: d.update({"share.sideways": {"where": "after", "phrases": ["x"]}}))
    _fails(attributes.role_cues, file, r"unknown (?:cue id|key) 'share\.sideways'")


def test_role_cue_in_the_wrong_place(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "attributes" / "roles.json"
    _edit(file, lambda d: d["level"].update({"where": "after"}))
    _fails(attributes.role_cues, file, r"level: 'where' must be 'before'")


def test_clause_opener_with_a_bad_phrase(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "attributes" / "clauses.json"
    _edit(file, lambda d: d["appended"].update({"phrases": []}))
    _fails(attributes.clause_cues, file, r"appended: 'phrases' must be a non-empty list")


def test_year_period_regex_errors_name_the_entry(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "years" / "cues.json"
    _edit(file, lambda d: d["periods"][0].update({"regex": "Q[1-4"}))
    _fails(years.year_cues, file, r"periods\[0\] \(year\.period\.quarter\): bad regex")
    _edit(file, lambda d: d["periods"][0].update({"regex": "(Q[1-4])"}))
    _fails(years.year_cues, file, r"periods\[0\] \(year\.period\.quarter\): no capture groups")


def test_year_anaphor_needs_its_words(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "years" / "cues.json"
    _edit(file, lambda d: d["anaphora"][1].pop("words"))
    _fails(years.anaphora, file, r"anaphora\[1\] \(year\.anaphor\.then\): 'words'")


def test_year_intention_phrases_are_lower_case(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "years" / "cues.json"
    _edit(file, lambda d: d["intention"]["phrases"].append("Aims"))
    _fails(years.year_cues, file, r"intention: 'phrases' must be a list of lower-case phrases")


def test_a_new_cue_phrase_changes_the_role(patterns_copy: Path) -> None:
    """The phrases are what decides: a verb the data lacks gives no change role until added."""
    sentence = "Sales zoomed 30 percent."
    assert [r.role for r in nevextract.extract(sentence).records] == [None]
    _edit(
        patterns_copy / "en" / "attributes" / "roles.json",
        lambda d: d["change.before"]["phrases"].append("zoomed"),
    )
    resources.clear_caches()
    assert [r.role for r in nevextract.extract(sentence).records] == ["change"]


def test_deadline_prepositions_must_be_prepositions(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "years" / "cues.json"
    _edit(file, lambda d: d["deadline_prepositions"]["phrases"].append("ahead"))
    _fails(
        years.prepositions,
        file,
        r"deadline_prepositions: 'phrases' must be entries of 'prepositions'",
    )


def test_a_new_preposition_opens_a_year_phrase(patterns_copy: Path) -> None:
    """The year prepositions are data: one added there becomes part of the year record."""
    sentence = "Deliveries will begin circa 2026."
    assert [r.text for r in nevextract.extract(sentence).records if r.kind == "year"] == ["2026"]
    _edit(
        patterns_copy / "en" / "years" / "cues.json",
        lambda d: d["prepositions"]["phrases"].append("circa"),
    )
    resources.clear_caches()
    with pytest.raises(ConfigError, match="'circa YEAR'"):  # its record id is data too
        nevextract.extract(sentence)
    _edit(
        patterns_copy / "en" / "years" / "cues.json",
        lambda d: d["rules"].append({"id": "year.circa", "form": "circa YEAR"}),
    )
    resources.clear_caches()
    found = [(r.text, r.rule_id) for r in nevextract.extract(sentence).records if r.kind == "year"]
    assert found == [("circa 2026", "year.circa")]


def test_a_carried_rate_opener_is_data(patterns_copy: Path) -> None:
    """`rate.carried`: a clause opening "and that of" takes the rate word of the clause before;
    without the opener in the data the last level is read as a share ("to 17.43%")."""
    sentence = (
        "The gross margin of the battery business rose from 12.49% to 13.21%, "
        "and that of the storage business from 10.24% to 17.43%."
    )
    assert [r.role for r in nevextract.extract(sentence).records] == ["rate"] * 4
    file = patterns_copy / "en" / "attributes" / "roles.json"
    _edit(file, lambda d: d["rate.carried"]["phrases"].remove("that of"))
    resources.clear_caches()
    assert [r.role for r in nevextract.extract(sentence).records][-1] == "share"
    _edit(file, lambda d: d["rate.carried"].update({"where": "clause"}))
    _fails(attributes.role_cues, file, r"rate\.carried: 'where' must be 'opener'")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change written in "pct" of a rate named before it counts points
        (
            "The gross margin for the quarter was 28.28%, -0.55pct year on year, +4.13pct"
            " month-on-month.",
            [("28.28%", False, "rate"), ("-0.55pct", True, "change"), ("+4.13pct", True, "change")],
        ),
        # ... a change of anything else, or a rate's level in "pct", stays percent
        ("Sales rose 6.3 pct in May.", [("6.3 pct", False, "change")]),
        ("The penetration rate was 30 pct in May.", [("30 pct", False, "rate")]),
        # ... and "percent" never counts points by itself
        (
            "The gross margin was 20%, up 1.5 percent.",
            [("20%", False, "rate"), ("1.5 percent", False, "change")],
        ),
    ],
)
def test_pct_change_of_a_rate_counts_points(
    sentence: str, expected: list[tuple[str, bool, str]]
) -> None:
    records = nevextract.extract(sentence).records
    got = [(r.text, r.points, r.role) for r in records if r.kind == "percentage"]
    assert got == expected
