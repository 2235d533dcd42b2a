"""Locate the data that ships with nevextract: `pipeline/` and `patterns/`.

In a wheel both sit inside the package (hatch force-include); in a source checkout they are
top-level folders of the repository. Nothing else in the code needs to know which.

`NEVEXTRACT_PATTERNS_DIR` (read at every call) replaces the `patterns/` folder; after
changing it, call `clear_caches()` so the loaders read the new files.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

from . import pattern_schemas
from .errors import ConfigError

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(str(_PACKAGE_DIR / name), f"the {name}/ data folder is missing")


PATTERNS_DIR_ENV = "NEVEXTRACT_PATTERNS_DIR"


def patterns_dir() -> Path:
    override = os.environ.get(PATTERNS_DIR_ENV)
    if override:
        folder = Path(override)
        if not folder.is_dir():
            raise ConfigError(override, f"{PATTERNS_DIR_ENV} is not a folder")
        return folder
    return _data_dir("patterns")


def pipeline_dir() -> Path:
    return _data_dir("pipeline")


def resolve_pattern_path(path: str | Path) -> Path:
    """A path relative to `patterns/` (as written in config.cfg), or an absolute one."""
    p = Path(path)
    return p if p.is_absolute() else patterns_dir() / p


def clear_caches() -> None:
    """Forget every cached loader (pattern, lexicon and rate tables) and the built pipeline.

    Every `functools.cache` function defined in a nevextract module is cleared, so a loader
    added later needs no registration.
    """
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "nevextract" or name.startswith("nevextract.")):
            continue
        for obj in list(vars(module).values()):
            if callable(getattr(obj, "cache_clear", None)) and (
                getattr(obj, "__module__", None) == name
            ):
                obj.cache_clear()


def read_data_file(file: Path) -> str:
    """A data file's UTF-8 text; a missing or unreadable file is a ConfigError."""
    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(str(file), "file not found") from exc
    except UnicodeDecodeError as exc:
        line = file.read_bytes()[: exc.start].count(b"\n") + 1
        raise ConfigError(str(file), f"not valid UTF-8: {exc.reason}", line) from exc
    except OSError as exc:
        raise ConfigError(str(file), f"cannot read file: {exc.strerror or exc}") from exc


def load_json(path: str) -> Any:
    """Parse a JSON data file once and check it against its schema (`pattern_schemas`);
    errors name the file, line and key."""
    return _load_json(path, str(resolve_pattern_path(path)))


@cache
def _load_json(name: str, path: str) -> Any:
    file = Path(path)
    text = read_data_file(file)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(str(file), f"invalid JSON: {exc.msg}", exc.lineno) from exc
    try:
        pattern_schemas.check(name, data)
    except pattern_schemas.SchemaProblem as exc:
        raise ConfigError(str(file), exc.problem, _line_of_key(text, exc.key)) from None
    return data


def _line_of_key(text: str, key: str | None) -> int | None:
    """The line where a (dotted) key's last name first appears as a JSON key."""
    if not key:
        return None
    name = key.split(".")[-1]
    at = text.find(json.dumps(name) + ":")
    if at < 0 and not name.isdigit():
        at = text.find(json.dumps(key.split(".")[0]))
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Parse a JSON Lines pattern file; every line must be an object with an `id`."""
    return [row for _, row in load_jsonl_numbered(path)]


def load_jsonl_numbered(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """`load_jsonl` with the file line number of each row (blank lines are skipped)."""
    file = resolve_pattern_path(path)
    rows: list[tuple[int, dict[str, Any]]] = []
    lines = read_data_file(file).splitlines()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(str(file), f"invalid JSON: {exc.msg}", lineno) from exc
        if not isinstance(row, dict) or "id" not in row:
            raise ConfigError(str(file), "each line must be an object with an 'id'", lineno)
        try:
            pattern_schemas.check(str(path), row, row=True)
        except pattern_schemas.SchemaProblem as exc:
            raise ConfigError(str(file), exc.problem, lineno) from None
        rows.append((lineno, row))
    return rows


def load_word_list(path: str | Path) -> list[str]:
    """One entry per line; `#` starts a comment line."""
    text = read_data_file(resolve_pattern_path(path))
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]
