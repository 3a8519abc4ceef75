"""A week named by its day: "during the week of Oct. 28", "the week of 3 March 2025".

The day names the working week it falls in (the week "of" a Monday opens on it), Monday to
Friday, as regulators and companies act on working days: the event lies somewhere in it, so
it is dated as finely as holds the whole week (its month, or its quarter when the week
crosses into the next month, as `calendar.working_week` tells). The rows are `date_patterns`'.
"""

from __future__ import annotations

import datetime as dt
import re

from service.extract import calendar as cal
from service.extract import date_resolvers as en


def week_of(m: re.Match[str], pub: dt.date | None) -> tuple[str | None, str, str]:
    """The working week the matched day falls in (see the module)."""
    month, number = cal.month_number(m["mon"]), int(m["d"])
    if m["y"]:
        try:
            day: dt.date | None = dt.date(int(m["y"]), month, number)
        except ValueError:
            return None, "unknown", "future"
    else:
        day = cal.infer_day(month, number, pub) if pub else None
    if day is None:
        return None, "unknown", "unknown"
    return en.absolute(*cal.working_week(day))
