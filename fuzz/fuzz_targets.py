"""Coverage-guided fuzzing of nevextract with atheris (libFuzzer for Python).

    /work/venv/bin/python fuzz/fuzz_targets.py TARGET [libFuzzer options] [corpus dir]

TARGET is one of: reader, amount, money, years, quantities, extract, all. Example (the
documented run, see fuzz/README.md):

    /work/venv/bin/python fuzz/fuzz_targets.py all -runs=100000 -max_len=2048 \
        -dict=fuzz/news.dict -artifact_prefix=/tmp/nevextract-fuzz/

Each target checks the same invariants as tests/test_properties.py: offsets inside the
text, finite numbers, and no exception but NevextractError (ValueError for parse_amount).
A violated invariant or any other exception is a crash: libFuzzer stops and saves the input.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import date

import atheris

# every nevextract module the targets reach is imported here, so all are instrumented
with atheris.instrument_imports(include=["nevextract"]):
    import nevextract
    import nevextract.api
    import nevextract.extraction
    import nevextract.normalizers.attributes
    import nevextract.kinds.figure.rules
    import nevextract.kinds.firm.rules
    import nevextract.kinds.target.rules
    import nevextract.registrations
    from nevextract.errors import NevextractError
    from nevextract.normalizers import quantities
    from nevextract.kinds.money import rules as money
    from nevextract.kinds.year import rules as years
    from nevextract.normalizers.numbers import parse_amount
    from nevextract.reader import parse_article


def _finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


def _text(fdp: atheris.FuzzedDataProvider) -> str:
    return str(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))


def _published(fdp: atheris.FuzzedDataProvider) -> date | None:
    if not fdp.ConsumeBool():
        return None
    return date(fdp.ConsumeIntInRange(1990, 2040), fdp.ConsumeIntInRange(1, 12), 1)


def fuzz_reader(fdp: atheris.FuzzedDataProvider) -> None:
    text = _text(fdp)
    parts = parse_article(text)
    assert 0 <= parts.body_start <= len(text), parts
    assert 0 <= parts.body_end <= len(text), parts
    assert parts.title is None or parts.title in text


def fuzz_amount(fdp: atheris.FuzzedDataProvider) -> None:
    try:
        value = parse_amount(_text(fdp))
    except ValueError:
        return
    assert math.isfinite(value), value


def fuzz_money(fdp: atheris.FuzzedDataProvider) -> None:
    table = sorted(money.rate_table())
    currency = table[fdp.ConsumeIntInRange(0, len(table) - 1)]
    value = fdp.ConsumeRegularFloat()
    value_max = fdp.ConsumeRegularFloat() if fdp.ConsumeBool() else None
    year = fdp.ConsumeIntInRange(1800, 2200)
    month = fdp.ConsumeIntInRange(1, 12) if fdp.ConsumeBool() else None
    conv = money.convert(value, value_max, currency, year, month)
    if conv is not None:
        assert _finite(conv.usd, conv.usd_max, conv.usd_per_unit), conv
    # and the money amounts the scanner finds in text
    text = _text(fdp)
    for q in quantities.scan(text):
        if q.kind == "money" and q.currency:
            conv = money.convert(q.value, q.value_max, q.currency, year, month)
            assert conv is None or _finite(conv.usd, conv.usd_max), (q, conv)


def fuzz_years(fdp: atheris.FuzzedDataProvider) -> None:
    when = _published(fdp)
    text = _text(fdp)
    for y in years.find_years(text, published=when):
        assert 0 <= y.start < y.end <= len(text), y
        assert isinstance(y.value, int), y


def fuzz_quantities(fdp: atheris.FuzzedDataProvider) -> None:
    text = _text(fdp)
    for q in quantities.scan(text):
        assert 0 <= q.start <= q.num_start < q.end <= len(text), q
        assert _finite(q.value, q.value_max, q.usd, q.usd_max), q


def fuzz_extract(fdp: atheris.FuzzedDataProvider) -> None:
    when = _published(fdp)
    text = _text(fdp)
    try:
        result = nevextract.extract(text, when)
    except NevextractError:
        return
    for r in result.records:
        assert 0 <= r.start <= r.end <= len(text), r
        assert text[r.start : r.end] == r.text, r
        for name in ("value", "value_max", "usd", "usd_max", "usd_rate", "quantity"):
            assert _finite(getattr(r, name, None)), (name, r)


TARGETS: dict[str, Callable[[atheris.FuzzedDataProvider], None]] = {
    "reader": fuzz_reader,
    "amount": fuzz_amount,
    "money": fuzz_money,
    "years": fuzz_years,
    "quantities": fuzz_quantities,
    "extract": fuzz_extract,
}
ORDER = list(TARGETS.values())


def fuzz_all(fdp: atheris.FuzzedDataProvider) -> None:
    ORDER[fdp.ConsumeIntInRange(0, len(ORDER) - 1)](fdp)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in [*TARGETS, "all"]:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join([*TARGETS, 'all'])}}} [libFuzzer options]")
    target = fuzz_all if sys.argv[1] == "all" else TARGETS[sys.argv[1]]

    def one_input(data: bytes) -> None:
        target(atheris.FuzzedDataProvider(data))

    nevextract.load()  # build the pipeline (and read every data file) before fuzzing
    atheris.Setup([sys.argv[0], *sys.argv[2:]], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
