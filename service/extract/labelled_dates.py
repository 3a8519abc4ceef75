"""Dates the text labels as an event's own: a field naming the step ("受理日期为11月28日"),
a correction's right day, a register record's designation field."""

from __future__ import annotations

import re

from service.extract import decisions
from service.extract.context import Context
from service.extract.corrected_dates import corrected_date
from service.extract.dates import DateMention
from service.extract.event_words import Trigger


def own_label(ctx: Context, index: int, trigger: Trigger) -> DateMention | None:
    """The date the text gives as the event's own, beating any the clause merely holds."""
    labelled = _labelled_date(ctx, trigger) or corrected_date(ctx, index, trigger)
    if labelled is None and trigger.type == "designation":
        # A record's status field may date a later change ("Withdrawn (…, 01/15/2025)").
        labelled = decisions.designation_field_date(ctx, index)
    return labelled


# A date labelled as a step's own: "受理日期为11月28日", "批准日期：2025年3月1日".
_LABEL = re.compile(r"(受理|承办|批准|获批|核准|认定|纳入)(?:日期|时间)\s*(?:为|是|：|:)\s*$")
_LABEL_TYPES = {
    "受理": "application_acceptance", "承办": "application_acceptance", "批准": "approval",
    "获批": "approval", "核准": "approval", "认定": "designation", "纳入": "priority_review",
}  # fmt: skip


def _labelled_date(ctx: Context, trigger: Trigger) -> DateMention | None:
    """The event's own date given as a field after it, in its clause: "…已获国家药监局受理，
    受理号为…，受理日期为11月28日" is accepted on 28 November, whatever day the company told
    it (the day before the news, "12月2日晚，公司发布公告称", is the telling's)."""
    if not ctx.lang.comma_phrases or "日期" not in ctx.text[trigger.end : trigger.clause.end]:
        return None
    for date in ctx.dates_in(trigger.start, trigger.clause.end):
        label = _LABEL.search(ctx.text, max(trigger.start, date.start - 12), date.start)
        kind = _LABEL_TYPES.get(label.group(1)) if label else None
        if date.value is not None and date.kind != "future" and kind == trigger.type:
            return date
    return None
