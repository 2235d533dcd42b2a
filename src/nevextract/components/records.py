"""`nevextract_records_v1`: puts the records on `doc._.records` and typed spans in `doc.spans`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extraction import ordered_records


class RecordWriter:
    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        records = ordered_records(doc._.nevextract)
        doc._.records = records
        spans: list[Span] = []
        for r in records:
            span = doc.char_span(r.start, r.end, label=r.kind, alignment_mode="expand")
            if span is not None:
                span.id_ = r.rule_id or ""
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc
