"""Regression guard: accuracy on the development corpus must not fall below 0.90."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import extract
from service.extract.scoring import Report, load_gold, score_article

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "dev"


def test_dev_corpus_f1_and_date_accuracy() -> None:
    if not CORPUS.is_dir():
        pytest.skip("development corpus not present")
    report = Report()
    for item in load_gold(CORPUS):
        predicted = [m.to_dict() for m in extract(item.article)]
        score_article(report, item.article.id, item.article.lang or "?", predicted, item.milestones)
    assert report.overall.f1 >= 0.90, report.errors
    assert report.overall.date_accuracy >= 0.90, report.errors
