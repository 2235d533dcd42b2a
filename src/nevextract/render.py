"""Render articles with their records highlighted, as standalone HTML (no external assets).

Each record span becomes `<mark class="rec kind-<kind>">` with a hover `title` and a small
visible label holding its normalised value. Overlapping spans (a target holding a figure)
are nested where they nest and split at the boundaries where they cross, so the markup is
always well formed. Misses (gold not predicted) and false positives get their own classes.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from nevextract import kinds
from nevextract.kinds.base import format_number

__all__ = [
    "format_number",
    "record_label",
    "record_title",
    "render_article_html",
    "render_page",
]

RecordLike = BaseModel | Mapping[str, Any]
Rec = dict[str, Any]

_STATUS_CLASS = {"": "", "miss": "miss", "fp": "fp", "attr": "attr"}
_STATUS_TEXT = {
    "": "",
    "attr": "ATTRIBUTE ERROR: matched, but an attribute differs from gold",
    "miss": "MISSED: gold record not predicted",
    "fp": "FALSE POSITIVE: prediction matching no gold record",
}


@dataclass(frozen=True)
class _Span:
    """One highlighted stretch of text; a firm yields one per mention."""

    start: int
    end: int
    kind: str
    status: str  # "", "miss" or "fp"
    label: str
    title: str
    order: int  # input order, to keep ties stable


# --------------------------------------------------------------------------- labels


def record_label(record: RecordLike) -> str:
    """The short normalised value shown next to a highlighted record (its kind's `label`)."""
    rec = _as_record(record)
    kind = rec.get("kind")
    spec = kinds.get(kind) if isinstance(kind, str) else None
    return str(rec.get("text")) if spec is None else spec.label(rec)


def record_title(record: RecordLike, status: str = "") -> str:
    """The hover text: kind, surface text, every normalised field, rule id and status."""
    rec = _as_record(record)
    parts = [f"{rec.get('kind')}: {rec.get('text')}"]
    spec = kinds.get(str(rec.get("kind")))
    fields, plain_fields = (spec.title_fields, spec.plain_fields) if spec else ((), ())
    for field in fields:
        value = rec.get(field)
        if value is None or value == [] or value is False:
            continue
        # calendar years and the like read badly with a thousands separator ("2,025")
        plain = field in plain_fields
        shown = ", ".join(value) if isinstance(value, list) else _title_value(value, plain)
        parts.append(f"{field}: {shown}")
    if rec.get("rule_id"):
        parts.append(f"rule: {rec['rule_id']}")
    if _STATUS_TEXT.get(status):
        parts.append(_STATUS_TEXT[status])
    return " | ".join(parts)


def _title_value(value: Any, plain: bool) -> str:
    return str(value) if plain else format_number(value)


# --------------------------------------------------------------------------- spans


def _as_record(record: RecordLike) -> Rec:
    if isinstance(record, BaseModel):
        data = record.model_dump(mode="json")
        data.setdefault("kind", getattr(record, "kind", None))
        return data
    return dict(record)


def _offsets(rec: Rec) -> list[tuple[int, int]]:
    """Where a record is drawn: each firm mention, else the record's own offsets."""
    mentions = [tuple(m) for m in rec.get("mentions") or () if len(m) == 2]
    if mentions:
        return [(int(m[0]), int(m[1])) for m in mentions]
    start, end = rec.get("start"), rec.get("end")
    return [(start, end)] if isinstance(start, int) and isinstance(end, int) else []


def _collect(
    text: str, groups: Iterable[tuple[str, Iterable[RecordLike]]]
) -> tuple[list[_Span], list[tuple[Rec, str]]]:
    """Spans inside the text, and the records that cannot be placed in it."""
    spans: dict[tuple[str, int, int, str], _Span] = {}
    unplaced: list[tuple[Rec, str]] = []
    for status, records in groups:
        for record in records:
            rec = _as_record(record)
            placed = [(s, e) for s, e in _offsets(rec) if 0 <= s < e <= len(text)]
            if not placed:
                unplaced.append((rec, status))
            for start, end in placed:
                # A false positive also passed among `records` is drawn once, as a false positive.
                key = (str(rec.get("kind")), start, end, "miss" if status == "miss" else "")
                spans[key] = _Span(
                    start,
                    end,
                    key[0],
                    status,
                    record_label(rec),
                    record_title(rec, status),
                    len(spans) if key not in spans else spans[key].order,
                )
    return sorted(spans.values(), key=lambda s: (s.start, -s.end, s.order)), unplaced


def _classes(kind: Any, status: str, continued: bool = False) -> str:
    # Only known kinds reach the class attribute: record data never shapes the markup.
    safe_kind = kind if isinstance(kind, str) and kinds.get(kind) is not None else "other"
    classes = ["rec", f"kind-{safe_kind}", _STATUS_CLASS.get(status, "")]
    if continued:
        classes.append("cont")
    return " ".join(c for c in classes if c)


def _open_tag(span: _Span, continued: bool) -> str:
    classes = _classes(span.kind, span.status, continued)
    return f'<mark class="{classes}" title="{html.escape(span.title, quote=True)}">'


def _close_tag(span: _Span, final: bool) -> str:
    label = f'<span class="label">{html.escape(span.label)}</span>' if final else ""
    return f"{label}</mark>"


def _markup(text: str, spans: Sequence[_Span]) -> str:
    """Escape `text` and wrap every span, splitting spans where they cross.

    Tags are only ever closed from the top of a stack, so the result is well formed: at a
    boundary, spans above one that ends there are closed and reopened as continuations.
    """
    starting: dict[int, list[_Span]] = defaultdict(list)
    for span in spans:
        starting[span.start].append(span)
    boundaries = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[_Span] = []
    position = 0
    for boundary in boundaries:
        out.append(html.escape(text[position:boundary]))
        position = boundary
        reopen: list[_Span] = []
        while any(span.end == boundary for span in stack):
            top = stack.pop()
            final = top.end == boundary
            out.append(_close_tag(top, final))
            if not final:
                reopen.append(top)
        # Outermost (longest) first, so spans that nest are nested without splitting.
        for span in sorted(reopen + starting[boundary], key=lambda s: (-s.end, s.order)):
            out.append(_open_tag(span, continued=span in reopen))
            stack.append(span)
    return "".join(out)


def _unplaced_list(unplaced: Sequence[tuple[Rec, str]]) -> str:
    if not unplaced:
        return ""
    items = "".join(
        f'<li><mark class="{_classes(rec.get("kind"), status)}"'
        f' title="{html.escape(record_title(rec, status), quote=True)}">'
        f"{html.escape(str(rec.get('text')))}"
        f'<span class="label">{html.escape(record_label(rec))}</span></mark></li>'
        for rec, status in unplaced
    )
    note = '<p class="note">Records without offsets in this text:</p>'
    return f'{note}<ul class="unplaced">{items}</ul>'


# --------------------------------------------------------------------------- public


def render_article_html(
    text: str,
    records: Iterable[RecordLike],
    *,
    misses: Iterable[RecordLike] = (),
    false_positives: Iterable[RecordLike] = (),
    attribute_errors: Iterable[RecordLike] = (),
    title: str | None = None,
    anchor: str | None = None,
) -> str:
    """One article as an HTML `<section>` with its records highlighted.

    `records` are drawn by kind; `misses` (gold records not predicted) and
    `false_positives` (predictions matching no gold) get the `miss` / `fp` classes, and
    `attribute_errors` (matched predictions with a wrong unit, year, role ...) the `attr`
    class. Records whose offsets do not fall inside `text` are listed under it instead.
    `anchor` is the section's `id` (for links from an index).
    """
    groups = (("", records), ("attr", attribute_errors), ("fp", false_positives), ("miss", misses))
    spans, unplaced = _collect(text, groups)
    heading = f"<h2>{html.escape(title)}</h2>" if title else ""
    body = f'<div class="text">{_markup(text, spans)}</div>'
    ident = f' id="{html.escape(anchor, quote=True)}"' if anchor else ""
    return f'<section class="article"{ident}>{heading}{body}{_unplaced_list(unplaced)}</section>\n'


_OTHER_COLOUR = "#e0e0e0"

_CSS = """
body { font: 15px/1.6 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
section.article { border-top: 1px solid #ccc; padding: 1em 0; }
.text { white-space: pre-wrap; }
mark.rec { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.kind-target { border-bottom: 2px solid #e08a2c; }
mark.miss { outline: 2px dashed #d00000; }
mark.fp { outline: 2px dotted #ff7a00; text-decoration: underline wavy #ff7a00; }
mark.attr { outline: 2px solid #7a3cff; }
table.scores { border-collapse: collapse; margin: 0.5em 0 1em; }
table.scores th, table.scores td { border: 1px solid #ccc; padding: 2px 8px; text-align: right; }
table.scores th:first-child, table.scores td:first-child { text-align: left; }
mark.cont { border-top-left-radius: 0; border-bottom-left-radius: 0; }
.label { font-size: 0.7em; background: #444; color: #fff; border-radius: 3px;
         padding: 0 3px; margin-left: 2px; vertical-align: super; white-space: nowrap;
         text-decoration: none; display: inline-block; }
.legend mark { margin-right: 0.6em; }
.note { color: #666; font-size: 0.9em; }
"""


def _css() -> str:
    colours = "".join(
        f"mark.kind-{spec.name} {{ background: {spec.colour}; }}\n" for spec in kinds.registered()
    )
    colours += f"mark.kind-other {{ background: {_OTHER_COLOUR}; }}\n"
    # Status colours come after the kind colours so they win.
    return colours + _CSS


def _legend() -> str:
    legend = "".join(f'<mark class="rec kind-{kind}">{kind}</mark>' for kind in kinds.names())
    states = (
        '<mark class="rec kind-other miss">missed (gold, not predicted)</mark>'
        '<mark class="rec kind-other fp">false positive (predicted, not in gold)</mark>'
        '<mark class="rec kind-other attr">attribute error (matched, an attribute wrong)</mark>'
    )
    return f'<p class="legend">{legend}{states}</p>'


def render_page(sections: Iterable[str], title: str, head: str = "") -> str:
    """A standalone HTML page (inline CSS, no scripts, nothing fetched) holding `sections`;
    `head` (HTML, e.g. a scores table and an index) comes first, under the title."""
    escaped = html.escape(title)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escaped}</title>\n<style>{_css()}</style>\n</head>\n<body>\n"
        f"<h1>{escaped}</h1>\n{head}{_legend()}\n{''.join(sections)}</body>\n</html>\n"
    )
