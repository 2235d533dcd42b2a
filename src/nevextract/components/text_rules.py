"""Rule tables several stages share (built with the running component's rules active)."""

from __future__ import annotations

TEXT_WORDS = "text/words.json"


def load_text_words() -> None:
    """The word lists of `text/words.json`."""
    from ..normalizers import text

    text.stop_words()
    text._irregular_plurals()
    text._non_plural_s()
