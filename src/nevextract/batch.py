"""The batch driver behind `nevextract extract`: walk, read, extract in parallel, write.

The client (this process) walks the inputs, reads each file's bytes, hashes them and skips
articles whose sha256 the output already records (or that an earlier file of this run had).
The rest go to a runner: in-process (`jobs=1`), a pool of worker processes that each load
the pipeline once (`jobs>1`), or Dask distributed workers (`engine="dask"`). Workers get the
bytes, not a path, so a cluster needs no shared file system. Results come back in input
order and are written by the client in batches (see `outputs` for crash safety).
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Literal, TextIO

from .errors import ArticleError, NevextractError, WriteError
from .inputs import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, iter_article_paths
from .metadata import ArticleMetadata, MetadataError, MetadataTable, load_metadata
from .outputs import ErrorEntry, Line, Writer, escape_name, open_writer, writing

Engine = Literal["local", "dask"]


class UsageError(NevextractError, ValueError):
    """Bad arguments to a batch run (exit status 2)."""


@dataclass
class BatchOptions:
    paths: Sequence[str]
    output: str | None = None
    format: str | None = None
    include: Sequence[str] = DEFAULT_INCLUDE
    exclude: Sequence[str] = DEFAULT_EXCLUDE
    jobs: int = 1
    force: bool = False
    fail_fast: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    quiet: bool = False
    engine: Engine = "local"
    scheduler: str | None = None
    batch_size: int = 32  # results per write (and fsync / transaction)
    csv_raw: bool = False  # keep CSV cells that look like formulas as they are
    flush_seconds: float = 2.0  # ... or fewer, when this long has passed since the last write
    follow_links: bool = False  # symbolic links out of an input folder (inputs.walk_files)
    published: date | None = None  # the caller's publication date for every article
    metadata: str | None = None  # a metadata file (nevextract.metadata) of per-article values


@dataclass(frozen=True)
class Job:
    index: int
    path: str
    article_id: str
    sha256: str
    raw: bytes
    caller: ArticleMetadata | None = None  # values the caller gives: they win over the text's


@dataclass(frozen=True)
class Outcome:
    index: int
    path: str
    sha256: str | None
    line: Line | None = None
    error: str | None = None


@dataclass
class Summary:
    files: int = 0
    extracted: int = 0
    skipped: int = 0  # already in the output
    duplicates: int = 0  # same bytes as an earlier file of this run
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (duplicate, first file)
    errors: list[ErrorEntry] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    stopped: bool = False  # --fail-fast stopped the run
    interrupted: bool = False  # Ctrl-C

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


# --- work done by workers ----------------------------------------------------------------


def init_worker() -> None:
    """Pool initializer: build the pipeline once per worker process, then take it out of the
    cyclic garbage collector's sight (`gc.freeze`): its tables (vocab, compiled rules, rate
    tables) live as long as the worker, and every full collection walked all of them (about
    4 % of the extraction time of a batch). Objects made later are collected as before."""
    import gc

    from .api import load

    load()
    gc.collect()
    gc.freeze()


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """Watch the parent from a daemon thread; exit this worker when it is gone (a worker
    of a parent killed with -9 would otherwise live on, holding its memory)."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="nevextract-parent-watch", daemon=True).start()


def init_pool_worker(parent: int) -> None:
    """Initializer of a local pool worker: die with the parent, leave Ctrl-C to the parent
    (which reports it once and shuts the pool down), then load the pipeline."""
    import signal

    _exit_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init_worker()


def process_job(job: Job) -> Outcome:
    """Decode and extract one article; errors come back as an Outcome, never raised."""
    from .api import extract_input
    from .inputs import decode_article

    try:
        art = decode_article(job.raw, job.path)
        caller = job.caller or ArticleMetadata()
        result = extract_input(art, caller.published, article_id=job.article_id, path=job.path)
        a = result.article
        a.title = caller.title or a.title
        a.source = caller.source or a.source
        return Outcome(job.index, job.path, job.sha256, line=result.model_dump(mode="json"))
    except ArticleError as exc:
        return Outcome(job.index, job.path, job.sha256, error=exc.problem)
    except Exception as exc:  # one bad article must not stop the batch
        return Outcome(job.index, job.path, job.sha256, error=f"{type(exc).__name__}: {exc}")


# --- runners -----------------------------------------------------------------------------

Handle = Callable[[], Outcome]


class _InlineRunner:
    inflight = 1

    def __init__(self) -> None:
        init_worker()

    def submit(self, job: Job) -> Handle:
        return lambda: process_job(job)

    def close(self, cancel: bool = False) -> None:
        pass


WORKER_DIED = "the worker process extracting it died (killed, or out of memory)"


class _PoolRunner:
    """Local worker processes. When a worker dies, the pool is rebuilt and each article it
    had in flight is run again on its own: the one that kills a worker again is reported as
    an error, the others come back as usual."""

    def __init__(
        self,
        jobs: int,
        work: Callable[[Job], Outcome] = process_job,
        initializer: Callable[[int], None] | None = init_pool_worker,
    ) -> None:
        self.jobs = jobs
        self.work = work
        self.initializer = initializer
        self.inflight = jobs * 8
        self.generation = 0
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=partial(self.initializer, os.getpid()) if self.initializer else None,
        )

    def _renew(self, generation: int) -> None:
        """Replace the pool that broke in `generation` (once, whoever notices first)."""
        if generation == self.generation:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()
            self.generation += 1

    def submit(self, job: Job) -> Handle:
        generation = self.generation
        try:
            fut: Future[Outcome] = self.pool.submit(self.work, job)
        except BrokenProcessPool:
            self._renew(generation)
            return lambda: self._alone(job)

        def get() -> Outcome:
            try:
                return fut.result()
            except BrokenProcessPool:
                self._renew(generation)
                return self._alone(job)

        return get

    def _alone(self, job: Job) -> Outcome:
        """Run again an article that was in flight when a worker died, waiting for it. Other
        new articles may share the pool on this first try; if it breaks again, the article
        runs in a fresh pool with nothing else, so the one blamed is the one that kills."""
        for _attempt in range(2):
            generation = self.generation
            try:
                return self.pool.submit(self.work, job).result()
            except BrokenProcessPool:
                self._renew(generation)
        return Outcome(job.index, job.path, job.sha256, error=WORKER_DIED)

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)


class _DaskRunner:
    def __init__(self, jobs: int, scheduler: str | None) -> None:
        try:
            dist: Any = importlib.import_module("distributed")
        except ImportError:
            raise UsageError(
                "--engine dask needs Dask distributed: pip install 'nevextract[dask]'"
            ) from None

        class LoadPipeline(dist.WorkerPlugin):  # type: ignore[misc]
            name = "nevextract-load-pipeline"

            def setup(self, worker: Any) -> None:
                init_worker()

        self.cluster: Any = None
        if scheduler:
            try:
                self.client: Any = dist.Client(scheduler, timeout=10)
            except (OSError, ValueError, TypeError) as exc:  # TimeoutError is an OSError
                raise UsageError(f"cannot use the Dask scheduler {scheduler!r}: {exc}") from None
        else:
            # One worker thread per process: the pipeline is not shared between threads.
            self.cluster = dist.LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=jobs > 1,
                dashboard_address=None,
            )
            self.client = dist.Client(self.cluster)
        self.client.register_plugin(LoadPipeline())
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.inflight = max(workers, jobs) * 8
        self.futures: list[Any] = []

    def submit(self, job: Job) -> Handle:
        fut = self.client.submit(process_job, job, pure=False)
        self.futures.append(fut)
        if len(self.futures) > 4 * self.inflight:
            self.futures = [f for f in self.futures if not f.done()]

        def get() -> Outcome:
            out: Outcome = fut.result()
            fut.release()
            return out

        return get

    def close(self, cancel: bool = False) -> None:
        if cancel and self.futures:
            self.client.cancel(self.futures)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _runner(opts: BatchOptions) -> _InlineRunner | _PoolRunner | _DaskRunner:
    if opts.engine == "dask":
        return _DaskRunner(opts.jobs, opts.scheduler)
    return _InlineRunner() if opts.jobs == 1 else _PoolRunner(opts.jobs)


# --- progress ----------------------------------------------------------------------------


class _Progress:
    """A rich bar (articles/s, ETA) on a terminal, plain lines otherwise, nothing if quiet."""

    def __init__(self, total: int, quiet: bool, stream: TextIO, start: float) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.start = start
        self.last_line = self.start
        self.bar: Any = None
        self.quiet = quiet
        if quiet:
            return
        if stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} files/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=stream),
                transient=False,
            )
            self.task = self.bar.add_task("extract", total=total, rate=0.0)
            self.bar.start()

    def advance(self) -> None:
        self.done += 1
        if self.quiet:
            return
        now = time.monotonic()
        rate = self.done / max(now - self.start, 1e-9)
        if self.bar is not None:
            self.bar.update(self.task, advance=1, rate=rate)
        elif now - self.last_line >= 10 or self.done == self.total:
            self.last_line = now
            left = (self.total - self.done) / rate if rate else 0.0
            print(
                f"nevextract: {self.done}/{self.total} files, {rate:.1f} files/s, ETA {left:.0f} s",
                file=self.stream,
                flush=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def printable(text: str) -> str:
    """`text` safe for a terminal: control characters (escape sequences) and undecodable
    bytes shown as escapes, never sent raw."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isprintable():
            out.append(ch)
        elif 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def format_summary(s: Summary, where: str, errors_at: str | None, limit: int = 20) -> str:
    handled = s.extracted + s.skipped + s.duplicates + len(s.errors)
    rate = handled / s.seconds if s.seconds else 0.0  # the progress line's figure too
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(s.kinds.items())) or "none"
    lines = [
        f"nevextract: {s.files} files: {s.extracted} articles extracted, {s.skipped} already in"
        f" {printable(where)}, {s.duplicates} duplicates, {len(s.errors)} errors"
        + (" (stopped at the first failure: --fail-fast)" if s.stopped else ""),
        f"records: {sum(s.kinds.values())} ({kinds})",
        f"time: {s.seconds:.1f} s ({rate:.1f} files/s)",
    ]
    if s.dropped:
        lines.append("duplicates (same bytes as an earlier file, not extracted again):")
        lines += [f"  {printable(d)} (same as {printable(f)})" for d, f in s.dropped[:limit]]
        if len(s.dropped) > limit:
            lines.append(f"  ... and {len(s.dropped) - limit} more")
    if s.errors:
        where_all = f" (all of them in {printable(errors_at)})" if errors_at else ""
        lines.append(f"errors{where_all}:")
        lines += [f"  {printable(e.path)}: {printable(e.problem)}" for e in s.errors[:limit]]
        if len(s.errors) > limit:
            lines.append(f"  ... and {len(s.errors) - limit} more")
    return "\n".join(lines)


def _errors_location(writer: Writer) -> str | None:
    errors = getattr(writer, "errors", None)
    if errors is not None:
        return str(errors.path)
    if writer.where.endswith((".sqlite", ".sqlite3", ".db")) or hasattr(writer, "conn"):
        return f"the errors table of {writer.where}"
    return None


# --- the driver --------------------------------------------------------------------------


def run_batch(opts: BatchOptions, stderr: TextIO | None = None) -> int:
    """Run a batch; print progress and a summary to stderr; return the exit status."""
    err = stderr or sys.stderr
    if opts.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if opts.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    if opts.max_bytes < 1:
        raise UsageError("--max-bytes must be at least 1")
    for p in opts.paths:
        if not Path(p).exists():
            raise UsageError(f"no such file or folder: {p}")
    if opts.engine != "dask" and opts.scheduler:
        raise UsageError("--scheduler needs --engine dask")
    table = _metadata_table(opts.metadata)
    started = time.monotonic()
    paths = list(iter_article_paths(opts.paths, opts.include, opts.exclude, opts.follow_links))
    if not paths:
        # nothing to do: say what was looked for, and leave no output behind
        if not opts.quiet:
            print(
                f"nevextract: 0 files: nothing in {', '.join(map(printable, opts.paths))}"
                f" matched {', '.join(opts.include)} (less {', '.join(opts.exclude)});"
                " see --include",
                file=err,
            )
        return 0
    from .fingerprint import rules_fingerprint

    fingerprint = rules_fingerprint()
    runner = _runner(opts)  # first: a bad scheduler or pattern file leaves no output behind
    try:
        writer = open_writer(opts.output, opts.format, opts.force, fingerprint, opts.csv_raw)
    except BaseException:
        runner.close(cancel=True)
        raise
    for notice in writer.notices:
        print(f"nevextract: {printable(notice)}", file=err)
    summary = Summary(files=len(paths))
    try:
        summary = _drive(opts, paths, writer, runner, summary, err, fingerprint, started, table)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        writer.close()
    summary.seconds = time.monotonic() - started
    if summary.interrupted:
        print(
            f"nevextract: interrupted; the {summary.extracted} articles extracted before it"
            f" are kept in {printable(writer.where)}; re-run the same command to resume",
            file=err,
        )
        return 130
    if not opts.quiet:
        print(format_summary(summary, writer.where, _errors_location(writer)), file=err)
    return summary.exit_code


def _metadata_table(path: str | None) -> MetadataTable | None:
    if path is None:
        return None
    try:
        return load_metadata(path)
    except MetadataError as exc:
        raise UsageError(f"--metadata: {exc}") from None


def _drive(
    opts: BatchOptions,
    paths: list[Path],
    writer: Writer,
    runner: _InlineRunner | _PoolRunner | _DaskRunner,
    summary: Summary,
    err: TextIO,
    fingerprint: str | None = None,
    started: float | None = None,
    table: MetadataTable | None = None,
) -> Summary:
    from .inputs import read_bytes

    recorded = writer.recorded()
    seen: dict[str, str] = {}  # sha256 -> the first file of this run with those bytes
    progress = _Progress(len(paths), opts.quiet, err, started or time.monotonic())
    pending: deque[Handle] = deque()
    batch: list[Line] = []
    batch_errors: list[ErrorEntry] = []
    last_flush = time.monotonic()
    cancel = False
    failed_write = False

    def flush() -> None:
        """Write the batch and its errors exactly once: both lists are emptied before the
        writes, so a failure (of either) can never make a later flush write them again."""
        nonlocal last_flush
        lines, errors = list(batch), list(batch_errors)
        batch.clear()
        batch_errors.clear()
        last_flush = time.monotonic()
        with writing(writer.where):
            writer.write_batch(lines)
            writer.write_errors(errors)

    def drain_one() -> bool:
        """Take the oldest result; False when --fail-fast must stop the run."""
        out = pending.popleft()()
        progress.advance()
        if out.error is not None:
            entry = ErrorEntry(out.path, out.error, out.sha256)
            summary.errors.append(entry)
            batch_errors.append(entry)
            if opts.fail_fast:
                return False
        elif out.line is not None:
            if fingerprint is not None:
                out.line["article"]["fingerprint"] = fingerprint
            batch.append(out.line)
            summary.extracted += 1
            summary.kinds.update(r["kind"] for r in out.line["records"])
        if len(batch) >= opts.batch_size or time.monotonic() - last_flush >= opts.flush_seconds:
            flush()
        return True

    try:
        for index, path in enumerate(paths):
            name = escape_name(str(path))  # a name that is not UTF-8 is stored escaped
            try:
                raw = read_bytes(path, opts.max_bytes)
            except ArticleError as exc:
                failed = Outcome(index, name, None, error=exc.problem)
                pending.append(lambda failed=failed: failed)  # type: ignore[misc]
            else:
                sha = hashlib.sha256(raw).hexdigest()
                if sha in recorded or sha in seen:
                    if sha in seen:
                        summary.duplicates += 1
                        summary.dropped.append((name, seen[sha]))
                    else:
                        summary.skipped += 1
                    progress.advance()
                    continue
                seen[sha] = name
                given = table.lookup(path) if table is not None else None
                if opts.published is not None:  # a file entry's own date wins
                    given = (given or ArticleMetadata()).over(ArticleMetadata(opts.published))
                job = Job(index, name, escape_name(path.stem), sha, raw, given)
                pending.append(runner.submit(job))
            while len(pending) >= runner.inflight:
                if not drain_one():
                    summary.stopped = cancel = True
                    return summary
        while pending:
            if not drain_one():
                summary.stopped = cancel = True
                return summary
        return summary
    except WriteError:
        failed_write = cancel = True
        raise
    except BaseException:
        cancel = True
        raise
    finally:
        try:
            if not failed_write:
                flush()  # keep what is done (also on Ctrl-C)
        finally:
            progress.close()
            runner.close(cancel=cancel)
