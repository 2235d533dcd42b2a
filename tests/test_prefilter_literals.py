"""Tests of nevextract.prefilter_literals: literal checks derived from a regex never skip a
line the regex matches, and the reader's derived checks agree with its regexes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nevextract import reader
from nevextract.prefilter_literals import Prefiltered, required_literals

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.mark.parametrize(
    ("pattern", "flags", "literals"),
    [
        (r"all\s+rights\s+reserved", re.I, {"reserved"}),
        (r"(?:19|20)\d{2}", 0, {"19", "20"}),
        (r"Jan(?:uary)?\s+\d+", 0, {"Jan"}),  # an optional tail is not required; case kept
        (r"(?:REUTERS|AFP|Getty\s+Images)/[A-Z]", 0, {"REUTERS/", "AFP/", "Images/"}),
        (r"(?:REUTERS|Getty\s+Images)/", re.I, {"reuters/", "mages/"}),  # casefolded, no i
        (r"End-of-day\s+quote|ICP\s*[备证]|公网安备", re.I, {"end-of-day", "cp", "公网安备"}),
        (r"Photos?:", 0, {"Photo"}),
        (r"(?:ab)+cd", 0, {"ab"}),  # a repeated group counts once it must occur
        (r"(?i:Reuters)", 0, {"reuters"}),  # case-folded, whatever the flags
        (r"Xinhua", re.I, {"nhua"}),  # no i: re's IGNORECASE also takes 'ı' and 'İ' for it
        (r"[a-z]+\d+", 0, None),  # classes only
        (r"(?:x|abc)def", 0, {"xdef", "abcdef"}),  # alternatives joined to what follows
        (r"\bab\b|cd", 0, {"ab", "cd"}),
        (r"(?:abc)?x", 0, None),  # everything optional but one character
        (r"(?=abc)", 0, None),  # lookarounds are not counted
    ],
)
def test_required_literals(pattern: str, flags: int, literals: set[str] | None) -> None:
    found = required_literals(re.compile(pattern, flags))
    assert found == (frozenset(literals) if literals is not None else None)


def test_single_characters_only_when_asked() -> None:
    assert required_literals(r"\((\w+)\)|/\w+/") is None
    assert required_literals(r"\((\w+)\)|/\w+/", min_length=1) == {"(", "/"}


def test_letters_with_unicode_case_partners() -> None:
    # what re's IGNORECASE matches beyond ASCII (its documented four), as the prefilter must
    for text in ("ıcp备", "İCP备", "ſtock", "\u212aeywords"):
        for pattern in (r"ICP\s*[备證证]", r"stock", r"keywords"):
            rule = Prefiltered(re.compile(pattern, re.IGNORECASE))
            assert rule.may_match(text) or not rule.regex.search(text), (pattern, text)


def test_prefiltered_gives_what_the_regex_gives() -> None:
    rights = Prefiltered(re.compile(r"all\s+rights\s+reserved", re.I))
    for line in ("© 2024 Example. ALL RIGHTS RESERVED.", "Reserved seats", "no match here"):
        assert bool(rights.search(line)) == bool(rights.regex.search(line))
    assert not rights.may_match("no match here")
    years = Prefiltered(re.compile(r"(?:19|20)\d{2}"))
    assert not years.may_match("Sales rose in May.")  # caseless literals: no folding needed


def _corpus_lines() -> list[str]:
    from tests.test_reader import LAYOUTS, NOT_LAYOUTS, PAGE_LAYOUTS, PAGE_NOT_LAYOUTS

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))]
    texts += [case[1] for case in LAYOUTS + NOT_LAYOUTS]
    texts += [case[1] + case[2] for case in PAGE_LAYOUTS + PAGE_NOT_LAYOUTS]
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    # lines the rules are about, in other cases and forms
    lines += [
        "Copyright © 2024 Example Media. All Rights Reserved.",
        "京ICP备12345678号  京公网安备 11010502030000号",
        "ICP License No. 123",
        "End-of-day quote Hong Kong Stock Exchange",
        "Delayed Quote",
        "FILE PHOTO: A BYD car at a show. REUTERS/Aly Song",
        "[Photo provided to China Daily]",
        "(Image credit: CnEVPost)",
        "Photo: VCG",
        "PUBLISHED 20 Jun 2024",
        "EnglishFrançaisDeutsch日本語",
        "FOR IMMEDIATE RELEASE",
        "HEFEI, June 2 (Xinhua) -- Sales rose.",
        "SHENZHEN, China, March 3, 2022 /PRNewswire/ -- Sales rose.",
        "Updated 2 days ago",
        "5:29 AM UTC",
    ]
    return lines


def test_combined_line_checks_agree_with_each_check() -> None:
    parts = (
        reader._SITE_RE,
        reader._URL_LINE_RE,
        reader._CREDIT_LINE_RE,
        reader._STAFF_LINE_RE,
        reader._PLACE_LINE_RE,
        reader._TRANSLATION_RE,
    )
    hits = 0
    for line in _corpus_lines():
        each = any(rx.match(line) for rx in parts)
        hits += each
        assert (reader._BOILERPLATE_LINE_RE.match(line) is not None) == each, line
    assert hits


def _prefiltered() -> dict[str, Prefiltered]:
    cues = reader.header_cues()
    return {
        "caption": cues.caption,
        "marker": cues.marker,
        "language": cues.language,
        "rights-reserved": reader._RIGHTS_RESERVED,
        "footer-tail": reader._FOOTER_TAIL_ANY,
        "date": reader._DATE,
        "in-body-dateline": reader._LEAD,
        "time": reader._TIME,
        "ago": reader._AGO,
    }


@pytest.mark.parametrize("name", list(_prefiltered()))
def test_reader_prefilters_agree_with_their_regexes(name: str) -> None:
    rule = _prefiltered()[name]
    assert rule.literals, f"{name}: no literal check derived (the prefilter does nothing)"
    lines = _corpus_lines()
    matched = 0
    for line in lines:
        hit = rule.regex.search(line) is not None
        matched += hit
        assert rule.may_match(line) or not hit, (name, line)
        assert (rule.search(line) is not None) == hit
    assert matched, f"{name}: no line of the corpus exercises the rule"
