"""Each pipeline component alone, on docs that already passed the earlier components.

`nlp.make_doc` and the earlier components run in the pedantic setup (untimed) and build fresh
docs every round, because components append to the per-doc context and must not see their own
output twice. The `component` parameter comes from the pipeline config (see conftest.py).
"""

from __future__ import annotations

from typing import Any

from _corpus import total_words


def test_component(
    benchmark: Any, record_speed: Any, nlp: Any, texts: list[str], rounds: int, component: str
):
    names = [name for name, _ in nlp.pipeline]
    index = names.index(component)
    before = [proc for _, proc in nlp.pipeline[:index]]
    proc = nlp.pipeline[index][1]

    def setup() -> tuple[tuple[list[Any]], dict[str, Any]]:
        docs = []
        for t in texts:
            doc = nlp.make_doc(t)
            for p in before:
                doc = p(doc)
            docs.append(doc)
        return (docs,), {}

    def run(docs: list[Any]) -> None:
        for doc in docs:
            proc(doc)

    run(setup()[0][0])  # warm-up
    benchmark.pedantic(run, setup=setup, rounds=rounds, iterations=1, warmup_rounds=0)
    record_speed(total_words(texts))
    benchmark.extra_info["component"] = component
