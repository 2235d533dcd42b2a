"""A component reads only the rule files it owns: the rule ids it gives are looked up in its
own copy of the rules (its rule source), whatever the import order of the modules."""

from __future__ import annotations

import nevextract
from nevextract import rule_index
from nevextract.kinds.year import rules as years


def test_targets_own_the_rule_file_of_a_deadline() -> None:
    # extraction._mark_deadline gives a target's deadline year the id of a years/cues.json
    # row while the targets component is running (the benchmark report failed on it)
    targets = nevextract.load().get_pipe("targets")
    assert years.YEAR_CUES_PATH in type(targets).rule_files
    with targets.rules.active():  # type: ignore[attr-defined]
        rule_index._forms.cache_clear()
        assert rule_index.rule_id(years.YEAR_CUES_PATH, "deadline of a target")
