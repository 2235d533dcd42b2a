"""The literal words a regex needs: the deriver lives in nevextract.prefilters (one module of
prefilters); this name is kept for the target stage's imports."""

from ...prefilters import WHITESPACE, Anchors, Roots, WordScan, anchors, grouped

__all__ = ["WHITESPACE", "Anchors", "Roots", "WordScan", "anchors", "grouped"]
