"""How nevextract's values on `doc._` cross process boundaries.

spaCy sends docs between processes (`nlp.pipe(n_process=2)`) and stores them (`DocBin`,
`doc.to_bytes`) with srsly's msgpack, which knows only plain data. srsly lets a package add
encoders and decoders (its `msgpack_encoders` / `msgpack_decoders` registries, also read
from entry points); these two turn our records, article metadata and dates into tagged maps
and back, so `doc._.records` and `doc._.article` survive the trip as the same objects.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from pydantic import BaseModel

_MODEL_TAG = "__nevextract_model__"
_DATE_TAG = "__nevextract_date__"


@cache
def _models() -> dict[str, type[BaseModel]]:
    from . import models

    classes = (c for c in vars(models).values() if isinstance(c, type))
    return {
        c.__name__: c
        for c in classes
        if issubclass(c, BaseModel) and c.__module__ == models.__name__
    }


def _model(name: str) -> type[BaseModel] | None:
    """A model of `nevextract.models`, or a record model of a registered kind."""
    from . import kinds

    found = _models().get(name)
    if found is None:
        found = next((s.model for s in kinds.registered() if s.model.__name__ == name), None)
    return found


def encode(obj: Any, chain: Any = None) -> Any:
    """srsly msgpack encoder: a nevextract model or a date becomes a tagged map."""
    if isinstance(obj, BaseModel) and _model(type(obj).__name__) is type(obj):
        return {_MODEL_TAG: type(obj).__name__, "data": obj.model_dump(mode="json")}
    if isinstance(obj, date):
        return {_DATE_TAG: obj.isoformat()}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Any = None) -> Any:
    """srsly msgpack decoder: the inverse of `encode`; other maps pass through."""
    if isinstance(obj, dict):
        name = obj.get(_MODEL_TAG)
        if name is not None:
            model = _model(name)
            if model is None:
                raise ValueError(f"no nevextract model {name!r} (an unregistered record kind?)")
            return model.model_validate(obj["data"])
        iso = obj.get(_DATE_TAG)
        if iso is not None:
            return date.fromisoformat(iso)
    return obj if chain is None else chain(obj)


def register() -> None:
    """Add the codec to srsly's registries (idempotent; entry points do it without import)."""
    import srsly.msgpack

    srsly.msgpack.msgpack_encoders.register("nevextract", func=encode)
    srsly.msgpack.msgpack_decoders.register("nevextract", func=decode)
