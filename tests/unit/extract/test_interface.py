"""The public interface other tools rely on."""

from __future__ import annotations

import json

import service.extract as extract_pkg
from service.extract.report import article_lines
from tests.unit.extract.helpers import run

FIELDS = {
    "drug",
    "aliases",
    "company",
    "type",
    "jurisdiction",
    "agency",
    "date",
    "date_precision",
    "indication",
    "attributes",
    "evidence",
    "confidence",
}


def test_exports_and_to_dict_fields() -> None:
    assert extract_pkg.EXTRACTOR_NAME and extract_pkg.EXTRACTOR_VERSION
    (milestone,) = run("Acme said today that the FDA approved velotinib for lymphoma.")
    data = milestone.to_dict()
    assert set(data) == FIELDS
    assert set(data["evidence"]) == {"quote", "start", "end"}
    json.dumps(data)


def test_article_lines_are_json_with_unicode_kept() -> None:
    import datetime as dt

    article = extract_pkg.Article(
        "z1", "", "今日，某公司的AB-1234获国家药监局批准上市。", dt.date(2025, 6, 1), lang="zh"
    )
    (line,) = list(article_lines([article]))
    data = json.loads(line)
    assert data["id"] == "z1" and data["milestones"][0]["type"] == "approval"
    assert "国家药监局" in line
