"""A table-driven extractor: the decision tests need exact candidates, not extraction quality."""

from __future__ import annotations

from typing import Any

from service.extract.models import Evidence
from service.ingest.decisions import Candidate
from service.ingest.pipeline import IncomingArticle


def candidate(drug: str, milestone_type: str = "approval", **fields: Any) -> Candidate:
    values: dict[str, Any] = {
        "drug": drug,
        "aliases": (),
        "company": None,
        "type": milestone_type,
        "jurisdiction": "US",
        "agency": "FDA",
        "date": "2024-03-13",
        "date_precision": "day",
        "indication": None,
        "attributes": {},
        "evidence": Evidence(f"{drug} {milestone_type}", 0, 10),
        "confidence": 0.9,
    }
    values.update(fields)
    values["aliases"] = tuple(values["aliases"])
    return Candidate(**values)


class ScriptedExtractor:
    def __init__(self) -> None:
        self.script: dict[str, list[Candidate]] = {}
        self.calls: list[str] = []

    def __call__(self, article: IncomingArticle) -> list[Candidate]:
        self.calls.append(article.title)
        return list(self.script.get(article.title, []))
