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

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language

# A whitespace run holding a line break and more ("\n\n" between paragraphs) is a token of
# its own, which spaCy builds anew at every occurrence inside a memory zone (a zone caches no
# tokenization); kept like a word, it is one cache hit. (A lone "\n" is one of the
# tokenizer's special cases, permanent already; a run cut short here is merely not kept.)
_SPACE_CHUNK = re.compile(r"\n\s+")


class CommonChunks:
    """Chunks seen in two articles become permanent; the bookkeeping is set arithmetic, so
    an article costs a few C-level set operations rather than a Python step per word."""

    def __init__(
        self, max_counted: int = 100_000, max_kept: int = 100_000, max_chunk_chars: int = 40
    ) -> None:
        self.max_counted = max_counted
        self.max_kept = max_kept
        self.max_chunk_chars = max_chunk_chars
        self._seen_once: set[str] = set()
        self._kept: set[str] = set()

    @property
    def kept(self) -> int:
        return len(self._kept)

    def after_article(self, nlp: Language, text: str, words: Iterable[str] | None = None) -> None:
        """Note the article's chunks; make those now seen twice permanent. `words`:
        `text.split()` when the caller has it already.

        Call it outside the article's memory zone."""
        if len(self._kept) >= self.max_kept:
            return
        fresh = set(text.split() if words is None else words)
        fresh.update(_SPACE_CHUNK.findall(text))  # bounded: a run per line break, no backtracking
        fresh -= self._kept
        again = fresh & self._seen_once
        self._seen_once |= fresh
        self._seen_once -= again
        for chunk in again:
            if len(self._kept) >= self.max_kept:
                break
            if len(chunk) <= self.max_chunk_chars:  # long runs have their own tokenizing
                nlp.tokenizer(chunk)
                self._kept.add(chunk)
        if len(self._seen_once) > self.max_counted:
            # forget what was seen once: mostly numbers and names that do not recur
            self._seen_once.clear()
