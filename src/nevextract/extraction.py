"""The extraction stages the pipeline components run, as plain functions over a context.

Each spaCy component (see `components/`) calls one stage; keeping the stages here, free of
spaCy, lets tests and other callers run them directly and keeps the components thin.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from .models import (
    FigureRecord,
    FirmRecord,
    MoneyRecord,
    PercentageRecord,
    PercentRole,
    Qualifier,
    Record,
    TargetRecord,
    YearRecord,
)
from .normalizers import attributes, figures, firms, money, quantities, targets, years
from .normalizers.text import Sentences, split_sentences
from .reader import ArticleParts, parse_article

# a line ending in ":" of at most this many words is a heading ("- In the first nine months
# of 2025:"); its one year dates the sentence under it
HEADING_WORDS = 8


@dataclass
class Context:
    """Everything the stages learn about one article; lives on `doc._.nevextract`."""

    text: str
    parts: ArticleParts
    published: date | None
    sentences: Sentences
    firms: list[firms.Firm] = field(default_factory=list)
    year_mentions: list[years.YearMention] = field(default_factory=list)
    quantities: list[quantities.Quantity] = field(default_factory=list)
    figures: list[figures.Figure] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)

    @property
    def body(self) -> tuple[int, int]:
        return self.parts.body_start, self.parts.body_end

    def sentence_text(self, offset: int) -> str:
        s, e = self.sentences.range_at(offset)
        return self.text[s:e]


def read_article(text: str, published: date | None = None) -> Context:
    """Header, footer, metadata and sentences of an article's text."""
    parts = parse_article(text)
    when = published or parts.published
    return Context(
        text=text,
        parts=parts,
        published=when,
        sentences=split_sentences(text, parts.body_start, parts.body_end),
    )


def find_firm_records(
    ctx: Context,
    lexicon: Sequence[firms.LexiconSpan],
    extra_candidates: Sequence[firms.LexiconSpan] = (),
) -> None:
    """Firms of the body; `extra_candidates` (NER ORG spans) pass the same filters."""
    start, end = ctx.body
    in_body = [x for x in lexicon if start <= x.start and x.end <= end]
    extra = [x for x in extra_candidates if start <= x.start and x.end <= end]
    ctx.firms = firms.find_firms(ctx.text, start, end, in_body, extra_candidates=extra)
    for f in ctx.firms:
        s, e = f.mentions[0]
        ctx.records.append(
            FirmRecord(
                **_located(ctx, s, e, f.rule_id),
                name=f.name,
                aliases=f.aliases,
                mentions=list(f.mentions),
            )
        )


def find_amount_records(ctx: Context) -> None:
    """Years, money, percentages and figures, with the attributes that link them."""
    start, end = ctx.body
    text = ctx.text
    ctx.year_mentions = years.find_years(text, start, end, ctx.published)
    ctx.quantities = quantities.scan(text, start, end)
    name_spans = [m for f in ctx.firms for m in f.mentions]
    ctx.figures = figures.find_figures(
        text, ctx.quantities, ctx.sentences, ctx.year_mentions, name_spans
    )
    for y in ctx.year_mentions:
        ctx.records.append(
            YearRecord(
                **_located(ctx, y.start, y.end, y.rule_id),
                value=y.value,
                role=y.role,
            )
        )
    year_spans = figures.SpanIndex([(y.start, y.end) for y in ctx.year_mentions])
    kept = [
        q
        for q in ctx.quantities
        if q.kind != "number" and not year_spans.overlaps(q.num_start, q.end)
    ]
    amounts = [attributes.Span(q.num_start, q.end) for q in kept] + [
        attributes.Span(f.num_start, f.end) for f in ctx.figures
    ]
    # years and amounts grouped by sentence, so each amount looks only at its own sentence
    # (a whole-article scan per amount is quadratic on long, number-dense texts)
    years_in: dict[int, list[years.YearMention]] = defaultdict(list)
    for y in ctx.year_mentions:
        years_in[ctx.sentences.index_at(y.start)].append(y)
    amounts_in: dict[int, list[attributes.Span]] = defaultdict(list)
    for a in amounts:
        amounts_in[ctx.sentences.index_at(a.start)].append(a)
    for in_sentence in amounts_in.values():
        in_sentence.sort()  # amount_year bisects them

    def by_sentence(offset: int) -> tuple[list[years.YearMention], list[attributes.Span]]:
        index = ctx.sentences.index_at(offset)
        return years_in[index], amounts_in[index]

    # the last year stated before each offset, for "by then" (comparison bases and "since"
    # years are no such anchor)
    anchors = [y for y in ctx.year_mentions if not y.comparison and y.preposition != "since"]
    anchor_starts = [y.start for y in anchors]

    def earlier(sentence: tuple[int, int]) -> int | None:
        i = bisect_left(anchor_starts, sentence[0])
        return anchors[i - 1].value if i else None

    headings: dict[int, int | None] = {}

    def heading(sentence: tuple[int, int]) -> int | None:
        """The one year of a short line ending in ":" right before the sentence."""
        index = ctx.sentences.index_at(sentence[0])
        if index not in headings:
            headings[index] = _heading_year(index)
        return headings[index]

    def _heading_year(index: int) -> int | None:
        if index == 0:
            return None
        h_start, h_end = ctx.sentences.spans[index - 1]
        line = text[h_start:h_end].rstrip()
        if not line.endswith(":") or len(line.split()) > HEADING_WORDS:
            return None
        stated = [y for y in years_in[index - 1] if not y.comparison and y.role != "period"]
        return stated[0].value if len(stated) == 1 else None

    percentages: list[PercentageRecord] = []
    for q in kept:
        sentence = ctx.sentences.range_at(q.start)
        local_years, local_amounts = by_sentence(q.start)
        year = attributes.amount_year(
            text,
            attributes.Span(q.num_start, q.end),
            q.kind,
            sentence,
            local_years,
            local_amounts,
            earlier(sentence),
            heading(sentence),
        )
        if q.kind == "money":
            ctx.records.append(_money_record(ctx, q, year))
        else:
            clause = _clause_of(text, sentence, q.start)
            role = attributes.percentage_role(text, q.start, q.num_start, q.end, q.points, clause)
            record = PercentageRecord(
                **_located(ctx, q.start, q.end, q.rule_id),
                value=q.value,
                value_max=q.value_max,
                qualifier=cast("Qualifier | None", q.qualifier),
                points=q.points,
                role=cast("PercentRole | None", role),
                year=year,
            )
            percentages.append(record)
            ctx.records.append(record)
    _fill_compared_roles(percentages)
    durations = figures.duration_units()
    for f in ctx.figures:
        sentence = ctx.sentences.range_at(f.start)
        year = None
        # a duration ("12 consecutive years") is no amount of a calendar year
        last = (f.unit or "").rsplit(" ", 1)[-1]
        duration = last in durations and last in text[f.start : f.end].lower()
        if not (f.adjectival and f.quantity is not None) and not duration:
            local_years, local_amounts = by_sentence(f.start)
            year = attributes.amount_year(
                text,
                attributes.Span(f.num_start, f.end),
                "figure",
                sentence,
                local_years,
                local_amounts,
                earlier(sentence),
                heading(sentence),
            )
        ctx.records.append(
            FigureRecord(
                **_located(ctx, f.start, f.end, f.rule_id),
                value=f.value,
                value_max=f.value_max,
                unit=f.unit,
                qualifier=f.qualifier,  # type: ignore[arg-type]
                year=year,
                quantity=f.quantity,
                quantity_max=f.quantity_max,
                si_unit=f.si_unit,
            )
        )


def _clause_of(text: str, sentence: tuple[int, int], offset: int) -> tuple[int, int]:
    i = attributes.clause_index(text, sentence, offset)
    clause = attributes.clause_ranges(text, *sentence)[i]
    return clause if clause[0] <= offset < clause[1] else sentence


def _fill_compared_roles(records: list[PercentageRecord]) -> None:
    """`up from 13.4 percent`, `against 18 per cent`: the role of the level compared with.

    A percentage without a role takes that of the nearest one before it in its sentence
    (filled ones count), else of the first one after it that has a role. One pass per
    sentence: comparing every pair of a sentence's percentages is quadratic."""
    by_sentence: dict[str, list[PercentageRecord]] = defaultdict(list)
    for r in records:
        by_sentence[r.sentence].append(r)
    for group in by_sentence.values():
        group.sort(key=lambda r: r.start)
        following: list[str | None] = [None] * len(group)  # first stated role after each
        ahead: str | None = None
        for i in range(len(group) - 1, -1, -1):
            following[i] = ahead
            if group[i].role is not None:
                ahead = group[i].role
        last: str | None = None
        for i, r in enumerate(group):
            if r.role is None:
                r.role = cast("PercentRole | None", last or following[i])
            last = r.role or last


def _money_record(ctx: Context, q: quantities.Quantity, year: int | None) -> MoneyRecord:
    record = MoneyRecord(
        **_located(ctx, q.start, q.end, q.rule_id),
        value=q.value,
        value_max=q.value_max,
        currency=q.currency or "",
        qualifier=q.qualifier,  # type: ignore[arg-type]
        year=year,
    )
    if q.currency == "USD":
        record.usd, record.usd_max, record.usd_basis = q.value, q.value_max, "identity"
    elif q.usd_basis == "stated":
        record.usd, record.usd_max, record.usd_basis = q.usd, q.usd_max, "stated"
    else:
        when = year or (ctx.published.year if ctx.published else None)
        month = ctx.published.month if ctx.published and year is None else None
        conv = money.convert(q.value, q.value_max, q.currency or "", when, month) if when else None
        if conv is not None:
            record.usd, record.usd_max, record.usd_basis = conv.usd, conv.usd_max, "rate"
            record.usd_rate, record.usd_rate_date = conv.usd_per_unit, conv.period
    return record


def find_target_records(ctx: Context) -> None:
    amounts: list[targets.Amount] = []
    year_records: list[YearRecord] = []
    for r in ctx.records:  # by kind: isinstance on pydantic's ABC-based models is slower
        if r.kind == "money":
            amounts.append(targets.Amount(r.start, r.end, r.value, r.currency))
        elif r.kind == "figure":
            amounts.append(targets.Amount(r.start, r.end, r.value, r.unit))
        elif r.kind == "percentage":
            amounts.append(targets.Amount(r.start, r.end, r.value, "percent"))
        elif r.kind == "year":
            year_records.append(r)
    amounts.sort(key=_start)
    found = targets.find_targets(ctx.text, ctx.sentences, ctx.year_mentions, amounts, ctx.published)
    for t in found:
        ctx.records.append(
            TargetRecord(
                **_located(ctx, t.start, t.end, t.rule_id),
                year=t.year,
                value=t.value,
                unit=t.unit,
                subject=t.subject,
            )
        )
        _mark_deadline(ctx, t, year_records)


def _start(amount: targets.Amount) -> int:
    return amount.start


def _mark_deadline(
    ctx: Context, target: targets.Target, year_records: Sequence[YearRecord]
) -> None:
    """A year that is a target's deadline has role `target`, even in the year of
    publication ("aims to sell 4 million units in 2024", written in February 2024).
    `year_records` are the article's year records, in record order."""
    if target.year is None or ctx.published is None or target.year < ctx.published.year:
        return
    _, s_end = ctx.sentences.range_at(target.start)
    for r in year_records:
        if r.role == "reference" and r.value == target.year and target.start <= r.start < s_end:
            r.role = "target"
            r.rule_id = "year.deadline"
            return


def _located(ctx: Context, start: int, end: int, rule_id: str) -> dict[str, Any]:
    """The fields every record has: its text, offsets, sentence and the rule that made it."""
    return {
        "text": ctx.text[start:end],
        "start": start,
        "end": end,
        "sentence": ctx.sentence_text(start),
        "rule_id": rule_id,
    }


# kind breaks ties of position so the output order is stable
_KIND_ORDER = {"money": 0, "percentage": 1, "figure": 2, "year": 3, "firm": 4, "target": 5}


def ordered_records(ctx: Context) -> list[Record]:
    """Records in reading order (kind breaks ties so output is stable), none from the header
    lines that sit inside the body range (byline and dateline below a standfirst)."""
    skip = ctx.parts.skip
    if skip:
        kept = (_outside(r, skip, ctx.text) for r in ctx.records)
        records = [r for r in kept if r is not None]
    else:
        records = ctx.records
    # the key (start, kind, end, index) packed into one integer: integers sort several
    # times faster than tuples; the index keeps equal keys in record order (a stable sort)
    n, span = len(records), len(ctx.text) + 1
    keys = [
        ((r.start * 6 + _KIND_ORDER[r.kind]) * span + r.end) * n + i for i, r in enumerate(records)
    ]
    keys.sort()
    return [records[k % n] for k in keys]


def _outside(record: Record, skip: tuple[tuple[int, int], ...], text: str) -> Record | None:
    def hit(s: int, e: int) -> bool:
        return any(s < ke and e > ks for ks, ke in skip)

    if not skip:
        return record
    if not isinstance(record, FirmRecord):
        return None if hit(record.start, record.end) else record
    mentions = [m for m in record.mentions if not hit(*m)]
    if not mentions:
        return None
    s, e = mentions[0]
    return record.model_copy(update={"mentions": mentions, "start": s, "end": e, "text": text[s:e]})
