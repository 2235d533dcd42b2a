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
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from pydantic import BaseModel, Field

from nevextract.models import KINDS

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
    "unit_matches",
    "within",
]

RecordLike = BaseModel | Mapping[str, Any]
Rec = dict[str, Any]

_QUALIFIED_KINDS = ("money", "percentage", "figure")

MONEY_TOLERANCE = 0.005  # relative
PERCENT_TOLERANCE = 0.005  # absolute, in percent
FIGURE_TOLERANCE = 1e-6  # relative
USD_TOLERANCE = 0.02  # relative
TARGET_COVERAGE = (2, 5)  # 40 %, as a fraction so the boundary is exact
_EPSILON = 1e-9  # absorbs float noise at the tolerance boundaries

# Legal-form words dropped from the end of a firm name (SPEC.md section 5).
LEGAL_SUFFIXES = frozenset(
    {"co", "ltd", "inc", "corp", "corporation", "limited", "company", "llc", "ag", "se", "sa"}
    | {"plc"}
)

# NLTK's English stopword list: what "content words" leave out.
_STOPWORD_LIST = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against between
    into through during before after above below to from up down in out on off over under again
    further then once here there when where why how all any both each few more most other some
    such no nor not only own same so than too very s t can will just don should now d ll m o re
    ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn
    weren won wouldn
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


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


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def within(pred: Any, gold: Any, tolerance: float) -> bool:
    """Is `pred` within `tolerance` (relative) of `gold`? False unless both are numbers."""
    p, g = _number(pred), _number(gold)
    if p is None or g is None:
        return False
    return abs(p - g) <= tolerance * abs(g) + _EPSILON * max(1.0, abs(g))


def _money_match(pred: Rec, gold: Rec) -> bool:
    same_currency = str(pred.get("currency") or "").upper() == str(gold.get("currency")).upper()
    return same_currency and within(pred.get("value"), gold.get("value"), MONEY_TOLERANCE)


def _percentage_match(pred: Rec, gold: Rec) -> bool:
    p, g = _number(pred.get("value")), _number(gold.get("value"))
    if p is None or g is None:
        return False
    # Missing `points` means plain percent.
    same_points = bool(pred.get("points")) == bool(gold.get("points"))
    return same_points and abs(p - g) <= PERCENT_TOLERANCE + _EPSILON


def _figure_match(pred: Rec, gold: Rec) -> bool:
    return within(pred.get("value"), gold.get("value"), FIGURE_TOLERANCE)


def _year_match(pred: Rec, gold: Rec) -> bool:
    value = _number(gold.get("value"))
    return value is not None and _number(pred.get("value")) == value


def firm_key(name: str) -> str:
    """Normalise a firm name: case-fold, drop punctuation and trailing legal suffixes.

    >>> firm_key("BYD Co., Ltd.") == firm_key("byd")
    True
    """
    folded = re.sub(r"['’]", "", name.casefold())  # "Li's" -> "lis", not "li s"
    words = re.sub(r"[\W_]+", " ", folded).split()
    # Drop suffixes repeatedly ("Co., Ltd."), but never the whole name.
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _firm_names(record: Rec) -> set[str]:
    names = [record.get("name"), *(record.get("aliases") or ())]
    return {firm_key(name) for name in names if isinstance(name, str)} - {""}


def _firm_match(pred: Rec, gold: Rec) -> bool:
    return bool(_firm_names(pred) & _firm_names(gold))


def content_words(text: str) -> set[str]:
    """Lower-cased word tokens (numbers kept) minus English stopwords."""
    return {word for word in _WORD.findall(text.lower()) if word not in STOPWORDS}


def _target_match(pred: Rec, gold: Rec) -> bool:
    if pred.get("year") != gold.get("year"):
        return False
    wanted = content_words(str(gold.get("text") or ""))
    if not wanted:
        return True  # nothing to cover: the deadline decides
    found = len(wanted & content_words(str(pred.get("text") or "")))
    numerator, denominator = TARGET_COVERAGE
    return found * denominator >= len(wanted) * numerator


_RULES: dict[str, Callable[[Rec, Rec], bool]] = {
    "money": _money_match,
    "percentage": _percentage_match,
    "figure": _figure_match,
    "year": _year_match,
    "firm": _firm_match,
    "target": _target_match,
}


def records_match(pred: RecordLike, gold: RecordLike) -> bool:
    """The section 5 match rule: may `pred` be paired with `gold`?"""
    p, g = as_record(pred), as_record(gold, keep_unset=False)
    kind = g.get("kind")
    rule = _RULES.get(kind) if isinstance(kind, str) else None
    return rule is not None and p.get("kind") == kind and rule(p, g)


# --------------------------------------------------------------------------- attributes


def _singular_forms(word: str) -> set[str]:
    """The word and its possible singulars: ies->y, (s|x|ch|sh)es->drop es, s->drop (not ss).

    Both "drop es" and "drop s" are kept where they apply, since the simple rules cannot tell
    "buses" (bus) from "enterprises" (enterprise).
    """
    forms = {word}
    if word.endswith("ies") and len(word) > 3:
        forms.add(word[:-3] + "y")
    if word.endswith(("ses", "xes", "ches", "shes")):
        forms.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        forms.add(word[:-1])
    return forms


def _unit_words(unit: str) -> list[str]:
    # Words are whitespace-separated, trimmed of edge punctuation: "Wh/kg" stays one word.
    words = (word.strip(".,;:()[]'\"").lower() for word in unit.split())
    return [word for word in words if word]


def unit_matches(predicted: Any, gold: Any) -> bool:
    """`figure.unit`: the gold unit's last word, singularised, is a word of the predicted unit.

    Words are compared as written and singularised (on both sides), so "heavy trucks" holds
    "truck", "buses" holds "bus" and "Enterprises" holds "enterprise"; case is ignored.
    """
    if not isinstance(predicted, str) or not isinstance(gold, str):
        return False
    gold_words = _unit_words(gold)
    if not gold_words:
        return False
    wanted = _singular_forms(gold_words[-1])
    return any(_singular_forms(word) & wanted for word in _unit_words(predicted))


def _name_words(name: str) -> list[str]:
    # punctuation separates words: "BYD's Japan chapter" holds the word "byd"
    return re.sub(r"[\W_]+", " ", name.casefold()).split()


def subject_matches(predicted: Any, gold: Any) -> bool:
    """`target.subject`: equal after case-folding and dropping punctuation, or one name's
    words stand, in order, inside the other's (`Hubei` in `Hubei province`)."""
    if not isinstance(predicted, str) or not isinstance(gold, str):
        return False
    p, g = _name_words(predicted), _name_words(gold)
    if not p or not g:
        return False
    short, long = (p, g) if len(p) <= len(g) else (g, p)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


@dataclass(frozen=True)
class _Attribute:
    """An attribute scored on matched pairs whose gold record has `field`."""

    name: str
    kinds: tuple[str, ...]
    field: str
    null_counts: bool  # compare even when the gold value is null
    same: Callable[[Any, Any], bool]  # (predicted value, gold value)


_ATTRIBUTE_RULES: tuple[_Attribute, ...] = (
    _Attribute("money.usd", ("money",), "usd", False, partial(within, tolerance=USD_TOLERANCE)),
    _Attribute("figure.unit", ("figure",), "unit", False, unit_matches),
    # A gold null qualifier counts: predicting one where there is none is wrong.
    _Attribute("qualifier", _QUALIFIED_KINDS, "qualifier", True, operator.eq),
    _Attribute("percentage.role", ("percentage",), "role", False, operator.eq),
    _Attribute("year.role", ("year",), "role", False, operator.eq),
    _Attribute("year", _QUALIFIED_KINDS, "year", True, operator.eq),
    _Attribute("target.subject", ("target",), "subject", False, subject_matches),
)
ATTRIBUTES: tuple[str, ...] = tuple(rule.name for rule in _ATTRIBUTE_RULES)


def _applies(rule: _Attribute, gold: Rec) -> bool:
    if gold.get("kind") not in rule.kinds or rule.field not in gold:
        return False
    return rule.null_counts or gold[rule.field] is not None


# --------------------------------------------------------------------------- pairing


def pair(preds: Sequence[Rec], golds: Sequence[Rec]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of same-kind records: returns (pred index, gold index)."""
    candidates = []
    for gi, gold in enumerate(golds):
        rule = _RULES[gold["kind"]]
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
    if kind == "money":
        return f"{_num(record.get('value'))} {record.get('currency')}"
    if kind == "percentage":
        return f"{_num(record.get('value'))}{' points' if record.get('points') else '%'}"
    if kind == "figure":
        unit = f" {record['unit']}" if record.get("unit") else ""
        return f"{_num(record.get('value'))}{unit}"
    if kind == "year":
        return str(record.get("value"))
    if kind == "firm":
        return str(record.get("name"))
    if kind == "target":
        goal = (
            f", {_num(record['value'])} {record.get('unit') or ''}" if record.get("value") else ""
        )
        return f"year={record.get('year')}{goal}".strip()
    return str(record.get("value"))


def _num(value: Any) -> str:
    number = _number(value)
    if number is None:
        return str(value)
    return str(int(number)) if number.is_integer() else repr(number)


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
        self.counts = {kind: [0, 0, 0] for kind in KINDS}  # tp, fn, fp
        self.attributes = {name: [0, 0] for name in ATTRIBUTES}  # correct, total
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
    article without predictions is all misses). Records of kinds outside `KINDS` are
    ignored. `texts` (article id -> text) lets errors without a `sentence` get one.

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
        for kind in KINDS:
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
    for rule in _ATTRIBUTE_RULES:
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
