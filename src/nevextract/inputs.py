"""Article files for batch runs: finding them, and decoding text and HTML files.

Text files may be UTF-8 (with or without a BOM), UTF-16/UTF-32 with a BOM, or a legacy
encoding such as GB18030/GBK; anything that is not valid UTF-8 goes to charset-normalizer.
HTML files (`.html`, `.htm`) are decoded the same way and turned into article text plus
metadata by trafilatura, from the string only: nothing is ever fetched. Record offsets of an
HTML article index the extracted text, so that text travels with the result.

`reader.read_text` stays the strict UTF-8 reader of the library API; this module is what
`nevextract extract` uses.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from .errors import ArticleError

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.html", "*.htm")
DEFAULT_EXCLUDE: tuple[str, ...] = ("README.txt",)
SKIP_DIRS: frozenset[str] = frozenset({"gold"})  # gold annotations live beside articles
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm"})

Origin = Literal["text", "html"]

# BOMs, longest first (the UTF-32 LE BOM starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class HtmlMeta:
    """Metadata trafilatura found in an HTML page (None where it found nothing)."""

    title: str | None = None
    published: date | None = None
    source: str | None = None  # the site name the page gives (og:site_name ...)
    site: str | None = None  # host of the page's canonical URL


@dataclass(frozen=True)
class ArticleInput:
    text: str  # the text that record offsets index
    sha256: str  # of the raw file bytes
    origin: Origin
    html_meta: HtmlMeta | None = None


def _check_text(name: str, text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ArticleError(name, "empty file")
    if "\x00" in text:
        raise ArticleError(name, "binary file: contains NUL characters")
    return text


def decode_text(raw: bytes, name: str) -> str:
    """Decode the bytes of a text file; raise ArticleError if they are not text."""
    if not raw.strip():
        raise ArticleError(name, "empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _check_text(name, raw[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise ArticleError(
                    name, f"undecodable: invalid {encoding} after its BOM at byte {exc.start}"
                ) from None
    try:
        return _check_text(name, raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        raise ArticleError(name, "binary file: contains NUL bytes and no UTF-16/32 BOM")
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ArticleError(name, "undecodable: not UTF-8 and no text encoding fits the bytes")
    return _check_text(name, str(best))


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def html_article(markup: str, name: str) -> tuple[str, HtmlMeta]:
    """Article text and metadata of an HTML page (a string: trafilatura fetches nothing)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise ArticleError(name, f"cannot parse HTML: {exc}") from None
    if doc is None:
        raise ArticleError(name, "no article text found in the HTML page")
    data: dict[str, object] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(name, "no article text found in the HTML page")
    url = _str(data.get("url"))
    site = (urlsplit(url).hostname or None) if url else None
    meta = HtmlMeta(
        title=_str(data.get("title")),
        published=_parse_date(data.get("date")),
        source=_str(data.get("sitename")),
        site=site or _str(data.get("hostname")),
    )
    return text, meta


def decode_article(raw: bytes, name: str) -> ArticleInput:
    """Decode an article file's bytes; `name` (its path) picks text or HTML by suffix."""
    digest = hashlib.sha256(raw).hexdigest()
    decoded = decode_text(raw, name)
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        text, meta = html_article(decoded, name)
        return ArticleInput(text, digest, "html", meta)
    return ArticleInput(decoded, digest, "text")


def read_bytes(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of an article file; ArticleError if missing, a folder, or too large."""
    name = os.fspath(path)
    try:
        st = os.stat(name)
        if os.path.isdir(name):
            raise ArticleError(name, "is a directory, not an article file")
        if max_bytes is not None and st.st_size > max_bytes:
            raise ArticleError(
                name, f"too large: {st.st_size} bytes, over the limit of {max_bytes} (--max-bytes)"
            )
        with open(name, "rb") as fh:
            raw = fh.read(max_bytes + 1 if max_bytes is not None else -1)
    except FileNotFoundError:
        raise ArticleError(name, "file not found") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot read file: {exc.strerror or exc}") from None
    if max_bytes is not None and len(raw) > max_bytes:  # grew since stat
        raise ArticleError(name, f"too large: over the limit of {max_bytes} bytes (--max-bytes)")
    return raw


def read_article_file(
    path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES
) -> ArticleInput:
    """Read and decode one article file (text or HTML); raise ArticleError if it can't be."""
    return decode_article(read_bytes(path, max_bytes), os.fspath(path))


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p) for p in patterns)


def iter_article_paths(
    paths: Sequence[str | os.PathLike[str]],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
) -> Iterator[Path]:
    """Article files under `paths` in a stable order: a file is taken as given; a folder is
    walked recursively (sorted), keeping files whose name or relative path matches an
    `include` glob and none of the `exclude` globs, skipping folders named `gold`.
    A file reached twice is yielded once."""
    seen: set[str] = set()
    for raw in paths:
        root = Path(raw)
        if not root.is_dir():
            key = os.path.realpath(root)
            if key not in seen:
                seen.add(key)
                yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
            for fname in sorted(filenames):
                full = Path(dirpath) / fname
                rel = full.relative_to(root).as_posix()
                if not _matches(rel, fname, include) or _matches(rel, fname, exclude):
                    continue
                key = os.path.realpath(full)
                if key not in seen:
                    seen.add(key)
                    yield full
