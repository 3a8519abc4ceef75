"""The regulator that issued the page itself: a release's byline ("From: Medicines and
Healthcare products Regulatory Agency"), or a web page's first line closing on the site's
owner ("Regulatory Decision Summary: X - Health Canada"). Its own notice tells its own
decisions; another regulator's work it names where it tells it ("the FDA, which approved it
in March"), so an event whose sentence names no regulator is the issuer's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.extract.agencies import Regulator

_BYLINE = re.compile(r"^[ \t]*From[ \t]*:[ \t]*([^\n]{1,120})$", re.MULTILINE)
_SITE_OWNER = re.compile(r"[^\n]*\s[-\u2013\u2014|]\s+([^\n\u2013\u2014|-]{2,60})$", re.MULTILINE)


def issuer(text: str, regulators: Sequence[Regulator]) -> Regulator | None:
    """The regulator (by its name, not its country) the byline or first line names."""
    found = _BYLINE.search(text) or _SITE_OWNER.match(text)
    if found is None:
        return None
    start, end = found.span(1)
    named = (r for r in regulators if start <= r.start < end and r.strength == 2)
    if found.re is _BYLINE:
        return next(named, None)
    # A title line names the site's owner alone after its dash, not a headline's clause
    # ("X approved - FDA cites strong data").
    whole = text[start:end].strip().removeprefix("the ").removeprefix("The ")
    return next((r for r in named if text[r.start : r.end] == whole), None)
