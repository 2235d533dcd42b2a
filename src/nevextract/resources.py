"""Locate the data that ships with nevextract: `pipeline/` and `patterns/`.

In a wheel both sit inside the package (hatch force-include); in a source checkout they are
top-level folders of the repository. Nothing else in the code needs to know which.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(str(_PACKAGE_DIR / name), f"the {name}/ data folder is missing")


def patterns_dir() -> Path:
    return _data_dir("patterns")


def pipeline_dir() -> Path:
    return _data_dir("pipeline")


def resolve_pattern_path(path: str | Path) -> Path:
    """A path relative to `patterns/` (as written in config.cfg), or an absolute one."""
    p = Path(path)
    return p if p.is_absolute() else patterns_dir() / p


@cache
def load_json(path: str) -> Any:
    """Parse a JSON data file once; errors name the file and line."""
    file = resolve_pattern_path(path)
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(str(file), "file not found") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(str(file), f"invalid JSON: {exc.msg}", exc.lineno) from exc


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Parse a JSON Lines pattern file; every line must be an object with an `id`."""
    file = resolve_pattern_path(path)
    rows: list[dict[str, Any]] = []
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ConfigError(str(file), "file not found") from exc
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(str(file), f"invalid JSON: {exc.msg}", lineno) from exc
        if not isinstance(row, dict) or "id" not in row:
            raise ConfigError(str(file), "each line must be an object with an 'id'", lineno)
        rows.append(row)
    return rows


def load_word_list(path: str | Path) -> list[str]:
    """One entry per line; `#` starts a comment line."""
    file = resolve_pattern_path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(str(file), "file not found") from exc
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]
