"""Physical quantities to SI with one pint registry, built on first use and shared."""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..resources import resolve_pattern_path


@cache
def registry() -> Any:
    """The application's single UnitRegistry, with nevextract's extra units (mu, …)."""
    import pint  # imported here so `import nevextract` stays cheap

    try:
        # pint's parsed-definitions cache turns a ~0.4 s build into ~0.02 s on later starts
        ureg: Any = pint.UnitRegistry(cache_folder=":auto:")
    except OSError:  # no writable cache folder: build without it
        ureg = pint.UnitRegistry()
    path = resolve_pattern_path("units/definitions.txt")
    try:
        ureg.load_definitions(str(path))
    except Exception as exc:  # pint raises several types for a bad definitions file
        line = getattr(exc, "start_line", None)
        if not isinstance(line, int) or line < 1:  # pint's cached parser reports 0
            named = re.search(r"Cannot define '([^']+)'", str(exc))
            raw = getattr(exc, "raw", None) or (named.group(1) if named else None)
            line = _first_unparsable_line(path, raw)
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(str(path), f"bad unit definitions: {problem}", line) from exc
    return ureg


def _first_unparsable_line(path: Path, raw: object = None) -> int | None:
    """Line number of the statement pint rejected (`raw`), else of the first line that is not
    a comment, a blank or `name = definition`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if isinstance(raw, str) and raw.strip():  # the statement, or the name it defines
        for lineno, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped == raw.strip() or stripped.split("=")[0].strip() == raw.strip():
                return lineno
    for lineno, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith(("#", "@")) and "=" not in stripped:
            return lineno
    return None


@cache
def _factor(pint_unit: str) -> tuple[float, str] | None:
    ureg = registry()
    try:
        base = ureg.Quantity(1.0, pint_unit).to_base_units()
    except Exception:  # an unknown unit in units.json is reported by its tests, not here
        return None
    return float(base.magnitude), str(base.units)


def to_si(value: float, pint_unit: str) -> tuple[float, str] | None:
    """`(40, "gigawatt_hour")` → `(1.44e14, "kilogram * meter ** 2 / second ** 2")`."""
    factor = _factor(pint_unit)
    if factor is None:
        return None
    magnitude = value * factor[0]
    return (magnitude, factor[1]) if math.isfinite(magnitude) else None
