"""`nevextract extract` as a batch: mixed inputs, exit codes, resume, kill-and-resume,
parallel workers and the Dask engine."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from nevextract.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "corpus" / "jinan-nev-2023.txt"
GOLDEN_HTML = ROOT / "tests" / "data" / "jinan-nev-2023.html"
TEXT = GOLDEN.read_text(encoding="utf-8")
SMALL_BATCHES = ("--batch-size", "5", "-q")
_NUMBER = re.compile(r"\b(123|158,000|18)\b")


def make_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    """`n` distinct copies of the golden article with varied numbers."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        text = _NUMBER.sub(lambda m, i=i: f"{int(m.group().replace(',', '')) + i:,}", TEXT)
        path = folder / f"a{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main(["extract", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_sha(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {line["article"]["sha256"]: line for line in lines}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Good, empty, binary, UTF-16, GB18030, HTML, oversized and undecodable files."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "good.txt").write_bytes(GOLDEN.read_bytes())
    (folder / "sub" / "page.html").write_bytes(GOLDEN_HTML.read_bytes())
    (folder / "utf16.txt").write_bytes(TEXT.encode("utf-16"))
    (folder / "gb.txt").write_bytes(("新能源汽车。\n" + TEXT).encode("gb18030"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 2)
    (folder / "undecodable.txt").write_bytes(bytes((i * 97 + 31) % 127 + 129 for i in range(999)))
    (folder / "huge.txt").write_bytes(TEXT.encode() * 50)
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    (folder / "gold" / "good.txt").write_text("gold files are skipped", encoding="utf-8")
    return folder


def test_mixed_folder_records_errors_and_exit_1(
    mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "r.jsonl"
    code, stdout, err = run(capsys, mixed, "-o", out, "--max-bytes", "20k")
    assert code == 1
    lines = jsonl(out)
    paths = [Path(line["article"]["path"]).name for line in lines]
    assert paths == ["gb.txt", "good.txt", "utf16.txt", "page.html"]  # input order
    recs = {
        p: [(r["kind"], r["text"]) for r in line["records"]]
        for p, line in zip(paths, lines, strict=True)
    }
    assert recs["good.txt"] == recs["utf16.txt"] == recs["page.html"] == recs["gb.txt"]
    assert len(recs["good.txt"]) > 10
    articles = {p: line["article"] for p, line in zip(paths, lines, strict=True)}
    assert "text" not in articles["good.txt"]  # only HTML inputs carry their text
    html = articles["page.html"]
    assert html["title"] == articles["good.txt"]["title"]
    assert html["published"] == "2023-06-08"
    for r in lines[3]["records"]:
        assert html["text"][r["start"] : r["end"]] == r["text"]
    errors = {
        Path(e["path"]).name: e["error"] for e in jsonl(out.with_name("r.jsonl.errors.jsonl"))
    }
    assert set(errors) == {"empty.txt", "binary.txt", "undecodable.txt", "huge.txt"}
    assert errors["empty.txt"] == "empty file"
    assert errors["binary.txt"].startswith("binary file")
    assert errors["undecodable.txt"].startswith("undecodable")
    assert errors["huge.txt"].startswith("too large")
    assert stdout == ""
    assert "4 articles extracted" in err and "4 errors" in err
    assert "huge.txt: too large" in err and "records:" in err


def test_all_good_exits_0_and_rerun_skips_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_articles(tmp_path / "in", 5)
    out = tmp_path / "r.jsonl"
    assert run(capsys, tmp_path / "in", "-o", out)[0] == 0
    first = out.read_bytes()
    assert not out.with_name("r.jsonl.errors.jsonl").exists()
    code, _, err = run(capsys, tmp_path / "in", "-o", out)
    assert code == 0 and out.read_bytes() == first
    assert "0 articles extracted, 5 already in" in err
    # incremental: only new articles are extracted and appended
    make_articles(tmp_path / "in", 2, start=5)
    code, _, err = run(capsys, tmp_path / "in", "-o", out)
    assert "2 articles extracted, 5 already in" in err
    assert len(jsonl(out)) == 7 and out.read_bytes().startswith(first)
    # --force starts over
    code, _, err = run(capsys, tmp_path / "in", "-o", out, "--force")
    assert "7 articles extracted, 0 already in" in err
    assert len(jsonl(out)) == 7


def test_same_bytes_twice_is_one_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(GOLDEN.read_bytes())
    (tmp_path / "in" / "b.txt").write_bytes(GOLDEN.read_bytes())
    code, _, err = run(capsys, tmp_path / "in", "-o", tmp_path / "r.jsonl")
    assert code == 0 and "1 duplicates" in err
    assert len(jsonl(tmp_path / "r.jsonl")) == 1


def test_stdout_quiet_and_fail_fast(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, err = run(capsys, mixed / "good.txt", mixed / "empty.txt", "-q")
    assert code == 1 and err == ""
    assert [json.loads(x)["article"]["id"] for x in stdout.splitlines()] == ["good"]
    code, stdout, err = run(capsys, mixed / "empty.txt", mixed / "good.txt", "--fail-fast")
    assert code == 1 and stdout == "" and "--fail-fast" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["missing-folder"],
        ["{in}", "-o", "{tmp}/out.xyz"],
        ["{in}", "-o", "{tmp}/out.jsonl", "--jobs", "0"],
        ["{in}", "--scheduler", "tcp://127.0.0.1:1"],
        ["{in}", "--format", "yaml"],
        ["{in}", "--max-bytes", "lots"],
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    make_articles(tmp_path / "in", 1)
    args = [a.format(tmp=tmp_path, **{"in": tmp_path / "in"}) for a in argv]
    assert run(capsys, *args)[0] == 2


def test_output_may_not_escape_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_articles(tmp_path / "in", 1)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "r.jsonl.errors.jsonl").symlink_to(tmp_path / "elsewhere.jsonl")
    code, _, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out" / "r.jsonl")
    assert code == 2 and "outside" in err
    assert not (tmp_path / "elsewhere.jsonl").exists()


# --- parallel and distributed ----------------------------------------------------------------


def test_jobs_2_equals_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_articles(tmp_path / "in", 12)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(capsys, tmp_path / "in", "-o", one, "--jobs", "1")[0] == 1
    assert run(capsys, tmp_path / "in", "-o", two, "--jobs", "2", "--batch-size", "4")[0] == 1
    assert one.read_bytes() == two.read_bytes()
    assert len(jsonl(two)) == 12


def test_dask_local_cluster_equals_local_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    make_articles(tmp_path / "in", 4)
    (tmp_path / "in" / "page.html").write_bytes(GOLDEN_HTML.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run(capsys, tmp_path / "in", "-o", local)[0] == 1
    code, _, err = run(capsys, tmp_path / "in", "-o", dask, "--engine", "dask")
    assert code == 1, err
    assert dask.read_bytes() == local.read_bytes()
    assert jsonl(dask.with_name("dask.jsonl.errors.jsonl"))[0]["error"] == "empty file"


# --- kill and resume -------------------------------------------------------------------------


def _kill_midway(folder: Path, out: Path, total: int) -> None:
    """Start a batch in a subprocess and SIGKILL it once some results are written."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nevextract",
            "extract",
            str(folder),
            "-o",
            str(out),
            *SMALL_BATCHES,
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if _written(out) >= 10:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the batch ended before it could be killed"
    assert 0 < _written(out) < total


def _written(out: Path) -> int:
    if not out.exists():
        return 0
    if out.suffix == ".jsonl":
        return out.read_bytes().count(b"\n")
    try:
        with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def kill_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill") / "in"
    make_articles(folder, 200)
    return folder


def test_kill_and_resume_jsonl(
    kill_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "killed.jsonl"
    _kill_midway(kill_folder, out, 200)
    # whatever a kill leaves: complete lines are valid JSON (a torn tail is cut on resume)
    for raw in out.read_bytes().split(b"\n")[:-1]:
        json.loads(raw)
    assert run(capsys, kill_folder, "-o", out)[0] == 0
    resumed = jsonl(out)  # every line valid
    reference = tmp_path / "reference.jsonl"
    assert run(capsys, kill_folder, "-o", reference)[0] == 0
    expected = jsonl(reference)
    ids = [line["article"]["id"] for line in resumed]
    assert len(ids) == len(set(ids)) == 200  # nothing missing, nothing twice
    assert sorted(ids) == [line["article"]["id"] for line in expected]
    assert by_sha(resumed) == by_sha(expected)


def test_kill_and_resume_sqlite(
    kill_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "killed.sqlite"
    _kill_midway(kill_folder, out, 200)
    assert run(capsys, kill_folder, "-o", out)[0] == 0
    reference = tmp_path / "reference.sqlite"
    assert run(capsys, kill_folder, "-o", reference)[0] == 0

    def dump(path: Path) -> tuple[list[Any], list[Any]]:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            arts = conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
            recs = conn.execute(
                "SELECT * FROM records ORDER BY article_id, record_index"
            ).fetchall()
        return arts, recs

    arts, recs = dump(out)
    assert len(arts) == 200 and len({a[0] for a in arts}) == 200
    assert (arts, recs) == dump(reference)


def test_a_worker_keeps_its_pipeline_out_of_the_cyclic_collector() -> None:
    """A batch worker's pipeline lives as long as the worker: after init_worker the
    collector no longer walks its objects, and cyclic garbage made later is still freed."""
    import textwrap

    script = textwrap.dedent(
        """
        import gc, json
        from nevextract.batch import init_worker
        from nevextract import extract

        before = gc.get_freeze_count()
        init_worker()
        frozen = gc.get_freeze_count()
        class Node: pass
        a, b = Node(), Node(); a.other, b.other = b, a
        del a, b
        freed = gc.collect()
        records = len(extract("BYD sold 300,000 cars in 2023.").records)
        print(json.dumps([before, frozen, freed, records]))
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    before, frozen, freed, records = json.loads(run.stdout)
    assert before == 0 and frozen > 10_000  # the pipeline's objects
    assert freed >= 2 and records >= 2
