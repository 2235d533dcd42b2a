"""nevextract: structured records from China NEV, auto and battery industry news.

    >>> import nevextract
    >>> result = nevextract.extract("BYD sold 3 million cars in 2023.")  # doctest: +SKIP

Importing the package is cheap: spaCy and pint load on the first `load()` / `extract()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ArticleError, ConfigError, GoldError, NevextractError
from .models import ExtractionResult

if TYPE_CHECKING:
    from .api import extract, extract_file, load
    from .evaluate import evaluate

__all__ = [
    "ArticleError",
    "ConfigError",
    "ExtractionResult",
    "GoldError",
    "NevextractError",
    "evaluate",
    "extract",
    "extract_file",
    "load",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Lazy attributes keep `import nevextract` free of spaCy's start-up cost.
    if name in ("extract", "extract_file", "load"):
        from . import api

        return getattr(api, name)
    if name == "evaluate":
        from .evaluate import evaluate

        return evaluate
    raise AttributeError(f"module 'nevextract' has no attribute {name!r}")
