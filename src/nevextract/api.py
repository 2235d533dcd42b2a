"""The library API: `load()`, `extract(text)`, `extract_file(path)`."""

from __future__ import annotations

import threading
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ArticleError, ConfigError, NevextractError
from .models import ArticleMeta, ExtractionResult
from .reader import read_text
from .resources import pipeline_dir

if TYPE_CHECKING:
    from spacy.language import Language

_LOCK = threading.Lock()


@cache
def _build() -> Language:
    import spacy
    from spacy.util import load_config, load_model_from_config

    from . import registrations  # noqa: F401  (registers factories and extensions)

    path = pipeline_dir() / "config.cfg"
    try:
        config = load_config(path)
        nlp = load_model_from_config(config, auto_fill=True, validate=True)
        nlp.initialize()
    except NevextractError:
        raise
    except Exception as exc:  # spaCy raises ConfigValidationError, ValueError, OSError ...
        raise ConfigError(str(path), f"cannot build the pipeline: {exc}") from exc
    assert isinstance(nlp, spacy.language.Language)
    return nlp


def load() -> Language:
    """The nevextract pipeline, built on first use and shared afterwards."""
    with _LOCK:
        return _build()


def extract(
    text: str,
    published: date | None = None,
    *,
    article_id: str = "article",
    path: str | None = None,
    sha256: str | None = None,
) -> ExtractionResult:
    """Records of one article's text. `published` overrides the date read from the dateline."""
    if not isinstance(text, str):
        raise ArticleError(path or article_id, f"expected text, got {type(text).__name__}")
    nlp = load()
    doc = nlp.make_doc(text)
    doc._.nevextract_published = published
    doc._.nevextract_text = text  # spares rebuilding doc.text token by token
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    ctx = doc._.nevextract
    meta = ArticleMeta(
        id=article_id,
        path=path,
        title=ctx.parts.title,
        published=ctx.published,
        source=ctx.parts.source,
        site=ctx.parts.site,
        sha256=sha256,
    )
    return ExtractionResult(article=meta, records=doc._.records)


def extract_file(path: str | Path, published: date | None = None) -> ExtractionResult:
    """Records of one article file (UTF-8 text); the article id is the file stem."""
    p = Path(path)
    text, digest = read_text(p)
    return extract(text, published, article_id=p.stem, path=str(p), sha256=digest)
