"""Target rules as data: the files are validated at load, naming the file and key; the
`target.subject` attribute is scored; removing a target cue fails the baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nevextract
from nevextract import resources
from nevextract.cli import main
from nevextract.errors import ConfigError
from nevextract.evaluate import evaluate, subject_matches

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "corpus" / "jinan-nev-2023.txt"


def _edit_json(file: Path, key: str, value: object) -> None:
    data = json.loads(file.read_text(encoding="utf-8"))
    data[key] = value
    file.write_text(json.dumps(data), encoding="utf-8")


def test_bad_plan_form_names_the_file_and_key(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "targets" / "plans.json"
    _edit_json(file, "plan_report", [{"id": "plan.broken", "pattern": "(?:under"}])
    with pytest.raises(ConfigError, match=r"plan_report\[0\]") as info:
        nevextract.load()
    assert Path(info.value.path) == file


def test_missing_subject_list_names_the_file_and_key(patterns_copy: Path) -> None:
    file = patterns_copy / "en" / "targets" / "subjects.json"
    _edit_json(file, "titles", "chairman")
    with pytest.raises(ConfigError, match="'titles'") as info:
        nevextract.load()
    assert Path(info.value.path) == file


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Hubei", "Hubei province", True),
        ("BYD", "BYD's Japan chapter", True),
        ("byd co., ltd.", "BYD Co Ltd", True),
        ("Leapmotor Technology", "Leapmotor", True),
        ("China", "Chinalco", False),
        ("Monday", "BYD", False),
        (None, "Jinan", False),
    ],
)
def test_subject_match_rule(predicted: str | None, gold: str, same: bool) -> None:
    assert subject_matches(predicted, gold) is same


def test_subject_accuracy_is_reported_on_matched_targets() -> None:
    gold = [{"kind": "target", "text": "sell 1 million cars", "year": 2025, "subject": "BYD"}]
    wrong = [{"kind": "target", "text": "sell 1 million cars", "year": 2025, "subject": "Monday"}]
    right = [{**wrong[0], "subject": "BYD Co Ltd"}]
    assert evaluate({"a": wrong}, {"a": gold}).attributes["target.subject"].accuracy == 0.0
    assert evaluate({"a": right}, {"a": gold}).attributes["target.subject"].accuracy == 1.0


def test_removing_a_target_cue_fails_the_baseline(
    tmp_path: Path, patterns_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["eval", str(GOLDEN), "--baseline", str(baseline), "--update-baseline"]) == 0
    capsys.readouterr()
    cues = patterns_copy / "en" / "targets" / "cues.jsonl"
    lines = cues.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if json.loads(line)["id"] != "target.verb"]
    assert len(kept) == len(lines) - 1
    cues.write_text("\n".join(kept) + "\n", encoding="utf-8")
    resources.clear_caches()
    code = main(["eval", str(GOLDEN), "--baseline", str(baseline)])
    out = capsys.readouterr().out
    assert code == 1
    assert "target" in out
    assert "transform itself into a globally influential" in out  # the lost target is named


def test_a_cue_inside_another_cues_words_makes_no_inverted_span() -> None:
    # "with a long-term target of" holds "long-term target" (a quantity-target form): the
    # objective of the outer cue must not end at the inner cue, before it starts
    text = (
        "CATL signed an agreement with Sinopec on Wednesday to jointly build at least 500"
        " battery swap stations in 2025, with a long-term target of 10,000 stations nationwide."
    )
    targets = [r for r in nevextract.extract(text).records if r.kind == "target"]
    assert targets, "the long-term target is a target"
    for r in targets:
        assert r.start < r.end and text[r.start : r.end] == r.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an objective's own year-less deadline, unresolved with no publication date: its
        # year stays null and its text stops before it; the later objective's period is not
        # its deadline
        (
            "Nio plans to set up more than 1,300 battery-swap stations by the end of this year"
            " and add 600 annually between 2022-25 in China, it said.",
            [
                ("set up more than 1,300 battery-swap stations", None),
                ("add 600 annually between 2022-25 in China", 2025),
            ],
        ),
        # "over the next five years" with no publication date: a deadline of its own
        (
            "China plans to build 4,000 charging stations over the next five years and another"
            " 6,000 before 2020, according to the statement.",
            [("build 4,000 charging stations", None), ("another 6,000", 2020)],
        ),
        # a gapped continuation after an unresolved "next year": two objectives
        (
            "Shanghai plans to build 103,000 charging piles next year and 211,000 by 2020, a"
            " ten-fold increase from 2015.",
            [("build 103,000 charging piles next year", None), ("211,000", 2020)],
        ),
        # a numberless objective with a relative deadline ("within a year") in an undated
        # article: a target whose year the publication date would give
        (
            "Toyota aims to launch the model within a year.",
            [("launch the model", None)],
        ),
        # with no deadline of its own, the shared trailing deadline is its deadline
        (
            "The company aims to exceed 28 million vehicles and to support 80 million EVs by 2027.",
            [("exceed 28 million vehicles", 2027), ("support 80 million EVs", 2027)],
        ),
    ],
)
def test_undated_deadline_is_not_shared(text: str, expected: list[tuple[str, int | None]]) -> None:
    targets = [r for r in nevextract.extract(text).records if r.kind == "target"]
    assert [(r.text, r.year) for r in targets] == expected


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # a past act opening the cue's clause: the year it was done, not the deadline
        ("In 2020, China set the goal of selling 5 million NEVs.", None),
        ("In 2019, the city unveiled a plan to build 500 charging stations.", None),
        # a plan in the present keeps the year that opens its sentence (a guard)
        ("In 2025, the city plans to build 500 charging stations.", 2025),
    ],
)
def test_a_year_opening_a_past_act_is_no_deadline(sentence: str, year: int | None) -> None:
    """Without a publication date, "In 2020, X set the goal of ..." dates the act."""
    targets = [r for r in nevextract.extract(sentence).records if r.kind == "target"]
    assert [t.year for t in targets] == [year]
