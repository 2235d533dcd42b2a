"""The `nevextract` command: a thin layer over the library (argparse, rich output)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import NevextractError
from .show_cli import add_show_parser

if TYPE_CHECKING:
    from .models import ExtractionResult


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
        follow_links=args.follow_links,
    )
    if args.time_budget is not None:  # read by every worker's `extract` (api.py)
        import os

        from .api import TIME_BUDGET_ENV

        os.environ[TIME_BUDGET_ENV] = str(args.time_budget)
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


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {value!r}")
    return seconds


def _explain_result(arg: str, published: Any) -> ExtractionResult:
    """`explain -` reads stdin, `explain FILE` the file (as `extract` would), else the
    argument is the text."""
    import os

    from .api import extract, extract_file, extract_input
    from .inputs import decode_article

    if arg == "-":
        art = decode_article(sys.stdin.buffer.read(), "<stdin>")
        return extract_input(art, published, article_id="stdin")
    if os.path.exists(arg):  # False for texts no path can be (NUL, too long)
        return extract_file(arg, published)
    return extract(arg, published)


def _cmd_explain(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    result = _explain_result(args.text, args.published)
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
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links that point outside the input folders (default: skip them)",
    )
    p.add_argument(
        "--time-budget",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="an article taking longer is reported as an error (default 60, or "
        "NEVEXTRACT_TIME_BUDGET)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
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
    p.add_argument(
        "text",
        help="the text; or an article file (read as `extract` reads it); or - for stdin",
    )
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
