"""Which words outlive an article's spaCy memory zone.

`extract()` runs each article inside `nlp.memory_zone()`, so the strings and lexemes the
article adds are freed afterwards and memory stays flat over millions of articles. The
price: a word that was not in the vocabulary before the zone is rebuilt in every article
(spaCy computes a new lexeme's attributes in Python, about ten times the cost of tokenizing
a known word), and a blank pipeline's vocabulary starts out empty, so streaming fresh
articles tokenized at a fifth of the tokenizer's warm speed.

`CommonChunks` keeps the common words: a whitespace-delimited chunk seen in two articles is
tokenized once more outside any zone, which makes its lexemes and the tokenizer's cache
entry permanent. Counting and keeping are both capped, so a stream of one-off strings
(numbers, names) cannot grow memory without bound. Output never depends on this; only
speed does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


class CommonChunks:
    def __init__(
        self,
        min_articles: int = 2,
        max_counted: int = 100_000,
        max_kept: int = 100_000,
        max_chunk_chars: int = 40,
    ) -> None:
        self.min_articles = min_articles
        self.max_counted = max_counted
        self.max_kept = max_kept
        self.max_chunk_chars = max_chunk_chars
        self.kept = 0
        self._counts: dict[str, int] = {}

    def after_article(self, nlp: Language, text: str) -> None:
        """Count the article's chunks; make those now seen `min_articles` times permanent.

        Call it outside the article's memory zone."""
        if self.kept >= self.max_kept:
            return
        counts = self._counts
        promote = []
        for chunk in set(text.split()):
            if len(chunk) > self.max_chunk_chars:
                continue
            seen = counts.get(chunk, 0) + 1
            counts[chunk] = seen
            if seen == self.min_articles:
                promote.append(chunk)
        for chunk in promote[: self.max_kept - self.kept]:
            nlp.tokenizer(chunk)
        self.kept = min(self.max_kept, self.kept + len(promote))
        if len(counts) > self.max_counted:
            # forget what was seen once: most of it is numbers and names that do not recur
            self._counts = {c: n for c, n in counts.items() if n > 1}
            if len(self._counts) > self.max_counted:
                self._counts = {}
