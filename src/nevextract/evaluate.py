"""Score predicted records against gold records (SPEC.md section 5).

Per article and kind, predictions and gold are paired one-to-one, greedily: among the pairs
that satisfy the kind's match rule, overlapping spans go first, then the closest text, then
the nearest position. Unpaired gold records are misses (fn), unpaired predictions false
positives (fp). Attribute accuracy is measured over the matched pairs.

Records may be pydantic models or plain dicts. For gold, key *presence* matters (a gold
`year: null` is compared, a missing `year` is not); models contribute their set fields.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from nevextract import kinds
from nevextract.kinds.base import EPSILON as _EPSILON
from nevextract.kinds.base import Rec, within
from nevextract.kinds.figure import FIGURE_TOLERANCE, unit_matches
from nevextract.kinds.firm import LEGAL_SUFFIXES, firm_key
from nevextract.kinds.money import MONEY_TOLERANCE, USD_TOLERANCE
from nevextract.kinds.percentage import PERCENT_TOLERANCE
from nevextract.kinds.spec import Attribute
from nevextract.kinds.target import STOPWORDS, TARGET_COVERAGE, content_words, subject_matches

__all__ = [
    "ATTRIBUTES",
    "AttributeMismatch",
    "AttributeScore",
    "Error",
    "ErrorItem",
    "EvalReport",
    "KindScore",
    "MetadataMismatch",
    "MetadataScore",
    "RecordLike",
    "as_record",
    "content_words",
    "describe_key",
    "evaluate",
    "firm_key",
    "pair",
    "records_match",
    "score_metadata",
    "sentence_at",
    "subject_matches",
    "unit_matches",
    "within",
]
# The match rules, tolerances and attribute rules of each kind live in its package
# (`nevextract.kinds.<kind>`); they are re-exported here under their old names:
_REEXPORTED = (
    FIGURE_TOLERANCE,
    LEGAL_SUFFIXES,
    MONEY_TOLERANCE,
    PERCENT_TOLERANCE,
    STOPWORDS,
    TARGET_COVERAGE,
    USD_TOLERANCE,
    _EPSILON,
)

RecordLike = BaseModel | Mapping[str, Any]


class KindScore(BaseModel):
    """Counts and scores of one kind, or of all kinds together (`kind="overall"`)."""

    kind: str
    gold: int = 0
    pred: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 1.0


class AttributeScore(BaseModel):
    """Accuracy of one attribute over the matched pairs where gold has it."""

    name: str
    correct: int = 0
    total: int = 0
    accuracy: float = 1.0


class ErrorItem(BaseModel):
    """A miss (gold record not predicted) or a false positive (prediction matching no gold)."""

    type: Literal["miss", "false_positive"]
    article: str
    kind: str
    text: str
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    rule_id: str | None = None
    key: str = Field(description="the record's key value, e.g. '69210000000 CNY'")
    near: str | None = Field(
        default=None,
        description="an unpaired record of the other side overlapping this one (rule failed)",
    )
    record: dict[str, Any] = Field(default_factory=dict)


Error = ErrorItem  # the name the brief uses


class AttributeMismatch(BaseModel):
    """A matched pair whose attribute differs."""

    article: str
    kind: str
    text: str
    start: int | None = None
    attribute: str
    gold: Any = None
    predicted: Any = None


class MetadataMismatch(BaseModel):
    """An article whose title, published date or source differs from gold."""

    article: str
    field: str
    gold: Any = None
    predicted: Any = None


class MetadataScore(BaseModel):
    """Per-article accuracy of the article metadata (SPEC.md section 1)."""

    articles: int = 0
    title: int = 0  # articles whose title is right
    published: int = 0
    source: int = 0
    title_and_published: int = 0  # both right: the figure issue 12 asks for
    mismatches: list[MetadataMismatch] = Field(default_factory=list)


class EvalReport(BaseModel):
    """Everything `evaluate` measures; its JSON form is the baseline file format."""

    kinds: dict[str, KindScore]
    overall: KindScore
    attributes: dict[str, AttributeScore]
    errors: list[ErrorItem] = Field(default_factory=list)
    attribute_errors: list[AttributeMismatch] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    metadata: MetadataScore | None = None

    @property
    def misses(self) -> list[ErrorItem]:
        return [error for error in self.errors if error.type == "miss"]

    @property
    def false_positives(self) -> list[ErrorItem]:
        return [error for error in self.errors if error.type == "false_positive"]


# --------------------------------------------------------------------------- records


def as_record(record: RecordLike, *, keep_unset: bool = True) -> Rec:
    """A record as a JSON-like dict. With `keep_unset=False`, a model keeps only set fields."""
    if isinstance(record, BaseModel):
        data = record.model_dump(mode="json", exclude_unset=not keep_unset)
        data.setdefault("kind", getattr(record, "kind", None))
        return data
    return dict(record)


def _spans(record: Rec) -> list[tuple[int, int]]:
    """Where a record stands: its firm mentions, else its own offsets."""
    spans = [(int(m[0]), int(m[1])) for m in record.get("mentions") or () if len(m) == 2]
    if not spans and isinstance(record.get("start"), int) and isinstance(record.get("end"), int):
        spans = [(record["start"], record["end"])]
    return spans


def _overlaps(a: Rec, b: Rec) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in _spans(a) for s2, e2 in _spans(b))


def _distance(a: Rec, b: Rec) -> float:
    starts_a, starts_b = _spans(a), _spans(b)
    if not starts_a or not starts_b:
        return float("inf")
    return float(min(abs(x[0] - y[0]) for x in starts_a for y in starts_b))


def _similarity(a: Rec, b: Rec) -> float:
    text_a, text_b = str(a.get("text") or "").lower(), str(b.get("text") or "").lower()
    return difflib.SequenceMatcher(None, text_a, text_b).ratio()


# --------------------------------------------------------------------------- match rules


def records_match(pred: RecordLike, gold: RecordLike) -> bool:
    """The section 5 match rule: may `pred` be paired with `gold`?"""
    p, g = as_record(pred), as_record(gold, keep_unset=False)
    kind = g.get("kind")
    spec = kinds.get(kind) if isinstance(kind, str) else None
    return spec is not None and p.get("kind") == kind and spec.match(p, g)


# --------------------------------------------------------------------------- attributes

if TYPE_CHECKING:
    ATTRIBUTES: tuple[str, ...]  # the scored attributes' names, in kind order


def __getattr__(name: str) -> Any:
    if name == "ATTRIBUTES":  # a live view: a kind registered later adds its attributes
        return tuple(_attribute_names(kinds.names()))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _attribute_names(names: tuple[str, ...]) -> dict[str, None]:
    """Every attribute name of the registered kinds, in kind order; kinds that declare the
    same name (`qualifier`, `year`) share one score."""
    return {rule.name: None for spec in kinds.registered() for rule in spec.attributes}


def _applies(rule: Attribute, gold: Rec) -> bool:
    if rule.field not in gold:
        return False
    return rule.null_counts or gold[rule.field] is not None


# --------------------------------------------------------------------------- pairing


def pair(preds: Sequence[Rec], golds: Sequence[Rec]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of same-kind records: returns (pred index, gold index)."""
    candidates = []
    for gi, gold in enumerate(golds):
        spec = kinds.get(gold["kind"])
        if spec is None:
            continue
        rule = spec.match
        for pi, pred in enumerate(preds):
            if rule(pred, gold):
                # Overlap first, then text similarity, then nearest start.
                rank = (not _overlaps(pred, gold), -_similarity(pred, gold), _distance(pred, gold))
                candidates.append((rank, gi, pi))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _rank, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((pi, gi))
    return pairs


# --------------------------------------------------------------------------- report


def describe_key(record: Mapping[str, Any]) -> str:
    """The record's key value as a short string, e.g. '69210000000 CNY' or '2025'."""
    kind = record.get("kind")
    spec = kinds.get(kind) if isinstance(kind, str) else None
    if spec is None:
        return str(record.get("value"))
    return spec.describe(dict(record))


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around `text[start:end]`: from the previous terminator or line break to
    the next one (a cheap splitter, only for showing errors in context)."""
    boundary = re.compile(r"[.!?](?=\s)|\n")
    left = 0
    for match in boundary.finditer(text, 0, start):
        left = match.end()
    right_match = boundary.search(text, end)
    right = right_match.end() if right_match else len(text)
    return text[left:right].strip()


class _Tally:
    """Mutable counters while scoring; turned into the report at the end."""

    def __init__(self) -> None:
        self.counts = {kind: [0, 0, 0] for kind in kinds.names()}  # tp, fn, fp
        self.attributes = {name: [0, 0] for name in _attribute_names(kinds.names())}
        self.errors: list[ErrorItem] = []
        self.mismatches: list[AttributeMismatch] = []


def evaluate(
    predictions: Mapping[str, Sequence[RecordLike]],
    gold: Mapping[str, Sequence[RecordLike]],
    *,
    texts: Mapping[str, str] | None = None,
) -> EvalReport:
    """Score `predictions` against `gold`, both mapping article id -> records.

    Only articles in `gold` are scored (predictions for other ids are ignored; a gold
    article without predictions is all misses). Records of kinds not registered in
    `nevextract.kinds` are ignored. `texts` (article id -> text) lets errors without a
    `sentence` get one.

    Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean. A 0/0 is
    1.0 only when there is nothing to find *and* nothing predicted; otherwise an empty
    denominator gives 0.0 (so F1 is 0 when only one side has records). Attribute accuracy
    with nothing to compare is likewise 1.0 (its `total` shows 0).
    """
    tally = _Tally()
    for article in sorted(gold):
        preds = [as_record(r) for r in predictions.get(article, ())]
        golds = [as_record(r, keep_unset=False) for r in gold[article]]
        text = (texts or {}).get(article)
        for kind in kinds.names():
            _score_kind(
                tally,
                article,
                kind,
                [r for r in preds if r.get("kind") == kind],
                [r for r in golds if r.get("kind") == kind],
                text,
            )
    return _report(tally, sorted(gold))


def _score_kind(
    tally: _Tally, article: str, kind: str, preds: list[Rec], golds: list[Rec], text: str | None
) -> None:
    pairs = pair(preds, golds)
    paired_p = {pi for pi, _ in pairs}
    paired_g = {gi for _, gi in pairs}
    kind_counts = tally.counts[kind]
    kind_counts[0] += len(pairs)
    kind_counts[1] += len(golds) - len(pairs)
    kind_counts[2] += len(preds) - len(pairs)
    for pi, gi in pairs:
        _score_attributes(tally, article, preds[pi], golds[gi])
    free_p = [p for i, p in enumerate(preds) if i not in paired_p]
    free_g = [g for i, g in enumerate(golds) if i not in paired_g]
    tally.errors.extend(_error(article, "miss", g, free_p, text) for g in free_g)
    tally.errors.extend(_error(article, "false_positive", p, free_g, text) for p in free_p)


def _score_attributes(tally: _Tally, article: str, pred: Rec, gold: Rec) -> None:
    spec = kinds.get(gold["kind"])
    for rule in spec.attributes if spec is not None else ():
        if not _applies(rule, gold):
            continue
        counts = tally.attributes[rule.name]
        counts[1] += 1
        if rule.same(pred.get(rule.field), gold[rule.field]):
            counts[0] += 1
            continue
        tally.mismatches.append(
            AttributeMismatch(
                article=article,
                kind=gold["kind"],
                text=str(gold.get("text")),
                start=gold.get("start"),
                attribute=rule.name,
                gold=gold[rule.field],
                predicted=pred.get(rule.field),
            )
        )


def _error(
    article: str,
    kind: Literal["miss", "false_positive"],
    record: Rec,
    others: Iterable[Rec],
    text: str | None,
) -> ErrorItem:
    start, end = record.get("start"), record.get("end")
    sentence = record.get("sentence") or None
    if sentence is None and text is not None and isinstance(start, int) and isinstance(end, int):
        sentence = sentence_at(text, start, end)
    near = next((other for other in others if _overlaps(record, other)), None)
    return ErrorItem(
        type=kind,
        article=article,
        kind=str(record.get("kind")),
        text=str(record.get("text") or ""),
        start=start if isinstance(start, int) else None,
        end=end if isinstance(end, int) else None,
        sentence=sentence,
        rule_id=record.get("rule_id") if kind == "false_positive" else None,
        key=describe_key(record),
        near=f"{near.get('text')!r} = {describe_key(near)}" if near else None,
        record=record,
    )


def _score(kind: str, tp: int, fn: int, fp: int) -> KindScore:
    gold, pred = tp + fn, tp + fp
    nothing_at_all = gold == 0 and pred == 0
    precision = tp / pred if pred else (1.0 if nothing_at_all else 0.0)
    recall = tp / gold if gold else (1.0 if nothing_at_all else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return KindScore(
        kind=kind,
        gold=gold,
        pred=pred,
        tp=tp,
        fn=fn,
        fp=fp,
        precision=precision,
        recall=recall,
        f1=f1,
    )


def _report(tally: _Tally, articles: list[str]) -> EvalReport:
    kinds = {kind: _score(kind, *counts) for kind, counts in tally.counts.items()}
    totals = [sum(counts[i] for counts in tally.counts.values()) for i in range(3)]
    attributes = {
        name: AttributeScore(
            name=name, correct=correct, total=total, accuracy=correct / total if total else 1.0
        )
        for name, (correct, total) in tally.attributes.items()
    }
    return EvalReport(
        kinds=kinds,
        overall=_score("overall", *totals),
        attributes=attributes,
        errors=tally.errors,
        attribute_errors=tally.mismatches,
        articles=articles,
    )


# --------------------------------------------------------------------------- metadata

_METADATA_FIELDS = ("title", "published", "source")


def _metadata_value(field: str, value: Any) -> str | None:
    """Titles compare with whitespace collapsed, sources also case-folded, dates as ISO."""
    if value is None:
        return None
    text = " ".join(str(value.isoformat() if hasattr(value, "isoformat") else value).split())
    return text.casefold() if field == "source" else text or None


def score_metadata(
    predicted: Mapping[str, Mapping[str, Any]], gold: Mapping[str, Mapping[str, Any]]
) -> MetadataScore:
    """Score title, published and source of every gold article that has a prediction
    (article id -> {"title", "published", "source"}); a gold `null` must be predicted null."""
    score = MetadataScore()
    for article in sorted(gold.keys() & predicted.keys()):
        score.articles += 1
        right = {}
        for field in _METADATA_FIELDS:
            want = _metadata_value(field, gold[article].get(field))
            got = _metadata_value(field, predicted[article].get(field))
            right[field] = want == got
            if want == got:
                setattr(score, field, getattr(score, field) + 1)
            else:
                score.mismatches.append(
                    MetadataMismatch(
                        article=article,
                        field=field,
                        gold=gold[article].get(field),
                        predicted=predicted[article].get(field),
                    )
                )
        score.title_and_published += right["title"] and right["published"]
    return score
