"""The fingerprint of what made a result: nevextract's version plus a hash of its rules.

Stored with every article a batch writes (`article.fingerprint`), so that resuming an output
after a pattern, config or code change does not silently keep results the old rules made.
The rules are every file of `patterns/` (or `NEVEXTRACT_PATTERNS_DIR`), the pipeline config
and the package's own Python source (normalisers are rules written as code) and JSON/JSONL data
(a record kind may keep its pattern data in its package, `kinds/<kind>/`).
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from .resources import patterns_dir, pipeline_dir

_PACKAGE_DIR = Path(__file__).resolve().parent


def version() -> str:
    try:
        return metadata.version("nevextract")
    except metadata.PackageNotFoundError:  # a bare source tree
        return "0+unknown"


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)


def rules_fingerprint() -> str:
    """`VERSION+HASH`: HASH covers the name and bytes of every rule file (16 hex digits)."""
    digest = hashlib.sha256()
    roots = [
        ("patterns", patterns_dir(), "*"),
        ("pipeline", pipeline_dir(), "*"),
        ("code", _PACKAGE_DIR, "*.py"),
        ("code", _PACKAGE_DIR, "*.json"),
        ("code", _PACKAGE_DIR, "*.jsonl"),
    ]
    for label, root, pattern in roots:
        for file in _files(root, pattern):
            digest.update(f"{label}/{file.relative_to(root).as_posix()}\0".encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return f"{version()}+{digest.hexdigest()[:16]}"
