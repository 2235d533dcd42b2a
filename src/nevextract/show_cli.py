"""The `nevextract show` subcommand: one article as an HTML page with its records highlighted.

`cli.py` wires it in with `add_show_parser(subparsers)` and calls `run_show(args)`, which
returns the exit code: 0 ok, 1 the article cannot be read or extracted, 2 usage error (no
such file). The page comes from `render.py`, the renderer `eval --html` uses too: every
record is marked by kind and labelled with its normalised value. With `-o` the page is
written atomically (a crash never leaves half a page); without it, it goes to stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nevextract.errors import NevextractError

if TYPE_CHECKING:
    from nevextract.models import Record

__all__ = ["add_show_parser", "explain_lines", "render_show_page", "run_show"]


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from exc


def add_show_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `show` on the main CLI's subparsers."""
    parser = subparsers.add_parser(
        "show",
        help="render an article as HTML with every record highlighted",
        description="Render ARTICLE as a standalone HTML page: each record is highlighted "
        "by kind and labelled with its normalised value.",
    )
    parser.add_argument(
        "article",
        metavar="ARTICLE",
        help="an article file (text in any common encoding, or an HTML page)",
    )
    parser.add_argument(
        "-o", "--output", metavar="PAGE", help="write the page here (default: stdout)"
    )
    parser.add_argument(
        "--published", type=_iso_date, default=None, help="publication date (YYYY-MM-DD)"
    )
    parser.set_defaults(func=run_show)


def render_show_page(path: str | Path, published: date | None = None) -> str:
    """The HTML page of one article file with its extracted records highlighted."""
    from nevextract.api import extract_input
    from nevextract.inputs import read_article_file
    from nevextract.render import render_article_html, render_page

    p = Path(path)
    art = read_article_file(p)  # as `extract` reads it: any encoding, HTML pages
    result = extract_input(art, published, article_id=p.stem, path=str(p))
    title = result.article.title or p.name
    section = render_article_html(art.text, result.records, title=title)
    return render_page([section], f"nevextract: {p.name}")


def _readable(path: Path) -> None:
    """Give the page the usual permissions (temporary files are created owner-only)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def run_show(args: argparse.Namespace) -> int:
    """Run `nevextract show`; returns the exit code."""
    article = Path(args.article)
    if not article.exists():
        print(f"nevextract show: no such file: {article}", file=sys.stderr)
        return 2
    try:
        page = render_show_page(article, getattr(args, "published", None))
    except NevextractError as exc:
        print(f"nevextract show: {exc}", file=sys.stderr)
        return 1
    if args.output:
        from nevextract.baseline import atomic_write_text

        target = Path(args.output)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, page)
            _readable(target)
        except OSError as exc:
            print(f"nevextract show: cannot write {target}: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {target}", file=sys.stderr)
    else:
        sys.stdout.write(page)
    return 0


def explain_lines(records: Sequence[Record], width: int = 70) -> list[str]:
    """`nevextract explain`: per record its kind, text and values, then the rule that made it:
    the rule id, where the id is written (`file:line` under patterns/) and its pattern,
    shortened to `width` characters."""
    from nevextract.rule_index import rule_index, shorten

    index = rule_index()
    out: list[str] = []
    for r in records:
        data = r.model_dump(exclude={"text", "start", "end", "sentence", "rule_id", "kind"})
        value = ", ".join(f"{k}={v}" for k, v in data.items() if v not in (None, [], False))
        out.append(f"{r.kind:<10} {shorten(r.text, width)!r}  {shorten(value, 2 * width)}")
        rule = index.get(r.rule_id or "")
        if rule is None:
            out.append(f"    rule {r.rule_id or '-'} (not written under patterns/)")
            continue
        pattern = f"{rule.pattern} ({rule.comment})" if rule.comment else rule.pattern
        out.append(f"    rule {rule.id}  patterns/{rule.where}  {shorten(pattern, width)}")
    return out
