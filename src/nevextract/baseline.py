"""Compare an evaluation with a stored baseline report, and store baselines safely.

A baseline file is an `EvalReport` in JSON (what `nevextract eval --json` writes). A
regression is a kind (or `overall`) whose F1 fell by more than the tolerance; it names the
gold records now missed that the baseline found, and the new false positives.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from nevextract.errors import ConfigError
from nevextract.evaluate import ErrorItem, EvalReport, KindScore

__all__ = [
    "OVERALL",
    "Regression",
    "atomic_write_text",
    "compare",
    "load_baseline",
    "save_baseline",
]

OVERALL = "overall"
DEFAULT_TOLERANCE = 0.005
# Identifies a record across two runs: article id, kind, text and start offset.
ErrorKey = tuple[str, str, str, int | None]


class Regression(BaseModel):
    """A kind whose F1 dropped by more than the tolerance."""

    kind: str
    old_f1: float
    new_f1: float
    lost: list[ErrorItem] = Field(
        default_factory=list, description="gold records missed now but found in the baseline"
    )
    new_false_positives: list[ErrorItem] = Field(default_factory=list)

    @property
    def drop(self) -> float:
        return self.old_f1 - self.new_f1


def compare(
    report: EvalReport, baseline: EvalReport, tolerance: float = DEFAULT_TOLERANCE
) -> list[Regression]:
    """Regressions of `report` against `baseline`, per kind then overall."""
    regressions = []
    for kind, old, new in _score_pairs(report, baseline):
        # The epsilon keeps a drop of exactly `tolerance` (in float noise) from counting.
        if old.f1 - new.f1 > tolerance + 1e-12:
            regressions.append(
                Regression(
                    kind=kind,
                    old_f1=old.f1,
                    new_f1=new.f1,
                    lost=_new_errors(report.misses, baseline.misses, kind),
                    new_false_positives=_new_errors(
                        report.false_positives, baseline.false_positives, kind
                    ),
                )
            )
    return regressions


def _score_pairs(
    report: EvalReport, baseline: EvalReport
) -> list[tuple[str, KindScore, KindScore]]:
    pairs = [
        (kind, baseline.kinds[kind], score)
        for kind, score in report.kinds.items()
        if kind in baseline.kinds
    ]
    pairs.append((OVERALL, baseline.overall, report.overall))
    return pairs


def _error_key(error: ErrorItem) -> ErrorKey:
    return (error.article, error.kind, error.text, error.start)


def _new_errors(now: list[ErrorItem], before: list[ErrorItem], kind: str) -> list[ErrorItem]:
    """Errors present now but not in the baseline (for `overall`: of every kind)."""
    known = {_error_key(error) for error in before}
    return [
        error
        for error in now
        if (kind == OVERALL or error.kind == kind) and _error_key(error) not in known
    ]


def load_baseline(path: str | Path) -> EvalReport:
    """Read a baseline report; a missing or malformed file raises `ConfigError`."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read baseline: {exc}") from exc
    try:
        return EvalReport.model_validate_json(raw)
    except ValidationError as exc:
        raise ConfigError(str(path), f"not an eval report: {exc.errors()[0]['msg']}") from exc


def save_baseline(report: EvalReport, path: str | Path) -> None:
    """Write `report` as the baseline at `path`, atomically."""
    atomic_write_text(path, report.model_dump_json(indent=2) + "\n")


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never half.

    The temporary file lives in the target's folder so `os.replace` stays on one filesystem.
    """
    target = Path(path)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes 0600: keep the replaced file's mode, else what the umask gives
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
