"""The target rules' word gates are derived from their patterns (`kinds/target/anchors.py`):
a gate must let through every sentence its pattern matches in, and keep out some."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from nevextract.kinds.target import rules as targets
from nevextract.kinds.target import subject
from nevextract.kinds.target.anchors import anchors
from nevextract.prefilters import (
    Pieces,
    every_anchors,
    further_anchors,
    spaced_width,
    union_anchors,
)

ROOT = Path(__file__).resolve().parents[1]


def _sample() -> list[str]:
    """Sentences of varied text: the corpus, the table-driven examples, and variants with
    odd case and whitespace (a tab, a line break, two spaces, a non-breaking space)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    examples = json.loads((ROOT / "tests/examples/target.json").read_text(encoding="utf-8"))
    texts += [e["sentence"] for e in examples["sentences"]] + examples["negatives"]
    sentences = [s for t in texts for s in regex.split(r"(?<=[.!?])\s+", t) if s.strip()]
    variants = []
    for i, s in enumerate(sentences[::7]):
        sep = ["\t", "\n", "  ", "\u00a0"][i % 4]
        variants.append(s.replace(" ", sep, 3))
        variants.append(s.upper() if i % 2 else s.title())
    return sentences + variants


def _rules() -> list[tuple[str, object, object]]:
    """(id, compiled pattern, gate) of every cue, plan form and exclusion."""
    rules: list[tuple[str, object, object]] = [(c.id, c.pattern, c.gate) for c in targets._cues()]
    for key, forms in targets._plan_forms().items():
        # list forms run on a list's lines, never as a gate; the segment end's gate runs on
        # objectives, a quarter of which it keeps out (its own test below)
        if key not in targets.LINE_FORM_KEYS and key != "segment_end":
            rules += [(f.id, f.pattern, f.gate) for f in forms]
    for key in targets._EXCLUSION_FORMS:
        pattern, gate = targets._exclusion(key)
        rules.append((key, pattern, gate))
    return rules


@pytest.mark.parametrize(("rule_id", "pattern", "gate"), _rules(), ids=lambda v: str(v)[:30])
def test_a_gate_passes_every_sentence_its_pattern_matches(
    rule_id: str, pattern: regex.Pattern[str], gate: object
) -> None:
    assert gate is not None, f"{rule_id}: no literal word derived"
    sample = _sample()
    matched = rejected = 0
    for sentence in sample:
        low = targets._Lowered(sentence)
        passes = low.may_match(gate, 0, len(sentence))  # type: ignore[arg-type]
        if pattern.search(sentence):
            matched += 1
            assert passes, f"{rule_id}: the gate keeps out a match in {sentence!r}"
        rejected += not passes
    assert rejected > len(sample) // 2, f"{rule_id}: the gate keeps out too little"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:is|are)\s+to\b", ("are to", "is to")),
        # the longest literal run wins over a common first word ("is set to" -> "set to")
        (r"\b(?:is|are|'s)\s+(?:also\s+)?set\s+to\s+", ("set to",)),
        # a lookbehind may read an earlier sentence: it does not count
        (r"(?<=\bwill\s+have\s+[^;]{3,160}?)\s+and\s+", ("and",)),
        # an optional word does not count, the words of a lookahead do
        (r"\bto\s+(?:also\s+)?(?=be\s+(?:built|cut)\b)", ("be built", "be cut")),
        (r"\bsubsid\w*|\bfees?\b", ("fee", "subsid")),
    ],
)
def test_anchors_are_the_literal_words_a_pattern_needs(
    pattern: str, words: tuple[str, ...]
) -> None:
    found = anchors(pattern)
    assert found is not None and found.words == words


@pytest.mark.parametrize("pattern", [r"\d+\s*(?:%|percent)?", r"[A-Z]\w+", r"(?:aim|x)?\d"])
def test_a_pattern_without_a_required_word_has_no_gate(pattern: str) -> None:
    assert anchors(pattern) is None


@pytest.mark.parametrize(
    "cue", [c for c in targets._cues() if c.also], ids=lambda c: c.id.removeprefix("target.")
)
def test_further_gates_pass_every_sentence_their_cue_matches(cue: targets._Cue) -> None:
    """Each further gate (`_Cue.also`, derived by `further_anchors`) is, like the gate, a
    word every match needs: it passes wherever the cue matches, and it keeps out some
    sentences the gate lets through."""
    matched = kept_out = 0
    for sentence in _sample():
        low = targets._Lowered(sentence)
        if not low.may_match(cue.gate, 0, len(sentence)):
            continue
        passes = all(low.may_match(gate, 0, len(sentence)) for gate in cue.also)
        if cue.pattern.search(sentence):
            matched += 1
            assert passes, f"{cue.id}: a further gate keeps out a match in {sentence!r}"
        kept_out += not passes
    assert kept_out, f"{cue.id}: the further gates keep out nothing the gate lets through"


@pytest.mark.parametrize(
    ("pattern", "further"),
    [
        # every word set the top level needs, besides the gate ("as its", "as the")
        (
            r"\b(?:named|designated)\s+(?P<obj>[^.;]{8,200}?)\s+as\s+(?:its|the)\s+"
            r"(?:\w+\s+)?(?:goals?|targets?)\b",
            [("designated", "named")],
        ),
        # a word the gate's words hold adds nothing ("to" of "aim to")
        (r"\b(?:aim|plan)s?\s+to\s+", []),
        # a frequent word alone is too dear ("the", "a"), a run of it not; a lookbehind may
        # read an earlier sentence: its "goal" is no need
        (r"(?<=\bgoals?\s)\band\s+(?:the|a)\s+(?=reach\b)", [("and a", "and the")]),
        # a word that may begin inside another costs a loop of its own: left out
        (r"\btarget\w*\s+\w*ing\b", []),
    ],
)
def test_further_anchors_are_the_other_words_a_pattern_needs(
    pattern: str, further: list[tuple[str, ...]]
) -> None:
    gate = anchors(pattern, targets._common_words())
    found = further_anchors(pattern, gate, targets._common_words(), 60.0)
    assert [a.words for a in found] == further


@pytest.mark.parametrize(
    "cue", [c for c in targets._cues() if c.needs], ids=lambda c: c.id.removeprefix("target.")
)
def test_needs_pass_every_sentence_their_cue_matches(cue: targets._Cue) -> None:
    """Each need (`_Cue.needs`, derived by `every_anchors`) passes wherever the cue
    matches: a sentence `_matches` skips on a need could not have held a match."""
    for sentence in _sample():
        if cue.pattern.search(sentence):
            low = targets._Lowered(sentence)
            for need in cue.needs:
                assert low.may_match(need, 0, len(sentence)), (cue.id, need.words, sentence)


@pytest.mark.parametrize(
    "form",
    [f for forms in targets._plan_forms().values() for f in forms if f.needs],
    ids=lambda f: f.id,
)
def test_form_needs_pass_every_sentence_their_form_matches(form: targets._Form) -> None:
    """A plans.json form's needs (`_Form.needs`) pass wherever the form matches."""
    for sentence in _sample():
        if form.pattern.search(sentence):
            low = targets._Lowered(sentence)
            assert form.may_match(low, 0, len(sentence)), (form.id, sentence)


def test_the_forecast_clause_needs_pass_wherever_it_matches() -> None:
    needs = targets._forecast_clause_needs()
    assert [a.words for a in needs] == [("and",)]
    pattern, matched = targets._forecast_clause(), 0
    for sentence in [*_sample(), "sell 1m cars, and expects that to double", "X AND\tEXPECTS it"]:
        if pattern.search(sentence):
            matched += 1
            low = targets._Lowered(sentence)
            assert all(low.may_match(a, 0, len(sentence)) for a in needs), sentence
    assert matched


def test_the_segment_end_gate_passes_wherever_it_matches() -> None:
    form, matched = targets._segment_end_form(), 0
    gate = form.gate
    assert gate is not None
    for sentence in [*_sample(), "sell 10 cars\tAND the firm will", "build 3 plants; open 2"]:
        if form.pattern.search(sentence):
            matched += 1
            assert targets._Lowered(sentence).may_match(gate, 0, len(sentence)), sentence
    assert matched


def test_the_trailing_report_needs_pass_wherever_it_matches() -> None:
    needs, matched = targets._trailing_report_needs(), 0
    assert needs
    for sentence in [*_sample(), "to build 3 plants, according to the plan", "sell 5, he said."]:
        for end in (len(sentence), len(sentence.rstrip(". "))):
            if targets._TRAILING_REPORT.search(sentence, 0, end):
                matched += 1
                low = targets._Lowered(sentence)
                assert all(low.may_match(a, 0, end) for a in needs), sentence
    assert matched


def test_needs_keep_out_sentences_the_gates_let_through() -> None:
    kept_out = 0
    for cue in targets._cues():
        for sentence in _sample()[::5]:
            low = targets._Lowered(sentence)
            end = len(sentence)
            if low.may_match(cue.gate, 0, end) and all(low.may_match(a, 0, end) for a in cue.also):
                kept_out += not all(low.may_match(n, 0, end) for n in cue.needs)
    assert kept_out > 100


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        # a group every match goes through is read inside, beyond its cheapest words
        (r"\btarget\s+(?P<obj>(?:is|are)\s+\d+\s+(?:units|vehicles))", ("are", "is")),
        # the group a conditional asks about, or its other branch: "set", or "for 20"
        (
            r"\b(?:(?P<s>set|cut)\s+)?(?:a|the)\s+\w+\s+target(?(s)|\s+for\s+20\d\d)",
            ("cut", "for 20", "set"),
        ),
    ],
)
def test_every_anchors_read_deeper_than_the_top_level(pattern: str, need: tuple[str, ...]) -> None:
    gate = anchors(pattern, targets._common_words())
    assert need not in [a.words for a in further_anchors(pattern, gate, (), 1000.0)]
    assert need in [a.words for a in every_anchors(pattern, gate, targets._common_words())]


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        # the literal run before a lookahead, then the lookahead's heads
        (r",\s+(?=(?:achieving|reaching)\s+\w+\s+by\s+20\d\d)", (", achieving", ", reaching")),
        (
            r"\band\s+(?:also\s+)?(?=build|open)",
            ("and also build", "and also open", "and build", "and open"),
        ),
        # a lookbehind between the run and the lookahead reads, and moves, nothing
        (r"\d,\s+(?<=\d{4},\s)(?=build|open)", (", build", ", open")),
        # \d also matches non-ASCII digits: no ASCII digit is required after "target "
        (r"\btarget\s+(?=\d)", ("target",)),
    ],
)
def test_every_anchors_join_a_literal_run_to_the_lookahead_after_it(
    pattern: str, need: tuple[str, ...]
) -> None:
    gate = anchors(pattern, ())
    found = [a.words for a in every_anchors(pattern, gate, ())] + [gate.words if gate else ()]
    assert need in found
    assert not any(w[len("target ") :][:1].isdigit() for words in found for w in words)


@pytest.mark.parametrize(
    "pattern",
    [
        # a lookbehind reads before the match: its "plan" is no need
        r"(?<=\bplan\s)\btarget\b",
        # words the gate's words hold add nothing ("at" of "target at")
        r"\btarget(?:ed|s)?\s+(?:at|of)\s+",
        # an optional group is no part every match goes through
        r"\btarget(?:\s+(?:of|for)\s+\d+)?",
    ],
)
def test_every_anchors_leave_out_what_a_match_may_lack(pattern: str) -> None:
    gate = anchors(pattern, targets._common_words())
    assert every_anchors(pattern, gate, targets._common_words()) == ()


@pytest.mark.parametrize("key", [k for k, forms in targets._plan_forms().items() if len(forms) > 1])
def test_the_forms_gate_passes_wherever_one_form_may_match(key: str) -> None:
    """`_forms_gate` (`union_anchors` of the forms' gates) passes a sentence exactly where
    one of the forms' own gates does, so `_form_search` finds the same match."""
    gates = [form.gate for form in targets._plan_forms()[key]]
    union = targets._forms_gate(key)
    passed = 0
    for sentence in _sample():
        low = targets._Lowered(sentence)
        one = any(low.may_match(g, 0, len(sentence)) for g in gates)
        assert low.may_match(union, 0, len(sentence)) == one, (key, sentence)
        passed += one
    assert passed


def test_a_union_of_gates_with_one_that_passes_everything_passes_everything() -> None:
    gate = anchors(r"\btarget\b", ())
    assert union_anchors([gate, None]) is None
    union = union_anchors([gate, anchors(r"plans?\s+to", ())])
    assert union is not None and union.words == ("plan to", "plans to", "target")
    assert union.spaced  # a word with a space: whitespace runs let every text through


@pytest.mark.parametrize(
    ("pattern", "width"),
    [
        (r"\s+by\s+then\s*$", 9),  # a run of whitespace is one character
        (r"(?i:\s+(?:by|in\s+the\s+first\s+half\s+of))\s*$", 22),
        (r"[\w-]{1,3}\s+", 4),
        (r"a.b", None),  # "." may take whitespace
        (r"a\sb", None),  # so may a lone \s: two of them could stand together
        (r"\s{2,}x", None),
        (r"(?:\s+\w)+", None),  # no bound
        (r"[^,]x", None),
    ],
)
def test_spaced_width_is_the_longest_match_without_whitespace_runs(
    pattern: str, width: int | None
) -> None:
    assert spaced_width(pattern) == width


def _dangling_plain(text: str, start: int, end: int) -> int:
    cut = targets._DANGLING_PREPOSITION.search(text[start:end])
    return start + cut.start() if cut else end


def test_the_dangling_window_finds_what_the_whole_objective_search_finds() -> None:
    assert targets._DANGLING_WIDTH is not None
    for sentence in _sample()[::3]:
        low = targets._Lowered(sentence)
        for start in range(0, len(sentence), 17):
            for end in range(start, len(sentence) + 1, 5):
                assert targets._dangling_start(sentence, low, start, end) == _dangling_plain(
                    sentence, start, end
                ), (sentence, start, end)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["by", "the", "end", "of", "then", "in", "first", "half", "year", "x1"]),
        max_size=14,
    ),
    st.lists(st.sampled_from([" ", " ", " ", "  ", "\t", "\n", "\u00a0", " \n"]), min_size=14),
    st.integers(0, 30),
)
def test_the_dangling_window_on_any_spacing(
    words: list[str], spaces: list[str], start: int
) -> None:
    text = "".join(w + sp for w, sp in zip(words, spaces, strict=False))
    low = targets._Lowered(text)
    start = min(start, len(text))
    for end in range(start, len(text) + 1):
        assert targets._dangling_start(text, low, start, end) == _dangling_plain(text, start, end)


def test_a_hand_written_word_list_is_refused(patterns_copy: Path) -> None:
    import nevextract
    from nevextract.errors import ConfigError

    cues = patterns_copy / "en" / "targets" / "cues.jsonl"
    rows = [json.loads(line) for line in cues.read_text(encoding="utf-8").splitlines()]
    rows[0]["words"] = ["aim"]
    cues.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="derived from the pattern"):
        nevextract.load()


def _articles() -> list[tuple[str, list[tuple[int, int]]]]:
    """Corpus texts and odd-whitespace variants, with their sentence spans."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    texts += [t.replace(" ", "  ", 40).replace(" ", "\u00a0", 40) for t in texts[::9]]
    out = []
    for text in texts:
        spans = [(m.start(), m.end()) for m in regex.finditer(r"[^.!?\n]+[.!?]?", text)]
        out.append((text, spans))
    return out


def test_one_scan_finds_every_sentence_each_gate_passes() -> None:
    """`_sentence_gates` sets a gate's bit in every sentence where the gate and its further
    gates (`_Cue.also`) pass (`_Lowered.may_match`), those of the continuations whose words
    begin words among them, and `_continuation_mask` is the other continuations' gates'
    tests."""
    gates = targets._gates()
    tested = [
        ((cue.gate, *cue.also), 1 << i)
        for i, cue in enumerate(targets._cues())
        if cue.kind != "continuation"
    ]
    tested += [((targets._exclusion("past_before_cue")[1],), gates.past)]
    tested += [((targets._exclusion("forecast_before_cue")[1],), gates.forecast)]
    tested += [((form.gate,), gates.dated) for form in targets._plan_forms()["dated_deadline"]]
    # the continuations whose words begin words are in the article's scan too
    tested += [
        ((cue.gate, *cue.also), 1 << i)
        for i, cue in enumerate(targets._cues())
        if targets._scanned_continuation(cue)
    ]
    assert any(bit & gates.continued for _, bit in tested)
    continuations = [
        ((cue.gate, *cue.also), 1 << i)
        for i, cue in enumerate(targets._cues())
        if cue.kind == "continuation" and not targets._scanned_continuation(cue)
    ]
    assert any(len(g) > 1 for g, _ in tested) and continuations
    passed = 0
    for text, spans in _articles():
        low = targets._Lowered(text)
        masks = targets._sentence_gates(low, spans, spans[0][0], spans[-1][1])
        for index, (start, end) in enumerate(spans):
            mask = masks.get(index, 0)
            for all_of, bit in tested:
                if all(low.may_match(gate, start, end) for gate in all_of):
                    passed += 1
                    assert mask & bit, (text[start:end], bit)
            expected = 0
            for all_of, bit in continuations:
                if all(low.may_match(gate, start, end) for gate in all_of):
                    expected |= bit
            assert targets._continuation_mask(low, start, end) == expected, text[start:end]
    assert passed


def test_trailing_report_runs_only_where_its_comma_is() -> None:
    """`_TRAILING_REPORT` runs only in a range holding one of its derived literals (`Pieces`):
    every match holds one."""
    pieces = targets._TRAILING_REPORT_PIECES
    assert pieces.literals == (",",)
    matched = 0
    for sentence in _sample():
        low = targets._Lowered(sentence)
        for start in range(0, len(sentence), 11):
            if targets._TRAILING_REPORT.search(sentence, start):
                matched += 1
                assert pieces.possible(low.text, start, len(sentence)), sentence[start:]
    assert matched


@pytest.mark.parametrize(
    ("pattern", "flags", "literals"),
    [
        (r"\d+,\d", 0, (",",)),
        # lower-cased as the text is, even for a case-sensitive regex; a tab is a space
        (r"Due\tto|OWING", 0, ("due to", "owing")),
        (r"[,;]\s+\d", 0, (",", ";")),  # a class of literals: one of them
        (r"[A-Z]\d", 0, None),  # no literal
        (r"ss", regex.I | regex.FULLCASE, None),  # "ss" matches "ß"
    ],
)
def test_pieces_are_lowered_literals_every_match_holds(
    pattern: str, flags: int, literals: tuple[str, ...] | None
) -> None:
    pieces = Pieces.of(regex.compile(pattern, flags))
    assert pieces.literals == literals
    for text in ["Due\tto rain, 4,5 OWING X", "x, 1", "DUE TO", "a; 1"]:
        low = targets._Lowered(text)
        if regex.compile(pattern, flags).search(text):
            assert pieces.possible(low.text, 0, len(text))


def test_a_caption_line_holds_its_derived_literal() -> None:
    """`_in_caption` reads a line with `_CAPTION` only where one of its derived literals
    (`required_literals`, casefolded) is: every line it matches holds one."""
    assert "photo" in subject._CAPTION_LITERALS
    lines = [line for text, _ in _articles() for line in text.split("\n")]
    lines += ["(PHOTO: Xinhua)", "Photo Credit: VCG", "(Photo/IC)", "a pHoTo: x", "photos: no"]
    matched = 0
    for line in lines:
        if subject._CAPTION.search(line):
            matched += 1
            assert any(lit in line.casefold() for lit in subject._CAPTION_LITERALS), line
    assert matched >= 4


def test_a_mandate_runs_only_where_its_words_are() -> None:
    """The mandate exclusion (`mandate_in_clause`) is searched only in a range where its
    derived gate passes (`_may_exclude`): it passes wherever the regex matches."""
    matched = 0
    for text, spans in _articles():
        low = targets._Lowered(text)
        for start, end in spans:
            for at in range(start, end, 17):
                if targets._mandate().search(text, at, end):
                    matched += 1
                    assert targets._may_exclude(low, "mandate_in_clause", at, end), text[at:end]
    assert matched
