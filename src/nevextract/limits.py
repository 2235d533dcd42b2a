"""Limits that keep one hostile article from hanging a worker."""

from __future__ import annotations

# seconds a regex scan over text that grows with the article may run (the `regex` module's
# `timeout=`); an article that hits it is an ArticleError, not a crash (see api.extract)
MATCH_TIMEOUT_S = 5.0
