"""Shared test setup."""

from __future__ import annotations

import os
import tempfile

# The unit factor cache (normalizers/units.py) goes to a throw-away folder, not the user's
os.environ.setdefault("NEVEXTRACT_CACHE_DIR", tempfile.mkdtemp(prefix="nevextract-test-cache-"))
