"""Attributes several kinds score under one name (SPEC.md section 5)."""

from __future__ import annotations

import operator

from .spec import Attribute

__all__ = ["QUALIFIER", "YEAR"]

# A gold null counts: predicting a qualifier or a year where there is none is wrong.
QUALIFIER = Attribute("qualifier", "qualifier", operator.eq, null_counts=True)
YEAR = Attribute("year", "year", operator.eq, null_counts=True)
