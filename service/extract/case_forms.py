"""A case-blind pattern's lower-case form: on lower-cased ASCII text it matches where the
pattern matches the text, and the regex engine runs it far faster (it skips ahead to literal
letters, which a case-blind pattern gives it none of)."""

from __future__ import annotations

import re


def found_in(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern matches in the text: in an ASCII text, by its lower-case form on
    the text lower-cased (see `lower_case_form`), far faster where it is case-blind."""
    form = _LOWER_CASE_FORMS.get(pattern, pattern)
    if form is pattern:
        form = _LOWER_CASE_FORMS[pattern] = lower_case_form(pattern)
    if form is not None and text.isascii():
        return form.search(text.lower()) is not None
    return pattern.search(text) is not None


_LOWER_CASE_FORMS: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def lower_case_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-blind pattern's case-sensitive form, which matches lower-cased ASCII text
    where the pattern matches the text; None for a pattern that is not case-blind or whose
    source does not lower-case plainly (see `_lower_case_source`)."""
    if not pattern.flags & re.IGNORECASE:
        return None
    source = _lower_case_source(pattern.pattern)
    return None if source is None else re.compile(source, pattern.flags & ~re.IGNORECASE)


def _lower_case_source(source: str) -> str | None:
    """The source with its letters lower-cased, but not those naming an escape (\\W, \\S and
    \\B keep their case); None where lower case would change what it matches: a character
    named by its code or a back-reference, inline flags or a group's name, a class's range
    from one case to the other."""
    out: list[str] = []
    index, in_class = 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            escaped = source[index + 1 : index + 2]
            if escaped in _CODED or escaped.isdigit():
                return None
            out.append(char + escaped)
            index += 2
            continue
        if in_class and char == "-" and _mixed_range(source, index):
            return None
        if not in_class and source.startswith("(?", index) and _FLAGGED.match(source, index + 2):
            return None
        in_class = (in_class and char != "]") or (not in_class and char == "[")
        out.append(char.lower())
        index += 1
    return "".join(out)


_CODED = frozenset("xuUN")
_FLAGGED = re.compile(r"[A-Za-z-]")


def _mixed_range(source: str, dash: int) -> bool:
    low, high = source[dash - 1 : dash], source[dash + 1 : dash + 2]
    return low.isalpha() and high.isalpha() and low.islower() != high.islower()
