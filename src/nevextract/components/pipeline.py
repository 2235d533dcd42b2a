"""`nevextract`: every extraction stage in one component, for any English spaCy pipeline.

`nlp.add_pipe("nevextract")` gives `doc._.records` and typed spans in `doc.spans["nevextract"]`
with the same records as `nevextract.extract(doc.text)`. The component carries its own firm
lexicon: a private blank tokenizer and span ruler, so matches never depend on the host
pipeline's tokenizer. Everything it exchanges with the host doc is a character offset
(the article text, ORG entities in, record spans out).

It owns every rule the stages read (the union of their `rule_files`, plus the data files the
registered kinds declare for the extractors the records stage runs) and the lexicon
patterns: both are read on `initialize()` (or on first use) and saved with the component, so
`nlp.to_disk()` / `spacy.load()` round-trip with every rule inside. The stages run in the
order `pipeline/config.cfg` gives the shipped pipeline (`stage_order()`): the order is
written once.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList, load_config, registry

from ..extraction import find_firm_records
from ..kinds.firm.rules import LexiconSpan
from ..resources import package_rules, pipeline_dir
from .amounts import AmountFinder
from .article import ArticleReader
from .firms import FirmFinder, org_candidates
from .records import RecordWriter
from .rules import RuleOwner
from .targets import TargetFinder

DEFAULT_PATTERN_PATHS: tuple[str, ...] = ("firms/companies.jsonl", "firms/not_firms.jsonl")
PATTERNS_READER = "nevextract.patterns.v1"
LEXICON_KEY = "nevextract_lexicon"
LEXICON_STAGE = "firm_lexicon"
# The same span ruler settings as `firm_lexicon` in pipeline/config.cfg.
_RULER_CONFIG: dict[str, Any] = {
    "spans_key": LEXICON_KEY,
    "overwrite": False,
    "validate": True,
    "phrase_matcher_attr": None,
}
_PATTERNS_FILE = "patterns.jsonl"
# the stage components by their names in pipeline/config.cfg
STAGES: dict[str, type[RuleOwner]] = {
    "article": ArticleReader,
    "firms": FirmFinder,
    "amounts": AmountFinder,
    "targets": TargetFinder,
    "records": RecordWriter,
}


@cache
def stage_order() -> tuple[str, ...]:
    """The stages in the order of the shipped pipeline (`[nlp] pipeline` of config.cfg),
    without the firm lexicon, which this component runs on its private tokenizer."""
    names = load_config(pipeline_dir() / "config.cfg")["nlp"]["pipeline"]
    order = tuple(n for n in names if n != LEXICON_STAGE)
    if sorted(order) != sorted(STAGES):
        raise ValueError(f"pipeline/config.cfg names stages {order}, expected {tuple(STAGES)}")
    return order


def default_patterns() -> list[dict[str, Any]]:
    """The shipped firm lexicon, read by the registered `nevextract.patterns.v1` reader."""
    reader: Callable[[list[str]], list[dict[str, Any]]] = registry.misc.get(PATTERNS_READER)
    return reader(list(DEFAULT_PATTERN_PATHS))


class NevExtract(RuleOwner):
    """Reads the article, finds firms, amounts and targets, and writes the records."""

    rule_files: ClassVar[tuple[str, ...]] = tuple(
        sorted({f for stage in STAGES.values() for f in stage.rule_files})
    )
    # it runs the records stage, so it owns the kinds' data files too
    runs_kind_extractors: ClassVar[bool] = any(s.runs_kind_extractors for s in STAGES.values())

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "nevextract",
        *,
        spans_key: str = "nevextract",
        use_ner_orgs: bool = False,
        lang: str | None = None,
    ) -> None:
        import spacy

        super().__init__(lang or (nlp.lang if nlp is not None else None) or "en")
        self.name = name
        self.spans_key = spans_key
        self.use_ner_orgs = use_ner_orgs
        # A private tokenizer: lexicon matches are the same whatever the host tokenizes.
        self._lexicon_nlp = spacy.blank(self.lang)
        ruler = self._lexicon_nlp.add_pipe("span_ruler", config=dict(_RULER_CONFIG))
        assert isinstance(ruler, SpanRuler)
        self._ruler = ruler
        self._patterns: list[dict[str, Any]] = []
        self._loaded = False
        self._lock = threading.RLock()
        self._warned_no_ents = False
        # the stages as plain objects: this component activates the rules they all read
        parts: dict[str, RuleOwner] = {
            "article": ArticleReader(self.lang),
            "firms": FirmFinder(LEXICON_KEY, use_ner_orgs, self.lang),
            "amounts": AmountFinder(self.lang),
            "targets": TargetFinder(self.lang),
            "records": RecordWriter(spans_key, self.lang),
        }
        self._parts = [parts[n] for n in stage_order()]
        self._stages = [
            self._find_firms if n == "firms" else parts[n].process for n in stage_order()
        ]

    def load_rules(self) -> None:
        for part in self._parts:
            part.load_rules()

    # ------------------------------------------------------------------ patterns

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The firm lexicon patterns (loading the shipped ones if none are set yet)."""
        self._ensure_patterns()
        return list(self._patterns)

    def set_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Replace the lexicon; each pattern needs `label`, `pattern` and `id`."""
        rows = [dict(p) for p in patterns]
        with self._lock:
            self._ruler.clear()
            self._ruler.add_patterns(rows)
            self._patterns = rows
            self._loaded = True

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Any = None,
        rules: Any = None,
        patterns: Iterable[dict[str, Any]] | None = None,
    ) -> None:
        """Load the rules and the lexicon: `rules` and `patterns` if given (e.g. from
        `[initialize.components]`), else the shipped files."""
        super().initialize(get_examples, nlp=nlp, rules=rules)
        self.set_patterns(default_patterns() if patterns is None else patterns)

    def _ensure_patterns(self) -> None:
        with self._lock:
            if not self._loaded:
                with package_rules():  # the shipped lexicon, even while the stages run
                    self.set_patterns(default_patterns())

    # ------------------------------------------------------------------ processing

    def _lexicon(self, text: str) -> list[LexiconSpan]:
        self._ensure_patterns()
        private = self._ruler(self._lexicon_nlp.make_doc(text))
        spans = private.spans.get(LEXICON_KEY, [])
        return [LexiconSpan(s.start_char, s.end_char, s.label_, s.id_) for s in spans]

    def _orgs(self, doc: Doc) -> list[LexiconSpan]:
        if not self.use_ner_orgs:
            return []
        if not doc.has_annotation("ENT_IOB") and not self._warned_no_ents:
            self._warned_no_ents = True
            warnings.warn(
                f"{self.name}: use_ner_orgs is set but the doc has no entities; put an NER "
                "component before nevextract in the pipeline",
                stacklevel=3,
            )
        return org_candidates(doc)

    def _find_firms(self, doc: Doc) -> Doc:
        ctx = doc._.nevextract
        find_firm_records(ctx, self._lexicon(ctx.text), extra_candidates=self._orgs(doc))
        return doc

    def process(self, doc: Doc) -> Doc:
        for stage in self._stages:
            doc = stage(doc)
        return doc

    # ------------------------------------------------------------------ serialisation

    def __getstate__(self) -> dict[str, Any]:
        # For pickling (`nlp.pipe(..., n_process=2)`): settings, rules and patterns.
        return {
            "name": self.name,
            "spans_key": self.spans_key,
            "use_ner_orgs": self.use_ner_orgs,
            "lang": self.lang,
            "rules": self._rules,
            "patterns": self._patterns if self._loaded else None,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            None,
            state["name"],
            spans_key=state["spans_key"],
            use_ner_orgs=state["use_ner_orgs"],
            lang=state["lang"],
        )
        if state["rules"] is not None:
            self.set_rules(state["rules"])
        if state["patterns"] is not None:
            self.set_patterns(state["patterns"])

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        data = {"patterns": self.patterns, **self._state()}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    def from_bytes(
        self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()
    ) -> NevExtract:
        data = json.loads(bytes_data.decode("utf-8"))
        self._set_state(data)
        self.set_patterns(data["patterns"])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        super().to_disk(path, exclude=exclude)
        folder = Path(path)
        lines = (json.dumps(p, ensure_ascii=False) + "\n" for p in self.patterns)
        (folder / _PATTERNS_FILE).write_text("".join(lines), encoding="utf-8")

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()
    ) -> NevExtract:
        super().from_disk(path, exclude=exclude)
        file = Path(path) / _PATTERNS_FILE
        if file.exists():
            lines = file.read_text(encoding="utf-8").splitlines()
            self.set_patterns(json.loads(line) for line in lines if line.strip())
        return self
