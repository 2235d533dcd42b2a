"""Companies named in an article, merged into one record per company.

Candidates come from three places: the lexicon of real companies (matched by spaCy's span
ruler and passed in as `LexiconSpan`s), capitalised names that end in a legal suffix or a
company word (`... Battery Co Ltd`, `... Motor Group`), and names that the context calls a
company (`battery maker X`, `companies such as A, B and C`). Governments, associations,
universities, outlets, brands and places are filtered out. Short forms (`Lianxin` for
`Jiangsu Lianxin Power Cell Co Ltd`) are found by matching later names against the
prefixes of each full name.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from ...limits import MATCH_TIMEOUT_S
from ...normalizers.numbers import alternation, prefix_tree
from ...normalizers.quantities import currency_letters
from ...normalizers.text import stop_words
from ...prefilters import (
    UNTIMED_CHARS,
    CueEnding,
    Endings,
    FirstWords,
    LineStarts,
    PieceIndex,
    Required,
    Starts,
    matches_at,
    tail_before,
    timeout_for,
)
from ...resources import load_json, load_word_list
from ...rule_index import rule_id

VOCAB_FILE = "firms/vocab.json"  # its `rules` rows give each firm rule its record id


def _spaced(words: Sequence[str]) -> str:
    """A regex alternation of the words, in order, spaces matching any whitespace."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


# The cues that must end where a name starts (`...$`) are only asked whether they match:
# searched backwards, the regex tries them from the end of the window once instead of at
# every character of it (5x faster for the 100-phrase role cue), with the same answer.
_BACKWARDS = regex.REVERSE


def _past_descriptor(words: list[str], skip: int, v: _Vocab) -> int:
    """The index after a descriptor that ends more words of a place or a person: "Hong
    Kong-listed X", "Warren Buffett-backed X" (the name is what follows the last one)."""
    for i in range(skip, len(words) - 1):
        if not words[i][:1].isupper():
            break  # "X and Shenzhen-based Y": not one descriptor before one name
        if ("-" in words[i] and _descriptive(words[i], v)) and v.descriptive_prefix.fullmatch(
            words[i], timeout=timeout_for(len(words[i]))
        ):
            skip = i + 1
    return skip


def _descriptive(word: str, v: _Vocab) -> bool:
    """`Shenzhen-based`, `Expert-led`: a word ending in `-` and a descriptive word (one set
    lookup, however many descriptive words there are)."""
    return "-" in word and word.rpartition("-")[2] in v.hyphen_descriptors


_NUMBER_AFTER = regex.compile(r"[ \t]?\d")


_MODIFIES_NOUN = regex.compile(r"[ \t]+[a-z][\w-]*s\b")
_PUNCT = regex.compile(r"[^\w\s&-]")
_IMPORT_EXPORT = regex.compile(r"Import\s+(?:and|&)\s+Export")
_AND = regex.compile(r"[ \t]+and[ \t]+")
_OF = regex.compile(r"[ \t]of[ \t]+")
_LIST_SEPARATOR = regex.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]*")
_ACRONYM_AFTER = regex.compile(r"[ \t]*\(([A-Z][A-Z0-9&-]{1,9})\)")
# a short name in brackets right after a firm's full name: "Hefei Guoxuan ... (Gotion)"
_SHORT_NAME_AFTER = regex.compile(r"[ \t]?\(([A-Z][\w&-]{1,20}(?:[ \t][A-Z][\w&-]{1,20}){0,2})\)")
# "Warren Buffett's Berkshire Hathaway": a name owning the firm named after it (a page may
# set a space before the apostrophe: "Warren Buffett ’s")
_POSSESSIVES = tuple(f"{gap}{mark}s " for gap in ("", " ") for mark in "'’")


class LexiconSpan(NamedTuple):
    """A lexicon (or NER) match. A named tuple: built for every span of every article,
    and cheaper to build than a frozen dataclass."""

    start: int
    end: int
    label: str  # FIRM or NOT_FIRM
    id: str


@dataclass
class Firm:
    key: str
    rule_id: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    core_words: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.surfaces, key=len)  # the first of the longest

    @property
    def aliases(self) -> list[str]:
        name = self.name
        out: list[str] = []
        for s in self.surfaces:
            if s != name and s not in out:
                out.append(s)
        return out


@dataclass(frozen=True)
class _Vocab:
    legal: frozenset[str]
    legal_prefixes: frozenset[str]  # "PT Vale Indonesia": a legal form before the name
    dotted_legal: tuple[str, ...]  # legal suffixes ending in a full stop, which a name keeps
    company_words: frozenset[str]
    not_company: frozenset[str]
    places: frozenset[str]
    surnames: frozenset[str]
    generic: frozenset[str]
    stops: frozenset[str]  # stop words (text.stop_words() rebuilds its set on every call)
    leading: frozenset[str]  # words that do not start a name: stop words, "and", "of", "for"
    # a one-word name that _shape rejects, when the word does not end in a character that
    # _shape strips (_SHAPE_STRIPPED): one set lookup for the usual word
    one_word_rejected: frozenset[str]
    legal_folded: frozenset[str]  # legal suffixes as normalise_name compares them
    not_distinctive: frozenset[str]  # generic | company words | legal suffixes
    legal_or_company: frozenset[str]
    legal_or_extension: frozenset[str]  # legal suffixes | same_firm_extensions
    same_firm_extensions: frozenset[str]
    parent_words: frozenset[str]  # "Geely Automobile Group": the whole group
    titles: frozenset[str]  # person_titles: "BYD Chairman Wang Chuanfu"
    office_titles: frozenset[str]  # "... Technology Minister": an office, not a company
    hyphen_descriptors: frozenset[str]  # "Shenzhen-based": one set lookup per word
    descriptive_prefix: regex.Pattern[str]  # a capitalised word, "-", a hyphen descriptor
    list_plurals: regex.Pattern[str]
    plural_nouns: regex.Pattern[str]  # a list_plural_nouns word anywhere, any case
    descriptors: frozenset[str]  # 'Rival', 'Startup': describe the name that follows
    role_after: regex.Pattern[str]  # 'X shares', 'X, a battery maker based in ...'
    role_after_starts: (
        Starts  # the cue words after spaces ('s cues and appositives: _ROLE_AFTER_LEADS)
    )
    speech_after: regex.Pattern[str]  # 'Peter Szijjarto told': a person
    speech_after_starts: Starts  # the first letters of the speech verbs
    names: regex.Pattern[str]  # every name candidate of a text in one match; see _chunks
    role_before: regex.Pattern[str]
    role_comma_before: regex.Pattern[str]
    role_end: CueEnding
    # the whole phrases of role_before's cues: most names after "in", "of", "to" have none
    role_phrases: Endings
    product_after: regex.Pattern[str]  # 'X newsletter', 'X and Y series': not companies
    product_nouns: Required  # product_after needs one of them: a cheap test first
    brand_list_before: regex.Pattern[str]  # "SAIC's brands, X and Y": brands
    brand_list_nouns: Required  # ... needs one of these
    related_line: regex.Pattern[str]  # "See Also: ..." lines link to other articles
    related_lines: LineStarts  # its matches, found by a newline-first scan
    related_end: Endings  # every match has a label's last word, then spaces or tabs and ":"
    role_or_called_words: tuple[str, ...]  # role_end and called_end words together
    tail_width: int  # the longest last word of a cue: what tail_before must keep
    list_cue: regex.Pattern[str]
    list_cue_starts: FirstWords | None  # where a list_cue match can start (lowered ASCII)
    list_cue_end: CueEnding
    # a character no list cue can hold (they are letters, commas and whitespace), so no cue
    # match crosses one: the text between two of them can be scanned for cues alone
    cue_barrier: regex.Pattern[str]
    cue_barrier_before: regex.Pattern[str]  # the same, searching backwards
    renamed_after: regex.Pattern[str]  # "X, formerly known as Y": Y is X's former name
    pair_after: regex.Pattern[str]  # "the JLR-Chery talks": a relation, no joint venture
    caption_after: regex.Pattern[str]  # "AION LX Fuel Cell; Photo Credit: GAC": a caption
    person_title_after: regex.Pattern[str]  # "Gai Xinwu, a spokesman for": a person
    titled_name: regex.Pattern[str]  # "deputy CEO Roslan Abdullah": a person's name
    outlet_after: regex.Pattern[str]  # "Tram Resources has learned that": an outlet
    # "formed a joint venture with Horizon in 2022 called Carizon"
    called: regex.Pattern[str]
    called_end: CueEnding
    # "a ship named BYD Xi'an", "the model called X": a thing that bears a name, not a company
    named_thing: regex.Pattern[str]
    brand_before: regex.Pattern[str]  # "Geely's premium brand Zeekr"
    brand_comma_before: regex.Pattern[str]  # "its premium EV brand, Voyah": with a comma
    brand_end: CueEnding
    brand_after: regex.Pattern[str]  # "IM Motors, SAIC's premium marque"


@cache
def vocab() -> _Vocab:
    data = load_json(VOCAB_FILE)
    legal = frozenset(data["legal_suffixes"])
    company_words = frozenset(data["company_words"])
    not_company = frozenset(data["not_company_words"])
    places = frozenset(load_word_list("places/places.txt"))
    surnames = frozenset(data["person_surnames"])
    # a subsidiary's country in brackets before its legal suffix: "BYD Auto (Thailand) Co Ltd"
    legal_heads = {w.split()[0].rstrip(".,") for w in legal if w[:1].isupper()}
    place_names = prefix_tree(places)
    bracketed_place = rf"\((?:{place_names})\)(?=[ \t]+(?:{alternation(legal_heads)})\b)"
    # initials ("U.S."), a bracketed "(Group)", or a capitalised word
    common = (
        r"(?:[A-Z]\.){2,}|\((?:Group|Holdings?)\)"
        r"|[A-Z][\w&-]*(?:['’](?!s\b)[A-Za-z]+)*(?:\.(?=,?\s*(?:Ltd|Inc|Co|Limited)\b))?"
    )
    word = rf"(?:{bracketed_place}|{common})"
    # after a name's first word, a bracketed place is part of it wherever it stands: the
    # subsidiary's country or city ("Neta Auto (Thailand)", "Xinquan (Mexico) Auto Parts")
    later_word = rf"(?:\((?:{place_names})\)|{common})"
    connector = r"(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?|,[ \t]*(?=(?:Ltd|Inc|LLC|Limited)\b))"
    legal_tail = r"(?:(?<=\b(?:Co|Ltd|Inc|Corp))\.)?"
    # A name ends at a closing legal suffix ("Ltd", "Inc"), unless another suffix word follows
    # ("Group Corp Ltd"): a factbox run into one line ("BYD Auto Industry Co Ltd Changsha
    # BYD Auto Co Ltd") is two names.
    terminal = set(data.get("closing_suffixes", []))
    first = {w.split()[0].rstrip(".,") for w in legal}
    go_on = (
        rf"(?:(?<!\b(?:{alternation(terminal)}))|(?={connector}(?:{alternation(first)})\b))"
        if terminal
        else ""
    )
    # every name starts with a capital or "(": the lookahead rejects other positions early
    chunk = rf"(?=[A-Z(])(?<![\w-]){word}(?:{go_on}{connector}{later_word})*{legal_tail}"
    # Each round skips to the next capital or "(" and takes the name there, else steps over
    # that character: the `name` captures are the matches `finditer` of `chunk` gives (the
    # rounds never backtrack, as the pattern can always end), in one call instead of one per
    # name (with a timeout, each call costs ~2 us).
    names = regex.compile(rf"(?:[^A-Z(]*+(?:(?P<name>{chunk})|[A-Z(]))*")
    roles = [r for r in data["role_nouns"] if not r.startswith("_")]
    credits = data["credit_cues"]  # 'Photo credit: X' vouches for X as a role noun does
    cues = [c for c in data["list_cues"] if not c.startswith("_")]
    # \p{M}: a combining mark can case-fold to a letter
    cue_symbols = sorted({ch for c in cues for ch in c if not (ch.isalpha() or ch.isspace())})
    barrier = rf"[^\p{{L}}\p{{M}}\s,{''.join(regex.escape(ch) for ch in cue_symbols)}]"
    generic = frozenset(data.get("generic_words", []))
    after_cues = "|".join(_after_cue(c) for c in data["after_cues"])
    appositive = (
        rf",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,4}}?(?:{alternation(roles)})"
        rf"(?:[ \t]*[,.;)]|[ \t]+(?:{alternation(data['appositive_heads'])})\b)"
    )
    called_words, brand_nouns = data["called_words"], data["brand_nouns"]
    called_end, brand_end = CueEnding.of(called_words), CueEnding.of(brand_nouns)
    endings = [CueEnding.of(roles + credits), CueEnding.of(cues), called_end, brand_end]
    # a name, maybe with more names joined by commas/and, then a product noun (case-sensitive)
    other_name = r"[A-Z][\w&-]*(?:[ \t]+[A-Z0-9][\w&-]*){0,3}"
    # a listed brand may start in lower case when its next letter is a capital or not ASCII
    # ("Dongfeng's Voyah and eπ brands", "iCar"); plain words ("whose MG brand") may not
    listed_name = r"(?:[A-Z]|[a-z](?=[A-Z]|[^\x00-\x7f]))[\w&-]*(?:[ \t]+[A-Z0-9][\w&-]*){0,3}"
    modifier = (
        rf"(?:[ \t]+(?:{alternation(data['product_modifiers'])}))?"
        if data.get("product_modifiers")
        else ""
    )
    product_after = (
        rf"(?:[ \t]*,[ \t]*{listed_name}|[ \t]*,?[ \t]+(?:and|&|or)[ \t]+{listed_name})*"
        rf"{modifier}[ \t]+(?:{alternation(data['product_nouns'])})\b"
        r"(?![ \t]+(?:production|manufacturing|hybrids?)\b)"  # 'X began series production'
        r"(?![ \t]+[A-Z])"  # 'BYD premium brand Denza': BYD owns the brand named after it
    )
    brand_list_before = (
        # "SAIC's brands", "its brands", "a range of NEV brands", "the parent company of brands
        # such as Volvo": an owner's brands
        r"(?:['’]s|\b(?i:its|their|(?:range|portfolio|family|stable|line-?up"
        r"|parent(?:[ \t]+company)?|owner)[ \t]+of))"
        rf"[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
        rf"(?:{alternation(data['brand_list_nouns'])})"
        r"(?:[ \t]*[,:—–])?(?:[ \t]+(?:such[ \t]+as|including|like))?[ \t]*"
        rf"(?:{other_name}(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|&)[ \t]+))*$"
    )
    related = rf"[ \t]*(?:{alternation(data['related_labels'])})[ \t]*:[^\n]*"
    stops = stop_words()
    # "the CEO of Shanghai Mingliang Auto Service": a company's own post before "of"
    title_of = (
        rf"|\b(?:{alternation(data['title_of_nouns'])})\s+of" if data["title_of_nouns"] else ""
    )
    # who cites the figures: "a forecast by X", "data from X", "according to X"
    source_nouns, source_words = data["source_nouns"], data["source_words"]
    source_phrases = data["source_phrases"]
    source_cue = (
        rf"\b(?:{_spaced(source_nouns)})\s+(?:{_spaced(source_words)})"
        rf"|\b{_spaced(source_phrases)}"
    )
    # a person's post at a company: "managing director at Automotive Foresight"
    title_nouns, title_words = data["title_nouns"], data["title_words"]
    title_at = rf"\b(?:{_spaced(title_nouns)})\s+(?:{_spaced(title_words)})"
    cue_words = [*roles, *credits, *source_words, *source_phrases, *title_words]
    extensions = frozenset(data["same_firm_extensions"])
    return _Vocab(
        legal=legal,
        legal_prefixes=frozenset(data.get("legal_prefixes", [])),
        dotted_legal=tuple(sorted(w for w in legal if w.endswith("."))),
        company_words=company_words,
        not_company=not_company,
        places=places,
        surnames=surnames,
        generic=generic,
        stops=stops,
        leading=stops | {"and", "of", "for"},
        one_word_rejected=not_company | legal | places | (surnames - company_words),
        legal_folded=frozenset(w.rstrip(".").casefold() for w in legal),
        not_distinctive=generic | company_words | legal,
        legal_or_company=legal | company_words,
        legal_or_extension=legal | extensions,
        same_firm_extensions=extensions,
        parent_words=frozenset(data["parent_words"]),
        titles=frozenset(data["person_titles"]),
        office_titles=frozenset(data["office_titles"]),
        hyphen_descriptors=frozenset(data["hyphen_descriptors"]),
        descriptive_prefix=regex.compile(rf"[A-Z][\w.]*-(?:{_spaced(data['hyphen_descriptors'])})"),
        list_plurals=regex.compile(
            rf"\b(?:{alternation(data.get('list_plural_nouns', ['companies']))})\b"
            r"(?:[ \t]+[\w-]+){0,3}?[ \t]*,?[ \t]+(?:such[ \t]+as|led[ \t]+by|including)[ \t]+$",
            _BACKWARDS,
        ),
        plural_nouns=regex.compile(
            rf"(?i:\b(?:{alternation(data.get('list_plural_nouns', ['companies']))})\b)"
        ),
        names=names,
        descriptors=frozenset(data["descriptor_words"]),
        # the group that matches names the vocab list of the cue: the record's rule_id
        role_after=regex.compile(
            rf"(?P<after_cues>(?:{after_cues})\b)|(?P<appositive_heads>(?i:{appositive}))"
        ),
        role_after_starts=Starts.of([c for c in data["after_cues"] if c[0] not in "'’"]),
        speech_after=regex.compile(rf"[ \t]+(?:{alternation(data['speech_verbs'])})\b"),
        speech_after_starts=Starts.of(data["speech_verbs"]),
        role_before=regex.compile(
            rf"(?i:\b(?:(?P<role_nouns>{alternation(roles)})|(?P<credit_cues>{alternation(credits)}))"
            rf"|(?P<source>{source_cue})|(?P<title>{title_at}{title_of}))[ \t]+$",
            _BACKWARDS,
        ),
        # "another Russian automaker, Avtotor, had", "Türkiye's own electric vehicle
        # manufacturer, Togg, is": a role noun, a comma, then the name closed by a comma (the
        # closing comma is checked by _role_before)
        role_comma_before=regex.compile(
            rf"(?i:(?:\b(?:an?|the|another|its|their|one)|\w['’]s)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
            rf"(?P<role_appositive>{alternation(roles)}))[ \t]*,[ \t]+$",
            _BACKWARDS,
        ),
        role_end=CueEnding.of(cue_words),
        role_phrases=Endings.of(
            [
                *roles,
                *credits,
                *(f"{noun} {word}" for noun in source_nouns for word in source_words),
                *source_phrases,
                *(f"{title} {word}" for title in title_nouns for word in title_words),
                *(f"{title} of" for title in data["title_of_nouns"]),
            ],
            ignore_case=True,
            whole=True,
        ),
        role_or_called_words=CueEnding.of([*cue_words, *called_words]).words,
        product_after=regex.compile(product_after),
        product_nouns=Required.of(data["product_nouns"]),
        brand_list_before=regex.compile(brand_list_before, _BACKWARDS),
        brand_list_nouns=Required.of(data["brand_list_nouns"]),
        related_line=regex.compile(rf"(?im)^{related}"),
        related_lines=LineStarts.of(rf"(?i:{related})"),
        related_end=Endings.of(data["related_labels"], ignore_case=True),
        tail_width=max(len(w) for e in endings for w in e.words),
        # "companies such as", "Other companies, including"
        list_cue=regex.compile(rf"(?i:\b(?:{_comma_optional(alternation(cues))}))[ \t]+"),
        list_cue_end=CueEnding.of(cues),
        list_cue_starts=_first_words(cues),
        cue_barrier=regex.compile(barrier),
        cue_barrier_before=regex.compile(rf"(?r){barrier}"),
        renamed_after=regex.compile(
            rf"[ \t]*[,(]?[ \t]*(?i:{alternation(data['rename_cues'])})[ \t]+(?i:the[ \t]+)?"
        ),
        caption_after=regex.compile(rf"[ \t]*[;|][ \t]*(?i:{alternation(credits)})"),
        pair_after=regex.compile(rf"[ \t]+(?:{alternation(data['pair_nouns'])})\b"),
        outlet_after=regex.compile(
            rf"[ \t]+(?:{alternation(data.get('outlet_verbs', ['learned']))})[ \t]+(?:that|from)\b"
        ),
        person_title_after=regex.compile(
            r",[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w'’&-]+[ \t]+){0,3}?"
            rf"(?i:{_spaced(title_nouns)})"
            # "the company's Acting Director General, said": a title's second word
            r"(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]*[,.;]|[ \t]+(?:of|at|for|with|and)\b)"
        ),
        # "deputy CEO Roslan Abdullah": a title, then up to two words of the name, right
        # before a word of it (searched backwards from that word)
        titled_name=regex.compile(
            rf"(?:\b(?i:{_spaced(title_nouns)})|\b(?:{alternation(data['person_titles'])}))"
            r"[ \t]+(?P<before>(?:[A-Z][a-z][\w'’-]*[ \t]+){0,2})$",
            _BACKWARDS,
        ),
        # "chief operating officer Lucas Harris says": a title right before the name
        called=regex.compile(
            rf"(?i:\b(?:{_spaced(data['called_nouns'])})"
            rf"\b[^.;]{{0,50}}?\b(?:{_spaced(called_words)}))[ \t]+$",
            _BACKWARDS,
        ),
        called_end=called_end,
        named_thing=regex.compile(
            rf"(?i:\b(?:{_spaced(data['named_things'])})s?\b[^.;,]{{0,40}}?"
            rf"\b(?:{_spaced(data['named_thing_words'])})[ \t]+)$",
            _BACKWARDS,
        ),
        brand_before=regex.compile(rf"(?i:\b(?:{_spaced(brand_nouns)})[ \t]+)$", _BACKWARDS),
        brand_comma_before=regex.compile(rf"(?i:\b(?:{_spaced(brand_nouns)}),[ \t]+)$", _BACKWARDS),
        brand_end=brand_end,
        brand_after=regex.compile(
            r"(?i:,[ \t]*(?!whose|which|that|who)(?:[\w'’-]+[ \t]+){0,4}"
            rf"(?:{_spaced(data['brand_after_nouns'])})\b)"
        ),
    )


def _after_cue(cue: str) -> str:
    """A cue read right after a name: "'s shares" follows it directly, "shares" after a space."""
    words = [regex.escape(w) for w in cue.split()]
    if cue[0] in "'’":
        return r"['’]" + r"[ \t]+".join([words[0][1:].lstrip("\\"), *words[1:]])
    return r"[ \t]+" + r"[ \t]+".join(words)


_ROLE_AFTER_LEADS = "'’,"  # how "'s shares" and ", a battery maker ..." begin


def _role_after_possible(text: str, end: int, starts: Starts) -> bool:
    """role_after can match at `end`: it begins with an apostrophe or a comma, or with
    spaces then a cue word (the cue words are case-sensitive)."""
    first = text[end : end + 1]
    if first in (" ", "\t"):
        return starts.possible_after_spaces(text, end, 120)
    return first != "" and first in _ROLE_AFTER_LEADS


class _Nouns(NamedTuple):
    """Where an article's product nouns and brand list nouns occur (`_called_a_brand`)."""

    products: PieceIndex
    brand_lists: PieceIndex

    @classmethod
    def of(cls, text: str) -> _Nouns:
        v = vocab()
        return cls(PieceIndex(v.product_nouns, text), PieceIndex(v.brand_list_nouns, text))


def _called_a_brand(text: str, start: int, end: int, tail: str | None, nouns: _Nouns) -> bool:
    """'Geely's premium brand Zeekr', 'IM Motors, SAIC's premium marque', 'the Accelerate
    Hydrogen newsletter', 'its Avatr and Deepal series', "SAIC's premium brands, IM Motors and
    Rising Auto among them": a brand, product line or publication here, not a company.
    `tail`: tail_before(text, start, tail_width), which a name's `before` already holds;
    `nouns`: the text's `_Nouns`."""
    v = vocab()
    if v.brand_end.possible(tail) and v.brand_before.search(
        text, max(0, start - 30), start
    ):  # bounded: 30 chars
        return True
    comma = tail is None or tail.endswith(",")  # "its premium EV brand, Voyah"
    if (
        comma
        and v.brand_end.possible(None if tail is None else tail[:-1])
        and v.brand_comma_before.search(text, max(0, start - 30), start)  # bounded: 30 chars
    ):
        return True
    if v.called_end.possible(tail) and v.named_thing.search(
        text, max(0, start - 80), start
    ):  # bounded: 80 chars
        return True
    if text.startswith(",", end) and v.brand_after.match(text, end, timeout=MATCH_TIMEOUT_S):
        return True
    after_end = min(len(text), end + 160)  # bounded windows: the cost stays linear
    if nouns.products.possible(end, after_end) and v.product_after.match(
        text, end, after_end, timeout=MATCH_TIMEOUT_S
    ):  # bounded: 160 chars
        return True
    window_start = max(0, start - 120)
    return bool(
        nouns.brand_lists.possible(window_start, start)
        and v.brand_list_before.search(text[window_start:start], timeout=MATCH_TIMEOUT_S)
    )


def _role_before(text: str, chunk: _Chunk) -> str | None:
    """'battery maker X', 'data from X', 'a venture called X': the context calls X a firm.
    The form of the cue that does (`role_nouns`, `credit_cues`, `source`, `title`, `called`)."""
    v = vocab()
    start, tail = chunk.start, chunk.before
    if (
        tail is not None
        and tail.endswith(",")
        and text.startswith(",", chunk.end)
        and not any(ch.isdigit() for ch in chunk.text)  # "the Focus rival, MG5,": a model
        and tail[:-1].rstrip(" \t").endswith(v.role_or_called_words)
    ):
        lo = max(0, start - 60)
        m = v.role_comma_before.search(text, lo, start)  # bounded: 60 chars
        return None if m is None else _cue_group(m)
    if tail is not None and not tail.endswith(v.role_or_called_words):
        return None  # the common case, decided without either regex
    if v.role_end.possible(tail):
        lo = max(0, start - 40)
        m = (
            v.role_before.search(text, lo, start)  # bounded: 40 chars
            if v.role_phrases.possible(text[lo:start])
            else None
        )
        if m is not None:
            return _cue_group(m)
    if v.called_end.possible(tail) and v.called.search(
        text, max(0, start - 80), start
    ):  # bounded: 80 chars
        return "called"
    return None


def _cue_group(m: Any) -> str:
    """The name of the top-level group that matched (which cue list fired)."""
    groups: dict[str, str | None] = m.groupdict()
    return next(name for name, value in groups.items() if value is not None)


def _first_words(phrases: list[str]) -> FirstWords | None:
    try:
        return FirstWords.of(phrases)
    except ValueError:  # a phrase FirstWords cannot read: the pattern searches itself
        return None


def _comma_optional(pattern: str) -> str:
    """Let a list cue take a comma before its last word: 'companies, including'."""
    for word in ("such", "including"):
        pattern = pattern.replace(rf"\s+{word}", rf",?\s+{word}")
    return pattern


# names repeat within an article (every surface is keyed again when firms merge) and across
# the articles of a run; an lru_cache over text is kept apart per rule source, as all are
@lru_cache(maxsize=4096)
def normalise_name(name: str) -> str:
    """Case-folded name without punctuation or legal suffixes: the key firms merge on."""
    legal = vocab().legal_folded
    raw = name.split()
    while len(raw) > 1 and raw[-1].rstrip(".,").casefold() in legal:
        raw.pop()  # before the full stops go: "L.L.C." is a legal form, "L L C" is not
    words = _PUNCT.sub(" ", " ".join(raw), timeout=timeout_for(len(name))).split()
    while len(words) > 1 and words[-1].casefold() in legal:
        words.pop()
    if len(words) > 1 and words[-1].casefold() in _plural_company_words():
        words[-1] = words[-1][:-1]  # "Youxia Motor" is "Youxia Motors" written singular
    if len(words) > 1:  # "Shanghai Auto" is "Shanghai Automotive"
        words[-1] = _short_company_words().get(words[-1].casefold(), words[-1])
    return " ".join(words).casefold()


@cache
def _short_company_words() -> dict[str, str]:
    data: dict[str, str] = load_json(VOCAB_FILE).get("short_company_words", {})
    return {k.casefold(): v for k, v in data.items()}


@cache
def _plural_company_words() -> frozenset[str]:
    """Company words whose singular is one too ('motors', 'holdings'), case-folded."""
    v = vocab()
    folded = {w.casefold() for w in v.legal_or_company | v.same_firm_extensions}
    return frozenset(w for w in folded if w.endswith("s") and w[:-1] in folded)


class _Chunk:
    """A capitalised name candidate: text[start:end] and its words."""

    __slots__ = ("before", "end", "start", "text", "words")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        before: str | None = "",
        words: list[str] | None = None,  # text.replace(",", " ").split(), if known
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.words = text.replace(",", " ").split() if words is None else words
        self.before = before  # tail_before the start (_chunks sets it)


def _chunks(text: str, start: int, end: int) -> list[_Chunk]:
    """The capitalised name candidates of text[start:end], in order."""
    v = vocab()
    leading = v.leading
    out: list[_Chunk] = []
    found = v.names.match(text, start, end, timeout=MATCH_TIMEOUT_S)
    assert found is not None  # the pattern matches the empty string
    width, descriptors = v.tail_width, v.descriptors
    for s, name in zip(found.starts("name"), found.captures("name"), strict=True):
        if " " not in name and "\t" not in name:  # one word (most names): the steps below, short
            if (
                name.lower() in leading
                or name in descriptors
                or (
                    ("-" in name and _descriptive(name, v))
                    and v.descriptive_prefix.fullmatch(name, timeout=timeout_for(len(name)))
                )
            ):
                continue
            if name.endswith(".") and not name.endswith(v.dotted_legal):
                name = name.rstrip(".")
            if name not in v.titles:
                one = [name] if "," not in name else None  # ",Ltd" glued on makes two words
                out.append(_Chunk(s, s + len(name), name, tail_before(text, s, width), one))
            continue
        # the only whitespace a name match holds is spaces and tabs, so split() finds its words
        words = name.split()
        # leading function words are sentence capitals, not part of a name: "In Hong Kong";
        # "Toronto-listed", "Shenzhen-based" describe the company that follows
        skip = 0
        while skip < len(words) and (
            words[skip].lower() in leading
            or words[skip] in v.descriptors
            or (
                ("-" in words[skip] and _descriptive(words[skip], v))
                and v.descriptive_prefix.fullmatch(
                    words[skip], timeout=timeout_for(len(words[skip]))
                )
            )
        ):
            skip += 1
        skip = _past_descriptor(words, skip, v)
        if skip == len(words):
            continue
        if skip:
            offset = 0
            for w in words[:skip]:
                offset = name.index(w, offset) + len(w)
            offset = name.index(words[skip], offset)
            s += offset
            name = name[offset:]
        if name.endswith(".") and not name.endswith(v.dotted_legal):
            name = name.rstrip(".")
        if len(words) - skip == 1:  # most names: no "and", no "of", maybe a title
            if name not in v.titles:
                out.append(_Chunk(s, s + len(name), name, tail_before(text, s, width)))
            continue
        parts = [(s, s + len(name))] if " and " not in name else _split_and(text, s, s + len(name))
        for part_s, part_e in parts:
            first = text[part_s:part_e].split(None, 1)
            if len(first) == 2 and (
                first[0] in v.descriptors
                or (
                    ("-" in first[0] and _descriptive(first[0], v))
                    and v.descriptive_prefix.fullmatch(first[0], timeout=timeout_for(len(first[0])))
                )
            ):  # "X and Shenzhen-based Y", "X and Korean Y"
                part_s = part_e - len(first[1])
            else:  # "Nasdaq- and Hong Kong-listed Li Auto": after a descriptor of two words
                part_words = text[part_s:part_e].split()
                past = _past_descriptor(part_words, 0, v)
                if 0 < past < len(part_words):
                    part_s = part_e - len(" ".join(part_words[past:]))
            chunk = _Chunk(part_s, part_e, text[part_s:part_e])
            kept: _Chunk | None = chunk
            if " " in chunk.text or "\t" in chunk.text:
                kept = _strip_titles(_after_of(chunk, v), v)
            elif chunk.text in v.titles:  # one word: no "of" to cut at, maybe a title
                kept = None
            if kept is not None:
                kept.before = tail_before(text, kept.start, v.tail_width)
                out.append(kept)
    return out


def _split_and(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """`BYD and Li Auto` is two names; `Import and Export`, `Ministry of X and Y` are one."""
    piece = text[s:e]
    if " and " not in piece or (
        "Import" in piece and _IMPORT_EXPORT.search(piece, timeout=timeout_for(len(piece)))
    ):
        return [(s, e)]
    words = piece.split()
    head = piece.split(" and ")[0].split()
    if any(w in vocab().not_company for w in words) and not (
        # "Meixian County and Huaihai Holding Group": a place or body, then a company
        piece.count(" and ") == 1
        and head[-1] in vocab().not_company
        and not {"of", "for"} & set(head)
        and _is_company_shaped(piece.split(" and ")[1].split())
    ):
        return [(s, e)]
    if words[-1].rstrip(".,") in vocab().legal and len(head) >= 2 and not _is_company_shaped(head):
        return [(s, e)]  # "PICC Property and Casualty Co Ltd" is one legal name
    out: list[tuple[int, int]] = []
    cursor = s
    for m in _AND.finditer(piece, timeout=timeout_for(len(piece))):
        out.append((cursor, s + m.start()))
        cursor = s + m.end()
    out.append((cursor, e))
    return out


def _after_of(chunk: _Chunk, v: _Vocab) -> _Chunk:
    """`Shares of Tianmu Lake Battery Materials`: the company is the part after `of`."""
    text = chunk.text
    m = _OF.search(text, timeout=timeout_for(len(text))) if "of" in text else None
    if m is None or any(w in v.not_company for w in chunk.words):
        return chunk
    rest = chunk.text[m.end() :]
    if _is_company_shaped(rest.split()) or text[: m.start()] in v.titles:
        # "CEO of Shanghai Mingliang Auto Service": a post, then the company that has it
        return _Chunk(chunk.start + m.end(), chunk.end, rest)
    return chunk


def _strip_titles(chunk: _Chunk, v: _Vocab) -> _Chunk | None:
    words = chunk.text.split(" ")
    if v.titles.isdisjoint(words):
        return chunk
    for i, w in enumerate(words):
        if w in v.titles:
            if i == 0 or w in v.office_titles:
                return None  # "Industry and Information Technology Minister": an office
            kept = " ".join(words[:i])
            return _Chunk(chunk.start, chunk.start + len(kept), kept)
    return chunk


def _is_company_shaped(words: list[str]) -> bool:
    v = vocab()
    if len(words) > 2 and words[-1][:1] == "(" and words[-1].strip("()") in v.places:
        words = words[:-1]  # "Neta Auto (Thailand)": the arm's place in brackets
    # a regional arm names its region last: "FAW Trucks South Africa", "BYD Auto Europe"
    for n in (3, 2, 1):
        head = words[:-n]
        if len(head) >= 2 and head[-1] in v.company_words and " ".join(words[-n:]) in v.places:
            words = head
            break
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".,")
    if last in v.legal or words[-1] in v.legal:
        return True
    if last in v.company_words:
        return True
    tail2 = " ".join(words[-2:])
    tail3 = " ".join(words[-3:])
    return tail2 in v.company_words or tail3 in v.company_words


def _place_and_company(words: list[str]) -> bool:
    """`China Securities`, `Shanghai Electric`: a place and company words, which a role noun
    right before names as a company ("brokerage China Securities")."""
    v = vocab()
    bare = [w.rstrip(".,") for w in words]
    return len(bare) >= 2 and bare[0] in v.places and bare[-1] in v.legal_or_company


def _has_distinctive_word(words: list[str]) -> bool:
    """`Hesai Technology` names a firm; `New Energy Vehicle` is only generic words."""
    v = vocab()
    for w in words:  # noqa: SIM110 (a loop: any() of a generator is slower)
        if w.rstrip(".,") not in v.not_distinctive and w.lower() not in v.stops:
            return True
    return False


@cache
def _headline_words() -> frozenset[str]:
    return frozenset(load_json(VOCAB_FILE).get("headline_words", []))


def _rejected(words: list[str]) -> bool:
    v = vocab()
    bare = [w.rstrip(".,") for w in words]
    no_such_word = v.not_company.isdisjoint(bare)  # most names: skip the loop
    for i, w in enumerate(() if no_such_word else bare):
        # "Ministry of ...", "... Research Center" are not firms; a company word after the
        # word still makes one: "Truth Strategy Consultancy", "Shanghai International Port Group"
        if w in v.not_company and (
            "of" in bare or "for" in bare or not any(x in v.company_words for x in bare[i + 1 :])
        ):
            return True
    if not _headline_words().isdisjoint(bare[1:-1]):
        return True  # "Boost From Power": a fragment of a title-case headline
    core = [w for w, b in zip(words, bare, strict=True) if b not in v.legal]
    if all(w.rstrip(".,") in v.same_firm_extensions for w in core):
        return True  # no name left: "Group Co., Ltd." after "First Automotive Works (FAW)"
    if all(w in v.places or w.rstrip("'s") in v.places for w in core):
        return True
    if " ".join(core) in v.places:
        return True  # a place or demonym of several words: "South Korean", "Inner Mongolia"
    if (
        len(core) <= 3
        and core[0] in v.surnames
        and not any(w.rstrip(".,") in v.company_words for w in core)
    ):
        return True  # a person: "Gao Feng", "Li Haitao"
    return False


_REJECTED, _SUFFIXED, _PLAIN = range(3)
_SHAPE_STRIPPED = frozenset(".,'s")  # what _shape's rstrip(".,") and rstrip("'s") take off


def _shape(words: list[str]) -> int:
    """What a name's words alone say: not a firm, a firm by its suffix, or neither."""
    v = vocab()
    if len(words) == 1:  # most names: _rejected for one word, and never company-shaped
        w = words[0]
        if w[-1] not in _SHAPE_STRIPPED:  # bare and w.rstrip("'s") are w: one set holds all
            return _REJECTED if w in v.one_word_rejected else _PLAIN
        bare = w.rstrip(".,")
        if (
            bare in v.not_company
            or bare in v.legal
            or w in v.places
            or w.rstrip("'s") in v.places
            or (w in v.surnames and bare not in v.company_words)
        ):
            return _REJECTED
        return _PLAIN
    if _rejected(words):
        return _REJECTED
    if words[0] in v.legal_prefixes and words[1][:1].isupper():
        return _SUFFIXED
    if _is_company_shaped(words) and (
        words[-1].rstrip(".,") in v.legal or _has_distinctive_word(words)
    ):
        return _SUFFIXED
    return _PLAIN


# _shape by name text (a chunk's words are its text split at spaces and commas) for the
# vocab it was read with: names repeat across the articles of a run ("China", "BYD Co.,
# Ltd."), so the table is kept from article to article, and a new one started for another
# vocab (other rules) or when it grows large (replaced whole, never cleared: a caller still
# filling the old one fills a table no one reads)
_SHAPES: list[tuple[_Vocab | None, dict[str, int]]] = [(None, {})]
_SHAPES_MAX = 20_000


def _shapes(v: _Vocab) -> dict[str, int]:
    owner, table = _SHAPES[0]
    if owner is not v or len(table) > _SHAPES_MAX:
        owner, table = _SHAPES[0] = (v, {})
    return table


def _core_words(words: list[str]) -> list[str]:
    """Name words without legal suffixes and leading places: the stem of short forms."""
    v = vocab()
    core = list(words)
    while core and core[-1].rstrip(".,") in v.legal:
        core.pop()
    while len(core) > 1 and core[0] in v.places:
        core.pop(0)
    return core


def find_firms(
    text: str,
    start: int,
    end: int,
    lexicon: Sequence[LexiconSpan] = (),
    extra_candidates: Sequence[LexiconSpan] = (),
) -> list[Firm]:
    """One `Firm` per company named in text[start:end], in order of first mention.

    `extra_candidates` (ORG entities of a statistical NER) vouch for the names they cover,
    like a role noun or a list cue does; the names still pass every filter below.
    """
    v = vocab()
    end = _before_trailing_headlines(text, start, end)
    lexicon = [x for x in lexicon if x.end <= end]
    extra_candidates = [x for x in extra_candidates if x.end <= end]
    blocked = sorted((x for x in lexicon if x.label != "FIRM"), key=lambda x: x.start)
    blocked_starts = [x.start for x in blocked]
    longest_blocked = max((x.end - x.start for x in blocked), default=0)
    lex_firms = sorted(
        (x for x in lexicon if x.label == "FIRM"), key=lambda x: (x.start, -(x.end - x.start))
    )
    firms: dict[str, Firm] = {}
    shapes = _shapes(v)  # _shape of each name text (names repeat)
    forms: dict[str, list[str]] = {}  # _short_forms of the firms that have them, by key
    owners = _ShortFormOwners(forms)
    # claimed spans never overlap: sorted by start, their ends are sorted too, and only the
    # last one starting before a span's end can overlap it (a bisect, not a scan of all)
    claimed_starts: list[int] = []
    claimed_ends: list[int] = []
    claimed_set: set[tuple[int, int]] = set()  # the same spans, for exact lookups

    related = (
        v.related_lines.spans(text, start, end, MATCH_TIMEOUT_S)
        if _related_possible(text, start, end, v.related_end)
        else []
    )
    related_starts = [r[0] for r in related]

    outlets: set[str] = set()  # the keys of names seen as the dateline's outlet

    def add(key: str, rule: str, s: int, e: int, core: list[str] | None = None) -> None:
        if s and text[s - 1] == "(" and _dateline_outlet(text, s, e):
            outlets.add(key)  # "Jul 15 (SMM) – SMM keeps its view": every mention is it
            return
        if related:  # a name on a "See Also: ..." line is no mention
            i = bisect.bisect_right(related_starts, s) - 1
            if i >= 0 and s < related[i][1]:
                return
        firm = firms.get(key)
        if firm is None:
            firm = firms[key] = Firm(key=key, rule_id=rule)
            owners.rank[key] = len(owners.rank)
        at = bisect.bisect_left(claimed_starts, e)
        if at and claimed_ends[at - 1] > s:
            return
        firm.mentions.append((s, e))
        surface = text[s:e]
        if surface not in firm.surfaces:
            firm.surfaces.append(surface)
        if core and not firm.core_words:
            firm.core_words = core
            owners.gained.append(firm)
        claimed_starts.insert(at, s)
        claimed_ends.insert(at, e)
        claimed_set.add((s, e))

    nouns = _Nouns.of(text)
    lex_starts = [x.start for x in lex_firms]
    lex_start_set = set(lex_starts)
    longest_at: dict[int, int] = {}  # the end of the longest lexicon name at each start
    for x in lex_firms:
        longest_at.setdefault(x.start, x.end)  # sorted longest first at each start
    chunks = _join_comma_names(text, _chunks(text, start, end), lex_start_set)
    if any(" and " in c.text for c in chunks):
        chunks = _split_after_known_head(text, chunks, longest_at, v.tail_width)
    listed = _listed_chunks(text, chunks)
    ranked = _ranked_items(text, chunks)
    ner_starts = _ner_candidates(chunks, extra_candidates)
    persons, surnames = _persons(text, chunks, lex_start_set)

    # 1. names the rules recognise, including those that extend a lexicon name
    #    ("BYD Semiconductor", "Nio Capital" are other firms than BYD and Nio)
    for c in chunks:
        shape = shapes.get(c.text)
        if shape is None:
            shape = shapes[c.text] = _shape(c.words)
        if shape == _REJECTED and c.start not in lex_start_set:
            continue  # neither a firm by its words nor the start of a lexicon name
        # only a non-firm starting less than its length before the name can overlap it
        hi = bisect.bisect_left(blocked_starts, c.end)
        lo = bisect.bisect_right(blocked_starts, c.start - longest_blocked, 0, hi)
        if lo < hi and any(_blocks(x, c) for x in blocked[lo:hi]):
            continue
        words = c.words
        first = bisect.bisect_left(lex_starts, c.start)
        if (
            first < len(lex_starts)
            and lex_starts[first] == c.start
            and lex_firms[first].end > c.end
        ):  # a known name with brackets or a dot inside ("Sinotruk (Hong Kong)", "Pony.ai")
            # or a word the run stops at ("SAIC General Motors": "General" of a title)
            continue  # (step 2 adds it)
        last = bisect.bisect_left(lex_starts, c.end, first)
        lex_inside = [x for x in lex_firms[first:last] if x.end <= c.end] if first < last else []
        if lex_inside and lex_inside[0].start == c.start:
            lex = lex_inside[0]
            if _given_name(text, lex.start, lex.end, v.surnames):
                continue  # "He Xiaopeng": a person
            extra = text[lex.end : c.end].replace(",", ", ").split()  # "Co.,Ltd." is two
            if extra[:1] == ["&"] and any(x.start > lex.end for x in lex_inside[1:2]):
                nxt = lex_inside[1]
                if not text[lex.end : nxt.start].strip(" \t&"):
                    continue  # "Chery & Geely Auto": two known firms, each added in step 2
            if not extra or all(w.rstrip(".,") in v.legal_or_extension for w in extra):
                if not _called_a_brand(text, c.start, c.end, c.before, nouns):
                    add(lex.id, rule_id(VOCAB_FILE, "companies.jsonl"), c.start, c.end)
                continue
            # "State Grid Zhejiang" after "State Grid Zhejiang Electric Power"
            owner = owners.find(c.text)
            if owner is not None:
                add(owner, rule_id(VOCAB_FILE, "alias"), c.start, c.end)
                continue
            bare = [w.rstrip(".,") for w in extra]
            regional = " ".join(bare) in v.places or all(w in v.places for w in bare)
            if regional:  # a regional arm: "J.D. Power China"
                if _called_a_brand(text, c.start, c.end, c.before, nouns):
                    continue  # "a ship named BYD Xi'an"
                arm = rule_id(VOCAB_FILE, "regional arm")
                add(normalise_name(c.text), arm, c.start, c.end, _core_words(words))
                continue
            if _joint_venture(text, words, lex, lex_inside[-1], c.end):
                jv = rule_id(VOCAB_FILE, "joint venture")
                add(normalise_name(c.text), jv, c.start, c.end, _core_words(words))
                continue
            if not any(w in v.legal_or_company for w in bare) and not _is_company_shaped(words):
                continue  # ("Dongfeng Asset Management": a two-word company word)
        if shape == _REJECTED:
            continue
        one_word = len(words) == 1 and (words[0].lower() in v.stops or len(words[0]) < 2)
        if (
            len(words) == 1 and words[0] in currency_letters() and _NUMBER_AFTER.match(text, c.end)
        ):  # "backed by CNY 58 billion", "estimates of RMB 8.29 billion": before its amount
            continue
        if (_alone_on_line(text, c) or _item_label(text, c)) and words[-1].rstrip(
            ".,"
        ) not in v.legal:
            # a section heading ("Building Smart Charging Networks"), a list item's label
            # ("- Urban Buses: Target 6,500 new energy buses by 2025")
            continue
        if shape == _SUFFIXED:
            if lex_inside and _heading_before(text, c.start, lex_inside[0].start):
                continue  # "Deliveries Year-on-Year Growth Li Auto": the lexicon name stands
            rule = rule_id(VOCAB_FILE, "legal_suffixes")
        elif lex_inside and _place_venture(text, c, lex_inside, v):
            rule = rule_id(VOCAB_FILE, "place joint venture")
        elif lex_inside or one_word:
            continue  # only a suffix rule may take a name that holds a lexicon name
        elif (
            c.text in persons
            or (len(words) == 1 and words[0] in surnames)
            or (len(words) <= 2 and _titled(text, c.text))
        ):
            # "Peter Szijjarto told ...", then "according to Szijjarto"; "deputy CEO Roslan
            # Abdullah listed ...", then "According to Roslan"
            continue
        elif c.start in listed:
            rule = rule_id(VOCAB_FILE, "list_cues")
        elif c.start in ranked:
            rule = rule_id(VOCAB_FILE, "ranked list")
        elif (
            (cue := _role_before(text, c))
            and (_has_distinctive_word(words) or _place_and_company(words))
            and not _title_case_line(text, c)
        ):
            rule = rule_id(VOCAB_FILE, cue)
        elif c.start in ner_starts:
            rule = rule_id(VOCAB_FILE, "ner")
        elif (
            (
                _has_distinctive_word(words)
                and not (
                    "-" in words[-1] and _descriptive(words[-1], v)
                )  # "Its New York-listed shares"
                and not (len(words) == 1 and words[0].endswith("ly") and words[0][1:].islower())
            )
            and _role_after_possible(text, c.end, v.role_after_starts)
            and (
                after := v.role_after.match(
                    text, c.end, min(len(text), c.end + 120), timeout=MATCH_TIMEOUT_S
                )
            )
        ):
            rule = rule_id(VOCAB_FILE, _cue_group(after))
        else:
            continue
        if one_word or _called_a_brand(text, c.start, c.end, c.before, nouns):
            continue
        if text[c.end : c.end + 3].lstrip(" \t")[:1] in (";", "|") and v.caption_after.match(
            text, c.end, min(len(text), c.end + 40)
        ):  # bounded: 40 chars
            continue  # the subject of a photo caption: "AION LX Fuel Cell; Photo Credit: GAC"
        if words[-1].rstrip(".,") not in v.legal and v.outlet_after.match(
            text,
            c.end,
            min(len(text), c.end + 30),  # bounded: 30 chars
        ):  # the outlet that reports: "Tram Resources has learned that" (a legal suffix
            continue  # names a company whatever it learned: "X Co., Ltd. noticed that")
        owner = owners.find(c.text)
        if owner is not None:
            add(owner, rule_id(VOCAB_FILE, "alias"), c.start, c.end)
            continue
        add(normalise_name(c.text), rule, c.start, c.end, _core_words(words))

    # 2. lexicon names not inside a longer name, unless the text calls them a brand; two
    #    joined by a hyphen inside a longer capitalised run ("Workers of SAIC-CATL") are
    #    their joint venture, as step 1 finds one that opens a run
    jv = rule_id(VOCAB_FILE, "joint venture")
    for x, y in itertools.pairwise(lex_firms):
        if (
            text[x.end : y.start] == "-"
            and longest_at[x.start] < y.end  # not a known name ("SAIC-GM", "SAIC-GM-Wuling")
            and text[y.end : y.end + 1] != "-"
            and _joint_venture(text, text[x.start : y.end].split(), x, y, y.end)
        ):
            at = bisect.bisect_left(claimed_starts, y.end)
            if not (at and claimed_ends[at - 1] > x.start):
                name = text[x.start : y.end]
                add(normalise_name(name), jv, x.start, y.end, _core_words(name.split()))
    joined: set[tuple[int, int]] = set()
    for x in lex_firms:
        # "SAIC Motor–CP", "GWM-FTXT", "Lifan-CAS": a known name joined by a dash to a
        # partner's acronym is their joint venture or unit, a company of its own
        partner = _DASH_ACRONYM.match(text, x.end, x.end + 8)  # bounded: 8 chars
        if (
            partner is not None
            and longest_at[x.start] == x.end
            and bisect.bisect_left(claimed_starts, partner.start("a"))
            == bisect.bisect_right(claimed_starts, x.start)  # no other name inside it
        ):
            name = text[x.start : partner.end()]
            add(normalise_name(name), jv, x.start, partner.end(), _core_words(name.split()))
            joined.add((x.start, x.end))
    for x in lex_firms:
        if (x.start, x.end) in joined:
            continue  # the parent's name inside its joint venture's mentions no parent
        if x.id in firms and (x.start, x.end) in claimed_set:
            continue  # already a mention of this firm (add would change nothing)
        tail = tail_before(text, x.start, v.tail_width)
        if _called_a_brand(text, x.start, x.end, tail, nouns) or _given_name(
            text, x.start, x.end, v.surnames
        ):
            continue
        add(x.id, rule_id(VOCAB_FILE, "companies.jsonl"), x.start, x.end)

    # 3. short forms and acronyms of names found above
    _add_short_forms(text, chunks, firms, forms, add)
    _merge_short_forms(text, firms, start)
    _merge_renamed(text, firms)
    ordered = sorted(
        (f for f in firms.values() if f.mentions and f.key not in outlets),
        key=lambda f: f.mentions[0][0],
    )
    for f in ordered:
        f.mentions.sort()
    return ordered


_RELATED_LABEL_CHARS = 40  # longer than any related label ("you may also like")


def _related_possible(text: str, start: int, end: int, label_end: Endings) -> bool:
    """Whether text[start:end] may hold a related-articles line ("See Also: ..."): such a
    line has a label's last word, spaces or tabs, then ":". Most articles have a few colons
    and no such word before any, and skip the line scan (~20 us an article)."""
    colon = text.find(":", start, end)
    while colon >= 0:
        at = colon
        while at > start and text[at - 1] in " \t":
            at -= 1
        if label_end.possible(text[max(start, at - _RELATED_LABEL_CHARS) : at]):
            return True
        colon = text.find(":", colon + 1, end)
    return False


def _given_name(text: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """A one-word lexicon name after a Chinese surname is a person's given name: `He
    Xiaopeng` (Xpeng's founder) is no mention of Xiaopeng Motors."""
    if start < 3 or text[start - 1] != " ":
        return False
    word = text[start - 9 if start > 9 else 0 : start - 1].rpartition(" ")[2].rpartition("\n")[2]
    if word not in surnames or " " in text[start:end]:
        return False
    at = start - 1 - len(word)
    return at == 0 or not text[at - 1].isalnum()  # (a whole word)


_DATELINE_OUTLET = regex.compile(r"\)[ \t]*(?:-{1,2}|–|—|──)")
_DATELINE_DATE = regex.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b"
    r"|\b\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)


def _dateline_outlet(text: str, start: int, end: int) -> bool:
    """`SHANGHAI, Dec. 21 (SMM) -`, `HEFEI, June 2 (Xinhua) --`: the name in brackets of an
    in-body dateline is the outlet that wrote the article (SPEC: not a firm)."""
    if not _DATELINE_OUTLET.match(text, end, end + 6):  # bounded: a 6-character window
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start : start - 1]
    return len(head) <= 60 and bool(_DATELINE_DATE.search(head, timeout=MATCH_TIMEOUT_S))


_SENTENCE_END = frozenset(".!?:;\"”’')]…")
_DIGITS = regex.compile(r"\d+")


def _before_trailing_headlines(text: str, start: int, end: int) -> int:
    """Where the body ends without the headline-shaped lines after its last paragraph:
    links to related articles ('EU investigators to come to China to inspect BYD, Geely
    and SAIC, report says', '... share declines-CnEVPost'), maybe under a short label
    ('Related News & Research'), name firms the article does not report on (SPEC:
    boilerplate). Such a line has 4-25 words, no final punctuation and few numbers (not a
    flattened table row); the text before them must end a sentence (prose, not a list).
    At most 16 lines are looked at, so the cost stays linear."""
    cut = end
    label_seen = False
    for _ in range(16):
        line_end = cut
        while line_end > start and text[line_end - 1].isspace():
            line_end -= 1
        if line_end == start:
            return end
        line_start = max(text.rfind("\n", start, line_end) + 1, start)
        line = text[line_start:line_end]
        n_words = len(line.split())
        ends = line[-1] in _SENTENCE_END
        if not ends and not label_seen:
            if 4 <= n_words <= 25 and len(_DIGITS.findall(line, timeout=MATCH_TIMEOUT_S)) < 3:
                cut = line_start
                continue
            if n_words <= 3 and cut != end:
                label_seen = True
                cut = line_start
                continue
        return cut if ends and cut != end else end
    return end


def _join_comma_names(text: str, chunks: list[_Chunk], lexicon_starts: set[int]) -> list[_Chunk]:
    """`Farron, Augustine & Alexander Investments` is one partnership name: one-word names
    joined by commas to a company-shaped `X & Y ...` name belong to it (not when a one-word
    name is a known firm: `BYD, Chery & Geely Auto` lists three)."""
    out: list[_Chunk] = []
    for c in chunks:
        if (
            out
            and " & " in c.text
            and len(c.text.split(" & ", 1)[0].split()) == 1
            and _is_company_shaped(c.words)
        ):
            j = len(out)
            cursor = c.start
            while j > 0:
                prev = out[j - 1]
                gap = text[prev.end : cursor]
                if (
                    gap.strip(" \t") != ","
                    or len(prev.words) != 1
                    or prev.start in lexicon_starts
                    or prev.text in vocab().places
                ):
                    break
                j -= 1
                cursor = prev.start
            if j < len(out):
                joined = _Chunk(cursor, c.end, text[cursor : c.end], out[j].before)
                del out[j:]
                out.append(joined)
                continue
        out.append(c)
    return out


def _split_after_known_head(
    text: str, chunks: list[_Chunk], lex_ends: dict[int, int], width: int
) -> list[_Chunk]:
    """`Ningbo Shanshan and GEM Co`, `Great Wall and BYD Co`: a known firm's name, then `and`
    and a company name with a legal suffix, is two firms (`_split_and` keeps the run whole
    because of the suffix, for names like `PICC Property and Casualty Co Ltd`)."""
    out: list[_Chunk] = []
    for c in chunks:
        head_end = lex_ends.get(c.start)
        if head_end is not None and text.startswith(" and ", head_end) and head_end + 5 < c.end:
            tail_start = head_end + 5
            out.append(_Chunk(c.start, head_end, text[c.start : head_end], c.before))
            tail = _Chunk(tail_start, c.end, text[tail_start : c.end])
            tail.before = tail_before(text, tail_start, width)
            out.append(tail)
            continue
        out.append(c)
    return out


def _heading_before(text: str, start: int, inner: int) -> bool:
    """Three or more words before a known firm's name inside a longer name are table
    headings or other capitalised debris, not the start of a name: a real name that holds
    another firm's name puts at most a place or a parent before it ('Zhejiang Leapmotor
    Technology', 'GAC Mitsubishi Motors')."""
    return inner > start and len(text[start:inner].split()) >= 3


_LINE_WORDS = regex.compile(r"[A-Za-z][\w'’&-]*")


def _title_case_line(text: str, chunk: _Chunk) -> bool:
    """The name stands in a heading: a line of three or more words, every one capitalised,
    with no full stop at its end ('Global EV Battery Market: Supplier Landscape'), where a
    role noun is a word of the heading, not a cue."""
    line_start = text.rfind("\n", 0, chunk.start) + 1
    line_end = text.find("\n", chunk.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    if len(line) > 120 or line.endswith((".", "!", "?", '"', "”")):
        return False
    words = _LINE_WORDS.findall(line)  # bounded: one short line
    return len(words) >= 3 and all(w[0].isupper() for w in words)


_BULLETS = " \t-•*·"  # what may stand before a name alone on its line
_BULLETS_OR_LINE_START = _BULLETS + "\n"


def _alone_on_line(text: str, chunk: _Chunk) -> bool:
    """The name is a whole line (a heading, maybe bulleted or ending in ':')."""
    # the usual name, within a line: a character of the line that `before` keeps stands
    # right before it, or one space before it
    s = chunk.start
    if s > 0:
        prev = text[s - 1]
        if prev not in _BULLETS_OR_LINE_START:
            return False
        if prev != "\n" and s > 1 and text[s - 2] not in _BULLETS_OR_LINE_START:
            return False
    line_start = text.rfind("\n", 0, chunk.start) + 1
    line_end = text.find("\n", chunk.end)
    before = text[line_start : chunk.start].strip(_BULLETS)
    after = text[chunk.end : len(text) if line_end < 0 else line_end].strip(" \t:")
    return not before and not after


_LABEL_THEN_WORD = regex.compile(r":[ \t]*[A-Za-z]")
_ITEM_DASH = regex.compile(r"(?:^|\n|\s)[-–—•*·][ \t]+$")


def _item_label(text: str, chunk: _Chunk) -> bool:
    """The name is a list item's label: it opens a line or follows a list dash ("Key Tasks -
    Urban Buses: Target ..."), and a colon and words close it (a ranking's "EV Power: 80,000
    units" names a firm by its count)."""
    if _LABEL_THEN_WORD.match(text, chunk.end, chunk.end + 4) is None:  # bounded: 4 chars
        return False
    s = chunk.start
    if s == 0 or text[s - 1] == "\n":
        return True
    return _ITEM_DASH.search(text, max(0, s - 4), s) is not None  # bounded: 4 chars


_TITLED_WINDOW = 70  # a title and two name words before a word of the name
_TITLED_AFTER = regex.compile(r"(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2}")


@lru_cache(maxsize=1024)
def _titled(text: str, name: str) -> bool:
    """Whether a title opens a person's name that holds `name` somewhere in the text
    ("deputy CEO Roslan Abdullah", then "According to Roslan"): found from each occurrence
    of the name, so only the names that reach the context rules cost a look; kept per name
    (a name repeated through a long text is looked at once, not once per mention)."""
    v = vocab()
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            m = v.titled_name.search(text, max(0, at - _TITLED_WINDOW), at)  # bounded: 70
            if m is not None:
                after = _TITLED_AFTER.match(text, end, end + 60)  # bounded: 60 chars
                words = [*m.group("before").split(), *name.split(), *after.group(0).split()]
                # a person's name has two words or three ("partner InoBat": a firm); not
                # "partner Bangchan General Assembly Co Ltd", a firm's name
                if 2 <= len(words) <= 3 and not any(
                    w in v.titles or w in v.legal_or_company for w in words
                ):
                    return True
        at = text.find(name, end)
    return False


def _persons(
    text: str, chunks: Sequence[_Chunk], lexicon_starts: set[int]
) -> tuple[set[str], set[str]]:
    """Names that a reporting verb shows to be people (`Peter Szijjarto told`), and their
    last words (surnames), which later stand alone for the same person."""
    v = vocab()
    full: set[str] = set()
    last: set[str] = set()
    for c in chunks:
        words = c.words
        if not 2 <= len(words) <= 3 or c.start in lexicon_starts:
            continue
        if any(w.rstrip(".,") in v.legal_or_company for w in words):
            continue
        said = (
            v.speech_after.match(text, c.end, min(len(text), c.end + 20))  # bounded: 20 chars
            if v.speech_after_starts.possible_after_spaces(text, c.end, 20)
            else None
        )
        owner = said is None and text.startswith(_POSSESSIVES, c.end)
        # "Gai Xinwu, a spokesman for", "Ricardo Bastos, GWM Brazil Director of ..."
        titled = (
            said is None
            and text.startswith(",", c.end)
            and v.person_title_after.match(text, c.end, min(len(text), c.end + 60)) is not None
        )  # bounded: 60 chars
        # "Warren Buffett's Berkshire"
        if said or titled or (owner and text.find(" ", c.end + 2) + 1 in lexicon_starts):
            full.add(c.text)
            last.add(c.words[-1])
            if titled:
                last.add(c.words[0])  # "Gai Xinwu, a spokesman", then "according to Gai"
    return full, last


def _blocks(not_firm: LexiconSpan, chunk: _Chunk) -> bool:
    """A known non-firm overlapping a name rules it out, except a brand or product word
    inside a longer company name ('Qiyuan' in 'Anhui Qiyuan Battery Materials')."""
    if not (chunk.start < not_firm.end and chunk.end > not_firm.start):
        return False
    inside = chunk.start <= not_firm.start and not_firm.end <= chunk.end
    longer = (not_firm.end - not_firm.start) < (chunk.end - chunk.start)
    if not_firm.id in ("brand", "product") and inside and longer:
        before = chunk.text[: not_firm.start - chunk.start].rstrip()
        if before.endswith(","):
            return True  # "Galaxy, Lynk & Co": a brand list joined by commas, no partnership
        return not _is_company_shaped(chunk.words)
    return True


def _ner_candidates(chunks: Sequence[_Chunk], extra: Sequence[LexiconSpan]) -> set[int]:
    """Starts of the names an NER entity covers whole (`the Bosch Group` covers `Bosch Group`)."""
    if not extra:
        return set()
    return {c.start for c in chunks if any(x.start <= c.start and c.end <= x.end for x in extra)}


def _listed_chunks(text: str, chunks: Sequence[_Chunk]) -> set[int]:
    """Starts of names in a list after a cue: `companies such as A, B, and C`."""
    v = vocab()
    out: set[int] = set()
    last_words = v.list_cue_end.words
    # (inlined CueEnding.possible: this runs for every name; a name's `before` depends only
    # on its start)
    after_cue_word = sorted(
        {c.start for c in chunks if c.before is None or c.before.endswith(last_words)}
    )
    if not after_cue_word:
        return out
    by_start = {c.start: c for c in chunks}
    # Only a cue that ends where a name starts matters. Rather than scan the whole text for
    # cues, look only at the names after a cue's last word, and scan each stretch between
    # two barrier characters once: the cues found there are those a whole-text scan finds.
    cues: dict[int, regex.Match[str]] = {}  # cues of the current stretch, by their end
    stretch_end = -1
    for pos in after_cue_word:
        if pos > stretch_end:
            before = _barrier_before(v.cue_barrier_before, text, pos)
            after = _barrier_after(v.cue_barrier, text, pos)
            stretch_start = before.end() if before else 0
            stretch_end = after.start() if after else len(text)
            window = text[stretch_start:stretch_end]
            if v.list_cue_starts is not None and window.isascii():
                starts = v.list_cue_starts.starts(window.lower())
                found = matches_at(
                    v.list_cue, text, stretch_start, stretch_end, starts, MATCH_TIMEOUT_S
                )
            else:
                found = v.list_cue.finditer(
                    text, stretch_start, stretch_end, timeout=MATCH_TIMEOUT_S
                )
            cues = {m.end(): m for m in found}
        cue = cues.get(pos)
        if cue is None:
            continue
        bare_cue = cue.group().lower().split()[0].strip(",") in ("such", "led", "including")
        if bare_cue and not v.list_plurals.search(
            text, max(0, cue.start() - 60), pos, timeout=MATCH_TIMEOUT_S
        ):
            continue  # "technologies such as LiDAR" lists no companies
        while pos in by_start:
            c = by_start[pos]
            # the window also spares the regex module's search for the pattern's required
            # "s" through the rest of the text on every call (quadratic on long lists)
            if not _MODIFIES_NOUN.match(text, c.end, c.end + 100):  # bounded: 100-char window
                out.add(c.start)  # not "backed by Slovak investors"
            sep = _LIST_SEPARATOR.match(text[c.end : c.end + 8])  # bounded: 8 chars
            if not sep:
                break
            pos = c.end + sep.end()
    return out


# The barrier is one character of a class: the nearest one to a place lies in the window
# next to it whenever the window holds one, searched without a timeout (two clock reads a
# call); only a window without one sends the search on through the text.
_BARRIER_WINDOW = UNTIMED_CHARS


def _barrier_before(barrier_before: Any, text: str, pos: int) -> Any:
    """`barrier_before.search(text, 0, pos)` (a backwards search for one character)."""
    lo = max(0, pos - _BARRIER_WINDOW)
    found = barrier_before.search(text, lo, pos)  # bounded: window
    if found is None and lo > 0:
        found = barrier_before.search(text, 0, lo, timeout=MATCH_TIMEOUT_S)
    return found


def _barrier_after(barrier: Any, text: str, pos: int) -> Any:
    """`barrier.search(text, pos)` (a search for one character)."""
    hi = pos + _BARRIER_WINDOW
    found = barrier.search(text, pos, hi)  # bounded: window
    if found is None and hi < len(text):
        found = barrier.search(text, hi, timeout=MATCH_TIMEOUT_S)
    return found


# a numbered list item: "1.CATL recorded", "2) BYD reached" (the number fused or spaced)
_ITEM_NUMBER = regex.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$", regex.REVERSE)
_NEXT_ITEM = regex.compile(r"\n[ \t]*\d{1,2}[.)][ \t]*[A-Z]")
# a line that opens with a list number and a capital (the first line of the text, or after a
# newline: a literal "\n" first is several times faster to search for than a line anchor)
_FIRST_ITEM = regex.compile(r"[ \t]*\d{1,2}[.)][ \t]*[A-Z]")
_ANY_ITEM = regex.compile(r"\n[ \t]*\d{1,2}[.)][ \t]*[A-Z]")
_ITEM_VERB = regex.compile(r"[ \t]+[a-z]")
_RANKED_LOOKBACK = 400  # characters before the first item where the list's heading stands


def _ranked_items(text: str, chunks: Sequence[_Chunk]) -> set[int]:
    """Starts of names that open the items of a numbered ranking of companies: the item
    starts with the name and a verb, the list has at least two items, and the lines above
    it name company plurals ("Top Five Battery Suppliers", "the leading suppliers")."""
    out: set[int] = set()
    if (
        _ANY_ITEM.search(text) is None  # bounded: no nested repetition, linear
        and _FIRST_ITEM.match(text) is None  # bounded: anchored, linear
    ):
        return out  # most articles: no numbered list at all (one scan, not one per name)
    v = vocab()
    first_item = -1  # where the current list starts: its heading is looked for above it
    for c in chunks:
        s = k = c.start
        while k > c.start - 3 and k > 0 and text[k - 1] in " \t":
            k -= 1
        if k < 2 or text[k - 1] not in ".)" or not text[k - 2].isdigit():
            continue  # cheap: a list number ends right before the name
        item = _ITEM_NUMBER.search(text, max(0, s - 8), s)  # bounded: 8 chars
        if item is None or not _ITEM_VERB.match(text, c.end, c.end + 3):  # bounded: 3 chars
            continue
        line = item.start() + (text[item.start()] == "\n")
        line_end = text.find("\n", c.end)
        siblings = _NEXT_ITEM.search(text, max(0, line - 200), line) or (
            line_end >= 0 and _NEXT_ITEM.match(text, line_end, line_end + 20)
        )  # bounded: 200 chars before the item, the next line's start after it
        if not siblings:
            continue
        if first_item < 0 or line - first_item > 2 * _RANKED_LOOKBACK:
            first_item = line
        heading = text[max(0, first_item - _RANKED_LOOKBACK) : first_item]
        if v.plural_nouns.search(heading):  # bounded: the lookback slice
            out.add(s)
    return out


class _ShortFormOwners:
    """Which firm a shorter name abbreviates: the first firm (in order of creation) among
    those with core words whose short forms hold the name. An index kept up to date as
    firms gain core words, so a lookup does not scan every firm (quadratic on long lists).

    `forms` caches `_short_forms` by firm key: a firm has short forms once it has core words,
    and its core words and first surface never change after that.
    """

    def __init__(self, forms: dict[str, list[str]]) -> None:
        self.forms = forms
        self.rank: dict[str, int] = {}  # firm key -> order of creation
        self.gained: list[Firm] = []  # firms given core words since the last lookup
        self._owner: dict[str, tuple[int, str]] = {}

    def find(self, name: str) -> str | None:
        for firm in self.gained:
            firm_forms = self.forms.get(firm.key)
            if firm_forms is None:
                firm_forms = self.forms[firm.key] = _short_forms(firm)
            rank = self.rank[firm.key]
            for form in firm_forms:
                known = self._owner.get(form)
                if known is None or rank < known[0]:
                    self._owner[form] = (rank, firm.key)
        self.gained.clear()
        found = self._owner.get(name)
        return found[1] if found is not None else None


def _short_forms(firm: Firm) -> list[str]:
    v = vocab()
    stops = v.stops
    core = firm.core_words
    if not core:
        return []
    full = firm.surfaces[0].split()
    variants = [" ".join(core[:i]) for i in range(1, len(core) + 1)]
    if any(w[:1] == "(" and w.strip("()") in v.places for w in core):
        # "Nissan (China) Investment": one word before the bracket names the parent;
        # "Aion Automobile Manufacturing (Thailand)" may drop its place
        variants = [f for f in variants if " " in f]
    place_prefix = full[: len(full) - len(core)] if full[:1] != core[:1] else []
    if place_prefix:
        variants += [" ".join(place_prefix + core[:i]) for i in range(1, len(core))]
    return [
        f
        for f in variants
        if len(f) >= 3
        and f.lower() not in stops
        and f not in v.places
        and f not in v.company_words
        and f != firm.surfaces[0]
    ]


def _add_short_forms(
    text: str,
    chunks: Sequence[_Chunk],
    firms: dict[str, Firm],
    cache: dict[str, list[str]],
    add: Callable[..., None],
) -> None:
    forms: dict[str, str] = {}
    for key, firm in firms.items():
        if not firm.core_words:
            continue  # no short forms
        firm_forms = cache.get(key)
        if firm_forms is None:
            firm_forms = cache[key] = _short_forms(firm)
        for form in firm_forms:
            forms.setdefault(form, key)
    # acronyms in brackets right after a name: "Contemporary Amperex ... (CATL)"
    for key, firm in firms.items():
        for _s, e in firm.mentions:
            if "(" not in text[e : e + _ACRONYM_SPAN]:
                continue  # (_acronym_after's own check, before a call per mention)
            acronym = _acronym_after(text, e)
            if acronym:
                forms.setdefault(text[acronym[0] : acronym[1]], key)
    for c in chunks:
        owner = forms.get(c.text)
        if owner is not None:
            add(owner, rule_id(VOCAB_FILE, "alias"), c.start, c.end)


_ACRONYM_SPAN = 14  # characters after a name searched for its acronym in brackets


def _acronym_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of an acronym in brackets right after a name: `... Co Ltd (CATL)`."""
    after = text[end : end + _ACRONYM_SPAN]
    m = _ACRONYM_AFTER.match(after) if "(" in after else None  # bounded: _ACRONYM_SPAN
    return (end + m.start(1), end + m.end(1)) if m else None


def _short_name_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a short name in brackets right after a name: `... Energy (Gotion)`."""
    if "(" not in text[end : end + 2]:  # (the pattern's bracket, one space at most before it)
        return None
    m = _SHORT_NAME_AFTER.match(text[end : end + 70])  # bounded: 70 chars
    return (end + m.start(1), end + m.end(1)) if m else None


def _named_first(text: str, start: int, full: Firm, short: Firm) -> bool:
    """Whether the fuller name comes first: in the body, or in the header above it (a
    headline naming `Geely Auto` over a body that opens with `Geely`)."""
    if full.mentions[0][0] < short.mentions[0][0]:
        return True
    name = full.surfaces[0]
    at = text.find(name, 0, start)
    return at >= 0 and not text[at + len(name) : at + len(name) + 1].isalnum()


def _merge_short_forms(text: str, firms: dict[str, Firm], start: int = 0) -> None:
    """Fold a firm found only by a short form into the fuller firm the article named.

    Two classes, both "a short form of a known firm is an alias, not a second firm":
    an acronym in brackets right after a name (`Beijing Electric Vehicle Co (BJEV)`), and a
    name that the fuller one extends only by words that keep it the same firm (`BAIC` after
    `BAIC Motor Corp`, `Dongfeng` after `Dongfeng Motor`) - but not `BYD` beside
    `BYD Semiconductor`, which is another company. A short form that two named firms extend
    stays as it is: the text does not say which one it means.
    """
    v = vocab()
    # both lookups are indexed, so an article naming n firms costs O(n), not O(n^2)
    by_span = {span: key for key, firm in firms.items() for span in firm.mentions}
    into: dict[str, str] = {}
    for key, firm in firms.items():
        for _s, e in firm.mentions:
            if "(" not in text[e : e + 2]:
                continue  # (_short_name_after's own check, before a call per mention)
            short_span = _short_name_after(text, e)
            other = by_span.get(short_span) if short_span else None
            # a short name is shorter: "Volkswagen (SAIC Volkswagen)" names a joint venture
            shorter = short_span is not None and short_span[1] - short_span[0] < e - _s
            if other is not None and other != key and other not in into and shorter:
                into[other] = key
    # every shorter name each firm extends by same-firm words: "BAIC Motor Corp" -> "BAIC Motor",
    # "BAIC"; a stem two firms extend belongs to neither
    extended: dict[str, list[str]] = {}
    for key, firm in firms.items():
        if not firm.mentions:
            continue
        words = firm.surfaces[0].split()
        while len(words) > 1 and words[-1].rstrip(".,") in v.legal_or_extension:
            words.pop()
            extended.setdefault(" ".join(words), []).append(key)
    for key, short in firms.items():
        if key in into or not short.mentions or len(set(short.surfaces)) != 1:
            continue
        owners = [o for o in extended.get(short.surfaces[0], ()) if o != key]
        if len(owners) == 1 and (
            _named_first(text, start, firms[owners[0]], short)
            or _parent_name(firms[owners[0]].surfaces[0], v)
        ):
            into[key] = owners[0]
    # "HiNa Battery" ... "Hina Battery": one name written in two cases is one firm
    by_name: dict[str, str] = {}
    for key, firm in firms.items():
        if not firm.mentions or key in into:
            continue
        for surface in firm.surfaces:
            owner = by_name.setdefault(normalise_name(surface), key)
            if owner != key and owner not in into:
                into[key] = owner
                break
    _fold_vouched_short_names(firms, into, v)
    for key, owner in into.items():
        target = firms[into.get(owner, owner)]
        source = firms[key]
        target.mentions.extend(source.mentions)
        for surface in source.surfaces:
            if surface not in target.surfaces:
                target.surfaces.append(surface)
        source.mentions.clear()
    _move_shared_short_forms(text, firms, extended, v.legal_or_extension)


# a dash and a partner's acronym after a known name, ending the name: "SAIC Motor–CP"
_DASH_ACRONYM = regex.compile(r"[-–](?P<a>[A-Z]{2,5})(?![\w-])")
_JV_GAP = regex.compile(r"[ \t]*-[ \t]*|[ \t]+(?:[A-Z][a-z]+[ \t]+)?")


def _joint_venture(
    text: str, words: list[str], first: LexiconSpan, last: LexiconSpan, end: int
) -> bool:
    """The name is two known companies' names joined ("Dongfeng Renault", "SAIC-CATL",
    "Dongfeng Yueda Kia"): their joint venture, another company, which neither parent's
    name inside it mentions; not before a pair noun ("the JLR-Chery talks")."""
    if last.end != end or last.start <= first.end or last.id == first.id or len(words) > 4:
        return False
    if _JV_GAP.fullmatch(text, first.end, last.start) is None:  # bounded: a name
        return False
    gap = text[first.end : last.start].split()
    if not _headline_words().isdisjoint(gap):
        return False  # "CATL Surpasses BYD": a ranking headline's verb between the names
    if not vocab().legal.isdisjoint(w.rstrip(".,") for w in gap):
        return False  # "Alphabet Inc Waymo": the first name ends at its legal form
    return vocab().pair_after.match(text, end, min(len(text), end + 30)) is None  # bounded


def _place_venture(text: str, chunk: _Chunk, inside: list[LexiconSpan], v: _Vocab) -> bool:
    """`Shanghai VW`, `Beijing Hyundai`, `Jiangsu Yueda Kia`: a place (and at most one more
    word) before a known firm's name that ends the run names the firm's local joint venture,
    another company (the gold names `Zhengzhou Yutong`, `Jiangxi Ganfeng` so too). Not after
    an abbreviation: "returning it to the U.S. Ford lost" is a sentence break."""
    if inside[-1].end != chunk.end or inside[0].start == chunk.start:
        return False
    lead = text[chunk.start : inside[0].start].split()
    return (
        1 <= len(lead) <= 2
        and lead[0] in v.places
        and all(w[:1].isupper() and "." not in w and w not in v.not_distinctive for w in lead)
        and (len(lead) == 1 or lead[1] not in v.places)
    )


def _merge_renamed(text: str, firms: dict[str, Firm]) -> None:
    """'Lixiang Automotive, formerly known as CHJ Automotive', 'Daimler, now known as the
    Mercedes-Benz Group': one company under two names; the second becomes the first's alias."""
    v = vocab()
    at: dict[int, Firm] = {s: f for f in firms.values() for s, _ in f.mentions}
    for f in list(firms.values()):
        for _, e in list(f.mentions):
            m = v.renamed_after.match(text, e, min(len(text), e + 40))  # bounded: 40 chars
            other = at.get(m.end()) if m is not None else None
            if other is None or other is f:
                continue
            for span in other.mentions:
                at[span[0]] = f
            f.mentions.extend(other.mentions)
            f.surfaces.extend(x for x in other.surfaces if x not in f.surfaces)
            other.mentions = []


def _parent_name(name: str, v: _Vocab) -> bool:
    """`Geely Automobile Group`: a name ending in a group word names the whole group, which a
    bare short form named before it (`Geely`) means too; `Xiaomi Auto` after `Xiaomi` names
    a unit of the company the bare name means."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".,") in v.parent_words


def _fold_vouched_short_names(firms: dict[str, Firm], into: dict[str, str], v: _Vocab) -> None:
    """A name only a rule vouches for ("EV battery maker Guoxuan") that begins the name of one
    lexicon firm of the article, the rest of it company words and legal suffixes
    ("Guoxuan High-tech Co Ltd"), is that firm's short form. Two lexicon firms ("BYD",
    "BYD Semiconductor") each keep their own names: the lexicon tells them apart."""
    lexicon = rule_id(VOCAB_FILE, "companies.jsonl")
    by_first: dict[str, list[str]] = {}
    for key, firm in firms.items():
        if firm.rule_id == lexicon and firm.mentions:
            by_first.setdefault(firm.surfaces[0].split()[0], []).append(key)
    if not by_first:
        return
    for key, short in firms.items():
        if key in into or short.rule_id == lexicon or not short.mentions:
            continue
        if len(set(short.surfaces)) != 1:
            continue
        name = short.surfaces[0]
        owners = [
            o
            for o in by_first.get(name.split()[0], ())
            if o != key and _extends_by_company_words(firms[o].surfaces[0], name, v)
        ]
        if len(owners) == 1:
            into[key] = owners[0]


def _extends_by_company_words(full: str, short: str, v: _Vocab) -> bool:
    """`full` is `short` and then only company words or legal suffixes (any case)."""
    if not full.startswith(short + " "):
        return False
    rest = full[len(short) :].replace(",", " ").split()
    words = _lower_company_or_legal(v)
    return all(w.rstrip(".,").lower() in words for w in rest)


@cache
def _lower_company_or_legal(v: _Vocab) -> frozenset[str]:
    return frozenset(w.lower() for w in v.legal_or_company) | frozenset(
        w.lower().rstrip(".") for w in v.legal
    )


def _move_shared_short_forms(
    text: str, firms: dict[str, Firm], extended: dict[str, list[str]], extension: frozenset[str]
) -> None:
    """A short form that the lexicon gives to one firm but that another firm of the article
    extends only by same-firm words is that other firm's: with `Zhejiang Geely Holding Group`
    and `Geely Auto` both named, a bare `Geely` is Geely Auto (the holding's own names never
    shorten to it)."""
    for key, firm in firms.items():
        surfaces = set(firm.surfaces)
        if len(surfaces) < 2 or not firm.mentions:
            continue
        for short in surfaces:
            owners = [o for o in extended.get(short, ()) if o != key and firms[o].mentions]
            if len(owners) != 1 or any(
                short in _shortened(other, extension) for other in surfaces if other != short
            ):
                continue
            target = firms[owners[0]]
            moved = [m for m in firm.mentions if text[m[0] : m[1]] == short]
            firm.mentions = [m for m in firm.mentions if text[m[0] : m[1]] != short]
            firm.surfaces.remove(short)
            target.mentions.extend(moved)
            target.surfaces.append(short)


def _shortened(name: str, extension: frozenset[str]) -> set[str]:
    """`name` and the names it gives without its trailing same-firm words."""
    words = name.split()
    out = {name}
    while len(words) > 1 and words[-1].rstrip(".,") in extension:
        words.pop()
        out.add(" ".join(words))
    return out
