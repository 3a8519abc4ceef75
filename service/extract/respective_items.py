"""Events shared out over a list by "respectively": "granted A and B Fast Track designation
in urticaria and prurigo, respectively" is one designation for each of A and B, and "A and
B were approved in May and June, respectively" is A's approval in May and B's in June.
Chinese copy shares out with 分别 ("A与B分别于5月和6月获批")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.drugs import DrugMention
from service.extract.event_words import Trigger
from service.extract.sentences import Segment

# Not translated copy's list of products ("respectively is A and B", 分别是A和B), which
# names them.
_RESPECTIVELY = re.compile(r"\brespectively\b(?!,?\s+(?:is|are)\b)|分别(?!是)", re.IGNORECASE)
_WORDS = ("respectively", "分别")
# What joins two items of one list: a comma, "and", or both (after a name's closing bracket:
# "Kelvanto (narsetuzumab) and …"); in Chinese 与, 和, 及 or 、.
_JOIN = re.compile(r"[)）]?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|(?:与|和|以及|及|、)\s*)")


def respective_drugs(ctx: Context, sentence: Segment, mentions: list[DrugMention]) -> list[int]:
    """The drugs of a list the sentence shares its event over with "respectively", in the
    order named; [] when it has none or names fewer than two."""
    if not any(word in ctx.lowered[sentence.start : sentence.end] for word in _WORDS):
        return []
    if not _RESPECTIVELY.search(ctx.text, sentence.start, sentence.end):
        return []
    best: list[int] = []
    run: list[int] = []
    last: DrugMention | None = None
    for mention in mentions:
        if last is not None and mention.drug == last.drug:
            last = mention  # a name and its code: "Kelvanto (narsetuzumab vedotin)"
            continue
        joined = last is not None and _JOIN.fullmatch(ctx.text, last.end, mention.start)
        run = [*run, mention.drug] if joined and mention.drug not in run else [mention.drug]
        best = run if len(run) > len(best) else best
        last = mention
    return best if len(best) > 1 else []


def paired_dates(
    ctx: Context,
    sentence: Segment,
    trigger: Trigger,
    ends: tuple[int, ...],
    drugs: list[int],
    dates: list[DateMention | None],
) -> list[tuple[list[int], DateMention | None]]:
    """Each drug with its own date when the list and the dates are as long ("A and B …
    in May and June, respectively"); else every drug with every date."""
    shared = _shared_event(ctx, sentence, trigger, ends, drugs)
    if shared is not None:
        return [([shared[0]], shared[1] or dates[0])]
    if len(drugs) > 1 and len(dates) == len(drugs):
        in_sentence = list(ctx.mentions_in(sentence.start, sentence.end))
        ordered = respective_drugs(ctx, sentence, in_sentence)
        if sorted(ordered) == sorted(drugs):
            return [([drug], when) for drug, when in zip(ordered, dates, strict=True)]
    return [(drugs, when) for when in dates]


def _shared_event(
    ctx: Context, sentence: Segment, trigger: Trigger, ends: tuple[int, ...], drugs: list[int]
) -> tuple[int, DateMention | None] | None:
    """ "A and B received BTD and IND clearance in May and June, respectively": as many
    events as drugs in one clause, the k-th event is the k-th drug's, dated by the k-th
    date when the clause has as many; None when the clause does not share events out."""
    clause = trigger.clause
    in_clause = [end for end in ends if clause.start < end <= clause.end]
    if len(drugs) < 2 or len(in_clause) != len(drugs) or trigger.end not in in_clause:
        return None
    mentions = list(ctx.mentions_in(clause.start, clause.end))
    ordered = respective_drugs(ctx, sentence, mentions)
    if sorted(ordered) != sorted(drugs):
        return None
    k = in_clause.index(trigger.end)
    dates = list({d.value: d for d in ctx.dates_in(clause.start, clause.end) if d.value}.values())
    return ordered[k], dates[k] if len(dates) == len(ordered) else None


# Each item of a list with its own date: "granted in 2020 for type 2 and the following year
# for type 3", "approved in May for adults and in June for children" (one event a date).
_ITEM_AFTER = re.compile(r"\s+for\s+[^,;.()]{1,40}?,?\s+and\s+(?:(?:in|on)\s+)?")
_ITEM_NEXT = re.compile(r"\s+for\b")


def dated_per_item(text: str, dates: Sequence[DateMention]) -> bool:
    """Two dates of a clause, each followed by the item it dates (see `_ITEM_AFTER`)."""
    return any(
        _ITEM_AFTER.fullmatch(text, first.end, second.start) is not None
        and _ITEM_NEXT.match(text, second.end) is not None
        for first, second in pairwise(dates)
    )
