"""Locate the rule data: the package's `pipeline/` and `patterns/`, or a component's own copy.

In a wheel both folders sit inside the package (hatch force-include); in a source checkout they
are top-level folders of the repository. Nothing else in the code needs to know which.

`NEVEXTRACT_PATTERNS_DIR` (read at every call) replaces the `patterns/` folder; after
changing it, call `clear_caches()` so the loaders read the new files.

**Rule sources.** A spaCy component owns its rules: a `RuleSource` (relative path -> file
text, validated when it is made) that it reads in `initialize()`, writes in `to_disk()` and
reads back in `from_disk()`. While the component runs, `source.active()` makes every loader
here (`resolve_pattern_path`, `load_json`, `load_jsonl_numbered`, `load_word_list`) read the
component's copy instead of the package's, and once a source with rules other than the
package's is active, every rule cache of the engines is keyed by the source
(`key_caches_by_source`), so two pipelines with different rules in one process never share a
compiled table. Outside a component the package's files are read, as before.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

from . import pattern_schemas
from .errors import ConfigError

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(str(_PACKAGE_DIR / name), f"the {name}/ data folder is missing")


PATTERNS_DIR_ENV = "NEVEXTRACT_PATTERNS_DIR"


def patterns_dir() -> Path:
    override = os.environ.get(PATTERNS_DIR_ENV)
    if override:
        folder = Path(override)
        if not folder.is_dir():
            raise ConfigError(override, f"{PATTERNS_DIR_ENV} is not a folder")
        return folder
    return _data_dir("patterns")


def pipeline_dir() -> Path:
    return _data_dir("pipeline")


def resolve_pattern_path(path: str | Path) -> Path:
    """A path relative to `patterns/` (as written in config.cfg), or an absolute one.

    While a component's rule source is active, a relative path names the component's copy."""
    p = Path(path)
    if p.is_absolute():
        return p
    source = _ACTIVE.get()
    if source is not None:
        return source.folder() / p
    return package_pattern_path(p)


def package_pattern_path(path: str | Path, lang: str = "en") -> Path:
    """Where the package keeps a rule file: `patterns/<lang>/<path>`, else
    `patterns/common/<path>` (language-independent data), else `patterns/<path>` (a folder in
    the flat layout, e.g. an older `NEVEXTRACT_PATTERNS_DIR`)."""
    root = patterns_dir()
    for folder in (root / lang, root / COMMON_DIR, root):
        candidate = folder / path
        if candidate.exists():
            return candidate
    # missing: name it where the language's files live (a flat folder has no language folder)
    return root / lang / path if (root / lang).is_dir() else root / path


COMMON_DIR = "common"
PROFILE_FILE = "profile.json"
# caches whose value does not depend on the rules (the pipeline itself, codecs, file parsing)
_UNKEYED_MODULES = frozenset({"nevextract.api", "nevextract.doc_codec", "nevextract.resources"})


# ------------------------------------------------------------------------------- rule sources


class RuleSource:
    """A component's own rule files: relative path -> text, in one language.

    Made by `read_rule_source` (each file validated by its schema, errors naming the file it
    came from) or from a saved pipeline. `key` is a digest of the contents, so components with
    identical rules share the engines' compiled tables. The engines read files by path, so
    the files are written once per key to a private temporary folder (`folder()`).
    """

    def __init__(
        self, files: Mapping[str, str], lang: str = "en", origins: Mapping[str, str] | None = None
    ) -> None:
        for name in files:
            _check_rule_name(name)
        self.files: dict[str, str] = dict(sorted(files.items()))
        self.lang = lang
        # where each file was read from, for error messages
        self.origins: dict[str, str] = dict(origins or {})
        digest = hashlib.sha256(lang.encode())
        for name, text in self.files.items():
            digest.update(f"\0{name}\0{len(text)}\0".encode())
            digest.update(text.encode("utf-8"))
        self.key = digest.hexdigest()[:24]

    def __reduce__(self) -> tuple[Any, ...]:
        return (RuleSource, (self.files, self.lang, self.origins))

    def folder(self) -> Path:
        """The files written out under one temporary folder (once per key and process)."""
        folder = _FOLDERS.get(self.key)
        if folder is not None and folder.is_dir():
            return folder
        with _FOLDERS_LOCK:
            folder = _FOLDERS.get(self.key)
            if folder is None or not folder.is_dir():
                folder = Path(tempfile.mkdtemp(prefix=f"nevextract-rules-{self.key[:8]}-"))
                for name, text in self.files.items():
                    file = folder / name
                    file.parent.mkdir(parents=True, exist_ok=True)
                    file.write_text(text, encoding="utf-8")
                _FOLDERS[self.key] = folder
                _MADE_IN[folder] = os.getpid()
        return folder

    @contextmanager
    def active(self) -> Iterator[RuleSource]:
        """Make the loaders read this source (in this thread or task) until the block ends."""
        if not self.same_as_package() and len(sys.modules) != _KEYED_AT[0]:
            key_caches_by_source()
        token = _ACTIVE.set(self)
        try:
            yield self
        except ConfigError as exc:
            raise self._blame_origin(exc) from exc
        finally:
            _ACTIVE.reset(token)

    def same_as_package(self) -> bool:
        """Read from the package's patterns (or the same texts): such a source needs no
        caches of its own, since the package's tables are the same tables. The engines keep
        plain `functools` caches until a source with other rules is first activated."""
        return self.key in _PACKAGE_KEYS

    def _blame_origin(self, exc: ConfigError) -> ConfigError:
        """The error with the file it names in the private folder replaced by its origin."""
        folder = _FOLDERS.get(self.key)
        if folder is None or not Path(exc.path).is_relative_to(folder):
            return exc
        name = Path(exc.path).relative_to(folder).as_posix()
        return ConfigError(self.origins.get(name, name), exc.problem, exc.line)

    def with_package_files(self, names: list[str]) -> RuleSource:
        """This source plus the package's copies of the `names` it lacks (each checked by its
        schema); itself when it lacks none."""
        missing = [name for name in names if name not in self.files]
        if not missing:
            return self
        extra = read_rule_source(missing, self.lang)
        source = RuleSource(
            {**extra.files, **self.files}, self.lang, {**extra.origins, **self.origins}
        )
        if self.same_as_package():
            _note_package_source(source)
        return source

    def profile(self) -> pattern_schemas.LanguageProfile:
        """The language profile carried with the rules."""
        return _parse_profile(self.files[PROFILE_FILE], self.origins.get(PROFILE_FILE, ""))

    def to_disk(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.files.items():
            file = folder / name
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8")
        manifest = {"lang": self.lang, "files": list(self.files)}
        (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1), encoding="utf-8")

    @classmethod
    def from_disk(cls, folder: Path) -> RuleSource:
        manifest_file = folder / MANIFEST_FILE
        text = read_data_file(manifest_file)
        try:
            manifest = json.loads(text)
            names, lang = [str(n) for n in manifest["files"]], str(manifest["lang"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(str(manifest_file), f"bad rules manifest: {exc}") from exc
        return read_rule_source(names, lang, folder=folder)

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "files": self.files}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleSource:
        return cls(data["files"], data["lang"])


MANIFEST_FILE = "rules.json"


def _check_rule_name(name: str) -> None:
    """A rule file name may come from a saved pipeline: never a path outside its folder."""
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or ".." in parts:
        raise ConfigError(name, "a rule file name must be a relative path inside patterns/")


_ACTIVE: ContextVar[RuleSource | None] = ContextVar("nevextract_rule_source", default=None)
# keys of sources read from the package's patterns, and the texts they read (cleared with
# the caches: the package's files may be another folder then, NEVEXTRACT_PATTERNS_DIR)
_PACKAGE_KEYS: set[str] = set()
_PACKAGE_TEXTS: dict[tuple[str, str], str] = {}
_PACKAGE_CHANGED = [False]  # two sources read different package texts (until clear_caches)


def _note_package_source(source: RuleSource) -> None:
    """Remember a source read from the package's folder; if the package's files changed
    under a running process (another NEVEXTRACT_PATTERNS_DIR without `clear_caches`), no
    source counts as the package's any more."""
    for name, text in source.files.items():
        if _PACKAGE_TEXTS.setdefault((source.lang, name), text) != text:
            _PACKAGE_KEYS.clear()
            _PACKAGE_CHANGED[0] = True
            return
    if not _PACKAGE_CHANGED[0]:
        _PACKAGE_KEYS.add(source.key)


_FOLDERS: dict[str, Path] = {}
_FOLDERS_LOCK = threading.Lock()


_MADE_IN: dict[Path, int] = {}  # folder -> the process that wrote it


@atexit.register
def _remove_folders() -> None:
    for folder, pid in _MADE_IN.items():
        if pid == os.getpid():  # a forked child leaves its parent's folders alone
            shutil.rmtree(folder, ignore_errors=True)


def active_source() -> RuleSource | None:
    """The rule source of the component running now, or None (the package's files)."""
    return _ACTIVE.get()


@contextmanager
def package_rules() -> Iterator[None]:
    """Read the package's own files inside this block, whatever component is running."""
    token = _ACTIVE.set(None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def read_rule_source(
    paths: list[str], lang: str = "en", folder: str | Path | None = None
) -> RuleSource:
    """Read and validate rule files (relative paths) into a `RuleSource`; the language
    profile (`profile.json`) always comes with them.

    `folder` is a folder in the same layout as the source's (a saved component); by default
    the package's `patterns/<lang>/` and `patterns/common/`."""
    files: dict[str, str] = {}
    origins: dict[str, str] = {}
    names = [*dict.fromkeys([*paths, PROFILE_FILE])]
    for name in names:
        _check_rule_name(name)
        file = Path(folder) / name if folder is not None else package_pattern_path(name, lang)
        text = read_data_file(file)
        _validate(name, file, text)
        files[name] = text
        origins[name] = str(file)
    source = RuleSource(files, lang, origins)
    if folder is None:
        _note_package_source(source)
    return source


def _validate(name: str, file: Path, text: str) -> None:
    """Check a rule file by its schema (JSON and JSON Lines files); errors name the file."""
    if name.endswith(".jsonl"):
        _load_jsonl_text(name, file, text)
    elif name == PROFILE_FILE:
        _parse_profile(text, str(file))
    elif name.endswith(".json"):
        _parse_json(name, file, text)


def load_profile(lang: str = "en") -> pattern_schemas.LanguageProfile:
    """The language profile: the running component's, else the package's
    `patterns/<lang>/profile.json` (keyed by `nlp.lang`)."""
    source = _ACTIVE.get()
    if source is not None and PROFILE_FILE in source.files:
        return source.profile()
    file = patterns_dir() / lang / PROFILE_FILE
    return _parse_profile(read_data_file(file), str(file))


@functools.lru_cache(maxsize=16)
def _parse_profile(text: str, path: str) -> pattern_schemas.LanguageProfile:
    data = _parse_json(PROFILE_FILE, Path(path), text)
    return pattern_schemas.language_profile(data)


# ------------------------------------------------------------------- caches keyed by source

_KEYED_AT = [0]  # len(sys.modules) when the caches were last keyed
_KEYED_LOCK = threading.Lock()


def _keyed(original: Any) -> Callable[..., Any]:
    """A drop-in for a `functools.cache`/`lru_cache` function whose entries are kept apart
    per rule source: the original cache serves the package's files, a fresh one each source."""
    wrapped = original.__wrapped__
    maxsize = original.cache_parameters()["maxsize"]
    per_source: dict[str, Any] = {}

    def call(*args: Any, **kwargs: Any) -> Any:
        source = _ACTIVE.get()
        if source is None or source.key in _PACKAGE_KEYS:
            return original(*args, **kwargs)
        fn = per_source.get(source.key)
        if fn is None:
            fn = per_source.setdefault(source.key, functools.lru_cache(maxsize)(wrapped))
        return fn(*args, **kwargs)

    def cache_clear() -> None:
        original.cache_clear()
        per_source.clear()

    functools.update_wrapper(call, original)
    call.cache_clear = cache_clear  # type: ignore[attr-defined]
    call.nevextract_keyed = True  # type: ignore[attr-defined]
    return call


def key_caches_by_source() -> None:
    """Key every rule cache of the loaded nevextract modules by the active rule source.

    The engines cache what they build from the rules (`functools.cache` on a loader, an
    `lru_cache` over text whose answer depends on the rules). Each such function, wherever a
    module holds it, is replaced by `_keyed(function)`, so the seam stays in this module and
    the engines keep plain `functools` caches. Runs when a rule source with other rules than
    the package's is activated and more modules have been imported since the last run; until
    then no call pays for the keying (a pipeline built from the package's patterns, the usual
    case, never does)."""
    with _KEYED_LOCK:
        modules = [
            (name, module)
            for name, module in list(sys.modules.items())
            if module is not None and (name == "nevextract" or name.startswith("nevextract."))
        ]
        replaced: dict[int, Callable[..., Any]] = {}
        new: Callable[..., Any] | None
        for name, module in modules:
            if name in _UNKEYED_MODULES:
                continue
            for attr, obj in list(vars(module).items()):
                if (
                    isinstance(obj, functools._lru_cache_wrapper)
                    and getattr(obj, "__module__", None) == name
                ):
                    new = _keyed(obj)
                    replaced[id(obj)] = new
                    setattr(module, attr, new)
        if replaced:  # other modules that imported one of them by name
            for _, module in modules:
                for attr, obj in list(vars(module).items()):
                    new = replaced.get(id(obj))
                    if new is not None:
                        setattr(module, attr, new)
        _KEYED_AT[0] = len(sys.modules)


def rule_name(path: str | Path) -> str:
    """The name the code gives a file under `patterns/` (e.g. `en/numeric/lexicon.json` ->
    `numeric/lexicon.json`): without its language or `common/` folder."""
    parts = Path(path).as_posix().split("/", 1)
    if len(parts) == 2 and (
        parts[0] == COMMON_DIR or (patterns_dir() / parts[0] / PROFILE_FILE).is_file()
    ):
        return parts[1]
    return parts[0] if len(parts) == 1 else "/".join(parts)


def clear_caches() -> None:
    """Forget every cached loader (pattern, lexicon and rate tables) and the built pipeline.

    Every `functools.cache` function defined in a nevextract module is cleared, so a loader
    added later needs no registration.
    """
    _PACKAGE_KEYS.clear()
    _PACKAGE_TEXTS.clear()
    _PACKAGE_CHANGED[0] = False
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "nevextract" or name.startswith("nevextract.")):
            continue
        for obj in list(vars(module).values()):
            if callable(getattr(obj, "cache_clear", None)) and (
                getattr(obj, "__module__", None) == name
            ):
                obj.cache_clear()


def read_data_file(file: Path) -> str:
    """A data file's UTF-8 text; a missing or unreadable file is a ConfigError."""
    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(str(file), "file not found") from exc
    except UnicodeDecodeError as exc:
        line = file.read_bytes()[: exc.start].count(b"\n") + 1
        raise ConfigError(str(file), f"not valid UTF-8: {exc.reason}", line) from exc
    except OSError as exc:
        raise ConfigError(str(file), f"cannot read file: {exc.strerror or exc}") from exc


def load_json(path: str) -> Any:
    """Parse a JSON data file once and check it against its schema (`pattern_schemas`);
    errors name the file, line and key."""
    return _load_json(path, str(resolve_pattern_path(path)))


@cache
def _load_json(name: str, path: str) -> Any:
    file = Path(path)
    return _parse_json(name, file, read_data_file(file))


def _parse_json(name: str, file: Path, text: str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(str(file), f"invalid JSON: {exc.msg}", exc.lineno) from exc
    try:
        pattern_schemas.check(name, data)
    except pattern_schemas.SchemaProblem as exc:
        raise ConfigError(str(file), exc.problem, _line_of_key(text, exc.key)) from None
    return data


def _line_of_key(text: str, key: str | None) -> int | None:
    """The line where a (dotted) key's last name first appears as a JSON key."""
    if not key:
        return None
    name = key.split(".")[-1]
    at = text.find(json.dumps(name) + ":")
    if at < 0 and not name.isdigit():
        at = text.find(json.dumps(key.split(".")[0]))
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Parse a JSON Lines pattern file; every line must be an object with an `id`."""
    return [row for _, row in load_jsonl_numbered(path)]


def load_jsonl_numbered(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """`load_jsonl` with the file line number of each row (blank lines are skipped)."""
    file = resolve_pattern_path(path)
    return _load_jsonl_text(str(path), file, read_data_file(file))


def jsonl_lines(file: Path, text: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) of each non-blank line of a JSONL file's text; invalid
    JSON is a ConfigError naming the file and line."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(str(file), f"invalid JSON: {exc.msg}", lineno) from exc


def _load_jsonl_text(path: str, file: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    for lineno, row in jsonl_lines(file, text):
        if not isinstance(row, dict) or "id" not in row:
            raise ConfigError(str(file), "each line must be an object with an 'id'", lineno)
        try:
            pattern_schemas.check(path, row, row=True)
        except pattern_schemas.SchemaProblem as exc:
            raise ConfigError(str(file), exc.problem, lineno) from None
        rows.append((lineno, row))
    return rows


def load_word_list(path: str | Path) -> list[str]:
    """One entry per line; `#` starts a comment line."""
    text = read_data_file(resolve_pattern_path(path))
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]
