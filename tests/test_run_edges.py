"""Processes, signals and messages of `nevextract extract` (issue 15): dead workers and dead
parents, Ctrl-C, broken pipes, usage errors without tracebacks, and what the summary says."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nevextract import batch
from nevextract.batch import Job, Outcome, _PoolRunner
from nevextract.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "corpus" / "jinan-nev-2023.txt"
NEVEXTRACT = [sys.executable, "-m", "nevextract"]


def articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i:03d}.txt"
        p.write_text(f"BYD sold {100 + i} thousand cars in 2023.\n", encoding="utf-8")
        paths.append(p)
    return paths


def extract(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    code = main(["extract", *map(str, argv)])
    return code, capsys.readouterr().err


# --- workers ----------------------------------------------------------------------------------

DYING = """
import os
from nevextract.batch import Outcome

def work(job):
    if "die" in job.path:
        os._exit(9)
    return Outcome(job.index, job.path, job.sha256, line={"path": job.path})
"""


def test_a_dead_worker_costs_only_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "dying_worker.py").write_text(DYING, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import dying_worker

    runner = _PoolRunner(2, work=dying_worker.work, initializer=None)
    names = ["a.txt", "b.txt", "die.txt", "c.txt", "d.txt", "e.txt"]
    handles = [runner.submit(Job(i, n, n, str(i), b"")) for i, n in enumerate(names)]
    outs: list[Outcome] = [h() for h in handles]
    later = runner.submit(Job(9, "f.txt", "f", "9", b""))()  # the pool works again
    runner.close()
    assert [o.path for o in outs] == names
    assert [o.path for o in outs if o.error] == ["die.txt"]
    assert outs[2].error == batch.WORKER_DIED
    assert later.line == {"path": "f.txt"}


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_the_parent_dies(tmp_path: Path, sig: int) -> None:
    folder = tmp_path / "in"
    articles(folder, 40)
    proc = subprocess.Popen(
        [*NEVEXTRACT, "extract", str(folder), "-o", str(tmp_path / "r.jsonl"), "-j", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.2)
    assert len(workers) >= 2, "the workers never started"
    proc.send_signal(sig)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    left = [p for p in workers if _alive(p)]
    for pid in left:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left


# --- Ctrl-C -------------------------------------------------------------------------------------


def test_ctrl_c_keeps_what_is_done_and_says_how_to_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 6)
    out = tmp_path / "r.jsonl"
    real = batch.process_job

    def interrupted(job: Job) -> Outcome:
        if job.path.endswith("a004.txt"):
            raise KeyboardInterrupt
        return real(job)

    monkeypatch.setattr(batch, "process_job", interrupted)
    code, err = extract(capsys, folder, "-o", out, "--batch-size", "2")
    assert code == 130
    assert "interrupted" in err and "4 articles" in err and "re-run" in err
    assert "Traceback" not in err
    assert len(out.read_text("utf-8").splitlines()) == 4
    monkeypatch.setattr(batch, "process_job", real)
    code, err = extract(capsys, folder, "-o", out)
    assert code == 0 and "2 articles extracted, 4 already in" in err


# --- no traceback -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["schema"], ["extract", str(GOLDEN)]])
def test_a_closed_stdout_is_no_traceback(command: list[str]) -> None:
    proc = subprocess.Popen([*NEVEXTRACT, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything is written (`| head -0`)
    err = proc.stderr.read().decode()
    assert proc.wait() == 141
    assert "Traceback" not in err and "Exception ignored" not in err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--max-bytes", "infk"], "not a size"),
        (["--max-bytes=-5k"], "not a size"),
        (["--max-bytes", "nan"], "not a size"),
        (["--scheduler", "tcp://127.0.0.1:9"], "--scheduler needs --engine dask"),
        (["--engine", "dask", "--scheduler", "::not an address::"], "Dask scheduler"),
    ],
)
def test_usage_errors_exit_2_without_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    folder = tmp_path / "in"
    articles(folder, 1)
    out = tmp_path / "r.jsonl"
    code, err = extract(capsys, folder, "-o", out, *argv)
    assert code == 2 and says in err and "Traceback" not in err
    assert not out.exists()


def test_missing_pyarrow_gives_the_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    articles(folder, 1)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    code, err = extract(capsys, folder, "-o", tmp_path / "r.parquet")
    assert code == 2 and "pip install 'nevextract[parquet]'" in err
    assert not (tmp_path / "r.parquet").exists()


def test_a_broken_pattern_file_exits_2(tmp_path: Path) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    (patterns / "en" / "numeric" / "lexicon.json").write_text("{ broken", encoding="utf-8")
    folder = tmp_path / "in"
    articles(folder, 1)
    out = tmp_path / "r.jsonl"
    env = {**os.environ, "NEVEXTRACT_PATTERNS_DIR": str(patterns)}
    proc = subprocess.run(
        [*NEVEXTRACT, "extract", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "lexicon.json" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists()


# --- messages -----------------------------------------------------------------------------------


def test_version_help_and_format_list(capsys: pytest.CaptureFixture[str]) -> None:
    from nevextract.fingerprint import version
    from nevextract.outputs import EXTENSIONS

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"nevextract {version()}"
    help_text = build_parser()._subparsers._group_actions[0].choices["extract"].format_help()  # type: ignore[union-attr]
    assert "Re-running the same command resumes" in help_text
    assert "Exit codes" in help_text
    flat = " ".join(help_text.split())
    for ext in EXTENSIONS:
        assert ext in flat, ext


def test_zero_files_says_what_was_looked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.md").write_text("x", encoding="utf-8")
    code, err = extract(capsys, folder, "-o", tmp_path / "r.jsonl")
    assert code == 0
    assert "0 files" in err and "*.txt" in err and str(folder) in err and "--include" in err
    assert not (tmp_path / "r.jsonl").exists()


def test_summary_names_dropped_duplicates_and_escapes_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    (first,) = articles(folder, 1)
    (folder / "copy.txt").write_bytes(first.read_bytes())
    (folder / "evil\x1b]0;owned\x07\x1b[31m.txt").write_bytes(b"")
    code, err = extract(capsys, folder, "-o", tmp_path / "r.jsonl")
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]0;owned\\x07\\x1b[31m.txt" in err
    assert f"  {folder / 'copy.txt'} (same as {first})" in err
    errors = tmp_path / "r.jsonl.errors.jsonl"
    stored = json.loads(errors.read_text("utf-8"))["path"]
    assert stored.endswith("evil\x1b]0;owned\x07\x1b[31m.txt")  # data keeps the real name


def test_one_throughput_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    articles(folder, 3)
    code, err = extract(capsys, folder, "-o", tmp_path / "r.jsonl")
    assert code == 0
    assert "articles/s" not in err
    assert err.count("files/s") == 2  # the progress line and the summary, one measure
