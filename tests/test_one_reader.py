"""Every entry point reads files the same way, and no input is lost in silence.

`nevextract extract`, `show`, `explain FILE` and `extract_file()` all read through
`nevextract.inputs`: the same records from an HTML page and a GB18030 file; special files
and folders that cannot be listed are reported; stray bytes in UTF-8 stay UTF-8; other line
breaks work like \\n; a date-less HTML page gets no date; any folder depth works; symbolic
links out of the input folder are followed only when asked.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nevextract import render
from nevextract.api import extract, extract_file
from nevextract.batch import BatchOptions, run_batch
from nevextract.cli import _explain_result, main
from nevextract.errors import ArticleError, ConfigError
from nevextract.gold import iter_corpus
from nevextract.inputs import iter_article_paths, read_article_file, read_bytes
from nevextract.show_cli import render_show_page

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "corpus" / "jinan-nev-2023.txt"
GOLDEN_HTML = ROOT / "tests" / "data" / "jinan-nev-2023.html"
TEXT = GOLDEN.read_text(encoding="utf-8")
CHINESE = "济南市推动新能源汽车产业发展，2022年销售重型卡车15.8万辆。\n"


def _key(record: Any) -> tuple[object, ...]:
    return (record.kind, record.text, record.start, getattr(record, "value", None))


def _batch_records(path: Path, tmp_path: Path) -> list[tuple[object, ...]]:
    out = tmp_path / "out.jsonl"
    assert run_batch(BatchOptions(paths=[str(path)], output=str(out), quiet=True)) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    return [(r["kind"], r["text"], r["start"], r.get("value")) for r in json.loads(line)["records"]]


@pytest.fixture(params=["html", "gb18030"])
def article(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "html":
        path = tmp_path / "page.html"
        path.write_bytes(GOLDEN_HTML.read_bytes())
    else:
        path = tmp_path / "zh.txt"
        path.write_bytes((CHINESE + TEXT.replace("©", "(c)")).encode("gb18030"))
    return path


def test_every_entry_point_gives_the_batch_records(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    want = _batch_records(article, tmp_path)
    assert len(want) > 10
    assert [_key(r) for r in extract_file(article).records] == want
    assert [_key(r) for r in _explain_result(str(article), None).records] == want

    shown: list[Any] = []
    real = render.render_article_html

    def spy(text: str, records: Any, **kwargs: Any) -> str:
        shown.extend(records)
        return real(text, records, **kwargs)

    monkeypatch.setattr(render, "render_article_html", spy)
    render_show_page(article)
    assert [_key(r) for r in shown] == want


def test_extract_file_of_html_keeps_page_metadata() -> None:
    result = extract_file(GOLDEN_HTML)
    assert result.article.published == date(2023, 6, 8)
    assert result.article.text is not None and "Share - WeChat" not in result.article.text


def test_explain_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    assert main(["explain", "-"]) == 0
    out = capsys.readouterr().out
    assert "money" in out and "year" in out


def test_explain_of_an_existing_file_reads_the_file(capsys: Any) -> None:
    result = _explain_result(str(GOLDEN), None)
    assert [_key(r) for r in result.records] == [_key(r) for r in extract_file(GOLDEN).records]
    assert main(["explain", str(GOLDEN)]) == 0
    assert "firm" in capsys.readouterr().out


def test_explain_of_text_still_extracts_the_text() -> None:
    (record,) = [
        r
        for r in _explain_result("Sales rose 12% in 2023.", None).records
        if r.kind == "percentage"
    ]
    assert record.text == "12%"


# --- special files and folders ----------------------------------------------------------------


@pytest.fixture
def fifo_folder(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    return tmp_path


def _within(seconds: float, fn: Any) -> Any:
    """fn(), failing the test (instead of hanging it) if it blocks."""
    result: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # raised again in the test's thread
            failed.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "blocked"
    if failed:
        raise failed[0]
    return result[0]


def test_a_fifo_is_reported_not_read(fifo_folder: Path, capsys: Any) -> None:
    with pytest.raises(ArticleError, match=r"not a regular file \(a FIFO\)"):
        _within(30, lambda: read_bytes(fifo_folder / "b.txt"))
    code = _within(
        120, lambda: main(["extract", str(fifo_folder), "-o", str(fifo_folder / "o.jsonl")])
    )
    assert code == 1  # one article extracted, one error
    assert "b.txt" in capsys.readouterr().err
    assert _within(30, lambda: main(["show", str(fifo_folder / "b.txt")])) == 1
    assert "FIFO" in capsys.readouterr().err


def _unlistable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Listing `folder` fails as it does without read permission (tests may run as root)."""
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.path.realpath(path) == os.path.realpath(folder):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subfolder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(TEXT, encoding="utf-8")
    _unlistable(monkeypatch, locked)
    assert list(iter_article_paths([tmp_path])) == [tmp_path / "a.txt", locked]
    with pytest.raises(ArticleError, match="cannot read folder: Permission denied"):
        read_bytes(locked)
    out = tmp_path / "o.jsonl"
    assert run_batch(BatchOptions(paths=[str(tmp_path)], output=str(out), quiet=True)) == 1
    errors = out.with_name("o.jsonl.errors.jsonl").read_text(encoding="utf-8")
    assert "locked" in errors and "cannot read folder" in errors
    with pytest.raises(ArticleError, match="cannot read folder"):
        iter_corpus([tmp_path])


# --- decoding ----------------------------------------------------------------------------------


def test_utf8_with_one_stray_byte_stays_utf8_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    raw = TEXT.encode("utf-8")
    cut = raw.index(b"\n", len(raw) // 2)
    path = tmp_path / "stray.txt"
    path.write_bytes(raw[:cut] + b"\xff" + raw[cut:])
    with caplog.at_level(logging.WARNING, logger="nevextract.inputs"):
        art = read_article_file(path)
    assert art.text == TEXT[: len(raw[:cut].decode())] + "\ufffd" + TEXT[len(raw[:cut].decode()) :]
    assert art.warnings and "1 undecodable byte" in art.warnings[0]
    assert "undecodable" in caplog.text
    clean = [(r.kind, r.text) for r in extract(TEXT).records]
    assert [(r.kind, r.text) for r in extract_file(path).records] == clean


def test_a_legacy_code_page_is_still_detected(tmp_path: Path) -> None:
    """Bytes with no well-formed UTF-8 character are not 'nearly UTF-8'."""
    text = CHINESE + TEXT.replace("©", "(c)")
    path = tmp_path / "zh.txt"
    path.write_bytes(text.encode("gb18030"))
    art = read_article_file(path)
    assert art.text == text and not art.warnings


@pytest.mark.parametrize("newline", ["\r", "\u2028", "\u2029", "\r\n"])
def test_other_line_breaks_work_like_newlines(newline: str) -> None:
    text = TEXT.replace("\n", newline)
    same_offsets = len(text) == len(TEXT)  # one character for one: the offsets stay

    def key(r: Any) -> tuple[object, ...]:
        return (r.kind, r.text, getattr(r, "value", None), r.start if same_offsets else None)

    want = [key(r) for r in extract(TEXT).records]
    result = extract(text)
    assert [key(r) for r in result.records] == want
    assert len(want) > 15
    for r in result.records:  # records quote the text as given
        assert text[r.start : r.end] == r.text
        assert r.sentence in text


# --- HTML dates ------------------------------------------------------------------------------


def _page(head: str = "") -> bytes:
    body = (
        "<p>BYD sold 3 million cars in 2019, up 10 percent from the year before, the "
        "company said on Monday in Shenzhen.</p><p>It plans to sell 5 million next year, "
        "according to a statement released by the firm.</p>"
    )
    return (
        f"<html><head><title>BYD sales</title>{head}</head><body><article>"
        f"<h1>BYD sales</h1>{body}</article></body></html>"
    ).encode()


def test_html_without_date_metadata_gets_no_date(tmp_path: Path) -> None:
    path = tmp_path / "nodate.html"
    path.write_bytes(_page())
    art = read_article_file(path)
    assert art.html_meta is not None and art.html_meta.published is None
    assert extract_file(path).article.published is None


def test_html_date_metadata_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "dated.html"
    path.write_bytes(_page('<meta property="article:published_time" content="2024-03-05">'))
    assert extract_file(path).article.published == date(2024, 3, 5)


# --- folder walking ---------------------------------------------------------------------------


@pytest.fixture
def deep_tree() -> Iterator[Path]:
    """ROOT/d/d/.../d/a.txt, 1,100 folders deep, made and removed one level at a time
    (mkdir(parents=True) and shutil.rmtree recurse); not under tmp_path, whose clean-up
    uses shutil.rmtree."""
    levels = [Path(tempfile.mkdtemp(prefix="nevextract-deep-"))]
    for _ in range(1_100):
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    (levels[-1] / "a.txt").write_text(TEXT, encoding="utf-8")
    yield levels[-1] / "a.txt"
    for path in levels[-1].iterdir():
        path.unlink()
    for level in reversed(levels):
        for path in level.iterdir():
            if not path.is_dir():
                path.unlink()
        level.rmdir()


def test_a_folder_1100_levels_deep_is_walked(deep_tree: Path, tmp_path: Path, capsys: Any) -> None:
    top = deep_tree.parents[1_100]
    assert list(iter_article_paths([top])) == [deep_tree]
    assert iter_corpus([top]) == [(deep_tree, None)]
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(top), "-o", str(out), "-q"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    main(["eval", str(top)])
    assert "RecursionError" not in capsys.readouterr().err


@pytest.fixture
def linked(tmp_path: Path) -> Iterator[Path]:
    inside = tmp_path / "in"
    outside = tmp_path / "out"
    (outside / "sub").mkdir(parents=True)
    inside.mkdir()
    (inside / "a.txt").write_text("a", encoding="utf-8")
    (outside / "secret.txt").write_text("s", encoding="utf-8")
    (outside / "sub" / "b.txt").write_text("b", encoding="utf-8")
    (inside / "link.txt").symlink_to(outside / "secret.txt")
    (inside / "linkdir").symlink_to(outside / "sub", target_is_directory=True)
    (inside / "same.txt").symlink_to(inside / "a.txt")  # inside: followed (and deduplicated)
    yield inside


def test_links_out_of_the_folder_are_not_followed(
    linked: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="nevextract.inputs"):
        names = [p.relative_to(linked).as_posix() for p in iter_article_paths([linked])]
    assert names == ["a.txt"]
    assert "link.txt" in caplog.text and "--follow-links" in caplog.text


def test_follow_links_follows_them(linked: Path, capsys: Any) -> None:
    names = [
        p.relative_to(linked).as_posix() for p in iter_article_paths([linked], follow_links=True)
    ]
    assert names == ["a.txt", "link.txt", "linkdir/b.txt"]
    for i, name in enumerate(("link.txt", "a.txt", "linkdir/b.txt")):  # distinct articles
        (linked / name).resolve().write_text(TEXT + "\n" * i, encoding="utf-8")
    out = linked.parent / "o.jsonl"
    assert main(["extract", str(linked), "-o", str(out), "-q", "--follow-links"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    out.unlink()
    assert main(["extract", str(linked), "-o", str(out), "-q"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


# --- time budget -------------------------------------------------------------------------------


def test_an_article_over_its_time_budget_is_an_article_error() -> None:
    with pytest.raises(ArticleError, match="over the time budget"):
        extract(TEXT, time_budget=1e-9)
    assert extract(TEXT, time_budget=600).records


def test_the_time_budget_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEVEXTRACT_TIME_BUDGET", "1e-9")
    with pytest.raises(ArticleError, match="NEVEXTRACT_TIME_BUDGET"):
        extract(TEXT)
    monkeypatch.setenv("NEVEXTRACT_TIME_BUDGET", "soon")
    with pytest.raises(ConfigError):
        extract(TEXT)


def test_batch_reports_an_article_over_budget_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    monkeypatch.setenv("NEVEXTRACT_TIME_BUDGET", "60")  # restored after the test
    code = main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "-q", "--time-budget", "1e-9"])
    assert code == 1
    assert not out.exists() or not out.read_text(encoding="utf-8").strip()
