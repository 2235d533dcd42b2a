"""`nevextract_article_v1`: header, footer, metadata and sentences of the article."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Doc

from ..extraction import Context, read_article
from ..resources import package_rules
from .rules import RuleOwner


class ArticleReader(RuleOwner):
    """Separates the body from boilerplate and stores the stage context on `doc._.nevextract`."""

    rule_files: ClassVar[tuple[str, ...]] = (
        "reader/header.jsonl",
        "text/abbreviations.txt",
        "text/sentences.json",
    )

    def load_rules(self) -> None:
        from .. import reader
        from ..normalizers import text

        reader.header_cues()
        text._abbreviations()

    def process(self, doc: Doc) -> Doc:
        read_context(doc)
        return doc


def read_context(doc: Doc) -> Context:
    """Read the article into a fresh stage context on `doc._.nevextract`."""
    # `extract()` hands over the text it tokenized; rebuilding doc.text costs a pass
    # over every token
    text = doc._.nevextract_text if doc._.nevextract_text is not None else doc.text
    ctx: Context = read_article(text, doc._.nevextract_published)
    doc._.nevextract = ctx
    return ctx


def stage_context(doc: Doc) -> Context:
    """The stage context, read now if no `article` component ran (e.g. it was disabled).

    The later stages do not own the reader's rules, so such a late read uses the package's."""
    ctx: Context | None = doc._.nevextract
    if ctx is not None:
        return ctx
    with package_rules():
        return read_context(doc)
