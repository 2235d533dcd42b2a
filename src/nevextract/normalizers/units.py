"""Physical quantities to SI with one pint registry, built on first use and shared."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..resources import resolve_pattern_path


@cache
def registry() -> Any:
    """The application's single UnitRegistry, with nevextract's extra units (mu, …)."""
    import pint  # imported here so `import nevextract` stays cheap

    ureg: Any = pint.UnitRegistry()
    path = resolve_pattern_path("units/definitions.txt")
    try:
        ureg.load_definitions(str(path))
    except Exception as exc:  # pint raises several types for a bad definitions file
        line = getattr(exc, "start_line", None)
        if not isinstance(line, int):
            line = _first_unparsable_line(path)
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(str(path), f"bad unit definitions: {problem}", line) from exc
    return ureg


def _first_unparsable_line(path: Path) -> int | None:
    """Line number of the first line that is not a comment, a blank or `name = definition`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
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
