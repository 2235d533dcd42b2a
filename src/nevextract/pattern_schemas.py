"""The shape of every data file under `patterns/`, checked when the file is loaded.

Each JSON file has a pydantic model and each JSON Lines file a model of one row; all of them
forbid unknown keys, so a misspelt or dead key is an error naming the file, line and key
instead of data that is silently never read. Keys that only document a file are allowed:
`_comment`, `_<anything>_comment`, `_note` and `_sources`.

`resources.load_json` and `resources.load_jsonl_numbered` call `check` with the path as the
code names it (relative to `patterns/`). The models of the files the built-in stages read are
here (`JSON_MODELS`, `JSONL_MODELS`); a record kind that reads data of its own declares its
files and their models in its `KindSpec.data_files` (the models may sit in its folder,
`kinds/<kind>/schema.py`, built on `_Strict` and the row models below). A file without a model
in either place is read unchecked, and tests/test_pattern_schemas.py requires that every
shipped file has one.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import kinds
from .models import Qualifier as QualifierValue
from .normalizers.text_rules import SENTENCES_PATH, SentenceRules


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# the base of a record kind's own data schemas (`kinds/<kind>/schema.py`): unknown keys fail
StrictModel = _Strict


def _is_doc_key(key: str) -> bool:
    return key.startswith("_") and (key.endswith("comment") or key in ("_note", "_sources"))


# `_ambiguous` in the generated iso4217.json is data, not documentation
_DATA_KEYS = frozenset({"_ambiguous"})


class RuleRow(_Strict):
    """A `rules` row: the id of one form of a rule whose logic is Python (`rule_index.py`)."""

    id: str = Field(min_length=1)
    form: str | list[str]


# --- firms ------------------------------------------------------------------------------------


class LexiconRow(_Strict):
    """firms/companies.jsonl, firms/not_firms.jsonl: spaCy span-ruler patterns with ids."""

    id: str = Field(min_length=1)
    label: Literal["FIRM", "NOT_FIRM"]
    pattern: str | list[dict[str, Any]]


class FirmVocab(_Strict):
    legal_suffixes: list[str]
    closing_suffixes: list[str] = Field(default_factory=list)
    legal_prefixes: list[str] = Field(default_factory=list)
    company_words: list[str]
    not_company_words: list[str]
    role_nouns: list[str]
    descriptor_words: list[str]
    after_cues: list[str]
    appositive_heads: list[str]
    speech_verbs: list[str]
    list_cues: list[str]
    person_surnames: list[str]
    generic_words: list[str]
    list_plural_nouns: list[str]
    credit_cues: list[str]
    product_nouns: list[str]
    product_modifiers: list[str] = Field(default_factory=list)
    title_of_nouns: list[str] = Field(default_factory=list)
    brand_list_nouns: list[str]
    related_labels: list[str]
    rename_cues: list[str]
    pair_nouns: list[str]
    outlet_verbs: list[str] = Field(default_factory=list)
    short_company_words: dict[str, str] = Field(default_factory=dict)
    headline_words: list[str] = Field(default_factory=list)
    called_words: list[str]
    called_nouns: list[str]
    named_things: list[str]
    named_thing_words: list[str]
    brand_nouns: list[str]
    brand_after_nouns: list[str]
    source_nouns: list[str]
    source_words: list[str]
    source_phrases: list[str]
    title_nouns: list[str]
    title_words: list[str]
    hyphen_descriptors: list[str]
    same_firm_extensions: list[str]
    parent_words: list[str]
    person_titles: list[str]
    office_titles: list[str]
    rules: list[RuleRow] = Field(default_factory=list)


# --- targets ----------------------------------------------------------------------------------


class CueRow(_Strict):
    """targets/cues.jsonl: one intention cue."""

    id: str = Field(min_length=1)
    kind: str
    pattern: str
    clause_subject: bool = False
    plan_only: bool = False
    after_deadline: bool = False
    words: list[str] = Field(default_factory=list)


class PlanForm(_Strict):
    id: str = Field(min_length=1)
    pattern: str
    words: list[str] = Field(default_factory=list)
    # list_clause: the parts after this split are goals only with a deadline of their own
    dated_parts: bool = False


class TargetPlans(_Strict):
    plan_report: list[PlanForm]
    fronted_deadline: list[PlanForm]
    relative_period: list[PlanForm]
    then: list[PlanForm]
    then_opening: list[PlanForm]
    by_then: list[PlanForm]
    segment_end: list[PlanForm]
    goal_heading: list[PlanForm]
    goal_bulleted_heading: list[PlanForm]
    list_item: list[PlanForm]
    list_clause: list[PlanForm]
    plan_owner: list[PlanForm]
    dated_deadline: list[PlanForm]
    share_clause: list[PlanForm]
    will_deadline: list[PlanForm]


class TargetExclusions(_Strict):
    past_before_cue: list[str]
    forecast_before_cue: list[str]
    mandate_in_clause: list[str]
    forecast_subject: list[str] = Field(default_factory=list)
    past_year_before: list[str]
    past_in_list: list[str] = Field(default_factory=list)
    past_act_cues: list[str] = Field(default_factory=list)


class TargetSubjects(_Strict):
    not_names: list[str]
    titles: list[str]
    location_words: list[str]
    appositive_openers: list[str]
    place_references: list[str]
    firm_references: list[str]
    pronouns: list[str]
    possessives: list[str]
    said_words: list[str]
    subject_blockers: list[str]
    relative_pronouns: list[str]
    national_references: list[str]
    government_tails: list[str]
    clause_joints: list[str]
    plan_nouns: list[str]
    plural_references: list[str]
    part_references: list[str]
    report_verbs: list[str]
    outlet_words: list[str]
    issue_verbs: list[str]
    governing_bodies: list[str]
    body_heads: list[str]
    title_joiners: list[str]
    opening_descriptors: list[str]
    document_number_after: str


# --- reader and text --------------------------------------------------------------------------


class HeaderCueRow(_Strict):
    """reader/header.jsonl: a piece of page furniture."""

    id: str = Field(min_length=1)
    class_: Literal[
        "widget",
        "caption",
        "marker",
        "language",
        "title-tail",
        "title-head",
        "summary-heading",
        "highlight",
        "photo-credit",
        "prompt",
        "issuer",
        "contact",
        "lead-opening",
        "furniture",
        "filing-form",
        "exhibit-start",
    ] = Field(alias="class")
    pattern: str


class TextWords(_Strict):
    stop_words: list[str]
    count_skip_words: list[str]
    irregular_plurals: dict[str, str]
    non_plural_s: list[str]
    duration_units: dict[str, Any]
    activity_nouns: list[str]

    @field_validator("stop_words", "count_skip_words", "non_plural_s", "activity_nouns")
    @classmethod
    def _lower_case(cls, words: list[str]) -> list[str]:
        upper = [w for w in words if w != w.lower()]
        if upper:
            raise ValueError(f"must be lower-case: {', '.join(upper[:3])}")
        return words


# --- amounts: numbers, currencies, units, figures -------------------------------------------


class Qualifier(_Strict):
    phrase: str
    qualifier: QualifierValue  # the records' own set of qualifiers
    # words after which the phrase belongs to a phrasal verb: "added up to 55.5 GWh"
    not_after: list[str] = []


class NumericLexicon(_Strict):
    number_words: dict[str, int]
    scales: dict[str, float]
    attached_scales: dict[str, float]
    money_scales: dict[str, float]
    percent_units: dict[str, bool]
    points_of_a_rate: list[str]
    sign_words: list[str]
    hyphen_qualifiers: list[Qualifier] = []
    qualifiers: list[Qualifier]
    verb_qualifiers: list[Qualifier]
    suffix_qualifiers: list[Qualifier]
    rules: list[RuleRow] = Field(default_factory=list)


class WordList(_Strict):
    words: list[str]


class PhraseList(_Strict):
    phrases: list[str]


class CountSubjects(_Strict):
    words: list[str]
    default_unit: str = Field(min_length=1)


class Slogans(_Strict):
    quotes: list[tuple[str, str]]
    max_words: int = Field(gt=0)


class FigureWords(_Strict):
    not_count_words: WordList
    idioms: PhraseList
    widget_words: WordList
    designation_words: WordList
    slogans: Slogans
    time_reference_after: WordList
    span_before: WordList
    ratio_before: WordList
    rate_base_before: WordList
    count_subjects: CountSubjects
    money_subjects: WordList
    plan_nouns: WordList
    year_named_nouns: WordList
    threshold_nouns: WordList
    fraction_words: WordList
    identifier_before: WordList
    date_before: WordList
    period_marks_after: WordList
    rules: list[RuleRow] = Field(default_factory=list)


class Unit(_Strict):
    surface: list[str] = Field(min_length=1)
    pint: str
    canonical: str


class Units(_Strict):
    units: list[Unit]
    rules: list[RuleRow] = Field(default_factory=list)


_CODE = re.compile(r"[A-Z]{3}")


class _ByCode(BaseModel):
    """A JSON object keyed by ISO 4217 codes (each checked by `_entry`) beside named keys."""

    model_config = ConfigDict(extra="allow", frozen=True)
    _entry: ClassVar[type[BaseModel]]

    @model_validator(mode="after")
    def _codes(self) -> _ByCode:
        for key, value in (self.model_extra or {}).items():
            if not _CODE.fullmatch(key):
                raise ValueError(f"unknown key {key!r} (not a currency code)")
            try:
                self._entry.model_validate(value)
            except ValidationError as exc:
                error = exc.errors()[0]
                where = ".".join([key, *(str(p) for p in error["loc"])])
                raise ValueError(f"{where}: {error['msg']}") from None
        return self


class CurrencySpec(_Strict):
    words: list[str]
    symbols: list[str] = Field(default_factory=list)
    context_symbols: list[str] = Field(default_factory=list)
    names_before: list[str] = Field(default_factory=list)
    subunits: dict[str, float] = Field(default_factory=dict)


class Currencies(_ByCode):
    """rates/currencies.json: how the text names each currency of the rate table."""

    _entry = CurrencySpec
    context_defaults: dict[str, str]
    context_cues: dict[str, list[str]]
    context_alternatives: dict[str, list[str]]
    context_only: list[str] = Field(default_factory=list)
    implied_money_nouns: list[str] = Field(default_factory=list)
    rules: list[RuleRow] = Field(default_factory=list)


class IsoCurrency(_Strict):
    name: str
    words: list[str]
    codes: list[str]
    symbols: list[str]


class IsoCurrencies(_ByCode):
    """rates/iso4217.json (generated by scripts/build_currency_data.py)."""

    _entry = IsoCurrency
    ambiguous: dict[str, dict[str, list[str]]] = Field(alias="_ambiguous")


# --- attributes and years -------------------------------------------------------------------


class PhraseCue(_Strict):
    phrases: list[str]


class RoleCue(_Strict):
    where: Literal[
        "after",
        "before",
        "clause",
        "opener",
        "subject",
        "filler",
        "modifier",
        "link",
        "restatement",
    ]
    role: Literal["share", "change", "rate"] | None = None
    phrases: list[str]


class AttributeRoles(_Strict):
    """attributes/roles.json: the cues of `percentage.role`, by their fixed ids."""

    fillers: RoleCue
    change_after_period: RoleCue = Field(alias="change.after.period")
    change_after_noun: RoleCue = Field(alias="change.after.noun")
    change_after_modifier: RoleCue = Field(alias="change.after.modifier")
    change_after_comparative: RoleCue = Field(alias="change.after.comparative")
    rate_after: RoleCue = Field(alias="rate.after")
    rate_before: RoleCue = Field(alias="rate.before")
    change_before_of: RoleCue = Field(alias="change.before.of")
    share_after: RoleCue = Field(alias="share.after")
    share_before: RoleCue = Field(alias="share.before")
    rate_clause: RoleCue = Field(alias="rate.clause")
    rate_carried: RoleCue = Field(alias="rate.carried")
    change_rate: RoleCue = Field(alias="change.rate")
    change_subject: RoleCue = Field(alias="change.subject")
    change_subject_links: RoleCue = Field(alias="change.subject.links")
    change_before: RoleCue = Field(alias="change.before")
    restatement_links: RoleCue = Field(alias="restatement.links")
    level: RoleCue


class AttributeClauses(_Strict):
    comparison: PhraseCue
    condition: PhraseCue
    background: PhraseCue
    appended: PhraseCue
    year_relative: PhraseCue
    fronted: PhraseCue
    present: PhraseCue
    break_conjunctions: PhraseCue
    break_auxiliaries: PhraseCue
    contrast: PhraseCue


class RegexRow(_Strict):
    id: str = Field(min_length=1)
    regex: str
    words: list[str] = Field(default_factory=list)


class YearCues(_Strict):
    prepositions: PhraseCue
    deadline_prepositions: PhraseCue
    periods: list[RegexRow]
    intention: PhraseCue
    forecast: PhraseCue
    fact: PhraseCue
    fact_exempt_after: PhraseCue
    anaphora: list[RegexRow]
    event_words: PhraseCue
    not_name_words: PhraseCue
    model_words: PhraseCue
    count_qualifiers: PhraseCue
    rules: list[RuleRow] = Field(default_factory=list)


# --- language profile -------------------------------------------------------------------------


class DatelineShape(_Strict):
    id: str = Field(min_length=1)
    example: str = Field(min_length=1)


class LanguageProfile(_Strict):
    """patterns/<lang>/profile.json: what the rule engines need to know about a language."""

    lang: str = Field(min_length=2)
    name: str
    word_spacing: bool  # words are separated by spaces (False for Chinese, Japanese, Thai)
    word_chars: str = Field(min_length=1)  # a regex class of the characters words are made of
    sentence_rules: str = Field(min_length=1)  # the splitter's rules file (SENTENCES_PATH)
    decimal_mark: str = Field(min_length=1, max_length=1)
    group_marks: str
    scale_words: dict[str, float]
    month_names: list[str] = Field(min_length=12, max_length=12)
    datelines: list[DatelineShape]
    data_folders: list[str]

    @field_validator("word_chars")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            regex.compile(value)
        except regex.error as exc:
            raise ValueError(f"not a regex: {exc}") from None
        return value


JSON_MODELS: dict[str, type[BaseModel]] = {
    "profile.json": LanguageProfile,
    "attributes/roles.json": AttributeRoles,
    "attributes/clauses.json": AttributeClauses,
    "years/cues.json": YearCues,
    "numeric/lexicon.json": NumericLexicon,
    "numeric/figures.json": FigureWords,
    "units/units.json": Units,
    "rates/currencies.json": Currencies,
    "rates/iso4217.json": IsoCurrencies,
    "firms/vocab.json": FirmVocab,
    "targets/plans.json": TargetPlans,
    "targets/exclusions.json": TargetExclusions,
    "targets/subjects.json": TargetSubjects,
    "text/words.json": TextWords,
    SENTENCES_PATH: SentenceRules,  # (the model lives beside the splitter, rdr3)
}
JSONL_MODELS: dict[str, type[BaseModel]] = {
    "firms/companies.jsonl": LexiconRow,
    "firms/not_firms.jsonl": LexiconRow,
    "targets/cues.jsonl": CueRow,
    "reader/header.jsonl": HeaderCueRow,
}


def _without_doc_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _without_doc_keys(v)
            for k, v in value.items()
            if k in _DATA_KEYS or not _is_doc_key(k)
        }
    if isinstance(value, list):
        return [_without_doc_keys(v) for v in value]
    return value


class SchemaProblem(ValueError):
    """What is wrong with a data file: the problem and the key it is about."""

    def __init__(self, problem: str, key: str | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.key = key


def check(path: str, data: Any, *, row: bool = False) -> None:
    """Raise `SchemaProblem` when `data` (a whole JSON file, or with `row` one JSONL line)
    does not have the shape `path`'s model gives. Files without a model pass."""
    model = model_of(path, row=row)
    if model is None:
        return
    try:
        model.model_validate(_without_doc_keys(data))
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(p) for p in error["loc"]) or None
        if error["type"] == "value_error" and "unknown key" in error["msg"]:
            key = error["msg"].split("'")[1]
            problem = f"unknown key {key!r}"
        elif error["type"] == "extra_forbidden":
            problem = f"unknown key {key!r}"
        elif error["type"] == "missing":
            problem = f"missing key {key!r}"
        else:
            got = error.get("input")
            shown = f" (got {got!r})" if isinstance(got, str | int | float | bool) else ""
            problem = f"key {key!r}: {error['msg']}{shown}"
        raise SchemaProblem(problem, key) from None


def language_profile(data: Any) -> LanguageProfile:
    """A checked profile.json (already passed through `check`) as its model."""
    return LanguageProfile.model_validate(_without_doc_keys(data))


def model_of(path: str, *, row: bool = False) -> type[BaseModel] | None:
    """The model of a data file (of one row, with `row`): a built-in stage's, else the one a
    registered kind declares (`KindSpec.data_files`), else None."""
    path = path.replace("\\", "/")
    model = (JSONL_MODELS if row else JSON_MODELS).get(path)
    if model is None and row == path.endswith(".jsonl"):
        model = kinds.data_schema(path)
    return model


def has_model(path: str) -> bool:
    return model_of(path, row=path.endswith(".jsonl")) is not None
