"""Output writers of `nevextract extract`: JSON Lines, CSV, Parquet and SQLite.

Every writer is append-only and crash-safe, so a batch run can be killed at any moment and
re-run to completion (nothing missing, nothing duplicated):

* JSON Lines / CSV: each batch of results is appended with one write, then flushed and
  fsync'd. On open, a torn tail (a half-written line or row left by a kill) is cut off before
  anything is appended, and the sha256 of every recorded article is read back.
* Parquet: OUT is a folder of part files, one per batch, each written to a hidden temp file,
  fsync'd, and renamed into place with `os.replace` (atomic); stale temp files are removed.
* SQLite: one transaction per batch (`articles`, `records`), so a batch is there or it isn't.

Errors of the latest run go to `OUT.errors.jsonl` beside OUT (SQLite: the `errors` table).
With `force`, what OUT holds is discarded first and every article is extracted again.
No path a writer touches may lie outside the folder OUT is in (symlinks are resolved).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, TextIO, cast, get_args

from .errors import OutputError
from .models import (
    ArticleMeta,
    FigureRecord,
    FirmRecord,
    MoneyRecord,
    PercentageRecord,
    TargetRecord,
    YearRecord,
)

Format = Literal["jsonl", "csv", "parquet", "sqlite"]
FORMATS: tuple[str, ...] = get_args(Format)
_EXTENSIONS: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
}

Line = dict[str, Any]  # one `ExtractionResult.model_dump(mode="json")`


@dataclass(frozen=True)
class ErrorEntry:
    path: str
    problem: str
    sha256: str | None = None


# --- flat columns ------------------------------------------------------------------------

ColumnType = Literal["str", "int", "float", "bool", "json"]
_RECORD_MODELS = (MoneyRecord, PercentageRecord, FigureRecord, YearRecord, FirmRecord, TargetRecord)


def _column_type(annotations: Iterable[str]) -> ColumnType:
    text = " ".join(annotations)
    if "list" in text or "tuple" in text or "dict" in text:
        return "json"
    if "bool" in text:
        return "bool"
    if "float" in text:
        return "float"
    if "int" in text and "str" not in text and "Literal" not in text:
        return "int"
    return "str"


def _record_columns() -> dict[str, ColumnType]:
    seen: dict[str, list[str]] = {}
    for model in _RECORD_MODELS:
        for name, field in model.model_fields.items():
            seen.setdefault(name, []).append(str(field.annotation))
    return {name: _column_type(notes) for name, notes in seen.items()}


RECORD_COLUMNS: dict[str, ColumnType] = _record_columns()
ARTICLE_COLUMNS: dict[str, ColumnType] = {name: "str" for name in ArticleMeta.model_fields}
# Flat rows (CSV, Parquet): article columns prefixed `article_`, then the record's index
# within its article, then the record fields. `article_text` (HTML inputs only) is filled on
# an article's first row. An article without records has one row with empty record columns.
FLAT_COLUMNS: dict[str, ColumnType] = (
    {f"article_{k}": v for k, v in ARTICLE_COLUMNS.items()}
    | {"record_index": "int"}
    | RECORD_COLUMNS
)


def _cell(value: Any, kind: ColumnType) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "float":
        return float(value)
    return value


def flat_rows(line: Line) -> list[dict[str, Any]]:
    """The CSV/Parquet rows of one result line."""
    article = line["article"]
    base = {f"article_{k}": article.get(k) for k in ARTICLE_COLUMNS}
    records: list[dict[str, Any]] = line["records"]
    rows: list[dict[str, Any]] = []
    for i, rec in enumerate(records or [None]):  # type: ignore[list-item]
        row = dict(base)
        if i > 0:
            row["article_text"] = None
        row["record_index"] = i if rec is not None else None
        for name, kind in RECORD_COLUMNS.items():
            row[name] = _cell(rec.get(name), kind) if rec is not None else None
        rows.append(row)
    return rows


# --- paths -------------------------------------------------------------------------------


def detect_format(output: str, fmt: str | None) -> Format:
    if fmt is not None:
        if fmt not in FORMATS:
            raise OutputError(output, f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return cast(Format, fmt)
    suffix = Path(output).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise OutputError(
            output,
            f"cannot tell the format from the extension {suffix or '(none)'!r}; use --format",
        )
    return _EXTENSIONS[suffix]


def safe_path(folder: Path, name: str) -> Path:
    """`folder/name`, refusing anything (`..`, absolute names, symlinks) that leaves folder."""
    base = folder.resolve()
    target = (base / name).resolve()
    if target != base and base not in target.parents:
        raise OutputError(str(folder / name), f"resolves to {target}, outside {base}")
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _append(path: Path, data: bytes) -> None:
    """Append `data` with one write loop, then fsync."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
        os.fsync(fd)
    finally:
        os.close(fd)


# --- writers -----------------------------------------------------------------------------


class Writer(Protocol):
    """Where results go. `recorded()` is the sha256 set already in the output."""

    where: str

    def recorded(self) -> set[str]: ...
    def write_batch(self, lines: Sequence[Line]) -> None: ...
    def write_errors(self, errors: Sequence[ErrorEntry]) -> None: ...
    def close(self) -> None: ...


class _ErrorsFile:
    """`OUT.errors.jsonl`: the failures of the latest run (removed at the start of a run)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.exists() or path.is_symlink():
            path.unlink()

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        if errors:
            data = "".join(
                json.dumps(
                    {"path": e.path, "error": e.problem, "sha256": e.sha256}, ensure_ascii=False
                )
                + "\n"
                for e in errors
            )
            _append(self.path, data.encode("utf-8"))


class StdoutWriter:
    """JSON Lines to standard output (no resume); errors go to the summary only."""

    where = "<stdout>"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def recorded(self) -> set[str]:
        return set()

    def write_batch(self, lines: Sequence[Line]) -> None:
        for line in lines:
            self.stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.stream.flush()

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        pass

    def close(self) -> None:
        self.stream.flush()


def _cut_to_last_newline(path: Path) -> bytes:
    """The file's bytes up to its last newline; anything after it (torn) is truncated."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end != len(data):
        with open(path, "r+b") as fh:
            fh.truncate(end)
            fh.flush()
            os.fsync(fh.fileno())
        data = data[:end]
    return data


class JsonlWriter:
    def __init__(self, path: Path, force: bool) -> None:
        self.path = path
        self.where = str(path)
        self.errors = _ErrorsFile(safe_path(path.parent, path.name + ".errors.jsonl"))
        self._recorded: set[str] = set()
        if force or not path.exists():
            path.write_bytes(b"")
            return
        if not path.is_file():
            raise OutputError(str(path), "exists and is not a file")
        data = _cut_to_last_newline(path)
        for n, raw in enumerate(data.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                sha = json.loads(raw)["article"]["sha256"]
            except (ValueError, KeyError, TypeError):
                raise OutputError(
                    str(path), f"line {n} is not a nevextract result; use another output"
                ) from None
            if isinstance(sha, str):
                self._recorded.add(sha)

    def recorded(self) -> set[str]:
        return set(self._recorded)

    def write_batch(self, lines: Sequence[Line]) -> None:
        if lines:
            data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
            _append(self.path, data.encode("utf-8"))

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        self.errors.write_errors(errors)

    def close(self) -> None:
        pass


def _csv_text(rows: Iterable[dict[str, Any]], header: bool) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(FLAT_COLUMNS)
    for row in rows:
        w.writerow("" if row[c] is None else row[c] for c in FLAT_COLUMNS)
    return buf.getvalue()


class CsvWriter:
    """One row per record (flat columns). Fields may hold newlines (quoted), so the torn-tail
    check parses rows: the file is cut after the last complete row of the right width."""

    def __init__(self, path: Path, force: bool) -> None:
        self.path = path
        self.where = str(path)
        self.errors = _ErrorsFile(safe_path(path.parent, path.name + ".errors.jsonl"))
        self._recorded: set[str] = set()
        if force or not path.exists() or path.stat().st_size == 0:
            self._start()
            return
        if not path.is_file():
            raise OutputError(str(path), "exists and is not a file")
        self._recover()

    def _start(self) -> None:
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text(_csv_text([], header=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def _recover(self) -> None:
        data = _cut_to_last_newline(self.path)
        lines = data.decode("utf-8").split("\n")[:-1]
        consumed = 0  # bytes of the lines the csv reader has taken so far
        good = 0  # end of the last complete row

        def feed() -> Iterable[str]:
            nonlocal consumed
            for ln in lines:
                consumed += len(ln.encode("utf-8")) + 1
                yield ln + "\n"

        sha_col = list(FLAT_COLUMNS).index("article_sha256")
        header = True
        try:
            for row in csv.reader(feed(), strict=True):
                if header:
                    if row != list(FLAT_COLUMNS):
                        raise OutputError(
                            str(self.path), "its header is not nevextract's; use another output"
                        )
                    header = False
                elif len(row) != len(FLAT_COLUMNS):
                    break  # a torn row
                elif row[sha_col]:
                    self._recorded.add(row[sha_col])
                good = consumed
        except csv.Error:
            pass  # a torn quoted field at the end
        if header:
            self._start()
        elif good < len(data):
            with open(self.path, "r+b") as fh:
                fh.truncate(good)
                os.fsync(fh.fileno())

    def recorded(self) -> set[str]:
        return set(self._recorded)

    def write_batch(self, lines: Sequence[Line]) -> None:
        if lines:
            rows = [row for line in lines for row in flat_rows(line)]
            _append(self.path, _csv_text(rows, header=False).encode("utf-8"))

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        self.errors.write_errors(errors)

    def close(self) -> None:
        pass


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "json": pa.string(),
    }
    return pa.schema([(name, types[kind]) for name, kind in FLAT_COLUMNS.items()])


class ParquetWriter:
    """OUT is a folder of `part-NNNNNN.parquet` files (read it with `pd.read_parquet(OUT)`)."""

    def __init__(self, path: Path, force: bool) -> None:
        import pyarrow.parquet as pq

        self.path = path
        self.where = str(path)
        self.errors = _ErrorsFile(safe_path(path.parent, path.name + ".errors.jsonl"))
        self._recorded: set[str] = set()
        if path.exists() and not path.is_dir():
            raise OutputError(str(path), "exists and is not a folder of Parquet parts")
        path.mkdir(parents=True, exist_ok=True)
        self._next = 0
        for part in sorted(path.iterdir()):
            if part.name.startswith(".part-") and part.name.endswith(".tmp"):
                part.unlink()  # a batch killed before its rename
            elif part.name.startswith("part-") and part.suffix == ".parquet":
                if force:
                    part.unlink()
                    continue
                self._next = max(self._next, int(part.stem.split("-")[1]) + 1)
                table = pq.read_table(part, columns=["article_sha256"])
                self._recorded.update(
                    s for s in table.column("article_sha256").to_pylist() if s is not None
                )

    def recorded(self) -> set[str]:
        return set(self._recorded)

    def write_batch(self, lines: Sequence[Line]) -> None:
        if not lines:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [row for line in lines for row in flat_rows(line)]
        table = pa.Table.from_pylist(rows, schema=_arrow_schema())
        name = f"part-{self._next:06d}.parquet"
        final = safe_path(self.path, name)
        tmp = safe_path(self.path, f".{name}.tmp")
        with open(tmp, "wb") as fh:
            pq.write_table(table, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        _fsync_dir(self.path)
        self._next += 1

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        self.errors.write_errors(errors)

    def close(self) -> None:
        pass


_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "json": "TEXT"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SqliteWriter:
    """Tables `articles` (one row per article, key sha256), `records` (one row per record,
    keyed by article_sha256 and record_index) and `errors` (the latest run's failures)."""

    def __init__(self, path: Path, force: bool) -> None:
        self.path = path
        self.where = str(path)
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA foreign_keys = ON")
        art_cols = ", ".join(
            f"{_q(c)} {_SQL_TYPES[t]}" for c, t in ARTICLE_COLUMNS.items() if c != "sha256"
        )
        rec_cols = ", ".join(f"{_q(c)} {_SQL_TYPES[t]}" for c, t in RECORD_COLUMNS.items())
        try:
            self._tx(
                [
                    f"CREATE TABLE IF NOT EXISTS articles (sha256 TEXT PRIMARY KEY, {art_cols},"
                    " n_records INTEGER NOT NULL)",
                    "CREATE TABLE IF NOT EXISTS records (article_sha256 TEXT NOT NULL"
                    " REFERENCES articles(sha256) ON DELETE CASCADE, article_id TEXT NOT NULL,"
                    f" record_index INTEGER NOT NULL, {rec_cols},"
                    " PRIMARY KEY (article_sha256, record_index))",
                    "CREATE TABLE IF NOT EXISTS errors (path TEXT NOT NULL, error TEXT NOT NULL,"
                    " sha256 TEXT)",
                    "CREATE INDEX IF NOT EXISTS articles_id ON articles(id)",
                    "CREATE INDEX IF NOT EXISTS records_article_id ON records(article_id)",
                    "CREATE INDEX IF NOT EXISTS records_kind ON records(kind)",
                    *(["DELETE FROM records", "DELETE FROM articles"] if force else []),
                    "DELETE FROM errors",
                ]
            )
            rows = self.conn.execute("SELECT sha256 FROM articles").fetchall()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise OutputError(str(path), f"not a usable SQLite database: {exc}") from None
        self._recorded = {r[0] for r in rows}
        art_names = ", ".join(_q(c) for c in ARTICLE_COLUMNS if c != "sha256")
        self._art_sql = (
            f"INSERT INTO articles (sha256, {art_names}, n_records)"
            f" VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 1))})"
        )
        self._rec_sql = (
            f"INSERT INTO records (article_sha256, article_id, record_index,"
            f" {', '.join(_q(c) for c in RECORD_COLUMNS)})"
            f" VALUES ({', '.join('?' * (len(RECORD_COLUMNS) + 3))})"
        )

    def _tx(self, statements: Sequence[str]) -> None:
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for sql in statements:
                cur.execute(sql)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def recorded(self) -> set[str]:
        return set(self._recorded)

    def write_batch(self, lines: Sequence[Line]) -> None:
        if not lines:
            return
        arts = []
        recs = []
        for line in lines:
            a = line["article"]
            values = [a.get(c) for c in ARTICLE_COLUMNS if c != "sha256"]
            arts.append((a["sha256"], *values, len(line["records"])))
            for i, r in enumerate(line["records"]):
                cells = [_cell(r.get(c), t) for c, t in RECORD_COLUMNS.items()]
                recs.append((a["sha256"], a["id"], i, *cells))
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.executemany(self._art_sql, arts)
            cur.executemany(self._rec_sql, recs)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        self._recorded.update(a[0] for a in arts)

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        if errors:
            cur = self.conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            cur.executemany(
                "INSERT INTO errors (path, error, sha256) VALUES (?, ?, ?)",
                [(e.path, e.problem, e.sha256) for e in errors],
            )
            cur.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def open_writer(output: str | None, fmt: str | None = None, force: bool = False) -> Writer:
    """The writer for `-o OUTPUT` (None or "-": JSON Lines on stdout)."""
    if output is None or output == "-":
        if fmt not in (None, "jsonl"):
            raise OutputError("<stdout>", f"only jsonl can go to standard output, not {fmt}")
        return StdoutWriter()
    kind = detect_format(output, fmt)
    raw = Path(output)
    folder = raw.parent
    folder.mkdir(parents=True, exist_ok=True)
    target = safe_path(folder, raw.name)
    safe_path(folder, raw.name + ".errors.jsonl")
    if kind == "jsonl":
        return JsonlWriter(target, force)
    if kind == "csv":
        return CsvWriter(target, force)
    if kind == "parquet":
        return ParquetWriter(target, force)
    return SqliteWriter(target, force)
