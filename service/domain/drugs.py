"""Drug identity: slugs, alias normalisation, and the registry folded from identity events."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_ALIAS_NOISE = re.compile(r"[\s\-_.·'’™®©]+")
# Company codes: letters then digits, optionally hyphenated (ICP-723, VC004, mRNA-3705).
_CODE = re.compile(r"^[A-Za-z]{1,6}-?\d{2,6}[A-Za-z]?$")


def latin_slug(text: str) -> str:
    """`text` lower-cased in ASCII, non-alphanumerics as `-` ("" when nothing Latin is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-")


def slugify(name: str) -> str:
    """A drug's slug: its canonical name lower-cased, non-alphanumerics as `-`."""
    slug = latin_slug(name)
    if slug:
        return slug
    # A name with no Latin letters (a Chinese name alone) still needs a stable slug.
    return "drug-" + name.encode("utf-8").hex()[:16]


def normalise_alias(name: str) -> str:
    """The lookup key for an alias: case-, hyphen-, space- and trademark-insensitive."""
    # Marks go before NFKC, which would otherwise spell ™ as "TM".
    return _ALIAS_NOISE.sub(
        "", unicodedata.normalize("NFKC", _ALIAS_NOISE.sub("", name)).casefold()
    )


def is_code_name(name: str) -> bool:
    return bool(_CODE.match(name.strip()))


def milestone_key(
    slug: str, milestone_type: str, jurisdiction: str, attributes: dict[str, object]
) -> str:
    """Identity of one milestone: the same key from two sources is one fact, corroborated."""
    detail = ""
    for name in ("designation", "program", "application"):
        value = attributes.get(name)
        if value:
            detail = f":{slugify(str(value))}"
            break
    # A phase 1 start and a phase 3 start are two milestones; the phase is nearly always
    # stated for a trial start, so keying on it rarely splits one fact in two.
    phase = attributes.get("phase")
    if milestone_type == "trial_initiation" and phase:
        detail += f":phase-{slugify(str(phase))}"
    return f"{slug}:{milestone_type}:{jurisdiction.upper()}{detail}"


@dataclass
class DrugRecord:
    slug: str
    canonical: str
    aliases: set[str] = field(default_factory=set)
    company: str | None = None
    merged_into: str | None = None


@dataclass
class DrugRegistry:
    """Every known drug and the aliases that point to it, folded from the event log."""

    drugs: dict[str, DrugRecord] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)

    def resolve(self, names: Iterable[str]) -> str | None:
        """The live slug any of `names` points to, following merges."""
        for name in names:
            slug = self.by_alias.get(normalise_alias(name))
            if slug is not None:
                return self.follow(slug)
        return None

    def follow(self, slug: str) -> str:
        seen = set()
        while slug in self.drugs and self.drugs[slug].merged_into and slug not in seen:
            seen.add(slug)
            slug = self.drugs[slug].merged_into or slug
        return slug

    def record(
        self, slug: str, canonical: str, aliases: Iterable[str], company: str | None
    ) -> None:
        drug = self.drugs.setdefault(slug, DrugRecord(slug=slug, canonical=canonical))
        if company and not drug.company:
            drug.company = company
        for alias in (canonical, *aliases):
            self.link(slug, alias)

    def link(self, slug: str, alias: str) -> None:
        drug = self.drugs.setdefault(slug, DrugRecord(slug=slug, canonical=alias))
        drug.aliases.add(alias)
        self.by_alias.setdefault(normalise_alias(alias), slug)

    def merge(self, into: str, merged: str) -> None:
        if into == merged:
            return
        target = self.drugs.setdefault(into, DrugRecord(slug=into, canonical=into))
        source = self.drugs.setdefault(merged, DrugRecord(slug=merged, canonical=merged))
        source.merged_into = into
        target.aliases |= source.aliases | {source.canonical}
        for alias in target.aliases:
            self.by_alias[normalise_alias(alias)] = into

    def apply(self, event_type: str, data: dict[str, object]) -> None:
        """Fold one stored identity event (by its `type` and `data`)."""
        if event_type == "MilestoneRecorded":
            drug = str(data["drug"])
            aliases = [str(a) for a in data.get("aliases") or []]  # type: ignore[attr-defined]
            company = data.get("company")
            slug = str(data.get("slug") or slugify(drug))
            self.record(slug, drug, aliases, str(company) if company else None)
        elif event_type == "DrugAliasLinked":
            self.link(str(data["drug"]), str(data["alias"]))
        elif event_type == "DrugsMerged":
            self.merge(str(data["into"]), str(data["merged"]))
