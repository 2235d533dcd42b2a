"""Output writers of `nevextract extract`: JSON Lines, CSV, Parquet and SQLite.

Every writer is append-only and crash-safe, so a batch run can be killed at any moment and
re-run to completion (nothing missing, nothing duplicated):

* JSON Lines / CSV: each batch of results is appended with one write, then flushed and
  fsync'd. On open the output is read as a stream (never loaded whole): its articles' sha256
  are collected, and a torn tail (a half-written line, or a CSV article with only some of its
  rows, left by a kill or a full disk) is cut back to the last complete article.
* Parquet: OUT is a folder of part files, one per batch, each written to a uniquely named
  temp file, fsync'd, and renamed into place with `os.replace` (atomic); stale temp files are
  removed and parts nevextract did not write are moved to `OUT/_quarantine/`.
* SQLite: one transaction per batch (`articles`, `records`), so a batch is there or it isn't.

Before anything is changed the output is locked (an OS lock on `.OUT.lock` beside it, released
when the process ends however it ends) and validated: a file or database nevextract did not
write is refused untouched, even with `force`. Results made by another version or other rules
(`article.fingerprint`) are refused unless `force` is given.

Errors of the latest run go to `OUT.errors.jsonl` beside OUT (SQLite: the `errors` table).
With `force`, what OUT holds is discarded first and every article is extracted again.
No path a writer touches may lie outside the folder OUT is in (symlinks are resolved).
"""

from __future__ import annotations

import codecs
import csv
import errno
import functools
import io
import json
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TextIO, cast, get_args

from . import kinds
from .errors import OutputError, WriteError
from .models import ArticleMeta

Format = Literal["jsonl", "csv", "parquet", "sqlite"]
FORMATS: tuple[str, ...] = get_args(Format)
EXTENSIONS: dict[str, Format] = {
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


# --- file names --------------------------------------------------------------------------


def escape_name(name: str) -> str:
    """A file name as stored in every output: unchanged when it is valid UTF-8; otherwise
    each byte that is not UTF-8 becomes `\\xNN` and each backslash `\\\\` (`raw_name`
    gives the bytes back)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape of one raw byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        elif ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
    return "".join(out)


def raw_name(stored: str) -> bytes:
    """The bytes of a file name that `escape_name` stored (a name holding `\\x` escapes is
    read as escaped)."""
    if "\\x" not in stored and "\\u" not in stored:
        return stored.encode("utf-8")
    return codecs.escape_decode(stored.encode("utf-8"))[0]


# --- flat columns ------------------------------------------------------------------------

ColumnType = Literal["str", "int", "float", "bool", "json"]


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


ARTICLE_COLUMNS: dict[str, ColumnType] = {name: "str" for name in ArticleMeta.model_fields}


def record_columns() -> dict[str, ColumnType]:
    """The record columns: every field of every registered kind's model, first seen first."""
    return _columns(kinds.version())[0]


def flat_columns() -> dict[str, ColumnType]:
    """The columns of a flat row (CSV, Parquet): article columns prefixed `article_`, the
    article's number of records (so a resume can tell an article cut short), the record's
    index within its article, then the record columns. `article_text` (HTML inputs only) is
    filled on an article's first row. An article without records has one row with empty
    record columns."""
    return _columns(kinds.version())[1]


@functools.cache
def _columns(version: int) -> tuple[dict[str, ColumnType], dict[str, ColumnType]]:
    seen: dict[str, list[str]] = {}
    for spec in kinds.registered():
        for name, field in spec.model.model_fields.items():
            seen.setdefault(name, []).append(str(field.annotation))
    records = {name: _column_type(notes) for name, notes in seen.items()}
    flat = (
        {f"article_{k}": v for k, v in ARTICLE_COLUMNS.items()}
        | {"article_records": "int", "record_index": "int"}
        | records
    )
    return records, flat


if TYPE_CHECKING:
    RECORD_COLUMNS: dict[str, ColumnType]  # `record_columns()` when first read
    FLAT_COLUMNS: dict[str, ColumnType]  # `flat_columns()` when first read


def __getattr__(name: str) -> Any:
    # the column tables follow the kind registry: a kind registered later adds its columns
    if name == "RECORD_COLUMNS":
        return record_columns()
    if name == "FLAT_COLUMNS":
        return flat_columns()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    records: list[dict[str, Any]] = line["records"]
    base = {f"article_{k}": article.get(k) for k in ARTICLE_COLUMNS}
    base["article_records"] = len(records)
    rows: list[dict[str, Any]] = []
    for i, rec in enumerate(records or [None]):  # type: ignore[list-item]
        row = dict(base)
        if i > 0:
            row["article_text"] = None
        row["record_index"] = i if rec is not None else None
        for name, kind in record_columns().items():
            row[name] = _cell(rec.get(name), kind) if rec is not None else None
        rows.append(row)
    return rows


# A spreadsheet runs a cell beginning with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """`'` before a text cell a spreadsheet would read as a formula (OWASP's advice)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


# --- paths, locks, safe writes ----------------------------------------------------------


def detect_format(output: str, fmt: str | None) -> Format:
    if fmt is not None:
        if fmt not in FORMATS:
            raise OutputError(output, f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return cast(Format, fmt)
    suffix = Path(output).suffix.lower()
    if suffix not in EXTENSIONS:
        raise OutputError(
            output,
            f"cannot tell the format from the extension {suffix or '(none)'!r}"
            f" (known: {', '.join(EXTENSIONS)}); use --format",
        )
    return EXTENSIONS[suffix]


def safe_path(folder: Path, name: str) -> Path:
    """`folder/name`, refusing anything (`..`, absolute names, symlinks) that leaves folder."""
    base = folder.resolve()
    target = (base / name).resolve()
    if target != base and base not in target.parents:
        raise OutputError(str(folder / name), f"resolves to {target}, outside {base}")
    return target


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "no space left on device"
    return exc.strerror or str(exc)


@contextmanager
def writing(where: str) -> Iterator[None]:
    """Turn a failed write (disk full, I/O error) into one `WriteError` naming the output."""
    try:
        yield
    except (WriteError, BrokenPipeError):
        raise
    except OSError as exc:
        raise WriteError(where, _reason(exc)) from exc
    except sqlite3.OperationalError as exc:
        full = "full" in str(exc)
        raise WriteError(where, "no space left on device" if full else str(exc)) from exc


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


def _truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(size)
        fh.flush()
        os.fsync(fh.fileno())


def _temp_file(folder: Path, prefix: str) -> tuple[int, Path]:
    """A new temp file inside `folder`: unique name, created exclusively (O_EXCL never follows
    a planted symlink), so nothing outside the folder can be written through it."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    return fd, Path(name)


def _write_replace(final: Path, prefix: str, data: bytes) -> None:
    """Write `data` to a new temp file beside `final`, fsync, then rename it over `final`."""
    fd, tmp = _temp_file(final.parent, prefix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(final.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputLock:
    """An exclusive OS lock on `.NAME.lock` beside the output: a second run into the same
    output is refused; the lock dies with the process (kill -9 included)."""

    def __init__(self, folder: Path, name: str, where: str) -> None:
        self.path = safe_path(folder, f".{name}.lock")
        flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            self.fd = os.open(self.path, flags | os.O_CREAT | os.O_EXCL, 0o644)
            self.created = True
        except FileExistsError:
            self.fd = os.open(self.path, flags)
            self.created = False
        try:
            _lock_fd(self.fd)
        except OSError:
            os.lseek(self.fd, 0, os.SEEK_SET)
            holder = os.read(self.fd, 32).decode("ascii", "replace").strip()
            os.close(self.fd)
            raise OutputError(
                where,
                "another nevextract run is writing to it"
                + (f" (process {holder})" if holder else "")
                + "; wait for it to finish or choose another output",
            ) from None
        os.ftruncate(self.fd, 0)
        os.lseek(self.fd, 0, os.SEEK_SET)
        os.write(self.fd, f"{os.getpid()}\n".encode())

    def release(self, remove: bool = False) -> None:
        """Unlock; `remove`: also delete the lock file if this run made it (an output that
        was refused leaves nothing behind)."""
        if self.fd >= 0:
            if remove and self.created:
                self.path.unlink(missing_ok=True)
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = -1


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _stale_error(where: str, stale: int, total: int, old: str | None, new: str) -> OutputError:
    made = f"made by {old}" if old else "made without a fingerprint (an older nevextract)"
    return OutputError(
        where,
        f"{stale} of its {total} articles were extracted by another version or other rules"
        f" ({made}; now {new}); re-run with --force to extract every article again,"
        " or write to another output",
    )


def _other_version(where: str) -> OutputError:
    return OutputError(
        where,
        "was written by another version of nevextract (its columns differ); re-run with"
        " --force to extract every article again, or write to another output",
    )


# --- writers -----------------------------------------------------------------------------


class Writer(Protocol):
    """Where results go. `recorded()` is the sha256 set already in the output; `notices`
    are messages for the user about what opening the output found."""

    where: str
    notices: list[str]

    def recorded(self) -> set[str]: ...
    def write_batch(self, lines: Sequence[Line]) -> None: ...
    def write_errors(self, errors: Sequence[ErrorEntry]) -> None: ...
    def close(self) -> None: ...


class _Base:
    """What the file writers share: the lock, the errors file, the recorded set, staleness."""

    def __init__(self, path: Path, fingerprint: str | None, lock: OutputLock | None) -> None:
        self.path = path
        self.where = str(path)
        self.fingerprint = fingerprint
        self.lock = lock
        self.notices: list[str] = []
        self._recorded: set[str] = set()
        self._total = 0
        self._stale = 0
        self._old: str | None = None

    def _count(self, sha: str | None, fingerprint: str | None) -> None:
        """One complete article found in the output."""
        self._total += 1
        if sha:
            self._recorded.add(sha)
        if self.fingerprint is not None and fingerprint != self.fingerprint:
            self._stale += 1
            self._old = self._old or fingerprint

    def _check_stale(self) -> None:
        if self._stale and self.fingerprint is not None:
            raise _stale_error(self.where, self._stale, self._total, self._old, self.fingerprint)

    def recorded(self) -> set[str]:
        return set(self._recorded)

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()


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
        self.notices: list[str] = []

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


# How every result line starts (`json.dumps` of ExtractionResult): a torn tail must too.
_RESULT_HEAD = b'{"article": {"id": '


class JsonlWriter(_Base):
    """One line per article; a torn last line is the only thing a resume cuts."""

    def __init__(
        self,
        path: Path,
        force: bool,
        fingerprint: str | None = None,
        lock: OutputLock | None = None,
    ) -> None:
        super().__init__(path, fingerprint, lock)
        if path.exists() and not path.is_file():
            raise OutputError(str(path), "exists and is not a file")
        end = self._scan(only_first=force) if path.exists() else 0
        if force:
            end = 0
        else:
            self._check_stale()
        # validated: from here on the output is ours to change
        with writing(self.where):
            self.errors = _ErrorsFile(safe_path(path.parent, path.name + ".errors.jsonl"))
            if not path.exists():
                path.write_bytes(b"")
            elif end < path.stat().st_size:
                _truncate(path, end)

    def _scan(self, only_first: bool) -> int:
        """Read the output as a stream; the end of its last complete line."""
        good = 0
        with open(self.path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.endswith(b"\n"):
                    if raw.startswith(_RESULT_HEAD) or _RESULT_HEAD.startswith(raw):
                        break  # a torn last line
                    raise self._foreign(n)
                if raw.strip():
                    try:
                        article = json.loads(raw)["article"]
                        sha = article["sha256"]
                        fingerprint = article.get("fingerprint")
                    except (ValueError, KeyError, TypeError, AttributeError):
                        raise self._foreign(n) from None
                    if only_first:
                        return 0
                    self._count(sha if isinstance(sha, str) else None, fingerprint)
                good += len(raw)
        return good

    def _foreign(self, n: int) -> OutputError:
        return OutputError(self.where, f"line {n} is not a nevextract result; use another output")

    def write_batch(self, lines: Sequence[Line]) -> None:
        if lines:
            data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
            with writing(self.where):
                _append(self.path, data.encode("utf-8"))

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        with writing(str(self.errors.path)):
            self.errors.write_errors(errors)


def _csv_text(rows: Iterable[dict[str, Any]], header: bool, raw: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(flat_columns())
    text_columns = [c for c, kind in flat_columns().items() if kind in ("str", "json")]
    for row in rows:
        if not raw:
            row = dict(row)
            for c in text_columns:
                if isinstance(row[c], str):
                    row[c] = neutralise(row[c])
        w.writerow("" if row[c] is None else row[c] for c in flat_columns())
    return buf.getvalue()


def _csv_header() -> bytes:
    return _csv_text([], header=True).encode("utf-8")


class CsvWriter(_Base):
    """One row per record (flat columns). Fields may hold newlines (quoted), so a resume parses
    rows; an article is complete when it has `article_records` rows (one if it has none), and
    the file is cut back to the end of the last complete article.

    Text cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
    leading `'`, unless `raw` is set (`--csv-raw`)."""

    def __init__(
        self,
        path: Path,
        force: bool,
        fingerprint: str | None = None,
        lock: OutputLock | None = None,
        raw: bool = False,
    ) -> None:
        super().__init__(path, fingerprint, lock)
        self.raw = raw
        if path.exists() and not path.is_file():
            raise OutputError(str(path), "exists and is not a file")
        size = path.stat().st_size if path.exists() else 0
        end = self._scan(force) if size else 0
        if not force:
            self._check_stale()
        with writing(self.where):
            self.errors = _ErrorsFile(safe_path(path.parent, path.name + ".errors.jsonl"))
            if force or end == 0:
                _write_replace(path, f".{path.name}.", _csv_header())
            elif end < size:
                _truncate(path, end)

    def _scan(self, force: bool) -> int:
        """Validate and index the output as a stream; the end of its last complete article
        (0: start afresh)."""
        cols = list(flat_columns())
        sha_col, n_col = cols.index("article_sha256"), cols.index("article_records")
        fp_col, id_col = cols.index("article_fingerprint"), cols.index("article_id")
        consumed = 0
        with open(self.path, "rb") as fh:
            first = fh.readline()
            if not first.endswith(b"\n"):
                if _csv_header().startswith(first):
                    return 0  # a torn header: nothing was written after it
                raise self._foreign()
            if first != _csv_header():
                if first.startswith(b"article_id,article_path,"):
                    if force:
                        return 0
                    raise _other_version(self.where)
                raise self._foreign()
            if force:
                return 0
            consumed = good = len(first)

            def feed() -> Iterator[str]:
                nonlocal consumed
                for raw in fh:
                    if not raw.endswith(b"\n"):
                        return  # a torn last line
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError:
                        raise self._foreign() from None
                    consumed += len(raw)
                    yield text

            current: tuple[str, str] | None = None
            want = seen = 0
            reader = csv.reader(feed(), strict=True)
            try:
                for row in reader:
                    if len(row) != len(cols):
                        raise self._foreign(reader.line_num + 1)
                    key = (row[sha_col], row[id_col])
                    if key != current:
                        if current is not None and seen != want:
                            raise self._foreign(reader.line_num + 1)
                        current, seen = key, 0
                        try:
                            want = max(int(row[n_col]), 1)
                        except ValueError:
                            raise self._foreign(reader.line_num + 1) from None
                    seen += 1
                    if seen > want:
                        raise self._foreign(reader.line_num + 1)
                    if seen == want:
                        good = consumed
                        self._count(row[sha_col] or None, row[fp_col] or None)
            except csv.Error:
                # an open quote at the very end is a torn row; anywhere else, not ours
                if fh.read(1) and not _only_torn_tail(fh):
                    raise self._foreign() from None
        return good

    def _foreign(self, line: int | None = None) -> OutputError:
        at = f"line {line} is not a complete nevextract row" if line else "it is not nevextract's"
        return OutputError(self.where, f"{at}; use another output")

    def write_batch(self, lines: Sequence[Line]) -> None:
        if lines:
            rows = [row for line in lines for row in flat_rows(line)]
            data = _csv_text(rows, header=False, raw=self.raw).encode("utf-8")
            with writing(self.where):
                _append(self.path, data)

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        with writing(str(self.errors.path)):
            self.errors.write_errors(errors)


def _only_torn_tail(fh: io.BufferedReader) -> bool:
    """After a CSV parse error: is all that is left one line without its newline?"""
    return b"\n" not in fh.read()


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "json": pa.string(),
    }
    return pa.schema([(name, types[kind]) for name, kind in flat_columns().items()])


_PART = re.compile(r"part-(\d{6})\.parquet")
QUARANTINE = "_quarantine"  # pyarrow and pandas skip folders starting with "_"


class ParquetWriter(_Base):
    """OUT is a folder of `part-NNNNNN.parquet` files (read it with `pd.read_parquet(OUT)`).
    What else is there and would be read as part of the dataset (other names, unreadable
    parts; not names starting with `.` or `_`) is moved to `OUT/_quarantine/`, with a notice."""

    def __init__(
        self,
        path: Path,
        force: bool,
        fingerprint: str | None = None,
        lock: OutputLock | None = None,
    ) -> None:
        import pyarrow.parquet as pq

        super().__init__(path, fingerprint, lock)
        if path.exists() and not path.is_dir():
            raise OutputError(str(path), "exists and is not a folder of Parquet parts")
        self._next = 0
        ours: list[Path] = []
        temps: list[Path] = []
        strays: list[Path] = []
        names = list(flat_columns())
        for part in sorted(path.iterdir()) if path.is_dir() else []:
            if part.name.startswith(".part-") and part.name.endswith(".tmp"):
                temps.append(part)  # a batch killed before its rename
                continue
            match = _PART.fullmatch(part.name)
            if match is None:
                if not part.name.startswith((".", "_")):  # pyarrow would read it
                    strays.append(part)
                continue
            try:
                columns = pq.read_schema(part).names
                if columns != names:
                    if "article_sha256" not in columns:
                        strays.append(part)
                        continue
                    if not force:
                        raise _other_version(self.where)
                if not force:
                    table = pq.read_table(part, columns=["article_sha256", "article_fingerprint"])
                    shas = table.column("article_sha256").to_pylist()
                    fps = table.column("article_fingerprint").to_pylist()
                    for sha, fp in dict(zip(shas, fps, strict=True)).items():
                        self._count(sha, fp)
            except OutputError:
                raise
            except Exception:  # not a readable Parquet file: not one of ours
                strays.append(part)
                continue
            ours.append(part)
            self._next = max(self._next, int(match.group(1)) + 1)
        if not force:
            self._check_stale()
        with writing(self.where):
            path.mkdir(parents=True, exist_ok=True)
            self.errors = _ErrorsFile(safe_path(path.parent, path.name + ".errors.jsonl"))
            for tmp in temps:
                tmp.unlink()
            if force:
                for part in ours:
                    part.unlink()
                self._next = 0
            if strays:
                self._quarantine(strays)

    def _quarantine(self, strays: list[Path]) -> None:
        folder = safe_path(self.path, QUARANTINE)
        folder.mkdir(exist_ok=True)
        moved = []
        for stray in strays:
            target = folder / stray.name
            n = 1
            while target.exists():
                target = folder / f"{stray.name}.{n}"
                n += 1
            os.replace(stray, target)
            moved.append(stray.name)
        self.notices.append(
            f"{self.where}: moved {len(moved)} file(s) nevextract did not write to"
            f" {folder}: {', '.join(moved)}"
        )

    def write_batch(self, lines: Sequence[Line]) -> None:
        if not lines:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [row for line in lines for row in flat_rows(line)]
        table = pa.Table.from_pylist(rows, schema=_arrow_schema())
        name = f"part-{self._next:06d}.parquet"
        final = safe_path(self.path, name)
        with writing(self.where):
            fd, tmp = _temp_file(self.path, f".{name}.")
            try:
                with os.fdopen(fd, "wb") as fh:
                    pq.write_table(table, fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, final)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            _fsync_dir(self.path)
        self._next += 1

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        with writing(str(self.errors.path)):
            self.errors.write_errors(errors)


_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "json": "TEXT"}
APPLICATION_ID = 0x4E455658  # "NEVX" in the SQLite header: a database nevextract made
_SQLITE_MAGIC = b"SQLite format 3\x00"
_OUR_TABLES = {"articles", "records", "errors"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SqliteWriter(_Base):
    """Tables `articles` (one row per article, key sha256), `records` (one row per record,
    keyed by article_sha256 and record_index) and `errors` (the latest run's failures).
    The database carries nevextract's `application_id`; any other database is refused."""

    def __init__(
        self,
        path: Path,
        force: bool,
        fingerprint: str | None = None,
        lock: OutputLock | None = None,
    ) -> None:
        super().__init__(path, fingerprint, lock)
        art_cols = [c for c in ARTICLE_COLUMNS if c != "sha256"]
        rebuild = self._validate(force, ["sha256", *art_cols, "n_records"])
        art_defs = ", ".join(f"{_q(c)} {_SQL_TYPES[ARTICLE_COLUMNS[c]]}" for c in art_cols)
        rec_cols = ", ".join(f"{_q(c)} {_SQL_TYPES[t]}" for c, t in record_columns().items())
        with writing(self.where):
            self.conn = sqlite3.connect(path, isolation_level=None)
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self._tx(
                [
                    *(
                        ["DROP TABLE IF EXISTS records", "DROP TABLE IF EXISTS articles"]
                        if rebuild
                        else []
                    ),
                    f"CREATE TABLE IF NOT EXISTS articles (sha256 TEXT PRIMARY KEY, {art_defs},"
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
                    "DELETE FROM errors",
                ]
            )
            rows = self.conn.execute("SELECT sha256 FROM articles").fetchall()
        except BaseException:
            self.conn.close()
            raise
        self._recorded = {r[0] for r in rows}
        art_names = ", ".join(_q(c) for c in art_cols)
        self._art_sql = (
            f"INSERT INTO articles (sha256, {art_names}, n_records)"
            f" VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 1))})"
        )
        self._rec_sql = (
            f"INSERT INTO records (article_sha256, article_id, record_index,"
            f" {', '.join(_q(c) for c in record_columns())})"
            f" VALUES ({', '.join('?' * (len(record_columns()) + 3))})"
        )

    def _validate(self, force: bool, columns: list[str]) -> bool:
        """Read-only checks before anything is written; True when our tables must be rebuilt
        (`force`)."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return False
        if not self.path.is_file():
            raise OutputError(self.where, "exists and is not a file")
        with open(self.path, "rb") as fh:
            if fh.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                raise OutputError(self.where, "is not a SQLite database; use another output")
        try:
            ro = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise OutputError(self.where, f"not a usable SQLite database: {exc}") from None
        try:
            app_id = ro.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                r[0] for r in ro.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            have = [r[1] for r in ro.execute("PRAGMA table_info(articles)")]
            if app_id == APPLICATION_ID and have == columns and not force:
                for sha, fp in ro.execute("SELECT sha256, fingerprint FROM articles"):
                    self._count(sha, fp)
        except sqlite3.Error as exc:
            raise OutputError(self.where, f"not a usable SQLite database: {exc}") from None
        finally:
            ro.close()
        ours = app_id == APPLICATION_ID or (app_id == 0 and tables == _OUR_TABLES)
        if not tables and app_id == 0:
            return False  # an empty database
        if not ours:
            raise OutputError(
                self.where, "is a database nevextract did not make; use another output"
            )
        if force:
            return True
        if have != columns:
            raise _other_version(self.where)
        self._check_stale()
        return False

    def _tx(self, statements: Sequence[str]) -> None:
        with writing(self.where):
            cur = self.conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                for sql in statements:
                    cur.execute(sql)
                cur.execute("COMMIT")
            except BaseException:
                _rollback(cur)
                raise

    def write_batch(self, lines: Sequence[Line]) -> None:
        if not lines:
            return
        arts = []
        recs = []
        columns = record_columns()
        for line in lines:
            a = line["article"]
            values = [a.get(c) for c in ARTICLE_COLUMNS if c != "sha256"]
            arts.append((a["sha256"], *values, len(line["records"])))
            for i, r in enumerate(line["records"]):
                cells = [_cell(r.get(c), t) for c, t in columns.items()]
                recs.append((a["sha256"], a["id"], i, *cells))
        with writing(self.where):
            cur = self.conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                cur.executemany(self._art_sql, arts)
                cur.executemany(self._rec_sql, recs)
                cur.execute("COMMIT")
            except BaseException:
                _rollback(cur)
                raise
        self._recorded.update(a[0] for a in arts)

    def write_errors(self, errors: Sequence[ErrorEntry]) -> None:
        if not errors:
            return
        with writing(self.where):
            cur = self.conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                cur.executemany(
                    "INSERT INTO errors (path, error, sha256) VALUES (?, ?, ?)",
                    [(e.path, e.problem, e.sha256) for e in errors],
                )
                cur.execute("COMMIT")
            except BaseException:
                _rollback(cur)
                raise

    def close(self) -> None:
        self.conn.close()
        super().close()


def _rollback(cur: sqlite3.Cursor) -> None:
    """Roll back if a transaction is open (a full disk may already have ended it)."""
    if cur.connection.in_transaction:
        with suppress(sqlite3.Error):
            cur.execute("ROLLBACK")


def open_writer(
    output: str | None,
    fmt: str | None = None,
    force: bool = False,
    fingerprint: str | None = None,
    csv_raw: bool = False,
) -> Writer:
    """The writer for `-o OUTPUT` (None or "-": JSON Lines on stdout). The output is locked
    and validated before anything in it changes."""
    if output is None or output == "-":
        if fmt not in (None, "jsonl"):
            raise OutputError("<stdout>", f"only jsonl can go to standard output, not {fmt}")
        return StdoutWriter()
    kind = detect_format(output, fmt)
    if kind == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise OutputError(
                output, "writing Parquet needs pyarrow: pip install 'nevextract[parquet]'"
            ) from None
    raw = Path(output)
    folder = raw.parent
    with writing(output):
        folder.mkdir(parents=True, exist_ok=True)
    target = safe_path(folder, raw.name)
    safe_path(folder, raw.name + ".errors.jsonl")
    lock = OutputLock(folder, raw.name, output)
    try:
        if kind == "jsonl":
            return JsonlWriter(target, force, fingerprint, lock)
        if kind == "csv":
            return CsvWriter(target, force, fingerprint, lock, raw=csv_raw)
        if kind == "parquet":
            return ParquetWriter(target, force, fingerprint, lock)
        return SqliteWriter(target, force, fingerprint, lock)
    except BaseException:
        lock.release(remove=True)
        raise
