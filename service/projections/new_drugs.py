"""A drug the ledger has never seen, created by an analyst's first milestone for it.

The drug is created the way every drug is: by a `MilestoneRecorded` naming it, which
the projection folds into a drug with its aliases. What this module owns is the
refusal: a new record must not duplicate a known drug under a second slug.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine

from service.domain.drugs import slugify
from service.projections import queries
from service.projections.curation import CurationError, DrugNames, analyst_milestone, append_by
from service.store.database import read_only
from service.store.events import ConcurrencyError, StoredEvent


def record_new_drug(
    engine: Engine, name: str, fields: dict[str, Any], actor: str, key: str | None = None
) -> StoredEvent:
    """The milestone in `fields`, creating the drug `fields["new_drug"]` describes.

    `name` (the path's) only has to name no known drug; the slug is the new name's.
    """
    names = _names(fields["new_drug"])
    with read_only(engine).connect() as conn:
        known = queries.resolve(conn, name)
        refusal = _refusal(conn, name, known, names)
    # A client retrying with its Idempotency-Key finds the drug it created: only the
    # store knows whether the key is already stored, so it decides (below).
    if refusal is not None and not (key and refusal[0] == names.slug):
        raise refusal[1]
    event = analyst_milestone(names, fields, None)
    try:
        # Version 0: two analysts creating the same drug at once get one record.
        return append_by(engine, names.slug, event, actor, key, expected_version=0)
    except ConcurrencyError:
        raise (refusal[1] if refusal else _taken(names.slug)) from None


def _names(new_drug: dict[str, Any]) -> DrugNames:
    name = str(new_drug["name"])
    aliases = tuple(dict.fromkeys(str(a) for a in new_drug.get("aliases") or ()))
    return DrugNames(slugify(name), name, aliases, new_drug.get("company"))


def _refusal(
    conn: Connection, path: str, known: str | None, names: DrugNames
) -> tuple[str, CurationError] | None:
    """The known drug (its slug) the request would duplicate, and why it is refused."""
    if known is not None:
        return known, CurationError(
            f"{path!r} is a known drug: it already exists under slug {known!r}; "
            "record the milestone without new_drug"
        )
    for candidate in (names.slug, names.name, *names.aliases):
        # Exact names only: a fuzzy match could refuse a real new drug with no way round it.
        found = queries.resolve(conn, candidate)
        if found is not None:
            return found, CurationError(
                f"new_drug would duplicate a known drug: {candidate!r} already names the "
                f"drug with slug {found!r}; record the milestone under that slug, without "
                "new_drug"
            )
    return None


def _taken(slug: str) -> CurationError:
    return CurationError(f"the drug already exists under slug {slug!r}")
