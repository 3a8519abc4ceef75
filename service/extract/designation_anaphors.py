"""Designations a sentence retells by its verb alone, naming the status a sentence before it
named: "The ministry designated X under its SAKIGAKE scheme. It also designated Y", or a
translation's "the ministry designated also Y" (the same status, granted to another drug)."""

from __future__ import annotations

import re
from collections.abc import Callable

from service.extract.sentences import Segment

_ALSO_DESIGNATED = re.compile(
    r"\b(?:also|likewise|similarly)\s+designated\b|\bdesignated\s+(?:also|likewise)\b",
    re.IGNORECASE,
)
# How far back (in characters) the named status may be: the sentence or two before.
_REACH = 600

Match = re.Match[str]


def retold_designations(
    text: str,
    sentences: list[Segment],
    named: Callable[[int], list[tuple[str, Match]] | None],
) -> list[tuple[int, str, Match]]:
    """(sentence index, status, the verb's match) for each sentence whose "also designated"
    names no status of its own: it takes the latest one named before it, near enough.
    `named(i)` gives sentence i's own designation matches (None where it holds no match)."""
    found: list[tuple[int, str, Match]] = []
    last: tuple[int, str] | None = None  # (where the latest named status ends, its name)
    for index, sentence in enumerate(sentences):
        own = named(index)
        if own:
            last = (own[-1][1].end(), own[-1][0])
            continue
        if last is None or sentence.start - last[0] > _REACH:
            continue
        verb = _ALSO_DESIGNATED.search(text, sentence.start, sentence.end)
        if verb is not None:
            found.append((index, last[1], verb))
    return found
