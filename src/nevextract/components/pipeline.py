"""`nevextract`: every extraction stage in one component, for any English spaCy pipeline.

`nlp.add_pipe("nevextract")` gives `doc._.records` and typed spans in `doc.spans["nevextract"]`
with the same records as `nevextract.extract(doc.text)`. The component carries its own firm
lexicon: a private blank English tokenizer and span ruler, so matches never depend on the
host pipeline's tokenizer. Everything it exchanges with the host doc is a character offset
(the article text, ORG entities in, record spans out). The lexicon patterns are read from
`patterns/` (through the registered `nevextract.patterns.v1` reader) on `initialize()` or on
first use, and saved with the component, so `nlp.to_disk()` / `spacy.load()` round-trip
with the patterns inside.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList, registry

from ..extraction import (
    find_amount_records,
    find_firm_records,
    find_target_records,
    read_article,
)
from ..normalizers.firms import LexiconSpan
from .firms import org_candidates
from .records import RecordWriter

DEFAULT_PATTERN_PATHS: tuple[str, ...] = ("firms/companies.jsonl", "firms/not_firms.jsonl")
PATTERNS_READER = "nevextract.patterns.v1"
LEXICON_KEY = "nevextract_lexicon"
# The same span ruler settings as `firm_lexicon` in pipeline/config.cfg.
_RULER_CONFIG: dict[str, Any] = {
    "spans_key": LEXICON_KEY,
    "overwrite": False,
    "validate": True,
    "phrase_matcher_attr": None,
}
_PATTERNS_FILE = "patterns.jsonl"


def default_patterns() -> list[dict[str, Any]]:
    """The shipped firm lexicon, read by the registered `nevextract.patterns.v1` reader."""
    reader: Callable[[list[str]], list[dict[str, Any]]] = registry.misc.get(PATTERNS_READER)
    return reader(list(DEFAULT_PATTERN_PATHS))


class NevExtract:
    """Reads the article, finds firms, amounts and targets, and writes the records."""

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "nevextract",
        *,
        spans_key: str = "nevextract",
        use_ner_orgs: bool = False,
    ) -> None:
        import spacy

        self.name = name
        self.spans_key = spans_key
        self.use_ner_orgs = use_ner_orgs
        # A private tokenizer: lexicon matches are the same whatever the host tokenizes.
        self._lexicon_nlp = spacy.blank("en")
        ruler = self._lexicon_nlp.add_pipe("span_ruler", config=dict(_RULER_CONFIG))
        assert isinstance(ruler, SpanRuler)
        self._ruler = ruler
        self._patterns: list[dict[str, Any]] = []
        self._loaded = False
        self._lock = threading.RLock()
        self._warned_no_ents = False
        self._writer = RecordWriter(spans_key)

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
        nlp: Language | None = None,
        patterns: Iterable[dict[str, Any]] | None = None,
    ) -> None:
        """Load the lexicon: `patterns` if given (e.g. from `[initialize.components]`),
        else the shipped pattern files."""
        self.set_patterns(default_patterns() if patterns is None else patterns)

    def _ensure_patterns(self) -> None:
        with self._lock:
            if not self._loaded:
                self.initialize()

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
                stacklevel=2,
            )
        return org_candidates(doc)

    def __call__(self, doc: Doc) -> Doc:
        ctx = read_article(doc.text, doc._.nevextract_published)
        doc._.nevextract = ctx
        find_firm_records(ctx, self._lexicon(ctx.text), extra_candidates=self._orgs(doc))
        find_amount_records(ctx)
        find_target_records(ctx)
        return self._writer(doc)

    # ------------------------------------------------------------------ serialisation

    def __getstate__(self) -> dict[str, Any]:
        # For pickling (`nlp.pipe(..., n_process=2)`): settings and patterns, not the lock.
        return {
            "name": self.name,
            "spans_key": self.spans_key,
            "use_ner_orgs": self.use_ner_orgs,
            "patterns": self._patterns if self._loaded else None,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            None, state["name"], spans_key=state["spans_key"], use_ner_orgs=state["use_ner_orgs"]
        )
        if state["patterns"] is not None:
            self.set_patterns(state["patterns"])

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        return json.dumps({"patterns": self.patterns}, ensure_ascii=False).encode("utf-8")

    def from_bytes(
        self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()
    ) -> NevExtract:
        self.set_patterns(json.loads(bytes_data.decode("utf-8"))["patterns"])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        lines = (json.dumps(p, ensure_ascii=False) + "\n" for p in self.patterns)
        (folder / _PATTERNS_FILE).write_text("".join(lines), encoding="utf-8")

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()
    ) -> NevExtract:
        file = Path(path) / _PATTERNS_FILE
        if file.exists():
            lines = file.read_text(encoding="utf-8").splitlines()
            self.set_patterns(json.loads(line) for line in lines if line.strip())
        return self
