"""Every rule id written in `patterns/`: where it is written and what its pattern says.

A record's `rule_id` names the data pattern that produced it. Rules whose matching is a
regex or word list in the data carry an `id` beside it (`targets/cues.jsonl`, the `periods`
of `years/cues.json`); rules whose logic lives in Python have a `rules` list in the data file
they read, one `{"id", "form"}` row per form the code tells apart (`years/cues.json`:
`"by YEAR"`, `"this year"`; `rates/currencies.json`: `"symbol"`, `"code"`). The code asks
`rule_id(file, form)` for the id, so the id is data and an unknown form is a ConfigError.

The index walks every JSON and JSON Lines file under `patterns/` (a record kind's own data
folder `patterns/<lang>/<kind>/`, whose files its `KindSpec.data_files` declares, too) and
collects each object with a string `id`, except the rows of the span-ruler lexicons, whose `id`
names a company or a class of names, not a rule. Ids are unique across all files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .resources import (
    jsonl_lines,
    load_json,
    package_pattern_path,
    patterns_dir,
    read_data_file,
    rule_name,
)

# span-ruler lexicons: their `id` is an entity id (a company slug, a class of non-firms)
ENTITY_FILES = frozenset({"firms/companies.jsonl", "firms/not_firms.jsonl"})
# the fields that hold a row's pattern, in the order they are shown
_PATTERN_KEYS = ("form", "pattern", "regex", "phrases", "surface", "words")


@dataclass(frozen=True)
class Rule:
    """One rule id: the file (relative to `patterns/`), its line there, the JSON path of the
    row, the pattern text and the example in the row's `_comment`."""

    id: str
    file: str
    line: int
    path: str
    pattern: str
    comment: str = ""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def _pattern_text(row: dict[str, Any]) -> str:
    for key in _PATTERN_KEYS:
        value = row.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, list) and value:
            return " | ".join(str(v) for v in value)
    return ""


def _rows(value: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
    """Every object with a string `id` inside a parsed JSON value, with its JSON path."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            found.append((path, value))
        for key, item in value.items():
            if not key.startswith("_") or key == "_ambiguous":
                found.extend(_rows(item, f"{path}.{key}" if path else key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.extend(_rows(item, f"{path}[{i}]"))
    return found


def _json_line(text: str, rule_id: str) -> int:
    """The line of the row that writes `"id": "<rule_id>"` (ids are unique, so it is that row's)."""
    for spelling in (f'"id": {json.dumps(rule_id)}', f'"id":{json.dumps(rule_id)}'):
        at = text.find(spelling)
        if at >= 0:
            return text.count("\n", 0, at) + 1
    return 1


@cache
def rule_index() -> dict[str, Rule]:
    """Every rule id under `patterns/` → its `Rule`; a duplicate id is a ConfigError."""
    root = patterns_dir()
    index: dict[str, Rule] = {}
    files = sorted(p for p in root.rglob("*") if p.suffix in (".json", ".jsonl"))
    for file in files:
        name = file.relative_to(root).as_posix()
        if rule_name(name) in ENTITY_FILES:
            continue
        for rule in _file_rules(file, name):
            if rule.id in index:
                other = index[rule.id]
                raise ConfigError(
                    str(file), f"rule id {rule.id!r} is also written in {other.where}", rule.line
                )
            index[rule.id] = rule
    return index


def _file_rules(file: Path, name: str) -> list[Rule]:
    text = read_data_file(file)
    if file.suffix == ".jsonl":
        return [
            Rule(row["id"], name, lineno, f"line {lineno}", _pattern_text(row), _c(row))
            for lineno, row in jsonl_lines(file, text)
            if isinstance(row, dict) and isinstance(row.get("id"), str)
        ]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(str(file), f"invalid JSON: {exc.msg}", exc.lineno) from exc
    return [
        Rule(row["id"], name, _json_line(text, row["id"]), path, _pattern_text(row), _c(row))
        for path, row in _rows(data, "")
    ]


def _c(row: dict[str, Any]) -> str:
    comment = row.get("_comment")
    return comment if isinstance(comment, str) else ""


@cache
def _forms(file: str) -> dict[str, str]:
    """form → id of the `rules` rows of a JSON pattern file; a form the file's own data
    implies without a row is a ConfigError when the file's ids are first asked for."""
    data = load_json(file)
    forms: dict[str, str] = {}
    for row in data.get("rules", []):
        form = row["form"]
        for f in form if isinstance(form, list) else [form]:
            forms[f] = row["id"]
    missing = [form for form in _implied_forms(file, data) if form not in forms]
    if missing:
        raise ConfigError(
            str(package_pattern_path(file)), f"rules: no row has the form {missing[0]!r}"
        )
    return forms


def rule_id(file: str, form: str) -> str:
    """The id that `file`'s `rules` rows give `form`; a form without a row is a ConfigError
    (the code fired a rule that the data does not name)."""
    found = _forms(file).get(form)
    if found is None:
        raise ConfigError(str(package_pattern_path(file)), f"rules: no row has the form {form!r}")
    return found


def _implied_forms(file: str, data: Any) -> list[str]:
    """Forms that entries of the file itself call for: a year preposition, a percent unit,
    a currency's context cue each need a row of their own."""
    if file == "years/cues.json":
        return [f"{p} YEAR" for p in data["prepositions"]["phrases"]]
    if file == "numeric/lexicon.json":
        return list(data["percent_units"])
    if file == "rates/currencies.json":
        return [f"context {code}" for code in data["context_cues"]]
    return []


def missing_forms() -> list[str]:
    """Forms the data implies that no `rules` row names, as "file: form"."""
    out = []
    for file in ("years/cues.json", "numeric/lexicon.json", "rates/currencies.json"):
        data = load_json(file)
        rows = data.get("rules", [])
        named = {
            f for r in rows for f in (r["form"] if isinstance(r["form"], list) else [r["form"]])
        }
        out += [f"{file}: {f}" for f in _implied_forms(file, data) if f not in named]
    return out


def shorten(text: str, width: int = 70) -> str:
    """One line of at most `width` characters."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"
