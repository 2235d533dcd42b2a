"""Shared test setup."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from nevextract import resources

# The unit factor cache (kinds/figure/units.py) goes to a throw-away folder, not the user's
os.environ.setdefault("NEVEXTRACT_CACHE_DIR", tempfile.mkdtemp(prefix="nevextract-test-cache-"))


@pytest.fixture
def patterns_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of patterns/ that NEVEXTRACT_PATTERNS_DIR points the loaders at."""
    copy = tmp_path / "patterns"
    shutil.copytree(resources.patterns_dir(), copy)
    monkeypatch.setenv(resources.PATTERNS_DIR_ENV, str(copy))
    resources.clear_caches()
    yield copy
    monkeypatch.delenv(resources.PATTERNS_DIR_ENV)
    resources.clear_caches()  # later tests load the real patterns again
