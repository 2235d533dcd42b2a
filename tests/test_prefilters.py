"""Every prefilter derived in nevextract.prefilters must pass wherever its regex matches.

The texts are built from the phrases the regexes are made of, glued with the characters the
regex module treats differently from `str` (whitespace that `str.split` splits on and `\\s`
does not, letters that case-fold to ASCII ones), so a prefilter that restated its regex
wrongly fails here rather than silently dropping a record.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nevextract import prefilters, reader
from nevextract.kinds.figure import rules as figures
from nevextract.kinds.firm import rules as firms
from nevextract.kinds.year import rules as years
from nevextract.normalizers import attributes, quantities
from nevextract.normalizers.numbers import alternation, number_words
from nevextract.prefilters import Prefiltered, required_literals
from nevextract.resources import load_json

CORPUS = Path(__file__).parents[1] / "corpus"
SETTINGS = settings(
    max_examples=int(os.environ.get("NEVEXTRACT_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
GLUE = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", ",", ".", "(", "-", "$", "5", "x", "X"]
ODD = ["ſ", "İ", "\u212a", "é", "ß"]  # "ſ" folds to "s", the Kelvin sign to "k"


def _texts(phrases: Sequence[str]) -> st.SearchStrategy[str]:
    """Texts of phrases (some upper-cased, some with an odd letter) and glue."""
    phrase = st.sampled_from(sorted(set(phrases)))
    varied = st.one_of(
        phrase,
        phrase.map(str.upper),
        phrase.map(str.title),
        st.tuples(phrase, st.sampled_from(ODD), st.integers(0, 8)).map(
            lambda t: t[0][: t[2]] + t[1] + t[0][t[2] + 1 :]
        ),
    )
    piece = st.one_of(varied, st.sampled_from(GLUE + ODD))
    return st.lists(piece, max_size=12).map("".join)


# --- the prefilter classes on phrase lists of their own ---------------------------------

WORDS = ["of", "than", "more than", "a total of", "up to", "to", "sub-brand", "No.", "#", "app"]


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), st.data())
def test_endings_pass_wherever_the_phrases_end_a_text(
    phrases: list[str], data: st.DataObject
) -> None:
    text = data.draw(_texts([*phrases, "more", "total", "up"]))
    for ignore_case in (False, True):
        flags = regex.IGNORECASE if ignore_case else 0
        pattern = regex.compile(rf"(?:{alternation(phrases)})\s*$", flags)
        for whole in (False, True):
            ends = prefilters.Endings.of(phrases, ignore_case=ignore_case, whole=whole)
            assert ends.possible(text) or not pattern.search(text)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), st.data())
def test_starts_pass_wherever_the_phrases_begin_a_text(
    phrases: list[str], data: st.DataObject
) -> None:
    text = data.draw(_texts(phrases))
    for ignore_case in (False, True):
        flags = regex.IGNORECASE if ignore_case else 0
        pattern = regex.compile(rf"\s*(?:{alternation(phrases)})", flags)
        starts = prefilters.Starts.of(phrases, ignore_case=ignore_case)
        assert starts.possible_after_spaces(text, 0, len(text)) or not pattern.match(text)


@SETTINGS
@given(st.lists(st.sampled_from([w for w in WORDS if " " not in w]), min_size=1), st.data())
def test_required_passes_wherever_a_phrase_is_found(
    phrases: list[str], data: st.DataObject
) -> None:
    text = data.draw(_texts(phrases))
    required = prefilters.Required.of(phrases)
    assert required.possible(text) or not regex.search(alternation(phrases), text)


def test_required_keeps_the_shortest_pieces() -> None:
    assert prefilters.Required.of(["brands", "sub-brands", "labels"]).pieces == (
        "brands",
        "labels",
    )
    with pytest.raises(ValueError):
        prefilters.Required.of(["two words"])


def test_prefilters_reject_what_cannot_match() -> None:
    """They are worth their call: the usual text is turned away."""
    ends = prefilters.Endings.of(["a total of", "up to"], ignore_case=True, whole=True)
    assert not ends.possible("the price of ")
    assert ends.possible("A  total\nof ")
    assert ends.possible("a total ſof")  # not ASCII: the regex decides
    assert not prefilters.Starts.of(["times", "-fold"], ignore_case=True).possible("c")
    assert not prefilters.Required.of(["brand"]).possible("a battery maker")


# --- the prefilters in use, against the regexes they guard -------------------------------


def _tables() -> quantities._Tables:
    return quantities.tables()


def _qualifier_phrases() -> list[str]:
    t = _tables()
    return [*t.qualifiers, "between", "top"]


@SETTINGS
@given(st.data())
def test_amount_left_context(data: st.DataObject) -> None:
    t = _tables()
    text = data.draw(_texts(_qualifier_phrases())) + " "
    m = t.left.search(text, 0, len(text))
    said = m is not None and m.end() == len(text) and (m.group("qual") or m.group("between"))
    if said and not m.group("pre"):  # (a symbol is the other test: symbol_endings)
        assert t.left_endings.possible(text)


@SETTINGS
@given(st.data())
def test_amount_verb_and_suffix_qualifiers(data: st.DataObject) -> None:
    t = _tables()
    before = data.draw(_texts(list(t.verb_qualifiers))) + " "
    assert t.verb_endings.possible(before) or not t.verb_qualifier.search(before)
    after = " " + data.draw(_texts(list(t.suffix_qualifiers)))
    first = after[: quantities.AFTER_WINDOW].lstrip()[:1]
    assert t.suffix_starts.possible(first) or not t.suffix_qualifier.match(after)
    start = t.suffix_starts.possible_after_spaces(after, 0, quantities.AFTER_WINDOW)
    assert start or not t.suffix_qualifier.match(after, 0, quantities.AFTER_WINDOW)


@SETTINGS
@given(st.data())
def test_multipliers(data: st.DataObject) -> None:
    after = data.draw(_texts(quantities._TIMES_WORDS))
    first = after.lstrip()[:1]
    assert quantities._TIMES_STARTS.possible(first) or not quantities._TIMES.match(after)


@SETTINGS
@given(st.data())
def test_number_marks_and_fraction_links(data: st.DataObject) -> None:
    links = figures._FRACTION_LINKS
    fractions = [f"{n} {link} " for n in ("one", "3") for link in links]
    marks = [*figures._NUMBER_MARKS, *figures._words_of("identifier_before")]
    before = data.draw(_texts([*marks, *links, *fractions, "one", "3"]))
    no_before, no_marks = figures._no_before()
    assert no_marks.possible(before) or not no_before.search(before)
    fraction = figures._FRACTION_BEFORE.search(before)
    assert figures._FRACTION_ENDS.possible(before) or not fraction


def _firm_cue_groups() -> list[list[str]]:
    """The phrases of each firm cue (drawn group by group, so the rare ones come up)."""
    data = load_json("firms/vocab.json")
    return [
        [*data["role_nouns"], *data["credit_cues"], "analyst at", "data from"],
        [*data["source_words"], *data["source_phrases"], *data["title_words"], "report by"],
        [*data["list_cues"], "companies such as", "firms, including"],
        [*data["called_words"], "a venture called", "a ship named", "the model dubbed"],
        [*data["brand_nouns"], "its brand", "the label"],
    ]


def _firm_cue_phrases() -> list[str]:
    return [p for group in _firm_cue_groups() for p in group]


def _cue_checks() -> list[tuple[str, prefilters.CueEnding, Callable[[str], object]]]:
    v = firms.vocab()
    return [
        ("role", v.role_end, lambda s: v.role_before.search(s)),
        ("called", v.called_end, lambda s: v.called.search(s)),
        ("named thing", v.called_end, lambda s: v.named_thing.search(s)),
        ("brand", v.brand_end, lambda s: v.brand_before.search(s)),
        # list_cue is searched forwards, and counts where it ends at the name
        (
            "list cue",
            v.list_cue_end,
            lambda s: any(m.end() == len(s) for m in v.list_cue.finditer(s)),
        ),
    ]


@SETTINGS
@given(st.data())
def test_firm_cues_before_a_name(data: st.DataObject) -> None:
    v = firms.vocab()
    group = data.draw(st.sampled_from(_firm_cue_groups()))
    before = data.draw(_texts(group)) + data.draw(st.sampled_from(["", " ", "\t "]))
    text = before + "Xyz Motors"
    tail = prefilters.tail_before(text, len(before), v.tail_width)
    for name, ending, search in _cue_checks():
        assert ending.possible(tail) or not search(before), name
    if tail is not None and not tail.endswith(v.role_or_called_words):
        assert not v.role_before.search(before) and not v.called.search(before)


@SETTINGS
@given(st.data())
def test_firm_cues_searched_backwards_answer_as_forwards(data: st.DataObject) -> None:
    v = firms.vocab()
    before = data.draw(_texts([*_firm_cue_phrases(), "its", "SAIC's", "brands", "Nio"]))
    for pattern in (
        v.role_before,
        v.list_plurals,
        v.brand_list_before,
        v.called,
        v.named_thing,
        v.brand_before,
    ):
        assert pattern.flags & regex.REVERSE
        forwards = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
        assert bool(pattern.search(before)) == bool(forwards.search(before)), pattern.pattern


@SETTINGS
@given(st.data())
def test_product_and_brand_list_nouns(data: st.DataObject) -> None:
    v = firms.vocab()
    vocab = load_json("firms/vocab.json")
    after = data.draw(_texts([*vocab["product_nouns"], "Nio", "and", "Onvo"]))
    assert v.product_nouns.possible(after) or not v.product_after.match(after)
    window = data.draw(_texts([*vocab["brand_list_nouns"], "its", "SAIC's", "such as", "Nio"]))
    assert v.brand_list_nouns.possible(window) or not v.brand_list_before.search(window)


def _role_groups() -> list[list[str]]:
    """The phrases of each percentage-role cue (drawn group by group), a hyphen also
    written as a space, and subjects joined to their links ("growth was")."""
    cues = attributes._validated_cues(attributes.ROLE_CUES_PATH)
    groups = [[*g, *(p.replace("-", " ") for p in g if "-" in p)] for g in cues.values()]
    subjects = cues["change.subject"][:6]
    groups.append([f"{s} {link}" for s in subjects for link in cues["change.subject.links"]])
    return groups


@SETTINGS
@given(st.data())
def test_percentage_role_cues(data: st.DataObject) -> None:
    cues, pre = attributes.role_cues(), attributes.role_prefilters()
    group = data.draw(st.sampled_from(_role_groups()))
    last = data.draw(st.sampled_from(group))  # most texts end (or begin) with a cue
    before = data.draw(_texts(group)) + last + data.draw(st.sampled_from(["", " ", " \n"]))
    assert pre.share_before.possible(before) or not cues.share_before.match(before)
    assert pre.before_of.possible(before) or not cues.before_of.match(before)
    assert pre.change_subject.possible(before) or not cues.change_subject.match(before)
    assert pre.change_before.possible(before) or not cues.change_before.match(before)
    assert pre.level.possible(before) or not cues.level.match(before)
    after = data.draw(st.sampled_from(["", " ", "\t"])) + last + " " + data.draw(_texts(group))
    first = after.lstrip()[:1]
    assert pre.change_after.possible(first) or not cues.change_after.match(after)
    assert pre.share_after.possible(first) or not cues.share_after.match(after)


@SETTINGS
@given(st.data())
def test_rate_clause_words(data: st.DataObject) -> None:
    cues = attributes._validated_cues(attributes.ROLE_CUES_PATH)
    group = [*cues["rate.clause"], *cues["change.rate"], "growth", "the", "rat", "operate"]
    group += [p.replace("-", " ") for p in group if "-" in p]
    clause = data.draw(_texts(group))
    found = attributes.role_cues().rate_clause.search(clause)
    lowered_possible = attributes.role_prefilters().rate_clause.possible(clause.lower())
    assert not clause.isascii() or lowered_possible or not found


@SETTINGS
@given(st.data())
def test_rate_clause_starts(data: st.DataObject) -> None:
    """The rate-clause matches found at FirstWords' places are finditer's, in ASCII text."""
    cues = attributes._validated_cues(attributes.ROLE_CUES_PATH)
    group = [*cues["rate.clause"], *cues["change.rate"], "growth", "the", "rat", "operate"]
    group += [p.replace("-", " ") for p in group if "-" in p]
    text = data.draw(_texts(group))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    pattern = attributes.role_cues().rate_clause
    expected = [(m.span(), m.group("change")) for m in pattern.finditer(text, lo, hi)]
    if text[lo:hi].isascii():
        starts = attributes.role_prefilters().rate_clause_starts.starts(text[lo:hi].lower())
        found = prefilters.matches_at(pattern, text, lo, hi, starts, 1.0)
        assert [(m.span(), m.group("change")) for m in found] == expected
    attributes._rate_words.cache_clear()
    first = next((m.end() for m in pattern.finditer(text, lo, hi) if m.group("change") is None), -1)
    assert attributes._rate_words(text, lo, hi)[0] == first


@SETTINGS
@given(st.data())
def test_objective_cue_starts(data: st.DataObject) -> None:
    """The intention/forecast and fact cues found at FirstWords' places are finditer's."""
    cues = load_json(years.YEAR_CUES_PATH)
    keys = ("intention", "forecast", "fact", "fact_exempt_after")
    phrases = [p for k in keys for p in cues[k]["phrases"]]
    text = data.draw(_texts([*phrases, "the", "plans", "explain", "will"]))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    low = text[lo:hi].lower() if text[lo:hi].isascii() else None
    for pattern, starts in zip(years.objective_cues(), years.objective_cue_starts(), strict=True):
        assert starts is not None  # the package's phrases all begin with an ASCII word
        expected = [m.span() for m in pattern.finditer(text, lo, hi)]
        found = attributes._finditer(pattern, starts, text, lo, hi, low)
        assert [m.span() for m in found] == expected


@SETTINGS
@given(st.data())
def test_firm_list_cue_starts(data: st.DataObject) -> None:
    """The firm list cues found at FirstWords' places are finditer's, in ASCII text."""
    v = firms.vocab()
    assert v.list_cue_starts is not None  # the package's cues all begin with an ASCII word
    cues = [c for c in load_json(firms.VOCAB_FILE)["list_cues"] if not c.startswith("_")]
    text = data.draw(_texts([*cues, "companies, including", "misled by", "the", "BYD"]))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [m.span() for m in v.list_cue.finditer(text, lo, hi)]
    if text[lo:hi].isascii():
        starts = v.list_cue_starts.starts(text[lo:hi].lower())
        found = prefilters.matches_at(v.list_cue, text, lo, hi, starts, 1.0)
        assert [m.span() for m in found] == expected


@SETTINGS
@given(st.data())
def test_number_word_starts(data: st.DataObject) -> None:
    t = quantities.tables()
    assert t.word_starts is not None
    words = [*number_words(), "twenty-one", "a", "one-off", "done", "tone", "2", "_"]
    glue = ["\u201c", "\u2014", "\u00e9", "\u0301", "\u4e00", "\u00a0"]  # non-ASCII: \w or not
    low = data.draw(_texts([*words, *glue])).lower()
    expected = [m.start() for m in t.word_anchor_lower.finditer(low)]
    assert quantities._number_word_starts(t, t.word_starts, low) == expected
    assert t.word_scan is not None
    scan = prefilters.WordStartScan.of(t.word_starts)
    assert scan.starts(low) == t.word_starts.starts(low)
    assert set(t.word_scan.starts(low)) >= set(expected)
    assert quantities._number_word_starts(t, t.word_scan, low) == expected


@SETTINGS
@given(st.data())
def test_clause_openers(data: st.DataObject) -> None:
    k = data.draw(st.integers(0, 4))
    phrases = ["and", *attributes._clause_phrases()[k]]
    lead = data.draw(st.sampled_from(["", " ", " \n", "\t", "\x1c", "\u2003"]))
    text = lead + data.draw(st.sampled_from(phrases)) + data.draw(_texts(phrases))
    cue, starts = attributes.clause_cues()[k], attributes.clause_starts()[k]
    assert starts.possible_after_spaces(text, 0, 30) or not cue.match(text, 0, 30)
    assert starts.possible(text[:30].lstrip()[:1]) or not cue.match(text[:30])


@SETTINGS
@given(st.data())
def test_firm_role_after(data: st.DataObject) -> None:
    v = firms.vocab()
    vocab = load_json("firms/vocab.json")
    group = [*vocab["after_cues"], *vocab["appositive_heads"], ", a battery maker", "'s", " "]
    lead = data.draw(st.sampled_from(["", " ", "\t ", ",", "’"]))
    after = lead + data.draw(st.sampled_from(group)) + data.draw(_texts(group))
    found = v.role_after.match(after, 0, min(len(after), 120))
    assert firms._role_after_possible(after, 0, v.role_after_starts) or not found


@SETTINGS
@given(st.sampled_from(["intention", "forecast"]), st.data())
def test_year_cue_words(key: str, data: st.DataObject) -> None:
    phrases = load_json(years.YEAR_CUES_PATH)[key]["phrases"]
    _, intention, forecast = years.year_cues()
    cue = intention if key == "intention" else forecast
    words = years._cue_words()[0 if key == "intention" else 1]
    assert words.pieces, "no check derived (the prefilter does nothing)"
    window = data.draw(_texts([*phrases, "set", "planet", "aim to"]))
    assert words.possible(window) or not cue.search(window)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), st.data())
def test_ending_possible_answers_as_endings(phrases: list[str], data: st.DataObject) -> None:
    before = data.draw(_texts([*phrases, "more", "total", "up"]))
    stripped = before.rstrip()
    low = stripped.lower() if stripped.isascii() else None
    for ignore_case in (False, True):
        for whole in (False, True):
            ends = prefilters.Endings.of(phrases, ignore_case=ignore_case, whole=whole)
            assert prefilters.ending_possible(ends, stripped, low) == ends.possible(before)


@SETTINGS
@given(st.data())
def test_figure_period_and_scale_endings(data: st.DataObject) -> None:
    words = [*figures._PERIOD_WORDS, *figures._SCALE_WORDS, "of", "the", "past"]
    before = data.draw(_texts(words)) + data.draw(st.sampled_from(["", " ", "\t ", " of "]))
    assert figures._PERIOD_ENDS.possible(before) or not figures._PERIOD_BEFORE.search(before)
    scale = figures._SCALE_POINT_BEFORE.search(before)
    assert figures._SCALE_POINT_ENDS.possible(before) or not scale


def test_phrase_words_keep_the_shortest_longest_words() -> None:
    words = prefilters.PhraseWords.of(["aim", "aims", "set to", "is on track"])
    assert words.pieces == ("aim", "set", "track")
    assert not words.possible("The plant is in Hefei.")
    assert words.possible("It AIMS to")
    assert words.possible("ſet to")  # not ASCII: the regex decides
    assert prefilters.PhraseWords.of(["ſet"]).pieces is None  # a non-ASCII phrase: no check


# Literals derived from a regex's parse tree (the reader's line checks): never skip a line
# the regex matches, and the reader's derived checks agree with its regexes.


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


# --- firms and reader: derived prefilters and scans ---------------------------------------


@SETTINGS
@given(st.data())
def test_piece_index_answers_as_required(data: st.DataObject) -> None:
    vocab = load_json("firms/vocab.json")
    phrases = data.draw(st.sampled_from([vocab["product_nouns"], vocab["brand_list_nouns"]]))
    text = data.draw(_texts([*phrases, "Nio", "its", "brandbrand"]))
    required = prefilters.Required.of(phrases)
    index = prefilters.PieceIndex(required, text)
    for _ in range(5):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text) + 3))
        assert index.possible(start, end) == required.possible(text[start:end])


@SETTINGS
@given(st.data())
def test_related_lines_found_as_the_line_anchored_regex_finds_them(data: st.DataObject) -> None:
    v = firms.vocab()
    labels = load_json("firms/vocab.json")["related_labels"]
    text = data.draw(_texts([*labels, ":", " x\n", "\n", "\n ", ": Nio\n"]))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.span() for m in v.related_line.finditer(text, start, end)]
    assert v.related_lines.spans(text, start, end, 5.0) == expected
    assert firms._related_possible(text, start, end, v.related_end) or not expected


def test_related_lines_on_the_corpus() -> None:
    v = firms.vocab()
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for start in (0, len(text) // 3, text.find("\n") + 1):
            expected = [m.span() for m in v.related_line.finditer(text, start, len(text))]
            assert v.related_lines.spans(text, start, len(text), 5.0) == expected, path.name
            possible = firms._related_possible(text, start, len(text), v.related_end)
            assert possible or not expected, path.name


@SETTINGS
@given(st.data())
def test_firm_speech_verbs_after_a_name(data: st.DataObject) -> None:
    v = firms.vocab()
    verbs = load_json("firms/vocab.json")["speech_verbs"]
    lead = data.draw(st.sampled_from(["", " ", "\t ", " \n", "  "]))
    after = lead + data.draw(_texts([*verbs, "Nio"]))
    found = v.speech_after.match(after, 0, min(len(after), 20))
    assert v.speech_after_starts.possible_after_spaces(after, 0, 20) or not found


@SETTINGS
@given(st.data())
def test_one_word_shape_by_one_set(data: st.DataObject) -> None:
    """_shape's one-set answer for a word is the answer of its full checks."""
    v = firms.vocab()
    pool = sorted(v.not_company | v.legal | v.places | v.surnames | v.company_words)
    word = data.draw(st.sampled_from(pool)) + data.draw(
        st.sampled_from(["", ".", ",", "'s", "s", "’s", "'", "x"])
    )
    w, bare = word, word.rstrip(".,")
    slow = (
        bare in v.not_company
        or bare in v.legal
        or w in v.places
        or w.rstrip("'s") in v.places
        or (w in v.surnames and bare not in v.company_words)
    )
    assert (firms._shape([word]) == firms._REJECTED) == slow


def _alone_on_line_slow(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip(" \t-•*·")
    after = text[end : len(text) if line_end < 0 else line_end].strip(" \t:")
    return not before and not after


@SETTINGS
@given(st.data())
def test_alone_on_line_fast_path(data: st.DataObject) -> None:
    glue = st.lists(st.sampled_from([" ", "\t", "\n", "-", "•", "*", "·", ":", "x", ".", "A"]))
    before = "".join(data.draw(glue))
    after = "".join(data.draw(glue))
    text = before + "Xyz Motors" + after
    chunk = firms._Chunk(len(before), len(before) + 10, "Xyz Motors")
    assert firms._alone_on_line(text, chunk) == _alone_on_line_slow(text, chunk.start, chunk.end)


@SETTINGS
@given(st.data())
def test_firm_role_phrases_before_a_name(data: st.DataObject) -> None:
    v = firms.vocab()
    group = data.draw(st.sampled_from(_firm_cue_groups()[:2]))
    words = load_json("firms/vocab.json")
    titles = [f"{t} {w}" for t in words["title_nouns"] for w in words["title_words"]]
    sources = [f"{n} {w}" for n in words["source_nouns"] for w in words["source_words"]]
    extra = data.draw(st.sampled_from([titles, sources, words["source_phrases"]]))
    before = data.draw(_texts([*group, *extra])) + data.draw(st.sampled_from([" ", "\t ", "  "]))
    assert v.role_phrases.possible(before) or not v.role_before.search(before)


# --- targets: one scan for the words of many gates --------------------------------------

SCAN_WORDS = [
    ("as", True),
    ("as a", True),
    ("aspire to", True),
    ("is to", True),
    ("goals,", True),
    ("goal", False),
    ("target", False),
    ("targets", True),
    ("by 20", True),
    (";", False),
    (", of which", False),
    ("é", True),
    ("'s", True),
    ("a.b", True),
    ("x", True),
]
SCAN_GLUE = [" ", "  ", ",", ".", "_", "5", "x", "é", "-", "ta", "rget"]


def _plain_scan(
    words: Sequence[tuple[str, bool, int]], text: str, start: int, end: int
) -> dict[int, int]:
    """offset -> mask: each word found at each offset, the slow way."""
    word_chars = "abcdefghijklmnopqrstuvwxyz0123456789_"
    out: dict[int, int] = {}
    for word, word_start, mask in words:
        for i in range(start, end - len(word) + 1):
            if text.startswith(word, i) and (
                not word_start or i == 0 or text[i - 1] not in word_chars
            ):
                out[i] = out.get(i, 0) | mask
    return out


@SETTINGS
@given(
    st.lists(st.sampled_from(range(len(SCAN_WORDS))), min_size=1, max_size=8, unique=True),
    st.lists(st.sampled_from([w for w, _ in SCAN_WORDS] + SCAN_GLUE), max_size=16).map("".join),
    st.data(),
)
def test_word_scan_finds_each_word_where_it_occurs(
    chosen: list[int], text: str, data: st.DataObject
) -> None:
    words = [(*SCAN_WORDS[i], 1 << (k % 3)) for k, i in enumerate(chosen)]
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found: dict[int, int] = {}
    for offset, mask in prefilters.WordScan.of(words).scan(text, start, end):
        found[offset] = found.get(offset, 0) | mask
    assert {k: v for k, v in found.items() if v} == _plain_scan(words, text, start, end)


# --- reader, round 2: literal prefixes of the widget and footer lines ---------------------


@pytest.mark.parametrize(
    ("pattern", "flags", "prefixes"),
    [
        (r"Share|Print(?:\s*Icon)?", re.I, {"share", "print"}),
        (r"(?:\d+\s*)?Comments?", re.I, set("0123456789") | {"comment"}),
        (r"E-?mail", 0, {"e-mail", "email"}),  # lower-cased: the gate lowers the head
        # 【: a non-ASCII head, passed by the gate; whitespace read as a space
        (r"[【\[]?\s*Font", re.I, {" ", "[ ", "[font", "font"}),
        (r"[^\s/]{1,80}\.png", re.I, None),  # any word
        (r"x|.y", 0, None),  # one alternative starts with anything
        (r"a*bc", 0, {"a", "bc"}),  # the repeat may be empty
        (r"\s*Print", re.I, {" ", "print"}),
        (r"I\s+agree", re.I, {"i "}),
    ],
)
def test_literal_prefixes(pattern: str, flags: int, prefixes: set[str] | None) -> None:
    found = prefilters.literal_prefixes(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == (
        None if prefixes is None else prefilters._minimal(prefixes)
    )


def test_widget_and_body_line_gates_pass_every_match() -> None:
    cues = reader.header_cues()
    assert cues.widget_starts.windows, "the image-file widget has no prefix: a window check"
    assert cues.widget_starts.windows[0][1]  # its literals: ".png", ".jpg" ...
    lines = [
        *_corpus_lines(),
        "Share - WeChat",
        "3 Comment(s)Print E-mail",
        "ſhare",  # a non-ASCII head: passed to the regex
        "圖片1.png",
        "63e4a734498ea27454c0a2cf.jpeg",
        "Facebook IconLinkedIN Icon",
        "Listen to this article 1x",
        "【Font:large regular】",
        "Related: BYD news",
        "Copyright © 2024 Example",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "  Share",
        "I\tagree",  # a tab where the prefix has a space
        "Share\x1fto WeChat",
    ]
    widgets = bodies = 0
    for line in lines:
        widget = cues.widget_line.match(line) is not None
        body = cues.body_line.match(line) is not None
        widgets += widget
        bodies += body
        assert cues.widget_starts.possible(line) or not widget, line
        assert reader._widget(line) == widget, line
        assert cues.body_starts.possible(line) or not body, line
    assert widgets and bodies
    # the gate skips most lines (else it does nothing)
    skipped = sum(not cues.body_starts.possible(line) for line in lines)
    assert skipped > len(lines) // 2


# --- round 4 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "flags", "most"),
    [
        (r"abc|de", 0, 3),
        (r"\d+x?", 0, 1),
        (r"[a-z]+", 0, None),  # unbounded letters
        (r"\s*\d{1,2}:\d\d\s*", 0, 0),  # digits and spaces hold no letter
        (r"[^a]{2}", re.I, 2),  # a negated class may match a letter
        (r"(a|bc)\1", 0, 4),  # a backreference holds what its group did
        (r"(?<=x)\bjan(?!\w)", re.I, 3),  # lookarounds consume nothing
        (r"[0-9.:-]{1,5}", 0, 0),
        (r"\u212a", re.I, 1),  # the Kelvin sign is a letter
    ],
)
def test_max_letters(pattern: str, flags: int, most: int | None) -> None:
    assert prefilters.max_letters(re.compile(pattern, flags)) == most


def _letters_in_matches(rx: re.Pattern[str], text: str) -> list[int]:
    return [sum(c.isalpha() for c in m.group()) for m in rx.finditer(text)]


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                *["September", "Sept.", "8th", "2023", "1999", "20", "19", "10:20", "PM", "AEST"],
                *[" ", ", ", "-", "/", ".", "a.m.", "UTC+8", "x", "ſ", "\u212a", "Updated", "\t"],
            ]
        ),
        max_size=14,
    ).map("".join)
)
def test_bare_date_gate_agrees_with_the_substitutions(text: str) -> None:
    # each match holds no more letters than max_letters, and the gate answers as the subs do
    date_most = prefilters.max_letters(reader._DATE_RE)
    time_most = prefilters.max_letters(reader._TIME_RE)
    assert date_most is not None and time_most is not None
    assert all(n <= date_most for n in _letters_in_matches(reader._DATE_RE, text))
    assert all(n <= time_most for n in _letters_in_matches(reader._TIME_RE, text))
    bare = reader._fewer_letters_than(1, reader._TIME_RE.sub("", reader._DATE_RE.sub("", text)))
    assert reader._is_bare_date(text) == bare, text


def test_bare_date_gate_on_the_corpus_lines() -> None:
    assert reader._BARE_DATE_GATE is not None, "the date and time regexes have a letter bound"
    lines = _corpus_lines()
    bare = 0
    for line in lines:
        expected = reader._fewer_letters_than(
            1, reader._TIME_RE.sub("", reader._DATE_RE.sub("", line))
        )
        assert reader._is_bare_date(line) == expected, line
        bare += expected
    assert bare  # the corpus has date lines
