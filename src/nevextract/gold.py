"""Load, validate and locate gold annotation files (SPEC.md section 4).

A gold file is one JSON object per article: `article`, `title`, `published`, `source`,
`site` and `records`. Gold records need `kind`, `text` and their kind's key fields; offsets
and `sentence` are optional. Records are kept as plain dicts because key *presence* matters
to the scorer (a gold `year: null` is compared, a missing `year` is not).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from nevextract import kinds
from nevextract.errors import ArticleError, GoldError
from nevextract.models import RecordBase

__all__ = [
    "GoldArticle",
    "find_gold",
    "iter_corpus",
    "load_gold",
    "read_article_text",
    "strict_json",
    "validate_record",
]

# Each registered kind (`nevextract.kinds`) gives its record model, whose fields' types gold
# is checked against (strictly), and its key fields (SPEC.md section 4).

_TOP_LEVEL_FIELDS = frozenset({"article", "title", "published", "source", "site", "records"})
# Files that describe a corpus rather than being part of it.
_SKIPPED_STEMS = ("readme", "manifest")


class GoldArticle(BaseModel):
    """One validated gold file."""

    model_config = ConfigDict(extra="forbid")

    path: str
    article: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    site: str | None = None
    records: list[dict[str, Any]]

    @property
    def id(self) -> str:
        """The article id: the gold file's stem, which is the article file's stem."""
        return Path(self.path).stem


def read_article_text(path: str | Path) -> str:
    """Read an article as the reader does: UTF-8, a BOM stripped, newlines kept as they are
    (record offsets index exactly this text)."""
    try:
        return Path(path).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(str(path), f"cannot read article: {exc}") from exc


def load_gold(path: str | Path, article_path: str | Path | None = None) -> GoldArticle:
    """Load and validate one gold file.

    When `article_path` is given, every record's `start`/`end` (and every firm mention)
    must index the article text exactly. Raises `GoldError` naming the file and, for a
    record problem, the record's index.
    """
    where = str(path)
    data = _read_json(Path(path))
    if not isinstance(data, dict):
        raise GoldError(where, "top level must be a JSON object")
    _check_top_level(where, data, Path(path).stem)
    text = read_article_text(article_path) if article_path is not None else None
    records = data["records"]
    problems: list[GoldError] = []
    for index, record in enumerate(records):  # every problem of the file, not only the first
        try:
            validate_record(record, where=where, index=index, text=text)
        except GoldError as exc:
            problems.append(exc)
    if problems:
        first = problems[0]
        raise GoldError(where, first.problem, first.record, tuple(str(p) for p in problems[1:]))
    header = {key: value for key, value in data.items() if key != "records"}
    try:
        return GoldArticle(path=where, records=records, **header)
    except ValidationError as exc:
        raise GoldError(where, _first_problem(exc)) from exc


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(str(path), f"cannot read gold file: {exc}") from exc
    try:
        return strict_json(raw)
    except json.JSONDecodeError as exc:
        problem = f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        raise GoldError(str(path), problem) from exc
    except ValueError as exc:
        raise GoldError(str(path), str(exc)) from exc


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ValueError(f"duplicate key {key!r}")
        data[key] = value
    return data


def _finite_int(text: str) -> int:
    if len(text.lstrip("-")) > 30:  # far beyond any value in the news, and float() of it
        raise ValueError(f"number too large: {text[:20]}...")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"number out of range: {text[:20]}")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def strict_json(text: str) -> Any:
    """`json.loads` that refuses what Python's parser lets through: NaN and Infinity,
    duplicate keys, numbers no float can hold, and nesting deep enough to overflow the stack.
    Raises `ValueError` (`json.JSONDecodeError` for syntax) with the reason."""
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_finite_int,
            parse_float=_finite_float,
            parse_constant=_no_constant,
        )
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _check_top_level(where: str, data: Mapping[str, Any], stem: str) -> None:
    unknown = sorted(set(data) - _TOP_LEVEL_FIELDS)
    if unknown:
        raise GoldError(where, f"unknown top-level field(s): {', '.join(unknown)}")
    article = data.get("article")
    if not isinstance(article, str) or not article:
        raise GoldError(where, "'article' must be the article's file name")
    # The gold file is found by the article's stem, so the two must agree.
    if Path(article).stem != stem:
        raise GoldError(where, f"'article' is {article!r} but the gold file is {stem}.json")
    if not isinstance(data.get("records"), list):
        raise GoldError(where, "'records' must be a list")


def validate_record(
    record: Any, *, where: str, index: int, text: str | None = None
) -> dict[str, Any]:
    """Check one gold record; return it unchanged. Raises `GoldError` on any problem."""
    if not isinstance(record, dict):
        raise GoldError(where, "a record must be a JSON object", index)
    kind = record.get("kind")
    spec = kinds.get(kind) if isinstance(kind, str) else None
    if spec is None:
        raise GoldError(where, f"unknown kind {kind!r}", index)
    _check_key_fields(record, spec, where, index)
    _check_types(record, spec.model, where, index)
    _check_offsets(record, spec, where, index, text)
    return record


def _check_key_fields(
    record: Mapping[str, Any], spec: kinds.KindSpec, where: str, index: int
) -> None:
    kind = spec.name
    text = record.get("text")
    if not isinstance(text, str) or not text:
        raise GoldError(where, f"{kind} record needs a non-empty 'text'", index)
    for field in spec.key_fields:
        if record.get(field) is None:
            raise GoldError(where, f"{kind} record is missing key field {field!r}", index)
    for field in spec.nullable_key_fields:
        if field not in record:
            raise GoldError(where, f"{kind} record needs key {field!r} (null if none)", index)


def _check_types(
    record: Mapping[str, Any], model: type[RecordBase], where: str, index: int
) -> None:
    # Null and absent mean the same (SPEC.md section 2), and offsets are optional in gold:
    # fill placeholders so the strict model check only judges the fields that are there.
    candidate = {key: value for key, value in record.items() if value is not None}
    candidate.setdefault("start", 0)
    candidate.setdefault("end", 0)
    try:
        model.model_validate_json(json.dumps(candidate), strict=True)
    except ValidationError as exc:
        raise GoldError(where, f"{record['kind']} record: {_first_problem(exc)}", index) from exc


def _first_problem(exc: ValidationError) -> str:
    """Every problem pydantic found (the name is historical), one per field."""
    return "; ".join(
        f"field {'.'.join(str(part) for part in error['loc']) or 'record'}: {error['msg']}"
        for error in exc.errors()
    )


def _check_offsets(
    record: Mapping[str, Any], spec: kinds.KindSpec, where: str, index: int, text: str | None
) -> None:
    start, end = record.get("start"), record.get("end")
    if (start is None) != (end is None):
        raise GoldError(where, "'start' and 'end' must be given together", index)
    if start is not None and end is not None:
        _check_span(record["text"], start, end, where, index, text)
    if spec.mention_forms is None:  # the model check has refused `mentions` already
        return
    forms = spec.mention_forms(dict(record))
    for mention in record.get("mentions") or ():
        _check_mention(forms, mention, where, index, text)


def _check_span(
    expected: str, start: int, end: int, where: str, index: int, text: str | None
) -> None:
    if not 0 <= start < end:
        raise GoldError(where, f"bad offsets {start}:{end}", index)
    if text is None:
        return
    if end > len(text):
        raise GoldError(where, f"offsets {start}:{end} run past the article end {len(text)}", index)
    if text[start:end] != expected:
        found = text[start:end]
        raise GoldError(where, f"offsets {start}:{end} give {found!r}, not {expected!r}", index)


def _check_mention(
    forms: set[str], mention: list[int], where: str, index: int, text: str | None
) -> None:
    start, end = mention
    if not 0 <= start < end:
        raise GoldError(where, f"bad mention offsets {start}:{end}", index)
    if text is None:
        return
    if end > len(text):
        raise GoldError(where, f"mention {start}:{end} runs past the article end", index)
    if text[start:end] not in forms:
        found = text[start:end]
        raise GoldError(
            where, f"mention {start}:{end} gives {found!r}, not the name or an alias", index
        )


def find_gold(article_path: str | Path, gold_dir: str | Path | None = None) -> Path | None:
    """The gold file of an article: `<dir>/gold/<stem>.json` (or `<gold_dir>/<stem>.json`)."""
    article = Path(article_path)
    folder = Path(gold_dir) if gold_dir is not None else article.parent / "gold"
    candidate = folder / f"{article.stem}.json"
    return candidate if candidate.is_file() else None


def iter_corpus(
    paths: Iterable[str | Path], gold_dir: str | Path | None = None
) -> list[tuple[Path, Path | None]]:
    """List `(article, gold or None)` for every article under `paths`, sorted and deduplicated.

    Folders are walked recursively for `*.txt`; files inside `gold/` folders, hidden folders
    and README / MANIFEST files are skipped. A path that does not exist raises `ArticleError`.
    """
    articles: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            articles.update(_walk(path))
        elif path.is_file():
            articles.add(path)
        else:
            raise ArticleError(str(path), "no such file or directory")
    return [(article, find_gold(article, gold_dir)) for article in sorted(articles)]


def _walk(root: Path) -> Iterable[Path]:
    from .inputs import walk_files  # iterative: a tree of any depth works

    for path, listed in walk_files(root, frozenset({"gold"}), skip_hidden=True):
        if not listed:
            raise ArticleError(str(path), "cannot read folder")
        if path.suffix != ".txt" or path.stem.lower().startswith(_SKIPPED_STEMS):
            continue
        if path.is_file():
            yield path
