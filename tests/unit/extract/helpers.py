"""Small helpers shared by the extractor tests."""

from __future__ import annotations

import datetime as dt

from service.extract import Article, Milestone, extract


def run(
    text: str, published: str = "2025-06-13", title: str = "", lang: str | None = None
) -> list[Milestone]:
    day = dt.date.fromisoformat(published)
    return extract(Article(id="t", title=title, text=text, published=day, lang=lang))


def keys(milestones: list[Milestone]) -> set[tuple[str, str, str]]:
    return {(m.drug, m.type, m.jurisdiction) for m in milestones}


def only(milestones: list[Milestone], kind: str) -> Milestone:
    found = [m for m in milestones if m.type == kind]
    assert len(found) == 1, [m.to_dict() for m in milestones]
    return found[0]
