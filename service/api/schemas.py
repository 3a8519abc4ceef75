"""Request bodies the API validates (responses are the read models' JSON as they are)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, StringConstraints, field_validator

from service.extract.models import DatePrecision, MilestoneType
from service.projections.view import date_from


def _check_date(value: str | None) -> str | None:
    if value is not None and date_from(value) is None:
        raise ValueError("date must be YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
    return value


NonBlank = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class NewDrugIn(BaseModel):
    name: NonBlank = Field(description="The drug's canonical name; its slug is made from it.")
    company: NonBlank | None = None
    aliases: list[NonBlank] = Field(
        default_factory=list, description="Other names it goes by: code, brand, generic."
    )


class MilestoneIn(BaseModel):
    type: MilestoneType
    jurisdiction: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166 alpha-2, or EU.")
    agency: str | None = None
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    indication: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    url: str | None = None
    note: str = Field("", description="Why the analyst records it; kept as the source's quote.")
    new_drug: NewDrugIn | None = Field(
        None,
        description=(
            "Only for a drug the ledger has never seen: creates it, with its company and "
            "aliases, by this milestone. Its slug is made from `new_drug.name` whatever the "
            "path says, and is returned as `slug`. Refused with 409 when the path, the name, "
            "that slug or an alias already names a known drug."
        ),
    )

    _date = field_validator("date")(_check_date)


class RetractionIn(BaseModel):
    reason: str = Field(min_length=1)


class CorrectionIn(BaseModel):
    changes: dict[str, Any] = Field(min_length=1)
    reason: str = Field(min_length=1)

    @field_validator("changes")
    @classmethod
    def _dates(cls, value: dict[str, Any]) -> dict[str, Any]:
        if "date" in value:
            _check_date(value["date"])
        return value
