"""The literals a pattern's matches start with, read from the pattern's source.

A pattern whose alternatives start with different groups or with an optional group gives
the regex engine no literal to skip ahead to, so it is tried at every position. The
literals its matches must start with, searched as one trie, find the few positions worth
trying instead. Only plain shapes are read (literal words, groups of alternatives, optional
groups); for anything else there are no leads, and the pattern is scanned as it is.
"""

from __future__ import annotations

import re
from itertools import pairwise

_SPECIAL = frozenset("\\()[]{}?*+|.^$")
# A group read through: non-capturing or named (what it captures does not move the start).
_GROUP_OPENING = re.compile(r"\(\?(?::|P<\w+>)")
_QUANTIFIERS = ("?", "*", "{")


def _depths(source: str) -> list[tuple[int, str, int]]:
    """(index, character, group depth before it) of each character that shapes the pattern:
    escaped characters and the insides of character classes are skipped."""
    found: list[tuple[int, str, int]] = []
    depth, escaped, in_class = 0, False, False
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            found.append((index, char, depth))
            depth += (char == "(") - (char == ")")
    return found


def top_level_branches(source: str) -> list[str]:
    """The alternatives of a pattern's outermost alternation."""
    bars = [index for index, char, depth in _depths(source) if char == "|" and depth == 0]
    edges = [-1, *bars, len(source)]
    return [source[start + 1 : end] for start, end in pairwise(edges)]


def by_first_character(source: str) -> str:
    """The pattern's alternatives grouped by their first character, in their order
    ("cancer|carcinoma|pain" as "c(?:ancer|arcinoma)|p(?:ain)"): no two groups can match at
    one place, so the pattern matches as before. Each alternative must open with a literal."""
    groups: dict[str, list[str]] = {}
    for branch in top_level_branches(source):
        if not branch or branch[0] in _SPECIAL:
            raise ValueError(f"no literal opens {branch!r}")
        groups.setdefault(branch[0], []).append(branch[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def leading_literals(source: str) -> frozenset[str] | None:
    """Literals one of which starts every match of the pattern, or None if unknown."""
    found: set[str] = set()
    for branch in top_level_branches(source):
        leads = _branch_leads(branch)
        if leads is None:
            return None
        found |= leads
    return frozenset(found)


def without_prefix(source: str) -> bool:
    """Whether the regex engine finds no literal a match must start with, to skip ahead to:
    some alternative opens with a group or a class, or the pattern with a group that may
    match nothing ("(?:x\\s+)*y")."""
    branches = top_level_branches(source)
    if len(branches) > 1:
        return any(branch[:1] in ("(", "[", "\\") for branch in branches)
    if not source.startswith("(?:"):
        return False
    close = _closing(source)
    return close is not None and _skips(source[close + 1 :])[0]


def _branch_leads(branch: str) -> set[str] | None:
    branch = _past_assertions(branch)
    if _GROUP_OPENING.match(branch):
        return _group_leads(branch)
    run, end = _literal_run(branch)
    if run and branch[end : end + 1] == "?":
        # "j?nda", "re-?submit": with the last letter or without it, then what follows.
        after = _branch_leads(branch[end + 1 :]) if branch[end + 1 :] else None
        if after is not None:
            return {run[:-1] + lead for lead in after} | {run + lead for lead in after}
    if branch[end : end + 1] in _QUANTIFIERS:
        run = run[:-1]  # "gets?": the last letter may be missing
    return {run} if run else None


def _past_assertions(branch: str) -> str:
    """The branch after the lookbehinds and word boundaries opening it: they match no text,
    so the match starts with what follows ("(?<!had )\\bthe response")."""
    while True:
        if branch.startswith("\\b"):
            branch = branch[2:]
        elif branch.startswith(("(?<=", "(?<!")) and (close := _closing(branch)) is not None:
            branch = branch[close + 1 :]
        else:
            return branch


def _group_leads(branch: str) -> set[str] | None:
    """A branch opening with a group: the group's leads, or, where the group is a choice of
    plain words that may not repeat ("(?:a|its) response", "(?:j-?)?nda"), each word before
    what follows (longer leads than the group's own: "j" alone is too short to look for)."""
    opening = _GROUP_OPENING.match(branch)
    close = _closing(branch)
    if opening is None or close is None:
        return None
    inner = leading_literals(branch[opening.end() : close])
    if inner is None:
        return None
    quantifier = branch[close + 1 : close + 2]
    optional, rest = _skips(branch[close + 1 :])
    after = _branch_leads(rest) if rest else None
    words = None if quantifier in ("*", "+", "{") else _words(branch[opening.end() : close])
    if not optional:
        return set(inner) if words is None or after is None else _joined(words, after)
    if after is None:
        return None
    return set(inner) | after if words is None else after | _joined(words, after)


def _joined(words: set[str], leads: set[str]) -> set[str]:
    return {word + lead for word in words for lead in leads}


def _words(source: str) -> set[str] | None:
    """Every string a group of plain words matches ("j-?" matches "j-" and "j"), or None when
    it holds anything else."""
    found: set[str] = set()
    for branch in top_level_branches(source):
        run, end = _literal_run(branch)
        if end == len(branch):
            found.add(run)
        elif run and branch[end:] == "?":
            found |= {run, run[:-1]}
        else:
            return None
    return found


def _literal_run(branch: str) -> tuple[str, int]:
    """The literal characters opening a branch ("\\(" is one), and where they end in it."""
    run, index = [], 0
    while index < len(branch):
        char = branch[index]
        if char == "\\" and index + 1 < len(branch) and not branch[index + 1].isalnum():
            run.append(branch[index + 1])
            index += 2
        elif char in _SPECIAL:
            break
        else:
            run.append(char)
            index += 1
    return "".join(run), index


def _skips(after: str) -> tuple[bool, str]:
    """Whether the quantifier opening `after` lets its group match nothing, and what follows
    the quantifier."""
    if after[:1] in ("?", "*"):
        optional, rest = True, after[1:]
    elif after[:1] == "{" and "}" in after:
        close = after.index("}")
        optional, rest = after[1:close].split(",")[0].strip() in ("", "0"), after[close + 1 :]
    elif after[:1] == "+":
        optional, rest = False, after[1:]
    else:
        return False, after
    return optional, rest[1:] if rest[:1] in ("?", "+") else rest


def _closing(source: str) -> int | None:
    """The index of the parenthesis closing the group that opens the source."""
    for index, char, depth in _depths(source):
        if char == ")" and depth == 1:
            return index
    return None


def minimal_leads(source: str) -> tuple[str, ...] | None:
    """The pattern's leading literals less those that start with another (found there too)."""
    found = leading_literals(source)
    if found is None:
        return None
    return tuple(sorted(a for a in found if not any(b != a and a.startswith(b) for b in found)))


def scan_at_leads(
    pattern: re.Pattern[str], leads: tuple[str, ...], text: str, start: int = 0, end: int = -1
) -> list[re.Match[str]]:
    """The pattern's matches in text[start:end], as `finditer` finds them: the pattern is tried
    at each place one of its leading literals occurs (found by string search, far quicker than
    the regex engine's scan for a set of first letters), in order, each search going on after
    the last match."""
    end = len(text) if end < 0 else end
    places = []
    for lead in leads:
        at = text.find(lead, start, end)
        while at >= 0:
            places.append(at)
            at = text.find(lead, at + 1, end)
    found = []
    free = start
    for at in sorted(places):
        match = pattern.match(text, at, end) if at >= free else None
        if match:
            found.append(match)
            free = match.end()
    return found
