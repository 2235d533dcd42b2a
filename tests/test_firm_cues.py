"""Context cues of the firm rules at their edges: list cues, role nouns and brand words
across tabs, line breaks and non-ASCII letters that regex case-folding matches to ASCII
('ſ' to 's', 'İ' to 'i'). The firm stage checks these cues with cheap string tests before
any regex call, so the tests pin that those shortcuts never lose a match."""

from __future__ import annotations

import pytest

import nevextract
from nevextract.kinds.firm.rules import find_firms

CASES = [
    (
        "Suppliers such as Foo Tech and Bar Auto won orders.",
        [("Foo Tech", "firm.suffix"), ("Bar Auto", "firm.suffix")],
    ),
    (
        "Several carmakers,\tincluding Foo and Bar, cut prices.",
        [("Foo", "firm.list"), ("Bar", "firm.list")],
    ),
    (
        "Several carmakers,\nincluding Foo and Bar, cut prices.",
        [("Foo", "firm.list"), ("Bar", "firm.list")],
    ),
    ("Rivals ſuch as Foo and Bar cut prices.", [("Foo", "firm.list"), ("Bar", "firm.list")]),
    (
        "Several companies İncluding Foo and Bar cut prices.",
        [("Foo", "firm.list"), ("Bar", "firm.list")],
    ),
    ("Technologies such as LiDAR and Foo are costly.", []),
    ("Automakers such as\n\n Foo grew.", []),
    ("The round was led by Foo and backed by Slovak investors.", []),
    ("The battery maker \nFoo said sales rose.", [("Foo", "firm.role.noun")]),
    ("The battery maker\tFoo said sales rose.", [("Foo", "firm.role.noun")]),
    ("Said an analyſt at Foo on Monday.", [("Foo", "firm.role.title")]),
    (
        "Data from Foo showed a rise; according to Bar, sales fell.",
        [("Foo", "firm.role.source"), ("Bar", "firm.role.source")],
    ),
    ("It formed a venture in 2022 called Carizon.", [("Carizon", "firm.role.called")]),
    # a brand word after the name vetoes a suffix name as it does a lexicon name
    ("Geely's premium brand Zeekr and IM Motors, SAIC's premium marque, grew.", []),
    ("Geely's premium brand Zeekr and Foo Motors grew.", [("Foo Motors", "firm.suffix")]),
    # product nouns after a name or a list of names, across tabs
    ("Sign up for the free Foo Hydrogen\tnewsletter.", []),
    ("Models from its Foo Auto and Bar series will launch.", []),
    (
        "Foo Auto and Bar Motors series production began.",
        [("Foo Auto", "firm.suffix"), ("Bar Motors", "firm.suffix")],
    ),
    ("The group's brands, Foo Motors and Bar Auto among them, grew.", []),
    (
        "Its brands\tinclude Foo Motors; Bar Auto grew.",
        [("Foo Motors", "firm.suffix"), ("Bar Auto", "firm.suffix")],
    ),
    # the all-caps footer label of a press release is not part of the name
    ("SOURCE Foo Battery Co., Ltd.", [("Foo Battery Co., Ltd.", "firm.suffix")]),
    # a photo credit vouches for the name after it
    ("Photo credit:\tFoocharge", [("Foocharge", "firm.role.credit")]),
    ("Image courtesy of Foocharge.", [("Foocharge", "firm.role.credit")]),
    (
        "Shares\tof\tTianmu Lake Battery Materials rose.",
        [("Tianmu Lake Battery Materials", "firm.suffix")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cue_edges(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.name, f.rule_id) for f in find_firms(text, 0, len(text))] == expected


def test_shared_short_form_goes_to_the_firm_it_shortens() -> None:
    """A bare form the lexicon gives to a holding belongs to the named firm that extends it
    only by same-firm words (`Geely` -> `Geely Auto`, not `Zhejiang Geely Holding Group`)."""
    text = (
        "Geely sold more cars. Geely Auto is one of Zhejiang Geely Holding Group's brands, "
        "and Geely plans more."
    )
    records = [r for r in nevextract.extract(text).records if r.kind == "firm"]
    assert {r.name: r.aliases for r in records} == {
        "Geely Auto": ["Geely"],
        "Zhejiang Geely Holding Group": [],
    }


def test_shapes_kept_per_vocab() -> None:
    """The _shape table outlives an article but never a vocab: another vocab (other rules,
    or the caches cleared) reads names with a table of its own."""
    from nevextract import resources
    from nevextract.kinds.firm import rules

    nevextract.load()
    text = "Foo Tech and Bar Auto won orders."
    first = [(f.name, f.rule_id) for f in find_firms(text, 0, len(text), [])]
    table = rules._shapes(rules.vocab())
    assert table, "the names of the article were kept"
    assert rules._shapes(rules.vocab()) is table  # the next article reads the same table
    resources.clear_caches()
    try:
        fresh = rules._shapes(rules.vocab())
        assert fresh is not table and not fresh
        assert [(f.name, f.rule_id) for f in find_firms(text, 0, len(text), [])] == first
    finally:
        resources.clear_caches()
        nevextract.load()
