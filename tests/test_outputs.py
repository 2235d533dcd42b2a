"""Tests of nevextract.outputs: every format read back, torn tails, resume sets, safe paths."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from nevextract.api import extract_file
from nevextract.batch import process_job
from nevextract.cli import main
from nevextract.errors import OutputError
from nevextract.outputs import (
    FLAT_COLUMNS,
    RECORD_COLUMNS,
    CsvWriter,
    JsonlWriter,
    ParquetWriter,
    SqliteWriter,
    detect_format,
    flat_rows,
    open_writer,
    safe_path,
)

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "corpus" / "jinan-nev-2023.txt"
GOLDEN_HTML = ROOT / "tests" / "data" / "jinan-nev-2023.html"
DEV = sorted((ROOT / "corpus" / "dev").glob("*.txt"))[:3]


def _lines() -> list[dict[str, Any]]:
    out = [extract_file(p).model_dump(mode="json") for p in [GOLDEN, *DEV]]
    html = process_job_line(GOLDEN_HTML)
    no_records = extract_file(GOLDEN).model_dump(mode="json")
    no_records["article"].update(id="empty", sha256="0" * 64)
    no_records["records"] = []
    return [*out, html, no_records]


def process_job_line(path: Path) -> dict[str, Any]:
    import hashlib

    from nevextract.batch import Job

    raw = path.read_bytes()
    outcome = process_job(Job(0, str(path), path.stem, hashlib.sha256(raw).hexdigest(), raw))
    assert outcome.line is not None
    return outcome.line


LINES = _lines()


def _same(a: Any, b: Any) -> bool:
    """Equal, reading NaN/None/"" as missing and numbers by value."""
    missing = (None, "")
    if a in missing or (isinstance(a, float) and math.isnan(a)):
        return b in missing or (isinstance(b, float) and math.isnan(b))
    if isinstance(a, bool) or isinstance(b, bool):
        truthy = ("1", "1.0", "true")
        return (str(a).lower() in truthy) == (str(b).lower() in truthy)
    if isinstance(a, int | float) or isinstance(b, int | float):
        try:
            return float(a) == float(b)
        except (TypeError, ValueError):
            return False
    return str(a) == str(b)


def _expected_rows() -> list[dict[str, Any]]:
    return [row for line in LINES for row in flat_rows(line)]


def _check_rows(got: list[dict[str, Any]]) -> None:
    want = _expected_rows()
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        for col in FLAT_COLUMNS:
            assert _same(w[col], g[col]), (col, w[col], g[col])


def _write_all(writer: Any) -> None:
    writer.write_batch(LINES[:2])
    writer.write_batch(LINES[2:])
    writer.close()


def test_flat_rows_have_one_row_per_record() -> None:
    rows = flat_rows(LINES[0])
    assert len(rows) == len(LINES[0]["records"])
    assert all(r["article_id"] == "jinan-nev-2023" for r in rows)
    assert [r["record_index"] for r in rows] == list(range(len(rows)))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    empty = flat_rows(LINES[-1])
    assert len(empty) == 1 and empty[0]["record_index"] is None and empty[0]["kind"] is None
    html_rows = flat_rows(LINES[-2])
    assert html_rows[0]["article_text"] and html_rows[1]["article_text"] is None


def test_csv_reads_back_with_pandas(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    _write_all(CsvWriter(path, force=False))
    df = pd.read_csv(path, keep_default_na=False, dtype=str)
    assert list(df.columns) == list(FLAT_COLUMNS)
    _check_rows(df.to_dict("records"))
    assert CsvWriter(path, force=False).recorded() == {x["article"]["sha256"] for x in LINES}


def test_parquet_reads_back_with_pandas(tmp_path: Path) -> None:
    path = tmp_path / "r.parquet"
    _write_all(ParquetWriter(path, force=False))
    assert sorted(p.name for p in path.iterdir()) == ["part-000000.parquet", "part-000001.parquet"]
    df = pd.read_parquet(path)
    assert list(df.columns) == list(FLAT_COLUMNS)
    _check_rows(df.to_dict("records"))
    again = ParquetWriter(path, force=False)
    assert again.recorded() == {x["article"]["sha256"] for x in LINES}
    assert ParquetWriter(path, force=True).recorded() == set()
    assert list(path.iterdir()) == []


def test_sqlite_reads_back_with_pandas(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    _write_all(SqliteWriter(path, force=False))
    with sqlite3.connect(path) as conn:
        arts = pd.read_sql("SELECT * FROM articles ORDER BY rowid", conn)
        recs = pd.read_sql("SELECT * FROM records ORDER BY rowid", conn)
        indexes = {r[1] for r in conn.execute("SELECT * FROM sqlite_master WHERE type='index'")}
    assert {"articles_id", "records_kind", "records_article_id"} <= indexes
    assert list(arts["id"]) == [x["article"]["id"] for x in LINES]
    assert list(arts["n_records"]) == [len(x["records"]) for x in LINES]
    want = [(x["article"]["id"], i, r) for x in LINES for i, r in enumerate(x["records"])]
    assert len(recs) == len(want)
    for row, (aid, i, rec) in zip(recs.to_dict("records"), want, strict=True):
        assert row["article_id"] == aid and row["record_index"] == i
        for col, kind in RECORD_COLUMNS.items():
            value = rec.get(col)
            if kind == "json" and value is not None:
                value = json.dumps(value, ensure_ascii=False)
            assert _same(value, row[col]), (col, value, row[col])
    assert arts["text"].iloc[4] == LINES[4]["article"]["text"]


def test_every_format_from_the_cli_matches_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in [GOLDEN, GOLDEN_HTML, *DEV]:
        (folder / p.name).write_bytes(p.read_bytes())
    outs = {f: tmp_path / f"r.{f}" for f in ("jsonl", "csv", "parquet", "sqlite")}
    for path in outs.values():
        assert main(["extract", str(folder), "-o", str(path), "-q"]) == 0
    lines = [json.loads(x) for x in outs["jsonl"].read_text(encoding="utf-8").splitlines()]
    want = [
        (x["article"]["id"], r["kind"], r["text"], r["start"]) for x in lines for r in x["records"]
    ]
    csv_df = pd.read_csv(outs["csv"])
    pq_df = pd.read_parquet(outs["parquet"])
    with sqlite3.connect(outs["sqlite"]) as conn:
        sql_df = pd.read_sql(
            "SELECT article_id, kind, records.text, start FROM records JOIN articles"
            " ON records.article_sha256 = articles.sha256 ORDER BY articles.rowid, record_index",
            conn,
        )
    for df, id_col in [(csv_df, "article_id"), (pq_df, "article_id"), (sql_df, "article_id")]:
        got = list(zip(df[id_col], df["kind"], df["text"], df["start"].astype(int), strict=True))
        assert got == want
    # a format by --format, whatever the extension
    other = tmp_path / "records.out"
    assert main(["extract", str(folder), "-o", str(other), "--format", "csv", "-q"]) == 0
    assert other.read_bytes() == outs["csv"].read_bytes()


# --- crash safety ------------------------------------------------------------------------------


def test_jsonl_torn_tail_is_cut_and_recorded_set_read(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    _write_all(JsonlWriter(path, force=False))
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"article": {"id": "torn", "sha')
    writer = JsonlWriter(path, force=False)
    assert path.read_bytes() == whole
    assert writer.recorded() == {x["article"]["sha256"] for x in LINES}
    path.write_bytes(b"not json\n")
    with pytest.raises(OutputError, match="line 1"):
        JsonlWriter(path, force=False)


@pytest.mark.parametrize("cut", [1, 7, 40, 200])
def test_csv_torn_row_is_cut(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "r.csv"
    writer = CsvWriter(path, force=False)
    writer.write_batch(LINES[:1])
    good = path.read_bytes()
    writer.write_batch(LINES[4:5])  # the HTML article: a quoted text with newlines
    torn = path.read_bytes()[: len(good) + cut]
    path.write_bytes(torn)
    again = CsvWriter(path, force=False)
    assert path.read_bytes() == good
    assert again.recorded() == {LINES[0]["article"]["sha256"]}


def test_parquet_stale_temp_parts_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "r.parquet"
    path.mkdir()
    (path / ".part-000000.parquet.tmp").write_bytes(b"PAR1 half")
    writer = ParquetWriter(path, force=False)
    assert writer.recorded() == set() and list(path.iterdir()) == []


def test_sqlite_force_empties_tables_and_errors_are_per_run(tmp_path: Path) -> None:
    from nevextract.outputs import ErrorEntry

    path = tmp_path / "r.db"
    w = SqliteWriter(path, force=False)
    w.write_batch(LINES[:2])
    w.write_errors([ErrorEntry("x.txt", "empty file")])
    w.close()
    w = SqliteWriter(path, force=False)
    assert len(w.recorded()) == 2
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
    w.close()
    assert SqliteWriter(path, force=True).recorded() == set()


# --- formats and paths -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.jsonl", "jsonl"), ("a.CSV", "csv"), ("a.parquet", "parquet"), ("a.db", "sqlite")],
)
def test_detect_format(name: str, fmt: str) -> None:
    assert detect_format(name, None) == fmt


def test_unknown_format_is_an_output_error() -> None:
    with pytest.raises(OutputError):
        detect_format("a.txt", None)
    with pytest.raises(OutputError):
        detect_format("a.jsonl", "xml")


def test_safe_path_refuses_escapes(tmp_path: Path) -> None:
    assert safe_path(tmp_path, "r.jsonl") == tmp_path.resolve() / "r.jsonl"
    with pytest.raises(OutputError):
        safe_path(tmp_path / "out", "../r.jsonl")
    (tmp_path / "link.jsonl").symlink_to("/etc/passwd")
    with pytest.raises(OutputError):
        safe_path(tmp_path, "link.jsonl")
    with pytest.raises(OutputError):
        open_writer(str(tmp_path / "link.jsonl"))
