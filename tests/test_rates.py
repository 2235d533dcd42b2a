"""The exchange-rate sources: the generated ECB table and CLDR names, and their audit trail."""

from __future__ import annotations

import csv
import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

import nevextract
from nevextract.kinds.money import rules as money

ROOT = Path(__file__).resolve().parent.parent
RATES = ROOT / "patterns" / "en" / "rates"  # how English text names currencies
RATE_TABLES = ROOT / "patterns" / "common" / "rates"  # the language-independent rate tables


def _script() -> ModuleType:
    pytest.importorskip("babel")
    pytest.importorskip("currency_converter")
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts/build_currency_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> list[dict[str, str]]:
    lines = (RATE_TABLES / name).read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def test_ecb_table_reproduces_from_the_shipped_reference_rates() -> None:
    build = _script()
    hand = {r["currency"] for r in _rows("usd_rates.csv")}
    stored = {
        (r["currency"], r["period"]): float(r["units_per_usd"]) for r in _rows("ecb_usd_rates.csv")
    }
    last_year = max(int(p) for _, p in stored)
    fresh = {(c, p): v for c, p, v in build.build_rates(hand, set(build._territory_currencies()))}
    complete = [k for k in stored if int(k[1]) < last_year]  # closed years never change
    assert len(complete) > 200
    assert all(fresh[k] == pytest.approx(stored[k], rel=1e-6) for k in complete)


def test_generated_names_are_cldr_names() -> None:
    build = _script()
    from babel import numbers

    data = json.loads((RATES / "iso4217.json").read_text(encoding="utf-8"))
    codes = [c for c in data if not c.startswith("_")]
    assert len(codes) > 100
    for code in codes:
        assert data[code]["name"] == numbers.get_currency_name(code, 1, "en")
    assert set(build.CODE_STOPLIST).isdisjoint(c for code in codes for c in data[code]["codes"])


def test_hand_table_wins_and_ecb_adds_currencies() -> None:
    hand = {r["currency"] for r in _rows("usd_rates.csv")}
    ecb = {r["currency"] for r in _rows("ecb_usd_rates.csv")}
    assert hand.isdisjoint(ecb)
    table = money.rate_table()
    assert {"HUF", "PLN", "TRY", "CZK"} <= set(table)
    cny = next(
        r for r in _rows("usd_rates.csv") if r["currency"] == "CNY" and r["period"] == "2023"
    )
    assert table["CNY"]["2023"] == float(cny["units_per_usd"])
    # every ECB currency can be named in text
    named = json.loads((RATES / "iso4217.json").read_text(encoding="utf-8"))
    assert ecb <= set(named)


def test_ecb_rate_is_audited_on_the_record() -> None:
    records = nevextract.extract(
        "CATL will spend 3,000 billion forints on its Debrecen plant.", date(2023, 6, 8)
    ).records
    (rec,) = [r for r in records if r.kind == "money"]
    assert rec.currency == "HUF"
    assert rec.usd_basis == "rate" and rec.usd_rate_date == "2023"
    assert 340 < 1 / rec.usd_rate < 370  # forints per dollar in 2023
    assert rec.usd == pytest.approx(3e12 * rec.usd_rate)


def test_currency_without_rate_has_no_usd() -> None:
    records = nevextract.extract("VinFast raised 500 billion dong.", date(2023, 6, 8)).records
    (rec,) = [r for r in records if r.kind == "money"]
    assert rec.currency == "VND" and rec.usd is None
