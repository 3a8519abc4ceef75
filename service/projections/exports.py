"""A drug's timeline as CSV and as an iCalendar file of all-day events (RFC 5545)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from typing import Any

from service.projections.view import date_from

JSON = dict[str, Any]
CSV_COLUMNS = (
    "date",
    "date_precision",
    "date_known",
    "type",
    "detail",
    "jurisdiction",
    "agency",
    "indication",
    "status",
    "corrected",
    "corroboration",
    "date_conflict",
    "sources",
    "milestone_id",
)


def _detail(item: JSON) -> str:
    attrs = item["attributes"]
    return str(attrs.get("designation") or attrs.get("program") or attrs.get("phase") or "")


def timeline_csv(items: list[JSON]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        urls = " ".join(s.get("url") or s.get("outlet") or "" for s in item["sources"])
        writer.writerow(
            [
                item["date"] or "",
                item["date_precision"],
                str(item["date_known"]).lower(),
                item["type"],
                _detail(item),
                item["jurisdiction"],
                item["agency"] or "",
                item["indication"] or "",
                item["status"],
                str(item["corrected"]).lower(),
                item["corroboration"],
                str(item["date_conflict"]).lower(),
                urls.strip(),
                item["milestone_id"],
            ]
        )
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Content lines longer than 75 octets continue on lines starting with a space."""
    raw = line.encode()
    parts, start = [], 0
    while len(raw) - start > 75:
        cut = start + (75 if start == 0 else 74)
        while cut > start and (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(raw[start:cut].decode())
        start = cut
    parts.append(raw[start:].decode())
    return [parts[0]] + [" " + p for p in parts[1:]]


def _event(slug: str, name: str, item: JSON) -> list[str]:
    day = date.fromisoformat(str(date_from(item["date"])))
    stamp = datetime.fromisoformat(item["sources"][0]["recorded_at"]) if item["sources"] else None
    detail = _detail(item)
    summary = f"{name}: {item['type'].replace('_', ' ')}{f' ({detail})' if detail else ''}"
    summary += f" — {item['jurisdiction']}"
    notes = [f"date precision: {item['date_precision']}"]
    notes += [f"indication: {item['indication']}"] if item["indication"] else []
    notes += [s.get("url") or s.get("outlet") or "" for s in item["sources"]]
    return [
        "BEGIN:VEVENT",
        f"UID:{item['milestone_id']}@pipeline-milestones",
        f"DTSTAMP:{(stamp or datetime(1970, 1, 1)).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(chr(10).join(n for n in notes if n))}",
        f"CATEGORIES:{_escape(item['type'])}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def timeline_ics(slug: str, name: str, items: list[JSON]) -> tuple[str, int]:
    """The calendar and how many milestones it leaves out for want of a known date."""
    shown = [i for i in items if i["status"] == "active" and i["date_known"]]
    omitted = sum(1 for i in items if i["status"] == "active" and not i["date_known"])
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//pipeline-milestones//timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)} milestones",
        f"X-WR-CALDESC:{_escape(f'{omitted} milestone(s) with unknown dates omitted')}",
        f"X-MILESTONES-OMITTED-UNKNOWN-DATES:{omitted}",
    ]
    for item in shown:
        lines.extend(_event(slug, name, item))
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line)), omitted
