"""Physical quantities to SI with one pint registry, built on first use and shared.

Every unit in `units/units.json` has its SI factor worked out by pint once and kept in a
small disk cache keyed by the unit files and pint's version, so a later start converts
without importing pint at all (0.15-0.4 s of `load()`). Changing either unit file changes
the key, so a broken file still fails `load()` with a ConfigError.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ...errors import ConfigError
from ...resources import load_json, read_data_file, resolve_pattern_path

CACHE_DIR_ENV = "NEVEXTRACT_CACHE_DIR"  # where the factor cache lives; "off" disables it
_CACHE_FORMAT = 1


@cache
def registry() -> Any:
    """The application's single UnitRegistry, with nevextract's extra units (mu, …)."""
    import pint  # imported here so `import nevextract` stays cheap

    path = resolve_pattern_path("units/definitions.txt")
    try:
        # pint's parsed-definitions cache turns a ~0.4 s build into ~0.02 s on later starts
        return _load_definitions(pint.UnitRegistry(cache_folder=":auto:"), path)
    except Exception:  # the cache only saves time: whatever failed, build again without it
        pass  # (no writable folder, a stale or looping entry, or a bad definitions file)
    try:
        return _load_definitions(pint.UnitRegistry(), path)
    except Exception as exc:  # pint raises several types for a bad definitions file
        line = getattr(exc, "start_line", None)
        if not isinstance(line, int) or line < 1:  # pint's cached parser reports 0
            named = re.search(r"Cannot define '([^']+)'", str(exc))
            raw = getattr(exc, "raw", None) or (named.group(1) if named else None)
            line = _first_unparsable_line(path, raw)
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(str(path), f"bad unit definitions: {problem}", line) from exc


def _load_definitions(ureg: Any, path: Path) -> Any:
    ureg.load_definitions(str(path))
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


Factors = dict[str, tuple[float, str] | None]


@cache
def si_factors() -> Factors:
    """The SI factor of every pint expression in units.json, from the cache when it holds
    them for exactly these unit files, else from pint (and then cached)."""
    rows = load_json("units/units.json")["units"]
    expressions = sorted({row["pint"] for row in rows})
    key = _cache_key()
    cached = _read_cache(key)
    if cached is not None and sorted(cached) == expressions:
        return cached
    registry()  # a broken definitions file raises ConfigError here
    factors = {e: _factor(e) for e in expressions}
    _write_cache(key, factors)
    return factors


def _cache_key() -> str:
    digest = hashlib.sha256(f"{_CACHE_FORMAT} pint {metadata.version('pint')}".encode())
    for name in ("units/units.json", "units/definitions.txt"):
        digest.update(read_data_file(resolve_pattern_path(name)).encode())
    return digest.hexdigest()[:24]


def _cache_file(key: str) -> Path | None:
    folder = os.environ.get(CACHE_DIR_ENV, "").strip()
    if folder.lower() == "off":
        return None
    if not folder:
        import platformdirs

        folder = str(platformdirs.user_cache_path("nevextract", appauthor=False))
    return Path(folder) / f"si-factors-{key}.json"


def _read_cache(key: str) -> Factors | None:
    file = _cache_file(key)
    if file is None:
        return None
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return {e: (float(f[0]), str(f[1])) if f else None for e, f in data.items()}
    except (OSError, ValueError, TypeError, AttributeError, IndexError):
        return None  # absent, unreadable or not ours: work the factors out again


def _write_cache(key: str, factors: Factors) -> None:
    """Written to a temporary file and renamed, so a reader never sees half a file."""
    file = _cache_file(key)
    if file is None:
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=file.parent, suffix=".tmp", delete=False
        ) as out:
            json.dump(factors, out)
        os.replace(out.name, file)
    except OSError:  # a read-only home: no cache, pint on every start
        return


def to_si(value: float, pint_unit: str) -> tuple[float, str] | None:
    """`(40, "gigawatt_hour")` → `(1.44e14, "kilogram * meter ** 2 / second ** 2")`."""
    factors = si_factors()
    factor = factors[pint_unit] if pint_unit in factors else _factor(pint_unit)
    if factor is None:
        return None
    magnitude = value * factor[0]
    return (magnitude, factor[1]) if math.isfinite(magnitude) else None
