"""The one-word currency names of the amount pattern are matched as case-insensitive regex
named lists (\\L<...>) instead of a spelt-out prefix tree: both must accept the same words,
longest first, giving back shorter ones when the rest of the pattern needs it."""

from __future__ import annotations

import pytest
import regex

from nevextract.normalizers import quantities
from nevextract.normalizers.numbers import prefix_tree

LISTS = ("currency_single", "currency_spelt")


def _variants(word: str) -> list[str]:
    cut = word[:-1]
    return [word, word.upper(), word.title(), word + "s", cut, word + "x", f"{word} x", "X" + word]


@pytest.mark.parametrize("name", LISTS)
def test_named_list_accepts_what_the_tree_accepts(name: str) -> None:
    words = quantities.tables().named_lists[name]
    assert len(words) > 50  # the ISO 4217 names are there
    for tail in (r"\b", r"\s+x", r"s?\b"):  # "s?\b": backtracking to a shorter word
        tree = regex.compile(rf"(?i-f:{prefix_tree(set(words), ignore_case=True)}){tail}")
        named = regex.compile(rf"(?i-f:\L<words>){tail}", regex.V1, words=words)
        for word in words:
            for text in _variants(word):
                old, new = tree.match(text), named.match(text)
                assert (old and old.span()) == (new and new.span()), (name, tail, text)


def test_every_currency_name_is_found_after_an_amount() -> None:
    t = quantities.tables()
    for word in sorted(t.suffix_currency):
        name = " ".join(w[:1].upper() + w[1:] for w in word.split())  # place words capitalised
        if word.upper() in t.prefix_currency:
            name = word.upper()  # an ISO code counts in capitals only
        text = f"5 million {name} in sales"
        m = t.right.match(text)
        assert m is not None and m.group("cur") is not None, word
        assert m.group("cur").strip(" -").casefold() == word.casefold(), (word, m.group("cur"))
