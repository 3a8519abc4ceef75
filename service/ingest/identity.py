"""Which drug record an article's names point to: exact aliases, merges, guarded fuzzy matches."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from service.domain.drugs import DrugRegistry, is_code_name, normalise_alias, slugify
from service.store.events import EventLog

IDENTITY_EVENTS = ("MilestoneRecorded", "DrugAliasLinked", "DrugsMerged")
FUZZY_CUTOFF = 85.0
COMPANY_CUTOFF = 80.0
_COMPANY_NOISE = (
    "pharmaceuticals",
    "pharmaceutical",
    "pharma",
    "therapeutics",
    "biotech",
    "biosciences",
    "bioscience",
    "inc",
    "ltd",
    "co",
    "corp",
    "corporation",
    "limited",
    "holdings",
    "group",
    "plc",
    "ag",
    "sa",
    "llc",
)


class RegistryFollower:
    """A `DrugRegistry` folded from the log, caught up from the last position it saw."""

    def __init__(self) -> None:
        self.registry = DrugRegistry()
        self.position = 0
        self.first_seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def catch_up(self, log: EventLog) -> DrugRegistry:
        with self._lock:
            while True:
                batch = log.read_all(
                    after_position=self.position, limit=1000, types=IDENTITY_EVENTS
                )
                for event in batch:
                    self.registry.apply(event.type, event.data)
                    slug = (
                        event.data.get("slug") or event.data.get("into") or event.data.get("drug")
                    )
                    if event.type == "MilestoneRecorded" and not event.data.get("slug"):
                        slug = slugify(str(event.data["drug"]))
                    self.first_seen.setdefault(str(slug), event.position)
                    self.position = event.position
                if len(batch) < 1000:
                    return self.registry


@dataclass(frozen=True)
class Resolution:
    slug: str
    merged: tuple[str, ...] = ()
    new_aliases: tuple[str, ...] = ()
    fuzzy_match: str | None = None
    known: bool = True
    reasons: dict[str, str] = field(default_factory=dict)


def resolve(
    follower: RegistryFollower, drug: str, aliases: Sequence[str], company: str | None
) -> Resolution:
    registry = follower.registry
    names = _unique([drug, *aliases])
    hits = _unique([registry.follow(s) for n in names if (s := registry.resolve([n])) is not None])
    fuzzy: str | None = None
    if not hits:
        match = _fuzzy_hit(registry, names, company)
        if match is not None:
            fuzzy, slug = match
            hits = [slug]
    if not hits:
        return Resolution(slug=slugify(drug), known=False)
    into = _merge_target(follower, hits)
    merged = tuple(h for h in hits if h != into)
    new = tuple(n for n in names if registry.resolve([n]) is None)
    return Resolution(slug=into, merged=merged, new_aliases=new, fuzzy_match=fuzzy)


def _merge_target(follower: RegistryFollower, slugs: list[str]) -> str:
    """Into the record whose slug is an INN (not a company code), else the oldest record."""

    def rank(slug: str) -> tuple[int, int, str]:
        canonical = (
            follower.registry.drugs[slug].canonical if slug in follower.registry.drugs else slug
        )
        return (1 if is_code_name(canonical) else 0, follower.first_seen.get(slug, 1 << 62), slug)

    return min(slugs, key=rank)


def _fuzzy_hit(
    registry: DrugRegistry, names: list[str], company: str | None
) -> tuple[str, str] | None:
    """A misspelt name, accepted only when the company or a code name backs it up."""
    choices = list(registry.by_alias)
    for name in names:
        key = normalise_alias(name)
        if is_code_name(name) or len(key) < 6:
            continue
        found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if found is None:
            continue
        slug = registry.follow(registry.by_alias[found[0]])
        if _corroborated(registry, slug, names, company):
            return name, slug
    return None


def _corroborated(registry: DrugRegistry, slug: str, names: list[str], company: str | None) -> bool:
    record = registry.drugs.get(slug)
    if record is None:
        return False
    if (
        company
        and record.company
        and fuzz.token_set_ratio(_company_key(company), _company_key(record.company))
        >= COMPANY_CUTOFF
    ):
        return True
    codes = {_code_prefix(a) for a in record.aliases if is_code_name(a)}
    return any(is_code_name(n) and _code_prefix(n) in codes for n in names)


def _company_key(name: str) -> str:
    words = [w for w in normalise_words(name) if w not in _COMPANY_NOISE]
    return " ".join(words)


def normalise_words(name: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in name.casefold()).split()


def _code_prefix(code: str) -> str:
    """The company's code letters (ICP of ICP-723): the same house, a different number."""
    return "".join(c for c in code if c.isalpha()).upper()


def _unique(values: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)
