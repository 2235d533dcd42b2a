"""The extraction stages the pipeline components run, as plain functions over a context.

Each spaCy component (see `components/`) calls one stage; keeping the stages here, free of
spaCy, lets tests and other callers run them directly and keeps the components thin.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any, TypeVar, cast

from . import kinds
from .kinds.figure import rules as figures
from .kinds.firm import rules as firms
from .kinds.money import rules as money
from .kinds.target import rules as targets
from .kinds.year import rules as years
from .models import (
    ArticleMeta,
    FigureRecord,
    FirmRecord,
    MoneyRecord,
    PercentageRecord,
    PercentRole,
    Qualifier,
    Record,
    RecordBase,
    TargetRecord,
    YearRecord,
)
from .normalizers import attributes, quantities
from .normalizers.text import Sentences, split_sentences, unify_line_breaks
from .reader import ArticleParts, parse_article
from .rule_index import rule_id

# a line ending in ":" of at most this many words is a heading ("- In the first nine months
# of 2025:"); its one year dates the sentence under it
HEADING_WORDS = 8


@dataclass
class Context:
    """Everything the stages learn about one article; lives on `doc._.nevextract`."""

    text: str  # the article's text with every line break as \n (see `read_article`)
    parts: ArticleParts
    published: date | None
    sentences: Sentences
    source: str = ""  # the text as given, which record fields quote; "" when it is `text`
    firms: list[firms.Firm] = field(default_factory=list)
    year_mentions: list[years.YearMention] = field(default_factory=list)
    quantities: list[quantities.Quantity] = field(default_factory=list)
    figures: list[figures.Figure] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)

    @property
    def body(self) -> tuple[int, int]:
        return self.parts.body_start, self.parts.body_end

    def sentence_text(self, start: int, end: int | None = None) -> str:
        """The sentence of the record at text[start:end], cut to a window around the record
        when the sentence is longer than `SENTENCE_MAX_CHARS` (see `sentence_window`)."""
        s, e = self.sentences.range_at(start)
        return sentence_window(self.quoted, s, e, start, start if end is None else end)

    @property
    def quoted(self) -> str:
        """The text as given: record text and sentences quote it."""
        return self.source or self.text


# A record's `sentence` is its whole sentence up to this many characters; a longer one (a
# text with no sentence boundary) is cut to SENTENCE_CONTEXT_CHARS on each side of the
# record, so output stays linear in the input (docs/library.md).
SENTENCE_MAX_CHARS = 1000
SENTENCE_CONTEXT_CHARS = 300


def sentence_window(text: str, s: int, e: int, start: int, end: int) -> str:
    """text[s:e], or a window of it around text[start:end] cut at spaces when it is long."""
    if e - s <= SENTENCE_MAX_CHARS:
        return text[s:e]
    lo = max(s, start - SENTENCE_CONTEXT_CHARS)
    hi = min(e, max(end, start) + SENTENCE_CONTEXT_CHARS)
    if lo > s:  # start at a word: after the first space of the window, if it is before start
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < e:  # end at a word: before the last space of the window, if it is after end
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return text[lo:hi].strip()


def read_article(text: str, published: date | None = None) -> Context:
    """Header, footer, metadata and sentences of an article's text.

    The rules read the text with CR-only, U+2028/U+2029 and other line breaks written as
    \\n (one character for one, so offsets are the same); records quote the text as given."""
    source = text
    text = unify_line_breaks(text)
    parts = parse_article(text)
    when = published or parts.published
    return Context(
        text=text,
        parts=parts,
        published=when,
        sentences=split_sentences(text, parts.body_start, parts.body_end),
        source="" if text is source else source,
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
            _made(YearRecord, ctx, y.start, y.end, y.rule_id, value=y.value, role=y.role)
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
    scopes = _Scopes(ctx.sentences, ctx.year_mentions, amounts)

    # the last year stated before each offset, for "by then" (comparison bases and "since"
    # years are no such anchor)
    anchors = [y for y in ctx.year_mentions if not y.comparison and y.preposition != "since"]
    anchor_starts = [y.start for y in anchors]

    def earlier(sentence: tuple[int, int]) -> int | None:
        i = bisect.bisect_left(anchor_starts, sentence[0])
        return anchors[i - 1].value if i else None

    headings: dict[int, int | None] = {}

    def heading(index: int) -> int | None:
        """The one year of a short line ending in ":" right before sentence `index`."""
        if index not in headings:
            headings[index] = _heading_year(index)
        return headings[index]

    def _heading_year(index: int) -> int | None:
        return attributes.heading_year(
            text, ctx.sentences.spans, index, scopes.years_of, HEADING_WORDS
        )

    percentages: list[PercentageRecord] = []
    for q in kept:
        index, (sentence, local_years, local_amounts) = scopes.indexed(q.start)
        year = attributes.amount_year(
            text,
            attributes.Span(q.num_start, q.end),
            q.kind,
            sentence,
            local_years,
            local_amounts,
            earlier(sentence),
            heading(index),
        )
        if q.kind == "money":
            ctx.records.append(_money_record(ctx, q, year))
        else:
            clause = _clause_of(text, sentence, q.start)
            role = attributes.percentage_role(
                text, q.start, q.num_start, q.end, q.points, clause, sentence
            )
            restated = None if role else attributes.restated_amount(text, q.start, local_amounts)
            points = q.points
            if (
                role == "change"
                and not points
                and attributes.points_of_a_rate(text, q.num_start, q.end, sentence)
            ):
                points = True  # "gross margin was 28.28%, -0.55pct year on year"
            if restated is not None:
                # read as if the percentage stood where the amount it restates does
                role = attributes.percentage_role(
                    text,
                    restated.start,
                    restated.start,
                    q.end,
                    q.points,
                    _clause_of(text, sentence, restated.start),
                    sentence,
                )
            record = _made(
                PercentageRecord,
                ctx,
                q.start,
                q.end,
                q.rule_id,
                value=q.value,
                value_max=q.value_max,
                qualifier=cast("Qualifier | None", q.qualifier),
                points=points,
                role=cast("PercentRole | None", role),
                year=year,
            )
            percentages.append(record)
            ctx.records.append(record)
    _fill_compared_roles(text, percentages, ctx.sentences)
    durations = figures.duration_units()
    for f in ctx.figures:
        year = None
        # a duration ("12 consecutive years") is no amount of a calendar year
        last = (f.unit or "").rsplit(" ", 1)[-1]
        duration = last in durations and last in text[f.start : f.end].lower()
        if not (f.adjectival and f.quantity is not None) and not duration:
            index, (sentence, local_years, local_amounts) = scopes.indexed(f.start)
            year = attributes.amount_year(
                text,
                attributes.Span(f.num_start, f.end),
                "figure",
                sentence,
                local_years,
                local_amounts,
                earlier(sentence),
                heading(index),
            )
        ctx.records.append(
            _made(
                FigureRecord,
                ctx,
                f.start,
                f.end,
                _figure_rule(text, f, duration),
                value=f.value,
                value_max=f.value_max,
                unit=f.unit,
                qualifier=f.qualifier,
                year=year,
                quantity=f.quantity,
                quantity_max=f.quantity_max,
                si_unit=f.si_unit,
            )
        )


UNITS_FILE = "units/units.json"  # its `rules` rows: the ids of the unit dimensions
FIGURES_FILE = "numeric/figures.json"  # its `rules` rows: the ids of the counted forms


def _figure_rule(text: str, f: figures.Figure, duration: bool) -> str:
    """The record id of a figure: a physical unit by its dimension (the SI unit it converts
    to), a count by its form."""
    if f.rule_id == "figure.physical":  # the amount rule's branch: a unit of units.json
        return rule_id(UNITS_FILE, f.si_unit or "no SI unit")
    if f.rank:
        form = "rank"
    elif duration:
        form = "duration"
    elif f.adjectival:
        form = "hyphen"
    elif f.unit is None:
        form = "bare"
    elif not text[f.num_start : f.end].lstrip("-−+")[:1].isdigit():
        form = "number word"
    else:
        form = "noun"
    return rule_id(FIGURES_FILE, form)


# An amount's attributes (year, percentage role) read its sentence; a sentence longer than
# SCOPE_MAX_CHARS (a text without sentence boundaries) is read in blocks of SCOPE_BLOCK_CHARS
# with SCOPE_MARGIN_CHARS either side, so the work per amount stays bounded.
SCOPE_MAX_CHARS = 1000  # the longest sentence of corpus/ has 405
SCOPE_BLOCK_CHARS = 500
SCOPE_MARGIN_CHARS = 250

Scope = tuple[tuple[int, int], list[years.YearMention], list[attributes.Span]]


class _Scopes:
    """The range, years and amounts an amount's attributes may read (see SCOPE_MAX_CHARS)."""

    def __init__(
        self,
        sentences: Sentences,
        year_mentions: Sequence[years.YearMention],
        amounts: Sequence[attributes.Span],
    ) -> None:
        self._sentences = sentences
        # grouped by sentence, so each amount looks only at its own sentence (a whole-
        # article scan per amount is quadratic on long, number-dense texts)
        self._years: dict[int, list[years.YearMention]] = defaultdict(list)
        for y in year_mentions:
            self._years[sentences.index_at(y.start)].append(y)
        self._amounts: dict[int, list[attributes.Span]] = defaultdict(list)
        for a in amounts:
            self._amounts[sentences.index_at(a.start)].append(a)
        for group in self._amounts.values():
            group.sort()  # quantities, then figures: in text order for `_within`
        self._cache: dict[tuple[int, int], Scope] = {}

    def years_of(self, index: int) -> list[years.YearMention]:
        """The year mentions of sentence `index`."""
        return self._years[index]

    def indexed(self, offset: int) -> tuple[int, Scope]:
        """The index of the sentence holding `offset`, and the scope (one bisection for both)."""
        index = self._sentences.index_at(offset)
        spans = self._sentences.spans
        s, e = spans[index] if spans else (offset, offset)  # as Sentences.range_at
        block = -1 if e - s <= SCOPE_MAX_CHARS else (offset - s) // SCOPE_BLOCK_CHARS
        found = self._cache.get((index, block))
        if found is not None:
            return index, found
        found_years, found_amounts = self._years[index], self._amounts[index]
        if block >= 0:
            lo = max(s, s + block * SCOPE_BLOCK_CHARS - SCOPE_MARGIN_CHARS)
            hi = min(e, s + (block + 1) * SCOPE_BLOCK_CHARS + SCOPE_MARGIN_CHARS)
            s, e = lo, hi
            found_years = _within(found_years, lo, hi)
            found_amounts = _within(found_amounts, lo, hi)
        scope: Scope = ((s, e), found_years, found_amounts)
        self._cache[(index, block)] = scope
        return index, scope


_T = TypeVar("_T", years.YearMention, attributes.Span)


def _within(items: list[_T], lo: int, hi: int) -> list[_T]:
    """The items (in text order) that start in [lo, hi)."""
    i = bisect.bisect_left(items, lo, key=_item_start)
    j = bisect.bisect_left(items, hi, key=_item_start)
    return items[i:j]


def _item_start(item: years.YearMention | attributes.Span) -> int:
    return item.start


def _clause_of(text: str, sentence: tuple[int, int], offset: int) -> tuple[int, int]:
    i = attributes.clause_index(text, sentence, offset)
    clause = attributes.clause_ranges(text, *sentence)[i]
    return clause if clause[0] <= offset < clause[1] else sentence


def _fill_compared_roles(text: str, records: list[PercentageRecord], sentences: Sentences) -> None:
    """`up from 13.4 percent`, `against 18 per cent`: the role of the level compared with,
    the nearest percentage with a role before it in its sentence, else the first after it.
    One pass per sentence forwards and one backwards (records come in text order), so the
    cost is linear in the records, not in their pairs."""
    by_sentence: dict[int, list[PercentageRecord]] = defaultdict(list)
    for r in records:
        by_sentence[sentences.index_at(r.start)].append(r)
    for group in by_sentence.values():
        group.sort(key=_record_start)
        roles: list[str | None] = [r.role for r in group]  # as found, before any filling
        last: str | None = None
        before: list[str | None] = []
        for role in roles:
            before.append(last)
            last = role if role is not None else last
        nxt: str | None = None
        after: list[str | None] = [None] * len(group)
        for k in range(len(group) - 1, -1, -1):
            after[k] = nxt
            nxt = roles[k] if roles[k] is not None else nxt
        for k, r in enumerate(group):
            if roles[k] is None:
                source = before[k] or after[k]
                if source is not None:
                    r.role = cast("PercentRole", source)
        # "5.2% and 5.6% cheaper", "3% and 4% growth": the change word after the second of two
        # coordinated values is said of both
        for first, second in pairwise(group):
            if (
                second.role == "change"
                and first.role != "change"
                and first.end <= second.start
                and text[first.end : second.start] in _COORDINATING
            ):
                first.role = "change"


# what joins two coordinated values: "5.2% and 5.6% cheaper"
_COORDINATING = frozenset({" and ", " or ", ", and ", " to "})


def _record_start(record: Record) -> int:
    return record.start


def _money_record(ctx: Context, q: quantities.Quantity, year: int | None) -> MoneyRecord:
    record = _made(
        MoneyRecord,
        ctx,
        q.start,
        q.end,
        q.rule_id,
        value=q.value,
        value_max=q.value_max,
        currency=q.currency or "",
        qualifier=q.qualifier,
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
    # a goal amount is a record whose kind says how (`KindSpec.target_amount`); by kind name:
    # isinstance on pydantic's ABC-based models is slower
    as_amount = {spec.name: spec.target_amount for spec in kinds.registered()}
    for r in ctx.records:
        to_amount = as_amount.get(r.kind)
        if to_amount is not None:
            value, unit = to_amount(r)
            amounts.append(targets.Amount(r.start, r.end, value, unit))
        elif r.kind == "year":  # the deadlines the target stage marks
            year_records.append(r)
    amounts.sort(key=_start)
    # a huge sentence (a text without boundaries) is read in pieces: the cue checks of a
    # sentence cost its length times its cues
    sentences = ctx.sentences.bounded(ctx.text, SCOPE_MAX_CHARS)
    mentions = [m for f in ctx.firms for m in f.mentions]
    found = targets.find_targets(
        ctx.text, sentences, ctx.year_mentions, amounts, ctx.published, mentions
    )
    year_records.sort(key=_record_start)  # already in text order: a stable no-op
    year_starts = [r.start for r in year_records]
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
        _mark_deadline(ctx, t, year_records, year_starts, sentences)


def _start(amount: targets.Amount) -> int:
    return amount.start


def _mark_deadline(
    ctx: Context,
    target: targets.Target,
    year_records: Sequence[YearRecord],
    year_starts: Sequence[int],
    sentences: Sentences,
) -> None:
    """A year that is a target's deadline has role `target`, even in the year of
    publication ("aims to sell 4 million units in 2024", written in February 2024).
    `year_records` are the article's year records, in text order; `year_starts` their
    starts (only those from the target to its sentence's end are read)."""
    if target.year is None or ctx.published is None or target.year < ctx.published.year:
        return
    _, s_end = sentences.range_at(target.start)
    first = bisect.bisect_left(year_starts, target.start)
    last = bisect.bisect_left(year_starts, s_end, first)
    for r in year_records[first:last]:
        if r.role == "reference" and r.value == target.year:
            r.role = "target"
            r.rule_id = rule_id(years.YEAR_CUES_PATH, "deadline of a target")
            return


_R = TypeVar("_R", bound=RecordBase)


def _made(model: type[_R], ctx: Context, start: int, end: int, rule_id: str, **fields: Any) -> _R:
    """`model(**_located(ctx, start, end, rule_id), **fields)`: the same validation and the
    same fields set, without the constructor's second packing of the keywords (a record per
    amount of the article)."""
    quoted = ctx.source or ctx.text  # (as _located)
    s, e = ctx.sentences.range_at(start)
    fields["text"] = quoted[start:end]
    fields["start"] = start
    fields["end"] = end
    fields["sentence"] = sentence_window(quoted, s, e, start, end)
    fields["rule_id"] = rule_id
    return cast("_R", model.__pydantic_validator__.validate_python(fields))


def _located(ctx: Context, start: int, end: int, rule_id: str) -> dict[str, Any]:
    """The fields every record has: its text, offsets, sentence and the rule that made it."""
    quoted = ctx.source or ctx.text  # (ctx.quoted and ctx.sentence_text, inlined: per record)
    s, e = ctx.sentences.range_at(start)
    return {
        "text": quoted[start:end],
        "start": start,
        "end": end,
        "sentence": sentence_window(quoted, s, e, start, end),
        "rule_id": rule_id,
    }


def run_kind_extractors(ctx: Context) -> None:
    """Add the records of every registered kind that brings its own extractor
    (`KindSpec.extract`); the built-in kinds are made by the stages above."""
    for spec in kinds.registered():
        if spec.extract is not None:
            # its model is outside `Record`, the static union of the built-in kinds
            ctx.records.extend(cast("Iterable[Record]", spec.extract(ctx)))


def article_meta(ctx: Context, article_id: str = "article") -> ArticleMeta:
    """What the article's header says of it (the caller adds id, path and digest)."""
    parts = ctx.parts
    return ArticleMeta(
        id=article_id,
        title=parts.title,
        published=ctx.published,
        source=parts.source,
        site=parts.site,
    )


def ordered_records(ctx: Context) -> list[Record]:
    """Records in reading order (kind breaks ties so output is stable), none from the header
    lines that sit inside the body range (byline and dateline below a standfirst)."""
    skip = ctx.parts.skip
    if skip:
        kept = (_outside(r, skip, ctx.quoted) for r in ctx.records)
        records = [r for r in kept if r is not None]
    else:
        records = ctx.records
    # start, then the kind's registration order, then end; the sort is stable, so equal keys
    # keep record order
    rank = kinds.rank()
    return sorted(records, key=lambda r: (r.start, rank[r.kind], r.end))


def _outside(record: Record, skip: tuple[tuple[int, int], ...], text: str) -> Record | None:
    def hit(s: int, e: int) -> bool:
        return any(s < ke and e > ks for ks, ke in skip)

    if not skip:
        return record
    if not isinstance(record, FirmRecord):
        if not hit(record.start, record.end):
            return record
        # a clause that runs on past a skipped dateline opening its sentence ("Shanghai
        # (Gasgoo)-Guangzhou is ambitious to see ...") keeps its part after the dateline
        end = next((ke for ks, ke in skip if ks <= record.start < ke < record.end), None)
        if end is None or hit(end, record.end):
            return None
        start = end + len(text[end : record.end]) - len(text[end : record.end].lstrip())
        return record.model_copy(update={"start": start, "text": text[start : record.end]})
    mentions = [m for m in record.mentions if not hit(*m)]
    if not mentions:
        return None
    s, e = mentions[0]
    return record.model_copy(update={"mentions": mentions, "start": s, "end": e, "text": text[s:e]})
