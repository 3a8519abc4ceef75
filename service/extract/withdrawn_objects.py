"""Withdrawals of things that are no application or licence.

A verb of withdrawal takes many objects: a trial participant "withdrew consent", a company
"withdrew a press release" or "pulled its guidance", a bidder "withdrew its offer". Only an
application, a licence or a product taken off a market is the milestone; the withdrawal
rule looks for such a noun anywhere in the next words ("withdrew consent before receiving
the drug"), so the verb's own object, when it is one of these, settles it first.
"""

from __future__ import annotations

import re

from service.extract.event_words import Match

# The verb's object right after it, past a determiner, a date or two modifiers: "withdrew
# a Feb. 23 press release", "pulled its full-year guidance", "withdrew their consent".
_OTHER_OBJECT = re.compile(
    r"\b(?:withdr\w+|pull\w*|rescind\w*|revok\w+)\s+"
    r"(?:(?:the|its|their|his|her|an?|this|that)\s+)?"
    # (A skipped word is no application's: "withdrew its application after statements".)
    r"(?:(?!(?:s?NDA|s?BLA|MAA|applications?|authori[sz]ations?|licen[cs]es?|approvals?"
    r"|filings?|registrations?|drugs?|products?|after|before|following|on|in)\b)"
    r"[\w.'-]+\s+){0,3}?"
    r"(?:consent|(?:press\s+|news\s+)?releases?|statements?|claims?|allegations?|guidance"
    r"|forecasts?|outlook|offers?|bids?|proposals?|support|lawsuits?|complaints?|suits?"
    r"|nominations?|resignations?|objections?|comments?|remarks?|announcements?|reports?"
    r"|articles?|posts?|tweets?|recommendations?)\b",
    re.IGNORECASE,
)


def withdrew_other(text: str, match: Match) -> bool:
    """The withdrawal's verb has another kind of object (see `_OTHER_OBJECT`)."""
    return _OTHER_OBJECT.match(text, match.start()) is not None
