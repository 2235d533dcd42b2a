"""`nevextract_article_v1`: header, footer, metadata and sentences of the article."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction import read_article


class ArticleReader:
    """Separates the body from boilerplate and stores the stage context on `doc._.nevextract`."""

    def __call__(self, doc: Doc) -> Doc:
        # `extract()` hands over the text it tokenized; rebuilding doc.text costs a pass
        # over every token
        text = doc._.nevextract_text if doc._.nevextract_text is not None else doc.text
        doc._.nevextract = read_article(text, doc._.nevextract_published)
        return doc
