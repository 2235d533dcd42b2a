"""The `nevextract eval` subcommand: score extraction against gold, compare with a baseline.

`cli.py` wires it in with `add_eval_parser(subparsers)` and calls `run_eval(args)`, which
returns the exit code: 0 ok, 1 regression / invalid gold / failed extraction, 2 usage error
(missing path, no articles, unreadable predictions or baseline). It never calls `sys.exit`.
"""

from __future__ import annotations

import argparse
import html
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from nevextract.baseline import (
    DEFAULT_TOLERANCE,
    Regression,
    atomic_write_text,
    compare,
    load_baseline,
    save_baseline,
)
from nevextract.errors import ArticleError, ConfigError, GoldError, NevextractError
from nevextract.evaluate import (
    AttributeMismatch,
    ErrorItem,
    EvalReport,
    RecordLike,
    evaluate,
    score_metadata,
)
from nevextract.gold import GoldArticle, iter_corpus, load_gold, read_article_text
from nevextract.render import render_article_html, render_page

__all__ = ["add_eval_parser", "run_eval"]

DEFAULT_CORPUS = "corpus"


class UsageError(Exception):
    """Bad arguments or inputs: reported on stderr with exit code 2."""


@dataclass(frozen=True)
class _Article:
    id: str
    path: Path
    gold_path: Path | None
    corpus: Path  # the CORPUS argument it was found under (one HTML page each)


@dataclass(frozen=True)
class _Io:
    out: Console
    err: Console

    def say(self, text: str, style: str | None = None) -> None:
        # markup=False: paths and article text may contain [brackets].
        self.out.print(text, style=style, markup=False, highlight=False)

    def fail(self, text: str) -> None:
        self.err.print(f"nevextract eval: {text}", style="red", markup=False, highlight=False)


# --------------------------------------------------------------------------- parser


def add_eval_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `eval` and its options on the main CLI's subparsers."""
    parser = subparsers.add_parser(
        "eval",
        help="score extraction against gold annotations",
        description="Score extracted records against gold files (SPEC.md section 5).",
    )
    parser.add_argument(
        "corpus",
        nargs="*",
        default=[DEFAULT_CORPUS],
        metavar="CORPUS",
        help="article files or folders, walked recursively (default: corpus)",
    )
    parser.add_argument("--gold", type=Path, metavar="DIR", help="all gold files are in DIR")
    parser.add_argument(
        "--pred", type=Path, metavar="FILE.jsonl", help="score these predictions, don't extract"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the full report as JSON")
    parser.add_argument("--diff", action="store_true", help="list every miss and false positive")
    parser.add_argument("--html", type=Path, metavar="OUT.html", help="write highlighted articles")
    parser.add_argument("--baseline", type=Path, metavar="FILE", help="compare with this report")
    parser.add_argument(
        "--update-baseline", action="store_true", help="rewrite the --baseline FILE with this run"
    )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=DEFAULT_TOLERANCE,
        metavar="DROP",
        help="largest F1 drop that is not a regression (default: 0.005)",
    )
    parser.add_argument(
        "--check-gold", action="store_true", help="only validate the gold files, don't score"
    )
    parser.set_defaults(func=run_eval)


# --------------------------------------------------------------------------- run


def run_eval(
    args: argparse.Namespace,
    *,
    console: Console | None = None,
    err_console: Console | None = None,
) -> int:
    """Run `nevextract eval` with parsed `args`; return the exit code."""
    io = _Io(
        out=console or Console(soft_wrap=True, highlight=False),
        err=err_console or Console(stderr=True, soft_wrap=True, highlight=False),
    )
    try:
        return _run(args, io)
    except UsageError as exc:
        io.fail(str(exc))
        return 2


def _run(args: argparse.Namespace, io: _Io) -> int:
    _check_args(args)
    articles = _find_articles(args)
    if args.check_gold:
        return _check_gold(articles, orphans=args.gold is None, io=io)
    try:
        gold = _load_gold(articles)
    except (GoldError, ArticleError) as exc:
        io.say(f"invalid gold: {exc}", style="red")
        return 1
    scored = [article for article in articles if article.id in gold]
    _note_without_gold([a.id for a in articles if a.id not in gold], io)
    metas: dict[str, dict[str, Any]] = {}  # article id -> predicted title/published/source
    if args.pred is not None:
        predictions = _read_predictions(args.pred, metas)
        _warn_coverage(predictions, gold, args.pred, io)
    else:
        try:
            predictions = _extract(scored, metas)
        except ImportError as exc:
            raise UsageError(f"the extractor cannot be loaded (nevextract.api): {exc}") from exc
        except NevextractError as exc:
            io.say(f"extraction failed: {exc}", style="red")
            return 1
    texts = {article.id: read_article_text(article.path) for article in scored}
    report = evaluate(predictions, {key: g.records for key, g in gold.items()}, texts=texts)
    gold_meta = {
        key: g.model_dump(mode="json", include={"title", "published", "source"})
        for key, g in gold.items()
    }
    report.metadata = score_metadata(metas, gold_meta) if metas else None
    _print_scores(report, io)
    if args.diff:
        _print_diff(report, io)
    _write_outputs(args, report, scored, predictions, texts, io)
    return _baseline_step(args, report, io)


def _check_args(args: argparse.Namespace) -> None:
    if args.update_baseline and args.baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE")
    if args.tolerance < 0:
        raise UsageError(f"--tolerance must not be negative, got {args.tolerance}")
    for path in args.corpus:
        if not Path(path).exists():
            raise UsageError(f"no such file or directory: {path}")
    if args.gold is not None and not args.gold.is_dir():
        raise UsageError(f"--gold: no such directory: {args.gold}")
    if args.pred is not None and not args.pred.is_file():
        raise UsageError(f"--pred: no such file: {args.pred}")
    for option, path in (
        ("--json", args.json),
        ("--html", args.html),
        ("--baseline", args.baseline),
    ):
        if path is not None and not path.parent.is_dir():
            raise UsageError(f"{option}: folder {path.parent} does not exist")


def _find_articles(args: argparse.Namespace) -> list[_Article]:
    """Articles under every CORPUS argument, each id (file stem) once."""
    found: dict[str, _Article] = {}
    for root in map(Path, args.corpus):
        try:
            items = iter_corpus([root], args.gold)
        except ArticleError as exc:
            raise UsageError(str(exc)) from exc
        for path, gold_path in items:
            known = found.get(path.stem)
            if known is not None and known.path.resolve() != path.resolve():
                raise UsageError(f"two articles share the id {path.stem}: {known.path} and {path}")
            found.setdefault(path.stem, _Article(path.stem, path, gold_path, root))
    if not found:
        raise UsageError(f"no articles (*.txt) found under {', '.join(map(str, args.corpus))}")
    return sorted(found.values(), key=lambda article: article.id)


def _load_gold(articles: Sequence[_Article]) -> dict[str, GoldArticle]:
    gold = {
        article.id: load_gold(article.gold_path, article.path)
        for article in articles
        if article.gold_path is not None
    }
    if not gold:
        raise UsageError(f"none of the {len(articles)} articles has a gold file")
    return gold


def _extract(
    articles: Sequence[_Article], metas: dict[str, dict[str, Any]]
) -> dict[str, list[RecordLike]]:
    # Imported here: the extractor loads spaCy, which scoring saved predictions never needs.
    from nevextract.api import extract_file

    predictions: dict[str, list[RecordLike]] = {}
    for article in articles:
        result = extract_file(article.path)
        predictions[article.id] = list(result.records)
        metas[article.id] = result.article.model_dump(mode="json")
    return predictions


def _read_predictions(
    path: Path, metas: dict[str, dict[str, Any]] | None = None
) -> dict[str, list[RecordLike]]:
    """Read `extract` output: one `{"article": {"id", ...}, "records": [...]}` per line;
    each line's article metadata goes into `metas`."""
    predictions: dict[str, list[RecordLike]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--pred: cannot read {path}: {exc}") from exc
    problems: list[str] = []  # every problem of the file, not only the first
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            article_id, records = _parse_prediction_line(line, where)
        except UsageError as exc:
            problems.append(str(exc))
            continue
        if article_id in predictions:
            problems.append(f"{where}: article {article_id!r} appears twice")
        predictions[article_id] = records
        if metas is not None:
            metas[article_id] = json.loads(line)["article"]
    if problems:
        raise UsageError("invalid predictions:\n  " + "\n  ".join(problems))
    return predictions


def _parse_prediction_line(line: str, where: str) -> tuple[str, list[RecordLike]]:
    """One line of predictions, each record validated against the record models."""
    from pydantic import ValidationError

    from nevextract import kinds
    from nevextract.gold import strict_json

    try:
        data = strict_json(line)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{where}: invalid JSON: {exc.msg}") from exc
    except ValueError as exc:
        raise UsageError(f"{where}: {exc}") from exc
    article = data.get("article") if isinstance(data, dict) else None
    article_id = article.get("id") if isinstance(article, dict) else None
    records = data.get("records") if isinstance(data, dict) else None
    if not isinstance(article_id, str) or not isinstance(records, list):
        raise UsageError(f"{where}: expected {{'article': {{'id': ...}}, 'records': [...]}}")
    adapter = kinds.record_adapter()  # the registered kinds' models, chosen by `kind`
    problems = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            problems.append(f"record {index}: must be a JSON object")
            continue
        try:
            adapter.validate_python(record)
        except ValidationError as exc:
            problems += [
                f"record {index} field {'.'.join(map(str, e['loc'][1:])) or 'kind'}: {e['msg']}"
                for e in exc.errors()
                if e["type"] != "missing"  # a field left out is judged as absent, not wrong
            ]
    if problems:
        raise UsageError("\n  ".join(f"{where}: {p}" for p in problems))
    return article_id, records


def _note_without_gold(ids: Sequence[str], io: _Io, limit: int = 20) -> None:
    if ids:
        names = ", ".join(ids[:limit]) + (
            f" and {len(ids) - limit} more" if len(ids) > limit else ""
        )
        io.say(f"note: {len(ids)} article(s) have no gold file and are not scored: {names}")


def _warn_coverage(
    predictions: dict[str, list[RecordLike]], gold: dict[str, GoldArticle], path: Path, io: _Io
) -> None:
    missing = sorted(set(gold) - set(predictions))
    extra = sorted(set(predictions) - set(gold))
    if missing:
        io.say(f"note: {len(missing)} gold article(s) have no line in {path}: {', '.join(missing)}")
    if extra:
        io.say(f"note: {len(extra)} predicted article(s) have no gold and are not scored")


# --------------------------------------------------------------------------- check-gold


def _check_gold(articles: Sequence[_Article], *, orphans: bool, io: _Io) -> int:
    """Validate every gold file against its article; print OK or each problem."""
    problems: list[str] = []
    checked = 0
    for article in articles:
        if article.gold_path is None:
            continue
        checked += 1
        try:
            load_gold(article.gold_path, article.path)
        except (GoldError, ArticleError) as exc:
            problems.append(str(exc))
    if orphans:
        problems.extend(_orphan_gold(articles))
    for problem in problems:
        io.say(f"ERROR {problem}", style="red")
    if problems:
        io.say(f"{len(problems)} problem(s) in {checked} gold file(s)", style="red")
        return 1
    if checked == 0:
        raise UsageError(f"none of the {len(articles)} articles has a gold file")
    without = len(articles) - checked
    note = f" ({without} article(s) without gold)" if without else ""
    io.say(f"OK: {checked} gold file(s) valid{note}", style="green")
    return 0


def _orphan_gold(articles: Sequence[_Article]) -> list[str]:
    """Gold files in a `gold/` folder beside articles that belong to no article there."""
    stems: dict[Path, set[str]] = defaultdict(set)
    for article in articles:
        stems[article.path.parent / "gold"].add(article.id)
    return [
        f"{path}: no article {path.stem}.txt beside this gold folder"
        for folder, known in sorted(stems.items())
        if folder.is_dir()
        for path in sorted(folder.glob("*.json"))
        if path.stem not in known
    ]


# --------------------------------------------------------------------------- printing


def _print_scores(report: EvalReport, io: _Io) -> None:
    table = Table(title=f"nevextract eval: {len(report.articles)} article(s)")
    for column in ("kind", "gold", "pred", "tp", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    scores = list(report.kinds.values())
    for index, score in enumerate([*scores, report.overall]):
        table.add_row(
            score.kind,
            str(score.gold),
            str(score.pred),
            str(score.tp),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            style="bold" if score.kind == "overall" else None,
            end_section=index == len(scores) - 1,
        )
    io.out.print(table)
    attributes = Table(title="attribute accuracy (matched pairs)")
    for column in ("attribute", "correct", "total", "accuracy"):
        attributes.add_column(column, justify="left" if column == "attribute" else "right")
    for attribute in report.attributes.values():
        accuracy = f"{attribute.accuracy:.3f}" if attribute.total else "-"
        attributes.add_row(attribute.name, str(attribute.correct), str(attribute.total), accuracy)
    io.out.print(attributes)
    meta = report.metadata
    if meta is not None and meta.articles:
        io.out.print(
            f"metadata: title and published right on {meta.title_and_published} of "
            f"{meta.articles} articles (title {meta.title}, published {meta.published}, "
            f"source {meta.source})"
        )


def _where(error: ErrorItem) -> str:
    return f"[{error.start}:{error.end}]" if error.start is not None else "[no offsets]"


def _print_diff(report: EvalReport, io: _Io) -> None:
    """Every miss, false positive and attribute mismatch, grouped by article."""
    by_article: dict[str, list[ErrorItem]] = defaultdict(list)
    for error in report.errors:
        by_article[error.article].append(error)
    mismatches = defaultdict(list)
    for mismatch in report.attribute_errors:
        mismatches[mismatch.article].append(mismatch)
    meta_errors = defaultdict(list)
    for meta in report.metadata.mismatches if report.metadata else ():
        meta_errors[meta.article].append(meta)
    for article in report.articles:
        if not by_article[article] and not mismatches[article] and not meta_errors[article]:
            continue
        io.say(f"\n== {article}", style="bold")
        for meta in meta_errors[article]:
            io.say(
                f"  META  {meta.field}: gold {meta.gold!r}, predicted {meta.predicted!r}",
                style="yellow",
            )
        for error in sorted(by_article[article], key=lambda e: (e.start or 0, e.type)):
            _print_error(error, io)
        for m in mismatches[article]:
            io.say(
                f"  ATTR  {m.attribute} of {m.kind} {m.text!r} [{m.start}]: "
                f"gold {m.gold!r}, predicted {m.predicted!r}",
                style="yellow",
            )


def _print_error(error: ErrorItem, io: _Io) -> None:
    label = "MISS" if error.type == "miss" else "FP  "
    rule = f"  rule={error.rule_id}" if error.type == "false_positive" else ""
    near = f"  (overlaps {error.near})" if error.near else ""
    style = "red" if error.type == "miss" else "magenta"
    io.say(
        f"  {label}  {error.kind} {error.text!r} {_where(error)} = {error.key}{rule}{near}", style
    )
    if error.sentence:
        io.say(f"        {error.sentence}", style="dim")


def _print_regressions(regressions: Sequence[Regression], tolerance: float, io: _Io) -> None:
    for regression in regressions:
        io.say(
            f"REGRESSION {regression.kind}: F1 {regression.old_f1:.3f} -> "
            f"{regression.new_f1:.3f} (drop {regression.drop:.3f} > {tolerance})",
            style="bold red",
        )
        for error in regression.lost:
            io.say(f"  lost  {error.article} {error.kind} {error.text!r} {_where(error)}")
        for error in regression.new_false_positives:
            io.say(f"  new false positive  {error.article} {error.kind} {error.text!r}")


# --------------------------------------------------------------------------- outputs


def _write_outputs(
    args: argparse.Namespace,
    report: EvalReport,
    articles: Sequence[_Article],
    predictions: dict[str, list[RecordLike]],
    texts: dict[str, str],
    io: _Io,
) -> None:
    if args.json is not None:
        atomic_write_text(args.json, report.model_dump_json(indent=2) + "\n")
        io.say(f"report written to {args.json}")
    if args.html is not None:
        for path, page in _html_pages(args.html, report, articles, predictions, texts):
            atomic_write_text(path, page)
            io.say(f"HTML written to {path}")


def _html_pages(
    out: Path,
    report: EvalReport,
    articles: Sequence[_Article],
    predictions: dict[str, list[RecordLike]],
    texts: dict[str, str],
) -> Iterable[tuple[Path, str]]:
    """One page per CORPUS argument (just OUT when there is one), a section per article."""
    by_corpus: dict[Path, list[_Article]] = defaultdict(list)
    for article in articles:
        by_corpus[article.corpus].append(article)
    for corpus, members in by_corpus.items():
        sections = [_html_section(a, report, predictions, texts) for a in members]
        path = out if len(by_corpus) == 1 else out.with_name(_page_name(out, corpus))
        head = _html_scores(report) + _html_index(members, report)
        yield path, render_page(sections, f"nevextract eval: {corpus}", head=head)


def _html_scores(report: EvalReport) -> str:
    """The scores table the page opens with (the same numbers as the terminal's)."""
    rows = [*report.kinds.values(), report.overall]
    cells = "".join(
        f"<tr><td>{html.escape(k.kind)}</td><td>{k.gold}</td><td>{k.pred}</td><td>{k.tp}</td>"
        f"<td>{k.fn}</td><td>{k.fp}</td><td>{k.precision:.3f}</td><td>{k.recall:.3f}</td>"
        f"<td>{k.f1:.3f}</td></tr>"
        for k in rows
    )
    attrs = "".join(
        f"<tr><td>{html.escape(a.name)}</td><td>{a.correct}/{a.total}</td>"
        f"<td>{a.accuracy:.3f}</td></tr>"
        for a in report.attributes.values()
        if a.total
    )
    return (
        '<h2>Scores</h2>\n<table class="scores"><tr><th>kind</th><th>gold</th><th>pred</th>'
        "<th>tp</th><th>missed</th><th>false pos.</th><th>precision</th><th>recall</th>"
        f"<th>F1</th></tr>{cells}</table>\n"
        + (
            '<table class="scores"><tr><th>attribute</th><th>correct</th><th>accuracy</th></tr>'
            f"{attrs}</table>\n"
            if attrs
            else ""
        )
    )


def _anchor(article_id: str) -> str:
    return "article-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in article_id)


def _html_index(articles: Sequence[_Article], report: EvalReport) -> str:
    """Links to every article, those with the most errors first."""
    counts = {a.id: [0, 0, 0] for a in articles}  # misses, false positives, attribute errors
    for error in report.errors:
        if error.article in counts:
            counts[error.article][0 if error.type == "miss" else 1] += 1
    for mismatch in report.attribute_errors:
        if mismatch.article in counts:
            counts[mismatch.article][2] += 1
    ordered = sorted(articles, key=lambda a: (-sum(counts[a.id]), a.id))
    items = "".join(
        f'<li><a href="#{_anchor(a.id)}">{html.escape(a.id)}</a>: {counts[a.id][0]} missed,'
        f" {counts[a.id][1]} false positive(s), {counts[a.id][2]} attribute error(s)</li>"
        for a in ordered
    )
    return f'<h2>Articles (most errors first)</h2>\n<ol class="index">{items}</ol>\n'


def _page_name(out: Path, corpus: Path) -> str:
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in corpus.stem or "corpus")
    return f"{out.stem}-{name}{out.suffix}"


def _html_section(
    article: _Article,
    report: EvalReport,
    predictions: dict[str, list[RecordLike]],
    texts: dict[str, str],
) -> str:
    errors = [error for error in report.errors if error.article == article.id]
    misses = [error.record for error in errors if error.type == "miss"]
    false_positives = [error.record for error in errors if error.type == "false_positive"]
    records = predictions.get(article.id, [])
    wrong = [m for m in report.attribute_errors if m.article == article.id]
    attribute_errors = [_with_mismatch(records, m) for m in wrong]
    title = (
        f"{article.id}: {len(misses)} missed, {len(false_positives)} false positive(s),"
        f" {len(wrong)} attribute error(s)"
    )
    return render_article_html(
        texts[article.id],
        records,
        misses=misses,
        false_positives=false_positives,
        attribute_errors=attribute_errors,
        title=title,
        anchor=_anchor(article.id),
    )


def _with_mismatch(records: Sequence[RecordLike], mismatch: AttributeMismatch) -> dict[str, Any]:
    """The predicted record a mismatch is about (found by kind and start), to be marked."""
    for record in records:
        data = dict(record) if not isinstance(record, BaseModel) else record.model_dump()
        if data.get("kind") == mismatch.kind and data.get("start") == mismatch.start:
            return dict(data)
    start = mismatch.start
    end = start + len(mismatch.text) if start is not None else None
    return {"kind": mismatch.kind, "text": mismatch.text, "start": start, "end": end}


def _baseline_step(args: argparse.Namespace, report: EvalReport, io: _Io) -> int:
    if args.baseline is None:
        return 0
    if args.update_baseline:
        save_baseline(report, args.baseline)
        io.say(f"baseline written to {args.baseline}")
        return 0
    if not args.baseline.is_file():
        raise UsageError(f"baseline {args.baseline} not found (create it with --update-baseline)")
    try:
        baseline = load_baseline(args.baseline)
    except ConfigError as exc:
        raise UsageError(str(exc)) from exc
    if sorted(baseline.articles) != sorted(report.articles):
        io.say("note: the baseline scored a different set of articles", style="yellow")
    regressions = compare(report, baseline, args.tolerance)
    if not regressions:
        io.say(f"no regression against {args.baseline} (tolerance {args.tolerance})")
        return 0
    _print_regressions(regressions, args.tolerance, io)
    return 1
