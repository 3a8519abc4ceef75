"""Which drug an event belongs to: the names of its clause and sentence, a list it spans,
a count it refers back to, or the drug of the event or the name told before it."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from service.extract import entry_events, listings, regimens
from service.extract.attributes import company_for
from service.extract.chinese_names import without_leading_word
from service.extract.context import Context
from service.extract.counted_items import count_of, counted_items, item_heads
from service.extract.devices import names_a_device
from service.extract.drugs import DrugMention
from service.extract.event_words import Trigger
from service.extract.kind_referents import kind_referent
from service.extract.opening_sentences import next_sentence_drug
from service.extract.party_labels import labels_another_party
from service.extract.product_classes import kin_products_subject
from service.extract.respective_items import respective_drugs
from service.extract.section_labels import announces_below
from service.extract.sentences import Segment

if TYPE_CHECKING:
    from service.extract.assembly import Candidate

# "上述四款药物…均": a count of the products named before, each of which the event is about.
_BACK_REFERENCE = re.compile(r"(?:上述|前述|以上)([两二三四五六七八九十\d]+|几|各)(?:款|个|种)")
_LIST_JOIN = re.compile(r"[，,；]?以及|$")
# "其中包括A和B", "including A and B", "A and B were among the products": a list of the
# event's products, each of which it is about.
_AMONG = re.compile(r"其中(?:包括|有)|\bincluding\b|\b(?:were|are) among\b", re.IGNORECASE)
_AMONG_WORDS = ("其中", "including", "among")
_AND = re.compile(r"和|及|与|、|\band\b|,")
THIS_EVENT = ("此次", "本次", "这次")
_UNNAMED_PRODUCT = re.compile(r"(?<![该此其本这])(?:新药|创新药|在研药|候选药)")
# A named company's product described by its kind, not named: "乙生物的眼科基因治疗产品获
# FDA孤儿药资格" (a roundup's summary, before the items that name each product).
_OWNED_PRODUCT = re.compile(
    r"(?P<owner>[\u4e00-\u9fff]{2,6}(?:(?<!仿)制药|医药|生物|药业))的(?![该此其本这])"
    r"[^，。；]{0,20}?(?:产品|药物|药品|新药|疗法|抑制剂|抗体|疫苗)"
)


def _field_owner(ctx: Context, sentence: Segment) -> tuple[bool, int | None]:
    """Whether the sentence is a field of an entry block or a listing, and the drug it is of."""
    field, owner = entry_events.owner(ctx, sentence)
    return (field, owner) if field else listings.owner(ctx, sentence)


def drugs_for(
    ctx: Context, sentence: Segment, trigger: Trigger, told: list[Candidate]
) -> tuple[list[int], bool]:
    """The drugs a trigger's event is about, and whether they were guessed from outside
    its sentence; `told` are the article's events found before it."""
    field, owner = _field_owner(ctx, sentence)
    if field:
        return ([owner] if owner is not None else []), False
    body = ctx.text[sentence.start : sentence.end]
    in_sentence = [m for m in ctx.mentions_in(sentence.start, sentence.end) if not m.comparator]
    if ctx.lang.plural_cue.search(body) and len({m.drug for m in in_sentence}) > 1:
        return sorted({m.drug for m in in_sentence}), False
    listed = (
        _listed_objects(ctx, trigger, in_sentence)
        or _among(ctx, sentence, in_sentence)
        or respective_drugs(ctx, sentence, in_sentence)
    )
    if listed:
        return listed, False
    clause = trigger.clause
    in_clause = [m for m in in_sentence if clause.start <= m.start < clause.end]
    if not in_clause and _unnamed_item(ctx, clause, trigger):
        return [], False
    for pool in (in_clause, in_sentence):
        if pool:
            own = _in_phrase(ctx, trigger, pool)
            nearest = min(own, key=lambda m: distance(m.start, m.end, trigger))
            if trigger.type == "approval" and pool is in_clause:
                # A regimen's approval is each of its products' ("X in combination with Y").
                return regimens.with_partners(ctx, clause, [nearest.drug]), False
            return [nearest.drug], False
    return _named_elsewhere(ctx, sentence, trigger, told)


def _in_phrase(ctx: Context, trigger: Trigger, pool: list[DrugMention]) -> list[DrugMention]:
    """The names of the comma-set phrase holding the trigger, when it has any: "X tablets
    obtain clinical trial approval, Y phase III completes first dosing" is two events, each
    its own phrase's drug's, however near the next phrase's name stands."""
    if len(pool) < 2:
        return pool
    low = max(ctx.text.rfind(",", 0, trigger.start), ctx.text.rfind("，", 0, trigger.start)) + 1
    ends = [
        at for at in (ctx.text.find(",", trigger.end), ctx.text.find("，", trigger.end)) if at >= 0
    ]
    high = min(ends, default=len(ctx.text))
    own = [m for m in pool if low <= m.start and m.end <= high]
    return own or pool


def _named_elsewhere(
    ctx: Context, sentence: Segment, trigger: Trigger, told: list[Candidate]
) -> tuple[list[int], bool]:
    """`drugs_for` when the sentence names no drug: a regimen or a name referred back to,
    else (guessed) the drug of the event told before, an unnamed referent, the main drug."""
    clause = trigger.clause
    if names_a_device(ctx.text, sentence.start, sentence.end):
        return [], False  # a device's event, not a drug's named elsewhere
    regimen = regimens.referred(ctx, clause)
    if regimen:
        return regimen, False
    back = _back_reference(ctx, clause, sentence.start)
    if back or listings.page_prose(ctx, sentence):
        return back, False
    if ctx.lang.generic_object.search(ctx.text[clause.start : clause.end]):
        # "有两款…获批。一是X…；二是Y…": the products counted are listed next.
        return counted_items(ctx, clause, ctx.sentences.index(sentence)), False
    if announces_below(ctx, sentence, trigger) or labels_another_party(ctx, sentence):
        return [], False
    opened = next_sentence_drug(ctx, sentence, trigger)
    if opened is not None:
        return [opened], False
    told_drug = _told_drug(ctx, trigger, told)
    if told_drug is not None:
        return [told_drug], True
    described = kind_referent(ctx, clause, sentence.start)
    if described is not None:
        return [described], True
    earlier = _unnamed_referents(ctx, sentence.start)
    if earlier:
        return [_referent(earlier[-1], told)], True
    if ctx.drugs.main is not None and ctx.drugs.main not in ctx.drugs.comparator_only:
        if _summary_bullet(ctx, sentence):
            return [], False
        return [ctx.drugs.main], True
    return [], False


# "A new drug application was submitted": the noun before the event's own word names the
# kind of application, not an unnamed product.
_APPLICATION_WORD = re.compile(r"(?:applications?|submissions?)\b")


def _modifies_the_application(ctx: Context, trigger: Trigger) -> bool:
    return ctx.lowered.endswith(("drug ", "drugs "), 0, trigger.start) and bool(
        _APPLICATION_WORD.match(ctx.lowered, trigger.start)
    )


def _unnamed_item(ctx: Context, clause: Segment, trigger: Trigger) -> bool:
    """A product described but not named as the event's subject (see `unnamed_subject`);
    a roundup's item after "；" about an unnamed product ("……获批；乙公司肾病新药获FDA
    孤儿药资格认定") is not about the drug of the item before it."""
    if ctx.lang.unnamed_subject.search(ctx.text, clause.start, trigger.start) and not (
        _modifies_the_application(ctx, trigger)
    ):
        return True
    if _another_companys_product(ctx, clause, trigger):
        return True
    # (From the comma opening the event's phrase: "已有同类产品上市，该药于5月获批" is the drug's.)
    phrase = max(clause.start, ctx.text.rfind("，", clause.start, trigger.start) + 1)
    if kin_products_subject(ctx.text, phrase, trigger.start):
        return True
    if not clause.hard or not ctx.text.startswith("；", clause.start - 1):
        return False
    return _UNNAMED_PRODUCT.search(ctx.text, clause.start, trigger.start) is not None


def _another_companys_product(ctx: Context, clause: Segment, trigger: Trigger) -> bool:
    """The event's subject is a product of a company other than the article's, described
    but not named (see `_OWNED_PRODUCT`): the drug named elsewhere is not that product."""
    # (From the comma opening the event's phrase: a clause may tell several companies'.)
    phrase = max(clause.start, ctx.text.rfind("，", clause.start, trigger.start) + 1)
    if ctx.text.find("的", phrase, trigger.start) < 0:
        return False
    owned = _OWNED_PRODUCT.search(ctx.text, phrase, trigger.start)
    if owned is None:
        return False
    owner = without_leading_word(owned["owner"])
    article = article_company(ctx)
    return article is not None and owner not in article and article not in owner


def article_company(ctx: Context) -> str | None:
    """The company the article is about (found once an article: the milestones carry it)."""
    if "company" not in ctx.memo:
        ctx.memo["company"] = company_for(ctx.article.title, ctx.text, ctx.lang.comma_phrases)
    company = ctx.memo["company"]
    assert company is None or isinstance(company, str)
    return company


def _summary_bullet(ctx: Context, sentence: Segment) -> bool:
    """A release's summary bullet over its body, told before any product is named, in a
    text about several ("- NDA for lead asset accepted by FDA"): not the main drug's; the
    body tells the event again with its name."""
    line = ctx.text.rfind("\n", 0, sentence.start) + 1
    if not ctx.text.startswith(("- ", "• ", "* "), line):
        return False
    return len({m.drug for m in ctx.drugs.mentions if not m.comparator}) > 1


def _unnamed_referents(ctx: Context, before: int) -> list[DrugMention]:
    """The subjects named before an unnamed event; a combination's established partner
    ("added to metformin") only when no other drug is named: the event is the new drug's."""
    earlier = [m for m in ctx.mentions_in(0, before) if not m.comparator]
    partners = ctx.drugs.partners
    if partners:
        own = [m for m in earlier if m.drug not in partners]
        return own or earlier
    return earlier


def _told_drug(ctx: Context, trigger: Trigger, told: list[Candidate]) -> int | None:
    """ "此次获批…" (this approval) names the event told before, else the article's
    subject: not the last name dropped ("对X耐药的患者")."""
    if not ctx.text.endswith(THIS_EVENT, 0, trigger.start):
        return None
    drugs = [c.drug for c in told if c.type == trigger.type]
    return drugs[-1] if drugs else ctx.drugs.main


def _referent(last: DrugMention, told: list[Candidate]) -> int:
    """The drug an unnamed event refers back to: the last one named, unless its sentence
    told an event of another drug ("X was approved for patients intolerant to Y. In March,
    the agency approved its first-line use": "its" is X's, the subject of that event)."""
    there = [c.drug for c in told if c.sentence.start <= last.start < c.sentence.end]
    return there[-1] if there and last.drug not in there else last.drug


def _listed_objects(ctx: Context, trigger: Trigger, mentions: list[DrugMention]) -> list[int]:
    """ "批准A公司的X片（…），以及B公司的Y片（…）上市": each product of a list the trigger
    spans gets the event; an item's first name is its product (the rest describe it)."""
    if "以及" not in ctx.text[trigger.start : trigger.end]:
        return []
    items: list[tuple[int, int]] = []
    low = trigger.start
    for found in _LIST_JOIN.finditer(ctx.text, trigger.start, trigger.end + 1):
        items.append((low, found.start()))
        low = found.end()
    drugs = item_heads(mentions, items)
    return sorted(drugs) if len(drugs) > 1 else []


def _among(ctx: Context, sentence: Segment, mentions: list[DrugMention]) -> list[int]:
    # Screened with plain finds first: the case-blind cue pattern has no literal prefix to
    # scan for, and costs ten times more on the sentences (nearly all) without a cue.
    start, end = sentence.start, sentence.end
    if not any(ctx.lowered.find(word, start, end) >= 0 for word in _AMONG_WORDS):
        return []
    cue = _AMONG.search(ctx.text, start, end)
    if cue is None:
        return []
    after = not cue.group().lower().endswith("among")
    side = [m for m in mentions if (m.start >= cue.end()) == after]
    items = side if after else list(reversed(side))
    if not items or _AND.search(_lead_gap(ctx.text, cue, items[0], after)):
        # The list opens at the cue: "including patients who had X, Y and Z" is none.
        return []
    drugs = [items[0].drug]
    for near, far in pairwise(items):
        if far.drug == near.drug:
            continue  # a name and its code: "X片（AB-101）"
        low, high = (near.end, far.start) if after else (far.end, near.start)
        gap = ctx.text[low:high]
        if len(gap) > 60 or not _AND.search(gap) or any(c in gap for c in "。；;"):
            break
        if far.drug not in drugs:
            drugs.append(far.drug)
    return sorted(drugs) if len(drugs) > 1 else []


def _lead_gap(text: str, cue: re.Match[str], first: DrugMention, after: bool) -> str:
    gap = text[cue.end() : first.start] if after else text[first.end : cue.start()]
    return gap if len(gap) <= 30 else ","


def _back_reference(ctx: Context, clause: Segment, before: int) -> list[int]:
    """The last n distinct drugs named as subjects before "上述n款药物"."""
    found = _BACK_REFERENCE.search(ctx.text, clause.start, clause.end)
    if found is None:
        return []
    wanted = count_of(found.group(1))
    drugs: list[int] = []
    for mention in reversed(ctx.mentions_in(0, before)):
        if not mention.comparator and mention.drug not in drugs:
            drugs.append(mention.drug)
    if wanted and len(drugs) < wanted:
        return []
    return sorted(drugs[:wanted] if wanted else drugs)


def distance(start: int, end: int, trigger: Trigger) -> int:
    if end <= trigger.start:
        return trigger.start - end
    if start >= trigger.end:
        return start - trigger.end
    return 0
