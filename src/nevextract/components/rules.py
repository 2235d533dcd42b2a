"""What every nevextract component shares: it owns its rule files, as spaCy's SpanRuler owns
its patterns.

A component declares the files its stage reads (`rule_files`, paths relative to `patterns/`);
`initialize()` takes them from the `[initialize.components.<name>.rules]` reader
(`nevextract.rules.v1`), or from the package when none is given; `to_disk()` writes them
under `<component>/rules/` and `from_disk()` reads them back, so a saved pipeline carries
every rule it runs with. While the component runs, its `RuleSource` is the one the rule
engines read (see `resources`).

The component that runs the kinds' own extractors (`runs_kind_extractors`: the records
component, and the all-in-one `nevextract`) also owns the data files the registered kinds
declare (`KindSpec.data_files`), so no config lists them: those its reader does not give are
read from the package, and a kind registered after the component was built brings its files
when the component next runs. They are saved with the component like its own.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from spacy.tokens import Doc
from spacy.util import SimpleFrozenList

from .. import kinds
from ..errors import ConfigError
from ..resources import PROFILE_FILE, RuleSource, read_rule_source

RULES_DIR = "rules"


class RuleOwner:
    """Base of the nevextract components: rule ownership and serialisation.

    Subclasses set `rule_files`, implement `process(doc)` and may build their compiled
    tables in `load_rules()` (run with the rules active), so a malformed file fails when the
    pipeline loads, not at the first article that needs it.
    """

    rule_files: ClassVar[tuple[str, ...]] = ()
    # the stage runs the registered kinds' extractors, so it owns their data files too
    runs_kind_extractors: ClassVar[bool] = False

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self._rules: RuleSource | None = None
        self._rules_lock = threading.Lock()
        self._kinds_version = -1  # the registry's version when the rules were set

    # ------------------------------------------------------------------------------ rules

    def needed_files(self) -> tuple[str, ...]:
        """Every file the component owns: `rule_files`, and for the stage that runs the kinds'
        extractors the data files the registered kinds declare."""
        if not self.runs_kind_extractors:
            return self.rule_files
        return tuple(dict.fromkeys([*self.rule_files, *kinds.data_files()]))

    @property
    def rules(self) -> RuleSource:
        """The component's rules (the package's files until `initialize` or `from_disk`)."""
        if self._rules is None or (
            self.runs_kind_extractors and self._kinds_version != kinds.version()
        ):
            with self._rules_lock:
                if self._rules is None:
                    self.set_rules(read_rule_source(list(self.needed_files()), self.lang))
                elif self.runs_kind_extractors and self._kinds_version != kinds.version():
                    # a kind came (or went) since: own the data files it declares
                    self.set_rules(self._rules)
        assert self._rules is not None
        return self._rules

    def set_rules(self, rules: RuleSource) -> None:
        """Own `rules` from now on; every declared file (and the profile) must be there. The
        kinds' data files it lacks are read from the package."""
        missing = [f for f in (*self.rule_files, PROFILE_FILE) if f not in rules.files]
        if missing:
            where = next(iter(rules.origins.values()), type(self).__name__)
            raise ConfigError(where, f"{type(self).__name__} needs the rule files {missing}")
        version = kinds.version()
        rules = rules.with_package_files(list(self.needed_files()))
        if rules is not self._rules:
            with rules.active():
                self.load_rules()
        self._rules = rules
        self._kinds_version = version

    def load_rules(self) -> None:
        """Build the stage's rule tables now (called with the rules active)."""

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Any = None,
        rules: Any = None,
    ) -> None:
        """Load the rules: `rules` (a `RuleSource`, e.g. from `[initialize.components]`), else
        the package's copy of `needed_files()`."""
        if rules is None:
            rules = read_rule_source(list(self.needed_files()), self.lang)
        if not isinstance(rules, RuleSource):
            raise ConfigError("rules", f"expected a rule source, got {type(rules).__name__}")
        self.set_rules(rules)

    # ------------------------------------------------------------------------------ running

    def __call__(self, doc: Doc) -> Doc:
        with self.rules.active():
            return self.process(doc)

    def process(self, doc: Doc) -> Doc:
        raise NotImplementedError

    # ------------------------------------------------------------------------------ serialisation

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        self.rules.to_disk(Path(path) / RULES_DIR)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> Any:
        folder = Path(path) / RULES_DIR
        if folder.is_dir():
            self.set_rules(RuleSource.from_disk(folder))
        return self

    def _state(self) -> dict[str, Any]:
        return {"lang": self.lang, "rules": self.rules.to_dict()}

    def _set_state(self, state: dict[str, Any]) -> None:
        self.lang = state["lang"]
        self.set_rules(RuleSource.from_dict(state["rules"]))

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        return json.dumps(self._state(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> Any:
        self._set_state(json.loads(bytes_data.decode("utf-8")))
        return self

    def __getstate__(self) -> dict[str, Any]:
        # pickling (`nlp.pipe(n_process=2)` under spawn): settings and rules, not the lock
        # the registry's version is this process's: the other checks the kinds anew
        skip = ("_rules_lock", "_rules", "_kinds_version")
        state = {k: v for k, v in vars(self).items() if k not in skip}
        state["_rules"] = self._rules
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        vars(self).update(state)
        self._rules_lock = threading.Lock()
        self._kinds_version = -1
