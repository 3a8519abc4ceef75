"""Score predicted milestones against gold labels exactly as the spec's Scoring section says."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.extract.calendar import truncate
from service.extract.models import Article

Record = Mapping[str, Any]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    # Of the matches whose gold names an indication: how many name one, and the summed
    # share of the gold indication's words they contain (the spec does not score it).
    indication_gold: int = 0
    indication_given: int = 0
    indication_words: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.tp if self.tp else 1.0

    @property
    def indication_recall(self) -> float:
        return self.indication_words / self.indication_gold if self.indication_gold else 1.0

    def count_indication(self, predicted: str | None, gold: str | None) -> None:
        if not gold:
            return
        self.indication_gold += 1
        if predicted:
            self.indication_given += 1
            wanted = _words(gold)
            self.indication_words += len(wanted & _words(predicted)) / len(wanted) if wanted else 1


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    by_lang: dict[str, Tally] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GoldArticle:
    article: Article
    milestones: tuple[Record, ...]


def load_gold(directory: Path) -> list[GoldArticle]:
    """Gold-format JSON files of a corpus directory, sorted by name."""
    loaded = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
        article = Article(
            id=str(data["id"]),
            title=data.get("title", ""),
            text=data["text"],
            published=published,
            url=data.get("url"),
            lang=data.get("lang"),
        )
        loaded.append(GoldArticle(article, tuple(data.get("milestones", []))))
    return loaded


def names_of(milestone: Record) -> set[str]:
    return {str(n).lower() for n in [milestone["drug"], *milestone.get("aliases", [])]}


def date_correct(predicted: Record, gold: Record) -> bool:
    precision = gold.get("date_precision", "unknown")
    if gold.get("date") is None or precision == "unknown":
        return predicted.get("date") is None
    return bool(truncate(predicted.get("date"), precision) == gold["date"])


def score_article(
    report: Report, article_id: str, lang: str, predicted: Iterable[Record], gold: Iterable[Record]
) -> None:
    """Match one article's predictions one-to-one against its gold milestones."""
    remaining = list(predicted)
    for expected in gold:
        match = _best_match(remaining, expected)
        tallies = _tallies(report, str(expected["type"]), lang)
        if match is None:
            for tally in tallies:
                tally.fn += 1
            report.errors.append(f"{article_id} FN {_describe(expected)}")
            continue
        remaining.remove(match)
        ok = date_correct(match, expected)
        for tally in tallies:
            tally.tp += 1
            tally.date_ok += ok
            tally.count_indication(match.get("indication"), expected.get("indication"))
        if not ok:
            report.errors.append(
                f"{article_id} DATE {_describe(expected)} predicted {match.get('date')}"
            )
    for extra in remaining:
        for tally in _tallies(report, str(extra["type"]), lang):
            tally.fp += 1
        report.errors.append(f"{article_id} FP {_describe(extra)}")


def _best_match(candidates: list[Record], gold: Record) -> Record | None:
    fitting = [
        c
        for c in candidates
        if c["type"] == gold["type"]
        and c["jurisdiction"] == gold["jurisdiction"]
        and names_of(c) & names_of(gold)
    ]
    fitting.sort(key=lambda c: not date_correct(c, gold))
    return fitting[0] if fitting else None


def _tallies(report: Report, kind: str, lang: str) -> list[Tally]:
    return [
        report.overall,
        report.by_type.setdefault(kind, Tally()),
        report.by_lang.setdefault(lang, Tally()),
    ]


def _describe(milestone: Record) -> str:
    extra = milestone.get("attributes") or {}
    detail = extra.get("designation") or extra.get("program") or ""
    return (
        f"{milestone['drug']} {milestone['type']} {milestone['jurisdiction']} "
        f"{milestone.get('date')} {detail}".rstrip()
    )


_WORD = re.compile(r"[0-9a-z]+|[\u3400-\u9fff]")  # Chinese by character


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))
