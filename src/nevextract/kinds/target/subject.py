"""Who commits to a target: the province, city, ministry or company that states the aim.

The word lists are data (`patterns/en/targets/subjects.json`). A name in the clause before the
cue wins; a reference ("the city", "the carmaker", "it") or no name at all points back to
the party named earlier: the last sentence subject of that class (a place or a firm).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ...errors import ConfigError
from ...kinds.year.rules import MONTH_PATTERN
from ...limits import MATCH_TIMEOUT_S
from ...normalizers.numbers import number_words
from ...prefilters import required_literals
from ...resources import load_json, load_word_list, resolve_pattern_path

_LOOK_BACK = 30  # sentences searched for the party a reference points back to
_PATH = "targets/subjects.json"
_LISTS = (
    "not_names",
    "titles",
    "location_words",
    "appositive_openers",
    "place_references",
    "firm_references",
    "pronouns",
    "possessives",
    "said_words",
    "subject_blockers",
    "relative_pronouns",
    "national_references",
    "government_tails",
    "clause_joints",
    "plan_nouns",
    "plural_references",
    "part_references",
    "report_verbs",
    "outlet_words",
    "issue_verbs",
    "governing_bodies",
    "body_heads",
    "title_joiners",
    "opening_descriptors",
)

# a run of capitalised tokens ("Chongqing Municipality", "BAIC Group", "Pony.ai"); an
# apostrophe inside a word that is no possessive stays in it ("Xi'an", "Xi’an")
_NAME = regex.compile(r"(?<![\w&.\-])(?:[A-Z][\w&.\-]*[\w&]|[A-Z])(?:['’](?!s\b)[a-z]\w*)?")
# "Ministry of Industry and Information Technology": lower-case joints inside one name
_RUN_GAP = regex.compile(r"[ ]+(?:(?:of|and|for|&)[ ]+)?(?=[A-Z])")
_POSSESSIVE = regex.compile(r"['’](?:s\b|(?!\w))")
_WORD = regex.compile(r"[A-Za-z][\w'’-]*")
# the lower-case word that ends a line right after a name: "1 Action goal" (a heading)
_NEXT_WORD = regex.compile(r"[ \t]+([a-z]+)[ \t]*(?::|\n|$)")
# "Geely, Changan's local rival, aims to": a name's description, not the subject; it may
# end on the name it relates to ("China's biggest truck maker and a unit of Beijing Auto")
_DESCRIBED = regex.compile(
    r"\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s+[a-z][^A-Z]*"
    r"(?:(?<=\bof\s)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?$"
)
_MID_SENTENCE = regex.compile(r"(?<=[a-z,] )([A-Z][\w&.\-]*[\w&]|[A-Z])")
# a maximal run of word characters, apostrophes and hyphens that holds a word character
_RUN = regex.compile(r"[\w'’-]*\w[\w'’-]*")
# the same runs found from the end, the last first: the words right before a name are read
# without matching every run of the window before them
_RUN_BACK = regex.compile("(?r)" + _RUN.pattern)
# the second word is lower case, a capitalised article ("told The Nikkei that") or a
# place's "-based" ("According to China-based STCN, ...")
_LAST_TWO_WORDS = regex.compile(
    r"([\w'’-]+)\W+(?:((?:[a-z]|The\b|[A-Z][\w'’]*-based\b)[\w'’-]*)\W+)?$"
)
_TOKEN = regex.compile(r"\S+")
# "reported that ": a report verb and "that" right after a name
_REPORTED_THAT = regex.compile(r"[ ]+([a-z]+)[ ]+that[ ]+")
# one capital, a hyphen and a lower-case word: a stage, class or share type, not a name
_STAGE_WORD = regex.compile(r"[A-Z]-[a-z]+")
# a place, then the outlet in brackets and a dash: where the story was filed
_DATELINE = regex.compile(r"\s*\([^()\n]{1,30}\)\s*[-–—]")
# "Chongqing - In recent weeks": a place opening a line, then a dash, is where the story was filed
_LINE_DATELINE = regex.compile(r"[ ]+[-–—]+[ ]+")
_OUTLET = regex.compile(r"\)\s*[-–—]")  # the outlet of a dateline: "(ZXZC)-"
_JOINT = regex.compile(r"\b([a-z]+) (?=[A-Z])")  # a lower-case word before a name
# one name, or names joined by "and", then the cue: "Great Wall ", "Toyota and Nissan "
_NAMES_ONLY = regex.compile(r"[A-Z][\w&.\-]*(?:[ ]+(?:and[ ]+)?[A-Z][\w&.\-]*)*[ ]*")
_TITLE_OF = regex.compile(r"\b([A-Za-z]+) of (?:the )?(?=[A-Z])")  # "chairman of BYD"
_SAID_THAT = regex.compile(r"\bthat\s+|:\s+")
_THAT = regex.compile(r"\bthat\s+")
# a photo credit: "(Photo: Xinhua)", "(Photo/Xinhua)", "(Photo by X/Xinhua)", "Photo: VCG"
_CAPTION = regex.compile(r"\((?i:photo)\b[^()\n]{0,60}\)|\b(?i:photo(?: credit)?):\s")
# derived from it: one of these (casefolded) is in every match ("photo"), looked for before
# the regex reads a paragraph that holds none
_CAPTION_LITERALS = tuple(sorted(required_literals(_CAPTION.pattern) or ("",)))
# the place before a comma (or ", and") that lists another: "Thailand, " in "Thailand, Brazil"
# a participle compound before a noun: "State-owned", "Hangzhou-based", "Tencent-backed"
_DESCRIPTOR = regex.compile(r"-[a-z]+ed$")
# a name in quotation marks is a title or a nickname ("the 'City of Intelligent Vehicles,'")
_QUOTE_OPENERS = "'\"“‘"
_QUOTE_CLOSE = regex.compile(r"[,.]?['\"”’]")
# an action word, then its object: "Achieving the development goal", "Promoting a"
# a name's own will-clause: "Jiangsu province will promote", "Geely will also"
_WILL_AFTER = regex.compile(r"(?:[ ]+[a-z]+){0,2}?[ ]+will[ ]")
_DETERMINERS = frozenset({"the", "this", "that"})
_ACTION = regex.compile(r"[ ]+(?:the|a|an)[ ]")
_LISTED = regex.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}),(?: and)? $")


@dataclass(frozen=True)
class _Words:
    not_names: frozenset[str]
    titles: frozenset[str]
    location: frozenset[str]
    appositive: frozenset[str]
    place_refs: frozenset[str]
    firm_refs: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    said: frozenset[str]
    blockers: frozenset[str]
    relative: frozenset[str]
    national: frozenset[str]
    countries: frozenset[str]
    government_tails: tuple[str, ...]
    tail_starts: frozenset[str]  # first words of the tails, lower-case ("municipal")
    tail_ends: frozenset[str]  # last words of the tails ("People", "Government")
    joints: frozenset[str]
    plan_nouns: frozenset[str]
    plural: frozenset[str]
    parts: frozenset[str]
    report_verbs: frozenset[str]
    outlet_words: frozenset[str]
    issue_verbs: frozenset[str]
    bodies: frozenset[str]
    body_heads: frozenset[str]  # "Commission": a public body's last word
    places: frozenset[str]
    demonyms: frozenset[str]
    stop_words: frozenset[str]
    surnames: frozenset[str]
    numbers: frozenset[str]
    # "Tram Resources has learned that": what an outlet says of its own reporting
    outlet_after: regex.Pattern[str]
    title_joiners: frozenset[str]  # "for", "the", "of" inside a document's title
    openers: frozenset[str]  # "As": an opening phrase that describes the subject
    document_number: regex.Pattern[str]  # "[2018] No. 22" after an issuer code
    # "the Thai government," right before a relative clause
    government_before: regex.Pattern[str]


@cache
def _words() -> _Words:
    data = load_json(_PATH)
    lists: dict[str, frozenset[str]] = {}
    for key in _LISTS:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            raise ConfigError(
                str(resolve_pattern_path(_PATH)), f"{key!r} must be a list of non-empty strings"
            )
        lists[key] = frozenset(value)
    places, demonyms, countries = set(), set(), set()
    # places.txt lists the demonyms last, under their own header; its countries under theirs
    section = ""
    for line in _place_lines():
        if line.startswith("# ---"):
            section = line
        elif line.startswith("#"):
            continue
        elif section.startswith("# --- Demonyms"):
            demonyms.add(line)
        else:
            places.add(line)
            if section.startswith("# --- Countries"):
                countries.add(line)
    stop = load_json("text/words.json")["stop_words"]
    vocab = load_json("firms/vocab.json")
    outlet_verbs = "|".join(
        regex.escape(v) for v in sorted(vocab["outlet_verbs"], key=len, reverse=True)
    )
    return _Words(
        lists["not_names"],
        lists["titles"],
        lists["location_words"],
        lists["appositive_openers"],
        lists["place_references"],
        lists["firm_references"],
        lists["pronouns"],
        lists["possessives"],
        lists["said_words"],
        lists["subject_blockers"],
        lists["relative_pronouns"],
        lists["national_references"],
        frozenset(countries),
        # longest first: "Municipal People's Government" before "Government"
        tuple(sorted(lists["government_tails"], key=len, reverse=True)),
        frozenset(t.split()[0].lower() for t in lists["government_tails"]),
        frozenset(t.split()[-1] for t in lists["government_tails"]),
        lists["clause_joints"],
        lists["plan_nouns"],
        lists["plural_references"],
        lists["part_references"],
        lists["report_verbs"],
        lists["outlet_words"],
        lists["issue_verbs"],
        lists["governing_bodies"],
        lists["body_heads"],
        frozenset(p.replace("’", "'") for p in places),
        frozenset(demonyms),
        frozenset(w.lower() for w in stop),
        frozenset(vocab["person_surnames"]),
        frozenset(number_words()),
        regex.compile(rf"[ \t]+(?:{outlet_verbs})[ \t]+(?:that|from)\b"),
        lists["title_joiners"],
        lists["opening_descriptors"],
        regex.compile(load_json(_PATH)["document_number_after"]),
        regex.compile(
            r"(?P<who>\b(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}"
            rf"(?:{'|'.join(sorted(lists['governing_bodies']))}))[ \t]*,?[ \t]*$"
        ),
    )


def load_subject_words() -> None:
    _words()


def _place_lines() -> list[str]:
    path = resolve_pattern_path("places/places.txt")
    lines = [s.strip() for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
    return lines if lines else load_word_list("places/places.txt")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    name: str
    is_place: bool
    is_firm: bool


def _previous_word(text: str, start: int, floor: int) -> str:
    """The last word before `start` (a `$`-anchored regex would try every position)."""
    last = _RUN_BACK.search(text, max(floor, start - 40), start)  # bounded: a 40-char window
    return last.group().lower() if last else ""


def _after_location_word(text: str, start: int, floor: int, w: _Words) -> bool:
    """A location word one or two words before: "in China", "in central China"."""
    before = text[max(floor, start - 50) : start]
    # a match spans at most the last two runs: start the search at the second last
    runs = _RUN_BACK.finditer(before)  # bounded: a 50-char slice
    last, second = next(runs, None), next(runs, None)
    m = _LAST_TWO_WORDS.search(
        before,
        second.start() if second else 0,  # bounded: a 50-char slice
    )
    if not m:
        return False
    owner = m.group(1)
    if m.group(2) is None and owner[-2:] in ("'s", "’s") and _in_places(owner[:-2], w):
        # "in China's Shandong Province": a place's possessive stands between
        assert last is not None  # the owner is a run
        return _after_location_word(text, start - len(before) + last.start(), floor, w)
    near, far = (m.group(2) or m.group(1)).lower(), m.group(1).lower()
    if near == "of" and m.group(2) is not None and far in w.titles:
        return False  # "the chairman of Svolt", "general manager of X": the speaker's party
    if near == "of" and m.group(2) is not None and far in w.place_refs and far not in w.parts:
        return False  # "the island of Hainan": the place itself ("the capital of X": a part)
    if near in w.location:
        at = m.start(2) if m.group(2) is not None else m.start(1)
    elif m.group(2) is not None and far in w.location:
        at = m.start(1)
    else:
        return False
    # "Authorities in central China's Henan Province": the place's own body, not a location
    return _previous_word(text, start - len(before) + at, floor) not in w.bodies


def candidates(
    text: str,
    start: int,
    end: int,
    firms: Sequence[tuple[int, int]],
    first: bool = False,
    cleaned: dict[tuple[int, int, int], Candidate | None] | None = None,
) -> list[Candidate]:
    """Names in [start, end) that may be a clause's subject, in reading order; with
    `first`, only the first of them (the names after it are not read). `cleaned` keeps
    each name's reading for the article: the clauses of one sentence are read many times."""
    w = _words()
    out: list[Candidate] = []
    firm_spans = [f for f in firms if start <= f[0] and f[1] <= end]
    for f0, f1 in sorted(firm_spans) if first else list(firm_spans):  # a copy: may remove
        if _bracketed(text, f0, f1):
            continue  # "Contemporary Amperex Technology (CATL)": the short name of the name before
        if not _after_location_word(text, f0, start, w) or _owns_plan(text, f1, w):
            out.append(Candidate(f0, f1, text[f0:f1], False, True))
            if first:
                break
        elif _previous_word(text, f0, start) == "and":
            # "SungEel HiTech and Samsung C&T plan to": a firm joined to the name before it
            # is read with that name's run below, not skipped as an object
            firm_spans.remove((f0, f1))
    # with `first`, a name counts only before the first firm
    stop = out[0].start if first and out else end
    pos = start
    while pos < stop:
        m = _NAME.search(text, pos, end)  # bounded: linear (one token per try) in one sentence
        if not m:
            break
        run_start, run_end = m.start(), m.end()
        nxt = _RUN_GAP.match(text, run_end, end)  # bounded: linear, from one position
        while nxt:
            n = _NAME.match(text, nxt.end(), end)  # bounded: linear, from one position
            if not n:
                break
            run_end = n.end()
            nxt = _RUN_GAP.match(text, run_end, end)  # bounded: linear, from one position
        pos = run_end + 1
        if any(f0 < run_end and run_start < f1 for f0, f1 in firm_spans):
            continue
        if run_start >= stop:
            break
        if cleaned is None:
            cand = _read_name(text, run_start, run_end, start, end, w)
        else:
            # `_clean` reads at most 50 chars before a name: a floor further back is no floor
            key = (run_start, run_end, start if start > run_start - 50 else -1)
            if key in cleaned:
                cand = cleaned[key]
            else:
                cand = cleaned[key] = _read_name(text, run_start, run_end, start, end, w)
        if cand is not None:
            if first:
                if _modifies_next(text, cand.end) or _names_part(text, cand.end, w):
                    continue  # "China's Zhejiang": the name it qualifies comes next
                return [cand]  # it begins before the firm, if any
            out.append(cand)
    out.sort(key=lambda c: c.start)
    return out


def _read_name(text: str, s: int, e: int, floor: int, limit: int, w: _Words) -> Candidate | None:
    """`_clean`'s reading of the name run [s, e), or None where the run is a word of a
    document's title ('"... the Three-Year Action Plan to Win the Blue Sky ..."') or its
    issuer code ("(Guofa [2018] No. 22)"): read once per name, as `_clean` is."""
    if (
        _in_quotes(text, s)
        or _in_title(text, s, w)
        or w.document_number.match(text, e, min(limit, e + 16))  # bounded: 16 chars
    ):
        return None
    cand = _clean(text, s, e, floor, limit, w)
    if (
        cand is not None
        and not cand.is_place
        and cand.name.rsplit(" ", 1)[-1] not in w.body_heads
        and _HEADING_AFTER.match(text, cand.end, cand.end + 4)
    ):
        # "Key Tasks - Public Service Vehicles: Promote 4,500 ...": a list's heading and an
        # item's label are no party (a place or a public body keeps its name: "Chongqing -
        # the city will", "National Development and Reform Commission: Promote ...");
        # read past `limit`, as the reading is kept for every clause the name is in
        return None
    return cand


# what closes a heading or a list item's label: a colon, or a dash between spaces
_HEADING_AFTER = regex.compile(r"\s*:\s|\s+[-–—]\s")


_QUOTE_LOOKBACK = 400  # characters of a line searched for an open quotation mark


_TITLE_LOOKBACK = 12  # words read back from a name for the plan noun of its title


def _in_title(text: str, at: int, w: _Words) -> bool:
    """Whether the name at `at` continues a title that a capitalised plan noun opens: "the
    Implementation Plan for Promoting the Construction of Electric Vehicle Charging ...": a
    run of capitalised words and joiners ("for", "the", "of") back to "Plan"."""
    words = text[max(0, at - 160) : at].split()[-_TITLE_LOOKBACK:]
    for word in reversed(words):
        bare = word.strip(",.;:()\"“”'’")
        if bare != word and word[-1:] in ",.;:":
            return False  # a clause or sentence ends before the name
        if bare.lower() in w.plan_nouns and bare[:1].isupper():
            return True
        if not (bare[:1].isupper() or bare in w.title_joiners):
            return False
    return False


def _in_quotes(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation its line opens before it: a quoted plan or
    notice title ("Notice ... on Issuing the Three-Year Action Plan"), a slogan, a quote;
    the names in it are words of the title, not the party that commits."""
    line_start = max(text.rfind("\n", max(0, at - _QUOTE_LOOKBACK), at) + 1, at - _QUOTE_LOOKBACK)
    before = text[line_start:at]
    if "“" in before and before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


@lru_cache(maxsize=4)
def _phrase_prefixes(not_names: frozenset[str]) -> tuple[str, ...]:
    """The not-names of several words, each followed by a space: the head of a longer name
    that is no party either ("Five-Year Plan for Industrial ... Development")."""
    return tuple(sorted(n + " " for n in not_names if " " in n))


# a run ending with a month before a day: "China Oct" of "CHENGDU China Oct 11 Chery ..."
_MONTH_LAST = regex.compile(rf"\b{MONTH_PATTERN}$")
_DAY_NEXT = regex.compile(r"\s\d{1,2}\b")


def _clean(text: str, s: int, e: int, floor: int, limit: int, w: _Words) -> Candidate | None:
    run_start, run_end = s, e
    name = text[s:e]
    # a run's only blank is the space: without one, the name is one word (the usual case)
    tokens = (
        [(m.start(), m.end()) for m in _TOKEN.finditer(name)]  # bounded: one name
        if " " in name
        else [(0, e - s)]
    )
    if name.isupper() and len(name) > 3 and name.title() in w.places:
        return None  # "HONG KONG: Mainland automaker ...": a dateline (read before any cut)
    if _MONTH_LAST.search(name) and _DAY_NEXT.match(text, e, e + 4):  # bounded: 4 chars
        return None  # "CHENGDU China Oct 11 Chery Automobile, ...": a wire dateline
    # leading function words and titles: "The", "According", "Chairman"
    while tokens:
        tok = text[s + tokens[0][0] : s + tokens[0][1]]
        low = tok.lower()
        if len(tokens) > 1 and low in w.location and tok[:1].islower():
            tokens.pop(0)  # a joint ("of", "and") left at the front
            continue
        if (
            tok not in w.places
            and tok not in w.surnames
            and _sentence_initial(text, s + tokens[0][0])
            and (
                (
                    (len(tokens) > 1 or text[s - 2 : s] in (": ", "："))
                    and _common_word(text, tok, w)
                )
                # "• New energy vehicles will ...", "Key core technologies will": one
                # capitalised word the text also writes in lower case is a word, not a name
                or (
                    len(tokens) == 1
                    and low in _lower_case_words(text)
                    and low not in w.place_refs  # "- Authorities seek ...": the party
                    and low not in w.firm_refs
                )
            )
        ):
            # "Demand for NEVs": a capitalised common word opens the sentence; "Ministry of
            # ...: New energy vehicle sales will": a heading's colon opens one too
            tokens.pop(0)
            continue
        if low in w.titles:
            # "General Office of Jinan Municipal People's Government": an office of a place's
            # government; the place is the party
            names = [text[s + a : s + b] for a, b in tokens]
            at = names.index("of") + 1 if "of" in names else 0
            if 1 < at < len(tokens) and names[at] in w.places:
                rest = _POSSESSIVE.sub("", text[s + tokens[at][0] : s + tokens[-1][1]])
                if _strip_government(rest, w) != rest or _government_follows(
                    text, s + tokens[-1][1], w
                ):
                    del tokens[:at]
                    continue
            return None  # "Chairman Zhu Huarong": a person speaking
        if low in w.stop_words or tok in w.not_names or _DESCRIPTOR.search(tok):
            tokens.pop(0)
            continue
        break
    if not tokens:
        return None
    for i in range(1, len(tokens) - 1):
        # "Automotive News On February 6": a date closes the run
        if text[s + tokens[i][0] : s + tokens[i][1]] in ("On", "on") and (
            text[s + tokens[i + 1][0] : s + tokens[i + 1][1]] in w.not_names
        ):
            tokens = tokens[:i]
            break
    for i in range(1, len(tokens) - 1):
        # "Chongqing Mayor Hu Henghua": a place or party, then a title and a person's name
        if text[s + tokens[i][0] : s + tokens[i][1]].lower() in w.titles and (
            text[s + tokens[i + 1][0] : s + tokens[i + 1][1]] in w.surnames
        ):
            tokens = tokens[:i]
            break
    s, e = s + tokens[0][0], s + tokens[-1][1]
    name = _POSSESSIVE.sub("", text[s:e]).strip(".,-")  # bounded: no repetition
    after = s + len(name)
    place = _strip_government(name, w)
    # "the general office of the Xi’an Municipal People’s Government": a government, a party
    # even after "of", not a place named as a location
    governs = place != name or _government_follows(text, after, w)
    name = place
    if name.startswith(_phrase_prefixes(w.not_names)):
        # "the 'Action Plan for Establishing Guangzhou as a ...'": the place the plan's title
        # names owns it
        for a, b in reversed(tokens):
            tok = _POSSESSIVE.sub("", text[run_start + a : run_start + b])
            if _in_places(tok, w) and not _after_location_word(text, run_start, floor, w):
                return Candidate(run_start + a, run_start + a + len(tok), tok, True, False)
        return None
    if (
        not name
        or name in w.not_names
        or name.startswith(_phrase_prefixes(w.not_names))  # "Five-Year Plan for Industry"
        # "Vast Ocean Plan"; "Main Goals:" (a heading, its opening common word dropped);
        # "Implementation Plan for Promoting ...", "Target Task": a plan's or a section's title
        or not w.plan_nouns.isdisjoint(word.lower() for word in name.split())
        # "Bridging News spoke with ...", "China Daily": an outlet reports, never commits
        or name.rsplit(" ", 1)[-1] in w.outlet_words
        or _STAGE_WORD.fullmatch(name) is not None  # "the C-sample stage", "A-shares"
        or name in w.demonyms
        or any(ch.isdigit() for ch in name)
        or len(name) < 2
        or (
            not governs
            and _after_location_word(text, s, floor, w)
            and not _owns_plan(text, after, w)
        )
        or (previous := _previous_word(text, s, floor)) in w.titles
    ):
        return None
    first = name.split()[0]
    is_place = _in_places(name, w) or _in_places(first, w)
    nxt = None if is_place else _NEXT_WORD.match(text, after, after + 20)  # bounded: 20 chars
    if nxt is not None and nxt.group(1) in w.plan_nouns:
        return None  # "1 Action goal", "Development goals:": a heading, not a party
    if (
        is_place
        and not governs
        and text[s - 1 : s] == "("
        and _after_location_word(text, text.rfind(" ", floor, s - 2) + 1, floor, w)
    ):
        return None  # "in Yichun (Jiangxi province)": the bracketed place of a location
    if not governs and _listed_after_location(text, s, floor, w):
        # "plants in Thailand, Brazil and Hungary", "in Debrecen, Hungary", and a name the
        # place list does not know: "mainly in Haikou, Sanya, Sansha and Yangpu Zone"
        return None
    if name.isupper() and len(name) > 3 and name.title() in w.places:
        return None  # "BEIJING (Reuters) -": a dateline
    dateline = _DATELINE.match(text, after, after + 40)  # bounded: 40 chars
    outlet = text[s - 1 : s] == "(" and _OUTLET.match(text, after, after + 5)  # bounded: 5
    if (
        is_place
        and (s == 0 or text[s - 1] == "\n")
        and _LINE_DATELINE.match(text, after, after + 5)  # bounded: 5 chars
    ):
        dateline = True
    if dateline or outlet or _bracketed(text, run_start, run_end):
        return None  # "Shanghai (ZXZC)- The provincial government of Zhejiang": a dateline
    if w.outlet_after.match(text, after, after + 30):  # bounded: 30 chars
        return None  # "Tram Resources has learned that", "Phoneauto noticed that": the outlet
    if previous == "as" and _first_word(text, after, after + 20).lower() in w.report_verbs:
        return None  # "As CnEVPost reported late last month, Anhui ...": the source
    if (
        " " not in name
        and (name.lower() in w.firm_refs or name.lower() in w.place_refs)
        and (
            previous in _DETERMINERS
            # "Authorities in central China's Henan Province have ordered": a plural
            # reference opening the sentence, followed by where it belongs
            or (name.endswith("ies") and _first_word(text, after, after + 20).lower() == "in")
        )
    ):
        return None  # "The Group is aiming to", "The City will": a reference, not a name
    if " " not in name and text[s - 9 : s] in ("People's ", "People’s "):
        return None  # "the National People's Congress": the tail of a body's name
    if text[after : after + 2] == "- ":
        return None  # "the Mid- and Long-Term Plan": the first half of a compound
    if (
        run_start
        and text[run_start - 1] in _QUOTE_OPENERS
        and _QUOTE_CLOSE.match(text, run_end, run_end + 2)
    ):
        return None  # "its role as the 'City of Intelligent Vehicles'": a title in quotes
    if (
        not is_place
        and " " not in name
        and name.endswith("ing")
        and _ACTION.match(text, after, after + 6)  # bounded: 6 chars
    ):
        return None  # "by 2025 Achieving the development goal": an action, not a party
    if (
        (first in w.demonyms and w.body_heads.isdisjoint(name.split()))
        or first.lower() in w.numbers
        or (first in w.surnames and not is_place)
    ):
        # "Chinese carmakers", "Eleven automakers", "Wang Chuanfu" (not "Hong Kong"; not a
        # body a demonym names: "the Chinese Ministry of Transport is targeting")
        return None
    if previous in w.possessives:
        return None  # "its Dare Forward 2030 targets", "its Pakistan plant": a thing owned
    if is_place and _possessive_then(text, s + len(name), _firm_of_pattern(w.firm_refs)):
        return None  # "China's biggest automaker says it aims to": a firm, named elsewhere
    if (
        not is_place
        and " " not in name
        and _sentence_initial(text, s)
        and _common_word(text, name, w)
    ):
        return None  # "Demand for ...", "Production will ...": a capitalised common word
    return Candidate(s, s + len(name), name, is_place, False)


def _listed_after_location(text: str, start: int, floor: int, w: _Words) -> bool:
    """Whether the place at `start` continues a list of places opened by a location word:
    "in Thailand, Brazil", "in Debrecen, Hungary" (at most three names back)."""
    for _ in range(3):
        # the list may begin before the clause: "its plant in Debrecen, | Hungary, which"
        m = _LISTED.search(text, max(0, start - 60), start)  # bounded: 60 chars
        if m is None or m.group(1) in w.not_names:
            return False  # "In early June, China announced": a date, no list
        start = m.start(1)
        if _after_location_word(text, start, 0, w):
            return True
    return False


@lru_cache(maxsize=2)
def _alternatives(words: frozenset[str]) -> str:
    """The words as one regex alternation, longest first (so "action plan" before "plan")."""
    return "|".join(regex.escape(x) for x in sorted(words, key=len, reverse=True))


def _plan_pattern(nouns: frozenset[str]) -> regex.Pattern[str]:
    """ "the plan", "this programme", "the action plan": a definite plan that was named before."""
    alts = _alternatives(nouns)
    return regex.compile(rf"(?i:\b(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{alts})\b)")


def _any_plan_word(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether [start, end) holds a plan word ("released a plan on Monday")."""
    return any(m.group(0).lower() in nouns for m in _WORD.finditer(text, start, end))


def _owns_plan(text: str, end: int, w: _Words) -> bool:
    """Whether the name ending at `end` owns a plan word after it ("in line with China's
    national goal", "Central to Geely's expansion plan"): the owner of the plan, a party even
    after a location word."""
    return _possessive_then(text, end, _owned_pattern(w.plan_nouns))


def _possessive_then(text: str, end: int, pattern: regex.Pattern[str]) -> bool:
    """Whether a possessive follows the name ending at `end` and `pattern` matches from it."""
    if text[end : end + 1] not in "'’":
        return False  # the usual case: no possessive
    return pattern.match(text, end, end + 60) is not None  # bounded: 60


@lru_cache(maxsize=2)
def _owned_pattern(nouns: frozenset[str]) -> regex.Pattern[str]:
    """A possessive, up to three lower-case words, then a plan word: "'s national goal"."""
    alts = _alternatives(nouns)
    return regex.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?i:{alts})\b")


@lru_cache(maxsize=2)
def _firm_of_pattern(nouns: frozenset[str]) -> regex.Pattern[str]:
    """A place's possessive, up to three words, then a firm noun: "'s biggest automaker",
    "'s largest EV maker", "'s biggest commercial-vehicle maker"."""
    alts = _alternatives(nouns)
    return regex.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?i:{alts})\b")


def _bracketed(text: str, start: int, end: int) -> bool:
    """A name alone in brackets after a word ("CATL (SZ:)", "Yangtze River Delta (YRD)": a
    ticker or short name of the name before) or opening its line ("(Yicai Global) Dec. 10
    --": the outlet): never a party of its own."""
    if start and text[start - 1] in "【[" and text[end : end + 1] in ("】", "]"):
        return True  # "【Phoneauto News】Recently, ...": the outlet's byline
    closes = text[end : end + 1] == ")" or text[end : end + 2] == ":)"
    if text[start - 1 : start] != "(" or not closes:
        return False
    before = text[max(0, start - 40) : start - 1]
    if not before or before[-1] == "\n":
        return True  # the outlet opening its line
    # after a name, not after a common word ("the Shenzhen-based carmaker (BYD) plans to")
    word = before.rstrip().rsplit(" ", 1)[-1]
    return (word[:1].isupper() and word[-1:].isalnum()) or _abbreviates(text[start:end], before)


def _abbreviates(short: str, before: str) -> bool:
    """ "the private equity (PE) arm", "energy storage systems (ESS)": capitals that are the
    initials of the lower-case words before the bracket shorten a common noun."""
    words = before.split()[-len(short) :]
    return (
        short.isupper()
        and len(words) == len(short)
        and all(word[:1].islower() for word in words)
        and "".join(word[0] for word in words) == short.lower()
    )


def _in_places(name: str, w: _Words) -> bool:
    if "." in name and name + "." in w.places:
        return True  # "U.S" (its last dot dropped as punctuation) is "U.S."
    return (name.replace("’", "'") if "’" in name else name) in w.places


def _strip_government(name: str, w: _Words) -> str:
    """ "Xi’an Municipal People('s Government)", "Hubei Provincial Government": the place
    whose government it is (the run stops at the possessive or the lower-case word)."""
    if name.rsplit(" ", 1)[-1] not in w.tail_ends:
        return name  # the usual case, one set lookup
    for tail in w.government_tails:
        if name.endswith(" " + tail):
            head = name[: -len(tail) - 1]
            if _in_places(head, w):
                return head
    return name


def _government_follows(text: str, end: int, w: _Words) -> bool:
    """Whether a place's government follows its name ("Xi’an municipal government")."""
    if text[end + 1 : end + 25].split(" ", 1)[0].lower() not in w.tail_starts:
        return False
    if not _in_places(text[max(0, end - 30) : end].split(" ")[-1], w):
        return False
    after = text[end : end + 40].replace("’", "'").lower()
    return any(after.startswith(" " + t.lower()) for t in w.government_tails)


def _sentence_initial(text: str, start: int) -> bool:
    # a list item's bullet opens it ("  • New energy vehicles will", "- Key core ...")
    before = text[max(0, start - 4) : start].rstrip(" \t\"'“‘•·▪●◆■►➣*-–—")
    # "【Phoneauto News】Recently,": a byline; "MIIT: New energy ...": a heading's colon
    return not before or before[-1] in ".!?\n】:："


def _common_word(text: str, word: str, w: _Words) -> bool:
    """Whether a capitalised word opening a sentence is a common word ("Demand for ...",
    "Production will ..."), not a name: a name is also written capitalised mid-sentence."""
    return word.lower() in w.stop_words or word not in _mid_sentence_words(text)


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case (one pass per article)."""
    return frozenset(_LOWER_WORD.findall(text, timeout=MATCH_TIMEOUT_S))


_LOWER_WORD = regex.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


@lru_cache(maxsize=4)
def _mid_sentence_words(text: str) -> frozenset[str]:
    """Capitalised words the text writes after a lower-case word or a comma (one pass per
    article, so the test above costs no more than a set lookup)."""
    return frozenset(_MID_SENTENCE.findall(text, timeout=MATCH_TIMEOUT_S))


_SEGMENT_MARK = regex.compile(r"[(),;–—]")


# a comma inside a list of names closed by "and"/"or": "all Cadillac, Buick and Chevrolet
# products ... will be connected", "Shanghai, Jiangsu and Zhejiang will build" (what follows
# the comma, up to the closing name)
_NAME_LIST_REST = regex.compile(r"(?:[A-Z][\w&'’-]*(?:,\s+|\s+))+?(?:and|or)\s+[A-Z]")
_NAME_BEFORE_COMMA = regex.compile(r"[A-Z][\w&'’-]*,\s*$")


def in_name_list(text: str, at: int, end: int) -> bool:
    """Whether the comma right before `at` (spaces may follow it) is one of a list of names
    that closes before `end`."""
    return (
        _NAME_BEFORE_COMMA.search(text, max(0, at - 30), at) is not None  # bounded: 30 chars
        and _NAME_LIST_REST.match(text, at + len(text[at:end]) - len(text[at:end].lstrip()), end)
        is not None  # bounded: one clause
    )


_NAMES_LISTED = regex.compile(r"(?:[A-Z][\w&'’-]*(?:,\s*|\s+))+(?:and|or)\s+[A-Z][\w&'’-]*")


def _listed_names(text: str, found: Sequence[Candidate]) -> str | None:
    """ "Shanghai, Jiangsu and Zhejiang will build": the parties of one clause, listed (the
    candidates cover a list of names and nothing else)."""
    if len(found) < 2:
        return None
    start, end = found[0].start, found[-1].end
    if _NAMES_LISTED.fullmatch(text, start, end) is None:  # bounded: no nested repetition
        return None
    return text[start:end]


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma segments of [start, end), parentheses dropped; the commas of a list of names
    ("Shanghai, Jiangsu and Zhejiang") split nothing."""
    out, seg, depth = [], start, 0
    for m in _SEGMENT_MARK.finditer(text, start, end):  # bounded: no repetition
        ch, i = m.group(), m.start()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not (ch == "," and in_name_list(text, i + 1, end)):
            out.append((seg, i))
            seg = i + 1
    out.append((seg, end))
    return out


def _participle(word: str) -> bool:
    """A lower-case participle ("dubbed", "called", "including"): an appositive, no clause."""
    return word[:1].islower() and word.endswith(("ed", "ing"))


def _first_word(text: str, start: int, end: int) -> str:
    m = _WORD.search(text, start, end)  # bounded: linear in one clause
    return m.group(0) if m else ""


class SubjectFinder:
    """Finds each target's subject; remembers sentence subjects for later references."""

    def __init__(
        self, text: str, sentences: Sequence[tuple[int, int]], firms: Sequence[tuple[int, int]]
    ) -> None:
        self.text = text
        self.spans = sentences
        self.firms = sorted(firms)
        self._firm_names = {text[f0:f1] for f0, f1 in self.firms}
        self._sentence_subjects: dict[int, Candidate | None] = {}
        self._cleaned: dict[tuple[int, int, int], Candidate | None] = {}
        self._header: str | None = None  # the place the header names ("" for none), once
        # the class of the reference ("the battery maker": firm) `find` last resolved, if any
        self.reference: str | None = None

    def _candidates(self, start: int, end: int, first: bool = False) -> list[Candidate]:
        """`candidates` in [start, end), each name read once per article."""
        return candidates(self.text, start, end, self._firms_in(start, end), first, self._cleaned)

    def _sentence_subject(self, index: int) -> Candidate | None:
        """The first name of a sentence, the usual place of its subject."""
        if index not in self._sentence_subjects:
            s, e = self.spans[index]
            if _first_word(self.text, s, min(e, s + 20)) in _words().openers:
                # "As China's largest oil seller, Sinopec's branch runs ...": the opening
                # as-phrase describes the subject after its comma
                comma = self.text.find(", ", s, e)
                s = comma + 2 if comma >= 0 else s
            found = self._candidates(s, e, first=True)
            clause = self._reported_clause(found[0]) if found else None
            if clause is not None:
                # the source of the news: the reported clause's subject, when a name opens
                # that clause, is the sentence's subject
                found = [
                    c
                    for c in self._candidates(clause, e, first=True)
                    if all(x.lower() in _DETERMINERS for x in self.text[clause : c.start].split())
                ]
            self._sentence_subjects[index] = (
                found[0] if found and not self._in_caption(s, e) else None
            )
        return self._sentence_subjects[index]

    def _reported_clause(self, source: Candidate) -> int | None:
        """Where the reported clause begins after "the Financial Associated Press reported
        that ...": a name that is neither a firm nor a place, then a report verb and "that", is
        the source of the news, not a party. A firm ("BYD reported that its sales ...") or a
        pronoun after "that" ("X reported that it plans") keeps the name."""
        if source.is_firm or source.is_place:
            return None
        w = _words()
        m = _REPORTED_THAT.match(self.text, source.end, source.end + 40)  # bounded: 40 chars
        if m is None or m.group(1).lower() not in w.report_verbs:
            return None
        after = _first_word(self.text, m.end(), m.end() + 20).lower()
        return None if after in w.pronouns else m.end()

    def _in_caption(self, start: int, end: int) -> bool:
        """Whether [start, end) lies on a photo caption's line ("... in Beijing, capital of
        China, Oct. 22, 2019. (Photo: Xinhua)"): the places a caption names are where the
        photo was taken, never the party a later reference points to."""
        line_s = self.text.rfind("\n", max(0, start - 2000), start) + 1
        line_e = self.text.find("\n", end, end + 2000)
        line = self.text[line_s : line_e if line_e >= 0 else end + 2000]
        folded = line.casefold()
        if not any(lit in folded for lit in _CAPTION_LITERALS):
            return False
        return _CAPTION.search(line) is not None  # bounded: one line of at most 4000 chars

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding `offset` (the first one if none does)."""
        return max(0, bisect_left([s for s, _ in self.spans], offset + 1) - 1)

    def sentence_subject(self, index: int) -> str | None:
        """The sentence's first name if no verb comes before it: its grammatical subject."""
        cand = self._sentence_subject(index)
        if cand is None:
            return None
        blockers = _words().blockers
        before = _WORD.finditer(
            self.text,
            self.spans[index][0],
            cand.start,  # bounded: linear in one sentence
        )
        # "That same day, Pony.ai introduced": a sentence-opening "That" is no verb's object
        verbs = [m.group(0).lower() for m in before if m.group(0) != "That"]
        if not any(v in blockers for v in verbs):
            return cand.name
        # "Dong also added that Hongqi will launch": the subject of the reported clause
        said = _words().said
        reported = self.text[max(0, cand.start - 5) : cand.start] == "that "
        return (
            cand.name
            if reported and all(v in said or v == "that" for v in verbs if v in blockers)
            else None
        )

    def _firms_in(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self.firms, (start, start))
        out = []
        for f in self.firms[lo:]:
            if f[0] >= end:
                break
            out.append(f)
        return out

    def earlier(self, index: int, kind: str | None, before: int) -> str | None:
        """The most recent sentence subject (of `kind`: place or firm) before the cue."""
        found = self._earlier(index, kind, before)
        if found is None and kind != "firm" and self.reference != "firm":
            # "Chongqing will build 20 hydrogen stations" (the headline) over a body that
            # names the city only as a location: the place the header names
            return self._header_place()
        if found is None and kind == "firm":
            # "Toyota targets a 2.7% sales increase" over "The number one carmaker in the
            # world plans to ...": the firm the headline names
            return self._header_firm()
        return found[1].name if found else None

    def _header_firm(self) -> str | None:
        """The firm named first in the header (the text before the body) among those the
        body names too."""
        head = self.text[: self.spans[0][0]] if self.spans else ""
        named_at = [(head.find(name), name) for name in self._firm_names]
        found = [(at, -len(name), name) for at, name in named_at if at >= 0]
        return min(found)[2] if found else None

    def _header_place(self) -> str | None:
        """The first place the header (the text before the body: site, headline) names, a
        province or city before a country ("What Gives China Ningbo Confidence?": Ningbo)."""
        if self._header is None:
            w = _words()
            head = self.text[: self.spans[0][0]] if self.spans else ""
            found = [
                m.group(0)
                for m in _NAME.finditer(head[:2000])  # bounded: the header's first 2000 chars
                if _in_places(m.group(0), w)
                # "From: Shenzhen Daily": an outlet's name, not the headline's place
                and _first_word(head, m.end(), m.end() + 20) not in w.outlet_words
            ]
            local = [p for p in found if p not in w.countries]
            self._header = (local or found or [""])[0]
        return self._header or None

    def _earlier(self, index: int, kind: str | None, before: int) -> tuple[int, Candidate] | None:
        for i in range(index, max(-1, index - _LOOK_BACK), -1):
            if i == index:
                s, _ = self.spans[i]
                found = self._candidates(s, before, first=True)
                cand = found[0] if found else None
            else:
                cand = self._sentence_subject(i)
            if kind == "firm" and (cand is None or not cand.is_firm) and i != index:
                # "The buses were built by Yunnan Wulong Auto Co., Ltd.": a firm named as the
                # agent, not first, is the one "the company" of a later sentence means
                agent = self._firms_in(*self.spans[i])
                if agent:
                    s, e = agent[0]
                    cand = Candidate(s, e, self.text[s:e], False, True)
            if cand is None:
                continue
            if kind is None or (kind == "place") == cand.is_place:
                return i, cand
        return None

    def _country_before(self, end: int) -> str | None:
        """The country named last before `end` ("China's", "in Japan")."""
        found = None
        pattern = _country_pattern(_words().countries)
        for m in pattern.finditer(self.text, 0, end):  # bounded: linear in the text
            found = m.group(0)
        return found

    def is_place(self, name: str) -> bool:
        """Whether `name` names a place ("Hebei", "Hubei province")."""
        w = _words()
        if any(f.startswith(name) for f in self._firm_names):
            return False  # "China FAW Group Co": a firm the firm rules found
        return _in_places(name, w) or _in_places(name.split(" ", 1)[0], w)

    def names_party(self, start: int, end: int) -> bool:
        """Whether [start, end) names a possible committing party or holds a pronoun."""
        w = _words()
        if self._candidates(start, end, first=True):
            return True
        refs = (w.pronouns - w.possessives) | w.place_refs | w.firm_refs
        return any(
            m.group(0).lower() in refs and not _after_location_word(self.text, m.start(), start, w)
            for m in _WORD.finditer(self.text, start, end)  # bounded: linear in one clause
        )

    def find(self, index: int, s_start: int, cue_start: int) -> tuple[str | None, bool]:
        """(subject, whether the clause names or points to it) of a cue at `cue_start`."""
        w, text = _words(), self.text
        self.reference = None
        segs = _segments(text, s_start, cue_start)
        # "said on Tuesday that China's Changan aims to": the clause after "that"
        last_start = segs[-1][0]
        that = None
        for m in _SAID_THAT.finditer(text, last_start, cue_start):  # bounded: linear in one clause
            that = m
        if that is not None:
            segs = [*segs[:-1], (that.end(), cue_start)]
            if that.group(0).startswith("that") and not text[that.end() : cue_start].strip():
                # "China unveiled a development plan ... that aims to": a relative clause on
                # the plan, whose owner is the sentence's subject
                owner = self._clause_subject(s_start, that.start())
                if owner is not None:
                    return owner, True
        tail_s, tail_e = segs[-1]
        joint = self._joined_subject(tail_s, cue_start)
        if joint is not None:
            return joint, True
        if len(segs) > 1 and _first_word(text, tail_s, tail_e).lower() in w.relative:
            # "followed by Xpeng and NIO, which will aim for ...": the name the clause is on,
            # not a name inside the relative clause ("SHC, which owns 40 JAC dealerships and
            # aims to")
            seg_s, seg_e = segs[-2]
            found = _not_modifiers(text, self._candidates(seg_s, seg_e))
            if found:
                return found[-1].name, True
            firms = self._firms_in(seg_s, seg_e)  # "by rivals Xpeng and NIO": after "by"
            if firms:
                return text[firms[-1][0] : firms[-1][1]], True
            # "the supportive policies of the Thai government, which aims to": a government
            # the text names by its nation, in its own words
            government = w.government_before.search(text, seg_s, seg_e)  # bounded: one clause
            if government is not None:
                return government.group("who"), True
        tail = self._candidates(tail_s, tail_e)
        tail = _not_modifiers(text, tail)
        if tail:
            listed = _listed_names(text, tail)
            return listed or tail[-1].name, True
        words = [
            m.group(0).lower()
            for m in _WORD.finditer(text, tail_s, tail_e)  # bounded: linear in one clause
        ]
        if any(x in w.plural for x in words) or words[:1] == ["they"]:
            # "The companies are also planning to", "They plan to": the two parties named
            # together ("LG Chem and Huayou Cobalt") in this sentence or the two before
            pair = self._joint_firms(index, tail_s)
            if pair is not None:
                self.reference = "firm"
                return pair, True
        if (words[-2:-1] == ["the"] and words[-1] in _GOVERNMENT) or (
            # "the government has announced plans to": the clause's subject
            words[:1] == ["the"] and words[1:2] and words[1] in _GOVERNMENT
        ):
            # "the government aims to", "the government's goal is to": no level or place
            # names it, so the text's own words are the party (as the gold of D17, I01, AB05
            # has it even after a sentence about China; A03's gold says China)
            return "the government", True
        kind = _reference_kind(words, w)
        # "while its target is": the cue itself may open with the possessive
        pronoun = any(x in w.pronouns for x in words) or (
            _first_word(text, cue_start, cue_start + 6).lower() in w.possessives
        )
        said = any(x in w.said for x in words)
        if kind is None and (not pronoun or said):
            # "X, which ..., plans to", "X, which ..., said it plans to": walk back over
            # descriptive segments to the clause's subject
            for seg_s, seg_e in reversed(segs[:-1]):
                first = _first_word(text, seg_s, seg_e)
                if first.lower() in w.said and seg_s > s_start:
                    # "CATL, the world's largest maker, said its plant in Debrecen, which
                    # ..., is set to": the speaker's plant, so the speaker's aim
                    said_to = _WORD.findall(text, seg_s, seg_e)[1:2]  # bounded: one clause
                    if said_to and said_to[0].lower() in w.pronouns:
                        speaker = self._clause_subject(s_start, seg_s)
                        if speaker is not None:
                            return speaker, True
                if seg_s > s_start and (
                    first.lower() in w.appositive
                    or (first[:1].islower() and first)
                    or _DESCRIBED.match(text, seg_s, seg_e, timeout=MATCH_TIMEOUT_S)
                ):
                    continue
                found = _not_modifiers(text, self._candidates(seg_s, seg_e))
                lead = found[0].start if found else seg_e
                lead_words = [
                    m.group(0).lower()
                    for m in _WORD.finditer(text, seg_s, lead)  # bounded: linear in one clause
                ]
                kind = _reference_kind(lead_words, w)
                # "parts maker Liuzhou Jinlong", "the government of Zhejiang": the name
                # right after the reference is the one it refers to
                plain = [x for x in lead_words if x != "of" and "'" not in x and "’" not in x]
                named = plain[-1:]
                if kind is not None and not (found and _reference_kind(named, w)):
                    break  # "The company has built ..., and plans to": named earlier
                kind = None
                if found:
                    # the sentence's first segment: its subject comes first
                    return (found[0] if seg_s == s_start else found[-1]).name, True
                if seg_s > s_start and all(
                    x[:1].isupper()
                    for x in _WORD.findall(text, seg_s, seg_e)  # bounded: one
                ):
                    continue  # "in Debrecen, | Hungary, | which ...": the end of a location
                if (
                    seg_s == s_start
                    and len(segs) > 2
                    and not _participle(_first_word(text, *segs[1]))
                ):
                    # "On November 5, Xpeng unveiled its lineup, announcing plans to": a
                    # fronted phrase names no party; the main clause after it does (not a
                    # participle: "The document, dubbed the Opinions on ..., said")
                    main = self._clause_subject(*segs[1])
                    if main is not None:
                        return main, True
                break
        if kind is None and that is not None:
            # "BYD said on Monday that it plans to": the speaker; '"...," said X, general
            # manager of Y, adding that it aims to': Y, not a name inside the quotation
            speaker = self._speaker_party(s_start, that.start())
            if speaker is not None and pronoun:
                return speaker, True
            found = _not_modifiers(text, self._candidates(s_start, that.start()))
            if found and pronoun:
                opening = [
                    m.group(0).lower()
                    for m in _WORD.finditer(text, s_start, found[0].start)  # bounded: one clause
                ]
                # "The company, headquartered in Hebei province, said that it aims to": the
                # pronoun is the reference that opens the sentence, not the place after it
                kind = _reference_kind(opening, w) if opening[:1] in (["the"], ["this"]) else None
                if kind is None:
                    return found[0].name, True
        if kind == "country":
            # "Under China's 13th Five-Year Plan, the country will": the country named last
            self.reference = "place"
            country = self._country_before(tail_s)
            return (country, True) if country else (self.earlier(index, "place", tail_s), False)
        if kind is not None:
            self.reference = kind
            # "Hengchuang's sales rose ..., and the company plans to": named in this sentence
            ref_at = self._first_reference(s_start, cue_start)
            here = self._candidates(s_start, ref_at, first=True)
            if here and (here[0].is_firm if kind == "firm" else here[0].is_place):
                return here[0].name, True
            # "the Ningxia Electric Power Company ... The power company plans to": the firm
            # whose name ends in the reference's noun
            nouns = [x for x in words if x in w.firm_refs]
            ending = (
                self._firm_ending(nouns[-1], index, tail_s) if kind == "firm" and nouns else None
            )
            if ending is not None:
                return ending, True
            referred = self._referred(index, kind, tail_s)
            if referred[0] is None and kind == "place":
                # "... in the Wuhan Economic & Technological Development Zone (WEDZ). By 2025,
                # the zone will": named only as a location, by a name ending in the noun
                nouns = [x for x in words if x in w.place_refs]
                ending = self._place_ending(nouns[-1], index, tail_s) if nouns else None
                if ending is not None:
                    return ending, True
            return referred
        if pronoun and len(words) > 1 and words[0] in w.joints and words[1] in w.pronouns:
            # "EVE Energy plans to buy a stake in Ruifu Lithium, which ..., and it plans to":
            # a pronoun opening a joined clause is the sentence's subject, not its last name
            head = self._sentence_subject(index)
            if (
                head is not None
                and head.end <= tail_s
                and self.sentence_subject(index) == head.name
            ):
                return head.name, True
        if pronoun and len(segs) > 1 and words and words[0].endswith("ing"):
            # "Nio opened a plant with partner JAC, signaling its plan to": a participle
            # after the main clause is said of that clause's subject, not of its last name
            head = self._sentence_subject(index)
            in_main = head is not None and head.end <= segs[0][1]
            if head is not None and in_main and self.sentence_subject(index) == head.name:
                return head.name, True
        if pronoun:
            # "Wang Chuanfu, chairman of BYD, said ... its target is": the sentence's firm
            firms = self._firms_in(s_start, tail_s)
            if firms:
                f0, f1 = firms[-1]
                return text[f0:f1], True
            # "Wang Chuanfu, chairman of BYD, told a briefing ... while its target is": BYD
            speaker = self._speaker_party(s_start, tail_s)
            if speaker is not None:
                return speaker, True
            # "The company began planning the plant, and it is set to": the opening reference
            opening = [m.group(0).lower() for m in _WORD.finditer(text, s_start, segs[0][1])]
            kind = _reference_kind(opening[:3], w) if opening[:1] in (["the"], ["this"]) else None
            if kind is not None:
                self.reference = "place" if kind == "country" else kind
                # "The province released a plan ..., saying that by 2023 it aims to": the
                # party the opening reference points to, sure as for a reference before the cue
                return self._referred(index, self.reference, s_start)
        if kind is None and not pronoun:
            # "Shanghai released a plan on Monday. Under the plan, 500 stations will be
            # built": the party that issued the plan the sentence points back to
            owner = self._plan_owner(index, s_start, cue_start)
            if owner is not None:
                return owner, True
            if _any_plan_word(text, s_start, cue_start, w.plan_nouns):
                # "the Guangdong Provincial Development and Reform Commission issued the
                # 'Implementation Plan ...', ..., by 2025, full coverage will be achieved":
                # the sentence reports its subject's plan
                issuer = self._clause_subject(s_start, cue_start)
                if issuer is not None:
                    return issuer, True
            if index and not self._candidates(s_start, cue_start, first=True):
                # "Jiangsu province will promote 250,000 vehicles. By the end of 2020,
                # charging infrastructure will be in place": the sentence right before says
                # what its subject will do; this one goes on with it
                e0 = self.spans[index - 1][1]
                prior = self._sentence_subject(index - 1)
                if (
                    prior is not None
                    and (prior.is_place or prior.is_firm)
                    and self.sentence_subject(index - 1) == prior.name
                    and _WILL_AFTER.match(text, prior.end, min(e0, prior.end + 30))
                ):
                    return prior.name, True
        return None, False

    def _referred(self, index: int, kind: str, before: int) -> tuple[str | None, bool]:
        """(the party a reference of `kind` points back to, whether it is sure of it)."""
        back = self._earlier(index, kind, before)
        if back is None:
            return None, False
        # "Pony.ai ... said it has ... . The company plans to": the firm the sentence
        # before names first is the one the reference points to
        where, prior = back
        same_kind = prior.is_firm if kind == "firm" else prior.is_place
        # and its grammatical subject: "The company has partnerships with Tesla, ..."
        # names no firm as its subject
        # (up to two sentences back when the sentences between name no party at all:
        # "Shenzhen has taken the lead. Only electric taxis will be registered. By 2019,
        # the city aims to")
        sure = (
            same_kind
            and index - 3 <= where < index
            and all(self._sentence_subject(i) is None for i in range(where + 1, index))
        )
        # or the party of the sentence's speaker: '"...," said Chen, general manager of X'
        return prior.name, sure and (
            self.sentence_subject(where) == prior.name
            or self._speaker_party(*self.spans[where]) == prior.name
        )

    def _plan_owner(self, index: int, start: int, cue: int) -> str | None:
        """The grammatical subject of the sentence (of the three before) that names the plan
        "the plan" in [start, cue) points back to ("Shanghai released a plan")."""
        pattern = _plan_pattern(_words().plan_nouns)
        if pattern.search(self.text, start, cue) is None:  # bounded: linear in one clause
            return None
        for i in range(index - 1, max(-1, index - 4), -1):
            s, e = self.spans[i]
            if _any_plan_word(self.text, s, e, _words().plan_nouns):
                return self._plan_issuer(s, e) or self.sentence_subject(i)
        return None

    def _plan_issuer(self, start: int, end: int) -> str | None:
        """The party a plan word in [start, end) is issued by ("a draft plan released on
        Wednesday by the Ministry of ...")."""
        w = _words()
        m = _issued_by_pattern(w.plan_nouns, w.issue_verbs).search(  # bounded: one sentence
            self.text, start, end
        )
        if m is None:
            return None
        found = self._candidates(m.end(), end, first=True)
        return found[0].name if found and found[0].start == m.end() else None

    def _joint_firms(self, index: int, before: int) -> str | None:
        """The last two firms named together ("LG Chem and Huayou Cobalt") in the sentence
        of `index` before `before`, or in the two sentences before it."""
        floor = self.spans[max(0, index - 2)][0]
        lo = bisect_left(self.firms, (floor, floor))
        hi = bisect_left(self.firms, (before, before))
        found = self.firms[lo:hi]
        for (a0, a1), (b0, b1) in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
            if self.text[a1:b0] == " and ":
                return self.text[a0:b1]
        return None

    def _firm_ending(self, noun: str, index: int, before: int) -> str | None:
        """The firm named last before `before` (within the look-back) whose name of two
        words or more ends in `noun` ("Ningxia Electric Power Company" for "company")."""
        floor = self.spans[max(0, index - _LOOK_BACK)][0]
        lo = bisect_left(self.firms, (floor, floor))
        hi = bisect_left(self.firms, (before, before))
        for f0, f1 in reversed(self.firms[lo:hi]):
            words = self.text[f0:f1].split()
            if len(words) > 1 and words[-1].casefold() == noun:
                return self.text[f0:f1]
        return None

    def _place_ending(self, noun: str, index: int, before: int) -> str | None:
        """The place named last before `before` (within the look-back) by a name of two words
        or more ending in `noun` ("Wuhan Economic & Technological Development Zone" for
        "zone"), by the short form in brackets after it if there is one ("(WEDZ)"), as the
        text goes on calling it."""
        floor = self.spans[max(0, index - _LOOK_BACK)][0]
        found = None
        # bounded: the look-back window, timed out as every search over the text
        for m in _place_name_pattern(noun).finditer(
            self.text, floor, before, timeout=MATCH_TIMEOUT_S
        ):
            found = m
        if found is None:
            return None
        name: str = found.group("alias") or found.group("name")
        return name

    def _clause_subject(self, start: int, end: int) -> str | None:
        """The grammatical subject of the clause in [start, end): its first name, with no
        verb before it; after "reported that", the name the report is about."""
        for m in _THAT.finditer(self.text, start, end):  # bounded: linear in one clause
            start = m.end()
        found = self._candidates(start, end, first=True)
        if not found:
            return None
        blockers = _words().blockers
        before = _WORD.finditer(self.text, start, found[0].start)  # bounded: one clause
        return None if any(m.group(0).lower() in blockers for m in before) else found[0].name

    def _joined_subject(self, start: int, cue: int) -> str | None:
        """Names right before the cue after a clause joint: "..., and Xpeng intends to",
        "with Toyota and Nissan aiming for", "while Hebei ... have": the clause's subject,
        not an object or a location."""
        w = _words()
        for m in _JOINT.finditer(self.text, start, cue):  # bounded: linear in one clause
            if m.group(1).lower() not in w.joints or not _NAMES_ONLY.fullmatch(
                self.text, m.end(), cue
            ):
                continue
            if m.group(1) == "and" and self.text[max(0, m.start() - 2) : m.start()] != ", ":
                continue  # "plants in Thailand and Brazil plan to": joined names, no new clause
            found = self._candidates(m.end(), cue, first=True)
            if not found or found[0].start != m.end():
                return None
            names = self.text[m.end() : cue].strip()
            return names if " and " in names else found[0].name
        return None

    def _speaker_party(self, start: int, end: int) -> str | None:
        """The party of a speaker named with a title in [start, end): "chairman of BYD",
        "general manager of Changjiang Auto Trade" (SPEC: the company for "its target")."""
        w = _words()
        for m in _TITLE_OF.finditer(self.text, start, end):  # bounded: linear in one sentence
            if m.group(1).lower() not in w.titles:
                continue
            found = self._candidates(m.end(), end, first=True)
            if found and found[0].start == m.end() and not found[0].is_place:
                return found[0].name
        return None

    def _first_reference(self, start: int, end: int) -> int:
        """Where the first reference word ("the company", "the city") in [start, end) begins:
        the party it points to is named before it."""
        w = _words()
        refs = w.place_refs | w.firm_refs | w.national
        for m in _WORD.finditer(self.text, start, end):  # bounded: linear in one sentence
            if m.group(0) in refs:  # lower-case: "Company" in "Dongfeng Motor Company" is a name
                if self.text[m.end() : m.end() + 2][1:].isupper():
                    continue  # "leading automaker FAW Group": a description before the name
                return int(m.start())
        return end


@lru_cache(maxsize=2)
@lru_cache(maxsize=2)
def _issued_by_pattern(plans: frozenset[str], verbs: frozenset[str]) -> regex.Pattern[str]:
    """A plan word, an issuing verb, up to four words, then "by (the)": the issuer follows."""
    p = _alternatives(plans)
    v = _alternatives(verbs).replace(r"\ ", r"\s+")
    return regex.compile(
        rf"(?i:\b(?:{p})\b(?:\s+[\w,-]+){{0,3}}?\s+(?:{v})(?:\s+[\w,-]+){{0,4}}?\s+by\s+(?:the\s+)?)"
    )


@lru_cache(maxsize=32)
def _place_name_pattern(noun: str) -> regex.Pattern[str]:
    """A capitalised name of two words or more ending in `noun` capitalised, and a short form
    in brackets after it."""
    head = regex.escape(noun.capitalize())
    return regex.compile(
        rf"(?P<name>(?:[A-Z][\w'’.-]*[ ]+(?:(?:of|and|&|for)[ ]+)?){{1,8}}{head})\b"
        r"(?:[ ]*\((?P<alias>[A-Z][A-Za-z]{1,9})\))?"
    )


def _country_pattern(countries: frozenset[str]) -> regex.Pattern[str]:
    names = _alternatives(countries)
    return regex.compile(rf"(?<![\w.])(?:{names})(?![\w])")


_GOVERNMENT = frozenset({"government", "government's", "government’s"})


def _reference_kind(words: list[str], w: _Words) -> str | None:
    kind = _plain_reference_kind(words, w)
    if kind is None and any("'" in x or "’" in x for x in words):
        # "the city's automobile production is set to": with no plain reference word, a
        # possessive one is the reference ("of the country's total" is an object's)
        kind = _plain_reference_kind([_POSSESSIVE.sub("", x) for x in words], w)
    return kind


def _plain_reference_kind(words: list[str], w: _Words) -> str | None:
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in w.national or (i and f"{words[i - 1]} {word}" in w.national):
            return "country"  # "the country", "the central government": the nation's
        if word in w.place_refs:
            return "place"
        if word in w.firm_refs:
            return "firm"
    return None


def _names_part(text: str, end: int, w: _Words) -> bool:
    """Whether the name ending at `end` owns a place word naming the next name ("Northeast
    China's port city of Dalian"): the sentence is about that place, not the owner."""
    return _possessive_then(text, end, _part_pattern(w.place_refs))


@lru_cache(maxsize=2)
def _part_pattern(refs: frozenset[str]) -> regex.Pattern[str]:
    """A possessive, up to three lower-case words, a place word, "of", a name."""
    alts = _alternatives(refs)
    return regex.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{alts})\s+of\s+[A-Z]")


def _modifies_next(text: str, end: int) -> bool:
    """Whether the name ending at `end` is a possessive before another name."""
    m = _POSSESSIVE.match(text, end, end + 3)  # bounded: no repetition
    return m is not None and text[m.end() : m.end() + 2].strip()[:1].isupper()


def _not_modifiers(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop a name that only qualifies the next one ("China's Changan")."""
    out = []
    for i, c in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and _POSSESSIVE.match(text, c.end)  # bounded: no repetition
            and nxt.start - c.end <= 4
        ):
            continue
        out.append(c)
    return out
