"""A date expression found in the text, as resolved against publication."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    # An unresolved anaphor may hold the suffix its resolved year takes ("-06" for 同年6月).
    value: str | None
    precision: str
    # "absolute", "unknown" (explicitly undated, e.g. "recently"), "anaphor", "future"
    kind: str = "absolute"
    conflict: dict[str, str] | None = None
    offset_months: int = 0
    # Days from the day named before ("the day before": -1).
    offset_days: int = 0
    # Names a target, a launch or a listing rather than when a milestone happened.
    blocked: bool = False
    # Where the date an anaphor was resolved from starts ("2025年12月" for a later 同月).
    antecedent: int | None = None
    # A span's window from the date before, in days ("within six weeks": 42).
    window_days: int = 0
    # Where the event a span counts from was told ("two years after the accelerated
    # approval"): its date, not the date before, is the one counted from.
    anchor: int | None = None
    # A span telling its event before the date before it ("approved in May, four months
    # after accepting the NDA"): counted back, by `offset_months`.
    back: bool = False

    def corrected(self, value: str, reason: str) -> DateMention:
        """The mention holding `value` instead, its stated value kept as the conflict."""
        return replace(self, value=value, conflict={"stated": self.value or "", "reason": reason})
