"""The library API: `load()`, `extract(text)`, `extract_file(path)`.

Articles are untrusted input: `extract` refuses texts over `max_chars` characters (default
`DEFAULT_MAX_CHARS`, or the `NEVEXTRACT_MAX_CHARS` environment variable), and a regex that
runs out of time on one article is an `ArticleError` for that article, not a crash. An
article whose extraction takes longer than `time_budget` seconds of wall time (default
`DEFAULT_TIME_BUDGET_S`, or `NEVEXTRACT_TIME_BUDGET`) is an `ArticleError` too: the clock
is read between pipeline stages, so a batch moves on instead of hanging on it.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from .errors import ArticleError, ConfigError, NevextractError
from .inputs import DEFAULT_MAX_BYTES, ArticleInput, read_article_file
from .interning import CommonChunks
from .limits import MATCH_TIMEOUT_S
from .metadata import parse_published
from .models import ArticleMeta, ExtractionResult
from .resources import pipeline_dir

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_LOCK = threading.Lock()
_EXTRACT_LOCK = threading.RLock()

DEFAULT_MAX_CHARS = 2_000_000
MAX_CHARS_ENV = "NEVEXTRACT_MAX_CHARS"
# spaCy's tokenizer splits affixes off a whitespace-free run in time quadratic in its length
# (100,000 commas take hours); longer runs become fixed-size tokens without affix rules.
LONG_RUN_CHARS = 100
_LONG_RUN = regex.compile(r"\S{" + str(LONG_RUN_CHARS + 1) + ",}")
DEFAULT_TIME_BUDGET_S = 60.0
TIME_BUDGET_ENV = "NEVEXTRACT_TIME_BUDGET"


@cache
def _build() -> Language:
    import spacy
    from spacy.util import load_config, load_model_from_config

    from . import registrations  # noqa: F401  (registers factories and extensions)

    path = pipeline_dir() / "config.cfg"
    try:
        config = load_config(path)
        nlp = load_model_from_config(config, auto_fill=True, validate=True)
        # each component reads its rule files and builds its tables now, so a malformed
        # file fails here, not at the first article that needs it
        nlp.initialize()
    except NevextractError:
        raise
    except Exception as exc:  # spaCy raises ConfigValidationError, ValueError, OSError ...
        raise ConfigError(str(path), f"cannot build the pipeline: {exc}") from exc
    assert isinstance(nlp, spacy.language.Language)
    return nlp


@cache
def _common_chunks() -> CommonChunks:
    """The words kept across memory zones for the shared pipeline (reset with it)."""
    return CommonChunks()


def load() -> Language:
    """The nevextract pipeline, built on first use and shared afterwards."""
    with _LOCK:
        return _build()


def max_chars_limit(max_chars: int | None = None) -> int:
    """The article size limit: `max_chars`, else `NEVEXTRACT_MAX_CHARS`, else the default."""
    if max_chars is not None:
        return max_chars
    raw = os.environ.get(MAX_CHARS_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_CHARS
    try:
        value = int(raw.replace("_", "").replace(",", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise ConfigError(MAX_CHARS_ENV, f"must be a positive whole number, not {raw!r}")
    return value


def time_budget_limit(time_budget: float | None = None) -> float:
    """Seconds one article may take: `time_budget`, else `NEVEXTRACT_TIME_BUDGET`, else the
    default."""
    if time_budget is not None:
        value = time_budget
    else:
        raw = os.environ.get(TIME_BUDGET_ENV, "").strip()
        if not raw:
            return DEFAULT_TIME_BUDGET_S
        try:
            value = float(raw)
        except ValueError:
            value = 0.0
    if not value > 0:
        raise ConfigError(TIME_BUDGET_ENV, f"must be a positive number of seconds, not {value!r}")
    return value


def _check_budget(name: str, started: float, budget: float, stage: str) -> None:
    """Raise ArticleError when the article has taken more than `budget` seconds so far."""
    elapsed = time.monotonic() - started
    if elapsed > budget:
        raise ArticleError(
            name,
            f"over the time budget: {elapsed:.1f} s after {stage}, over the limit of "
            f"{budget:g} s ({TIME_BUDGET_ENV})",
        )


def _may_have_long_run(text: str, chunks: list[str] | None = None) -> bool:
    """False when `_LONG_RUN` cannot match: no whitespace-free run is too long (`chunks`:
    `text.split()`, when the caller has it).

    `str.split` tells that ~20x faster than the regex scan; it splits at the same
    characters as the regex's `\\s` except U+001C-U+001F, which send a text to the regex."""
    if any(c in text for c in "\x1c\x1d\x1e\x1f"):
        return True
    return max(map(len, text.split() if chunks is None else chunks), default=0) > LONG_RUN_CHARS


def _make_doc(nlp: Language, text: str, chunks: list[str] | None = None) -> Doc:
    """`nlp.make_doc` without spaCy's `max_length` (our limit is `max_chars`) and without
    quadratic affix splitting of very long whitespace-free runs. `chunks`: `text.split()`,
    when the caller has it."""
    if not _may_have_long_run(text, chunks):
        return nlp.tokenizer(text)
    runs = list(_LONG_RUN.finditer(text, timeout=MATCH_TIMEOUT_S))
    if not runs:
        return nlp.tokenizer(text)
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []

    def tokenize(segment: str) -> None:
        for token in nlp.tokenizer(segment):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    cursor = 0
    for m in runs:
        if m.start() > cursor:
            tokenize(text[cursor : m.start()])
        for i in range(m.start(), m.end(), LONG_RUN_CHARS):
            words.append(text[i : min(i + LONG_RUN_CHARS, m.end())])
            spaces.append(False)
        cursor = m.end()
        if text[cursor : cursor + 1] == " ":
            spaces[-1] = True
            cursor += 1
    if cursor < len(text):
        tokenize(text[cursor:])
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == text
    return doc


def extract(
    text: str,
    published: date | str | None = None,
    *,
    article_id: str = "article",
    path: str | None = None,
    sha256: str | None = None,
    max_chars: int | None = None,
    time_budget: float | None = None,
) -> ExtractionResult:
    """Records of one article's text. `published` (a date or an ISO `YYYY-MM-DD` string)
    overrides the date read from the dateline.

    Raises `ArticleError` for a text over `max_chars` characters (see `max_chars_limit`),
    one whose pattern matching times out, or one that takes longer than `time_budget`
    seconds (see `time_budget_limit`).
    """
    name = path or article_id
    budget = time_budget_limit(time_budget)
    started = time.monotonic()
    if not isinstance(text, str):
        raise ArticleError(name, f"expected text, got {type(text).__name__}")
    try:
        when = parse_published(published)
    except ValueError as exc:
        raise ArticleError(name, f"published: {exc}") from None
    limit = max_chars_limit(max_chars)
    if len(text) > limit:
        raise ArticleError(
            name, f"article is {len(text):,} characters, over the limit of {limit:,}"
        )
    nlp = load()
    # The lock keeps one article at a time in the shared pipeline: an article's memory zone
    # frees the strings it interned, which another thread's doc may still be reading (spaCy
    # E018). The work is Python-bound, so threads would gain little by running it at once;
    # for parallel work use processes (`--jobs`, `nlp.pipe(n_process=...)`).
    with _EXTRACT_LOCK:
        # strings interned for this article are freed afterwards, so memory stays flat over
        # millions of articles (spaCy >= 3.8; the records are plain Python objects)
        zone = nlp.memory_zone() if hasattr(nlp, "memory_zone") else contextlib.nullcontext()
        # (one split for the long-run check and the words kept after the zone)
        chunks = text.split() if hasattr(nlp, "memory_zone") else None
        with zone:
            try:
                doc = _make_doc(nlp, text, chunks)
                doc._.nevextract_published = when
                doc._.nevextract_text = text  # spares rebuilding doc.text token by token
                _check_budget(name, started, budget, "tokenizer")
                for stage, proc in nlp.pipeline:
                    doc = proc(doc)
                    _check_budget(name, started, budget, stage)
            except TimeoutError as exc:  # the regex module's `timeout=` ran out
                raise ArticleError(name, f"pattern matching timed out ({exc})") from exc
            article: ArticleMeta = doc._.article
            records = doc._.records
        if hasattr(nlp, "memory_zone"):
            _common_chunks().after_article(nlp, text, chunks)
    meta = article.model_copy(update={"id": article_id, "path": path, "sha256": sha256})
    return ExtractionResult(article=meta, records=records)


def extract_input(
    art: ArticleInput,
    published: date | None = None,
    *,
    article_id: str,
    path: str | None = None,
    max_chars: int | None = None,
    time_budget: float | None = None,
) -> ExtractionResult:
    """Records of an article file as `inputs` decoded it: an HTML page's metadata fills in
    what its text does not say (its date, unless `published` is given), and its extracted
    text travels with the result, since record offsets index it."""
    meta = art.html_meta
    if published is None and meta is not None:
        published = meta.published
    result = extract(
        art.text,
        published,
        article_id=article_id,
        path=path,
        sha256=art.sha256,
        max_chars=max_chars,
        time_budget=time_budget,
    )
    if meta is not None:
        a = result.article
        a.title = meta.title or a.title
        a.source = meta.source or a.source
        a.site = meta.site or a.site
        a.text = art.text
    return result


def extract_file(
    path: str | Path,
    published: date | None = None,
    *,
    max_chars: int | None = None,
    time_budget: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> ExtractionResult:
    """Records of one article file, read as `nevextract extract` reads it (text in any
    common encoding, or an HTML page); the article id is the file stem."""
    p = Path(path)
    art = read_article_file(p, max_bytes)
    return extract_input(
        art, published, article_id=p.stem, path=str(p), max_chars=max_chars, time_budget=time_budget
    )
