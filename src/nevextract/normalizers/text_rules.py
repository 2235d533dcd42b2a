"""The schema of patterns/en/text/sentences.json: a language's sentence break rules, with ids.

Kept beside the splitter (normalizers/text.py) that reads it; pattern_schemas registers it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SENTENCES_PATH = "text/sentences.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpacedStop(_Strict):
    id: str = Field(min_length=1)
    stops: str = Field(min_length=1)  # each character a stop
    closers: str  # closing quotes/brackets that may follow a stop


class UnspacedStop(_Strict):
    id: str = Field(min_length=1)
    stops: str


class SentenceStart(_Strict):
    id: str = Field(min_length=1)
    openers: str  # opening quotes/brackets that may come before the first character
    symbols: str  # non-letters that may start a sentence (currency signs)


class NoBreak(_Strict):
    id: str = Field(min_length=1)
    rule: Literal[
        "abbreviation",
        "initials",
        "ellipsis_before_lower",
        "lower_initials_before_lower",
        "wrapped_line",
    ]
    words: str | None = None  # the word list of the `abbreviation` rule


class SentenceRules(_Strict):
    """text/sentences.json"""

    spaced_stop: SpacedStop
    unspaced_stop: UnspacedStop
    sentence_start: SentenceStart
    no_break: list[NoBreak]


def parse_rules(data: Any) -> SentenceRules:
    """The rules of a loaded sentences.json (`resources.load_json` has checked it against
    `SentenceRules`), without its documentation keys."""
    return SentenceRules.model_validate(_without_doc_keys(data))


def _without_doc_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_doc_keys(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_without_doc_keys(v) for v in value]
    return value
