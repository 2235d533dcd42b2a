"""Caller-supplied article metadata: the metadata file, `--published`, `published=`."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import nevextract
from nevextract.cli import main
from nevextract.errors import ArticleError
from nevextract.metadata import ArticleMetadata, MetadataError, load_metadata, parse_published

# An article whose text names no date: its relative years resolve only with a caller's date.
UNDATED = (
    "example.com\n\nCarmaker sets a goal\n\n"
    "The carmaker sold 120,000 vehicles last year and plans to sell 200,000 next year, "
    "the company said.\n"
)


def _years(result: nevextract.ExtractionResult) -> list[tuple[str, Any]]:
    return [(r.text, getattr(r, "value", None)) for r in result.records if r.kind == "year"]


# --- library -------------------------------------------------------------------------------


def test_published_argument_resolves_relative_years_end_to_end() -> None:
    without = nevextract.extract(UNDATED)
    assert without.article.published is None
    assert _years(without) == []  # SPEC: no publication date, no relative-year records
    given = nevextract.extract(UNDATED, date(2023, 6, 8))
    assert given.article.published == date(2023, 6, 8)
    assert _years(given) == [("last year", 2022), ("next year", 2024)]


def test_published_argument_overrides_the_dateline() -> None:
    text = "Headline here\n\nCnEVPost | Feb 23, 2022\n\n" + UNDATED.split("\n\n", 2)[2]
    assert nevextract.extract(text).article.published == date(2022, 2, 23)
    result = nevextract.extract(text, published=date(2020, 1, 5))
    assert result.article.published == date(2020, 1, 5)
    assert ("last year", 2019) in _years(result)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-06-08", date(2023, 6, 8)),
        (datetime(2023, 6, 8, 23, 30), date(2023, 6, 8)),
        ("2023-06-08T10:00:00+08:00", date(2023, 6, 8)),
        ("2023-06-08T10:00:00Z", date(2023, 6, 8)),
        ("", None),
        (None, None),
    ],
)
def test_parse_published(value: object, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["08/06/2023", "June 8, 2023", "2023-13-01", 20230608])
def test_parse_published_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_published(value)


def test_library_accepts_an_iso_string_and_rejects_garbage() -> None:
    assert nevextract.extract(UNDATED, "2023-06-08").article.published == date(2023, 6, 8)
    with pytest.raises(ArticleError, match="ISO date"):
        nevextract.extract(UNDATED, "8 June 2023")


# --- metadata files ------------------------------------------------------------------------


def test_csv_and_jsonl_give_the_same_table(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    csv_file = tmp_path / "meta.csv"
    csv_file.write_text(
        "path,id,published,title,source,url\n"
        "news/a1.txt,,2023-06-08,Jinan promotes NEVs,english.jinan.gov.cn,https://x\n"
        ',b2,2024-01-09,"Title, with comma",,\n',
        encoding="utf-8",
    )
    jsonl_file = tmp_path / "meta.jsonl"
    jsonl_file.write_text(
        json.dumps(
            {
                "path": "news/a1.txt",
                "published": "2023-06-08",
                "title": "Jinan promotes NEVs",
                "source": "english.jinan.gov.cn",
            }
        )
        + "\n\n"
        + json.dumps({"id": "b2", "published": "2024-01-09", "title": "Title, with comma"})
        + "\n",
        encoding="utf-8",
    )
    for file in (csv_file, jsonl_file):
        table = load_metadata(file)
        assert len(table) == 2
        a1 = ArticleMetadata(date(2023, 6, 8), "Jinan promotes NEVs", "english.jinan.gov.cn")
        assert table.lookup(tmp_path / "news" / "a1.txt") == a1
        assert table.lookup(tmp_path / "elsewhere" / "b2.html") == ArticleMetadata(
            date(2024, 1, 9), "Title, with comma", None
        )
        assert table.lookup(tmp_path / "news" / "a2.txt") is None
        assert table.lookup(tmp_path / "a1.txt") is None  # a path entry is not an id


def test_path_entry_wins_over_id_entry_field_by_field(tmp_path: Path) -> None:
    meta = tmp_path / "m.jsonl"
    meta.write_text(
        '{"id": "a1", "published": "2020-01-01", "source": "Xinhua"}\n'
        '{"path": "a1.txt", "published": "2021-02-02"}\n',
        encoding="utf-8",
    )
    got = load_metadata(meta).lookup(tmp_path / "a1.txt")
    assert got == ArticleMetadata(date(2021, 2, 2), None, "Xinhua")


@pytest.mark.parametrize(
    ("name", "content", "line", "problem"),
    [
        ("m.csv", "path,published\na.txt,2023-13-40\n", 2, "published: not an ISO date"),
        ("m.csv", "path,published\na.txt,2023-01-01\na.txt,2023-01-02\n", 3, "repeats line 2"),
        ("m.csv", "name,published\na.txt,2023-01-01\n", 1, "'path' or an 'id' column"),
        ("m.csv", "path,date\na.txt,2023-01-01\n", 1, "names none of published"),
        ("m.csv", "path,published\na.txt,2023-01-01,extra\n", 2, "more fields"),
        ("m.csv", "id,published\n,2023-01-01\n", 2, "needs a 'path' or an 'id'"),
        ("m.jsonl", '{"id": "a", "published": "2023-01-01"}\n{"id": "b",\n', 2, "invalid JSON"),
        ("m.jsonl", '["a", "2023-01-01"]\n', 1, "JSON object"),
        ("m.jsonl", '{"id": 7, "published": "2023-01-01"}\n', 1, "id must be a string"),
        ("m.jsonl", '{"id": "a", "title": 7}\n', 1, "title must be a string"),
    ],
)
def test_bad_metadata_files_name_file_and_line(
    tmp_path: Path, name: str, content: str, line: int, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MetadataError, match=problem) as info:
        load_metadata(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")


@pytest.mark.parametrize(
    ("name", "problem"), [("m.txt", ".csv or .jsonl"), ("no.csv", "not found")]
)
def test_metadata_file_kind_and_presence(tmp_path: Path, name: str, problem: str) -> None:
    if name.endswith(".txt"):
        (tmp_path / name).write_text("id,published\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=problem):
        load_metadata(tmp_path / name)


# --- batch: --published and --metadata -----------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, list[Any], str]:
    code = main(["extract", "-q", *map(str, argv)])
    out = capsys.readouterr()
    lines = [json.loads(line) for line in out.out.splitlines() if line.strip()]
    return code, sorted(lines, key=lambda line: line["article"]["id"]), out.err


def test_batch_published_option_and_metadata_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "a1.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "a2.txt").write_text(UNDATED.replace("120,000", "130,000"), encoding="utf-8")
    dated = "Headline here\n\nCnEVPost | Feb 23, 2022\n\n" + UNDATED.split("\n\n", 2)[2]
    (folder / "a3.txt").write_text(dated.replace("120,000", "140,000"), encoding="utf-8")

    code, lines, _ = _run(capsys, folder)
    assert code == 0
    assert [line["article"]["published"] for line in lines] == [None, None, "2022-02-23"]

    code, lines, _ = _run(capsys, folder, "--published", "2023-06-08")
    assert code == 0
    assert {line["article"]["published"] for line in lines} == {"2023-06-08"}
    years = [r["value"] for r in lines[0]["records"] if r["kind"] == "year"]
    assert years == [2022, 2024]

    meta = tmp_path / "meta.csv"
    meta.write_text(
        "path,published,title,source\nscraped/a1.txt,2019-05-01,Caller's title,Caller's outlet\n",
        encoding="utf-8",
    )
    code, lines, _ = _run(capsys, folder, "--metadata", meta, "--published", "2023-06-08")
    assert code == 0
    a1, a2, a3 = (line["article"] for line in lines)
    assert (a1["published"], a1["title"], a1["source"]) == (
        "2019-05-01",
        "Caller's title",
        "Caller's outlet",
    )
    assert [r["value"] for r in lines[0]["records"] if r["kind"] == "year"] == [2018, 2020]
    assert (a2["published"], a2["title"], a2["source"]) == (
        "2023-06-08",
        "Carmaker sets a goal",
        "example.com",
    )
    assert a3["published"] == "2023-06-08"  # the caller's date wins over the dateline


def test_batch_bad_metadata_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a1.txt").write_text(UNDATED, encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"id": "a1", "published": "yesterday"}\n', encoding="utf-8")
    code, lines, err = _run(capsys, tmp_path / "a1.txt", "--metadata", meta)
    assert code == 2 and lines == []
    assert f"--metadata: {meta}:1: published: not an ISO date" in err
    code, _, err = _run(capsys, tmp_path / "a1.txt", "--published", "2023-02-30")
    assert code == 2 and "not an ISO date" in err
