"""Article metadata a caller supplies: publication date, title and source.

Scraped folders often hold pages whose text has no dateline; the scraper knew the date.
A metadata file gives it back, one entry per article, keyed by the article's path or id
(file stem), in CSV or JSON Lines:

    path,published,title,source
    news/a1.txt,2023-06-08,Jinan promotes NEVs,english.jinan.gov.cn

    {"id": "a1", "published": "2023-06-08", "source": "Xinhua"}

Relative paths are read from the metadata file's folder. Values given by the caller
override what the reader found in the article (SPEC.md, "Publication date").
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .errors import MetadataError

__all__ = [
    "FIELDS",
    "KEYS",
    "ArticleMetadata",
    "MetadataError",
    "MetadataTable",
    "load_metadata",
    "parse_published",
]

KEYS = ("path", "id")  # what names the article
FIELDS = ("published", "title", "source")  # what the caller may supply


@dataclass(frozen=True)
class ArticleMetadata:
    """What the caller knows about one article (None: not given)."""

    published: date | None = None
    title: str | None = None
    source: str | None = None

    def over(self, other: ArticleMetadata | None) -> ArticleMetadata:
        """These values, with `other`'s where these are not given."""
        if other is None:
            return self
        return ArticleMetadata(
            self.published or other.published,
            self.title or other.title,
            self.source or other.source,
        )


def parse_published(value: object) -> date | None:
    """A publication date from a `date`, a `datetime` or an ISO string (`2023-06-08`, or a
    timestamp `2023-06-08T10:00:00+08:00` whose date is taken as written); None stays None.
    Raises ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None
    raise ValueError(f"a publication date must be a date or an ISO string, not {value!r}")


@dataclass
class MetadataTable:
    """Entries of a metadata file, found by an article's path or id."""

    source: str  # the file they came from
    by_path: dict[str, ArticleMetadata] = field(default_factory=dict)  # real paths
    by_id: dict[str, ArticleMetadata] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.by_path) + len(self.by_id)

    def lookup(self, path: str | os.PathLike[str]) -> ArticleMetadata | None:
        """The entry of the article at `path`: by path first, else by id (file stem);
        both apply when both exist, the path entry winning field by field."""
        by_path = self.by_path.get(os.path.realpath(path))
        by_id = self.by_id.get(Path(path).stem)
        if by_path is None:
            return by_id
        return by_path.over(by_id)


def load_metadata(path: str | os.PathLike[str]) -> MetadataTable:
    """Read a CSV (`.csv`) or JSON Lines (`.jsonl`, `.json`) metadata file."""
    name = os.fspath(path)
    file = Path(name)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise MetadataError(name, "metadata file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError(name, f"cannot read metadata file: {exc}") from None
    suffix = file.suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(name, text)
    elif suffix in (".jsonl", ".json", ".ndjson"):
        rows = _jsonl_rows(name, text)
    else:
        raise MetadataError(name, "metadata file must be .csv or .jsonl")
    table = MetadataTable(name)
    first_line: dict[tuple[str, str], int] = {}
    base = file.resolve().parent
    for line, row in rows:
        entry = _entry(name, line, row)
        for key in KEYS:
            value = row.get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if not isinstance(value, str):
                raise MetadataError(name, f"{key} must be a string, got {value!r}", line)
            value = value.strip()
            target = os.path.realpath(base / value) if key == "path" else value
            if (key, target) in first_line:
                earlier = first_line[key, target]
                raise MetadataError(name, f"{key} {value!r} repeats line {earlier}", line)
            first_line[key, target] = line
            (table.by_path if key == "path" else table.by_id)[target] = entry
        if not any(isinstance(row.get(k), str) and str(row.get(k)).strip() for k in KEYS):
            raise MetadataError(name, "an entry needs a 'path' or an 'id'", line)
    return table


def _csv_rows(name: str, text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text), strict=True)
    try:
        header = reader.fieldnames or []
        columns = {c.strip() for c in header if c}
        if not columns & set(KEYS):
            raise MetadataError(name, "the CSV header needs a 'path' or an 'id' column", 1)
        if not columns & set(FIELDS):
            raise MetadataError(name, f"the CSV header names none of {', '.join(FIELDS)}", 1)
        for row in reader:
            if None in row:
                raise MetadataError(name, "more fields than the header has", reader.line_num)
            yield reader.line_num, {k.strip(): v for k, v in row.items() if k}
    except csv.Error as exc:
        raise MetadataError(name, f"invalid CSV: {exc}", reader.line_num) from None


def _jsonl_rows(name: str, text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise MetadataError(name, f"invalid JSON: {exc.msg}", line) from None
        if not isinstance(row, dict):
            raise MetadataError(name, "each line must be a JSON object", line)
        yield line, row


def _entry(name: str, line: int, row: Mapping[str, Any]) -> ArticleMetadata:
    try:
        published = parse_published(row.get("published"))
    except ValueError as exc:
        raise MetadataError(name, f"published: {exc}", line) from None
    texts: dict[str, str | None] = {}
    for key in ("title", "source"):
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            raise MetadataError(name, f"{key} must be a string, got {value!r}", line)
        texts[key] = value.strip() or None if isinstance(value, str) else None
    return ArticleMetadata(published, texts["title"], texts["source"])
