"""`nevextract show ARTICLE [-o page.html]`: the article with every record highlighted."""

from __future__ import annotations

import argparse
import stat
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import nevextract
from nevextract.cli import main
from nevextract.gold import load_gold
from nevextract.render import format_number, record_label
from nevextract.show_cli import add_show_parser, run_show

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLE = CORPUS / "jinan-nev-2023.txt"
GOLD = CORPUS / "gold" / "jinan-nev-2023.json"


class Marks(HTMLParser):
    """Each <mark>: its classes, title, own text (labels excluded) and label."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[dict[str, Any]] = []
        self.marks: list[dict[str, Any]] = []
        self.in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            mark = {"class": (a.get("class") or "").split(), "title": a.get("title") or ""}
            mark.update(text="", label="")
            self.open.append(mark)
            self.marks.append(mark)
        elif tag == "span" and "label" in (a.get("class") or ""):
            self.in_label = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()
        elif tag == "span":
            self.in_label = False

    def handle_data(self, data: str) -> None:
        if self.in_label:
            self.open[-1]["label"] += data
        else:
            for mark in self.open:
                mark["text"] += data


def marks_of(page: str) -> list[dict[str, Any]]:
    parser = Marks()
    parser.feed(page)
    parser.close()
    assert parser.open == []
    return parser.marks


def expected_value(record: dict[str, Any]) -> str:
    """The normalised value the page must show for a gold record."""
    kind = record["kind"]
    if kind == "firm":
        return str(record["name"])
    if kind == "target":
        return f"by {record['year']}" if record["year"] is not None else "no deadline"
    if kind == "year":
        return f"{record['value']} {record['role']}" if record.get("role") else str(record["value"])
    if kind == "money":
        return f"{record['currency']}"
    return format_number(record["value"])


def shown(marks: list[dict[str, Any]], record: dict[str, Any], text: str) -> str:
    holding = [m for m in marks if m["text"] == text and f"kind-{record['kind']}" in m["class"]]
    assert holding, (record["kind"], text)
    return " ".join(m["label"] + " | " + m["title"] for m in holding)


def test_show_page_holds_every_gold_record(tmp_path: Path) -> None:
    page_path = tmp_path / "out" / "page.html"
    assert main(["show", str(ARTICLE), "-o", str(page_path)]) == 0
    page = page_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Jinan promotes growth" in page
    marks = marks_of(page)
    article = ARTICLE.read_text(encoding="utf-8-sig")
    records = load_gold(GOLD).records
    assert records
    for record in records:
        mentions = record.get("mentions") or [[record["start"], record["end"]]]
        for start, end in mentions:
            assert article[start:end] == record["text"] or record["kind"] == "firm"
            on_page = shown(marks, record, article[start:end])
            assert expected_value(record) in on_page, (record, on_page)
            if record["kind"] in ("money", "percentage", "figure"):
                assert format_number(record["value"]) in on_page, (record, on_page)
            if record["kind"] == "money" and record.get("usd") is not None:
                assert format_number(record["usd"]) in on_page
            if record["kind"] == "percentage" and record.get("role"):
                assert record["role"] in on_page
            if record["kind"] == "figure" and record.get("unit"):
                assert record["unit"] in on_page


def test_show_page_holds_every_extracted_record(tmp_path: Path) -> None:
    """Whatever the extractor finds is drawn, labelled with its value (gold aside)."""
    page_path = tmp_path / "page.html"
    assert main(["show", str(ARTICLE), "-o", str(page_path)]) == 0
    marks = marks_of(page_path.read_text(encoding="utf-8"))
    article = ARTICLE.read_text(encoding="utf-8-sig")
    records = [r.model_dump(mode="json") for r in nevextract.extract(article).records]
    assert records
    for record in records:
        mentions = record.get("mentions") or [[record["start"], record["end"]]]
        for start, end in mentions:
            assert record_label(record) in shown(marks, record, article[start:end])


def test_show_writes_stdout_without_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(ARTICLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and 'class="rec kind-money"' in out


def test_show_page_is_readable_and_replaced_whole(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("old", encoding="utf-8")
    assert main(["show", str(ARTICLE), "-o", str(page)]) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert page.stat().st_mode & stat.S_IRUSR
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]  # no temporary left


def test_show_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_show_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["show", str(tmp_path / "missing.txt")])
    assert run_show(args) == 2
    assert "no such file" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert run_show(parser.parse_args(["show", str(empty)])) == 1
    assert "empty file" in capsys.readouterr().err
    assert main(["show", str(ARTICLE), "--published", "June"]) == 2
