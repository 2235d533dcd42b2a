"""`KindSpec`: everything the rest of nevextract needs to know of one record kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from .base import Rec, RecordBase

if TYPE_CHECKING:
    from ..extraction import Context

__all__ = ["Attribute", "DataSchema", "Extractor", "KindSpec", "resolve_schema"]

# A kind's own extractor: reads the article's stage context, returns its records (run after
# the built-in stages, before the records are ordered).
Extractor = Callable[["Context"], Iterable[RecordBase]]

# The schema of one of a kind's data files: the pydantic model itself, or where it is,
# `"package.module:Model"`, imported when a file is first checked. The string lets the model
# sit in the kind's folder (`kinds/<kind>/schema.py`, built on `pattern_schemas`) although
# the kind's package is imported while `nevextract.models` still loads. None: a file that is
# no JSON (a word list, a CSV table).
DataSchema = str | type[BaseModel] | None


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
    # the data files the kind's extractor reads, by rule name (`<kind>/forms.json`: the file
    # `patterns/<lang>/<kind>/forms.json`), each with its schema (of one row, for JSON Lines).
    # The records component, which runs the extractor, owns them (and saves them with itself);
    # they are checked by their schemas like every file under `patterns/`.
    data_files: Mapping[str, DataSchema] = field(default_factory=dict)

    @property
    def columns(self) -> tuple[str, ...]:
        """The kind's output columns: its model's fields, in order."""
        return tuple(self.model.model_fields)

    def schema(self, file: str) -> type[BaseModel] | None:
        """The schema model of one of the kind's `data_files` (None: unchecked, or not its)."""
        return resolve_schema(self.data_files.get(file))


def resolve_schema(schema: DataSchema) -> type[BaseModel] | None:
    """A `DataSchema` as its model: a `"package.module:Model"` string is imported."""
    if schema is None or not isinstance(schema, str):
        return schema
    module, _, name = schema.partition(":")
    found = getattr(import_module(module), name, None) if module and name else None
    if not (isinstance(found, type) and issubclass(found, BaseModel)):
        raise ValueError(f"data file schema {schema!r} is not a 'module:Model' pydantic model")
    return found
