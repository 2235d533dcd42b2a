"""The sentence splitter's break rules come from patterns/text/sentences.json (a language
profile): its ids, its schema, and that each rule is read from the data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nevextract import resources
from nevextract.errors import ConfigError
from nevextract.normalizers import text as text_helpers
from nevextract.normalizers.text_rules import SENTENCES_PATH

TEXT = "Sales of U.S. carmakers fell... then rose. Zeekr sold more cars。NIO sold fewer."


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in text_helpers.split_sentences(text).spans]


def _rules(copy: Path) -> dict:  # type: ignore[type-arg]
    data: dict = json.loads((copy / "en" / SENTENCES_PATH).read_text(encoding="utf-8"))  # type: ignore[type-arg]
    return data


def _write(copy: Path, data: dict) -> None:  # type: ignore[type-arg]
    (copy / "en" / SENTENCES_PATH).write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    resources.clear_caches()


def test_the_english_profile() -> None:
    assert _sentences(TEXT) == [
        "Sales of U.S. carmakers fell... then rose.",
        "Zeekr sold more cars。",
        "NIO sold fewer.",
    ]
    data = json.loads((resources.package_pattern_path(SENTENCES_PATH)).read_text(encoding="utf-8"))
    ids = [data[k]["id"] for k in ("spaced_stop", "unspaced_stop", "sentence_start")]
    ids += [row["id"] for row in data["no_break"]]
    assert len(ids) == len(set(ids)) and all(ids)


def test_no_break_rules_are_read_from_the_data(patterns_copy: Path) -> None:
    data = _rules(patterns_copy)
    data["no_break"] = [
        r for r in data["no_break"] if r["rule"] not in ("initials", "abbreviation")
    ]
    _write(patterns_copy, data)
    assert _sentences("Sales of U.S. carmakers rose. Co. Ltd grew.")[:2] == [
        "Sales of U.S.",
        "carmakers rose.",
    ]
    data["no_break"] = []
    _write(patterns_copy, data)
    assert _sentences("It fell... then rose.") == ["It fell...", "then rose."]


WRAPPED = (
    "Geely said it is aiming to more than double its annual\nvehicle sales by 2020, on the back\n"
    "of growth in its Volvo brand.\nVolvo sold more cars\nNio sold fewer.\n\nsales rose."
)


def test_a_hard_wrapped_sentence_is_one_sentence() -> None:
    assert _sentences(WRAPPED) == [
        "Geely said it is aiming to more than double its annual\nvehicle sales by 2020, on the back"
        "\nof growth in its Volvo brand.",
        "Volvo sold more cars",  # a capital opens the next line: a break
        "Nio sold fewer.",
        "sales rose.",  # a blank line: a paragraph ends
    ]


def test_a_list_run_into_one_line_breaks_before_each_dash() -> None:
    # a summary site's list items flattened onto one line, each opened by a dash or bullet
    text = "Goals by 2025 [7]. - Urban Buses: Target 6,500 buses. • Taxis: Promote 11,000 taxis."
    assert _sentences(text) == [
        "Goals by 2025 [7].",
        "- Urban Buses: Target 6,500 buses.",
        "• Taxis: Promote 11,000 taxis.",
    ]
    # a dash inside a sentence, after no full stop, is no break
    assert len(_sentences("Sales rose - faster than expected - in May.")) == 1


def test_the_wrapped_line_rule_is_read_from_the_data(patterns_copy: Path) -> None:
    data = _rules(patterns_copy)
    data["no_break"] = [r for r in data["no_break"] if r["rule"] != "wrapped_line"]
    _write(patterns_copy, data)
    assert _sentences(WRAPPED)[:2] == [
        "Geely said it is aiming to more than double its annual",
        "vehicle sales by 2020, on the back",
    ]


def test_stops_are_read_from_the_data(patterns_copy: Path) -> None:
    data = _rules(patterns_copy)
    data["unspaced_stop"]["stops"] = "｡"  # a language profile with another full stop
    _write(patterns_copy, data)
    assert _sentences("Zeekr sold more cars。NIO sold fewer｡BYD sold most.") == [
        "Zeekr sold more cars。NIO sold fewer｡",
        "BYD sold most.",
    ]


def test_an_unknown_key_fails_naming_the_file_and_key(patterns_copy: Path) -> None:
    data = _rules(patterns_copy)
    data["spaced_stop"]["stop"] = "."
    _write(patterns_copy, data)
    with pytest.raises(ConfigError, match=r"sentences\.json") as info:
        text_helpers.split_sentences("A. B.")
    assert "stop" in str(info.value)
