"""`KindSpec`: everything the rest of nevextract needs to know of one record kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .base import Rec, RecordBase

if TYPE_CHECKING:
    from ..extraction import Context

__all__ = ["Attribute", "Extractor", "KindSpec"]

# A kind's own extractor: reads the article's stage context, returns its records (run after
# the built-in stages, before the records are ordered).
Extractor = Callable[["Context"], Iterable[RecordBase]]


@dataclass(frozen=True)
class Attribute:
    """An attribute scored on matched pairs whose gold record has `field` (SPEC.md section 5).

    Kinds that declare an attribute of the same `name` share one score (`qualifier`, `year`).
    """

    name: str
    field: str
    same: Callable[[Any, Any], bool]  # (predicted value, gold value)
    null_counts: bool = False  # compare even when the gold value is null


@dataclass(frozen=True)
class KindSpec:
    """One record kind: its model, gold and scoring rules, rendering and examples.

    Registered once in `nevextract.kinds` (one line per kind); gold validation, evaluation,
    rendering, the flat outputs and the record order all iterate over the registry.
    """

    name: str
    model: type[RecordBase]
    # gold (SPEC.md section 4): fields that must be present and not null ...
    key_fields: tuple[str, ...]
    # scoring (SPEC.md section 5): may a prediction be paired with a gold record?
    match: Callable[[Rec, Rec], bool]
    # the record's key value in error lists ('69210000000 CNY')
    describe: Callable[[Rec], str]
    # rendering: the short label beside a highlighted record, and its colour
    label: Callable[[Rec], str]
    colour: str
    # ... and fields that must be present but may be null (a target without a deadline)
    nullable_key_fields: tuple[str, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    # fields shown on hover after kind and text, and those shown without thousands separators
    title_fields: tuple[str, ...] = ()
    plain_fields: tuple[str, ...] = ("year",)
    # the forms mentions may take (a firm's name and aliases); None: the kind has no mentions
    mention_forms: Callable[[Rec], set[str]] | None = None
    # table-driven examples (Duckling style), relative to the repository root
    examples: str | None = None
    # an extractor of the kind's own, for kinds the built-in stages do not make
    extract: Extractor | None = None
    # a record a target can state as its goal: its (value, unit); None: not a goal amount
    target_amount: Callable[[Any], tuple[float, str | None]] | None = None

    @property
    def columns(self) -> tuple[str, ...]:
        """The kind's output columns: its model's fields, in order."""
        return tuple(self.model.model_fields)
