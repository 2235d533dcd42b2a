"""The nevextract exception family.

Like pint's errors, each subclasses both `NevextractError` and the matching builtin, and
pickles cleanly so it can cross process boundaries.
"""

from __future__ import annotations


class NevextractError(Exception):
    """Base class of every error nevextract raises on purpose."""


class _PathProblem(NevextractError, ValueError):
    """An error about one file: names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(path, problem)
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


class ArticleError(_PathProblem):
    """An article file cannot be read or decoded."""


class OutputError(_PathProblem):
    """An output cannot be used: unknown format, a path outside its folder, a foreign file."""


class WriteError(NevextractError, OSError):
    """Writing an output failed (disk full, I/O error); what was written before is intact."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(path, problem)
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return f"cannot write {self.path}: {self.problem}"


class _LineProblem(NevextractError, ValueError):
    """An error about one line of a data file: names the file, the line and the problem."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        super().__init__(path, problem, line)
        self.path = path
        self.problem = problem
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.problem}"


class ConfigError(_LineProblem):
    """A pattern, lexicon, rate or config file is malformed."""


class MetadataError(_LineProblem):
    """A metadata file (per-article published/title/source) is missing or malformed."""


class GoldError(NevextractError, ValueError):
    """A gold annotation file is malformed or does not fit its article. The first problem
    found; `others` lists the file's further problems (each already naming file and record)."""

    def __init__(
        self, path: str, problem: str, record: int | None = None, others: tuple[str, ...] = ()
    ) -> None:
        super().__init__(path, problem, record, others)
        self.path = path
        self.problem = problem
        self.record = record
        self.others = others

    def __str__(self) -> str:
        where = f"{self.path} record {self.record}" if self.record is not None else self.path
        return "\n".join([f"{where}: {self.problem}", *self.others])
