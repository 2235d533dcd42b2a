"""The `eval` subcommand end to end: predictions files, gold checks, baselines, outputs."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from nevextract import kinds
from nevextract.eval_cli import add_eval_parser, run_eval
from nevextract.gold import iter_corpus, load_gold

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLDEN = CORPUS / "jinan-nev-2023.txt"


def _gold_count() -> int:
    """Articles with gold in the shipped corpus (grows as articles are added)."""
    return sum(1 for _ in CORPUS.rglob("gold/*.json"))


def args_for(*argv: str | Path) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nevextract")
    add_eval_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["eval", *map(str, argv)])


def eval_(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    code = run_eval(args_for(*argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def predictions_from_gold(
    path: Path, corpus: Path = CORPUS, drop: tuple[str, str] | None = None
) -> Path:
    """Write gold records as an `extract` JSONL; `drop` = (article id, text) to leave out."""
    lines = []
    for article, gold_path in iter_corpus([corpus]):
        assert gold_path is not None
        gold = load_gold(gold_path)
        records = [r for r in gold.records if drop != (gold.id, r["text"])]
        lines.append(
            json.dumps({"article": {"id": gold.id, "path": str(article)}, "records": records})
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_tmp_corpus(root: Path, gold: dict[str, Any]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "gold").mkdir(exist_ok=True)
    (root / "x1.txt").write_text("Body says in 2022 sales rose.\n", encoding="utf-8")
    (root / "gold" / "x1.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_parser_defaults() -> None:
    args = args_for()
    assert args.corpus == ["corpus"] and args.tolerance == 0.005
    assert not (args.diff or args.check_gold or args.update_baseline)
    assert args.func is run_eval


def test_predictions_equal_to_gold_score_perfectly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pred = predictions_from_gold(tmp_path / "pred.jsonl")
    out = tmp_path / "report.json"
    code, output = eval_(capsys, CORPUS, "--pred", pred, "--json", out)
    assert code == 0, output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["overall"]["f1"] == 1.0
    assert {kind: score["f1"] for kind, score in report["kinds"].items()} == dict.fromkeys(
        kinds.names(), 1.0
    )
    assert all(attr["accuracy"] == 1.0 for attr in report["attributes"].values())
    assert len(report["articles"]) == _gold_count() and report["errors"] == []
    assert "overall" in output and "F1" in output and "attribute" in output


def test_diff_lists_misses_with_sentence_and_false_positives_with_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pred = predictions_from_gold(
        tmp_path / "p.jsonl", corpus=GOLDEN, drop=("jinan-nev-2023", "by 2025")
    )
    line = json.loads(pred.read_text(encoding="utf-8"))
    at = GOLDEN.read_text(encoding="utf-8").index("2024")  # in the copyright footer
    false_positive = {"kind": "year", "text": "2024", "value": 2024, "rule_id": "yr.v1"}
    line["records"].append({**false_positive, "start": at, "end": at + 4})
    single = tmp_path / "single.jsonl"
    single.write_text(json.dumps(line) + "\n", encoding="utf-8")
    code, output = eval_(capsys, GOLDEN, "--pred", single, "--diff")
    assert code == 0
    assert "== jinan-nev-2023" in output
    assert "MISS  year 'by 2025' [2085:2092] = 2025" in output
    assert "hub by 2025." in output  # the sentence, taken from the article text
    assert "FP    year '2024'" in output and "rule=yr.v1" in output


def test_html_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = predictions_from_gold(tmp_path / "p.jsonl", drop=("jinan-nev-2023", "Bosch"))
    page = tmp_path / "out.html"
    code, _ = eval_(capsys, GOLDEN, "--pred", pred, "--html", page)
    assert code == 0
    html_text = page.read_text(encoding="utf-8")
    assert html_text.startswith("<!DOCTYPE html>") and html_text.count("<section") == 1
    assert 'class="rec kind-firm miss"' in html_text and "69.21 billion yuan" in html_text


def test_html_one_page_per_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = predictions_from_gold(tmp_path / "p.jsonl")
    code, _ = eval_(
        capsys, CORPUS / "dev", CORPUS / "phrases", "--pred", pred, "--html", tmp_path / "o.html"
    )
    assert code == 0
    assert sorted(p.name for p in tmp_path.glob("o-*.html")) == ["o-dev.html", "o-phrases.html"]


def test_check_gold_on_real_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, output = eval_(capsys, CORPUS, "--check-gold")
    assert code == 0 and f"OK: {_gold_count()} gold file(s) valid" in output


def test_check_gold_reports_malformed_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_tmp_corpus(
        tmp_path / "c",
        {
            "article": "x1.txt",
            "records": [
                {
                    "kind": "year",
                    "text": "in 2022",
                    "start": 10,
                    "end": 17,
                    "value": 2022,
                    "role": "reference",
                },
                {
                    "kind": "year",
                    "text": "in 2022",
                    "start": 11,
                    "end": 18,
                    "value": 2022,
                    "role": "reference",
                },
            ],
        },
    )
    shutil.copy(GOLDEN, corpus / "jinan-nev-2023.txt")
    shutil.copy(CORPUS / "gold" / "jinan-nev-2023.json", corpus / "gold")
    code, output = eval_(capsys, corpus, "--check-gold")
    assert code == 1
    assert str(corpus / "gold" / "x1.json") in output and "record 1" in output
    assert "jinan-nev-2023.json" not in output  # the good file is not blamed


def test_check_gold_flags_orphan_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_tmp_corpus(tmp_path / "c", {"article": "x1.txt", "records": []})
    (corpus / "gold" / "ghost.json").write_text('{"article": "ghost.txt", "records": []}')
    code, output = eval_(capsys, corpus, "--check-gold")
    assert code == 1 and "ghost.json" in output


def test_invalid_gold_stops_scoring(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_tmp_corpus(tmp_path / "c", {"article": "x1.txt", "records": [{"kind": "?"}]})
    pred = tmp_path / "p.jsonl"
    pred.write_text('{"article": {"id": "x1"}, "records": []}\n', encoding="utf-8")
    code, output = eval_(capsys, corpus, "--pred", pred)
    assert code == 1 and "x1.json" in output and "unknown kind" in output


def test_gold_dir_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(GOLDEN, corpus)
    golds = tmp_path / "golds"
    golds.mkdir()
    shutil.copy(CORPUS / "gold" / "jinan-nev-2023.json", golds)
    pred = predictions_from_gold(tmp_path / "p.jsonl")
    out = tmp_path / "r.json"
    code, output = eval_(capsys, corpus, "--gold", golds, "--pred", pred, "--json", out)
    assert code == 0, output
    assert json.loads(out.read_text())["articles"] == ["jinan-nev-2023"]
    assert f"{_gold_count() - 1} predicted article(s) have no gold" in output


def test_baseline_update_then_regression_names_lost_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    full = predictions_from_gold(tmp_path / "full.jsonl")
    code, output = eval_(
        capsys, GOLDEN, "--pred", full, "--baseline", baseline, "--update-baseline"
    )
    assert code == 0 and baseline.is_file(), output
    assert json.loads(baseline.read_text())["overall"]["f1"] == 1.0

    code, output = eval_(capsys, GOLDEN, "--pred", full, "--baseline", baseline)
    assert code == 0 and "no regression" in output

    lossy = predictions_from_gold(
        tmp_path / "lossy.jsonl", drop=("jinan-nev-2023", "158,000 heavy trucks")
    )
    code, output = eval_(capsys, GOLDEN, "--pred", lossy, "--baseline", baseline)
    assert code == 1
    assert "REGRESSION figure" in output and "REGRESSION overall" in output
    assert "lost  jinan-nev-2023 figure '158,000 heavy trucks' [1529:1549]" in output

    code, _ = eval_(capsys, GOLDEN, "--pred", lossy, "--baseline", baseline, "--tolerance", "0.5")
    assert code == 0

    code, _ = eval_(capsys, GOLDEN, "--pred", lossy, "--baseline", baseline, "--update-baseline")
    assert code == 0 and json.loads(baseline.read_text())["kinds"]["figure"]["fn"] == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["/no/such/corpus"], "/no/such/corpus"),
        (["--gold", "/no/such/gold"], "/no/such/gold"),
        (["--pred", "/no/such/pred.jsonl"], "/no/such/pred.jsonl"),
        (["--json", "/no/such/dir/r.json"], "/no/such/dir"),
        (["--update-baseline"], "--baseline"),
        (["--tolerance", "-1"], "tolerance"),
    ],
)
def test_usage_errors(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, output = eval_(capsys, GOLDEN, *argv)
    assert code == 2 and message in output


def test_no_articles_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, output = eval_(capsys, tmp_path, "--check-gold")
    assert code == 2 and str(tmp_path) in output and "no articles" in output


def test_missing_baseline_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pred = predictions_from_gold(tmp_path / "p.jsonl")
    code, output = eval_(capsys, GOLDEN, "--pred", pred, "--baseline", tmp_path / "none.json")
    assert code == 2 and "none.json" in output and "--update-baseline" in output


def test_malformed_predictions_name_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pred = tmp_path / "p.jsonl"
    pred.write_text('{"article": {"id": "a"}, "records": []}\n{"records": 3}\n', encoding="utf-8")
    code, output = eval_(capsys, GOLDEN, "--pred", pred)
    assert code == 2 and f"{pred}:2" in output


def test_eval_runs_extractor_on_golden(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Integration: the real extractor must reproduce the golden article's gold exactly."""
    out = tmp_path / "report.json"
    code, output = eval_(capsys, GOLDEN, "--json", out, "--diff")
    assert code == 0, output
    assert json.loads(out.read_text(encoding="utf-8"))["overall"]["f1"] == 1.0, output


def test_metadata_accuracy_line_and_meta_diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_tmp_corpus(
        tmp_path / "c",
        {
            "article": "x1.txt",
            "title": "Sales rose",
            "published": "2022-05-01",
            "source": "X",
            "records": [],
        },
    )
    pred = tmp_path / "p.jsonl"
    article = {"id": "x1", "title": "Sales  rose", "published": "2022-05-02", "source": "x"}
    pred.write_text(json.dumps({"article": article, "records": []}) + "\n", encoding="utf-8")
    out = tmp_path / "report.json"
    code, output = eval_(capsys, corpus, "--pred", pred, "--diff", "--json", out)
    assert code == 0
    assert "metadata: title and published right on 0 of 1 articles" in output
    assert "(title 1, published 0, source 1)" in output
    assert "META  published: gold '2022-05-01', predicted '2022-05-02'" in output
    metadata = json.loads(out.read_text(encoding="utf-8"))["metadata"]
    assert (metadata["articles"], metadata["title_and_published"]) == (1, 0)


def test_metadata_accuracy_of_the_extractor_on_the_golden_article(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, output = eval_(capsys, GOLDEN)
    assert code == 0
    assert "metadata: title and published right on 1 of 1 articles" in output
