"""The shape of every data file under `patterns/`, checked when the file is loaded.

Each JSON file has a pydantic model and each JSON Lines file a model of one row; all of them
forbid unknown keys, so a misspelt or dead key is an error naming the file, line and key
instead of data that is silently never read. Keys that only document a file are allowed:
`_comment`, `_<anything>_comment`, `_note` and `_sources`.

`resources.load_json` and `resources.load_jsonl_numbered` call `check` with the path as the
code names it (relative to `patterns/`); a file without a model here is read unchecked, and
tests/test_pattern_schemas.py requires that every shipped file has one.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _is_doc_key(key: str) -> bool:
    return key.startswith("_") and (key.endswith("comment") or key in ("_note", "_sources"))


# --- firms ------------------------------------------------------------------------------------


class LexiconRow(_Strict):
    """firms/companies.jsonl, firms/not_firms.jsonl: spaCy span-ruler patterns with ids."""

    id: str = Field(min_length=1)
    label: Literal["FIRM", "NOT_FIRM"]
    pattern: str | list[dict[str, Any]]


class FirmVocab(_Strict):
    legal_suffixes: list[str]
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


# --- targets ----------------------------------------------------------------------------------


class CueRow(_Strict):
    """targets/cues.jsonl: one intention cue."""

    id: str = Field(min_length=1)
    kind: str
    pattern: str
    words: list[str] = Field(default_factory=list)


class PlanForm(_Strict):
    id: str = Field(min_length=1)
    pattern: str
    words: list[str] = Field(default_factory=list)


class TargetPlans(_Strict):
    plan_report: list[PlanForm]
    fronted_deadline: list[PlanForm]
    relative_period: list[PlanForm]
    unresolved_relative: list[PlanForm]
    then: list[PlanForm]


class TargetExclusions(_Strict):
    past_before_cue: list[str]
    forecast_before_cue: list[str]
    mandate_in_clause: list[str]
    classifier_units: list[str]


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
    named_as_written: list[str]


# --- reader and text --------------------------------------------------------------------------


class HeaderCueRow(_Strict):
    """reader/header.jsonl: a piece of page furniture."""

    id: str = Field(min_length=1)
    class_: Literal["widget", "caption", "marker"] = Field(alias="class")
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


JSON_MODELS: dict[str, type[BaseModel]] = {
    "firms/vocab.json": FirmVocab,
    "targets/plans.json": TargetPlans,
    "targets/exclusions.json": TargetExclusions,
    "targets/subjects.json": TargetSubjects,
    "text/words.json": TextWords,
}
JSONL_MODELS: dict[str, type[BaseModel]] = {
    "firms/companies.jsonl": LexiconRow,
    "firms/not_firms.jsonl": LexiconRow,
    "targets/cues.jsonl": CueRow,
    "reader/header.jsonl": HeaderCueRow,
}


def _without_doc_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_doc_keys(v) for k, v in value.items() if not _is_doc_key(k)}
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
    model = (JSONL_MODELS if row else JSON_MODELS).get(path.replace("\\", "/"))
    if model is None:
        return
    try:
        model.model_validate(_without_doc_keys(data))
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(p) for p in error["loc"]) or None
        if error["type"] == "extra_forbidden":
            problem = f"unknown key {key!r}"
        elif error["type"] == "missing":
            problem = f"missing key {key!r}"
        else:
            got = error.get("input")
            shown = f" (got {got!r})" if isinstance(got, str | int | float | bool) else ""
            problem = f"key {key!r}: {error['msg']}{shown}"
        raise SchemaProblem(problem, key) from None


def has_model(path: str) -> bool:
    return path in JSON_MODELS or path in JSONL_MODELS
