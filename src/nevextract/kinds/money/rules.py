"""USD equivalents from the dated exchange-rate tables in `patterns/common/rates/` (hand-kept
`usd_rates.csv`, and `ecb_usd_rates.csv` generated from the ECB reference rates)."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from functools import cache

from ...errors import ConfigError
from ...resources import resolve_pattern_path

RATES_FILE = "rates/usd_rates.csv"
ECB_RATES_FILE = "rates/ecb_usd_rates.csv"  # generated: scripts/build_currency_data.py


@dataclass(frozen=True)
class Conversion:
    usd: float
    usd_max: float | None
    usd_per_unit: float  # reported as `usd_rate`: usd = value * usd_rate
    period: str  # reported as `usd_rate_date`


@cache
def rate_table() -> dict[str, dict[str, float]]:
    """currency → period ('YYYY' or 'YYYY-MM') → units of the currency per USD.

    The hand-kept table wins; the generated ECB table adds the currencies it lacks."""
    table = _read_rates(ECB_RATES_FILE)
    table.update(_read_rates(RATES_FILE))
    return table


def _read_rates(name: str) -> dict[str, dict[str, float]]:
    path = resolve_pattern_path(name)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(str(path), "file not found") from exc
    lines = [(n, line) for n, line in enumerate(raw.splitlines(), 1) if line and line[0] != "#"]
    reader = csv.DictReader(io.StringIO("\n".join(line for _, line in lines)))
    table: dict[str, dict[str, float]] = {}
    for (lineno, _), row in zip(lines[1:], reader, strict=False):
        try:
            per_usd = float(row["units_per_usd"])
            currency, period = row["currency"].strip(), row["period"].strip()
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(str(path), f"bad rate row: {exc}", lineno) from exc
        if per_usd <= 0:
            raise ConfigError(str(path), "units_per_usd must be positive", lineno)
        table.setdefault(currency, {})[period] = per_usd
    return table


def convert(
    value: float, value_max: float | None, currency: str, year: int, month: int | None = None
) -> Conversion | None:
    """USD at the month's rate if the table has it, else the year's, else the nearest year."""
    periods = rate_table().get(currency)
    if not periods:
        return None
    candidates = [f"{year}-{month:02d}"] if month else []
    candidates.append(str(year))
    period = next((p for p in candidates if p in periods), None)
    if period is None:
        years = sorted(int(p) for p in periods if len(p) == 4)
        if not years:
            return None
        period = str(min(years, key=lambda y: abs(y - year)))
    per_usd = periods[period]
    usd = value / per_usd
    usd_max = value_max / per_usd if value_max is not None else None
    if not math.isfinite(usd) or (usd_max is not None and not math.isfinite(usd_max)):
        return None  # beyond float range after conversion (rates below 1 per USD)
    return Conversion(usd=usd, usd_max=usd_max, usd_per_unit=1.0 / per_usd, period=period)
