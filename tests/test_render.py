"""HTML rendering: every record highlighted with its value, always well-formed markup."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from nevextract.gold import load_gold, read_article_text
from nevextract.render import format_number, render_article_html, render_page

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
VOID = {"meta", "br", "hr", "img", "link", "input"}


class Marks(HTMLParser):
    """Checks that tags balance and collects each <mark>: classes, title, text and label."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.open_marks: list[dict[str, Any]] = []
        self.marks: list[dict[str, Any]] = []
        self.in_label = 0
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        attributes = dict(attrs)
        if tag == "mark":
            mark = {"class": (attributes.get("class") or "").split(), "text": "", "label": ""}
            mark["title"] = attributes.get("title") or ""
            self.open_marks.append(mark)
            self.marks.append(mark)
        if tag == "span" and "label" in (attributes.get("class") or ""):
            self.in_label += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "mark":
            self.open_marks.pop()
        if tag == "span" and self.in_label and "span" not in self.stack[-1:]:
            self.in_label -= 1

    def handle_data(self, data: str) -> None:
        if self.in_label:
            if self.open_marks:
                self.open_marks[-1]["label"] += data
            return
        for mark in self.open_marks:
            mark["text"] += data


def parse(html_text: str) -> Marks:
    parser = Marks()
    parser.feed(html_text)
    parser.close()
    assert parser.errors == [] and parser.stack == [], (parser.errors, parser.stack)
    return parser


def golden() -> tuple[str, list[dict[str, Any]]]:
    article = CORPUS / "jinan-nev-2023.txt"
    return read_article_text(article), load_gold(CORPUS / "gold" / "jinan-nev-2023.json").records


def expected_value(record: dict[str, Any]) -> str:
    """What the label or title must show for a gold record."""
    if record["kind"] == "firm":
        return str(record["name"])
    if record["kind"] == "target":
        return str(record["year"]) if record["year"] is not None else "no deadline"
    if record["kind"] == "year":
        return str(record["value"])
    return format_number(record["value"])


def test_golden_article_highlights_every_gold_record() -> None:
    text, records = golden()
    page = render_page([render_article_html(text, records, title="jinan")], "gold")
    marks = parse(page).marks
    for record in records:
        spans = record.get("mentions") or [[record["start"], record["end"]]]
        for start, end in spans:
            holding = [m for m in marks if m["text"] == text[start:end]]
            kind_class = f"kind-{record['kind']}"
            holding = [m for m in holding if kind_class in m["class"]]
            assert holding, record
            shown = " ".join(m["label"] + " " + m["title"] for m in holding)
            assert expected_value(record) in shown, (record, shown)


def test_golden_labels_show_normalised_values() -> None:
    text, records = golden()
    marks = parse(render_article_html(text, records)).marks
    labels = {m["text"]: m["label"] for m in marks}
    titles = {m["text"]: m["title"] for m in marks}
    assert labels["69.21 billion yuan"] == "69.21 bn CNY ≈ $9.7 bn"
    assert "value: 69,210,000,000" in titles["69.21 billion yuan"]
    assert "usd: 9,700,000,000" in titles["69.21 billion yuan"]
    assert labels["23.6 percent"] == "23.6% share"
    assert labels["over 10 percent"] == "over 10% share"
    assert labels["158,000 heavy trucks"] == "158,000 heavy truck"
    assert labels["in 2022"] == "2022 reference"
    assert labels["this year"] == "2023 relative"
    assert "value: 2023" in titles["this year"]
    assert "year: 2022" in titles["23.6 percent"]
    assert labels["Bosch"] == "Bosch"
    assert labels["developing 10 iconic industrial chain clusters"].startswith("no deadline · 10")


def test_nested_spans_nest() -> None:
    text, records = golden()
    page = render_article_html(text, records)
    marks = parse(page).marks
    # The target holds the figure: one mark inside the other, neither split.
    assert '<mark class="rec kind-target" title="target: developing 10' in page
    assert 'developing <mark class="rec kind-figure"' in page
    assert not any("cont" in m["class"] for m in marks)


def test_crossing_spans_are_split_and_well_formed() -> None:
    text = "abcdefghij"
    records = [
        {"kind": "target", "text": "abcdef", "start": 0, "end": 6, "year": None},
        {"kind": "figure", "text": "defghi", "start": 3, "end": 9, "value": 1.0},
        {"kind": "year", "text": "bcdefgh", "start": 1, "end": 8, "value": 2020, "role": "period"},
    ]
    parser = parse(render_article_html(text, records))
    pieces: dict[str, str] = {}  # a record's pieces, in document order, give its text back
    for mark in parser.marks:
        kind = next(c for c in mark["class"] if c.startswith("kind-"))
        pieces[kind] = pieces.get(kind, "") + mark["text"]
    assert pieces == {"kind-target": "abcdef", "kind-year": "bcdefgh", "kind-figure": "defghi"}
    assert sum("cont" in m["class"] for m in parser.marks) >= 1
    labelled = [m for m in parser.marks if m["label"]]
    assert len(labelled) == 3  # one label per record, on its last piece


@pytest.mark.parametrize("shift", [0, 1, 2, 3, 4, 5])
def test_many_overlaps_stay_balanced(shift: int) -> None:
    text = "0123456789" * 3
    records = [
        {"kind": "year", "text": text[s : s + 7], "start": s, "end": s + 7, "value": s}
        for s in range(shift, 22, 3)
    ]
    parse(render_article_html(text, records))


def test_misses_and_false_positives_have_their_classes() -> None:
    text = "Sales hit 5 billion yuan in 2022."
    predicted = {"kind": "year", "text": "in 2022", "start": 25, "end": 32, "value": 2021}
    miss = {"kind": "year", "text": "in 2022", "start": 25, "end": 32, "value": 2022}
    money = {"kind": "money", "text": "5 billion yuan", "start": 10, "end": 24, "value": 5e9}
    page = render_article_html(text, [predicted, money], misses=[miss], false_positives=[predicted])
    marks = parse(page).marks
    classes = [m["class"] for m in marks]
    assert ["rec", "kind-money"] in classes
    assert sum("fp" in c for c in classes) == 1  # drawn once, not again as a plain record
    assert sum("miss" in c for c in classes) == 1
    assert any("MISSED" in m["title"] for m in marks)


def test_text_and_attributes_are_escaped() -> None:
    text = 'A <script>alert("x")</script> & "5 yuan"'
    record = {"kind": "firm", "text": "<script>", "start": 2, "end": 10, "name": '"><b>'}
    section = render_article_html(text, [record], title="<t>")
    assert "<script>" not in section and "<b>" not in section and "<t>" not in section
    assert "&lt;script&gt;" in section
    parse(section)


def test_records_outside_the_text_are_listed_not_drawn() -> None:
    text = "short"
    records: list[dict[str, Any]] = [
        {"kind": "year", "text": "in 2022", "start": 100, "end": 107, "value": 2022},
        {"kind": "year", "text": "in 2023", "value": 2023},
        {"kind": "firm", "text": "BYD", "name": "BYD", "mentions": [[50, 53]]},
    ]
    section = render_article_html(text, records)
    parse(section)
    assert 'class="unplaced"' in section and "in 2023" in section and "BYD" in section
    assert section.count("<li>") == 3


def test_firm_mentions_each_drawn() -> None:
    text = "BYD Co Ltd said BYD will grow."
    firm = {"kind": "firm", "text": "BYD Co Ltd", "start": 0, "end": 10, "name": "BYD Co Ltd"}
    firm["mentions"] = [[0, 10], [16, 19]]
    marks = parse(render_article_html(text, [firm])).marks
    assert [m["text"] for m in marks] == ["BYD Co Ltd", "BYD"]


def test_page_is_standalone() -> None:
    text, records = golden()
    page = render_page([render_article_html(text, records)], 'Eval <"corpus">')
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "<script" not in page.lower()
    assert "<link" not in page and "src=" not in page and "url(" not in page
    assert "&lt;&quot;corpus&quot;&gt;" in page
    assert "legend" in page and "kind-target" in page
    parse(page)
