"""Record kinds: one package per kind (`kinds/<kind>/`), one registry over them.

A kind's package holds what is specific to it: its record model, its gold key fields and
match rule, its scored attributes, its label and colour, its examples and, optionally, an
extractor of its own with the data files it reads (see `KindSpec`). Gold validation,
evaluation, rendering, the flat outputs, the record order, the records component's rule
files and the data files' schemas iterate over the registry, so adding a kind is its folders
(`kinds/<kind>/`, `patterns/<lang>/<kind>/`, `tests/examples/<kind>.json`) plus one line in
`PACKAGES` below. Registration order is the kinds' order everywhere.
"""

from __future__ import annotations

from importlib import import_module

from .base import RecordBase
from .registry import (
    RecordJsonSchema,
    data_files,
    data_schema,
    get,
    names,
    rank,
    record_adapter,
    record_type,
    register,
    registered,
    unregister,
    validate_record,
    version,
)
from .spec import Attribute, DataSchema, Extractor, KindSpec

__all__ = [
    "PACKAGES",
    "Attribute",
    "DataSchema",
    "Extractor",
    "KindSpec",
    "RecordBase",
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

# One line per kind, in the kinds' order: the name of its package, whose `SPEC` is registered.
PACKAGES = (
    "money",
    "percentage",
    "figure",
    "year",
    "firm",
    "target",
)
for _package in PACKAGES:
    register(import_module(f"{__name__}.{_package}").SPEC)
