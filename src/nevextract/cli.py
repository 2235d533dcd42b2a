"""The `nevextract` command: a thin layer over the library (argparse, rich output)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .errors import NevextractError
from .show_cli import add_show_parser


def _globs(value: str) -> list[str]:
    return [g for g in (part.strip() for part in value.split(",")) if g]


def _cmd_extract(args: argparse.Namespace) -> int:
    from .batch import BatchOptions, UsageError, run_batch
    from .errors import OutputError
    from .inputs import DEFAULT_EXCLUDE, DEFAULT_INCLUDE

    include = [g for v in args.include for g in _globs(v)] if args.include else DEFAULT_INCLUDE
    opts = BatchOptions(
        paths=args.paths,
        output=args.output,
        format=args.format,
        include=include,
        exclude=[*DEFAULT_EXCLUDE, *(g for v in args.exclude or () for g in _globs(v))],
        jobs=args.jobs,
        force=args.force,
        fail_fast=args.fail_fast,
        max_bytes=args.max_bytes,
        quiet=args.quiet,
        engine=args.engine,
        scheduler=args.scheduler,
        batch_size=args.batch_size,
        published=args.published,
        metadata=args.metadata,
    )
    if args.scheduler and args.engine != "dask":
        print("nevextract: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    try:
        return run_batch(opts)
    except (UsageError, OutputError) as exc:
        print(f"nevextract: {exc}", file=sys.stderr)
        return 2


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 5000000, 512k, 5M)") from exc


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


def _add_extract_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="article files or folders (searched recursively)")
    p.add_argument(
        "-o",
        "--output",
        help="output file (format from the extension: .jsonl, .csv, .parquet, .sqlite/.db);"
        " JSON Lines on stdout if not given. Re-running with the same output resumes it",
    )
    p.add_argument("--format", choices=("jsonl", "csv", "parquet", "sqlite"), default=None)
    p.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="file name / relative path globs to take from folders (repeatable or comma-"
        "separated; default: *.txt, *.html, *.htm)",
    )
    p.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help="globs to leave out (added to README.txt); folders named gold are always skipped",
    )
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--force", action="store_true", help="discard what OUTPUT holds and redo every article"
    )
    p.add_argument("--fail-fast", action="store_true", help="stop at the first failed file")
    p.add_argument(
        "--max-bytes",
        type=_size,
        default=5 * 1024 * 1024,
        help="larger files are reported as errors (default 5M)",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=32,
        help="articles per write (fsync / transaction / Parquet part); default 32",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    p.add_argument(
        "--published",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="publication date of every article (resolves relative years); overrides the "
        "dateline, and is overridden by --metadata",
    )
    p.add_argument(
        "--metadata",
        metavar="FILE",
        help="CSV or JSONL file of per-article published/title/source, keyed by path or id"
        " (see docs/batch.md); its values override what the articles' headers say",
    )
    p.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="local processes or Dask"
    )
    p.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a LocalCluster)"
    )


def build_parser() -> argparse.ArgumentParser:
    from .eval_cli import add_eval_parser

    parser = argparse.ArgumentParser(
        prog="nevextract", description="Structured records from China NEV/auto/battery news."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract records from article files or folders")
    _add_extract_arguments(p)
    p.set_defaults(func=_cmd_extract)
    p = sub.add_parser("explain", help="show each record found in a text and the rule that fired")
    p.add_argument("text")
    p.add_argument("--published", type=_date, default=None, help="publication date (YYYY-MM-DD)")
    p.set_defaults(func=_cmd_explain)
    p = sub.add_parser("schema", help="print the JSON Schema of an output line")
    p.set_defaults(func=_cmd_schema)
    add_eval_parser(sub)
    add_show_parser(sub)
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
