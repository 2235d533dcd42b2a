"""Gold loading and validation: every malformed file names itself and the bad record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nevextract.errors import ArticleError, GoldError, NevextractError
from nevextract.gold import find_gold, iter_corpus, load_gold

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TEXT = "Header\n\nSales hit 5 billion yuan in 2022, BYD said.\n"


def record(kind: str, text: str, **fields: Any) -> dict[str, Any]:
    start = TEXT.index(text)
    return {"kind": kind, "text": text, "start": start, "end": start + len(text), **fields}


GOOD = [
    record("money", "5 billion yuan", value=5e9, currency="CNY", qualifier=None),
    record("year", "in 2022", value=2022, role="reference"),
    record(
        "firm", "BYD", name="BYD", aliases=[], mentions=[[TEXT.index("BYD"), TEXT.index("BYD") + 3]]
    ),
    {"kind": "target", "text": "hit 5 billion", "year": None},  # offsets are optional
]


def write_corpus(tmp_path: Path, records: list[Any] | None = None, raw: str | None = None) -> Path:
    article = tmp_path / "a1.txt"
    article.write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold").mkdir(exist_ok=True)
    payload = {"article": "a1.txt", "title": "T", "published": "2023-06-08", "records": records}
    gold = tmp_path / "gold" / "a1.json"
    gold.write_text(raw if raw is not None else json.dumps(payload), encoding="utf-8")
    return gold


def bad(tmp_path: Path, broken: dict[str, Any], index: int = 1) -> GoldError:
    records: list[Any] = list(GOOD)
    records.insert(index, broken)
    gold = write_corpus(tmp_path, records)
    with pytest.raises(GoldError) as info:
        load_gold(gold, tmp_path / "a1.txt")
    message = str(info.value)
    assert str(gold) in message and f"record {index}" in message, message
    assert info.value.record == index
    return info.value


def test_valid_gold_loads(tmp_path: Path) -> None:
    gold = load_gold(write_corpus(tmp_path, GOOD), tmp_path / "a1.txt")
    assert gold.id == "a1" and len(gold.records) == 4
    assert str(gold.published) == "2023-06-08"
    assert "year" in gold.records[3] and gold.records[3]["year"] is None  # presence kept


def test_gold_error_is_a_value_error() -> None:
    assert issubclass(GoldError, NevextractError) and issubclass(GoldError, ValueError)


def test_bad_json_names_file_line_and_column(tmp_path: Path) -> None:
    gold = write_corpus(tmp_path, raw='{"article": "a1.txt",\n  "records": [,]}')
    with pytest.raises(GoldError) as info:
        load_gold(gold)
    assert str(gold) in str(info.value)
    assert "line 2 column" in str(info.value)


def test_unknown_kind(tmp_path: Path) -> None:
    error = bad(tmp_path, {"kind": "date", "text": "in 2022"})
    assert "unknown kind 'date'" in error.problem


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        ({"kind": "money", "text": "5 billion yuan", "value": 5e9}, "currency"),
        ({"kind": "money", "text": "5 billion yuan", "currency": "CNY"}, "value"),
        ({"kind": "percentage", "text": "5 percent", "value": None}, "value"),
        ({"kind": "figure", "text": "5 trucks"}, "value"),
        ({"kind": "year", "text": "in 2022", "role": "reference"}, "value"),
        ({"kind": "firm", "text": "BYD"}, "name"),
        ({"kind": "target", "text": "hit 5 billion"}, "year"),
    ],
)
def test_missing_key_field(tmp_path: Path, broken: dict[str, Any], field: str) -> None:
    error = bad(tmp_path, broken, index=2)
    assert repr(field) in error.problem


def test_missing_text(tmp_path: Path) -> None:
    assert "text" in bad(tmp_path, {"kind": "year", "value": 2022, "role": "reference"}).problem


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        (record("year", "in 2022", value=2022.0, role="reference"), "value"),
        (record("year", "in 2022", value="2022", role="reference"), "value"),
        (record("year", "in 2022", value=2022, role="deadline"), "role"),
        (record("money", "5 billion yuan", value="5e9", currency="CNY"), "value"),
        (
            record("money", "5 billion yuan", value=5e9, currency="CNY", qualifier="approx"),
            "qualifier",
        ),
        (record("percentage", "5 billion", value=5, points="yes"), "points"),
        (record("money", "5 billion yuan", value=5e9, currency="CNY", valu=1), "valu"),
    ],
)
def test_wrong_type_or_unknown_field(tmp_path: Path, broken: dict[str, Any], field: str) -> None:
    assert field in bad(tmp_path, broken, index=0).problem


def test_record_must_be_an_object(tmp_path: Path) -> None:
    bad(tmp_path, ["money"], index=3)  # type: ignore[arg-type]


def test_offsets_must_index_the_article(tmp_path: Path) -> None:
    shifted = record("year", "in 2022", value=2022, role="reference")
    shifted["start"] += 1
    shifted["end"] += 1
    error = bad(tmp_path, shifted, index=2)
    assert "'n 2022,'" in error.problem and "'in 2022'" in error.problem


def test_offsets_past_the_end(tmp_path: Path) -> None:
    far = {"kind": "year", "text": "in 2022", "value": 2022, "role": "reference"}
    error = bad(tmp_path, {**far, "start": 500, "end": 507})
    assert "past the article end" in error.problem


def test_offsets_not_checked_without_article(tmp_path: Path) -> None:
    shifted = {**record("year", "in 2022", value=2022, role="reference"), "start": 0, "end": 7}
    gold = write_corpus(tmp_path, [shifted])
    assert len(load_gold(gold).records) == 1


def test_half_offsets_and_reversed_offsets(tmp_path: Path) -> None:
    year = {"kind": "year", "text": "in 2022", "value": 2022, "role": "reference"}
    assert "together" in bad(tmp_path, {**year, "start": 3}).problem
    assert "bad offsets" in bad(tmp_path, {**year, "start": 9, "end": 2}).problem


def test_firm_mention_must_be_name_or_alias(tmp_path: Path) -> None:
    wrong = record("firm", "BYD", name="BYD", aliases=[], mentions=[[0, 6]])
    assert "'Header'" in bad(tmp_path, wrong).problem


def test_article_field_must_match_file_stem(tmp_path: Path) -> None:
    gold = write_corpus(tmp_path, raw=json.dumps({"article": "other.txt", "records": []}))
    with pytest.raises(GoldError, match=r"other\.txt"):
        load_gold(gold)


def test_unknown_top_level_field(tmp_path: Path) -> None:
    gold = write_corpus(tmp_path, raw=json.dumps({"article": "a1.txt", "records": [], "x": 1}))
    with pytest.raises(GoldError, match="unknown top-level"):
        load_gold(gold)


def test_bad_published_date(tmp_path: Path) -> None:
    raw = json.dumps({"article": "a1.txt", "published": "June 8", "records": []})
    with pytest.raises(GoldError, match="published"):
        load_gold(write_corpus(tmp_path, raw=raw))


# --------------------------------------------------------------------------- finding files


def test_find_gold_beside_or_in_dir(tmp_path: Path) -> None:
    gold = write_corpus(tmp_path, GOOD)
    assert find_gold(tmp_path / "a1.txt") == gold
    assert find_gold(tmp_path / "a2.txt") is None
    assert find_gold(tmp_path / "a1.txt", gold_dir=tmp_path / "gold") == gold
    assert find_gold(tmp_path / "a1.txt", gold_dir=tmp_path) is None


def test_iter_corpus_walks_and_skips(tmp_path: Path) -> None:
    write_corpus(tmp_path, GOOD)
    (tmp_path / "gold" / "stray.txt").write_text("x", encoding="utf-8")
    (tmp_path / "README.txt").write_text("x", encoding="utf-8")
    (tmp_path / "MANIFEST.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b2.txt").write_text("x", encoding="utf-8")
    items = iter_corpus([tmp_path, tmp_path / "a1.txt"])
    assert items == [
        (tmp_path / "a1.txt", tmp_path / "gold" / "a1.json"),
        (tmp_path / "sub" / "b2.txt", None),
    ]


def test_iter_corpus_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="nope"):
        iter_corpus([tmp_path / "nope"])


def test_real_corpus_is_found_and_valid() -> None:
    items = iter_corpus([CORPUS])
    names = {article.name for article, _ in items}
    assert "jinan-nev-2023.txt" in names and "P1-money.txt" in names
    assert not any(name.upper().startswith(("README", "MANIFEST")) for name in names)
    for article, gold in items:
        assert gold is not None, article
        assert load_gold(gold, article).id == article.stem
