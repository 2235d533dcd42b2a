"""The `nevextract` command: a thin layer over the library (argparse, rich output).

Exit codes (the table in README.md is the same):

| code | meaning                                                                         |
|------|---------------------------------------------------------------------------------|
| 0    | success                                                                         |
| 1    | some inputs failed (listed; the rest is written), or `eval` found a regression  |
| 2    | usage or configuration error; an output refused (foreign, locked, stale rules)  |
| 3    | cannot write the output (disk full, I/O error); what was written is intact      |
| 130  | interrupted (Ctrl-C); what was written is kept, re-running resumes              |
| 141  | standard output closed early (`nevextract extract … | head`)                   |
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, NevextractError, WriteError
from .show_cli import add_show_parser

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WRITE, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 3, 130, 141

EXTRACT_DESCRIPTION = """\
Extract money, percentage, figure, year, firm and target records from article files (.txt,
.html) or folders of them, in parallel if asked, into JSON Lines, CSV, Parquet or SQLite.
Re-running the same command resumes: articles already in OUTPUT (by sha256) are skipped; an
output written by other rules or another version is refused unless --force is given. Files
that cannot be read are listed and the batch goes on (exit 1). Exit codes: 0 ok, 1 some
inputs failed, 2 usage/configuration error or output refused, 3 cannot write the output,
130 interrupted."""

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
        csv_raw=args.csv_raw,
        follow_links=args.follow_links,
        published=args.published,
        metadata=args.metadata,
    )
    if args.time_budget is not None:  # read by every worker's `extract` (api.py)
        from .api import TIME_BUDGET_ENV

        os.environ[TIME_BUDGET_ENV] = str(args.time_budget)
    try:
        return run_batch(opts)
    except (UsageError, OutputError, ConfigError) as exc:
        print(f"nevextract: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    try:
        number = float(text[:-1]) * units[text[-1]] if text and text[-1] in units else int(text)
        if not math.isfinite(number) or number < 0:
            raise ValueError(value)
        return int(number)
    except (ValueError, OverflowError) as exc:
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
    from .show_cli import explain_lines

    result = _explain_result(args.text, args.published)
    print("\n".join(explain_lines(result.records)))
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
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet", "sqlite"),
        default=None,
        help="output format, if not the extension's: jsonl (.jsonl .ndjson .json), csv (.csv),"
        " parquet (.parquet .pq; a folder of parts), sqlite (.sqlite .sqlite3 .db)",
    )
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
        "--force",
        action="store_true",
        help="discard what OUTPUT holds and redo every article (needed after a rule change);"
        " a file nevextract did not write is refused even so",
    )
    p.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV: write text cells as they are; by default a cell starting with = + - @"
        " (a spreadsheet formula) gets a leading '",
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
    from .fingerprint import version

    parser = argparse.ArgumentParser(
        prog="nevextract", description="Structured records from China NEV/auto/battery news."
    )
    parser.add_argument("--version", action="version", version=f"nevextract {version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "extract",
        help="extract records from article files or folders",
        description=EXTRACT_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
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
        sys.stdout.flush()
    except WriteError as exc:
        print(f"nevextract: {exc}", file=sys.stderr)
        return EXIT_WRITE
    except ConfigError as exc:
        print(f"nevextract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NevextractError as exc:
        print(f"nevextract: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("nevextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`| head`): no traceback, and none at exit either
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE
    return code
