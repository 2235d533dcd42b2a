"""Outputs nothing can corrupt (issue 15) and stale results (issue 14): torn writes, a failing
errors file, non-UTF-8 names, locks, foreign files, planted symlinks, stray Parquet parts,
streaming resume, CSV formulas, rules fingerprints, full disks."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from nevextract import outputs
from nevextract.cli import main
from nevextract.errors import OutputError
from nevextract.outputs import (
    FLAT_COLUMNS,
    CsvWriter,
    ErrorEntry,
    JsonlWriter,
    escape_name,
    flat_rows,
    open_writer,
    raw_name,
)

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "corpus" / "jinan-nev-2023.txt"
TEXT = GOLDEN.read_text(encoding="utf-8")
FORMATS = ("jsonl", "csv", "parquet", "sqlite")


def articles(folder: Path, n: int) -> list[Path]:
    """`n` distinct short articles (a few records each) and one without records."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i:03d}.txt"
        p.write_text(
            f"BYD sold {100 + i} thousand cars in 2023, up {10 + i} percent. "
            f"Its revenue reached {5 + i} billion yuan.\n",
            encoding="utf-8",
        )
        paths.append(p)
    (folder / "none.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    return paths


def extract(*argv: str | Path) -> int:
    return main(["extract", *map(str, argv)])


def snapshot(out: Path) -> dict[str, bytes]:
    """Every byte of an output (a file, or the files of a Parquet folder)."""
    if out.is_dir():
        return {p.name: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    return {out.name: out.read_bytes()} if out.exists() else {}


def shas(out: Path) -> list[str]:
    """The sha256 of each article in an output, in order, with repeats."""
    if out.suffix == ".jsonl":
        return [json.loads(x)["article"]["sha256"] for x in out.read_text("utf-8").splitlines()]
    if out.suffix == ".csv":
        df = pd.read_csv(out, dtype=str, keep_default_na=False)
        return [
            s
            for s, r in zip(df["article_sha256"], df["record_index"], strict=True)
            if r in ("", "0")
        ]
    if out.suffix == ".parquet":
        df = pd.read_parquet(out)
        return [
            s
            for s, r in zip(df["article_sha256"], df["record_index"], strict=True)
            if r in (0, None) or pd.isna(r)
        ]
    with sqlite3.connect(out) as conn:
        return [r[0] for r in conn.execute("SELECT sha256 FROM articles ORDER BY rowid")]


# --- torn writes ------------------------------------------------------------------------------


def test_csv_cut_inside_an_article_resumes_to_the_complete_record_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 3)
    out = tmp_path / "r.csv"
    assert extract(folder, "-o", out, "-q") == 0
    whole = out.read_bytes()
    lines = whole.split(b"\n")
    # a cut after each complete row (and inside the last rows): never a partial article kept
    ends = [len(b"\n".join(lines[: i + 1])) + 1 for i in range(1, len(lines) - 1)]
    cuts = sorted({*ends, *(e - 5 for e in ends[1:])})
    assert len(cuts) > 8
    for cut in cuts:
        out.write_bytes(whole[:cut])
        assert extract(folder, "-o", out, "-q") == 0, cut
        assert out.read_bytes() == whole, cut
    capsys.readouterr()


def test_csv_recovery_keeps_only_complete_articles(tmp_path: Path) -> None:
    line = {
        "article": {"id": "a", "sha256": "1" * 64},
        "records": [
            {
                "kind": "year",
                "text": "2023",
                "start": 0,
                "end": 4,
                "value": 2023,
                "role": "reference",
            }
        ]
        * 3,
    }
    other = {"article": {"id": "b", "sha256": "2" * 64}, "records": []}
    path = tmp_path / "r.csv"
    w = CsvWriter(path, force=False)
    w.write_batch([other])
    good = path.read_bytes()
    w.write_batch([line])
    full = path.read_bytes()
    path.write_bytes(full[: full.rindex(b"\n", 0, len(full) - 1) + 1])  # drop its last row
    again = CsvWriter(path, force=False)
    assert again.recorded() == {"2" * 64}
    assert path.read_bytes() == good


# --- each batch written exactly once --------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failing_errors_file_never_writes_a_batch_twice(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 4)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / f"r.{fmt}"
    calls = 0

    def failing(self: Any, errors: Any) -> None:
        nonlocal calls
        calls += 1
        if fmt == "sqlite":
            raise sqlite3.OperationalError("disk I/O error")
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(outputs._ErrorsFile, "write_errors", failing)
    monkeypatch.setattr(outputs.SqliteWriter, "write_errors", failing)
    code = extract(folder, "-o", out, "--batch-size", "100")
    err = capsys.readouterr().err
    assert code == 3 and calls == 1
    assert "Traceback" not in err and "cannot write" in err and "transaction" not in err
    written = shas(out)
    assert len(written) == len(set(written)) == 5  # each article once


# --- file names that are not UTF-8 -----------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_non_utf8_file_name_costs_nothing(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 2)
    bad = os.fsencode(folder) + b"/b-\xff.txt"
    with open(bad, "wb") as fh:
        fh.write(b"Geely sold 9 thousand cars in 2022.\n")
    with open(os.fsencode(folder) + b"/c-\xfe.txt", "wb") as fh:
        fh.write(b"")  # fails: an error line with the escaped name
    out = tmp_path / f"r.{fmt}"
    assert extract(folder, "-o", out, "-q") == 1
    assert len(shas(out)) == 4
    if fmt == "jsonl":
        lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
        named = next(x["article"] for x in lines if x["article"]["id"] == "b-\\xff")
        assert raw_name(named["path"]) == bad
        errors = (tmp_path / "r.jsonl.errors.jsonl").read_text("utf-8")
        assert "c-\\\\xfe.txt" in errors
    capsys.readouterr()


def test_escape_name_round_trips() -> None:
    assert escape_name("plain/名字.txt") == "plain/名字.txt"
    for raw in [b"b-\xff.txt", b"back\\slash-\x80.txt", b"\xe5\x90.txt"]:
        assert raw_name(escape_name(os.fsdecode(raw))) == raw


# --- one run at a time ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_second_writer_of_the_same_output_is_refused(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"r.{fmt}"
    first = open_writer(str(out))
    line = {"article": {"id": "a", "sha256": "1" * 64}, "records": []}
    first.write_batch([line])
    before = snapshot(out)
    with pytest.raises(OutputError, match="another nevextract run"):
        open_writer(str(out))
    assert snapshot(out) == before
    first.close()
    again = open_writer(str(out))  # the lock went with the first writer
    assert again.recorded() == {"1" * 64}
    again.close()


def test_a_concurrent_cli_run_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 2)
    out = tmp_path / "r.jsonl"
    holder = open_writer(str(out))
    assert extract(folder, "-o", out, "-q") == 2
    assert "another nevextract run" in capsys.readouterr().err
    assert out.read_bytes() == b""
    holder.close()


# --- foreign files ----------------------------------------------------------------------------


def _foreign_files(tmp_path: Path) -> list[Path]:
    pkg = tmp_path / "package.json"
    pkg.write_text('{\n  "name": "app",\n  "version": "1.0.0"\n}', encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text('{"name": "app"}', encoding="utf-8")  # no newline: not a torn line
    ledger = tmp_path / "ledger.csv"
    ledger.write_text("date,amount\n2024-01-01,5\n2024-01-02,7", encoding="utf-8")
    db = tmp_path / "app.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE errors (code INTEGER)")
        conn.execute("CREATE TABLE users (name TEXT)")
        conn.execute("INSERT INTO errors VALUES (404)")
        conn.execute("INSERT INTO users VALUES ('ann')")
    conn.close()
    text_db = tmp_path / "notes.db"
    text_db.write_text("not a database\n", encoding="utf-8")
    return [pkg, one, ledger, db, text_db]


@pytest.mark.parametrize("force", [False, True])
def test_foreign_files_are_refused_byte_identical(
    force: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 1)
    for foreign in _foreign_files(tmp_path):
        before = foreign.read_bytes()
        code = extract(folder, "-o", foreign, "-q", *(["--force"] if force else []))
        err = capsys.readouterr().err
        assert code == 2, foreign
        assert "another output" in err, err
        assert foreign.read_bytes() == before, foreign
        assert not Path(f"{foreign}.errors.jsonl").exists()
        assert not (foreign.parent / f".{foreign.name}.lock").exists()


# --- temp files, stray parts --------------------------------------------------------------------


def test_csv_temp_file_never_follows_a_planted_symlink(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / ".r.csv.tmp").symlink_to(victim)  # the old fixed temp name
    assert extract(folder, "-o", out_dir / "r.csv", "-q") == 0
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in out_dir.iterdir()) == [".r.csv.lock", ".r.csv.tmp", "r.csv"]


def test_stray_parquet_parts_are_quarantined_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 3)
    out = tmp_path / "r.parquet"
    assert extract(folder, "-o", out, "-q", "--batch-size", "2") == 0
    (out / "part-abc.parquet").write_bytes(b"garbage")
    (out / "part-000009.parquet").write_bytes(b"")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    capsys.readouterr()
    assert extract(folder, "-o", out) == 0
    err = capsys.readouterr().err
    assert "part-abc.parquet" in err and "part-000009.parquet" in err and "_quarantine" in err
    assert "4 already in" in err
    assert sorted(p.name for p in (out / "_quarantine").iterdir()) == [
        "notes.txt",
        "part-000009.parquet",
        "part-abc.parquet",
    ]
    assert len(pd.read_parquet(out)["article_sha256"].unique()) == 4


# --- resume reads a stream ----------------------------------------------------------------------


def test_jsonl_and_csv_resume_do_not_load_the_output(tmp_path: Path) -> None:
    base = {"article": {"id": "x", "title": "t" * 2000}, "records": []}
    lines = [dict(base, article=dict(base["article"], sha256=f"{i:064x}")) for i in range(4000)]
    for cls, name in [(JsonlWriter, "r.jsonl"), (CsvWriter, "r.csv")]:
        path = tmp_path / name
        w = cls(path, force=False)
        w.write_batch(lines)
        size = path.stat().st_size
        assert size > 8_000_000
        tracemalloc.start()
        again = cls(path, force=False)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert len(again.recorded()) == 4000
        assert peak < size / 4, (name, peak, size)


# --- CSV formulas --------------------------------------------------------------------------------


def test_csv_formula_cells_are_neutralised_unless_raw(tmp_path: Path) -> None:
    line = {
        "article": {
            "id": "=cmd",
            "title": '=HYPERLINK("http://x")',
            "path": "@x",
            "sha256": "1" * 64,
        },
        "records": [
            {
                "kind": "percentage",
                "text": "-5%",
                "start": 0,
                "end": 3,
                "value": -5.0,
                "sentence": "+1 -5%",
            }
        ],
    }
    safe = tmp_path / "safe.csv"
    CsvWriter(safe, force=False).write_batch([line])
    row = pd.read_csv(safe, dtype=str, keep_default_na=False).iloc[0]
    assert row["article_title"] == '\'=HYPERLINK("http://x")'
    assert row["article_id"] == "'=cmd" and row["article_path"] == "'@x"
    assert row["text"] == "'-5%" and row["sentence"] == "'+1 -5%"
    assert row["value"] == "-5.0"  # numbers are numbers
    raw = tmp_path / "raw.csv"
    CsvWriter(raw, force=False, raw=True).write_batch([line])
    assert pd.read_csv(raw, dtype=str).iloc[0]["article_title"] == '=HYPERLINK("http://x")'
    assert CsvWriter(safe, force=False).recorded() == {"1" * 64}


# --- stale results after a rule change ------------------------------------------------------------


def test_the_fingerprint_follows_the_pattern_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from nevextract.fingerprint import rules_fingerprint
    from nevextract.resources import patterns_dir

    before = rules_fingerprint()
    copy = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), copy)
    monkeypatch.setenv("NEVEXTRACT_PATTERNS_DIR", str(copy))
    assert rules_fingerprint() == before  # same bytes, same fingerprint
    readme = copy / "README.md"
    readme.write_text(readme.read_text("utf-8") + "\n", encoding="utf-8")
    assert rules_fingerprint() != before


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rule_change_refuses_to_resume_until_force(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from nevextract import fingerprint

    folder = tmp_path / "in"
    articles(folder, 2)
    out = tmp_path / f"r.{fmt}"
    assert extract(folder, "-o", out, "-q") == 0
    assert extract(folder, "-o", out) == 0  # same rules: resumes, nothing to do
    assert "3 already in" in capsys.readouterr().err
    before = snapshot(out)
    monkeypatch.setattr(fingerprint, "rules_fingerprint", lambda: "0.1.0+changedrules00")
    assert extract(folder, "-o", out, "-q") == 2
    err = capsys.readouterr().err
    assert "--force" in err and "other rules" in err and "3 of its 3 articles" in err
    assert snapshot(out) == before
    assert extract(folder, "-o", out, "-q", "--force") == 0
    assert len(shas(out)) == 3
    if fmt == "jsonl":
        fps = {json.loads(x)["article"]["fingerprint"] for x in out.read_text("utf-8").splitlines()}
        assert fps == {"0.1.0+changedrules00"}
    assert extract(folder, "-o", out, "-q") == 0  # and resumes again


def test_flat_rows_carry_the_fingerprint_and_the_record_count() -> None:
    line = {"article": {"id": "a", "fingerprint": "v+h"}, "records": []}
    (row,) = flat_rows(line)
    assert row["article_fingerprint"] == "v+h" and row["article_records"] == 0


# --- full disks ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_disk_full_is_one_line_and_exit_3(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 4)
    out = tmp_path / f"r.{fmt}"
    assert extract(folder, "-o", out, "-q", "--batch-size", "2") == 0
    kept = shas(out)
    for p in sorted(folder.glob("a*.txt"))[2:]:
        p.write_text(p.read_text("utf-8") + " More text.\n", encoding="utf-8")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    code = extract(folder, "-o", out, "--batch-size", "2")
    err = capsys.readouterr().err
    monkeypatch.setattr(outputs.os, "fsync", real_fsync)
    assert code == 3
    assert err.strip() == f"nevextract: cannot write {out}: no space left on device"
    assert extract(folder, "-o", out, "-q") == 0  # the next run completes it
    assert shas(out)[: len(kept)] == kept and len(shas(out)) == 7


def test_sqlite_disk_full_is_one_line_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from nevextract import batch

    folder = tmp_path / "in"
    articles(folder, 30)
    out = tmp_path / "r.db"
    real_open = batch.open_writer

    def tiny(*args: Any, **kwargs: Any) -> Any:
        writer = real_open(*args, **kwargs)
        pages = writer.conn.execute("PRAGMA page_count").fetchone()[0]
        writer.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        return writer

    monkeypatch.setattr(batch, "open_writer", tiny)
    code = extract(folder, "-o", out, "--batch-size", "30")
    err = capsys.readouterr().err
    assert code == 3
    assert err.strip() == f"nevextract: cannot write {out}: no space left on device"


def test_write_errors_of_sqlite_roll_back(tmp_path: Path) -> None:
    w = outputs.SqliteWriter(tmp_path / "r.db", force=False)
    with pytest.raises(sqlite3.Error):
        w.write_errors([ErrorEntry("a", "b", sha256=object())])  # type: ignore[arg-type]
    w.write_errors([ErrorEntry("a", "b")])  # no transaction left open
    w.close()


def _old_output(out: Path) -> None:
    """An output as an earlier nevextract wrote it: no fingerprint, no article_records."""
    old_cols = [c for c in FLAT_COLUMNS if c not in ("article_fingerprint", "article_records")]
    if out.suffix == ".csv":
        out.write_text(",".join(old_cols) + "\n", encoding="utf-8")
    elif out.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        out.mkdir()
        table = pa.table({c: pa.array([None], pa.string()) for c in old_cols})
        pq.write_table(table, out / "part-000000.parquet")
    else:
        with sqlite3.connect(out) as conn:
            conn.execute("CREATE TABLE articles (sha256 TEXT PRIMARY KEY, id TEXT, n_records INT)")
            conn.execute("CREATE TABLE records (article_sha256 TEXT, record_index INT)")
            conn.execute("CREATE TABLE errors (path TEXT, error TEXT, sha256 TEXT)")
        conn.close()


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".db"])
def test_an_output_of_an_older_version_needs_force(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 1)
    out = tmp_path / f"old{suffix}"
    _old_output(out)
    before = snapshot(out)
    assert extract(folder, "-o", out, "-q") == 2
    err = capsys.readouterr().err
    assert "another version" in err and "--force" in err
    assert snapshot(out) == before
    assert extract(folder, "-o", out, "-q", "--force") == 0
    assert len(shas(out)) == 2
