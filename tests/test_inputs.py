"""Tests of nevextract.inputs: encodings, HTML pages, size limits and the folder walk."""

from __future__ import annotations

import codecs
import hashlib
import os
import socket
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nevextract.api import extract, extract_file
from nevextract.errors import ArticleError
from nevextract.inputs import (
    decode_text,
    iter_article_paths,
    read_article_file,
    read_bytes,
)

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "corpus" / "jinan-nev-2023.txt"
GOLDEN_HTML = ROOT / "tests" / "data" / "jinan-nev-2023.html"
TEXT = GOLDEN.read_text(encoding="utf-8")
CHINESE = "济南市推动新能源汽车产业发展，2022年销售重型卡车15.8万辆。\n"


def _write(tmp_path: Path, name: str, raw: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(raw)
    return path


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its BOM, native order
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf16-le", "utf32-le"],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path: Path, raw: bytes) -> None:
    art = read_article_file(_write(tmp_path, "a.txt", raw))
    assert art.text == TEXT
    assert art.origin == "text"
    assert art.sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_chinese_legacy_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = CHINESE + TEXT.replace("©", "(c)")  # GBK has no ©
    art = read_article_file(_write(tmp_path, "zh.txt", text.encode(encoding)))
    assert art.text == text


def test_legacy_encoded_article_gives_the_utf8_records(tmp_path: Path) -> None:
    art = read_article_file(_write(tmp_path, "zh.txt", (CHINESE + TEXT).encode("gb18030")))
    shift = len(CHINESE)
    got = [(r.kind, r.text, r.start - shift) for r in extract(art.text).records]
    want = [(r.kind, r.text, r.start) for r in extract(TEXT).records]
    assert got == want


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"", "empty file"),
        (b" \n\r\n\t ", "empty file"),
        (codecs.BOM_UTF8 + b"\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        (bytes((i * 97 + 31) % 127 + 129 for i in range(3000)), "undecodable"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "undecodable"),  # lone surrogate
    ],
    ids=["empty", "blank", "bom-only", "binary", "undecodable", "bad-utf16"],
)
def test_files_that_are_not_text_are_article_errors(
    tmp_path: Path, raw: bytes, problem: str
) -> None:
    path = _write(tmp_path, "bad.txt", raw)
    with pytest.raises(ArticleError) as info:
        read_article_file(path)
    assert info.value.path == str(path)
    assert info.value.problem.startswith(problem)


def test_size_limit_is_an_article_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", TEXT.encode())
    assert read_bytes(path, len(TEXT.encode())) == TEXT.encode()
    with pytest.raises(ArticleError, match="too large"):
        read_bytes(path, 100)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="file not found"):
        read_article_file(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="directory"):
        read_article_file(tmp_path)


def test_decode_text_keeps_newlines_as_they_are() -> None:
    assert decode_text(b"a\r\nb\rc\n", "x") == "a\r\nb\rc\n"


# --- HTML ------------------------------------------------------------------------------------


def _key(record: Any) -> tuple[str, str, object]:
    return (record.kind, record.text, getattr(record, "value", None), getattr(record, "name", None))


def test_golden_html_page_gives_the_txt_records() -> None:
    art = read_article_file(GOLDEN_HTML)
    assert art.origin == "html"
    assert art.html_meta is not None
    assert art.html_meta.title == "Jinan promotes growth of new energy vehicles"
    assert art.html_meta.published == date(2023, 6, 8)
    assert art.html_meta.source == "english.jinan.gov.cn"
    assert art.html_meta.site == "govt.chinadaily.com.cn"
    html_result = extract(art.text, art.html_meta.published)
    txt_result = extract_file(GOLDEN)
    assert [_key(r) for r in html_result.records] == [_key(r) for r in txt_result.records]
    for r in html_result.records:  # offsets index the extracted text
        assert art.text[r.start : r.end] == r.text
    # header and footer boilerplate are not in the extracted text
    assert "Share - WeChat" not in art.text and "ICP" not in art.text


def test_html_is_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert read_article_file(GOLDEN_HTML).html_meta is not None


def test_gbk_html_page(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="gbk"><title>电动汽车</title></head><body><article>'
        "<p>济南市推动新能源汽车产业发展，去年销售重型卡车十五万辆，同比增长百分之十二。</p>"
        f"<p>{TEXT.splitlines()[8]}</p></article></body></html>"
    )
    art = read_article_file(_write(tmp_path, "zh.htm", page.encode("gbk")))
    assert "济南市推动新能源汽车产业发展" in art.text
    assert art.origin == "html"


@pytest.mark.parametrize(
    "page", [b"<html><body></body></html>", b"<html><head><title>x</title></head></html>"]
)
def test_html_without_article_text_is_an_article_error(tmp_path: Path, page: bytes) -> None:
    with pytest.raises(ArticleError, match="no article text"):
        read_article_file(_write(tmp_path, "empty.html", page))


# --- walking folders -------------------------------------------------------------------------


def test_walk_is_sorted_recursive_and_skips_gold(tmp_path: Path) -> None:
    for name in ["b.txt", "a.html", "c.htm", "d.md", "README.txt", "sub/e.txt", "gold/g.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path])]
    assert names == ["a.html", "b.txt", "c.htm", "sub/e.txt"]


def test_include_exclude_globs_and_explicit_files(tmp_path: Path) -> None:
    for name in ["a.txt", "b.md", "drafts/c.txt", "keep/d.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    rel = [
        p.relative_to(tmp_path).as_posix()
        for p in iter_article_paths([tmp_path], include=["*.txt", "*.md"], exclude=["drafts/*"])
    ]
    assert rel == ["a.txt", "b.md", "keep/d.txt"]
    # an explicit file is taken whatever its name; a file reached twice comes once
    md = tmp_path / "b.md"
    assert list(iter_article_paths([md, tmp_path / "a.txt", md])) == [md, tmp_path / "a.txt"]
    assert os.fspath(md) == str(md)
