"""Group an article's drug names into entities (INN, codes, brands, translations)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import NamedTuple

from service.extract.alias_statements import link_fields, link_item_headings, link_known_as
from service.extract.aliases import link_parentheses
from service.extract.biosimilars import biosimilar_names
from service.extract.comparators import comparator_flags, named_as_partner
from service.extract.described_names import described_names
from service.extract.dosage_forms import form_names, with_dosage_forms
from service.extract.fixed_combinations import link_combinations
from service.extract.headings import heading_names, shouted_headings
from service.extract.keywords import holds_one_of
from service.extract.listings import ingredient_names
from service.extract.name_clusters import KIND_RANK, Clusters, link_forms
from service.extract.name_variants import link_syllable_groups, link_variants
from service.extract.names import Name, canonical_form, find_names
from service.extract.short_names import link_short_forms, short_form_names
from service.extract.trial_names import trial_codes

# "its rival Krazati": another company's drug, named for context, not the article's subject.
_RIVAL_BEFORE = re.compile(
    r"\b(?:rival|rivals|competitor|competitors|competing)(?:\s+(?:drug|product|therapy|"
    r"medicine|treatment))?\s+(?:[\w-]+\s*[(（])?$",
    re.IGNORECASE,
)
_RIVAL_HINTS = ("rival", "compet")


@dataclass(frozen=True)
class Drug:
    canonical: str
    aliases: tuple[str, ...]


class DrugMention(NamedTuple):
    start: int
    end: int
    drug: int
    comparator: bool


@dataclass(frozen=True)
class DrugIndex:
    drugs: tuple[Drug, ...]
    mentions: tuple[DrugMention, ...]
    comparator_only: frozenset[int]
    main: int | None
    # Drugs the article names as another's combination partner somewhere.
    partners: frozenset[int] = frozenset()


def index_drugs(title: str, text: str, cells: list[Name] | None = None) -> DrugIndex:
    """The drugs the article names; `cells`: names a table's drug cells give (offsets in
    the title and text joined by a line break)."""
    source = f"{title}\n{text}"
    lowered = source.lower()  # (once: lower-casing a text that is not ASCII is slow)
    names = _with_extra(_with_extra(find_names(source), heading_names(source)), form_names(source))
    names = _with_extra(names, ingredient_names(source, lowered))
    names = _with_extra(names, cells or [])
    names = _with_extra(names, described_names(source, lowered))
    names = _with_extra(names, short_form_names(source, names))
    clusters = Clusters()
    ends = {}
    for name in names:
        clusters.add(name.text, name.kind)
        ends[name.start + len(name.text)] = name
    link_parentheses(source, clusters, ends)
    for heading in shouted_headings(source):
        if heading["brand"]:  # "FALCOTINIB / Falqara (Acme)": one product's two names
            clusters.union(heading["brand"].lower(), heading["name"].lower())
    subject = [
        not flag
        for flag in comparator_flags(source, [(n.start, n.start + len(n.text)) for n in names])
    ]
    apart = biosimilar_names(lowered, clusters)
    link_known_as(source, clusters, names, subject, apart)
    link_combinations(source, clusters)
    link_fields(source, clusters)
    link_item_headings(source, clusters)
    link_forms(clusters, apart)
    link_variants(source, len(title) + 1, names, clusters)
    link_syllable_groups(source, clusters)
    link_short_forms(source, clusters)
    drugs = _build_drugs(source, lowered, clusters, trial_codes(source, names), apart)
    mentions, rivals = _find_mentions(text, drugs)
    index = _finish(title, drugs, mentions, rivals)
    return replace(index, partners=_partners(text, mentions))


def _with_extra(names: list[Name], found: list[Name]) -> list[Name]:
    """Names found by other means (headings, dosage forms) where no name starts yet."""
    if not found:
        return names
    taken = {n.start for n in names}
    extra = [n for n in found if n.start not in taken]
    return sorted(names + extra, key=lambda n: n.start) if extra else names


def _build_drugs(
    source: str, lowered: str, clusters: Clusters, trials: frozenset[str], apart: frozenset[str]
) -> list[Drug]:
    """One drug per group of linked names; a trial's name alone is no drug; a biosimilar's
    own name (`apart`) keeps its suffix."""
    drugs = []
    for group in clusters.groups():
        if len(group) == 1 and group[0] in trials:
            continue
        # An INN the text writes in small letters is the real one, not a capitalised
        # transliteration of it ("Porvatinib ... (English name: x)"); a glycoprotein's full
        # name ("x alfa"), not the short form copy uses after it.
        best = group[0] if len(group) == 1 else min(
            group,
            key=lambda k: (
                KIND_RANK[clusters.kind.get(k, "brand")],
                k not in source,
                " alfa" not in k,
                -lowered.count(k),
                k,
            ),
        )  # fmt: skip
        name = Name(clusters.surface[best], clusters.kind.get(best, "brand"), 0)
        canonical = canonical_form(name)
        if best in apart:
            canonical = best  # (without its suffix it names the reference product)
        aliases = _aliases(source, [clusters.surface[k] for k in group], canonical)
        drugs.append(Drug(canonical, aliases))
    return drugs


def _aliases(source: str, surfaces: list[str], canonical: str) -> tuple[str, ...]:
    seen = {canonical.lower()}
    aliases = []
    for surface in surfaces:
        forms = [surface] + [surface + s for s in (" tablets", "片") if surface + s in source]
        forms += with_dosage_forms(source, surface)
        for form in forms:
            if form.lower() not in seen:
                seen.add(form.lower())
                aliases.append(form)
    return tuple(aliases)


def _find_mentions(text: str, drugs: list[Drug]) -> tuple[list[DrugMention], set[int]]:
    """Every mention, whether it is a comparator, and which mentions name a rival."""
    hits = []
    lowered = text.lower()
    for index, drug in enumerate(drugs):
        for form in {drug.canonical.lower(), *(a.lower() for a in drug.aliases)}:
            for start in _occurrences(lowered, form):
                hits.append((start, start + len(form), index))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, int]] = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    flags = comparator_flags(text, [(start, end) for start, end, _ in kept])
    mentions = [
        DrugMention(start, end, index, flag)
        for (start, end, index), flag in zip(kept, flags, strict=True)
    ]
    rivals: set[int] = set()
    if holds_one_of(lowered, _RIVAL_HINTS):
        rivals = {
            i
            for i, m in enumerate(mentions)
            if _RIVAL_BEFORE.search(text, max(0, m.start - 40), m.start)
        }
    return mentions, rivals


def _partners(text: str, mentions: list[DrugMention]) -> frozenset[int]:
    """Drugs named as a combination's established partner ("X plus nivolumab", "added to
    metformin", "the X-nivolumab combination"): an event told without a name is not theirs."""
    found = set()
    for mention in mentions:
        if not mention.comparator:
            continue
        if named_as_partner(text, mention.start) or text.endswith("-", 0, mention.start):
            found.add(mention.drug)
    return frozenset(found)


def _occurrences(lowered: str, form: str) -> list[int]:
    """Start offsets of a name, whole-word for Latin names (no regex compile per name)."""
    found = []
    start = lowered.find(form)
    while start >= 0:
        end = start + len(form)
        if not form.isascii() or (
            (start == 0 or not lowered[start - 1].isalnum() or not lowered[start - 1].isascii())
            and (end == len(lowered) or not lowered[end].isalnum() or not lowered[end].isascii())
        ):
            found.append(start)
        start = lowered.find(form, start + 1)
    return found


def _finish(
    title: str, drugs: list[Drug], mentions: list[DrugMention], rivals: set[int]
) -> DrugIndex:
    subject_of = {m.drug for m in mentions if not m.comparator}
    comparator_only = frozenset(range(len(drugs))) - subject_of
    weights: Counter[int] = Counter(
        m.drug for i, m in enumerate(mentions) if not m.comparator and i not in rivals
    )
    lowered_title = title.lower()
    for index, drug in enumerate(drugs):
        forms = (drug.canonical, *drug.aliases)
        weights[index] += 3 * sum(lowered_title.count(f.lower()) for f in forms)
    main = max(weights, key=lambda i: (weights[i], -i)) if weights else None
    return DrugIndex(tuple(drugs), tuple(mentions), comparator_only, main)
