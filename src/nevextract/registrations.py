"""Every spaCy factory, registered function and extension attribute of nevextract.

Names are namespaced and versioned: a behaviour change adds `v2` and leaves `v1` alone.
spaCy forbids dots in factory names, so factories read `nevextract_<part>_v1`; registered
functions keep the dotted form (`nevextract.patterns.v1`, `nevextract.rules.v1`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from . import doc_codec
from .errors import ConfigError
from .resources import RuleSource, load_jsonl_numbered, read_rule_source, resolve_pattern_path

if TYPE_CHECKING:
    from .components.amounts import AmountFinder
    from .components.article import ArticleReader
    from .components.firms import FirmFinder
    from .components.pipeline import NevExtract
    from .components.records import RecordWriter
    from .components.targets import TargetFinder

# The component classes are imported inside the factories: spaCy imports this module (via the
# `spacy_factories` entry point) whenever any pipeline is created, and the extraction rules
# should only load when a nevextract component is actually built.


def register_extensions() -> None:
    """Doc extensions, registered once (guarded: safe to call many times)."""
    names = ("nevextract", "records", "article", "nevextract_published", "nevextract_text")
    for name, default in ((n, None) for n in names):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
doc_codec.register()


def _lang(nlp: Language) -> str:
    """The pipeline's language code: it picks the rules' `patterns/<lang>/` and profile."""
    return nlp.lang or "en"


@Language.factory("nevextract_article_v1", assigns=["doc._.nevextract"])
def make_article(nlp: Language, name: str) -> ArticleReader:
    from .components.article import ArticleReader

    return ArticleReader(_lang(nlp))


@Language.factory(
    "nevextract",
    default_config={"spans_key": "nevextract", "use_ner_orgs": False},
    assigns=["doc._.records", "doc._.article", "doc.spans"],
)
def make_nevextract(nlp: Language, name: str, spans_key: str, use_ner_orgs: bool) -> NevExtract:
    """All stages in one component, for any English pipeline (see docs/spacy.md)."""
    from .components.pipeline import NevExtract

    return NevExtract(nlp, name, spans_key=spans_key, use_ner_orgs=use_ner_orgs)


@Language.factory(
    "nevextract_firms_v1",
    default_config={"lexicon_key": "nevextract_lexicon", "use_ner_orgs": False},
    assigns=["doc._.nevextract"],
    requires=["doc._.nevextract", "doc.spans"],
)
def make_firms(nlp: Language, name: str, lexicon_key: str, use_ner_orgs: bool) -> FirmFinder:
    from .components.firms import FirmFinder

    return FirmFinder(lexicon_key, use_ner_orgs, _lang(nlp))


@Language.factory(
    "nevextract_amounts_v1", assigns=["doc._.nevextract"], requires=["doc._.nevextract"]
)
def make_amounts(nlp: Language, name: str) -> AmountFinder:
    from .components.amounts import AmountFinder

    return AmountFinder(_lang(nlp))


@Language.factory(
    "nevextract_targets_v1", assigns=["doc._.nevextract"], requires=["doc._.nevextract"]
)
def make_targets(nlp: Language, name: str) -> TargetFinder:
    from .components.targets import TargetFinder

    return TargetFinder(_lang(nlp))


@Language.factory(
    "nevextract_records_v1",
    default_config={"spans_key": "nevextract"},
    assigns=["doc._.records", "doc._.article", "doc.spans"],
    requires=["doc._.nevextract"],
)
def make_records(nlp: Language, name: str, spans_key: str) -> RecordWriter:
    from .components.records import RecordWriter

    return RecordWriter(spans_key, _lang(nlp))


def read_patterns(paths: list[str]) -> list[dict[str, Any]]:
    """Span-ruler patterns from JSONL files under `patterns/`; each needs label, pattern, id."""
    patterns: list[dict[str, Any]] = []
    for path in paths:
        for lineno, row in load_jsonl_numbered(path):
            if not isinstance(row.get("label"), str) or "pattern" not in row:
                raise ConfigError(
                    str(resolve_pattern_path(path)), "pattern needs 'label' and 'pattern'", lineno
                )
            patterns.append({"label": row["label"], "pattern": row["pattern"], "id": row["id"]})
    return patterns


registry.misc.register("nevextract.patterns.v1", func=read_patterns)


def read_rules(paths: list[str], lang: str = "en", folder: str | None = None) -> RuleSource:
    """A component's rule files (relative to `patterns/`), each checked by its schema, with
    the language profile; from `folder` (same layout) instead of the package if given."""
    return read_rule_source(paths, lang, folder)


registry.misc.register("nevextract.rules.v1", func=read_rules)
