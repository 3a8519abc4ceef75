"""A feed item's headline event that its summary does not tell.

An RSS or Atom item is a headline and a teaser of a few sentences; the teaser often goes on
to the background ("already holds orphan drug designation …") and leaves the news to the
headline: "X wins FDA breakthrough therapy designation" over a summary that never says so
again. Such an event is read from the headline, when the summary is short (a feed item's,
not an article's body, whose own telling of the news is the one to trust) and tells no event
of the same kind: a milestone of unknown date, as the headline carries none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from service.extract.models import Article, Evidence, Milestone

# The longest body read as a feed item's summary (one to four sentences, perhaps cut off):
# a longer body is an article, which tells its headline's news itself.
_SUMMARY_CHARS = 700

Kind = tuple[str, str, object]


def headline_events(
    article: Article, told: list[Milestone], read: Callable[[Article], list[Milestone]]
) -> list[Milestone]:
    """Milestones told only by the headline of a feed item (see the module); `told` are the
    summary's own, `read` the extractor."""
    title = article.title.strip()
    if not title or len(article.text) > _SUMMARY_CHARS or title[:20] in article.text:
        return []
    kinds = {_kind(m) for m in told}
    found = []
    for milestone in read(dataclasses.replace(article, text=f"{title}\n{article.text}")):
        if milestone.evidence.start >= len(title) or _kind(milestone) in kinds:
            continue
        if not _named_in(milestone, title):
            continue  # the headline's event is another drug's, or the name is the body's
        kinds.add(_kind(milestone))
        # (The quote is the headline, outside the body: its span is empty.)
        found.append(
            dataclasses.replace(
                milestone, date=None, date_precision="unknown", evidence=Evidence(title, 0, 0)
            )
        )
    return found


def _kind(milestone: Milestone) -> Kind:
    """What a milestone tells, whatever its drug is called: its type, place and status."""
    extra = milestone.attributes
    return (
        milestone.type,
        milestone.jurisdiction,
        extra.get("designation") or extra.get("program"),
    )


def _named_in(milestone: Milestone, title: str) -> bool:
    lowered = title.lower()
    return any(name.lower() in lowered for name in (milestone.drug, *milestone.aliases))
