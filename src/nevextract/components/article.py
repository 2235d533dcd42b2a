"""`nevextract_article_v1`: header, footer, metadata and sentences of the article."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction import Context, read_article


class ArticleReader:
    """Separates the body from boilerplate and stores the stage context on `doc._.nevextract`."""

    def __call__(self, doc: Doc) -> Doc:
        # `extract()` hands over the text it tokenized; rebuilding doc.text costs a pass
        # over every token
        read_context(doc)
        return doc


def read_context(doc: Doc) -> Context:
    """Read the article into a fresh stage context on `doc._.nevextract`."""
    text = doc._.nevextract_text if doc._.nevextract_text is not None else doc.text
    ctx: Context = read_article(text, doc._.nevextract_published)
    doc._.nevextract = ctx
    return ctx


def stage_context(doc: Doc) -> Context:
    """The stage context, read now if no `article` component ran (e.g. it was disabled)."""
    ctx: Context | None = doc._.nevextract
    return ctx if ctx is not None else read_context(doc)
