"""The `nevextract` command: a thin layer over the library (argparse, rich output)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .errors import NevextractError


def _article_paths(paths: Sequence[str]) -> Iterator[Path]:
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(
                f
                for f in p.rglob("*.txt")
                if "gold" not in f.relative_to(p).parts[:-1] and f.name not in ("README.txt",)
            )
        else:
            yield p


def _cmd_extract(args: argparse.Namespace) -> int:
    from .api import extract_file, load

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"nevextract: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    try:
        load()
    except NevextractError as exc:
        print(f"nevextract: {exc}", file=sys.stderr)
        return 2
    failures = 0
    out: TextIO
    tmp_path: str | None = None
    if args.output:
        target = Path(args.output)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_path = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        out = os.fdopen(fd, "w", encoding="utf-8")
    else:
        out = sys.stdout
    try:
        for path in _article_paths(args.paths):
            try:
                result = extract_file(path)
            except NevextractError as exc:
                failures += 1
                print(f"nevextract: {exc}", file=sys.stderr)
                continue
            out.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
        if tmp_path:
            out.flush()
            os.fsync(out.fileno())
            out.close()
            os.replace(tmp_path, args.output)  # a crash never leaves a half-written file
            tmp_path = None
    finally:
        if tmp_path:
            out.close()
            os.unlink(tmp_path)
    return 1 if failures else 0


def _cmd_explain(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from .api import extract

    result = extract(args.text, args.published)
    table = Table("kind", "text", "rule", "value")
    for r in result.records:
        data = r.model_dump(exclude={"text", "start", "end", "sentence", "rule_id", "kind"})
        value = ", ".join(f"{k}={v}" for k, v in data.items() if v not in (None, [], False))
        table.add_row(r.kind, r.text, r.rule_id or "", value)
    Console().print(table)
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .models import ExtractionResult

    print(json.dumps(ExtractionResult.model_json_schema(), indent=2))
    return 0


def _date(value: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    from .eval_cli import add_eval_parser

    parser = argparse.ArgumentParser(
        prog="nevextract", description="Structured records from China NEV/auto/battery news."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract records from article files or folders")
    p.add_argument("paths", nargs="+", help="article .txt files or folders (searched recursively)")
    p.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    p.set_defaults(func=_cmd_extract)
    p = sub.add_parser("explain", help="show each record found in a text and the rule that fired")
    p.add_argument("text")
    p.add_argument("--published", type=_date, default=None, help="publication date (YYYY-MM-DD)")
    p.set_defaults(func=_cmd_explain)
    p = sub.add_parser("schema", help="print the JSON Schema of an output line")
    p.set_defaults(func=_cmd_schema)
    add_eval_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors
        return int(exc.code or 0)
    try:
        code: int = args.func(args)
    except NevextractError as exc:
        print(f"nevextract: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code
