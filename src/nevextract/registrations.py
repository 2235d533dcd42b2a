"""Every spaCy factory, registered function and extension attribute of nevextract.

Names are namespaced and versioned: a behaviour change adds `v2` and leaves `v1` alone.
spaCy forbids dots in factory names, so factories read `nevextract_<part>_v1`; registered
functions keep the dotted form (`nevextract.patterns.v1`).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from .components.amounts import AmountFinder
from .components.article import ArticleReader
from .components.firms import FirmFinder
from .components.records import RecordWriter
from .components.targets import TargetFinder
from .errors import ConfigError
from .resources import load_jsonl, resolve_pattern_path


def register_extensions() -> None:
    """Doc extensions, registered once (guarded: safe to call many times)."""
    for name, default in (("nevextract", None), ("records", None), ("nevextract_published", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


@Language.factory("nevextract_article_v1")
def make_article(nlp: Language, name: str) -> ArticleReader:
    return ArticleReader()


@Language.factory("nevextract_firms_v1", default_config={"lexicon_key": "nevextract_lexicon"})
def make_firms(nlp: Language, name: str, lexicon_key: str) -> FirmFinder:
    return FirmFinder(lexicon_key)


@Language.factory("nevextract_amounts_v1")
def make_amounts(nlp: Language, name: str) -> AmountFinder:
    return AmountFinder()


@Language.factory("nevextract_targets_v1")
def make_targets(nlp: Language, name: str) -> TargetFinder:
    return TargetFinder()


@Language.factory("nevextract_records_v1", default_config={"spans_key": "nevextract"})
def make_records(nlp: Language, name: str, spans_key: str) -> RecordWriter:
    return RecordWriter(spans_key)


def read_patterns(paths: list[str]) -> list[dict[str, Any]]:
    """Span-ruler patterns from JSONL files under `patterns/`; each needs label, pattern, id."""
    patterns: list[dict[str, Any]] = []
    for path in paths:
        for lineno, row in enumerate(load_jsonl(path), start=1):
            if not isinstance(row.get("label"), str) or "pattern" not in row:
                raise ConfigError(
                    str(resolve_pattern_path(path)), "pattern needs 'label' and 'pattern'", lineno
                )
            patterns.append({"label": row["label"], "pattern": row["pattern"], "id": row["id"]})
    return patterns


registry.misc.register("nevextract.patterns.v1", func=read_patterns)
