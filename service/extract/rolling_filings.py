"""A rolling submission begun is no submission yet: the application counts as submitted when
its last part is in ("initiated a rolling submission of a BLA in May and completed the
rolling submission on August 12" submits the BLA on 12 August)."""

from __future__ import annotations

import re

# The start of a rolling filing just before the filing's words: "initiated a rolling
# submission of", "began the rolling submission of its NDA", "started rolling submission".
_BEGUN = re.compile(
    r"\b(?:initiat(?:ed|es|ing)|beg(?:an|un|ins|inning)|start(?:ed|s|ing)|commenc(?:ed|es|ing)"
    r"|open(?:ed|s|ing)|kick(?:ed)?\s+off)\s+(?:(?:a|an|the|its|their|our)\s+)?rolling\s+$",
    re.IGNORECASE,
)


def rolling_begun(text: str, start: int) -> bool:
    """The filing's words at `start` follow the start of a rolling submission."""
    return "rolling" in text[max(0, start - 12) : start] and bool(
        _BEGUN.search(text, max(0, start - 60), start)
    )
