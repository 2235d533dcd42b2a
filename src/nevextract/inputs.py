"""Article files for batch runs: finding them, and decoding text and HTML files.

Text files may be UTF-8 (with or without a BOM), UTF-16/UTF-32 with a BOM, or a legacy
encoding such as GB18030/GBK; anything that is not valid UTF-8 goes to charset-normalizer.
HTML files (`.html`, `.htm`) are decoded the same way and turned into article text plus
metadata by trafilatura, from the string only: nothing is ever fetched. Record offsets of an
HTML article index the extracted text, so that text travels with the result.

Every entry point reads files through this module: batch `extract`, `eval`, `show`,
`explain FILE` and `nevextract.extract_file()`. Only regular files are read (a FIFO named
`*.txt` would block forever); a folder that cannot be listed is reported, not skipped in
silence; folders are walked without recursion, so any depth works; symbolic links that
point outside the folder being walked are followed only with `follow_links`.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import logging
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from .errors import ArticleError

log = logging.getLogger("nevextract.inputs")

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
    warnings: tuple[str, ...] = ()  # e.g. stray bytes replaced (also logged)


def _check_text(name: str, text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ArticleError(name, "empty file")
    if "\x00" in text:
        raise ArticleError(name, "binary file: contains NUL characters")
    return text


# UTF-8 with a few stray bytes stays UTF-8 (the bytes become U+FFFD) when at most this
# share of its non-ASCII characters are undecodable: a legacy code page would garble it all.
STRAY_BYTES_SHARE = 0.05


def _nearly_utf8(raw: bytes) -> tuple[str, int] | None:
    """(text with U+FFFD for the undecodable bytes, how many) when the bytes are UTF-8 but
    for a few stray ones; None when they look like another encoding."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - bad  # well-formed multi-byte characters: evidence of UTF-8
    if bad <= 0 or good <= 0 or bad > max(1.0, good * STRAY_BYTES_SHARE):
        return None
    return text, bad


def decode_text(raw: bytes, name: str, warnings: list[str] | None = None) -> str:
    """Decode the bytes of a text file; raise ArticleError if they are not text.

    UTF-8 with a few stray bytes is decoded as UTF-8 with U+FFFD in their place, and a
    warning is logged and appended to `warnings`."""
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
    nearly = _nearly_utf8(raw)
    if nearly is not None:
        text, bad = nearly
        message = f"{name}: UTF-8 with {bad} undecodable byte(s), replaced by U+FFFD"
        log.warning("%s", message)
        if warnings is not None:
            warnings.append(message)
        return _check_text(name, text)
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
            # dates from the page's metadata only: the extensive search takes a year from
            # the body ("in 2019" -> 2019-01-01), and a wrong date is worse than none
            date_extraction_params={"extensive_search": False, "original_date": True},
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
    warnings: list[str] = []
    decoded = decode_text(raw, name, warnings)
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        text, meta = html_article(decoded, name)
        return ArticleInput(text, digest, "html", meta, tuple(warnings))
    return ArticleInput(decoded, digest, "text", warnings=tuple(warnings))


def read_bytes(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of an article file; ArticleError if missing, a folder, or too large."""
    name = os.fspath(path)
    try:
        st = os.stat(name)
        if stat.S_ISDIR(st.st_mode):
            raise ArticleError(name, _folder_problem(name))
        if not stat.S_ISREG(st.st_mode):  # opening a FIFO would block until a writer comes
            raise ArticleError(name, f"not a regular file ({_file_type(st.st_mode)}): skipped")
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


def _folder_problem(name: str) -> str:
    """Why a folder given as an article cannot be read: it cannot be listed (the walk
    yields such folders so that they are reported), or it is just a folder."""
    try:
        with os.scandir(name):
            pass
    except OSError as exc:
        return f"cannot read folder: {exc.strerror or exc}; its articles are skipped"
    return "is a directory, not an article file"


def _file_type(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return kind
    return "a special file"


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p) for p in patterns)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def walk_files(
    root: Path,
    skip_dirs: frozenset[str] = SKIP_DIRS,
    follow_links: bool = False,
    skip_hidden: bool = False,
) -> Iterator[tuple[Path, bool]]:
    """(path, True) for every file under `root` in sorted order, depth first, without
    recursion (a tree of any depth works); (folder, False) for a folder that cannot be
    listed, so that the caller reports it. Folders named in `skip_dirs` are left out, and
    with `skip_hidden` those whose name starts with ".". A symbolic link
    (to a file or a folder) is followed only when its target lies inside `root`, or with
    `follow_links`; a link left out is logged. Each folder is entered once."""
    real_root = os.path.realpath(root)
    entered: set[tuple[int, int]] = set()  # (device, inode): realpath costs the depth
    stack: list[Path] = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in entered:
                continue  # a link back to a folder already walked
            entered.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            yield folder, False
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = folder / entry.name
            try:
                is_dir = entry.is_dir()  # follows links
                is_link = entry.is_symlink()
            except OSError:
                is_dir, is_link = False, False
            if is_link and not follow_links:
                target = os.path.realpath(path)
                if not _inside(target, real_root):
                    log.warning(
                        "%s: symbolic link to %s, outside %s: not followed (--follow-links)",
                        path,
                        target,
                        root,
                    )
                    continue
            if is_dir:
                hidden = skip_hidden and entry.name.startswith(".")
                if entry.name not in skip_dirs and not hidden:
                    subfolders.append(path)
            else:
                yield path, True
        stack.extend(reversed(subfolders))


def iter_article_paths(
    paths: Sequence[str | os.PathLike[str]],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
    follow_links: bool = False,
) -> Iterator[Path]:
    """Article files under `paths` in a stable order: a file is taken as given; a folder is
    walked recursively (sorted, see `walk_files`), keeping files whose name or relative path
    matches an `include` glob and none of the `exclude` globs, skipping folders named
    `gold`. A folder that cannot be listed is yielded (reading it reports why). A file
    reached twice is yielded once."""
    seen: set[str] = set()
    for raw in paths:
        root = Path(raw)
        if not root.is_dir():
            key = os.path.realpath(root)
            if key not in seen:
                seen.add(key)
                yield root
            continue
        for full, listed in walk_files(root, SKIP_DIRS, follow_links):
            if not listed:  # a folder that cannot be listed: reading it reports why
                yield full
                continue
            rel = full.relative_to(root).as_posix()
            fname = full.name
            if not _matches(rel, fname, include) or _matches(rel, fname, exclude):
                continue
            key = os.path.realpath(full)
            if key not in seen:
                seen.add(key)
                yield full
