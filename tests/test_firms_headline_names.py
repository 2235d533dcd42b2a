"""A short name before the fuller one: the fuller name in the headline makes them one firm."""

from __future__ import annotations

import pytest

import nevextract

BODY = (
    "{short}'s net profit in the third quarter rose 59% year-on-year to 3.8 billion yuan.\n\n"
    "{full} told the exchange that its sales rose 43% to 761,000 units in the quarter.\n"
)


def _firms(text: str) -> list[tuple[str, list[str]]]:
    return [(r.name, r.aliases) for r in nevextract.extract(text).records if r.kind == "firm"]


@pytest.mark.parametrize(
    ("short", "full"),
    [("Geely", "Geely Auto"), ("Dongfeng", "Dongfeng Motor"), ("BAIC", "BAIC Motor")],
)
def test_headline_names_the_firm_the_body_shortens(short: str, full: str) -> None:
    header = f"example.com\n\n{full} Q3 profit increased by 59% on higher sales\n\n"
    assert _firms(header + BODY.format(short=short, full=full)) == [(full, [short])]


@pytest.mark.parametrize(("short", "full"), [("Xiaomi", "Xiaomi Auto"), ("Geely", "Geely Auto")])
def test_without_the_headline_the_short_name_first_stays_a_firm_of_its_own(
    short: str, full: str
) -> None:
    header = "example.com\n\nCarmakers report higher profits in the third quarter\n\n"
    names = [name for name, _ in _firms(header + BODY.format(short=short, full=full))]
    assert names == [short, full]
