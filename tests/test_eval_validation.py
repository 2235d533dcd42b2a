"""`eval` on malformed gold and predictions (issue 15): no crash, every problem named by file
and field; files it writes keep the replaced file's mode; articles without gold are named."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from nevextract.errors import GoldError
from nevextract.gold import load_gold
from test_eval_cli import eval_
from test_gold import GOOD, TEXT, write_corpus

BIG = "1" + "0" * 400
YEAR = '{"article": "a1.txt", "records": [{"kind": "year", "value": '  # + a value + "}]}"


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ('{"article": "a1.txt", "records": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
        (
            '{"article": "a1.txt", "records": [{"kind": "year", "value": ' + "9" * 5000 + "}]}",
            "too large",
        ),
        (YEAR + BIG + "}]}", "too large"),
        ('{"article": "a1.txt", "records": [{"kind": "year", "value": NaN}]}', "NaN"),
        ('{"article": "a1.txt", "records": [{"kind": "money", "value": 1e999}]}', "out of range"),
        ('{"article": "a1.txt", "records": [], "records": []}', "duplicate key 'records'"),
    ],
)
def test_hostile_gold_json_is_a_gold_error(tmp_path: Path, raw: str, says: str) -> None:
    gold = write_corpus(tmp_path, raw=raw)
    with pytest.raises(GoldError, match=says) as info:
        load_gold(gold, tmp_path / "a1.txt")
    assert str(gold) in str(info.value)


def test_every_problem_of_a_gold_file_is_reported(tmp_path: Path) -> None:
    firm = dict(GOOD[2])
    broken = [
        dict(firm, aliases=5),
        dict(GOOD[0], value="5e9"),
        dict(firm, mentions=5),
        dict(GOOD[1]),
    ]
    gold = write_corpus(tmp_path, broken)
    with pytest.raises(GoldError) as info:
        load_gold(gold, tmp_path / "a1.txt")
    message = str(info.value)
    for index, field in [(0, "aliases"), (1, "value"), (2, "mentions")]:
        assert f"record {index}: " in message and field in message, message
    assert "record 3" not in message


def test_check_gold_reports_hostile_gold_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(
        tmp_path, raw='{"article": "a1.txt", "records": [{"kind": "year", "value": ' + BIG + "}]}"
    )
    code, out = eval_(capsys, tmp_path, "--check-gold")
    assert code == 1 and "too large" in out


def _pred(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_hostile_predictions_name_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path, GOOD)
    good = {"kind": "firm", "text": "BYD", "start": 0, "end": 3, "name": "BYD"}
    lines = [
        json.dumps(
            {"article": {"id": "a1"}, "records": [dict(good, aliases=5), dict(good, mentions=5)]}
        ),
        '{"article": {"id": "a2"}, "records": [{"kind": "money", "text": "x", "value": NaN}]}',
        '{"article": {"id": "a3"}, "records": [], "records": []}',
        '{"article": {"id": "a4"}, "records": [{"kind": "year", "text": "x", "value": '
        + BIG
        + "}]}",
        '{"article": {"id": "a5"}, "records": ' + "[" * 50_000 + "]" * 50_000 + "}",
    ]
    pred = _pred(tmp_path, lines)
    code, out = eval_(capsys, tmp_path, "--pred", pred)
    assert code == 2 and "Traceback" not in out
    flat = " ".join(out.split())
    for where, says in [
        (f"{pred}:1: record 0 field aliases", "list"),
        (f"{pred}:1: record 1 field mentions", "list"),
        (f"{pred}:2:", "NaN"),
        (f"{pred}:3:", "duplicate key"),
        (f"{pred}:4:", "too large"),
        (f"{pred}:5:", "nested"),
    ]:
        assert where in flat and says in flat, (where, flat)


def test_written_files_keep_the_replaced_mode_else_the_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path, GOOD)
    pred = _pred(tmp_path, [json.dumps({"article": {"id": "a1"}, "records": GOOD})])
    report = tmp_path / "report.json"
    report.write_text("{}", encoding="utf-8")
    os.chmod(report, 0o640)
    fresh = tmp_path / "fresh.html"
    mask = os.umask(0o022)
    try:
        code, _ = eval_(capsys, tmp_path, "--pred", pred, "--json", report, "--html", fresh)
    finally:
        os.umask(mask)
    assert code == 0
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_eval_names_the_articles_without_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path, GOOD)
    (tmp_path / "lonely.txt").write_text(TEXT, encoding="utf-8")
    pred = _pred(tmp_path, [json.dumps({"article": {"id": "a1"}, "records": GOOD})])
    code, out = eval_(capsys, tmp_path, "--pred", pred)
    assert code == 0
    assert "1 article(s) have no gold file and are not scored: lonely" in " ".join(out.split())


def test_html_opens_with_scores_and_an_index_errors_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path, GOOD)
    (tmp_path / "a0.txt").write_text(TEXT, encoding="utf-8")  # sorts first, no errors
    gold0 = {"article": "a0.txt", "records": GOOD}
    (tmp_path / "gold" / "a0.json").write_text(json.dumps(gold0), encoding="utf-8")
    wrong_role = [dict(GOOD[0]), dict(GOOD[1], role="target"), *GOOD[2:]]
    pred = _pred(
        tmp_path,
        [
            json.dumps({"article": {"id": "a0"}, "records": GOOD}),
            json.dumps({"article": {"id": "a1"}, "records": wrong_role}),
        ],
    )
    page = tmp_path / "out.html"
    code, _ = eval_(capsys, tmp_path, "--pred", pred, "--html", page)
    assert code == 0
    text = page.read_text(encoding="utf-8")
    scores, index, first = (
        text.index("<h2>Scores</h2>"),
        text.index("Articles"),
        text.index("<section"),
    )
    assert scores < index < first
    assert text.index('href="#article-a1"') < text.index('href="#article-a0"')  # errors first
    assert 'id="article-a1"' in text and "1 attribute error(s)" in text
    assert 'class="rec kind-year attr"' in text
