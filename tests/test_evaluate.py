"""Scoring: match rules, greedy pairing, scores and attribute accuracy (SPEC.md section 5)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from nevextract.evaluate import (
    ATTRIBUTES,
    EvalReport,
    content_words,
    evaluate,
    firm_key,
    records_match,
    unit_matches,
)
from nevextract.gold import iter_corpus, load_gold
from nevextract.models import KINDS, MoneyRecord, YearRecord

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLD_ARTICLES = [(a, g) for a, g in iter_corpus([CORPUS]) if g is not None]


def score(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> EvalReport:
    return evaluate({"a": pred}, {"a": gold})


def money(value: float, currency: str = "CNY", **extra: Any) -> dict[str, Any]:
    return {"kind": "money", "text": "x yuan", "value": value, "currency": currency, **extra}


def pct(value: float, **extra: Any) -> dict[str, Any]:
    return {"kind": "percentage", "text": f"{value} percent", "value": value, **extra}


def figure(value: float, unit: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"kind": "figure", "text": f"{value} things", "value": value, "unit": unit, **extra}


def year(value: int, start: int | None = None, **extra: Any) -> dict[str, Any]:
    record = {"kind": "year", "text": f"in {value}", "value": value, "role": "reference", **extra}
    if start is not None:
        record.update(start=start, end=start + len(record["text"]))
    return record


def firm(name: str, *aliases: str) -> dict[str, Any]:
    return {"kind": "firm", "text": name, "name": name, "aliases": list(aliases)}


def target(text: str, deadline: int | None) -> dict[str, Any]:
    return {"kind": "target", "text": text, "year": deadline}


# --------------------------------------------------------------------------- gold vs itself


def test_corpus_has_gold() -> None:
    assert len(GOLD_ARTICLES) >= 10


@pytest.mark.parametrize(("article", "gold_path"), GOLD_ARTICLES, ids=lambda p: p.stem)
def test_gold_scored_against_itself_is_perfect(article: Path, gold_path: Path) -> None:
    gold = load_gold(gold_path, article)
    report = evaluate({gold.id: gold.records}, {gold.id: gold.records})
    for score in [*report.kinds.values(), report.overall]:
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), score
        assert score.fn == score.fp == 0
    assert all(attr.accuracy == 1.0 for attr in report.attributes.values())
    assert report.errors == [] and report.attribute_errors == []
    assert report.overall.tp == len(gold.records)


def test_whole_corpus_against_itself() -> None:
    gold = {g.id: g.records for g in (load_gold(gp, a) for a, gp in GOLD_ARTICLES)}
    report = evaluate(gold, gold)
    assert report.overall.f1 == 1.0
    assert report.articles == sorted(gold)
    assert set(report.kinds) == set(KINDS) and set(report.attributes) == set(ATTRIBUTES)


# --------------------------------------------------------------------------- scores


def test_nothing_to_find_and_nothing_predicted_is_perfect() -> None:
    report = score([], [])
    assert report.overall.precision == report.overall.recall == report.overall.f1 == 1.0


def test_counts_precision_recall_f1() -> None:
    report = score([year(2020), year(2021), year(1999)], [year(2020), year(2021), year(2022)])
    years = report.kinds["year"]
    assert (years.tp, years.fn, years.fp, years.gold, years.pred) == (2, 1, 1, 3, 3)
    assert years.precision == years.recall == years.f1 == pytest.approx(2 / 3)
    assert report.kinds["money"].f1 == 1.0  # no money anywhere


def test_only_false_positives_score_zero() -> None:
    report = score([year(2020)], [])
    assert report.kinds["year"].precision == 0.0 and report.kinds["year"].f1 == 0.0


def test_only_misses_score_zero_and_missing_article_is_all_misses() -> None:
    report = evaluate({}, {"a": [year(2020)]})
    assert report.kinds["year"].recall == 0.0 and report.kinds["year"].f1 == 0.0
    assert [e.type for e in report.errors] == ["miss"]


def test_predictions_for_articles_without_gold_are_ignored() -> None:
    report = evaluate({"a": [year(2020)], "other": [year(1990)]}, {"a": [year(2020)]})
    assert report.overall.f1 == 1.0 and report.articles == ["a"]


def test_models_and_dicts_mix() -> None:
    pred = [MoneyRecord(text="5 yuan", start=0, end=6, value=5.0, currency="CNY")]
    gold = [MoneyRecord(text="5 yuan", start=0, end=6, value=5.0, currency="CNY")]
    assert evaluate({"a": pred}, {"a": gold}).overall.f1 == 1.0


# --------------------------------------------------------------------------- match rules


@pytest.mark.parametrize(("predicted", "matches"), [(100.4, True), (99.6, True), (100.6, False)])
def test_money_value_tolerance(predicted: float, matches: bool) -> None:
    assert records_match(money(predicted), money(100.0)) is matches  # 0.4 % yes, 0.6 % no


def test_money_currency_must_agree() -> None:
    assert not records_match(money(100.0, "USD"), money(100.0, "CNY"))
    assert score([money(100.0, "USD")], [money(100.0, "CNY")]).kinds["money"].tp == 0


def test_range_matches_on_value_only() -> None:
    gold = money(5e9, value_max=6e9)
    assert records_match(money(5e9), gold)
    assert records_match(money(5e9, value_max=9e9), gold)
    assert not records_match(money(6e9, value_max=6e9), gold)
    assert records_match(pct(10.0, value_max=99.0), pct(10.0, value_max=15.0))


def test_percentage_tolerance_and_points() -> None:
    assert records_match(pct(23.604), pct(23.6))
    assert records_match(pct(23.605), pct(23.6))
    assert not records_match(pct(23.61), pct(23.6))
    assert not records_match(pct(2.5, points=True), pct(2.5, points=False))
    assert not records_match(pct(2.5), pct(2.5, points=True))  # missing points = false
    assert records_match(pct(2.5), pct(2.5, points=False))
    assert score([pct(2.5)], [pct(2.5, points=True)]).kinds["percentage"].fn == 1


def test_figure_relative_tolerance() -> None:
    assert records_match(figure(158000.1), figure(158000.0))
    assert not records_match(figure(158001.0), figure(158000.0))


def test_year_same_value() -> None:
    assert records_match(year(2022), year(2022))
    assert not records_match(year(2023), year(2022))


def test_kinds_never_cross() -> None:
    assert not records_match(figure(2022.0), year(2022))


# --------------------------------------------------------------------------- firms


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("BYD", "BYD Co., Ltd."),
        ("BYD Co Ltd", "byd"),
        ("Toyota Motor Corp", "Toyota Motor Corporation"),
        ("Li Auto Inc.", "Li Auto"),
        ("Volkswagen AG", "VOLKSWAGEN"),
        ("Shell plc", "Shell"),
        ("Mercedes-Benz Group AG", "Mercedes Benz Group"),
    ],
)
def test_firm_names_equal_after_normalisation(predicted: str, gold: str) -> None:
    assert firm_key(predicted) == firm_key(gold)
    assert records_match(firm(predicted), firm(gold))


def test_firm_key_keeps_a_name_that_is_only_a_suffix_word() -> None:
    assert firm_key("Company") == "company"
    assert firm_key("  Weichai   Power Co., Ltd. ") == "weichai power"


def test_firm_alias_matches() -> None:
    gold = firm("China National Heavy Duty Truck Group Co Ltd", "Sinotruk")
    assert records_match(firm("Sinotruk"), gold)
    assert records_match(firm("China National Heavy Duty Truck Group", "CNHTC"), gold)
    assert not records_match(firm("Sinotruk Hong Kong"), gold)
    assert not records_match(firm("Weichai"), gold)


# --------------------------------------------------------------------------- targets

WORDS = ["".join(letters) for letters in itertools.product("bcdfg", repeat=3)]


def test_content_words_drop_stopwords_keep_numbers() -> None:
    assert content_words("The city will build 500,000 charging piles by 2025") == {
        "city",
        "build",
        "500,000",
        "charging",
        "piles",
        "2025",
    }


@pytest.mark.parametrize(
    ("found", "total", "matches"),
    [(2, 5, True), (10, 25, True), (9, 23, False), (1, 5, False), (5, 5, True)],
)
def test_target_word_overlap_threshold(found: int, total: int, matches: bool) -> None:
    gold_words = WORDS[:total]
    gold = target("the " + " and ".join(gold_words), 2025)
    pred = target("to " + " ".join([*gold_words[:found], "zzz"]), 2025)
    assert records_match(pred, gold) is matches  # 40 % and up: 2/5, 10/25 yes; 9/23 = 39 % no


def test_target_year_must_agree_and_null_equals_null() -> None:
    text = "transform itself into a globally influential new energy vehicle hub"
    assert records_match(target(text, None), target(text, None))
    assert not records_match(target(text, 2030), target(text, 2025))
    assert not records_match(target(text, None), target(text, 2025))


# --------------------------------------------------------------------------- pairing


def test_duplicate_mentions_pair_with_the_overlapping_prediction() -> None:
    gold = [year(2022, start=10), year(2022, start=200)]
    report = score([year(2022, start=200)], gold)
    counts = report.kinds["year"]
    assert (counts.tp, counts.fn, counts.fp) == (1, 1, 0)
    (miss,) = report.errors
    assert (miss.type, miss.start) == ("miss", 10)


def test_duplicate_mentions_without_overlap_pair_with_the_nearest() -> None:
    gold = [year(2022, start=10), year(2022, start=200)]
    (miss,) = score([year(2022, start=180)], gold).errors
    assert miss.start == 10


def test_pairing_prefers_overlap_then_closest_text() -> None:
    gold = [
        {**money(5.0), "text": "5 yuan", "start": 0, "end": 6},
        {**money(5.0), "text": "five yuan here", "start": 50, "end": 64},
    ]
    pred = [{**money(5.0), "text": "five yuan", "start": None, "end": None}]
    (miss,) = score(pred, gold).errors
    assert miss.text == "5 yuan"  # "five yuan" is textually closer to the second


def test_one_to_one_pairing() -> None:
    report = score([year(2022), year(2022)], [year(2022)])
    assert (report.kinds["year"].tp, report.kinds["year"].fp) == (1, 1)


def test_errors_keep_rule_id_key_and_sentence_from_text() -> None:
    text = "Intro line.\nSales rose in 2019. Other text."
    at = text.index("in 2019")
    pred = [{**year(2019, start=at), "rule_id": "year.in.v1"}]
    report = evaluate({"a": pred}, {"a": [year(2018, start=at)]}, texts={"a": text})
    fp = report.false_positives[0]
    assert (fp.rule_id, fp.key, fp.sentence) == ("year.in.v1", "2019", "Sales rose in 2019.")
    miss = report.misses[0]
    assert miss.rule_id is None and miss.near == "'in 2019' = 2019"


# --------------------------------------------------------------------------- attributes


def test_wrong_qualifier_counts_against_accuracy_not_matching() -> None:
    gold = [pct(10.0, qualifier="over"), pct(20.0, qualifier=None)]
    report = score([pct(10.0, qualifier="about"), pct(20.0, qualifier="over")], gold)
    assert report.kinds["percentage"].tp == 2
    qualifier = report.attributes["qualifier"]
    assert (qualifier.correct, qualifier.total, qualifier.accuracy) == (0, 2, 0.0)
    assert {m.gold for m in report.attribute_errors} == {"over", None}


def test_qualifier_absent_in_prediction_is_none() -> None:
    report = score([figure(8.0)], [figure(8.0, qualifier=None)])
    assert report.attributes["qualifier"].correct == 1


def test_qualifier_not_scored_when_gold_lacks_the_key() -> None:
    assert score([figure(8.0, qualifier="over")], [figure(8.0)]).attributes["qualifier"].total == 0


@pytest.mark.parametrize(("usd", "correct"), [(9.7e9 * 1.019, 1), (9.7e9 * 0.98, 1), (1.0e10, 0)])
def test_usd_within_two_percent(usd: float, correct: int) -> None:
    report = score([money(6.921e10, usd=usd)], [money(6.921e10, usd=9.7e9)])
    assert (report.attributes["money.usd"].correct, report.attributes["money.usd"].total) == (
        correct,
        1,
    )


def test_usd_not_scored_when_gold_has_none() -> None:
    report = score([money(5.0, usd=1.0)], [money(5.0, usd=None)])
    assert report.attributes["money.usd"].total == 0


@pytest.mark.parametrize(
    ("predicted", "gold", "correct"),
    [
        ("heavy trucks", "heavy truck", True),  # last gold word "truck" is a predicted word
        ("truck", "heavy truck", True),  # modifiers are not required
        ("trucks", "heavy truck", True),
        ("heavy truck", "truck", True),
        ("truckload", "truck", False),  # a word, not a substring
        ("vehicle", "heavy truck", False),
        (None, "heavy truck", False),
        ("batteries", "battery", True),
        ("buses", "bus", True),
        ("Automotive Enterprises", "automotive and auto parts enterprise", True),
        ("GWh", "GWh", True),
        ("Wh/kg", "Wh/kg", True),
        ("kWh", "GWh", False),
    ],
)
def test_figure_unit_last_word_rule(predicted: str | None, gold: str, correct: bool) -> None:
    assert unit_matches(predicted, gold) is correct
    report = score([figure(5.0, predicted)], [figure(5.0, gold)])
    assert report.attributes["figure.unit"].correct == int(correct)


def test_percentage_and_year_roles() -> None:
    report = score(
        [pct(5.0, role="share"), {**year(2025), "role": "target"}],
        [pct(5.0, role="change"), {**year(2025), "role": "target"}],
    )
    assert report.attributes["percentage.role"].accuracy == 0.0
    assert report.attributes["year.role"].accuracy == 1.0


def test_year_attribute_gold_null_vs_predicted_year_is_wrong() -> None:
    report = score([figure(8.0, year=2022)], [figure(8.0, year=None)])
    assert (report.attributes["year"].correct, report.attributes["year"].total) == (0, 1)


def test_year_attribute_skipped_when_gold_lacks_the_key() -> None:
    assert score([money(5.0, year=2022)], [money(5.0)]).attributes["year"].total == 0


def test_year_attribute_on_gold_model_uses_set_fields() -> None:
    gold = [YearRecord(text="in 2022", start=0, end=7, value=2022, role="reference")]
    pred = [YearRecord(text="in 2022", start=0, end=7, value=2022, role="period")]
    report = evaluate({"a": pred}, {"a": gold})
    assert report.attributes["year.role"].accuracy == 0.0


def test_report_round_trips_through_json() -> None:
    report = score([money(5.0, rule_id="m")], [money(6.0)])
    assert EvalReport.model_validate_json(report.model_dump_json()) == report


def test_score_metadata_counts_each_field_and_both() -> None:
    from datetime import date

    from nevextract.evaluate import score_metadata

    gold = {
        "a": {"title": "T  one", "published": date(2023, 1, 2), "source": "Xinhua"},
        "b": {"title": "T two", "published": None, "source": "site.com"},
        "c": {"title": "T three", "published": "2023-01-02", "source": None},
        "unscored": {"title": "no prediction", "published": None, "source": None},
    }
    predicted = {
        "a": {"title": "T one", "published": "2023-01-02", "source": "XINHUA"},
        "b": {"title": "T two", "published": "2023-01-01", "source": "site.com"},
        "c": {"title": "Other", "published": "2023-01-02", "source": "Reuters"},
    }
    score = score_metadata(predicted, gold)
    assert (score.articles, score.title, score.published, score.source) == (3, 2, 2, 2)
    assert score.title_and_published == 1
    assert {(m.article, m.field) for m in score.mismatches} == {
        ("b", "published"),
        ("c", "title"),
        ("c", "source"),
    }
