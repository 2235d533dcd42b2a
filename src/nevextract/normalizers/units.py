"""Physical quantities to SI with one pint registry, built on first use and shared."""

from __future__ import annotations

import math
from functools import cache
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
        raise ConfigError(str(path), f"bad unit definitions: {exc}") from exc
    return ureg


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
