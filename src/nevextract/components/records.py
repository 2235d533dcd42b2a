"""`nevextract_records_v1`: puts the records on `doc._.records` and typed spans in `doc.spans`."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Doc, Span

from ..extraction import article_meta, ordered_records, run_kind_extractors
from .article import stage_context
from .rules import RuleOwner


class RecordWriter(RuleOwner):
    """Runs the extractors of the kinds that bring their own (`KindSpec.extract`), so it owns
    the data files they declare (`KindSpec.data_files`, taken from the registry); it reads no
    rule file of its own, and carries the language profile like every stage."""

    runs_kind_extractors: ClassVar[bool] = True

    def __init__(self, spans_key: str, lang: str = "en") -> None:
        super().__init__(lang)
        self.spans_key = spans_key

    def process(self, doc: Doc) -> Doc:
        ctx = stage_context(doc)
        run_kind_extractors(ctx)  # kinds with an extractor of their own (`nevextract.kinds`)
        records = ordered_records(ctx)
        doc._.records = records
        doc._.article = article_meta(ctx)
        # the stage context is working state: plain results only leave the pipeline, so a
        # doc pickles, goes through DocBin and crosses processes (`nlp.pipe(n_process=2)`)
        doc._.nevextract = None
        # a Span given a string label or id hashes it into the vocab each time; the few
        # distinct strings are added once per doc (not across docs: a memory zone frees them)
        add = doc.vocab.strings.add
        ids: dict[str, int] = {}
        spans: list[Span] = []
        for r in records:
            label = ids.get(r.kind)
            if label is None:
                label = ids[r.kind] = add(r.kind)
            rule = r.rule_id or ""
            span_id = ids.get(rule)
            if span_id is None:
                span_id = ids[rule] = add(rule)
            span = doc.char_span(
                r.start, r.end, label=label, alignment_mode="expand", span_id=span_id
            )
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc
