"""Request bodies the API validates (responses are the read models' JSON as they are)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator

from service.extract.models import DatePrecision, MilestoneType
from service.projections.view import date_from


def _check_date(value: str | None) -> str | None:
    if value is not None and date_from(value) is None:
        raise ValueError("date must be YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
    return value


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
