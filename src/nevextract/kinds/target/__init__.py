"""Target: a stated goal, its deadline, amount and subject (SPEC.md sections 2 and 5).

The extraction rules are `kinds/target/rules.py` and `kinds/target/subject.py`.
"""

from __future__ import annotations

import re
from typing import Any

from ..base import Rec, compact, number_key
from ..spec import Attribute, KindSpec
from .model import TargetRecord

__all__ = ["SPEC", "STOPWORDS", "TARGET_COVERAGE", "TargetRecord", "content_words"]

TARGET_COVERAGE = (2, 5)  # 40 %, as a fraction so the boundary is exact

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


def content_words(text: str) -> set[str]:
    """Lower-cased word tokens (numbers kept) minus English stopwords."""
    return {word for word in _WORD.findall(text.lower()) if word not in STOPWORDS}


def match(pred: Rec, gold: Rec) -> bool:
    if pred.get("year") != gold.get("year"):
        return False
    wanted = content_words(str(gold.get("text") or ""))
    if not wanted:
        return True  # nothing to cover: the deadline decides
    found = len(wanted & content_words(str(pred.get("text") or "")))
    numerator, denominator = TARGET_COVERAGE
    return found * denominator >= len(wanted) * numerator


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


def describe(record: Rec) -> str:
    goal = (
        f", {number_key(record['value'])} {record.get('unit') or ''}" if record.get("value") else ""
    )
    return f"year={record.get('year')}{goal}".strip()


def label(record: Rec) -> str:
    deadline = f"by {record['year']}" if record.get("year") is not None else "no deadline"
    if record.get("value") is None:
        return deadline
    return f"{deadline} · {compact(record['value'])} {record.get('unit') or ''}".strip()


SPEC = KindSpec(
    name="target",
    model=TargetRecord,
    key_fields=(),
    nullable_key_fields=("year",),
    match=match,
    describe=describe,
    label=label,
    colour="#ffe3c4",
    attributes=(Attribute("target.subject", "subject", subject_matches),),
    title_fields=("year", "value", "unit", "subject"),
    examples="tests/examples/target.json",
)
