"""A counted event whose products the next sentence lists: "有两款已于7月14日被CDE正式纳入突破性
治疗药物程序。一是甲公司的X注射液，……；二是乙公司的Y片，……".

Chinese copy often tells an event of "two products" first and names them after, one item each,
opened by an ordinal ("一是…；二是…", "其一…；其二…") or after "分别是/分别为". The event is each
listed product's. The list must name as many products as the count says: a sentence that names
fewer or more is not that list (it may describe one of them, or go on to other news).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.extract.context import Context
    from service.extract.drugs import DrugMention
    from service.extract.sentences import Segment

# "两款", "3个品种", "四个产品": the count of products a clause tells an event of.
_COUNT = re.compile(
    r"([两二三四五六七八九\d])(?:款|个(?:品种|产品|药物|药品|新药)|种(?:药物|药品|新药))"
)
_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# The list's opening, and the marks that open each later item.
_OPENING = re.compile(
    r"\s*(?:一是|其一[是为，]?|第一款是|(?:这|上述)?[两二三四五六七八九\d]款?(?:品种|产品)?分别(?:是|为)[：:]?)"
)
_ORDINAL_ITEM = re.compile(
    r"[二三四五六七八九]是|其[二三四五六七八九][是为，]?|第[二三四五六七八九]款是"
)
_PLAIN_ITEM = re.compile(r"；|;|、|以及|和|及")


def counted_items(ctx: Context, clause: Segment, index: int) -> list[int]:
    """The drugs the sentence after `index` lists, one per item, when the clause counts them."""
    count = _COUNT.search(ctx.text, clause.start, clause.end)
    if count is None or index + 1 >= len(ctx.sentences):
        return []
    wanted = count_of(count.group(1))
    listing = ctx.sentences[index + 1]
    opening = _OPENING.match(ctx.text, listing.start, listing.end)
    if opening is None:
        return []
    ordinal = "分别" not in opening.group()
    splitter = _ORDINAL_ITEM if ordinal else _PLAIN_ITEM
    bounds = [opening.end()]
    bounds += [m.start() for m in splitter.finditer(ctx.text, opening.end(), listing.end)]
    bounds.append(listing.end)
    named = [m for m in ctx.mentions_in(listing.start, listing.end) if not m.comparator]
    drugs = item_heads(named, pairwise(bounds))
    return sorted(drugs) if len(drugs) == wanted else []


def count_of(numeral: str) -> int:
    """The number a count's numeral says ("3", "两", "四"); 0 for one not read ("几", "十二")."""
    return int(numeral) if numeral.isdigit() else _NUMERALS.get(numeral, 0)


def item_heads(mentions: Sequence[DrugMention], items: Iterable[tuple[int, int]]) -> list[int]:
    """The drug each item of a list names first (the rest describe it), each drug once."""
    drugs: list[int] = []
    for low, high in items:
        item = [m for m in mentions if low <= m.start < high]
        if item and item[0].drug not in drugs:
            drugs.append(item[0].drug)
    return drugs
