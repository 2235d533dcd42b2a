"""The kind registry: one ordered table of `KindSpec`s that the rest of nevextract reads.

Registration order is the kinds' order everywhere: scores, legends, columns, and the tie
break between records at the same offset.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Mapping
from functools import cache
from pathlib import PurePosixPath
from typing import Annotated, Any, cast

from pydantic import BaseModel, Field, GetJsonSchemaHandler, TypeAdapter
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from .base import RecordBase
from .spec import DataSchema, KindSpec

__all__ = [
    "RecordJsonSchema",
    "data_files",
    "data_schema",
    "get",
    "names",
    "rank",
    "record_adapter",
    "record_type",
    "register",
    "registered",
    "unregister",
    "validate_record",
    "version",
]

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_KINDS: dict[str, KindSpec] = {}
_version = 0  # bumped on every change, so derived tables are rebuilt


def register(spec: KindSpec) -> KindSpec:
    """Add a kind (last in order). Raises `ValueError` if its name is taken."""
    global _version
    if not _NAME.fullmatch(spec.name):  # it becomes a CSS class and a column value
        raise ValueError(f"record kind name {spec.name!r} must match {_NAME.pattern}")
    if spec.name in _KINDS:
        raise ValueError(f"record kind {spec.name!r} is already registered")
    if spec.model.model_fields.get("kind") is None or spec.model.model_fields["kind"].default != (
        spec.name
    ):
        raise ValueError(f"{spec.model.__name__} needs `kind: Literal[{spec.name!r}]`")
    for file, schema in spec.data_files.items():
        _check_data_file(spec.name, file, schema)
    _KINDS[spec.name] = spec
    _version += 1
    return spec


def unregister(name: str) -> None:
    """Remove a kind (for tests that register a throwaway one)."""
    global _version
    del _KINDS[name]
    _version += 1


def version() -> int:
    """A number that changes whenever a kind is registered or removed (a cache key)."""
    return _version


def _check_data_file(kind: str, file: str, schema: DataSchema) -> None:
    """A kind's data file is a rule name inside its own data folder (`<kind>/...`, so no two
    kinds, and no built-in stage, declare the same file); a JSON file needs a schema."""
    path = PurePosixPath(file)
    if path.is_absolute() or ".." in path.parts or path.parts[:1] != (kind,) or len(path.parts) < 2:
        raise ValueError(
            f"record kind {kind!r}: data file {file!r} must be a path inside its folder, "
            f"'{kind}/<file>' (patterns/<lang>/{kind}/<file>)"
        )
    if schema is None and path.suffix in (".json", ".jsonl"):
        raise ValueError(f"record kind {kind!r}: data file {file!r} needs a schema")


def get(name: str) -> KindSpec | None:
    """The kind called `name`, or None."""
    return _KINDS.get(name)


def registered() -> tuple[KindSpec, ...]:
    """Every registered kind, in order."""
    return _tables(_version)[0]


def names() -> tuple[str, ...]:
    """The names of the registered kinds, in order."""
    return _tables(_version)[1]


def rank() -> dict[str, int]:
    """Each kind's position: breaks ties between records at the same offsets."""
    return _tables(_version)[2]


def record_type() -> Any:
    """The discriminated union of the registered record models (pydantic, by `kind`)."""
    return _tables(_version)[3]


def record_adapter() -> TypeAdapter[RecordBase]:
    """A validator of one record of any registered kind."""
    return _adapter(_version)


@cache
def _tables(
    version: int,
) -> tuple[tuple[KindSpec, ...], tuple[str, ...], dict[str, int], Any]:
    specs = tuple(_KINDS.values())
    models = tuple(spec.model for spec in specs)
    union: Any = functools.reduce(operator.or_, models) if models else RecordBase
    if len(models) > 1:  # a one-kind registry is no union
        union = cast(Any, Annotated)[union, Field(discriminator="kind")]
    return specs, tuple(_KINDS), {name: i for i, name in enumerate(_KINDS)}, union


def data_files() -> Mapping[str, KindSpec]:
    """Every data file a registered kind declares (`KindSpec.data_files`), by rule name, with
    the kind that declares it, in the kinds' order."""
    return _data_files(_version)


def data_schema(file: str) -> type[BaseModel] | None:
    """The schema a registered kind declares for `file` (a rule name), or None."""
    spec = _data_files(_version).get(file)
    return None if spec is None else spec.schema(file)


@cache
def _data_files(version: int) -> dict[str, KindSpec]:
    return {file: spec for spec in _tables(version)[0] for file in spec.data_files}


@cache
def _adapter(version: int) -> TypeAdapter[RecordBase]:
    return TypeAdapter(_tables(version)[3])


def validate_record(value: Any) -> Any:
    """A record of any registered kind: a record model passes as it is, a mapping is
    validated by the model its `kind` names."""
    if isinstance(value, RecordBase):
        return value
    return record_adapter().validate_python(value)


class RecordJsonSchema:
    """The JSON schema of a record field: the union of the registered kinds' models."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return handler(record_adapter().core_schema)
