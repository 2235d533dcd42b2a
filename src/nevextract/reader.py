"""Read article files and split them into header metadata, body span and footer.

Articles are plain text saved from news pages: header lines (site, section labels, headline,
a dateline, share widgets), the body, then footer boilerplate (copyright, ICP registration
numbers, related-story lists, stock widgets). Records may only come from the body, so this
module finds the body's character span and reads title / published date / source from the
header. Offsets index the text exactly as decoded, so nothing here rewrites the text.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple, get_args

from nevextract.errors import ArticleError, ConfigError
from nevextract.normalizers.text import _abbreviations
from nevextract.pattern_schemas import HeaderCueRow
from nevextract.prefilters import (
    Prefiltered,
    StartGate,
    ascii_literals,
    literal_prefixes,
    max_letters,
)
from nevextract.resources import load_jsonl_numbered, resolve_pattern_path


@dataclass(frozen=True)
class ArticleParts:
    title: str | None
    published: date | None
    source: str | None  # outlet/domain named in the dateline; falls back to `site`
    site: str | None  # hosting site named on the first line, if it is a domain
    body_start: int  # char offset where the body begins
    body_end: int  # char offset (exclusive) where the body ends, before footer boilerplate
    # header lines inside the body range: the byline and dateline below a standfirst that
    # opens the body ("a summary line under the headline" is body, SPEC.md)
    skip: tuple[tuple[int, int], ...] = ()


# --- word lists ----------------------------------------------------------------------------

# Stand-alone navigation / section lines seen above headlines (compared case-folded).
SECTION_LABELS = (
    "home",
    "news",
    "latest",
    "latest news",
    "top news",
    "top stories",
    "industries",
    "industry",
    "business",
    "economy",
    "companies",
    "markets",
    "finance",
    "world",
    "china",
    "nation",
    "regional",
    "society",
    "autos",
    "auto",
    "motoring",
    "technology",
    "tech",
    "sci-tech",
    "energy",
    "opinion",
    "video",
    "photos",
    "global edition",
    "language switch",
    "english",
    "menu",
    "search",
    "subscribe",
    "sign in",
    "log in",
    "advertisement",
    "you are here",
)

# Words that make an author credit ("By X") name an outlet rather than a person.
OUTLET_WORDS = (
    "Reuters",
    "Xinhua",
    "Bloomberg",
    "AFP",
    "AP",
    "CGTN",
    "Caixin",
    "Yicai",
    "Kyodo",
    "Yonhap",
    "Nikkei",
    "Daily",
    "News",
    "Times",
    "Post",
    "Press",
    "Agency",
    "Global",
    "Media",
    "Network",
    "Journal",
    "Herald",
    "Tribune",
    "Mail",
    "Telegraph",
    "Guardian",
    "Economist",
    "Chronicle",
    "Magazine",
    "Gazette",
    "Weekly",
    "Insider",
    "Online",
    "TV",
    "Radio",
    # press-release wires: "PRNewswire", "GlobeNewswire", "Business Wire"
    "Wire",
    "Newswire",
    # outlets known by their initials (an unknown all-capitals word is an editor's initials)
    "SCMP",
    "SHINE",
    "ECNS",
    "CNS",
    "CRI",
    "CCTV",
    "IANS",
    "PTI",
    "ANI",
    "UNI",
    "APP",  # Associated Press of Pakistan, and Pakistan's other agencies
    "INP",
    "PPI",
    "NNI",
    "UPI",
    "DPA",
    "CNA",
    "CNBC",
    "CNN",
    "BBC",
    "WSJ",
    "NHK",
    "TASS",
    "EFE",
    "ANSA",
)
_OUTLET_WORD_SET = frozenset(OUTLET_WORDS)
_SECTION_LABEL_SET = frozenset(SECTION_LABELS)
# the longest a section label line can be, colons after it aside (no casefold of longer lines)
_SECTION_LABEL_CHARS = max(map(len, SECTION_LABELS)) + 3

# --- patterns (compiled once) -------------------------------------------------------------

# A line's text without the whitespace around it (`re`'s \s is exactly str.isspace, so the
# group is the line's str.strip()); None for a blank line. Anchored at line starts, so a
# long run of spaces is read once, not retried from each of its positions.
_LINE_RE = re.compile(r"\S(?:[^\n]*\S)?")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d{2}"
_MONTH_NUMBERS = {
    name: i + 1
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
# ISO (2023-04-12), US m/d/Y (11/16/2019), "Jun 8, 2023", "8 June 2023"; times may follow.
_DATE_RE = re.compile(
    # (a Chinese outlet's name may be glued before it: "车云2025-10-10 19:49")
    r"(?<![/.-])(?<!(?![\u3400-\u9fff])\w)(?:"
    rf"(?P<iy>{_YEAR})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})"
    # "08/03/2022", "08-03-2022 17:28:00", and "04/07 2025" as some portals print it
    rf"|(?P<um>\d{{1,2}})(?P<us>[/-])(?P<ud>\d{{1,2}})(?:(?P=us)|(?<=\d\d/\d\d)\s+)(?P<uy>{_YEAR})"
    rf"|(?P<ed>\d{{1,2}})\.(?P<em>\d{{1,2}})\.(?P<ey>{_YEAR})"  # European 03.03.2022
    # "Jun 8, 2023", and "Jul-08-2024" (one month alternation for both: it is tried everywhere)
    # ("Nov, 7 2011" as some blogs print it, "Nov.07,2019" as some portals do)
    rf"|(?P<am>{_MONTH})(?:(?:\.\s*|\.?,?\s+)(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)"
    rf"|-(?P<dd>\d{{1,2}})-)(?P<ay>{_YEAR})"
    # ... and "8 June 2023", "26. September 2023" (a day with a period, as German sites write it)
    # (the year may be glued on: "11 Jul2018", as a site's date badge prints it)
    rf"|(?P<bd>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?P<bm>{_MONTH})\.?(?:\s*,\s*|\s+|(?=[12]\d{{3}}))"
    rf"(?P<by>{_YEAR})"
    rf"|(?P<cd>\d{{1,2}})-(?P<cm>{_MONTH})-(?P<cy>{_YEAR})"
    # a year may run into the time after it, as pages paste them: "Dec 5, 20225:29 AM"
    r")(?:(?!\d)|(?=\d{1,2}:\d\d))",
    re.IGNORECASE,
)
_TIME_RE = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s*(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BJT|HKT|SGT|JST|KST|CET|CEST|BST|ET|PT"
    r"|IST|AEST|AEDT|SAST|MSK|WIB|ICT|PHT|MYT|EAT|WAT)"
    r"(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?(?![\w:])"
)
# Labels naming the outlet: "Source: Xinhua", "From:China Daily", "Src: CGTN".
SOURCE_LABELS = ("Source", "From", "Src", "Origin", "来源", "來源")  # (and in Chinese)
_SOURCE_LABEL = rf"(?:{'|'.join(SOURCE_LABELS)})\s*[:：]"
_SOURCE_LABEL_RE = re.compile(_SOURCE_LABEL, re.IGNORECASE)
# Field labels of a dateline ("Updated : 2025-10-21", "Source: Xinhua").
_DATE_FIELD = (
    r"(?:Date|Time|Date\s*time|Released|Publish(?:ed)?(?:\s*(?:time|date))?|Release\s*(?:time|date)"
    # "Update Time:2023-07-14 06:56:57" (a company portal's file list)
    r"|Update(?:d)?\s*(?:time|date)"
    # "Pub Date:23-07-20 08:50", "Publication date: ..."
    r"|Pub(?:lication)?\.?\s*(?:date|time)"
    # a company site's bare "Publish:2014-05-22", a blog's "Post time: Jul-08-2024"
    r"|Post(?:ed|ing)?\s*(?:time|date)"
    # a portal's "Issuing time:2026-01-28"
    r"|Issu(?:e|ed|ing)\s*(?:time|date)"
    # the same labels in Chinese on English pages: "日期: 2022-03-21", "发布时间：..."
    r"|(?:发布|更新)?(?:日期|时间))"
)
# the verbs of a publish label: "Updated: ...", "Published on ...", "Posted ...", "Last
# Updated At:19:00" (a time label: a time is never a source), "Modified on : 2022-08-03 17:06
# KST"
_PUBLISH_VERB = r"(?:Updated|Published|Posted|Modified)"
_LABEL = (
    rf"(?:Last\s+)?(?:{_PUBLISH_VERB}\b(?:\s+(?:on|at)\b)?\s*[:：]?"
    rf"|{_DATE_FIELD}\s*[:：]|{_SOURCE_LABEL}"  # a full-width colon on Chinese sites
    # "date 2023-09-19": a bare label right before an ISO date needs no colon
    r"|Date\s+(?=\d{4}-\d{2}-\d{2}\b))"
)
_LABEL_START_RE = re.compile(rf"^{_LABEL}\s*", re.IGNORECASE)
_LABEL_ANY_RE = re.compile(rf"\b{_LABEL}", re.IGNORECASE)
# Credit labels naming a person: "Editor:", "Editor in charge:", "Responsible editor:".
_CREDIT_WORD = (
    r"(?:Editor(?:\s+in\s+charge)?|(?:Responsible|Chief|Executive|Duty)\s+editor"
    r"|Reporter|Author|Writer|Contributor)"
)
# a credit field glued onto the field before it: "Caijing.comAuthor: Peng Linli"
_GLUED_CREDIT_RE = re.compile(rf"(?<=[a-z.])(?-i:{_CREDIT_WORD})\s*[:：]")
# Dateline fields are split at pipes, wide gaps, and before a label ("Date: ... Source: ...").
_SEGMENT_SPLIT_RE = re.compile(
    # (not inside "Last Updated:", "Publish Date:", "Release time:"; the look-behinds run
    # only where a label follows a space)
    rf"\s*[|·•]\s*|\s{{2,}}|\s+/\s+"
    rf"|\s+(?={_LABEL})(?<!Last\s)(?<!Publish\s)(?<!Published\s)(?<!Release\s)(?<!Post\s)"
    rf"(?<!Pub\s)(?<!Pub\.\s)(?<!Publication\s)(?<!Issue\s)(?<!Issued\s)(?<!Issuing\s)"
    # "Update Time:" is one label ("Last Update From: AutoBeta" is two)
    rf"(?:(?!(?i:time|date)\b)|(?<!Update\s))"
    rf"|\s+(?={_CREDIT_WORD}\s*[:：]|(?-i:[Bb]y\s+[A-Z]))(?<!Written\s)(?<!Edited\s)"
    # a "By:" label, even glued on: "... Li Auto Inc. (LI)By: Niloofer Shaikh"
    r"|(?:\s+|(?<=[a-z)]))(?=(?-i:By)\s*[:：]\s*[A-Z])",
    re.IGNORECASE,
)
# a job title after a credited name: "Niloofer Shaikh, SA News Editor" names a person
_JOB_TITLE_TAIL_RE = re.compile(
    r",\s+[^,]{0,40}\b(?:Editor|Reporter|Correspondent|Writer|Contributor|Analyst|Columnist)s?$",
    re.IGNORECASE,
)
# Credits name people, not outlets (unless the credited name is an outlet: "By Reuters").
_CREDIT_RE = re.compile(rf"^(?:By|{_CREDIT_WORD}|(?:Edited|Written)\s+by)\b\s*[:：]?\s*", re.I)
_CREDIT_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")
_ONE_CREDIT = (
    # "Post by : Saif", "Posted By: Li Wei", "BY : Li Wei", "By：Li Wei" (any spacing),
    # "Written by / Cow heel Shang" (a slash for the colon)
    r"(?:(?:(?i:(?:Written|Edited|Reported|Compiled|Reviewed|Post(?:ed)?|Published|Submitted"
    r"|Uploaded)\s+)?(?:[Bb]y|BY(?=[\s:：/]))\s*[:：/]?\s*|By(?=[A-Z]))"
    r"[A-Z][\w'’-]*(?:(?:\s*,\s*|\s+)(?:and\s+|in\s+)?(?:(?:de|van|von|da|di|le|la)\s+)?[A-Z][\w'’-]*)*"
    rf"|(?i:{_CREDIT_WORD})\s*[:：][^\d.!?|]{{1,60}})"
)
# ... and several on one line: "Written by Akimoto Yukiko | Edited by Cláudio Afonso"; the
# last may close with its outlet in brackets: "By Han Tianyang ( China Daily )"
_CREDIT_LINE_RE = re.compile(
    rf"^{_ONE_CREDIT}(?:\s*\|\s*{_ONE_CREDIT})*"
    # (or a site's domain: "By Yu Hongyan (chinadaily.com.cn)")
    rf"(?:\s*\(\s*(?:[A-Z][^()]{{1,40}}?|[a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*\))?$"
)
# Words added to an outlet's name in bylines: "nCa Report", "Reuters Staff".
_STAFF = r"(?:Staff(?:\s+(?:Writers?|Reporters?))?|Reporters?|Correspondents?|(?:News\s+)?Desk)"
# ... and a translated Chinese credit, the outlet's reporter by name: "Xinhua News Agency
# reporter Li Teng" (新华社记者李腾), "... reporters Li Teng and Wang Bo"
_REPORTER_NAMES = (
    r"\s+(?i:reporters?|correspondents?)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
    r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})*"
)
_OUTLET_SUFFIX_RE = re.compile(
    rf"(?:\s+(?:Reports?|{_STAFF})|(?-i:{_REPORTER_NAMES}))$", re.IGNORECASE
)
# "Nikkei staff writers", "Reuters Staff": an outlet's staff credited on a line of its own
# ... or alone: "Staff reporter", "Staff Writer"
_STAFF_LINE_RE = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}\s+(?i:{_STAFF})|(?i:Staff\s+(?:writers?|reporters?|correspondents?))"
    rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}{_REPORTER_NAMES})$"
)
_WIDGET_SEP = r"[\s|:·•/\-–—]*"
# a widget ends at a word boundary, with punctuation ("Comment(s)Print E-mail") or where the
# next one is glued on in upper case ("Facebook IconLinkedIN Icon")
_WIDGET_END = r"(?:(?<!\w)|(?!\w)|(?-i:(?<=[a-z])(?=[A-Z])))"
_URL_LINE_RE = re.compile(r"^https?://\S+$")
# Bullets: "• Global BEV sales rose 29%", "- DIGEST HUB", a release's "-- Second Quarter
# Revenues of RMB 827.6 million" (two hyphens, as GlobeNewswire prints its summary bullets);
# summary lines, never the headline.
_BULLET_RE = re.compile(r"^(?:[•·▪●◦■□➢►▶✓✔*🔹🔸🔷🔶◆◇✅👉]|(?:--?|[–—])(?=\s|$))")


class _HeaderCues(NamedTuple):
    """The compiled cues of patterns/en/reader/header.jsonl."""

    widget_line: re.Pattern[str]  # a line made only of widgets: "Share - WeChat", "Print"
    widget_lead: re.Pattern[str]  # widgets opening a line: "3 Comment(s)Print E-mail "
    widget_tail: re.Pattern[str]  # widgets closing a line: " L M S", " Print"
    caption: Prefiltered  # a photo caption or credit in the line
    marker: Prefiltered  # a press-release marker line
    language: Prefiltered  # a language name of a language switcher
    title_tail: Prefiltered  # a widget fused onto a headline's end: "by 20251 min read"
    title_head: Prefiltered  # a trail fused onto a headline's start: "Home News Henan: ..."
    summary_heading: Prefiltered  # a summary list's heading: "Key points", "Just the Facts:"
    highlight: Prefiltered  # a press release's highlight line: "Deliveries were 61,855 units"
    # a photo credit line or a caption's closing credit: "Ng Han Guan/Associated Press";
    # apart from `caption`, whose search runs on long paragraphs, as these lines are short
    photo_credit: Prefiltered
    prompt: Prefiltered  # a line pointing at the story: "Read our June update below"
    # a press release's issuer under its headline: "Information Office of Changzhou ..."
    issuer: Prefiltered
    contact: Prefiltered  # a site's contact fields: "E-mail desk@example.com Phone 0551-..."
    # how a lead paragraph opens, never a headline: "This is a 23.53 percent drop from ..."
    lead_opening: Prefiltered
    # a line under a headline that is page furniture, never the headline: a blog post's meta
    # bar ("David BekkersHydrogen Leave a Comment")
    furniture: Prefiltered
    # an SEC filing's form line ("FORM 6-K") and an exhibit's first line ("Exhibit 99.1"):
    # a press release filed under a cover page starts after the last exhibit line
    filing_form: Prefiltered
    exhibit_start: Prefiltered
    # a footer's opening line (group `footer`) or a widget line: one match per body line
    body_line: re.Pattern[str]
    # where a line may start a widget line, and a body line: derived from the cues
    widget_starts: StartGate
    body_starts: StartGate


HEADER_CUES_PATH = "reader/header.jsonl"
# the classes a header cue may have: the schema's list (pattern_schemas.HeaderCueRow)
_CUE_CLASSES: tuple[str, ...] = get_args(HeaderCueRow.model_fields["class_"].annotation)


@cache
def header_cues() -> _HeaderCues:
    """Load and check the header cues (ids unique, class known, pattern a valid regex)."""
    groups: dict[str, list[str]] = {c: [] for c in _CUE_CLASSES}
    ids: set[str] = set()
    for lineno, row in load_jsonl_numbered(HEADER_CUES_PATH):
        try:
            kind, pattern, cue_id = row["class"], row["pattern"], row["id"]
            if kind not in groups:
                raise ValueError(f"class {kind!r} is not one of {', '.join(_CUE_CLASSES)}")
            if not isinstance(pattern, str) or not pattern:
                raise ValueError("pattern must be a non-empty string")
            if cue_id in ids:
                raise ValueError(f"duplicate id {cue_id!r}")
            re.compile(pattern)
        except (KeyError, ValueError, re.error) as exc:
            where = str(resolve_pattern_path(HEADER_CUES_PATH))
            raise ConfigError(where, f"bad header cue: {exc}", lineno) from None
        ids.add(cue_id)
        groups[kind].append(pattern)

    def alt(kind: str) -> str:
        return "|".join(f"(?:{p})" for p in groups[kind]) or "(?!)"

    widget = f"(?:{alt('widget')}){_WIDGET_END}"
    flags = re.IGNORECASE
    widget_line = rf"^(?:{widget}{_WIDGET_SEP})+$"
    return _HeaderCues(
        re.compile(widget_line, flags),
        re.compile(rf"^(?:{widget}{_WIDGET_SEP})+", flags),
        re.compile(rf"(?:\s+{widget})+\s*$", flags),
        Prefiltered(re.compile(alt("caption"))),
        Prefiltered(re.compile(alt("marker"), flags)),
        Prefiltered(re.compile(alt("language"))),
        Prefiltered(re.compile(alt("title-tail"), flags)),
        Prefiltered(re.compile(alt("title-head"))),
        Prefiltered(re.compile(alt("summary-heading"), flags)),
        Prefiltered(re.compile(alt("highlight"))),
        Prefiltered(re.compile(alt("photo-credit"))),
        Prefiltered(re.compile(rf"^(?:{alt('prompt')})$", flags)),
        Prefiltered(re.compile(alt("issuer"))),
        Prefiltered(re.compile(alt("contact"), flags)),
        Prefiltered(re.compile(alt("lead-opening"))),
        Prefiltered(re.compile(alt("furniture"))),
        Prefiltered(re.compile(alt("filing-form"), re.MULTILINE)),
        Prefiltered(re.compile(alt("exhibit-start"), re.MULTILINE)),
        re.compile(rf"(?P<footer>{_FOOTER_OPENING_RE.pattern})|{widget_line}", flags),
        *_line_starts(groups["widget"], flags),
    )


def _line_starts(widgets: list[str], flags: int) -> tuple[StartGate, StartGate]:
    """The derived gates of `widget_line` and `body_line`: the literal prefixes of each widget
    (a widget line starts with one) and of the footer openings; a widget with none (image
    file names: any word) needs one of its literals within its longest match (the ".png" of
    "photo.png")."""
    starts: set[str] = set()
    windows = []
    for pattern in widgets:
        rx = re.compile(pattern, flags)
        found = literal_prefixes(rx)
        if found is not None:
            starts |= found
            continue
        window = ascii_literals(rx)
        if window is None:  # (no literal either: every line is tried)
            window = (0, frozenset({""}))
        windows.append(window)
    footer = literal_prefixes(_FOOTER_OPENING_RE)
    if footer is None:  # (every footer opening has one: else every line is tried)
        windows_all = [*windows, (0, frozenset({""}))]
        return StartGate.of(starts, windows), StartGate.of(starts, windows_all)
    return StartGate.of(starts, windows), StartGate.of(starts | footer, windows)


# a domain, or a host's IPv4 address where a page was saved from one ("34.80.245.248")
_SITE_RE = re.compile(
    r"^(?:https?://)?(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}"
    r"|(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?::\d{1,5})?)/?$",
    re.IGNORECASE,
)
# ("Home / Metal News / <headline>": a trail of slashes opened by "Home"; "Asia Pacific> Asia
# Weekly> Content": two arrows glued onto the sections before them, a space only after each)
_BREADCRUMB_RE = re.compile(
    r"\s(?:>>|[>»›])\s|\s[>»›]$|^[>»›]\s|^Home\s*/"
    r"|(?<=\w)[>»›]\s(?=[^\n>»›]{1,40}?(?<=\w)[>»›](?:\s|$))"
)
# Company ticker lines: "BEIQI FOTON MOTOR CO., LTD. (600166)", "BYD Co Ltd (1211.HK)".
_TICKER_RE = re.compile(
    r"\(\s*(?:\d{6}(?:\.[A-Z]{2})?|\d{4,5}\.[A-Z]{1,2}"
    r"|(?:NYSE|NASDAQ|HKEX|HKG|SSE|SZSE|SHA|SHE|TYO|KRX)\s*:\s*[\w.]+)\s*\)$"
)
# Translation credits: "Chinese article by 爱集微", "English Editor 张未名", "Translated by X".
_TRANSLATION_RE = re.compile(
    r"^(?:(?:Chinese|English|Original)\s+(?:article|text|story|version)\s+by"
    r"|(?:Chinese|English)\s+editor|Translated\s+by|Translator\s*[:：]?)\s+(?-i:(?=[A-Z\u4e00-\u9fff]))",
    re.IGNORECASE,
)
# A dateline's place on a line of its own: "Ningde, China", "TOKYO/GUANGZHOU".
_PLACE_LINE_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:\s*[,/]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?){1,3}$"
)
_EXCHANGE_RE = re.compile(r"\bStock\s+Exchange\b", re.IGNORECASE)
# (both searched in every header line: each only where its derived literal is, a bracket or
# "stock")
_BREADCRUMB = Prefiltered(_BREADCRUMB_RE, min_length=1)
_EXCHANGE = Prefiltered(_EXCHANGE_RE)
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*$")
_LAST_WORD_RE = re.compile(r"[A-Za-z]+$")

# Footer markers: the body ends at the first of these, whatever follows (_FOOTER_HEADING_RE
# and _FOOTER_START_RE at the start of a line, _RIGHTS_RESERVED_RE anywhere in it).
_FOOTER_HEADING_RE = re.compile(
    r"^(?:Related\s*:.*|Related(?:\s+(?:stories|articles|news|reading|posts|coverage|content|links?))?"
    r"|More\s+on\s+this\s+(?:story|topic)|See\s+also|Further\s+reading"
    r"|More\s+(?:stories|news)|Read\s+(?:more|also)|You\s+may\s+also\s+like|Recommended"
    r"|Most\s+(?:popular|read|viewed)|Back\s+to\s+top|Stock\s+quotes?|Market\s+data|Stocks\s+mentioned\s+in\s+(?:the|this)"
    r"\s+article)\s*:?$",
    re.IGNORECASE,
)
_FOOTER_START_RE = re.compile(
    r"(?:(?:Copyright\s*(?:©|\(c\))?|©|\(c\))\s*\d{4}|Copyright\s*©"
    r"|\[\s*(?:Editor|Edited\s+by|Editing\s+by)\b[^\]]*\]$"
    r"|\(\s*(?:Reporting|Editing|Writing)\s+by\b|Our\s+Standards\s*:)",
    re.IGNORECASE,
)
_RIGHTS_RESERVED = Prefiltered(re.compile(r"all\s+rights\s+reserved", re.IGNORECASE))
# a subscription promo after the story: "The Star Festive Promo: Get 35% OFF Digital Access"
_PROMO = Prefiltered(re.compile(r"^[^\n:]{0,40}?\bPromo\s*:", re.IGNORECASE))
# Footer lines that are only trimmed from the end: registration numbers, stock quotes, links
# (_FOOTER_TAIL_START_RE at the start of a line, _FOOTER_TAIL_ANY_RE anywhere in it).
_FOOTER_TAIL_START_RE = re.compile(
    r"License\s+for\s+publishing|Registration\s+Number|Follow\s+us\b|Change\s+Last\b"
    r"|(?:Tags|Keywords|Editor|Source|Contact\s+us|About\s+us|Privacy"
    r"|Terms\s+of\s+(?:use|service))\b"
    # a reposting blog's closing line: "The post <headline> appeared first on <outlet>."
    r"|The\s+post\s+\S[^\n]{0,300}?\s+appeared\s+first\s+on\s",
    re.IGNORECASE,
)
_FOOTER_TAIL_ANY = Prefiltered(
    re.compile(
        r"ICP\s*[备證证]|公网安备|ICP\s+(?:licen[cs]e|No)|End-of-day\s+quote|Delayed\s+quote"
        # a reposting site's disclaimer: "... from the Internet, if infringed, please delete."
        r"|infring(?:ed|ement)\b[^\n.]{0,40}?\b(?:delet|remov)",
        re.IGNORECASE,
    )
)
# (a case-insensitive search over a whole paragraph is slow: the searches anywhere in a line
# run only where a literal that every match holds is there, derived from the regex itself)


# both at the start of a line: one match instead of two
_FOOTER_OPENING_RE = re.compile(
    f"(?:{_FOOTER_HEADING_RE.pattern})|(?:{_FOOTER_START_RE.pattern})", re.IGNORECASE
)


def _is_footer_start(line: str) -> bool:
    if _FOOTER_OPENING_RE.match(line):
        return True
    return _RIGHTS_RESERVED.search(line) is not None


def _is_footer_tail(line: str) -> bool:
    return (
        _FOOTER_TAIL_START_RE.match(line) is not None
        or _FOOTER_TAIL_ANY.search(line) is not None
        or _labelled_date(line) is not None
        or _bare_date_line(line) is not None
    )


def _bare_date_line(line: str) -> date | None:
    """The date of a line holding only a date, a time and separators: "25.05.2020   |"."""
    if not _DATE.may_match(line) or not _is_bare_date(line):
        return None
    return _first_date(line)


def _labelled_date(line: str) -> date | None:
    """The date of a line holding only a labelled date: "Post time: Jul-08-2024"."""
    if not _DATE.may_match(line):
        return None  # (most footer lines hold no year)
    label = _LABEL_START_RE.match(line)
    if label is None or _SOURCE_LABEL_RE.match(line):
        return None
    rest = line[label.end() :]
    return _first_date(rest) if _is_bare_date(rest) else None


# "(Xinhua News Agency July 13 2007)", "(China Daily, 2021-05-02)": the story's closing credit
_CLOSING_OUTLET_RE = re.compile(r"[A-Z][\w.&'’ -]{1,60}")


class _Credit(NamedTuple):
    line: int
    source: str
    published: date


def _closing_credit(lines: list[_Line], first: int, body_end: int) -> _Credit | None:
    """The last body line when it is a bracketed outlet and date closing the story."""
    # (template debris after it, "|", is no line of the story)
    last = next(
        (
            i
            for i in range(len(lines) - 1, first, -1)
            if lines[i].end <= body_end and not _fewer_letters_than(2, lines[i].text)
        ),
        None,
    )
    if last is None:
        return None
    line = lines[last].text.rstrip(" |")  # "(Xinhua News Agency June 10, 2008) |": debris after
    if not (line.startswith("(") and _bracketed_label(line)):
        return None
    inner = line[1:-1].strip()
    found = _DATE_RE.search(inner)
    if found is None or inner[found.end() :].strip() or found.start() == 0:
        return None
    who = inner[: found.start()].strip(" ,")
    when = _first_date(found.group())
    if when is None or not _CLOSING_OUTLET_RE.fullmatch(who):
        return None
    return _Credit(last, who, when)


# a bare date in brackets closing the story's last paragraph: "... Saudi Arabia. (November 22,
# 2012)"
_CLOSING_DATE_RE = re.compile(rf"(?<=[.!?\"”])\s+\((?P<date>{_MONTH}\.?\s+\d{{1,2}},\s+{_YEAR})\)$")
_CLOSING_DATE_CHARS = 40


def _closing_date(lines: list[_Line], first: int, body_end: int) -> tuple[date, int] | None:
    """The date in brackets closing the story's last paragraph and where the story ends
    before it."""
    last = next((ln for ln in reversed(lines[first:]) if ln.end <= body_end), None)
    if last is None or not last.text.endswith(")"):
        return None
    tail = last.text[-_CLOSING_DATE_CHARS:]
    found = _CLOSING_DATE_RE.search(tail)  # bounded: the line's last 40 chars
    when = _first_date(found.group("date")) if found is not None else None
    if found is None or when is None:
        return None
    return when, last.end - len(tail) + found.start()


# "(END) Dow Jones Newswires": a wire's closing marker; its time line follows
_END_MARKER_RE = re.compile(r"\(END\)\s+(?P<who>[A-Z][\w&.' -]{2,60})")
# "07-21-21 0032ET": the wire's month-day-year and Eastern time
_WIRE_TIME_RE = re.compile(r"(?P<m>\d{2})-(?P<d>\d{2})-(?P<y>\d{2})\s+\d{4}\s*ET")
_END_MARKER_LINES = 6  # closing lines searched for the marker


def _end_marker(lines: list[_Line]) -> tuple[str, date | None] | None:
    """The outlet of a wire's closing "(END)" marker and the date on the line under it."""
    tail = lines[-_END_MARKER_LINES:]
    for k, line in enumerate(tail):
        marker = _END_MARKER_RE.fullmatch(line.text)
        if marker is None:
            continue
        when = None
        if k + 1 < len(tail):
            below = tail[k + 1].text
            wire = _WIRE_TIME_RE.match(below)
            if wire is not None:
                try:
                    when = date(2000 + int(wire["y"]), int(wire["m"]), int(wire["d"]))
                except ValueError:
                    when = None
            else:
                when = _first_date(below) if _DATE.may_match(below) else None
        return marker["who"].strip(), when
    return None


_FOOTER_DATE_LINES = 3  # closing lines searched for a post date


def _footer_date(lines: list[_Line], body_end: int) -> date | None:
    """A labelled post date, or a date alone on its line, among the footer's last lines: the
    page's dateline when its header has none (a copyright year is no date)."""
    for line in reversed(lines[-_FOOTER_DATE_LINES:]):
        if line.start < body_end:
            return None
        found = _labelled_date(line.text) or _bare_date_line(line.text)  # "25.05.2020   |"
        if found is not None:
            return found
    return None


class _Line(NamedTuple):
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # the stripped line


_new_tuple = tuple.__new__  # builds a _Line without the Python-level __new__ of NamedTuple


# a stored page's bare date label fused before the line's own text: " date 2019-11-12 The
# first electric SUV ..." is a date line and a headline (or a caption, or the lead)
_FUSED_DATE_LABEL_RE = re.compile(r"(?i:date)\s+\d{4}-\d{2}-\d{2}(?=\s+\S)")


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with their offsets (each the match of _LINE_RE: str.strip is the same
    as its \\S ends, and a split costs less than a match object per line)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            # (its first character is the first non-blank one: a find, not a second strip)
            start = pos + raw.find(line[0])
            fused = _FUSED_DATE_LABEL_RE.match(line)  # fails at once on most lines' first letter
            if fused is not None:
                rest = line[fused.end() :].lstrip()
                rest_start = start + len(line) - len(rest)
                out.append(_new_tuple(_Line, (start, start + fused.end(), line[: fused.end()])))
                out.append(_new_tuple(_Line, (rest_start, rest_start + len(rest), rest)))
            else:
                out.append(_new_tuple(_Line, (start, start + len(line), line)))
        pos += len(raw) + 1
    return out


# a sentence this long that ends in its only colon leads a list, no headline (a meta bar's
# fields end in colons too: "Source: | Author:Anna Qu | ... | Share:")
_LIST_LEAD_WORDS = 14


def _is_prose(line: str) -> bool:
    """A body-like line: a longish sentence, or a very long line. A short question or
    exclamation is a headline ("Can China's EV makers survive the price war?")."""
    words = line.count(" ") + 1
    if words >= 30:
        return True
    if words >= 8 and line.endswith(":") and _SENTENCE_INSIDE_RE.search(line) is not None:
        return True  # "BYD reports on Thursday. Here is what you need to know:"
    # "Sales of Chinese brand vehicles in Australia, ... for the month of September and also YTD:"
    if (
        words >= _LIST_LEAD_WORDS
        and line.endswith(":")
        and line.count(":") == 1
        and "|" not in line
    ):
        return True
    end = _SENTENCE_END_RE.search(line)
    if end is not None and line[end.start()] == ".":
        # "... revenues in Jan.-Aug.": a headline ending on an abbreviation ends no sentence
        last = _LAST_WORD_RE.search(line, 0, end.start())
        if last is not None and last.group() in _abbreviations():
            end = None
    return words >= 8 and end is not None and (line[end.start()] == "." or words >= 16)


def _fewer_letters_than(n: int, line: str) -> bool:
    """Whether `line` has fewer than `n` letters (str.isalpha): stops at the n-th, where a
    count went through the whole line (a long paragraph, for every header line tried)."""
    for c in line:
        if c.isalpha():
            n -= 1
            if n == 0:
                return False
    return True


def _scoped(rx: re.Pattern[str]) -> str:
    """A compiled regex as a group keeping its case flag, to be joined with others."""
    return f"(?{'i' if rx.flags & re.IGNORECASE else ''}:{rx.pattern})"


# the whole-line checks of _is_header_boilerplate that match at the line's start, as one regex
# (one call instead of six; each keeps its own flags)
_BOILERPLATE_LINE_RE = re.compile(
    "|".join(
        _scoped(rx)
        for rx in (
            _SITE_RE,
            _URL_LINE_RE,
            _CREDIT_LINE_RE,
            _STAFF_LINE_RE,
            _PLACE_LINE_RE,
            _TRANSLATION_RE,
        )
    )
)


# a page's id field: "News ID: 4636", "Article No.: 2023-0815"
_ID_FIELD_RE = re.compile(r"(?:[A-Z][a-z]*\s+)?(?:ID|No\.?)\s*[:：]\s*[\d-]+$")


_BAR_OPENINGS = frozenset("•·|-–—*")  # (the bullets a share bar's items may open with)


def _is_header_boilerplate(line: str) -> bool:
    """Site, section, breadcrumb, ticker, widget, marker and credit lines: never the headline,
    and skipped where they follow the dateline."""
    if _BOILERPLATE_LINE_RE.match(line) or _TICKER_RE.search(line):
        return True
    if _fewer_letters_than(2, line):  # "} ?>" template debris, "-", page numbers
        return True
    cues = header_cues()
    if _widget(line) or cues.marker.search(line) or _is_language_switch(line):
        return True
    if _bar_item_widget(line):
        return True
    if _credit_with_tail(line):
        return True
    if len(line) <= _SECTION_LABEL_CHARS and line.casefold().rstrip(":") in _SECTION_LABEL_SET:
        return True
    field = line.lstrip(_FIELD_DEBRIS) if line[:1] in _FIELD_DEBRIS else line
    if _ID_FIELD_RE.match(field):
        return True  # "News ID: 4636", "Article No.: 2023-0815"
    if _LABEL_START_RE.match(field) and line.count(" ") < 6:
        return True  # "Source: Xinhua", "/ SOURCE:  Yicai" (a meta bar's separator kept)
    short = line.count(" ") < 12
    if short and (_BREADCRUMB.search(line) or _EXCHANGE.search(line)):
        return True
    # Navigation with pipes: "Business | Autos & Transportation", "nCa | News Central Asia".
    parts = line.split("|")
    if len(parts) < 2:
        return False
    if all(0 < len(p.split()) <= 3 for p in parts):
        return True
    if not parts[0].strip() and all(0 < len(p.split()) <= 3 for p in parts[1:]):
        return True  # "| China, Shenyang": a post's tags after the bar's separator
    # a byline with its author's profile links: "Written by Cláudio Afonso | LinkedIn | X"
    return _CREDIT_LINE_RE.match(parts[0].strip()) is not None and all(
        0 < len(p.split()) <= _LINK_WORDS and not _HAS_DIGIT_RE.search(p) for p in parts[1:]
    )


_FIGURE_LIST_LINES = 4  # short lines with figures that make a list, not header lines
_FIGURE_LINE_WORDS = 12


def _figure_list_start(lines: list[_Line], first: int, above: int) -> int | None:
    """The first line of a list of figures (four or more short lines holding digits, a short
    label among them) right above line `above`, or of the colon-ended lead over it; None
    where no such list stands there."""
    rows: list[int] = []
    labels = 0
    i = above - 1
    while i >= first:
        line = lines[i].text
        words = len(line.split())
        if _HAS_DIGIT_RE.search(line) and words <= _FIGURE_LINE_WORDS:
            rows.append(i)
        elif words <= 4 and labels == 0 and not _is_header_boilerplate(line):
            labels += 1  # "Not reporting: Xpeng.", "YTD:": a label of the list
        else:
            break
        i -= 1
    # (distinct rows: an address block printed twice is no list)
    if len({lines[r].text for r in rows}) < _FIGURE_LIST_LINES:
        return None
    start = min(rows)
    while start - 1 >= first and lines[start - 1].text.endswith(":"):
        start -= 1  # "Sales of Chinese brand vehicles, and Tesla, in Australia:"
    return start


def _bar_item_widget(line: str) -> bool:
    """A share bar's bulleted service ("• Facebook", "• Sign in required") or its action
    between pipes ("| Print This Article | Single Page"): widgets only, after the bullet."""
    if line[:1] not in _BAR_OPENINGS:
        return False
    bare = _BULLET_RE.sub("", line, 1).strip(" |")
    return bare != line and bool(bare) and _widget(bare)


def _credit_with_tail(line: str) -> bool:
    """A byline with a publish label or widgets after the name: "Written by Nikkei Asia
    Published on   2 mins read"."""
    if line.count(" ") >= _TAILED_CREDIT_SPACES or _CREDIT_RE.match(line) is None:
        return False  # (a byline opens with its credit: "By", "Written by", "Reporter:")
    bare = _without_credit_tail(line)
    return bare != line and _CREDIT_LINE_RE.match(bare) is not None


def _without_credit_tail(text: str) -> str:
    """`text` without the widgets and the publish label closing a byline ("... Published on
    2 mins read")."""
    return _PUBLISHED_TAIL_RE.sub("", header_cues().widget_tail.sub("", text))


_TAILED_CREDIT_SPACES = 16  # a byline with its tail is a short line

_LINK_WORDS = 2  # a profile link's label: "LinkedIn", "X", "Twitter", "More articles"
_HAS_DIGIT_RE = re.compile(r"\d")  # (a field with a digit is a date or a time: a dateline)


def _widget(line: str) -> bool:
    """A line made only of widgets (`line` stripped)."""
    cues = header_cues()
    return cues.widget_starts.possible(line) and cues.widget_line.match(line) is not None


def _is_language_switch(line: str) -> bool:
    """`한어Русский языкEnglishFrançais日本語`: three language names making up most of the line."""
    language = header_cues().language
    if not language.may_match(line):
        return False
    names = language.regex.findall(line)
    return len(names) >= 3 and 2 * sum(map(len, names)) >= len("".join(line.split()))


def _never_title(line: str) -> bool:
    """Boilerplate, photo captions and bullet lines are never the headline."""
    cues = header_cues()
    return (
        _is_header_boilerplate(line)
        or _BULLET_RE.match(line) is not None
        or (cues.caption.search(line) is not None and _after_credit(line) is None)
        or _link_row(line)
        or _bracketed_label(line)
        or _fragment(line)
    )


def _fragment(line: str) -> bool:
    """A piece of a hard-wrapped bracketed note: a line that opens a bracket it does not close
    ("(Adds background on Geely, Volvo collaboration; other Chinese") or closes one it did
    not open ("automakers efforts to expand globally)")."""
    return (line[:1] == "(" and ")" not in line) or (line[-1:] == ")" and "(" not in line)


_BRACKET_PAIRS = {"(": ")", "[": "]", "（": "）", "【": "】"}


def _bracketed_label(line: str) -> bool:
    """ "(资料图片)", "[Photo]": a label wholly inside one pair of brackets."""
    close = _BRACKET_PAIRS.get(line[:1])
    return close is not None and line.endswith(close) and close not in line[1:-1]


_GLUED_HEADLINE_WORDS = 4  # a headline after a credit or trail glued before it has a few words


def _headline_after(line: str, end: int) -> str | None:
    """What follows `end` in the line, when it is long enough to be the headline that a
    credit or trail before `end` was glued onto."""
    rest = line[end:].strip()
    return rest if rest.count(" ") + 1 >= _GLUED_HEADLINE_WORDS else None


def _after_credit(line: str) -> str | None:
    """The headline a bracketed photo credit is glued before ("[Photo / China Daily]Bus
    maker wants to raise ..."), if any."""
    m = header_cues().caption.match(line)
    if m is None or not line[: m.end()].endswith("]"):
        return None
    return _headline_after(line, m.end())


def _colon_label(line: str) -> bool:
    """A short label closed by a colon ("Production:", "Key data:"): a crosshead over the
    lines it introduces, never a headline."""
    return line.endswith((":", "：")) and (
        line.count(" ") < _COLON_LABEL_WORDS
        # "BYD reports on Thursday. Here is what you need to know:": a lead with its prompt
        or _SENTENCE_INSIDE_RE.search(line) is not None
    )


_COLON_LABEL_WORDS = 6  # "Production:", "Sales by brand:"; a longer line may be a headline
# a sentence ending inside the line, maybe after a closing quote: '... 2022~2024". According'
_SENTENCE_INSIDE_RE = re.compile(r"[a-z0-9][\"'”’)]?[.!?][\"'”’)]?\s+[A-Z]")


# a row of links: "Headline one  •  Headline two  •  Headline three" (a related-stories strip;
# pipes are left out: "Headline | Sales | Europe" is a headline with its tags)
_LINK_ROW_SPLIT_RE = re.compile(r"\s+[•·▪]\s+")
_LINK_ROW_ITEMS = 3  # links in a row (two items may be a headline and its outlet)
_LINK_ROW_ITEM_SPACES = (
    2,
    15,
)  # a linked headline has a few words; a sentence-length item is prose


def _link_row(line: str) -> bool:
    """Whether a line is a strip of linked headlines: three or more items of a few words
    between bullets, none of them ending a sentence. Never a paragraph, never the headline."""
    if "•" not in line and "·" not in line and "▪" not in line:
        return False
    items = [it for it in _LINK_ROW_SPLIT_RE.split(line.strip()) if it]
    low, high = _LINK_ROW_ITEM_SPACES
    return len(items) >= _LINK_ROW_ITEMS and all(
        low <= it.count(" ") <= high and not it.endswith(".") for it in items
    )


_CATEGORY_WORDS = (
    5  # a section or tag label has a few words: "Automotive, Logistics & Smart Cities"
)


# two to five tags of one to three lower-case words, joined by spaced dashes, commas or bullets
_LOWER_TAG = r"[a-z][a-z0-9'’-]*(?: [a-z][a-z0-9'’-]*){0,2}"
_LOWER_TAGS_RE = re.compile(rf"{_LOWER_TAG}(?:(?: [–—-] |, | · | • ){_LOWER_TAG}){{1,4}}")


def _category_line(line: str) -> bool:
    """A page's section and tags: "Business Investments · Automotive, Logistics & Smart
    Cities", two or more short labels between bullets, every word capitalised (a headline
    with its site, "BYD Opens Plant in Brazil · Electrive", lowers its joining words)."""
    if _LOWER_TAGS_RE.fullmatch(line.strip()):
        return True  # tags in lower case between dashes or commas: "electric car – china"
    if "·" not in line and "•" not in line:
        return False
    items = [it.split() for it in _LINK_ROW_SPLIT_RE.split(line.strip()) if it]
    return len(items) >= 2 and all(
        0 < len(words) <= _CATEGORY_WORDS
        and all(w == "&" or w[:1].isupper() for w in words)
        and not words[-1].endswith((".", "?", "!"))
        for words in items
    )


def _furniture(line: str) -> bool:
    """A summary list's heading, a colon-closed crosshead, a photo credit line, a reading
    prompt or a site's contact fields: checked only on the headline's candidates (few lines),
    not in every `_never_title` call."""
    if len(line) > _CREDIT_CHARS:
        return False  # a paragraph
    cues = header_cues()
    return (
        _summary_heading(line)
        or _colon_label(line)
        or cues.photo_credit.search(line) is not None
        or cues.prompt.match(line) is not None
        or cues.contact.match(line) is not None
        or cues.furniture.search(line) is not None
        or _category_line(line)
        or _HASHTAG_RE.match(line) is not None
    )


# a topic tag line: "#Auto & Truck Manufacturers", "#EV #China"
_HASHTAG_RE = re.compile(r"#[A-Za-z]")


_CREDIT_CHARS = 200  # a captioned credit line is short (a paragraph is no credit)


_SUMMARY_HEADING_CHARS = 80  # "Operating Highlights for the Fourth Quarter and Full Year 2024"


_BULLET_ITEM_WORDS = 8  # a list item under a lone bullet is a sentence, not a menu entry


def _lone_bullet(lines: list[_Line], k: int) -> bool:
    """A bullet alone on its line with a sentence under it: a press release's highlight list
    whose items the page split over lines ("-" / "Cash and cash equivalents ... came to" /
    "RMB40.12 billion ..."); it opens the body, like a summary heading."""
    line = lines[k].text
    return (
        len(line) == 1
        and _BULLET_RE.match(line) is not None
        and k + 1 < len(lines)
        and lines[k + 1].text.count(" ") + 1 >= _BULLET_ITEM_WORDS
    )


def _summary_heading(line: str) -> bool:
    """A summary list's heading: "Key points", "Just the Facts:"."""
    return len(line) <= _SUMMARY_HEADING_CHARS and bool(header_cues().summary_heading.match(line))


_DATE = Prefiltered(_DATE_RE)  # every date has a year 19xx or 20xx: skip the slow regex


def _first_date(line: str) -> date | None:
    if not _DATE.may_match(line):
        return None
    for m in _DATE_RE.finditer(line):
        g = m.group
        if g("iy"):
            y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        elif g("uy"):
            y, mo, d = int(g("uy")), int(g("um")), int(g("ud"))
            if mo > _MONTHS >= d:  # "14/08/2025": day first, as most of the world writes it
                mo, d = d, mo
        elif g("ey"):
            y, mo, d = int(g("ey")), int(g("em")), int(g("ed"))
        elif g("cy"):
            y, mo, d = int(g("cy")), _MONTH_NUMBERS[g("cm")[:3].lower()], int(g("cd"))
        elif g("ay"):
            y, mo, d = int(g("ay")), _MONTH_NUMBERS[g("am")[:3].lower()], int(g("ad") or g("dd"))
        else:
            y, mo, d = int(g("by")), _MONTH_NUMBERS[g("bm")[:3].lower()], int(g("bd"))
        try:
            found = date(y, mo, d)
        except ValueError:
            continue
        if found != _EPOCH:  # "Publishtime:1970-01-01 08:00:00": a CMS's empty date field
            return found
    return None


_MONTHS = 12
_EPOCH = date(1970, 1, 1)


# a one-word brand ending in an outlet word: "CnEVPost", "TapTechNews"
_CAMEL_OUTLET_RE = re.compile(rf"^[A-Z][A-Za-z]*[a-zA-Z](?:{'|'.join(OUTLET_WORDS)})$")


def _is_outlet(name: str) -> bool:
    words = name.split()
    return (
        bool(_SITE_RE.match(name))
        or any(w in _OUTLET_WORD_SET for w in words)
        or (len(words) == 1 and _CAMEL_OUTLET_RE.match(name) is not None)
    )


def _site_name(name: str, site: str | None) -> bool:
    """`CnEVPost` on cnevpost.com, `TapTechNews` on taptechnews.com, `A&S POWER` on
    aspowerbattery.com (letters and digits only)."""
    squashed = "".join(c for c in name if c.isalnum()).lower()
    return bool(site) and len(squashed) >= 3 and squashed in (site or "").lower()


class _Dateline(NamedTuple):
    published: date
    source: str | None
    title: str | None = None  # a headline fused before the dateline: "Headline| Updated: ..."


# "Li Wei From Gasgoo": a reporter credited with the outlet they write for
_FROM_OUTLET_RE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:From|from|for)\s+")
# "Seoul, Beijing, Boston – December 18, 2023": a press release's place list before the date
_PLACES_DASH_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*"
    r"\s*[-–—]+$"
)
_WEEKDAY_RE = re.compile(
    r"\s*\b(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?\s*,?",
    re.IGNORECASE,
)
# ... and "Jan 12, 2018Source: Xinhuanet": a source field glued onto the date before it
# a clock time glued onto the name after it: "09:50China Daily"
_GLUED_TIME_RE = re.compile(r"(?<![\d:])(\d{1,2}:\d{2}(?::\d{2})?)(?=[A-Z][a-z])")
_GLUED_MONTH_RE = re.compile(
    rf"(?<=[A-Z]{{2}})(?=(?:{_MONTH}|{_MONTH.upper()})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,\s*{_YEAR})"
)
_GLUED_LABEL_RE = re.compile(rf"(?<=[A-Za-z0-9])(?={_PUBLISH_VERB}\b|{_SOURCE_LABEL})")
# "Updated 2 days ago": a relative time says nothing about the outlet
_AGO_RE = re.compile(r"\b\d+\s*(?:second|sec|minute|min|hour|hr|day|week|month)s?\s+ago\b", re.I)
_AGO = Prefiltered(_AGO_RE)
_TIME = Prefiltered(_TIME_RE, min_length=1)  # a time's colon
# a headline fused before a labelled dateline: "Shanghai plans ahead| Updated: Jun 24, 2022"
_FUSED_TITLE_RE = re.compile(rf"^(?P<title>[^|]{{12,}}?)\s*\|\s*(?=(?:{_LABEL}))", re.IGNORECASE)
# a numeric date closing a headline's line (a date in words may be the headline's own)
_HEADLINE_NUMERIC_DATE_RE = re.compile(
    rf"^(?P<title>[^|]{{12,}}?)\s+(?P<date>{_YEAR}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}([-/.])\d{{1,2}}\3{_YEAR})$"
)
# a bare person's name (optionally "in <City>"), as bylines without "By" are written
_BYLINE_NAME_RE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}(?:\s+(?:and|&)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})?"
    r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)
# an unlabelled counter ("0") and a credit word with no name after it are no outlet
_DEBRIS_RE = re.compile(
    r"(?<!\S)\d[\d,]*(?!\S)|(?<!\S)(?:By|Editor|Author|Reporter|Writer)\s*[:：]?\s*$"
    r"|(?<!\S)(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?(?!\S)"  # "GMT+8" in a field of its own
)
# a breadcrumb trail fused after the outlet: "AutoBeta NAV: AutoBeta > News >"
_NAV_TAIL_RE = re.compile(
    r"\s+(?:NAV|Navigation|Location|(?:Current\s+)?Position)\s*[:：]|\s(?:>>|[>»›])(?:\s|$)"
)
_REPEAT_RE = re.compile(r"\b(\w+)\s+((?i:\1))\b")
# blog credits: "author Added by FuelCellsWorks, ...", "Posted by Li Wei on ..."
_POSTED_BY_RE = re.compile(r"^(?:author\s+)?(?:Added|Posted|Submitted|Uploaded)\s+by\s+", re.I)
# taxonomy fields of a dateline: "category: News", "Tags: BYD"
_TAXONOMY_RE = re.compile(
    r"^(?:Categor(?:y|ies)|Section|Column|Channel|Tags?|Topics?)\s*[:：]"
    # a blog's meta bar opens with its sections: "In Cars, International News / By ..."
    r"|^(?-i:In\s+[A-Z][\w&]*(?:\s+[A-Z&][\w&]*)*(?:,\s+[A-Z][\w&]*(?:\s+[A-Z&][\w&]*)*)*)$",
    re.I,
)
# a hosting domain and the outlet it reposts from: "english.www.gov.cn/Xinhua"
_SITE_SLASH_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}\s*/\s*(?P<outlet>[A-Z][^/]{1,40})$")
_PAREN_OUTLET_RE = re.compile(r"\(\s*([^()]{2,40}?)\s*\)\s*$")  # "(China Daily)", "( China Daily )"


# a labelled date with a two-digit year (a date field in any style): "Pub Date:23-07-20"
_SHORT_DATE_RE = re.compile(
    rf"(?:{_PUBLISH_VERB}(?:\s+on)?|{_DATE_FIELD})\s*[:：]\s*"
    r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2})(?![\d/.-])",
    re.IGNORECASE,
)
_SHORT_DATE = Prefiltered(_SHORT_DATE_RE, min_length=1)
# a date written the Chinese way on an English page: "2023年7月20日"
_CJK_DATE_RE = re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日")
_CJK_DATE = Prefiltered(_CJK_DATE_RE, min_length=1)
# a word glued onto a date: an icon's alt text opening the line ("iconDec 26, 2024 20:27",
# "clock2024-12-26"; dropped: an outlet's name is capitalised), else the word before it
# ("XinhuaDec 26, 2024"; a space put between)
_GLUED_DATE_RE = re.compile(rf"(?P<icon>^[a-z]+)?(?<=[a-z])(?=(?:{_MONTH})\.?\s*\d|{_YEAR}[-/.]\d)")


# a page's date glued onto the first word of the story, as a date element runs into the text
# when a page is flattened: "3 Jul 2023Chinese automakers did well in June"
_GLUED_LEAD_DATE_RE = re.compile(
    rf"(?:{_DATE_RE.pattern})(?:,?\s*\d{{1,2}}:\d{{2}})?(?=(?-i:[A-Z][A-Za-z]))", re.IGNORECASE
)


# a release's lead opened by its day-first dotted date and a colon: "05.05.2022: Zipse: ..."
_DOTTED_LEAD_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s*:\s+(?=[A-Z“\"])")


def _glued_lead_date(line: str) -> tuple[date, int] | None:
    """The date opening `line` glued onto its first word ("3 Jul 2023Chinese ...") and where
    it ends; a date followed by a space opens a sentence ("3 Jul 2023 was ..."), a dotted date
    followed by a colon a release's lead ("05.05.2022: Zipse: ...")."""
    m = _DOTTED_LEAD_DATE_RE.match(line)  # bounded: an anchored date
    if m is None:
        may = _DATE.may_match(line[:_GLUED_DATE_CHARS])
        m = _GLUED_LEAD_DATE_RE.match(line) if may else None
    found = _first_date(m.group()) if m else None
    return (found, m.end()) if found is not None and m is not None else None


_GLUED_DATE_CHARS = 40  # "September 30, 2023, 10:20" and the word it runs into


def _short_iso(m: re.Match[str]) -> str:
    """A two-digit-year date as ISO: year first after a dash, as Chinese CMSes print it
    ("23-07-20"); otherwise the year last, month first after a slash ("07/20/23") and day
    first after a period ("20.07.23"), as the four-digit-year styles read; the text as it
    was when no such date exists."""
    a, b, c, sep = int(m["a"]), int(m["b"]), int(m["c"]), m["sep"]
    if sep == "-" and len(m["a"]) != 2:
        return m.group()  # "1-2-23" is no year-first date
    if sep == "-":
        y, mo, d = 2000 + a, b, c
    else:
        y, mo, d = (2000 + c, a, b) if sep == "/" else (2000 + c, b, a)
    if sep == "/" and mo > _MONTHS >= d:
        mo, d = d, mo  # "20/07/23": day first, as most of the world writes it
    try:
        found = date(y, mo, d)
    except ValueError:
        return m.group()
    return f"{m.group()[: m.start('a') - m.start()]}{found.isoformat()}"


def _restyled(line: str) -> str | None:
    """The line with a date the date regex does not read rewritten so it does: a widget's
    label glued on ("iconDec 26, 2024"), a labelled two-digit-year date ("Pub Date:23-07-20"),
    a Chinese date ("2023年7月20日"); None when there is none."""
    out = _GLUED_DATE_RE.sub(lambda m: "" if m["icon"] else " ", line, 1)
    if _SHORT_DATE.may_match(out):
        out = _SHORT_DATE_RE.sub(_short_iso, out, 1)
    if _CJK_DATE.may_match(out):
        out = _CJK_DATE_RE.sub(lambda m: f"{m['y']}-{m['m']}-{m['d']} ", out, 1)
    return out if out != line else None


def _dateline(line: str, site: str | None = None) -> _Dateline | None:
    """The dateline's date, its outlet and a headline fused before it; None if the line is
    not a dateline."""
    if len(line) > 200:
        return None
    if not _DATE.may_match(line):  # (every date has a year 19xx or 20xx ...)
        short = _SHORT_DATE.search(line)  # (... but "Pub Date:23-07-20 08:50")
        if short is None:
            return None
        line = f"{line[: short.start()]}{_short_iso(short)}{line[short.end() :]}"
    if _is_prose(line):
        return None
    split = _read_time_split(line)  # "Headline2 min read . Updated: 12 Jan 2023, 9:10 AM IST"
    if split is not None:
        found = _dateline(split[1], site)
        return found._replace(title=split[0]) if found else None
    fused = _FUSED_TITLE_RE.match(line)
    # (not a labelled date fused before a second one: "Published: 22 Feb 2025 - 04:21 pm |
    # Last Updated: 22 Feb 2025 - 04:25 pm")
    if fused and _looks_like_headline(fused.group("title")) and not _LABEL_START_RE.match(line):
        found = _dateline(line[fused.end() :], site)
        return found._replace(title=fused.group("title").strip()) if found else None
    if "By" in line or "BY" in line:
        # "By FRANK CHENMAY 5, 2021", "BY APD NEWSNov 09,2018 at 10:33": a byline in capitals
        # glued onto the date after it
        line = _GLUED_MONTH_RE.sub(" ", line)
    tail = _HEADLINE_NUMERIC_DATE_RE.match(line)
    if (
        tail is not None
        and _looks_like_headline(tail.group("title"))
        # (not a dateline's own fields: "Mondo Cars Updated on 2024-02-01", "Tian Shengjie
        # 17:26 UTC+8, 2024-08-15")
        and not _LABEL_ANY_RE.search(tail.group("title"))
        and not _TIME_RE.search(tail.group("title"))
    ):
        # "Zhongchuang Xinhang to construct ... LEP project 09-12-2023": a trade site's
        # numeric date printed at the headline's end
        when = _first_date(tail.group("date"))
        return _Dateline(when, None, tail.group("title")) if when else None
    if len(line) > 160:
        return None
    published = _first_date(line)
    if published is None:
        restyled = _restyled(line)  # "iconDec 26, 2024 20:27", "Pub Date:23-07-20 08:50"
        if restyled is None:
            return None
        line = restyled
        published = _first_date(line)
        if published is None:
            return None
    cues = header_cues()
    # "3 Comment(s)Print E-mail Xinhua, May 2, 2022", "2 min read . Updated: 09 Aug 2022"
    line = cues.widget_lead.sub("", line).lstrip(" .")
    # ... and closing it: "Xinhua, November 05, 2025 Adjust font size:"
    line = cues.widget_tail.sub("", line).rstrip()
    line = _BULLET_RE.sub("", line, 1).lstrip()  # "• 09/21/2024": a date marked with an icon
    line = _GLUED_LABEL_RE.sub(" ", line)  # "5:29 AM UTCUpdated 2 days ago"
    line = _GLUED_TIME_RE.sub(r"\1 ", line)  # "2015-06-01 09:50China Daily Editor: Si Huan"
    line = _POSTED_BY_RE.sub("By ", line)  # "author Added by FuelCellsWorks, February 19, 2018"
    # A headline may mention a date; a dateline has fields, a label, or starts with the date.
    first = _DATE_RE.search(line)
    fielded = (
        "|" in line or " · " in line or _LABEL_ANY_RE.search(line) or line.startswith(("(", "By "))
    )
    # "Tian Shengjie   17:26 UTC+8, 2024-08-15": a byline with a time; the name is an author
    author_and_time = not fielded and _TIME_RE.search(line) is not None
    if not fielded and not author_and_time and (first is None or first.start() != 0):
        before = line[: first.start()].strip() if first else ""
        after = _TIME_RE.sub(" ", line[first.end() :]).strip(" ,.;:-–—") if first else "x"
        if after or not before:
            return None
        if _WEEKDAY_RE.fullmatch(before):  # "Thursday, March 3, 2022"
            return _Dateline(published, None)
        if _PLACES_DASH_RE.match(before):  # press release: "Seoul, Boston – Dec 18, 2023"
            return _Dateline(published, None)
        outlet = before.strip(" ,;:-–—()")
        paren = _PAREN_OUTLET_RE.search(before)  # "Beijing (AFP) Feb 27, 2023": place (outlet)
        if paren is not None and _names_outlet(paren.group(1), site):
            return _Dateline(published, paren.group(1).strip())
        if not (_is_outlet(outlet) or _site_name(outlet, site)):  # "China Daily, Aug 30, 2016"
            return None
    labelled: list[str] = []
    names: list[str] = []
    credits: list[str] = []
    for segment in _SEGMENT_SPLIT_RE.split(line):
        credit = _CREDIT_RE.match(segment)
        if credit:
            if segment[: credit.end()].lower().startswith("by"):
                who = _PAREN_OUTLET_RE.search(segment)  # "By Wang Yu (China Daily)"
                if who is None:
                    rest = _TIME_RE.sub(" ", _DATE_RE.sub(" ", segment[credit.end() :]))
                    rest = _CREDIT_PLACE_RE.sub("", rest.strip(" ,;-–—"))
                    rest = _OUTLET_SUFFIX_RE.sub("", rest)
                    rest = _JOB_TITLE_TAIL_RE.sub("", rest)  # "Niloofer Shaikh, SA News Editor"
                    outlet_after = rest.rpartition(", ")[2]  # "By Li Wei, China Daily"
                    if outlet_after != rest and _is_outlet(outlet_after):
                        rest = outlet_after
                    rest = _outlet_ending(rest) or rest  # "By LI FUSHENG China Daily"
                    if _is_outlet(rest) or _site_name(rest, site):  # "By FuelCellsWorks"
                        credits.append(rest)
                elif _is_outlet(who.group(1)) or _site_name(who.group(1), site):
                    credits.append(who.group(1))
            continue
        if _TAXONOMY_RE.match(segment):  # "category: News" names a section, not an outlet
            continue
        is_source = _SOURCE_LABEL_RE.match(segment) is not None
        name = _LABEL_START_RE.sub("", segment)
        # (each only where its derived literal is: a year, a colon, "ago")
        name = _DATE_RE.sub(" ", name) if _DATE.may_match(name) else name
        name = _TIME.regex.sub(" ", name) if _TIME.may_match(name) else name
        name = _AGO.regex.sub(" ", name) if _AGO.may_match(name) else name
        if name.isspace() or not name:
            continue  # the field held only the date (the rest would leave nothing either)
        weekday = _WEEKDAY_RE.match(name)  # "Thursday, " left of "Thursday, March 3, 2022"
        name = name[weekday.end() :] if weekday else name
        if len(name.split(None, 1)) > 1 or name[:1].isspace():  # (a tail follows a space)
            name = cues.widget_tail.sub("", name)  # "Updated: Jun 24, 2022 L M S"
        name = _DEBRIS_RE.sub(" ", name)  # "2022-06-14 0 By"
        name = " ".join(name.split()).strip(" ()[],;:-–—")
        name = _OUTLET_SUFFIX_RE.sub("", name)
        name = _NAV_TAIL_RE.split(name, 1)[0]  # "AutoBeta NAV: AutoBeta > News >"
        if _BARE_LABEL_RE.fullmatch(name):
            continue  # "18 Aug 2022 05:46PM (Updated: 18 Aug 2022 05:46PM)": a date's label
        # "AutoBeta autobeta": a logo's alt text repeats the name in another case
        name = _REPEAT_RE.sub(lambda m: m[1] if m[1] != m[2] else m[0], name)
        reposted = _SITE_SLASH_RE.match(name)  # "english.www.gov.cn/Xinhua": the outlet
        name = reposted.group("outlet") if reposted else name
        by_reporter = _FROM_OUTLET_RE.match(name)
        if by_reporter:  # "Li Wei From Gasgoo"
            credits.append(name[by_reporter.end() :])
            continue
        if not name or (
            name.isupper() and len(name.split()) > 1 and not _site_name(name, site)
        ):  # "BUSINESS & TECH" (a section), but "NEWS | A&S POWER | Dec 25" on aspowerbattery.com
            continue
        # "at" of "Mar 3, 2022 at 9:15": a name has a letter that is not lower case (a capital,
        # or a letter of a caseless script: "source:高工锂电")
        if not any(c == "." or (c.isalpha() and not c.islower()) for c in name):
            continue
        if cues.widget_line.match(segment):  # "408 Times Viewed:", "Share:": no outlet
            continue
        # "Chan Ho-him, The Associated Press": a reporter's name, then the outlet
        before_comma, _, after_comma = name.rpartition(", ")
        if (
            before_comma
            and _is_outlet(after_comma)
            and not _is_outlet(before_comma)
            and len(before_comma.split()) <= 3
        ):
            name = after_comma
        if is_source:
            labelled.append(name)
        elif _is_outlet(name) or _site_name(name, site) or not _is_person(name):
            names.append(name)  # a reporter's bare name is never the source
    if any(len(n.split()) > 6 for n in names):
        return None  # too much free text for a dateline
    if author_and_time:
        names = [n for n in names if _is_outlet(n)]
    # several unlabelled fields that name no outlet are tags: "Dec 13th 2017 | China | BAIC"
    outlets = [n for n in names if _is_outlet(n) or _site_name(n, site)]
    # (not a headline fused with the date's label: "NEV industry on rise in Xi'an Updated: ...")
    if not outlets and len(names) == 1 and not _prose_words(names[0]):
        outlets = names
    named = labelled or outlets or credits
    return _Dateline(published, named[0] if named else None)


# "ALMS|Updated: May 10, 2021": an editor's initials
_INITIALS_RE = re.compile(r"[A-Z]{2,5}")
# a name written with initials, as South Asian and Chinese bylines have it: "Sumaira FH",
# "M. Rizwan", "Rahul K. Sharma", "Li W." (not "HT Auto": two capitals open no name)
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_INITIAL = r"(?:[A-Z]\.){1,3}|[A-Z]{1,2}(?![\w.])"
_INITIALED_NAME_RE = re.compile(
    rf"(?:{_NAME_WORD}(?: {_NAME_WORD}){{0,2}} (?:{_INITIAL})"
    rf"|(?![AI] )(?:[A-Z]\.? ){{1,3}}{_NAME_WORD})"
    rf"(?: (?:{_NAME_WORD}|{_INITIAL})){{0,2}}"
)


def _is_person(name: str) -> bool:
    """A reporter's name or initials: "Li Wei", "Daniel Ren in Shanghai", "ALMS" (not "The
    Sun"); a known outlet's initials ("CGTN") are checked before this."""
    if _INITIALS_RE.fullmatch(name):
        return True
    if _INITIALED_NAME_RE.fullmatch(name):
        return True
    return _BYLINE_NAME_RE.fullmatch(name) is not None and not name.startswith("The ")


# a reporter's name in capitals before the outlet: "LI FUSHENG China Daily"
_CAPITALS_NAME_RE = re.compile(r"(?:[A-Z]{2,}\s+){1,3}(?=[A-Z][a-z])")


_PROSE_NAME_WORDS = 5  # an outlet's name is short and capitalised; a headline is longer


def _prose_words(name: str) -> bool:
    """Whether a dateline field reads as a phrase, not a name: five or more words, two of
    them lower-case ("NEV industry on rise in Xi'an")."""
    words = name.split()
    return len(words) >= _PROSE_NAME_WORDS and sum(w[:1].islower() for w in words) >= 2


# a wire archive's dateline opening a hard-wrapped first line: the place in capitals (and
# maybe its country), the month and day, no punctuation (or the wire in brackets and a dash:
# "BEIJING, Aug 22 (Reuters) - Chinese automakers have had"), then the story
_WIRE_LEAD_RE = re.compile(
    rf"[A-Z]{{3,}}(?:[ /-][A-Z]{{3,}}){{0,2}},?(?:\s+[A-Z][a-z]+)?\s+(?:{_MONTH})\.?\s+\d{{1,2}}"
    rf"(?:\s+\([A-Z][\w&.' ]{{1,30}}\)\s*[-–—]{{1,2}})?\s+[A-Z][\w'’-]*\s[^.!?]*$"
)


def _outlet_ending(who: str) -> str | None:
    """The outlet a byline names after its reporter's name in capitals: "LI FUSHENG China
    Daily" -> "China Daily"."""
    m = _CAPITALS_NAME_RE.match(who)
    rest = who[m.end() :] if m else ""
    return rest if rest and _is_outlet(rest) else None


def _credited_outlet(line: str, site: str | None = None) -> str | None:
    """`By Global Times`, `Nikkei staff writers` or `(Reuters)` on the line above a dateline
    that names no outlet."""
    paren = _PAREN_LINE_RE.fullmatch(line)
    if paren is not None:  # a wire credit in brackets on a line of its own
        return paren.group(1) if _names_outlet(paren.group(1), site) else None
    if _STAFF_LINE_RE.match(line):
        who = _OUTLET_SUFFIX_RE.sub("", line)
        credit = _CREDIT_RE.match(who)  # "By Reuters Staff"
        who = who[credit.end() :] if credit else who
        return who if _is_outlet(who) or _site_name(who, site) else None
    credit = _CREDIT_RE.match(line)
    if credit is None or not line[: credit.end()].lower().startswith(("by", "written")):
        return None  # ("Edited by" names an editor)
    # "Written by Nikkei Asia Published on   2 mins read": a label and widgets after the name
    who = _without_credit_tail(line[credit.end() :])
    who = _OUTLET_SUFFIX_RE.sub("", _CREDIT_PLACE_RE.sub("", who)).strip()
    paren = _PAREN_OUTLET_RE.search(who)  # "By Han Tianyang ( China Daily )": the reporter's outlet
    if paren is not None and _is_outlet(paren.group(1)):
        return paren.group(1)
    edition = who.partition("(")[0].strip()
    if edition != who and _is_outlet(edition):
        return edition  # "By Bloomberg(HK Edition)": the outlet and its edition
    after_comma = who.rpartition(",")[2].strip()  # "By Sonia Heng,CNBC", "By Li Wei, Xinhua"
    if after_comma != who and _is_outlet(after_comma):
        return after_comma
    return who if _is_outlet(who) else None


# (and a bare "Update": "29 Sep 2022 15:15:40 | Update: 29 Sep 2022 15:23:05")
_BARE_LABEL_RE = re.compile(rf"(?:Last\s+)?(?:{_PUBLISH_VERB}|Update)(?:\s+on)?")
# (with the day it names, when the year is left out: "By Chen Weishan , Xu Ming Updated
# Sept.1"; a full date makes the line a dateline instead)
_PUBLISHED_TAIL_RE = re.compile(
    rf"\s+{_PUBLISH_VERB}(?:\s+on)?\s*[:：]?\s*(?:{_MONTH}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?)?$"
)


# separators a flattened meta bar leaves before a field: "/ SOURCE:  Yicai", "| Source: CGTN"
_FIELD_DEBRIS = "/|·• "
# a credit in brackets alone on a line: "(Reuters)", "(China Daily)"
_PAREN_LINE_RE = re.compile(r"\(\s*([A-Z][^()]{1,40}?)\s*\)")


def _source_field(line: str) -> str | None:
    """The outlet of a `Source: Xinhua` field line (a meta bar's separator may open it)."""
    text = line.lstrip(_FIELD_DEBRIS)
    label = _LABEL_START_RE.match(text)
    if label is None or not _SOURCE_LABEL_RE.match(text) or text.count(" ") >= 6:
        return None
    # "Source: Xinhua | Editor: Li Wei": the outlet is the first field
    name = _SEGMENT_SPLIT_RE.split(text[label.end() :].strip(), 1)[0].strip()
    # "Source: energialimpiaparatodos.com energialimpiaparatodos.com": a logo's alt text
    # printed beside its link
    first, _, second = name.partition(" ")
    return (first if first == second else name) or None


def _source_above(lines: list[_Line], site: str | None = None) -> str | None:
    """`Source: Xinhua`, `By Global Times` or `(Reuters)` on one of the lines just above a
    dateline."""
    for line in reversed(lines):
        field = _source_field(line.text)
        if field:
            return field
        credited = _credited_outlet(line.text, site)
        if credited:
            return credited
    return None


def _outlet_line(line: str, site: str | None) -> str | None:
    """`Yicai` alone on the line above `Apr 16, 2025 18:20`: the outlet, when it is a known
    outlet word or the site's own name (yicaiglobal.com)."""
    paren = _PAREN_LINE_RE.fullmatch(line)  # "(Reuters)" under the date line
    if paren is not None:
        return paren.group(1) if _names_outlet(paren.group(1), site) else None
    words = line.split()
    if not 1 <= len(words) <= 3 or _SENTENCE_END_RE.search(line) or line.startswith("©"):
        return None  # ("© Reuters" credits a photo)
    if ":" in line or "：" in line:
        return None  # a labelled field, "News ID: 4636" (a "Source:" field is read elsewhere)
    squashed = "".join(words).lower()
    if _is_outlet(line) or (site and len(squashed) >= 3 and squashed in site.lower()):
        return line.strip()
    return None


# an outlet's one-word name: "Wallstreetcn", "Jiemian", "36Kr" (no sentence, no place)
_NAME_WORD_LINE_RE = re.compile(r"[A-Z0-9][\w.&'’-]{2,30}")


def _name_over_date(lines: list[_Line], at: int) -> str | None:
    """`Wallstreetcn` between the headline and a bare date line (`2025.11.17 11:26`): the
    outlet, as aggregators print it; a person's initials or a section label is none."""
    name = lines[at - 1].text
    if (
        not _NAME_WORD_LINE_RE.fullmatch(name)
        or name.isupper()  # "NEWS", "AUTOS": a section label
        or not _is_bare_date(lines[at].text)
        or name.casefold() in _SECTION_LABEL_SET
        or _is_person(name)
        or _is_header_boilerplate(name)
        or not _looks_like_headline(lines[at - 2].text)
    ):
        return None
    return name


_NEWSWIRE_RE = re.compile(r"(?i)wire$")  # "BUSINESS WIRE", "GLOBE NEWSWIRE", "PR Newswire"
_RELEASE_LINES = 40  # body lines searched for a release's dateline under a summary


def _newswire_lead(lines: list[_Line], start: int, site: str | None) -> str | None:
    """The newswire credited in a press release's dateline opening a line near the top of
    the body ("GOTHENBURG, Sweden--(BUSINESS WIRE)-- Polestar ..."), lower than the in-body
    dateline search goes: a reposting site prints a summary over the release."""
    for line in lines[start : start + _RELEASE_LINES]:
        if "(" not in line.text:
            continue
        lead = _lead_dateline(line, site)
        wire = lead.source.strip() if lead is not None and lead.source else ""
        if wire and _NEWSWIRE_RE.search(wire):  # bounded: an outlet's name, 60 chars at most
            return wire
    return None


def _brand_line(lines: list[_Line], site: str | None) -> str | None:
    """`UrduPoint` on a line above the headline of urdupoint.com: the site's own brand, the
    outlet when the dateline names none. The squashed line must be a whole label of the
    domain ("Point" is not the brand of urdupoint.com), and not a domain itself."""
    if not site:
        return None
    labels = set(site.lower().removeprefix("https://").removeprefix("http://").split("."))
    for line in lines:
        words = line.text.split()
        squashed = "".join(words).lower()
        if (
            1 <= len(words) <= 3
            and len(squashed) >= 3
            and squashed in labels
            and not _SITE_RE.match(line.text)
            and line.text.casefold() not in _SECTION_LABEL_SET
        ):
            return line.text
    return None


def _is_brand(line: str, site: str | None) -> bool:
    """The site's own name as a line (`AutoBeta` on autobeta.net): never the headline."""
    return _brand_line([_Line(0, 0, line)], site) is not None


def _body_end(lines: list[_Line], first: int, default: int, widgets: list[int]) -> int:
    """End offset of the last body line among lines[first:], before footer boilerplate;
    the indices of the widget lines before it are added to `widgets` (one pass)."""
    stop = len(lines)
    # (_is_footer_start and the widget line check, inlined as one match of both)
    cues = header_cues()
    body_line, rights = cues.body_line.match, _RIGHTS_RESERVED
    gate = cues.body_starts.possible
    i = first
    while i < len(lines):
        text = lines[i].text
        # (most body lines start with no footer's or widget's prefix: no regex call)
        m = body_line(text) if gate(text) else None
        if (
            (m is not None and m.group("footer") is not None)
            or (rights.may_match(text) and rights.regex.search(text))
            or (_PROMO.may_match(text) and _PROMO.regex.match(text))
        ):
            resumed = _story_after_links(lines, i) if m is not None else None
            if resumed is None:
                stop = i
                break
            widgets.extend(range(i, resumed))  # "Related articles:" and its links, mid-story
            i = resumed
            continue
        if m is not None:
            widgets.append(i)
        i += 1
    # Walk back over trailing footer lines (registration numbers, quote widgets, share bars).
    while stop > first and (_is_footer_tail(lines[stop - 1].text) or _widget(lines[stop - 1].text)):
        stop -= 1
    # ... and over a list of linked headlines closing the page ("Tesla Revives Dojo
    # Supercomputer Project With AI5 Chip at the Core" / ... ): three or more in a row
    listed = stop
    while listed > first and _linked_headline(lines[listed - 1].text):
        listed -= 1
    if stop - listed >= _HEADLINE_LIST_LINES and listed > first:
        stop = listed
    return lines[stop - 1].end if stop > first else default


_HEADLINE_LIST_LINES = 3  # linked headlines closing a page (two may be a story's last lines)
_TITLE_CASE_SHARE = 0.7  # of a headline's longer words, the share written with a capital


def _linked_headline(line: str) -> bool:
    """A title-case line with no closing full stop: a linked headline in a related list."""
    if line.endswith((".", ":", '"', "”")) or not 4 <= line.count(" ") + 1 <= 20:
        return False
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitals >= _TITLE_CASE_SHARE * len(words)


_LINK_LINES = 5  # link lines a mid-story "Related articles:" block holds at most
_STORY_GAP_LINES = 3  # lines after the first resumed paragraph searched for a second one
_STORY_PARAGRAPH_SPACES = 11  # a dozen words


def _story_after_links(lines: list[_Line], at: int) -> int | None:
    """Where the story resumes after a related-links heading at line `at` ("Related
    articles:") and the short link lines under it, when two prose paragraphs follow them:
    the block sits inside the story. None when the heading opens the footer (nothing, a
    teaser or more links after it)."""
    if not _FOOTER_HEADING_RE.match(lines[at].text):
        return None
    j = at + 1
    while j < len(lines) and j - at <= _LINK_LINES and not _is_prose(lines[j].text):
        if _is_footer_start(lines[j].text):
            return None
        j += 1
    after = lines[j : j + 2]
    # "Related: Headline of another story" carries its one link on the heading's own line
    inline = bool(lines[at].text.partition(":")[2].strip())
    if (j == at + 1 and not inline) or len(after) < 2:
        return None
    if all(_story_paragraph(ln.text) for ln in after):
        return j
    if (
        inline
        and _story_paragraph(after[0].text)
        and any(_story_paragraph(ln.text) for ln in lines[j + 2 : j + 1 + _STORY_GAP_LINES])
    ):  # "Related: Headline" / paragraph / "aion ll" (an image's alt text) / paragraph
        return j
    # "Related: Headline" / one last paragraph of several sentences / a widget line ("Notify
    # of"): the story's end (a teaser is one sentence)
    last = after[0].text
    if inline and _story_paragraph(last) and ". " in last and not _is_prose(after[1].text):
        return j
    return None


def _story_paragraph(line: str) -> bool:
    """A whole paragraph of the story: prose of a dozen words or more ending in a full stop
    (not a link's "..." cut, a copyright or another footer line)."""
    return (
        line.count(" ") >= _STORY_PARAGRAPH_SPACES
        and line.endswith(".")
        and not line.endswith("...")
        and _is_prose(line)
        and not _is_footer_start(line)
        and not _is_footer_tail(line)
    )


_DASH = r"(?:-{1,3}|[–—─]{1,3})"
# place names, words of bounded length so a search costs linear time: "HONG KONG/SHANGHAI"
# (a capital may be a Latin letter with a mark: "ŠURANY, Slovakia", "ÉVORA", "ŁÓDŹ"; `re` has
# no class of capitals, and Latin Extended-A interleaves cases, so its small letters pass too)
_CAP = "A-ZÀ-ÖØ-ÞĀ-ž"
_PLACE = rf"[{_CAP}][\w.'’/-]{{0,24}}(?:\s+[{_CAP}][\w.'’/-]{{0,24}}){{0,3}}"
_DAY = rf"(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*{_YEAR})?"
# In-body datelines opening the first paragraphs (the outlet in its group `o`):
# "(Yicai Global) Dec. 10 --", "(Bloomberg) —", "HEFEI, June 2 (Xinhua) --", "BEIJING (Reuters) -",
# "(SHANGHAI, 5 May 2021) ──", "SHENZHEN, China, March 3, 2022 /PRNewswire/ --".
_LEAD_RE = re.compile(
    rf"\((?P<o1>[A-Z][^()]{{1,40}})\)\s*(?:{_DAY}\s*)?{_DASH}"
    rf"|(?:(?P<p2>{_PLACE})(?:\s*,\s*{_PLACE})?\s*,?\s*)?(?:{_DAY})?\s*(?:{_DASH}\s*)?"
    rf"\((?P<o2>[A-Z][^()]{{1,60}})\)"
    # (a dash may stand before the bracket: "HONG KONG, Aug 26, 2022 – (ACN Newswire) –"; the
    # day after it: "Beijing (Gasgoo)- March 7, 2023:")
    rf"\s*{_DASH}(?:\s*{_DAY}\s*:)?"
    rf"|\({_PLACE}(?:\s*,\s*{_PLACE})*\s*,\s*[^()]{{6,30}}\)\s*{_DASH}"
    rf"|{_PLACE}(?:\s*,\s*{_PLACE}){{0,3}}\s*,\s*[^/]{{4,30}}/(?P<o3>[A-Z][^/]{{1,40}})/\s*{_DASH}?"
    # reposts drop the dash: "CHANGCHUN, Jan. 21 (Xinhua) China FAW ..." (place and day needed)
    rf"|{_PLACE}\s*,\s*{_DAY}\s*\((?P<o5>[A-Z][^()]{{1,40}})\)\s+(?=[A-Z])"
    # ... and without the comma: "Shanghai January 20 (Gasgoo.com) With ..." (a known outlet)
    rf"|{_PLACE}\s+{_DAY}\s*\((?P<o6>[A-Z][^()]{{1,40}})\)\s+(?=[A-Z])"
    # ... or a colon: "GUANGZHOU, Aug. 27 (UrduPoint / Pakistan Point News - 27th Aug, 2023 ) :",
    # "JAKARTA (Reuters):", "BEIJING, (UrduPoint / ... ) :" (the day may be left out)
    rf"|{_PLACE}\s*,?\s*(?:{_DAY}\s*)?\((?P<o7>[A-Z][^()]{{1,60}})\)\s*:"
    # full stops for commas and the outlet in capitals: "Shanghai. March 5. INTERFAX-CHINA - "
    rf"|{_PLACE}\.\s+{_DAY}\.\s+(?P<o9>[A-Z][A-Z-]{{2,40}})\s+{_DASH}\s*"
    # ... or nothing, when the bracket credits an outlet with its date: "MOSCOW (UrduPoint
    # News / Sputnik - 09th June, 2021) Shanghai plans ..." (a place in capitals, maybe with
    # a comma: "SHENYANG, (APP - UrduPoint / Pakistan Point News - 13th Dec, 2023) A ...")
    rf"|[{_CAP}][{_CAP}.'’/-]{{1,24}}(?:\s+[{_CAP}][{_CAP}.'’/-]{{1,24}}){{0,3}}\s*,?\s*"
    rf"\((?P<o8>[A-Z][^()]{{1,60}})\)"
    rf"\s+(?=[A-Z])"
    # a press release's place and full date, no outlet: "Bangkok, June 22, 2024 – BYD ...";
    # a dash may stand for the comma, and the wire that carries it between dashes after the
    # date: "CALGARY, ALBERTA — December 22, 2025 — Leads & Copy — Lithium Chile Inc. ..."
    rf"|{_PLACE}(?:\s*,\s*{_PLACE}){{0,2}}\s*(?:,|\s(?:–|—))\s*(?:{_MONTH})\.?\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?\s*,\s*{_YEAR}\s+(?:–|—)\s+"
    rf"(?:(?P<o10>[A-Z][\w&.'’]*(?:\s+[\w&.'’]+){{0,3}})\s+(?:–|—)\s+)?(?=[A-Z])"
)
# "TapTechNews on June 15th, ...": the site's own name opening the first paragraph
_LEAD = Prefiltered(_LEAD_RE, min_length=1)  # a bracket or a slash: few lines hold one
_SITE_LEAD_RE = re.compile(
    rf"(?P<o4>[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:on\s+(?:{_MONTH})\.?\s+\d{{1,2}}"
    # "TapTechNews May 17th news, ...": the day's news item, without "on"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+news\b"
    # "Gasgoo Munich- On February 5, ...": the site's name, then the place it writes from
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[-–—]+(?=\s))"
)
_TICKER_SYMBOL_RE = re.compile(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?")  # "TSLA", "BRK.B"
_LEAD_LINES = 6  # body lines searched for an in-body dateline
_MAX_LEAD_BULLETS = 12  # summary bullets a release may put above its dateline
_FUSED_SPAN = 400  # characters of a first paragraph searched for a headline fused before it


def _names_outlet(name: str, site: str | None) -> bool:
    return _is_outlet(name) or _site_name(name, site)


# "Nikkei Asia – July 6, 2022": an outlet, a dash (or comma) and the date ending a credit
_CREDIT_NAME_RE = re.compile(r"(?P<name>[^\s/][^/]*?(?:\s*/\s*[^/]+?)*)\s*[-–—|,]\s*$")


def _dated_credit(inner: str, site: str | None) -> tuple[str, date] | None:
    """The outlet and date of a parenthesised credit, `Nikkei Asia – July 6, 2022` or
    `UrduPoint / Pakistan Point News - 16th Jul, 2023` (the first of the outlets named);
    None unless a known outlet (or the site's name) is credited and the date ends it."""
    found = _DATE_RE.search(inner) if _DATE.may_match(inner) else None
    if found is None or _TIME_RE.sub("", inner[found.end() :]).strip(" ,.;"):
        return None
    m = _CREDIT_NAME_RE.fullmatch(inner[: found.start()].strip())
    published = _first_date(found.group())
    if m is None or published is None:
        return None
    names = [n.strip() for n in m.group("name").split("/")]
    if not any(_names_outlet(n, site) for n in names):
        return None  # "(Guangzhou – Sept 21, 2022)": a place and date, not a credit
    # "APP - UrduPoint / Pakistan Point News - 13th Dec, 2023": a wire opening the bracket,
    # then the site that carries it
    wire, dash, _ = names[0].partition(" - ")
    if dash and _names_outlet(wire.strip(), site):
        return wire.strip(), published
    return names[0], published


# a parenthesised credit closing a headline: "Headline (Nikkei Asia – July 6, 2022)", and the
# author credited before it: "Headline – by Ji Siqi (South China Morning Post – Feb 22, 2022)"
_TITLE_CREDIT_RE = re.compile(
    r"(?:\s+[-–—]\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?\s+\((?P<inner>[^()]{6,80})\)$"
)
_TITLE_CREDIT = Prefiltered(_TITLE_CREDIT_RE, min_length=1)  # a bracket: few headlines hold one
_DIGITS_RE = re.compile(r"\d+")
_YEAR_RUN_RE = re.compile(_YEAR)


def _read_time_split(line: str) -> tuple[str, str] | None:
    """A headline with a reading-time label fused onto its end and only dateline debris
    after it (`... by 20251 min read . 11:20 AM IST`): the headline and that rest. The
    label's count is split from a number it is glued to: a year keeps its four digits,
    any other number all but its last digit."""
    m = header_cues().title_tail.search(line)
    if m is None or m.start() < 12:
        return None
    rest = line[m.end() :]
    for rx in (_DATE_RE, _TIME_RE, _LABEL_ANY_RE):
        rest = rx.sub(" ", rest)
    if rest.strip(" .·|,;:-–—"):
        return None  # a headline about reading ("... in 5 min read by millions")
    run = _DIGITS_RE.match(line, m.start())
    cut = m.start()
    if run is not None and len(run.group()) > 2:  # "20251 min read": "2025" and "1"
        year = _YEAR_RUN_RE.match(run.group())
        cut += 4 if year and len(run.group()) <= 6 else len(run.group()) - 1
    head = line[:cut].rstrip(" .·|-–—")
    if not _looks_like_headline(head):
        return None
    return head, line[m.end() :]


_LIST_NUMBER_RE = re.compile(r"\d{1,2}\.\s+(?=[A-Z])")  # an item number, not "3.5 million"


# a share's six-digit code glued onto a headline's last word (a headline ends on a word)
_FUSED_CODE_RE = re.compile(r"(?<=[a-z])\d{6}$")
# one non-ASCII character alone after a Latin-script headline: an icon's debris
_STRAY_SYMBOL_RE = re.compile(r"\s+[^\x00-\x7f]$")


_TITLE_DATE_TAIL_RE = re.compile(r"\s+\|\s+(?P<date>[^|]{6,40})$")  # "Headline | Apr 9, 2012"


def _clean_title(title: str, site: str | None) -> tuple[str, str | None, date | None]:
    """The headline without a fused reading-time label or a closing dated credit, with the
    credit's outlet and the date either gives."""
    numbered = _LIST_NUMBER_RE.match(title)  # "1. Guangdong's latest release: ..." on a news list
    if numbered is not None:
        title = title[numbered.end() :]
    title = _after_credit(title) or title
    title = title.rstrip(" |")  # "NEV industry on rise in Xi'an |": a pipe left of a site name
    head = header_cues().title_head.match(title)
    if head is not None:  # "Home News Henan: By 2025, ...": a trail glued on
        title = _headline_after(title, head.end()) or title
    code = _FUSED_CODE_RE.search(title)  # "... Financial Results000593": a stock code glued on
    if code is not None:
        title = title[: code.start()]
    stray = _STRAY_SYMBOL_RE.search(title)  # "... Plunge by Nearly 30% π": icon debris
    if stray is not None and title[: stray.start()].isascii():
        title = title[: stray.start()]
    split = _read_time_split(title)
    if split is not None:
        return split[0], None, _first_date(split[1])
    m = _TITLE_CREDIT.search(title)
    credit = _dated_credit(m.group("inner"), site) if m else None
    if m is None or credit is None or len(title[: m.start()].split()) < 3:
        return title, None, None
    return title[: m.start()], credit[0], credit[1]


class _Lead(NamedTuple):
    start: int  # offset of the dateline in the text
    published: date | None  # None when it names no year ("Apr. 8 (Xinhua)")
    source: str | None
    end: int  # offset after the dateline's match


# an author line fusing the outlet and the date before the lead: "By Carmen Lee  From
# Gasgoo.comJanuary 23, 2013 (Shanghai January 22) - Just ten of ..."
_BYLINE_OUTLET_DATE_RE = re.compile(
    r"(?:By\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+From\s+"
    r"(?P<outlet>[A-Z][\w&.-]{1,40}?)\s*"
    rf"(?P<date>{_MONTH}\.?\s+\d{{1,2}},?\s+{_YEAR})(?:\s*\([^()\n]{{1,60}}\))?\s*[-–—]+\s+"
)
_BYLINE_OUTLET_DATE_CHARS = 200


def _byline_outlet_date(line: _Line, site: str | None) -> _Lead | None:
    """The date and outlet of an author line fused with them before the lead ("By Carmen Lee
    From Gasgoo.comJanuary 23, 2013 (Shanghai January 22) -"), the outlet as written."""
    if " From " not in line.text[:_BYLINE_OUTLET_DATE_CHARS]:
        return None
    # bounded: the line's opening characters
    m = _BYLINE_OUTLET_DATE_RE.match(line.text[:_BYLINE_OUTLET_DATE_CHARS])
    if m is None or not _names_outlet(m.group("outlet"), site):
        return None
    return _Lead(line.start, _first_date(m.group("date")), m.group("outlet"), line.start + m.end())


# a dateline cut at its opening bracket, the place and the bracket lost where the page was
# cut: "Yicai Global) Feb. 10 -- Horizon Robotics, ..."
_CUT_BRACKET_LEAD_RE = re.compile(
    rf"(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){{0,3}})\)\s+(?:{_MONTH})\.?\s+\d{{1,2}}"
    r"(?:,\s+(?:19|20)\d\d)?\s*(?:--?|[–—])\s+(?=[A-Z])"
)
_CUT_BRACKET_CHARS = 80


def _cut_bracket_lead(line: _Line, site: str | None) -> _Lead | None:
    """The outlet (and the date, with a year) of a dateline cut at its opening bracket:
    "Yicai Global) Feb. 10 --"."""
    head = line.text[:_CUT_BRACKET_CHARS]
    if ")" not in head:
        return None
    m = _CUT_BRACKET_LEAD_RE.match(head)  # bounded: the line's first 80 chars
    if m is None or not _names_outlet(m.group("outlet"), site):
        return None
    return _Lead(line.start, _first_date(m.group()), m.group("outlet"), line.start + m.end())


def _lead_lines(lines: Sequence[_Line], start: int, count: int) -> list[_Line]:
    """The first `count` body lines from `start` an in-body dateline may open, past the
    summary bullets a release puts above it ("-- Fourth Quarter Revenues of RMB 672.0
    million ..." / "BEIJING, March 08, 2021 (GLOBE NEWSWIRE) --")."""
    at = start
    while at < len(lines) and at - start < _MAX_LEAD_BULLETS and _BULLET_RE.match(lines[at].text):
        at += 1
    if at >= len(lines) or at == start:
        return list(lines[start : start + count])
    return list(lines[at : at + count])


def _lead_dateline(line: _Line, site: str | None, *, anywhere: bool = False) -> _Lead | None:
    """An in-body dateline at the start of the line (or anywhere in it, for a headline fused
    with the first paragraph)."""
    byline = _byline_outlet_date(line, site) or _cut_bracket_lead(line, site)
    if byline is not None:
        return byline
    # a fused headline is short: search only the line's opening characters
    if not _LEAD.may_match(line.text):
        m = None
    elif anywhere:
        m = _LEAD_RE.search(line.text, 0, _FUSED_SPAN)
    else:
        m = _LEAD_RE.match(line.text)
    if m is not None and m.group("o6") and not _names_outlet(m.group("o6"), site):
        m = None  # "Chengdu April 20 (Sichuan) The ...": no dash, no comma, no outlet
    if m is not None and m.group("o7") and not _names_outlet(m.group("o7"), site):
        m = None  # "Hefei, June 2 (local time): ...": a colon with no outlet
    if m is not None and m.group("o8") and _dated_credit(m.group("o8"), site) is None:
        m = None  # "BYD (China) Co ...": a bracket with no dated credit opens no dateline
    ticker = m is not None and (m.group("o1") or m.group("o2") or "")
    if (
        m is not None
        and ticker
        and _TICKER_SYMBOL_RE.fullmatch(ticker)
        and not _names_outlet(ticker, site)
        and not re.search(r"\d", m.group(0))  # "SHANGHAI, Jul 15 (SMM) –" is dated
        and not (m.group("p2") or "").isupper()  # ... or "SHANGHAI (SMM) -" in capitals
    ):
        m = None  # "Elon Musk's Tesla (TSLA) - Get Tesla Inc. Report": a stock ticker's widget
    if (
        m is not None
        and m.group("p2")
        and _names_outlet(m.group("p2"), site)
        and not _names_outlet(m.group("o2"), site)
    ):  # "Reuters (Beijing) - ...": the outlet first, its place in brackets
        start = line.start + m.start()
        return _Lead(start, _first_date(m.group(0)), m.group("p2"), line.start + m.end())
    if m is not None:
        outlet = (
            m.group("o1")
            or m.group("o2")
            or m.group("o3")
            or m.group("o5")
            or m.group("o6")
            or m.group("o7")
            or m.group("o8")
            or m.group("o9")
            or m.group("o10")
        )
        if outlet is not None and ("," in outlet or _DATE_RE.search(outlet)):
            # "(UrduPoint / Pakistan Point News - 16th Jul, 2023 ) --" credits an outlet;
            # "(SHANGHAI, 5 May 2021) ──" names a place
            credit = _dated_credit(outlet, site)
            outlet = credit[0] if credit else None
        if outlet is not None and "/" in outlet:
            # "JAKARTA (The Straits Times/Asia News Network):": an outlet and the network
            # sharing its story, both named; the first wrote it
            first, _, rest = outlet.partition("/")
            if _names_outlet(first.strip(), site) and _names_outlet(rest.strip(), site):
                outlet = first
        start = line.start + m.start()
        published = _first_date(m.group(0))
        end = m.end()
        after = _DATE_AFTER_LEAD_RE.match(line.text, end) if published is None else None
        if after is not None:  # "GUANGZHOU, China — (GLOBE NEWSWIRE) — November 15, 2023 —"
            published, end = _first_date(after.group("date")), after.end()
        return _Lead(start, published, outlet.strip() if outlet else None, line.start + end)
    m = _SITE_LEAD_RE.match(line.text)
    if m is not None and _site_name(m.group("o4"), site):
        return _Lead(line.start, None, m.group("o4"), line.start + m.end())
    return None


# a wire release's date after its credit: "... (GLOBE NEWSWIRE) — November 15, 2023 — XPeng"
_DATE_AFTER_LEAD_RE = re.compile(rf"\s*(?P<date>{_DATE_RE.pattern})\s*[-–—]+\s*", re.IGNORECASE)


_SLUG_WORD_RE = re.compile(r"[A-Za-z][\w'’]*|\d+")


def _slug_title(url: str, text: str) -> str | None:
    """A headline from a URL's slug (`.../chinese-automaker-changan-aims-to-sell-...`), with
    each word cased as the article writes it; None when the slug has too few words."""
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    slug = re.sub(r"\.s?html?$|\.php$", "", path.rsplit("/", 1)[-1])
    words = [w for w in re.split(r"[-_]+", slug) if w]
    if len(words) < 4 or sum(w.isalpha() for w in words) < 3:
        return None
    forms: dict[str, set[str]] = {}
    for w in _SLUG_WORD_RE.findall(text):
        forms.setdefault(w.lower(), set()).add(w)
    out = []
    for w in words:
        seen = forms.get(w.lower(), set())
        if w.lower() in seen or not seen:
            out.append(w.lower())
        else:
            out.append(min(seen, key=lambda f: (f.isupper(), f)))  # "Changan" over "CHANGAN"
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _credits_end(lines: list[_Line], at: int) -> int | None:
    """The index of the line after a byline block right under line `at` (a byline, with
    photo credits and other header lines around it), or None if none follows it."""
    block = range(at + 1, min(at + 4, len(lines) - 1))
    bylines = [j for j in block if _CREDIT_LINE_RE.match(lines[j].text)]
    bylines += [j for j in block if _STAFF_LINE_RE.match(lines[j].text)]
    if not bylines:
        return None  # (checked first: most pages have none, and the rest is slower)
    for j in block:
        if j not in bylines and not _never_title(lines[j].text):
            return j if j > min(bylines) else None
    return None


def _gap(text: str, lines: list[_Line], k: int) -> int:
    """The line breaks between line `k` and the next line (1: adjacent, 2: a blank line)."""
    return text.count("\n", lines[k].end, lines[k + 1].start)


def _same_headline(upper: str, lower: str) -> bool:
    """Whether `lower` prints the headline `upper` again: in another case, or with a title
    tail appended to it ("... for EV batteries-中国将投7亿美元在印尼打造镍工厂", "... [free
    access]")."""
    if upper.casefold() == lower.casefold():
        return True
    if len(lower) <= len(upper) or not lower.startswith(upper):
        return False
    tail = header_cues().title_tail.search(lower)  # bounded: a header line
    return (
        tail is not None
        and tail.end() == len(lower)
        and not lower[len(upper) : max(len(upper), tail.start())].strip()
    )


def _joined(text: str, lines: list[_Line], upper: int, lower: int) -> bool:
    """A headline set on two lines: adjacent lines, the upper one not ending a sentence and
    either ending in a joining word or the lower one going on in lower case."""
    a, b = lines[upper].text, lines[lower].text
    if text[lines[upper].end : lines[lower].start].count("\n") > 1:
        return False  # a blank line between them
    if _never_title(a) or _SENTENCE_END_RE.search(a) or _is_prose(b):
        return False
    if not 4 <= len(a.split()) <= 14:  # a section label ("Business news") is no headline half
        return False
    last = a.split()[-1].lower()
    return b[:1].islower() or a.endswith((",", ":", "–", "—", "-")) or last in _JOINING_WORDS


# words that leave a headline line unfinished: "BYD Launches a Plant" / "in Hungary"
_JOINING_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from"}
    | {"as", "its", "their", "after", "amid", "over", "into"}
)


def parse_article(text: str) -> ArticleParts:
    """Find title, published date, source, site and the body span of an article."""
    cover_end = _filing_cover_end(text)
    if cover_end is None:
        return _parse_page(text)
    # "FORM 6-K" / ... / "Date: May 21, 2024" / "Exhibit 99.1" / headline: the filing's cover
    # page is header; the press release after it is read as a page of its own under the
    # site's line, and its offsets moved back into `text`
    site_line = text[: text.find("\n")] if "\n" in text else text
    prefix = f"{site_line}\n\n"
    shift = cover_end - len(prefix)
    parts = _parse_page(prefix + text[cover_end:])
    return ArticleParts(
        parts.title,
        parts.published,
        parts.source,
        parts.site,
        max(parts.body_start + shift, cover_end),
        max(parts.body_end + shift, cover_end),
        tuple((start + shift, end + shift) for start, end in parts.skip),
    )


_COVER_CHARS = 6000  # a filing's cover page is short: its form line is near the page's top


def _filing_cover_end(text: str) -> int | None:
    """Where the press release filed under an SEC form's cover page starts: after the last
    exhibit line ("Exhibit 99.1") that follows the form line ("FORM 6-K") near the top."""
    cues = header_cues()
    head = text[:_COVER_CHARS]
    form = cues.filing_form.search(head)
    if form is None:
        return None
    ends = [m.end() for m in cues.exhibit_start.regex.finditer(head, form.end())]  # bounded
    return ends[-1] if ends else None


def _past_boilerplate(lines: list[_Line], at: int) -> int:
    """The first line from `at` on that is no header boilerplate (share bars, bylines)."""
    while at < len(lines) and _is_header_boilerplate(lines[at].text):
        at += 1
    return at


def _under_headline(lines: list[_Line], at: int, site: str | None) -> tuple[int, str | None]:
    """Where the body starts under a headline whose next line is `at`: past boilerplate and a
    second dateline ("Source: Xinhua, 21st February 2018, by Yan"), with that line's outlet."""
    at = _past_boilerplate(lines, at)
    second = _dateline(lines[at].text, site) if at < len(lines) else None
    if second is None or at + 1 >= len(lines):
        return at, None
    return _past_boilerplate(lines, at + 1), second.source


_WHOLE_HEADLINE_LINES = 4  # lines under the header where the uncut headline may stand


def _whole_headline(lines: list[_Line], start: int, cut: str) -> int | None:
    """The index of a headline line near the top of the body that holds the cut title inside
    it, cut inside a word ("lithium-ion" -> "ion", "Jan-April" -> "Jan"): a truncated page
    title over the headline itself. The title printed twice on a line or quoted in an image's
    alt text is no cut."""
    for k in range(start, min(len(lines), start + _WHOLE_HEADLINE_LINES)):
        line = lines[k].text
        at = line.find(cut)
        if at < 0 or len(line) <= len(cut) + 2 or not _looks_like_headline(line):
            continue
        before, after = line[at - 1 : at], line[at + len(cut) : at + len(cut) + 1]
        if before.isalnum() or before == "-" or after.isalnum() or after == "-":
            return k
    return None


def _parse_page(text: str) -> ArticleParts:
    """`parse_article` for a page that is not a filing's cover."""
    lines = _lines(text)
    site = _site(lines[0].text) if lines else None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    header_end = 0  # index of the first body line
    fused_title: str | None = None

    # The dateline sits in the header: look for it until the first real paragraph (a photo
    # caption above the dateline is still header).
    dateline_at = -1
    credited: int | None = None
    cues = header_cues()
    for i, line in enumerate(lines[:_HEADER_LINES]):
        found = _dateline(line.text, site)
        if found is not None:
            dateline_at = i
            published, source, fused_title = found
            if _BULLET_RE.match(line.text):
                # "• 29.08.2024": a reposting site's bulleted meta date; the story's own
                # dateline further down the header wins over it
                later = _later_dateline(lines, i + 1, site)
                if later is not None:
                    dateline_at, (published, source, fused_title) = later
            break
        if (
            _is_prose(line.text)
            and line.text.count(" ") >= 19
            and not cues.caption.search(line.text)
            and not _widget(line.text)  # a cookie banner above the headline
            and not _BREADCRUMB.search(line.text)  # a trail ending in a long headline
            and not _link_row(line.text)  # "Story one  •  Story two  •  ...": related links
            and not (i > 0 and lines[i - 1].text.endswith(line.text))  # ... and the headline
            # a headline written as one long sentence, right over its dateline
            and not (
                i + 1 < len(lines)
                and _INNER_SENTENCE_RE.search(line.text) is None
                and _dateline(lines[i + 1].text, site) is not None
            )
        ):
            break

    if dateline_at >= 0:
        header_end = dateline_at + 1
        outlet_line = False
        if source is None and dateline_at > 0:
            source = _source_above(lines[max(0, dateline_at - 3) : dateline_at], site)
            if source is None and not (dateline_at == 1 and site):  # not the site line
                source = _outlet_line(lines[dateline_at - 1].text, site) or _agency_place(
                    lines[dateline_at - 1].text, site
                )
                if source is None and dateline_at >= 2:
                    source = _name_over_date(lines, dateline_at)
                outlet_line = source is not None
        # Share bars, "Print" and credit lines below the dateline are still header; a source
        # field there ("/ SOURCE:  Yicai" under "DATE:  Jul 26 2023") names the outlet
        while header_end < len(lines) and (
            _is_header_boilerplate(lines[header_end].text)
            # the date line printed twice, or an "Updated" line under the "Published" one
            or _dateline(lines[header_end].text, site) is not None
        ):
            # ... and a byline crediting an outlet: "Updated: 2014-09-20" / "By Bloomberg"
            source = (
                source
                or _source_field(lines[header_end].text)
                or _credited_outlet(lines[header_end].text, site)
            )
            header_end += 1
        above = dateline_at - 1 if outlet_line else dateline_at
    else:
        # No dateline: the body starts at the first prose line; lines above it are header.
        # (not an archive notice: "This article is 4 years old. Images might not display.")
        prose = next(
            (i for i, ln in enumerate(lines) if _is_prose(ln.text) and not _widget(ln.text)), None
        )
        above = prose if prose is not None else 0
        # "Sales of Chinese brand vehicles in Australia:" / "BYD 8156 sales, #5, up 368%" /
        # ... / prose: a list of figures over the first paragraph is body, with its lead
        listed = _figure_list_start(lines, 1, above) if prose is not None else None
        above = listed if listed is not None else above
        if prose == 1 and _exclaimed_headline(lines):
            above = 2  # "Headline ... outside China!" / "On June 7, the ...": the headline
        caption = above if prose is not None else 1  # (no prose: the line under the site's)
        if (
            0 < caption < len(lines) - 2
            and cues.caption.search(lines[caption].text) is not None
            and not _is_prose(lines[caption + 1].text)
            and _looks_like_headline(lines[caption + 1].text)
        ):
            # "... since the model went on sale in April. Photo: SAIC Weibo" / "Headline" /
            # body: a photo caption over the headline is header; the first prose under the
            # headline (else the line under it: summary bullets) opens the body
            above = next(
                (
                    i
                    for i in range(caption + 2, len(lines))
                    if _is_prose(lines[i].text) and not _widget(lines[i].text)
                ),
                caption + 2,
            )
        if (
            0 < above < len(lines) - 1
            and lines[above].text == lines[above + 1].text
            and not lines[above].text.endswith(".")  # a photo caption printed twice is body
        ):
            above += 1  # a long headline printed twice: the first copy is the headline
        elif (
            0 < above < len(lines) - 1
            and lines[above].text != lines[above + 1].text
            and lines[above].text.endswith(lines[above + 1].text)
            and cues.title_head.search(lines[above].text) is not None
        ):
            # "Home » today » Business » Headline" / "Headline": a trail glued onto a long
            # headline over its copy; the copy is the headline
            above += 2
        # "Headline" / "Key points" / "-" / crosshead / prose: a summary list's heading opens
        # the body (the crosshead over the first paragraph is no headline)
        heading = next(
            (
                k
                for k in range(1, above)
                if _summary_heading(lines[k].text) or _lone_bullet(lines, k)
            ),
            None,
        )
        above = heading if heading is not None else above
        # "BEIJING Nov 8 Chinese automaker ... Co" / "said on Tuesday ...", "FRANKFURT, June 10
        # Volkswagen plans" / "to nearly double ...": a wire archive's
        # hard-wrapped first paragraph opens with its place and day, however short its line
        wire = next((k for k in range(1, above) if _WIRE_LEAD_RE.match(lines[k].text)), None)
        above = wire if wire is not None else above
        # "Headline" / "05.05.2022: Zipse: “...” - Group EBT rises" / bullets: a release's
        # lead opened by its day-first dotted date under the headline; the date is header
        dotted = next(
            (
                k
                for k in range(2, above)
                if _DOTTED_LEAD_DATE_RE.match(lines[k].text)  # bounded: an anchored date
                and _looks_like_headline(lines[k - 1].text)
            ),
            None,
        )
        above = dotted if dotted is not None else above
        header_end = above
        # ... unless a byline follows it: "Deck sentence." / "Photo from X" / "by Y" / body;
        # the page opens with its deck, which is the headline when none stands above it
        credited = _credits_end(lines, above)
        if credited is not None:
            header_end, above = credited, above + 1
        # "Headline fallsby Victor Zhong": a forum copy's headline with its byline glued on
        # closes the header; "Headline" / "作者:21世紀經濟報道": so does an author line under it
        for k in range(1, above):
            fused = _fused_byline(lines[k].text) if "y " in lines[k].text else None
            if fused is not None:
                fused_title, header_end, above = fused, k + 1, 0
                break
            below = lines[k + 1].text if k + 1 < above else ""
            author = _AUTHOR_LINE_RE.match(below) if below[:1] in _AUTHOR_STARTS else None
            if author is not None and _looks_like_headline(lines[k].text):
                source = _outlet_name(author.group("who"), site)
                # "Editor: Li Wei", "Share" under it
                header_end, above = _past_boilerplate(lines, k + 2), k + 1
                break
        # "Tokyo, 22 July, /AJMEDIA/" alone above the first paragraph: a dateline, no headline
        lead = _lead_dateline(lines[above - 1], site) if above > 0 else None
        if (
            lead is not None
            and lead.start == lines[above - 1].start
            and not text[lead.end : lines[above - 1].end].strip(" -–—:")
        ):
            published, source = lead.published, lead.source
            above -= 1
    # "Daniel Ren in Shanghai" right above the dateline is a byline, not the headline
    while above > 1 and _BYLINE_NAME_RE.fullmatch(lines[above - 1].text):
        above -= 1
    # summary bullets between the headline and the dateline are body, the dateline is not
    bullets: list[int] = []
    # "Deliveries were 61,855 units": summary lines over a press release's in-body dateline
    highlights = _highlight_run(lines, above) if dateline_at < 0 else range(0)
    title_at = None
    short_at: int | None = None
    for i in range(above - 1, -1, -1):
        if not bullets and _bar_item_widget(lines[i].text):
            continue  # "• Sign in required", "• Share this article": a bar's buttons, no summary
        adjacent = not bullets or bullets[-1] == i + 1
        if (
            (_BULLET_RE.match(lines[i].text) or i in highlights)
            and adjacent
            and (dateline_at < 0 or i == above - 1 or bullets)
        ):
            bullets.append(i)
            continue
        # the line under a "News provided by" marker names the issuer, not the headline
        above_line = lines[i - 1].text if i > 0 else ""
        provided = above_line.rstrip(": ").endswith(" by") and cues.marker.search(above_line)
        # "Headline" / "Information Office of Changzhou Municipal People's Government": the
        # release's issuer under its headline
        issuer = i > 0 and cues.issuer.match(lines[i].text) and _looks_like_headline(above_line)
        if (
            _never_title(lines[i].text)
            or _furniture(lines[i].text)
            or provided
            or issuer
            or _is_brand(lines[i].text, site)
            or _after_menu(lines, i)
            or _is_when(lines[i].text)  # "3 hours ago", "Jul 16" under the headline
            or _agency_place(lines[i].text, site) is not None  # "AFP . Hong Kong"
            or _ago_byline(lines[i].text)  # "2 months ago by Mark Kane 6"
        ):
            continue
        credited_outlet = _credited_when(lines[i].text)
        if credited_outlet is not None:
            source = source or credited_outlet  # "cls.cn ·  Aug 28 23:01" under the headline
            continue
        if len(lines[i].text.split()) <= 2 and i > 0 and not _joined(text, lines, i - 1, i):
            # "Guide", "Hong Kong": a label or place under the headline; a headline higher up
            # wins, else this is the (short) headline
            short_at = i if short_at is None else short_at
            continue
        title_at = i
        break
    if title_at is None or (
        short_at is not None and not _looks_like_headline(lines[title_at].text)
    ):
        title_at = short_at if short_at is not None else title_at
    if (
        title_at is not None
        and title_at > 0
        and _same_headline(lines[title_at - 1].text, lines[title_at].text)
    ):
        # a headline printed twice in two cases, or again with its translation appended
        # ("Headline" / "Headline-中文标题"): the first copy is the headline
        title_at -= 1
    # a label of one or two words above the date line ("Automotive"): a headline under the
    # date line wins over it
    label_title = title_at is not None and title_at == short_at
    if dateline_at < 0 and bullets and title_at is None and _crumb_headline(lines, bullets):
        # "- News" / "- EV" / "- Nio, CATL Collaborating For ...": a bulleted breadcrumb
        # trail ending in the headline
        fused_title = _BULLET_RE.sub("", lines[bullets[0]].text, 1).strip()
        header_end, bullets = bullets[0] + 1, []
    if dateline_at < 0 and bullets:
        header_end = bullets[-1]  # no dateline: the summary bullets open the body
        if title_at is None and fused_title is None:
            # "Revenue: ..." bullets under "Guidance (Q3'25):" labels, no headline above: a
            # page of lists, every one of them body
            while header_end > 1 and (
                _BULLET_RE.match(lines[header_end - 1].text)
                or _colon_label(lines[header_end - 1].text)
            ):
                header_end -= 1
        bullets = []
    # of several lines between the section labels and the byline, the first is the headline
    # and the next a standfirst ("a summary line under the headline"), which opens the body
    standfirst = None
    # "Headline" / photo caption / deck: the caption between them is no headline (SPEC: it
    # is body, as the deck is)
    upper = title_at - 1 if title_at is not None else -1
    while upper > 0 and cues.caption.search(lines[upper].text) is not None:
        upper -= 1
    if (
        title_at is not None
        and title_at > 1
        and _ago_byline(lines[title_at - 1].text)
        and _looks_like_headline(lines[title_at - 2].text)
        and not _never_title(lines[title_at - 2].text)
        and not _furniture(lines[title_at - 2].text)
    ):
        # "Headline" / "2 months ago by Mark Kane 6" / "GAC Motor's self-driving car": the line
        # under a byline is a photo caption (or a deck), body; the headline is over the byline
        standfirst, title_at = title_at, title_at - 2
    elif (
        title_at is not None
        and title_at > 2
        and not bullets
        and _gap(text, lines, title_at - 2) == 1
        and _gap(text, lines, title_at - 1) > 2
        and _looks_like_headline(lines[title_at - 2].text)
        and _headline_and_deck(lines[title_at - 2].text, lines[title_at - 1].text)
        and not _never_title(lines[title_at - 2].text)
        and not _furniture(lines[title_at - 2].text)
    ):
        # "Headline" / "From Luxembourg to Dubai, ... robotaxis are expanding their reach" /
        # blank lines / "Apollo Go takes off" / prose: a headline and its deck set together,
        # a section's crosshead set apart under them; the deck opens the body
        standfirst, title_at = title_at - 1, title_at - 2
    elif title_at is not None and title_at > 1 and _printed_twice(lines, title_at):
        standfirst = title_at - 1  # "Headline" / deck / "Headline": the deck opens the body
    elif (
        title_at is not None
        and upper >= 0
        and not bullets
        and (
            _looks_like_headline(lines[upper].text)
            # "Battery Battle" / a long deck / "By Chen Weishan , Xu Ming": a magazine's
            # short headline over its deck and byline
            or (_short_headline(lines[upper].text) and _credited_below(lines, title_at))
        )
        and (
            len(lines[title_at].text.split()) >= 12
            or _is_prose(lines[title_at].text)
            # "EU tariffs on Chinese EVs face backlash" / "Ministry slams protectionist move,
            # advocates dialogue": two lines in sentence case, a headline and its deck (a
            # slogan or a label above a headline is in title case)
            or _headline_and_deck(lines[upper].text, lines[title_at].text)
        )
        and not _furniture(lines[upper].text)
        and not _after_menu(lines, upper)
        # "HomeNewsHeadline" / "Headline": a breadcrumb trail glued onto the headline above
        # its copy (a deck is no copy)
        and not (
            lines[upper].text != lines[title_at].text
            and lines[upper].text.endswith(lines[title_at].text)
        )
        # a slogan line above the headline on a page dated by a bare date: the line nearest
        # the date is the headline (a deck sits on news pages, which credit their dateline)
        and not (dateline_at == title_at + 1 and _bare_date_fields(lines[dateline_at].text))
        # "Toshiba to participate in ..." / "Ford's Go!Drive ... entering beta phase" / blank
        # line / headline: the last of a block of links to other stories set apart above it
        and not _last_of_link_block(text, lines, upper)
    ):
        standfirst, title_at = upper + 1, upper  # a caption under the headline is body
    elif (
        title_at is not None
        and title_at > 1
        and not bullets
        and lines[title_at - 1].text.count(" ") >= _HEADLINE_OVER_DECK_WORDS - 1
        and _byline_below(lines, title_at)
        and _looks_like_headline(lines[title_at - 1].text)
        and not _furniture(lines[title_at - 1].text)
        and not _looks_like_headline(lines[title_at - 2].text)
    ):  # "Headline" / short deck / "Staff reporter": the deck opens the body
        standfirst, title_at = title_at, title_at - 1
    if dateline_at < 0 and title_at is not None and standfirst is None:
        # "Headline" / "A charging station in Beijing ... /CFP" / prose: with no dateline the
        # photo caption under the headline opens the body (SPEC), unless a wire dateline
        # follows it ("SHANGHAI, Feb. 9 (Xinhua) --": the body starts at the dateline)
        standfirst = _caption_opening(lines, title_at, header_end, site)
    elif (
        title_at is None
        and fused_title is None
        and dateline_at < 0
        and (opening := _caption_opening(lines, 0, header_end, site)) is not None
        and len(lines[opening].text.split()) >= _CAPTION_WORDS
    ):  # site line / "X and Y sign a contract on May 31. [Photo/...]" / prose: a page whose
        # store starts at the photo caption opens the body with it (SPEC); a bare credit
        # ("Ng Han Guan/Associated Press") stays header
        standfirst = opening
    elif (
        title_at is None
        and fused_title is None
        and dateline_at < 0
        and _sentence_headline(lines, header_end)
    ):  # "World Trade" / "Gotion, a Chinese battery maker, wants to sell a third." / a longer
        # paragraph: a headline written as one short sentence
        title_at, header_end = header_end, header_end + 1
    if title_at is not None:
        above_text = lines[title_at - 1].text if title_at > 0 else ""
        title = _without_outlet_suffix(lines[title_at].text, site, above_text)
        # "“Ganfeng Lithium Q3 profits crash ...” – Reuters": a headline quoted whole, and
        # the wire it credits
        quoted = _unquoted(title)
        if quoted != title:
            title, source = quoted, source or _suffix_outlet(lines[title_at].text, site)
        if title_at > 0 and _joined(text, lines, title_at - 1, title_at):
            title = f"{lines[title_at - 1].text} {title}"
    if fused_title is not None:
        title = fused_title
    elif (title_at is None or label_title) and dateline_at >= 0 and header_end < len(lines):
        # a date line above the headline: "6 September 2022" / "Headline" / body
        below = lines[header_end].text
        if (
            _looks_like_headline(below)
            and not _is_prose(below)
            and not _furniture(below)  # "... at the auto show. Provided to China Daily |"
            and header_end + 1 < len(lines)
        ):
            title = below
            header_end, second_source = _under_headline(lines, header_end + 1, site)
            source = source or second_source
    if title is not None and fused_title is None and dateline_at >= 0:
        # "ion battery output up 68 pct in Jan" / date / "Home>>" / "China's lithium-ion
        # battery output up 68 pct in Jan-April": the page title cut from the headline
        # printed below it; the whole headline is the title and opens no body
        whole = _whole_headline(lines, header_end, title)
        if whole is not None:
            title = lines[whole].text
            header_end, second_source = _under_headline(lines, whole + 1, site)
            source = source or second_source
    # "Updated 2023.01.19 10:31 GMT+8" / "CGTN": the outlet alone on the line under the dateline
    if source is None and dateline_at >= 0 and header_end + 1 < len(lines):
        source = _outlet_line(lines[header_end].text, site)
        if source is not None:
            header_end = _past_boilerplate(lines, header_end + 1)

    if header_end >= len(lines):
        body_start = len(text) if dateline_at >= 0 else 0
    else:
        body_start = lines[header_end].start if header_end > 0 else 0

    # an in-body dateline ("HEFEI, June 2 (Xinhua) --") gives what the header did not: with a
    # headline, a date and an outlet already read it gives only its span, which is header
    # (a dateline matched at a line's start leaves no fused headline before it; only a
    # missing headline searches the first line), so only the first line is read
    bulleted_date = dateline_at >= 0 and _BULLET_RE.match(lines[dateline_at].text) is not None
    known = title is not None and published is not None and source is not None and not bulleted_date
    lead_span: tuple[int, int] | None = None
    for k, line in enumerate(_lead_lines(lines, header_end, 1 if known else _LEAD_LINES)):
        lead = _lead_dateline(line, site, anywhere=title is None and k == 0)
        if lead is None:
            continue
        head = text[line.start : lead.start].strip()
        if head:  # a headline fused with the first paragraph
            if not _looks_like_headline(head) or _is_prose(head):
                continue
            title, body_start = head, lead.start
        if bulleted_date and lead.published is not None:
            # "• September 26, 2023" / "Beijing (Gasgoo)- March 7, 2023:": the lead's date
            published = lead.published
        published = published or lead.published
        source = source or lead.source
        # the dateline opening the lead is header (SPEC): its date is no year record
        lead_span = (lead.start, lead.end)
        break
    if title is None and dateline_at < 0 and header_end < len(lines):
        # "[Passenger Car Association: retail sales ... 940,000] According to ...": a flash
        # headline in brackets opening the first paragraph
        flash = _bracketed_flash(lines[header_end].text)
        if flash is not None:
            title, body_start = flash[0], lines[header_end].start + flash[1]
    suffixed = None
    if title is None and dateline_at < 0 and header_end + 1 < len(lines):
        # "Summary sentence." / "Headline-CnEVPost" / body: a page title carrying the site's
        # name under the summary line that opens the body is the headline (no records)
        suffixed = lines[header_end + 1]
        title = _outlet_suffixed(suffixed.text, site)
        suffixed = suffixed if title is not None else None
    if title is not None:  # "Headline (Nikkei Asia – July 6, 2022)", "Headline1 min read"
        dated = _TITLE_DATE_TAIL_RE.search(title)
        own = _first_date(dated.group("date")) if dated is not None else None
        if dated is not None and own is not None and _is_bare_date(dated.group("date")):
            # "Headline | April 09, 2012 16:06": the story's own date, over a page-date
            # widget ("Thursday, April 17, 2014") printed above it
            title, published = title[: dated.start()], own
        title, credited_outlet, credited_date = _clean_title(title, site)
        published = published or credited_date
        source = source or credited_outlet
    if title is None:
        urls = [ln.text for ln in lines[:header_end] if _URL_LINE_RE.match(ln.text)]
        body = text[body_start:]
        title = next((t for t in (_slug_title(u, body) for u in urls) if t), None)

    if source is None and title_at is not None and dateline_at < 0:
        # "Published 4 hours ago" / "Source: scmp.com" under the headline, no date
        source = _source_above(lines[title_at + 1 : header_end], site)
        source = source or _outlet_over_time(lines[title_at + 1 : header_end], site)
        if source is None and title_at + 1 < header_end:  # "Headline" / "Reuters" / body
            source = _outlet_under_title(lines[title_at + 1].text, site)
    if source is None and title_at is not None:
        # "STOCK TITAN" over a release's "GOTHENBURG, Sweden--(BUSINESS WIRE)--" below an
        # AI summary: the newswire credited in the release's dateline wins over a banner
        source = _newswire_lead(lines, header_end, site) or _brand_line(lines[1:title_at], site)
    widgets: list[int] = []
    body_end = _body_end(lines, header_end, body_start, widgets)
    if published is None and dateline_at < 0 and header_end < len(lines):
        # "3 Jul 2023Chinese automakers ...": the dateline glued onto the story, which starts
        # after it
        glued = _glued_lead_date(lines[header_end].text)
        if glued is not None:
            published = glued[0]
            if body_start == lines[header_end].start:
                body_start += glued[1]
    credit = _closing_credit(lines, header_end, body_end)
    if credit is not None:
        # "(Xinhua News Agency July 13 2007)" closing the story: its outlet and date, footer
        body_end = lines[credit.line - 1].end
        published = published or credit.published
        source = source or credit.source
    if published is None:  # "Post time: Jul-08-2024" closing a page that has no dateline
        published = _footer_date(lines, body_end)
    if published is None and dateline_at < 0:
        # "... Egypt and Saudi Arabia. (November 22, 2012)": the story's date closing its last
        # paragraph, footer
        closing = _closing_date(lines, header_end, body_end)
        if closing is not None:
            published, body_end = closing
    if published is None or source is None:
        # "(END) Dow Jones Newswires" / "07-21-21 0032ET": the wire's closing marker
        ended = _end_marker(lines)
        if ended is not None:
            source, published = source or ended[0], published or ended[1]
    skip: tuple[tuple[int, int], ...] = ()
    opening = bullets[-1] if bullets else standfirst
    if opening is not None and opening < header_end:
        last = bullets[0] if bullets else opening
        if last + 1 < header_end:  # header lines (a byline, a dateline) between it and the body
            skip = ((lines[last].end, body_start),)
        body_start = lines[opening].start
    if suffixed is not None:
        skip += ((suffixed.start, suffixed.end),)
    if lead_span is not None and lead_span[0] >= body_start:
        skip += (lead_span,)
    # ad slots and share bars inside the body ("Advertisement 2") yield no records
    skip += tuple(
        (lines[i].start, lines[i].end)
        for i in widgets
        if lines[i].end <= body_end and lines[i].start >= body_start
    )
    credit_label = _GLUED_CREDIT_RE.search(source) if source else None
    if source and credit_label:  # "Caijing.comAuthor: Peng Linli": the next label glued on
        source = source[: credit_label.start()]
    return ArticleParts(title, published, source or site, site, body_start, body_end, skip)


_CRUMB_WORDS = 3  # "- News", "- Autos & EVs": a breadcrumb's section item is short


_BRACKET_CREDIT_RE = re.compile(r"(?i)(?:[\w-]+\s+){0,2}by\s")  # "Text by", "Edited by"
_FLASH_WORDS = 4  # a flash headline in brackets has a few words at least ("[Photo]" is a label)


def _exclaimed_headline(lines: list[_Line]) -> bool:
    """Whether the line under the site's is a headline written as one long exclamation or
    question ("South Korean media: ... outside China!"), over a longer first paragraph: a
    sentence of 16 words or more reads as prose, but one closed by "!" or "?" alone on its line
    under the site's opens no story."""
    if len(lines) < 3:
        return False
    first, lead = lines[1].text, lines[2].text
    return (
        first.endswith(("!", "?"))
        and first.count(" ") < 29
        and _INNER_SENTENCE_RE.search(first) is None
        and _looks_like_headline(first)
        and _is_prose(lead)
        and len(lead) > 2 * len(first)
    )


def _bracketed_flash(line: str) -> tuple[str, int] | None:
    """(the headline, where the story after it starts) of a paragraph opened by a headline in
    brackets, as finance wires print flash news: "[Headline] According to ...", "【Headline】"."""
    close = _BRACKET_PAIRS.get(line[:1]) if line[:1] in "[【" else None
    end = line.find(close, 1) if close else -1
    if end < 0:
        return None
    inner = line[1:end].strip()
    rest = line[end + 1 :]
    if inner.count(" ") + 1 < _FLASH_WORDS or not _is_prose(rest.strip()):
        return None
    if header_cues().caption.search(line[: end + 1]) is not None:
        return None  # "[Photo provided to China Daily] ...": a credit, not a headline
    if _BRACKET_CREDIT_RE.match(inner) or _LABEL_START_RE.match(inner):
        return None  # "【Text by Observers Net, Wang Yi】", "[Source: Xinhua]": a byline
    return inner, end + 1 + len(rest) - len(rest.lstrip())


_HEADER_LINES = 60  # a page's header, menus included, ends within its first lines
_LATER_DATELINE_LINES = 8  # a story's dateline sits a few lines under a site's meta list


def _later_dateline(
    lines: list[_Line], first: int, site: str | None
) -> tuple[int, _Dateline] | None:
    """The next dateline in the header from line `first` (before the first paragraph)."""
    for k in range(first, min(len(lines), first + _LATER_DATELINE_LINES)):
        found = _dateline(lines[k].text, site)
        if found is not None:
            return k, found
        if _is_prose(lines[k].text):
            return None
    return None


def _crumb_headline(lines: list[_Line], bullets: list[int]) -> bool:
    """Bulleted lines above the body (`bullets`, lowest first) that are a breadcrumb trail:
    short section items, then the headline as the last item ("- News" / "- EV" /
    "- Nio, CATL Collaborating For Battery Swap Expansion"); summary bullets are sentences."""
    if len(bullets) < 2:
        return False
    for i in bullets[1:]:
        item = _BULLET_RE.sub("", lines[i].text, 1).strip()
        if not item or len(item.split()) > _CRUMB_WORDS or _SENTENCE_END_RE.search(item):
            return False
    last = _BULLET_RE.sub("", lines[bullets[0]].text, 1).strip()
    return _looks_like_headline(last) and not _is_prose(last) and not _furniture(last)


def _is_caption(line: str) -> bool:
    cues = header_cues()
    return cues.caption.search(line) is not None or (
        len(line) <= _CREDIT_CHARS and cues.photo_credit.search(line) is not None
    )


# a dateline's place in title case before a long dash: "Shanghai — Chinese electric ..."
_TITLE_PLACE_DASH_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[—–]\s")
_CAPTION_WORDS = 8  # a caption describes its picture in a sentence; a credit names a source


def _caption_opening(lines: list[_Line], title_at: int, first: int, site: str | None) -> int | None:
    """The photo caption right under the headline (line `title_at`) when the body, from line
    `first`, has no wire dateline: it opens the body; header lines after it are skipped."""
    at = title_at + 1
    if at >= first or not _is_caption(lines[at].text):
        return None
    if first < len(lines) and (
        _lead_dateline(lines[first], site) is not None
        or _PLACE_DASH_RE.match(lines[first].text)
        or _TITLE_PLACE_DASH_RE.match(lines[first].text)
    ):
        return None  # a caption over "BEIJING (Reuters) -" or "BEIJING —" is header (D12, T05)
    return at


# a dateline naming only its place: "BEIJING — ", "Vancouver, British Columbia – "
_PLACE_DASH_RE = re.compile(
    rf"(?:[A-Z]{{2,}}(?:[ /][A-Z]{{2,}}){{0,2}}|{_PLACE}\s*,\s*{_PLACE})\s*{_DASH}\s"
)


_HEADLINE_SENTENCE_WORDS = 16  # a headline written as a sentence is short
_INNER_SENTENCE_RE = re.compile(r"[.!?][\"'”’)]*\s+[A-Z]")


def _sentence_headline(lines: list[_Line], at: int) -> bool:
    """Whether line `at`, the first prose line of a page where no headline stands above it,
    is a headline written as one short sentence: a paragraph at least twice as long follows
    it ("Gotion, a Chinese battery maker, wants to sell a third of what it makes.")."""
    if not 0 < at < len(lines) - 1:
        return False
    line, below = lines[at].text, lines[at + 1].text
    words = line.count(" ") + 1
    return (
        4 <= words <= _HEADLINE_SENTENCE_WORDS
        and _INNER_SENTENCE_RE.search(line) is None
        and _is_prose(below)
        and below.count(" ") + 1 >= 2 * words
        and not _never_title(line)
        and not _furniture(line)
        and not header_cues().lead_opening.match(line)
        and _lead_dateline(lines[at], None) is None
    )


# a date without its year, or a relative time, alone on a line: "Jul 16", "16 July 10:20"
_YEARLESS_DATE_RE = re.compile(
    rf"(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?"
    r"|(?:Today|Yesterday)",
    re.IGNORECASE,
)


_YEARLESS_DATE = Prefiltered(_YEARLESS_DATE_RE)  # (a month's name, "today", "yesterday")


def _outlet_over_time(lines: list[_Line], site: str | None) -> str | None:
    """`Deep News` on the line above a year-less date (`Jul 16`) under the headline: the
    outlet, as aggregators print it (a section label over the date is none)."""
    for upper, lower in itertools.pairwise(lines):
        if not _is_when(lower.text):
            continue
        name = _outlet_under_title(upper.text, site)
        if name is not None:
            return name
    return None


# a newswire's name alone on a line: "Marketwire", "PR Newswire", "BUSINESS WIRE"
_NEWSWIRE_LINE_RE = re.compile(r"(?=.{3,40}$)[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}(?i:wire)")


def _outlet_under_title(line: str, site: str | None) -> str | None:
    """An outlet's name alone on a line under the headline (`Reuters`, `Deep News`); a section
    label (`Business News`) or a marker (`Press Release`) is none; a release's newswire
    (`Marketwire`, `PR Newswire`) is one."""
    name = _outlet_line(line, site)
    if name is None and _NEWSWIRE_LINE_RE.fullmatch(line):  # bounded: 40 chars at most
        name = line
    if name is None or _section_like(name) or _is_header_boilerplate(line):
        return None
    return name


def _is_when(line: str) -> bool:
    """A line holding only a year-less date or a relative time: "Jul 16", "3 hours ago"."""
    if len(line) > _WHEN_CHARS or not (_YEARLESS_DATE.may_match(line) or _AGO.may_match(line)):
        return False
    when = _TIME_RE.sub("", line).strip(" ,·|") if ":" in line else line
    return bool(_YEARLESS_DATE_RE.fullmatch(when) or _AGO_RE.fullmatch(when))


_WHEN_CHARS = 40  # "Yesterday 10:20 AM", "Jul 16, 09:15 GMT+8"

# a blog's byline opened by a relative time, closed by its comment count: "2 months ago by
# Mark Kane 6"
_AGO_BYLINE_RE = re.compile(
    r"\d{1,2}\s+(?:minute|hour|day|week|month|year)s?\s+ago\s+by\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+\d{1,4})?"
)
_AGO_BYLINE_CHARS = 80

# a byline naming the agency and the place it reports from, a dot or a comma between them:
# "AFP . Hong Kong", "Reuters, Beijing"
_AGENCY_PLACE_RE = re.compile(
    r"(?P<outlet>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})\s*[.,·•|]\s+"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
)
_AGENCY_PLACE_CHARS = 50


def _agency_place(line: str, site: str | None) -> str | None:
    """The outlet of an agency-and-place byline ("AFP . Hong Kong"): never the headline."""
    if len(line) > _AGENCY_PLACE_CHARS:
        return None
    found = _AGENCY_PLACE_RE.fullmatch(line)  # bounded: a line of 50 chars at most
    if found is None or not _names_outlet(found.group("outlet"), site):
        return None
    return found.group("outlet")


def _ago_byline(line: str) -> bool:
    """A byline opened by a relative time: "2 months ago by Mark Kane 6"; never the headline."""
    if len(line) > _AGO_BYLINE_CHARS or " ago by " not in line:
        return False
    return _AGO_BYLINE_RE.fullmatch(line) is not None  # bounded: a line of 80 chars at most


def _suffix_outlet(line: str, site: str | None) -> str | None:
    """The known outlet (not the site) a headline's suffix credits: "... loss” – Reuters"."""
    m = _TITLE_SUFFIX_RE.search(line)
    if m is None or len(line[: m.start()].split()) < 3:
        return None
    outlet = m.group("outlet").strip()
    return outlet if _is_outlet(outlet) and not _site_name(outlet, site) else None


_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’"}


def _unquoted(title: str) -> str:
    """The headline inside quotation marks that wrap it whole (none inside)."""
    close = _QUOTE_PAIRS.get(title[:1])
    inner = title[1:-1]
    if close is None or not title.endswith(close) or len(title) <= 2:
        return title
    return inner.strip() if title[:1] not in inner and close not in inner else title


def _credited_when(line: str) -> str | None:
    """The outlet of a credit line that names it before a year-less date: "cls.cn ·  Aug 28
    23:01", "財通證券 ·  Sep 9" (a news app's source and time under the headline)."""
    name, dot, when = line.partition(" · ")
    name = name.strip()
    if not dot or not name or len(name) > _WHEN_CHARS or "·" in when or not _is_when(when.strip()):
        return None
    return name


def _section_like(name: str) -> bool:
    """`Business News`, `Auto News`: a section label with an outlet word, no outlet."""
    if name.casefold() in _SECTION_LABEL_SET:
        return True
    return all(w.casefold() in _SECTION_LABEL_SET or w == "News" for w in name.split())


# "BYD opens a plant in Hungary | Reuters", "... - Global Times": a page title's outlet suffix
_TITLE_SUFFIX_RE = re.compile(r"\s+[|·–—-]\s+(?P<outlet>[^|·–—]{2,40})$")


_HEADLINE_OVER_DECK_WORDS = 5  # a kicker above a headline is shorter
_SENTENCE_CASE_WORDS = 2  # lower-case content words that make a line sentence case


def _headline_and_deck(upper: str, lower: str) -> bool:
    """Two lines in sentence case, neither a copy of the other (a headline printed twice)."""
    return (
        _sentence_case(lower)
        and _sentence_case(upper)
        and lower[:_COPY_CHARS] not in upper
        and upper[:_COPY_CHARS] not in lower
    )


_COPY_CHARS = 24  # a headline's second copy starts as the first does (a suffix may follow)


def _sentence_case(line: str) -> bool:
    """A line written in sentence case: lower-case content words after its first word
    ("Ministry slams protectionist move"), as headlines and decks are on many sites; a
    title-case line lowers only short joining words ("Open, Innovative and Green Wuxi")."""
    n = 0
    for word in line.split()[1:]:
        if len(word) >= 4 and word[0].islower() and word.isalpha() and word not in _JOINING_WORDS:
            n += 1
            if n == _SENTENCE_CASE_WORDS:
                return True
    return False


# two or more short tags after pipes closing a page title: " | Sales | Europe" (one such
# segment is a column's name, which the title keeps: "... | Financial Report Insights")
_TITLE_TAGS_RE = re.compile(r"(?:\s+\|\s+[\w&'’-]+(?:\s[\w&'’-]+){0,2}){2,}$")


def _byline_below(lines: list[_Line], at: int) -> bool:
    """Whether a byline ("By Li Wei", "Staff reporter") is the line under line `at`."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    return bool(_CREDIT_LINE_RE.match(below) or _STAFF_LINE_RE.match(below))


def _last_of_link_block(text: str, lines: list[_Line], at: int) -> bool:
    """Line `at` closes a block of headline-like lines (links to other stories) that a blank
    line sets apart from the line under it."""
    return (
        0 < at < len(lines) - 1
        and _gap(text, lines, at - 1) == 1
        and _gap(text, lines, at) > 1
        and _looks_like_headline(lines[at - 1].text)
    )


def _credited_below(lines: list[_Line], at: int) -> bool:
    """`_byline_below`, the byline possibly closed by its publish label ("By Chen Weishan ,
    Xu Ming Updated Sept.1")."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    return _byline_below(lines, at) or _credit_with_tail(below)


_SHORT_HEADLINE_WORDS = range(2, 4)  # "Battery Battle", "Charging Ahead Fast"


def _short_headline(line: str) -> bool:
    """A headline of two or three capitalised words ("Battery Battle"), no label or widget."""
    words = line.split()
    return (
        len(words) in _SHORT_HEADLINE_WORDS
        and all(w[:1].isupper() for w in words)
        and not _OUTLET_WORD_SET.intersection(words)  # "Top Biz News": a section's label
        and not line.isupper()
        and not _HAS_DIGIT_RE.search(line)
        and not _is_header_boilerplate(line)
        and not _never_title(line)
    )


# the name of a byline glued onto a headline's last word ("... fallsby Victor Zhong")
_GLUED_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")
# words ending in "by" that a headline may end in before a name ("opens nearby Ningde Plant")
_BY_WORDS = frozenset({"near", "stand", "there", "where", "here", "lob", "hob", "rug", "der"})
# an author or source field alone under the headline: "作者:21世紀經濟報道", "Source: CGTN"
_AUTHOR_LINE_RE = re.compile(
    r"^(?:作者|來源|来源|出處|出处|(?i:Author|Source))\s*[:：]\s*(?P<who>\S[^|:：]{0,40})$"
)
_AUTHOR_STARTS = frozenset("作來来出AaSs")
_CJK_OUTLET_RE = re.compile(r"[\w\u4e00-\u9fff]{5,}|.*[報报社網网台刊]$")


def _fused_byline(line: str) -> str | None:
    """The headline of a line that ends in its byline glued on (`... fallsby Victor Zhong`)."""
    at = max(line.rfind("by "), line.rfind("By "))
    if at < 12 or not line[at - 1].isalpha() or not _GLUED_NAME_RE.fullmatch(line, at + 3):
        return None
    word = line[:at].rsplit(None, 1)[-1]
    if len(word) < 3 or not word.isalpha() or not word.islower() or word in _BY_WORDS:
        return None
    title = line[:at]
    return title if _looks_like_headline(title) else None


def _outlet_name(who: str, site: str | None) -> str | None:
    """The outlet an author field names: a known outlet, the site's name, or a Chinese name
    longer than a person's (`21世紀經濟報道`; `李瑩亮` is a presenter)."""
    who = who.strip()
    if _names_outlet(who, site):
        return who
    if any("\u4e00" <= c <= "\u9fff" for c in who) and _CJK_OUTLET_RE.fullmatch(who):
        return who
    return None


def _after_menu(lines: list[_Line], i: int) -> bool:
    """Whether line `i` follows a site's navigation menu, a run of short bulleted links
    ("• Company Profile" / "• Contact Us"): it is the menu's breadcrumb ("News & info News"),
    unless it is the headline again, the page title over the menu carrying a site's suffix
    ("Headline-Shanghai Metals Market" / "Hot Keywords" / "• Copper" / ... / "Headline")."""
    if i < _MENU_ITEMS:
        return False
    again = lines[i].text
    if len(again) >= _COPY_CHARS and any(
        ln.text != again and ln.text.startswith(again) for ln in lines[1 : i - _MENU_ITEMS]
    ):
        return False
    return all(
        _BULLET_RE.match(ln.text) is not None and ln.text.count(" ") <= _MENU_ITEM_SPACES
        for ln in lines[i - _MENU_ITEMS : i]
    )


_MENU_ITEMS = 3  # bulleted links in a row that make a menu (summary bullets are sentences)
_MENU_ITEM_SPACES = 4  # "• Social Responsibility Report": a link has a few words


_HIGHLIGHT_CHARS = 160  # a highlight line is short (a paragraph is body anyway)


def _highlight_run(lines: list[_Line], above: int) -> range:
    """The press-release highlight lines right above line `above` ("Quarterly Total Revenues
    reached RMB18,673.5 million" / "Quarterly Vehicle Deliveries were 61,855 units"), when
    two or more stand in a row: one such line alone is a headline."""
    highlight = header_cues().highlight
    k = above
    while (
        k > 1 and len(lines[k - 1].text) <= _HIGHLIGHT_CHARS and highlight.match(lines[k - 1].text)
    ):
        k -= 1
    return range(k, above) if above - k >= 2 else range(0)


def _printed_twice(lines: list[_Line], at: int) -> bool:
    """A headline printed twice around its deck: line `at` repeats line `at - 2`, which may
    have a short page label glued before it ("China China's Zhejiang plans ...")."""
    first, second = lines[at - 2].text, lines[at].text
    if not first.endswith(second) or not _looks_like_headline(second):
        return False
    label = first[: len(first) - len(second)]
    return not label or (label.endswith(" ") and label.count(" ") <= 3)


_FIELD_GAP_RE = re.compile(r"\s{2,}|\s*[|·]\s*")


def _bare_date_fields(line: str) -> bool:
    """A date line whose fields other than the date are widgets: "Mar 20, 2019   Pageview:845"."""
    if _is_bare_date(line):
        return True
    fields = [f for f in _FIELD_GAP_RE.split(line) if f and not _is_header_boilerplate(f)]
    return bool(fields) and _is_bare_date(" ".join(fields))


def _is_bare_date(line: str) -> bool:
    """A date line with nothing but the date and a time: "2017-04-12", "Jun 8, 2023 10:20"."""
    if _BARE_DATE_GATE is not None and not _fewer_letters_than(_removable(line) + 1, line):
        return False  # more letters than its dates and times can hold (a paragraph): no subs
    return _fewer_letters_than(1, _TIME_RE.sub("", _DATE_RE.sub("", line)))


def _bare_date_gate() -> tuple[tuple[str, ...], int, tuple[str, ...], int] | None:
    """The required literals of _DATE_RE and _TIME_RE ("19"/"20", ":"), each with the most
    letters one match holds; None when either has no bound or no literal."""
    date_letters, time_letters = max_letters(_DATE_RE), max_letters(_TIME_RE)
    dates, times = _DATE.literals, _TIME.literals
    if date_letters is None or time_letters is None or not dates or not times:
        return None
    return tuple(dates), date_letters, tuple(times), time_letters


_BARE_DATE_GATE = _bare_date_gate()


def _removable(line: str) -> int:
    """The most letters the matches of _DATE_RE and _TIME_RE in `line` can hold: every match
    holds one occurrence of a required literal (str.count: the most that do not overlap)."""
    assert _BARE_DATE_GATE is not None
    dates, date_letters, times, time_letters = _BARE_DATE_GATE
    return date_letters * sum(map(line.count, dates)) + time_letters * sum(map(line.count, times))


def _without_outlet_suffix(title: str, site: str | None, above: str = "") -> str:
    """The headline without a page title's outlet suffix: one naming an outlet or the site,
    or any suffix when the line above is the headline without it (printed twice); and
    without the keyword tags a page title may close with ("... Europe | Sales | Europe")."""
    tags = _TITLE_TAGS_RE.search(title) if "|" in title else None
    if tags is not None and _looks_like_headline(title[: tags.start()]):
        title = title[: tags.start()]
    m = _TITLE_SUFFIX_RE.search(title)
    if m is None or len(title[: m.start()].split()) < 3:
        return title
    outlet = m.group("outlet").strip()
    head = title[: m.start()]
    return head if _is_outlet(outlet) or _site_name(outlet, site) or head == above else title


# a page title's outlet suffix, spaced or glued on: "... townships-CnEVPost", "... | Reuters"
_SUFFIX_RE = re.compile(
    r"(?:\s+[|·–—-]\s*|(?<=[a-z])[-–—|](?=[A-Z]))(?P<outlet>[^|·–—\s][^|·–—]{1,39})$"
)


def _outlet_suffixed(line: str, site: str | None) -> str | None:
    """The headline of a page title closed by an outlet's name or the site's
    (`Guangdong's charging facilities cover all townships-CnEVPost`); a glued suffix must
    be the site's name ("... Li-Cycle" is a name)."""
    m = _SUFFIX_RE.search(line) if len(line) <= _TITLE_CHARS else None
    if m is None:
        return None
    outlet, head = m.group("outlet").strip(), line[: m.start()]
    spaced = line[m.start()].isspace()
    if not (_site_name(outlet, site) or (spaced and _is_outlet(outlet))):
        return None
    return head if _looks_like_headline(head) and not _is_prose(head) else None


_TITLE_CHARS = 200  # a page title is a line, not a paragraph


def _looks_like_headline(line: str) -> bool:
    """A headline has words and lower case; section labels are short, upper case or paths."""
    words = line.split()
    return (
        len(words) >= 4
        and not line.isupper()
        and not _BREADCRUMB.search(line)
        and " / " not in line
        and not _never_title(line)
    )


def _site(first_line: str) -> str | None:
    """The hosting site on the first line: `cnevpost.com`, or `SHINE | shanghaidaily.com`."""
    for part in first_line.split("|"):
        if _SITE_RE.match(part.strip()):
            return part.strip()
    return None


def read_text(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Read a file as UTF-8 (a UTF-8 BOM is allowed and stripped); return (text, sha256 hex of
    the raw bytes). Raise ArticleError on a missing file, a directory, undecodable bytes or an
    empty file. Newlines are kept as they are, because record offsets index this text."""
    name = os.fspath(path)
    p = Path(name)
    if p.is_dir():
        raise ArticleError(name, "is a directory, not an article file")
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(name, "file not found") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot read file: {exc.strerror or exc}") from None
    skip = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = skip + exc.start
        raise ArticleError(
            name, f"not valid UTF-8: undecodable byte 0x{raw[at]:02x} at byte offset {at}"
        ) from None
    if not text.strip():
        raise ArticleError(name, "empty file")
    return text, hashlib.sha256(raw).hexdigest()
